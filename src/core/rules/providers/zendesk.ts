// Format: Zendesk developer docs "Security and authentication" (API tokens: 40 alphanumerics, used as
// `email/token:<token>`). Only with the name.
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

export const zendeskRules: readonly Rule[] = [
  contextRule({
    id: 'zendesk-api-token',
    title: 'Zendesk API token',
    provider: 'Zendesk',
    keywords: ['zendesk'],
    name: `zendesk${NAME_TAIL}`,
    value: '[A-Za-z0-9]{40}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3.8,
    envVar: 'ZENDESK_API_TOKEN',
    docs: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/',
    risk: 'Impersonates any agent or admin of the Zendesk account: reads and changes tickets, users and settings.',
    names: ['ZENDESK_API_TOKEN', 'ZENDESK_TOKEN'],
    sample: (fake) => fake.alnum(40),
    negatives: [
      { text: 'ZENDESK_SUBDOMAIN=acmesupport', why: 'not a secret' },
      { text: 'zendesk_email: "agent@acme.io"', why: 'not a secret' },
    ],
  }),
];
