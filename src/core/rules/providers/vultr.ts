// Formats: Vultr API v2 docs "Authentication" (API keys are 36 upper-case alphanumerics; the CLI and
// Terraform provider read VULTR_API_KEY).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_TAIL, assignmentLines } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

export const vultrRules: readonly Rule[] = [
  {
    id: 'vultr-api-key',
    title: 'Vultr API key',
    provider: 'Vultr',
    keywords: ['vultr'],
    pattern: new RegExp(
      String.raw`vultr${NAME_TAIL}(?:key|token)${ASSIGN_NOT_DOUBLED}(?<secret>[A-Z0-9]{36})(?![A-Za-z0-9])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'VULTR_API_KEY',
    docs: 'https://docs.vultr.com/platform/other/api/regenerate-api-key',
    risk: 'Full control of the Vultr account: create and destroy instances, read snapshots and change DNS and billing.',
    validate: (secret) => /^[A-Z0-9]{36}$/.test(secret) && hasLetterAndDigit(secret),
    examples: {
      embed: false,
      positives: (fake) => assignmentLines('VULTR_API_KEY', () => fake.upperAlnum(35) + fake.digits(1)),
      negatives: [
        { text: 'VULTR_API_KEY=${VULTR_API_KEY}', why: 'environment reference' },
        { text: 'vultr_api_key = var.vultr_api_key', why: 'Terraform variable reference' },
      ],
    },
  },
];
