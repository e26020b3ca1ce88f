// Formats: GroqCloud console "API keys" (keys start `gsk_`, 52 alphanumeric characters follow).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const groqRules: readonly Rule[] = [
  prefixedRule({
    id: 'groq-api-key',
    title: 'Groq API key',
    provider: 'Groq',
    prefix: 'gsk_',
    body: '[A-Za-z0-9]{52}',
    envVar: 'GROQ_API_KEY',
    docs: 'https://console.groq.com/keys',
    risk: "Runs inference on GroqCloud on the organization's quota and bill.",
    minEntropy: 3.5,
    token: (fake) => `gsk_${fake.alnum(20)}WGdyb3FY${fake.alnum(24)}`,
    usage: (t) => `client = Groq(api_key="${t}")`,
    negatives: [{ text: (fake) => `gsk_${fake.alnum(51)}`, why: 'wrong length' }],
  }),
];
