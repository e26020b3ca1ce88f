// Format: Honeycomb docs "Authentication" (key ids start `hc`, a letter assigned at creation and the key
// type: `ik_` ingest, `mk_` management, `lk_` configuration; an ingest key is sent as its 26-character id
// followed by its 32-character secret, 58 lower-case alphanumerics after the prefix).
import type { Rule } from '../types';
import { bounded } from '../ruleKit';
import { tokenStartsAt } from '../prefixAnchored';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export const honeycombRules: readonly Rule[] = [
  {
    id: 'honeycomb-ingest-key',
    title: 'Honeycomb ingest key',
    provider: 'Honeycomb',
    // The letter after `hc` varies per key: one keyword per letter keeps the prefilter exact.
    keywords: [...LETTERS].map((c) => `hc${c}ik_`),
    pattern: bounded('hc[a-z]ik_[a-z0-9]{58}'),
    minEntropy: 3.5,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'HONEYCOMB_API_KEY',
    docs: 'https://docs.honeycomb.io/api/authentication',
    risk: "Sends telemetry into the environment (and, with the permission, creates datasets): spoofed or flooding events on the team's quota.",
    examples: {
      // One positive per key-id letter, so every keyword is exercised.
      positives: (fake) => [
        ...[...LETTERS].map((c) => `hc${c}ik_01${fake.lowerAlnum(24)}${fake.lowerAlnum(32)}`),
        `curl -H "X-Honeycomb-Team: hcaik_01${fake.lowerAlnum(56)}" https://api.honeycomb.io/1/events/app`,
      ],
      negatives: [
        { text: (fake) => `hcxik_01${fake.lowerAlnum(24)}`, why: 'the key id alone' },
        { text: (fake) => `hcxlk_${fake.lowerAlnum(26)}`, why: 'a configuration key id, not its token' },
      ],
    },
  },
];
