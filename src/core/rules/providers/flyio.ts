// Formats: superfly/macaroon and flyctl "fly tokens" (FlyV1 header with comma-separated fm2_/fm1a_/fm1r_
// tokens: base64 MessagePack macaroons) and Fly.io OAuth access tokens (fo1_ followed by 43 base64url
// characters).
import type { Rule } from '../types';
import { decodeBase64 } from '../valueChecks';

const DOCS = 'https://fly.io/docs/flyctl/tokens-revoke/';

/** Fly macaroons are MessagePack arrays: the first decoded byte is a fixarray marker (0x90–0x9f). */
function isMsgpackArray(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  const head = decodeBase64(body.slice(0, 4));
  return head !== undefined && head.length > 0 && head[0]! >= 0x90 && head[0]! <= 0x9f;
}

export const flyioRules: readonly Rule[] = [
  {
    id: 'flyio-macaroon-token',
    title: 'Fly.io API token (macaroon)',
    provider: 'Fly.io',
    keywords: ['fm2_', 'fm1a_', 'fm1r_'],
    pattern: /(?<![A-Za-z0-9_+/-])fm(?:2|1[ar])_[A-Za-z0-9+/]{64,4096}={0,2}(?![A-Za-z0-9+/=_-])/,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'FLY_API_TOKEN',
    docs: DOCS,
    risk: "Deploys, reads secrets of and SSHes into the apps (or the whole organization) the token's caveats allow.",
    validate: isMsgpackArray,
    examples: {
      positives: (fake) => [
        `FlyV1 fm2_lJPE${fake.base64(400)}`,
        `FlyV1 fm2_lJPE${fake.base64(300)},fm2_lJPE${fake.base64(120)}==`,
        `fm1a_lJPE${fake.base64(200)}`,
        `fm1r_lJPE${fake.base64(200)}=`,
      ],
      negatives: [
        { text: 'FlyV1 fm2_lJPE...', why: 'truncated in documentation' },
        { text: (fake) => `fm2_QUJD${fake.base64(100)}`, why: 'not a MessagePack macaroon' },
      ],
    },
  },
  {
    id: 'flyio-oauth-token',
    title: 'Fly.io access token',
    provider: 'Fly.io',
    keywords: ['fo1_'],
    pattern: /(?<![A-Za-z0-9_-])fo1_[A-Za-z0-9_-]{40,48}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'FLY_API_TOKEN',
    docs: DOCS,
    risk: 'Acts as the Fly.io user on every organization and app they can reach.',
    examples: {
      positives: (fake) => [`fo1_${fake.base64url(43)}`, `fly deploy --access-token fo1_${fake.alnum(43)}`],
      negatives: [
        { text: 'fo1_your_token_here', why: 'placeholder' },
        { text: (fake) => `fo1_${fake.alnum(20)}`, why: 'too short' },
      ],
    },
  },
];
