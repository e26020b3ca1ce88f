// Formats: Login with Amazon / Selling Partner API docs (LWA client secrets start `amzn1.oa2-cs.v1.`, then
// 64 hex characters; refresh tokens start `Atzr|`, then a long base64url body).
import type { Rule } from '../types';
import { bounded } from '../ruleKit';
import { tokenStartsAt } from '../prefixAnchored';

const DOCS = 'https://developer-docs.amazon.com/sp-api/docs/rotating-your-apps-lwa-credentials';

export const amazonLwaRules: readonly Rule[] = [
  {
    id: 'amazon-lwa-client-secret',
    title: 'Login with Amazon (SP-API) client secret',
    provider: 'Amazon Selling Partner API',
    keywords: ['amzn1.oa2-cs.v1.'],
    pattern: bounded(String.raw`amzn1\.oa2-cs\.v1\.[a-f0-9]{64}`),
    minEntropy: 3,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'LWA_CLIENT_SECRET',
    docs: DOCS,
    risk: "With the app's refresh tokens, obtains access tokens for every seller account that authorised the app: orders, buyer data and listings.",
    examples: {
      positives: (fake) => [`amzn1.oa2-cs.v1.${fake.hex(64)}`, `"clientSecret": "amzn1.oa2-cs.v1.${fake.hex(64)}"`],
      negatives: [{ text: (fake) => `amzn1.application-oa2-client.${fake.hex(32)}`, why: 'the client id: not secret' }],
    },
  },
  {
    id: 'amazon-lwa-refresh-token',
    title: 'Login with Amazon refresh token',
    provider: 'Amazon Selling Partner API',
    keywords: ['atzr|'],
    pattern: bounded(String.raw`Atzr\|[A-Za-z0-9_-]{80,800}`),
    minEntropy: 4,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'LWA_REFRESH_TOKEN',
    docs: DOCS,
    risk: 'Obtains new access tokens for the seller or user who authorised the app, until the authorisation is revoked.',
    examples: {
      positives: (fake) => [`Atzr|IwEBI${fake.base64url(300)}`, `refresh_token=Atzr|IwEBI${fake.base64url(200)}`],
      negatives: [{ text: (fake) => `Atzr|${fake.base64url(20)}`, why: 'too short' }],
    },
  },
];
