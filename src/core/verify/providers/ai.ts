import { bearer, describe, field, jsonObject, readJson, revoked, commonReading, unknown } from '../read';
import type { ProviderResponse, Reading, VerifierDefinition } from '../types';

/** A list answer (`{ data: [...] }`): the key works; what it belongs to is in a header or nowhere. */
function listed(j: Record<string, unknown>, who: string | undefined): string | undefined {
  return Array.isArray(j['data']) ? (who ?? 'key accepted (the provider does not name the account)') : undefined;
}

/** OpenAI says 429 both for a rate limit and for a key whose account has no quota left (the key still works). */
function readOpenAi(path: 'models' | 'projects') {
  const base = readJson({
    identity: (j, r) =>
      listed(
        j,
        r.headers['openai-organization']
          ? `organization ${r.headers['openai-organization']}`
          : path === 'projects'
            ? 'admin key accepted'
            : undefined,
      ),
  });
  return (r: ProviderResponse): Reading => {
    if (r.status === 429 && field(jsonObject(r.body), 'error.code') === 'insufficient_quota')
      return { status: 'live', identity: 'key accepted; the account has no quota left' };
    return base(r);
  };
}

/** Google: 400 API_KEY_INVALID is a dead key; 403 with the API disabled for the key's project is a working key. */
function readGoogle(r: ProviderResponse): Reading {
  if (r.status === 200) return readJson({ identity: () => 'key accepted by the Generative Language API' })(r);
  const json = jsonObject(r.body);
  const details = field(json, 'error.status');
  const reasons = JSON.stringify((json?.['error'] as Record<string, unknown> | undefined)?.['details'] ?? []);
  if (r.status === 400 && (reasons.includes('API_KEY_INVALID') || details === 'INVALID_ARGUMENT'))
    return revoked('rejected by Google (API_KEY_INVALID)');
  if (r.status === 403 && /SERVICE_DISABLED|API_KEY_SERVICE_BLOCKED/.test(reasons))
    return { status: 'live', identity: 'key valid; the Generative Language API is not enabled or is blocked for it' };
  if (r.status === 403) return unknown('the key exists but is restricted (HTTP 403)');
  return commonReading(r);
}

