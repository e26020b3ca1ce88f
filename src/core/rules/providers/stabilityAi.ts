// Formats: Stability AI platform "API keys": `sk-` + 48 alphanumerics, the same shape as other
// `sk-` keys, so the rule needs a Stability-named setting.
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const stabilityAiRules: readonly Rule[] = [
  assignedRule({
    id: 'stability-ai-api-key',
    title: 'Stability AI API key',
    provider: 'Stability AI',
    keywords: ['stability', 'dreamstudio'],
    names: String.raw`stability(?:[_.-]?ai)?|dreamstudio`,
    secret: 'sk-[A-Za-z0-9]{48}',
    envVar: 'STABILITY_API_KEY',
    docs: 'https://platform.stability.ai/account/keys',
    risk: "Generates images, video and 3D on the account's credits.",
    minEntropy: 3.5,
    key: (fake) => `sk-${fake.alnum(48)}`,
    more: (fake) => [`DREAMSTUDIO_API_KEY=sk-${fake.alnum(48)}`],
    negatives: [{ text: (fake) => `STABILITY_KEY=sk-${fake.alnum(32)}`, why: 'wrong length' }],
  }),
];
