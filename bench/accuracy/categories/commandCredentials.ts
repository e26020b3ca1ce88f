import { type CategoryTemplates, sec, template } from '../draft';
import type { Gen } from '../gen';

/**
 * Credentials passed through commands as scripts, READMEs and runbooks write them: password flags
 * and positional passwords of database, directory, file-share and cloud CLIs (from each tool's own
 * manual), passwords piped to `sudo -S`, `chpasswd`, `docker login --password-stdin`, `expect`
 * dialogues, and SQL user statements. Weak and strong values both (a weak password is still one).
 * Hard negatives: the same commands reading the password from a variable, a prompt, a file or
 * stdin, and documentation placeholders. Values come from Gen at run time (no literal passwords).
 */
export const commandCredentials: CategoryTemplates = {
  positives: [
    template('pgpassword-psql', (g) => {
      const pw = cmdPassword(g);
      return script('scripts/migrate.sh', [
        sec(`PGPASSWORD=${pw} psql -h ${g.host()} -U ${g.user()} -d ${g.dbName()} -f schema.sql`, pw),
      ]);
    }),
    template('mysql-pwd-env', (g) => {
      const pw = cmdPassword(g);
      return script('scripts/restore.sh', [sec(`MYSQL_PWD='${pw}' mysql -u ${g.user()} ${g.dbName()} < dump.sql`, pw)]);
    }),
    template('mysql-attached-p', (g) => {
      const pw = cmdPassword(g);
      return script('scripts/reset-db.sh', [
        sec(`mysql -uroot -p${pw} -e "DROP DATABASE IF EXISTS ${g.dbName()}; CREATE DATABASE ${g.dbName()};"`, pw),
      ]);
    }),
    template('mysqladmin-password', (g) => {
      const pw = cmdPassword(g);
      return script('install/secure-mysql.sh', ['service mysql start', sec(`mysqladmin -u root password ${pw}`, pw)]);
    }),
    template('sshpass-weak', (g) => {
      const pw = cmdPassword(g);
      return script('deploy/push.sh', [
        sec(`sshpass -p ${pw} scp -o StrictHostKeyChecking=no app.tar ${g.user()}@${g.host()}:/opt`, pw),
      ]);
    }),
    template('sudo-stdin', (g) => {
      const pw = cmdPassword(g);
      return script('provision.sh', [sec(`echo "${pw}" | sudo -S apt-get install -y nginx`, pw)]);
    }),
    template('docker-password-stdin-literal', (g) => {
      const pw = cmdPassword(g);
      return script('ci/publish.sh', [
        sec(`echo "${pw}" | docker login -u ${g.user()} --password-stdin registry.acme.io`, pw),
        'docker push registry.acme.io/app:latest',
      ]);
    }),
    template('docker-run-env-password', (g) => {
      const pw = cmdPassword(g);
      const v = g.pick(['POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MSSQL_SA_PASSWORD', 'RABBITMQ_DEFAULT_PASS']);
      return script('dev/start-db.sh', [sec(`docker run -d --name db -e ${v}=${pw} -p 5432:5432 postgres:16`, pw)]);
    }),
    template('htpasswd-batch', (g) => {
      const pw = cmdPassword(g);
      return script('nginx/setup-auth.sh', [sec(`htpasswd -bc /etc/nginx/.htpasswd ${g.user()} ${pw}`, pw)]);
    }),
    template('openssl-pass-arg', (g) => {
      const pw = cmdPassword(g);
      return script(
        'certs/make-p12.sh',
        g.pick([
          [sec(`openssl pkcs12 -export -in server.crt -inkey server.key -out server.p12 -passout pass:${pw}`, pw)],
          [sec(`openssl rsa -in encrypted.key -out server.key -passin pass:${pw}`, pw)],
          [sec(`openssl enc -aes-256-cbc -salt -in backup.tar -out backup.tar.enc -k ${pw}`, pw)],
        ]),
      );
    }),
    template('keytool-storepass', (g) => {
      const pw = cmdPassword(g);
      return script('certs/keystore.sh', [
        sec(
          `keytool -genkeypair -alias server -keyalg RSA -keystore server.jks -storepass ${pw} -keypass ${pw} -dname "CN=app"`,
          pw,
        ),
      ]);
    }),
    template('wget-ftp-password', (g) => {
      const pw = cmdPassword(g);
      return script('backup/fetch.sh', [
        sec(`wget --ftp-user=${g.user()} --ftp-password=${pw} ftp://${g.host()}/db.tgz`, pw),
      ]);
    }),
    template('smbclient-positional', (g) => {
      const pw = cmdPassword(g);
      return script('backup/copy.sh', [sec(`smbclient //fs01/backup ${pw} -U ${g.user()} -c 'put db.tar'`, pw)]);
    }),
    template('net-use-password', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'ops/map-drive.bat',
        lines: ['@echo off', sec(`net use Z: \\\\fs01\\share ${pw} /user:CORP\\${g.user()} /persistent:no`, pw)],
      };
    }),
    template('net-user-add', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'ops/add-user.cmd',
        lines: [
          '@echo off',
          sec(`net user ${g.user()} ${pw} /add`, pw),
          `net localgroup administrators ${g.user()} /add`,
        ],
      };
    }),
    template('ldapsearch-bind-password', (g) => {
      const pw = cmdPassword(g);
      return script('ldap/list-users.sh', [
        sec(
          `ldapsearch -x -H ldap://${g.host()} -D "cn=admin,dc=corp,dc=local" -w ${pw} -b "ou=people,dc=corp,dc=local"`,
          pw,
        ),
      ]);
    }),
    template('redis-cli-auth', (g) => {
      const pw = cmdPassword(g);
      return script('ops/flush-cache.sh', [sec(`redis-cli -h ${g.host()} -p 6379 -a ${pw} FLUSHALL`, pw)]);
    }),
    template('mongosh-password', (g) => {
      const pw = cmdPassword(g);
      return script('ops/mongo-shell.sh', [
        sec(`mongosh "mongodb://${g.host()}:27017/admin" -u ${g.user()} -p ${pw} --authenticationDatabase admin`, pw),
      ]);
    }),
    template('sqlcmd-password', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'db/deploy.ps1',
        lines: [sec(`sqlcmd -S ${g.host()} -U sa -P ${pw} -d ${g.dbName()} -i .\\migrations\\001.sql`, pw)],
      };
    }),
    template('expect-send-password', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'scripts/login.exp',
        lines: [
          '#!/usr/bin/expect -f',
          `spawn ssh ${g.user()}@${g.host()}`,
          'expect "password:"',
          sec(`send "${pw}\\r"`, pw),
          'interact',
        ],
      };
    }),
    template('az-login-password', (g) => {
      const pw = cmdPassword(g);
      return script('infra/login.sh', [sec(`az login -u ${g.user()}@contoso.com -p ${pw}`, pw)]);
    }),
    template('vault-login-userpass', (g) => {
      const pw = cmdPassword(g);
      return script('ops/vault-login.sh', [
        sec(`vault login -method=userpass username=${g.user()} password=${pw}`, pw),
      ]);
    }),
    template('chpasswd-pipe', (g) => {
      const pw = cmdPassword(g);
      return script('provision/users.sh', [`useradd -m ${g.user()}`, sec(`echo '${g.user()}:${pw}' | chpasswd`, pw)]);
    }),
    template('chpasswd-heredoc', (g) => {
      const pw = cmdPassword(g);
      const u = g.user();
      return script('provision/users.sh', ['chpasswd <<EOF', sec(`${u}:${pw}`, pw), 'EOF']);
    }),
    template('openssl-passwd-useradd', (g) => {
      const pw = cmdPassword(g);
      return script('provision/users.sh', [
        sec(`useradd -m -s /bin/bash -p "$(openssl passwd -6 ${pw})" ${g.user()}`, pw),
      ]);
    }),
    template('passwd-stdin', (g) => {
      const pw = cmdPassword(g);
      return script('kickstart/post.sh', [sec(`echo "${pw}" | passwd --stdin ${g.user()}`, pw)]);
    }),
    template('powershell-pscredential', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'deploy/Connect.ps1',
        lines: [
          sec(
            `$cred = New-Object System.Management.Automation.PSCredential("CORP\\${g.user()}", (ConvertTo-SecureString "${pw}" -AsPlainText -Force))`,
            pw,
          ),
          `Invoke-Command -ComputerName ${g.host()} -Credential $cred -ScriptBlock { Restart-Service W3SVC }`,
        ],
      };
    }),
    template('powershell-password-profile', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'aad/NewUser.ps1',
        lines: [
          '$PasswordProfile = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile',
          sec(`$PasswordProfile.Password = "${pw}"`, pw),
          'New-AzureADUser -DisplayName "Build Agent" -PasswordProfile $PasswordProfile -AccountEnabled $true',
        ],
      };
    }),
    template('sql-set-password-for', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'db/init/02-users.sql',
        lines: [sec(`SET PASSWORD FOR '${g.user()}'@'localhost' = PASSWORD('${pw}');`, pw), 'FLUSH PRIVILEGES;'],
      };
    }),
    template('sql-postgres-alter-user', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'db/init/01-roles.sql',
        lines: [sec(`ALTER USER ${g.user().replace('-', '_')} WITH PASSWORD '${pw}';`, pw)],
      };
    }),
    template('sql-create-user-weak', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'db/setup.sql',
        lines: [
          sec(`CREATE USER '${g.user()}'@'%' IDENTIFIED BY '${pw}';`, pw),
          `GRANT ALL PRIVILEGES ON ${g.dbName()}.* TO '${g.user()}'@'%';`,
        ],
      };
    }),
    template('sql-sp-addlogin', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'db/mssql/logins.sql',
        lines: [sec(`EXEC sp_addlogin '${g.user()}', '${pw}', '${g.dbName()}';`, pw), 'GO'],
      };
    }),
    template('sql-create-login', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'db/mssql/logins.sql',
        lines: [
          sec(`CREATE LOGIN ${g.user().replace('-', '_')} WITH PASSWORD = '${pw}', CHECK_POLICY = OFF;`, pw),
          'GO',
        ],
      };
    }),
    template('oracle-unquoted-identified', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'db/oracle/create_schema.sql',
        lines: [
          sec(`CREATE USER app_owner IDENTIFIED BY ${pw} DEFAULT TABLESPACE users QUOTA UNLIMITED ON users;`, pw),
          'GRANT CONNECT, RESOURCE TO app_owner;',
        ],
      };
    }),
    template('oracle-database-link', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'db/oracle/links.sql',
        lines: [
          sec(
            `CREATE DATABASE LINK reporting CONNECT TO ${g.user().replace('-', '_')} IDENTIFIED BY ${pw} USING 'REPDB';`,
            pw,
          ),
        ],
      };
    }),
    template('sqlplus-connect-string', (g) => {
      const pw = cmdPassword(g);
      return script('db/run-report.sh', [
        sec(`sqlplus -s ${g.user().replace('-', '_')}/${pw}@${g.host()}:1521/ORCL @report.sql`, pw),
      ]);
    }),
  ],
  negatives: [
    template('commands-from-variables', () =>
      script('scripts/ops.sh', [
        'PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -U app -d orders -f schema.sql',
        'MYSQL_PWD=${MYSQL_PASSWORD} mysql -u app orders < dump.sql',
        'mysql -uroot -p"$MYSQL_ROOT_PASSWORD" -e "SHOW DATABASES;"',
        'sshpass -p "$SSH_PASS" scp app.tar deploy@host:/opt',
        'echo "$SUDO_PASSWORD" | sudo -S apt-get update',
        'echo "$REGISTRY_TOKEN" | docker login -u ci --password-stdin registry.acme.io',
        'docker run -d -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD postgres:16',
        'htpasswd -b /etc/nginx/.htpasswd admin "$ADMIN_PASS"',
        'openssl pkcs12 -export -in a.crt -inkey a.key -out a.p12 -passout env:P12_PASSWORD',
        'openssl rsa -in enc.key -out a.key -passin file:/run/secrets/key_pass',
        'keytool -importcert -file ca.crt -keystore truststore.jks -storepass "$STORE_PASS" -noprompt',
        'ldapsearch -x -H ldap://ldap -D "$BIND_DN" -w "$BIND_PW" -b dc=corp',
        'redis-cli -a "$REDIS_PASSWORD" ping',
        'vault login -method=userpass username=admin',
        'echo "$GITHUB_TOKEN" | gh auth login --with-token',
        'echo "deploy:${DEPLOY_PASSWORD}" | chpasswd',
      ]),
    ),
    template('commands-prompting', () =>
      script('scripts/interactive.sh', [
        'mysql -u root -p',
        'mysqladmin -u root -p status',
        'ldapsearch -x -W -D "cn=admin,dc=corp" -b dc=corp',
        'docker login -u ci registry.acme.io',
        'read -rsp "Password: " PASS',
        'gh auth login --with-token < token.txt',
        'smbclient //fs01/backup -U backup',
        'sqlcmd -S db01 -E -Q "SELECT 1"',
        'keytool -list -keystore truststore.jks',
        'openssl req -new -key server.key -out server.csr -passin stdin',
      ]),
    ),
    template('readme-placeholders', () => ({
      path: 'README.md',
      lines: [
        '## Connecting',
        '```sh',
        'PGPASSWORD=<password> psql -h localhost -U postgres',
        'mysql -u root -p<your_password> mydb',
        'sshpass -p YOUR_PASSWORD ssh user@host',
        'docker run -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:8',
        'htpasswd -b .htpasswd username password',
        'keytool -genkey -alias tomcat -keystore keystore.jks -storepass changeit',
        'redis-cli -a <password> ping',
        'net use Z: \\\\server\\share <password> /user:<domain>\\<user>',
        'echo "username:password" | chpasswd',
        '```',
      ],
    })),
    template('windows-from-variables', () => ({
      path: 'ops/deploy.ps1',
      lines: [
        'net use Z: \\\\fs01\\share $env:SHARE_PASSWORD /user:CORP\\svc',
        'net use Y: \\\\fs01\\backup /user:CORP\\svc',
        'net user deploy %DEPLOY_PASSWORD% /add',
        'net user deploy * /add',
        'sqlcmd -S db01 -U sa -P $env:SA_PASSWORD -i init.sql',
        '$cred = New-Object System.Management.Automation.PSCredential($user, $securePassword)',
        '$secure = Read-Host -AsSecureString -Prompt "Password"',
        'psexec \\\\fs01 -u CORP\\admin -p %ADMIN_PW% cmd',
      ],
    })),
    template('sql-from-variables', () => ({
      path: 'db/templates/create_user.sql',
      lines: [
        "CREATE USER '{{ db_user }}'@'%' IDENTIFIED BY '{{ db_password }}';",
        "ALTER USER app WITH PASSWORD :'app_password';",
        'CREATE USER app_owner IDENTIFIED BY &&app_password;',
        "SET PASSWORD FOR 'root'@'localhost' = PASSWORD('${MYSQL_ROOT_PASSWORD}');",
        'CREATE LOGIN app WITH PASSWORD = @password;',
        'EXEC sp_addlogin @loginame = @login, @passwd = @pwd;',
        'ALTER USER app IDENTIFIED WITH mysql_native_password;',
        'SELECT user, host FROM mysql.user WHERE authentication_string = PASSWORD(?);',
      ],
    })),
    template('expect-from-variable', () => ({
      path: 'scripts/login.exp',
      lines: [
        '#!/usr/bin/expect -f',
        'set password [lindex $argv 0]',
        'spawn ssh deploy@bastion',
        'expect "password:"',
        'send "$password\\r"',
        'expect "$ "',
        'send "uptime\\r"',
      ],
    })),
  ],
};

/** A shell script file with a shebang. */
function script(path: string, lines: ReturnType<typeof sec>[] | (string | ReturnType<typeof sec>)[]) {
  return { path, lines: ['#!/usr/bin/env bash', 'set -euo pipefail', ...lines] };
}

/** Lowercase words people pick as passwords (none a dummy the judge knows). */
const WEAK_WORDS = ['tangerine', 'bluefish', 'marmalade', 'snowdrift', 'copperfield', 'pinecone', 'kingfisher'];

/**
 * A password for a command line (no shell metacharacters): a weak one as people choose them (a
 * word, a word and digits, a capitalized word and a year) or a strong random one, in turn.
 */
export function cmdPassword(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return g.pick(WEAK_WORDS);
    case 1:
      return g.pick(WEAK_WORDS) + g.fake.digits(g.between(2, 4));
    case 2:
      return g.plainPassword();
    default:
      return g.fake.alnum(g.between(16, 24));
  }
}
