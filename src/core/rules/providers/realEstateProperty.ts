// Credentials of brokerages and property managers (real-estate-property corpus), where the tool's
// documented form says what the value is:
// - Zillow's legacy web-services id (ZWSID, `X1-ZW...`): the key every Zillow API call carried
//   (`zws-id=`), issued per account;
// - a RETS login passed by position to the Python `rets` client, `Session(login_url, username,
//   password, version)`: its third argument is the MLS feed's password;
// - a Wi-Fi network's passphrase in notes, after the network's quoted name (`Office Wi-Fi
//   "Harbor-Agents": ...`): the SSID is named, so what follows its colon is the key;
// - a door, gate, keypad, lockbox or garage code of six digits or more (`keypad master code:
//   ...`): a physical-access PIN, read as the project reads PINs (from six digits, no run or repeat).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { judgedExplicitPassword } from '../judge/judge';
import { judgeProse } from '../judge/prose';
import type { MatchContext, Rule, Verdict } from '../types';
import { isChosenPin } from './telecomChecks';

const judgeRetsPassword = judgedExplicitPassword('RETS password passed to Session(login_url, username, password)');

/** The first argument names the RETS server's login URL (`login_url`, `"https://rets.mls.com/login"`). */
const RETS_LOGIN_ARGUMENT = /login|rets/i;

