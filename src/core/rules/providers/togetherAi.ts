// Formats: Together AI "API keys" settings: current keys start `tgp_v1_` followed by 43 base64url
// characters; older keys are 64 lowercase hex characters with no prefix (needs a Together-named
// setting).
import type { Rule } from '../types';
import { assignedRule, prefixedRule } from '../ruleKit';

const DOCS = 'https://api.together.ai/settings/api-keys';
const RISK = "Runs inference, fine-tuning and dedicated endpoints on the Together AI account's credit.";

export const togetherAiRules: readonly Rule[] = [
  prefixedRule({
    id: 'together-ai-api-key',
    title: 'Together AI API key',
    provider: 'Together AI',
    prefix: 'tgp_v1_',
    body: '[A-Za-z0-9_-]{43}',
    envVar: 'TOGETHER_API_KEY',
    docs: DOCS,
    risk: RISK,
    minEntropy: 3.5,
    token: (fake) => `tgp_v1_${fake.base64url(43)}`,
    usage: (t) => `client = Together(api_key="${t}")`,
    negatives: [{ text: (fake) => `tgp_v1_${fake.base64url(30)}`, why: 'too short to be a key' }],
  }),
  assignedRule({
    id: 'together-ai-api-key-legacy',
    title: 'Together AI API key (legacy hex format)',
    provider: 'Together AI',
    keywords: ['together'],
    names: String.raw`together(?:[_.-]?ai)?`,
    secret: '[0-9a-f]{64}',
    envVar: 'TOGETHER_API_KEY',
    docs: DOCS,
    risk: RISK,
    key: (fake) => fake.hex(64),
    calls: ['client = Together(api_key="$KEY")', 'const together = new Together({ apiKey: "$KEY" });'],
    more: (fake) => [`TOGETHER_AI_API_KEY=${fake.hex(64)}`],
    negatives: [{ text: (fake) => `TOGETHER_KEY=${fake.hex(40)}`, why: 'wrong length' }],
  }),
];
