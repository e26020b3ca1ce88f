// Credentials of construction, BIM and field-service software (construction-field-service corpus),
// where the vendor's documented form says what the value is:
// - ServiceTitan's app key (`ak1.` + lower-case letters and digits), sent as `ST-App-Key` on every
//   API call, and the client secret the tenant admin generates for it (`cs1.` + the same); the
//   client id (`cid.`) is the pair's public half and is not reported.
// - Workiz's API token, which its endpoints carry as the first path segment after
//   `api.workiz.com/api/v1/`;
// - a kiosk's exit or admin PIN in a tablet's MDM policy (`exitKioskPasscode`, `kiosk_pin`): chosen,
//   6 digits or more, not a run or a repeat;
// - the client secret given by position to the Ruby oauth2 gem's `OAuth2::Client.new(id, secret,
//   site: ...)`, on one line or over several;
// - a MyGeotab password given by position to the .NET SDK's `new API(user, password, sessionId,
//   database, server)`;
// - an Autodesk Platform Services client secret given by position to aps-toolkit's
//   `Auth(client_id, client_secret)` (a 32- or 48-character client id first), in a notebook too.
// - Viewpoint Spectrum Data Exchange's Authorization ID (a GUID its web services take with the company
//   code), in a file whose path or line names Spectrum: elsewhere an `AuthorizationId` GUID is as often
//   a record's id (an Azure role assignment, a payment authorization).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { judgedExplicitPassword } from '../judge/judge';
import { TOKEN_START_NO_DOT, prefixedRule } from '../ruleKit';
import type { Rule } from '../types';
import { looksIssued } from './namedKeys';
import { isChosenPin } from './telecomChecks';

const judgeGeotabPassword = judgedExplicitPassword('MyGeotab password given to the SDK by position');

/** Not followed by a token character, nor by `.` and another (a host name: `cs1.<x>.example.com`). */
const NOT_DOTTED_ON = String.raw`(?![A-Za-z0-9_-]|\.[A-Za-z0-9])`;

/** Letters and digits both, as a drawn key has them (not a lower-case identifier after `ak1.`). */
function lettersAndDigits(secret: string): boolean {
  const body = secret.slice(4);
  return (body.match(/[0-9]/g)?.length ?? 0) >= 2 && (body.match(/[a-z]/g)?.length ?? 0) >= 8;
}

