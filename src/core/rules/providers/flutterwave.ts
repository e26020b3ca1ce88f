// Format: Flutterwave docs "Authentication" (secret keys FLWSECK-/FLWSECK_TEST- + 32 hex + `-X`; public
// keys FLWPUBK-/FLWPUBK_TEST- in the same shape; the encryption key of a test account is FLWSECK_TEST and 12
// hex characters, with no dash).
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
  {
    id: 'flutterwave-encryption-key',
    title: 'Flutterwave encryption key',
    provider: 'Flutterwave',
    keywords: ['flwseck_test'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}FLWSECK_TEST[0-9a-f]{12}${TOKEN_END}`),
    minEntropy: 2.5,
    confidence: 'high',
    envVar: 'FLW_ENCRYPTION_KEY',
    docs: 'https://developer.flutterwave.com/docs/integration-guides/authentication',
    risk: 'Encrypts and decrypts the card and account payloads sent to the Flutterwave API for the account.',
    examples: {
      positives: (fake) => [`FLWSECK_TEST${fake.hex(12)}`, `FLW_ENCRYPTION_KEY=FLWSECK_TEST${fake.hex(12)}`],
      negatives: [{ text: (fake) => `FLWSECK_TEST${fake.hex(6)}`, why: 'too short' }],
    },
  },
];
