// Format: developer.okta.com "Create an API token" (SSWS scheme; tokens are 00 followed by 40
// base64url characters).
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, NAME_CHAR, TOKEN_END, assignmentLines } from '../ruleKit';

export const oktaRules: readonly Rule[] = [
  {
    id: 'okta-api-token',
    title: 'Okta API token',
    provider: 'Okta',
    keywords: ['okta', 'ssws'],
    pattern: new RegExp(
      String.raw`(?:okta${NAME_CHAR}{0,20}${ASSIGN_NO_BACKTICK}|SSWS\s{1,4})(?<secret>00[A-Za-z0-9_-]{40})${TOKEN_END}`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'OKTA_API_TOKEN',
    docs: 'https://developer.okta.com/docs/guides/create-an-api-token/main/',
    risk: "Calls the Okta management API with the creating admin's privileges: users, groups, apps and sign-on policies.",
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('OKTA_API_TOKEN', () => `00${fake.base64url(40)}`),
        `okta.client.token=00${fake.alnum(40)}`,
        `curl -H "Authorization: SSWS 00${fake.base64url(40)}" https://corp.okta.com/api/v1/users`,
      ],
      negatives: [
        { text: 'OKTA_API_TOKEN={{ okta_token }}', why: 'template reference' },
        { text: 'Authorization: SSWS ${OKTA_API_TOKEN}', why: 'environment reference' },
        { text: (fake) => `okta_client_id: 0oa${fake.alnum(17)}`, why: 'client ids are public' },
      ],
    },
  },
];
