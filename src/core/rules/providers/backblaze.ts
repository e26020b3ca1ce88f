// Format: Backblaze B2 docs "Application keys" (the secret application key is 31 characters starting `K`
// and a three-digit cluster number such as `K005`; the key id, 25 hex characters, is not secret alone).
import type { Rule } from '../types';
import { bounded } from '../ruleKit';
import { tokenStartsAt } from '../prefixAnchored';
import { classCount } from '../valueChecks';

export const backblazeRules: readonly Rule[] = [
  {
    id: 'backblaze-application-key',
    title: 'Backblaze B2 application key',
    provider: 'Backblaze',
    keywords: ['k00'],
    pattern: bounded('K00[1-9][A-Za-z0-9+/]{27}', undefined, '(?![A-Za-z0-9+/=_-])'),
    minEntropy: 4,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'B2_APPLICATION_KEY',
    docs: 'https://www.backblaze.com/docs/cloud-storage-application-keys',
    risk: 'With its key id, reads, writes and deletes the files of the buckets the key was scoped to (every bucket for a master key).',
    validate: (key) => classCount(key.slice(4)) >= 3,
    examples: {
      positives: (fake) => [
        `K005${fake.alnum(26)}${fake.digits(1)}`,
        `b2 account authorize $B2_KEY_ID K004${fake.alnum(25)}/${fake.digits(1)}`,
      ],
      negatives: [{ text: 'K0010ABCDEFGHIJKLMNOPQRSTUVWX12', why: 'a run of the alphabet: placeholder' }],
    },
  },
];
