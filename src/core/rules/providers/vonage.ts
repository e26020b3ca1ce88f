// Format: Vonage (formerly Nexmo) API docs "Authentication" (8-character API key, 16-character API
// secret; the key alone is an identifier).
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

export const vonageRules: readonly Rule[] = [
  contextRule({
    id: 'vonage-api-secret',
    title: 'Vonage (Nexmo) API secret',
    provider: 'Vonage',
    keywords: ['vonage', 'nexmo'],
    name: '(?:vonage|nexmo)[A-Za-z0-9_.-]{0,16}secret[A-Za-z0-9_.-]{0,8}',
    value: '[A-Za-z0-9]{16}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3.2,
    envVar: 'VONAGE_API_SECRET',
    docs: 'https://developer.vonage.com/en/account/secret-management',
    risk: 'With the API key it sends SMS and places calls at your cost and reads account and message data.',
    names: ['VONAGE_API_SECRET', 'NEXMO_API_SECRET'],
    sample: (fake) => fake.alnum(16),
    negatives: [{ text: (fake) => `VONAGE_APPLICATION_ID=${fake.uuid()}`, why: 'application id, an identifier' }],
  }),
];
