// Formats: ElevenLabs docs "Authentication" (the `xi-api-key` header): current keys are `sk_` + 48
// lowercase hex characters, older keys 32 hex characters. Neither is distinctive alone, so both
// rules need an ElevenLabs-named setting or the xi-api-key header.
import type { Rule } from '../types';
import { assignedRule } from '../ruleKit';

const DOCS = 'https://elevenlabs.io/app/settings/api-keys';
const RISK = "Generates speech, clones voices and runs agents on the account's character quota.";
const NAMES = 'eleven_?labs|eleven-labs|xi-api-key';
const KEYWORDS = ['elevenlabs', 'eleven_labs', 'eleven-labs', 'xi-api-key'];

export const elevenLabsRules: readonly Rule[] = [
  assignedRule({
    id: 'elevenlabs-api-key',
    title: 'ElevenLabs API key',
    provider: 'ElevenLabs',
    keywords: KEYWORDS,
    names: NAMES,
    secret: 'sk_[0-9a-f]{48}',
    envVar: 'ELEVENLABS_API_KEY',
    docs: DOCS,
    risk: RISK,
    key: (fake) => `sk_${fake.hex(48)}`,
    calls: ['client = ElevenLabs(api_key="$KEY")'],
    more: (fake) => [
      `ELEVEN_LABS_API_KEY=sk_${fake.hex(48)}`,
      `headers: { "xi-api-key": "sk_${fake.hex(48)}" }`,
      `eleven-labs-key: sk_${fake.hex(48)}`,
    ],
    negatives: [{ text: (fake) => `ELEVENLABS_VOICE_ID=${fake.alnum(20)}`, why: 'a voice id, not a key' }],
  }),
  assignedRule({
    id: 'elevenlabs-api-key-legacy',
    title: 'ElevenLabs API key (legacy 32-hex format)',
    provider: 'ElevenLabs',
    keywords: KEYWORDS,
    names: NAMES,
    secret: '[0-9a-f]{32}',
    envVar: 'ELEVENLABS_API_KEY',
    docs: DOCS,
    risk: RISK,
    key: (fake) => fake.hex(32),
    more: (fake) => [
      `ELEVEN_LABS_KEY=${fake.hex(32)}`,
      `curl -H "xi-api-key: ${fake.hex(32)}" https://api.elevenlabs.io/v1/voices`,
      `eleven-labs-key: ${fake.hex(32)}`,
    ],
    negatives: [{ text: (fake) => `ELEVENLABS_KEY=${fake.hex(31)}`, why: 'wrong length' }],
  }),
];
