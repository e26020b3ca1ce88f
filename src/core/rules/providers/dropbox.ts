// Formats: Dropbox developers "OAuth Guide" (short-lived access tokens begin `sl.`; legacy long-lived
// tokens are 64 characters with a run of ten `A`s after the first eleven).
import { shannonEntropy } from '../../entropy';
import { isPlaceholder } from '../placeholders';
import type { Rule } from '../types';

const DOCS = 'https://developers.dropbox.com/oauth-guide';

/** The long-lived format's random parts (around the fixed `AAAAAAAAAA`) must look random. */
function hasRandomParts(secret: string): boolean {
  const random = secret.slice(0, 11) + secret.slice(21);
  return !isPlaceholder(secret.slice(0, 11)) && !isPlaceholder(secret.slice(21)) && shannonEntropy(random) >= 4;
}

export const dropboxRules: readonly Rule[] = [
  {
    id: 'dropbox-access-token',
    title: 'Dropbox short-lived access token',
    provider: 'Dropbox',
    keywords: ['sl.'],
    pattern: /(?<![A-Za-z0-9_.-])sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400}(?![A-Za-z0-9_.-])/,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'DROPBOX_ACCESS_TOKEN',
    docs: DOCS,
    risk: "For about four hours, reads, writes and shares the files the app can reach in the user's Dropbox.",
    examples: {
      positives: (fake) => [`sl.B${fake.base64url(138)}`, `sl.u.AF${fake.base64url(300)}`],
      negatives: [
        { text: 'DROPBOX_ACCESS_TOKEN=sl.xxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: 'import ssl.SSLContext', why: 'not a token' },
      ],
    },
  },
  {
    id: 'dropbox-long-lived-token',
    title: 'Dropbox long-lived access token (legacy)',
    provider: 'Dropbox',
    keywords: ['dropbox'],
    // Only on lines that mention Dropbox. The run of As would trip the shared filter, so the random
    // parts are checked by `validate` instead.
    pattern: /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    skipPlaceholderFilter: true,
    confidence: 'medium',
    envVar: 'DROPBOX_ACCESS_TOKEN',
    docs: DOCS,
    risk: "Never expires: reads, writes and shares the files the app can reach in the user's Dropbox until revoked.",
    validate: hasRandomParts,
    examples: {
      embed: false,
      positives: (fake) => [
        `DROPBOX_ACCESS_TOKEN=${fake.base64url(11)}AAAAAAAAAA${fake.base64url(43)}`,
        `dbx = dropbox.Dropbox("${fake.base64url(11)}AAAAAAAAAA${fake.base64url(43)}")`,
      ],
      negatives: [
        {
          text: 'DROPBOX_ACCESS_TOKEN=xxxxxxxxxxxAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
          why: 'placeholder',
        },
        { text: `dropbox ${'A'.repeat(64)}`, why: 'no random part' },
      ],
    },
  },
];
