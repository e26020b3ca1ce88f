// Formats: auth0.com docs "Rotate client secrets" (64-character client secrets) and "Management API
// access tokens" (JWTs).
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, JWT, NAME_CHAR, TOKEN_END, assignmentLines } from '../ruleKit';
import { classCount, hasSignedJwtHeader } from '../valueChecks';

export const auth0Rules: readonly Rule[] = [
  {
    id: 'auth0-client-secret',
    title: 'Auth0 application client secret',
    provider: 'Auth0',
    keywords: ['auth0'],
    pattern: new RegExp(
      String.raw`auth0${NAME_CHAR}{0,20}?client[_.-]?secret${ASSIGN_NO_BACKTICK}(?<secret>[A-Za-z0-9_-]{64})${TOKEN_END}`,
      'i',
    ),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'AUTH0_CLIENT_SECRET',
    docs: 'https://auth0.com/docs/get-started/applications/rotate-client-secret',
    risk: 'Authenticates as the application: mints tokens through the client-credentials grant (often for the Management API) and exchanges authorization codes.',
    validate: (secret) => classCount(secret) >= 3,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('AUTH0_CLIENT_SECRET', () => fake.base64url(64)),
        `auth0ClientSecret: "${fake.base64url(64)}"`,
      ],
      negatives: [
        { text: 'AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}', why: 'environment reference' },
        { text: "AUTH0_CLIENT_SECRET='use a long random value from the dashboard'", why: 'prose' },
      ],
    },
  },
  {
    id: 'auth0-management-api-token',
    title: 'Auth0 Management API token',
    provider: 'Auth0',
    keywords: ['auth0'],
    pattern: new RegExp(
      String.raw`auth0${NAME_CHAR}{0,30}?token${ASSIGN_NO_BACKTICK}(?<secret>${JWT})${TOKEN_END}`,
      'i',
    ),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'AUTH0_MANAGEMENT_API_TOKEN',
    docs: 'https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens',
    risk: 'Calls the Auth0 Management API with its scopes until it expires: read or change users, applications and connections.',
    validate: hasSignedJwtHeader,
    examples: {
      embed: false,
      positives: (fake) =>
        assignmentLines('AUTH0_MANAGEMENT_API_TOKEN', () =>
          fake.jwt({
            iss: 'https://corp.eu.auth0.com/',
            aud: 'https://corp.eu.auth0.com/api/v2/',
            scope: 'read:users',
          }),
        ),
      negatives: [
        { text: 'AUTH0_MANAGEMENT_API_TOKEN=${AUTH0_TOKEN}', why: 'environment reference' },
        { text: 'auth0_token_url = "https://corp.eu.auth0.com/oauth/token"', why: 'an endpoint' },
      ],
    },
  },
];
