// Formats: Tavily docs "API key management" (keys start `tvly-`; newer ones `tvly-dev-` or
// `tvly-prod-` plus a short id segment, then the random part).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const tavilyRules: readonly Rule[] = [
  prefixedRule({
    id: 'tavily-api-key',
    title: 'Tavily API key',
    provider: 'Tavily',
    prefix: 'tvly-',
    body: '(?:(?:dev|prod)-[A-Za-z0-9]{4,10}-)?[A-Za-z0-9]{30,64}',
    envVar: 'TAVILY_API_KEY',
    docs: 'https://docs.tavily.com/documentation/best-practices/api-key-management',
    risk: "Runs web searches and extractions on the account's credits.",
    minEntropy: 3.5,
    token: (fake) => `tvly-${fake.alnum(32)}`,
    usage: (t) => `client = TavilyClient(api_key="${t}")`,
    more: (fake) => [`tvly-dev-${fake.alnum(6)}-${fake.alnum(42)}`, `tvly-prod-${fake.alnum(6)}-${fake.alnum(42)}`],
    negatives: [{ text: (fake) => `tvly-${fake.alnum(20)}`, why: 'too short to be a key' }],
  }),
];
