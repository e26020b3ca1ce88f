// Credentials of construction, BIM and field-service software (construction-field-service corpus),
// where the vendor's documented form says what the value is:
// - ServiceTitan's app key (`ak1.` + lower-case letters and digits), sent as `ST-App-Key` on every
//   API call, and the client secret the tenant admin generates for it (`cs1.` + the same); the
//   client id (`cid.`) is the pair's public half and is not reported.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { TOKEN_START_NO_DOT, prefixedRule } from '../ruleKit';
import type { Rule } from '../types';

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
];

