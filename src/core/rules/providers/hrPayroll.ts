// Credentials of HR, payroll and workforce systems (hr-payroll corpus) whose documented form, not
// their format, says what the value is:
// - an API key given as the Basic-auth user name with an empty or dummy password, as BambooHR
//   (`KEY:x`), Greenhouse, Lever, Checkr and Ashby document their APIs: in a curl `-u`, a Python
//   requests `auth=(KEY, "x")` tuple, a JavaScript `{ username: KEY, password: '' }` object. The
//   empty or one-letter password is what says the user name is the key, so only a random value with
//   both letters and digits is read;
// - the Mule runtime's `-Dmule.key=` (the key that decrypts Secure Configuration Properties), an
//   AES key of 16, 24 or 32 characters;
// - a time clock's communication key (ZKTeco's "Comm Key", `comm_password`, `commkey`): the numeric
//   password the clock's SDKs and pyzk send before any punch can be read;
// - zeep's WS-Security `UsernameToken(user, password)` (Workday's SOAP API), by position.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { isLowVariety, isPlaceholder } from '../placeholders';
import type { Rule } from '../types';
import type { PositionalCall } from './positionalCall';

export const HR_PAYROLL_POSITIONAL_CALLS: readonly PositionalCall[] = [
  {
    // zeep.wsse.username.UsernameToken(username, password=None, ...): Workday's SOAP API takes it.
    call: String.raw`\bUsernameToken`,
    keywords: ['usernametoken('],
    before: 1,
    example: (f) => `client = Client(wsdl, wsse=UsernameToken("ISU_Payroll@acme", "${f.alnum(14)}"))`,
  },
];

/**
 * A key issued at random: 32-64 letters and digits with both (hex keys are digits and letters too),
 * not a word run or a stand-in. A user name of that length and shape is not chosen by people.
 */
function isIssuedKey(secret: string): boolean {
  return (
    /[0-9]/.test(secret) &&
    /[A-Za-z]/.test(secret) &&
    shannonEntropy(secret) >= 3.2 &&
    !isPlaceholder(secret) &&
    !isLowVariety(secret)
  );
}

const KEY = '[A-Za-z0-9]{32,64}';
const EMPTY_OR_X = '(?:[xX]|)';
/** curl's `KEY:` (nothing after the colon) is curl-basic-api-key's; `KEY:x` is the documented dummy. */
const DUMMY_X = '[xX]';

const BASIC_KEY_DOCS = 'https://documentation.bamboohr.com/docs/getting-started';
const BASIC_KEY_RISK =
  "Calls the HR system's API as the key's owner: employee records, compensation, candidates, reports.";

/** Mule's key: AES-128/192/256, written as 16, 24 or 32 characters. */
function isMuleKey(secret: string): boolean {
  if (![16, 24, 32].includes(secret.length)) return false;
  return !isPlaceholder(secret) && !isLowVariety(secret) && shannonEntropy(secret) >= 3;
}

/** True when each digit is one more (or one less) than the one before: `123456`, `9876`. */
function isDigitSequence(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i++) steps.add(digits.charCodeAt(i) - digits.charCodeAt(i - 1));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

/** A clock's numeric comm key: not 0 (no key set), not a run (`111111`) or a sequence (`123456`). */
function isCommKey(secret: string): boolean {
  return !/^0+$/.test(secret) && !isDigitSequence(secret) && !isLowVariety(secret) && !isPlaceholder(secret);
}

