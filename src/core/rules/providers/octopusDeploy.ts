// Format: Octopus Deploy docs "How to create an API key" (keys start `API-`, then upper-case letters and
// digits).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';
import { hasLetterAndDigit } from '../valueChecks';

export const octopusDeployRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'octopus-deploy-api-key',
      title: 'Octopus Deploy API key',
      provider: 'Octopus Deploy',
      prefix: 'API-',
      body: String.raw`[A-Z0-9]{25,32}`,
      minEntropy: 3.5,
      envVar: 'OCTOPUS_API_KEY',
      docs: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
      risk: 'Acts as the user on the Octopus server: creates releases and deploys them to every environment the user may deploy to.',
      validate: (token) => hasLetterAndDigit(token.slice(4)),
      token: (fake) => `API-${fake.upperAlnum(26)}`,
      usage: (t) => `octo create-release --apiKey=${t} --server=https://octopus.example.com`,
      negatives: [
        { text: 'API-RATE-LIMIT-EXCEEDED-ERROR', why: 'an upper-case constant, not a key' },
        { text: (fake) => `API-${fake.upper(26)}`, why: 'letters only: a name, not a key' },
      ],
    }),
  ),
];
