// Format: docs.codecov.com "Codecov Tokens" (repository and global upload tokens are UUIDs). A UUID
// alone is not a secret, so a Codecov-named assignment is required.
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, NAME_CHAR, TOKEN_END, UUID, assignmentLines } from '../ruleKit';

export const codecovRules: readonly Rule[] = [
  {
    id: 'codecov-upload-token',
    title: 'Codecov upload token',
    provider: 'Codecov',
    keywords: ['codecov'],
    pattern: new RegExp(
      String.raw`codecov${NAME_CHAR}{0,20}?token${ASSIGN_NO_BACKTICK}(?<secret>${UUID})${TOKEN_END}`,
      'i',
    ),
    confidence: 'medium',
    envVar: 'CODECOV_TOKEN',
    docs: 'https://docs.codecov.com/docs/codecov-tokens',
    risk: 'Uploads coverage reports for the repository (or, for a global token, every repository of the organization), so status checks can be forged.',
    examples: {
      embed: false,
      positives: (fake) => [...assignmentLines('CODECOV_TOKEN', () => fake.uuid()), `codecov.token=${fake.uuid()}`],
      negatives: [
        { text: 'token: ${{ secrets.CODECOV_TOKEN }}', why: 'GitHub Actions secret reference' },
        { text: 'CODECOV_TOKEN=${CODECOV_TOKEN}', why: 'environment reference' },
        { text: (fake) => `codecov_repo_id = "${fake.uuid()}"`, why: 'an id, not a token' },
      ],
    },
  },
];
