// The documented answers each provider's identity endpoint gives, as the verification tests play
// them: a working credential (with what the identity should show) and a revoked one. Shapes follow
// each endpoint's documentation (the `docs` link of its verifier); names and ids are made up.
import type { PlayedAnswer } from '../support/httpsTestServer';

export interface ProviderCase {
  readonly valid: PlayedAnswer;
  readonly identity: RegExp;
  readonly revoked: PlayedAnswer;
  /** The status a revoked answer reads as, when the provider cannot say more than unknown. */
  readonly revokedStatus?: 'revoked' | 'unknown';
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): PlayedAnswer => ({
  status,
  body: JSON.stringify(body),
  headers,
});
const unauthorized = json(401, { message: 'Unauthorized' });

export const PROVIDER_CASES: Readonly<Record<string, ProviderCase>> = {
  'github-user': {
    valid: json(200, { login: 'octo-tester', id: 1 }, { 'x-oauth-scopes': 'repo, gist' }),
    identity: /user octo-tester; scopes repo, gist/,
    revoked: json(401, { message: 'Bad credentials' }),
  },
  'github-installation': {
    valid: json(200, { total_count: 3, repositories: [] }),
    identity: /app installation; 3 repositories/,
    revoked: json(401, { message: 'Bad credentials' }),
  },
  gitlab: {
    valid: json(200, { id: 4, name: 'ci-token', active: true, scopes: ['api', 'read_user'], user_id: 24 }),
    identity: /token ci-token; user id 24; scopes api, read_user/,
    revoked: json(401, { message: '401 Unauthorized' }),
  },
  npm: { valid: json(200, { username: 'pkg-owner' }), identity: /user pkg-owner/, revoked: unauthorized },
  pypi: {
    valid: {
      status: 400,
      body: 'Invalid value for name. Error: This field is required.',
      headers: { 'Content-Type': 'text/plain' },
    },
    identity: /upload token accepted/,
    revoked: { status: 403, body: 'Invalid or non-existent authentication information.' },
  },
  postman: {
    valid: json(200, { user: { id: 12345678, username: 'api-tester', teamName: 'Test Team' } }),
    identity: /user api-tester; team Test Team/,
    revoked: json(401, { error: { name: 'AuthenticationError', message: 'Invalid API Key.' } }),
  },
  linear: {
    valid: json(200, { data: { viewer: { name: 'Lin User', organization: { name: 'Acme' } } } }),
    identity: /user Lin User; organization Acme/,
    revoked: json(400, {
      errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }],
    }),
  },
  notion: {
    valid: json(200, {
      object: 'user',
      id: 'u-1',
      name: 'Docs Bot',
      type: 'bot',
      bot: { workspace_name: 'Team Space' },
    }),
    identity: /integration Docs Bot; workspace Team Space/,
    revoked: json(401, { object: 'error', status: 401, code: 'unauthorized' }),
  },
  circleci: {
    valid: json(200, { id: 'c-1', login: 'ci-user', name: 'CI User' }),
    identity: /user ci-user/,
    revoked: unauthorized,
  },
  figma: {
    valid: json(200, { id: '1', handle: 'designer', email: 'd@example.com' }),
    identity: /user designer/,
    revoked: json(403, { status: 403, err: 'Invalid token' }),
  },
  asana: {
    valid: json(200, { data: { gid: '1', name: 'Task Person' } }),
    identity: /user Task Person/,
    revoked: json(401, { errors: [{ message: 'Not Authorized' }] }),
  },
  airtable: {
    valid: json(200, { id: 'usrTEST', scopes: ['data.records:read'] }),
    identity: /user usrTEST; scopes data.records:read/,
    revoked: json(401, { error: { type: 'AUTHENTICATION_REQUIRED' } }),
  },
  openai: {
    valid: json(200, { object: 'list', data: [{ id: 'model-a' }] }, { 'openai-organization': 'org-test' }),
    identity: /organization org-test/,
    revoked: json(401, { error: { code: 'invalid_api_key' } }),
  },
  'openai-admin': {
    valid: json(200, { object: 'list', data: [] }),
    identity: /admin key accepted/,
    revoked: json(401, { error: { code: 'invalid_api_key' } }),
  },
  anthropic: {
    valid: json(200, { data: [{ id: 'model-a' }], has_more: true }, { 'anthropic-organization-id': 'org-uuid-1' }),
    identity: /organization org-uuid-1/,
    revoked: json(401, { type: 'error', error: { type: 'authentication_error' } }),
  },
  'anthropic-admin': {
    valid: json(200, { id: 'org-1', type: 'organization', name: 'Test Org' }),
    identity: /organization Test Org/,
    revoked: json(401, { type: 'error', error: { type: 'authentication_error' } }),
  },
  'google-api-key': {
    valid: json(200, { models: [{ name: 'models/test' }] }),
    identity: /Generative Language API/,
    revoked: json(400, { error: { code: 400, status: 'INVALID_ARGUMENT', details: [{ reason: 'API_KEY_INVALID' }] } }),
  },
  huggingface: {
    valid: json(200, { type: 'user', name: 'hf-user', auth: { accessToken: { role: 'read' } } }),
    identity: /user hf-user; role read/,
    revoked: json(401, { error: 'Invalid credentials in Authorization header' }),
  },
  groq: {
    valid: json(200, { object: 'list', data: [{ id: 'm' }] }),
    identity: /key accepted/,
    revoked: json(401, { error: { code: 'invalid_api_key' } }),
  },
  replicate: {
    valid: json(200, { type: 'user', username: 'rep-user', name: 'Rep User' }),
    identity: /user rep-user/,
    revoked: json(401, { detail: 'Invalid token.' }),
  },
  openrouter: {
    valid: json(200, { data: { label: 'withheld', usage: 2.5, limit: 10 } }),
    identity: /usage 2.5; limit 10/,
    revoked: json(401, { error: { code: 401 } }),
  },
  slack: {
    valid: json(200, { ok: true, team: 'Test Team', user: 'slackbot-test', team_id: 'T1' }),
    identity: /team Test Team; user slackbot-test/,
    revoked: json(200, { ok: false, error: 'invalid_auth' }),
  },
  discord: {
    valid: json(200, { id: '80351110224678912', username: 'test-bot', bot: true }),
    identity: /bot test-bot; id 80351110224678912/,
    revoked: json(401, { message: '401: Unauthorized', code: 0 }),
  },
  telegram: {
    valid: json(200, { ok: true, result: { id: 1, is_bot: true, username: 'test_bot' } }),
    identity: /bot @test_bot/,
    revoked: json(401, { ok: false, error_code: 401, description: 'Unauthorized' }),
  },
  sendgrid: {
    valid: json(200, { scopes: ['mail.send', 'alerts.read'] }),
    identity: /key with 2 scopes/,
    revoked: json(401, { errors: [{ message: 'authorization required' }] }),
  },
  twilio: {
    valid: json(200, { sid: 'ACtest', friendly_name: 'Test Account', status: 'active' }),
    identity: /account Test Account; status active/,
    revoked: json(401, { code: 20003, message: 'Authenticate' }),
  },
  mailgun: {
    valid: json(200, { total_count: 2, items: [] }),
    identity: /account with 2 domain/,
    revoked: { status: 401, body: 'Forbidden', headers: { 'Content-Type': 'text/plain' } },
  },
  mailchimp: {
    valid: json(200, { account_id: 'a1', account_name: 'Test Shop', login_id: 'l1' }),
    identity: /account Test Shop; login l1/,
    revoked: json(401, { title: 'API Key Invalid', status: 401 }),
  },
  'aws-sts': {
    valid: {
      status: 200,
      headers: { 'Content-Type': 'text/xml' },
      body: '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/test-user</Arn><UserId>AIDTEST</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>',
    },
    identity: /arn arn:aws:iam::123456789012:user\/test-user; account 123456789012/,
    revoked: {
      status: 403,
      headers: { 'Content-Type': 'text/xml' },
      body: '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>',
    },
  },
  digitalocean: {
    valid: json(200, { account: { uuid: 'u1', email: 'ops@example.com', status: 'active' } }),
    identity: /account ops@example.com; status active/,
    revoked: json(401, { id: 'unauthorized', message: 'Unable to authenticate you' }),
  },
  heroku: {
    valid: json(200, { id: 'h1', email: 'dev@example.com' }),
    identity: /account dev@example.com/,
    revoked: json(401, { id: 'unauthorized', message: 'Invalid credentials provided.' }),
  },
  datadog: {
    valid: json(200, { valid: true }),
    identity: /API key valid/,
    revoked: json(403, { errors: ['Forbidden'] }),
  },
  newrelic: {
    valid: json(200, { data: { actor: { user: { name: 'NR User', email: 'nr@example.com' } } } }),
    identity: /user NR User/,
    revoked: json(200, { errors: [{ message: 'Invalid API key' }] }),
  },
  cloudflare: {
    valid: json(200, { success: true, result: { id: 'tok1', status: 'active' } }),
    identity: /token tok1 active/,
    revoked: json(401, { success: false, errors: [{ code: 1000, message: 'Invalid API Token' }] }),
  },
  netlify: {
    valid: json(200, { id: 'n1', slug: 'net-user', email: 'n@example.com' }),
    identity: /user net-user/,
    revoked: json(401, { code: 401, message: 'Access Denied' }),
  },
  vercel: {
    valid: json(200, { user: { id: 'v1', username: 'vercel-user' } }),
    identity: /user vercel-user/,
    revoked: json(403, { error: { code: 'forbidden', invalidToken: true } }),
  },
  stripe: {
    valid: json(200, { id: 'acct_test1', object: 'account', settings: { dashboard: { display_name: 'Test Store' } } }),
    identity: /account acct_test1; name Test Store/,
    revoked: json(401, { error: { type: 'invalid_request_error' } }),
  },
  shopify: {
    valid: json(200, { shop: { id: 1, name: 'My Shop', myshopify_domain: 'my-shop.myshopify.com' } }),
    identity: /shop my-shop.myshopify.com/,
    revoked: json(401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' }),
  },
};
