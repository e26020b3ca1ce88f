// Formats: jfrog.com help "Access Tokens" (reference tokens: base64 of "reftkn:01:<expiry>:<id>",
// 64 characters) and "API Key" (retired keys: AKCp + 69 characters).
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { decodeBase64Text } from '../valueChecks';

function referenceToken(fake: FakeTokens): string {
  return Buffer.from(`reftkn:01:${1700000000 + fake.int(2e8)}:${fake.alnum(27)}`).toString('base64');
}

export const jfrogRules: readonly Rule[] = [
  prefixedRule({
    id: 'jfrog-reference-token',
    title: 'JFrog Platform reference token',
    provider: 'JFrog',
    prefix: 'cmVmdGtuOjAx',
    body: '[A-Za-z0-9+/]{52}',
    before: '(?<![A-Za-z0-9+/])',
    after: '(?![A-Za-z0-9+/=])',
    envVar: 'JFROG_ACCESS_TOKEN',
    docs: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    risk: "Authenticates to Artifactory and the JFrog Platform as the token's subject: download private artifacts or deploy over them.",
    validate: (token) => /^reftkn:01:\d{10}:[A-Za-z0-9]{27}$/.test(decodeBase64Text(token) ?? ''),
    token: referenceToken,
    more: (fake) => [
      `curl -u ci-bot:${referenceToken(fake)} -T app.war https://artifacts.corp.net/artifactory/libs-release/app.war`,
    ],
    negatives: [
      { text: (fake) => `cmVmdGtuOjAx${fake.alnum(52)}`, why: 'does not decode to a reference token' },
      { text: 'cmVmdGtuOjAx...', why: 'truncated placeholder' },
    ],
  }),
  prefixedRule({
    id: 'jfrog-api-key',
    title: 'JFrog Artifactory API key',
    provider: 'JFrog',
    prefix: 'AKCp',
    body: '[A-Za-z0-9]{69}',
    before: '(?<![A-Za-z0-9])',
    after: '(?![A-Za-z0-9])',
    minEntropy: 4,
    envVar: 'ARTIFACTORY_API_KEY',
    docs: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key',
    risk: 'Authenticates to Artifactory as the user: download private artifacts or deploy over them.',
    token: (fake) => `AKCp${fake.digits(1)}${fake.alnum(68)}`,
    negatives: [
      { text: 'AKCp<api-key>', why: 'placeholder' },
      { text: (fake) => `AKCp${fake.alnum(40)}`, why: 'too short for the format' },
    ],
  }),
];
