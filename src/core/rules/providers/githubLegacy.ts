// Formats without the 2021 prefixes (docs.github.com "About authentication to GitHub"): personal
// access tokens and OAuth tokens issued before April 2021 are 40 hex characters, and App installation
// tokens were `v1.` + 40 hex. Alone they look like a commit id, so they count only where the text
// says what they are: the user part of a github.com URL (clone URLs, .git-credentials, CI remotes)
// or a setting named as a GitHub token.
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

const ROTATE =
  'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation';
const RISK =
  'Acts as the user or App installation on every repository its scopes allow: clones private code, pushes, and changes settings.';

export const githubLegacyRules: readonly Rule[] = [
  {
    id: 'github-token-in-url',
    title: 'GitHub token (pre-2021 format) in a URL',
    provider: 'GitHub',
    keywords: ['@github.com', '@api.github.com'],
    pattern: /:\/\/(?:[A-Za-z0-9_.-]{1,40}:)?(?<secret>(?:v1\.)?[0-9a-f]{40})@(?:api\.)?github\.com(?![A-Za-z0-9-])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'GITHUB_TOKEN',
    docs: ROTATE,
    risk: RISK,
    examples: {
      embed: false,
      positives: (fake) => [
        `git clone https://${fake.hex(40)}@github.com/acme/app.git`,
        `git remote set-url origin https://x-access-token:v1.${fake.hex(40)}@github.com/acme/app.git`,
        `https://deploy-bot:${fake.hex(40)}@github.com`,
        `curl https://${fake.hex(40)}@api.github.com/user/repos`,
      ],
      negatives: [
        { text: 'git clone https://${GITHUB_TOKEN}@github.com/acme/app.git', why: 'environment reference' },
        { text: (fake) => `https://github.com/acme/app/commit/${fake.hex(40)}`, why: 'commit URL, no credential' },
        { text: 'git clone git@github.com:acme/app.git', why: 'SSH remote' },
      ],
    },
  },
  contextRule({
    id: 'github-token-legacy',
    title: 'GitHub token (pre-2021 format) in a GitHub-named setting',
    provider: 'GitHub',
    keywords: ['github', 'gh_'],
    name: String.raw`(?:github|gh)[A-Za-z0-9_.-]{0,16}(?:token|pat|password|secret)[A-Za-z0-9_.-]{0,8}`,
    value: '(?:v1\\.)?[0-9a-f]{40}',
    valueClass: '[A-Za-z0-9_]',
    minEntropy: 3,
    envVar: 'GITHUB_TOKEN',
    docs: ROTATE,
    risk: RISK,
    names: ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT', 'GITHUB_OAUTH_TOKEN'],
    // `github` stands in every URL to a repository: `github`, 16, `password` and 8 characters.
    nameOpensAtKeyword: 38,
    sample: (fake) => fake.hex(40),
    extraPositives: (fake) => [`  github_api_token: v1.${fake.hex(40)}`],
    negatives: [
      { text: (fake) => `GITHUB_SHA=${fake.hex(40)}`, why: 'commit id' },
      { text: (fake) => `GITHUB_TOKEN_SHA256=${fake.hex(64)}`, why: 'a digest, not 40 hex' },
    ],
  }),
];
