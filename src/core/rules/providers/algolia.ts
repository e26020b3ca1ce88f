// Format: Algolia docs "API keys" (admin, write and search keys are all 32 hex; search-only keys are
// meant for the browser). Only with the name, and not for search or public keys.
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

export const algoliaRules: readonly Rule[] = [
  contextRule({
    id: 'algolia-admin-api-key',
    title: 'Algolia admin or write API key',
    provider: 'Algolia',
    keywords: ['algolia'],
    name: `algolia${NAME_TAIL}`,
    value: '[0-9a-f]{32}',
    valueClass: '[0-9a-f]',
    minEntropy: 3,
    envVar: 'ALGOLIA_ADMIN_KEY',
    docs: 'https://www.algolia.com/doc/guides/security/api-keys/',
    risk: 'Adds, changes and deletes records and indices, changes settings and creates API keys for the application.',
    excludeName: /search|public|read|app_?id/i,
    names: ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_WRITE_API_KEY'],
    sample: (fake) => fake.hex(32),
    negatives: [
      { text: (fake) => `NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=${fake.hex(32)}`, why: 'search-only key, public by design' },
      { text: (fake) => `  algoliaSearchKey: "${fake.hex(32)}",`, why: 'search-only key, public by design' },
      { text: 'ALGOLIA_APP_ID=B1G2GM9NG0', why: 'application id' },
    ],
  }),
];
