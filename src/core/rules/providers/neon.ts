// Formats: Neon docs "Manage API keys" (API keys are napi_ followed by 64 lowercase alphanumerics).
import type { Rule } from '../types';
import { hasLetterAndDigit } from '../valueChecks';

export const neonRules: readonly Rule[] = [
  {
    id: 'neon-api-key',
    title: 'Neon API key',
    provider: 'Neon',
    keywords: ['napi_'],
    pattern: /(?<![A-Za-z0-9_-])napi_[a-z0-9]{64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'NEON_API_KEY',
    docs: 'https://neon.com/docs/manage/api-keys#revoke-an-api-key',
    risk: "Manages the account's or organization's Neon projects: branches, databases, roles and their passwords.",
    validate: hasLetterAndDigit,
    examples: {
      positives: (fake) => [
        `napi_${fake.lowerAlnum(63)}${fake.digits(1)}`,
        `NEON_API_KEY=napi_${fake.lowerAlnum(63)}${fake.digits(1)}`,
      ],
      negatives: [
        { text: 'napi_your_neon_api_key', why: 'placeholder' },
        { text: 'status = napi_create_function(env, NULL, 0, Method, NULL, &fn);', why: 'a Node-API call' },
        { text: (fake) => `napi_${fake.lowerAlnum(20)}`, why: 'too short' },
      ],
    },
  },
];
