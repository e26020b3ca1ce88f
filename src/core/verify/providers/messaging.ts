import { basic, bearer, describe, field, jsonObject, readJson, revoked, commonReading, unknown } from '../read';
import type { ProviderResponse, Reading, VerifierDefinition } from '../types';

/** Slack's error codes that mean the token no longer works (https://api.slack.com/methods/auth.test#errors). */
const SLACK_DEAD = new Set([
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'not_authed',
  'no_permission',
  'org_login_required',
]);

function readSlack(r: ProviderResponse): Reading {
  if (r.status !== 200) return commonReading(r);
  const json = jsonObject(r.body);
  if (!json || typeof json['ok'] !== 'boolean') return unknown('malformed answer (HTTP 200, no "ok")');
  if (json['ok'])
    return {
      status: 'live',
      identity:
        describe([
          ['team', field(json, 'team')],
          ['user', field(json, 'user')],
          ['bot', field(json, 'bot_id')],
        ]) ?? 'token accepted',
    };
  const error = field(json, 'error') ?? '';
  // Only a code of Slack's vocabulary is shown, never free text from the answer.
  const code = /^[a-z_]{1,40}$/.test(error) ? error : 'unrecognised error';
  return SLACK_DEAD.has(code)
    ? revoked(`Slack says ${code}`)
    : code === 'ratelimited'
      ? { status: 'unknown', reason: 'rate-limited by Slack; not retried', rateLimited: true }
      : unknown(`Slack says ${code}`);
}

/** Telegram answers `ok: false` with 401 (unknown token) or 404 (no such bot). */
function readTelegram(r: ProviderResponse): Reading {
  if (r.status === 401 || r.status === 404) return revoked(`rejected by Telegram (HTTP ${r.status})`);
  return readJson({
    identity: (j) =>
      j['ok'] === true && field(j, 'result.username') !== undefined ? `bot @${field(j, 'result.username')}` : undefined,
  })(r);
}

const TELEGRAM_TOKEN = /^\d{5,16}:[A-Za-z0-9_-]{30,50}$/;
const MAILCHIMP_DC = /-(us\d{1,2})$/;

