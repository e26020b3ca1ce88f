// Token formats: github.blog "Behind GitHub's new authentication token formats" (2021-04-05) and
// docs.github.com "About authentication to GitHub" (token prefixes).
import { hasValidGithubStyleChecksum } from '../checksum';
import type { Rule } from '../types';

const ROTATE =
  'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation';

function githubPrefixedRule(id: string, title: string, prefix: string, risk: string): Rule {
  return {
    id,
    title,
    provider: 'GitHub',
    keywords: [prefix],
    pattern: new RegExp(`\\b${prefix}[A-Za-z0-9]{36}(?![A-Za-z0-9])`),
    confidence: 'high',
    envVar: 'GITHUB_TOKEN',
    docs: ROTATE,
    risk,
    validate: hasValidGithubStyleChecksum,
    examples: {
      positives: (fake) => [fake.githubStyle(prefix), `Authorization: token ${fake.githubStyle(prefix)}`],
      negatives: [
        { text: (fake) => withWrongChecksum(fake.githubStyle(prefix)), why: 'CRC-32 checksum does not match' },
        { text: `${prefix}<your-token>`, why: 'placeholder' },
      ],
    },
  };
}

/** The same token with its last checksum character changed, so the CRC-32 no longer matches. */
function withWrongChecksum(token: string): string {
  return token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
}

export const githubRules: readonly Rule[] = [
  githubPrefixedRule(
    'github-pat-classic',
    'GitHub personal access token (classic)',
    'ghp_',
    'Acts as the user on every repository and organization its scopes allow.',
  ),
  githubPrefixedRule(
    'github-oauth-token',
    'GitHub OAuth access token',
    'gho_',
    "Acts as the user who authorized the OAuth app, within the app's scopes.",
  ),
  githubPrefixedRule(
    'github-app-user-token',
    'GitHub App user access token',
    'ghu_',
    'Acts as a user through a GitHub App installation.',
  ),
  githubPrefixedRule(
    'github-app-installation-token',
    'GitHub App installation token',
    'ghs_',
    'Acts as a GitHub App installation on the repositories it was granted (also GITHUB_TOKEN in Actions).',
  ),
  githubPrefixedRule(
    'github-refresh-token',
    'GitHub App refresh token',
    'ghr_',
    'Mints new GitHub App user access tokens until revoked.',
  ),
  {
    id: 'github-pat-fine-grained',
    title: 'GitHub fine-grained personal access token',
    provider: 'GitHub',
    keywords: ['github_pat_'],
    pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])/,
    confidence: 'high',
    envVar: 'GITHUB_TOKEN',
    docs: ROTATE,
    risk: 'Acts as the user on the repositories and permissions the token was granted.',
    examples: {
      positives: (fake) => [`github_pat_${fake.alnum(22)}_${fake.alnum(59)}`],
      negatives: [{ text: 'github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXX', why: 'placeholder' }],
    },
  },
];
