// Format: Axiom docs "Authenticate API requests with tokens" (API tokens start `xaat-`, personal access
// tokens `xapt-`, each followed by a UUID).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

const UUID_LOWER = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

export const axiomRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'axiom-api-token',
      title: 'Axiom API token',
      provider: 'Axiom',
      prefix: 'xaat-',
      body: String.raw`${UUID_LOWER}`,
      envVar: 'AXIOM_TOKEN',
      docs: 'https://axiom.co/docs/reference/tokens',
      risk: 'Ingests into and, for advanced tokens, queries or manages the datasets the token was granted.',
      token: (fake) => `xaat-${fake.uuid()}`,
      usage: (t) => `curl -H 'Authorization: Bearer ${t}' https://api.axiom.co/v1/datasets`,
      negatives: [{ text: (fake) => `xaat-${fake.hex(32)}`, why: 'not a UUID' }],
    }),
  ),
  atKeyword(
    prefixedRule({
      id: 'axiom-personal-access-token',
      title: 'Axiom personal access token',
      provider: 'Axiom',
      prefix: 'xapt-',
      body: String.raw`${UUID_LOWER}`,
      envVar: 'AXIOM_TOKEN',
      docs: 'https://axiom.co/docs/reference/tokens',
      risk: 'Full control of the Axiom account: every dataset, monitor, user and token.',
      token: (fake) => `xapt-${fake.uuid()}`,
      usage: (t) => `export AXIOM_TOKEN=${t}`,
      negatives: [{ text: (fake) => `xapt-${fake.uuid().slice(0, 20)}`, why: 'truncated UUID' }],
    }),
  ),
];
