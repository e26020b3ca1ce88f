// Format: PayPal Developer docs "Get started with PayPal REST APIs" (an 80-character client id and an
// 80-character client secret; the id alone is public, the secret has no prefix).
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

export const paypalRules: readonly Rule[] = [
  contextRule({
    id: 'paypal-client-secret',
    title: 'PayPal REST API client secret',
    provider: 'PayPal',
    keywords: ['paypal'],
    name: 'paypal[A-Za-z0-9_.-]{0,16}secret[A-Za-z0-9_.-]{0,8}',
    value: '[A-Za-z0-9_-]{60,90}',
    valueClass: '[A-Za-z0-9_-]',
    minEntropy: 4,
    envVar: 'PAYPAL_CLIENT_SECRET',
    docs: 'https://developer.paypal.com/api/rest/',
    risk: 'With the client id it gets OAuth tokens for the REST APIs: creates and refunds payments and sends payouts from the account.',
    names: ['PAYPAL_CLIENT_SECRET', 'PAYPAL_SECRET'],
    sample: (fake) => `E${fake.base64url(79)}`,
    negatives: [
      { text: (fake) => `PAYPAL_CLIENT_ID=A${fake.base64url(79)}`, why: 'client id, used in the browser SDK' },
    ],
  }),
];
