import { type Template, sec, template } from '../../draft';
import { passwordHash } from '../dumpsLogs/values';
import { rowsOf } from './csvExports';
import { clientSecret, person, timestamp } from './values';

/**
 * SQL whose column names are on other lines than the values: a CREATE TABLE then INSERTs without a
 * column list (sqlite3 .dump, mysqldump --skip-extended-insert, hand-written seeds), multi-row
 * INSERTs with the column list on the first line and one tuple per later line, the column list on
 * its own line, and pg_dump COPY blocks. Layouts from each tool's documentation.
 */
export const sqlTables: readonly Template[] = [
  template('sqlite-dump-no-column-list', (g) => ({
    path: 'backup/app.db.sql',
    lines: [
      'PRAGMA foreign_keys=OFF;',
      'BEGIN TRANSACTION;',
      'CREATE TABLE users(id INTEGER PRIMARY KEY, username TEXT NOT NULL, email TEXT, password TEXT NOT NULL, is_admin INTEGER);',
      ...rowsOf(g, 3, 5, (i) => {
        const p = person(g);
        const pw = g.password();
        return sec(`INSERT INTO users VALUES(${i},'${p.login}','${p.email}','${pw}',${i === 1 ? 1 : 0});`, pw);
      }),
      'COMMIT;',
    ],
  })),
  template('create-table-multiline-then-inserts', (g) => ({
    path: 'sql/seed_smtp_accounts.sql',
    lines: [
      'CREATE TABLE smtp_accounts (',
      '    id          SERIAL PRIMARY KEY,',
      '    host        VARCHAR(255) NOT NULL,',
      '    port        INTEGER DEFAULT 587,',
      '    username    VARCHAR(255) NOT NULL,',
      '    secret      VARCHAR(255) NOT NULL',
      ');',
      '',
      ...rowsOf(g, 2, 4, (i) => {
        const pw = g.password();
        return sec(
          `INSERT INTO smtp_accounts VALUES (${i}, 'smtp.${g.word()}.acme-corp.io', 587, '${person(g).email}', '${pw}');`,
          pw,
        );
      }),
    ],
  })),
  template('mysqldump-skip-extended-insert', (g) => ({
    path: 'dumps/crm.sql',
    lines: [
      'DROP TABLE IF EXISTS `api_clients`;',
      'CREATE TABLE `api_clients` (',
      '  `id` int unsigned NOT NULL AUTO_INCREMENT,',
      '  `name` varchar(100) NOT NULL,',
      '  `api_secret` char(40) NOT NULL,',
      '  `created_at` datetime NOT NULL,',
      '  PRIMARY KEY (`id`)',
      ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
      'LOCK TABLES `api_clients` WRITE;',
      ...rowsOf(g, 3, 5, (i) => {
        const key = g.fake.hex(40);
        return sec(
          `INSERT INTO \`api_clients\` VALUES (${i},'${g.word()}-connector','${key}','${timestamp(g)}');`,
          key,
        );
      }),
      'UNLOCK TABLES;',
    ],
  })),
  template('multi-row-insert-tuples-below', (g) => {
    const n = g.between(3, 5);
    return {
      path: 'db/seeds/002_api_keys.sql',
      lines: [
        'INSERT INTO api_keys (id, name, api_key, created_at) VALUES',
        ...rowsOf(g, n, n, (i) => {
          const key = clientSecret(g);
          return sec(`  (${i}, '${g.word()}-worker', '${key}', NOW())${i < n ? ',' : ';'}`, key);
        }),
      ],
    };
  }),
  template('multi-row-insert-quoted-identifiers', (g) => {
    const n = g.between(3, 5);
    return {
      path: 'migrations/20240301_seed_accounts.sql',
      lines: [
        'INSERT INTO "public"."service_accounts" ("id", "login", "password", "description") VALUES',
        ...rowsOf(g, n, n, (i) => {
          const pw = g.password();
          return sec(`(${i}, '${g.user()}', '${pw}', '${g.word()} integration')${i < n ? ',' : ';'}`, pw);
        }),
      ],
    };
  }),
  template('insert-column-list-own-line', (g) => ({
    path: 'scripts/create_users.sql',
    lines: [
      'INSERT INTO app_users',
      '    (username, full_name, password, role)',
      'VALUES',
      ...rowsOf(g, 3, 5, () => {
        const p = person(g);
        const pw = g.plainPassword();
        return sec(`    ('${p.login}', '${p.name}', '${pw}', '${g.pick(['admin', 'support', 'viewer'])}'),`, pw);
      }),
      "    ('readonly', 'Read Only', NULL, 'viewer');",
    ],
  })),
  template('pg-dump-copy-tokens', (g) => ({
    path: 'backups/pg_dump_integrations.sql',
    lines: [
      '--',
      '-- Data for Name: oauth_tokens; Type: TABLE DATA; Schema: public; Owner: app',
      '--',
      '',
      'COPY public.oauth_tokens (id, user_id, provider, access_token, refresh_token, expires_at) FROM stdin;',
      ...rowsOf(g, 3, 5, (i) => {
        const access = g.fake.base64url(g.between(40, 60));
        return sec(
          `${i}\t${g.between(10, 900)}\t${g.pick(['google', 'slack', 'dropbox'])}\t${access}\t${g.fake.base64url(48)}\t${timestamp(g)}+00`,
          access,
        );
      }),
      '\\.',
    ],
  })),
  template('hash-rows-no-column-list', (g) => ({
    path: 'dump/forum_users.sql',
    lines: [
      'CREATE TABLE members (member_id int, member_name varchar(80), passwd varchar(255), email varchar(255));',
      ...rowsOf(g, 3, 5, (i) => {
        const hash = passwordHash(g);
        return sec(`INSERT INTO members VALUES (${i}, '${person(g).login}', '${hash}', '${person(g).email}');`, hash);
      }),
    ],
  })),
  template('tsql-insert-tuples-below', (g) => ({
    path: 'Database/Scripts/SeedConnections.sql',
    lines: [
      'INSERT INTO [dbo].[ExternalConnections] ([Id], [Name], [UserName], [Password])',
      'VALUES',
      ...rowsOf(g, 3, 4, (i) => {
        const pw = g.password();
        return sec(`    (${i}, N'${g.word()} feed', N'${g.user()}', N'${pw}'),`, pw);
      }),
      "    (9, N'local', N'sa', NULL);",
    ],
  })),
];
