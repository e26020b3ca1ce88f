// Formats: Databricks docs "Databricks personal access token authentication" (tokens start with dapi
// followed by 32 hex characters; Azure Databricks may append -2).
import type { Rule } from '../types';

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
];
