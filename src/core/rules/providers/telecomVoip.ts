// Credentials in telephony and VoIP code and configs whose form, not their format, says what they
// are. The client calls that take a PBX or contact-centre password by position are a table read by
// ./positionalPasswords.ts: Asterisk AMI (asterisk-manager's `new AsteriskManager(port, host,
// user, secret, events)`), ARI (ari-client's `connect(url, user, password)`), FreeSWITCH's event
// socket (ESL `ESLconnection(host, port, password)`, modesl `new esl.Connection(host, port,
// password)`), PJSUA2's `AuthCredInfo(scheme, realm, user, dataType, data)` and PJSUA's
// `AuthCred(realm, user, password)`, the five9 package's `Five9(user, password)`, RingCentral's
// `platform.login(username, extension, password)` and Genesys Cloud's client-credentials logins.
// Signatures from each library's own documentation.
//
// Rules for forms read by their place: Asterisk's and FreeRADIUS's config files (`secret=` there is
// a password people type, not a generated key: Asterisk sip.conf/iax.conf/manager.conf/pjsip.conf
// and FreeRADIUS clients.conf references), a SIP digest's stored HA1 (`md5secret`, pjsip
// `md5_cred`), SIM authentication keys (Open5GS `open5gs-dbctl add IMSI K OPc`, subscriber lists'
// `k`/`opc`), Grandstream provisioning P-values (P2 admin, P34 SIP, P196 user password), SIP URIs
// with a password (RFC 3261 `sip:user:password@host`, deprecated but still written), coturn's
// `user=name:password` and Infobip API keys (`App <key>`; Infobip's API authentication docs).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, judgedExplicitPassword, judgedPassword } from '../judge/judge';
import { isExamplePassword } from '../judge/values';
import type { MatchContext, Rule, Verdict } from '../types';
import type { PositionalCall } from './positionalCall';
import { keywordOpensLine } from '../keywordGates';
import { isRandomKeyHex } from './keyMaterialChecks';
import { isChosenPin, isRandomMixedLetters } from './telecomChecks';

export const TELECOM_POSITIONAL_CALLS: readonly PositionalCall[] = [
  {
    call: String.raw`new AsteriskManager|require\(["']asterisk-manager["']\)`,
    keywords: ['new asteriskmanager(', "require('asterisk-manager')(", 'require("asterisk-manager")('],
    before: 3,
    example: (f) =>
      `const ami = new AsteriskManager(5038, 'pbx.corp.local', 'crm', '${f.alnum(12)}', true); require('asterisk-manager')('5038', 'localhost', 'admin', '${f.alnum(12)}', true); require("asterisk-manager")(5038, "pbx", "crm", "${f.alnum(12)}", true)`,
  },
  {
    call: String.raw`\bari\.connect`,
    keywords: ['ari.connect('],
    before: 2,
    example: (f) => `ari.connect('http://pbx.corp.local:8088', 'stasis', '${f.alnum(24)}')`,
  },
  {
    call: String.raw`ESLconnection|\besl\.Connection`,
    keywords: ['eslconnection(', 'esl.connection('],
    before: 2,
    example: (f) =>
      `con = ESL.ESLconnection('10.0.0.5', '8021', '${f.alnum(12)}'); const conn = new esl.Connection('127.0.0.1', 8021, '${f.alnum(12)}', onReady)`,
  },
  {
    call: String.raw`AuthCredInfo`,
    keywords: ['authcredinfo('],
    before: 4,
    example: (f) => `cred = pj.AuthCredInfo("digest", "*", "6001", 0, "${f.alnum(12)}")`,
  },
  {
    call: String.raw`\bpj\.AuthCred`,
    keywords: ['pj.authcred('],
    before: 2,
    example: (f) => `acc_cfg.auth_cred = [pj.AuthCred("*", "6001", "${f.alnum(12)}")]`,
  },
  {
    call: String.raw`\bFive9`,
    keywords: ['five9('],
    before: 1,
    example: (f) => `client = Five9('ops.admin@corp.io', '${f.alnum(12)}')`,
  },
  {
    call: String.raw`\bplatform\.login`,
    keywords: ['platform.login('],
    before: 2,
    example: (f) => `platform.login('+14155550100', '101', '${f.alnum(12)}')`,
  },
  {
    call: String.raw`get_client_credentials_token|loginClientCredentialsGrant`,
    keywords: ['get_client_credentials_token(', 'loginclientcredentialsgrant('],
    before: 1,
    example: (f) =>
      `api_client = ApiClient().get_client_credentials_token("${f.hex(8)}-${f.hex(4)}", "${f.base64url(43)}"); client.loginClientCredentialsGrant(clientId, '${f.base64url(43)}')`,
  },
];

const HEX32 = String.raw`[0-9A-Fa-f]{32}(?![0-9A-Za-z])`;

