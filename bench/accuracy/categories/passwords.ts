import { type CategoryTemplates, sec, template } from '../draft';

/**
 * Passwords with a clear name but any strength: config files, CLI flags, SQL, connection strings,
 * credential stores and password hashes. Values come from Gen at run time (no literal passwords).
 */
export const passwords: CategoryTemplates = {
  positives: [
    template('dotenv', (g) => {
      const pw = g.password();
      return {
        path: '.env',
        lines: [
          '# local database',
          `DB_HOST=${g.host()}`,
          `DB_USER=${g.user()}`,
          sec(`DB_PASSWORD=${pw}`, pw),
          'DB_PORT=5432',
        ],
      };
    }),
    template('rails-database-yml', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'config/database.yml',
        lines: [
          'production:',
          '  adapter: postgresql',
          '  encoding: unicode',
          `  database: ${g.dbName()}_production`,
          `  username: ${g.user()}`,
          sec(`  password: ${pw}`, pw),
          `  host: ${g.host()}`,
        ],
      };
    }),
    template('spring-properties', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/resources/application.properties',
        lines: [
          `spring.datasource.url=jdbc:postgresql://${g.host()}:5432/${g.dbName()}`,
          `spring.datasource.username=${g.user()}`,
          sec(`spring.datasource.password=${pw}`, pw),
          'spring.jpa.hibernate.ddl-auto=validate',
        ],
      };
    }),
    template('mysql-cnf', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'deploy/my.cnf',
        lines: [
          '[client]',
          `user=${g.user()}`,
          sec(`password=${pw}`, pw),
          `host=${g.host()}`,
          '',
          '[mysqld]',
          'max_connections=200',
        ],
      };
    }),
    template('redis-conf', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'redis/redis.conf',
        lines: ['bind 0.0.0.0', 'port 6379', 'appendonly yes', sec(`requirepass ${pw}`, pw), 'maxmemory 256mb'],
      };
    }),
    template('php-define', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'config/db.php',
        lines: [
          '<?php',
          `define('DB_HOST', '${g.host()}');`,
          `define('DB_USER', '${g.user()}');`,
          sec(`define('DB_PASS', '${pw}');`, pw),
          `define('DB_NAME', '${g.dbName()}');`,
        ],
      };
    }),
    template('sql-identified-by', (g) => {
      const pw = g.plainPassword();
      const u = g.user();
      return {
        path: 'migrations/001_users.sql',
        lines: [
          `CREATE DATABASE IF NOT EXISTS ${g.dbName()};`,
          sec(`CREATE USER '${u}'@'%' IDENTIFIED BY '${pw}';`, pw),
          `GRANT SELECT, INSERT ON *.* TO '${u}'@'%';`,
          'FLUSH PRIVILEGES;',
        ],
      };
    }),
    template('sql-alter-role', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'db/init.sql',
        lines: [
          '-- reporting role',
          `CREATE ROLE ${g.user().replace('-', '_')} LOGIN;`,
          sec(`ALTER ROLE reporting WITH PASSWORD '${pw}';`, pw),
          'GRANT CONNECT ON DATABASE analytics TO reporting;',
        ],
      };
    }),
    template('mysql-cli-flag', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'scripts/backup.sh',
        lines: [
          '#!/usr/bin/env bash',
          'set -euo pipefail',
          `STAMP=$(date +%F)`,
          sec(`mysqldump -u ${g.user()} -p${pw} -h ${g.host()} ${g.dbName()} > /backups/db-$STAMP.sql`, pw),
          'gzip /backups/db-$STAMP.sql',
        ],
      };
    }),
    template('psexec-flag', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'ops/restart-service.bat',
        lines: [
          '@echo off',
          'REM restart the print spooler on the file server',
          sec(`psexec \\\\fs01 -u CORP\\${g.user()} -p ${pw} net stop spooler`, pw),
          'psexec \\\\fs01 net start spooler',
        ],
      };
    }),
    template('sshpass', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'deploy.sh',
        lines: [
          '#!/bin/sh',
          sec(`sshpass -p '${pw}' rsync -az dist/ ${g.user()}@${g.host()}:/var/www/app`, pw),
          'echo deployed',
        ],
      };
    }),
    template('docker-login', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.gitlab-ci.yml',
        lines: [
          'build:',
          '  stage: build',
          '  script:',
          sec(`    - docker login -u ${g.user()} -p ${pw} registry.acme.io`, pw),
          '    - docker build -t registry.acme.io/app:$CI_COMMIT_SHA .',
        ],
      };
    }),
    template('network-credential', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/Mail/SmtpSender.cs',
        lines: [
          'using System.Net;',
          'using System.Net.Mail;',
          '',
          'public class SmtpSender {',
          '    public void Send(MailMessage message) {',
          `        var client = new SmtpClient("${g.host()}", 587);`,
          sec(`        client.Credentials = new NetworkCredential("${g.user()}", "${pw}");`, pw),
          '        client.EnableSsl = true;',
          '        client.Send(message);',
          '    }',
          '}',
        ],
      };
    }),
    template('ado-connection-string', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/Data/Db.cs',
        lines: [
          'public static class Db {',
          sec(
            `    public const string ConnectionString = "Server=${g.host()};Database=${g.dbName()};User Id=sa;Password=${pw};TrustServerCertificate=True";`,
            pw,
          ),
          '}',
        ],
      };
    }),
    template('jdbc-url-password', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'etl/job.conf',
        lines: [
          'source {',
          sec(`  url = "jdbc:mysql://${g.host()}:3306/${g.dbName()}?user=${g.user()}&password=${pw}&useSSL=true"`, pw),
          '  fetchsize = 5000',
          '}',
        ],
      };
    }),
    template('sftp-json', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.vscode/sftp.json',
        lines: [
          '{',
          '    "name": "staging",',
          `    "host": "${g.host()}",`,
          '    "protocol": "sftp",',
          '    "port": 22,',
          `    "username": "${g.user()}",`,
          sec(`    "password": "${pw}",`, pw),
          '    "remotePath": "/var/www/html",',
          '    "uploadOnSave": true',
          '}',
        ],
      };
    }),
    template('json-pass-short-key', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'ftp-sync.json',
        lines: [
          '{',
          `  "server": "${g.host()}",`,
          `  "user": "${g.user()}",`,
          sec(`  "pass": "${pw}",`, pw),
          '  "localRoot": "./build"',
          '}',
        ],
      };
    }),
    template('pgpass', (g) => {
      const pw = g.plainPassword().replace(/:/g, '');
      return { path: '.pgpass', lines: [sec(`${g.host()}:5432:${g.dbName()}:${g.user()}:${pw}`, pw)] };
    }),
    template('git-credentials', (g) => {
      const pw = g.plainPassword();
      return { path: '.git-credentials', lines: [sec(`https://${g.user()}:${pw}@git.acme.io`, pw)] };
    }),
    template('htpasswd-apr1', (g) => {
      const hash = `$apr1$${g.fake.from(CRYPT, 8)}$${g.fake.from(CRYPT, 22)}`;
      return { path: 'nginx/.htpasswd', lines: [sec(`${g.user()}:${hash}`, hash)] };
    }),
    template('htpasswd-bcrypt', (g) => {
      const hash = `$2y$10$${g.fake.from(CRYPT, 53)}`;
      return { path: 'conf/.htpasswd', lines: [sec(`${g.user()}:${hash}`, hash), ''] };
    }),
    template('shadow-line', (g) => {
      const hash = `$6$${g.fake.from(CRYPT, 16)}$${g.fake.from(CRYPT, 86)}`;
      return {
        path: 'rootfs/etc/shadow',
        lines: [
          'daemon:*:19000:0:99999:7:::',
          'nobody:*:19000:0:99999:7:::',
          sec(`${g.user()}:${hash}:19321:0:99999:7:::`, hash),
        ],
      };
    }),
    template('sql-dump-bcrypt', (g) => {
      const hash = `$2a$10$${g.fake.from(CRYPT, 53)}`;
      return {
        path: 'dumps/users.sql',
        lines: [
          'LOCK TABLES `users` WRITE;',
          sec(`INSERT INTO \`users\` VALUES (1,'${g.user()}','ops@acme.io','${hash}','2023-04-01 10:00:00');`, hash),
          'UNLOCK TABLES;',
        ],
      };
    }),
    template('python-connect', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'etl/load.py',
        lines: [
          'import psycopg2',
          '',
          'conn = psycopg2.connect(',
          `    host="${g.host()}",`,
          `    dbname="${g.dbName()}",`,
          `    user="${g.user()}",`,
          sec(`    password="${pw}",`, pw),
          ')',
        ],
      };
    }),
    template('powershell-securestring', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'ops/Join-Domain.ps1',
        lines: [
          sec(`$secure = ConvertTo-SecureString "${pw}" -AsPlainText -Force`, pw),
          `$cred = New-Object System.Management.Automation.PSCredential ("CORP\\${g.user()}", $secure)`,
          'Add-Computer -DomainName corp.local -Credential $cred -Restart',
        ],
      };
    }),
    template('php-mysqli', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'includes/db.php',
        lines: [
          '<?php',
          sec(`$conn = new mysqli("${g.host()}", "${g.user()}", "${pw}", "${g.dbName()}");`, pw),
          'if ($conn->connect_error) { die("Connection failed"); }',
        ],
      };
    }),
    template('php-pdo', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/Database.php',
        lines: [
          '<?php',
          `$dsn = 'mysql:host=${g.host()};dbname=${g.dbName()};charset=utf8mb4';`,
          sec(`$pdo = new PDO($dsn, '${g.user()}', '${pw}', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);`, pw),
        ],
      };
    }),
    template('python-smtplib-login', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'jobs/report_mailer.py',
        lines: [
          'import smtplib',
          '',
          `with smtplib.SMTP("${g.host()}", 587) as server:`,
          '    server.starttls()',
          sec(`    server.login("${g.user()}@${g.host()}", "${pw}")`, pw),
          '    server.send_message(msg)',
        ],
      };
    }),
    template('dotnet-appsettings-account-key', (g) => {
      const key = g.fake.base64(64);
      return {
        path: 'Web.config',
        lines: [
          '<appSettings>',
          '  <add key="StorageAccountName" value="acmestore" />',
          sec(`  <add key="StorageAccountKey" value="${key}" />`, key),
          '</appSettings>',
        ],
      };
    }),
    template('amqp-url', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'worker/settings.toml',
        lines: ['[queue]', sec(`broker_url = "amqp://${g.user()}:${pw}@${g.host()}:5672/prod"`, pw), 'prefetch = 10'],
      };
    }),
    template('ansible-vars', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'inventory/group_vars/web.yml',
        lines: [`ansible_user: ${g.user()}`, sec(`ansible_become_pass: ${pw}`, pw), 'nginx_worker_processes: 4'],
      };
    }),
    template('go-dsn', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'internal/store/db.go',
        lines: [
          'package store',
          '',
          'import "database/sql"',
          '',
          'func Open() (*sql.DB, error) {',
          sec(
            `\treturn sql.Open("postgres", "host=${g.host()} user=${g.user()} password=${pw} dbname=${g.dbName()} sslmode=require")`,
            pw,
          ),
          '}',
        ],
      };
    }),
    template('test-file-password', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'test/integration/db.test.ts',
        lines: [
          "import { connect } from '../../src/db';",
          '',
          "describe('db', () => {",
          "  it('connects', async () => {",
          sec(`    const db = await connect({ host: '${g.host()}', user: '${g.user()}', password: '${pw}' });`, pw),
          '    expect(db).toBeDefined();',
          '  });',
          '});',
        ],
      };
    }),
    template('powershell-env-drive', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'scripts/dev-setup.ps1',
        lines: [
          '# local services',
          `$env:DB_HOST = "${g.host()}"`,
          sec(`$env:DB_PASSWORD = "${pw}"`, pw),
          '.\\start.ps1',
        ],
      };
    }),
    template('glued-and-short-password-names', (g) => {
      // Spellings real configs use: a head glued to `pass`, short forms, creds.
      const pw = g.plainPassword();
      const name = g.pick(['dbpass', 'ROOTPASS', 'smtp_psw', 'userPword', 'mailpass', 'ADMIN_PSWD']);
      return {
        path: g.pick(['scripts/backup.sh', 'config/app.ini', 'deploy/settings.py']),
        lines: ['# nightly job', `host=${g.host()}`, sec(`${name}="${pw}"`, pw)],
      };
    }),
  ],
  negatives: [
    template('env-example-empty', (g) => ({
      path: '.env.example',
      lines: [
        '# copy to .env and fill in',
        `DB_HOST=${g.host()}`,
        'DB_USER=',
        'DB_PASSWORD=',
        'DB_PASSWORD_FILE=/run/secrets/db_password',
      ],
    })),
    template('env-example-placeholder', () => ({
      path: '.env.sample',
      lines: [
        'DB_USER=your-username',
        'DB_PASSWORD=your-password-here',
        'SMTP_PASSWORD=<smtp password>',
        'ADMIN_PASSWORD=${ADMIN_PASSWORD}',
      ],
    })),
    template('yaml-env-reference', (g) => ({
      path: 'config/database.yml',
      lines: [
        'production:',
        '  adapter: postgresql',
        `  database: ${g.dbName()}`,
        '  username: <%= ENV["DB_USER"] %>',
        '  password: <%= ENV["DB_PASSWORD"] %>',
      ],
    })),
    template('spring-placeholder', () => ({
      path: 'src/main/resources/application.yml',
      lines: [
        'spring:',
        '  datasource:',
        '    username: ${DB_USER}',
        '    password: ${DB_PASSWORD}',
        '  mail:',
        '    password: ${vcap.services.mail.credentials.password}',
      ],
    })),
    template('ts-types-and-names', () => ({
      path: 'src/auth/types.ts',
      lines: [
        'export interface LoginForm {',
        '  email: string;',
        '  password: string;',
        '  rememberMe?: boolean;',
        '}',
        '',
        "export const PASSWORD_FIELD = 'password';",
        'export const PASSWORD_MIN_LENGTH = 12;',
        'export type PasswordPolicy = { minLength: number; requireSymbol: boolean };',
      ],
    })),
    template('ts-validation', () => ({
      path: 'src/auth/validate.ts',
      lines: [
        'export function validate(password: string, confirmPassword: string): string | undefined {',
        "  if (!password) return 'Password is required';",
        "  if (password !== confirmPassword) return 'Passwords do not match';",
        "  if (password.length < 12) return 'Password must be at least 12 characters';",
        '  return undefined;',
        '}',
      ],
    })),
    template('i18n-json', () => ({
      path: 'locales/en.json',
      lines: [
        '{',
        '  "login.password": "Password",',
        '  "login.forgotPassword": "Forgot your password?",',
        '  "login.passwordHint": "At least 12 characters",',
        '  "settings.changePassword": "Change password",',
        '  "errors.passwordMismatch": "The passwords do not match"',
        '}',
      ],
    })),
    template('i18n-de-json', () => ({
      path: 'locales/de.json',
      lines: [
        '{',
        '  "password": "Passwort",',
        '  "password_reset": "Passwort zurücksetzen",',
        '  "token_expired": "Ihre Sitzung ist abgelaufen"',
        '}',
      ],
    })),
    template('docs-example-password', () => ({
      path: 'docs/getting-started.md',
      lines: [
        '## Local database',
        '',
        'Start Postgres with a throwaway password for local development only:',
        '',
        '```sh',
        `docker run -e POSTGRES_PASSWORD=${DOCS_PASSWORD} -p 5432:5432 postgres:16`,
        '```',
        '',
        'Then set `DB_PASSWORD` in `.env` to the same value.',
      ],
    })),
    template('python-getpass-env', () => ({
      path: 'tools/admin.py',
      lines: [
        'import getpass',
        'import os',
        '',
        'password = getpass.getpass("Password: ")',
        'db_password = os.environ["DB_PASSWORD"]',
        'smtp_password = os.environ.get("SMTP_PASSWORD")',
        'pwd = os.getcwd()',
      ],
    })),
    template('powershell-commands-assigned', () => ({
      path: 'ops/Connect-Db.ps1',
      lines: [
        '$password = Read-Host -Prompt "Database password" -AsSecureString',
        '$token = Invoke-RestMethod -Uri $tokenUrl -Method Post -Body $body',
        '$secret = Get-Secret -Name DbPassword -Vault Prod',
        '$cred = New-Object System.Management.Automation.PSCredential ($user, $password)',
      ],
    })),
    template('java-key-algorithm', () => ({
      path: 'src/main/java/com/acme/auth/TokenSigner.java',
      lines: [
        'private static final String SECRET_KEY_ALGORITHM = "HmacSHA256";',
        'private static final String TOKEN_HEADER = "Authorization";',
        'private static final String TOKEN_PREFIX = "Bearer ";',
      ],
    })),
    template('aws-idempotency-token', (g) => ({
      path: 'scripts/create_instance.py',
      lines: [
        'response = ec2.run_instances(',
        '    ImageId=image_id,',
        `    ClientToken="${g.fake.uuid()}",`,
        '    MinCount=1, MaxCount=1,',
        ')',
      ],
    })),
    template('bcrypt-compare', () => ({
      path: 'src/auth/login.js',
      lines: [
        "const bcrypt = require('bcrypt');",
        '',
        'async function login(user, password) {',
        '  const ok = await bcrypt.compare(password, user.passwordHash);',
        "  if (!ok) throw new Error('invalid password');",
        '  return user;',
        '}',
      ],
    })),
    template('html-password-input', () => ({
      path: 'templates/login.html',
      lines: [
        '<form method="post" action="/login">',
        '  <label for="password">Password</label>',
        '  <input type="password" id="password" name="password" placeholder="Password" autocomplete="current-password">',
        '  <button type="submit">Sign in</button>',
        '</form>',
      ],
    })),
    template('kotlin-typed-null', () => ({
      path: 'app/src/main/java/com/acme/Settings.kt',
      lines: [
        'class Settings {',
        '    var username: String = ""',
        '    var password: String? = null',
        '    lateinit var passwordHash: String',
        '}',
      ],
    })),
    template('mysql-prompt-flag', () => ({
      path: 'scripts/restore.sh',
      lines: [
        '#!/usr/bin/env bash',
        '# prompts for the password',
        'mysql -u root -p "$DB_NAME" < dump.sql',
        'mysql -u "$DB_USER" -p"$MYSQL_PWD" -e "SHOW DATABASES"',
        'PGPASSWORD="$(cat /run/secrets/pg)" psql -h db -U app',
      ],
    })),
    template('sql-schema', () => ({
      path: 'db/schema.sql',
      lines: [
        'CREATE TABLE users (',
        '  id SERIAL PRIMARY KEY,',
        '  email TEXT NOT NULL UNIQUE,',
        '  password_hash TEXT NOT NULL,',
        '  password_changed_at TIMESTAMPTZ',
        ');',
      ],
    })),
    template('ini-no-password', (g) => ({
      path: 'deploy/my.cnf',
      lines: [
        '[client]',
        `user=${g.user()}`,
        '# password comes from ~/.mylogin.cnf',
        `host=${g.host()}`,
        'password_history=5',
      ],
    })),
    template('jdbc-url-env', (g) => ({
      path: 'etl/job.conf',
      lines: [
        'source {',
        `  url = "jdbc:mysql://${g.host()}:3306/${g.dbName()}?user=\${DB_USER}&password=\${DB_PASSWORD}"`,
        '}',
      ],
    })),
    template('powershell-read-host', () => ({
      path: 'ops/Join-Domain.ps1',
      lines: [
        '$secure = Read-Host -Prompt "Password" -AsSecureString',
        '$cred = Get-Credential -UserName "CORP\\admin" -Message "Domain join"',
        'Add-Computer -DomainName corp.local -Credential $cred',
      ],
    })),
    template('password-policy-config', () => ({
      path: 'config/security.yaml',
      lines: [
        'password:',
        '  min_length: 12',
        '  require_symbols: true',
        '  reset_token_ttl: 3600',
        'password_reset_url: https://accounts.acme.io/reset',
      ],
    })),
    template('dsn-format-templates', () => ({
      path: 'src/db/dsn.ts',
      lines: [
        'export function dsn(user: string, password: string, host: string): string {',
        '  return `postgres://${user}:${encodeURIComponent(password)}@${host}:5432/app`;',
        '}',
        "const PY_TEMPLATE = 'mysql://%s:%s@%s/%s';",
        "const GO_TEMPLATE = 'host=%s user=%s password=%s dbname=%s';",
      ],
    })),
    template('docs-strong-password-advice', () => ({
      path: 'docs/security.md',
      lines: [
        '## Choosing passwords',
        '',
        `Do not reuse a password such as \`${'MySecret' + 'Password'}\` across environments.`,
        '',
        '| Setting | Example |',
        '|---|---|',
        '| `DB_PASSWORD` | `<generated by the vault>` |',
      ],
    })),
    template('connection-string-integrated', (g) => ({
      path: 'appsettings.json',
      lines: [
        '{',
        '  "ConnectionStrings": {',
        `    "Default": "Server=${g.host()};Database=${g.dbName()};Integrated Security=True;TrustServerCertificate=True"`,
        '  }',
        '}',
      ],
    })),
  ],
};

/** A documentation example password, assembled so this source holds no password literal. */
const DOCS_PASSWORD = ['pass', 'word', '123'].join('');
const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
