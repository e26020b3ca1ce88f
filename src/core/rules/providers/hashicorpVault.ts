// Formats: HashiCorp Vault docs "Tokens" (since Vault 1.10: hvs. service, hvb. batch and hvr.
// recovery tokens; before: s. service tokens of 24 base62 characters, optionally with a .namespace
// suffix).
import type { Rule } from '../types';
import {
  ASSIGN_NOT_DOUBLED,
  NAME_TAIL,
  TOKEN_END,
  TOKEN_START_NO_DOT,
  assignmentLines,
  escapeRegExp,
} from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

const DOCS = 'https://developer.hashicorp.com/vault/docs/commands/token/revoke';

function vaultRule(
  id: string,
  title: string,
  prefix: string,
  min: number,
  risk: string,
  confidence: Rule['confidence'] = 'high',
): Rule {
  return {
    id,
    title,
    provider: 'HashiCorp Vault',
    keywords: [prefix],
    pattern: new RegExp(String.raw`${TOKEN_START_NO_DOT}${escapeRegExp(prefix)}[A-Za-z0-9_-]{${min},1024}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence,
    envVar: 'VAULT_TOKEN',
    docs: DOCS,
    risk,
    validate: hasLetterAndDigit,
    examples: {
      positives: (fake) => [
        `${prefix}${fake.alnum(min)}`,
        `${prefix}CAESI${fake.base64url(90)}`,
        `X-Vault-Token: ${prefix}${fake.alnum(min + 2)}`,
      ],
      negatives: [
        { text: `${prefix}your-vault-token`, why: 'placeholder' },
        { text: (fake) => `${prefix}${fake.alnum(10)}`, why: 'too short' },
      ],
    },
  };
}

export const hashicorpVaultRules: readonly Rule[] = [
  vaultRule(
    'vault-service-token',
    'HashiCorp Vault service token',
    'hvs.',
    24,
    'Reads and writes the secrets its policies allow (often database, cloud and PKI credentials) until it expires or is revoked.',
  ),
  vaultRule(
    'vault-batch-token',
    'HashiCorp Vault batch token',
    'hvb.',
    40,
    'Reads and writes the secrets its policies allow until it expires; batch tokens cannot be revoked individually.',
  ),
  vaultRule(
    'vault-recovery-token',
    'HashiCorp Vault recovery token',
    'hvr.',
    24,
    'Operates on Vault storage in recovery mode: raw access to everything Vault holds.',
  ),
  {
    id: 'vault-token-legacy',
    title: 'HashiCorp Vault token (pre-1.10 format)',
    provider: 'HashiCorp Vault',
    keywords: ['vault'],
    pattern: new RegExp(
      String.raw`(?:vault${NAME_TAIL}token|x-vault-token)${ASSIGN_NOT_DOUBLED}(?<secret>s\.[A-Za-z0-9]{24}(?:\.[A-Za-z0-9]{4,8})?)(?![A-Za-z0-9._-])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'VAULT_TOKEN',
    docs: DOCS,
    risk: 'Reads and writes the secrets its policies allow (often database, cloud and PKI credentials) until it expires or is revoked.',
    validate: (secret) => hasLetterAndDigit(secret.slice(2)),
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('VAULT_TOKEN', () => `s.${fake.alnum(23)}${fake.digits(1)}`),
        `curl -H "X-Vault-Token: s.${fake.alnum(23)}${fake.digits(1)}.${fake.alnum(5)}" https://vault.internal:8200/v1/secret/data/app`,
      ],
      negatives: [
        { text: 'VAULT_TOKEN=$(vault print token)', why: 'command substitution' },
        { text: 'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      ],
    },
  },
];
