// Format: Mapbox docs "Access tokens" (secret tokens `sk.`, temporary tokens `tk.` and public tokens
// `pk.`, each followed by a base64url JSON part naming the user and a signature part).
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';

/** True when the middle part decodes to Mapbox's JSON header, e.g. {"u":"user","a":"…"}. */
function hasMapboxPayload(token: string): boolean {
  const middle = token.slice(3, token.lastIndexOf('.'));
  try {
    const payload: unknown = JSON.parse(Buffer.from(middle, 'base64url').toString('utf8'));
    return typeof payload === 'object' && payload !== null && typeof (payload as { u?: unknown }).u === 'string';
  } catch {
    return false;
  }
}

function fakeMapboxToken(fake: FakeTokens, prefix: string): string {
  const payload = Buffer.from(JSON.stringify({ u: fake.lower(9), a: fake.base64url(25) })).toString('base64url');
  return `${prefix}${payload}.${fake.base64url(22)}`;
}

export const mapboxRules: readonly Rule[] = [
  {
    id: 'mapbox-secret-token',
    title: 'Mapbox secret access token',
    provider: 'Mapbox',
    keywords: ['sk.eyj'],
    pattern: /(?<![A-Za-z0-9_.-])sk\.eyJ[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,60}(?![A-Za-z0-9_.-])/,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'MAPBOX_SECRET_TOKEN',
    docs: 'https://docs.mapbox.com/accounts/guides/tokens/',
    risk: 'Uses the secret scopes it was given: uploads and deletes tilesets and styles, manages tokens, and bills API usage to the account.',
    validate: hasMapboxPayload,
    examples: {
      positives: (fake) => [fakeMapboxToken(fake, 'sk.'), `MAPBOX_DOWNLOADS_TOKEN=${fakeMapboxToken(fake, 'sk.')}`],
      negatives: [
        { text: (fake) => fakeMapboxToken(fake, 'pk.'), why: 'public token, meant for the browser' },
        { text: 'MAPBOX_SECRET_TOKEN=sk.eyJ1Ijoi...', why: 'elided' },
        { text: (fake) => `sk.eyJ${fake.base64url(60)}.${fake.base64url(22)}`, why: 'middle part is not Mapbox JSON' },
      ],
    },
  },
  {
    id: 'mapbox-temporary-token',
    title: 'Mapbox temporary access token',
    provider: 'Mapbox',
    keywords: ['tk.eyj'],
    pattern: /(?<![A-Za-z0-9_.-])tk\.eyJ[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,60}(?![A-Za-z0-9_.-])/,
    minEntropy: 4,
    confidence: 'medium',
    envVar: 'MAPBOX_ACCESS_TOKEN',
    docs: 'https://docs.mapbox.com/api/accounts/tokens/#create-a-temporary-token',
    risk: 'Uses the secret scopes of the token it was minted from for up to an hour.',
    validate: hasMapboxPayload,
    examples: {
      positives: (fake) => [fakeMapboxToken(fake, 'tk.'), `MAPBOX_TEMP_TOKEN=${fakeMapboxToken(fake, 'tk.')}`],
      negatives: [
        { text: 'MAPBOX_ACCESS_TOKEN=tk.eyJ1Ijoi...', why: 'elided' },
        { text: (fake) => `tk.eyJ${fake.base64url(60)}.${fake.base64url(22)}`, why: 'middle part is not Mapbox JSON' },
      ],
    },
  },
];
