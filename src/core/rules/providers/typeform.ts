// Format: Typeform developer docs "Personal access token" (tokens begin `tfp_`).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

export const typeformRules: readonly Rule[] = [
  {
    id: 'typeform-personal-access-token',
    title: 'Typeform personal access token',
    provider: 'Typeform',
    keywords: ['tfp_'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}tfp_[A-Za-z0-9]{30,60}(?:_[A-Za-z0-9]{8,20})?${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'TYPEFORM_TOKEN',
    docs: 'https://www.typeform.com/developers/get-started/personal-access-token/',
    risk: "Reads form responses (often personal data) and creates, changes or deletes the account's forms and webhooks within its scopes.",
    examples: {
      positives: (fake) => [`tfp_${fake.alnum(44)}_${fake.alnum(14)}`, `Authorization: Bearer tfp_${fake.alnum(44)}`],
      negatives: [
        { text: 'TYPEFORM_TOKEN=tfp_...', why: 'elided' },
        { text: 'TYPEFORM_TOKEN=tfp_your_personal_access_token', why: 'placeholder' },
      ],
    },
  },
];
