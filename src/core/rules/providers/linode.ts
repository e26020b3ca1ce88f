// Formats: Akamai Cloud (Linode) "Manage personal access tokens" (64 lowercase hex characters; the
// CLI and Terraform provider read LINODE_TOKEN / LINODE_CLI_TOKEN).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_TAIL, assignmentLines } from '../ruleKit';

export const linodeRules: readonly Rule[] = [
  {
    id: 'linode-personal-access-token',
    title: 'Linode (Akamai Cloud) personal access token',
    provider: 'Linode',
    keywords: ['linode'],
    pattern: new RegExp(
      String.raw`linode${NAME_TAIL}(?:token|key|pat)${ASSIGN_NOT_DOUBLED}(?<secret>[0-9a-f]{64})(?![0-9A-Za-z])`,
      'i',
    ),
    minEntropy: 3.3,
    confidence: 'medium',
    envVar: 'LINODE_TOKEN',
    docs: 'https://techdocs.akamai.com/cloud-computing/docs/manage-personal-access-tokens',
    risk: "Manages the account's Linodes, volumes, NodeBalancers, DNS and object storage within the token's scopes.",
    validate: (secret) => /^[0-9a-f]{64}$/.test(secret),
    examples: {
      embed: false,
      positives: (fake) => [...assignmentLines('LINODE_TOKEN', () => fake.hex(64)), `LINODE_CLI_TOKEN=${fake.hex(64)}`],
      negatives: [
        { text: 'LINODE_TOKEN=${LINODE_TOKEN}', why: 'environment reference' },
        { text: 'linode_token = "<your-linode-token>"', why: 'placeholder' },
      ],
    },
  },
];
