// Format: Adobe Developer Console "OAuth Server-to-Server credential" (client secrets start `p8e-`, then 32
// base64url characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const adobeRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'adobe-client-secret',
      title: 'Adobe Developer Console client secret',
      provider: 'Adobe',
      prefix: 'p8e-',
      body: String.raw`[A-Za-z0-9_-]{32}`,
      minEntropy: 3.5,
      envVar: 'ADOBE_CLIENT_SECRET',
      docs: 'https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation/',
      risk: "Obtains access tokens for the project's Adobe APIs (Photoshop, PDF Services, Analytics, Admin).",
      token: (fake) => `p8e-${fake.base64url(32)}`,
      usage: (t) => `curl -d client_secret=${t} https://ims-na1.adobelogin.com/ims/token/v3`,
      negatives: [{ text: (fake) => `p8e-${fake.base64url(16)}`, why: 'too short' }],
    }),
  ),
];
