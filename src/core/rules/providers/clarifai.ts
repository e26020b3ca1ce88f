// Formats: Clarifai docs "Personal Access Tokens": a PAT (and an app-specific API key) is 32 lowercase
// hex characters with no prefix, so the rule needs a Clarifai-named setting (e.g. CLARIFAI_PAT).
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const clarifaiRules: readonly Rule[] = [
  assignedRule({
    id: 'clarifai-personal-access-token',
    title: 'Clarifai personal access token',
    provider: 'Clarifai',
    keywords: ['clarifai'],
    names: 'clarifai',
    secret: '[0-9a-f]{32}',
    envVar: 'CLARIFAI_PAT',
    docs: 'https://docs.clarifai.com/control/authentication/pat',
    risk: 'Acts as the user across all of their Clarifai apps: runs models on their bill and reads or deletes their inputs and models.',
    key: (fake) => fake.hex(32),
    more: (fake) => [`CLARIFAI_API_KEY=${fake.hex(32)}`],
    negatives: [
      { text: (fake) => `CLARIFAI_KEY=${fake.hex(31)}`, why: 'wrong length' },
      { text: 'CLARIFAI_USER_ID=clarifai', why: 'a user id, not a token' },
    ],
  }),
];
