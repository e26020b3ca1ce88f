// Formats: Slack API docs "Token types" (xoxb-/xoxp-/xapp- prefixes), "Using token rotation" and
// "App configuration tokens" (xoxe.xoxp-/xoxe- tokens), "Sending messages using incoming webhooks"
// (hooks.slack.com/services URLs) and "Build a workflow: create a workflow that starts outside of
// Slack" (hooks.slack.com/workflows and /triggers URLs). xoxc-/xoxd- are the web client's session
// token and its `d` cookie.
import type { Rule } from '../types';
import { NAME_TAIL, TOKEN_END, TOKEN_START_NO_DOT, contextRule } from '../ruleKit';

const TOKEN_TYPES = 'https://api.slack.com/authentication/token-types';
const REVOKE = 'https://api.slack.com/methods/auth.revoke';

export const slackRules: readonly Rule[] = [
  {
    id: 'slack-bot-token',
    title: 'Slack bot token',
    provider: 'Slack',
    keywords: ['xoxb-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{24,34}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'SLACK_BOT_TOKEN',
    docs: REVOKE,
    risk: "Acts as the app's bot user: reads and posts in every channel the bot is in, within the app's scopes.",
    examples: {
      positives: (fake) => [
        `xoxb-${fake.digits(12)}-${fake.digits(13)}-${fake.alnum(24)}`,
        `xoxb-${fake.digits(11)}-${fake.alnum(24)}`,
      ],
      negatives: [
        { text: 'SLACK_BOT_TOKEN=xoxb-your-bot-token', why: 'placeholder' },
        {
          text: 'xoxb-' + '123456789012-1234567890123-' + 'abcdefghijklmnopqrstuvwx',
          why: 'sequential documentation value',
        },
        {
          text: (fake) => `xoxb-${fake.digits(12)}-${fake.digits(13)}-${fake.alnum(12)}`,
          why: 'secret part too short',
        },
      ],
    },
  },
  {
    id: 'slack-user-token',
    title: 'Slack user token',
    provider: 'Slack',
    keywords: ['xoxp-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[0-9a-f]{32}${TOKEN_END}`),
    minEntropy: 3.2,
    confidence: 'high',
    envVar: 'SLACK_USER_TOKEN',
    docs: REVOKE,
    risk: 'Acts as the Slack user who installed the app: reads their messages, DMs and files within its scopes.',
    examples: {
      positives: (fake) => [
        `xoxp-${fake.digits(12)}-${fake.digits(12)}-${fake.digits(13)}-${fake.hex(32)}`,
        `Authorization: Bearer xoxp-${fake.digits(10)}-${fake.digits(11)}-${fake.digits(12)}-${fake.hex(32)}`,
      ],
      negatives: [
        { text: 'xoxp-' + '12345-67890-1928471-abcdefg', why: "Slack documentation's example (wrong shape)" },
        { text: 'SLACK_USER_TOKEN="xoxp-<your-token>"', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'slack-legacy-token',
    title: 'Slack legacy workspace or refresh token',
    provider: 'Slack',
    keywords: ['xoxa-', 'xoxr-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xox[ar]-[0-9]{1,2}-[A-Za-z0-9-]{30,250}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'SLACK_TOKEN',
    docs: REVOKE,
    risk: 'Legacy workspace-app access (xoxa-) or refresh (xoxr-) token: acts for the workspace app until revoked.',
    validate: (secret) => /[0-9]/.test(secret.slice(7)) && /[A-Za-z]/.test(secret.slice(7)),
    examples: {
      positives: (fake) => [
        `xoxa-2-${fake.digits(12)}-${fake.digits(12)}-${fake.digits(13)}-${fake.hex(64)}`,
        `xoxr-1-${fake.alnum(60)}`,
      ],
      negatives: [
        { text: 'xoxa-2-your-workspace-token', why: 'placeholder' },
        { text: (fake) => `xoxr-1-${fake.alnum(12)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'slack-rotating-token',
    title: 'Slack expiring access or app configuration token (token rotation)',
    provider: 'Slack',
    keywords: ['xoxe.xox'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9-]{40,400}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'SLACK_CONFIG_TOKEN',
    docs: 'https://api.slack.com/authentication/config-tokens',
    risk: 'Acts as the bot or user for up to 12 hours; an app configuration token can create and reconfigure apps in the workspace.',
    examples: {
      positives: (fake) => [`xoxe.xoxp-1-${fake.alnum(150)}`, `xoxe.xoxb-1-${fake.alnum(120)}`],
      negatives: [
        { text: '"token": "xoxe.xoxp-...",', why: 'elided documentation value' },
        { text: (fake) => `xoxe.xoxp-1-${fake.alnum(10)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'slack-refresh-token',
    title: 'Slack refresh token (token rotation or app configuration)',
    provider: 'Slack',
    keywords: ['xoxe-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xoxe-[0-9]-[A-Za-z0-9-]{40,400}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'SLACK_REFRESH_TOKEN',
    docs: 'https://api.slack.com/authentication/rotation',
    risk: 'Mints new Slack access or app configuration tokens until it is used or revoked.',
    examples: {
      positives: (fake) => [`xoxe-1-${fake.alnum(140)}`, `refresh_token=xoxe-1-${fake.alnum(90)}`],
      negatives: [
        { text: 'xoxe-' + '1-abcdefg', why: "Slack documentation's example value" },
        { text: 'SLACK_REFRESH_TOKEN=xoxe-your-refresh-token', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'slack-app-token',
    title: 'Slack app-level token',
    provider: 'Slack',
    keywords: ['xapp-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xapp-[0-9]-[A-Z0-9]{9,14}-[0-9]{10,16}-[0-9a-f]{64}${TOKEN_END}`),
    minEntropy: 3.2,
    confidence: 'high',
    envVar: 'SLACK_APP_TOKEN',
    docs: `${TOKEN_TYPES}#app-level`,
    risk: "Opens Socket Mode connections that receive the app's events and interactions, and can read or change app configuration depending on its scopes.",
    examples: {
      positives: (fake) => [
        `xapp-1-A${fake.upperAlnum(10)}-${fake.digits(13)}-${fake.hex(64)}`,
        `appToken: 'xapp-1-A${fake.upperAlnum(10)}-${fake.digits(13)}-${fake.hex(64)}'`,
      ],
      negatives: [
        { text: 'export SLACK_APP_TOKEN=xapp-...', why: 'elided documentation value' },
        {
          text: (fake) => `xapp-1-A${fake.upperAlnum(10)}-${fake.digits(13)}-${fake.hex(40)}`,
          why: 'secret part too short',
        },
      ],
    },
  },
  {
    id: 'slack-session-token',
    title: 'Slack web client session token',
    provider: 'Slack',
    keywords: ['xoxc-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xoxc-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[0-9a-f]{64}${TOKEN_END}`),
    minEntropy: 3.2,
    confidence: 'high',
    envVar: 'SLACK_SESSION_TOKEN',
    docs: REVOKE,
    risk: "A signed-in user's browser session: with its `d` cookie it reads and posts as that user everywhere they have access.",
    examples: {
      positives: (fake) => [
        `xoxc-${fake.digits(12)}-${fake.digits(12)}-${fake.digits(13)}-${fake.hex(64)}`,
        `"token": "xoxc-${fake.digits(11)}-${fake.digits(12)}-${fake.digits(13)}-${fake.hex(64)}"`,
      ],
      negatives: [
        { text: 'SLACK_TOKEN=xoxc-your-session-token', why: 'placeholder' },
        {
          text: (fake) => `xoxc-${fake.digits(12)}-${fake.digits(12)}-${fake.digits(13)}-${fake.hex(20)}`,
          why: 'too short',
        },
      ],
    },
  },
  {
    id: 'slack-session-cookie',
    title: 'Slack web client session cookie (d cookie)',
    provider: 'Slack',
    keywords: ['xoxd-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}xoxd-[A-Za-z0-9%/+=_-]{60,500}(?![A-Za-z0-9%/+=_-])`),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'SLACK_D_COOKIE',
    docs: REVOKE,
    risk: "A signed-in user's session cookie: with a client token it acts as that user until they sign out.",
    examples: {
      positives: (fake) => [
        `xoxd-${encodeURIComponent(fake.base64(120))}`,
        `Cookie: d=xoxd-${encodeURIComponent(fake.base64(96))}; d-s=${fake.digits(10)}`,
      ],
      negatives: [
        { text: 'SLACK_COOKIE=xoxd-your-d-cookie-value', why: 'placeholder' },
        { text: (fake) => `xoxd-${fake.alnum(20)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'slack-webhook-url',
    title: 'Slack incoming webhook URL',
    provider: 'Slack',
    keywords: ['hooks.slack.com/services/'],
    pattern:
      /(?<![A-Za-z0-9_.-])(?:https?:\/\/)?hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}(?![A-Za-z0-9_-])/,
    confidence: 'high',
    envVar: 'SLACK_WEBHOOK_URL',
    docs: 'https://api.slack.com/messaging/webhooks',
    risk: 'Posts any message, including convincing phishing, into the channel the webhook is bound to.',
    validate: (secret) => !/X{6}|0{6}/.test(secret),
    examples: {
      positives: (fake) => [
        `https://hooks.slack.com/services/T${fake.upperAlnum(8)}/B${fake.upperAlnum(10)}/${fake.alnum(24)}`,
        `curl -X POST -d @msg.json https://hooks.slack.com/services/T${fake.upperAlnum(10)}/B${fake.upperAlnum(10)}/${fake.alnum(24)}`,
      ],
      negatives: [
        {
          text: 'https://hooks.slack.com/services/' + 'T00000000/B00000000/' + 'XXXXXXXXXXXXXXXXXXXXXXXX',
          why: "Slack documentation's example URL",
        },
        { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/YOUR/WEBHOOK/URL', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'slack-workflow-webhook-url',
    title: 'Slack workflow webhook trigger URL',
    provider: 'Slack',
    keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
    pattern:
      /(?<![A-Za-z0-9_.-])(?:https?:\/\/)?hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?[0-9]{10,20}\/[A-Za-z0-9]{24,40}(?![A-Za-z0-9_-])/,
    confidence: 'high',
    envVar: 'SLACK_WORKFLOW_WEBHOOK_URL',
    docs: 'https://slack.com/help/articles/360041352714-Build-a-workflow--Create-a-workflow-that-starts-outside-of-Slack',
    risk: 'Starts the workflow with attacker-chosen inputs, which then posts or acts inside the workspace.',
    examples: {
      positives: (fake) => [
        `https://hooks.slack.com/workflows/T${fake.upperAlnum(9)}/A${fake.upperAlnum(10)}/${fake.digits(18)}/${fake.alnum(24)}`,
        `https://hooks.slack.com/triggers/T${fake.upperAlnum(9)}/${fake.digits(13)}/${fake.hex(32)}`,
      ],
      negatives: [
        { text: 'https://hooks.slack.com/workflows/T.../A.../...', why: 'elided' },
        { text: 'SLACK_TRIGGER_URL=https://hooks.slack.com/triggers/<team>/<id>/<secret>', why: 'placeholder' },
      ],
    },
  },
  contextRule({
    id: 'slack-app-secret',
    title: 'Slack signing secret or client secret',
    provider: 'Slack',
    keywords: ['slack'],
    name: `slack${NAME_TAIL}`,
    value: '[0-9a-f]{32}',
    valueClass: '[0-9a-f]',
    minEntropy: 3,
    envVar: 'SLACK_SIGNING_SECRET',
    docs: 'https://api.slack.com/authentication/verifying-requests-from-slack',
    risk: 'Forges requests that your app accepts as coming from Slack (signing secret), or completes OAuth as your app (client secret).',
    names: ['SLACK_SIGNING_SECRET', 'SLACK_CLIENT_SECRET'],
    sample: (fake) => fake.hex(32),
    negatives: [
      { text: 'SLACK_CLIENT_ID=' + '2141029472.691202649728', why: 'client id, public' },
      { text: 'slack_channel_id: "C0123ABCDEF"', why: 'an identifier' },
    ],
  }),
];
