// Formats: Heroku Dev Center "Heroku CLI Authentication" and Platform API authorizations (API keys
// were UUIDs; current keys start with HRKU-AA followed by 58 base64url characters). The ~/.netrc
// entry the CLI writes is covered by netrc.ts.
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_CHAR, UUID, assignmentLines } from '../ruleKit';

const DOCS = 'https://devcenter.heroku.com/articles/authentication#revoking-tokens';

export const herokuRules: readonly Rule[] = [
  {
    id: 'heroku-api-key',
    title: 'Heroku API key',
    provider: 'Heroku',
    keywords: ['hrku-'],
    pattern: /(?<![A-Za-z0-9_-])HRKU-AA[A-Za-z0-9_-]{58}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'HEROKU_API_KEY',
    docs: DOCS,
    risk: "Controls the user's Heroku apps: deploys code, reads config vars (every app secret) and scales or deletes dynos.",
    examples: {
      positives: (fake) => [`HRKU-AA${fake.base64url(58)}`, `HRKU-AA${fake.alnum(58)}`],
      negatives: [
        { text: 'HRKU-your-api-key', why: 'placeholder' },
        { text: (fake) => `HRKU-AA${fake.alnum(30)}`, why: 'too short' },
        { text: (fake) => `HRKU-${fake.uuid()}`, why: 'a UUID with a prefix pasted on is not the HRKU-AA format' },
      ],
    },
  },
  {
    id: 'heroku-api-key-legacy',
    title: 'Heroku API key (UUID format)',
    provider: 'Heroku',
    keywords: ['heroku'],
    pattern: new RegExp(
      String.raw`heroku${NAME_CHAR}{0,30}(?:key|token|secret|password)${ASSIGN_NOT_DOUBLED}(?<secret>${UUID})(?![0-9A-Za-z-])`,
      'i',
    ),
    confidence: 'medium',
    envVar: 'HEROKU_API_KEY',
    docs: DOCS,
    risk: "Controls the user's Heroku apps: deploys code, reads config vars (every app secret) and scales or deletes dynos.",
    examples: {
      embed: false,
      positives: (fake) => [...assignmentLines('HEROKU_API_KEY', () => fake.uuid()), `heroku_token: ${fake.uuid()}`],
      negatives: [
        { text: (fake) => `HEROKU_APP_ID=${fake.uuid()}`, why: 'an app identifier, not a credential' },
        { text: 'HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}', why: 'GitHub Actions secret reference' },
        { text: 'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000', why: 'all-zero placeholder' },
      ],
    },
  },
];
