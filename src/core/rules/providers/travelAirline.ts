// Credentials of travel and airline IT (travel-airline corpus), where the GDS's or the API's documented
// form says what the value is:
// - Amadeus web services' `Security_Authenticate`: the password as `<binaryData>` (base64) inside
//   `<passwordInfo>`, after its `<dataLength>` and `<dataType>`;
// - Travelport Universal API's Basic credential: user names are `Universal API/uAPI...` (with a space,
//   which a generic Basic check takes for prose), so the header's base64 opens with that text's;
// - Sabre APIs' token credential: base64 of `base64(client id):base64(secret)`, the client id
//   `V1:<user>:<group>:<domain>`; and a Sabre client secret (8 characters) under a Sabre name;
// - Hotelbeds APItude's 10-character secret under a Hotelbeds name;
// - Transport for London's unified API `app_key` (32 hex) under a TfL name;
// - a device's admin or maintenance PIN in its settings (check-in kiosks, terminals, panels): a
//   PIN chosen by the operator (6 digits or more, not a run or a repeat) under such a name.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { judgedExplicitPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { decodeBase64Text } from '../valueChecks';
import { isRandomKeyHex } from './keyMaterialChecks';
import { isChosenPin } from './telecomChecks';

const judgeAmadeusPassword = judgedExplicitPassword('Amadeus Security_Authenticate password (base64-decoded)');
const judgeUapiPassword = judgedExplicitPassword('Travelport Universal API password (Basic, base64-decoded)');

/** Printable ASCII without blanks: what a decoded password or secret is. */
const PRINTABLE = /^[\x21-\x7e]{4,128}$/;

/** The password `binaryData` holds (base64 of it), judged as a password. */
function judgeAmadeus(secret: string, match: string, context: MatchContext): Verdict | false {
  const decoded = decodeBase64Text(secret);
  if (decoded === undefined || !PRINTABLE.test(decoded)) return false;
  return judgeAmadeusPassword(decoded, match, context);
}

/** `Universal API/<user>:<password>` decoded from the header's credential; the password judged. */
function judgeUapiBasic(secret: string, match: string, context: MatchContext): Verdict | false {
  const decoded = decodeBase64Text(secret);
  if (decoded === undefined || !decoded.startsWith('Universal API/')) return false;
  const colon = decoded.indexOf(':');
  if (colon < 15) return false;
  const password = decoded.slice(colon + 1);
  if (!PRINTABLE.test(password)) return false;
  return judgeUapiPassword(password, match, context);
}

/** base64(base64(`V1:user:group:domain`) `:` base64(secret)), as Sabre's token calls take it. */
function judgeSabreBasic(secret: string): Verdict | false {
  const outer = decodeBase64Text(secret);
  const colon = outer?.indexOf(':') ?? -1;
  if (outer === undefined || colon < 8) return false;
  const clientId = decodeBase64Text(outer.slice(0, colon));
  const clientSecret = decodeBase64Text(outer.slice(colon + 1));
  if (clientId === undefined || clientSecret === undefined) return false;
  if (!/^V1:[\w.-]{1,40}:[\w.-]{1,40}:[\w.-]{1,40}$/.test(clientId) || !PRINTABLE.test(clientSecret)) return false;
  return { why: 'Sabre client id (V1:...) and secret, base64-encoded twice for the token call' };
}

/** A secret as Sabre (8 characters) and Hotelbeds (10) issue them: letters in both cases, not a word in one case. */
function isMixedCaseSecret(value: string): boolean {
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && shannonEntropy(value) >= 2.5;
}

