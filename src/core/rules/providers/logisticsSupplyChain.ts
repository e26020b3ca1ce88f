// Credentials of shipping, EDI and warehouse systems (logistics-supply-chain corpus), where the
// carrier's or standard's documented form says what the value is:
// - UPS's legacy Access License Number (the "access key" of the XML and JSON APIs, 16 characters)
//   under its element or field name;
// - X12: the interchange password of an ISA segment (ISA03 qualifier `01` = password, ISA04 its ten
//   characters) and an `isa04` setting of a trading-partner configuration;
// - OFTP2 (ODETTE, RFC 5024): the session and file passwords (`SSIDPswd`, `SFIDPswd`), at most
//   eight characters, upper case as the protocol writes them;
// - Zebra printers' Set-Get-Do commands that set a wireless secret (`setvar "wlan.wpa.psk" "..."`,
//   the 802.1x passwords);
// - eBay's Cert ID (the application's client secret: `PRD-`/`SBX-`, 12 hex, four groups of 4);
// - an API endpoint's `?key=` query parameter holding random hex (OptimoRoute, many REST APIs): the
//   bare-key rule reads a hex `key` as a digest, which a key in an API URL is not;
// - Sendcloud's API public key (the Basic user half of the public/secret pair Sendcloud issues).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedExplicitPassword } from '../judge/judge';
import { lineBefore } from '../lineReach';
import { isLowVariety, isPlaceholder } from '../placeholders';
import type { MatchContext, Rule, Verdict } from '../types';
import { hasLetterAndDigit } from '../valueChecks';
import { isRandomKeyHex } from './keyMaterialChecks';

/** Upper-case words that stand in for a code (`PASSWORD`, `CHANGEME`) rather than being one. */
const CODE_STAND_IN =
  /^(?:PASSWORD\d{0,2}|PASSWD|CHANGEME|SECRET|DEFAULT|NONE|NULL|UNKNOWN|TEST\w{0,4}|ADMIN\w{0,4})$/i;

/**
 * A short code issued or set by a trading partner (an X12 ISA04, an OFTP password): upper-case
 * letters and digits count as they stand, where elsewhere an all-capitals word reads as a constant;
 * other values are judged as a password written in its own field.
 */
function judgeCode(form: string) {
  const judgePassword = judgedExplicitPassword(form);
  return (secret: string, match: string, context: MatchContext): boolean | Verdict => {
    const code = secret.trim();
    if (code.length < 4 || CODE_STAND_IN.test(code) || isPlaceholder(code) || isLowVariety(code)) return false;
    if (/^[A-Z0-9]{6,10}$/.test(code)) return { why: form };
    return judgePassword(code, match, context);
  };
}

const judgeIsa = judgeCode('X12 interchange password (ISA04)');
const judgeOftp = judgeCode('OFTP2 session or file password');
const judgeZebra = judgedExplicitPassword('wireless secret set on a Zebra printer');

function judgeLicense(secret: string): boolean | Verdict {
  return (
    hasLetterAndDigit(secret) &&
    !isPlaceholder(secret) &&
    !isLowVariety(secret) && { why: 'UPS access key: with the account login it calls the carrier API' }
  );
}

function judgeEbayCert(secret: string): boolean | Verdict {
  const hex = secret.slice(4).replace(/-/g, '');
  return new Set(hex).size >= 8 && !isLowVariety(hex) && { why: 'eBay application Cert ID (the client secret)' };
}

/** `https://host[:port]/path` ending where the query starts: an API endpoint by host or path. */
const API_URL =
  /^https?:\/\/(?<host>[A-Za-z0-9.-]{1,253})(?::\d{1,5})?(?<path>\/[^\s?#"'<>]{0,300})?(?:\?[^\s#"'<>]{0,300})?$/;
const API_HOST = /^api[.-]|\.api\./i;
const API_PATH = /\/(?:api|rest)(?:\/|$)|\/v\d{1,2}(?:\.\d{1,2})?(?:\/|$)/i;
const DOCUMENTATION_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|invalid|test|localhost))$/i;

