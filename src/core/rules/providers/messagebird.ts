// Format: MessageBird (Bird) docs "Creating access keys" (25-character live and test access keys; no
// prefix, so only with the name).
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

export const messagebirdRules: readonly Rule[] = [
  contextRule({
    id: 'messagebird-access-key',
    title: 'MessageBird access key',
    provider: 'MessageBird',
    keywords: ['messagebird'],
    name: `messagebird${NAME_TAIL}`,
    value: '[A-Za-z0-9]{25}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3.5,
    envVar: 'MESSAGEBIRD_ACCESS_KEY',
    docs: 'https://docs.bird.com/connectivity-platform/getting-started/creating-access-keys',
    risk: 'A live key sends SMS, voice and WhatsApp messages at your cost and reads message history and contacts.',
    names: ['MESSAGEBIRD_ACCESS_KEY', 'MESSAGEBIRD_API_KEY'],
    sample: (fake) => fake.alnum(25),
    negatives: [{ text: 'MESSAGEBIRD_ORIGINATOR=ShopAlerts', why: 'sender name' }],
  }),
];
