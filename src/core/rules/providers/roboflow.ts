// Formats: Roboflow docs "Find your Roboflow API key" (workspace private API keys are 20
// alphanumerics with no prefix, so the rule needs a Roboflow-named setting; publishable keys
// `rf_<workspace id>` are public).
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

export const roboflowRules: readonly Rule[] = [
  assignedRule({
    id: 'roboflow-api-key',
    title: 'Roboflow private API key',
    provider: 'Roboflow',
    keywords: ['roboflow'],
    names: 'roboflow',
    secret: '[A-Za-z0-9]{20}',
    envVar: 'ROBOFLOW_API_KEY',
    docs: 'https://docs.roboflow.com/developer/authentication',
    risk: "Reads, uploads and deletes the workspace's images, datasets and models, and runs hosted inference on its quota.",
    minEntropy: 3.2,
    key: (fake) => fake.alnum(20),
    calls: ['rf = Roboflow(api_key="$KEY")'],
    negatives: [
      { text: (fake) => `ROBOFLOW_KEY=${fake.alnum(19)}`, why: 'wrong length' },
      {
        text: (fake) => `ROBOFLOW_PUBLISHABLE_KEY=rf_${fake.alnum(28)}`,
        why: 'publishable keys (rf_<workspace id>) are public by design',
      },
    ],
  }),
];