function judgeUrlKey(secret: string, _match: string, context: MatchContext): boolean | Verdict {
  if (!isRandomKeyHex(secret)) return false;
  const before = lineBefore(context);
  const scheme = before.lastIndexOf('http');
  if (scheme < 0) return false;
  const url = API_URL.exec(before.slice(scheme));
  const host = url?.groups?.['host'];
  if (!host || DOCUMENTATION_HOST.test(host)) return false;
  if (!API_HOST.test(host) && !API_PATH.test(url.groups?.['path'] ?? '')) return false;
  return { why: `an API key in the query of ${host}` };
}

function judgeSendcloud(secret: string): boolean | Verdict {
  return isRandomKeyHex(secret) && { why: 'Sendcloud API public key: the Basic user half of the key pair' };
}

const OFTP_NAMES = ['ssid', 'sfid'].flatMap((id) =>
  ['pswd', 'password', 'passwd', 'pwd'].flatMap((word) => [`${id}${word}`, `${id}_${word}`, `${id}-${word}`]),
);

export const logisticsSupplyChainRules: readonly Rule[] = [
  {
    id: 'ups-access-license-number',
    title: 'UPS Access License Number (the access key of the legacy XML and JSON APIs)',
    provider: 'UPS',
    keywords: ['accesslicensenumber'],
    pattern: /AccessLicenseNumber(?:>|["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)(?<secret>[0-9A-Z]{16})(?![0-9A-Za-z_])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'UPS_ACCESS_LICENSE_NUMBER',
    docs: 'https://developer.ups.com/oauth-developer-guide',
    risk: 'With the account user and password beside it, rates, ships and voids labels billed to the shipper account.',
    validate: judgeLicense,
    examples: {
      embed: false,
      positives: (fake) => [
        `  <AccessLicenseNumber>${fake.upperHex(14)}7D</AccessLicenseNumber>`,
        `"UPSSecurity": { "ServiceAccessToken": { "AccessLicenseNumber": "${fake.upperHex(14)}A3" } },`,
        `AccessLicenseNumber: ${fake.upperHex(14)}C9`,
      ],
      negatives: [
        { text: '<AccessLicenseNumber>${UPS_ACCESS_KEY}</AccessLicenseNumber>', why: 'a reference' },
        { text: '<AccessLicenseNumber>YOUR_ACCESS_KEY</AccessLicenseNumber>', why: 'a placeholder' },
        { text: '"AccessLicenseNumber": "XXXXXXXXXXXXXXXX"', why: 'masked' },
      ],
    },
  },
  {
    id: 'x12-isa-interchange-password',
    title: 'X12 interchange password (ISA segment with ISA03 = 01, the password in ISA04)',
    provider: 'ASC X12',
    keywords: ['isa*', 'isa|', 'isa^'],
    pattern: /ISA[*|^]\d{2}[*|^][^*|^\n]{10}[*|^]01[*|^](?<secret>[^*|^\n]{10})[*|^]/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'X12_ISA04_PASSWORD',
    docs: 'https://x12.org/resources/glossary',
    risk: 'Authenticates the interchange to the trading partner or VAN that checks it: whoever has it sends documents as the sender.',
    validate: judgeIsa,
    examples: {
      embed: false,
      path: 'edi/outbound/850_000311.x12',
      positives: (fake) => [
        `ISA*00*          *01*${fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}*ZZ*ACMELOG        *ZZ*TARGET         *261207*1130*U*00401*000000311*0*P*>~`,
        `ISA|00|          |01|Dock${fake.digits(4)}! |ZZ|ACMELOG        |12|8005551234     |261207|1130|U|00401|000000312|0|P|^`,
        `ISA^00^          ^01^${fake.alnum(10)}^ZZ^ACMELOG        ^ZZ^KROGER         ^261207^1130^U^00401^000000313^0^P^>`,
      ],
      negatives: [
        {
          text: 'ISA*00*          *00*          *ZZ*ACMELOG        *ZZ*TARGET         *261207*1130*U*00401*000000311*0*P*>~',
          why: 'no security information (qualifier 00)',
        },
        {
          text: 'ISA*00*          *01*PASSWORD  *ZZ*ACMELOG        *ZZ*TARGET         *261207*1130*U*00401*000000311*0*P*>~',
          why: 'a stand-in',
        },
      ],
    },
  },
  {
    id: 'x12-isa04-setting',
    title: 'X12 ISA04 security information (the interchange password) in a trading-partner setting',
    provider: 'ASC X12',
    keywords: ['isa04', 'isa_04', 'isa-04'],
    pattern: /isa[_-]?04[\w-]{0,40}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>[^\s"',;]{4,10})(?=["',;\s]|$)/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'X12_ISA04_PASSWORD',
    docs: 'https://x12.org/resources/glossary',
    risk: 'Authenticates the interchange to the trading partner or VAN that checks it: whoever has it sends documents as the sender.',
    validate: judgeIsa,
    examples: {
      embed: false,
      positives: (fake) => [
        `  "isa04_security_info": "${fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}",`,
        `ISA_04=${fake.alnum(10)}`,
        `  isa-04-password: Pallet${fake.digits(3)}`,
      ],
      negatives: [
        { text: '  "isa04_security_info": "          ",', why: 'blank' },
        { text: 'ISA04=${ISA_PASSWORD}', why: 'a reference' },
        { text: '  "isa04_security_info": "PASSWORD",', why: 'a stand-in' },
      ],
    },
  },
  {
    id: 'oftp-session-password',
    title: 'OFTP2 session or file password (SSIDPswd, SFIDPswd)',
    provider: 'ODETTE',
    keywords: OFTP_NAMES,
    pattern:
      /s[sf]id[_-]?(?:pswd|password|passwd|pwd)(?:>|["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)(?<secret>[^\s"'<>,;]{1,8})(?=["'<,;\s]|$)/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'OFTP_SSID_PASSWORD',
    docs: 'https://www.rfc-editor.org/rfc/rfc5024#section-5.3.2',
    risk: 'Logs in to the trading partner as this Odette ID: whoever has it sends and receives files in its name.',
    validate: judgeOftp,
    examples: {
      embed: false,
      positives: (fake) =>
        OFTP_NAMES.map((name, i) =>
          i % 2 === 0
            ? `  <${name}>${fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ', 8)}</${name}>`
            : `${name}=${fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8)}`,
        ),
      negatives: [
        { text: '  <ssidPassword>${OFTP_PASSWORD}</ssidPassword>', why: 'a reference' },
        { text: '  <ssidPassword>PASSWORD</ssidPassword>', why: 'a stand-in' },
        { text: 'sfid_password=AAAAAAAA', why: 'one character repeated' },
      ],
    },
  },
  {
    id: 'zebra-sgd-wireless-secret',
    title: 'Wireless secret set on a Zebra printer (SGD setvar "wlan.wpa.psk", 802.1x passwords)',
    provider: 'Zebra',
    keywords: ['setvar'],
    pattern:
      /setvar[ \t]{1,4}"(?:wlan\.[\w.]{0,40}(?:psk|password|passwd)|[\w.]{0,40}\.(?:password|passwd))"[ \t]{1,4}"(?<secret>[^"\r\n]{1,64})"/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'ZEBRA_WLAN_PSK',
    docs: 'https://docs.zebra.com/us/en/printers/software/zpl-pg/c-zpl-sgd-commands.html',
    risk: 'Joins the warehouse wireless network the printer is on: scanners, printers and the systems behind them.',
    validate: judgeZebra,
    examples: {
      embed: false,
      path: 'provisioning/zebra_wlan.txt',
      positives: (fake) => [
        `! U1 setvar "wlan.wpa.psk" "${fake.alnum(18)}"`,
        `! U1 setvar "wlan.8021x.peap.password" "Forklift_${fake.digits(3)}"`,
      ],
      negatives: [
        { text: '! U1 setvar "wlan.essid" "ACME-WH-SCAN"', why: 'a network name' },
        { text: '! U1 setvar "wlan.wpa.psk" ""', why: 'empty' },
        { text: '! U1 getvar "wlan.wpa.psk"', why: 'a read' },
      ],
    },
  },
  {
    id: 'ebay-cert-id',
    title: 'eBay application Cert ID (client secret: PRD- or SBX-, 12 hex, four groups of 4)',
    provider: 'eBay',
    keywords: ['prd-', 'sbx-'],
    pattern: /(?<![\w-])(?<secret>(?:PRD|SBX)-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})(?![\w-])/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'EBAY_CERT_ID',
    docs: 'https://developer.ebay.com/api-docs/static/oauth-credentials.html',
    risk: "With the App ID, mints application and user tokens for the seller's eBay account: listings, orders and payouts.",
    validate: judgeEbayCert,
    examples: {
      positives: (fake) => [
        `PRD-${fake.hex(12)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}`,
        `SBX-${fake.hex(12)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}`,
      ],
      negatives: [
        {
          text: (fake) => `appid: AcmeLogi-Fulfil-PRD-${fake.hex(9)}-${fake.hex(8)}`,
          why: 'an App ID (the client id)',
        },
        { text: 'certid: PRD-000000000000-0000-0000-0000-0000', why: 'zeros' },
      ],
    },
  },
  {
    id: 'api-url-key-query-hex',
    title: 'Random hex API key in the key= query parameter of an API endpoint URL',
    provider: 'Generic',
    keywords: ['?key=', '&key='],
    pattern: /[?&]key=(?<secret>[0-9a-fA-F]{32,64})(?![\w-])/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html#api-keys',
    risk: 'Calls the API as the account the key was issued to, wherever the URL is pasted or logged.',
    validate: judgeUrlKey,
    examples: {
      embed: false,
      positives: (fake) => [
        `curl -s -X POST "https://api.optimoroute.com/v1/create_order?key=${fake.hex(56)}"`,
        `fetch(\`https://routes.acme-logistics.com/api/plan?date=\${day}&key=${fake.hex(32)}\`)`,
      ],
      negatives: [
        {
          text: (fake) => `https://cdn.acme-logistics.com/assets/app.js?key=${fake.hex(40)}`,
          why: 'a cache key on a static asset, not an API endpoint',
        },
        {
          text: (fake) => `curl "https://api.example.com/v1/orders?key=${fake.hex(32)}"`,
          why: 'a documentation host',
        },
        { text: 'https://api.acme-logistics.com/v1/orders?key=00000000000000000000000000000000', why: 'zeros' },
      ],
    },
  },
  {
    id: 'sendcloud-api-public-key',
    title: 'Sendcloud API public key (the Basic user half of the public/secret key pair)',
    provider: 'Sendcloud',
    keywords: ['sendcloud'],
    pattern:
      /sendcloud[_-]?(?:api[_-]?)?public[_-]?key["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}["']?(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SENDCLOUD_PUBLIC_KEY',
    docs: 'https://sendcloud.dev/docs/getting-started/authentication/',
    risk: 'With the secret key issued beside it, creates parcels and labels billed to the Sendcloud account.',
    validate: judgeSendcloud,
    examples: {
      embed: false,
      positives: (fake) => [
        `SENDCLOUD_PUBLIC_KEY = "${fake.hex(32)}"`,
        `  'sendcloud_api_public_key' => '${fake.hex(32)}',`,
        `sendcloudPublicKey: ${fake.hex(32)}`,
      ],
      negatives: [
        { text: 'SENDCLOUD_PUBLIC_KEY = os.environ["SENDCLOUD_PUBLIC_KEY"]', why: 'read from the environment' },
        { text: 'SENDCLOUD_PUBLIC_KEY = "00000000000000000000000000000000"', why: 'zeros' },
      ],
    },
  },
];
