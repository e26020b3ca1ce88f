// Format: Contentful docs "Authentication" (Content Management API personal access tokens start
// `CFPAT-`, then 43 base64url characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const contentfulRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'contentful-personal-access-token',
      title: 'Contentful personal access token',
      provider: 'Contentful',
      prefix: 'CFPAT-',
      body: String.raw`[A-Za-z0-9_-]{43}`,
      minEntropy: 3.5,
      envVar: 'CONTENTFUL_MANAGEMENT_TOKEN',
      docs: 'https://www.contentful.com/developers/docs/references/authentication/',
      risk: 'Writes to every space the user can reach through the Content Management API: content, content types, environments and webhooks.',
      token: (fake) => `CFPAT-${fake.base64url(43)}`,
      usage: (t) => `contentful space export --management-token ${t}`,
      negatives: [{ text: (fake) => `CFPAT-${fake.base64url(30)}`, why: 'too short' }],
    }),
  ),
];
