// Formats: Netlify Support Forums "Change to the Netlify authentication token format" (tokens are 40
// characters: nfp_ personal, nfc_ CLI, nfo_ OAuth, nfu_ app, nfb_ build) and the older unprefixed
// 43-character tokens.
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_TAIL, assignmentLines } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

const DOCS = 'https://docs.netlify.com/api/get-started/#authentication';
const RISK =
  'Acts as the user on Netlify: deploys sites, reads environment variables and changes DNS, forms and team settings.';

export const netlifyRules: readonly Rule[] = [
  {
    id: 'netlify-access-token',
    title: 'Netlify access token',
    provider: 'Netlify',
    keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'],
    pattern: /(?<![A-Za-z0-9_-])nf[pcoub]_[A-Za-z0-9_-]{36}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'NETLIFY_AUTH_TOKEN',
    docs: DOCS,
    risk: RISK,
    validate: hasLetterAndDigit,
    examples: {
      positives: (fake) =>
        ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'].map((p) => `${p}${fake.alnum(35)}${fake.digits(1)}`),
      negatives: [
        { text: 'nfp_your_personal_access_token_here', why: 'placeholder' },
        { text: 'nfc_read_write_buffer_size_limits_values', why: 'an identifier, not a token' },
        { text: (fake) => `nfp_${fake.alnum(20)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'netlify-access-token-legacy',
    title: 'Netlify access token (unprefixed)',
    provider: 'Netlify',
    keywords: ['netlify'],
    pattern: new RegExp(
      String.raw`netlify${NAME_TAIL}(?:token|key|pat)${ASSIGN_NOT_DOUBLED}(?<secret>[A-Za-z0-9_-]{40,46})(?![A-Za-z0-9_-])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'NETLIFY_AUTH_TOKEN',
    docs: DOCS,
    risk: RISK,
    validate: hasLetterAndDigit,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('NETLIFY_AUTH_TOKEN', () => fake.base64url(42) + fake.digits(1)),
        `  netlify_api_key = "${fake.alnum(43)}"`,
      ],
      negatives: [
        { text: (fake) => `NETLIFY_SITE_ID=${fake.uuid()}`, why: 'a site identifier' },
        { text: 'NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}', why: 'GitHub Actions secret reference' },
      ],
    },
  },
];
