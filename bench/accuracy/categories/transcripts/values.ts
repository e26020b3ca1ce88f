import type { Gen } from '../../gen';
import { awsKeyId, awsSecret } from '../ciIac/pipelines';

/**
 * Values the transcript templates share. Every secret-shaped value is generated at run time from the
 * seeded FakeTokens (no token-shaped literal is committed); provider prefixes are joined from pieces
 * so the source holds none whole. Ids that only look random (message, tool-call, request ids, Slack
 * timestamps) are generated here too, for the hard negatives.
 */

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A provider key as the provider issues it, with the environment variable people keep it in. */
export interface ProviderKey {
  readonly env: string;
  readonly value: string;
  readonly service: string;
}

export function openaiKey(g: Gen): string {
  return g.chance(0.7)
    ? 'sk' + '-proj-' + g.fake.base64url(g.between(56, 74)) + 'T3Blbk' + 'FJ' + g.fake.base64url(g.between(56, 74))
    : 'sk' + '-' + g.fake.alnum(20) + 'T3Blbk' + 'FJ' + g.fake.alnum(20);
}

export function anthropicKey(g: Gen): string {
  return 'sk' + '-ant-api03-' + g.fake.base64url(93) + 'AA';
}

export function providerKey(g: Gen): ProviderKey {
  switch (g.fake.int(10)) {
    case 0:
    case 1:
      return { env: 'OPENAI_API_KEY', value: openaiKey(g), service: 'OpenAI' };
    case 2:
      return { env: 'ANTHROPIC_API_KEY', value: anthropicKey(g), service: 'Anthropic' };
    case 3:
      return { env: 'GITHUB_TOKEN', value: g.fake.githubStyle('gh' + 'p_'), service: 'GitHub' };
    case 4:
      return { env: 'STRIPE_SECRET_KEY', value: 'sk' + '_live_' + g.fake.alnum(g.between(24, 40)), service: 'Stripe' };
    case 5:
      return {
        env: 'SLACK_BOT_TOKEN',
        value: 'xox' + 'b-' + g.fake.digits(12) + '-' + g.fake.digits(13) + '-' + g.fake.alnum(24),
        service: 'Slack',
      };
    case 6:
      return {
        env: 'HF_TOKEN',
        value: 'hf' + '_' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34),
        service: 'Hugging Face',
      };
    case 7:
      return {
        env: 'SENDGRID_API_KEY',
        value: 'SG' + '.' + g.fake.base64url(22) + '.' + g.fake.base64url(43),
        service: 'SendGrid',
      };
    case 8:
      return { env: 'GOOGLE_API_KEY', value: 'AI' + 'za' + g.fake.base64url(35), service: 'Google' };
    default:
      return { env: 'GROQ_API_KEY', value: 'gsk' + '_' + g.fake.alnum(52), service: 'Groq' };
  }
}

/** A key without a provider prefix, recognisable only by the name it is kept under. */
export function plainKey(g: Gen): ProviderKey {
  const service = g.pick(['Acme', 'Orders', 'Billing', 'Mailer', 'Geo', 'Search', 'Partner']);
  const env = `${service.toUpperCase()}_${g.pick(['API_KEY', 'SECRET_KEY', 'TOKEN', 'ACCESS_TOKEN', 'API_SECRET'])}`;
  return { env, value: g.apiKey(), service };
}

/** Either kind, weighted towards provider formats (what people paste into assistants most). */
export function anyKey(g: Gen): ProviderKey {
  return g.chance(0.6) ? providerKey(g) : plainKey(g);
}

export const aws = (g: Gen) => ({ id: awsKeyId(g), secret: awsSecret(g) });

/** A password without characters JSON, Markdown or a URL would need to escape. */
export const password = (g: Gen): string => g.plainPassword();

/** A database URL with the password in its userinfo. */
export function connectionUrl(g: Gen): { url: string; pw: string } {
  const pw = password(g);
  const scheme = g.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis']);
  const host = g.host();
  const port = { postgres: 5432, postgresql: 5432, mysql: 3306, 'mongodb+srv': 0, redis: 6379 }[scheme]!;
  return { url: `${scheme}://${g.user()}:${pw}@${host}${port ? ':' + port : ''}/${g.dbName()}`, pw };
}

/** A bearer token: a JWT, an opaque random string or a GitHub token. */
export function bearer(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return g.fake.jwt({ sub: g.fake.digits(6), scope: 'read write' });
    case 1:
      return g.fake.base64url(g.between(40, 60));
    case 2:
      return g.fake.githubStyle('gh' + 'o_');
    default:
      return g.fake.alnum(g.between(32, 48));
  }
}

// ---- ids that look random but are not secrets -------------------------------------------------

const b62 = (g: Gen, n: number) => g.fake.from(B62, n);
export const anthropicMsgId = (g: Gen) => 'msg_01' + b62(g, 22);
export const toolUseId = (g: Gen) => 'toolu_01' + b62(g, 22);
export const requestId = (g: Gen) => 'req_011C' + b62(g, 20);
export const chatCompletionId = (g: Gen) => 'chatcmpl-' + b62(g, 29);
export const openaiCallId = (g: Gen) => 'call_' + b62(g, 24);
export const openaiFileId = (g: Gen) => 'file-' + b62(g, 22);
export const slackTs = (g: Gen) => `17${g.fake.digits(8)}.${g.fake.digits(6)}`;
export const slackUser = (g: Gen) => 'U0' + g.fake.upperAlnum(9);
export const slackTeam = (g: Gen) => 'T0' + g.fake.upperAlnum(9);
export const sha = (g: Gen) => g.fake.hex(40);
export const uuid = (g: Gen) => g.fake.uuid();
/** Claude's thinking-block signature: long base64, not a credential. */
export const thinkingSignature = (g: Gen) => 'Eq' + g.fake.base64(g.between(300, 420));
/** A small PNG as base64, as chat exports inline pasted screenshots. */
export const pngBase64 = (g: Gen) => 'iVBORw0KGgoAAAANSUhEUgAA' + g.fake.base64(g.between(300, 500));

export function isoTime(g: Gen): string {
  const t = Date.UTC(2025, 0, 1) + g.fake.int(500) * 86400000 + g.fake.int(86400) * 1000;
  return new Date(t).toISOString();
}

export const epoch = (g: Gen): number => 1735689600 + g.fake.int(40000000);

export const MODELS = [
  'claude-sonnet-4-5-20250929',
  'claude-opus-4-1-20250805',
  'gpt-4o-2024-08-06',
  'gpt-4.1',
  'o3-mini',
];
export const CWDS = [
  '/home/dev/src/orders-api',
  '/Users/sam/work/billing',
  '/workspaces/inventory',
  '/home/ana/projects/crm',
];

/** Escapes `text` as a JSON string body (what JSONL and JSON exports hold). */
export const jsonBody = (text: string): string => JSON.stringify(text).slice(1, -1);
