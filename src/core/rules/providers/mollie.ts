// Format: Mollie docs "Authentication" (API keys start `live_` or `test_`, then 30 alphanumerics;
// organization access tokens start `access_`, then 40 alphanumerics).
import type { Rule } from '../types';
import { bounded } from '../ruleKit';
import { tokenStartsAt } from '../prefixAnchored';
import { classCount } from '../valueChecks';

export const mollieRules: readonly Rule[] = [
  {
    id: 'mollie-api-key',
    title: 'Mollie API key',
    provider: 'Mollie',
    keywords: ['live_', 'test_'],
    // The body must mix cases and digits: `test_` and `live_` also start ordinary identifiers.
    pattern: bounded('(?:live|test)_[A-Za-z0-9]{30}'),
    minEntropy: 4,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'MOLLIE_API_KEY',
    docs: 'https://docs.mollie.com/reference/authentication',
    risk: "Creates payments and refunds and reads the profile's payments and customers; a live key moves real money.",
    validate: (key) => classCount(key.slice(5)) >= 3,
    examples: {
      positives: (fake) => [
        `live_${fake.alnum(28)}${fake.upper(1)}${fake.digits(1)}`,
        `mollie.setApiKey("test_${fake.alnum(28)}${fake.lower(1)}${fake.digits(1)}")`,
      ],
      negatives: [
        { text: 'test_shouldRejectExpiredTokensNow', why: 'a test name' },
        { text: 'live_reload_server_configuration', why: 'an identifier' },
      ],
    },
  },
];
