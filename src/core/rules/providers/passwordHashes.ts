// Password hashes of logins where they are stored: /etc/shadow, .htpasswd and mosquitto_passwd lines,
// and fields of user records in SQL dumps, pg_dump COPY rows, CSV exports, seeds and fixtures. Hashes
// are credentials: offline cracking recovers weak passwords. Formats from crypt(3), PHP's
// password_hash, Django's and Argon2's hashers, PostgreSQL's and MySQL's documentation.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { MatchContext, Rule } from '../types';

/** Files that hold records, not code: database dumps and tabular exports. */
const RECORD_FILE = /\.(?:sql|csv|tsv|psv|dump)$/i;

/**
 * Whether a hash written as a field (quoted, or delimited by tabs or commas) stands in a user record:
 * a dump, seed or export (a statement, a password-named field, a tab-separated COPY row, a data
 * file), not a hashing library's code. MySQL's `*` + 40 hex is a hash only beside its plugin's name.
 */
function inUserRecord(secret: string, context: MatchContext): boolean {
  const { line } = context;
  if (secret.startsWith('*'))
    return /native_password|authentication_string|identified\s{1,4}by\s{1,4}password/i.test(line);
  if (/\binsert\s{1,4}into\b|\bvalues\s{0,4}\(|passw|"hash"|'hash'|\buser(?:add|mod)\b/i.test(line)) return true;
  // Tabs between fields, not the tabs that indent a line of code (`\t\t'$1$...');` in a module's synopsis).
  return (context.path !== undefined && RECORD_FILE.test(context.path)) || /[^\t\s]\t[^\t]{0,400}\t/.test(line);
}

export const passwordHashRules: readonly Rule[] = [
  {
    id: 'password-hash-line',
    title: 'Password hash of a login (shadow, .htpasswd, user dumps)',
    provider: 'Password hash',
    keywords: [
      '$1$',
      '$5$',
      '$6$',
      '$7$',
      '$y$',
      '$2a$',
      '$2b$',
      '$2y$',
      '$apr1$',
      '$p$',
      '$h$',
      '$s$',
      '$argon2',
      '{sha}',
      'pbkdf2_sha',
      'scram-sha-256$',
      'sha1:',
      'native_password',
      'authentication_string',
    ],
    // `user:hash` as /etc/shadow, .htpasswd and mosquitto_passwd write it, or a hash as a field of a
    // SQL dump, a pg_dump COPY row or a CSV export, or in a Jenkins user's config.xml (bcrypt; crypt
    // with `rounds=`, and WordPress 6.8's `$wp`-prefixed bcrypt; phpass `$P$`/`$H$` of WordPress and phpBB; Drupal 7 `$S$`; Argon2; Django's
    // `pbkdf2_sha256$`; PostgreSQL's `SCRAM-SHA-256$`; MySQL's `*` + 40 hex of mysql_native_password;
    // Jupyter's stored login passwords, `argon2:$argon2id$...` and the older `sha1:<salt>:<digest>`).
    pattern:
      /(?:^[a-z_][\w.@-]{0,63}:|(?<=['"\t,]|#jbcrypt:|[:=][ \t]{1,4}))(?<secret>(?:\$wp)?\$(?:1|5|6|y|2[aby]|apr1|[PHS])\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9$]{8,200}|(?:argon2:?)?\$(?:7|argon2(?:id|i|d))\$[\w./+=,$-]{20,300}|sha1:[0-9a-f]{12}:[0-9a-f]{40}|\{SHA\}[A-Za-z0-9+/]{27}=|pbkdf2_sha(?:1|256|512)\$\d{3,8}\$[A-Za-z0-9]{4,64}\$[A-Za-z0-9+/]{20,100}={0,2}|SCRAM-SHA-256\$\d{3,8}:[A-Za-z0-9+/]{8,64}={0,2}\$[A-Za-z0-9+/]{20,64}={0,2}:[A-Za-z0-9+/]{20,64}={0,2}|\*[0-9A-F]{40})(?=[:'"<\t,]|\s{0,4}$)/,
    confidence: 'medium',
    envVar: 'PASSWORD_HASH',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
    risk: 'Offline cracking recovers weak passwords from their hashes; the accounts then log in as their users.',
    validate: (secret, match, context) => {
      // A hash holds a salt or digest run of eight or more characters; `'$1$2$3$8$5$6$7$4$9'` is a
      // regular expression's replacement of back-references.
      if (!/[./A-Za-z0-9]{8}/.test(secret)) return false;
      const quoted = !/^[a-z_]/.test(match) || secret === match;
      // A quoted hash counts in a user dump, seed or export, not in a hashing library's own code.
      if (quoted && !inUserRecord(secret, context)) return false;
      return {
        why: quoted
          ? 'password hash in a user record (crackable offline)'
          : `password hash of the login "${match.slice(0, match.indexOf(':'))}" (crackable offline)`,
      };
    },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      positives: (fake) => [
        `deploy:$6$${fake.alnum(16)}$${fake.from('./' + 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 86)}:19750:0:99999:7:::`,
        `admin:$apr1$${fake.alnum(8)}$${fake.alnum(22)}`,
        `webuser:$2y$10$${fake.alnum(53)}`,
        `ops:{SHA}${fake.base64(27)}=`,
        `INSERT INTO users (email, password) VALUES ('ops@corp.net', '$2b$12$${fake.alnum(53)}');`,
        `root:$y$j9T$${fake.alnum(22)}$${fake.alnum(43)}:19800:0:99999:7:::`,
        `legacy:$1$${fake.alnum(8)}$${fake.alnum(22)}`,
        `svc:$5$${fake.alnum(16)}$${fake.alnum(43)}`,
        `{"user": "a", "hash": "$2a$10$${fake.alnum(53)}"}`,
        `INSERT INTO wp_users (user_login, user_pass) VALUES ('admin', '$P$B${fake.alnum(30)}');`, // phpass
        `INSERT INTO wp_users (user_login, user_pass) VALUES ('editor', '$wp$2y$10$${fake.alnum(53)}');`, // WordPress 6.8 bcrypt
        `INSERT INTO phpbb_users (username, user_password) VALUES ('mod', '$H$9${fake.alnum(30)}');`, // phpBB3
        `INSERT INTO users VALUES (1,'admin','$S$D${fake.alnum(51)}','ops@corp.net');`, // Drupal 7
        `<passwordHash>#jbcrypt:$2a$10$${fake.alnum(53)}</passwordHash>`, // Jenkins users/<id>/config.xml
        `sensor:$7$101$${fake.base64(16)}$${fake.base64(86)}==`, // mosquitto_passwd
        `ops:$argon2id$v=19$m=65536,t=3,p=4$${fake.base64(22)}$${fake.base64(43)}`,
        `    "hashed_password": "argon2:$argon2id$v=19$m=10240,t=10,p=8$${fake.base64(22)}$${fake.base64(43)}"`, // jupyter_server_config.json
        `c.NotebookApp.password = u'sha1:${fake.hex(12)}:${fake.hex(40)}'`, // notebook < 6.3
        `useradd -m -p '$6$${fake.alnum(16)}$${fake.alnum(86)}' deploy`, // useradd takes the crypt(3) hash
        `7\tpbkdf2_sha256$870000$${fake.alnum(22)}$${fake.base64(43)}=\t2024-02-29 08:14:11+00\tops`, // pg_dump COPY row of Django's auth_user
        `12\t$5$rounds=5000$${fake.alnum(16)}$${fake.alnum(43)}\tdeploy`, // sha256-crypt with its rounds
        `  encrypted_password: $2a$11$${fake.alnum(53)}`, // a Rails fixture or seed in YAML
        `ALTER ROLE app WITH LOGIN NOREPLICATION PASSWORD 'SCRAM-SHA-256$4096:${fake.base64(22)}==$${fake.base64(43)}=:${fake.base64(43)}=';`, // pg_dumpall
        `INSERT INTO user (Host, User, plugin, authentication_string) VALUES ('%','app','mysql_native_password','*${fake.upperHex(40)}');`,
      ],
      negatives: [
        { text: 'daemon:*:19000:0:99999:7:::', why: 'a locked account' },
        { text: 'nobody:!:19000::::::', why: 'no password' },
        { text: "const prefix = '$2b$';", why: 'a hash prefix in code' },
        { text: "expect(hash.startsWith('$2y$10$')).toBe(true)", why: 'a prefix check' },
        {
          text: (fake) => `\t\t'$1$${fake.alnum(8)}$${fake.alnum(22)}');`,
          why: "a hash in a hashing library's synopsis, indented by tabs: no record's fields",
          path: 'lib/Authen/Passphrase/MD5Crypt.pm',
        },
        {
          text: "\t\t$css = preg_replace($pattern, '$1$2$3$8$5$6$7$4$9', $css);",
          why: "a replacement's back-references, no salt or digest",
          path: 'src/CSSJanus.php',
        },
        {
          text: (fake) => `const vectors = ['pbkdf2_sha256$1000$${fake.alnum(12)}$${fake.base64(43)}=', 'x'];`,
          why: "a hashing library's test vector in code, not a user record",
        },
        {
          text: (fake) => `checksums = {"data.tar": "sha1:${fake.hex(12)}:${fake.hex(40)}"}`,
          why: 'a salted-digest shape outside a password field is no login',
        },
        {
          text: (fake) => `etags = ["*${fake.upperHex(40)}", "W/1"]`,
          why: '40 hex after a star is a MySQL hash only beside its plugin',
        },
      ],
    },
  },
];
