// Format: Lob help "API keys" (secret keys `live_`/`test_` + hex; publishable keys are prefixed
// `live_pub`/`test_pub` and are public). Only with the name.
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

export const lobRules: readonly Rule[] = [
  contextRule({
    id: 'lob-api-key',
    title: 'Lob secret API key',
    provider: 'Lob',
    keywords: ['lob'],
    name: `lob${NAME_TAIL}`,
    value: '(?:live|test)_[0-9a-f]{30,40}',
    valueClass: '[0-9a-f]',
    minEntropy: 3,
    envVar: 'LOB_API_KEY',
    docs: 'https://help.lob.com/account-management/api-keys',
    risk: 'Prints and mails letters and postcards billed to the account and reads the addresses stored in it.',
    names: ['LOB_API_KEY', 'LOB_SECRET_KEY'],
    sample: (fake) => `${fake.int(2) === 0 ? 'live' : 'test'}_${fake.hex(35)}`,
    negatives: [
      { text: (fake) => `LOB_PUBLISHABLE_KEY=live_pub_${fake.hex(31)}`, why: 'publishable key, public by design' },
      { text: (fake) => `blob_version=live_${fake.hex(35)}`, why: 'not a Lob setting' },
    ],
  }),
];
