// Passwords and keys in infrastructure services' own config lines, as their manuals write them:
// space-separated directives (Redis Sentinel auth-pass, keepalived
// auth_pass, Mosquitto bridge remote_password, NUT upsmon MONITOR, HAProxy `stats auth`, RANCID
// `add password`), Monit `allow user:password`, JAAS `user_<name>="..."` entries (Kafka,
// ZooKeeper), Asterisk `register =>` strings, WildFly `<secret value="base64"/>`, Dovecot
// passwd-file schemes, unquoted TSIG secrets (ISC dhcpd),
// `ETCDCTL_USER=user:password`, Squid `cache_peer ... login=user:password` and Nagios `$USERn$`
// macros. Plain values go to the shared judge.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { decodeBase64Text } from '../valueChecks';
import { keywordOpensLine } from '../keywordGates';

const judgeDirective = judgedPassword('password in a service directive', false);
const judgeQuoted = judgedPassword('password in a service config', true);

/** The shared judge on `secret`, with the match cut just after it (what follows is other fields). */
function judgeCut(secret: string, match: string, context: MatchContext, quoted = false): Verdict | false {
  const at = match.lastIndexOf(secret);
  const head = at < 0 ? match : match.slice(0, at);
  return (quoted ? judgeQuoted : judgeDirective)(secret, head + secret, context);
}

/** Space-separated directives whose last field is a password. */
const DIRECTIVE = new RegExp(
  String.raw`^[ \t]{0,12}(?:auth_pass|remote_password|sentinel[ \t]{1,8}(?:auth-pass[ \t]{1,8}[\w.-]{1,64}|sentinel-pass)|MONITOR[ \t]{1,8}[\w.@:-]{1,253}[ \t]{1,8}\d{1,3}[ \t]{1,8}[\w.-]{1,64}|stats[ \t]{1,8}auth[ \t]{1,8}[\w.@-]{1,64}:|add[ \t]{1,8}password[ \t]{1,8}[^\s]{1,253}[ \t]{1,8}\{)[ \t]{0,8}(?<q>"?)(?<secret>[^\s"{}]{1,256})\k<q>\}?(?:[ \t]{1,8}(?:\{[^\s{}]{0,256}\}|primary|secondary|master|slave|read-?only))?[ \t]{0,8}$`,
  'i',
);

/** A JAAS login module's `user_<name>="<password>"` option (PlainLoginModule, DigestLoginModule). */
const JAAS_USER =
  /^[ \t]{0,16}user_[\w.-]{1,64}[ \t]{0,4}=[ \t]{0,4}"(?<secret>[^"\s]{1,256})"[ \t]{0,8}(?:;[ \t]{0,8})?$/;

/** Asterisk `register => user:secret[:authuser]@host[:port][/extension]`. */
const SIP_REGISTER =
  /^[ \t]{0,8}register[ \t]{0,4}=>[ \t]{0,4}(?:[a-z]{2,8}:\/\/)?[^:@\s]{1,64}:(?<secret>[^:@\s]{1,128})(?::[^@\s]{1,64})?@[\w.-]{1,253}/i;

