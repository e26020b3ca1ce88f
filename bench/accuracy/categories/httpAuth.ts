import { type CategoryTemplates, sec, template } from '../draft';
import type { Gen } from '../gen';

/**
 * Authorization in HTTP clients: headers in curl/wget/HTTPie and in every language's client, user
 * and password flags, Basic credentials (base64 of user:password). Values are generated at run time.
 */
export const httpAuth: CategoryTemplates = {
  positives: [
    template('curl-bearer', (g) => {
      const t = g.apiKey();
      return {
        path: 'scripts/sync.sh',
        lines: [
          '#!/usr/bin/env bash',
          sec(`curl -sS -H "Authorization: Bearer ${t}" https://api.${g.word()}s.io/v1/items`, t),
          '  | jq .',
        ],
      };
    }),
    template('curl-basic-header', (g) => {
      const b = basic(g);
      return {
        path: 'README.md',
        lines: [
          '## Smoke test',
          '',
          '```sh',
          sec(`curl -H 'Authorization: Basic ${b}' https://${g.host()}/api/health`, b),
          '```',
        ],
      };
    }),
    template('curl-token-header', (g) => {
      const t = g.fake.hex(40);
      return {
        path: 'Makefile',
        lines: ['deploy:', sec(`\tcurl -X POST -H "Authorization: Token ${t}" https://ci.acme.io/api/deploy`, t)],
      };
    }),
    template('curl-api-token-header', (g) => {
      const t = g.fake.alnum(32);
      return {
        path: 'ops/notes.txt',
        lines: [
          'check queue depth',
          sec(`curl -H "Authorization: Api-Token ${t}" https://monitor.acme.io/api/v2/metrics`, t),
        ],
      };
    }),
    template('curl-apikey-header', (g) => {
      const t = g.apiKey();
      return {
        path: 'scripts/fetch.sh',
        lines: [sec(`curl "https://api.${g.word()}hub.com/v2/search?q=shoes" -H "apikey: ${t}"`, t)],
      };
    }),
    template('curl-x-api-key', (g) => {
      const t = g.fake.alnum(40);
      return {
        path: 'docs/runbook.md',
        lines: ['Re-index:', '', sec(`    curl -X POST https://search.acme.io/reindex -H 'x-api-key: ${t}'`, t)],
      };
    }),
    template('curl-user-flag', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'scripts/artifacts.sh',
        lines: [sec(`curl -u ${g.user()}:${pw} -O https://nexus.acme.io/repository/releases/app-1.4.2.jar`, pw)],
      };
    }),
    template('curl-user-long-flag', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'jenkins/trigger.sh',
        lines: [
          '# trigger the nightly job',
          sec(`curl -X POST --user "${g.user()}:${pw}" https://jenkins.acme.io/job/nightly/build`, pw),
        ],
      };
    }),
    template('wget-header', (g) => {
      const t = g.apiKey();
      return {
        path: 'Dockerfile',
        lines: [
          'FROM alpine:3.20',
          sec(`RUN wget --header="Authorization: Bearer ${t}" -O /tmp/agent.tgz https://dl.acme.io/agent.tgz`, t),
          'RUN tar xzf /tmp/agent.tgz -C /opt',
        ],
      };
    }),
    template('wget-user-password', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'fetch.sh',
        lines: [sec(`wget --user=${g.user()} --password=${pw} https://files.acme.io/export.csv`, pw)],
      };
    }),
    template('httpie-auth', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'notes/api.md',
        lines: [
          'Create a user:',
          '',
          sec(`    http -a ${g.user()}:${pw} POST https://${g.host()}/api/users name=bob`, pw),
        ],
      };
    }),
    template('httpie-header', (g) => {
      const t = g.apiKey();
      return {
        path: 'notes/api.http.md',
        lines: [sec(`http GET https://api.acme.io/orders Authorization:"Bearer ${t}"`, t)],
      };
    }),
    template('http-file', (g) => {
      const t = g.apiKey();
      return {
        path: 'requests/orders.http',
        lines: [
          '### list orders',
          'GET https://api.acme.io/v1/orders',
          sec(`Authorization: Bearer ${t}`, t),
          'Accept: application/json',
        ],
      };
    }),
    template('csharp-authentication-header', (g) => {
      const t = g.apiKey();
      return {
        path: 'src/Client/ApiClient.cs',
        lines: [
          'var http = new HttpClient();',
          sec(`http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${t}");`, t),
          'var res = await http.GetAsync("https://api.acme.io/v1/orders");',
        ],
      };
    }),
    template('node-setheader', (g) => {
      const t = g.apiKey();
      return {
        path: 'src/proxy.js',
        lines: [
          "proxy.on('proxyReq', (proxyReq) => {",
          sec(`  proxyReq.setHeader('Authorization', 'Bearer ${t}');`, t),
          '});',
        ],
      };
    }),
    template('go-header-set', (g) => {
      const t = g.apiKey();
      return {
        path: 'client/client.go',
        lines: [
          'req, _ := http.NewRequest("GET", url, nil)',
          sec(`req.Header.Set("Authorization", "Bearer ${t}")`, t),
          'resp, err := http.DefaultClient.Do(req)',
        ],
      };
    }),
    template('python-headers-dict', (g) => {
      const t = g.apiKey();
      return {
        path: 'jobs/export.py',
        lines: [
          'import requests',
          '',
          sec(`headers = {"Authorization": "Token ${t}", "Accept": "application/json"}`, t),
          'r = requests.get(URL, headers=headers, timeout=30)',
        ],
      };
    }),
    template('python-basic-auth-tuple', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'jobs/jira.py',
        lines: [
          'import requests',
          sec(`r = requests.get("https://jira.acme.io/rest/api/2/search", auth=("${g.user()}", "${pw}"))`, pw),
        ],
      };
    }),
    template('fetch-headers', (g) => {
      const t = g.apiKey();
      return {
        path: 'src/api.ts',
        lines: [
          'export async function listOrders() {',
          "  const res = await fetch('https://api.acme.io/v1/orders', {",
          sec(`    headers: { Authorization: \`Bearer ${t}\` },`, t),
          '  });',
          '  return res.json();',
          '}',
        ],
      };
    }),
    template('axios-basic-auth', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/registry.js',
        lines: [
          'const { data } = await axios.get(url, {',
          sec(`  auth: { username: '${g.user()}', password: '${pw}' },`, pw),
          '});',
        ],
      };
    }),
    template('java-basic-header', (g) => {
      const b = basic(g);
      return {
        path: 'src/main/java/com/acme/Client.java',
        lines: [
          'HttpRequest request = HttpRequest.newBuilder(URI.create(url))',
          sec(`    .header("Authorization", "Basic ${b}")`, b),
          '    .build();',
        ],
      };
    }),
    template('nginx-proxy-header', (g) => {
      const b = basic(g);
      return {
        path: 'nginx/conf.d/upstream.conf',
        lines: [
          'location /internal/ {',
          '    proxy_pass http://backend:8080/;',
          sec(`    proxy_set_header Authorization "Basic ${b}";`, b),
          '}',
        ],
      };
    }),
    template('bearer-jwt', (g) => {
      const t = g.fake.jwt({ role: 'service' });
      return {
        path: 'scripts/call.sh',
        lines: [sec(`curl https://api.acme.io/admin/users -H "Authorization: Bearer ${t}"`, t)],
      };
    }),
    template('test-file-header', (g) => {
      const t = g.apiKey();
      return {
        path: 'tests/test_api.py',
        lines: [
          'def test_orders(client):',
          sec(`    r = client.get("/orders", headers={"Authorization": "Bearer ${t}"})`, t),
          '    assert r.status_code == 200',
        ],
      };
    }),
  ],
  negatives: [
    template('curl-env-bearer', () => ({
      path: 'scripts/sync.sh',
      lines: [
        'curl -sS -H "Authorization: Bearer $API_TOKEN" https://api.acme.io/v1/items',
        'curl -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/user',
      ],
    })),
    template('curl-docs-placeholder', () => ({
      path: 'docs/api.md',
      lines: [
        '```sh',
        'curl -H "Authorization: Bearer <YOUR_TOKEN>" https://api.acme.io/v1/items',
        'curl -H "X-API-Key: your-api-key" https://api.acme.io/v1/items',
        'curl -u username:password https://api.acme.io/v1/items',
        '```',
      ],
    })),
    template('curl-user-prompt', () => ({
      path: 'scripts/upload.sh',
      lines: [
        '# curl prompts for the password',
        'curl -u "$NEXUS_USER" -T app.jar https://nexus.acme.io/repository/releases/',
        'curl --user "$USER:$PASS" https://nexus.acme.io/service/rest/v1/status',
      ],
    })),
    template('header-from-variable', () => ({
      path: 'src/client.ts',
      lines: [
        'const headers = {',
        '  Authorization: `Bearer ${await getAccessToken()}`,',
        "  'Content-Type': 'application/json',",
        '};',
        "req.setHeader('Authorization', 'Bearer ' + token);",
      ],
    })),
    template('go-header-env', () => ({
      path: 'client/client.go',
      lines: [
        'req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))',
        'req.Header.Set("Content-Type", "application/json")',
      ],
    })),
    template('http-file-variable', () => ({
      path: 'requests/orders.http',
      lines: ['@token = {{$dotenv API_TOKEN}}', 'GET https://api.acme.io/v1/orders', 'Authorization: Bearer {{token}}'],
    })),
    template('basic-of-placeholder', () => ({
      path: 'docs/auth.md',
      lines: [
        'Basic auth sends `base64(user:password)`, for example:',
        '',
        `    Authorization: Basic ${Buffer.from('user' + ':' + 'password').toString('base64')}`,
      ],
    })),
    template('auth-scheme-constants', () => ({
      path: 'src/http/auth.ts',
      lines: [
        "export const AUTH_HEADER = 'Authorization';",
        "export const BEARER_PREFIX = 'Bearer ';",
        "export type AuthScheme = 'Basic' | 'Bearer' | 'Token';",
        'const [scheme, token] = header.split(" ");',
      ],
    })),
    template('www-authenticate', () => ({
      path: 'src/middleware/auth.js',
      lines: [
        'res.setHeader(\'WWW-Authenticate\', \'Basic realm="admin", charset="UTF-8"\');',
        "res.status(401).send('Authentication required');",
      ],
    })),
    template('python-auth-env', () => ({
      path: 'jobs/jira.py',
      lines: [
        'import os, requests',
        'r = requests.get(URL, auth=(os.environ["JIRA_USER"], os.environ["JIRA_TOKEN"]))',
        'headers = {"Authorization": f"Bearer {token}"}',
      ],
    })),
    template('openapi-security', () => ({
      path: 'openapi.yaml',
      lines: [
        'components:',
        '  securitySchemes:',
        '    bearerAuth:',
        '      type: http',
        '      scheme: bearer',
        '      bearerFormat: JWT',
        '    apiKey:',
        '      type: apiKey',
        '      in: header',
        '      name: X-API-Key',
      ],
    })),
    template('postman-variable', () => ({
      path: 'postman/collection.json',
      lines: [
        '{',
        '  "auth": {',
        '    "type": "bearer",',
        '    "bearer": [{ "key": "token", "value": "{{accessToken}}", "type": "string" }]',
        '  }',
        '}',
      ],
    })),
  ],
};

/** Base64 of `user:password`, as Basic authorization headers carry it. */
function basic(g: Gen): string {
  return Buffer.from(`${g.user()}:${g.plainPassword()}`).toString('base64');
}
