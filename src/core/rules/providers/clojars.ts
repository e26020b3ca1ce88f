// Format: Clojars wiki "Deploy tokens" (tokens start `CLOJARS_`, then 60 lower-case hex characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const clojarsRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'clojars-deploy-token',
      title: 'Clojars deploy token',
      provider: 'Clojars',
      prefix: 'CLOJARS_',
      body: String.raw`[a-f0-9]{60}`,
      minEntropy: 3,
      envVar: 'CLOJARS_DEPLOY_TOKEN',
      docs: 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens',
      risk: "Publishes new versions of the user's or group's Clojure libraries: a supply-chain foothold.",
      token: (fake) => `CLOJARS_${fake.hex(60)}`,
      usage: (t) => `:password "${t}"`,
      negatives: [{ text: (fake) => `CLOJARS_${fake.hex(40)}`, why: 'too short' }],
    }),
  ),
];
