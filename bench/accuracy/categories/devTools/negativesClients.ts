import { type Template, template } from '../../draft';
import type { Gen } from '../../gen';
import { API_HOSTS, isoTime, jsonFile, labelled, uuid } from './values';

/**
 * dev-tools hard negatives, API clients: variable references in every client's syntax (`{{token}}`,
 * `{{ _.token }}`, `{{$dotenv X}}`, `{{process.env.X}}`, Insomnia response tags), empty and masked
 * values, placeholders and documentation examples, key names without values, request ids, ETags,
 * content-type headers and cookies that hold no session (consent, theme, analytics). No published
 * default (`changeme`, `replace-me`, `dev`): the project reports those in any secret-named setting
 * (README, known-default-secret), so they are not negatives here.
 */

const kv = (key: string, value: string) => ({ key, value, type: 'string' });
const nv = (name: string, value: string) => ({ name, value });

function collection(g: Gen, auth: unknown, header: unknown[], extra: Record<string, unknown> = {}) {
  return {
    info: {
      _postman_id: uuid(g),
      name: `${g.pick(['Orders', 'Billing', 'Inventory'])} API`,
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
      _exporter_id: g.fake.digits(8),
    },
    item: [
      {
        name: `Get ${g.word()}`,
        request: { method: 'GET', header, url: { raw: '{{baseUrl}}/v1/orders/:id', host: ['{{baseUrl}}'] } },
        response: [],
      },
    ],
    auth,
    ...extra,
  };
}

const PLACEHOLDERS = [
  '<your-api-key>',
  'YOUR_API_KEY',
  'your-token-here',
  'xxxxxxxxxxxxxxxxxxxxxxxx',
  '********',
  '<redacted>',
  'REDACTED',
  '',
  'TODO',
];

