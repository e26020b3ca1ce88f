// Format: Shopify developer changelog "Length of the Shopify access token is increasing" (shpat_,
// shpca_, shppa_ + 32 hex) and "App secret key length has increased" (shpss_ + 32 hex).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

const ROTATE =
  'https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials';

function shopifyRule(id: string, title: string, prefix: string, envVar: string, docs: string, risk: string): Rule {
  return {
    id,
    title,
    provider: 'Shopify',
    keywords: [prefix],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}${prefix}[0-9a-fA-F]{32}${TOKEN_END}`),
    minEntropy: 3,
    confidence: 'high',
    envVar,
    docs,
    risk,
    examples: {
      positives: (fake) => [`${prefix}${fake.hex(32)}`, `X-Shopify-Access-Token: ${prefix}${fake.hex(32)}`],
      negatives: [
        { text: `${envVar}=${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, why: 'placeholder' },
        { text: `${envVar}=<${prefix}...>`, why: 'placeholder' },
        { text: (fake) => `${prefix}${fake.hex(20)}`, why: 'too short' },
      ],
    },
  };
}

export const shopifyRules: readonly Rule[] = [
  shopifyRule(
    'shopify-access-token',
    'Shopify Admin API access token',
    'shpat_',
    'SHOPIFY_ACCESS_TOKEN',
    'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens',
    "Calls the Admin API on the store with the app's scopes: orders, customers, products, often fulfilment and refunds.",
  ),
  shopifyRule(
    'shopify-custom-app-token',
    'Shopify custom app access token',
    'shpca_',
    'SHOPIFY_ACCESS_TOKEN',
    'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
    "Calls the Admin API on the store with the custom app's scopes: orders, customers and products.",
  ),
  shopifyRule(
    'shopify-private-app-token',
    'Shopify private app access token',
    'shppa_',
    'SHOPIFY_ACCESS_TOKEN',
    'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
    "Calls the Admin API on the store with the legacy private app's permissions.",
  ),
  shopifyRule(
    'shopify-shared-secret',
    'Shopify app client secret (shared secret)',
    'shpss_',
    'SHOPIFY_API_SECRET',
    ROTATE,
    "Completes OAuth as your app and forges webhooks and app-proxy requests your app trusts as Shopify's.",
  ),
];
