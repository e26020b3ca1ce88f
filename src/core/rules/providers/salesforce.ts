// Format: Salesforce session ids and OAuth access tokens (Salesforce Help "Session ID", REST API
// Developer Guide "Quick Start"): the 15-character org id (starting `00D`), `!`, and an opaque part of
// about 96 characters ([A-Za-z0-9._]).
import type { Rule } from '../types';
import { hasLetterAndDigit } from '../valueChecks';

export const salesforceRules: readonly Rule[] = [
  {
    id: 'salesforce-session-id',
    title: 'Salesforce session id or OAuth access token',
    provider: 'Salesforce',
    keywords: ['00d'],
    pattern: /(?<![A-Za-z0-9_.!-])00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,140}(?![A-Za-z0-9._!-])/,
    startsAtKeyword: true,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'SALESFORCE_ACCESS_TOKEN',
    docs: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm',
    risk: 'Calls the Salesforce APIs as the user until the session ends: reads and changes the CRM records, metadata and files the user can reach.',
    validate: (token) => hasLetterAndDigit(token.slice(16)),
    examples: {
      positives: (fake) => [
        `00D${fake.alnum(12)}!AQ${fake.alnum(40)}.${fake.alnum(40)}${fake.digits(2)}_${fake.alnum(10)}`,
        `curl https://acme.my.salesforce.com/services/data/v60.0/sobjects -H "Authorization: Bearer 00D${fake.alnum(12)}!AR${fake.alnum(94)}"`,
      ],
      negatives: [
        { text: (fake) => `00D${fake.alnum(12)}`, why: 'org id alone, not a credential' },
        { text: (fake) => `00D${fake.alnum(12)}!${fake.alnum(20)}`, why: 'too short for a session id' },
      ],
    },
  },
];
