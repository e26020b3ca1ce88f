// Formats: Hetzner Cloud docs "Generating an API token" (64 alphanumerics; the CLI and Terraform
// provider read HCLOUD_TOKEN).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_TAIL, assignmentLines } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

export const hetznerRules: readonly Rule[] = [
  {
    id: 'hetzner-cloud-token',
    title: 'Hetzner Cloud API token',
    provider: 'Hetzner',
    keywords: ['hcloud', 'hetzner'],
    pattern: new RegExp(
      String.raw`(?:hcloud|hetzner)${NAME_TAIL}(?:token|key)${ASSIGN_NOT_DOUBLED}(?<secret>[A-Za-z0-9]{64})(?![A-Za-z0-9])`,
      'i',
    ),
    minEntropy: 4,
    confidence: 'medium',
    envVar: 'HCLOUD_TOKEN',
    docs: 'https://docs.hetzner.com/cloud/api/getting-started/generating-api-token/',
    risk: 'Reads or manages every server, volume, network and firewall of the Hetzner Cloud project.',
    validate: hasLetterAndDigit,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('HCLOUD_TOKEN', () => fake.alnum(63) + fake.digits(1)),
        `  hetzner_api_token = "${fake.alnum(63)}${fake.digits(1)}"`,
      ],
      negatives: [
        { text: 'HCLOUD_TOKEN=${HCLOUD_TOKEN}', why: 'environment reference' },
        { text: 'HCLOUD_TOKEN=$(pass show infra/hcloud)', why: 'command substitution' },
      ],
    },
  },
];
