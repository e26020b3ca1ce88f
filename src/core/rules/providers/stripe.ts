// Formats: Stripe docs "API keys" (secret keys sk_live_/sk_test_, restricted keys rk_live_/rk_test_,
// publishable keys pk_live_/pk_test_ which are public by design) and "Webhooks: check signatures"
// (endpoint signing secrets whsec_...).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

const KEYS_DOCS = 'https://docs.stripe.com/keys';
/** The shared test-mode key printed throughout Stripe's documentation; it belongs to no one. */
const DOCUMENTED_TEST_KEY = 'sk_test_' + '4eC39HqLyjWDarjtT1zdp7dc';

/**
 * Paystack secret keys share the `sk_live_`/`sk_test_` prefixes but carry 40 lowercase hex
 * characters; Stripe's are mixed-case base62. Leave those to the Paystack rules.
 */
function isStripeKeyBody(secret: string): boolean {
  return !/^[a-z]{2}_(?:live|test)_[0-9a-f]{40}$/.test(secret) && secret !== DOCUMENTED_TEST_KEY;
}

function stripeKeyRule(
  id: string,
  title: string,
  prefix: string,
  confidence: Rule['confidence'],
  envVar: string,
  risk: string,
): Rule {
  return {
    id,
    title,
    provider: 'Stripe',
    keywords: [prefix],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}${prefix}[A-Za-z0-9]{20,247}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence,
    envVar,
    docs: `${KEYS_DOCS}#rolling-keys`,
    risk,
    validate: isStripeKeyBody,
    examples: {
      positives: (fake) => [
        `${prefix}51${fake.alnum(97)}`,
        `${prefix}${fake.alnum(24)}`,
        `Stripe.api_key = "${prefix}51${fake.alnum(97)}"`,
      ],
      negatives: [
        {
          text: (fake) => `${prefix.replace(/^[sr]k/, 'pk')}51${fake.alnum(97)}`,
          why: 'publishable key, public by design',
        },
        { text: `${envVar}=${prefix}xxxxxxxxxxxxxxxxxxxxxxxx`, why: 'placeholder' },
        { text: `${envVar}=${prefix}...`, why: 'elided' },
      ],
    },
  };
}

export const stripeRules: readonly Rule[] = [
  stripeKeyRule(
    'stripe-secret-key',
    'Stripe live secret key',
    'sk_live_',
    'high',
    'STRIPE_SECRET_KEY',
    'Full live-mode API access: creates charges and refunds, pays out to other accounts, and reads every customer and payment.',
  ),
  stripeKeyRule(
    'stripe-restricted-key',
    'Stripe live restricted key',
    'rk_live_',
    'high',
    'STRIPE_RESTRICTED_KEY',
    'Live-mode API access limited to the permissions chosen for the key, often read or write on customers and payments.',
  ),
  stripeKeyRule(
    'stripe-test-secret-key',
    'Stripe test-mode secret key',
    'sk_test_',
    'medium',
    'STRIPE_SECRET_KEY',
    "Test-mode only, but it reads and changes the account's test data and settings (webhooks, products, Connect configuration).",
  ),
  stripeKeyRule(
    'stripe-test-restricted-key',
    'Stripe test-mode restricted key',
    'rk_test_',
    'medium',
    'STRIPE_RESTRICTED_KEY',
    "Test-mode API access within the key's permissions; it exposes the account's test data and configuration.",
  ),
  {
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    provider: 'Stripe',
    keywords: ['whsec_'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}whsec_[A-Za-z0-9]{32,64}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'STRIPE_WEBHOOK_SECRET',
    docs: 'https://docs.stripe.com/webhooks#roll-endpoint-secrets',
    risk: "Forges webhook events your endpoint accepts as Stripe's, e.g. marking unpaid orders as paid.",
    examples: {
      positives: (fake) => [
        `whsec_${fake.alnum(32)}`,
        `stripe.webhooks.constructEvent(body, sig, 'whsec_${fake.alnum(32)}')`,
      ],
      negatives: [
        { text: 'STRIPE_WEBHOOK_SECRET=whsec_...', why: 'elided' },
        { text: 'STRIPE_WEBHOOK_SECRET=whsec_your_webhook_signing_secret', why: 'placeholder' },
      ],
    },
  },
];
