// Formats: RFC 7468 textual keys as chat transcripts and exports carry them: each line behind a
// Markdown prefix (aider writes a user's message as `#### ` lines, mail and Markdown quote with `> `)
// or wrapped in a paragraph (`<p>…</p>` in Teams/Graph message bodies, HTML-escaped `&lt;p&gt;` in
// Jira's XML export).
import type { Rule } from '../types';

/** The end of one body line and the start of the next: a wrapper or a line break with its prefix. */
const CLOSE = String.raw`(?:</p>|&lt;/p&gt;|<br\s?/?>)`;
const OPEN = String.raw`(?:<p>|&lt;p&gt;)`;
const NL = String.raw`(?:\r?\n|(?:\\r)?\\n)`;
// Each alternative holds a character no body line has ('<', '&', a break), so lines split one way.
const SEP = String.raw`(?:${CLOSE}?${NL}[ \t]{0,8}(?:(?:#{1,6}|>{1,3})[ \t]?)?${OPEN}?|${CLOSE}${OPEN})`;
const BODY_LINE = '[A-Za-z0-9+/=]{1,100}';
const LABEL = '(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |)PRIVATE KEY';
/** The wrappers that make a block this rule's (a plain PEM block is the private-key rules'). */
const WRAPPED = /\n[ \t]{0,8}[#>]|\\n[ \t]{0,8}[#>]|<p>|&lt;p&gt;|<br/;

const fakeKey = (fake: { pem(label: string, lines?: number): string }, label: string, prefix: string) =>
  fake
    .pem(label, 6)
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');

export const transcriptKeyBlockRules: readonly Rule[] = [
  {
    id: 'private-key-quoted-lines',
    title: 'Private key pasted into a chat or mail (each line quoted or wrapped)',
    provider: 'Private key',
    keywords: ['private key-----'],
    pattern: new RegExp(
      String.raw`-----BEGIN (?<label>${LABEL})-----(?:${SEP}${BODY_LINE}){4,400}${SEP}-----END \k<label>-----`,
    ),
    validate: (_secret, match) => WRAPPED.test(match),
    confidence: 'high',
    envVar: 'PRIVATE_KEY',
    docs: 'https://docs.github.com/en/authentication/connecting-to-github-with-ssh/reviewing-your-ssh-keys',
    risk: 'Whoever holds a private key can impersonate its owner: sign, decrypt, or log in wherever the public key is trusted.',
    multiline: { maxSpan: 16384 },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      positives: (fake) => [
        fakeKey(fake, 'RSA PRIVATE KEY', '#### '),
        fakeKey(fake, 'OPENSSH PRIVATE KEY', '> '),
        fake
          .pem('PRIVATE KEY', 6)
          .split('\n')
          .map((l) => `<p>${l}</p>`)
          .join(''),
        fake
          .pem('EC PRIVATE KEY', 6)
          .split('\n')
          .map((l) => `&lt;p&gt;${l}&lt;/p&gt;`)
          .join('\n'),
      ],
      negatives: [
        { text: (fake) => fakeKey(fake, 'PUBLIC KEY', '> '), why: 'a quoted public key is not secret' },
        {
          text: '#### -----BEGIN PRIVATE KEY-----\n#### ...\n#### -----END PRIVATE KEY-----',
          why: 'placeholder body',
        },
        {
          text: '<p>-----BEGIN PRIVATE KEY-----</p><p>&lt;your key here&gt;</p><p>-----END PRIVATE KEY-----</p>',
          why: 'placeholder body',
        },
      ],
    },
  },
];
