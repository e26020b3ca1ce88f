// Formats: Firecrawl docs "Authentication" (keys start `fc-`, 32 lowercase hex characters follow).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const firecrawlRules: readonly Rule[] = [
  prefixedRule({
    id: 'firecrawl-api-key',
    title: 'Firecrawl API key',
    provider: 'Firecrawl',
    prefix: 'fc-',
    body: '[0-9a-f]{32}',
    envVar: 'FIRECRAWL_API_KEY',
    docs: 'https://www.firecrawl.dev/app/api-keys',
    risk: "Scrapes and crawls on the account's credits and reads its past crawl results.",
    minEntropy: 3,
    token: (fake) => `fc-${fake.hex(32)}`,
    usage: (t) => `app = FirecrawlApp(api_key="${t}")`,
    negatives: [
      { text: (fake) => `fc-${fake.hex(31)}`, why: 'wrong length' },
      { text: '<div class="fc-daygrid-day-frame fc-scrollgrid-sync-inner">', why: 'FullCalendar CSS classes' },
    ],
  }),
];