/** Dovecot passwd-file: `user:{SCHEME}value:uid:gid:...`. */
const DOVECOT_ENTRY =
  /^[^:\s#]{1,256}:(?<secret>\{(?:PLAIN|CLEARTEXT|SHA512-CRYPT|SHA256-CRYPT|BLF-CRYPT|MD5-CRYPT|SSHA512|SSHA256|SSHA)\}[^:\s]{1,512})(?=:|[ \t]{0,8}$)/;

/** An unquoted base64 TSIG key after `secret` (ISC dhcpd's and BIND's `key { secret ...; }`). */
const UNQUOTED_TSIG_SECRET = /^[ \t]{0,12}secret[ \t]{1,8}(?<secret>[A-Za-z0-9+/]{16,88}={0,2})[ \t]{0,8};[ \t]{0,8}$/;

/** `ETCDCTL_USER=user:password`, Squid `login=user:password`. */
const USER_PASSWORD_PAIR =
  /(?:\bETCDCTL_USER[ \t]{0,4}=[ \t]{0,4}["']?|[ \t]login=)[^:\s"'*]{1,64}:(?<secret>[^\s"']{1,128})/;

/** A Redis ACL rule: `user <name> [rules...] ><password> [rules...]` (`#<sha256>` is the hashed form). */
const REDIS_ACL_USER =
  /^[ \t]{0,8}user[ \t]{1,8}[\w.@:-]{1,64}(?:[ \t]{1,8}[^\s>]{1,128}){0,16}[ \t]{1,8}[>#](?<secret>[^\s]{1,256})(?=[ \t]|$)/;

/** Nagios/Icinga 1 `$USERn$=value` macros in resource.cfg. */
const NAGIOS_MACRO = /^\$USER\d{1,3}\$=(?<secret>[^\s]{1,256})[ \t]{0,8}$/;

export const serviceSecretRules: readonly Rule[] = [
  {
    id: 'service-password-directive-line',
    title: 'Password in a service directive (Redis Sentinel, keepalived, Mosquitto bridge, NUT, HAProxy stats, RANCID)',
    provider: 'Config files',
    keywords: ['auth_pass', 'remote_password', 'sentinel', 'monitor ', 'stats auth', 'add password'],
    keywordGate: keywordOpensLine,
    pattern: DIRECTIVE,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/',
    risk: 'Logs in to the service, its replicas or its admin page, or joins its failover group.',
    validate: (secret, match, context) => judgeCut(secret, match, context),
    examples: {
      embed: false,
      path: 'etc/redis/sentinel.conf',
      positives: (fake) => [
        `sentinel auth-pass mymaster ${fake.alnum(12)}#`,
        `        auth_pass ${fake.alnum(8)}`,
        `remote_password ${fake.alnum(12)}!`,
        `MONITOR ups@localhost 1 upsmon ${fake.alnum(10)}3 primary`,
        `    stats auth admin:${fake.alnum(12)}!`,
        `add password * {${fake.alnum(10)}3} {${fake.alnum(10)}4}`,
      ],
      negatives: [
        { text: '# sentinel auth-pass mymaster <password>', why: 'a commented placeholder' },
        { text: 'MONITOR ups@localhost 1 upsmon', why: 'no password' },
      ],
    },
  },
  {
    id: 'monit-httpd-credentials',
    title: "Login in Monit's web interface settings (allow user:password)",
    provider: 'Config files',
    keywords: ['allow '],
    pattern: /^[ \t]{0,12}allow[ \t]{1,8}[\w.@-]{1,64}:(?<secret>[^\s"]{1,256})(?:[ \t]{1,8}read-?only)?[ \t]{0,8}$/i,
    paths: /(?:^|\/)(?:\.?monitrc|monit\/[\w.\/-]{1,128})$/,
    confidence: 'medium',
    envVar: 'MONIT_PASSWORD',
    docs: 'https://mmonit.com/monit/documentation/monit.html#Authentication',
    risk: 'Logs in to the Monit web interface, which starts, stops and restarts the monitored services.',
    validate: (secret, match, context) => judgeCut(secret, match, context),
    examples: {
      embed: false,
      path: 'etc/monit/monitrc',
      positives: (fake) => [`    allow admin:${fake.alnum(12)}!`],
      negatives: [{ text: '    allow localhost', why: 'an address, not a login' }],
    },
  },
  {
    id: 'redis-acl-user-password',
    title: 'Password or SHA-256 of a Redis ACL user (users.acl, redis.conf user lines)',
    provider: 'Redis',
    keywords: ['user '],
    keywordGate: keywordOpensLine,
    pattern: REDIS_ACL_USER,
    confidence: 'medium',
    envVar: 'REDIS_PASSWORD',
    docs: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/',
    risk: 'Logs in to Redis as the user, with its ACL permissions; an unsalted SHA-256 cracks offline.',
    validate: (secret, match, context) => {
      // The rest of an ACL rule: key patterns, command categories, on/off.
      if (!/[ \t](?:on|off|~\S*|&\S*|[+-]@\w+|allkeys|allcommands|nopass|resetpass)(?=[ \t]|$)/.test(context.line))
        return false;
      if (match.endsWith('>' + secret)) return judgeCut(secret, match, context);
      return /^[0-9a-f]{64}$/.test(secret) && { why: 'SHA-256 of a Redis ACL password (crackable offline)' };
    },
    examples: {
      embed: false,
      path: 'etc/redis/users.acl',
      positives: (fake) => [
        `user app on >${fake.alnum(14)}! ~cache:* +@read`,
        `user worker on #${fake.hex(64)} ~jobs:* +@all`,
      ],
      negatives: [{ text: 'user default on nopass ~* &* +@all', why: 'no password' }],
    },
  },
  {
    id: 'jaas-user-password',
    title: 'Password of a user in a JAAS login module (Kafka, ZooKeeper user_<name>)',
    provider: 'Config files',
    keywords: ['user_'],
    pattern: JAAS_USER,
    // `user_home="/srv"` in a shell script is no login: only JAAS files (named so by Kafka's and
    // ZooKeeper's docs) hold these options one per line.
    paths: /jaas[\w.-]{0,64}$/i,
    confidence: 'medium',
    envVar: 'KAFKA_PASSWORD',
    docs: 'https://kafka.apache.org/documentation/#security_sasl_plain',
    risk: 'Logs in to the Kafka brokers or ZooKeeper as that user.',
    validate: (secret, match, context) => judgeCut(secret, match, context, true),
    examples: {
      embed: false,
      path: 'etc/kafka/kafka_server_jaas.conf',
      positives: (fake) => [`    user_alice="${fake.alnum(12)}!";`, `    user_super="${fake.alnum(14)}"`],
      negatives: [{ text: '    user_alice="${ALICE_PASSWORD}";', why: 'a reference' }],
    },
  },
  {
    id: 'asterisk-register-secret',
    title: 'SIP trunk password in an Asterisk register => line',
    provider: 'Config files',
    keywords: ['register'],
    keywordGate: keywordOpensLine,
    pattern: SIP_REGISTER,
    confidence: 'medium',
    envVar: 'SIP_PASSWORD',
    docs: 'https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-chan_sip/',
    risk: 'Registers with the carrier as the account and places calls billed to it.',
    validate: (secret, match, context) => judgeCut(secret, match, context),
    examples: {
      embed: false,
      path: 'etc/asterisk/sip.conf',
      positives: (fake) => [`register => 4930123:${fake.alnum(12)}!@sip.carrier.net/4930123`],
      negatives: [{ text: 'register => 4930123@sip.carrier.net', why: 'no password' }],
    },
  },
  {
    id: 'wildfly-secret-value',
    title: 'WildFly/JBoss server identity secret (<secret value="base64"/>)',
    provider: 'WildFly',
    keywords: ['<secret value='],
    pattern: /<secret[ \t]{1,4}value="(?<secret>[A-Za-z0-9+/]{4,256}={0,2})"/,
    confidence: 'medium',
    envVar: 'WILDFLY_PASSWORD',
    docs: 'https://docs.wildfly.org/32/Admin_Guide.html#Security_Realms',
    risk: 'The base64 of the password a host controller logs in to the domain controller with.',
    validate: (secret, match, context) => {
      const text = decodeBase64Text(secret);
      return (
        text !== undefined && /^[!-~]{4,128}$/.test(text) && judgeQuoted(text, match.replace(secret, text), context)
      );
    },
    examples: {
      embed: false,
      path: 'domain/configuration/host-slave.xml',
      positives: (fake) => [`        <secret value="${Buffer.from(`${fake.alnum(10)}4!`).toString('base64')}"/>`],
      negatives: [{ text: '<secret value="${server.identity.password}"/>', why: 'a reference' }],
    },
  },
  {
    id: 'dovecot-passwd-file-entry',
    title: 'Password or hash in a Dovecot passwd-file ({PLAIN}, {SHA512-CRYPT}...)',
    provider: 'Password hash',
    keywords: ['{plain}', '{cleartext}', '-crypt}', '{ssha'],
    pattern: DOVECOT_ENTRY,
    confidence: 'medium',
    envVar: 'MAIL_PASSWORD',
    docs: 'https://doc.dovecot.org/configuration_manual/authentication/passwd_file/',
    risk: 'Logs in to the mailbox (plain) or cracks offline (hashes).',
    validate: (secret, match, context) => {
      const plain = /^\{(?:PLAIN|CLEARTEXT)\}(.+)$/.exec(secret)?.[1];
      if (plain === undefined) return secret.length >= 24 && { why: 'password hash of a mailbox (crackable offline)' };
      return judgeCut(plain, match.slice(0, match.length - secret.length) + plain, context, true);
    },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'etc/dovecot/users',
      positives: (fake) => [
        `bob@corp.net:{SHA512-CRYPT}$6$${fake.alnum(16)}$${fake.alnum(86)}:5000:5000::/var/mail/bob::`,
        `amy@corp.net:{PLAIN}${fake.alnum(10)}7!::::::`,
        `joe@corp.net:{CLEARTEXT}${fake.alnum(11)}4::::::`,
        `sam@corp.net:{SSHA512}${fake.base64(88)}`,
      ],
      negatives: [{ text: '  args = scheme=SHA512-CRYPT username_format=%u /etc/dovecot/users', why: 'a scheme name' }],
    },
  },
  {
    id: 'unquoted-tsig-secret',
    title: 'Unquoted TSIG secret (ISC dhcpd/BIND key { secret ...; })',
    provider: 'Config files',
    keywords: ['secret'],
    keywordGate: keywordOpensLine,
    pattern: UNQUOTED_TSIG_SECRET,
    confidence: 'medium',
    envVar: 'TSIG_SECRET',
    docs: 'https://kb.isc.org/docs/aa-00168',
    risk: 'Signs dynamic DNS updates and zone transfers: whoever holds it rewrites the zone.',
    validate: (secret) =>
      new Set(secret).size >= 12 &&
      /[A-Z]/.test(secret) &&
      /[a-z]/.test(secret) && { why: 'TSIG key in a server config' },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'etc/dhcp/dhcpd.conf',
      positives: (fake) => [`    secret ${fake.base64(22)}==;`],
      negatives: [
        { text: '    secret "";', why: 'empty' },
        { text: '    secret xfer-key;', why: 'not base64 key material' },
      ],
    },
  },
  {
    id: 'user-password-pair-setting',
    title: 'Password in a user:password setting (ETCDCTL_USER, Squid cache_peer login=)',
    provider: 'Config files',
    keywords: ['etcdctl_user', 'login='],
    pattern: USER_PASSWORD_PAIR,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://etcd.io/docs/v3.5/op-guide/authentication/rbac/',
    risk: 'Logs in to etcd (the cluster state, Kubernetes secrets included) or to the upstream proxy.',
    validate: (secret, match, context) => {
      if (/login=/.test(match) && !/^[ \t]{0,8}cache_peer[ \t]/.test(context.line)) return false;
      return judgeCut(secret, match, context);
    },
    examples: {
      embed: false,
      path: 'etc/squid/squid.conf',
      positives: (fake) => [
        `cache_peer proxy.up.net parent 8080 0 no-query default login=proxyuser:${fake.alnum(12)}!`,
        `ETCDCTL_USER=root:${fake.alnum(12)}7`,
      ],
      negatives: [{ text: 'cache_peer proxy.up.net parent 8080 0 login=PASS', why: 'passes the client login' }],
    },
  },
  {
    id: 'nagios-resource-macro',
    title: 'Password in a Nagios/Icinga resource.cfg $USERn$ macro',
    provider: 'Config files',
    keywords: ['$user'],
    pattern: NAGIOS_MACRO,
    paths: /(?:^|\/)resource[\w.-]{0,32}\.cfg$/,
    confidence: 'medium',
    envVar: 'MONITORING_PASSWORD',
    docs: 'https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/configmain.html#resource_file',
    risk: "Logs in to the monitored databases and devices with the checks' account.",
    // Macros also hold paths and user names: only a value with a digit or a symbol reads as a password.
    validate: (secret, match, context) =>
      !secret.startsWith('/') &&
      /[\d!#%*?@^_.-]/.test(secret) &&
      /[A-Za-z]/.test(secret) &&
      judgeCut(secret, match, context),
    examples: {
      embed: false,
      path: 'etc/nagios/resource.cfg',
      positives: (fake) => [`$USER4$=${fake.alnum(12)}7!`],
      negatives: [
        { text: '$USER1$=/usr/lib/nagios/plugins', why: 'a path' },
        { text: '$USER3$=nagios', why: 'a user name' },
      ],
    },
  },
];