export const travelAirlineRules: readonly Rule[] = [
  {
    id: 'amadeus-security-authenticate-password',
    title: 'Amadeus web services password (Security_Authenticate binaryData)',
    provider: 'Amadeus',
    keywords: ['passwordinfo'],
    pattern:
      /<passwordInfo>\s{0,200}(?:<dataLength>\d{1,3}<\/dataLength>\s{0,200})?(?:<dataType>[A-Z]<\/dataType>\s{0,200})?<binaryData>(?<secret>[A-Za-z0-9+/]{4,172}={0,2})<\/binaryData>/,
    multiline: { maxSpan: 700 },
    confidence: 'high',
    envVar: 'AMADEUS_WS_PASSWORD',
    docs: 'https://developers.amadeus.com/enterprise',
    risk: "Signs in to Amadeus web services as the office's user: bookings, ticketing, queues and profiles.",
    validate: judgeAmadeus,
    examples: {
      embed: false,
      path: 'requests/Security_Authenticate.xml',
      positives: (fake) => [
        `<passwordInfo>\n  <dataLength>10</dataLength>\n  <dataType>E</dataType>\n  <binaryData>${Buffer.from(fake.alnum(8) + fake.digits(2)).toString('base64')}</binaryData>\n</passwordInfo>`,
        `<passwordInfo><dataLength>12</dataLength><dataType>E</dataType><binaryData>${Buffer.from(fake.alnum(9) + '!' + fake.digits(2)).toString('base64')}</binaryData></passwordInfo>`,
      ],
      negatives: [
        {
          text: '<passwordInfo>\n  <dataLength>8</dataLength>\n  <dataType>E</dataType>\n  <binaryData>${PASSWORD_B64}</binaryData>\n</passwordInfo>',
          why: 'a template variable',
        },
        {
          text: '<passwordInfo><dataType>E</dataType><binaryData>cGFzc3dvcmQ=</binaryData></passwordInfo>',
          why: 'the word password, encoded',
        },
      ],
    },
  },
  {
    id: 'travelport-uapi-basic-credential',
    title: 'Travelport Universal API user and password (Basic credential)',
    provider: 'Travelport',
    // base64 of `Universal API/`, with which every uAPI user name starts.
    keywords: ['vw5pdmvyc2fsiefqss'],
    pattern: /VW5pdmVyc2FsIEFQSS[A-Za-z0-9+/]{8,300}={0,2}/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'UAPI_PASSWORD',
    docs: 'https://support.travelport.com/webhelp/uapi/Content/Getting_Started/Easy_Overview/Getting_Credentials.htm',
    risk: "Calls Travelport's Universal API as the agency: air, hotel and car shopping, booking and ticketing.",
    validate: judgeUapiBasic,
    examples: {
      embed: false,
      positives: (fake) => [
        `Authorization: Basic ${Buffer.from(`Universal API/uAPI${fake.digits(10)}-${fake.hex(8)}:${fake.alnum(6)}!${fake.digits(3)}`).toString('base64')}`,
        `headers.put("Authorization", "Basic ${Buffer.from(`Universal API/uAPI${fake.digits(10)}-${fake.hex(8)}:${fake.alnum(10)}`).toString('base64')}");`,
      ],
      negatives: [
        {
          text: `Authorization: Basic ${Buffer.from('Universal API/uAPI1234567890-abcdef12:password').toString('base64')}`,
          why: 'a documentation password',
        },
        {
          text: `Authorization: Basic ${Buffer.from('Universal API/uAPI1234567890-abcdef12').toString('base64')}`,
          why: 'a user name alone',
        },
      ],
    },
  },
  {
    id: 'sabre-token-credential',
    title: 'Sabre API client id and secret, base64-encoded for the token call',
    provider: 'Sabre',
    // base64 of `VjE6`, itself base64 of `V1:`: every encoded Sabre client id starts so.
    keywords: ['vmpfn'],
    pattern: /VmpFN[A-Za-z0-9+/]{20,400}={0,2}/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'SABRE_CLIENT_SECRET',
    docs: 'https://developer.sabre.com/guides/travel-agency/quickstart-guides/get-token',
    risk: "Gets Sabre API tokens as the agency's application: shopping, booking and ticketing in the GDS.",
    validate: (secret) => judgeSabreBasic(secret),
    examples: {
      embed: false,
      positives: (fake) => {
        const b = (s: string) => Buffer.from(s).toString('base64');
        return [
          `  -H "Authorization: Basic ${b(`${b(`V1:${fake.lowerAlnum(8)}:DEVCENTER:EXT`)}:${b(fake.alnum(8))}`)}" \\`,
          `SABRE_CREDENTIALS=${b(`${b(`V1:${fake.digits(5)}:${fake.upperAlnum(4)}:AA`)}:${b(fake.alnum(8))}`)}`,
        ];
      },
      negatives: [
        {
          text: `Authorization: Basic ${Buffer.from(Buffer.from('V1:').toString('base64')).toString('base64')}`,
          why: 'a prefix, no client id or secret',
        },
        {
          text: (fake) => `data = "VmpFN${fake.alnum(40)}"`,
          why: 'not base64 of a Sabre client id and secret',
        },
      ],
    },
  },
  {
    id: 'sabre-client-secret',
    title: 'Sabre API client secret under a Sabre name',
    provider: 'Sabre',
    keywords: ['sabre'],
    pattern:
      /sabre[_.-]?(?:api[_.-]?)?(?:client[_.-]?)?secret["']?\s{0,4}[:=]\s{0,4}["']?(?<secret>[A-Za-z0-9]{8})(?![\w-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SABRE_CLIENT_SECRET',
    docs: 'https://developer.sabre.com/guides/travel-agency/quickstart-guides/get-token',
    risk: "Gets Sabre API tokens as the agency's application: shopping, booking and ticketing in the GDS.",
    validate: (secret) => isMixedCaseSecret(secret) && { why: 'Sabre client secret (8 characters) under a Sabre name' },
    examples: {
      embed: false,
      positives: (fake) => [
        `SABRE_CLIENT_SECRET=${fake.upper(2)}${fake.lower(3)}${fake.upper(3)}`,
        `sabre_client_secret: "${fake.lower(2)}${fake.upper(4)}${fake.digits(1)}${fake.lower(1)}"`,
        `SABRE_SECRET='${fake.upper(1)}${fake.lower(3)}${fake.digits(2)}${fake.upper(2)}'`,
      ],
      negatives: [
        { text: 'SABRE_CLIENT_SECRET=changeme', why: 'a published default in one case' },
        { text: 'sabre_client_secret: "{{ vault_sabre_secret }}"', why: 'a template reference' },
        { text: 'SABRE_CLIENT_SECRET=PASSWORD', why: 'a word in capitals' },
      ],
    },
  },
  {
    id: 'hotelbeds-api-secret',
    title: 'Hotelbeds APItude shared secret under a Hotelbeds name',
    provider: 'Hotelbeds',
    keywords: ['hotelbeds'],
    pattern:
      /hotelbeds[_.-]?(?:api[_.-]?)?(?:shared[_.-]?)?secret["']?\s{0,4}[:=]\s{0,4}["']?(?<secret>[A-Za-z0-9]{10})(?![\w-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'HOTELBEDS_SECRET',
    docs: 'https://developer.hotelbeds.com/documentation/getting-started/',
    risk: "With the API key, signs APItude requests: searches, bookings and cancellations on the account's contract.",
    // Hotelbeds issues a 10-character secret beside the 32-hex API key; the signature is SHA-256 of both and a time.
    validate: (secret) =>
      isMixedCaseSecret(secret) && { why: 'Hotelbeds secret (10 characters) under a Hotelbeds name' },
    examples: {
      embed: false,
      positives: (fake) => [
        `HOTELBEDS_SECRET=${fake.lower(2)}${fake.upper(3)}${fake.lower(2)}${fake.upper(3)}`,
        `hotelbeds_api_secret: "${fake.upper(1)}${fake.digits(1)}${fake.lower(4)}${fake.upper(2)}${fake.lower(2)}"`,
        `private static final String HOTELBEDS_SECRET = "${fake.upper(3)}${fake.lower(4)}${fake.upper(3)}";`,
      ],
      negatives: [
        { text: 'HOTELBEDS_SECRET=changeme12', why: 'no capital: a stand-in' },
        { text: 'hotelbeds_secret: "{{ vault_hotelbeds }}"', why: 'a template reference' },
        { text: 'HOTELBEDS_SECRET=YOURSECRET', why: 'a word in capitals' },
      ],
    },
  },
  {
    id: 'tfl-app-key',
    title: 'Transport for London unified API app_key',
    provider: 'Transport for London',
    keywords: ['tfl'],
    pattern: /tfl[_.-]?(?:api[_.-]?)?app[_.-]?key["']?\s{0,4}[:=]\s{0,4}["']?(?<secret>[0-9a-f]{32})(?![\w-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'TFL_APP_KEY',
    docs: 'https://api-portal.tfl.gov.uk/',
    risk: "Calls TfL's unified API under the registered application's quota and terms.",
    validate: (secret) => isRandomKeyHex(secret) && { why: 'TfL app_key (32 hex) under a TfL name' },
    examples: {
      embed: false,
      positives: (fake) => [`TFL_APP_KEY=${fake.hex(32)}`, `tfl_app_key: "${fake.hex(32)}"`],
      negatives: [
        { text: 'TFL_APP_KEY=${TFL_APP_KEY}', why: 'a reference' },
        { text: `TFL_APP_KEY=${'0'.repeat(32)}`, why: 'not random' },
      ],
    },
  },
  {
    id: 'device-admin-pin',
    title: "Device admin, maintenance or supervisor PIN in its settings (a kiosk's AdminPin)",
    provider: 'Devices',
    keywords: [
      'adminpin',
      'admin_pin',
      'admin-pin',
      'maintenancepin',
      'maintenance_pin',
      'supervisorpin',
      'supervisor_pin',
    ],
    pattern: /(?:admin|maintenance|supervisor)[_-]?pin["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>\d{4,12})(?![\w.-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'ADMIN_PIN',
    docs: 'https://www.iata.org/en/programs/passenger/common-use/',
    risk: "Opens the device's maintenance menu: its settings, the accounts it signs in with, and the kiosk mode it locks.",
    // 4 and 5 digits are what defaults and samples use; a chosen PIN runs longer and is no run or repeat.
    validate: (secret, _match, context) =>
      isChosenPin(secret, 6) && {
        confidence: context.file.docs || context.file.test ? 'low' : 'medium',
        why: `device admin PIN of ${secret.length} digits, not a default or a pattern`,
      },
    examples: {
      embed: false,
      path: 'kiosk/kiosk.ini',
      positives: (fake) => [
        `AdminPin=7${fake.digits(6)}`,
        `maintenance_pin: "4${fake.digits(5)}"`,
        `"supervisorPin": "9${fake.digits(7)}",`,
        `kiosk-admin-pin: 3${fake.digits(6)}`,
        `MaintenancePin=8${fake.digits(5)}`,
        `ADMIN_PIN=6${fake.digits(7)}`,
        `supervisor_pin = "5${fake.digits(5)}"`,
      ],
      negatives: [
        { text: 'AdminPin=1234', why: 'a default' },
        { text: 'AdminPin=123456', why: 'a run' },
        { text: 'maintenance_pin: "${KIOSK_PIN}"', why: 'a reference' },
        { text: 'admin_pin_length=8', why: 'a length setting' },
      ],
    },
  },
];
