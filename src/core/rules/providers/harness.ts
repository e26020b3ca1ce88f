// Format: Harness Developer Hub "Manage API keys" (tokens of personal API keys start `pat.`, of
// service-account keys `sat.`; then the account id (22 base64url characters), the token id (24 hex)
// and the secret (20 alphanumerics), separated by dots).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const harnessRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'harness-personal-access-token',
      title: 'Harness personal access token',
      provider: 'Harness',
      prefix: 'pat.',
      body: String.raw`[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}`,
      minEntropy: 3,
      envVar: 'HARNESS_API_KEY',
      docs: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/',
      risk: 'Calls the Harness API as the user: runs and edits pipelines, reads secrets references and deploys to the connected environments.',
      token: (fake) => `pat.${fake.base64url(22)}.${fake.hex(24)}.${fake.alnum(20)}`,
      usage: (t) => `curl -H 'x-api-key: ${t}' https://app.harness.io/ng/api/user/currentUser`,
      negatives: [
        { text: (fake) => `pat.${fake.base64url(22)}.${fake.hex(24)}`, why: 'no secret part' },
        {
          text: (fake) => `pat.${fake.base64url(22)}.${fake.alnum(24)}.${fake.alnum(20)}`,
          why: 'the token id is not hexadecimal',
        },
      ],
    }),
  ),
  atKeyword(
    prefixedRule({
      id: 'harness-service-account-token',
      title: 'Harness service account token',
      provider: 'Harness',
      prefix: 'sat.',
      body: String.raw`[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}`,
      minEntropy: 3,
      envVar: 'HARNESS_API_KEY',
      docs: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/',
      risk: "Calls the Harness API with the service account's roles, at account, organization or project scope.",
      token: (fake) => `sat.${fake.base64url(22)}.${fake.hex(24)}.${fake.alnum(20)}`,
      usage: (t) => `HARNESS_PLATFORM_API_KEY: "${t}"`,
      negatives: [
        { text: (fake) => `sat.${fake.base64url(22)}.${fake.hex(24)}.${fake.alnum(12)}`, why: 'secret too short' },
      ],
    }),
  ),
];
