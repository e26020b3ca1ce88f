import { type Template, template } from '../../draft';
import { rowsOf } from './csvExports';
import { date, person, site, timestamp } from './values';

/**
 * Hard negatives in CSV and SQL: credential-named columns that hold nothing secret (masked,
 * empty, NULL, references, bind parameters), header-only import templates, and columns whose
 * names contain a keyword but hold hints, dates, counts, ids, checksums or translations.
 * (A password hash in a dump is a credential per issue 11, so hashes are positives, not here.)
 */
export const csvSqlNegatives: readonly Template[] = [
  template('csv-masked-passwords', (g) => ({
    path: 'exports/users-redacted.csv',
    lines: [
      'id,email,username,password,role',
      ...rowsOf(
        g,
        3,
        5,
        (i) =>
          `${i},${person(g).email},${person(g).login},${g.pick(['********', 'REDACTED', '[redacted]', '***', '<hidden>'])},viewer`,
      ),
    ],
  })),
  template('csv-empty-and-null-passwords', (g) => ({
    path: 'exports/sso_users.csv',
    lines: [
      'username,password,auth_provider',
      ...rowsOf(
        g,
        3,
        5,
        () => `${person(g).login},${g.pick(['', 'NULL', '\\N', 'null'])},${g.pick(['okta', 'azuread', 'google'])}`,
      ),
    ],
  })),
  template('csv-header-only-import-template', () => ({
    path: 'templates/import_users.csv',
    lines: ['email,first_name,last_name,username,password,role'],
  })),
  template('password-manager-empty-export', () => ({
    path: 'docs/samples/chrome-import-template.csv',
    lines: ['name,url,username,password,note'],
  })),
  template('csv-password-hint-column', (g) => ({
    path: 'data/legacy_users.csv',
    lines: [
      'user_id,username,password_hint,last_login',
      ...rowsOf(
        g,
        3,
        5,
        (i) =>
          `${i},${person(g).login},${g.pick(['first pet', "mother's maiden name", 'favourite team', 'usual + year'])},${timestamp(g)}`,
      ),
    ],
  })),
  template('csv-password-changed-at', (g) => ({
    path: 'reports/password_age.csv',
    lines: [
      'username,password_changed_at,password_expires_at,mfa_enabled',
      ...rowsOf(g, 3, 5, () => `${person(g).login},${timestamp(g)},${date(g)},${g.pick(['true', 'false'])}`),
    ],
  })),
  template('csv-token-counts', (g) => ({
    path: 'usage/llm_usage.csv',
    lines: [
      'date,model,prompt_tokens,completion_tokens,token_count,cost_usd',
      ...rowsOf(g, 3, 6, () => {
        const a = g.between(100, 90000);
        const b = g.between(10, 4000);
        return `${date(g)},${g.pick(['gpt-4o', 'claude-3-5-sonnet', 'llama-3-70b'])},${a},${b},${a + b},${(g.between(1, 900) / 100).toFixed(2)}`;
      }),
    ],
  })),
  template('csv-key-ids-numeric', (g) => ({
    path: 'exports/api_key_audit.csv',
    lines: [
      'api_key_id,secret_id,user_id,created_at,revoked',
      ...rowsOf(
        g,
        3,
        5,
        () =>
          `${g.between(1000, 99999)},${g.between(1, 9999)},${g.between(1, 500)},${timestamp(g)},${g.pick(['yes', 'no'])}`,
      ),
    ],
  })),
  template('csv-key-metadata-masked', (g) => ({
    path: 'exports/stripe_keys.csv',
    lines: [
      'name,key,created,last_used',
      ...rowsOf(g, 2, 4, () => `${g.word()} key,sk_live_...${g.fake.alnum(4)},${date(g)},${date(g)}`),
    ],
  })),
  template('csv-i18n-keys', () => ({
    path: 'locales/strings.csv',
    lines: [
      'key,en,de,fr',
      'login.password,Password,Passwort,Mot de passe',
      'login.password_hint,Forgot your password?,Passwort vergessen?,Mot de passe oublié ?',
      'settings.api_key,API key,API-Schlüssel,Clé API',
      'settings.token_expired,Your token has expired,Ihr Token ist abgelaufen,Votre jeton a expiré',
    ],
  })),
  template('csv-secret-boolean', (g) => ({
    path: 'data/channels.csv',
    lines: [
      'channel,secret,archived,members',
      ...rowsOf(
        g,
        3,
        5,
        () => `#${g.word()},${g.pick(['true', 'false'])},${g.pick(['true', 'false'])},${g.between(2, 300)}`,
      ),
    ],
  })),
  template('csv-file-checksums', (g) => ({
    path: 'release/checksums.csv',
    lines: [
      'file,size,sha256',
      ...rowsOf(g, 3, 5, () => `${g.word()}-1.4.2.tar.gz,${g.between(10000, 9000000)},${g.fake.hex(64)}`),
    ],
  })),
  template('tsv-secret-references', (g) => ({
    path: 'deploy/secrets-map.tsv',
    lines: [
      'service\tenv_var\tsecret_ref',
      ...rowsOf(
        g,
        3,
        5,
        () => `${g.word()}\tDB_PASSWORD\tarn:aws:secretsmanager:eu-west-1:${g.fake.digits(12)}:secret:${g.word()}-db`,
      ),
    ],
  })),
  template('sql-schema-only', () => ({
    path: 'db/schema.sql',
    lines: [
      'CREATE TABLE users (',
      '  id BIGSERIAL PRIMARY KEY,',
      '  username TEXT NOT NULL UNIQUE,',
      '  password TEXT NOT NULL,',
      '  api_token TEXT,',
      '  token_count INTEGER DEFAULT 0',
      ');',
      'CREATE INDEX users_api_token_idx ON users (api_token);',
    ],
  })),
  template('sql-bind-parameters-tuples', () => ({
    path: 'src/db/queries/insert_user.sql',
    lines: ['INSERT INTO users (username, email, password, role)', 'VALUES', '    ($1, $2, $3, $4)', 'RETURNING id;'],
  })),
  template('sql-insert-null-passwords', (g) => ({
    path: 'db/seeds/001_sso_users.sql',
    lines: [
      'CREATE TABLE accounts (id int, login varchar(80), password varchar(255), provider varchar(20));',
      ...rowsOf(
        g,
        3,
        5,
        (i) => `INSERT INTO accounts VALUES (${i}, '${person(g).login}', NULL, '${g.pick(['okta', 'saml'])}');`,
      ),
    ],
  })),
  template('sql-translations-insert', () => ({
    path: 'db/seeds/translations.sql',
    lines: [
      'INSERT INTO translations (key, locale, text) VALUES',
      "  ('password.reset.subject', 'en', 'Reset your password'),",
      "  ('password.reset.body', 'en', 'Click the link below to choose a new password.'),",
      "  ('api_key.created', 'en', 'Your new API key is ready');",
    ],
  })),
  template('sql-permissions-insert', () => ({
    path: 'db/seeds/permissions.sql',
    lines: [
      'CREATE TABLE permissions (id int, name varchar(100), description text);',
      "INSERT INTO permissions VALUES (1, 'token.create', 'Create personal access tokens');",
      "INSERT INTO permissions VALUES (2, 'secret.read', 'Read secrets in own namespace');",
      "INSERT INTO permissions VALUES (3, 'password.reset', 'Reset other users passwords');",
    ],
  })),
  template('pg-copy-sessions-metadata', (g) => ({
    path: 'backups/audit_dump.sql',
    lines: [
      'COPY public.login_events (id, username, password_ok, token_type, ip) FROM stdin;',
      ...rowsOf(
        g,
        3,
        5,
        (i) => `${i}\t${person(g).login}\t${g.pick(['t', 'f'])}\tbearer\t10.1.${g.between(0, 9)}.${g.between(2, 250)}`,
      ),
      '\\.',
    ],
  })),
  template('csv-site-list-no-credentials', (g) => ({
    path: 'data/bookmarks.csv',
    lines: [
      'name,url,username,folder',
      ...rowsOf(g, 3, 5, () => `${site(g).name},${site(g).url},${person(g).login},Work`),
    ],
  })),
];
