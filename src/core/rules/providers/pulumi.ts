// Formats: Pulumi Cloud "Access tokens" (pul- followed by 40 hex characters).
import type { Rule } from '../types';

export const pulumiRules: readonly Rule[] = [
  {
    id: 'pulumi-access-token',
    title: 'Pulumi access token',
    provider: 'Pulumi',
    keywords: ['pul-'],
    pattern: /(?<![A-Za-z0-9_-])pul-[0-9a-f]{40}(?![A-Za-z0-9_-])/,
    minEntropy: 3.2,
    confidence: 'high',
    envVar: 'PULUMI_ACCESS_TOKEN',
    docs: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/',
    risk: "Reads stack state and configuration secrets and runs updates as the token's user, team or organization.",
    examples: {
      positives: (fake) => [`pul-${fake.hex(40)}`, `PULUMI_ACCESS_TOKEN=pul-${fake.hex(40)}`],
      negatives: [
        { text: 'pul-your-access-token', why: 'placeholder' },
        { text: (fake) => `pul-${fake.hex(20)}`, why: 'too short' },
      ],
    },
  },
];
