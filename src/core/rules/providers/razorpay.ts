// Format: Razorpay docs "API keys" (key id `rzp_live_`/`rzp_test_` + 14 characters, public and used in
// Checkout; key secret 24 alphanumerics without prefix).
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

export const razorpayRules: readonly Rule[] = [
  contextRule({
    id: 'razorpay-key-secret',
    title: 'Razorpay API key secret',
    provider: 'Razorpay',
    keywords: ['razorpay'],
    name: 'razorpay[A-Za-z0-9_.-]{0,16}secret[A-Za-z0-9_.-]{0,8}',
    value: '[A-Za-z0-9]{24}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3.5,
    envVar: 'RAZORPAY_KEY_SECRET',
    docs: 'https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/',
    risk: 'With the key id it calls the Razorpay API: captures and refunds payments, creates payouts and reads customer data.',
    names: ['RAZORPAY_KEY_SECRET', 'RAZORPAY_SECRET'],
    sample: (fake) => fake.alnum(24),
    negatives: [{ text: (fake) => `RAZORPAY_KEY_ID=rzp_live_${fake.alnum(14)}`, why: 'key id, public in Checkout' }],
  }),
];