export const messagingVerifiers: readonly VerifierDefinition[] = [
  {
    id: 'slack',
    provider: 'Slack',
    ruleIds: ['slack-bot-token', 'slack-user-token', 'slack-legacy-token'],
    hosts: ['slack.com'],
    endpoint: 'POST https://slack.com/api/auth.test',
    sends: 'the token in the Authorization header',
    docs: 'https://api.slack.com/methods/auth.test',
    rotation: 'https://api.slack.com/authentication/rotation',
    request: ({ secret }) => ({
      method: 'POST',
      url: 'https://slack.com/api/auth.test',
      headers: bearer(secret, { 'Content-Type': 'application/x-www-form-urlencoded' }),
      body: '',
    }),
    read: readSlack,
  },
  {
    id: 'discord',
    provider: 'Discord',
    ruleIds: ['discord-bot-token'],
    hosts: ['discord.com'],
    endpoint: 'GET https://discord.com/api/v10/users/@me',
    sends: 'the token in the Authorization header (`Bot …`)',
    docs: 'https://discord.com/developers/docs/resources/user#get-current-user',
    rotation: 'https://discord.com/developers/applications',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://discord.com/api/v10/users/@me',
      headers: {
        Authorization: `Bot ${secret}`,
        Accept: 'application/json',
        'User-Agent': 'DiscordBot (ai-secret-guard, 1)',
      },
    }),
    read: readJson({
      identity: (j) =>
        field(j, 'id') === undefined
          ? undefined
          : describe([
              ['bot', field(j, 'username')],
              ['id', field(j, 'id')],
            ]),
    }),
  },
  {
    id: 'telegram',
    provider: 'Telegram',
    ruleIds: ['telegram-bot-token'],
    hosts: ['api.telegram.org'],
    endpoint: 'GET https://api.telegram.org/bot<token>/getMe',
    sends: 'the token in the URL path, as the Bot API requires',
    docs: 'https://core.telegram.org/bots/api#getme',
    rotation: 'https://core.telegram.org/bots/features#botfather',
    // The token goes into the path: anything but the documented shape is not sent.
    request: ({ secret }) =>
      TELEGRAM_TOKEN.test(secret)
        ? { method: 'GET', url: `https://api.telegram.org/bot${secret}/getMe`, headers: { Accept: 'application/json' } }
        : unknown('not in the Bot API token format; not sent'),
    read: readTelegram,
  },
  {
    id: 'sendgrid',
    provider: 'SendGrid',
    ruleIds: ['sendgrid-api-key'],
    hosts: ['api.sendgrid.com'],
    endpoint: 'GET https://api.sendgrid.com/v3/scopes',
    sends: 'the key in the Authorization header',
    docs: 'https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access',
    rotation: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    request: ({ secret }) => ({ method: 'GET', url: 'https://api.sendgrid.com/v3/scopes', headers: bearer(secret) }),
    read: readJson({
      identity: (j) => (Array.isArray(j['scopes']) ? `key with ${j['scopes'].length} scopes` : undefined),
    }),
  },
  {
    id: 'twilio',
    provider: 'Twilio',
    ruleIds: ['twilio-auth-token'],
    hosts: ['api.twilio.com'],
    endpoint: 'GET https://api.twilio.com/2010-04-01/Accounts/<AccountSid>.json',
    sends: 'the Account SID found near the token and the token, as Basic auth',
    docs: 'https://www.twilio.com/docs/iam/api/account#fetch-an-account-resource',
    rotation: 'https://www.twilio.com/docs/iam/api/authtoken',
    partner: { what: 'Twilio Account SID (AC…)', pattern: /\b(?<value>AC[0-9a-f]{32})\b/, maxLines: 10 },
    request: ({ secret, partner }) => ({
      method: 'GET',
      url: `https://api.twilio.com/2010-04-01/Accounts/${partner}.json`,
      headers: basic(partner!, secret),
    }),
    read: readJson({
      identity: (j) =>
        field(j, 'sid') === undefined
          ? undefined
          : describe([
              ['account', field(j, 'friendly_name') ?? field(j, 'sid')],
              ['status', field(j, 'status')],
            ]),
    }),
  },
  {
    id: 'mailgun',
    provider: 'Mailgun',
    ruleIds: ['mailgun-api-key'],
    hosts: ['api.mailgun.net', 'api.eu.mailgun.net'],
    endpoint:
      'GET https://api.mailgun.net/v4/domains?limit=1; if the US region rejects the key, the same at https://api.eu.mailgun.net/v4/domains?limit=1',
    sends: 'the key as the Basic-auth password of user `api` (US region first, then EU only if the US rejects it)',
    docs: 'https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/',
    rotation: 'https://help.mailgun.com/hc/en-us/articles/203380100-Where-can-I-find-my-API-keys-and-SMTP-credentials',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.mailgun.net/v4/domains?limit=1',
      headers: basic('api', secret),
    }),
    // EU accounts are served from api.eu.mailgun.net (https://documentation.mailgun.com/docs/mailgun/api-reference/).
    regions: [
      { label: 'US region', host: 'api.mailgun.net' },
      { label: 'EU region', host: 'api.eu.mailgun.net' },
    ],
    read: readJson({
      identity: (j) =>
        field(j, 'total_count') === undefined ? undefined : `account with ${field(j, 'total_count')} domain(s)`,
    }),
  },
  {
    id: 'mailchimp',
    provider: 'Mailchimp',
    ruleIds: ['mailchimp-api-key'],
    hosts: [/^us\d{1,2}\.api\.mailchimp\.com$/],
    endpoint: "GET https://<dc>.api.mailchimp.com/3.0/ (the data centre is the key's -usN suffix)",
    sends: 'the key as the Basic-auth password',
    docs: 'https://mailchimp.com/developer/marketing/api/root/list-api-root-resources/',
    rotation: 'https://mailchimp.com/help/about-api-keys/',
    request: ({ secret }) => {
      const dc = MAILCHIMP_DC.exec(secret)?.[1];
      return dc
        ? { method: 'GET', url: `https://${dc}.api.mailchimp.com/3.0/`, headers: basic('anystring', secret) }
        : unknown('no data-centre suffix (-usN) in the key; not sent');
    },
    read: readJson({
      identity: (j) =>
        field(j, 'account_id') === undefined
          ? undefined
          : describe([
              ['account', field(j, 'account_name') ?? field(j, 'account_id')],
              ['login', field(j, 'login_id')],
            ]),
    }),
  },
];
