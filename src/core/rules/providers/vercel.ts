// Formats: Vercel changelog "Introducing new token formats and secret scanning" (prefixes vcp
// personal access tokens, vci integration tokens, vca app access tokens, vcr app refresh tokens, vck
// API keys) and the older 24-character unprefixed access tokens.
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_TAIL, assignmentLines } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

const DOCS = 'https://vercel.com/docs/accounts/access-tokens';
const RISK =
  'Deploys to and reads the environment variables of every project the token can reach, and changes domains and team settings.';

export const vercelRules: readonly Rule[] = [
  {
    id: 'vercel-token',
    title: 'Vercel access token or API key',
    provider: 'Vercel',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: /(?<![A-Za-z0-9_-])vc[piark]_[A-Za-z0-9]{24,100}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'VERCEL_TOKEN',
    docs: DOCS,
    risk: RISK,
    validate: hasLetterAndDigit,
    examples: {
      positives: (fake) =>
        ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'].map((p) => `${p}${fake.alnum(55)}${fake.digits(1)}`),
      negatives: [
        { text: 'vcp_your_vercel_token', why: 'placeholder' },
        { text: 'VCP_Flag', why: 'an identifier' },
        { text: (fake) => `vcp_${fake.alnum(12)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'vercel-token-legacy',
    title: 'Vercel access token (unprefixed)',
    provider: 'Vercel',
    keywords: ['vercel'],
    pattern: new RegExp(
      String.raw`vercel${NAME_TAIL}(?:token|key)${ASSIGN_NOT_DOUBLED}(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'VERCEL_TOKEN',
    docs: DOCS,
    risk: RISK,
    validate: hasLetterAndDigit,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('VERCEL_TOKEN', () => fake.alnum(23) + fake.digits(1)),
        `  vercel_api_token = "${fake.alnum(23)}${fake.digits(1)}"`,
      ],
      negatives: [
        { text: 'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}', why: 'GitHub Actions secret reference' },
        { text: (fake) => `VERCEL_PROJECT_ID=prj_${fake.alnum(28)}`, why: 'a project identifier' },
      ],
    },
  },
];
