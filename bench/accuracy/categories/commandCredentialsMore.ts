import { type CategoryTemplates, sec, template } from '../draft';
import { cmdPassword } from './commandCredentials';

/**
 * More of command-credentials: command lines inside other files (a Dockerfile RUN, a CI step, an
 * Ansible task, a Python subprocess call), Windows and archive tools, connection strings and URLs
 * with weak passwords. Hard negatives: usage text and help output, man-page synopses, HTML
 * password inputs, calls given variables, and SQL comments and prose.
 */
export const moreCommandCredentials: CategoryTemplates = {
  positives: [
    template('dockerfile-run-chpasswd', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'docker/ssh/Dockerfile',
        lines: [
          'FROM ubuntu:22.04',
          'RUN apt-get update && apt-get install -y openssh-server',
          sec(`RUN echo 'root:${pw}' | chpasswd`, pw),
        ],
      };
    }),
    template('workflow-run-mysql', (g) => {
      const pw = cmdPassword(g);
      return {
        path: '.github/workflows/test.yml',
        lines: [
          'jobs:',
          '  test:',
          '    steps:',
          '      - name: Create database',
          sec(`        run: mysql -h 127.0.0.1 -uroot -p${pw} -e "CREATE DATABASE ${g.dbName()}_test"`, pw),
        ],
      };
    }),
    template('ansible-shell-sudo', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'ansible/roles/app/tasks/main.yml',
        lines: ['- name: Restart the app', sec(`  shell: echo '${pw}' | sudo -S systemctl restart app`, pw)],
      };
    }),
    template('python-subprocess-list', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'tools/sync.py',
        lines: [
          'import subprocess',
          sec(
            `subprocess.run(["sshpass", "-p", "${pw}", "rsync", "-az", "out/", "${g.user()}@${g.host()}:/srv"], check=True)`,
            pw,
          ),
        ],
      };
    }),
    template('python-os-system-string', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'tools/backup.py',
        lines: ['import os', sec(`os.system("mysqldump -u${g.user()} -p${pw} ${g.dbName()} > /tmp/db.sql")`, pw)],
      };
    }),
    template('powershell-invoke-sqlcmd', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'db/Seed.ps1',
        lines: [
          sec(
            `Invoke-Sqlcmd -ServerInstance "${g.host()}" -Username "sa" -Password "${pw}" -InputFile .\\seed.sql`,
            pw,
          ),
        ],
      };
    }),
    template('windows-task-and-wmi', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'ops/schedule.cmd',
        lines: [
          '@echo off',
          g.chance(0.5)
            ? sec(`schtasks /create /tn "Nightly" /tr C:\\jobs\\run.cmd /sc daily /ru CORP\\${g.user()} /rp ${pw}`, pw)
            : sec(
                `wmic /node:${g.host()} /user:CORP\\${g.user()} /password:${pw} process call create "cmd /c backup.cmd"`,
                pw,
              ),
        ],
      };
    }),
    template('archive-and-keys', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'scripts/package.sh',
        lines: [
          '#!/bin/sh',
          g.pick([
            sec(`zip -r -P ${pw} release.zip dist/`, pw),
            sec(`7z a -p${pw} -mhe=on backup.7z data/`, pw),
            sec(`ssh-keygen -t ed25519 -N '${pw}' -f keys/deploy`, pw),
            sec(`gpg --batch --yes --passphrase ${pw} -c secrets.tar`, pw),
          ]),
        ],
      };
    }),
    template('rabbitmq-and-lftp', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'docker/init.sh',
        lines: [
          '#!/bin/sh',
          g.chance(0.5)
            ? sec(`rabbitmqctl add_user ${g.user()} ${pw}`, pw)
            : sec(`lftp -u ${g.user()},${pw} sftp://${g.host()} -e "mirror -R dist /var/www; quit"`, pw),
        ],
      };
    }),
    template('powershell-plaintext-first', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'ad/ResetPassword.ps1',
        lines: [
          g.chance(0.5)
            ? sec(
                `Set-ADAccountPassword -Identity ${g.user()} -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${pw}" -Force)`,
                pw,
              )
            : sec(`$secure = '${pw}' | ConvertTo-SecureString -AsPlainText -Force`, pw),
        ],
      };
    }),
    template('useradd-hash', (g) => {
      const hash = `$6$${g.fake.alnum(16)}$${g.fake.alnum(86)}`;
      return { path: 'provision/users.sh', lines: ['#!/bin/sh', sec(`useradd -m -p '${hash}' ${g.user()}`, hash)] };
    }),
    template('url-weak-password', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/db.js',
        lines: [sec(`mongoose.connect('mongodb://${g.user()}:${pw}@${g.host()}:27017/${g.dbName()}');`, pw)],
      };
    }),
    template('ado-weak-password', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/Data/Context.cs',
        lines: [
          sec(
            `var conn = new SqlConnection("Server=${g.host()};Database=${g.dbName()};User Id=${g.user()};Password=${pw};");`,
            pw,
          ),
        ],
      };
    }),
    template('jdbc-query-weak-password', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'conf/etl.conf',
        lines: [sec(`source.url = "jdbc:mysql://${g.host()}:3306/${g.dbName()}?user=${g.user()}&password=${pw}"`, pw)],
      };
    }),
  ],
  negatives: [
    template('usage-and-help', () => ({
      path: 'scripts/help.sh',
      lines: [
        '#!/bin/sh',
        'usage() {',
        '  echo "usage: $0 -a PASSWORD [-h host]"',
        '  echo "  redis-cli -a <password> ping"',
        '  echo "  sqlcmd -S server -U user -P YOUR_PASSWORD"',
        '}',
        'redis-cli -a "${REDIS_PASS:-}" ping',
        'zip -r -P "$ZIP_PASSWORD" release.zip dist/',
        'ssh-keygen -t ed25519 -N "" -f keys/deploy',
        'rabbitmqctl add_user "$RABBIT_USER" "$RABBIT_PASS"',
      ],
    })),
    template('man-page-synopsis', () => ({
      path: 'docs/tools.txt',
      lines: [
        'ldapsearch [-x] [-D binddn] [-w passwd] [-W] [-b searchbase] filter',
        '  -w passwd   Use passwd as the password for simple authentication.',
        'keytool -genkeypair -keystore keystore -storepass storepass -keypass keypass',
        'htpasswd -b passwdfile username password',
        'net use [devicename] [\\\\computername\\sharename] [password | *] [/user:[domainname\\]username]',
      ],
    })),
    template('html-and-ui', () => ({
      path: 'src/components/Login.tsx',
      lines: [
        '<input type="password" name="pass" placeholder="Password" />',
        'expect(screen.getByLabelText("Password")).toBeInTheDocument();',
        'const hint = "Run: echo <password> | sudo -S <command>";',
        'logger.info("user identified by session token");',
      ],
    })),
    template('client-calls-from-variables', () => ({
      path: 'internal/mail/client.go',
      lines: [
        'auth := smtp.PlainAuth("", from, password, "smtp.gmail.com")',
        'cfg.Auth = []ssh.AuthMethod{ssh.Password(string(pw))}',
        '// mysql_real_connect(conn, host, user, pass, db, 0, NULL, 0)',
        'subprocess.run(["sshpass", "-p", os.environ["SSH_PASS"], "ssh", host])',
        'os.system(f"mysqldump -u{user} -p{password} {db} > out.sql")',
      ],
    })),
    template('powershell-secure-inputs', () => ({
      path: 'ad/Reset.ps1',
      lines: [
        '$secure = Read-Host -AsSecureString "New password"',
        '$secure2 = $env:NEW_PASSWORD | ConvertTo-SecureString -AsPlainText -Force',
        '$secure3 = Get-Content .\\pw.txt | ConvertTo-SecureString',
        'useradd -m -p "$(openssl passwd -6 "$NEW_PW")" deploy',
      ],
    })),
    template('sql-comments-and-empty', () => ({
      path: 'db/migrations/003_users.sql',
      lines: [
        "-- Run as: CREATE USER app IDENTIFIED BY '<choose one>';",
        "ALTER USER app IDENTIFIED BY '';",
        'GRANT SELECT ON orders TO app;',
        'CREATE USER ops IDENTIFIED WITH auth_socket;',
        "SELECT * FROM logins WHERE identified_by = 'sso';",
      ],
    })),
  ],
};
