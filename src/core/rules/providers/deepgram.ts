// Formats: Deepgram docs "Authenticating" / "Creating API Keys": keys are 40 lowercase hex
// characters with no prefix, so the rule needs a Deepgram-named setting.
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const deepgramRules: readonly Rule[] = [
  assignedRule({
    id: 'deepgram-api-key',
    title: 'Deepgram API key',
    provider: 'Deepgram',
    keywords: ['deepgram'],
    names: 'deepgram',
    secret: '[0-9a-f]{40}',
    envVar: 'DEEPGRAM_API_KEY',
    docs: 'https://developers.deepgram.com/docs/create-additional-api-keys',
    risk: "Transcribes and synthesizes speech on the project's balance; keys with admin roles also manage keys and members.",
    key: (fake) => fake.hex(40),
    calls: ['deepgram = DeepgramClient("$KEY")', 'const dg = new DeepgramClient({ apiKey: "$KEY" });'],
    negatives: [
      { text: (fake) => `DEEPGRAM_KEY=${fake.hex(39)}`, why: 'wrong length' },
      { text: (fake) => `DEEPGRAM_PROJECT_ID=${fake.uuid()}`, why: 'a project id, not a key' },
    ],
  }),
];
