// Credentials of nonprofits, churches and membership organisations (nonprofit-fundraising corpus),
// where the tool's documented form says what the value is:
// - GiveWP and Easy Digital Downloads API keys as WordPress stores them: each key is the
//   `wp_usermeta` row's meta_key and its kind (`give_user_secret_key`, ...) the meta_value;
// - a Salesforce CLI auth URL, `force://<client id>:<client secret>:<refresh token>@<instance>`
//   (`sf org login sfdx-url`, `sfdx force:auth:sfdxurl:store`);
// - CiviCRM's `CIVICRM_SITE_KEY`, which with a contact's api_key opens the REST API;
// - a Planning Center personal access token: its application id (the Basic username) under the
//   names Planning Center's clients use, and the pair passed by position to pypco's `PCO(id, secret)`;
// - a string literal holding a whole Basic credential, `"Basic <base64 of user:password>"`, kept
//   in a constant for a header set elsewhere (Tessitura's `user:group:location:password`);
// - an Eventbrite private token in an API URL's `?token=` (Eventbrite's documented alternative to
//   the Bearer header; 20 upper-case letters and digits);
// - a hand-over line naming a service, then its login e-mail and password:
//   `Eventbrite: events@org.org / <password>`.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { isQuote } from '../gateChars';
import { judgeCandidate, judgedExplicitPassword } from '../judge/judge';
import { judgeProse } from '../judge/prose';
import { lineBefore } from '../lineReach';
import type { KeywordGate, MatchContext, Rule, Verdict } from '../types';
import { classCount, decodeBase64Text } from '../valueChecks';
import { isRandomKeyHex } from './keyMaterialChecks';

const judgeBasicLiteralPassword = judgedExplicitPassword('Basic credentials (base64-decoded) in a string literal');

/** Letters and digits both and a spread of characters: an issued key, not a word or a number. */
function isDrawnKey(value: string): boolean {
  return /[A-Za-z]/.test(value) && /\d/.test(value) && shannonEntropy(value) >= 3.5;
}

/** A key under a name its form alone says is a secret, judged by the shared judge (placeholders, docs). */
function judgeNamedKey(secret: string, match: string, context: MatchContext, form: string): false | Verdict {
  return judgeCandidate({
    name: 'secret_key',
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + match.length,
    kind: 'secret',
    form,
  });
}

/** `Basic ` right after a quote or backtick: a string literal that holds the whole header value. */
const basicLiteralGate: KeywordGate = (text, at) => {
  const c = text.charCodeAt(at - 1);
  return isQuote(c) || c === 96;
};

/**
 * At the keyword ` / `: a letter before it and an `@` among the name characters that run back from
 * there (`events@org.org / ...`). Division (`total / count`) and paths stop at their first blank or
 * slash.
 */
const emailPairGate: KeywordGate = (text, at) => {
  let i = at - 1;
  const c = text.charCodeAt(i);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  const stop = Math.max(0, at - 131);
  let dot = false;
  for (; i > stop; i--) {
    const d = text.charCodeAt(i);
    if (d === 64) return dot;
    if (d === 46) dot = true;
    else if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 45)) return false;
  }
  return false;
};

/**
 * What may stand before the e-mail on its line: a list bullet or number and a label naming the
 * service (`- Eventbrite:`, `**Board portal:**`), or nothing.
 */
