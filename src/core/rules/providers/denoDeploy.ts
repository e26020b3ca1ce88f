// Format: Deno Deploy docs "Access tokens" (personal access tokens start `ddp_`, then 36 alphanumerics);
// deployctl reads DENO_DEPLOY_TOKEN.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const denoDeployRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'deno-deploy-token',
      title: 'Deno Deploy access token',
      provider: 'Deno Deploy',
      prefix: 'ddp_',
      body: String.raw`[A-Za-z0-9]{36}`,
      minEntropy: 3.5,
      envVar: 'DENO_DEPLOY_TOKEN',
      docs: 'https://docs.deno.com/deploy/manual/api/',
      risk: 'Deploys code to and reads the environment variables of every Deno Deploy project the user can reach.',
      token: (fake) => `ddp_${fake.alnum(36)}`,
      usage: (t) => `deployctl deploy --token=${t} --project=api main.ts`,
      negatives: [{ text: (fake) => `ddp_${fake.alnum(20)}`, why: 'too short' }],
    }),
  ),
];
