// Format: Twitch Developers docs "Authentication" (client ids, client secrets and OAuth access tokens
// are 30 lowercase alphanumerics; chat logins use `oauth:<token>`). No prefix, so only with the name.
// Stream keys (Creator Dashboard > Settings > Stream) read `live_`, the channel's numeric id, `_` and
// 30 alphanumerics.
import type { Rule } from '../types';
import { NAME_TAIL, TOKEN_END, TOKEN_START, contextRule } from '../ruleKit';

export const twitchRules: readonly Rule[] = [
  contextRule({
    id: 'twitch-api-token',
    title: 'Twitch client secret or OAuth token',
    provider: 'Twitch',
    keywords: ['twitch'],
    name: `twitch${NAME_TAIL}`,
    valuePrefix: '(?:oauth:)?',
    value: '[a-z0-9]{30}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3.5,
    envVar: 'TWITCH_CLIENT_SECRET',
    docs: 'https://dev.twitch.tv/docs/authentication/revoke-tokens/',
    risk: 'Acts as your Twitch application or as the user who granted the token: chat, channel management and subscriber data within its scopes.',
    // The client id has the same shape and is public.
    excludeName: /id["'\]]{0,2}\s{0,4}(?::=|=>|=|:|,)/i,
    names: ['TWITCH_CLIENT_SECRET', 'TWITCH_OAUTH_TOKEN'],
    sample: (fake) => fake.lowerAlnum(30),
    extraPositives: (fake) => [`TWITCH_CHAT_TOKEN=oauth:${fake.lowerAlnum(30)}`],
    negatives: [
      { text: (fake) => `TWITCH_CLIENT_ID=${fake.lowerAlnum(30)}`, why: 'client id, public' },
      { text: (fake) => `  "twitchClientId": "${fake.lowerAlnum(30)}",`, why: 'client id, public' },
    ],
  }),
  {
    // A chat bot's IRC password (`oauth:` + the user access token): the prefix is Twitch's chat
    // login convention, so it needs no name (`token='oauth:...'` in a twitchio bot, tmi.js `password`).
    id: 'twitch-chat-oauth-token',
    title: 'Twitch chat OAuth token',
    provider: 'Twitch',
    keywords: ['oauth:'],
    pattern: new RegExp(String.raw`${TOKEN_START}oauth:[a-z0-9]{30}${TOKEN_END}`),
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'TWITCH_OAUTH_TOKEN',
    docs: 'https://dev.twitch.tv/docs/chat/irc/#authenticating-with-the-twitch-irc-server',
    risk: 'Logs in to chat as the user who granted the token and uses its other scopes (channel management, whispers).',
    examples: {
      positives: (fake) => [
        `    password: 'oauth:${fake.lowerAlnum(30)}'`,
        `super().__init__(token='oauth:${fake.lowerAlnum(30)}', prefix='!')`,
        `PASS oauth:${fake.lowerAlnum(30)}`,
      ],
      negatives: [
        { text: "password: 'oauth:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'", why: 'placeholder' },
        { text: "password: 'oauth:your_oauth_token_here'", why: 'placeholder, not the format' },
        { text: (fake) => `oauth:${fake.lowerAlnum(40)}`, why: 'longer than a Twitch token' },
      ],
    },
  },
  {
    id: 'twitch-stream-key',
    title: 'Twitch stream key',
    provider: 'Twitch',
    keywords: ['live_'],
    pattern: new RegExp(String.raw`${TOKEN_START}live_[0-9]{5,12}_[A-Za-z0-9]{30}${TOKEN_END}`),
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'TWITCH_STREAM_KEY',
    docs: 'https://help.twitch.tv/s/article/twitch-stream-key-faq',
    risk: 'Broadcasts to the channel as its owner from any streaming software, until the key is reset.',
    examples: {
      positives: (fake) => [
        `live_${1 + fake.int(8)}${fake.digits(8)}_${fake.alnum(29)}${fake.digits(1)}`,
        `rtmp://live.twitch.tv/app/live_${fake.digits(9)}_${fake.alnum(29)}${fake.digits(1)}`,
      ],
      negatives: [
        { text: 'TWITCH_STREAM_KEY=live_123456789_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
        {
          text: (fake) => `sk_live_${fake.digits(9)}_${fake.alnum(30)}`,
          why: 'part of a longer name, not a stream key',
        },
      ],
    },
  },
];
