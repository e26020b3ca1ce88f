// Format: clerk.com docs "Rotate your Clerk API keys" (secret keys sk_live_ / sk_test_; publishable
// keys pk_ are public). The sk_ prefix is shared with Stripe, so a Clerk-named context is required.
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, NAME_CHAR, assignmentLines } from '../ruleKit';

export const clerkRules: readonly Rule[] = [
  {
    id: 'clerk-secret-key',
    title: 'Clerk secret key',
    provider: 'Clerk',
    keywords: ['clerk'],
    pattern: new RegExp(
      String.raw`clerk${NAME_CHAR}{0,20}${ASSIGN_NO_BACKTICK}(?<secret>sk_(?:live|test)_[A-Za-z0-9]{20,80})(?![A-Za-z0-9])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'CLERK_SECRET_KEY',
    docs: 'https://clerk.com/docs/guides/secure/rotate-api-keys',
    risk: "Calls Clerk's Backend API for the instance: read and change every user, session and organization, and mint sign-in tokens.",
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('CLERK_SECRET_KEY', () => `sk_live_${fake.alnum(46)}`),
        `CLERK_SECRET_KEY=sk_test_${fake.alnum(46)}`,
        `CLERK_API_KEY: "sk_live_${fake.alnum(46)}"`,
      ],
      negatives: [
        { text: 'CLERK_FRONTEND_API=clerk.corp.net', why: 'a host name, not a key' },
        { text: 'CLERK_SECRET_KEY=sk_test_••••••••••', why: 'masked' },
        { text: 'CLERK_SECRET_KEY=${CLERK_SECRET_KEY}', why: 'environment reference' },
      ],
    },
  },
];
