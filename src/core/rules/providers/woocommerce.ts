// Format: WooCommerce REST API docs "Authentication" (generated keys: the consumer key starts `ck_`, the
// consumer secret `cs_`, each followed by 40 hex characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

const DOCS = 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication';

export const woocommerceRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'woocommerce-consumer-secret',
      title: 'WooCommerce REST API consumer secret',
      provider: 'WooCommerce',
      prefix: 'cs_',
      body: '[a-f0-9]{40}',
      minEntropy: 3,
      envVar: 'WOOCOMMERCE_CONSUMER_SECRET',
      docs: DOCS,
      risk: "With its consumer key, reads or writes the shop's orders, customers (names, addresses) and products.",
      token: (fake) => `cs_${fake.hex(40)}`,
      usage: (t) => `const api = new WooCommerceRestApi({ url, consumerKey: ck, consumerSecret: '${t}' });`,
      negatives: [{ text: (fake) => `cs_${fake.hex(20)}`, why: 'too short' }],
    }),
  ),
  atKeyword(
    prefixedRule({
      id: 'woocommerce-consumer-key',
      title: 'WooCommerce REST API consumer key',
      provider: 'WooCommerce',
      prefix: 'ck_',
      body: '[a-f0-9]{40}',
      minEntropy: 3,
      confidence: 'medium',
      envVar: 'WOOCOMMERCE_CONSUMER_KEY',
      docs: DOCS,
      risk: 'Half of a WooCommerce API credential; where the secret sits next to it, the pair reads or writes the shop.',
      token: (fake) => `ck_${fake.hex(40)}`,
      usage: (t) => `curl https://shop.example.com/wp-json/wc/v3/orders -u ${t}:$WC_SECRET`,
      negatives: [{ text: (fake) => `ck_${fake.alnum(40)}`, why: 'not hexadecimal' }],
    }),
  ),
];
