// Format: Zoho API console docs "OAuth 2.0" (access and refresh tokens are `1000.`, then two groups of 32
// hex characters separated by a dot).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const zohoRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'zoho-oauth-token',
      title: 'Zoho OAuth access or refresh token',
      provider: 'Zoho',
      prefix: '1000.',
      body: String.raw`[a-f0-9]{32}\.[a-f0-9]{32}`,
      minEntropy: 3,
      envVar: 'ZOHO_REFRESH_TOKEN',
      docs: 'https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token-expiry.html',
      risk: "Acts as the Zoho user within the token's scopes: CRM records, mail, books and desk tickets; a refresh token keeps doing so until revoked.",
      token: (fake) => `1000.${fake.hex(32)}.${fake.hex(32)}`,
      usage: (t) => `curl -H 'Authorization: Zoho-oauthtoken ${t}' https://www.zohoapis.com/crm/v2/Leads`,
      negatives: [
        { text: '1000.0', why: 'a number' },
        { text: (fake) => `1000.${fake.hex(32)}`, why: 'one group only' },
      ],
    }),
  ),
];
