// Formats: Discord Developer Portal docs "Reference: Authentication" (bot tokens: base64 user id,
// timestamp and HMAC segments), "Webhook resource" (discord.com/api/webhooks/{id}/{token}) and
// "OAuth2" (client secrets).
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

/** True when the token's first segment is the base64 of a numeric Discord user id (a snowflake). */
function hasSnowflakeUserId(token: string): boolean {
  const first = token.slice(0, token.indexOf('.'));
  return /^[1-9][0-9]{16,19}$/.test(Buffer.from(first, 'base64url').toString('latin1'));
}

function fakeBotToken(fake: FakeTokens, hmacLength = 38): string {
  const userId = `${1 + fake.int(9)}${fake.digits(17)}`;
  return `${Buffer.from(userId).toString('base64url')}.${fake.base64url(6)}.${fake.base64url(hmacLength)}`;
}

export const discordRules: readonly Rule[] = [
  {
    id: 'discord-bot-token',
    title: 'Discord bot token',
    provider: 'Discord',
    // On lines that mention Discord, or pass or assign the token (`bot.run('...')`, `client.login("...")`,
    // `TOKEN = "..."` in a bot whose imports name Discord lines away): the shape alone (three
    // base64url segments) is common, but its first segment must also decode to a user id.
    keywords: ['discord', 'run(', 'login(', 'token'],
    pattern: /(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{22,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'DISCORD_BOT_TOKEN',
    docs: 'https://discord.com/developers/docs/topics/oauth2#bots',
    risk: 'Logs in as the bot: reads and posts in every server it is in and uses all of its permissions (often administrator).',
    validate: hasSnowflakeUserId,
    examples: {
      embed: false,
      positives: (fake) => [
        `DISCORD_BOT_TOKEN=${fakeBotToken(fake)}`,
        `  discord_token: "${fakeBotToken(fake, 27)}"`,
        `client.login('${fakeBotToken(fake)}'); // discord.js`,
        `  "discordToken": "${fakeBotToken(fake)}",`,
        `bot.run("${fakeBotToken(fake)}")  # discord.py`,
        `bot.run('${fakeBotToken(fake, 27)}')`,
        `client.login("${fakeBotToken(fake)}");`,
        `TOKEN = "${fakeBotToken(fake)}"`,
      ],
      negatives: [
        { text: 'DISCORD_BOT_TOKEN=your-discord-bot-token', why: 'placeholder' },
        {
          text: (fake) => `discord cache entry M${fake.base64url(23)}.${fake.base64url(6)}.${fake.base64url(27)}`,
          why: 'first segment is not a base64 user id',
        },
        { text: 'client.login(process.env.DISCORD_TOKEN); // discord.js', why: 'environment reference' },
        {
          text: (fake) => `run(job) N${fake.base64url(23)}.${fake.base64url(6)}.${fake.base64url(38)} done`,
          why: 'first segment is not a base64 user id',
        },
      ],
    },
  },
  {
    id: 'discord-webhook-url',
    title: 'Discord webhook URL',
    provider: 'Discord',
    keywords: ['discord.com/api/', 'discordapp.com/api/'],
    pattern:
      /(?<![A-Za-z0-9_.-])(?:https?:\/\/)?(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v[0-9]{1,2}\/)?webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,80}(?![A-Za-z0-9_-])/,
    confidence: 'high',
    envVar: 'DISCORD_WEBHOOK_URL',
    docs: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks',
    risk: "Posts messages under any name and avatar into the webhook's channel, and can delete the webhook.",
    examples: {
      positives: (fake) => [
        `https://discord.com/api/webhooks/${fake.digits(18)}/${fake.base64url(68)}`,
        `https://discordapp.com/api/webhooks/${fake.digits(19)}/${fake.base64url(68)}`,
        `https://ptb.discord.com/api/v10/webhooks/${fake.digits(18)}/${fake.base64url(68)}`,
      ],
      negatives: [
        { text: 'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}', why: 'documentation template' },
        { text: 'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>', why: 'placeholder' },
      ],
    },
  },
  contextRule({
    id: 'discord-client-secret',
    title: 'Discord OAuth2 client secret',
    provider: 'Discord',
    keywords: ['discord'],
    name: 'discord[A-Za-z0-9_.-]{0,16}secret[A-Za-z0-9_.-]{0,8}',
    value: '[A-Za-z0-9_-]{32}',
    valueClass: '[A-Za-z0-9_-]',
    minEntropy: 3.5,
    envVar: 'DISCORD_CLIENT_SECRET',
    docs: 'https://discord.com/developers/docs/topics/oauth2',
    risk: "Completes OAuth2 flows as your application and exchanges codes for users' access tokens.",
    names: ['DISCORD_CLIENT_SECRET', 'DISCORD_OAUTH_SECRET'],
    sample: (fake) => fake.base64url(32),
    negatives: [
      { text: (fake) => `DISCORD_PUBLIC_KEY=${fake.hex(64)}`, why: 'interactions public key, not secret' },
      { text: (fake) => `DISCORD_CLIENT_ID=${fake.digits(18)}`, why: 'application id, public' },
    ],
  }),
];
