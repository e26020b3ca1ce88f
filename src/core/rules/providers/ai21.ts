// Formats: AI21 Studio "API key": 32 alphanumerics with no prefix, so the rule needs an AI21-named
// setting.
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const ai21Rules: readonly Rule[] = [
  assignedRule({
    id: 'ai21-api-key',
    title: 'AI21 Labs API key',
    provider: 'AI21 Labs',
    keywords: ['ai21'],
    names: 'ai21',
    secret: '[A-Za-z0-9]{32}',
    envVar: 'AI21_API_KEY',
    docs: 'https://docs.ai21.com/docs/create-api-key',
    risk: "Calls the Jamba models and AI21 tools on the account's bill.",
    minEntropy: 3.5,
    key: (fake) => fake.alnum(32),
    calls: ['client = AI21Client(api_key="$KEY")'],
    negatives: [{ text: (fake) => `AI21_KEY=${fake.alnum(31)}`, why: 'wrong length' }],
  }),
];
