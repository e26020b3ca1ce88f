// Formats: Databricks docs "Databricks personal access token authentication" (tokens start with dapi
// followed by 32 hex characters; Azure Databricks may append -2) and "Authorize service principal
// access with OAuth" (OAuth secrets of service principals start with `dose`, then the secret value).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';
import { hasLetterAndDigit } from '../valueChecks';

export const databricksRules: readonly Rule[] = [
  {
    id: 'databricks-token',
    title: 'Databricks personal access token',
    provider: 'Databricks',
    keywords: ['dapi'],
    pattern: /(?<![A-Za-z0-9_-])dapi[0-9a-f]{32}(?:-[0-9]{1,2})?(?![A-Za-z0-9_-])/,
    minEntropy: 3.2,
    confidence: 'high',
    envVar: 'DATABRICKS_TOKEN',
    docs: 'https://docs.databricks.com/aws/en/dev-tools/auth/pat',
    risk: 'Acts as the user or service principal in the workspace: notebooks, jobs, clusters, SQL warehouses and the data they can read.',
    examples: {
      positives: (fake) => [`dapi${fake.hex(32)}`, `dapi${fake.hex(32)}-2`],
      negatives: [
        { text: 'dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: (fake) => `dapi${fake.hex(16)}`, why: 'too short' },
      ],
    },
  },
  atKeyword(
    prefixedRule({
      id: 'databricks-oauth-secret',
      title: 'Databricks service principal OAuth secret',
      provider: 'Databricks',
      prefix: 'dose',
      body: '[A-Za-z0-9]{32,40}',
      minEntropy: 3.2,
      envVar: 'DATABRICKS_CLIENT_SECRET',
      docs: 'https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m',
      risk: 'Obtains OAuth tokens as the service principal: every workspace, job and table it was granted.',
      validate: (token) => hasLetterAndDigit(token.slice(4)),
      token: (fake) => `dose${fake.hex(31)}${fake.digits(1)}`,
      usage: (t) => `databricks_client_secret = "${t}"`,
      negatives: [{ text: (fake) => `dose${fake.hex(12)}`, why: 'too short' }],
    }),
  ),
];
