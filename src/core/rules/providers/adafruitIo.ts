// Format: Adafruit IO docs "API key" (keys start `aio_`, then 28 alphanumerics).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const adafruitIoRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'adafruit-io-key',
      title: 'Adafruit IO key',
      provider: 'Adafruit IO',
      prefix: 'aio_',
      body: String.raw`[A-Za-z0-9]{28}`,
      minEntropy: 3.5,
      envVar: 'ADAFRUIT_IO_KEY',
      docs: 'https://io.adafruit.com/api/docs/#authentication',
      risk: 'Reads and writes every feed and dashboard of the account, including feeds that drive devices.',
      token: (fake) => `aio_${fake.alnum(28)}`,
      usage: (t) => `aio = Client("maker", "${t}")`,
      negatives: [{ text: (fake) => `aio_${fake.alnum(12)}`, why: 'too short' }],
    }),
  ),
];