export const hrPayrollRules: readonly Rule[] = [
  {
    id: 'curl-api-key-basic-user',
    title: 'API key as the curl Basic-auth user with the dummy password x (BambooHR `KEY:x`)',
    provider: 'HR and recruiting APIs',
    keywords: ['-u ', '--user ', '--user='],
    pattern: new RegExp(
      String.raw`(?:-u[ \t]{1,4}|--user[ =][ \t]{0,3})["']?(?<secret>${KEY}):${DUMMY_X}["']?(?![^\s;|&)\\])`,
    ),
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'HR_API_KEY',
    docs: BASIC_KEY_DOCS,
    risk: BASIC_KEY_RISK,
    validate: (secret) => isIssuedKey(secret) && { why: 'an API key as the Basic user name, with a dummy password' },
    examples: {
      embed: false,
      positives: (fake) => [
        `curl -s -u "${fake.hex(40)}:x" https://api.bamboohr.com/api/gateway.php/acme/v1/meta/fields`,
        `curl -u ${fake.hex(32)}:x https://harvest.greenhouse.io/v1/candidates`,
        `curl --user ${fake.alnum(48)}:X https://api.lever.co/v1/opportunities`,
        `http --auth-type basic --user=${fake.hex(40)}:X GET https://api.bamboohr.com/api/gateway.php/acme/v1/employees/0`,
      ],
      negatives: [
        {
          text: 'curl -u "$BAMBOOHR_API_KEY:x" https://api.bamboohr.com/api/gateway.php/acme/v1/meta/fields',
          why: 'a variable',
        },
        { text: 'curl -u your_api_key_goes_right_here_ok12:x https://api.example.org', why: 'a stand-in' },
        { text: 'git push -u origin feature/payroll-export-2024', why: 'not a credential' },
        { text: 'curl -u "$USER:x" https://intranet.corp.local/', why: 'a variable' },
      ],
    },
  },
  {
    id: 'python-auth-tuple-api-key-user',
    title: 'API key as the user of a Python requests auth tuple with an empty or dummy password',
    provider: 'HR and recruiting APIs',
    keywords: ['auth=(', 'auth = (', 'basicauth('],
    pattern: new RegExp(
      String.raw`(?:auth[ \t]{0,2}=[ \t]{0,2}\(|basicauth\()[ \t]{0,2}["'](?<secret>${KEY})["'][ \t]{0,2},[ \t]{0,2}["']${EMPTY_OR_X}["'][ \t]{0,2}\)`,
      'i',
    ),
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'HR_API_KEY',
    docs: BASIC_KEY_DOCS,
    risk: BASIC_KEY_RISK,
    validate: (secret) => isIssuedKey(secret) && { why: 'an API key as the Basic user name, with a dummy password' },
    examples: {
      embed: false,
      positives: (fake) => [
        `resp = requests.get(URL, auth=("${fake.hex(40)}", "x"), headers={"Accept": "application/json"})`,
        `r = requests.get(url, auth = ('${fake.hex(32)}', ''))`,
        `session.auth = HTTPBasicAuth("${fake.alnum(48)}", "")`,
      ],
      negatives: [
        { text: 'resp = requests.get(URL, auth=(API_KEY, "x"))', why: 'a variable' },
        { text: 'r = requests.get(url, auth=("admin", ""))', why: 'a user name' },
        { text: 'r = requests.get(url, auth=("abcdefabcdefabcdefabcdefabcdefab", ""))', why: 'not random' },
      ],
    },
  },
  {
    id: 'js-basic-auth-api-key-user',
    title: 'API key as the username of a Basic-auth object with an empty or dummy password (axios, got)',
    provider: 'HR and recruiting APIs',
    keywords: ['username:', 'username":', "username':"],
    pattern: new RegExp(
      String.raw`username["']?[ \t]{0,2}:[ \t]{0,2}["'](?<secret>${KEY})["'][ \t]{0,2},[ \t]{0,2}["']?password["']?[ \t]{0,2}:[ \t]{0,2}["']${EMPTY_OR_X}["']`,
    ),
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'HR_API_KEY',
    docs: 'https://hire.lever.co/developer/documentation#authentication',
    risk: BASIC_KEY_RISK,
    validate: (secret) => isIssuedKey(secret) && { why: 'an API key as the Basic user name, with a dummy password' },
    examples: {
      embed: false,
      positives: (fake) => [
        `  auth: { username: '${fake.alnum(48)}', password: '' },`,
        `{ "username": "${fake.hex(40)}", "password": "x" }`,
        `const auth = { 'username': '${fake.hex(32)}', 'password': '' };`,
      ],
      negatives: [
        { text: "  auth: { username: process.env.LEVER_API_KEY, password: '' },", why: 'an environment read' },
        { text: "  auth: { username: 'svc_integration', password: '' },", why: 'a user name' },
      ],
    },
  },
  {
    id: 'mule-runtime-key',
    title: 'Mule runtime key (-Dmule.key=) that decrypts Secure Configuration Properties',
    provider: 'MuleSoft',
    keywords: ['-dmule.key='],
    pattern: /-Dmule\.key=["']?(?<secret>[A-Za-z0-9+/=_!@#%^*.-]{16,32})(?![A-Za-z0-9+/=_!@#%^*.-])/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'MULE_KEY',
    docs: 'https://docs.mulesoft.com/mule-runtime/latest/secure-configuration-properties',
    risk: "Decrypts every secure property of the Mule apps it runs: the integrations' passwords and client secrets.",
    validate: (secret) => isMuleKey(secret) && { why: "the key Mule's secure properties are encrypted with" },
    examples: {
      embed: false,
      positives: (fake) => [
        `wrapper.java.additional.15=-Dmule.key=${fake.alnum(16)}`,
        `wrapper.java.additional.15=-Dmule.key=${fake.upper(4)}${fake.lower(12)}`,
        `./mule -M-Dmule.env=prod -M-Dmule.key=${fake.alnum(32)}`,
        `mvn deploy -DmuleDeploy -Dmule.key="${fake.alnum(24)}"`,
      ],
      negatives: [
        { text: 'wrapper.java.additional.15=-Dmule.key=${MULE_KEY}', why: 'a reference' },
        { text: 'mvn deploy -DmuleDeploy -Dmule.key=%MULE_KEY%', why: 'a Windows variable' },
        { text: 'wrapper.java.additional.15=-Dmule.key=aaaaaaaaaaaaaaaa', why: 'not random' },
        { text: 'wrapper.java.additional.15=-Dmule.key=dev', why: 'not a key length' },
      ],
    },
  },
  {
    id: 'time-clock-comm-key',
    title: "Time clock communication key (ZKTeco's Comm Key, comm_password)",
    provider: 'Time clocks',
    keywords: ['comm_password', 'commpassword', 'comm_key', 'commkey', 'comm-key', 'comm-password'],
    pattern: /comm[_-]?(?:password|key)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[0-9]{4,8})(?![\w.])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'TIMECLOCK_COMM_KEY',
    docs: 'https://github.com/fananimi/pyzk',
    risk: "Connects to the clock: reads and clears punches and enrolled users' fingerprints, adds users.",
    validate: (secret) => isCommKey(secret) && { why: "a time clock's communication key" },
    examples: {
      embed: false,
      positives: (fake) => [
        `comm_password=${fake.digits(6).replace(/^0/, '5')}`,
        `  "CommKey": "${fake.digits(6).replace(/^0/, '7')}",`,
        `COMM_KEY = ${fake.digits(5).replace(/^0/, '3')}`,
        `CommPassword=${fake.digits(6).replace(/^0/, '8')}`,
        `  comm-key: ${fake.digits(6).replace(/^0/, '4')}`,
        `clock.comm-password=${fake.digits(6).replace(/^0/, '2')}`,
      ],
      negatives: [
        { text: 'comm_password=0', why: 'no key set' },
        { text: 'comm_key=${CLOCK_COMM_KEY}', why: 'a reference' },
        { text: '  "CommKey": "123456",', why: 'a sequence' },
        { text: 'comm_password=999999', why: 'a run' },
        { text: 'comm_key_length=8', why: 'a length' },
      ],
    },
  },
];
