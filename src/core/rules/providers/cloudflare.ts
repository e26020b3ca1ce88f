// Formats: Cloudflare docs "Token formats" (scannable cfut_/cfat_ API tokens and cfk_ Global API
// Keys: prefix, 40 characters and a checksum; before 2026, 40-character tokens and 37–45 character
// lowercase hex Global API Keys) and "Origin CA keys" (v1.0-<24 hex>-<146 hex>).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_TAIL } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

const TOKEN_DOCS = 'https://developers.cloudflare.com/fundamentals/api/how-to/roll-token/';
const KEY_DOCS = 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/';
const TOKEN_RISK =
  "Calls the Cloudflare API with the token's permissions: DNS, WAF, Workers, R2 and zone settings of the accounts it covers.";
const KEY_RISK =
  'Full access to every account and zone of the user, with no scoping: DNS, certificates, Workers, billing.';

const CF_NAME = String.raw`(?:cloudflare|(?<![A-Za-z0-9])cf_)${NAME_TAIL}`;

export const cloudflareRules: readonly Rule[] = [
  {
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token',
    provider: 'Cloudflare',
    keywords: ['cfut_', 'cfat_'],
    pattern: /(?<![A-Za-z0-9_-])cf(?:ut|at)_[A-Za-z0-9]{40,64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'CLOUDFLARE_API_TOKEN',
    docs: TOKEN_DOCS,
    risk: TOKEN_RISK,
    validate: hasLetterAndDigit,
    examples: {
      positives: (fake) => [`cfut_${fake.alnum(40)}${fake.hex(8)}`, `cfat_${fake.alnum(40)}${fake.hex(8)}`],
      negatives: [
        { text: 'cfut_your_api_token_here', why: 'placeholder' },
        { text: (fake) => `cfut_${fake.alnum(16)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'cloudflare-global-api-key',
    title: 'Cloudflare Global API Key',
    provider: 'Cloudflare',
    keywords: ['cfk_'],
    pattern: /(?<![A-Za-z0-9_-])cfk_[A-Za-z0-9]{40,64}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'CLOUDFLARE_API_KEY',
    docs: KEY_DOCS,
    risk: KEY_RISK,
    validate: hasLetterAndDigit,
    examples: {
      positives: (fake) => [`cfk_${fake.alnum(40)}${fake.hex(8)}`, `X-Auth-Key: cfk_${fake.alnum(40)}${fake.hex(8)}`],
      negatives: [
        { text: 'cfk_your_global_api_key', why: 'placeholder' },
        { text: (fake) => `cfk_${fake.alnum(10)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'cloudflare-api-token-legacy',
    title: 'Cloudflare API token (unprefixed)',
    provider: 'Cloudflare',
    keywords: ['cloudflare', 'cf_'],
    pattern: new RegExp(
      String.raw`${CF_NAME}token${ASSIGN_NOT_DOUBLED}(?<secret>[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'CLOUDFLARE_API_TOKEN',
    docs: TOKEN_DOCS,
    risk: TOKEN_RISK,
    validate: hasLetterAndDigit,
    examples: {
      embed: false,
      positives: (fake) => [
        `CLOUDFLARE_API_TOKEN=${fake.base64url(39)}${fake.digits(1)}`,
        `export CF_DNS_API_TOKEN="${fake.alnum(39)}${fake.digits(1)}"`,
        `  cf_api_token: "${fake.alnum(39)}${fake.digits(1)}"`,
        `  "cloudflare_api_token": "${fake.alnum(39)}${fake.digits(1)}",`,
        `const cloudflareToken = '${fake.base64url(39)}${fake.digits(1)}';`,
      ],
      negatives: [
        { text: 'CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}', why: 'GitHub Actions secret reference' },
        { text: (fake) => `CLOUDFLARE_ACCOUNT_ID=${fake.hex(32)}`, why: 'an account identifier' },
      ],
    },
  },
  {
    id: 'cloudflare-global-api-key-legacy',
    title: 'Cloudflare Global API Key (unprefixed)',
    provider: 'Cloudflare',
    keywords: ['cloudflare', 'cf_', 'x-auth-key'],
    pattern: new RegExp(
      String.raw`(?:${CF_NAME}key|x-auth-key)${ASSIGN_NOT_DOUBLED}(?<secret>[0-9a-f]{37,45})(?![0-9a-z])`,
      'i',
    ),
    minEntropy: 3.3,
    confidence: 'medium',
    envVar: 'CLOUDFLARE_API_KEY',
    docs: KEY_DOCS,
    risk: KEY_RISK,
    validate: (secret) => /^[0-9a-f]+$/.test(secret) && hasLetterAndDigit(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `CLOUDFLARE_API_KEY=${fake.hex(37)}`,
        `export CF_API_KEY="${fake.hex(37)}"`,
        `curl -H "X-Auth-Email: ops@corp.io" -H "X-Auth-Key: ${fake.hex(37)}" https://api.cloudflare.com/client/v4/zones`,
        `  "cloudflare_global_key": "${fake.hex(37)}",`,
      ],
      negatives: [
        { text: 'CLOUDFLARE_API_KEY=$CF_KEY', why: 'environment reference' },
        { text: (fake) => `CLOUDFLARE_ZONE_ID=${fake.hex(32)}`, why: 'a zone identifier' },
      ],
    },
  },
  {
    id: 'cloudflare-origin-ca-key',
    title: 'Cloudflare Origin CA key',
    provider: 'Cloudflare',
    keywords: ['v1.0-'],
    pattern: /(?<![A-Za-z0-9.-])v1\.0-[0-9a-f]{24}-[0-9a-f]{146}(?![0-9a-f])/,
    minEntropy: 3.3,
    confidence: 'high',
    envVar: 'CLOUDFLARE_ORIGIN_CA_KEY',
    docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/',
    risk: 'Issues and revokes Origin CA certificates for your zones, so an attacker can present trusted certificates to Cloudflare.',
    examples: {
      positives: (fake) => [
        `v1.0-${fake.hex(24)}-${fake.hex(146)}`,
        `origin_ca_key = "v1.0-${fake.hex(24)}-${fake.hex(146)}"`,
      ],
      negatives: [
        { text: 'v1.0-your-origin-ca-key', why: 'placeholder' },
        { text: (fake) => `v1.0-${fake.hex(24)}-${fake.hex(40)}`, why: 'too short' },
      ],
    },
  },
];
