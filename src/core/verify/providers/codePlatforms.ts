import { bearer, basic, describe, field, jsonObject, list, readJson, revoked, commonReading, unknown } from '../read';
import type { ProviderResponse, Reading, VerifierDefinition } from '../types';

const GITHUB_HEADERS = {
  Accept: 'application/vnd.github+json',
  'X-GitHub-Api-Version': '2022-11-28',
  'User-Agent': 'ai-secret-guard',
};

/** GitHub answers 403 both for a spent rate limit and for a token that lacks access. */
function githubRateLimit(r: ProviderResponse): Reading | undefined {
  if (r.status === 403 && r.headers['x-ratelimit-remaining'] === '0')
    return { status: 'unknown', reason: 'rate-limited by GitHub (HTTP 403); not retried', rateLimited: true };
  return undefined;
}

/** Linear answers an unknown key with a GraphQL error whose code says so. */
function readLinear(r: ProviderResponse): Reading {
  const json = jsonObject(r.body);
  const errors = json?.['errors'];
  if (Array.isArray(errors) && errors.some((e) => field(e, 'extensions.code') === 'AUTHENTICATION_ERROR'))
    return revoked(`rejected by Linear (AUTHENTICATION_ERROR, HTTP ${r.status})`);
  if (r.status === 200) {
    const name = field(json?.['data'], 'viewer.name');
    return name !== undefined
      ? {
          status: 'live',
          identity: describe([
            ['user', name],
            ['organization', field(json?.['data'], 'viewer.organization.name')],
          ]),
        }
      : unknown('malformed answer (HTTP 200, no viewer)');
  }
  return r.status === 401 ? revoked('rejected by Linear (HTTP 401)') : commonReading(r);
}

