// Formats: 1Password developer docs "Service accounts" (tokens are ops_ followed by base64-encoded
// JSON), "1Password Connect" (Connect server access tokens are JWTs) and 1Password Support "About
// your Secret Key" (A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, JWT } from '../ruleKit';
import { jwtPayload } from '../valueChecks';

const UPPER_ALNUM = 'ABCDEFGHJKLMNPQRSTVWXYZ23456789';

export const onePasswordRules: readonly Rule[] = [
  {
    id: 'onepassword-service-account-token',
    title: '1Password service account token',
    provider: '1Password',
    keywords: ['ops_eyj'],
    pattern: /(?<![A-Za-z0-9_-])ops_eyJ[A-Za-z0-9+/_-]{100,4000}={0,2}(?![A-Za-z0-9+/=_-])/,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'OP_SERVICE_ACCOUNT_TOKEN',
    docs: 'https://developer.1password.com/docs/service-accounts/manage-service-accounts/',
    risk: 'Reads (and, if granted, writes) every item in the vaults the service account can access.',
    examples: {
      positives: (fake) => {
        const token = () =>
          'ops_' +
          Buffer.from(
            JSON.stringify({
              signInAddress: 'my.1password.com',
              userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: fake.base64url(22) },
              email: `${fake.lower(26)}@1passwordserviceaccounts.com`,
              srpX: fake.hex(64),
              muk: {
                alg: 'A256GCM',
                ext: true,
                k: fake.base64url(43),
                key_ops: ['encrypt', 'decrypt'],
                kty: 'oct',
                kid: 'mp',
              },
              secretKey: `A3-${fake.from(UPPER_ALNUM, 6)}-${fake.from(UPPER_ALNUM, 6)}-${fake.from(UPPER_ALNUM, 5)}-${fake.from(UPPER_ALNUM, 5)}-${fake.from(UPPER_ALNUM, 5)}-${fake.from(UPPER_ALNUM, 5)}`,
              deviceUuid: fake.lower(26),
            }),
          ).toString('base64url');
        return [token(), `OP_SERVICE_ACCOUNT_TOKEN=${token()}`];
      },
      negatives: [
        { text: 'ops_eyJ...', why: 'truncated in documentation' },
        { text: 'OP_SERVICE_ACCOUNT_TOKEN=ops_your_token_here', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'onepassword-connect-token',
    title: '1Password Connect server access token',
    provider: '1Password',
    keywords: ['connect_token', 'connecttoken', 'connect-token'],
    pattern: new RegExp(
      String.raw`(?:op|onepassword)[_-]?connect[_-]?token${ASSIGN_NOT_DOUBLED}(?<secret>${JWT})(?![A-Za-z0-9_-])`,
      'i',
    ),
    confidence: 'high',
    envVar: 'OP_CONNECT_TOKEN',
    docs: 'https://developer.1password.com/docs/connect/manage-connect/',
    risk: 'Reads (and, if granted, writes) the items in the vaults the Connect token was issued for.',
    validate: (secret) => jwtPayload(secret) !== undefined,
    examples: {
      embed: false,
      positives: (fake) => [
        `OP_CONNECT_TOKEN=${fake.jwt({ iss: 'com.1password.connect', aud: ['com.1password.connect'] })}`,
        `  op_connect_token: "${fake.jwt({ iss: 'com.1password.connect' })}"`,
        `const opConnectToken = '${fake.jwt({ iss: 'com.1password.connect' })}';`,
        `  onepassword-connect-token: ${fake.jwt({ iss: 'com.1password.connect' })}`,
      ],
      negatives: [
        { text: 'OP_CONNECT_TOKEN=${OP_CONNECT_TOKEN}', why: 'environment reference' },
        { text: 'OP_CONNECT_TOKEN: <connect-token>', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'onepassword-secret-key',
    title: '1Password account Secret Key',
    provider: '1Password',
    keywords: ['a3-'],
    pattern:
      /(?<![A-Za-z0-9-])A3-[A-Z0-9]{6}-[A-Z0-9]{5,6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'OP_SECRET_KEY',
    docs: 'https://support.1password.com/secret-key/',
    risk: "With the account password it opens the user's 1Password account: every vault and item they can see.",
    validate: (secret) => /[0-9]/.test(secret.slice(3)) && /[A-Z]/.test(secret.slice(3)),
    examples: {
      positives: (fake) => [
        `A3-${fake.from(UPPER_ALNUM, 6)}-${fake.from(UPPER_ALNUM, 6)}-${fake.from(UPPER_ALNUM, 5)}-${fake.from(UPPER_ALNUM, 5)}-${fake.from(UPPER_ALNUM, 5)}-${fake.from(UPPER_ALNUM, 5)}`,
        `Secret Key: A3-${fake.from(UPPER_ALNUM, 6)}-${fake.from(UPPER_ALNUM, 6)}-${fake.from(UPPER_ALNUM, 5)}-${fake.from(UPPER_ALNUM, 5)}-${fake.from(UPPER_ALNUM, 5)}-${fake.from(UPPER_ALNUM, 5)}`,
      ],
      negatives: [
        { text: 'A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', why: 'placeholder' },
        { text: 'A3-ABCDEF-GHIJKL-MNOPQ-RSTUV-WXYZA-BCDEF', why: 'sequential letters' },
        { text: 'part A3-1 of the sheet', why: 'not a key' },
      ],
    },
  },
];
