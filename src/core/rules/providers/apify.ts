// Format: Apify docs "API integration" (API tokens start `apify_api_`, then 36 alphanumerics).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const apifyRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'apify-api-token',
      title: 'Apify API token',
      provider: 'Apify',
      prefix: 'apify_api_',
      body: String.raw`[A-Za-z0-9]{36}`,
      minEntropy: 3.5,
      envVar: 'APIFY_TOKEN',
      docs: 'https://docs.apify.com/platform/integrations/api',
      risk: "Runs actors on the account's credits and reads its datasets, key-value stores and stored credentials.",
      token: (fake) => `apify_api_${fake.alnum(36)}`,
      usage: (t) => `client = ApifyClient("${t}")`,
      negatives: [{ text: (fake) => `apify_api_${fake.alnum(20)}`, why: 'too short' }],
    }),
  ),
];
