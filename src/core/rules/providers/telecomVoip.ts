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
import { shannonEntropy } from '../../entropy';
import { judgedPassword } from '../judge/judge';
import type { Rule } from '../types';
import type { PositionalCall } from './positionalCall';

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

/**
 * Hex a generator drew, not a test card's counting run (`00112233445566778899aabbccddeeff`): most
 * neighbouring digits neither repeat nor count up by one, and the digits are mixed.
 */
function isRandomHex(value: string): boolean {
  let steps = 0;
  for (let i = 1; i < value.length; i++) {
    const d = parseInt(value[i]!, 16) - parseInt(value[i - 1]!, 16);
    if (d === 0 || d === 1) steps++;
  }
  return steps * 2 < value.length && shannonEntropy(value) >= 3;
}

const HEX32 = String.raw`[0-9A-Fa-f]{32}(?![0-9A-Za-z])`;

const judgePbxSecret = judgedPassword('secret in an Asterisk or FreeRADIUS config', false);
const judgeGrandstream = judgedPassword('password P-value in a Grandstream provisioning file', true);
const judgeSipUri = judgedPassword('password in a SIP URI', false);
const judgeTurnUser = judgedPassword("TURN user's password in turnserver.conf", false);
const judgeSipTester = judgedPassword('password given to SIPp -ap or sipsak -a', false);

export const telecomVoipRules: readonly Rule[] = [
  {
    id: 'pbx-config-secret',
    title: 'Password or shared secret in an Asterisk (sip, iax, manager, pjsip) or FreeRADIUS clients config',
    provider: 'Telephony',
    keywords: ['secret', 'password'],
    paths: /(?:^|\/)(?:(?:sip|iax|manager|pjsip|ari)(?:[_.-][\w.-]{0,40})?|clients)\.conf$/,
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
      ],
      negatives: [
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
    validate: (secret) => isRandomHex(secret),
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
    validate: (secret) => isRandomHex(secret),
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
    validate: (secret) => isRandomHex(secret),
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
];
