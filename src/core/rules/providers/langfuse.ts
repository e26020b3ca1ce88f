// Format: Langfuse docs "Get started" (secret keys start `sk-lf-`, then a UUID; public keys start `pk-lf-`
// and are not reported).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const langfuseRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'langfuse-secret-key',
      title: 'Langfuse secret key',
      provider: 'Langfuse',
      prefix: 'sk-lf-',
      body: String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
      envVar: 'LANGFUSE_SECRET_KEY',
      docs: 'https://langfuse.com/faq/all/where-are-langfuse-api-keys',
      risk: "Reads and writes the project's traces, prompts and datasets, which hold the prompts and completions of every logged LLM call.",
      token: (fake) => `sk-lf-${fake.uuid()}`,
      usage: (t) => `langfuse = Langfuse(secret_key="${t}", public_key=pk)`,
      negatives: [{ text: (fake) => `pk-lf-${fake.uuid()}`, why: 'a public key' }],
    }),
  ),
];
