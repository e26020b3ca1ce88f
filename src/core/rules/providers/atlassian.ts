// Formats: Atlassian support "Manage API tokens for your Atlassian account", Bitbucket Cloud docs
// "App passwords" and "Access tokens". Each token ends with the CRC-32 (8 upper-case hex digits) of
// everything before it, checked below.
import { crc32 } from '../checksum';
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { prefixedRule, withWrongLastChar } from '../ruleKit';

function crcHex(text: string): string {
  return crc32(text).toString(16).toUpperCase().padStart(8, '0');
}

/** True when the last 8 characters are the CRC-32 of the rest. */
function hasTrailingCrc(token: string): boolean {
  return crcHex(token.slice(0, -8)) === token.slice(-8);
}

function withCrc(body: string): string {
  return body + crcHex(body);
}

/** An ATATT/ATCTT-style token: prefix + base64url body + `=` + CRC-32. */
function longToken(fake: FakeTokens, prefix: string): string {
  return withCrc(`${prefix}${fake.base64url(171)}=`);
}

const LONG_BODY = String.raw`[A-Za-z0-9_-]{100,400}=[0-9A-F]{8}`;

export const atlassianRules: readonly Rule[] = [
  prefixedRule({
    id: 'atlassian-api-token',
    title: 'Atlassian API token (Jira, Confluence)',
    provider: 'Atlassian',
    prefix: 'ATATT3xFfGF0',
    body: LONG_BODY,
    envVar: 'ATLASSIAN_API_TOKEN',
    docs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
    risk: "With the account's email it calls the Jira, Confluence and Bitbucket APIs as that user.",
    validate: hasTrailingCrc,
    token: (fake) => longToken(fake, 'ATATT3xFfGF0'),
    negatives: [
      { text: (fake) => withWrongLastChar(longToken(fake, 'ATATT3xFfGF0')), why: 'CRC-32 does not match' },
      { text: 'ATATT3xFfGF0...', why: 'truncated placeholder' },
    ],
  }),
  prefixedRule({
    id: 'bitbucket-access-token',
    title: 'Bitbucket repository, project or workspace access token',
    provider: 'Bitbucket',
    prefix: 'ATCTT3xFfGN0',
    body: LONG_BODY,
    envVar: 'BITBUCKET_ACCESS_TOKEN',
    docs: 'https://support.atlassian.com/bitbucket-cloud/docs/repository-access-tokens/',
    risk: 'Clones, pushes to and administers the repositories, project or workspace it was created for, within its scopes.',
    validate: hasTrailingCrc,
    token: (fake) => longToken(fake, 'ATCTT3xFfGN0'),
    more: (fake) => [`git clone https://x-token-auth:${longToken(fake, 'ATCTT3xFfGN0')}@bitbucket.org/team/app.git`],
    negatives: [
      { text: (fake) => withWrongLastChar(longToken(fake, 'ATCTT3xFfGN0')), why: 'CRC-32 does not match' },
      { text: 'ATCTT3xFfGN0<access-token>', why: 'placeholder' },
    ],
  }),
  prefixedRule({
    id: 'bitbucket-app-password',
    title: 'Bitbucket app password',
    provider: 'Bitbucket',
    prefix: 'ATBB',
    body: '[A-Za-z0-9]{24}[0-9A-F]{8}',
    envVar: 'BITBUCKET_APP_PASSWORD',
    docs: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
    risk: "With the username it calls the Bitbucket API and uses Git over HTTPS as that user, within the password's permissions.",
    validate: hasTrailingCrc,
    token: (fake) => withCrc(`ATBB${fake.alnum(24)}`),
    negatives: [
      { text: (fake) => withWrongLastChar(withCrc(`ATBB${fake.alnum(24)}`)), why: 'CRC-32 does not match' },
      { text: (fake) => `ATBB${fake.alnum(32)}`, why: 'no CRC-32 suffix' },
    ],
  }),
];
