// Format: Statsig docs "API keys" (server secret keys start `secret-`, then alphanumerics; client keys
// start `client-` and are public).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';
import { classCount } from '../valueChecks';

export const statsigRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'statsig-server-secret',
      title: 'Statsig server secret key',
      provider: 'Statsig',
      prefix: 'secret-',
      body: String.raw`[A-Za-z0-9]{35,50}`,
      minEntropy: 4,
      envVar: 'STATSIG_SERVER_SECRET',
      docs: 'https://docs.statsig.com/sdk-keys/api-keys',
      risk: 'Evaluates every gate and experiment with their full rules and, as a console key, changes them.',
      validate: (token) => classCount(token.slice(7)) >= 3,
      token: (fake) => `secret-${fake.alnum(42)}${fake.digits(1)}`,
      usage: (t) => `await Statsig.initialize('${t}');`,
      negatives: [
        { text: (fake) => `client-${fake.alnum(43)}`, why: 'a client key: public by design' },
        { text: 'secret-managementConfigurationForProduction', why: 'a name: no digits' },
      ],
    }),
  ),
];
