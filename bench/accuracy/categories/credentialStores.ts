import { type CategoryTemplates, sec, template } from '../draft';
import type { Gen } from '../gen';

/**
 * Credential stores as tools write them to disk: FTP/SFTP clients, dotfiles of mail, package and
 * cloud CLIs, server password files. Formats from each tool's own documentation; values are
 * generated at run time (no token-shaped literal is committed).
 */

/** An AWS access key id: the documented `AKIA` prefix and 16 upper-case base32 characters, built at run time. */
function awsKeyId(g: Gen): string {
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}

function b64(text: string): string {
  return Buffer.from(text).toString('base64');
}

export const credentialStores: CategoryTemplates = {
  positives: [
    template('filezilla-sitemanager-base64', (g) => {
      const pw = b64(g.password());
      return {
        path: 'backup/FileZilla/sitemanager.xml',
        lines: [
          '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>',
          '<FileZilla3 version="3.66.4" platform="windows">',
          '    <Servers>',
          '        <Server>',
          `            <Host>${g.host()}</Host>`,
          '            <Port>21</Port>',
          '            <Protocol>0</Protocol>',
          '            <Type>0</Type>',
          `            <User>${g.user()}</User>`,
          sec(`            <Pass encoding="base64">${pw}</Pass>`, pw),
          '            <Logontype>1</Logontype>',
          '            <PasvMode>MODE_DEFAULT</PasvMode>',
          '            <Name>production</Name>',
          '        </Server>',
          '    </Servers>',
          '</FileZilla3>',
        ],
      };
    }),
    template('filezilla-recentservers-plain', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'FileZilla/recentservers.xml',
        lines: [
          '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>',
          '<FileZilla3>',
          '    <RecentServers>',
          '        <Server>',
          `            <Host>${g.host()}</Host>`,
          '            <Port>22</Port>',
          '            <Protocol>1</Protocol>',
          `            <User>${g.user()}</User>`,
          sec(`            <Pass>${pw}</Pass>`, pw),
          '            <Logontype>1</Logontype>',
          '        </Server>',
          '    </RecentServers>',
          '</FileZilla3>',
        ],
      };
    }),
    template('winscp-ini', (g) => {
      const pw = g.fake.upperHex(2 * g.between(30, 50));
      return {
        path: 'WinSCP.ini',
        lines: [
          `[Sessions\\${g.user()}@${g.host()}]`,
          `HostName=${g.host()}`,
          `UserName=${g.user()}`,
          'FSProtocol=0',
          sec(`Password=${pw}`, pw),
          'PortNumber=22',
        ],
      };
    }),
    template('s3cfg', (g) => {
      const id = awsKeyId(g);
      const secret = g.fake.base64(40);
      return {
        path: 'home/deploy/.s3cfg',
        lines: [
          '[default]',
          sec(`access_key = ${id}`, id),
          'bucket_location = US',
          'host_base = s3.amazonaws.com',
          'host_bucket = %(bucket)s.s3.amazonaws.com',
          sec(`secret_key = ${secret}`, secret),
          'use_https = True',
        ],
      };
    }),
    template('s3cfg-spaces', (g) => {
      const id = g.fake.upperAlnum(20);
      const secret = g.fake.base64(43);
      return {
        path: 'ops/.s3cfg',
        lines: [
          '[default]',
          sec(`access_key = ${id}`, id),
          sec(`secret_key = ${secret}`, secret),
          'host_base = fra1.digitaloceanspaces.com',
          'host_bucket = %(bucket)s.fra1.digitaloceanspaces.com',
        ],
      };
    }),
    template('aws-credentials-file', (g) => {
      const id = awsKeyId(g);
      const secret = g.fake.base64(40);
      return {
        path: '.aws/credentials',
        lines: [
          '[default]',
          sec(`aws_access_key_id = ${id}`, id),
          sec(`aws_secret_access_key = ${secret}`, secret),
          '',
          '[readonly]',
          'role_arn = arn:aws:iam::123456789012:role/readonly',
          'source_profile = default',
        ],
      };
    }),
    template('aws-config-profile-keys', (g) => {
      const id = awsKeyId(g);
      const secret = g.fake.base64(40);
      return {
        path: 'home/ci/.aws/config',
        lines: [
          '[profile deploy]',
          'region = eu-west-1',
          'output = json',
          sec(`aws_access_key_id=${id}`, id),
          sec(`aws_secret_access_key=${secret}`, secret),
        ],
      };
    }),
    template('hub-config', (g) => {
      const token = g.fake.hex(40);
      return {
        path: '.config/hub',
        lines: ['github.com:', `- user: ${g.user()}`, sec(`  oauth_token: ${token}`, token), '  protocol: https'],
      };
    }),
    template('gh-hosts-yml', (g) => {
      const token = g.fake.githubStyle('gh' + 'o_');
      return {
        path: '.config/gh/hosts.yml',
        lines: [
          'github.com:',
          '    users:',
          `        ${g.user()}:`,
          sec(`            oauth_token: ${token}`, token),
          '    git_protocol: https',
          `    user: ${g.user()}`,
        ],
      };
    }),
    template('esmtprc', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'dotfiles/.esmtprc',
        lines: [
          `identity "${g.user()}@acme.internal"`,
          `        hostname ${g.host()}:587`,
          `        username "${g.user()}@acme.internal"`,
          sec(`        password "${pw}"`, pw),
          '        starttls required',
        ],
      };
    }),
    template('msmtprc', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'dotfiles/.msmtprc',
        lines: [
          'defaults',
          'auth           on',
          'tls            on',
          'tls_trust_file /etc/ssl/certs/ca-certificates.crt',
          '',
          'account        work',
          `host           ${g.host()}`,
          'port           587',
          `from           ${g.user()}@acme.internal`,
          `user           ${g.user()}@acme.internal`,
          sec(`password       ${pw}`, pw),
          '',
          'account default : work',
        ],
      };
    }),
    template('muttrc', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'dotfiles/.muttrc',
        lines: [
          `set imap_user = "${g.user()}@acme.internal"`,
          sec(`set imap_pass = "${pw}"`, pw),
          `set smtp_url = "smtps://${g.user()}@${g.host()}:465/"`,
          sec(`set smtp_pass = "${pw}"`, pw),
          'set folder = "imaps://mail.acme.internal:993"',
          'set spoolfile = "+INBOX"',
        ],
      };
    }),
    template('fetchmailrc', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'dotfiles/.fetchmailrc',
        lines: [
          'set daemon 300',
          `poll ${g.host()} protocol IMAP`,
          sec(`    user "${g.user()}" there with password "${pw}" is ${g.user()} here options ssl`, pw),
        ],
      };
    }),
    template('shadow-file', (g) => {
      const hash = `$6$${g.fake.alnum(16)}$${g.fake.alnum(86)}`;
      return {
        path: 'etc/shadow',
        lines: [
          'root:*:19750:0:99999:7:::',
          'daemon:*:19750:0:99999:7:::',
          sec(`${g.user()}:${hash}:19800:0:99999:7:::`, hash),
        ],
      };
    }),
    template('proftpd-passwd', (g) => {
      const hash = `$1$${g.fake.alnum(8)}$${g.fake.alnum(22)}`;
      return {
        path: 'etc/proftpd/ftpd.passwd',
        lines: [sec(`${g.user()}:${hash}:2001:2001::/srv/ftp/${g.user()}:/bin/false`, hash)],
      };
    }),
    template('pureftpd-passwd', (g) => {
      const hash = `$2y$10$${g.fake.alnum(53)}`;
      return {
        path: 'etc/pure-ftpd/pureftpd.passwd',
        lines: [sec(`${g.user()}:${hash}:1001:1001::/home/ftp/./::::::::::::`, hash)],
      };
    }),
    template('htpasswd-des', (g) => {
      const hash = g.fake.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 13);
      return { path: 'public/.htpasswd', lines: [sec(`${g.user()}:${hash}`, hash)] };
    }),
    template('htpasswd-apr1', (g) => {
      const hash = `$apr1$${g.fake.alnum(8)}$${g.fake.alnum(22)}`;
      return { path: 'admin/.htpasswd', lines: [sec(`${g.user()}:${hash}`, hash)] };
    }),
    template('pgpass', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'home/app/.pgpass',
        lines: [sec(`${g.host()}:${g.pick(['5432', '5433', '*'])}:${g.dbName()}:${g.user()}:${pw}`, pw)],
      };
    }),
    template('my-cnf', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'home/dba/.my.cnf',
        lines: ['[client]', `user=${g.user()}`, sec(`password="${pw}"`, pw), `host=${g.host()}`],
      };
    }),
    template('netrc-multiline', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'home/ci/.netrc',
        lines: [`machine ${g.host()}`, `  login ${g.user()}`, sec(`  password ${pw}`, pw)],
      };
    }),
    template('netrc-echo', (g) => {
      const pw = g.fake.alnum(g.between(12, 24));
      return {
        path: 'scripts/setup-ci.sh',
        lines: [
          '#!/bin/sh',
          'set -e',
          sec(`echo "machine ${g.host()} login ${g.user()} password ${pw}" >> ~/.netrc`, pw),
          'chmod 600 ~/.netrc',
        ],
      };
    }),
    template('git-credentials', (g) => {
      const token = g.fake.githubStyle('gh' + 'p_');
      const pw = g.plainPassword();
      return {
        path: 'home/dev/.git-credentials',
        lines: [
          sec(`https://${g.user()}:${token}@github.com`, token),
          sec(`https://${g.user()}:${pw}@${g.host()}`, pw),
        ],
      };
    }),
    template('npmrc-auth', (g) => {
      const auth = b64(`${g.user()}:${g.plainPassword()}`);
      const pw = b64(g.plainPassword());
      return {
        path: '.npmrc',
        lines: [
          'registry=https://nexus.acme.internal/repository/npm-group/',
          sec(`_auth=${auth}`, auth),
          'always-auth=true',
          `//nexus.acme.internal/repository/npm-private/:username=${g.user()}`,
          sec(`//nexus.acme.internal/repository/npm-private/:_password=${pw}`, pw),
        ],
      };
    }),
    template('pypirc', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.pypirc',
        lines: [
          '[distutils]',
          'index-servers =',
          '    internal',
          '',
          '[internal]',
          'repository = https://nexus.acme.internal/repository/pypi-internal/',
          `username = ${g.user()}`,
          sec(`password = ${pw}`, pw),
        ],
      };
    }),
    template('dockercfg-legacy', (g) => {
      const auth = b64(`${g.user()}:${g.plainPassword()}`);
      return {
        path: '.dockercfg',
        lines: [sec(`{"registry.acme.internal":{"auth":"${auth}","email":"${g.user()}@acme.internal"}}`, auth)],
      };
    }),
    template('docker-config-pretty', (g) => {
      const auth = b64(`${g.user()}:${g.plainPassword()}`);
      return {
        path: '.docker/config.json',
        lines: [
          '{',
          '\t"auths": {',
          '\t\t"registry.acme.internal:5000": {',
          sec(`\t\t\t"auth": "${auth}"`, auth),
          '\t\t}',
          '\t}',
          '}',
        ],
      };
    }),
    template('gem-credentials-legacy', (g) => {
      const key = g.fake.hex(32);
      return { path: '.gem/credentials', lines: ['---', sec(`:rubygems_api_key: ${key}`, key)] };
    }),
    template('gradle-properties', (g) => {
      const pw = g.plainPassword();
      const sign = g.plainPassword();
      return {
        path: 'gradle.properties',
        lines: [
          'org.gradle.jvmargs=-Xmx2048m',
          `ossrhUsername=${g.user()}`,
          sec(`ossrhPassword=${pw}`, pw),
          'signing.keyId=24875D73',
          sec(`signing.password=${sign}`, sign),
          'signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg',
        ],
      };
    }),
    template('tomcat-users', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'conf/tomcat-users.xml',
        lines: [
          '<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">',
          '  <role rolename="manager-gui"/>',
          sec(`  <user username="${g.user()}" password="${pw}" roles="manager-gui,admin-gui"/>`, pw),
          '</tomcat-users>',
        ],
      };
    }),
    template('robo3t-json', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.3T/robo-3t/1.4.4/robo3t.json',
        lines: [
          '{',
          '    "connections": [',
          '        {',
          '            "credentials": [',
          '                {',
          '                    "databaseName": "admin",',
          '                    "enabled": true,',
          `                    "userName": "${g.user()}",`,
          sec(`                    "userPassword": "${pw}"`, pw),
          '                }',
          '            ],',
          `            "serverHost": "${g.host()}",`,
          '            "serverPort": 27017',
          '        }',
          '    ]',
          '}',
        ],
      };
    }),
    template('sqldeveloper-connections-xml', (g) => {
      const pw = g.fake.upperHex(32);
      return {
        path: 'sqldeveloper/system/o.jdeveloper.db.connection/connections.xml',
        lines: [
          '<Reference name="prod" className="oracle.jdeveloper.db.adapter.DatabaseProvider" xmlns="">',
          '   <RefAddresses>',
          '      <StringRefAddr addrType="user">',
          `         <Contents>${g.user()}</Contents>`,
          '      </StringRefAddr>',
          '      <StringRefAddr addrType="password">',
          sec(`         <Contents>${pw}</Contents>`, pw),
          '      </StringRefAddr>',
          '   </RefAddresses>',
          '</Reference>',
        ],
      };
    }),
    template('sublime-sftp-config', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'sftp-config.json',
        lines: [
          '{',
          '    // The tab key will cycle through the settings when first created',
          '    "type": "sftp",',
          '    "upload_on_save": true,',
          `    "host": "${g.host()}",`,
          `    "user": "${g.user()}",`,
          sec(`    "password": "${pw}",`, pw),
          '    //"port": "22",',
          '    "remote_path": "/var/www/html/",',
          '}',
        ],
      };
    }),
    template('remote-sync-json', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.remote-sync.json',
        lines: [
          '{',
          '  "transport": "ftp",',
          `  "hostname": "${g.host()}",`,
          '  "port": 21,',
          `  "username": "${g.user()}",`,
          sec(`  "password": "${pw}",`, pw),
          '  "target": "/public_html",',
          '  "uploadOnSave": true',
          '}',
        ],
      };
    }),
    template('atom-ftpconfig', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.ftpconfig',
        lines: [
          '{',
          '    "protocol": "sftp",',
          `    "host": "${g.host()}",`,
          '    "port": 22,',
          `    "user": "${g.user()}",`,
          sec(`    "pass": "${pw}",`, pw),
          '    "promptForPass": false,',
          '    "remote": "/srv/app",',
          '}',
        ],
      };
    }),
    template('vscode-sftp-json', (g) => {
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
          '    "remotePath": "/var/www",',
          '    "uploadOnSave": true',
          '}',
        ],
      };
    }),
  ],
  negatives: [
    template('filezilla-no-saved-password', (g) => ({
      path: 'FileZilla/sitemanager.xml',
      lines: [
        '<FileZilla3>',
        '    <Servers>',
        '        <Server>',
        `            <Host>${g.host()}</Host>`,
        `            <User>${g.user()}</User>`,
        '            <Logontype>2</Logontype>',
        '            <Name>ask for password</Name>',
        '        </Server>',
        '    </Servers>',
        '</FileZilla3>',
      ],
    })),
    template('aws-config-no-keys', () => ({
      path: '.aws/config',
      lines: [
        '[default]',
        'region = us-east-1',
        '',
        '[profile prod]',
        'role_arn = arn:aws:iam::123456789012:role/deploy',
        'source_profile = default',
        'credential_process = /usr/local/bin/aws-vault exec prod --json',
      ],
    })),
    template('msmtprc-passwordeval', () => ({
      path: '.msmtprc',
      lines: [
        'account work',
        'host smtp.acme.internal',
        'auth on',
        'user me@acme.internal',
        'passwordeval "gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.msmtp-work.gpg"',
      ],
    })),
    template('muttrc-pass-command', () => ({
      path: '.muttrc',
      lines: [
        'set imap_user = "me@acme.internal"',
        'set imap_pass = "`pass show mail/work`"',
        'source "gpg -dq ~/.mutt/passwords.gpg |"',
        'set imap_check_subscribed',
      ],
    })),
    template('shadow-locked', () => ({
      path: 'etc/shadow',
      lines: ['root:!:19750:0:99999:7:::', 'daemon:*:19750:0:99999:7:::', 'sshd:!*:19750::::::'],
    })),
    template('npmrc-env-token', () => ({
      path: '.npmrc',
      lines: [
        'registry=https://registry.npmjs.org/',
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
        'always-auth=true',
        'save-exact=true',
      ],
    })),
    template('pypirc-token-prompt', () => ({
      path: '.pypirc',
      lines: ['[distutils]', 'index-servers =', '    pypi', '', '[pypi]', 'username = __token__'],
    })),
    template('docker-credsstore', () => ({
      path: '.docker/config.json',
      lines: ['{', '  "auths": {', '    "registry.acme.internal": {}', '  },', '  "credsStore": "desktop"', '}'],
    })),
    template('gradle-properties-refs', () => ({
      path: 'gradle.properties',
      lines: [
        'org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8',
        'android.useAndroidX=true',
        'signing.keyId=',
        'signing.password=',
        'ossrhPassword=${System.env.OSSRH_PASSWORD}',
      ],
    })),
    template('sftp-config-template', () => ({
      path: 'sftp-config.json',
      lines: [
        '{',
        '    "type": "sftp",',
        '    "host": "example.com",',
        '    "user": "username",',
        '    //"password": "password",',
        '    "remote_path": "/example/path/",',
        '}',
      ],
    })),
    template('vscode-sftp-agent', () => ({
      path: '.vscode/sftp.json',
      lines: [
        '{',
        '    "host": "staging.acme.internal",',
        '    "protocol": "sftp",',
        '    "username": "deploy",',
        '    "privateKeyPath": "~/.ssh/id_ed25519",',
        '    "agent": "$SSH_AUTH_SOCK"',
        '}',
      ],
    })),
    template('tomcat-users-commented-sample', () => ({
      path: 'conf/tomcat-users.xml',
      lines: [
        '<tomcat-users>',
        '<!--',
        '  <user username="admin" password="<must-be-changed>" roles="manager-gui"/>',
        '  <user username="robot" password="<must-be-changed>" roles="manager-script"/>',
        '-->',
        '</tomcat-users>',
      ],
    })),
    template('netrc-docs', () => ({
      path: 'docs/netrc.md',
      lines: [
        'Create `~/.netrc` with your credentials:',
        '',
        '    machine api.example.com login <username> password <password>',
      ],
    })),
  ],
};