export const constructionFieldRules: readonly Rule[] = [
  prefixedRule({
    id: 'servicetitan-app-key',
    title: 'ServiceTitan app key',
    provider: 'ServiceTitan',
    prefix: 'ak1.',
    body: '[a-z0-9]{20,40}',
    before: TOKEN_START_NO_DOT,
    after: NOT_DOTTED_ON,
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'ST_APP_KEY',
    docs: 'https://developer.servicetitan.io/docs/faqs-app-key-client-id-secret',
    risk: "Identifies the application on every ServiceTitan API call; with a tenant's client secret it reads and writes jobs, customers and invoices.",
    validate: lettersAndDigits,
    token: (fake) => `ak1.${fake.lowerAlnum(25)}`,
    usage: (token) => `headers = {"ST-App-Key": "${token}"}`,
    negatives: [
      { text: 'ST_APP_KEY=ak1.xxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'const total = ak1.accumulatedrevenuetotals;', why: 'a member of a variable named ak1' },
    ],
  }),
  prefixedRule({
    id: 'servicetitan-client-secret',
    title: 'ServiceTitan client secret',
    provider: 'ServiceTitan',
    prefix: 'cs1.',
    body: '[a-z0-9]{30,80}',
    before: TOKEN_START_NO_DOT,
    after: NOT_DOTTED_ON,
    minEntropy: 3.5,
    envVar: 'ST_CLIENT_SECRET',
    docs: 'https://developer.servicetitan.io/docs/get-going-manage-client-id-and-secret',
    risk: "Gets access tokens for the tenant as the application: jobs, customers, dispatch, invoices and payroll within the app's scopes.",
    validate: lettersAndDigits,
    token: (fake) => `cs1.${fake.lowerAlnum(50 + fake.int(7))}`,
    usage: (token) => `-d "grant_type=client_credentials&client_id=$ST_CLIENT_ID&client_secret=${token}"`,
    negatives: [
      { text: 'https://cs1.salesforce.com/services/oauth2/token', why: 'a Salesforce instance host' },
      {
        text: (fake) => `ssh deploy@cs1.${fake.lowerAlnum(32)}.internal`,
        why: 'a host name whose first label is cs1',
      },
    ],
  }),
  {
    id: 'workiz-api-token-in-url',
    title: 'Workiz API token in an API URL',
    provider: 'Workiz',
    keywords: ['api.workiz.com/api/v1/'],
    pattern: /api\.workiz\.com\/api\/v1\/(?<secret>[A-Za-z0-9_]{16,64})\//,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'WORKIZ_API_TOKEN',
    docs: 'https://developer.workiz.com/',
    risk: "Reads and creates the account's jobs, leads, clients and payments through Workiz's API.",
    validate: (secret) => /\d/.test(secret) && /[a-z]/i.test(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `url = "https://api.workiz.com/api/v1/api_${fake.lowerAlnum(32)}/job/all/?records=100"`,
        `fetch(\`https://api.workiz.com/api/v1/${fake.alnum(24)}/lead/create/\`, { method: 'POST' })`,
      ],
      negatives: [
        { text: 'GET https://api.workiz.com/api/v1/{API_TOKEN}/job/all/', why: 'a placeholder' },
        { text: 'url = f"https://api.workiz.com/api/v1/{token}/job/all/"', why: 'a variable' },
        { text: 'https://api.workiz.com/api/v1/YOUR_API_TOKEN_HERE/job/all/', why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'kiosk-exit-pin',
    title: "Kiosk exit or admin PIN in a device policy (a field tablet's exitKioskPasscode)",
    provider: 'Devices',
    keywords: ['kiosk'],
    pattern:
      /kiosk[_-]?(?:exit[_-]?|admin[_-]?)?(?:pin|passcode)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>\d{4,12})(?![\w.-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'KIOSK_EXIT_PIN',
    docs: 'https://developers.google.com/android/management/reference/rest/v1/enterprises.policies',
    risk: "Leaves the locked kiosk app: the tablet's settings, its other apps and the accounts signed in on it.",
    // 4 and 5 digits are what defaults and samples use; a chosen PIN runs longer and is no run or repeat.
    validate: (secret, _match, context) =>
      isChosenPin(secret, 6) && {
        confidence: context.file.docs || context.file.test ? 'low' : 'medium',
        why: `kiosk PIN of ${secret.length} digits, not a default or a pattern`,
      },
    examples: {
      embed: false,
      path: 'mdm/field-tablets.json',
      positives: (fake) => [
        `  "exitKioskPasscode": "8${fake.digits(6)}",`,
        `kiosk_pin: 4${fake.digits(5)}`,
        `KioskExitPin=3${fake.digits(7)}`,
        `"kioskAdminPasscode": "9${fake.digits(5)}"`,
      ],
      negatives: [
        { text: '"exitKioskPasscode": "1234"', why: 'a default' },
        { text: '"exitKioskPasscode": "246802"', why: 'a pattern' },
        { text: '"exitKioskPasscode": "${KIOSK_EXIT_PIN}"', why: 'a reference' },
        { text: 'kiosk_pin_length: 6', why: 'a length setting' },
      ],
    },
  },
  {
    id: 'ruby-oauth2-client-secret-positional',
    title: 'OAuth client secret given by position to the Ruby oauth2 gem (OAuth2::Client.new(id, secret))',
    provider: 'OAuth 2.0',
    keywords: ['oauth2::client.new('],
    pattern:
      /OAuth2::Client\.new\(\s{0,200}(?<q1>["'])[^"'\n\\]{4,200}\k<q1>\s{0,200},\s{0,200}(?<q2>["'])(?<secret>[^"'\s\\]{12,200})\k<q2>/,
    multiline: { maxSpan: 700 },
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'OAUTH_CLIENT_SECRET',
    docs: 'https://gitlab.com/ruby-oauth/oauth2#usage-examples',
    risk: "Gets access tokens as the application: with a user's grant, that user's data on the provider.",
    validate: (secret) => looksIssued(secret, true),
    examples: {
      embed: false,
      positives: (fake) => [
        `client = OAuth2::Client.new('${fake.alnum(24)}', '${fake.hex(64)}', site: 'https://api.getjobber.com')`,
        `JOBBER = OAuth2::Client.new(\n  "${fake.uuid()}",\n  "${fake.alnum(40)}",\n  site: 'https://api.getjobber.com'\n)`,
      ],
      negatives: [
        {
          text: "client = OAuth2::Client.new(ENV['CLIENT_ID'], ENV['CLIENT_SECRET'], site: 'https://api.example.org')",
          why: 'read from the environment',
        },
        {
          text: "client = OAuth2::Client.new('client_id', 'client_secret', site: 'https://example.org')",
          why: "the gem's documentation stand-ins",
        },
      ],
    },
  },
  {
    id: 'geotab-sdk-password-positional',
    title: "MyGeotab password given by position to the .NET SDK's API constructor",
    provider: 'Geotab',
    keywords: ['new api('],
    pattern:
      /new API\(\s{0,4}"[^"\n]{1,100}"\s{0,4},\s{0,4}"(?<secret>[^"\n]{1,128})"\s{0,4},\s{0,4}(?:null|"[^"\n]{0,200}")\s{0,4},\s{0,4}"[^"\n]{1,100}"/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'GEOTAB_PASSWORD',
    docs: 'https://developers.geotab.com/myGeotab/guides/dotNetSdk',
    risk: "Signs in to the fleet's MyGeotab database: vehicle locations, trips, drivers and engine data.",
    validate: judgeGeotabPassword,
    examples: {
      embed: false,
      path: 'src/Fleet/GeotabClient.cs',
      positives: (fake) => [
        `var api = new API("fleet@contractor.com", "${fake.alnum(10)}!${fake.digits(2)}", null, "contractor_fleet", "my.geotab.com");`,
        `var api = new API("svc-api", "${fake.alnum(14)}", null, "yard_db");`,
      ],
      negatives: [
        {
          text: 'var api = new API(user, password, null, database, "my.geotab.com");',
          why: 'variables',
        },
        {
          text: 'var api = new API("user@example.com", "password", null, "database");',
          why: 'documentation stand-ins',
        },
      ],
    },
  },
  {
    id: 'aps-client-secret-positional',
    title: "Autodesk Platform Services client secret given by position to aps-toolkit's Auth(client_id, client_secret)",
    provider: 'Autodesk',
    keywords: ['auth('],
    pattern:
      /(?<![\w.])Auth\((?<q1>\\?["'])[A-Za-z0-9]{32}(?:[A-Za-z0-9]{16})?\k<q1>\s{0,4},\s{0,4}(?<q2>\\?["'])(?<secret>[A-Za-z0-9]{16,64})\k<q2>\s{0,4}\)/,
    startsAtKeyword: true,
    // A 16-character secret repeats a character or two: 3.5 bits would drop one in ten.
    minEntropy: 3,
    confidence: 'high',
    envVar: 'APS_CLIENT_SECRET',
    docs: 'https://aps.autodesk.com/en/docs/oauth/v2/developers_guide/create-app/',
    risk: 'Gets APS tokens as the application: the models, files and issues of every hub and project it was added to.',
    // Both cases, and digits or a spread no word has (a 16-character secret may draw no digit).
    validate: (secret) =>
      /[A-Z]/.test(secret) && /[a-z]/.test(secret) && (/\d/.test(secret) || shannonEntropy(secret) >= 3.6),
    examples: {
      embed: false,
      positives: (fake) => [
        `auth = Auth("${fake.alnum(32)}", "${fake.alnum(16)}7")`,
        `    "auth = Auth(\\"${fake.alnum(48)}\\", \\"${fake.alnum(63)}q\\")\\n",`,
      ],
      negatives: [
        { text: 'auth = Auth(client_id, client_secret)', why: 'variables' },
        { text: 'auth = Auth(os.environ["APS_CLIENT_ID"], os.environ["APS_CLIENT_SECRET"])', why: 'environment reads' },
        { text: (fake) => `token = Auth("${fake.hex(32)}", "pagination")`, why: 'a word' },
        { text: (fake) => `token = Auth("${fake.alnum(32)}", "ClientSecretHere")`, why: 'words' },
      ],
    },
  },
  {
    id: 'spectrum-authorization-id',
    title: 'Viewpoint Spectrum Data Exchange Authorization ID',
    provider: 'Viewpoint',
    keywords: ['authorizationid', 'authorization_id'],
    pattern:
      /authorization_?id(?:["']?\s{0,4}(?:[:=]|=>)\s{0,4}["']?|>)(?<secret>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})(?![\w-])/i,
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'SPECTRUM_AUTHORIZATION_ID',
    docs: 'https://www.viewpoint.com/products/spectrum',
    risk: "Calls Spectrum's web services for the company: jobs, vendors, AP and AR, payroll and GL data.",
    validate: (_secret, _match, context) => /spectrum/i.test(context.path ?? '') || /spectrum/i.test(context.line),
    examples: {
      embed: false,
      path: 'erp/spectrum/GetJobs.ps1',
      positives: (fake) => [
        `$AuthorizationID = "${fake.uuid().toUpperCase()}"`,
        `    <Authorization_ID>${fake.uuid()}</Authorization_ID>`,
        `spectrum_authorization_id: ${fake.uuid()}`,
      ],
      negatives: [
        {
          text: (fake) => `"authorizationId": "${fake.uuid()}",`,
          why: 'no Spectrum in the path',
          path: 'infra/roles.json',
        },
        { text: '$AuthorizationID = $env:SPECTRUM_AUTH_ID', why: 'read from the environment' },
      ],
    },
  },
];
