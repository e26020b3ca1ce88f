// Format: guides.rubygems.org "API key scopes" (keys are rubygems_ followed by 48 hex digits).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const rubygemsRules: readonly Rule[] = [
  prefixedRule({
    id: 'rubygems-api-key',
    title: 'RubyGems API key',
    provider: 'RubyGems',
    prefix: 'rubygems_',
    body: '[0-9a-f]{48}',
    minEntropy: 3,
    envVar: 'GEM_HOST_API_KEY',
    docs: 'https://guides.rubygems.org/api-key-scopes/',
    risk: "Pushes (and with its scopes, yanks) versions of the owner's gems: a supply-chain compromise for every dependent.",
    token: (fake) => `rubygems_${fake.hex(48)}`,
    more: (fake) => [`:rubygems_api_key: rubygems_${fake.hex(48)}`],
    negatives: [
      { text: ':rubygems_api_key: <your-api-key>', why: 'placeholder' },
      { text: (fake) => `rubygems_${fake.hex(32)}`, why: 'too short for the format' },
    ],
  }),
];
