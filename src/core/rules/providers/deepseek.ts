// Formats: DeepSeek platform "API keys": `sk-` followed by 32 lowercase hex characters. OpenAI-style
// `sk-` keys are ambiguous on their own, so the rule needs a DeepSeek-named setting.
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const deepseekRules: readonly Rule[] = [
  assignedRule({
    id: 'deepseek-api-key',
    title: 'DeepSeek API key',
    provider: 'DeepSeek',
    keywords: ['deepseek'],
    names: 'deepseek',
    secret: 'sk-[0-9a-f]{32}',
    envVar: 'DEEPSEEK_API_KEY',
    docs: 'https://platform.deepseek.com/api_keys',
    risk: "Calls the DeepSeek chat and reasoning models on the account's prepaid balance.",
    minEntropy: 3,
    key: (fake) => `sk-${fake.hex(32)}`,
    calls: ['llm = ChatDeepSeek(api_key="$KEY", model="deepseek-chat")'],
    negatives: [
      { text: (fake) => `DEEPSEEK_KEY=sk-${fake.hex(31)}`, why: 'wrong length' },
      {
        text: (fake) => `OPENAI_BASE_URL=https://api.deepseek.com KEY_ID=${fake.hex(32)}`,
        why: 'no sk- key assigned to a DeepSeek setting',
      },
    ],
  }),
];
