// Formats: LangSmith docs "Create an account and API key": personal access tokens start
// `lsv2_pt_`, service keys `lsv2_sk_`; each is followed by 32 hex characters, `_`, 10 hex characters.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

const DOCS = 'https://docs.langchain.com/langsmith/create-account-api-key';
const BODY = '[0-9a-f]{32}_[0-9a-f]{10}';

export const langSmithRules: readonly Rule[] = [
  prefixedRule({
    id: 'langsmith-personal-access-token',
    title: 'LangSmith personal access token',
    provider: 'LangSmith',
    prefix: 'lsv2_pt_',
    body: BODY,
    envVar: 'LANGSMITH_API_KEY',
    docs: DOCS,
    risk: "Acts as the user in LangSmith: reads every trace, prompt and dataset (often full LLM inputs and outputs) in the user's workspaces.",
    minEntropy: 3,
    token: (fake) => `lsv2_pt_${fake.hex(32)}_${fake.hex(10)}`,
    usage: (t) => `LANGCHAIN_API_KEY=${t}`,
    negatives: [{ text: (fake) => `lsv2_pt_${fake.hex(32)}`, why: 'missing the suffix segment' }],
  }),
  prefixedRule({
    id: 'langsmith-service-key',
    title: 'LangSmith service key',
    provider: 'LangSmith',
    prefix: 'lsv2_sk_',
    body: BODY,
    envVar: 'LANGSMITH_API_KEY',
    docs: DOCS,
    risk: 'Reads and writes traces, prompts, datasets and deployments in the workspaces or organization the key is scoped to.',
    minEntropy: 3,
    token: (fake) => `lsv2_sk_${fake.hex(32)}_${fake.hex(10)}`,
    usage: (t) => `client = Client(api_key="${t}")`,
    negatives: [{ text: (fake) => `lsv2_sk_${fake.hex(31)}_${fake.hex(10)}`, why: 'wrong length' }],
  }),
];
