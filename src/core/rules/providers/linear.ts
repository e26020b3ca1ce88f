// Format: linear.app developers "Authentication" (personal API keys lin_api_, OAuth access tokens
// lin_oauth_).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const linearRules: readonly Rule[] = [
  prefixedRule({
    id: 'linear-api-key',
    title: 'Linear personal API key',
    provider: 'Linear',
    prefix: 'lin_api_',
    body: '[A-Za-z0-9]{40}',
    minEntropy: 3.5,
    envVar: 'LINEAR_API_KEY',
    docs: 'https://linear.app/docs/api-and-webhooks',
    risk: "Reads and changes the workspace's issues, projects and comments as the user who created it.",
    token: (fake) => `lin_api_${fake.alnum(40)}`,
    negatives: [
      { text: 'lin_api_<your-api-key>', why: 'placeholder' },
      { text: (fake) => `lin_api_${fake.alnum(20)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'linear-oauth-token',
    title: 'Linear OAuth access token',
    provider: 'Linear',
    prefix: 'lin_oauth_',
    body: '[0-9a-f]{64}',
    minEntropy: 3,
    envVar: 'LINEAR_ACCESS_TOKEN',
    docs: 'https://linear.app/developers/oauth-2-0-authentication',
    risk: "Acts on the workspace as the user who authorized the OAuth app, within the app's scopes.",
    token: (fake) => `lin_oauth_${fake.hex(64)}`,
    more: (fake) => [`Authorization: Bearer lin_oauth_${fake.hex(64)}`],
    negatives: [
      { text: 'lin_oauth_<access-token>', why: 'placeholder' },
      { text: (fake) => `lin_oauth_${fake.hex(40)}`, why: 'too short for the format' },
    ],
  }),
];
