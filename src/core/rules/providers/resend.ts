// Format: Resend docs "API keys" (keys start with `re_`; dashboard keys are `re_` + an 8-character id
// + `_` + a random part).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT } from '../ruleKit';

export const resendRules: readonly Rule[] = [
  {
    id: 'resend-api-key',
    title: 'Resend API key',
    provider: 'Resend',
    keywords: ['re_'],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}re_[A-Za-z0-9]{6,12}_[A-Za-z0-9]{16,40}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'RESEND_API_KEY',
    docs: 'https://resend.com/docs/dashboard/api-keys/introduction',
    risk: 'Sends email from your verified domains and, with full access, reads emails and manages domains and keys.',
    // Real keys are random base62; snake_case identifiers that happen to start with `re_` are not.
    validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(3)) && /[0-9]/.test(secret),
    examples: {
      positives: (fake) => [
        `re_${fake.alnum(8)}_${fake.alnum(24)}`,
        `const resend = new Resend('re_${fake.alnum(8)}_${fake.alnum(24)}');`,
      ],
      negatives: [
        { text: "const resend = new Resend('re_" + "123456789');", why: "Resend documentation's example key" },
        { text: 'RESEND_API_KEY=re_xxxxxxxxx', why: 'placeholder' },
        { text: 'def re_compile_pattern_for_tokens(): pass', why: 'an identifier' },
      ],
    },
  },
];
