import { type CategoryTemplates, sec, template } from '../../draft';

function b64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/**
 * Credentials that FTP, SFTP, remote-desktop and database clients, editor sync plugins and package
 * tools save.
 * Formats from each tool's own documentation; values are generated at run time (no token-shaped
 * literal is committed).
 */
export const clients: CategoryTemplates = {
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
    template('filezilla-server-xml', (g) => {
      const hash = g.fake.hex(32);
      return {
        path: 'FileZilla Server/FileZilla Server.xml',
        lines: [
          '<FileZillaServer>',
          '    <Users>',
          `        <User Name="${g.user()}">`,
          sec(`            <Option Name="Pass">${hash}</Option>`, hash),
          '            <Option Name="Group"/>',
          '            <Option Name="Bypass server userlimit">0</Option>',
          '        </User>',
          '    </Users>',
          '</FileZillaServer>',
        ],
      };
    }),
    template('mremoteng-confcons', (g) => {
      const pw = g.fake.base64(g.between(40, 64)) + '==';
      return {
        path: 'mRemoteNG/confCons.xml',
        lines: [
          '<?xml version="1.0" encoding="utf-8"?>',
          '<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" ConfVersion="2.6">',
          sec(
            `    <Node Name="${g.host()}" Type="Connection" Descr="" Icon="mRemoteNG" Panel="General" Username="${g.user()}" Domain="CORP" Password="${pw}" Hostname="${g.host()}" Protocol="RDP" Port="3389" />`,
            pw,
          ),
          '</mrng:Connections>',
        ],
      };
    }),
    template('navicat-ncx', (g) => {
      const pw = g.fake.upperHex(32);
      return {
        path: 'navicat/connections.ncx',
        lines: [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<Connections Ver="1.5">',
          sec(
            `  <Connection ConnectionName="prod" ConnType="MYSQL" Host="${g.host()}" Port="3306" UserName="${g.user()}" Password="${pw}" SavePassword="true" />`,
            pw,
          ),
          '</Connections>',
        ],
      };
    }),
    template('heidisql-settings', (g) => {
      const pw = g.fake.upperHex(2 * g.between(8, 16)) + g.fake.digits(1);
      return {
        path: 'HeidiSQL/portable_settings.txt',
        lines: [
          `Servers\\prod\\Host<|||>1<|||>${g.host()}`,
          `Servers\\prod\\User<|||>1<|||>${g.user()}`,
          sec(`Servers\\prod\\Password<|||>1<|||>${pw}`, pw),
          'Servers\\prod\\Port<|||>1<|||>3306',
        ],
      };
    }),
    template('svn-simple-cache', (g) => {
      const pw = g.plainPassword();
      return {
        path: `.subversion/auth/svn.simple/${g.fake.hex(32)}`,
        lines: [
          'K 8',
          'passtype',
          'V 6',
          'simple',
          'K 8',
          'password',
          `V ${pw.length}`,
          sec(pw, pw),
          'K 15',
          'svn:realmstring',
          'END',
        ],
      };
    }),
    template('dbeaver-legacy-xml', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.dbeaver-data-sources.xml',
        lines: [
          '<data-sources>',
          '  <data-source id="postgres-jdbc-1" provider="postgresql" driver="postgres-jdbc" name="prod" save-password="true">',
          sec(
            `    <connection host="${g.host()}" port="5432" server="" database="${g.dbName()}" url="jdbc:postgresql://${g.host()}:5432/${g.dbName()}" user="${g.user()}" password="${pw}" type="prod"/>`,
            pw,
          ),
          '  </data-source>',
          '</data-sources>',
        ],
      };
    }),
    template('yarnrc-auth-ident', (g) => {
      const ident = `${g.user()}:${g.plainPassword()}`;
      return {
        path: '.yarnrc.yml',
        lines: [
          'nodeLinker: node-modules',
          'npmRegistryServer: "https://nexus.acme.internal/repository/npm/"',
          sec(`npmAuthIdent: "${ident}"`, ident),
        ],
      };
    }),
    template('lein-credentials', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.lein/credentials.clj',
        lines: [sec(`{#"https://nexus.acme.internal/.*" {:username "${g.user()}" :password "${pw}"}}`, pw)],
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
    template('heidisql-no-password', (g) => ({
      path: 'portable_settings.txt',
      lines: [
        `Servers\\dev\\Host<|||>1<|||>${g.host()}`,
        'Servers\\dev\\User<|||>1<|||>root',
        'Servers\\dev\\Password<|||>1<|||>',
        'Servers\\dev\\LoginPrompt<|||>3<|||>1',
      ],
    })),
  ],
};
