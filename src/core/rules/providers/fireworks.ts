// Formats: Fireworks AI "API keys" (keys start `fw_`, followed by 24 or more alphanumerics).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const fireworksRules: readonly Rule[] = [
  prefixedRule({
    id: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    provider: 'Fireworks AI',
    prefix: 'fw_',
    body: '[A-Za-z0-9]{24,40}',
    envVar: 'FIREWORKS_API_KEY',
    docs: 'https://docs.fireworks.ai/tools-sdks/firectl/commands/api-key-delete',
    risk: "Runs serverless and dedicated inference and fine-tuning on the Fireworks account's bill.",
    minEntropy: 3.5,
    token: (fake) => `fw_${fake.alnum(24)}`,
    usage: (t) => `client = Fireworks(api_key="${t}")`,
    negatives: [
      { text: (fake) => `fw_${fake.alnum(16)}`, why: 'too short to be a key' },
      { text: 'fw_version_update_handler', why: 'an identifier, not a key' },
    ],
  }),
];
