// Format: Ably docs "Authentication overview": API key strings are `<app id>.<key id>:<key secret>`
// (6 + 6 characters, then a 43-character secret).
import type { Rule } from '../types';

/** The key from Ably's own documentation. */
const DOCUMENTED_KEY = 'I2E_JQ.OqUdfg:' + 'EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0';

export const ablyRules: readonly Rule[] = [
  {
    id: 'ably-api-key',
    title: 'Ably API key',
    provider: 'Ably',
    keywords: ['ably'],
    // Only on lines that mention Ably.
    pattern: /(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{30,60}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'ABLY_API_KEY',
    docs: 'https://ably.com/docs/auth',
    risk: "Publishes, subscribes and reads history on the app's channels within the key's capabilities, and issues tokens for any client id.",
    validate: (secret) => secret !== DOCUMENTED_KEY,
    examples: {
      embed: false,
      positives: (fake) => [
        `ABLY_API_KEY=${fake.alnum(6)}.${fake.alnum(6)}:${fake.base64url(43)}`,
        `const ably = new Ably.Realtime('${fake.alnum(6)}.${fake.alnum(6)}:${fake.base64url(43)}');`,
        `  ably_key: "${fake.alnum(6)}.${fake.alnum(6)}:${fake.base64url(43)}"`,
      ],
      negatives: [
        { text: `const ably = new Ably.Rest('${DOCUMENTED_KEY}');`, why: "Ably documentation's example key" },
        { text: 'ABLY_API_KEY=<app-id>.<key-id>:<key-secret>', why: 'placeholder' },
        { text: 'ably auth keys revoke "aBcDeF.gHiJkL"', why: 'key name without the secret' },
      ],
    },
  },
];
