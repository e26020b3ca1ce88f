import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * hr-payroll positives from SMB HRIS, payroll and EOR platforms (BambooHR, Gusto, Rippling, Deel,
 * Remote, Personio, HiBob, Namely), applicant tracking (Greenhouse, Lever, Ashby, SmartRecruiters,
 * Workable) and background checks (Checkr, Sterling, HireRight): keys in `.env` files, SDK calls, Basic
 * auth with the key as user name, headers, Kubernetes secrets and notebooks. Values generated at run
 * time.
 */
export const saasPositives: readonly Template[] = [
  template('bamboohr-env', (g) => {
    const k = v.bambooKey(g);
    return {
      path: g.pick(['.env', 'services/hris-sync/.env', 'bamboo-export/.env.production']),
      lines: [
        `BAMBOOHR_SUBDOMAIN=${g.pick(['northwind', 'contoso', 'globexinc', 'initech'])}`,
        sec(`BAMBOOHR_API_KEY=${k}`, k),
        'BAMBOOHR_REPORT_ID=custom',
      ],
    };
  }),
  template('bamboohr-python-basic', (g) => {
    const k = v.bambooKey(g);
    const sub = g.pick(['northwind', 'contoso', 'globexinc']);
    return {
      path: g.pick(['scripts/bamboo_directory.py', 'hris/bamboohr.py']),
      lines: [
        'import requests',
        '',
        `URL = "https://api.bamboohr.com/api/gateway.php/${sub}/v1/employees/directory"`,
        sec(`resp = requests.get(URL, auth=("${k}", "x"), headers={"Accept": "application/json"})`, k),
        'for e in resp.json()["employees"]:',
        '    print(e["id"], e["displayName"], e["department"])',
      ],
    };
  }),
  template('bamboohr-go-setbasicauth', (g) => {
    const k = v.bambooKey(g);
    return {
      path: g.pick(['internal/bamboo/client.go', 'cmd/orgchart/bamboo.go']),
      lines: [
        'package bamboo',
        '',
        'import "net/http"',
        '',
        sec(`const apiKey = "${k}"`, k),
        '',
        'func get(url string) (*http.Response, error) {',
        '\treq, _ := http.NewRequest("GET", url, nil)',
        '\treq.SetBasicAuth(apiKey, "x")',
        '\treq.Header.Set("Accept", "application/json")',
        '\treturn http.DefaultClient.Do(req)',
        '}',
      ],
    };
  }),
  template('bamboohr-curl-readme', (g) => {
    const k = v.bambooKey(g);
    return {
      path: g.pick(['README.md', 'docs/bamboohr.md']),
      lines: [
        '## Checking the key',
        '',
        '```sh',
        sec(
          `curl -s -u "${k}:x" https://api.bamboohr.com/api/gateway.php/${g.pick(['northwind', 'contoso'])}/v1/meta/fields`,
          k,
        ),
        '```',
      ],
    };
  }),
  template('gusto-oauth-rails-credentials', (g) => {
    const s = v.gustoSecret(g);
    return {
      path: g.pick(['config/gusto.yml', 'config/settings/production.yml']),
      lines: [
        'gusto:',
        '  api_base: https://api.gusto.com',
        `  client_id: ${g.fake.base64url(43).replace(/^[-_]/, 'a')}`,
        sec(`  client_secret: ${s}`, s),
        '  redirect_uri: https://payroll-app.northwind.io/auth/gusto/callback',
      ],
    };
  }),
  template('gusto-system-token-node', (g) => {
    const t = v.gustoSecret(g);
    return {
      path: g.pick(['src/integrations/gusto.ts', 'lib/gusto-client.ts']),
      lines: [
        "import fetch from 'node-fetch';",
        '',
        sec(`const GUSTO_TOKEN = '${t}';`, t),
        '',
        'export async function companyEmployees(companyUuid: string) {',
        '  const r = await fetch(`https://api.gusto.com/v1/companies/${companyUuid}/employees`, {',
        '    headers: { Authorization: `Bearer ${GUSTO_TOKEN}`, "X-Gusto-API-Version": "2024-04-01" },',
        '  });',
        '  return r.json();',
        '}',
      ],
    };
  }),
  template('rippling-k8s-secret', (g) => {
    const t = v.bearer(g);
    return {
      path: g.pick(['k8s/hris-sync/secret.yaml', 'deploy/rippling-secret.yaml']),
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: rippling-api',
        '  namespace: people-ops',
        'type: Opaque',
        'stringData:',
        sec(`  RIPPLING_API_TOKEN: "${t}"`, t),
      ],
    };
  }),
  template('rippling-python-header', (g) => {
    const t = v.bearer(g);
    return {
      path: g.pick(['rippling/employees.py', 'sync/rippling_pull.py']),
      lines: [
        'import requests',
        '',
        'session = requests.Session()',
        sec(`session.headers["Authorization"] = "Bearer ${t}"`, t),
        'r = session.get("https://api.rippling.com/platform/api/employees", params={"limit": 100})',
      ],
    };
  }),
  template('deel-env-and-webhook', (g) => {
    const t = v.bearer(g);
    const wh = g.fake.hex(64);
    return {
      path: g.pick(['.env', 'apps/contractor-portal/.env.local']),
      lines: [
        'DEEL_API_URL=https://api.letsdeel.com/rest/v2',
        sec(`DEEL_API_TOKEN=${t}`, t),
        sec(`DEEL_WEBHOOK_SIGNING_KEY=${wh}`, wh),
      ],
    };
  }),
  template('remote-api-token-python', (g) => {
    const t = v.remoteToken(g);
    return {
      path: g.pick(['eor/remote_client.py', 'integrations/remote_com.py']),
      lines: [
        'import httpx',
        '',
        sec(`REMOTE_TOKEN = "${t}"`, t),
        'client = httpx.Client(base_url="https://gateway.remote.com/v1", headers={"Authorization": f"Bearer {REMOTE_TOKEN}"})',
        'employments = client.get("/employments").json()["data"]["employments"]',
      ],
    };
  }),
  template('remote-token-yaml', (g) => {
    const t = v.remoteToken(g);
    return {
      path: g.pick(['config/eor.yaml', 'helm/values-prod.yaml']),
      lines: ['eor:', '  provider: remote', '  baseUrl: https://gateway.remote.com', sec(`  apiToken: ${t}`, t)],
    };
  }),
  template('personio-auth-python', (g) => {
    const s = v.personioSecret(g);
    return {
      path: g.pick(['personio/auth.py', 'hr/personio_sync.py']),
      lines: [
        'import requests',
        '',
        'resp = requests.post("https://api.personio.de/v1/auth", json={',
        `    "client_id": "${v.personioClientId(g)}",`,
        sec(`    "client_secret": "${s}",`, s),
        '}, headers={"X-Personio-Partner-ID": "NORTHWIND", "X-Personio-App-ID": "HR_SYNC"})',
        'token = resp.json()["data"]["token"]',
      ],
    };
  }),
  template('personio-bearer-curl-notes', (g) => {
    const t = v.personioToken(g);
    return {
      path: g.pick(['notes/personio.md', 'docs/personio-debug.md']),
      lines: [
        'Token from /v1/auth (valid 24h), used to debug the absences import:',
        '',
        sec(`curl -H "Authorization: Bearer ${t}" https://api.personio.de/v1/company/time-offs`, t),
      ],
    };
  }),
  template('hibob-service-user-env', (g) => {
    const t = v.hibobToken(g);
    return {
      path: g.pick(['.env', 'hibob-connector/.env']),
      lines: [
        'HIBOB_API=https://api.hibob.com/v1',
        `HIBOB_SERVICE_USER_ID=${v.hibobId(g)}`,
        sec(`HIBOB_SERVICE_USER_TOKEN=${t}`, t),
      ],
    };
  }),
  template('hibob-node-basic', (g) => {
    const t = v.hibobToken(g);
    return {
      path: g.pick(['src/hibob.js', 'scripts/hibob-people.js']),
      lines: [
        `const serviceUserId = '${v.hibobId(g)}';`,
        sec(`const serviceUserToken = '${t}';`, t),
        "const auth = Buffer.from(`${serviceUserId}:${serviceUserToken}`).toString('base64');",
        "const res = await fetch('https://api.hibob.com/v1/people/search', {",
        "  method: 'POST',",
        "  headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },",
        '  body: JSON.stringify({ showInactive: false }),',
        '});',
      ],
    };
  }),
  template('namely-token-ruby', (g) => {
    const t = g.fake.alnum(64);
    return {
      path: g.pick(['config/initializers/namely.rb', 'lib/tasks/namely_sync.rake']),
      lines: [
        'Namely.configure do |config|',
        `  config.site_name = '${g.pick(['northwind', 'contoso', 'globex'])}'`,
        sec(`  config.access_token = '${t}'`, t),
        'end',
      ],
    };
  }),
  template('greenhouse-harvest-env', (g) => {
    const k = v.greenhouseKey(g);
    return {
      path: g.pick(['.env', 'recruiting-dashboard/.env']),
      lines: [
        'GREENHOUSE_BASE_URL=https://harvest.greenhouse.io/v1',
        sec(`GREENHOUSE_HARVEST_API_KEY=${k}`, k),
        'GREENHOUSE_ON_BEHALF_OF=4080012',
      ],
    };
  }),
  template('greenhouse-ruby-gem', (g) => {
    const k = v.greenhouseKey(g);
    return {
      path: g.pick(['app/services/greenhouse_sync.rb', 'lib/recruiting/greenhouse.rb']),
      lines: [
        "require 'greenhouse_io'",
        '',
        sec(`client = GreenhouseIo::Client.new('${k}')`, k),
        'client.candidates(per_page: 100).each do |c|',
        '  puts c[:id]',
        'end',
      ],
    };
  }),
  template('greenhouse-python-requests', (g) => {
    const k = v.greenhouseKey(g);
    return {
      path: g.pick(['greenhouse/export_applications.py', 'analytics/recruiting/gh_pull.py']),
      lines: [
        'import requests',
        '',
        sec(`GH_KEY = "${k}"`, k),
        'r = requests.get("https://harvest.greenhouse.io/v1/applications", auth=(GH_KEY, ""), params={"per_page": 500})',
      ],
    };
  }),
  template('lever-api-node', (g) => {
    const k = v.leverKey(g);
    return {
      path: g.pick(['src/lever/client.ts', 'scripts/lever-opportunities.ts']),
      lines: [
        "import axios from 'axios';",
        '',
        'export const lever = axios.create({',
        "  baseURL: 'https://api.lever.co/v1',",
        sec(`  auth: { username: '${k}', password: '' },`, k),
        '});',
      ],
    };
  }),
  template('ashby-api-key-env', (g) => {
    const k = v.key32(g);
    return {
      path: g.pick(['.env', 'careers-site/.env.production']),
      lines: ['# Ashby public API (jobs + applications)', sec(`ASHBY_API_KEY=${k}`, k), 'ASHBY_JOB_BOARD=northwind'],
    };
  }),
  template('smartrecruiters-header-java', (g) => {
    const k = v.key32(g);
    return {
      path: g.pick(['src/main/java/com/corp/ats/SmartRecruitersClient.java', 'ats/SmartRecruiters.java']),
      lines: [
        'HttpRequest req = HttpRequest.newBuilder()',
        '    .uri(URI.create("https://api.smartrecruiters.com/jobs?limit=100"))',
        sec(`    .header("X-SmartToken", "${k}")`, k),
        '    .GET()',
        '    .build();',
      ],
    };
  }),
  template('workable-token-python', (g) => {
    const t = v.workableToken(g);
    return {
      path: g.pick(['workable/sync.py', 'ats/workable_candidates.py']),
      lines: [
        'import requests',
        '',
        'SUBDOMAIN = "northwind"',
        sec(`WORKABLE_TOKEN = "${t}"`, t),
        'r = requests.get(f"https://{SUBDOMAIN}.workable.com/spi/v3/candidates",',
        '                 headers={"Authorization": f"Bearer {WORKABLE_TOKEN}"})',
      ],
    };
  }),
  template('checkr-ruby-initializer', (g) => {
    const k = v.checkrKey(g);
    return {
      path: g.pick(['config/initializers/checkr.rb', 'config/initializers/background_checks.rb']),
      lines: ["require 'checkr'", '', sec(`Checkr.api_key = '${k}'`, k), "Checkr.api_base = 'https://api.checkr.com'"],
    };
  }),
  template('checkr-curl-create-candidate', (g) => {
    const k = v.checkrKey(g);
    return {
      path: g.pick(['scripts/checkr_invite.sh', 'bin/checkr-test-invite']),
      lines: [
        '#!/bin/sh',
        sec(`curl -s -X POST https://api.checkr.com/v1/invitations -u ${k}: \\`, k),
        '  -d package=driver_pro -d candidate_id="$1"',
      ],
    };
  }),
  template('sterling-client-credentials-json', (g) => {
    const s = g.fake.alnum(g.between(40, 56));
    return {
      path: g.pick(['config/screening.json', 'appsettings.Screening.json']),
      lines: [
        '{',
        '  "Sterling": {',
        '    "BaseUrl": "https://api.us.sterlingcheck.app/v2",',
        `    "ClientId": "${g.fake.alnum(24)}",`,
        sec(`    "ClientSecret": "${s}",`, s),
        '    "CallbackUrl": "https://hr.northwind.io/hooks/sterling"',
        '  }',
        '}',
      ],
    };
  }),
  template('hireright-soap-properties', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['hireright.properties', 'config/hireright-prod.properties']),
      lines: [
        'hireright.endpoint=https://api.hireright.com/ws_gateway/HireRightAPI/v/1/2',
        `hireright.company.login=${g.pick(['NORTHWIND', 'CONTOSO', 'GLOBEX'])}`,
        'hireright.account.id=WS_INTEGRATION',
        sec(`hireright.password=${pw}`, pw),
      ],
    };
  }),
  template('ats-notebook-keys', (g) => {
    const gh = v.greenhouseKey(g);
    const lv = v.leverKey(g);
    return {
      path: g.pick(['notebooks/recruiting_funnel.ipynb', 'analysis/time_to_hire.ipynb']),
      lines: [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "source": [',
        sec(`    "GH_API_KEY = \\"${gh}\\"\\n",`, gh),
        sec(`    "LEVER_KEY = \\"${lv}\\"\\n",`, lv),
        '    "df = pull_funnel(GH_API_KEY, LEVER_KEY)"',
        '   ]',
        '  }',
        ' ],',
        ' "nbformat": 4',
        '}',
      ],
    };
  }),
  template('hris-tokens-docker-compose', (g) => {
    const bamboo = v.bambooKey(g);
    const ck = v.checkrKey(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  people-api:',
        '    image: registry.corp.local/people-api:2.14',
        '    environment:',
        '      NODE_ENV: production',
        sec(`      BAMBOOHR_API_KEY: ${bamboo}`, bamboo),
        sec(`      CHECKR_API_KEY: ${ck}`, ck),
        '      DATABASE_URL: postgres://people@db:5432/people',
      ],
    };
  }),
  template('gusto-webhook-verification-token', (g) => {
    const t = g.fake.hex(32);
    return {
      path: g.pick(['config/webhooks.yml', 'config/payroll_webhooks.yml']),
      lines: ['gusto:', `  subscription_uuid: ${v.uuid(g)}`, sec(`  verification_token: ${t}`, t)],
    };
  }),
  template('personio-recruiting-php', (g) => {
    const t = g.fake.alnum(g.between(30, 40));
    return {
      path: g.pick(['wp-content/plugins/careers-personio/config.php', 'includes/personio-feed.php']),
      lines: [
        '<?php',
        `define('PERSONIO_COMPANY_ID', '${g.between(10000, 99999)}');`,
        sec(`define('PERSONIO_RECRUITING_TOKEN', '${t}');`, t),
        "define('PERSONIO_FEED', 'https://northwind.jobs.personio.de/xml');",
      ],
    };
  }),
];
