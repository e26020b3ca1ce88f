// Formats: Anthropic docs "Get an API key" (Console keys start sk-ant-api03-), "Admin API"
// (sk-ant-admin01-), and Claude Code "Authentication" (`claude setup-token` OAuth access tokens
// sk-ant-oat01-, refresh tokens sk-ant-ort01-). API and admin keys are 93 base64url characters
// followed by "AA".
import type { Rule } from '../types';
import { bounded } from '../ruleKit';

const KEYS_DOCS = 'https://platform.claude.com/docs/en/get-api-key';

function anthropicRule(
  id: string,
  title: string,
  prefix: string,
  body: string,
  envVar: string,
  docs: string,
  risk: string,
): Rule {
  return {
    id,
    title,
    provider: 'Anthropic',
    keywords: [prefix],
    pattern: bounded(`${prefix}${body}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar,
    docs,
    risk,
    examples: {
      positives: (fake) => [`${prefix}${fake.base64url(93)}AA`, `x-api-key: ${prefix}${fake.base64url(93)}AA`],
      negatives: [
        { text: `${envVar}=${prefix}...`, why: 'truncated in documentation' },
        { text: `${prefix}your-key-here`, why: 'placeholder' },
        { text: (fake) => `${prefix}${fake.base64url(40)}`, why: 'too short to be a key' },
      ],
    },
  };
}

export const anthropicRules: readonly Rule[] = [
  anthropicRule(
    'anthropic-api-key',
    'Anthropic API key',
    'sk-ant-api03-',
    '[A-Za-z0-9_-]{93}AA',
    'ANTHROPIC_API_KEY',
    KEYS_DOCS,
    "Calls the Claude API in the key's workspace and spends the organization's credit.",
  ),
  anthropicRule(
    'anthropic-admin-key',
    'Anthropic Admin API key',
    'sk-ant-admin01-',
    '[A-Za-z0-9_-]{93}AA',
    'ANTHROPIC_ADMIN_KEY',
    'https://docs.anthropic.com/en/docs/administration/administration-api',
    'Administers the organization: members, invites, workspaces, and every API key (list, disable, re-scope).',
  ),
  anthropicRule(
    'anthropic-oauth-access-token',
    'Claude OAuth access token (Claude Code setup-token)',
    'sk-ant-oat01-',
    '[A-Za-z0-9_-]{80,120}',
    'CLAUDE_CODE_OAUTH_TOKEN',
    'https://code.claude.com/docs/en/authentication',
    "Uses the owner's Claude Pro/Max/Team subscription from anywhere, for up to a year for setup tokens.",
  ),
  anthropicRule(
    'anthropic-oauth-refresh-token',
    'Claude OAuth refresh token',
    'sk-ant-ort01-',
    '[A-Za-z0-9_-]{80,120}',
    'CLAUDE_CODE_OAUTH_REFRESH_TOKEN',
    'https://code.claude.com/docs/en/authentication',
    "Mints new Claude access tokens for the owner's subscription until the login is revoked.",
  ),
];