const SERVICE_LABEL =
  /^[ \t]{0,8}(?:(?:[-*+]|\d{1,2}[.)])[ \t]{1,4})?(?:(?:\*\*)?[A-Z][\w.&'() -]{0,40}:(?:\*\*)?[ \t]{1,4})?$/;

function judgeEmailPair(secret: string, _match: string, context: MatchContext): Verdict | false {
  if (!SERVICE_LABEL.test(lineBefore(context))) return false;
  // A path after the slash is no password (a second address, `sales@org.org / info@org.org`, the
  // prose judge rules out).
  if (/[/\\]/.test(secret) || classCount(secret) < 2) return false;
  return judgeProse({ kind: 'password', join: 'label', value: secret, quote: '', context });
}

export const nonprofitFundraisingRules: readonly Rule[] = [
  {
    id: 'givewp-api-key-usermeta',
    title: 'GiveWP or Easy Digital Downloads API key stored in wp_usermeta',
    provider: 'GiveWP',
    keywords: ['give_user_secret_key', 'give_user_public_key', 'edd_user_secret_key', 'edd_user_public_key'],
    // The key is the row's meta_key, its kind the meta_value: `(1, '<32 hex>', 'give_user_secret_key')`,
    // and so `update_user_meta( $id, '<32 hex>', 'give_user_secret_key' )`.
    pattern:
      /["'\x60](?<secret>[0-9a-f]{32})["'\x60]\s{0,4},\s{0,4}["'\x60](?:give|edd)_user_(?:secret|public)_key["'\x60]/,
    confidence: 'high',
    envVar: 'GIVEWP_API_SECRET_KEY',
    docs: 'https://givewp.com/documentation/developers/how-to-use-the-givewp-rest-api/',
    risk: "Reads the site's donations, donors and reports through the GiveWP (or EDD) REST API as that user.",
    validate: (secret) => isRandomKeyHex(secret) && { why: 'GiveWP/EDD API key as the meta_key of its usermeta row' },
    examples: {
      embed: false,
      positives: (fake) => [
        `(1, '${fake.hex(32)}', 'give_user_secret_key'),`,
        `(7, '${fake.hex(32)}', 'give_user_public_key');`,
        `INSERT INTO wp_usermeta VALUES (42,3,'${fake.hex(32)}','edd_user_secret_key');`,
        `update_user_meta( $user_id, '${fake.hex(32)}', 'edd_user_public_key' );`,
      ],
      negatives: [
        { text: "(1, 'give_user_secret_key', 'give_user_public_key'),", why: 'no key' },
        { text: `(1, '${'0'.repeat(32)}', 'give_user_secret_key'),`, why: 'not random' },
        { text: "delete_user_meta( $user_id, $secret, 'give_user_secret_key' );", why: 'a variable' },
      ],
    },
  },
  {
    id: 'salesforce-sfdx-auth-url',
    title: 'Salesforce CLI auth URL (force://client:secret:refresh token@instance)',
    provider: 'Salesforce',
    keywords: ['force://'],
    pattern:
      /force:\/\/[\w.-]{0,100}:[\w.~-]{0,100}:(?<secret>[A-Za-z0-9._]{40,300})@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'SFDX_AUTH_URL',
    docs: 'https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm',
    risk: 'Logs the Salesforce CLI in to the org as the authorised user: its refresh token lasts until revoked.',
    validate: (secret) => isDrawnKey(secret) && { why: 'refresh token in a Salesforce CLI auth URL' },
    examples: {
      embed: false,
      positives: (fake) => [
        `force://PlatformCLI::5Aep861${fake.alnum(80)}@acme.my.salesforce.com`,
        `SFDX_AUTH_URL=force://${fake.alnum(20)}:${fake.hex(32)}:5Aep861${fake.alnum(70)}.${fake.alnum(8)}@test.salesforce.com`,
      ],
      negatives: [
        { text: 'force://PlatformCLI::<refresh_token>@acme.my.salesforce.com', why: 'a placeholder' },
        { text: 'echo "force://$CLIENT_ID:$SECRET:$REFRESH@$INSTANCE" > auth.txt', why: 'variables' },
      ],
    },
  },
  {
    id: 'civicrm-site-key',
    title: 'CiviCRM site key (CIVICRM_SITE_KEY)',
    provider: 'CiviCRM',
    keywords: ['civicrm_site_key'],
    // `define( 'CIVICRM_SITE_KEY', '...' );`, `CIVICRM_SITE_KEY=...`, `civicrm_site_key: ...`.
    pattern: /CIVICRM_SITE_KEY["']?\s{0,4}(?:,|=>?|:)\s{0,4}["']?(?<secret>[A-Za-z0-9+/=_.!-]{16,128})(?![\w+/=.!-])/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'CIVICRM_SITE_KEY',
    docs: 'https://docs.civicrm.org/sysadmin/en/latest/setup/secret-keys/',
    risk: "With any contact's API key it opens CiviCRM's REST API: contacts, contributions and memberships.",
    validate: (secret, match, context) =>
      shannonEntropy(secret) >= 3.5 && judgeNamedKey(secret, match, context, 'CiviCRM site key'),
    examples: {
      embed: false,
      positives: (fake) => [
        `define( 'CIVICRM_SITE_KEY', '${fake.alnum(32)}' );`,
        `CIVICRM_SITE_KEY=${fake.alnum(40)}`,
        `  civicrm_site_key: "${fake.base64(32)}"`,
      ],
      negatives: [
        { text: "define( 'CIVICRM_SITE_KEY', '%%siteKey%%' );", why: 'a template slot' },
        { text: "define( 'CIVICRM_SITE_KEY', getenv('CIVICRM_SITE_KEY') );", why: 'read from the environment' },
        { text: "define('CIVICRM_SITE_KEY', 'your-site-key-goes-here');", why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'planning-center-pat-pair',
    title: 'Planning Center personal access token passed by position (pypco PCO(app id, secret))',
    provider: 'Planning Center',
    keywords: ['pco('],
    pattern:
      /PCO\(\s{0,4}(?:app(?:lication)?_id\s{0,2}=\s{0,2})?["'][0-9a-f]{64}["']\s{0,4},\s{0,4}(?:secret\s{0,2}=\s{0,2})?["'](?<secret>[0-9a-f]{64})["']/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'PCO_SECRET',
    docs: 'https://developer.planning.center/docs/#/overview/authentication',
    risk: "Reads and changes the church's people, giving, groups and check-ins through the Planning Center API as that person.",
    validate: (secret) => isRandomKeyHex(secret) && { why: 'Planning Center personal access token secret' },
    examples: {
      embed: false,
      positives: (fake) => [
        `pco = pypco.PCO("${fake.hex(64)}", "${fake.hex(64)}")`,
        `client = PCO(application_id='${fake.hex(64)}', secret='${fake.hex(64)}')`,
      ],
      negatives: [
        { text: 'pco = pypco.PCO(os.environ["PCO_APP_ID"], os.environ["PCO_SECRET"])', why: 'environment reads' },
        { text: `pco = pypco.PCO("${'a'.repeat(64)}", "${'b'.repeat(64)}")`, why: 'not random' },
      ],
    },
  },
  {
    id: 'planning-center-application-id',
    title: 'Planning Center personal access token application id (the Basic username of the token)',
    provider: 'Planning Center',
    keywords: ['pco_application_id', 'pco_app_id', 'pcoappid', 'pcoapplicationid'],
    pattern:
      /(?:pco_app(?:lication)?_id|pcoapp(?:lication)?id)["']?\s{0,4}[:=]\s{0,4}["']?(?<secret>[0-9a-f]{64})(?![0-9A-Za-z])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'PCO_APPLICATION_ID',
    docs: 'https://developer.planning.center/docs/#/overview/authentication',
    risk: 'The id half of a personal access token: with its secret it logs in to the Planning Center API as that person.',
    validate: (secret) =>
      isRandomKeyHex(secret) && { why: 'Planning Center application id (the id half of a personal access token)' },
    examples: {
      embed: false,
      positives: (fake) => [
        `PCO_APPLICATION_ID=${fake.hex(64)}`,
        `  pcoAppId: '${fake.hex(64)}',`,
        `PCO_APP_ID = "${fake.hex(64)}"`,
        `const pcoApplicationId = "${fake.hex(64)}";`,
      ],
      negatives: [
        { text: 'PCO_APPLICATION_ID=${PCO_APPLICATION_ID}', why: 'a reference' },
        { text: `PCO_APP_ID=${'0'.repeat(64)}`, why: 'not random' },
      ],
    },
  },
  {
    id: 'basic-credentials-literal',
    title: 'Basic credentials kept in a string literal ("Basic <base64 of user:password>")',
    provider: 'HTTP authorization',
    keywords: ['basic '],
    pattern: /(?<=["'\x60])basic (?<secret>[A-Za-z0-9+/]{12,512}={0,2})(?=["'\x60])/i,
    startsAtKeyword: true,
    keywordGate: basicLiteralGate,
    confidence: 'high',
    envVar: 'API_PASSWORD',
    docs: 'https://datatracker.ietf.org/doc/html/rfc7617',
    risk: 'The encoded pair is a username and password: anyone who reads it logs in as that user.',
    // Only a value that decodes to `user:password` text: a literal `"Basic ..."` holding anything
    // else (a sentence, a raw key) is left to the header rules.
    validate: (secret, match, context) => {
      const decoded = decodeBase64Text(secret);
      const colon = decoded?.indexOf(':') ?? -1;
      if (decoded === undefined || colon < 1 || /\s/.test(decoded.slice(0, colon))) return false;
      return judgeBasicLiteralPassword(decoded.slice(colon + 1), match, context);
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `private const string AuthHeader = "Basic ${Buffer.from(`svc_web:webapi:WEB:${fake.alnum(12)}`).toString('base64')}";`,
        `AUTH = 'Basic ${Buffer.from(`api:${fake.alnum(16)}`).toString('base64')}'`,
        `const basicAuth = \`Basic ${Buffer.from(`ops@acme.org:${fake.alnum(14)}!`).toString('base64')}\`;`,
      ],
      negatives: [
        { text: `AUTH = "Basic ${Buffer.from('user:password').toString('base64')}"`, why: 'documentation credentials' },
        { text: 'label = "Basic authentication"', why: 'words' },
        { text: `AUTH = "Basic ${Buffer.from('just a sentence').toString('base64')}"`, why: 'no user:password inside' },
      ],
    },
  },
  {
    id: 'eventbrite-url-token',
    title: 'Eventbrite private token in an API URL (?token=)',
    provider: 'Eventbrite',
    keywords: ['eventbriteapi.com'],
    pattern: /eventbriteapi\.com\/v3\/[\w/.-]{0,200}\?token=(?<secret>[A-Z0-9]{20})(?![A-Za-z0-9])/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'EVENTBRITE_PRIVATE_TOKEN',
    docs: 'https://www.eventbrite.com/platform/api#/introduction/authentication',
    risk: "Reads and changes the organisation's events, orders and attendees through the Eventbrite API.",
    validate: (secret) =>
      /[A-Z]/.test(secret) &&
      /\d/.test(secret) &&
      shannonEntropy(secret) >= 3.3 && { why: 'Eventbrite private token in an API URL' },
    examples: {
      embed: false,
      positives: (fake) => [
        `curl "https://www.eventbriteapi.com/v3/users/me/?token=${fake.upperAlnum(19)}7"`,
        `GET https://www.eventbriteapi.com/v3/events/${fake.digits(12)}/attendees/?token=${fake.upperAlnum(19)}2`,
      ],
      negatives: [
        { text: 'curl "https://www.eventbriteapi.com/v3/users/me/?token=MYPERSONALOAUTHTOKEN"', why: 'a stand-in' },
        { text: 'https://www.eventbriteapi.com/v3/users/me/?token=$EVENTBRITE_TOKEN', why: 'a variable' },
      ],
    },
  },
  {
    id: 'service-email-password-pair',
    title: 'A service named with its login e-mail and password in notes (Eventbrite: events@org / ...)',
    provider: 'Notes',
    // Spaced both sides, as the pattern requires: `// ` opens most comments of a JavaScript file.
    keywords: [' / '],
    pattern:
      /(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4} \/ (?<secret>[^\s<>"'\x60]{6,64})(?!\S)/,
    keywordGate: emailPairGate,
    commentsOnlyInCode: true,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Hand-over notes are read by everyone with the drive or repository; the pair logs in to the service as that user.',
    validate: judgeEmailPair,
    examples: {
      embed: false,
      path: 'handover/notes.txt',
      positives: (fake) => [
        `Eventbrite: events@riverbend.org / ${fake.alnum(10)}!4`,
        `- Board portal: secretary@hopehouse.org / ${fake.alnum(9)}#2`,
        `office@gracechurch.org / ${fake.alnum(12)}7`,
        `Eventbrite: events@riverbend.org / Charity@${fake.digits(5)}`,
      ],
      negatives: [
        { text: 'Contacts: sales@acme.org / info@acme.org', why: 'two addresses' },
        { text: 'Eventbrite: events@riverbend.org / (see 1Password)', why: 'a reference in words' },
        { text: 'Eventbrite: events@riverbend.org / <password>', why: 'a placeholder' },
        { text: 'ratio = used@host.count / total', why: 'not a label before the address' },
      ],
    },
  },
];
