import { type Template, template } from '../../draft';
import type { Gen } from '../../gen';
import { awsKeyId, awsSecret } from '../ciIac/pipelines';
import { API_HOSTS, apiKey, basic, bearerToken, clientSecret, jsonFile, labelled, password } from './values';

/**
 * dev-tools positives, plain-text API clients: Bruno `.bru` requests, folders and environments, VS Code
 * REST Client / JetBrains HTTP Client `.http` files and their environment files. Values generated at
 * run time.
 */

function bruRequest(g: Gen, authMode: string, blocks: readonly string[]): string {
  const method = g.pick(['get', 'post']);
  return [
    'meta {',
    `  name: ${g.pick(['List', 'Create', 'Sync'])} ${g.word()}s`,
    '  type: http',
    `  seq: ${g.between(1, 9)}`,
    '}',
    '',
    `${method} {`,
    `  url: {{baseUrl}}/v1/${g.word()}s`,
    `  body: ${method === 'post' ? 'json' : 'none'}`,
    `  auth: ${authMode}`,
    '}',
    '',
    ...blocks.flatMap((b) => [b, '']),
  ].join('\n');
}

const BRU_PATH = ['bruno/orders/list.bru', 'collections/billing/Create invoice.bru', 'api-tests/Sync.bru'];

function httpRequestLine(g: Gen): string {
  return `${g.pick(['GET', 'POST', 'PUT'])} https://${g.pick(API_HOSTS)}/v1/${g.word()}s${g.chance(0.3) ? '?page=1' : ''}`;
}

