// Formats: Supabase docs "Understanding API keys" (sb_secret_... secret keys, sb_publishable_... public
// keys, legacy service_role JWTs) and the Management API (personal access tokens sbp_ followed by
// 40 hex characters).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, JWT } from '../ruleKit';
import { hasLetterAndDigit, jwtPayload } from '../valueChecks';

const KEYS_DOCS = 'https://supabase.com/docs/guides/api/api-keys';

/** The fixed secret key `supabase start` prints for every local development stack. */
const LOCAL_CLI_SECRET_KEY = ['sb_secret_', 'N7UND0UgjKTVK-Uodkm0Hg', '_xSvEMPvz'].join('');

export const supabaseRules: readonly Rule[] = [
  {
    id: 'supabase-access-token',
    title: 'Supabase personal access token',
    provider: 'Supabase',
    keywords: ['sbp_'],
    pattern: /(?<![A-Za-z0-9_-])sbp_[0-9a-f]{40}(?![A-Za-z0-9_-])/,
    minEntropy: 3.2,
    confidence: 'high',
    envVar: 'SUPABASE_ACCESS_TOKEN',
    docs: 'https://supabase.com/docs/reference/api/introduction',
    risk: "Manages every project of the user's organizations through the Management API: settings, keys, database access.",
    examples: {
      positives: (fake) => [`sbp_${fake.hex(40)}`, `supabase login --token sbp_${fake.hex(40)}`],
      negatives: [
        { text: 'sbp_your_access_token', why: 'placeholder' },
        { text: (fake) => `sbp_${fake.hex(20)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'supabase-secret-key',
    title: 'Supabase secret API key',
    provider: 'Supabase',
    keywords: ['sb_secret_'],
    pattern: /(?<![A-Za-z0-9_-])sb_secret_[A-Za-z0-9_-]{28,64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'SUPABASE_SECRET_KEY',
    docs: KEYS_DOCS,
    risk: 'Bypasses Row Level Security: full read and write access to every table, storage bucket and auth user of the project.',
    validate: (secret) => secret !== LOCAL_CLI_SECRET_KEY && hasLetterAndDigit(secret.slice(10)),
    examples: {
      positives: (fake) => [`sb_secret_${fake.base64url(22)}_${fake.alnum(8)}`, `sb_secret_${fake.alnum(31)}`],
      negatives: [
        {
          text: (fake) => `sb_publishable_${fake.base64url(22)}_${fake.alnum(8)}`,
          why: 'publishable keys are public by design',
        },
        { text: LOCAL_CLI_SECRET_KEY, why: 'the fixed key of the local Supabase CLI stack' },
        { text: 'sb_secret_...', why: 'truncated in documentation' },
      ],
    },
  },
  {
    id: 'supabase-service-role-key',
    title: 'Supabase service_role key (legacy JWT)',
    provider: 'Supabase',
    keywords: ['service_role', 'servicerole', 'service-role'],
    pattern: new RegExp(
      String.raw`service[_-]?role(?:[_.-]?(?:key|secret|jwt|token))?${ASSIGN_NOT_DOUBLED}(?<secret>${JWT})(?![A-Za-z0-9_-])`,
      'i',
    ),
    confidence: 'high',
    envVar: 'SUPABASE_SERVICE_ROLE_KEY',
    docs: KEYS_DOCS,
    risk: 'Bypasses Row Level Security: full read and write access to every table, storage bucket and auth user of the project.',
    validate: (secret) => jwtPayload(secret)?.['role'] === 'service_role',
    examples: {
      embed: false,
      positives: (fake) => {
        const key = () => fake.jwt({ iss: 'supabase', ref: fake.lower(20), role: 'service_role', exp: 2000000000 });
        return [
          `SUPABASE_SERVICE_ROLE_KEY=${key()}`,
          `SERVICE_ROLE_KEY="${key()}"`,
          `  "serviceRoleKey": "${key()}",`,
          `const supabaseServiceRoleKey = '${key()}';`,
          `  service-role-key: ${key()}`,
        ];
      },
      negatives: [
        { text: 'SUPABASE_SERVICE_ROLE_KEY=${SUPABASE_SERVICE_ROLE_KEY}', why: 'environment reference' },
        { text: 'SUPABASE_SERVICE_ROLE_KEY=your-service-role-key', why: 'placeholder' },
      ],
    },
  },
];
