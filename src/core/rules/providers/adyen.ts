// Format: Adyen docs "API credentials" (API keys are long base64-style strings beginning `AQE`; client
// keys `test_`/`live_` + 32 characters are public by design). Only with the name.
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

export const adyenRules: readonly Rule[] = [
  contextRule({
    id: 'adyen-api-key',
    title: 'Adyen API key',
    provider: 'Adyen',
    keywords: ['adyen'],
    name: `adyen${NAME_TAIL}`,
    value: 'AQE[A-Za-z0-9+/=_-]{60,300}',
    valueClass: '[A-Za-z0-9+/=_-]',
    minEntropy: 4,
    envVar: 'ADYEN_API_KEY',
    docs: 'https://docs.adyen.com/development-resources/api-credentials/',
    risk: "Makes payments, refunds and payouts and reads transaction data within the API credential's roles.",
    names: ['ADYEN_API_KEY', 'ADYEN_KEY'],
    sample: (fake) => `AQE${fake.base64(90)}==-${fake.base64(43)}=-${fake.alnum(16)}`,
    negatives: [
      { text: (fake) => `ADYEN_CLIENT_KEY=test_${fake.upperAlnum(32)}`, why: 'client key, public by design' },
      { text: 'ADYEN_MERCHANT_ACCOUNT=ShopECOM', why: 'merchant account name' },
    ],
  }),
];
