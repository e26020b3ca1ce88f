/**
 * The labelled corpus of `npm run bench:accuracy`: small files, each with the lines that hold a
 * credential labelled, grouped by the kind of secret a reviewer would call a credential.
 */
export const CATEGORIES = [
  'passwords',
  'http-auth',
  'service-name-near-token',
  'config-formats',
  'code-in-other-clothing',
  'encoded-wrapped',
  'provider-formats',
  'ai-scaffolded',
  'credential-stores',
  'command-credentials',
  'dumps-logs',
  'programming-languages',
  'urls-endpoints',
  'key-material',
  'prose-notes',
  'test-code',
  'ci-iac',
  'app-configs',
  'tabular-data',
  'dev-tools',
  'transcripts',
  'international',
  'network-configs',
  'iot-embedded',
  'data-platforms',
  'windows-admin',
  'research-ml',
  'mobile-client',
  'self-hosted-apps',
  'hobby-projects',
  'legacy-enterprise',
  'game-servers',
  'research-computing',
  'ecommerce-payments',
  'telecom-voip',
  'healthcare',
  'cms-sites',
  'fintech-backoffice',
  'automotive-embedded',
  'gov-education',
  'media-broadcast',
  'logistics-supply-chain',
  'legal-insurance',
  'retail-hospitality',
  'energy-utilities',
  'marketing-adtech',
  'hr-payroll',
  'nonprofit-fundraising',
  'travel-airline',
  'agriculture-iot',
  'real-estate-property',
  'crypto-exchange-ops',
  'construction-field-service',
  'sports-fitness',
  'security-operations',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** One labelled line. A secret written over several lines has one label per line, sharing `group`. */
export interface LineLabel {
  /** 1-based line number. */
  readonly line: number;
  /** The part of the secret written on this line (the test checks the line contains it). */
  readonly value: string;
  /** Lines of one secret share a group; the secret counts once and is found if any line is hit. */
  readonly group: number;
}

export interface CorpusCase {
  /** Stable id, also the folder the file is written to. */
  readonly id: string;
  readonly category: Category;
  /** Which case template produced it, for --verbose output. */
  readonly shape: string;
  readonly polarity: 'positive' | 'negative';
  /** Path of the file inside its case folder, e.g. `config/settings.xml`. */
  readonly path: string;
  readonly text: string;
  readonly labels: readonly LineLabel[];
}