export const codePlatformVerifiers: readonly VerifierDefinition[] = [
  {
    id: 'github-user',
    provider: 'GitHub',
    ruleIds: [
      'github-pat-classic',
      'github-oauth-token',
      'github-app-user-token',
      'github-pat-fine-grained',
      'github-token-legacy',
    ],
    hosts: ['api.github.com'],
    endpoint: 'GET https://api.github.com/user',
    sends: 'the token in the Authorization header',
    docs: 'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
    rotation: 'https://github.com/settings/tokens',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.github.com/user',
      headers: { ...GITHUB_HEADERS, Authorization: `Bearer ${secret}` },
    }),
    read: (r) =>
      githubRateLimit(r) ??
      readJson({
        identity: (j) =>
          field(j, 'login') === undefined
            ? undefined
            : describe([
                ['user', field(j, 'login')],
                ['scopes', r.headers['x-oauth-scopes'] || undefined],
              ]),
      })(r),
  },
  {
    id: 'github-installation',
    provider: 'GitHub',
    ruleIds: ['github-app-installation-token'],
    hosts: ['api.github.com'],
    endpoint: 'GET https://api.github.com/installation/repositories?per_page=1',
    sends: 'the token in the Authorization header',
    docs: 'https://docs.github.com/en/rest/apps/installations#list-repositories-accessible-to-the-app-installation',
    rotation:
      'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.github.com/installation/repositories?per_page=1',
      headers: { ...GITHUB_HEADERS, Authorization: `Bearer ${secret}` },
    }),
    read: (r) =>
      githubRateLimit(r) ??
      readJson({
        identity: (j) =>
          field(j, 'total_count') === undefined
            ? undefined
            : `app installation; ${field(j, 'total_count')} repositories`,
      })(r),
  },
  {
    id: 'gitlab',
    provider: 'GitLab',
    ruleIds: ['gitlab-pat'],
    hosts: ['gitlab.com'],
    endpoint: 'GET https://gitlab.com/api/v4/personal_access_tokens/self',
    sends:
      'the token in the PRIVATE-TOKEN header (GitLab.com; then, only if it rejects the token, the self-managed instances you configured, in order)',
    docs: 'https://docs.gitlab.com/api/personal_access_tokens/#get-details-on-a-personal-access-token',
    rotation: 'https://docs.gitlab.com/user/profile/personal_access_tokens/#revoke-or-rotate-a-personal-access-token',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://gitlab.com/api/v4/personal_access_tokens/self',
      headers: { 'PRIVATE-TOKEN': secret, Accept: 'application/json' },
    }),
    read: readJson({
      identity: (j) =>
        j['active'] === false
          ? revoked('GitLab reports the token inactive')
          : field(j, 'name') === undefined
            ? undefined
            : describe([
                ['token', field(j, 'name')],
                ['user id', field(j, 'user_id')],
                ['scopes', list(j['scopes'])],
              ]),
    }),
  },
  {
    id: 'npm',
    provider: 'npm',
    ruleIds: ['npm-access-token'],
    hosts: ['registry.npmjs.org'],
    endpoint: 'GET https://registry.npmjs.org/-/whoami',
    sends: 'the token in the Authorization header',
    docs: 'https://docs.npmjs.com/cli/v10/commands/npm-whoami',
    rotation: 'https://docs.npmjs.com/revoking-access-tokens',
    request: ({ secret }) => ({ method: 'GET', url: 'https://registry.npmjs.org/-/whoami', headers: bearer(secret) }),
    read: readJson({
      revokedOn: [401, 403],
      identity: (j) => (field(j, 'username') === undefined ? undefined : `user ${field(j, 'username')}`),
    }),
  },
  {
    id: 'pypi',
    provider: 'PyPI',
    ruleIds: ['pypi-upload-token'],
    hosts: ['upload.pypi.org'],
    endpoint: 'POST https://upload.pypi.org/legacy/ (an upload with no file, which PyPI refuses after authenticating)',
    sends:
      'the token as the Basic-auth password of user __token__; the form holds only `:action=file_upload` and `protocol_version=1`, so nothing can be published',
    docs: 'https://docs.pypi.org/api/upload/',
    rotation: 'https://pypi.org/help/#apitoken',
    request: ({ secret }) => ({
      method: 'POST',
      url: 'https://upload.pypi.org/legacy/',
      headers: basic('__token__', secret, { 'Content-Type': 'application/x-www-form-urlencoded' }),
      body: ':action=file_upload&protocol_version=1',
    }),
    // PyPI has no identity endpoint: authentication passes (400: the upload lacks its fields) or fails (403).
    read: (r) =>
      r.status === 400
        ? { status: 'live', identity: 'upload token accepted (PyPI does not name the account)' }
        : r.status === 403 || r.status === 401
          ? revoked(`rejected by PyPI (HTTP ${r.status})`)
          : commonReading(r),
  },
  {
    id: 'postman',
    provider: 'Postman',
    ruleIds: ['postman-api-key'],
    hosts: ['api.getpostman.com'],
    endpoint: 'GET https://api.getpostman.com/me',
    sends: 'the key in the X-Api-Key header',
    docs: 'https://learning.postman.com/api-docs/api-reference/users/get-authenticated-user',
    rotation: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.getpostman.com/me',
      headers: { 'X-Api-Key': secret, Accept: 'application/json' },
    }),
    read: readJson({
      identity: (j) =>
        field(j, 'user.username') === undefined
          ? undefined
          : describe([
              ['user', field(j, 'user.username')],
              ['team', field(j, 'user.teamName')],
            ]),
    }),
  },
  {
    id: 'linear',
    provider: 'Linear',
    ruleIds: ['linear-api-key'],
    hosts: ['api.linear.app'],
    endpoint: 'POST https://api.linear.app/graphql (query `viewer { name organization { name } }`)',
    sends: 'the key in the Authorization header',
    docs: 'https://linear.app/developers/graphql#authentication',
    rotation: 'https://linear.app/settings/account/security',
    request: ({ secret }) => ({
      method: 'POST',
      url: 'https://api.linear.app/graphql',
      headers: { Authorization: secret, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: '{ viewer { name organization { name } } }' }),
    }),
    read: readLinear,
  },
  {
    id: 'notion',
    provider: 'Notion',
    ruleIds: ['notion-integration-token', 'notion-integration-token-legacy'],
    hosts: ['api.notion.com'],
    endpoint: 'GET https://api.notion.com/v1/users/me',
    sends: 'the token in the Authorization header',
    docs: 'https://developers.notion.com/reference/get-self',
    rotation: 'https://www.notion.so/profile/integrations',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.notion.com/v1/users/me',
      headers: bearer(secret, { 'Notion-Version': '2022-06-28' }),
    }),
    read: readJson({
      identity: (j) =>
        field(j, 'id') === undefined
          ? undefined
          : (describe([
              ['integration', field(j, 'name')],
              ['workspace', field(j, 'bot.workspace_name')],
            ]) ?? `integration ${field(j, 'id')}`),
    }),
  },
  {
    id: 'circleci',
    provider: 'CircleCI',
    ruleIds: ['circleci-personal-token'],
    hosts: ['circleci.com'],
    endpoint: 'GET https://circleci.com/api/v2/me',
    sends: 'the token in the Circle-Token header',
    docs: 'https://circleci.com/docs/api/v2/index.html#operation/getCurrentUser',
    rotation: 'https://app.circleci.com/settings/user/tokens',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://circleci.com/api/v2/me',
      headers: { 'Circle-Token': secret, Accept: 'application/json' },
    }),
    read: readJson({ identity: (j) => (field(j, 'login') === undefined ? undefined : `user ${field(j, 'login')}`) }),
  },
  {
    id: 'figma',
    provider: 'Figma',
    ruleIds: ['figma-pat'],
    hosts: ['api.figma.com'],
    endpoint: 'GET https://api.figma.com/v1/me',
    sends: 'the token in the X-Figma-Token header',
    docs: 'https://www.figma.com/developers/api#get-me-endpoint',
    rotation: 'https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.figma.com/v1/me',
      headers: { 'X-Figma-Token': secret, Accept: 'application/json' },
    }),
    read: readJson({
      revokedOn: [401, 403],
      identity: (j) => (field(j, 'handle') === undefined ? undefined : `user ${field(j, 'handle')}`),
    }),
  },
  {
    id: 'asana',
    provider: 'Asana',
    ruleIds: ['asana-pat'],
    hosts: ['app.asana.com'],
    endpoint: 'GET https://app.asana.com/api/1.0/users/me',
    sends: 'the token in the Authorization header',
    docs: 'https://developers.asana.com/reference/getuser',
    rotation: 'https://developers.asana.com/docs/personal-access-token',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://app.asana.com/api/1.0/users/me',
      headers: bearer(secret),
    }),
    read: readJson({
      identity: (j) =>
        field(j, 'data.gid') === undefined
          ? undefined
          : (describe([['user', field(j, 'data.name')]]) ?? `user ${field(j, 'data.gid')}`),
    }),
  },
  {
    id: 'airtable',
    provider: 'Airtable',
    ruleIds: ['airtable-pat'],
    hosts: ['api.airtable.com'],
    endpoint: 'GET https://api.airtable.com/v0/meta/whoami',
    sends: 'the token in the Authorization header',
    docs: 'https://airtable.com/developers/web/api/get-user-id-scopes',
    rotation: 'https://airtable.com/create/tokens',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.airtable.com/v0/meta/whoami',
      headers: bearer(secret),
    }),
    read: readJson({
      identity: (j) =>
        field(j, 'id') === undefined
          ? undefined
          : describe([
              ['user', field(j, 'id')],
              ['scopes', list(j['scopes'])],
            ]),
    }),
  },
];
