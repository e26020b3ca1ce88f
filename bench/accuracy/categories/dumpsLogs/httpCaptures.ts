import { type CategoryTemplates, sec, template } from '../../draft';
import { opaqueToken, sessionCookie } from './values';

/**
 * Captured HTTP traffic and API-client exports: HAR files (headers, cookies, form posts), Postman
 * collections and environments, Insomnia, Bruno and Thunder Client exports, REST Client `.http`
 * files and `curl -v` / HTTPie transcripts. Hard negatives: variable references, empty values,
 * non-session cookies, request ids, ETags and WebSocket nonces.
 * Layouts from each tool's export format documentation; values are generated at run time.
 */
export const httpCaptures: CategoryTemplates = {
  positives: [
    template('har-authorization-header', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'debug/checkout.har',
        lines: [
          '{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "123.0"}, "entries": [{',
          '  "request": {"method": "GET", "url": "https://api.acme.io/v1/cart", "httpVersion": "HTTP/2",',
          '    "headers": [',
          '      {"name": "Accept", "value": "application/json"},',
          sec(`      {"name": "Authorization", "value": "Bearer ${t}"},`, t),
          '      {"name": "User-Agent", "value": "Mozilla/5.0"}',
          '    ]}}]}}',
        ],
      };
    }),
    template('har-session-cookie', (g) => {
      const c = sessionCookie(g);
      return {
        path: 'support/ticket-4412.har',
        lines: [
          '        "cookies": [',
          '          {',
          sec(`            "name": "${c.name}", "value": "${c.value}",`, c.value),
          '            "path": "/", "httpOnly": true, "secure": true',
          '          }',
          '        ],',
        ],
      };
    }),
    template('har-cookie-header', (g) => {
      const c = sessionCookie(g);
      return {
        path: 'har/login-flow.har',
        lines: [
          '          "headers": [',
          sec(
            `            { "name": "cookie", "value": "_ga=GA1.1.${g.fake.digits(9)}.${g.fake.digits(10)}; ${c.name}=${c.value}" },`,
            c.value,
          ),
          '            { "name": "accept-language", "value": "en-US" }',
          '          ],',
        ],
      };
    }),
    template('har-post-data-password', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'tests/recordings/login.har',
        lines: [
          '        "postData": {',
          '          "mimeType": "application/x-www-form-urlencoded",',
          sec(`          "text": "username=${g.user()}&password=${pw}&remember=1"`, pw),
          '        },',
        ],
      };
    }),
    template('har-post-params-password', (g) => {
      const pw = g.password();
      return {
        path: 'recordings/admin.har',
        lines: [
          '          "params": [',
          `            {"name": "login", "value": "${g.user()}"},`,
          sec(`            {"name": "password", "value": "${pw}"}`, pw),
          '          ]',
        ],
      };
    }),
    template('postman-bearer-auth', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'postman/Orders API.postman_collection.json',
        lines: [
          '\t\t\t\t"auth": {',
          '\t\t\t\t\t"type": "bearer",',
          '\t\t\t\t\t"bearer": [',
          '\t\t\t\t\t\t{',
          '\t\t\t\t\t\t\t"key": "token",',
          sec(`\t\t\t\t\t\t\t"value": "${t}",`, t),
          '\t\t\t\t\t\t\t"type": "string"',
          '\t\t\t\t\t\t}',
          '\t\t\t\t\t]',
          '\t\t\t\t},',
        ],
      };
    }),
    template('postman-basic-auth', (g) => {
      const pw = g.password();
      return {
        path: 'docs/api/collection.json',
        lines: [
          '\t\t"auth": {',
          '\t\t\t"type": "basic",',
          '\t\t\t"basic": [',
          '\t\t\t\t{',
          '\t\t\t\t\t"key": "password",',
          sec(`\t\t\t\t\t"value": "${pw}",`, pw),
          '\t\t\t\t\t"type": "string"',
          '\t\t\t\t},',
          '\t\t\t\t{',
          '\t\t\t\t\t"key": "username",',
          `\t\t\t\t\t"value": "${g.user()}",`,
          '\t\t\t\t\t"type": "string"',
          '\t\t\t\t}',
          '\t\t\t]',
          '\t\t},',
        ],
      };
    }),
    template('postman-apikey-auth-inline', (g) => {
      const k = g.apiKey();
      return {
        path: 'postman/collection.json',
        lines: [
          '"auth": {"type": "apikey", "apikey": [',
          sec(`  {"key": "value", "value": "${k}", "type": "string"},`, k),
          '  {"key": "key", "value": "X-API-Key", "type": "string"},',
          '  {"key": "in", "value": "header", "type": "string"}',
          ']}',
        ],
      };
    }),
    template('postman-environment', (g) => {
      const k = g.apiKey();
      const name = g.pick(['apiKey', 'api_key', 'accessToken', 'clientSecret', 'token']);
      return {
        path: 'postman/Production.postman_environment.json',
        lines: [
          '{',
          `\t"id": "${g.fake.uuid()}",`,
          '\t"name": "Production",',
          '\t"values": [',
          '\t\t{',
          '\t\t\t"key": "baseUrl",',
          '\t\t\t"value": "https://api.acme.io",',
          '\t\t\t"type": "default",',
          '\t\t\t"enabled": true',
          '\t\t},',
          '\t\t{',
          `\t\t\t"key": "${name}",`,
          sec(`\t\t\t"value": "${k}",`, k),
          '\t\t\t"type": "secret",',
          '\t\t\t"enabled": true',
          '\t\t}',
          '\t],',
          '\t"_postman_variable_scope": "environment"',
          '}',
        ],
      };
    }),
    template('postman-header-api-key', (g) => {
      const k = g.apiKey();
      return {
        path: 'collections/payments.postman_collection.json',
        lines: [
          '\t\t\t\t"header": [',
          sec(`\t\t\t\t\t{"key": "X-Api-Key", "value": "${k}", "type": "text"}`, k),
          '\t\t\t\t],',
        ],
      };
    }),
    template('insomnia-export', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'insomnia/Insomnia_2024-03-05.json',
        lines: [
          '{"_type": "export", "__export_format": 4, "resources": [',
          '  {"_id": "req_1", "_type": "request", "name": "List invoices", "method": "GET",',
          sec(`   "authentication": {"type": "bearer", "token": "${t}", "prefix": ""},`, t),
          '   "url": "{{ _.base_url }}/invoices"}',
          ']}',
        ],
      };
    }),
    template('insomnia-environment-data', (g) => {
      const k = g.apiKey();
      return {
        path: 'insomnia/env.json',
        lines: [
          '  {"_id": "env_2", "_type": "environment", "name": "Prod",',
          sec(`   "data": {"base_url": "https://api.acme.io", "api_key": "${k}"}}`, k),
        ],
      };
    }),
    template('bruno-request-auth', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'bruno/Orders/List orders.bru',
        lines: [
          'meta {',
          '  name: List orders',
          '  type: http',
          '  seq: 1',
          '}',
          '',
          'get {',
          '  url: {{baseUrl}}/orders',
          '  auth: bearer',
          '}',
          '',
          'auth:bearer {',
          sec(`  token: ${t}`, t),
          '}',
        ],
      };
    }),
    template('bruno-environment-vars', (g) => {
      const k = g.apiKey();
      return {
        path: 'bruno/environments/Production.bru',
        lines: ['vars {', '  baseUrl: https://api.acme.io', sec(`  apiKey: ${k}`, k), '}'],
      };
    }),
    template('thunder-client-environment', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'thunder-tests/thunderEnvironment.json',
        lines: [
          '[{"_id": "e1", "name": "prod", "default": false, "data": [',
          '  {"name": "host", "value": "https://api.acme.io"},',
          sec(`  {"name": "token", "value": "${t}"}`, t),
          ']}]',
        ],
      };
    }),
    template('rest-client-variable', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'requests/api.http',
        lines: [
          '@host = https://api.acme.io',
          sec(`@token = ${t}`, t),
          '',
          '### List orders',
          'GET {{host}}/orders',
          'Authorization: Bearer {{token}}',
        ],
      };
    }),
    template('rest-client-inline-header', (g) => {
      const k = g.apiKey();
      return {
        path: 'api-tests/orders.http',
        lines: [
          'POST https://api.acme.io/v1/orders',
          'Content-Type: application/json',
          sec(`X-API-KEY: ${k}`, k),
          '',
          '{"sku": "A-100", "qty": 2}',
        ],
      };
    }),
    template('rest-client-basic-pair', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'http/admin.http',
        lines: ['GET https://admin.acme.io/api/users', sec(`Authorization: Basic ${g.user()}:${pw}`, pw)],
      };
    }),
    template('curl-verbose-transcript', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'docs/debugging/curl-output.txt',
        lines: [
          '*   Trying 10.0.2.15:443...',
          '* Connected to api.acme.io (10.0.2.15) port 443',
          '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384',
          '> GET /v1/charges HTTP/2',
          '> Host: api.acme.io',
          '> user-agent: curl/8.4.0',
          sec(`> authorization: Bearer ${t}`, t),
          '> accept: */*',
          '>',
          '< HTTP/2 200',
          `< x-request-id: ${g.fake.uuid()}`,
        ],
      };
    }),
    template('curl-verbose-set-cookie', (g) => {
      const c = sessionCookie(g);
      return {
        path: 'notes/login-debug.txt',
        lines: [
          '< HTTP/1.1 302 Found',
          '< Location: /dashboard',
          sec(`< Set-Cookie: ${c.name}=${c.value}; Path=/; HttpOnly; Secure; SameSite=Lax`, c.value),
          '< Content-Length: 0',
        ],
      };
    }),
    template('httpie-verbose', (g) => {
      const k = g.apiKey();
      return {
        path: 'docs/httpie-session.txt',
        lines: [
          '$ http -v GET api.acme.io/v1/me',
          'GET /v1/me HTTP/1.1',
          'Accept: */*',
          'Host: api.acme.io',
          sec(`X-Auth-Token: ${k}`, k),
          'User-Agent: HTTPie/3.2.2',
        ],
      };
    }),
  ],
  negatives: [
    template('postman-variable-references', () => ({
      path: 'postman/collection.json',
      lines: [
        '"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},',
        '"header": [{"key": "X-Api-Key", "value": "{{apiKey}}", "type": "text"}],',
        '"auth": {"type": "basic", "basic": [{"key": "password", "value": "{{password}}"}, {"key": "username", "value": "{{username}}"}]}',
      ],
    })),
    template('postman-environment-empty', (g) => ({
      path: 'postman/Local.postman_environment.json',
      lines: [
        '{',
        `\t"id": "${g.fake.uuid()}",`,
        '\t"values": [',
        '\t\t{',
        '\t\t\t"key": "apiKey",',
        '\t\t\t"value": "",',
        '\t\t\t"type": "secret",',
        '\t\t\t"enabled": true',
        '\t\t},',
        '\t\t{',
        '\t\t\t"key": "requestId",',
        `\t\t\t"value": "${g.fake.uuid()}",`,
        '\t\t\t"type": "default",',
        '\t\t\t"enabled": true',
        '\t\t}',
        '\t]',
        '}',
      ],
    })),
    template('har-innocent-headers', (g) => ({
      path: 'debug/page.har',
      lines: [
        '          "headers": [',
        `            {"name": "x-request-id", "value": "${g.fake.uuid()}"},`,
        `            {"name": "etag", "value": "W/\\"${g.fake.hex(32)}\\""},`,
        `            {"name": "x-amzn-trace-id", "value": "Root=1-${g.fake.hex(8)}-${g.fake.hex(24)}"},`,
        `            {"name": "sec-websocket-key", "value": "${g.fake.base64(22)}=="},`,
        `            {"name": "content-md5", "value": "${g.fake.base64(22)}=="},`,
        '            {"name": "authorization", "value": ""}',
        '          ],',
      ],
    })),
    template('har-non-session-cookies', (g) => ({
      path: 'debug/landing.har',
      lines: [
        '        "cookies": [',
        `          {"name": "_ga", "value": "GA1.1.${g.fake.digits(9)}.${g.fake.digits(10)}"},`,
        '          {"name": "theme", "value": "dark"},',
        '          {"name": "locale", "value": "en-GB"},',
        `          {"name": "cookie_consent", "value": "${g.fake.uuid()}"}`,
        '        ],',
      ],
    })),
    template('curl-verbose-no-credentials', (g) => ({
      path: 'docs/curl.txt',
      lines: [
        '> GET /v1/status HTTP/2',
        '> Host: api.acme.io',
        '> authorization: Bearer $TOKEN',
        '< HTTP/2 200',
        `< etag: "${g.fake.hex(40)}"`,
        `< set-cookie: _gid=GA1.2.${g.fake.digits(9)}.${g.fake.digits(10)}; Path=/`,
        `< x-request-id: ${g.fake.uuid()}`,
        `< x-trace-id: ${g.fake.hex(32)}`,
      ],
    })),
    template('rest-client-env-references', () => ({
      path: 'requests/api.http',
      lines: [
        '@token = {{$dotenv API_TOKEN}}',
        '@password = {{$processEnv ADMIN_PASSWORD}}',
        'GET https://api.acme.io/orders',
        'Authorization: Bearer {{token}}',
        'X-API-KEY: {{apiKey}}',
      ],
    })),
    template('bruno-secret-vars', () => ({
      path: 'bruno/environments/Production.bru',
      lines: ['vars {', '  baseUrl: https://api.acme.io', '}', 'vars:secret [', '  apiKey,', '  password', ']'],
    })),
  ],
};
