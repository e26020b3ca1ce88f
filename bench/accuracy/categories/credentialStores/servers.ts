import { jettyObfuscate } from '../../../../src/core/rules/providers/systemCredentialFiles';
import { type CategoryTemplates, sec, template } from '../../draft';

/** The answer-file form of a hidden password: base64 of UTF-16LE (password + element name). */
function unattendValue(password: string, element: string): string {
  return Buffer.from(password + element, 'utf16le').toString('base64');
}

/**
 * Credentials in server and image-build files: Windows answer files, preseed and Kickstart, Jetty
 * and WildFly realm files, Hadoop-style site XML, Jenkins user records. Formats from each tool's own
 * documentation; values are generated at run time (no token-shaped literal is committed).
 */
export const servers: CategoryTemplates = {
  positives: [
    template('autounattend-admin', (g) => {
      const value = unattendValue(g.plainPassword(), 'AdministratorPassword');
      return {
        path: 'packer/answer_files/2022/Autounattend.xml',
        lines: [
          '<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">',
          '  <UserAccounts>',
          '    <AdministratorPassword>',
          sec(`      <Value>${value}</Value>`, value),
          '      <PlainText>false</PlainText>',
          '    </AdministratorPassword>',
          '  </UserAccounts>',
          '</component>',
        ],
      };
    }),
    template('autounattend-autologon', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'boxes/windows/autounattend.xml',
        lines: [
          '<AutoLogon>',
          '  <Password>',
          sec(`    <Value>${pw}</Value>`, pw),
          '    <PlainText>true</PlainText>',
          '  </Password>',
          '  <Enabled>true</Enabled>',
          `  <Username>${g.user()}</Username>`,
          '</AutoLogon>',
        ],
      };
    }),
    template('preseed', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'http/preseed.cfg',
        lines: [
          'd-i passwd/root-login boolean true',
          sec(`d-i passwd/root-password password ${pw}`, pw),
          sec(`d-i passwd/root-password-again password ${pw}`, pw),
          `d-i passwd/username string ${g.user()}`,
        ],
      };
    }),
    template('kickstart', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'kickstart/centos9.ks',
        lines: ['lang en_US.UTF-8', 'keyboard us', 'timezone UTC', sec(`rootpw --plaintext ${pw}`, pw), 'reboot'],
      };
    }),
    template('jetty-obf', (g) => {
      const obf = jettyObfuscate(g.plainPassword());
      return {
        path: 'jetty-base/start.d/ssl.ini',
        lines: [
          '--module=ssl',
          'jetty.sslContext.keyStorePath=etc/keystore.p12',
          sec(`jetty.sslContext.keyStorePassword=OBF:${obf}`, obf),
        ],
      };
    }),
    template('wildfly-mgmt-users', (g) => {
      const digest = g.fake.hex(32);
      return {
        path: 'wildfly/standalone/configuration/mgmt-users.properties',
        lines: [
          '# Users can be added to this properties file at any time',
          '#admin=2a0923285184943425d1f53ddd58ec7a',
          sec(`${g.user()}=${digest}`, digest),
        ],
      };
    }),
    template('hive-site-xml', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'docker/hive/conf/hive-site.xml',
        lines: [
          '<configuration>',
          '  <property>',
          '    <name>javax.jdo.option.ConnectionUserName</name>',
          `    <value>${g.user()}</value>`,
          '  </property>',
          '  <property>',
          '    <name>javax.jdo.option.ConnectionPassword</name>',
          sec(`    <value>${pw}</value>`, pw),
          '  </property>',
          '</configuration>',
        ],
      };
    }),
    template('core-site-s3a', (g) => {
      const secret = g.fake.base64(40);
      return {
        path: 'hadoop/etc/hadoop/core-site.xml',
        lines: [
          '<configuration>',
          '  <property>',
          '    <name>fs.s3a.endpoint</name>',
          '    <value>http://minio.acme.internal:9000</value>',
          '  </property>',
          '  <property>',
          '    <name>fs.s3a.secret.key</name>',
          sec(`    <value>${secret}</value>`, secret),
          '  </property>',
          '</configuration>',
        ],
      };
    }),
    template('jenkins-user-config', (g) => {
      const hash = `$2a$10$${g.fake.alnum(53)}`;
      return {
        path: `jenkins_home/users/${g.user()}_${g.fake.digits(6)}/config.xml`,
        lines: [
          '<user>',
          `  <fullName>${g.user()}</fullName>`,
          '  <properties>',
          '    <hudson.security.HudsonPrivateSecurityRealm_-Details>',
          sec(`      <passwordHash>#jbcrypt:${hash}</passwordHash>`, hash),
          '    </hudson.security.HudsonPrivateSecurityRealm_-Details>',
          '  </properties>',
          '</user>',
        ],
      };
    }),
    template('postfix-sasl-passwd', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'roles/postfix/files/sasl_passwd',
        lines: [
          sec(
            `[smtp.${g.pick(['sendgrid.net', 'mailgun.org', 'office365.com'])}]:587 ${g.user()}@acme.internal:${pw}`,
            pw,
          ),
        ],
      };
    }),
    template('proftpd-sql', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'etc/proftpd/sql.conf',
        lines: [
          '<IfModule mod_sql.c>',
          '  SQLBackend mysql',
          '  SQLAuthTypes Crypt',
          sec(`  SQLConnectInfo proftpd@${g.host()} ${g.user()} ${pw}`, pw),
          '</IfModule>',
        ],
      };
    }),
    template('ldif-user', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'ldap/seed/users.ldif',
        lines: [
          `dn: uid=${g.user()},ou=people,dc=acme,dc=internal`,
          'objectClass: inetOrgPerson',
          `uid: ${g.user()}`,
          'cn: Service Account',
          sec(`userPassword: ${pw}`, pw),
        ],
      };
    }),
    template('slapd-conf', (g) => {
      const hash = `{SSHA}${g.fake.base64(32)}`;
      return {
        path: 'etc/openldap/slapd.conf',
        lines: [
          'database mdb',
          'suffix "dc=acme,dc=internal"',
          'rootdn "cn=admin,dc=acme,dc=internal"',
          sec(`rootpw ${hash}`, hash),
        ],
      };
    }),
    template('nslcd-bindpw', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'etc/nslcd.conf',
        lines: [
          `uri ldap://${g.host()}/`,
          'base dc=acme,dc=internal',
          'binddn cn=nslcd,ou=services,dc=acme,dc=internal',
          sec(`bindpw ${pw}`, pw),
        ],
      };
    }),
    template('source-server-cfg', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'csgo/cfg/server.cfg',
        lines: ['hostname "Acme LAN"', sec(`rcon_password "${pw}"`, pw), 'sv_cheats 0', 'sv_lan 1'],
      };
    }),
  ],
  negatives: [
    template('autounattend-packer-variable', () => ({
      path: 'answer_files/Autounattend.xml',
      lines: [
        '<AdministratorPassword>',
        '  <Value>{{ .AdminPassword }}</Value>',
        '  <PlainText>true</PlainText>',
        '</AdministratorPassword>',
      ],
    })),
    template('kickstart-locked', () => ({
      path: 'ks.cfg',
      lines: ['rootpw --lock', 'user --name=ops --groups=wheel --lock', 'sshkey --username=ops "ssh-ed25519 AAAA ops"'],
    })),
    template('hadoop-site-no-secret', () => ({
      path: 'hadoop/etc/hadoop/hdfs-site.xml',
      lines: [
        '<configuration>',
        '  <property>',
        '    <name>dfs.web.authentication.kerberos.keytab</name>',
        '    <value>/etc/security/keytabs/spnego.service.keytab</value>',
        '  </property>',
        '  <property>',
        '    <name>dfs.block.access.token.enable</name>',
        '    <value>true</value>',
        '  </property>',
        '</configuration>',
      ],
    })),
    template('ldap-sasl-and-env', () => ({
      path: 'ldap/users.ldif',
      lines: ['dn: uid=ops,ou=people,dc=acme,dc=internal', 'userPassword: {SASL}ops@ACME.INTERNAL'],
    })),
    template('apache-ldap-exec', () => ({
      path: 'conf.d/ldap.conf',
      lines: [
        'AuthLDAPURL "ldap://ldap.acme.internal/ou=people,dc=acme?uid"',
        'AuthLDAPBindDN "cn=apache,dc=acme"',
        'AuthLDAPBindPassword exec:/usr/local/sbin/ldap-bind-password',
      ],
    })),
  ],
};
