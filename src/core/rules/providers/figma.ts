// Format: help.figma.com "Manage personal access tokens" (figd_ + 40 base64url characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const figmaRules: readonly Rule[] = [
  prefixedRule({
    id: 'figma-pat',
    title: 'Figma personal access token',
    provider: 'Figma',
    prefix: 'figd_',
    body: '[A-Za-z0-9_-]{40}',
    minEntropy: 3.5,
    envVar: 'FIGMA_TOKEN',
    docs: 'https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens',
    risk: 'Reads (and with write scopes, comments on and changes) every file the user can open, including unreleased designs.',
    token: (fake) => `figd_${fake.base64url(40)}`,
    more: (fake) => [`headers: { 'X-Figma-Token': 'figd_${fake.alnum(40)}' }`],
    negatives: [
      { text: 'figd_your_token_here', why: 'placeholder' },
      { text: (fake) => `figd_${fake.alnum(16)}`, why: 'too short for the format' },
    ],
  }),
];
