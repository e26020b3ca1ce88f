import { type CategoryTemplates, sec, template } from '../../draft';
import { passwordHash, phpassHash } from './values';

/**
 * Users tables in database dumps and exports as mysqldump, pg_dump, sqlite3 .dump and spreadsheet
 * or password-manager CSV exports write them: plaintext passwords, password hashes and API tokens
 * in columns named by a CREATE TABLE, a column list or a CSV header. Hard negatives: schema only,
 * bind parameters, unusable or placeholder passwords, and columns of checksums and ids.
 * Layouts from each tool's documentation; values are generated at run time.
 */
export const sqlDumps: CategoryTemplates = {
  positives: [
    template('mysqldump-extended-insert-plaintext', (g) => {
      const pw = g.password();
      const other = g.password();
      return {
        path: 'db/backup/app-2024-03-05.sql',
        lines: [
          '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)',
          'DROP TABLE IF EXISTS `users`;',
          'CREATE TABLE `users` (',
          '  `id` int NOT NULL AUTO_INCREMENT,',
          '  `username` varchar(64) NOT NULL,',
          '  `email` varchar(255) NOT NULL,',
          '  `password` varchar(255) NOT NULL,',
          '  PRIMARY KEY (`id`)',
          ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
          'LOCK TABLES `users` WRITE;',
          sec(
            `INSERT INTO \`users\` VALUES (1,'${g.user()}','ops@acme.io','${pw}'),(2,'${g.user()}','it@acme.io','${other}');`,
            pw,
          ),
          'UNLOCK TABLES;',
        ],
      };
    }),
    template('insert-column-list-hash-rows', (g) => {
      const a = passwordHash(g);
      const b = passwordHash(g);
      return {
        path: 'database/seeds/users.sql',
        lines: [
          'INSERT INTO users (id, email, password, created_at) VALUES',
          sec(`  (1, 'admin@acme.io', '${a}', '2024-01-04 10:00:00'),`, a),
          sec(`  (2, 'support@acme.io', '${b}', '2024-01-04 10:00:00');`, b),
        ],
      };
    }),
    template('insert-one-line-hash', (g) => {
      const h = passwordHash(g);
      const table = g.pick(['accounts', 'admin_users', 'members', 'customers']);
      const col = g.pick(['password_hash', 'encrypted_password', 'passwd', 'password_digest']);
      return {
        path: `sql/${table}.sql`,
        lines: [sec(`INSERT INTO ${table} (id, login, ${col}, active) VALUES (7, '${g.user()}', '${h}', 1);`, h)],
      };
    }),
    template('pg-dump-copy-django-auth-user', (g) => {
      const h = `pbkdf2_sha256$870000$${g.fake.alnum(22)}$${g.fake.base64(43)}=`;
      const h2 = passwordHash(g);
      return {
        path: 'fixtures/prod_snapshot.sql',
        lines: [
          '--',
          '-- Data for Name: auth_user; Type: TABLE DATA; Schema: public; Owner: app',
          '--',
          '',
          'COPY public.auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) FROM stdin;',
          sec(`1\t${h}\t2024-02-29 08:14:11+00\tt\t${g.user()}\t\t\tadmin@acme.io\tt\tt\t2023-11-02 09:00:00+00`, h),
          sec(`2\t${h2}\t\\N\tf\t${g.user()}\tAna\tLopez\tana@acme.io\tf\tt\t2023-11-03 09:00:00+00`, h2),
          '\\.',
        ],
      };
    }),
    template('pg-dump-copy-plaintext', (g) => {
      const pw = g.password();
      return {
        path: 'dumps/legacy_crm.sql',
        lines: [
          'COPY public.staff (staff_id, login, pass, role) FROM stdin;',
          sec(`14\t${g.user()}\t${pw}\tmanager`, pw),
          '\\.',
        ],
      };
    }),
    template('wordpress-wp-users-phpass', (g) => {
      const h = phpassHash(g);
      return {
        path: 'backup/wordpress.sql',
        lines: [
          'LOCK TABLES `wp_users` WRITE;',
          '/*!40000 ALTER TABLE `wp_users` DISABLE KEYS */;',
          sec(
            `INSERT INTO \`wp_users\` VALUES (1,'admin','${h}','admin','web@acme.io','','2023-05-01 10:22:31','',0,'admin');`,
            h,
          ),
          'UNLOCK TABLES;',
        ],
      };
    }),
    template('mysql-user-native-hash', (g) => {
      const h = `*${g.fake.upperHex(40)}`;
      return {
        path: 'backup/mysql-system.sql',
        lines: [
          'LOCK TABLES `user` WRITE;',
          sec(
            `INSERT INTO \`user\` (\`Host\`, \`User\`, \`plugin\`, \`authentication_string\`) VALUES ('%','${g.user()}','mysql_native_password','${h}');`,
            h,
          ),
        ],
      };
    }),
    template('pg-dumpall-role-scram', (g) => {
      const h = `SCRAM-SHA-256$4096:${g.fake.base64(22)}==$${g.fake.base64(43)}=:${g.fake.base64(43)}=`;
      const u = g.user();
      return {
        path: 'backup/globals.sql',
        lines: [
          '--',
          '-- Roles',
          '--',
          `CREATE ROLE ${u};`,
          sec(
            `ALTER ROLE ${u} WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '${h}';`,
            h,
          ),
        ],
      };
    }),
    template('sqlite-dump-plaintext', (g) => {
      const pw = g.password();
      return {
        path: 'data/app.db.sql',
        lines: [
          'PRAGMA foreign_keys=OFF;',
          'BEGIN TRANSACTION;',
          'CREATE TABLE accounts(id INTEGER PRIMARY KEY, username TEXT UNIQUE, password TEXT, role TEXT);',
          sec(`INSERT INTO accounts VALUES(1,'${g.user()}','${pw}','admin');`, pw),
          'COMMIT;',
        ],
      };
    }),
    template('insert-api-tokens', (g) => {
      const t = g.fake.alnum(g.pick([40, 48, 64]));
      return {
        path: 'db/seed/tokens.sql',
        lines: [
          sec(
            `INSERT INTO personal_access_tokens (id, tokenable_type, tokenable_id, name, token, abilities) VALUES (1, 'App\\\\Models\\\\User', 1, 'deploy', '${t}', '["*"]');`,
            t,
          ),
        ],
      };
    }),
    template('insert-oauth-client-secret', (g) => {
      const s = g.fake.alnum(40);
      return {
        path: 'database/dump/oauth.sql',
        lines: [
          'INSERT INTO `oauth_clients` (`id`, `user_id`, `name`, `secret`, `provider`, `redirect`, `personal_access_client`, `password_client`, `revoked`) VALUES',
          sec(`(2, NULL, 'Mobile Password Grant Client', '${s}', 'users', 'http://localhost', 0, 1, 0);`, s),
        ],
      };
    }),
    template('csv-users-plaintext', (g) => {
      const pw = g.password();
      return {
        path: 'exports/users.csv',
        lines: [
          'id,username,email,password,created_at',
          `1,${g.user()},ops@acme.io,,2023-10-01`,
          sec(`2,${g.user()},billing@acme.io,${pw},2023-10-02`, pw),
        ],
      };
    }),
    template('tsv-api-token-column', (g) => {
      const t = g.apiKey();
      return {
        path: 'exports/integrations.tsv',
        lines: ['customer_id\tintegration\tapi_token\tenabled', sec(`4412\tshipping\t${t}\ttrue`, t)],
      };
    }),
    template('csv-password-hash-column', (g) => {
      const h = passwordHash(g);
      return {
        path: 'migration/users_export.csv',
        lines: ['"user_id","email","password_hash","last_login"', sec(`"88","lena@acme.io","${h}","2024-02-11"`, h)],
      };
    }),
    template('browser-password-export-csv', (g) => {
      const pw = g.password();
      return {
        path: 'docs/old/Chrome Passwords.csv',
        lines: ['name,url,username,password,note', sec(`${g.host()},https://${g.host()}/login,${g.user()},${pw},`, pw)],
      };
    }),
    template('bitwarden-csv-export', (g) => {
      const pw = g.password();
      return {
        path: 'backup/bitwarden_export_20240305.csv',
        lines: [
          'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp',
          sec(`Work,,login,Jenkins,,,0,https://${g.host()},${g.user()},${pw},`, pw),
        ],
      };
    }),
  ],
  negatives: [
    template('schema-only', () => ({
      path: 'db/schema.sql',
      lines: [
        'CREATE TABLE `users` (',
        '  `id` int NOT NULL AUTO_INCREMENT,',
        '  `password` varchar(255) NOT NULL,',
        '  `password_reset_token` varchar(64) DEFAULT NULL,',
        '  `api_token` char(40) DEFAULT NULL,',
        '  PRIMARY KEY (`id`)',
        ');',
        'COPY public.auth_user (id, password, last_login, username) FROM stdin;',
        '\\.',
      ],
    })),
    template('bind-parameters', () => ({
      path: 'src/db/queries.sql',
      lines: [
        'INSERT INTO users (id, email, password) VALUES (?, ?, ?);',
        'INSERT INTO users (id, email, password) VALUES ($1, $2, $3);',
        'INSERT INTO accounts (login, password_hash) VALUES (:login, :password_hash);',
        'UPDATE users SET password = %(password)s WHERE id = %(id)s;',
        'INSERT INTO api_tokens (user_id, token) VALUES (@userId, @token);',
      ],
    })),
    template('placeholder-passwords-dump', (g) => ({
      path: 'db/seed/dev_users.sql',
      lines: [
        'INSERT INTO users (id, username, password) VALUES',
        `  (1, '${g.user()}', 'changeme'),`,
        `  (2, '${g.user()}', 'password'),`,
        `  (3, '${g.user()}', ''),`,
        `  (4, '${g.user()}', NULL),`,
        `  (5, '${g.user()}', '*'),`,
        `  (6, '${g.user()}', '<hashed>');`,
      ],
    })),
    template('django-unusable-passwords', (g) => ({
      path: 'fixtures/users.sql',
      lines: [
        'COPY public.auth_user (id, password, last_login, username, email) FROM stdin;',
        `1\t!\t\\N\t${g.user()}\tsso@acme.io`,
        `2\t\t\\N\t${g.user()}\tsso2@acme.io`,
        '\\.',
      ],
    })),
    template('settings-and-migrations', () => ({
      path: 'db/data.sql',
      lines: [
        "INSERT INTO `migrations` VALUES (1,'2014_10_12_100000_create_password_resets_table',1),(2,'2019_12_14_000001_create_personal_access_tokens_table',1);",
        "INSERT INTO settings (name, value) VALUES ('password_min_length', '12'), ('token_ttl_minutes', '60'), ('api_key_header', 'X-Api-Key');",
        "INSERT INTO permissions (name) VALUES ('reset_password'), ('rotate_api_key');",
      ],
    })),
    template('csv-masked-password-column', (g) => ({
      path: 'exports/users.csv',
      lines: [
        'id,username,email,password,api_token',
        `1,${g.user()},ops@acme.io,********,[REDACTED]`,
        `2,${g.user()},it@acme.io,,`,
        `3,${g.user()},qa@acme.io,<hidden>,xxxxxxxxxxxx`,
      ],
    })),
    template('csv-checksums-and-ids', (g) => ({
      path: 'exports/artifacts.csv',
      lines: [
        'artifact_id,name,sha256,commit,etag,request_id',
        `${g.fake.uuid()},app.tar.gz,${g.fake.hex(64)},${g.fake.hex(40)},${g.fake.hex(32)},${g.fake.uuid()}`,
        `${g.fake.uuid()},web.zip,${g.fake.hex(64)},${g.fake.hex(40)},${g.fake.hex(32)},${g.fake.uuid()}`,
      ],
    })),
    template('copy-audit-ids', (g) => ({
      path: 'dumps/audit.sql',
      lines: [
        'COPY public.login_audit (id, user_id, event, password_changed_at, token_id, trace_id) FROM stdin;',
        `1\t${g.fake.uuid()}\tpassword_reset\t2024-02-01 10:00:00+00\t${g.fake.uuid()}\t${g.fake.hex(32)}`,
        `2\t${g.fake.uuid()}\tlogin_failed\t\\N\t\\N\t${g.fake.hex(32)}`,
        '\\.',
      ],
    })),
  ],
};
