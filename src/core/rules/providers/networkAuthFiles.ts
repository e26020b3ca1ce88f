// Secrets files of network authentication and VPN tools, recognisable by their path and holding bare
// values, and the secret lines of the same tools' configs: ppp chap-secrets/pap-secrets, TACACS+
// (tac_plus.conf, the PAM client's tacplus.conf) and pam_radius_auth.conf, ntpd/chrony keys,
// stunnel PSK files, hostapd's wpa_psk file, rsyncd.secrets, Exim's passwd.client, RANCID's
// .cloginrc, Oxidized's router.db, pgbouncer's userlist.txt, Zabbix PSK files, the Erlang cookie,
// strongSwan/Libreswan ipsec.secrets, OpenVPN static keys and net-snmp communities. Formats from each
// tool's manual page. Plain values go to the shared judge; keys and encodings are judged by shape.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { isSampleKeyPath } from '../judge/context';
import { judgedPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';

const judgeFileSecret = judgedPassword('secret in a network authentication file', true);
const judgeLineSecret = judgedPassword('secret in a network service config', false);

/** A plain secret from a file of secrets: the shared judge, with the match cut after the value. */
function judgePlain(secret: string, match: string, context: MatchContext, fromFile = true): Verdict | false {
  const at = match.lastIndexOf(secret);
  const head = match.slice(0, at < 0 ? match.length : at);
  return (fromFile ? judgeFileSecret : judgeLineSecret)(secret, head + secret, context);
}

/** A random key written as hex or base64 (or a 20-letter Erlang cookie): long and varied enough to be issued. */
function isIssuedKey(secret: string): boolean {
  return secret.length >= 16 && new Set(secret).size >= 8;
}

interface FileRuleSpec {
  readonly id: string;
  readonly title: string;
  readonly paths: RegExp;
  readonly pattern: RegExp;
  readonly docs: string;
  readonly risk: string;
  readonly judge: (secret: string, match: string, context: MatchContext) => boolean | Verdict;
  readonly path: string;
  readonly positives: (fake: import('../fakeTokens').FakeTokens) => readonly string[];
  readonly negatives: Rule['examples']['negatives'];
}

/** A rule for a secrets file: it runs on every line of the files `paths` names. */
function secretsFileRule(spec: FileRuleSpec): Rule {
  return {
    id: spec.id,
    title: spec.title,
    provider: 'Network authentication',
    keywords: [],
    wakesOnEveryLine: true,
    paths: spec.paths,
    pattern: spec.pattern,
    confidence: 'medium',
    envVar: 'SHARED_SECRET',
    docs: spec.docs,
    risk: spec.risk,
    validate: spec.judge,
    skipPlaceholderFilter: true,
    examples: { embed: false, path: spec.path, positives: spec.positives, negatives: spec.negatives },
  };
}

/** `0s` + base64 or `0x` + hex: strongSwan's and Libreswan's binary secret forms. */
const BINARY_SECRET = /^0(?:s[A-Za-z0-9+/]{12,512}={0,2}|x[0-9a-fA-F]{16,512})$/;

export const networkAuthFileRules: readonly Rule[] = [
  secretsFileRule({
    id: 'ppp-secrets-line',
    title: 'Password in ppp chap-secrets / pap-secrets',
    paths: /(?:^|\/)(?:chap|pap)-secrets$/,
    // client  server  secret  [addresses]: each field quoted or not.
    pattern:
      /^(?<q1>"?)[^\s"#]{1,128}\k<q1>[ \t]{1,8}(?<q2>"?)[^\s"]{1,128}\k<q2>[ \t]{1,8}(?<q>"?)(?<secret>[^\s"]{1,256})\k<q>(?:[ \t].{0,200})?$/,
    docs: 'https://ppp.samba.org/pppd.html',
    risk: 'Dials in to the VPN or the ISP as the client.',
    judge: (secret, match, context) => judgePlain(secret, match, context),
    path: 'etc/ppp/chap-secrets',
    positives: (fake) => [`"vpnuser"\tl2tpd\t"${fake.alnum(12)}!"\t*`, `dsl@isp.net * ${fake.alnum(10)}9 *`],
    negatives: [{ text: '*\thostname\t""\t*', why: 'an empty secret' }],
  }),
  secretsFileRule({
    id: 'tacacs-radius-client-secret',
    title: 'Shared secret in a TACACS+ or RADIUS client file (tacplus.conf, pam_radius_auth.conf)',
    paths: /(?:^|\/)(?:tacplus\.conf|pam_radius_auth\.conf|raddb\/server)$/,
    pattern:
      /^(?<host>[\w.:[\]-]{1,253})[ \t]{1,8}(?<q>"?)(?<secret>[^\s"]{1,128})\k<q>(?:[ \t]{1,8}\d{1,3})?(?:[ \t]{1,8}[\w-]{1,32})?[ \t]{0,8}$/,
    docs: 'https://man.freebsd.org/cgi/man.cgi?query=tacplus.conf',
    risk: 'Decrypts the TACACS+/RADIUS exchanges (passwords included) and lets anyone pose as the client or the server.',
    judge: (secret, match, context) => judgePlain(secret, match, context),
    path: 'etc/pam_radius_auth.conf',
    positives: (fake) => [`10.0.0.5:1812\t${fake.alnum(14)}\t3`, `tacacs.corp.local:49 "${fake.alnum(12)}#" 5`],
    negatives: [{ text: '#server[:port] shared_secret timeout', why: 'a comment' }],
  }),
  secretsFileRule({
    id: 'tac-plus-config-secret',
    title: 'TACACS+ daemon key or user password (tac_plus.conf)',
    paths: /(?:^|\/)(?:tac_?plus[\w.-]{0,32}|tacacs\+?\/[\w.-]{1,64})$/i,
    pattern:
      /^[ \t]{0,16}(?:key|(?:login|enable|pap|chap|arap|opap)[ \t]{0,4}=[ \t]{0,4}(?<kind>cleartext|clear|des|crypt|8))[ \t]{0,4}=?[ \t]{0,4}(?<q>"?)(?<secret>[^\s"]{1,256})\k<q>[ \t]{0,8}$/,
    docs: 'https://manpages.debian.org/tacacs+/tac_plus.conf.5',
    risk: 'The key decrypts every TACACS+ exchange with the devices; user passwords log in to them.',
    judge: (secret, match, context) => {
      if (/=[ \t]{0,4}(?:des|crypt)[ \t]/.test(match))
        return /^[./0-9A-Za-z$]{13,120}$/.test(secret) && { why: 'crypt hash of a TACACS+ user (crackable offline)' };
      return judgePlain(secret, match, context);
    },
    path: 'etc/tacacs+/tac_plus.conf',
    positives: (fake) => [
      `key = "${fake.alnum(16)}"`,
      `    login = cleartext "${fake.alnum(10)}!"`,
      `    login = des ${fake.alnum(13)}`,
    ],
    negatives: [
      { text: '    login = PAM', why: 'delegated to PAM' },
      { text: '    login = file /etc/passwd', why: 'a password file' },
    ],
  }),
  secretsFileRule({
    id: 'ntp-symmetric-key',
    title: 'NTP symmetric key (ntp.keys, chrony.keys)',
    paths: /(?:^|\/)(?:ntp|chrony)[\w-]{0,16}\.keys$/,
    pattern:
      /^[ \t]{0,4}\d{1,5}[ \t]{1,8}(?:[A-Z][A-Z0-9-]{0,15}[ \t]{1,8})?(?:(?:HEX|ASCII):)?(?<secret>[!-~]{8,128})[ \t]{0,8}(?:#.{0,200})?$/,
    docs: 'https://chrony-project.org/doc/4.5/chrony.conf.html#keyfile',
    risk: 'Signs time packets the clients trust: whoever holds it can shift their clocks.',
    judge: (secret) => isIssuedKey(secret) && { why: 'NTP symmetric authentication key' },
    path: 'etc/chrony/chrony.keys',
    positives: (fake) => [`1 SHA1 HEX:${fake.upperHex(40)}`, `15 M ${fake.alnum(16)}`],
    negatives: [{ text: '1 M changeme', why: 'too short and plain to be a key' }],
  }),
  secretsFileRule({
    id: 'identity-key-file-line',
    title: 'Pre-shared key line (stunnel PSK file, hostapd wpa_psk file, Zabbix PSK file, Erlang cookie)',
    paths:
      /(?:^|\/)(?:stunnel\/[\w.-]{0,32}psk[\w.-]{0,32}|hostapd[\w.-]{0,32}\.wpa_psk|[\w.-]{1,64}\.psk|\.erlang\.cookie)$/,
    // `identity:key` (stunnel), `MAC passphrase` (hostapd), or the key alone (Zabbix, Erlang).
    pattern:
      /^(?:(?:keyid=[\w-]{1,32}[ \t]{1,8})?(?:[0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}[ \t]{1,8}|[\w.@-]{1,128}:)?(?<secret>[!-~]{8,512})[ \t]{0,8}$/,
    docs: 'https://www.stunnel.org/static/stunnel.html',
    risk: 'Authenticates to the TLS-PSK service, the Wi-Fi network, the Zabbix server or the Erlang cluster (which runs code on its nodes).',
    judge: (secret, match, context) =>
      /^(?:[0-9a-fA-F]{2}:){5}/.test(match)
        ? judgePlain(secret, match, context)
        : isIssuedKey(secret) && { why: 'pre-shared key or cookie in its key file' },
    path: 'etc/stunnel/psk.txt',
    positives: (fake) => [`client1:${fake.alnum(32)}`],
    negatives: [{ text: '# identity:key', why: 'a comment' }],
  }),
  secretsFileRule({
    id: 'user-colon-secret-file',
    title: 'Password in a user:password file (rsyncd.secrets, Exim passwd.client, Oxidized router.db)',
    paths: /(?:^|\/)(?:rsyncd?[\w-]{0,16}\.secrets|passwd\.client|router\.db)$/,
    pattern: /^(?:[^:#\s]{1,253}:){1,3}(?<secret>[^:\s]{1,256})[ \t]{0,8}$/,
    docs: 'https://download.samba.org/pub/rsync/rsyncd.conf.5',
    risk: 'Logs in to the rsync module, the mail relay or the network devices.',
    judge: (secret, match, context) => judgePlain(secret, match, context),
    path: 'etc/rsyncd.secrets',
    positives: (fake) => [`backup:${fake.alnum(12)}!`],
    negatives: [{ text: '# user:password', why: 'a comment' }],
  }),
  secretsFileRule({
    id: 'pgbouncer-userlist',
    title: 'Password or hash in pgbouncer userlist.txt',
    paths: /(?:^|\/)userlist\.txt$/,
    pattern: /^"(?<user>[^"\s]{1,128})"[ \t]{1,8}"(?<secret>[^"\s]{1,512})"/,
    docs: 'https://www.pgbouncer.org/config.html#authentication-file-format',
    risk: 'Logs in to the pooled PostgreSQL databases (md5 and SCRAM entries log in as they stand).',
    judge: (secret, match, context) =>
      /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$)/.test(secret)
        ? { why: 'PostgreSQL password hash (logs in through pgbouncer)' }
        : judgePlain(secret, match, context),
    path: 'etc/pgbouncer/userlist.txt',
    positives: (fake) => [`"app" "${fake.alnum(14)}!"`, `"reporting" "md5${fake.hex(32)}"`],
    negatives: [{ text: '"app" ""', why: 'empty' }],
  }),
  {
    id: 'ipsec-secrets-entry',
    title: 'strongSwan/Libreswan ipsec.secrets pre-shared key or XAUTH/EAP password',
    provider: 'Network authentication',
    keywords: [': psk', ': xauth', ': eap'],
    pattern: /(?:^|[ \t]):[ \t]{1,8}(?:PSK|XAUTH|EAP)[ \t]{1,8}"?(?<secret>[^\s"]{1,512})"?[ \t]{0,8}$/,
    confidence: 'medium',
    envVar: 'IPSEC_PSK',
    docs: 'https://docs.strongswan.org/docs/latest/swanctl/swanctlConf.html#_secrets',
    risk: 'Authenticates the VPN tunnel or logs in to it as the user.',
    validate: (secret, match, context) => {
      if (secret.startsWith('%')) return false;
      return BINARY_SECRET.test(secret)
        ? { why: 'IPsec pre-shared key (base64 or hex)' }
        : judgePlain(secret, match, context);
    },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'etc/ipsec.secrets',
      positives: (fake) => [
        `198.51.100.7 %any : PSK "${fake.alnum(24)}"`,
        `@branch @hq : PSK 0s${fake.base64(44)}`,
        `carol : XAUTH "${fake.alnum(10)}7"`,
        `alice@corp.net : EAP "${fake.alnum(11)}!"`,
      ],
      negatives: [
        { text: ': PSK "%prompt"', why: 'prompted' },
        { text: ': RSA moonKey.pem', why: 'a key file' },
      ],
    },
  },
  {
    id: 'openvpn-static-key',
    title: 'OpenVPN static key (tls-auth, tls-crypt, secret)',
    provider: 'Network authentication',
    keywords: ['openvpn static key v1'],
    pattern: /-----BEGIN OpenVPN Static key V1-----[ \t]{0,8}\r?\n(?<secret>(?:[0-9a-fA-F]{32}[ \t]{0,8}\r?\n){8,16})/,
    multiline: { maxSpan: 800 },
    confidence: 'high',
    envVar: 'OPENVPN_TLS_AUTH_KEY',
    docs: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/',
    risk: 'With tls-crypt it decrypts the control channel and lets anyone start handshakes with the server; in static-key mode it decrypts the tunnel.',
    // A key its folder or file name calls a sample (`examples/sample-keys/ta.key`) is published to try.
    validate: (_secret, _match, context) => !isSampleKeyPath(context.path) && { why: 'OpenVPN static key' },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'etc/openvpn/server/ta.key',
      positives: (fake) => [
        `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => fake.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`,
      ],
      negatives: [{ text: '-----BEGIN OpenVPN Static key V1-----\n-----END OpenVPN Static key V1-----', why: 'empty' }],
    },
  },
  {
    id: 'snmp-community-setting',
    title: 'SNMP community or SNMPv3 password (net-snmp, snmptrapd, Junos/VyOS set, Telegraf, snmp_community settings)',
    provider: 'Network authentication',
    keywords: ['community', 'createuser'],
    pattern:
      /^[ \t]{0,8}(?:set[ \t]{1,8}(?:service[ \t]{1,8})?snmp[ \t]{1,8}community|(?:ro|rw)community6?|authCommunity[ \t]{1,8}[\w,]{1,40}|community[ \t]{0,4}=|createUser[ \t]{1,8}[\w.@-]{1,64}[ \t]{1,8}(?:MD5|SHA[\w-]{0,8})|["']?[\w.-]{0,40}(?:snmp[_.-]?community(?:[_.-]?string)?|community[_.-]string)["']?[ \t]{0,4}[:=])[ \t]{0,4}(?<q>["']?)(?<secret>[^\s"']{1,128})\k<q>,?(?:[ \t].{0,200})?$/i,
    confidence: 'medium',
    envVar: 'SNMP_COMMUNITY',
    docs: 'https://www.net-snmp.org/docs/man/snmpd.conf.html',
    risk: 'Reads (or with write access changes) the device configuration and state over SNMP.',
    // `public` and `private` are every agent's factory communities: a default, not a chosen secret.
    // A constant named COMMUNITY, or a value naming its own setting (`COMMUNITY = "Community"`, an
    // SDK's enum), is code, not an agent's config.
    validate: (secret, match, context) =>
      !/^(?:public|private|community)$/i.test(secret) &&
      !/^[ \t]*COMMUNITY\b/.test(match) &&
      judgePlain(secret, match, context, false),
    examples: {
      embed: false,
      path: 'etc/snmp/snmpd.conf',
      positives: (fake) => [
        `rocommunity ${fake.alnum(14)} 10.0.0.0/8`,
        `createUser monitor SHA "${fake.alnum(12)}" AES "${fake.alnum(12)}"`,
        `multiviewer_snmp_community: "${fake.alnum(16)}"`, // Ansible group_vars
        `  "snmp_community_string": "${fake.alnum(14)}",`,
        `SNMP_COMMUNITY=${fake.alnum(14)}`,
      ],
      negatives: [
        { text: 'rouser monitor authpriv -V systemonly', why: 'a user name' },
        { text: '\tcommunity = "public"', why: "the agents' factory community" },
        {
          text: '    COMMUNITY = "Community"',
          why: "an SDK enum's member",
          path: 'azure/mgmt/network/models/_network_management_client_enums.py',
        },
        { text: (fake) => `COMMUNITY = "${fake.alnum(12)}"`, why: 'a constant in code, not an agent config' },
        { text: 'snmp_community: "{{ vault_snmp_community }}"', why: 'a template reference' },
        { text: 'snmp_community_string: public', why: "the agents' factory community" },
      ],
    },
  },
];
