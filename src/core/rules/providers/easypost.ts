// Format: EasyPost docs "Authentication and Key Management" (production keys `EZAK`, test keys `EZTK`,
// then 54 alphanumerics).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

function easypostRule(id: string, title: string, prefix: string, confidence: Rule['confidence'], risk: string): Rule {
  return {
    id,
    title,
    provider: 'EasyPost',
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}${prefix}[A-Za-z0-9]{54}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence,
    envVar: 'EASYPOST_API_KEY',
    docs: 'https://docs.easypost.com/docs/authentication',
    risk,
    examples: {
      positives: (fake) => [
        `${prefix}${fake.alnum(54)}`,
        `client = easypost.EasyPostClient("${prefix}${fake.alnum(54)}")`,
      ],
      negatives: [
        { text: `EASYPOST_API_KEY=${prefix}...`, why: 'elided' },
        { text: (fake) => `${prefix}${fake.alnum(30)}`, why: 'too short' },
      ],
    },
  };
}

export const easypostRules: readonly Rule[] = [
  easypostRule(
    'easypost-api-key',
    'EasyPost production API key',
    'EZAK',
    'high',
    'Buys postage billed to the account and reads shipments, addresses and tracking data.',
  ),
  easypostRule(
    'easypost-test-api-key',
    'EasyPost test API key',
    'EZTK',
    'medium',
    "Test mode only, but it reads the account's test shipments and addresses.",
  ),
];
