// Format: Frame.io developer docs "Developer tokens" (tokens start `fio-u-`, then 64 base64url characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const frameioRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'frameio-developer-token',
      title: 'Frame.io developer token',
      provider: 'Frame.io',
      prefix: 'fio-u-',
      body: String.raw`[A-Za-z0-9_-]{64}`,
      minEntropy: 3.5,
      envVar: 'FRAMEIO_TOKEN',
      docs: 'https://developer.frame.io/docs/getting-started/authentication',
      risk: "Reads, uploads and shares the user's Frame.io projects and review links.",
      token: (fake) => `fio-u-${fake.base64url(64)}`,
      usage: (t) => `curl -H 'Authorization: Bearer ${t}' https://api.frame.io/v2/me`,
      negatives: [{ text: (fake) => `fio-u-${fake.base64url(32)}`, why: 'too short' }],
    }),
  ),
];
