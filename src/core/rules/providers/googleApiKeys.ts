// Formats: Google Cloud "API keys overview" (keys are `AIza` + 35 characters of [0-9A-Za-z_-]),
// Gemini API docs "Using Gemini API keys" (Gemini keys are Google API keys created in AI Studio),
// and Google Identity "OAuth 2.0" (access tokens start `ya29.`).
import type { Rule } from '../types';
import { ASSIGN_OR_CALL, NAME_QUALIFIERS, TOKEN_END, TOKEN_START } from '../ruleKit';

const GEMINI_DOCS = 'https://ai.google.dev/gemini-api/docs/api-key';
const GEMINI_RISK =
  "Calls the Gemini API on the key's Google Cloud project: paid model usage and access to the project's uploaded files and cached content.";

const KEY = 'AIza[0-9A-Za-z_-]{35}';

/** Words that tie an AIza key to the Gemini / Generative Language API. */
const GEMINI_WORDS = String.raw`gemini|generative_?ai|google_?ai|genai`;

export const googleApiKeyRules: readonly Rule[] = [
  {
    id: 'gemini-api-key',
    title: 'Gemini API key (Google AI Studio)',
    provider: 'Google Gemini',
    keywords: ['gemini', 'generativeai', 'generative_ai', 'googleai', 'google_ai', 'genai'],
    pattern: new RegExp(
      String.raw`(?:${GEMINI_WORDS})${NAME_QUALIFIERS}${ASSIGN_OR_CALL}(?<secret>${KEY})${TOKEN_END}`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'GEMINI_API_KEY',
    docs: GEMINI_DOCS,
    risk: GEMINI_RISK,
    examples: {
      embed: false,
      positives: (fake) => [
        `GEMINI_API_KEY=AIza${fake.base64url(35)}`,
        `export GEMINI_API_KEY="AIza${fake.base64url(35)}"`,
        `  gemini_api_key: "AIza${fake.base64url(35)}"`,
        `  "geminiApiKey": "AIza${fake.base64url(35)}",`,
        `genai.configure(api_key="AIza${fake.base64url(35)}")`,
        `const genAI = new GoogleGenerativeAI("AIza${fake.base64url(35)}");`,
        `GOOGLE_GENERATIVE_AI_API_KEY=AIza${fake.base64url(35)}`,
        `GOOGLE_AI_STUDIO_KEY=AIza${fake.base64url(35)}`,
        `googleAiKey: 'AIza${fake.base64url(35)}'`,
      ],
      negatives: [
        { text: 'GEMINI_API_KEY=${GEMINI_API_KEY}', why: 'environment reference' },
        { text: 'GEMINI_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
        { text: (fake) => `GEMINI_KEY=AIza${fake.base64url(30)}`, why: 'too short to be a key' },
        { text: 'GEMINI_MODEL=gemini-2.0-flash', why: 'a model name, not a key' },
      ],
    },
  },
  {
    id: 'gemini-api-key-in-url',
    title: 'Gemini API key in a Generative Language API URL',
    provider: 'Google Gemini',
    keywords: ['generativelanguage.googleapis.com'],
    pattern: new RegExp(
      String.raw`generativelanguage\.googleapis\.com/[A-Za-z0-9_./:-]{0,120}\?(?:[A-Za-z0-9_.%=&-]{0,200}&)?key=(?<secret>${KEY})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'GEMINI_API_KEY',
    docs: GEMINI_DOCS,
    risk: GEMINI_RISK,
    examples: {
      positives: (fake) => [
        `https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=AIza${fake.base64url(35)}`,
        `https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse&key=AIza${fake.base64url(35)}`,
      ],
      negatives: [
        { text: 'https://generativelanguage.googleapis.com/v1beta/models?key=${GEMINI_API_KEY}', why: 'interpolated' },
        { text: 'https://generativelanguage.googleapis.com/v1beta/models?key=YOUR_API_KEY', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'google-api-key',
    title: 'Google API key',
    provider: 'Google',
    keywords: ['aiza'],
    pattern: new RegExp(`${TOKEN_START}${KEY}${TOKEN_END}`),
    minEntropy: 3.5,
    // Many Google API keys (Maps, Firebase web config) ship to browsers under referrer restrictions.
    confidence: 'medium',
    envVar: 'GOOGLE_API_KEY',
    docs: 'https://cloud.google.com/docs/authentication/api-keys-best-practices',
    risk: "Calls every Google API the key is not restricted from (Maps, Gemini, YouTube, …) on the owning project's quota and bill.",
    examples: {
      positives: (fake) => [
        `AIza${fake.base64url(35)}`,
        `https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=AIza${fake.base64url(35)}`,
      ],
      negatives: [
        { text: 'GOOGLE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
        { text: (fake) => `AIza${fake.base64url(34)}`, why: 'too short to be a key' },
        { text: (fake) => `AIza${fake.base64url(36)}`, why: 'too long to be a key' },
      ],
    },
  },
  {
    id: 'google-oauth-access-token',
    title: 'Google OAuth 2.0 access token',
    provider: 'Google',
    keywords: ['ya29.'],
    pattern: new RegExp(String.raw`${TOKEN_START}ya29\.(?:c\.)?[0-9A-Za-z_-]{30,2048}${TOKEN_END}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'GOOGLE_OAUTH_ACCESS_TOKEN',
    docs: 'https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke',
    risk: 'Acts as the user or service account that was granted it, within its scopes, until it expires (usually an hour).',
    examples: {
      positives: (fake) => [`ya29.a0${fake.base64url(160)}`, `Authorization: Bearer ya29.c.b0${fake.base64url(200)}`],
      negatives: [
        { text: 'Authorization: Bearer ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: 'token = "ya29.<access-token>"', why: 'placeholder' },
        { text: (fake) => `ya29.${fake.base64url(12)}`, why: 'too short to be a token' },
      ],
    },
  },
];
