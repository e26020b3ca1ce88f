// Format: Microsoft Learn "LinkedIn Authentication" (client secrets: 16 alphanumerics, newer ones
// prefixed `WPL_AP<n>.`). Only with the name.
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

export const linkedinRules: readonly Rule[] = [
  contextRule({
    id: 'linkedin-client-secret',
    title: 'LinkedIn client secret',
    provider: 'LinkedIn',
    keywords: ['linkedin'],
    name: 'linkedin[A-Za-z0-9_.-]{0,16}secret[A-Za-z0-9_.-]{0,8}',
    value: String.raw`WPL_AP[0-9]\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/]{4,64}={0,2}|[A-Za-z0-9]{16}`,
    valueClass: '[A-Za-z0-9+/=.]',
    minEntropy: 3.2,
    envVar: 'LINKEDIN_CLIENT_SECRET',
    docs: 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/authentication',
    risk: "Completes OAuth flows as your LinkedIn app, exchanging codes for members' access tokens.",
    names: ['LINKEDIN_CLIENT_SECRET', 'LINKEDIN_SECRET'],
    sample: (fake) => (fake.int(2) === 0 ? `WPL_AP1.${fake.alnum(16)}.${fake.base64(12)}==` : fake.alnum(16)),
    negatives: [{ text: (fake) => `LINKEDIN_CLIENT_ID=${fake.lowerAlnum(14)}`, why: 'client id, public' }],
  }),
];