const judgePbxSecret = judgedPassword('secret in an Asterisk or FreeRADIUS config', false);
const judgeGrandstream = judgedPassword('password P-value in a Grandstream provisioning file', true);
const judgeSipUri = judgedPassword('password in a SIP URI', false);
const judgeTurnUser = judgedPassword("TURN user's password in turnserver.conf", false);
const judgeKamctlPassword = judgedPassword('database password in kamctlrc', false);
const judgeSipTester = judgedPassword('password given to SIPp -ap or sipsak -a', false);
const judgeSplitLogin = judgedPassword('password passed by position to a telephony login', true);
const judgeDeclaredPassword = judgedPassword('value a GenieACS provision declares for a password parameter', true);

/** An argument of a call, as ./positionalPasswords.ts reads one: a string, a name or member chain, a number. */
const CALL_ARG = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w$@.&>{}\[\]:-]{1,80})`;
/** A comma between arguments, or the call's opening, with the next argument on its own line. */
const ARG_BREAK = String.raw`[ \t]{0,4}(?:\r?\n[ \t]{0,40})?`;

/**
 * The telephony logins of TELECOM_POSITIONAL_CALLS written one argument a line (Genesys Cloud's
 * examples break `get_client_credentials_token(` so); the one-line form is password-positional-argument's.
 */
const POSITIONAL_SPLIT = new RegExp(
  String.raw`(?:${TELECOM_POSITIONAL_CALLS.map((c) => `(?:${c.call})\\(${ARG_BREAK}(?:${CALL_ARG}${ARG_BREAK},${ARG_BREAK}){${c.before}}`).join('|')})["'](?<secret>[^"'\n\\]{1,128})["']`,
);

/**
 * A PIN is typed on a keypad, so it is digits; a voicemail PIN or a desk phone's admin password
 * guards one mailbox or one device. Counted from 6 digits under such a name (4 and 5 are what
 * defaults and samples use, and what extensions look like); from 4 in voicemail.conf, where the
 * mailbox line's form says PIN, unless it repeats the mailbox number (a provisioning default).
 */
function pinVerdict(pin: string, minLength: number, context: MatchContext, what: string): Verdict | false {
  if (!isChosenPin(pin, minLength)) return false;
  return {
    confidence: context.file.docs || context.file.test ? 'low' : 'medium',
    why: `${what}: a numeric PIN of ${pin.length} digits, not a default or a pattern`,
  };
}

/**
 * An SMPP bind password (at most 8 characters in SMPP 3.4) may be random letters alone, which the
 * shared judge takes for a word in documentation; it still rejects placeholders and dummies.
 */
function judgedSmppPassword(form: string, explicit = false) {
  const judge = explicit ? judgedExplicitPassword(form) : judgedPassword(form, true);
  return (secret: string, match: string, context: MatchContext): Verdict | false => {
    const verdict = judge(secret, match, context);
    if (verdict !== false || !isRandomMixedLetters(secret) || isExamplePassword(secret)) return verdict;
    return { confidence: 'low', why: `${form}: random letters in both cases, as SMPP passwords are issued` };
  };
}

/** TR-069 / TR-181 parameters that hold a password (`ConnectionRequestPassword`, `KeyPassphrase`, `PreSharedKey`). */
const TR069_PASSWORD_PARAMETER = /(?:Password|Passphrase|PreSharedKey|Secret)$/i;
const DECLARED_PARAMETER = /declare\([ \t]{0,4}["'](?<param>[^"'\n]{1,200})["']/;

export const telecomVoipRules: readonly Rule[] = [
  {
    id: 'pbx-config-secret',
    title: 'Password or shared secret in an Asterisk (sip, iax, manager, pjsip) or FreeRADIUS clients config',
    provider: 'Telephony',
    keywords: ['secret', 'password'],
    // Also the database and CDR back ends' configs (res_odbc.conf `password =>`, cdr_pgsql.conf).
    paths:
      /(?:^|\/)(?:(?:sip|iax|manager|pjsip|ari)(?:[_.-][\w.-]{0,40})?|clients|(?:res|cdr|cel)_[a-z_]{2,30})\.conf$/,
    pattern:
      /^[ \t]{0,8}(?:secret|remotesecret|password)[ \t]{0,8}=>?[ \t]{0,8}(?<secret>[^\s;]{4,128})[ \t]{0,8}(?:;.{0,200})?$/,
    confidence: 'medium',
    envVar: 'SIP_PASSWORD',
    docs: 'https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/',
    risk: 'Registers as the extension or trunk (toll fraud on the account), logs in to the manager interface, or signs RADIUS exchanges.',
    validate: judgePbxSecret,
    examples: {
      embed: false,
      path: 'etc/asterisk/sip.conf',
      positives: (fake) => [
        `secret=carrier${fake.digits(5)}`,
        `secret = ${fake.alnum(12)}`,
        `password=Trunk${fake.digits(4)}!`,
        `\tsecret = Radius${fake.alnum(4)}${fake.digits(4)}`,
        `password => ${fake.alnum(10)}`,
      ],
      negatives: [
        { text: 'password => ${ODBC_PASSWORD}', why: 'a reference', path: 'etc/asterisk/res_odbc.conf' },
        { text: 'secret=mysecret', why: 'the sample config' },
        { text: 'secret = testing123', why: "FreeRADIUS's shipped default", path: 'raddb/clients.conf' },
        { text: 'secret=${SIP_SECRET}', why: 'a reference' },
        { text: 'secret=carrier31939', why: 'not a PBX or RADIUS config', path: 'config/app.ini' },
      ],
    },
  },
  {
    id: 'sip-digest-ha1',
    title: 'SIP digest HA1 stored for a user (Asterisk md5secret, pjsip md5_cred)',
    provider: 'Telephony',
    keywords: ['md5secret', 'md5_cred'],
    pattern: new RegExp(String.raw`(?:md5secret|md5_cred)[ \t]{0,8}=>?[ \t]{0,8}(?<secret>${HEX32})`, 'i'),
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SIP_PASSWORD',
    docs: 'https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/res_pjsip-Configuration-Examples/',
    risk: 'The HA1 answers digest challenges as the password does: whoever has it registers as the user.',
    validate: (secret) => isRandomKeyHex(secret),
    examples: {
      embed: false,
      path: 'etc/asterisk/pjsip.conf',
      positives: (fake) => [`md5_cred=${fake.hex(32)}`, `md5secret = ${fake.hex(32)}`],
      negatives: [
        { text: 'md5_cred=00112233445566778899aabbccddeeff', why: 'a counting run' },
        { text: 'md5_cred=', why: 'empty' },
      ],
    },
  },
  {
    id: 'sim-subscriber-key',
    title: 'SIM authentication key K or operator key OPc (Open5GS open5gs-dbctl, subscriber lists)',
    provider: 'Telephony',
    keywords: ['open5gs-dbctl', 'opc'],
    pattern: new RegExp(
      String.raw`(?:open5gs-dbctl[ \t]{1,4}add\w{0,20}[ \t]{1,4}\d{6,15}[ \t]{1,4}|opc(?:_key)?["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)(?<secret>${HEX32})`,
      'i',
    ),
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SIM_KI',
    docs: 'https://open5gs.org/open5gs/docs/tutorial/01-your-first-lte/',
    risk: "Clones the subscriber's SIM: K and OPc derive every session key of the mobile network's authentication.",
    validate: (secret) => isRandomKeyHex(secret),
    examples: {
      embed: false,
      path: 'config/subscribers.yaml',
      positives: (fake) => [
        `open5gs-dbctl add 001010000012345 ${fake.upperHex(32)} ${fake.upperHex(32)}`,
        `    opc: "${fake.upperHex(32)}"`,
      ],
      negatives: [
        {
          text: 'open5gs-dbctl add 001010123456780 00112233445566778899aabbccddeeff 00112233445566778899aabbccddeeff',
          why: 'a test card counting run',
        },
        { text: 'opc: "${SIM_OPC}"', why: 'a reference' },
      ],
    },
  },
  {
    id: 'sim-subscriber-k-after-imsi',
    title: "SIM authentication key K on the line after a subscriber's IMSI",
    provider: 'Telephony',
    keywords: ['imsi'],
    pattern: new RegExp(
      String.raw`imsi["']?[ \t]{0,4}[:=][ \t]{0,4}["']?\d{6,15}["']?,?[ \t]{0,4}\r?\n[ \t]{0,12}["']?(?:ki|k)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>${HEX32})`,
      'i',
    ),
    multiline: { maxSpan: 200 },
    confidence: 'medium',
    envVar: 'SIM_KI',
    docs: 'https://open5gs.org/open5gs/docs/tutorial/01-your-first-lte/',
    risk: "Clones the subscriber's SIM: K derives every session key of the mobile network's authentication.",
    validate: (secret) => isRandomKeyHex(secret),
    examples: {
      embed: false,
      path: 'config/subscribers.yaml',
      positives: (fake) => [`  - imsi: "001010000012345"\n    k: "${fake.upperHex(32)}"`],
      negatives: [{ text: '  - imsi: "001010000012345"\n    k: "${SIM_K}"', why: 'a reference' }],
    },
  },
  {
    id: 'grandstream-config-password',
    title: 'Password P-value in a Grandstream provisioning file (P2 admin, P34 SIP account, P196 user)',
    provider: 'Telephony',
    keywords: ['<p2>', '<p34>', '<p196>'],
    pattern: /<P(?<p>2|34|196)>(?<secret>[^<>\s]{4,64})<\/P\k<p>>/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SIP_PASSWORD',
    docs: 'https://www.grandstream.com/support/tools',
    risk: "Registers as the phone's SIP account or logs in to the phone's admin page.",
    validate: judgeGrandstream,
    examples: {
      embed: false,
      path: 'gs/cfg000b82d49782.xml',
      positives: (fake) => [
        `    <P34>${fake.alnum(12)}</P34>`,
        `<P2>${fake.alnum(10)}7</P2>`,
        `<P196>${fake.alnum(9)}2</P196>`,
      ],
      negatives: [
        { text: '<P35>6001</P35>', why: 'the SIP user id' },
        { text: '<P2>admin</P2>', why: "the phone's default" },
      ],
    },
  },
  {
    id: 'sip-uri-password',
    title: 'Password in a SIP URI (sip:user:password@host)',
    provider: 'Telephony',
    keywords: ['sip:', 'sips:'],
    pattern:
      /sips?:[A-Za-z0-9_.+~%-]{1,64}:(?<secret>[^@\s"'\/:;<>?]{4,64})@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SIP_PASSWORD',
    docs: 'https://www.rfc-editor.org/rfc/rfc3261#section-19.1.1',
    risk: 'Registers as the account on the SIP server: calls are billed to it.',
    validate: judgeSipUri,
    examples: {
      embed: false,
      path: 'config/trunks.yaml',
      positives: (fake) => [
        `    uri: "sip:674468029:${fake.alnum(18)}@gw1.sipgate.de:5060"`,
        `Contact: <sips:alice:${fake.alnum(14)}@pbx.corp.local>`,
      ],
      negatives: [
        { text: 'uri: "sip:alice@pbx.corp.local:5060"', why: 'no password' },
        { text: 'sip:user:password@host.com', why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'sip-tester-password',
    title: 'SIP digest password on a SIPp (-ap) or sipsak (-a) command line',
    provider: 'Telephony',
    // The flag, then the command named before it on the line (a pattern spanning both is costly to prove linear).
    keywords: ['-ap ', '-a '],
    pattern: /-ap?[ \t]{1,4}["']?(?<secret>[^\s"'$]{4,128})/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SIP_PASSWORD',
    docs: 'https://sipp.readthedocs.io/en/latest/',
    risk: 'Registers as the tested account: calls are billed to it.',
    validate: (secret, match, context) =>
      /\b(?:sipp|sipsak)[ \t](?:[^\n]{0,300}[ \t])?$/.test(
        context.line.slice(Math.max(0, context.matchIndex - 320), context.matchIndex),
      ) && judgeSipTester(secret, match, context),
    examples: {
      embed: false,
      path: 'loadtest/run.sh',
      positives: (fake) => [
        `sipp -sf uac_register.xml -au 6001 -ap ${fake.alnum(14)} -r 10 pbx.corp.local:5060`,
        `sipsak -U -s sip:6001@pbx.corp.local -a ${fake.alnum(12)}`,
      ],
      negatives: [
        { text: 'sipp -sn uac -aa -r 10 pbx.corp.local', why: 'auto-answer, no password' },
        { text: 'cp -a Tky1ZvEuSoSnm2 backup/', why: 'not a SIP tester' },
        { text: 'sipp -sf reg.xml -au 6001 -ap $SIP_PASSWORD pbx.corp.local', why: 'a reference' },
      ],
    },
  },
  {
    id: 'turnserver-user-password',
    title: "TURN user's password in coturn's turnserver.conf (user=name:password)",
    provider: 'Telephony',
    keywords: ['user'],
    paths: /(?:^|\/)turnserver\.conf$/,
    pattern: /^[ \t]{0,8}user[ \t]{0,4}=[ \t]{0,4}[^\s:#]{1,64}:(?<secret>[^\s#]{4,128})[ \t]{0,8}$/,
    // `user` stands in most lines of the file's comments (`user-quota`, `userdb`): only at a line's start.
    keywordGate: keywordOpensLine,
    confidence: 'medium',
    envVar: 'TURN_PASSWORD',
    docs: 'https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf',
    risk: 'Relays media through the TURN server as that user: bandwidth billed to its owner.',
    validate: judgeTurnUser,
    examples: {
      embed: false,
      path: 'etc/turnserver.conf',
      positives: (fake) => [`user=webrtc:${fake.alnum(16)}`],
      negatives: [
        { text: '#user=username1:password1', why: 'the sample, commented' },
        { text: 'user=webrtc:0x', why: 'too short' },
      ],
    },
  },
  {
    id: 'infobip-api-key',
    title: 'Infobip API key (App authorization scheme)',
    provider: 'Infobip',
    keywords: ['app ', 'apikeyheader'],
    pattern:
      /(?:App[ \t]{1,4}|APIKeyHeader["'][ \t]{0,4}:[ \t]{0,4}["'])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'INFOBIP_API_KEY',
    docs: 'https://www.infobip.com/docs/essentials/api-essentials/api-authentication',
    risk: "Sends SMS, voice and WhatsApp messages on the account's balance and reads its traffic.",
    examples: {
      embed: false,
      path: 'send.sh',
      positives: (fake) => [
        `  -H 'Authorization: App ${fake.hex(32)}-${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)}'`,
        `    api_key={"APIKeyHeader": "${fake.hex(32)}-${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)}"},`,
      ],
      negatives: [{ text: "-H 'Authorization: App <API_KEY>'", why: 'a placeholder' }],
    },
  },
  {
    id: 'voicemail-mailbox-pin',
    title: "Voicemail PIN on a mailbox line of Asterisk's voicemail.conf (mailbox => pin,name,email)",
    provider: 'Telephony',
    // A mailbox line has no word to key on: the rule reads every line of a voicemail.conf.
    keywords: [],
    paths: /(?:^|\/)voicemail(?:[_.-][\w.-]{0,40})?\.conf$/,
    wakesOnEveryLine: true,
    pattern: /^[ \t]{0,8}\d{1,16}[ \t]{0,8}=>?[ \t]{0,8}-?(?<secret>\d{4,12})[ \t]{0,8}(?:,|$)/,
    confidence: 'medium',
    envVar: 'VOICEMAIL_PIN',
    docs: 'https://docs.asterisk.org/Configuration/Applications/Voicemail/',
    risk: "Opens the mailbox from any phone: listens to the owner's messages, changes the greeting, and on some PBXes dials out from it.",
    validate: (secret, match, context) =>
      secret !== /\d+/.exec(match)![0] && pinVerdict(secret, 4, context, 'mailbox PIN in voicemail.conf'),
    examples: {
      embed: false,
      path: 'etc/asterisk/voicemail.conf',
      positives: (fake) => [
        `6001 => 7${fake.digits(5)},Alice,alice@corp.example,,attach=yes`,
        `  2017 => -8${fake.digits(3)},Front desk`,
        `7300 = 9${fake.digits(7)}`,
      ],
      negatives: [
        { text: '1234 => 4242,Example Mailbox,root@localhost', why: "the sample's PIN" },
        { text: '6001 => 6001,Alice,alice@corp.example', why: 'the mailbox number as its PIN: a provisioning default' },
        { text: '6002 => 123456,Bob', why: 'a run' },
        { text: 'maxmsg=100', why: 'a setting' },
        { text: '6001 => 7391,Alice', why: 'not voicemail.conf', path: 'etc/asterisk/extensions.conf' },
      ],
    },
  },
  {
    id: 'telephony-pin-setting',
    title:
      'Voicemail PIN or desk-phone admin password (FreeSWITCH vm-password, Polycom localAdminPassword, "Voicemail PIN:")',
    provider: 'Telephony',
    keywords: [
      'vm-password',
      'vm_password',
      'voicemail pin',
      'voicemail_pin',
      'voicemail password',
      'localadminpassword',
      'localuserpassword',
    ],
    pattern:
      /(?:vm[-_]password|voicemail[ _](?:pin|password)|local(?:admin|user)password)["']?(?:[ \t]{1,4}value)?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>\d{4,12})(?![\w.-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'VOICEMAIL_PIN',
    docs: 'https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Configuration/Configuring-FreeSWITCH/',
    risk: "Opens the user's mailbox from any phone, or the phone's admin menu (its SIP account and provisioning server).",
    validate: (secret, _match, context) => pinVerdict(secret, 6, context, 'voicemail PIN or phone admin password'),
    examples: {
      embed: false,
      path: 'conf/directory/default/1001.xml',
      positives: (fake) => [
        `      <param name="vm-password" value="8${fake.digits(5)}"/>`,
        `vm_password = 5${fake.digits(6)}`,
        `- Voicemail PIN: 4${fake.digits(7)}`,
        `voicemail_pin: "9${fake.digits(5)}"`,
        `Voicemail password: 3${fake.digits(6)}`,
        `<device device.set="1" device.auth.localAdminPassword.set="1" device.auth.localAdminPassword="7${fake.digits(6)}" />`,
        `device.auth.localUserPassword="2${fake.digits(5)}"`,
      ],
      negatives: [
        { text: '      <param name="vm-password" value="1001"/>', why: "FreeSWITCH's default: the extension" },
        { text: '- Voicemail PIN: 123456', why: 'a run' },
        { text: 'device.auth.localAdminPassword="456"', why: "Polycom's default" },
        { text: 'voicemail_pin: 121212', why: 'a repeated pair' },
        { text: 'vm-password: ${VM_PIN}', why: 'a reference' },
      ],
    },
  },
  {
    id: 'telecom-login-split-call',
    title:
      'Password passed by position to a telephony client login written one argument a line (Genesys Cloud, AMI, ARI, ESL)',
    provider: 'Telephony',
    keywords: TELECOM_POSITIONAL_CALLS.flatMap((c) => c.keywords),
    pattern: POSITIONAL_SPLIT,
    startsAtKeyword: true,
    multiline: { maxSpan: 600 },
    confidence: 'medium',
    envVar: 'SIP_PASSWORD',
    docs: 'https://developer.genesys.cloud/devapps/sdk/docexplorer/purecloudpython/',
    risk: 'Logs in to the PBX, switch or contact-centre platform as the account the call names.',
    // One line: password-positional-argument's.
    validate: (secret, match, context) => match.includes('\n') && judgeSplitLogin(secret, match, context),
    examples: {
      embed: false,
      path: 'genesys_export.py',
      // Each documented one-line example, one argument a line.
      positives: (fake) =>
        TELECOM_POSITIONAL_CALLS.flatMap((c) =>
          c
            .example(fake)
            .split('; ')
            .map((one) => {
              const open = new RegExp(`(?:${c.call})\\(`).exec(one)!;
              const at = open.index + open[0].length;
              return one.slice(0, at) + '\n    ' + one.slice(at).replace(/,\s*/g, ',\n    ');
            }),
        ),
      negatives: [
        {
          text: 'api_client = ApiClient().get_client_credentials_token(\n    os.environ["GENESYS_CLIENT_ID"],\n    os.environ["GENESYS_CLIENT_SECRET"],\n)',
          why: 'read from the environment',
        },
        { text: "ari.connect(\n    'http://pbx.corp.local:8088',\n    user,\n    password,\n)", why: 'variables' },
      ],
    },
  },
  {
    id: 'ringcentral-sdk-client-secret',
    title: "RingCentral client secret passed to the SDK's constructor (SDK(clientId, clientSecret, server))",
    provider: 'RingCentral',
    keywords: ['ringcentral.com'],
    pattern: new RegExp(
      String.raw`\bSDK\([ \t]{0,4}${CALL_ARG}[ \t]{0,4},[ \t]{0,4}["'](?<secret>[^"'\n\\]{16,128})["'][ \t]{0,4},[ \t]{0,4}["']https://platform(?:\.devtest)?\.ringcentral\.com`,
    ),
    confidence: 'medium',
    envVar: 'RINGCENTRAL_CLIENT_SECRET',
    docs: 'https://developers.ringcentral.com/guide/authentication/jwt/quick-start',
    risk: "With the app's JWT or a user's password, gets access tokens as the app: calls, SMS, fax and call logs.",
    validate: (secret, match, context) =>
      judgeCandidate({
        name: 'clientSecret',
        value: secret,
        quoted: true,
        context,
        nameStart: context.matchIndex,
        valueEnd: context.matchIndex + match.length,
        kind: 'secret',
        form: 'client secret passed to the RingCentral SDK',
      }),
    examples: {
      embed: false,
      path: 'scripts/ringcentral_sms.py',
      positives: (fake) => [
        `rcsdk = SDK('${fake.alnum(22)}', '${fake.alnum(40)}', 'https://platform.ringcentral.com')`,
        `sdk = SDK("${fake.alnum(22)}", "${fake.alnum(32)}", "https://platform.devtest.ringcentral.com")`,
      ],
      negatives: [
        {
          text: "rcsdk = SDK(os.environ['RC_CLIENT_ID'], os.environ['RC_CLIENT_SECRET'], 'https://platform.ringcentral.com')",
          why: 'read from the environment',
        },
        {
          text: "rcsdk = SDK('RC_APP_CLIENT_ID', 'RC_APP_CLIENT_SECRET', 'https://platform.ringcentral.com')",
          why: 'placeholders',
        },
      ],
    },
  },
  {
    id: 'genieacs-declared-password',
    title: 'Password declared for a CPE parameter in a GenieACS provision script (declare(path, timestamps, {value}))',
    provider: 'Telephony',
    keywords: ['declare('],
    pattern:
      /declare\([ \t]{0,4}["'][^"'\n]{1,200}["'][ \t]{0,4},[ \t]{0,4}(?:\{[^{}\n]{0,100}\}|null|undefined)[ \t]{0,4},[ \t]{0,4}\{[ \t]{0,4}value[ \t]{0,4}:[ \t]{0,4}\[?[ \t]{0,4}["'](?<secret>[^"'\n\\]{1,128})["']/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'CPE_PASSWORD',
    docs: 'https://docs.genieacs.com/en/latest/provisions.html',
    risk: 'Sets the password of every CPE the provision runs on: whoever has it logs in to those routers or sends them connection requests.',
    // The parameter's last segment says password (TR-098/TR-181 names); its value is then one.
    validate: (secret, match, context) =>
      TR069_PASSWORD_PARAMETER.test(DECLARED_PARAMETER.exec(match)?.groups?.['param'] ?? '') &&
      judgeDeclaredPassword(secret, match, context),
    examples: {
      embed: false,
      path: 'provisions/default.js',
      positives: (fake) => [
        `declare('InternetGatewayDevice.ManagementServer.ConnectionRequestPassword', { value: now }, { value: '${fake.alnum(14)}' });`,
        `declare("Device.WiFi.AccessPoint.1.Security.KeyPassphrase", {value: 1}, {value: ["${fake.alnum(16)}", "xsd:string"]});`,
      ],
      negatives: [
        {
          text: "declare('InternetGatewayDevice.ManagementServer.PeriodicInformInterval', { value: now }, { value: '300' });",
          why: 'not a password parameter',
        },
        {
          text: "declare('Device.ManagementServer.ConnectionRequestPassword', { value: now }, { value: args[0] });",
          why: 'a variable',
        },
        { text: 'declare(strict_types=1);', why: "PHP's declare" },
      ],
    },
  },
  {
    id: 'smpp-bind-password',
    title: 'SMPP bind password beside its system_id (smpplib bind_transceiver, node-smpp bind options)',
    provider: 'Telephony',
    keywords: ['system_id'],
    pattern:
      /system_id["']?[ \t]{0,4}[:=][ \t]{0,4}(?:"[^"\n]{1,40}"|'[^'\n]{1,40}'|[\w.$]{1,80})[ \t]{0,4},?[ \t]{0,4}(?:\r?\n[ \t]{0,40})?["']?password["']?[ \t]{0,4}[:=][ \t]{0,4}["'](?<secret>[^"'\s\\]{1,64})["']/,
    startsAtKeyword: true,
    multiline: { maxSpan: 300 },
    confidence: 'medium',
    envVar: 'SMPP_PASSWORD',
    docs: 'https://smpp.org/SMPP_v3_4_Issue1_2.pdf',
    risk: "Binds to the SMSC as the account: sends SMS (and OTPs) on the account's balance and under its sender ids.",
    validate: judgedSmppPassword('password of an SMPP bind'),
    examples: {
      embed: false,
      path: 'gateway/smpp_client.py',
      positives: (fake) => [
        `client.bind_transceiver(system_id='acme_otp', password='${fake.alnum(8)}')`,
        `session.bind_transceiver({\n    system_id: 'notify',\n    password: '${['eW', 'qtPv', 'R'].join('')}',`,
      ],
      negatives: [
        {
          text: "client.bind_transceiver(system_id=os.environ['SMPP_SYSTEM_ID'], password=os.environ['SMPP_PASSWORD'])",
          why: 'read from the environment',
        },
        { text: "client.bind_transceiver(system_id='acme', password='password')", why: 'a placeholder' },
        {
          // Built at run time: in this source file the word would read as a password.
          text: `session.bind_transceiver({ system_id: 'notify', password: '${'Car' + 'rier'}' })`,
          why: 'a capitalised word',
          path: 'docs/smpp.md',
        },
      ],
    },
  },
  {
    id: 'jasmin-jcli-password',
    title: "Password typed at Jasmin's jcli prompt (> password ..., smppccm and user setup)",
    provider: 'Telephony',
    keywords: ['> password'],
    pattern: /^[ \t]{0,8}> password[ \t]{1,4}(?<secret>\S{4,64})[ \t]{0,8}$/,
    confidence: 'medium',
    envVar: 'SMPP_PASSWORD',
    docs: 'https://docs.jasminsms.com/en/latest/management/jcli/modules.html',
    risk: "Binds to the carrier's SMSC as the connector, or logs in to Jasmin's HTTP API as the user: SMS on the account's balance.",
    validate: judgedSmppPassword("password typed at Jasmin's jcli", true),
    examples: {
      embed: false,
      path: 'ops/jasmin_setup.txt',
      positives: (fake) => [`> password ${fake.alnum(8)}`, `> password ${['hK', 'wmR', 'tq'].join('')}`],
      negatives: [
        { text: '> password expired for the admin account', why: 'prose in a quote' },
        { text: '> password <your-password>', why: 'a placeholder' },
        { text: '> password ${JCLI_PASSWORD}', why: 'a reference' },
      ],
    },
  },
  {
    id: 'ami-login-secret',
    title: 'Asterisk manager (AMI) login secret in a raw session (Action: Login ... Secret:)',
    provider: 'Telephony',
    keywords: ['action: login'],
    pattern:
      /Action:[ \t]{0,4}Login[ \t]{0,8}\r?\n(?:[A-Za-z-]{1,30}:[^\n]{0,100}\r?\n){0,4}Secret:[ \t]{0,4}(?<secret>\S{1,128})/i,
    startsAtKeyword: true,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'AMI_SECRET',
    docs: 'https://docs.asterisk.org/Asterisk_22_Documentation/API_Documentation/AMI_Actions/Login/',
    risk: "Logs in to the PBX's manager interface: originates calls (toll fraud), listens to events, reloads its configuration.",
    validate: judgedExplicitPassword('secret of an Asterisk manager (AMI) login'),
    examples: {
      embed: false,
      path: 'docs/ami-test.md',
      positives: (fake) => [
        `Action: Login\nUsername: admin\nSecret: ${fake.alnum(14)}`,
        `action: login\r\nActionID: 1\r\nUsername: crm\r\nSecret: ${fake.alnum(16)}`,
      ],
      negatives: [
        { text: 'Action: Login\nUsername: admin\nSecret: <secret>', why: 'a placeholder' },
        { text: 'Action: Login\nUsername: admin\nSecret: ${AMI_SECRET}', why: 'a reference' },
      ],
    },
  },
  {
    id: 'login-call-secret',
    title: 'Secret passed by name to a login call (login(username=..., secret=...), as asterisk-ami logs in)',
    provider: 'Telephony',
    keywords: ['.login('],
    pattern:
      /\.login\([ \t]{0,4}(?:username[ \t]{0,4}=[ \t]{0,4}(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|[\w.]{1,80})[ \t]{0,4},[ \t]{0,4})?secret[ \t]{0,4}=[ \t]{0,4}["'](?<secret>[^"'\n\\]{1,128})["']/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'AMI_SECRET',
    docs: 'https://pypi.org/project/asterisk-ami/',
    risk: "Logs in as the user: for Asterisk's manager interface, originates calls (toll fraud) and reloads the PBX.",
    // A secret a login call takes is the password it logs in with.
    validate: judgedPassword('secret passed to a login call', true),
    examples: {
      embed: false,
      path: 'tools/click2call.py',
      positives: (fake) => [
        `client.login(username='admin', secret='${fake.alnum(10)}_${fake.digits(3)}')`,
        `client.login(secret="${fake.alnum(16)}")`,
      ],
      negatives: [
        { text: "client.login(username='admin', secret=os.environ['AMI_SECRET'])", why: 'read from the environment' },
        { text: "client.login(username='admin', secret='<ami-secret>')", why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'sipp-authentication-password',
    title: 'Password in a SIPp [authentication] keyword (scenario or injection file)',
    provider: 'Telephony',
    keywords: ['[authentication'],
    pattern:
      /\[authentication[ \t]{1,4}(?:username=[^\s\]]{1,64}[ \t]{1,4})?password=(?<secret>[^\s[\]]{1,64})(?=[ \t\]])/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SIP_PASSWORD',
    docs: 'https://sipp.readthedocs.io/en/latest/scenarios/keywords.html',
    risk: 'Registers as the tested account: calls are billed to it.',
    validate: judgedPassword('password in a SIPp [authentication] keyword', false),
    examples: {
      embed: false,
      path: 'loadtest/users.csv',
      positives: (fake) => [
        `6001;pbx.corp.example;[authentication username=6001 password=${fake.alnum(6)}_${fake.digits(2)}]`,
        `<![CDATA[ [authentication password=${fake.alnum(12)}] ]]>`,
      ],
      negatives: [
        { text: '[authentication username=[field0] password=[field3]]', why: 'fields of the injection file' },
        { text: '[authentication username=joe password=schmo]', why: "SIPp's documented example" },
      ],
    },
  },
  {
    id: 'kamctlrc-db-password',
    title: "Database password in Kamailio's kamctlrc or OpenSIPS's opensipsctlrc (DBRWPW, DBROPW, DBROOTPW)",
    provider: 'Telephony',
    keywords: ['dbrwpw', 'dbropw', 'dbrootpw'],
    paths: /(?:^|\/)(?:kamctlrc|opensipsctlrc)$/,
    pattern: /^[ \t]{0,8}DB(?:RW|RO|ROOT)PW[ \t]{0,4}=[ \t]{0,4}["']?(?<secret>[^"'\s#]{1,64})["']?[ \t]{0,8}$/,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://www.kamailio.org/docs/tutorials/devel/kamailio-install-guide-git/',
    risk: "Logs in to the SIP proxy's database: subscribers' credentials (HA1), routing and location tables.",
    // The shipped kamctlrc and opensipsctlrc set `kamailiorw`/`kamailioro` (`opensipsrw`/`opensipsro`).
    validate: (secret, match, context) =>
      !/^(?:kamailio|opensips)r[wo]$/.test(secret) && judgeKamctlPassword(secret, match, context),
    examples: {
      embed: false,
      path: 'etc/kamailio/kamctlrc',
      positives: (fake) => [
        `DBRWPW="${fake.lower(4)}${fake.digits(3)}"`,
        `DBROPW=${fake.alnum(12)}`,
        `DBROOTPW="${fake.alnum(14)}"`,
      ],
      negatives: [
        { text: 'DBRWPW="kamailiorw"', why: 'the shipped default' },
        { text: '# DBROPW="kamailioro"', why: 'the shipped default, commented' },
        { text: 'DBRWPW="voip123"', why: 'not a kamctlrc', path: 'etc/kamailio/kamailio.cfg' },
      ],
    },
  },
];