export const aiVerifiers: readonly VerifierDefinition[] = [
  {
    id: 'openai',
    provider: 'OpenAI',
    ruleIds: ['openai-project-key', 'openai-service-account-key', 'openai-user-key'],
    hosts: ['api.openai.com'],
    endpoint: 'GET https://api.openai.com/v1/models',
    sends: 'the key in the Authorization header',
    docs: 'https://platform.openai.com/docs/api-reference/models/list',
    rotation: 'https://platform.openai.com/api-keys',
    request: ({ secret }) => ({ method: 'GET', url: 'https://api.openai.com/v1/models', headers: bearer(secret) }),
    read: readOpenAi('models'),
  },
  {
    id: 'openai-admin',
    provider: 'OpenAI',
    ruleIds: ['openai-admin-key'],
    hosts: ['api.openai.com'],
    endpoint: 'GET https://api.openai.com/v1/organization/projects?limit=1',
    sends: 'the key in the Authorization header',
    docs: 'https://platform.openai.com/docs/api-reference/projects/list',
    rotation: 'https://platform.openai.com/settings/organization/admin-keys',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.openai.com/v1/organization/projects?limit=1',
      headers: bearer(secret),
    }),
    read: readOpenAi('projects'),
  },
  {
    id: 'anthropic',
    provider: 'Anthropic',
    ruleIds: ['anthropic-api-key'],
    hosts: ['api.anthropic.com'],
    endpoint: 'GET https://api.anthropic.com/v1/models?limit=1',
    sends: 'the key in the x-api-key header',
    docs: 'https://docs.anthropic.com/en/api/models-list',
    rotation: 'https://console.anthropic.com/settings/keys',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.anthropic.com/v1/models?limit=1',
      headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01', Accept: 'application/json' },
    }),
    read: readJson({
      identity: (j, r) =>
        listed(
          j,
          r.headers['anthropic-organization-id'] ? `organization ${r.headers['anthropic-organization-id']}` : undefined,
        ),
    }),
  },
  {
    id: 'anthropic-admin',
    provider: 'Anthropic',
    ruleIds: ['anthropic-admin-key'],
    hosts: ['api.anthropic.com'],
    endpoint: 'GET https://api.anthropic.com/v1/organizations/me',
    sends: 'the key in the x-api-key header',
    docs: 'https://docs.anthropic.com/en/api/admin-api/organization/get-me',
    rotation: 'https://console.anthropic.com/settings/admin-keys',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.anthropic.com/v1/organizations/me',
      headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01', Accept: 'application/json' },
    }),
    read: readJson({
      identity: (j) =>
        field(j, 'id') === undefined ? undefined : describe([['organization', field(j, 'name') ?? field(j, 'id')]]),
    }),
  },
  {
    id: 'google-api-key',
    provider: 'Google',
    ruleIds: ['google-api-key', 'gemini-api-key', 'gemini-api-key-in-url'],
    hosts: ['generativelanguage.googleapis.com'],
    endpoint: 'GET https://generativelanguage.googleapis.com/v1beta/models?pageSize=1',
    sends: 'the key in the x-goog-api-key header (not in the URL)',
    docs: 'https://ai.google.dev/api/models#method:-models.list',
    rotation: 'https://cloud.google.com/docs/authentication/api-keys#rotate',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://generativelanguage.googleapis.com/v1beta/models?pageSize=1',
      headers: { 'x-goog-api-key': secret, Accept: 'application/json' },
    }),
    read: readGoogle,
  },
  {
    id: 'huggingface',
    provider: 'Hugging Face',
    ruleIds: ['huggingface-access-token'],
    hosts: ['huggingface.co'],
    endpoint: 'GET https://huggingface.co/api/whoami-v2',
    sends: 'the token in the Authorization header',
    docs: 'https://huggingface.co/docs/hub/api#get-apiwhoami-v2',
    rotation: 'https://huggingface.co/settings/tokens',
    request: ({ secret }) => ({ method: 'GET', url: 'https://huggingface.co/api/whoami-v2', headers: bearer(secret) }),
    read: readJson({
      identity: (j) =>
        field(j, 'name') === undefined
          ? undefined
          : describe([
              ['user', field(j, 'name')],
              ['role', field(j, 'auth.accessToken.role')],
            ]),
    }),
  },
  {
    id: 'groq',
    provider: 'Groq',
    ruleIds: ['groq-api-key'],
    hosts: ['api.groq.com'],
    endpoint: 'GET https://api.groq.com/openai/v1/models',
    sends: 'the key in the Authorization header',
    docs: 'https://console.groq.com/docs/api-reference#models-list',
    rotation: 'https://console.groq.com/keys',
    request: ({ secret }) => ({ method: 'GET', url: 'https://api.groq.com/openai/v1/models', headers: bearer(secret) }),
    read: readJson({ identity: (j) => listed(j, undefined) }),
  },
  {
    id: 'replicate',
    provider: 'Replicate',
    ruleIds: ['replicate-api-token'],
    hosts: ['api.replicate.com'],
    endpoint: 'GET https://api.replicate.com/v1/account',
    sends: 'the token in the Authorization header',
    docs: 'https://replicate.com/docs/reference/http#account.get',
    rotation: 'https://replicate.com/account/api-tokens',
    request: ({ secret }) => ({ method: 'GET', url: 'https://api.replicate.com/v1/account', headers: bearer(secret) }),
    read: readJson({
      identity: (j) =>
        field(j, 'username') === undefined
          ? undefined
          : describe([[field(j, 'type') ?? 'account', field(j, 'username')]]),
    }),
  },
  {
    id: 'openrouter',
    provider: 'OpenRouter',
    ruleIds: ['openrouter-api-key'],
    hosts: ['openrouter.ai'],
    endpoint: 'GET https://openrouter.ai/api/v1/key',
    sends: 'the key in the Authorization header',
    docs: 'https://openrouter.ai/docs/api/api-reference/api-keys/get-current-key',
    rotation: 'https://openrouter.ai/settings/keys',
    request: ({ secret }) => ({ method: 'GET', url: 'https://openrouter.ai/api/v1/key', headers: bearer(secret) }),
    // Not the label: OpenRouter's label is a partly redacted copy of the key.
    read: readJson({
      identity: (j) =>
        j['data'] && typeof j['data'] === 'object'
          ? describe([
              ['usage', field(j, 'data.usage')],
              ['limit', field(j, 'data.limit') ?? 'none'],
            ])
          : undefined,
    }),
  },
];
