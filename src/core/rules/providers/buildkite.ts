// Format: buildkite.com docs "Managing API access tokens" (user API tokens: bkua_ + 40 hex digits).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const buildkiteRules: readonly Rule[] = [
  prefixedRule({
    id: 'buildkite-api-token',
    title: 'Buildkite API access token',
    provider: 'Buildkite',
    prefix: 'bkua_',
    body: '[0-9a-f]{40}',
    minEntropy: 3,
    envVar: 'BUILDKITE_API_TOKEN',
    docs: 'https://buildkite.com/docs/apis/managing-api-tokens',
    risk: 'Calls the Buildkite REST and GraphQL APIs as the user: read build logs and artifacts, create builds, change pipelines.',
    token: (fake) => `bkua_${fake.hex(40)}`,
    more: (fake) => [`curl -H "Authorization: Bearer bkua_${fake.hex(40)}" https://api.buildkite.com/v2/user`],
    negatives: [
      { text: 'bkua_<api-access-token>', why: 'placeholder' },
      { text: (fake) => `bkua_${fake.hex(24)}`, why: 'too short for the format' },
    ],
  }),
];
