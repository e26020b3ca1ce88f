// Formats: AssemblyAI docs "Authentication": API keys are 32 lowercase hex characters with no
// prefix, so the rule needs an AssemblyAI-named setting (or the SDK's aai.settings.api_key).
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const assemblyAiRules: readonly Rule[] = [
  assignedRule({
    id: 'assemblyai-api-key',
    title: 'AssemblyAI API key',
    provider: 'AssemblyAI',
    keywords: ['assemblyai', 'assembly_ai', 'aai.settings'],
    names: String.raw`assembly_?ai|aai\.settings`,
    secret: '[0-9a-f]{32}',
    envVar: 'ASSEMBLYAI_API_KEY',
    docs: 'https://www.assemblyai.com/docs/account-management',
    risk: "Transcribes audio on the account's bill and reads or deletes its past transcripts.",
    key: (fake) => fake.hex(32),
    calls: ['const client = new AssemblyAI({ apiKey: "$KEY" });'],
    more: (fake) => [`aai.settings.api_key = "${fake.hex(32)}"`, `ASSEMBLY_AI_KEY=${fake.hex(32)}`],
    negatives: [{ text: (fake) => `ASSEMBLYAI_KEY=${fake.hex(31)}`, why: 'wrong length' }],
  }),
];
