// Format: Paddle Billing docs "API keys" (keys start `pdl_live_apikey_` or `pdl_sdbx_apikey_`, then a
// 26-character key id, `_`, 22 alphanumerics, `_` and a 3-character checksum).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const paddleRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'paddle-api-key',
      title: 'Paddle Billing API key',
      provider: 'Paddle',
      prefix: 'pdl_',
      body: String.raw`(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}`,
      minEntropy: 3.5,
      envVar: 'PADDLE_API_KEY',
      docs: 'https://developer.paddle.com/api-reference/about/api-keys',
      risk: 'Calls the Paddle Billing API for the seller: reads customers and transactions, issues refunds and changes subscriptions and prices.',
      token: (fake) => `pdl_live_apikey_${fake.lowerAlnum(26)}_${fake.alnum(22)}_${fake.alnum(3)}`,
      usage: (t) => `const paddle = new Paddle('${t}');`,
      more: (fake) => [`pdl_sdbx_apikey_${fake.lowerAlnum(26)}_${fake.alnum(22)}_${fake.alnum(3)}`],
      negatives: [{ text: (fake) => `pdl_live_apikey_${fake.lowerAlnum(26)}`, why: 'the key id alone' }],
    }),
  ),
];