export const textClientPositives: readonly Template[] = [
  template('bruno-auth-bearer', (g) => {
    const t = bearerToken(g);
    return labelled(g.pick(BRU_PATH), bruRequest(g, 'bearer', [`auth:bearer {\n  token: ${t}\n}`]), [t]);
  }),
  template('bruno-auth-basic', (g) => {
    const pw = password(g);
    const text = bruRequest(g, 'basic', [`auth:basic {\n  username: ${g.user()}\n  password: ${pw}\n}`]);
    return labelled(g.pick(BRU_PATH), text, [pw]);
  }),
  template('bruno-headers', (g) => {
    const bearer = g.chance(0.5);
    const t = bearer ? bearerToken(g) : apiKey(g);
    const header = bearer
      ? `  Authorization: Bearer ${t}`
      : `  ${g.pick(['x-api-key', 'X-API-Key', 'api-key', 'X-Access-Token'])}: ${t}`;
    const text = bruRequest(g, 'none', [`headers {\n  accept: application/json\n${header}\n}`]);
    return labelled(g.pick(BRU_PATH), text, [t]);
  }),
  template('bruno-auth-apikey', (g) => {
    const k = apiKey(g);
    const text = bruRequest(g, 'apikey', [
      `auth:apikey {\n  key: ${g.pick(['x-api-key', 'api_key'])}\n  value: ${k}\n  placement: header\n}`,
    ]);
    return labelled(g.pick(BRU_PATH), text, [k]);
  }),
  template('bruno-auth-oauth2', (g) => {
    const s = clientSecret(g);
    const text = bruRequest(g, 'oauth2', [
      [
        'auth:oauth2 {',
        '  grant_type: client_credentials',
        '  access_token_url: https://auth.acmecorp.net/oauth/token',
        `  client_id: ${g.fake.lowerAlnum(20)}`,
        `  client_secret: ${s}`,
        '  scope: orders:read',
        '}',
      ].join('\n'),
    ]);
    return labelled(g.pick(BRU_PATH), text, [s]);
  }),
  template('bruno-auth-awsv4', (g) => {
    const id = awsKeyId(g);
    const s = awsSecret(g);
    const block = [
      'auth:awsv4 {',
      `  accessKeyId: ${id}`,
      `  secretAccessKey: ${s}`,
      '  sessionToken: ',
      '  service: execute-api',
      '  region: eu-west-1',
      '  profileName: ',
      '}',
    ].join('\n');
    const text = ['meta {', '  name: orders', '}', '', 'auth {', '  mode: awsv4', '}', '', block].join('\n');
    return labelled('bruno/orders/folder.bru', text, [id, s]);
  }),
  template('bruno-environment', (g) => {
    const t = g.chance(0.5) ? bearerToken(g) : apiKey(g);
    const text = [
      'vars {',
      `  baseUrl: https://${g.pick(API_HOSTS)}`,
      `  tenant: ${g.word()}`,
      `  ${g.pick(['apiToken', 'api_key', 'accessToken', 'authToken'])}: ${t}`,
      '}',
      'vars:secret [',
      '  dbPassword',
      ']',
    ].join('\n');
    return labelled(`bruno/environments/${g.pick(['Production', 'Staging', 'local'])}.bru`, text, [t]);
  }),
  template('bruno-body-login', (g) => {
    const pw = password(g);
    const text = bruRequest(g, 'none', [
      `body:json {\n  {\n    "email": "${g.user()}@acmecorp.net",\n    "password": "${pw}"\n  }\n}`,
    ]);
    return labelled('bruno/auth/login.bru', text, [pw]);
  }),
  template('http-authorization-bearer', (g) => {
    const t = bearerToken(g);
    const text = [
      `### ${g.pick(['List', 'Fetch'])} ${g.word()}s`,
      httpRequestLine(g),
      `Authorization: ${g.pick(['Bearer', 'bearer', 'Token'])} ${t}`,
      'Accept: application/json',
      '',
    ].join('\n');
    return labelled(g.pick(['api.http', 'requests/orders.http', 'test.rest', '.http/smoke.http']), text, [t]);
  }),
  template('http-file-variable', (g) => {
    const t = g.chance(0.5) ? bearerToken(g) : apiKey(g);
    const name = g.pick(['token', 'apiKey', 'api_key', 'accessToken', 'authToken']);
    const text = [
      `@baseUrl = https://${g.pick(API_HOSTS)}`,
      `@${name} = ${t}`,
      '',
      '### list',
      'GET {{baseUrl}}/v1/orders',
      `Authorization: Bearer {{${name}}}`,
      '',
    ].join('\n');
    return labelled(g.pick(['api.http', 'orders.rest', 'requests/billing.http']), text, [t]);
  }),
  template('http-authorization-basic', (g) => {
    const user = g.user();
    const pw = password(g);
    const encoded = g.chance(0.5);
    const value = encoded ? basic(user, pw) : pw;
    const header = encoded ? `Authorization: Basic ${value}` : `Authorization: Basic ${user}${g.pick([':', ' '])}${pw}`;
    const text = ['### health', httpRequestLine(g), header, ''].join('\n');
    return labelled(g.pick(['admin.http', 'requests/admin.rest']), text, [value]);
  }),
  template('http-login-body', (g) => {
    const pw = password(g);
    const text = [
      '### login',
      `POST https://${g.pick(API_HOSTS)}/auth/login`,
      'Content-Type: application/json',
      '',
      '{',
      `  "username": "${g.user()}",`,
      `  "password": "${pw}"`,
      '}',
      '',
      '> {% client.global.set("token", response.body.token); %}',
    ].join('\n');
    return labelled('auth.http', text, [pw]);
  }),
  template('http-form-token-request', (g) => {
    const s = clientSecret(g);
    const text = [
      '### token',
      `POST https://${g.pick(['login.acmecorp.net', 'auth.contoso.com'])}/oauth2/token`,
      'Content-Type: application/x-www-form-urlencoded',
      '',
      `grant_type=client_credentials&client_id=${g.fake.lowerAlnum(20)}&client_secret=${s}`,
    ].join('\n');
    return labelled('oauth.http', text, [s]);
  }),
  template('http-api-key-header', (g) => {
    const k = g.chance(0.5) ? g.fake.hex(32) : apiKey(g);
    const text = [
      '### search',
      httpRequestLine(g),
      `${g.pick(['X-API-Key', 'Ocp-Apim-Subscription-Key', 'x-functions-key', 'X-Auth-Token', 'apikey'])}: ${k}`,
      'Content-Type: application/json',
      '',
    ].join('\n');
    return labelled(g.pick(['search.http', 'requests/search.rest']), text, [k]);
  }),
  template('http-client-env-json', (g) => {
    const t = g.chance(0.5) ? bearerToken(g) : apiKey(g);
    const env = {
      dev: { host: 'localhost:8080' },
      prod: { host: g.pick(API_HOSTS), [g.pick(['token', 'api_key', 'apiToken'])]: t },
    };
    return jsonFile('http-client.env.json', env, [t]);
  }),
  template('http-client-private-env-json', (g) => {
    const pw = password(g);
    const s = clientSecret(g);
    const env = { prod: { username: g.user(), password: pw, client_secret: s } };
    return jsonFile('http-client.private.env.json', env, [pw, s]);
  }),
  template('rest-client-settings-env', (g) => {
    const t = g.chance(0.5) ? bearerToken(g) : apiKey(g);
    const text = [
      '{',
      '  "editor.formatOnSave": true,',
      '  "rest-client.environmentVariables": {',
      '    "$shared": {',
      '      "version": "v1"',
      '    },',
      '    "production": {',
      `      "host": "${g.pick(API_HOSTS)}",`,
      `      "${g.pick(['token', 'apiKey', 'bearerToken'])}": "${t}"`,
      '    }',
      '  }',
      '}',
    ].join('\n');
    return labelled('.vscode/settings.json', text, [t]);
  }),
];
