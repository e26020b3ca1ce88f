// Formats: Scaleway docs "Creating and managing API keys" (access keys SCW + 17 characters; secret
// keys are UUIDs; the CLI and SDKs read SCW_SECRET_KEY).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_CHAR, NAME_TAIL, UUID, assignmentLines } from '../ruleKit';

export const scalewayRules: readonly Rule[] = [
  {
    id: 'scaleway-secret-key',
    title: 'Scaleway API secret key',
    provider: 'Scaleway',
    keywords: ['scaleway', 'scw'],
    pattern: new RegExp(
      String.raw`(?:scaleway|(?<![A-Za-z0-9])scw)${NAME_TAIL}secret${NAME_CHAR}{0,10}${ASSIGN_NOT_DOUBLED}(?<secret>${UUID})(?![0-9A-Za-z-])`,
      'i',
    ),
    confidence: 'high',
    envVar: 'SCW_SECRET_KEY',
    docs: 'https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/',
    risk: "Calls the Scaleway API with the permissions of the key's IAM application or user: instances, object storage, databases.",
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('SCW_SECRET_KEY', () => fake.uuid()),
        `  scaleway_secret_key = "${fake.uuid()}"`,
      ],
      negatives: [
        { text: (fake) => `SCW_DEFAULT_PROJECT_ID=${fake.uuid()}`, why: 'a project identifier' },
        { text: 'SCW_SECRET_KEY=${SCW_SECRET_KEY}', why: 'environment reference' },
      ],
    },
  },
];