export const clientNegatives: readonly Template[] = [
  template('postman-variable-references', (g) =>
    jsonFile(
      'Orders.postman_collection.json',
      collection(
        g,
        {
          type: g.pick(['bearer', 'basic']),
          bearer: [kv('token', '{{accessToken}}')],
          basic: [kv('password', '{{password}}'), kv('username', '{{username}}')],
        },
        [
          { key: 'Authorization', value: 'Bearer {{token}}', type: 'text' },
          { key: 'X-API-Key', value: '{{apiKey}}', type: 'text' },
          { key: 'Content-Type', value: 'application/json', type: 'text' },
        ],
        { variable: [kv('baseUrl', `https://${g.pick(API_HOSTS)}`), kv('apiKey', '')] },
      ),
      [],
      '\t',
    ),
  ),
  template('postman-test-scripts', (g) =>
    jsonFile(
      'postman/collection.json',
      collection(g, { type: 'noauth' }, [], {
        event: [
          {
            listen: 'test',
            script: {
              type: 'text/javascript',
              exec: [
                'const body = pm.response.json();',
                'pm.environment.set("accessToken", body.access_token);',
                'pm.collectionVariables.set("refreshToken", body.refresh_token);',
                "pm.request.headers.upsert({ key: 'Authorization', value: 'Bearer ' + pm.environment.get('accessToken') });",
              ],
            },
          },
        ],
      }),
      [],
      '\t',
    ),
  ),
  template('postman-environment-empty-secrets', (g) =>
    jsonFile(
      'Production.postman_environment.json',
      {
        id: uuid(g),
        name: 'Production',
        values: [
          { key: 'baseUrl', value: `https://${g.pick(API_HOSTS)}`, type: 'default', enabled: true },
          { key: 'apiKey', value: '', type: 'secret', enabled: true },
          { key: 'password', value: g.pick(PLACEHOLDERS), type: 'secret', enabled: true },
          { key: 'clientSecret', value: '{{vault:client-secret}}', type: 'secret', enabled: true },
          { key: 'userId', value: uuid(g), type: 'default', enabled: true },
        ],
        _postman_variable_scope: 'environment',
        _postman_exported_at: isoTime(g),
        _postman_exported_using: 'Postman/11.2.0',
      },
      [],
      '\t',
    ),
  ),
  template('postman-oauth2-references', (g) =>
    jsonFile(
      'postman/collection.json',
      collection(
        g,
        {
          type: 'oauth2',
          oauth2: [
            kv('clientSecret', '{{client_secret}}'),
            kv('clientId', '{{client_id}}'),
            kv('accessTokenUrl', 'https://auth.acmecorp.net/oauth/token'),
            kv('tokenName', 'Access Token'),
            kv('grant_type', 'client_credentials'),
            kv('addTokenTo', 'header'),
            { key: 'useBrowser', value: true, type: 'boolean' },
          ],
        },
        [],
      ),
      [],
      '\t',
    ),
  ),
  template('postman-example-response', (g) =>
    jsonFile(
      'Orders.postman_collection.json',
      collection(g, undefined, [{ key: 'Accept', value: 'application/json' }], {
        item: [
          {
            name: 'Get order',
            request: { method: 'GET', header: [], url: { raw: '{{baseUrl}}/v1/orders/42' } },
            response: [
              {
                name: 'OK',
                status: 'OK',
                code: 200,
                header: [
                  { key: 'ETag', value: `"${g.fake.hex(32)}"` },
                  { key: 'X-Request-Id', value: uuid(g) },
                  { key: 'Set-Cookie', value: 'theme=dark; Path=/; Max-Age=31536000' },
                  { key: 'Content-Type', value: 'application/json; charset=utf-8' },
                ],
                body: JSON.stringify({ id: uuid(g), sha256: g.fake.hex(64), status: 'shipped' }, null, 4),
              },
            ],
          },
        ],
      }),
      [],
      '\t',
    ),
  ),
  template('postman-docs-description', (g) =>
    jsonFile(
      'docs/api.postman_collection.json',
      collection(g, { type: 'bearer', bearer: [kv('token', '{{bearerToken}}')] }, [], {
        info: {
          _postman_id: uuid(g),
          name: 'Public API',
          description:
            'Authenticate with `Authorization: Bearer <token>`. Create a key under Settings → API keys and store it in the `bearerToken` environment variable (type secret). Example: `X-API-Key: YOUR_API_KEY`.',
          schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
        },
      }),
      [],
      '\t',
    ),
  ),
  template('insomnia-references', (g) => {
    const chain = Buffer.from('$.access_token').toString('base64');
    const doc = {
      _type: 'export',
      __export_format: 4,
      __export_date: isoTime(g),
      __export_source: 'insomnia.desktop.app:v2023.5.8',
      resources: [
        {
          _id: 'req_' + g.fake.hex(32),
          parentId: 'wrk_' + g.fake.hex(32),
          url: '{{ _.base_url }}/v1/orders',
          name: 'List orders',
          method: 'GET',
          headers: [
            nv(
              'Authorization',
              `Bearer {% response 'body', 'req_${g.fake.hex(32)}', 'b64::${chain}::46b', 'when-expired', 60 %}`,
            ),
            nv('Content-Type', 'application/json'),
          ],
          authentication: { type: 'basic', username: '{{ _.username }}', password: '{{ _.password }}' },
          _type: 'request',
        },
        {
          _id: 'env_' + g.fake.hex(32),
          parentId: 'wrk_' + g.fake.hex(32),
          name: 'Base Environment',
          data: {
            base_url: `https://${g.pick(API_HOSTS)}`,
            api_key: "{% prompt 'API key', '', '', '', true, true %}",
            password: '',
          },
          _type: 'environment',
        },
      ],
    };
    return jsonFile('insomnia/Insomnia_export.json', doc, []);
  }),
  template('insomnia-yaml-ids', (g) =>
    labelled(
      'insomnia.yaml',
      [
        '_type: export',
        '__export_format: 4',
        'resources:',
        `  - _id: req_${g.fake.hex(32)}`,
        `    parentId: fld_${g.fake.hex(32)}`,
        '    url: "{{ _.base_url }}/v1/search"',
        '    headers:',
        '      - name: X-Api-Key',
        '        value: "{{ _.api_key }}"',
        '      - name: If-None-Match',
        `        value: W/"${g.fake.hex(16)}"`,
        '    authentication:',
        '      type: bearer',
        '      token: "{{ _.token }}"',
        '      disabled: false',
        '    _type: request',
      ].join('\n'),
      [],
    ),
  ),
  template('bruno-references', (g) =>
    labelled(
      'bruno/orders/list.bru',
      [
        'meta {',
        '  name: List orders',
        '  type: http',
        '  seq: 1',
        '}',
        '',
        'get {',
        '  url: {{baseUrl}}/v1/orders',
        '  auth: bearer',
        '}',
        '',
        'headers {',
        '  Authorization: Bearer {{accessToken}}',
        '  ~x-api-key: {{apiKey}}',
        `  x-request-id: ${uuid(g)}`,
        '}',
        '',
        'auth:bearer {',
        `  token: ${g.pick(['{{accessToken}}', '{{process.env.API_TOKEN}}', '{{token}}'])}`,
        '}',
        '',
        'auth:basic {',
        '  username: {{username}}',
        '  password: {{password}}',
        '}',
        '',
        'script:post-response {',
        '  bru.setVar("accessToken", res.body.access_token);',
        '}',
      ].join('\n'),
      [],
    ),
  ),
  template('bruno-environment-secret-names', (g) =>
    labelled(
      `bruno/environments/${g.pick(['Production', 'Staging'])}.bru`,
      [
        'vars {',
        `  baseUrl: https://${g.pick(API_HOSTS)}`,
        `  tenantId: ${uuid(g)}`,
        '  apiToken: {{process.env.API_TOKEN}}',
        '  tokenUrl: https://auth.acmecorp.net/oauth/token',
        '}',
        'vars:secret [',
        '  apiKey,',
        '  password,',
        '  clientSecret',
        ']',
      ].join('\n'),
      [],
    ),
  ),
  template('bruno-empty-auth', (g) =>
    labelled(
      'bruno/health.bru',
      [
        'meta {',
        '  name: Health',
        '  type: http',
        '  seq: 1',
        '}',
        '',
        'get {',
        `  url: https://${g.pick(API_HOSTS)}/health`,
        '  auth: none',
        '}',
        '',
        'auth:bearer {',
        '  token: ',
        '}',
        '',
        'auth:basic {',
        '  username: ',
        '  password: ',
        '}',
        '',
        'auth:apikey {',
        '  key: x-api-key',
        `  value: ${g.pick(PLACEHOLDERS)}`,
        '  placement: header',
        '}',
      ].join('\n'),
      [],
    ),
  ),
  template('http-file-references', (g) =>
    labelled(
      g.pick(['api.http', 'requests/orders.http']),
      [
        '@baseUrl = {{$dotenv BASE_URL}}',
        '@token = {{$dotenv API_TOKEN}}',
        '@password = {{$processEnv DB_PASSWORD}}',
        '',
        '# @name login',
        'POST {{baseUrl}}/auth/login',
        'Content-Type: application/json',
        '',
        '{ "username": "{{username}}", "password": "{{password}}" }',
        '',
        '###',
        'GET {{baseUrl}}/v1/orders',
        'Authorization: Bearer {{login.response.body.$.access_token}}',
        `X-Request-Id: {{$guid}}`,
        '',
        '###',
        'GET {{baseUrl}}/v1/me',
        'Authorization: {{$aadToken}}',
        '',
        '###',
        'GET {{baseUrl}}/v1/admin',
        'Authorization: Basic {{username}} {{password}}',
        `If-None-Match: "${g.fake.hex(32)}"`,
      ].join('\n'),
      [],
    ),
  ),
  template('http-file-plain-headers', (g) =>
    labelled(
      'smoke.http',
      [
        '### health',
        `GET https://${g.pick(API_HOSTS)}/health`,
        'Accept: application/json',
        `X-Correlation-ID: ${uuid(g)}`,
        'Cache-Control: no-cache',
        '',
        '### upload',
        `PUT https://${g.pick(API_HOSTS)}/v1/files/${g.fake.hex(24)}`,
        'Content-Type: application/octet-stream',
        `Content-MD5: ${g.fake.base64(22)}==`,
        `X-Checksum-Sha256: ${g.fake.hex(64)}`,
        '',
        '< ./fixtures/sample.bin',
      ].join('\n'),
      [],
    ),
  ),
  template('http-file-docs-examples', (g) =>
    labelled(
      'docs/examples.http',
      [
        '### Replace the values below with your own credentials before running.',
        `GET https://${g.pick(API_HOSTS)}/v1/orders`,
        `Authorization: Bearer ${g.pick(['<YOUR_TOKEN>', 'YOUR_ACCESS_TOKEN', '<token>', '$TOKEN', '${TOKEN}'])}`,
        `X-API-Key: ${g.pick(['your-api-key-here', '<api-key>', 'YOUR_API_KEY'])}`,
        '',
        '###',
        `GET https://${g.pick(API_HOSTS)}/v1/me`,
        `Authorization: Basic ${Buffer.from('username:password').toString('base64')}`,
      ].join('\n'),
      [],
    ),
  ),
  template('http-client-env-references', (g) =>
    jsonFile(
      g.pick(['http-client.env.json', 'http-client.private.env.json']),
      {
        dev: { host: 'localhost:8080', token: '', password: g.pick(PLACEHOLDERS) },
        prod: {
          host: g.pick(API_HOSTS),
          Security: {
            Auth: {
              keycloak: {
                Type: 'OAuth2',
                'Grant Type': 'Client Credentials',
                'Client ID': 'orders-cli',
                'Client Secret': '{{client_secret}}',
                'Token URL': 'https://auth.acmecorp.net/realms/prod/protocol/openid-connect/token',
              },
            },
          },
        },
      },
      [],
    ),
  ),
  template('thunder-references', (g) =>
    jsonFile(
      'thunder-tests/thunderEnvironment.json',
      [
        {
          _id: uuid(g),
          name: 'prod',
          default: false,
          sortNum: 10000,
          created: isoTime(g),
          modified: isoTime(g),
          data: [
            { name: 'baseUrl', value: `https://${g.pick(API_HOSTS)}` },
            { name: 'token', value: '' },
            { name: 'apiKey', value: '{{#processEnv API_KEY}}' },
            { name: 'orderId', value: g.fake.digits(8) },
          ],
        },
      ],
      [],
      4,
    ),
  ),
  template('har-no-credentials', (g) =>
    jsonFile(
      'network.har',
      harEntry(
        g,
        [
          nv('accept', 'application/json'),
          nv(
            'cookie',
            `_ga=GA1.1.${g.fake.digits(9)}.${g.fake.digits(10)}; cookie_consent=accepted; theme=dark; lang=en-GB`,
          ),
          nv('if-none-match', `W/"${g.fake.hex(20)}"`),
          nv('x-requested-with', 'XMLHttpRequest'),
        ],
        [
          nv('etag', `"${g.fake.hex(32)}"`),
          nv('cf-ray', `${g.fake.hex(16)}-AMS`),
          nv('content-security-policy', `script-src 'self' 'nonce-${g.fake.base64(22)}=='`),
          nv('set-cookie', 'locale=en-GB; Path=/; Max-Age=31536000'),
        ],
        JSON.stringify({ id: uuid(g), commit: g.fake.hex(40), integrity: 'sha512-' + g.fake.base64(86) + '==' }),
      ),
      [],
    ),
  ),
  template('har-redacted', (g) =>
    jsonFile(
      'bug-1234/capture.har',
      harEntry(
        g,
        [
          nv('authorization', g.pick(['Bearer [REDACTED]', 'Bearer ***', 'Bearer <redacted>', 'Bearer ********'])),
          nv('x-api-key', g.pick(['REDACTED', '********', '[FILTERED]'])),
          nv('cookie', 'session=[REDACTED]; theme=light'),
        ],
        [nv('set-cookie', 'session=********; Path=/; HttpOnly')],
        '{"access_token":"[REDACTED]","token_type":"Bearer","expires_in":3600}',
      ),
      [],
    ),
  ),
];

function harEntry(g: Gen, headers: unknown[], responseHeaders: unknown[], text: string) {
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [{ startedDateTime: isoTime(g), id: 'page_1', title: 'https://app.acmecorp.net/', pageTimings: {} }],
      entries: [
        {
          _resourceType: 'fetch',
          request: {
            method: 'GET',
            url: `https://app.acmecorp.net/api/v1/orders?page=2&v=${g.fake.hex(8)}`,
            httpVersion: 'http/2.0',
            headers,
            queryString: [nv('page', '2'), nv('v', g.fake.hex(8))],
            cookies: [nv('theme', 'dark'), nv('cookie_consent', 'accepted')],
            headersSize: -1,
            bodySize: 0,
          },
          response: {
            status: 200,
            headers: [nv('x-request-id', uuid(g)), ...responseHeaders],
            content: { size: 231, mimeType: 'application/json', text },
          },
          startedDateTime: isoTime(g),
          time: 42.1,
        },
      ],
    },
  };
}
