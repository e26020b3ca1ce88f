// Format: developers.notion.com "Authorization" (internal integration tokens: ntn_ since 2024,
// secret_ followed by 43 characters before).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

const DOCS = 'https://developers.notion.com/docs/authorization';
const RISK = 'Reads and edits every page and database shared with the integration.';

export const notionRules: readonly Rule[] = [
  prefixedRule({
    id: 'notion-integration-token',
    title: 'Notion integration token',
    provider: 'Notion',
    prefix: 'ntn_',
    body: '[A-Za-z0-9]{46}',
    minEntropy: 3.5,
    envVar: 'NOTION_TOKEN',
    docs: DOCS,
    risk: RISK,
    token: (fake) => `ntn_${fake.digits(11)}${fake.alnum(35)}`,
    negatives: [
      { text: 'ntn_your_integration_token', why: 'placeholder' },
      { text: (fake) => `ntn_${fake.alnum(20)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'notion-integration-token-legacy',
    title: 'Notion integration token (secret_ format)',
    provider: 'Notion',
    prefix: 'secret_',
    body: '[A-Za-z0-9]{43}',
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'NOTION_TOKEN',
    docs: DOCS,
    risk: RISK,
    validate: (secret) => /[0-9]/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(7)),
    token: (fake) => `secret_${fake.alnum(43)}`,
    more: (fake) => [`const notion = new Client({ auth: "secret_${fake.alnum(43)}" });`],
    negatives: [
      { text: 'secret_key_base_for_the_development_environment_only', why: 'an identifier, not a token' },
      { text: (fake) => `client_secret_${fake.alnum(43)}`, why: 'prefix inside a longer name' },
      { text: (fake) => `secret_${fake.alnum(30)}`, why: 'too short for the format' },
    ],
  }),
];
