// Format: RFC 7519 (JSON Web Token) in JWS compact serialization, RFC 7515 §7.1.
import type { Rule } from '../types';

/** True when the first segment decodes to a JSON header with an `alg`, as every JWT's does. */
function hasJwtHeader(token: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string' && (header as { alg: string }).alg.toLowerCase() !== 'none';
  } catch {
    return false;
  }
}

export const jwtRules: readonly Rule[] = [
  {
    id: 'jwt',
    title: 'JSON Web Token',
    provider: 'JWT',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000}(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    confidence: 'medium',
    envVar: 'JWT_TOKEN',
    docs: 'https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.4',
    risk: 'A signed bearer credential: until it expires, anyone holding it is the subject it names. Long-lived service tokens are common.',
    validate: hasJwtHeader,
    examples: {
      positives: (fake) => [fake.jwt(), fake.jwt({ role: 'service_role', iss: 'supabase' })],
      negatives: [
        { text: (fake) => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${fake.jwt().split('.')[1]}.`, why: 'unsigned token (alg none, no signature)' },
        { text: 'eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>', why: 'placeholder segments' },
      ],
    },
  },
];