function judgeRetsSession(secret: string, match: string, context: MatchContext): Verdict | false {
  const url = /^Session\(\s{0,4}([^,]{1,200}),/.exec(match)?.[1];
  return url !== undefined && RETS_LOGIN_ARGUMENT.test(url) && judgeRetsPassword(secret, match, context);
}

/** Where a physical-access code is named: the door, gate, keypad, lockbox or garage it opens. */
// Not `alarm`: an alarm code is as often a fault's number (a controller's `alarm_code: 102004`) as
// the code that disarms a security system.
const ACCESS_CODE_PLACES = ['door', 'gate', 'keypad', 'lockbox', 'garage'];

export const realEstatePropertyRules: readonly Rule[] = [
  {
    id: 'zillow-zwsid',
    title: 'Zillow Web Services ID (ZWSID, X1-ZW...)',
    provider: 'Zillow',
    keywords: ['x1-zw'],
    pattern: /X1-ZW[A-Za-z0-9]{10,24}_[A-Za-z0-9]{4,6}(?![\w-])/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'ZILLOW_ZWSID',
    docs: 'https://www.zillow.com/howto/api/APIOverview.htm',
    risk: "Calls Zillow's web services as the account that registered it (its quota and terms).",
    // Drawn, not a stand-in: `X1-ZWz1xxxxxxxxxx_xxxxx` or `X1-ZWYOURZWSIDHERE_abcde` spell no key.
    // Issued in lower case after `X1-ZW` and its first letter; a stand-in spells words in capitals
    // (`X1-ZWYOURZWSIDHERE_abcde`) or repeats a letter (`X1-ZWz1xxxxxxxxxx_xxxxx`).
    validate: (secret) =>
      /^.[a-z0-9]{9,23}_[a-z0-9]{4,6}$/.test(secret.slice(5)) &&
      shannonEntropy(secret.slice(5)) >= 3.3 && { why: 'Zillow web-services id (ZWSID)' },
    examples: {
      embed: false,
      path: 'includes/zillow.php',
      positives: (fake) => [
        `$zwsid = 'X1-ZWz${fake.lowerAlnum(15)}_${fake.lowerAlnum(5)}';`,
        `ZILLOW_ZWSID=X1-ZWz${fake.lowerAlnum(14)}_${fake.lowerAlnum(5)}`,
      ],
      negatives: [
        { text: "$zwsid = 'X1-ZWz1xxxxxxxxxx_xxxxx';", why: 'a stand-in' },
        { text: "$zwsid = 'X1-ZWYOURZWSIDHERE_abcde';", why: 'a stand-in in capitals' },
        { text: 'ZILLOW_ZWSID=${ZWSID}', why: 'a reference' },
      ],
    },
  },
  {
    id: 'rets-session-password',
    title: 'RETS login password passed by position (rets Session(login_url, username, password))',
    provider: 'RETS (MLS)',
    keywords: ['session('],
    // The Python `rets` client: `Session(login_url, username, password, version)`.
    pattern:
      /Session\(\s{0,4}[^,()\n]{1,200},\s{0,4}["'][^"'\n]{1,64}["']\s{0,4},\s{0,4}["'](?<secret>[^"'\s]{4,128})["']/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'RETS_PASSWORD',
    docs: 'https://github.com/refindlyllc/rets',
    risk: "Logs in to the MLS's RETS server as the feed's user: every listing, agent and office the license covers.",
    validate: judgeRetsSession,
    examples: {
      embed: false,
      path: 'mls/pull_listings.py',
      positives: (fake) => [
        `rets_client = Session(login_url, "idx_feed", "${fake.alnum(12)}7", version="1.7.2")`,
        `s = Session(RETS_LOGIN_URL, 'broker01', '${fake.alnum(10)}!2')`,
      ],
      negatives: [
        { text: 'rets_client = Session(login_url, username, password)', why: 'variables' },
        { text: 'sess = boto3.Session("reporting", "eu-west-1", "default")', why: 'not a RETS login URL' },
        { text: 'rets_client = Session(login_url, "user", "password")', why: 'documentation credentials' },
      ],
    },
  },
  {
    id: 'wifi-ssid-passphrase-note',
    title: 'Wi-Fi passphrase in notes after the network\'s quoted name (Wi-Fi "SSID": passphrase)',
    provider: 'Wi-Fi',
    keywords: ['wi-fi', 'wifi'],
    pattern:
      /Wi-?Fi(?:[ \t]{1,2}network)?[ \t]{1,3}"[^"\n]{1,32}"[ \t]{0,2}:[ \t]{1,4}(?<secret>[^\s"'\x60<>|\\]{8,63})(?=[ \t]|$)/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'WIFI_PASSPHRASE',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: "Joins the office's or building's network: its printers, cameras, door controllers and file shares.",
    validate: (secret, _match, context) =>
      judgeProse({ kind: 'password', join: 'label', value: secret, quote: '', context }),
    examples: {
      embed: false,
      path: 'docs/onboarding.md',
      positives: (fake) => [
        `4. Office Wi-Fi "Harbor-Agents": ${fake.alnum(14)}7`,
        `- WiFi "Summit Guest": Summit${fake.digits(4)}Lobby`,
      ],
      negatives: [
        { text: 'Office Wi-Fi "Harbor-Agents": ask the front desk', why: 'no passphrase' },
        { text: 'Wi-Fi "Harbor-Guest": <passphrase>', why: 'a slot' },
        { text: 'Connect to Wi-Fi "Harbor-Guest": it is open', why: 'words' },
      ],
    },
  },
  {
    id: 'physical-access-code-note',
    title: 'Door, gate, keypad, lockbox or garage code (six digits or more) in notes or settings',
    provider: 'Access control',
    keywords: ACCESS_CODE_PLACES.flatMap((p) => ['', ' ', '_', '-'].flatMap((j) => [`${p}${j}code`, `${p}${j}master`])),
    pattern:
      /(?<![A-Za-z0-9])(?:door|gate|keypad|lockbox|garage)[ _-]?(?:master[ _-]?)?code["']?[ \t]{0,4}(?:[:=]|is)[ \t]{0,4}["'*\x60]{0,2}(?<secret>\d{6,12})(?![\w.-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'ACCESS_CODE',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Opens the door, gate, lockbox or garage it is set on to whoever reads it.',
    // 4 and 5 digits are what defaults, extensions and samples use; a chosen code runs longer and is no run or repeat.
    validate: (secret, _match, context) =>
      isChosenPin(secret, 6) && {
        confidence: context.file.docs || context.file.test ? 'low' : 'medium',
        why: `physical-access code of ${secret.length} digits, not a default or a pattern`,
      },
    examples: {
      embed: false,
      path: 'runbooks/vendor-access.md',
      positives: (fake) => [
        `- keypad master code: 4${fake.digits(5)}`,
        `Gate code is 7${fake.digits(6)}`,
        `LOCKBOX_CODE=3${fake.digits(5)}`,
        `"garageCode": "8${fake.digits(6)}"`,
        // Every spelling the keywords name: each place, joined by nothing, a space, `_` or `-`.
        ...ACCESS_CODE_PLACES.flatMap((p) =>
          ['', ' ', '_', '-'].flatMap((j) => [
            `${p}${j}code: 5${fake.digits(6)}`,
            `${p}${j}master${j}code = "6${fake.digits(5)}"`,
          ]),
        ),
      ],
      negatives: [
        { text: 'door code: 1234', why: 'four digits: a default or a sample' },
        { text: 'gate code: 123456', why: 'a run' },
        { text: 'door_code_length = 6', why: 'a setting about the code' },
        { text: 'alarm_code: 102004', why: "a controller's fault number" },
        { text: 'Your door code is {{ access.door_code }}.', why: 'a template slot' },
      ],
    },
  },
];
