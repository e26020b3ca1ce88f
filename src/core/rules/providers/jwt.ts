// Format: RFC 7519 (JSON Web Token) in JWS compact serialization, RFC 7515 §7.1.
import type { Rule } from '../types';
import { JWT, bounded } from '../ruleKit';
import { hasSignedJwtHeader } from '../valueChecks';

export const jwtRules: readonly Rule[] = [
  {
    id: 'jwt',
    title: 'JSON Web Token',
    provider: 'JWT',
    keywords: ['eyj'],
    pattern: bounded(JWT),
    minEntropy: 4,
    confidence: 'medium',
    envVar: 'JWT_TOKEN',
    docs: 'https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.4',
    risk: 'A signed bearer credential: until it expires, anyone holding it is the subject it names. Long-lived service tokens are common.',
    validate: hasSignedJwtHeader,
    examples: {
      positives: (fake) => [fake.jwt(), fake.jwt({ role: 'service_role', iss: 'supabase' })],
      negatives: [
        {
          text: (fake) => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${fake.jwt().split('.')[1]}.`,
          why: 'unsigned token (alg none, no signature)',
        },
        { text: 'eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>', why: 'placeholder segments' },
      ],
    },
  },
];
