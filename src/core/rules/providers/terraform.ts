// Formats: HCP Terraform / Terraform Enterprise "API tokens" (14 alphanumerics, ".atlasv1.", then
// 60–70 base64url characters).
import type { Rule } from '../types';

export const terraformRules: readonly Rule[] = [
  {
    id: 'terraform-cloud-token',
    title: 'HCP Terraform / Terraform Enterprise API token',
    provider: 'HashiCorp Terraform',
    keywords: ['.atlasv1.'],
    pattern: /(?<![A-Za-z0-9_.-])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'TFE_TOKEN',
    docs: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
    risk: 'Runs plans and applies, reads state (which holds every resource secret) and changes workspaces as the user, team or organization.',
    examples: {
      positives: (fake) => [
        `${fake.alnum(14)}.atlasv1.${fake.base64url(67)}`,
        `token = "${fake.alnum(14)}.atlasv1.${fake.alnum(64)}"`,
      ],
      negatives: [
        {
          text: 'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
          why: 'placeholder',
        },
        { text: (fake) => `${fake.alnum(14)}.atlasv1.${fake.alnum(20)}`, why: 'too short' },
      ],
    },
  },
];
