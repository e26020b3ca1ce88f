// Formats: Render docs "Render API" (API keys start with rnd_ followed by alphanumerics).
import type { Rule } from '../types';
import { hasLetterAndDigit } from '../valueChecks';

export const renderRules: readonly Rule[] = [
  {
    id: 'render-api-key',
    title: 'Render API key',
    provider: 'Render',
    keywords: ['rnd_'],
    pattern: /(?<![A-Za-z0-9_-])rnd_[A-Za-z0-9]{24,48}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'RENDER_API_KEY',
    docs: 'https://render.com/docs/api#1-create-an-api-key',
    risk: "Manages every service in the user's workspaces: deploys, environment variables (app secrets), databases and custom domains.",
    validate: hasLetterAndDigit,
    examples: {
      positives: (fake) => [
        `rnd_${fake.alnum(31)}${fake.digits(1)}`,
        `Authorization: Bearer rnd_${fake.alnum(23)}${fake.digits(1)}`,
      ],
      negatives: [
        { text: 'rnd_your_api_key_here', why: 'placeholder' },
        { text: 'const rnd_generatorInitialState = seed;', why: 'an identifier, not a key' },
      ],
    },
  },
];
