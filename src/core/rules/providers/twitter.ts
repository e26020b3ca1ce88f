// Formats: X (Twitter) developer docs "OAuth 2.0 Bearer Token" (app-only bearer tokens: a run of `A`s
// then URL-encoded base64), "OAuth 1.0a" (access tokens `<user id>-<random>`; 45- to 50-character
// consumer and access token secrets).
import { shannonEntropy } from '../../entropy';
import { isPlaceholder } from '../placeholders';
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

const DOCS = 'https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens';

/** The bearer token's runs of `A` are fixed; the rest must look random. */
function hasRandomTail(secret: string): boolean {
  const tail = secret.replace(/A{4,}/g, '');
  return (
    tail.length >= 40 && !isPlaceholder(tail) && shannonEntropy(tail) >= 4 && /[a-z]/.test(tail) && /[0-9]/.test(tail)
  );
}

export const twitterRules: readonly Rule[] = [
  {
    id: 'twitter-bearer-token',
    title: 'X (Twitter) app-only bearer token',
    provider: 'X (Twitter)',
    keywords: ['aaaaaaaaaaaaaaaaaaaa'],
    pattern: /(?<![A-Za-z0-9%])A{20}[A-Za-z0-9%]{60,200}(?![A-Za-z0-9%])/,
    // The leading run of As would trip the shared filter; `validate` checks the random part instead.
    skipPlaceholderFilter: true,
    confidence: 'high',
    envVar: 'TWITTER_BEARER_TOKEN',
    docs: DOCS,
    risk: 'Calls the X API as your app: reads public data within your access tier and spends its rate limits and paid quota.',
    validate: hasRandomTail,
    examples: {
      positives: (fake) => [
        `${'A'.repeat(22)}${fake.alnum(8)}${'A'.repeat(8)}${fake.alnum(6)}%2B${fake.alnum(12)}%3D${fake.alnum(50)}`,
        `Authorization: Bearer ${'A'.repeat(22)}${fake.alnum(6)}${'A'.repeat(7)}${fake.alnum(20)}%2F${fake.alnum(56)}`,
      ],
      negatives: [
        { text: 'A'.repeat(120), why: 'no random part' },
        { text: `TWITTER_BEARER_TOKEN=${'A'.repeat(21)}%2Fyour-bearer-token`, why: 'placeholder' },
      ],
    },
  },
  contextRule({
    id: 'twitter-api-secret',
    title: 'X (Twitter) API key secret or access token secret',
    provider: 'X (Twitter)',
    keywords: ['twitter', 'x_api_'],
    name: '(?:twitter|x_api)[A-Za-z0-9_.-]{0,24}secret[A-Za-z0-9_.-]{0,8}',
    value: '[A-Za-z0-9]{45,50}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 4,
    envVar: 'TWITTER_API_SECRET',
    docs: 'https://developer.x.com/en/docs/apps/app-management',
    risk: 'With the matching key it signs OAuth 1.0a requests as your app or as the account: posts, reads DMs and follows within its permissions.',
    names: ['TWITTER_API_SECRET', 'TWITTER_ACCESS_TOKEN_SECRET', 'TWITTER_CONSUMER_SECRET', 'X_API_SECRET'],
    sample: (fake) => fake.alnum(45 + fake.int(6)),
    negatives: [{ text: (fake) => `MAX_API_SECRET_LENGTH=${fake.digits(2)}`, why: 'not an X setting' }],
  }),
  {
    id: 'twitter-access-token',
    title: 'X (Twitter) OAuth 1.0a access token',
    provider: 'X (Twitter)',
    keywords: ['twitter'],
    // Only on lines that mention Twitter.
    pattern: /(?<![A-Za-z0-9_-])[0-9]{6,20}-[A-Za-z0-9]{30,45}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'TWITTER_ACCESS_TOKEN',
    docs: 'https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens',
    risk: "With the access token secret it acts as the account that granted it: posts, reads DMs and follows within the app's permissions.",
    validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `TWITTER_ACCESS_TOKEN=${fake.digits(10)}-${fake.alnum(40)}`,
        `  twitter_access_token: "${fake.digits(19)}-${fake.alnum(40)}"`,
      ],
      negatives: [
        { text: 'TWITTER_ACCESS_TOKEN=your-access-token', why: 'placeholder' },
        { text: 'twitter status 1234567890123456789', why: 'a tweet id' },
      ],
    },
  },
];
