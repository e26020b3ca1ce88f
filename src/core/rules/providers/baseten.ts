// Formats: Baseten docs "API keys" (sent as `Authorization: Api-Key <key>`; keys are an 8-character
// prefix, `.`, and a 32-character secret). Not distinctive alone, so the rule needs a Baseten-named
// setting.
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const basetenRules: readonly Rule[] = [
  assignedRule({
    id: 'baseten-api-key',
    title: 'Baseten API key',
    provider: 'Baseten',
    keywords: ['baseten'],
    names: 'baseten',
    secret: String.raw`[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}`,
    envVar: 'BASETEN_API_KEY',
    docs: 'https://docs.baseten.co/observability/api-keys',
    risk: "Calls, deploys and deletes the workspace's model deployments and Model APIs on its bill.",
    minEntropy: 3.5,
    key: (fake) => `${fake.alnum(8)}.${fake.alnum(32)}`,
    more: (fake) => [`baseten_api_key = "${fake.alnum(8)}.${fake.alnum(32)}"`],
    negatives: [
      { text: (fake) => `BASETEN_KEY=${fake.alnum(8)}.${fake.alnum(20)}`, why: 'wrong length' },
      { text: 'BASETEN_MODEL_ID=abcd1234', why: 'a model id, not a key' },
    ],
  }),
];
