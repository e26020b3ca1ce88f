// Credentials in router, switch and firewall configurations, as the vendors' configuration guides
// write the statements: Cisco IOS/IOS-XE/NX-OS/ASA and the IOS-like CLIs (Arista EOS, FRR, Quagga,
// Aruba, Huawei VRP), Junos and VyOS, FortiOS, pfSense/OPNsense config.xml and RouterOS Wi-Fi keys.
// Reversible forms are credentials (Cisco type 7 and Junos `$9$` decode with published algorithms,
// FortiOS `ENC` pre-shared keys with the firmware's key, Huawei `cipher`, Aruba `ciphertext`); stored
// hashes (type 5/8/9, `$6$`, bcrypt, ASA PBKDF2, FortiOS `SH2`) crack offline, as shadow lines do.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { keywordOpensLine } from '../keywordGates';
import { fileClassOf } from '../judge/context';
import { judgedPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';

const judgeDevicePassword = judgedPassword('password in a network device statement', false);

/** A crypt(3)-style hash as devices store it: MD5 `$1$`, SHA-2 `$5$`/`$6$`, Cisco `$8$`/`$9$`, ASA `$sha512$`. */
const DEVICE_HASH = /^\$(?:1|5|6|8|9|sha512)\$[./A-Za-z0-9+=$]{12,300}$/;
/** Cisco type 7: the salt index (two decimal digits) then the XOR-ed bytes in hex. */
const CISCO_TYPE7 = /^\d{2}(?:[0-9A-F]{2}){4,}$/;

/** The parts of a device statement the rules' validation reads. */
interface DeviceValue {
  readonly secret: string;
  /** The encryption type written before the value (`0`, `5`, `7`, `8`, `9`, `sha512`), if any. */
  readonly type: string | undefined;
  /** What follows the value (`encrypted`, `pbkdf2`, `localizedkey`, `RO`, …). */
  readonly after: string;
  readonly match: string;
  readonly context: MatchContext;
}

/** A stored value whose form says it is a reversible encoding or a hash; undefined when it is plain text. */
function storedForm(v: DeviceValue): Verdict | false | undefined {
  const { secret, type, after } = v;
  if (type === '7' || (type === undefined && CISCO_TYPE7.test(secret) && secret.length >= 12)) {
    // Arista writes its type 7 in base64; Cisco in hex. Anything else (`********`) is a mask.
    return secret.length >= 8 && /^[A-Za-z0-9+/]+={0,2}$/.test(secret)
      ? { why: 'type 7 password: reversible by a published algorithm' }
      : false;
  }
  if (DEVICE_HASH.test(secret) || (type !== undefined && /^(?:5|8|9|sha512)$/.test(type) && secret.length >= 20))
    return { why: 'stored password hash of a device login (crackable offline)' };
  if (/^(?:encrypted|pbkdf2)\b/.test(after) && /^[./A-Za-z0-9+$=]{12,300}$/.test(secret))
    return { why: 'ASA password hash (crackable offline)' };
  if (/^localizedkey\b/.test(after) || /^0x[0-9a-f]{16,128}$/i.test(secret))
    return /^0x[0-9a-f]{16,128}$/i.test(secret) ? { why: 'SNMPv3 localized key: authenticates as the user' } : false;
  if (/^%\^%#.{8,400}%\^%#$/.test(secret)) return { why: 'Huawei cipher password: reversible with the device key' };
  return undefined;
}

/** Judges the value of a device statement: reversible and hashed forms by shape, plain text by the shared judge. */
function judgeDeviceValue(v: DeviceValue): Verdict | false {
  if (/^[<{[$%]/.test(v.secret) && !DEVICE_HASH.test(v.secret) && !v.secret.startsWith('%^%#')) return false;
  const stored = storedForm(v);
  if (stored !== undefined) return stored;
  if (v.type !== undefined && v.type !== '0') return false;
  // Device statements stand alone in config files and text; a plain word after `password` on a line
  // of code (`enable password protection` in a script) is prose or a column type.
  if (fileClassOf(v.context) === 'code') return false;
  const end = v.match.indexOf(v.secret) + v.secret.length;
  return judgeDevicePassword(v.secret, v.match.slice(0, end), v.context);
}

/** Statement heads after which an IOS-like CLI writes a password, key or community. */
const IOS_HEAD = String.raw`(?:enable[ \t]{1,8}(?:secret|password)(?:[ \t]{1,8}level[ \t]{1,8}\d{1,2})?|(?:(?:credentials|authentication)[ \t]{1,8})?username[ \t]{1,8}[^\s]{1,64}(?:[ \t]{1,8}privilege[ \t]{1,8}\d{1,2})?(?:[ \t]{1,8}role[ \t]{1,8}[\w-]{1,64})?[ \t]{1,8}(?:secret|password)|snmp-server[ \t]{1,8}community|snmp-server[ \t]{1,8}user[ \t]{1,8}[\w.-]{1,64}[ \t]{1,8}[\w.-]{1,64}(?:[ \t]{1,8}v3)?[ \t]{1,8}auth[ \t]{1,8}(?:md5|sha\d{0,3})|(?:tacacs|radius)-server[ \t]{1,8}(?:host[ \t]{1,8}[\w.:-]{1,253}(?:[ \t]{1,8}(?:auth|acct)-port[ \t]{1,8}\d{1,5}){0,2}[ \t]{1,8})?key|(?:standby[ \t]{1,8}\d{1,4}[ \t]{1,8}authentication[ \t]{1,8}md5[ \t]{1,8})?key-string|neighbor[ \t]{1,8}[\w.:-]{1,64}[ \t]{1,8}password|ip[ \t]{1,8}ospf[ \t]{1,8}(?:authentication-key|message-digest-key[ \t]{1,8}\d{1,3}[ \t]{1,8}md5)|ppp[ \t]{1,8}(?:chap|pap)[ \t]{1,8}password|crypto[ \t]{1,8}isakmp[ \t]{1,8}key|(?:ikev1[ \t]{1,8}|ikev2[ \t]{1,8}(?:local|remote)-authentication[ \t]{1,8})?pre-shared-key(?:[ \t]{1,8}(?:local|remote))?|ldap-login-password|local-user[ \t]{1,8}[\w.@-]{1,64}[ \t]{1,8}password[ \t]{1,8}(?:cipher|irreversible-cipher)|user[ \t]{1,8}[\w.@-]{1,64}[ \t]{1,8}group[ \t]{1,8}[\w-]{1,64}[ \t]{1,8}password[ \t]{1,8}ciphertext)`;

const IOS_STATEMENT = new RegExp(
  String.raw`^[ \t]{0,8}(?:-[ \t]{1,4})?${IOS_HEAD}[ \t]{1,8}(?:(?<type>[05789]|sha512)[ \t]{1,8})?(?<secret>[^\s]{1,300})(?<after>[ \t].{0,300})?$`,
);

/** Files whose lines are prose or data, never a device's statements. */
const PROSE_EXT = /^(?:ya?ml|md|markdown|rst|adoc|json|html?)$/;

/** A bare `password X` or indented `key X` statement, alone on its line. */
const BARE_STATEMENT =
  /^(?:[ \t]{1,8}key |[ \t]{0,8}password[ \t])[ \t]{0,7}(?:(?<type>[07])[ \t]{1,8})?(?<q>"?)(?<secret>[^\s"]{1,128})\k<q>;?[ \t]{0,8}$/;

/** Junos and VyOS: a `$9$` secret or a crypt hash after the statement that holds it. */
const JUNOS_VALUE =
  /(?:^|[ \t])(?:encrypted-password|secret|authentication-key|ascii-text|hexadecimal|chap-secret|shared-secret|pap-password|pre-shared-secret)[ \t]{1,8}(?<q>["']?)(?<secret>\$9\$[A-Za-z0-9./-]{4,300}|\$[156]\$[./A-Za-z0-9$]{8,300})\k<q>/;

/** VyOS `set ... secret 'x'` (single-quoted, as `show configuration commands` writes values). */
const VYOS_SET_SECRET =
  /^set(?:[ \t]{1,8}[\w.:/@-]{1,64}){1,12}[ \t]{1,8}(?:secret|pre-shared-secret|plaintext-password|password)[ \t]{1,8}'(?<secret>[^'\s]{1,200})'[ \t]{0,8}$/;

/** FortiOS `set <field> ENC <value>`: an admin hash (`SH2...`) or a value encrypted with the firmware's key. */
const FORTIOS_ENC =
  /^[ \t]{0,16}set[ \t]{1,8}(?<name>password|passwd|psksecret|secret|key|passphrase|sae-password|ldap-password|auth-pwd|passwd[\w-]{0,16}|[\w-]{1,32}-password)[ \t]{1,8}ENC[ \t]{1,8}(?<secret>[A-Za-z0-9+/]{16,1000}={0,2})[ \t]{0,8}$/i;

/** pfSense config.xml fields holding a login hash, a pre-shared key or an OpenVPN static key (base64). */
const PFSENSE_FIELD =
  /<(?<tag>bcrypt-hash|pre-shared-key|shared_key)>(?<secret>[^<\s]{4,4000})<\/(?:bcrypt-hash|pre-shared-key|shared_key)>/;

/** RouterOS and other `wpa-pre-shared-key=` / `wpa2-pre-shared-key=` settings. */
const WIFI_PSK = /(?:^|[ \t])wpa[23]?-pre-shared-key=(?<q>"?)(?<secret>[^\s"]{8,64})\k<q>(?=[ \t\\]|$)/;

const judgePsk = judgedPassword('Wi-Fi pre-shared key', false);
const judgePlainSecret = judgedPassword('secret in a VyOS or Junos command', true);
const judgePfsensePsk = judgedPassword('IPsec pre-shared key in config.xml', true);

/** `-----BEGIN OpenVPN` in base64: how config.xml stores a static key. */
const OPENVPN_KEY_BASE64 = 'LS0tLS1CRUdJTiBPcGVuVlBO';

function tagOf(match: string): string {
  return match.slice(1, match.indexOf('>'));
}

export const networkDeviceRules: readonly Rule[] = [
  {
    id: 'network-device-secret',
    title:
      'Password, key or community in a router/switch/firewall statement (Cisco IOS, NX-OS, ASA, EOS, FRR, Aruba, Huawei)',
    provider: 'Network devices',
    keywords: [
      'enable secret',
      'enable password',
      'username',
      'snmp-server',
      'tacacs-server',
      'radius-server',
      'key-string',
      // The heads `password` follows, not the word itself: it fills ordinary code.
      'neighbor',
      'ppp',
      'ldap-login-password',
      'local-user',
      'ciphertext',
      'authentication-key',
      'message-digest-key',
      'isakmp key',
      'pre-shared-key',
    ],
    pattern: IOS_STATEMENT,
    confidence: 'medium',
    envVar: 'DEVICE_PASSWORD',
    docs: 'https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/a1/sec-a1-cr-book/sec-cr-e1.html',
    risk: 'Logs in to the device, its AAA or SNMP service, or keys its routing and VPN sessions; type 7 values decode instantly and hashes crack offline.',
    validate: (secret, match, context) => {
      const groups = IOS_STATEMENT.exec(match)?.groups;
      return judgeDeviceValue({ secret, type: groups?.type, after: (groups?.after ?? '').trim(), match, context });
    },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'configs/core-sw1.cfg',
      positives: (fake) => [
        `enable secret 5 $1$${fake.alnum(4)}$${fake.alnum(22)}`,
        `enable password 7 ${fake.digits(1)}${fake.digits(1)}${fake.upperHex(20)}`,
        `username netops privilege 15 secret 9 $9$${fake.alnum(14)}$${fake.alnum(43)}`,
        `username admin password 5 $5$${fake.alnum(16)}$${fake.alnum(43)}  role network-admin`,
        `username backup privilege 15 password 0 ${fake.alnum(10)}7!`,
        // A Cisco CUBE's SIP trunk login (sip-ua credentials and authentication).
        ` credentials username 740433 password 0 ${fake.alnum(10)}7 realm sip.carrier.net`,
        ` authentication username trunk01 password 0 ${fake.alnum(10)}7`,
        `snmp-server community ${fake.alnum(14)} RO 10`,
        `tacacs-server host 10.1.1.5 key ${fake.alnum(12)}#4`,
        `radius-server host 10.1.1.6 auth-port 1812 acct-port 1813 key ${fake.alnum(13)}!`,
        ` key 7 0${fake.digits(1)}${fake.upperHex(18)}`.replace(/^ key/, 'tacacs-server key'),
        `  key-string 7 1${fake.digits(1)}${fake.upperHex(16)}`,
        ` neighbor 203.0.113.9 password ${fake.alnum(11)}!`,
        ` ip ospf message-digest-key 1 md5 7 0${fake.digits(1)}${fake.upperHex(14)}`,
        ` ip ospf authentication-key ${fake.alnum(8)}`,
        `crypto isakmp key ${fake.alnum(14)} address 198.51.100.7`,
        ` ikev1 pre-shared-key ${fake.alnum(16)}`,
        `enable password $sha512$5000$${fake.base64(24)}$${fake.base64(24)} pbkdf2`,
        `username ops password ${fake.alnum(16)} encrypted privilege 15`,
        `snmp-server user nms network-operator auth md5 0x${fake.hex(32)} priv 0x${fake.hex(32)} localizedkey`,
        ` local-user admin password cipher %^%#${fake.alnum(40)}%^%#`,
        `user admin group administrators password ciphertext AQBapX${fake.base64(64)}`,
        ` ppp chap password 7 0${fake.digits(1)}${fake.upperHex(16)}`,
        `ldap-login-password ${fake.alnum(12)}!`,
        `      - tacacs-server key ${fake.alnum(12)}9`,
        `username admin privilege 15 role network-admin secret sha512 $6$${fake.alnum(16)}$${fake.alnum(86)}`,
      ],
      negatives: [
        { text: 'enable secret 5 <removed>', why: 'a sanitized config' },
        { text: 'username admin privilege 15 secret 9 <removed>', why: 'a sanitized config' },
        { text: ' authentication username trunk01 password 7 ********', why: 'a masked type 7 value' },
        { text: 'snmp-server community <string> RO <acl>', why: 'a command reference' },
        { text: 'tacacs-server key {{ tacacs_key }}', why: 'a template reference' },
        { text: 'username {{ admin_user }} privilege 15 secret {{ admin_secret }}', why: 'a template reference' },
        { text: 'enable algorithm-type scrypt secret <password>', why: 'a command reference' },
        { text: ' standby 1 authentication md5 key-chain HSRP-KEYS', why: 'names a key chain' },
        { text: 'username admin privilege 15 nopassword', why: 'no password' },
        { text: 'enable secret 5 $1$', why: 'no hash after the scheme' },
        { text: 'enable password 7 12', why: 'too short to be a type 7 value' },
      ],
    },
  },
  {
    id: 'network-device-bare-password',
    title: 'Password or key alone on an IOS-like line (line vty, zebra/bgpd, BIRD, server blocks)',
    provider: 'Network devices',
    // `key` with the space after it, as the statement writes it: the bare word fills ordinary code.
    keywords: ['password', 'key '],
    keywordGate: keywordOpensLine,
    pattern: BARE_STATEMENT,
    confidence: 'medium',
    envVar: 'DEVICE_PASSWORD',
    docs: 'https://docs.frrouting.org/en/latest/basic.html#basic-config-commands',
    risk: 'Logs in to the device or the routing daemon, or keys its sessions.',
    validate: (secret, match, context) => {
      const type = BARE_STATEMENT.exec(match)?.groups?.type;
      // `key client.key`, `key /etc/ssl/x.key`: OpenVPN and TLS settings name key files.
      if (/[/\\]|\.(?:key|pem|crt|der|p12|pfx)$/i.test(secret)) return false;
      // `password varchar(255)`: a column declaration.
      if (/^[a-z]+\(\d{1,5}\)$/i.test(secret)) return false;
      // Prose wrapped in a YAML or Markdown file (a changelog's `key ``results``.`, `password (idempotency).`).
      if (/^[`(]|[`).,]$/.test(secret) || PROSE_EXT.test(context.file.ext)) return false;
      return judgeDeviceValue({ secret, type, after: '', match, context });
    },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'etc/frr/zebra.conf',
      positives: (fake) => [
        ` password 7 0${fake.digits(1)}${fake.upperHex(16)}`,
        ` key 0 ${fake.alnum(12)}$1`,
        `\tkey ${fake.alnum(12)}$1`,
      ],
      negatives: [
        { text: 'key client.key', why: 'an OpenVPN key file' },
        { text: ' key /etc/ssl/private/server.key', why: 'a key file path' },
        { text: ' password 7 <removed>', why: 'a sanitized config' },
        { text: 'password <password>', why: 'a placeholder' },
        { text: '      key ``results``.', why: 'a changelog sentence', path: 'changelogs/changelog.yaml' },
        { text: '    password (idempotency).', why: 'a changelog sentence' },
      ],
    },
  },
  {
    id: 'junos-secret-data',
    title: 'Junos/VyOS $9$ secret or login hash (encrypted-password, secret, authentication-key)',
    provider: 'Network devices',
    keywords: ['encrypted-password', '$9$'],
    pattern: JUNOS_VALUE,
    confidence: 'medium',
    envVar: 'DEVICE_PASSWORD',
    docs: 'https://www.juniper.net/documentation/us/en/software/junos/user-access/topics/ref/statement/encrypted-password-edit-system.html',
    risk: '$9$ values decode to the plain secret with a published algorithm; login hashes crack offline.',
    validate: (secret) =>
      secret.startsWith('$9$')
        ? { why: 'Junos $9$ secret: reversible by a published algorithm' }
        : { why: 'password hash of a device login (crackable offline)' },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'junos/mx1.conf',
      positives: (fake) => [
        `            secret "$9$${fake.alnum(24)}"; ## SECRET-DATA`,
        `set security ike policy IKE-POL pre-shared-key ascii-text "$9$${fake.alnum(30)}"`,
        `                encrypted-password $6$${fake.alnum(16)}$${fake.alnum(86)}`,
      ],
      negatives: [
        { text: '        encrypted-password /* SECRET-DATA */; ## SECRET-DATA', why: 'omitted by display omit' },
        { text: 'set system login password format sha512', why: 'a password policy' },
      ],
    },
  },
  {
    id: 'vyos-set-secret',
    title: "Secret in a VyOS configuration command (set ... secret '...')",
    provider: 'Network devices',
    keywords: ["secret '", "password '"],
    pattern: VYOS_SET_SECRET,
    confidence: 'medium',
    envVar: 'DEVICE_PASSWORD',
    docs: 'https://docs.vyos.io/en/latest/configuration/vpn/site2site_ipsec.html',
    risk: 'Keys the VPN tunnel or logs in to the router.',
    validate: (secret, match, context) => judgePlainSecret(secret, match.slice(0, match.lastIndexOf("'")), context),
    examples: {
      embed: false,
      path: 'vyos/config.boot.commands',
      positives: (fake) => [
        `set vpn ipsec authentication psk OFFICE secret '${fake.alnum(14)}!'`,
        `set system login user vyos authentication plaintext-password '${fake.alnum(12)}7'`,
      ],
      negatives: [{ text: "set vpn ipsec authentication psk OFFICE secret '<your-psk>'", why: 'a placeholder' }],
    },
  },
  {
    id: 'fortios-enc-value',
    title: 'FortiOS ENC password, pre-shared key or admin hash (set ... ENC ...)',
    provider: 'Fortinet',
    keywords: ['enc '],
    pattern: FORTIOS_ENC,
    confidence: 'medium',
    envVar: 'FORTIGATE_PSK',
    docs: 'https://docs.fortinet.com/document/fortigate/7.4.0/administration-guide/',
    risk: 'FortiOS encrypts these with a key every firmware image carries: they decrypt to the pre-shared key or password; admin hashes crack offline.',
    validate: (secret) =>
      secret.startsWith('SH2')
        ? { why: 'FortiOS admin password hash (crackable offline)' }
        : { why: "FortiOS ENC value: decryptable with the firmware's fixed key" },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'fortigate/fw1.conf',
      positives: (fake) => [
        `        set password ENC SH2${fake.base64(57)}=`,
        `        set psksecret ENC ${fake.base64(96)}`,
      ],
      negatives: [{ text: '        set psksecret ******', why: 'masked' }],
    },
  },
  {
    id: 'pfsense-config-secret',
    title: 'pfSense/OPNsense config.xml user hash, IPsec pre-shared key or OpenVPN shared key',
    provider: 'Network devices',
    keywords: ['<bcrypt-hash>', '<pre-shared-key>', '<shared_key>'],
    pattern: PFSENSE_FIELD,
    confidence: 'medium',
    envVar: 'FIREWALL_PASSWORD',
    docs: 'https://docs.netgate.com/pfsense/en/latest/backup/index.html',
    risk: 'A config backup carries the firewall logins (hashes crack offline), its VPN keys and pre-shared keys.',
    validate: (secret, match, context) => {
      const tag = tagOf(match);
      if (tag === 'bcrypt-hash')
        return /^\$(?:2[aby]|[156])\$[./A-Za-z0-9$]{20,200}$/.test(secret)
          ? { why: 'password hash of a firewall login (crackable offline)' }
          : false;
      if (tag === 'shared_key')
        return secret.startsWith(OPENVPN_KEY_BASE64)
          ? { why: 'OpenVPN static key (base64): decrypts and authenticates the tunnel' }
          : false;
      return judgePfsensePsk(secret, match.slice(0, match.indexOf('>') + 1), context);
    },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'pfsense/config.xml',
      positives: (fake) => [
        `\t\t\t<bcrypt-hash>$2y$10$${fake.alnum(53)}</bcrypt-hash>`,
        `\t\t\t<pre-shared-key>${fake.alnum(18)}!</pre-shared-key>`,
        `\t\t\t<shared_key>${OPENVPN_KEY_BASE64}${fake.base64(600)}</shared_key>`,
      ],
      negatives: [
        { text: '\t\t\t<pre-shared-key></pre-shared-key>', why: 'empty' },
        { text: '<shared_key>bm90IGEga2V5</shared_key>', why: 'not an OpenVPN static key' },
      ],
    },
  },
  {
    id: 'wifi-pre-shared-key-setting',
    title: 'Wi-Fi pre-shared key (RouterOS wpa2-pre-shared-key=)',
    provider: 'Network devices',
    keywords: ['pre-shared-key='],
    pattern: WIFI_PSK,
    confidence: 'medium',
    envVar: 'WIFI_PSK',
    docs: 'https://help.mikrotik.com/docs/display/ROS/Wireless+Interface',
    risk: 'Joins the wireless network.',
    validate: (secret, match, context) => judgePsk(secret, match.slice(0, match.indexOf(secret)), context),
    examples: {
      embed: false,
      path: 'mikrotik/export.rsc',
      positives: (fake) => [
        `set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=${fake.alnum(12)}7`,
      ],
      negatives: [{ text: 'add authentication-types=wpa2-psk name=guest wpa2-pre-shared-key=""', why: 'empty' }],
    },
  },
];
