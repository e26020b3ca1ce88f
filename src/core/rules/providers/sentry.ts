// Formats: docs.sentry.io "Auth Tokens" (organization tokens sntrys_ + base64 JSON claims + "_" +
// secret; user tokens sntryu_ + 64 hex digits). A DSN is a public client key, not a secret.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { isBase64JsonWith } from '../valueChecks';

const DOCS = 'https://docs.sentry.io/account/auth-tokens/';
const DSN = (hex: string) => `https://${hex}@o${hex.slice(0, 6).replace(/[a-f]/g, '4')}.ingest.us.sentry.io/4507`;

export const sentryRules: readonly Rule[] = [
  prefixedRule({
    id: 'sentry-org-token',
    title: 'Sentry organization auth token',
    provider: 'Sentry',
    prefix: 'sntrys_',
    body: String.raw`eyJ[A-Za-z0-9+/]{20,1000}={0,2}_[A-Za-z0-9_+/-]{30,64}`,
    envVar: 'SENTRY_AUTH_TOKEN',
    docs: DOCS,
    risk: "Uploads source maps and debug files and creates releases for the organization (CI scopes); can overwrite what the organization's error reports show.",
    validate: (token) => isBase64JsonWith(token.slice('sntrys_'.length, token.indexOf('_', 'sntrys_'.length)), ['iat']),
    token: (fake) => {
      const claims = {
        iat: 1700000000 + fake.int(9e7),
        url: 'https://sentry.io',
        region_url: 'https://us.sentry.io',
        org: `team-${fake.lower(6)}`,
      };
      return `sntrys_${Buffer.from(JSON.stringify(claims)).toString('base64')}_${fake.base64url(43)}`;
    },
    negatives: [
      { text: (fake) => DSN(fake.hex(32)), why: 'a DSN is a public client key' },
      { text: 'sntrys_<org-auth-token>', why: 'placeholder' },
      { text: (fake) => `sntrys_eyJ${fake.base64(60)}_${fake.base64url(43)}`, why: 'claims segment is not JSON' },
    ],
  }),
  prefixedRule({
    id: 'sentry-user-token',
    title: 'Sentry user auth token',
    provider: 'Sentry',
    prefix: 'sntryu_',
    body: '[0-9a-f]{64}',
    minEntropy: 3,
    envVar: 'SENTRY_AUTH_TOKEN',
    docs: DOCS,
    risk: 'Calls the Sentry API as the user within its scopes: read events (often with personal data), change projects and releases.',
    token: (fake) => `sntryu_${fake.hex(64)}`,
    more: (fake) => [`sentry-cli --auth-token sntryu_${fake.hex(64)} releases new 1.4.2`],
    negatives: [
      { text: (fake) => `SENTRY_DSN=${DSN(fake.hex(32))}`, why: 'a DSN is a public client key' },
      { text: (fake) => `sntryu_${fake.hex(40)}`, why: 'too short for the format' },
    ],
  }),
];
