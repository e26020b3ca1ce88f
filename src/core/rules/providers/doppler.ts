// Formats: Doppler API reference "Authentication" and "Service Tokens" (token prefixes dp.pt.
// personal, dp.st. service (optionally dp.st.<config>.), dp.sa. service account, dp.ct. CLI,
// dp.scim. SCIM and dp.audit. audit tokens, each followed by 40–44 alphanumerics).
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START_NO_DOT, escapeRegExp } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

const API_DOCS = 'https://docs.doppler.com/reference/api';

function dopplerRule(
  kind: string,
  title: string,
  prefix: string,
  docs: string,
  risk: string,
  envVar = 'DOPPLER_TOKEN',
): Rule {
  const body =
    prefix === 'dp.st.' ? String.raw`(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}` : String.raw`[A-Za-z0-9]{40,44}`;
  return {
    id: `doppler-${kind}-token`,
    title,
    provider: 'Doppler',
    keywords: [prefix],
    pattern: new RegExp(`${TOKEN_START_NO_DOT}${escapeRegExp(prefix)}${body}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar,
    docs,
    risk,
    validate: (secret) => hasLetterAndDigit(secret.slice(secret.lastIndexOf('.') + 1)),
    examples: {
      positives: (fake) => [
        `${prefix}${fake.alnum(43)}`,
        `${prefix}${fake.alnum(40)}`,
        ...(prefix === 'dp.st.' ? [`dp.st.prd.${fake.alnum(40)}`] : []),
      ],
      negatives: [
        { text: `${prefix}your-doppler-token`, why: 'placeholder' },
        { text: (fake) => `${prefix}${fake.alnum(20)}`, why: 'too short' },
      ],
    },
  };
}

export const dopplerRules: readonly Rule[] = [
  dopplerRule(
    'personal',
    'Doppler personal token',
    'dp.pt.',
    API_DOCS,
    'Reads and writes every secret in every project the user can access.',
  ),
  dopplerRule(
    'service',
    'Doppler service token',
    'dp.st.',
    'https://docs.doppler.com/docs/service-tokens',
    'Reads (or writes) every secret of one config: typically a whole environment of credentials.',
  ),
  dopplerRule(
    'service-account',
    'Doppler service account token',
    'dp.sa.',
    'https://docs.doppler.com/docs/service-accounts',
    'Accesses the projects and configs granted to the service account.',
  ),
  dopplerRule(
    'cli',
    'Doppler CLI token',
    'dp.ct.',
    API_DOCS,
    'Reads and writes every secret in every project the user can access.',
  ),
  dopplerRule(
    'scim',
    'Doppler SCIM token',
    'dp.scim.',
    API_DOCS,
    'Creates, changes and removes users and groups of the workplace.',
    'DOPPLER_SCIM_TOKEN',
  ),
  dopplerRule(
    'audit',
    'Doppler audit token',
    'dp.audit.',
    API_DOCS,
    "Reads the workplace's audit log, users and access structure.",
    'DOPPLER_AUDIT_TOKEN',
  ),
];
