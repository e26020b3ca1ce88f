// Formats: YouTrack / Hub docs "Permanent tokens" (`perm:` or, since 2023, `perm-`, then the base64 of the
// user name, `.`, the base64 of the token name, `.` and a 30-character secret) and TeamCity docs "Access
// tokens" (the token starts with the base64url of `{"typ": "TCV2"}`, then two more dotted parts).
import type { Rule } from '../types';
import { bounded } from '../ruleKit';
import { tokenStartsAt } from '../prefixAnchored';

function b64(text: string, url: boolean): string {
  return Buffer.from(text).toString(url ? 'base64url' : 'base64');
}

export const jetbrainsTokenRules: readonly Rule[] = [
  {
    id: 'youtrack-permanent-token',
    title: 'YouTrack / Hub permanent token',
    provider: 'JetBrains YouTrack',
    keywords: ['perm:', 'perm-'],
    pattern: bounded(String.raw`perm[:-][A-Za-z0-9+/=_-]{2,80}\.[A-Za-z0-9+/=_-]{2,120}\.[A-Za-z0-9]{30}`),
    minEntropy: 3.5,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'YOUTRACK_TOKEN',
    docs: 'https://www.jetbrains.com/help/youtrack/server/manage-permanent-token.html',
    risk: 'Acts as the user in YouTrack and Hub: reads and edits every issue, article and project the user can see.',
    examples: {
      positives: (fake) => [
        `perm:${b64('alice', false)}.${b64('ci-sync', false)}.${fake.alnum(30)}`,
        `perm-${b64('bob.smith', true)}.${b64('NDQtMTA', true)}.${fake.alnum(30)}`,
      ],
      negatives: [{ text: 'perm:read.write.execute', why: 'a permission string' }],
    },
  },
  {
    id: 'teamcity-access-token',
    title: 'TeamCity access token',
    provider: 'JetBrains TeamCity',
    keywords: ['eyj0exaioiaivenw'],
    pattern: bounded(String.raw`eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{16,200}\.[A-Za-z0-9_-]{16,400}`),
    minEntropy: 4,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'TEAMCITY_TOKEN',
    docs: 'https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens',
    risk: 'Calls the TeamCity REST API as the user: triggers builds, reads build logs and parameters and changes projects.',
    examples: {
      positives: (fake) => [
        `${b64('{"typ": "TCV2"}', true)}.${fake.base64url(40)}.${fake.base64url(60)}`,
        `curl -H "Authorization: Bearer ${b64('{"typ": "TCV2"}', true)}.${fake.base64url(40)}.${fake.base64url(60)}" https://ci.example.com/app/rest/builds`,
      ],
      negatives: [{ text: `${b64('{"typ": "TCV2"}', true)}.`, why: 'the header alone' }],
    },
  },
];
