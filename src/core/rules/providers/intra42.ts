// Format: 42 intranet API docs (application secrets start `s-s4t2ud-` or `s-s4t2af-`, then 64 hex characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const intra42Rules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'intra42-client-secret',
      title: '42 intranet application secret',
      provider: '42 (intra.42.fr)',
      prefix: 's-s4t2',
      body: String.raw`(?:ud|af)-[a-f0-9]{64}`,
      minEntropy: 3,
      envVar: 'INTRA42_CLIENT_SECRET',
      docs: 'https://api.intra.42.fr/apidoc/guides/getting_started',
      risk: "Obtains API tokens as the application and reads the school's users, projects and evaluations.",
      token: (fake) => `s-s4t2ud-${fake.hex(64)}`,
      usage: (t) => `curl -F client_secret=${t} https://api.intra.42.fr/oauth/token`,
      more: (fake) => [`s-s4t2af-${fake.hex(64)}`],
      negatives: [{ text: (fake) => `s-s4t2ud-${fake.hex(32)}`, why: 'too short' }],
    }),
  ),
];
