// Formats: DigitalOcean docs "How to Create a Personal Access Token" and "OAuth API" (dop_v1_, doo_v1_
// and dor_v1_ followed by 64 hex characters).
import type { Rule } from '../types';

function doRule(id: string, title: string, prefix: string, envVar: string, docs: string, risk: string): Rule {
  return {
    id,
    title,
    provider: 'DigitalOcean',
    keywords: [prefix],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])${prefix}[0-9a-f]{64}(?![A-Za-z0-9_-])`),
    minEntropy: 3.3,
    confidence: 'high',
    envVar,
    docs,
    risk,
    examples: {
      positives: (fake) => [`${prefix}${fake.hex(64)}`, `Authorization: Bearer ${prefix}${fake.hex(64)}`],
      negatives: [
        { text: `${prefix}your-token-here`, why: 'placeholder' },
        { text: (fake) => `${prefix}${fake.hex(40)}`, why: 'too short' },
        { text: (fake) => `${prefix}${fake.upperHex(64)}`, why: 'upper-case hex is not the format' },
      ],
    },
  };
}

export const digitaloceanRules: readonly Rule[] = [
  doRule(
    'digitalocean-personal-access-token',
    'DigitalOcean personal access token',
    'dop_v1_',
    'DIGITALOCEAN_ACCESS_TOKEN',
    'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
    "Manages the team's droplets, databases, Kubernetes clusters, DNS and Spaces within the token's scopes.",
  ),
  doRule(
    'digitalocean-oauth-token',
    'DigitalOcean OAuth access token',
    'doo_v1_',
    'DIGITALOCEAN_ACCESS_TOKEN',
    'https://docs.digitalocean.com/reference/api/oauth/',
    "Calls the DigitalOcean API as the user who authorized the OAuth app, within the app's scopes.",
  ),
  doRule(
    'digitalocean-refresh-token',
    'DigitalOcean OAuth refresh token',
    'dor_v1_',
    'DIGITALOCEAN_REFRESH_TOKEN',
    'https://docs.digitalocean.com/reference/api/oauth/',
    'Mints new DigitalOcean OAuth access tokens until the authorization is revoked.',
  ),
];
