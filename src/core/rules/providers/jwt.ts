// Format: RFC 7519 (JSON Web Token) in JWS compact serialization, RFC 7515 §7.1.
import type { Rule } from '../types';
import { JWT, bounded } from '../ruleKit';
import { isPlaceholder } from '../placeholders';
import { hasSignedJwtHeader, jwtPayload } from '../valueChecks';

/**
 * Claims documentation tokens carry: jwt.io's default subject and name, a library README's
 * `{"some": "payload"}`, `{"key": "value"}` or `{"a": "b"}`.
 */
const DOCUMENTATION_CLAIM = /^(?:john doe|jane doe|payload|1234567890|value|foo|bar|[a-z])$/i;

/**
 * A token minted for documentation: a top-level claim is a placeholder (`EXAMPLEIDENTITYCONTEXT`,
 * an account id `111111111111`) or one of the claims tutorials print. Issued tokens name real subjects.
 */
function isDocumentationJwt(token: string): boolean {
  const payload = jwtPayload(token);
  if (payload === undefined) return false;
  // `typ` tags the token's kind (ChirpStack's API keys say `"typ": "key"`, Keycloak's `Bearer`): a
  // word every issued token of that kind carries, not a stand-in.
  return Object.entries(payload).some(
    ([k, v]) =>
      k !== 'typ' && typeof v === 'string' && v.length > 0 && (DOCUMENTATION_CLAIM.test(v) || isPlaceholder(v)),
  );
}

/**
 * Supabase's anon key: a JWT whose role is `anon`, which Supabase's docs tell apps to ship in the
 * browser (row-level security guards the data). Its service_role sibling stays a credential.
 */
function isPublicAnonKey(token: string): boolean {
  return jwtPayload(token)?.['role'] === 'anon';
}

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
    validate: (token) => hasSignedJwtHeader(token) && !isDocumentationJwt(token) && !isPublicAnonKey(token),
    examples: {
      positives: (fake) => [
        fake.jwt(),
        fake.jwt({ role: 'service_role', iss: 'supabase' }),
        fake.jwt({ aud: 'chirpstack', iss: 'chirpstack', sub: fake.uuid(), typ: 'key' }),
      ],
      negatives: [
        {
          text: (fake) => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${fake.jwt().split('.')[1]}.`,
          why: 'unsigned token (alg none, no signature)',
        },
        { text: 'eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>', why: 'placeholder segments' },
        {
          text: (fake) => fake.jwt({ sub: '1234567890', name: 'John Doe' }),
          why: "a tutorial's token (jwt.io's default claims)",
        },
        {
          text: (fake) => fake.jwt({ aud: 'arn:aws:sso::111111111111:application/apl-1', ctx: 'EXAMPLECONTEXT' }),
          why: 'placeholder claims (an example account id, an EXAMPLE value)',
        },
        {
          text: (fake) => fake.jwt({ iss: 'supabase', ref: fake.lower(20), role: 'anon' }),
          why: "Supabase's anon key, public by design",
        },
      ],
    },
  },
];
