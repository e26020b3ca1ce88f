// Formats: W&B docs "Manage API keys": current keys start `wandb_v1_` (two random segments joined by
// `_`); older keys are 40 lowercase hex characters (self-managed servers prefix them `local-`), which
// need a W&B-named setting or `wandb.login(key=...)`.
import type { Rule } from '../types';
import { assignedRule, prefixedRule } from '../ruleKit';

const DOCS = 'https://docs.wandb.ai/support/models/articles/how-can-i-rotate-or-revoke-access';
const RISK =
  "Acts as the user or service account in W&B: reads and overwrites runs, artifacts (datasets, model weights) and reports across the user's teams.";

export const weightsAndBiasesRules: readonly Rule[] = [
  prefixedRule({
    id: 'wandb-api-key',
    title: 'Weights & Biases API key',
    provider: 'Weights & Biases',
    prefix: 'wandb_v1_',
    body: '[A-Za-z0-9]{20,40}_[A-Za-z0-9]{40,60}',
    envVar: 'WANDB_API_KEY',
    docs: DOCS,
    risk: RISK,
    minEntropy: 3.5,
    token: (fake) => `wandb_v1_${fake.alnum(27)}_${fake.alnum(49)}`,
    usage: (t) => `wandb.login(key="${t}")`,
    negatives: [{ text: (fake) => `wandb_v1_${fake.alnum(27)}`, why: 'missing the second segment' }],
  }),
  assignedRule({
    id: 'wandb-api-key-legacy',
    title: 'Weights & Biases API key (legacy 40-hex format)',
    provider: 'Weights & Biases',
    keywords: ['wandb'],
    names: 'wandb',
    secret: '(?:local-)?[0-9a-f]{40}',
    envVar: 'WANDB_API_KEY',
    docs: DOCS,
    risk: RISK,
    key: (fake) => fake.hex(40),
    calls: ['wandb.login(key="$KEY")'],
    more: (fake) => [`WANDB_API_KEY=local-${fake.hex(40)}`],
    negatives: [
      { text: (fake) => `WANDB_RUN_ID=${fake.hex(8)}`, why: 'a run id, not a key' },
      { text: (fake) => `WANDB_KEY=${fake.hex(32)}`, why: 'wrong length' },
    ],
  }),
];
