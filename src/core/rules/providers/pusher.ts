// Format: Pusher Channels docs "App keys" (app id, a public 20-hex key and a 20-hex secret).
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

export const pusherRules: readonly Rule[] = [
  contextRule({
    id: 'pusher-app-secret',
    title: 'Pusher Channels app secret',
    provider: 'Pusher',
    keywords: ['pusher'],
    name: 'pusher[A-Za-z0-9_.-]{0,16}secret[A-Za-z0-9_.-]{0,8}',
    value: '[0-9a-f]{20}',
    valueClass: '[0-9a-f]',
    minEntropy: 3,
    envVar: 'PUSHER_APP_SECRET',
    docs: 'https://docs.bird.com/pusher/channels/channels/connecting/how-can-i-rotate-my-channels-app-keys',
    risk: 'Publishes events to any channel and signs private and presence channel subscriptions, so it can impersonate any user.',
    names: ['PUSHER_APP_SECRET', 'PUSHER_SECRET'],
    sample: (fake) => fake.hex(20),
    negatives: [
      { text: (fake) => `PUSHER_APP_KEY=${fake.hex(20)}`, why: 'app key, public by design' },
      { text: (fake) => `NEXT_PUBLIC_PUSHER_KEY=${fake.hex(20)}`, why: 'app key, public by design' },
    ],
  }),
];
