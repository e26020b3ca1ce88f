// Credential stores and system configuration written in shapes no assignment rule reads: a value
// on the line after its name (pretty-printed ECS task definitions, SQL Developer connections, .NET
// user settings, OpenVPN inline credentials, cloud-init chpasswd lists), Wi-Fi passphrases and
// fetchmail's keyword grammar. Formats from each tool's own documentation. Candidates only; the
// shared judge (../judge) decides on the value.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup, judgedPassword } from '../judge/judge';
import { valueLineFollows, xmlNamedValueFollows } from '../pairGates';
import type { Rule } from '../types';

/** `"name": "DB_PASSWORD",` then `"value": "..."` as the next line's first key. */
const JSON_NAME_VALUE_LINES =
  /"name"[ \t]{0,4}:[ \t]{0,4}"(?<name>[\w.-]{0,40}(?:pass(?:word|wd)?|pwd|secret|token|key|credentials|salt))",[ \t]{0,8}\r?\n[ \t]{0,40}"value"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[^"\\\r\n]{1,256})"/i;

/**
 * SQL Developer's `<StringRefAddr addrType="password">` and .NET's `<setting name="DbPassword"
 * serializeAs="String">`, each with its value in a child element, usually on the next line.
 */
const XML_SETTING_CHILD_VALUE =
  /<(?:StringRefAddr|setting)[ \t]{1,4}(?:addrType|name)="(?<name>[\w.-]{0,40}(?:pass|pwd|secret|token|key|credential)[\w.-]{0,20})"(?:[ \t]{1,4}serializeAs="String")?[ \t]{0,4}>\s{0,80}<(?:Contents|value)>(?<secret>[^<\s]{1,256})<\/(?:Contents|value)>/i;

/** Hadoop, Hive, HBase and Oozie `*-site.xml`: `<property><name>...</name><value>...</value>`. */
const XML_NAME_VALUE_PROPERTY =
  /<name>(?<name>[\w.-]{0,60}(?:pass|pwd|secret|token|key|credential)[\w.-]{0,40})<\/name>\s{0,80}<value>(?<secret>[^<\s]{1,256})<\/value>/i;

export const credentialStoreRules: readonly Rule[] = [
  {
    id: 'xml-name-value-property',
    title: 'Secret in an XML property named for it (Hadoop, Hive, HBase core-site.xml / hive-site.xml)',
    provider: 'XML configuration',
    keywords: ['<name>'],
    pattern: XML_NAME_VALUE_PROPERTY,
    keywordGate: xmlNamedValueFollows,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-common/CredentialProviderAPI.html',
    risk: 'The cluster configuration is copied to every node and client: the metastore password or cloud storage key goes with it.',
    validate: judgedByNameGroup(XML_NAME_VALUE_PROPERTY, {
      form: (name) => `the XML property ${name}`,
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      path: 'conf/hive-site.xml',
      positives: (fake) => [
        `  <property>\n    <name>javax.jdo.option.ConnectionPassword</name>\n    <value>${fake.alnum(12)}7</value>\n  </property>`,
        `<property><name>fs.s3a.secret.key</name><value>${fake.base64(40)}</value></property>`,
        `    <name>fs.azure.account.key.corpdata.blob.core.windows.net</name>\r\n    <value>${fake.base64(86)}==</value>`,
        `  <name>oozie.service.JPAService.jdbc.password</name>\n  <value>${fake.alnum(14)}</value>`,
        `  <name>hbase.rest.authentication.signature.secret</name>\n  <value>${fake.alnum(32)}</value>`,
        `  <name>ssl.server.keystore.password</name>\n  <value>${fake.alnum(16)}</value>`,
        `  <name>ldap.credential</name>\n  <value>${fake.alnum(16)}</value>`,
      ],
      negatives: [
        {
          text: '<name>hadoop.security.key.provider.path</name>\n<value>kms://http@kms.internal:9600/kms</value>',
          why: 'a URL',
        },
        {
          text: '<name>dfs.web.authentication.kerberos.keytab</name>\n<value>/etc/security/keytabs/spnego.service.keytab</value>',
          why: 'a path',
        },
        { text: '<name>dfs.block.access.token.enable</name>\n<value>true</value>', why: 'a flag' },
        { text: '<name>dfs.encrypt.data.transfer.cipher.key.bitlength</name><value>256</value>', why: 'a number' },
        {
          text: '<name>javax.jdo.option.ConnectionPassword</name>\n<value>${env.HIVE_DB_PASSWORD}</value>',
          why: 'a reference',
        },
        { text: '<name>my-app</name>\n<value>frontend</value>', why: 'not a secret name' },
      ],
    },
  },
  {
    id: 'json-name-value-lines',
    title: 'Secret in a pretty-printed JSON name/value pair (ECS task definition environment)',
    provider: 'Config files',
    // The credential word that ends the name, with its closing quote and comma: `"name":` alone is
    // in every package.json; the gate then wants `"value"` to open the next line.
    keywords: ['password",', 'passwd",', 'pass",', 'pwd",', 'secret",', 'token",', 'key",', 'credentials",', 'salt",'],
    pattern: JSON_NAME_VALUE_LINES,
    keywordGate: valueLineFollows,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html',
    risk: 'The task definition holds it in plain text: everyone who can describe the task or read the repository has it.',
    validate: judgedByNameGroup(JSON_NAME_VALUE_LINES, { form: (name) => `value of ${name}`, alwaysQuoted: true }),
    examples: {
      embed: false,
      path: 'ecs/task-definition.json',
      positives: (fake) => [
        `        {\n          "name": "DB_PASSWORD",\n          "value": "${fake.alnum(14)}"\n        }`,
        `{\n  "Name": "StripeSecret",\r\n  "Value": "${fake.alnum(32)}"\n}`,
        `  "name": "API_TOKEN",\n  "value": "${fake.alnum(40)}"`,
        `  "name": "SIGNING_KEY",\n  "value": "${fake.base64(44)}"`,
        `  "name": "SMTP_PASS",\n  "value": "${fake.alnum(12)}9"`,
        `  "name": "LDAP_PASSWD",\n  "value": "${fake.alnum(12)}9"`,
        `  "name": "DB_PWD",\n  "value": "${fake.alnum(12)}9"`,
        `  "name": "SERVICE_CREDENTIALS",\n  "value": "${fake.alnum(32)}"`,
        `  "name": "PASSWORD_SALT",\n  "value": "${fake.alnum(32)}"`,
      ],
      negatives: [
        {
          text: '  "name": "DB_PASSWORD",\n  "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/db"',
          why: 'read from SSM',
        },
        { text: '  "name": "DB_PASSWORD",\n  "value": "${DB_PASSWORD}"', why: 'a reference' },
        { text: '  "name": "PASSWORD_MIN_LENGTH",\n  "value": "12"', why: 'not a secret name' },
        { text: 'const fields = [\n  "password",\n  "value"\n];', why: 'an array of field names' },
        { text: '  "name": "API_KEY",\n  "value": ""', why: 'empty' },
      ],
    },
  },
  {
    id: 'xml-setting-child-value',
    title: 'Password in an XML setting whose value is a child element (SQL Developer, .NET user settings)',
    provider: 'XML configuration',
    keywords: ['addrtype="', 'serializeas="string"'],
    pattern: XML_SETTING_CHILD_VALUE,
    multiline: { maxSpan: 300 },
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/dotnet/desktop/winforms/advanced/using-application-settings-and-user-settings',
    risk: 'Logs in to the database or service the connection points at; stored values are readable or decryptable by anyone with the file.',
    validate: judgedByNameGroup(XML_SETTING_CHILD_VALUE, {
      form: (name) => `the XML setting ${name}`,
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      path: 'connections.xml',
      positives: (fake) => [
        `      <StringRefAddr addrType="password">\n         <Contents>${fake.upperHex(32)}</Contents>\n      </StringRefAddr>`,
        `    <setting name="DbPassword" serializeAs="String">\r\n      <value>${fake.alnum(12)}7</value>\n    </setting>`,
        `<setting name="ApiKey" serializeAs="String"><value>${fake.alnum(32)}</value></setting>`,
      ],
      negatives: [
        { text: '<StringRefAddr addrType="user">\n  <Contents>scott</Contents>\n</StringRefAddr>', why: 'a user name' },
        { text: '<setting name="DbPassword" serializeAs="String">\n  <value />\n</setting>', why: 'empty' },
        {
          text: '<setting name="PasswordPolicy" serializeAs="String">\n  <value>Strict</value>\n</setting>',
          why: 'a setting about passwords',
        },
      ],
    },
  },
  {
    id: 'openvpn-inline-auth-user-pass',
    title: "Password in an OpenVPN profile's inline <auth-user-pass> block",
    provider: 'OpenVPN',
    keywords: ['<auth-user-pass>'],
    // The block holds the user name on its first line and the password on its second.
    pattern:
      /<auth-user-pass>[ \t]{0,8}\r?\n[ \t]{0,8}[^\s<]{1,128}[ \t]{0,8}\r?\n[ \t]{0,8}(?<secret>[^\s<]{1,128})[ \t]{0,8}\r?\n[ \t]{0,8}<\/auth-user-pass>/,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'VPN_PASSWORD',
    docs: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/',
    risk: 'Connects to the VPN as that user: a way into the network behind it.',
    validate: judgedPassword('password in an OpenVPN <auth-user-pass> block', true),
    examples: {
      embed: false,
      path: 'vpn/office.ovpn',
      positives: (fake) => [
        `<auth-user-pass>\nvpnuser\n${fake.alnum(14)}\n</auth-user-pass>`,
        `<auth-user-pass>\r\nops@corp.net\r\n${fake.alnum(10)}#4\r\n</auth-user-pass>`,
      ],
      negatives: [
        { text: '<auth-user-pass>\nusername\npassword\n</auth-user-pass>', why: 'placeholder' },
        { text: 'auth-user-pass /etc/openvpn/auth.txt', why: 'a path to the file, not the credentials' },
      ],
    },
  },
  {
    id: 'wifi-passphrase',
    title: 'Wi-Fi passphrase (wpa_supplicant.conf or NetworkManager psk)',
    provider: 'Wi-Fi',
    keywords: ['psk='],
    // A `psk=` line: quoted passphrase (wpa_supplicant), unquoted (NetworkManager keyfile) or 64 hex characters.
    pattern: /^[ \t]{0,16}psk=[ \t]{0,2}"?(?<secret>[^"\r\n]{7,63}[^"\s])"?[ \t]{0,8}$/,
    confidence: 'medium',
    envVar: 'WIFI_PSK',
    docs: 'https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf',
    risk: 'Joins the wireless network: anyone nearby with it is inside the network perimeter.',
    validate: judgedPassword('Wi-Fi passphrase (psk)', true),
    examples: {
      embed: false,
      path: 'etc/wpa_supplicant/wpa_supplicant.conf',
      positives: (fake) => [`    psk="${fake.alnum(12)}!"`, `psk=${fake.alnum(14)}`, `\tpsk=${fake.hex(64)}`],
      negatives: [
        { text: '    psk="YOUR_WIFI_PASSWORD"', why: 'placeholder' },
        { text: '    psk="<passphrase>"', why: 'placeholder' },
        { text: 'key_mgmt=WPA-PSK', why: 'the key management scheme' },
        { text: 'wpa_cli set_network 0 psk=', why: 'no value' },
      ],
    },
  },
  {
    id: 'openwrt-wireless-key',
    title: 'Wi-Fi key in an OpenWrt/UCI wireless config (option key, sae_password)',
    provider: 'Wi-Fi',
    keywords: ['option'],
    // OpenWrt's /etc/config/wireless (and the routers built on it: Teltonika, GL.iNet): a wifi-iface's
    // `option key` holds the WPA passphrase (8-63 characters; 1-4 is a WEP key index, too short here).
    paths: /(?:^|\/)wireless$/,
    pattern:
      /^[ \t]{0,8}option[ \t]{1,4}(?:key|sae_password|password)[ \t]{1,4}['"]?(?<secret>[^'"\s]{8,63})['"]?[ \t]{0,8}$/,
    confidence: 'medium',
    envVar: 'WIFI_PSK',
    docs: 'https://openwrt.org/docs/guide-user/network/wifi/basic',
    risk: 'Joins the wireless network: anyone nearby with it is inside the network perimeter.',
    validate: judgedPassword('Wi-Fi passphrase (UCI option key)', true),
    examples: {
      embed: false,
      path: 'etc/config/wireless',
      positives: (fake) => [`\toption key '${fake.alnum(12)}7'`, `\toption sae_password '${fake.alnum(16)}'`],
      negatives: [
        { text: "\toption key '1'", why: 'a WEP key index' },
        { text: "\toption key 'YOUR_WIFI_PASSWORD'", why: 'placeholder' },
        { text: "\toption encryption 'psk2'", why: 'the encryption mode' },
        {
          text: (fake) => `\toption key '${fake.alnum(12)}7'`,
          path: 'etc/config/network',
          why: 'not the wireless config',
        },
      ],
    },
  },
  {
    id: 'cloud-init-chpasswd-list',
    title: 'Password in a cloud-init chpasswd list (user:password)',
    provider: 'cloud-init',
    keywords: ['chpasswd:'],
    // `chpasswd:` then (after an optional `expire:` line) `list: |` and its first `user:password` entry.
    pattern:
      /chpasswd:[ \t]{0,4}\r?\n(?:[ \t]{1,8}expire:[^\r\n]{0,20}\r?\n)?[ \t]{1,8}list:[ \t]{0,4}\|?[ \t]{0,4}\r?\n[ \t]{2,16}(?:-[ \t]{1,4})?["']?[\w.-]{1,32}:(?<secret>[^\s:'"]{1,128})/,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'ROOT_PASSWORD',
    docs: 'https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords',
    risk: 'Every instance booted from this user data accepts that login.',
    // `RANDOM` (or `R`) asks cloud-init to generate the password.
    validate: (secret, match, context) =>
      !/^(?:R|RANDOM)$/.test(secret) &&
      judgedPassword('password in a cloud-init chpasswd list', true)(secret, match, context),
    examples: {
      embed: false,
      path: 'cloud-init/user-data',
      positives: (fake) => [
        `chpasswd:\n  list: |\n    root:${fake.alnum(12)}7\n  expire: False`,
        `chpasswd:\n  expire: false\n  list:\n    - ubuntu:${fake.alnum(14)}`,
      ],
      negatives: [
        { text: 'chpasswd:\n  list: |\n    root:RANDOM\n  expire: True', why: 'cloud-init generates it' },
        { text: 'chpasswd:\n  expire: false\n  users:\n    - name: root\n      type: RANDOM', why: 'no list' },
      ],
    },
  },
  {
    id: 'fetchmail-password',
    title: 'Password in a .fetchmailrc poll entry',
    provider: 'fetchmail',
    // A quoted value, or `there with pass(word)`: not `pass` alone, which every `password` in every
    // file would hit (the path limits where the rule runs, not what the prefilter looks for).
    keywords: ['password "', "password '", 'pass "', "pass '", 'there with pass'],
    pattern: /\bpass(?:word)?[ \t]{1,8}["']?(?<secret>[^\s"']{1,128})/,
    paths: /(?:^|\/)\.?fetchmailrc$/,
    confidence: 'medium',
    envVar: 'MAIL_PASSWORD',
    docs: 'https://www.fetchmail.info/fetchmail-man.html#the-run-control-file',
    risk: "Reads (and with the same login usually sends) the mailbox's mail.",
    validate: judgedPassword('fetchmail password', true),
    examples: {
      embed: false,
      path: 'home/me/.fetchmailrc',
      positives: (fake) => [
        `    user "joe" there with password "${fake.alnum(12)}9" is joe here options ssl`,
        `poll mail.corp.net proto pop3 user ops pass '${fake.alnum(14)}'`,
        `  user ops there with password ${fake.alnum(14)}`,
        `  user "ops" pass "${fake.alnum(10)}#5"`,
        `  user 'ops' password '${fake.alnum(12)}'`,
      ],
      negatives: [
        { text: 'poll mail.corp.net protocol IMAP user "joe" is joe here', why: 'no password (fetchmail asks)' },
        { text: '    user "joe" there with password "secret"', why: 'placeholder' },
      ],
    },
  },
];
