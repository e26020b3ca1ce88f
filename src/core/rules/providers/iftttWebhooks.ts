// Format: IFTTT "Webhooks" service docs (the maker key is the last path segment of
// maker.ifttt.com/trigger/{event}/with/key/{key}, 22 base64url characters).
import type { Rule } from '../types';

export const iftttWebhookRules: readonly Rule[] = [
  {
    id: 'ifttt-webhook-key',
    title: 'IFTTT Webhooks (maker) key',
    provider: 'IFTTT',
    // The path alone too: a sketch writes the host (`maker.ifttt.com`) and the path apart.
    keywords: ['/with/key/'],
    pattern: /\/trigger\/[A-Za-z0-9_-]{1,64}\/(?:json\/)?with\/key\/(?<secret>[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'IFTTT_WEBHOOK_KEY',
    docs: 'https://ifttt.com/maker_webhooks',
    risk: 'Triggers every applet of the account that listens to Webhooks events: whatever they do (messages, smart-home actions).',
    examples: {
      positives: (fake) => [
        `https://maker.ifttt.com/trigger/door_open/with/key/${fake.base64url(22)}`,
        `const char* path = "/trigger/motion/with/key/${fake.base64url(22)}";`,
      ],
      negatives: [{ text: 'https://maker.ifttt.com/trigger/{event}/with/key/{your_key}', why: 'template' }],
    },
  },
];
