// Format: Rails guides "Securing Rails Applications", section "Custom Credentials": `bin/rails
// credentials:edit` writes the key that decrypts config/credentials.yml.enc to config/master.key, and
// per-environment keys (`--environment production`) to config/credentials/<env>.key. The key is
// SecureRandom.hex of the AES-128-GCM key length: 32 lower-case hex characters, alone in the file.
import type { MatchContext, Rule } from '../types';

/** What names the key in a note, a shell line or a CI step: its file, or the file it decrypts. */
const KEY_CONTEXT = /master\.key|credentials\/[\w.-]{1,64}\.key|\.yml\.enc|rails master key/i;
/** How far from the key its context may stand on the line. */
const CONTEXT_WINDOW = 80;

function namedNearby(_secret: string, match: string, context: MatchContext): boolean {
  const { line, matchIndex } = context;
  const end = matchIndex + match.length;
  return (
    KEY_CONTEXT.test(line.slice(Math.max(0, matchIndex - CONTEXT_WINDOW), matchIndex)) ||
    KEY_CONTEXT.test(line.slice(end, end + CONTEXT_WINDOW))
  );
}

export const railsRules: readonly Rule[] = [
  {
    id: 'rails-master-key-file',
    title: 'Rails master key file (config/master.key, config/credentials/<env>.key)',
    provider: 'Rails',
    // The file holds the bare key: no literal to key on, so the rule runs on every line of its files.
    keywords: [],
    wakesOnEveryLine: true,
    paths: /(?:^|\/)config\/(?:master|credentials\/[\w.-]{1,64})\.key$/,
    pattern: /^[ \t]{0,4}(?<secret>[0-9a-f]{32})[ \t]{0,4}$/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'RAILS_MASTER_KEY',
    docs: 'https://guides.rubyonrails.org/security.html#custom-credentials',
    risk: 'Decrypts config/credentials.yml.enc: every credential the application keeps there (database, API keys, secret_key_base).',
    examples: {
      embed: false,
      path: 'config/master.key',
      // Built from FakeTokens at runtime; nothing here is a committed key.
      positives: (fake) => [fake.hex(32), `${fake.hex(32)}\n`],
      negatives: [
        { text: '00000000000000000000000000000000', why: 'not a random key' },
        { text: (fake) => `# ${fake.hex(32)}`, why: 'not the bare key a key file holds' },
      ],
    },
  },
  {
    id: 'rails-master-key-mention',
    title: 'Rails master key next to the file it lives in or decrypts',
    provider: 'Rails',
    keywords: ['master.key', 'credentials/', '.yml.enc', 'rails master key'],
    // A bare 32-hex value; the validation wants its file or the credentials file named beside it.
    pattern: /(?<![0-9A-Za-z])[0-9a-f]{32}(?![0-9A-Za-z])/,
    validate: namedNearby,
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'RAILS_MASTER_KEY',
    docs: 'https://guides.rubyonrails.org/security.html#custom-credentials',
    risk: 'Decrypts config/credentials.yml.enc: every credential the application keeps there (database, API keys, secret_key_base).',
    examples: {
      embed: false,
      // Built from FakeTokens at runtime; nothing here is a committed key.
      positives: (fake) => [
        `master key for config/credentials.yml.enc: ${fake.hex(32)}`,
        `echo "${fake.hex(32)}" > config/master.key`,
        `Rails master key - ${fake.hex(32)}`,
        `config/credentials/production.key: ${fake.hex(32)}`,
      ],
      negatives: [
        { text: 'RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }}', why: 'a CI secret reference' },
        {
          text: (fake) => `git show ${fake.hex(40)} -- config/credentials.yml.enc`,
          why: 'a commit id, not a 32-hex key',
        },
        { text: 'Add config/master.key to .gitignore', why: 'no key' },
      ],
    },
  },
];
