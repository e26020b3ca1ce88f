// Format: docs.snyk.io "Authentication for API" (personal API tokens are UUIDs, used as SNYK_TOKEN
// or with `snyk auth`). A UUID alone is not a secret, so a Snyk-named context is required.
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, NAME_CHAR, TOKEN_END, UUID, assignmentLines } from '../ruleKit';

export const snykRules: readonly Rule[] = [
  {
    id: 'snyk-api-token',
    title: 'Snyk API token',
    provider: 'Snyk',
    keywords: ['snyk'],
    pattern: new RegExp(
      String.raw`(?:snyk${NAME_CHAR}{0,20}?(?:token|key|auth)${ASSIGN_NO_BACKTICK}|snyk[ \t]{1,4}auth[ \t]{1,4})(?<secret>${UUID})${TOKEN_END}`,
      'i',
    ),
    confidence: 'high',
    envVar: 'SNYK_TOKEN',
    docs: 'https://docs.snyk.io/snyk-api/authentication-for-api/revoke-and-regenerate-a-snyk-api-token',
    risk: 'Acts as the user on Snyk: read the vulnerability reports and dependency graphs of every organization they belong to, change project settings.',
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('SNYK_TOKEN', () => fake.uuid()),
        `snyk auth ${fake.uuid()}`,
        `SNYK_API_KEY: ${fake.uuid()}`,
      ],
      negatives: [
        { text: 'SNYK_TOKEN: ${{ secrets.SNYK_TOKEN }}', why: 'GitHub Actions secret reference' },
        { text: (fake) => `snyk_org_id = "${fake.uuid()}"`, why: 'an organization id, not a token' },
        { text: 'snyk auth $SNYK_TOKEN', why: 'environment reference' },
      ],
    },
  },
];
