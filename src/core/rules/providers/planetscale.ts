// Formats: PlanetScale docs "Service tokens" (pscale_tkn_), "Connection strings" (database passwords
// pscale_pw_) and OAuth applications (pscale_oauth_), each followed by 32–64 URL-safe characters.
import type { Rule } from '../types';
import { hasLetterAndDigit } from '../valueChecks';

function planetscaleRule(id: string, title: string, prefix: string, envVar: string, docs: string, risk: string): Rule {
  return {
    id,
    title,
    provider: 'PlanetScale',
    keywords: [prefix],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])${prefix}[A-Za-z0-9_-]{32,64}(?![A-Za-z0-9_-])`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar,
    docs,
    risk,
    validate: (secret) => hasLetterAndDigit(secret.slice(prefix.length)),
    examples: {
      positives: (fake) => [`${prefix}${fake.alnum(43)}`, `${prefix}${fake.base64url(40)}1`],
      negatives: [
        { text: `${prefix}your_token_here`, why: 'placeholder' },
        { text: (fake) => `${prefix}${fake.alnum(12)}`, why: 'too short' },
      ],
    },
  };
}

export const planetscaleRules: readonly Rule[] = [
  planetscaleRule(
    'planetscale-service-token',
    'PlanetScale service token',
    'pscale_tkn_',
    'PLANETSCALE_SERVICE_TOKEN',
    'https://planetscale.com/docs/concepts/service-tokens',
    "Manages the organization's databases, branches, deploy requests and passwords within the token's access.",
  ),
  planetscaleRule(
    'planetscale-database-password',
    'PlanetScale database password',
    'pscale_pw_',
    'DATABASE_PASSWORD',
    'https://planetscale.com/docs/concepts/connection-strings',
    'Connects to the database branch with the role of the password: read, write or admin on all its data.',
  ),
  planetscaleRule(
    'planetscale-oauth-token',
    'PlanetScale OAuth token',
    'pscale_oauth_',
    'PLANETSCALE_OAUTH_TOKEN',
    'https://planetscale.com/docs/concepts/oauth',
    'Calls the PlanetScale API as the user who authorized the OAuth application, within its scopes.',
  ),
];
