// Credentials of marketing and ad tech (marketing-adtech corpus) whose documented form says what the
// value is wherever it is written:
// - The Trade Desk's platform API token, sent in the `TTD-Auth` header (The Trade Desk: "one token
//   type across the whole surface"; a week to a year when made in the UI);
// - a Google Ads API developer token (22 letters and digits, Google: "a 22-character long
//   alphanumeric string") under the name Google's client libraries and REST headers give it
//   (`developer_token`, `developerToken`, `developer-token`): read in documentation too, where the
//   generic judge wants digits in a value before it counts, and in .NET appSettings, where a
//   random value can read as CamelCase to it.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { isPlaceholder } from '../placeholders';
import type { Rule } from '../types';

/** Lower and upper case letters and a spread of characters: an issued token, not a word or a constant. */
function isMixedCaseDrawn(value: string, minEntropy: number): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && shannonEntropy(value) >= minEntropy && !isPlaceholder(value);
}

export const marketingAdtechRules: readonly Rule[] = [
  {
    id: 'ttd-auth-token',
    title: 'The Trade Desk platform API token (TTD-Auth header)',
    provider: 'The Trade Desk',
    keywords: ['ttd-auth'],
    pattern: /TTD-Auth["']?\s{0,4}[:=,]\s{0,4}["']?(?<secret>[A-Za-z0-9+/_-]{32,400}={0,2})(?![\w+/=-])/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'TTD_API_TOKEN',
    docs: 'https://open.thetradedesk.com/advertiser/docsApp/Foundations/resources/doc/PlatformAuthentication',
    risk: "Runs the partner's or advertiser's campaigns, budgets, audiences and reports through The Trade Desk API.",
    validate: (secret) =>
      /\d/.test(secret) && isMixedCaseDrawn(secret, 4) && { why: 'The Trade Desk API token in a TTD-Auth header' },
    examples: {
      embed: false,
      positives: (fake) => [
        `  -H 'TTD-Auth: ${fake.base64(150)}==' \\`,
        `headers = {"TTD-Auth": "${fake.base64url(120)}", "Content-Type": "application/json"}`,
        `client.DefaultRequestHeaders.Add("TTD-Auth", "${fake.base64(96)}");`,
      ],
      negatives: [
        { text: "  -H 'TTD-Auth: $TTD_TOKEN' \\", why: 'a shell variable' },
        { text: 'headers = {"TTD-Auth": token}', why: 'a variable' },
        { text: "  -H 'TTD-Auth: <your-api-token>' \\", why: 'a placeholder' },
        { text: `TTD-Auth: ${'A'.repeat(64)}`, why: 'not random' },
      ],
    },
  },
  {
    id: 'google-ads-developer-token',
    title: 'Google Ads API developer token',
    provider: 'Google Ads',
    keywords: ['developer_token', 'developertoken', 'developer-token'],
    // `name: value`, `name=value`, a header, or .NET appSettings' `key="DeveloperToken" value="..."`.
    pattern:
      /developer[-_]?token["']?(?:\s{0,4}[:=,]|\s{1,4}value=)\s{0,4}["'`]?(?<secret>[A-Za-z0-9_-]{22})(?![\w-])/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'GOOGLE_ADS_DEVELOPER_TOKEN',
    docs: 'https://developers.google.com/google-ads/api/docs/get-started/dev-token',
    risk: "Lets any OAuth-authorised caller use the company's Google Ads API access level and quota; with a refresh token it runs the ad accounts.",
    validate: (secret) =>
      isMixedCaseDrawn(secret, 3.6) && { why: 'a 22-character Google Ads developer token under its name' },
    examples: {
      embed: false,
      positives: (fake) => [
        `developer_token: ${fake.alnum(22)}`,
        `  -H "developer-token: ${fake.alnum(22)}" \\`,
        `api.googleads.developerToken=${fake.alnum(22)}`,
        `GOOGLE_ADS_DEVELOPER_TOKEN=${fake.alnum(11)}_${fake.alnum(10)}`,
        `  developer_token: '${fake.lower(11)}${fake.upper(11)}',`,
        `    <add key="DeveloperToken" value="${fake.alnum(22)}"/>`,
      ],
      negatives: [
        { text: 'developer_token: INSERT_DEVELOPER_TOKEN_HERE', why: "the client library's template" },
        { text: `developer_token: ${'X'.repeat(22)}`, why: 'a mask' },
        { text: '  -H "developer-token: ${DEVELOPER_TOKEN}" \\', why: 'a variable' },
        { text: 'developer_token = os.environ["GOOGLE_ADS_DEVELOPER_TOKEN"]', why: 'an environment read' },
      ],
    },
  },
];
