// Formats: Google Cloud "Manage OAuth clients" (client secrets prefixed GOCSPX-) and Google Identity
// "Using OAuth 2.0 to access Google APIs" (refresh tokens 1//...). API keys (AIza...) and access tokens
// (ya29....) are in googleApiKeys.ts; service-account private keys (PEM) in privateKeys.ts.
import type { Rule } from '../types';

const REVOKE_TOKEN = 'https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke';

export const gcpRules: readonly Rule[] = [
  {
    id: 'gcp-oauth-client-secret',
    title: 'Google OAuth client secret',
    provider: 'Google Cloud',
    keywords: ['gocspx-'],
    pattern: /(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'GOOGLE_CLIENT_SECRET',
    docs: 'https://support.google.com/cloud/answer/15549257',
    risk: 'With the client ID it lets anyone run the OAuth flow as your app, phish users under its name and redeem or refresh their tokens.',
    examples: {
      positives: (fake) => [`GOCSPX-${fake.base64url(28)}`, `GOCSPX-${fake.alnum(28)}`],
      negatives: [
        { text: 'GOCSPX-your-client-secret', why: 'placeholder' },
        { text: (fake) => `GOCSPX-${fake.alnum(20)}`, why: 'too short for a client secret' },
        { text: (fake) => `GOCSP-${fake.alnum(28)}`, why: 'wrong prefix' },
      ],
    },
  },
  {
    id: 'gcp-oauth-refresh-token',
    title: 'Google OAuth refresh token',
    provider: 'Google Cloud',
    keywords: ['1//0'],
    pattern: /(?<![A-Za-z0-9_\/:-])1\/\/0[A-Za-z0-9_-]{60,512}(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'GOOGLE_REFRESH_TOKEN',
    docs: REVOKE_TOKEN,
    risk: "Mints new access tokens for the user's Google account (gcloud, Drive, Gmail… whatever was granted) until it is revoked.",
    examples: {
      positives: (fake) => [
        `1//0${fake.from('abcdefghijklmnopqrstuvwxyz0123456789', 1)}${fake.base64url(99)}`,
        `1//03${fake.alnum(70)}`,
      ],
      negatives: [
        { text: '1//0your-refresh-token', why: 'placeholder' },
        { text: (fake) => `https://1//0${fake.alnum(70)}`, why: 'part of a URL, not a token' },
        { text: (fake) => `1//0${fake.alnum(20)}`, why: 'too short' },
      ],
    },
  },
];
