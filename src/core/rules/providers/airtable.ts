// Formats: support.airtable.com "Creating personal access tokens" (pat + 14-character id + "." +
// 64 hex digits) and "Airtable API key deprecation notice" (legacy key + 14 characters).
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, NAME_CHAR, TOKEN_END, assignmentLines, prefixedRule } from '../ruleKit';

export const airtableRules: readonly Rule[] = [
  prefixedRule({
    id: 'airtable-pat',
    title: 'Airtable personal access token',
    provider: 'Airtable',
    prefix: 'pat',
    body: String.raw`[A-Za-z0-9]{14}\.[0-9a-f]{64}`,
    minEntropy: 3.5,
    envVar: 'AIRTABLE_API_KEY',
    docs: 'https://support.airtable.com/docs/creating-personal-access-tokens',
    risk: 'Reads and writes the bases and records the token was granted, as its owner.',
    token: (fake) => `pat${fake.alnum(14)}.${fake.hex(64)}`,
    more: (fake) => [`Authorization: Bearer pat${fake.alnum(14)}.${fake.hex(64)}`],
    negatives: [
      { text: 'patXXXXXXXXXXXXXX.<token-secret>', why: 'placeholder' },
      { text: (fake) => `pattern${fake.alnum(14)}.${fake.hex(64)}`, why: 'not the token id shape' },
    ],
  }),
  {
    id: 'airtable-api-key-legacy',
    title: 'Airtable API key (legacy)',
    provider: 'Airtable',
    keywords: ['airtable'],
    pattern: new RegExp(
      String.raw`airtable${NAME_CHAR}{0,20}${ASSIGN_NO_BACKTICK}(?<secret>key[A-Za-z0-9]{14})${TOKEN_END}`,
      'i',
    ),
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'AIRTABLE_API_KEY',
    docs: 'https://support.airtable.com/docs/airtable-api-key-deprecation-notice',
    risk: 'Had full access to every base of the account; the format is retired, but a leaked key shows where a credential was kept.',
    validate: (secret) => /[0-9]/.test(secret) && /[A-Z]/.test(secret),
    examples: {
      embed: false,
      positives: (fake) => assignmentLines('AIRTABLE_API_KEY', () => `key${fake.alnum(14)}`),
      negatives: [
        { text: 'AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX', why: 'placeholder' },
        { text: 'airtable_key_name = "keyboardShortcuts"', why: 'an identifier' },
      ],
    },
  },
];
