// Format: Dynatrace docs "Access tokens" / "Dynatrace API - Tokens and authentication": three parts
// separated by dots, a type prefix (`dt0c01` API tokens, `dt0s01`... account and OAuth tokens), a
// 24-character public identifier and a 64-character secret part. The docs give lengths, not an
// alphabet; their example is upper-case base32, so upper-case letters and digits are accepted.
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export const dynatraceRules: readonly Rule[] = [
  {
    id: 'dynatrace-token',
    title: 'Dynatrace access token',
    provider: 'Dynatrace',
    keywords: ['dt0'],
    pattern: new RegExp(String.raw`${TOKEN_START_NO_DOT}dt0[a-z][0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}${TOKEN_END}`),
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'DYNATRACE_API_TOKEN',
    docs: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens-legacy',
    risk: "Calls the Dynatrace API of the environment with the token's scopes: reads monitoring data and logs, changes settings, or downloads and installs agents.",
    examples: {
      positives: (fake) => [
        `dt0c01.${fake.from(BASE32, 24)}.${fake.from(BASE32, 64)}`,
        `curl -H "Authorization: Api-Token dt0c01.${fake.from(BASE32, 24)}.${fake.from(BASE32, 64)}" https://abc12345.live.dynatrace.com/api/v2/metrics`,
        `dt0s01.${fake.from(BASE32, 24)}.${fake.from(BASE32, 64)}`,
        `DT_API_TOKEN=dt0c01.${fake.upperAlnum(24)}.${fake.upperAlnum(64)}`,
      ],
      negatives: [
        {
          text: (fake) => `dt0c01.${fake.from(BASE32, 24)}`,
          why: 'token identifier only (prefix and public part), safe to log',
        },
        { text: (fake) => `dt0c01.${fake.from(BASE32, 24)}.<masked>`, why: 'secret part masked' },
      ],
    },
  },
];
