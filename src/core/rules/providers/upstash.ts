// Formats: Upstash docs "Redis REST API" (UPSTASH_REDIS_REST_TOKEN) and "QStash" (QSTASH_TOKEN, base64
// JSON; signing keys sig_...). The REST token has no fixed prefix, so the variable name carries the
// signal; a QStash token is found anywhere by its JSON fields (base64JsonTokens.ts), listed first.
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_CHAR, assignmentLines } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';
import { qstashTokenRule } from './base64JsonTokens';

export const upstashRules: readonly Rule[] = [
  qstashTokenRule,
  {
    id: 'upstash-token',
    title: 'Upstash Redis REST or QStash token',
    provider: 'Upstash',
    keywords: ['upstash', 'qstash'],
    pattern: new RegExp(
      String.raw`(?:upstash|qstash)${NAME_CHAR}{0,30}(?:token|key)${ASSIGN_NOT_DOUBLED}(?<secret>[A-Za-z0-9_+/-]{30,300}={0,2})(?![A-Za-z0-9_+/=-])`,
      'i',
    ),
    minEntropy: 4,
    confidence: 'medium',
    envVar: 'UPSTASH_REDIS_REST_TOKEN',
    docs: 'https://upstash.com/docs/redis/features/restapi#rest-token',
    risk: 'Reads and writes every key of the Redis database (or publishes QStash messages and forges their signatures).',
    validate: hasLetterAndDigit,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('UPSTASH_REDIS_REST_TOKEN', () => `A${fake.alnum(4)}ASQg${fake.base64(80)}`),
        `QSTASH_CURRENT_SIGNING_KEY=sig_${fake.alnum(28)}`,
      ],
      negatives: [
        {
          text: (fake) => `UPSTASH_REDIS_REST_URL=https://${fake.lower(8)}-${fake.lower(6)}-12345.upstash.io`,
          why: 'an endpoint',
        },
        { text: 'UPSTASH_REDIS_REST_TOKEN=${UPSTASH_REDIS_REST_TOKEN}', why: 'environment reference' },
      ],
    },
  },
];
