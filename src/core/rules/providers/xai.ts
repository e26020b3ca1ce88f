// Formats: xAI console "API keys" (keys start `xai-`, 80 alphanumeric characters follow).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const xaiRules: readonly Rule[] = [
  prefixedRule({
    id: 'xai-api-key',
    title: 'xAI (Grok) API key',
    provider: 'xAI',
    prefix: 'xai-',
    body: '[A-Za-z0-9]{80}',
    envVar: 'XAI_API_KEY',
    docs: 'https://docs.x.ai/console/faq/security',
    risk: "Calls the Grok models on the team's prepaid credit or invoice.",
    minEntropy: 3.5,
    token: (fake) => `xai-${fake.alnum(80)}`,
    usage: (t) => `client = OpenAI(api_key="${t}", base_url="https://api.x.ai/v1")`,
    negatives: [{ text: (fake) => `xai-${fake.alnum(40)}`, why: 'too short to be a key' }],
  }),
];
