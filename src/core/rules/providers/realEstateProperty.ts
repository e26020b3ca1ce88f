// Credentials of brokerages and property managers (real-estate-property corpus), where the tool's
// documented form says what the value is:
// - Zillow's legacy web-services id (ZWSID, `X1-ZW...`): the key every Zillow API call carried
//   (`zws-id=`), issued per account;
// - a RETS login passed by position to the Python `rets` client, `Session(login_url, username,
//   password, version)`: its third argument is the MLS feed's password.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { judgedExplicitPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';

const judgeRetsPassword = judgedExplicitPassword('RETS password passed to Session(login_url, username, password)');

/** The first argument names the RETS server's login URL (`login_url`, `"https://rets.mls.com/login"`). */
const RETS_LOGIN_ARGUMENT = /login|rets/i;

function judgeRetsSession(secret: string, match: string, context: MatchContext): Verdict | false {
  const url = /^Session\(\s{0,4}([^,]{1,200}),/.exec(match)?.[1];
  return url !== undefined && RETS_LOGIN_ARGUMENT.test(url) && judgeRetsPassword(secret, match, context);
}

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
    validate: (secret) =>
      /\d/.test(secret.slice(5)) && shannonEntropy(secret.slice(5)) >= 3.3 && { why: 'Zillow web-services id (ZWSID)' },
    examples: {
      embed: false,
      path: 'includes/zillow.php',
      positives: (fake) => [
        `$zwsid = 'X1-ZWz${fake.lowerAlnum(15)}_${fake.lowerAlnum(5)}';`,
        `ZILLOW_ZWSID=X1-ZWz${fake.lowerAlnum(14)}_${fake.lowerAlnum(5)}`,
      ],
      negatives: [
        { text: "$zwsid = 'X1-ZWz1xxxxxxxxxx_xxxxx';", why: 'a stand-in' },
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
];
