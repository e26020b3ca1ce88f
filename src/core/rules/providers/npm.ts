// Formats: github.blog "Behind GitHub's new authentication token formats" (npm_ tokens share the
// CRC-32/base62 checksum) and docs.npmjs.com "npmrc" / "config" (_authToken, _auth, _password keys);
// Yarn "Settings (.yarnrc.yml)" for npmAuthToken.
import { hasValidGithubStyleChecksum } from '../checksum';
import type { Rule } from '../types';
import { prefixedRule, withWrongLastChar } from '../ruleKit';
import { classCount } from '../valueChecks';
import { npmrcKeyFollows } from '../keywordGates';

const REVOKE = 'https://docs.npmjs.com/revoking-access-tokens';

export const npmRules: readonly Rule[] = [
  prefixedRule({
    id: 'npm-access-token',
    title: 'npm access token',
    provider: 'npm',
    prefix: 'npm_',
    body: '[A-Za-z0-9]{36}',
    envVar: 'NPM_TOKEN',
    docs: REVOKE,
    risk: "Publishes (and with read-write scope, unpublishes) the owner's packages: a supply-chain compromise for every dependent.",
    validate: hasValidGithubStyleChecksum,
    token: (fake) => fake.githubStyle('npm_'),
    more: (fake) => [`//registry.npmjs.org/:_authToken=${fake.githubStyle('npm_')}`],
    negatives: [
      { text: (fake) => withWrongLastChar(fake.githubStyle('npm_')), why: 'CRC-32 checksum does not match' },
      { text: 'npm_<your-token>', why: 'placeholder' },
    ],
  }),
  {
    id: 'npmrc-auth-token',
    title: 'Registry credential in .npmrc or .yarnrc.yml',
    provider: 'npm',
    keywords: ['_authtoken', '_auth', '_password', 'npmauthtoken'],
    pattern:
      // .npmrc values are unquoted (a quoted `_password = "..."` is code, left to the generic rule).
      /(?:(?:^[ \t]{0,8}|:)_(?:authToken|auth|password)[ \t]{0,4}=[ \t]{0,4}|^[ \t]{0,8}["']?npmAuthToken["']?[ \t]{0,4}:[ \t]{0,4}["']?)(?<secret>[A-Za-z0-9+/=._~-]{8,512})(?![A-Za-z0-9+/=._~-])/,
    keywordGate: npmrcKeyFollows,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'NPM_TOKEN',
    docs: REVOKE,
    risk: 'Authenticates to the package registry (npm, GitHub Packages, Artifactory, Nexus) as its owner: read private packages or publish new versions.',
    // A dotted chain of words (`_password = _messages.StringField(1)`) is code, not a registry credential.
    validate: (secret) => classCount(secret) >= 2 && !/^[A-Za-z_]{1,40}(?:\.[A-Za-z_]{1,40}){1,6}$/.test(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `//registry.npmjs.org/:_authToken=${fake.uuid()}`,
        `//npm.internal.corp/repository/npm-private/:_auth=${Buffer.from(`ci-bot:${fake.alnum(18)}`).toString('base64')}`,
        `//artifactory.internal/api/npm/npm/:_password=${Buffer.from(fake.alnum(16)).toString('base64')}`,
        `_authToken=${fake.alnum(40)}`,
        `_auth = ${Buffer.from(`deploy:${fake.alnum(20)}`).toString('base64')}`,
        `  npmAuthToken: "${fake.alnum(36)}"`,
      ],
      negatives: [
        { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', why: 'environment reference' },
        { text: '//npm.pkg.github.com/:_authToken=$GITHUB_TOKEN', why: 'environment reference' },
        { text: '  npmAuthToken: "${NPM_AUTH_TOKEN:-}"', why: 'environment reference' },
        { text: '//registry.npmjs.org/:_authToken=<your-token>', why: 'placeholder' },
        { text: '  _password = _fields.TextField(1)', why: 'code: a call on a dotted name' },
        { text: 'always-auth=true', why: 'not a credential' },
        { text: '  _password = "${DB_PASSWORD}"', why: 'code, not an .npmrc line' },
      ],
    },
  },
];
