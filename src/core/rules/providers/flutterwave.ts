// Format: Flutterwave docs "Authentication" (secret keys FLWSECK-/FLWSECK_TEST- + 32 hex + `-X`; public
// keys FLWPUBK-/FLWPUBK_TEST- in the same shape).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

export const flutterwaveRules: readonly Rule[] = [
  {
    id: 'flutterwave-secret-key',
    title: 'Flutterwave secret key',
    provider: 'Flutterwave',
    keywords: ['flwseck'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}FLWSECK(?:_TEST|_LIVE)?-[0-9a-f]{32,64}-X${TOKEN_END}`),
    minEntropy: 3,
    confidence: 'high',
    envVar: 'FLW_SECRET_KEY',
    docs: 'https://developer.flutterwave.com/docs/integration-guides/authentication',
    risk: 'Full API access: initiates transfers and refunds and reads transactions and customer data (test keys: test mode only).',
    examples: {
      positives: (fake) => [`FLWSECK-${fake.hex(32)}-X`, `FLWSECK_TEST-${fake.hex(32)}-X`],
      negatives: [
        { text: 'FLWPUBK_TEST-' + '32193bba8dab84e3d9c4525c85ea7a12-X', why: 'public key from the documentation' },
        { text: 'FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X', why: 'placeholder' },
      ],
    },
  },
];
