// Format: Twitch Developers docs "Authentication" (client ids, client secrets and OAuth access tokens
// are 30 lowercase alphanumerics; chat logins use `oauth:<token>`). No prefix, so only with the name.
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from './ruleKit';

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
];
