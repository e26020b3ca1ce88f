// Format: developer.travis-ci.com "Authentication" (API tokens: 22 base64url characters). They have
// no prefix, so a Travis-named assignment is required.
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, NAME_CHAR, TOKEN_END, assignmentLines } from '../ruleKit';
import { classCount } from '../valueChecks';

export const travisCiRules: readonly Rule[] = [
  {
    id: 'travis-ci-api-token',
    title: 'Travis CI API token',
    provider: 'Travis CI',
    keywords: ['travis'],
    pattern: new RegExp(
      String.raw`travis${NAME_CHAR}{0,20}?(?:token|api[_.-]?key)${ASSIGN_NO_BACKTICK}(?<secret>[A-Za-z0-9_-]{22})${TOKEN_END}`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'TRAVIS_API_TOKEN',
    docs: 'https://developer.travis-ci.com/authentication',
    risk: "Calls the Travis CI API as the user: trigger and restart builds, read logs, change the repository's environment variables and settings.",
    validate: (secret) => classCount(secret) >= 2,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('TRAVIS_API_TOKEN', () => fake.alnum(22)),
        `travis_token: ${fake.base64url(22)}`,
      ],
      negatives: [
        { text: 'TRAVIS_API_TOKEN=${TRAVIS_TOKEN}', why: 'environment reference' },
        { text: 'travis_token_name = "deploy_bot_token_name"', why: 'an identifier' },
      ],
    },
  },
];
