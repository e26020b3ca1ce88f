// Formats: Square Developer docs "Access tokens and other Square credentials" (access tokens `EAAA` +
// 60 characters, legacy `sq0atp-` access tokens, `sq0csp-` application secrets, public `sq0idp-`
// application ids).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

const DOCS = 'https://developer.squareup.com/docs/build-basics/access-tokens';

export const squareRules: readonly Rule[] = [
  {
    id: 'square-access-token',
    title: 'Square access token',
    provider: 'Square',
    keywords: ['eaaa'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}EAAA[A-Za-z0-9_-]{60}${TOKEN_END}`),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'SQUARE_ACCESS_TOKEN',
    docs: DOCS,
    risk: 'Takes payments, issues refunds and reads customers, orders and payouts of the seller account.',
    examples: {
      positives: (fake) => [`EAAA${fake.base64url(60)}`, `client = Client(access_token="EAAA${fake.base64url(60)}")`],
      negatives: [
        { text: (fake) => `sq0idp-${fake.base64url(22)}`, why: 'application id, public' },
        { text: (fake) => `EAAA${fake.base64url(40)}`, why: 'too short' },
        {
          text: 'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
          why: 'placeholder',
        },
      ],
    },
  },
  {
    id: 'square-legacy-access-token',
    title: 'Square access token (legacy sq0atp- format)',
    provider: 'Square',
    keywords: ['sq0atp-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}sq0atp-[A-Za-z0-9_-]{22}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'SQUARE_ACCESS_TOKEN',
    docs: DOCS,
    risk: 'Takes payments, issues refunds and reads customers and orders of the seller account.',
    examples: {
      positives: (fake) => [`sq0atp-${fake.base64url(22)}`, `square_token: sq0atp-${fake.base64url(22)}`],
      negatives: [
        { text: 'SQUARE_TOKEN=sq0atp-XXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
        { text: (fake) => `sq0idp-${fake.base64url(22)}`, why: 'application id, public' },
      ],
    },
  },
  {
    id: 'square-oauth-secret',
    title: 'Square application secret (OAuth)',
    provider: 'Square',
    keywords: ['sq0csp-'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}sq0csp-[A-Za-z0-9_-]{43}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'SQUARE_APPLICATION_SECRET',
    docs: 'https://developer.squareup.com/docs/oauth-api/best-practices',
    risk: 'Exchanges and refreshes OAuth tokens as your application, i.e. access to every seller that authorized it.',
    examples: {
      positives: (fake) => [`sq0csp-${fake.base64url(43)}`, `"client_secret": "sq0csp-${fake.base64url(43)}"`],
      negatives: [
        { text: 'SQUARE_APPLICATION_SECRET=sq0csp-...', why: 'elided' },
        { text: (fake) => `sq0csp-${fake.base64url(20)}`, why: 'too short' },
      ],
    },
  },
];
