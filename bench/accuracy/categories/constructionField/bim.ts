import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * construction-field-service positives from BIM and construction management: Procore (Python,
 * Node, Ruby, C#, Power BI, Postman), Autodesk Platform Services / BIM 360 / ACC from Revit, Dynamo and
 * Navisworks add-ins and web viewers, Bentley iTwin, Trimble Connect, Fieldwire, Raken, PlanGrid,
 * Bluebeam Studio, estimating and takeoff tools. Values generated at run time.
 */
export const bimPositives: readonly Template[] = [
  template('procore-env', (g) => {
    const s = v.procoreSecret(g);
    return {
      path: g.pick(['.env', 'procore-sync/.env', 'integrations/procore/.env.production']),
      lines: [
        '# Procore Developer Portal -> My Apps -> Data connection app',
        `PROCORE_CLIENT_ID=${v.procoreClientId(g)}`,
        sec(`PROCORE_CLIENT_SECRET=${s}`, s),
        'PROCORE_BASE_URL=https://api.procore.com',
        `PROCORE_COMPANY_ID=${v.companyId(g)}`,
      ],
    };
  }),
  template('procore-python-client-credentials', (g) => {
    const s = v.procoreSecret(g);
    return {
      path: g.pick(['scripts/pull_rfis.py', 'etl/procore_submittals.py', 'notebooks/procore_export.py']),
      lines: [
        'import requests',
        '',
        'resp = requests.post("https://login.procore.com/oauth/token", data={',
        '    "grant_type": "client_credentials",',
        `    "client_id": "${v.procoreClientId(g)}",`,
        sec(`    "client_secret": "${s}",`, s),
        '})',
        'token = resp.json()["access_token"]',
        `headers = {"Authorization": f"Bearer {token}", "Procore-Company-Id": "${v.companyId(g)}"}`,
      ],
    };
  }),
  template('procore-propycore', (g) => {
    const s = v.procoreSecret(g);
    return {
      path: g.pick(['sync_drawings.py', 'tools/procore_daily_logs.py']),
      lines: [
        'from propycore.procore import Procore',
        '',
        'connection = Procore(',
        `    client_id="${v.procoreClientId(g)}",`,
        sec(`    client_secret="${s}",`, s),
        '    redirect_uri="urn:ietf:wg:oauth:2.0:oob",',
        '    oauth_url="https://app.procore.com",',
        '    base_url="https://app.procore.com",',
        ')',
      ],
    };
  }),
  template('procore-node-config', (g) => {
    const s = v.procoreSecret(g);
    return {
      path: g.pick(['src/config/procore.js', 'server/procore.config.js']),
      lines: [
        'module.exports = {',
        "  authUrl: 'https://login.procore.com',",
        "  apiUrl: 'https://api.procore.com/rest/v1.0',",
        `  clientId: '${v.procoreClientId(g)}',`,
        sec(`  clientSecret: '${s}',`, s),
        "  redirectUri: 'https://portal.summitbuild.com/procore/callback',",
        '};',
      ],
    };
  }),
  template('procore-access-token-curl', (g) => {
    const t = v.accessToken(g, 'https://login.procore.com');
    return {
      path: g.pick(['notes/procore-api.md', 'scripts/list-projects.sh']),
      lines: [
        '#!/usr/bin/env bash',
        `curl -s "https://api.procore.com/rest/v1.0/projects?company_id=${v.companyId(g)}" \\`,
        sec(`  -H "Authorization: Bearer ${t}"`, t),
      ],
    };
  }),
  template('procore-csharp-appsettings', (g) => {
    const s = v.procoreSecret(g);
    return {
      path: g.pick(['appsettings.json', 'src/Jobsite.Sync/appsettings.Production.json']),
      lines: [
        '{',
        '  "Procore": {',
        '    "BaseUrl": "https://api.procore.com",',
        `    "ClientId": "${v.procoreClientId(g)}",`,
        sec(`    "ClientSecret": "${s}",`, s),
        `    "CompanyId": ${v.companyId(g)}`,
        '  }',
        '}',
      ],
    };
  }),
  template('procore-ruby-gem', (g) => {
    const t = v.accessToken(g, 'https://login.procore.com');
    return {
      path: g.pick(['lib/tasks/procore.rake', 'app/services/procore_client.rb']),
      lines: [
        "require 'procore'",
        '',
        'client = Procore::Client.new(',
        "  client_id: ENV['PROCORE_CLIENT_ID'],",
        "  client_secret: ENV['PROCORE_CLIENT_SECRET'],",
        sec(`  store: Procore::Auth::Stores::Session.new(session: { procore_token: '${t}' }),`, t),
        ')',
      ],
    };
  }),
  template('aps-revit-addin-constants', (g) => {
    const s = v.apsSecret(g);
    return {
      path: g.pick(['RevitSync/Commands/ApsAuth.cs', 'src/BimExport.Addin/Forge/ForgeConfig.cs']),
      lines: [
        'namespace BimExport.Addin.Forge',
        '{',
        '    internal static class ForgeConfig',
        '    {',
        `        public const string ClientId = "${v.apsClientId(g)}";`,
        sec(`        public const string ClientSecret = "${s}";`, s),
        '        public const string Scope = "data:read data:write bucket:create";',
        '    }',
        '}',
      ],
    };
  }),
  template('aps-dynamo-python-node', (g) => {
    const s = v.apsSecret(g);
    const id = v.apsClientId(g);
    return {
      path: g.pick(['dynamo/Upload to ACC.py', 'scripts/dynamo/aps_token.py']),
      lines: [
        '# Dynamo Python Script node: get a 2-legged APS token',
        'import clr, base64',
        'import urllib2',
        '',
        `CLIENT_ID = "${id}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        'auth = base64.b64encode(CLIENT_ID + ":" + CLIENT_SECRET)',
        'req = urllib2.Request("https://developer.api.autodesk.com/authentication/v2/token", "grant_type=client_credentials&scope=data:read")',
        'req.add_header("Authorization", "Basic " + auth)',
        'OUT = urllib2.urlopen(req).read()',
      ],
    };
  }),
  template('aps-basic-header-curl', (g) => {
    const id = v.apsClientId(g);
    const s = v.apsSecret(g);
    const b = v.base64Of(`${id}:${s}`);
    return {
      path: g.pick(['README.md', 'docs/aps-token.md', 'scripts/aps-token.sh']),
      lines: [
        '```bash',
        "curl -X POST 'https://developer.api.autodesk.com/authentication/v2/token' \\",
        "  -H 'Content-Type: application/x-www-form-urlencoded' \\",
        sec(`  -H 'Authorization: Basic ${b}' \\`, b),
        "  -d 'grant_type=client_credentials&scope=data:read%20viewables:read'",
        '```',
      ],
    };
  }),
  template('aps-viewer-node-env', (g) => {
    const s = v.apsSecret(g);
    return {
      path: g.pick(['viewer-app/.env', '.env', 'apps/model-viewer/.env.local']),
      lines: [
        `APS_CLIENT_ID=${v.apsClientId(g)}`,
        sec(`APS_CLIENT_SECRET=${s}`, s),
        `APS_BUCKET=${v.builder(g)}-models-${g.fake.lowerAlnum(6)}`,
        'PORT=8080',
      ],
    };
  }),
  template('forge-legacy-json-config', (g) => {
    const s = v.apsSecret(g);
    return {
      path: g.pick(['config/forge.json', 'NavisworksClash/forge.settings.json']),
      lines: [
        '{',
        '  "forge": {',
        `    "clientId": "${v.apsClientId(g)}",`,
        sec(`    "clientSecret": "${s}",`, s),
        '    "callbackUrl": "http://localhost:3000/api/forge/callback/oauth"',
        '  }',
        '}',
      ],
    };
  }),
  template('aps-navisworks-plugin-settings', (g) => {
    const s = v.apsSecret(g);
    return {
      path: g.pick(['ClashExporter/Properties/Settings.settings', 'src/NwPlugin/app.config']),
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<configuration>',
        '  <appSettings>',
        `    <add key="ApsClientId" value="${v.apsClientId(g)}" />`,
        sec(`    <add key="ApsClientSecret" value="${s}" />`, s),
        `    <add key="AccHubId" value="${v.bimId(g)}" />`,
        '  </appSettings>',
        '</configuration>',
      ],
    };
  }),
  template('aps-python-sdk-notebook', (g) => {
    const s = v.apsSecret(g);
    return {
      path: g.pick(['notebooks/model_properties.ipynb', 'analysis/acc_issues.ipynb']),
      lines: [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "source": [',
        '    "from aps_toolkit import Auth\\n",',
        sec(`    "auth = Auth(\\"${v.apsClientId(g)}\\", \\"${s}\\")\\n",`, s),
        '    "token = auth.auth2leg()"',
        '   ]',
        '  }',
        ' ],',
        ' "nbformat": 4',
        '}',
      ],
    };
  }),
  template('aps-3legged-refresh-token', (g) => {
    const r = g.fake.alnum(40);
    const t = v.accessToken(g, 'https://developer.api.autodesk.com');
    return {
      path: g.pick(['token_cache.json', '%APPDATA%/BimSync/aps-token.json']),
      lines: [
        '{',
        sec(`  "access_token": "${t}",`, t),
        sec(`  "refresh_token": "${r}",`, r),
        '  "token_type": "Bearer",',
        '  "expires_in": 3599',
        '}',
      ],
    };
  }),
  template('itwin-service-client', (g) => {
    const s = v.itwinSecret(g);
    return {
      path: g.pick(['itwin-sync/.env', 'src/itwin/.env.local']),
      lines: [
        `IMJS_CLIENT_ID=${v.itwinClientId(g)}`,
        sec(`IMJS_CLIENT_SECRET=${s}`, s),
        'IMJS_AUTHORITY=https://ims.bentley.com',
        'IMJS_SCOPE=itwin-platform',
        `IMJS_ITWIN_ID=${v.uuid(g)}`,
      ],
    };
  }),
  template('itwin-typescript-auth', (g) => {
    const s = v.itwinSecret(g);
    return {
      path: g.pick(['src/auth.ts', 'tools/synchronize.ts']),
      lines: [
        "import { ServiceAuthorizationClient } from '@itwin/service-authorization';",
        '',
        'const authClient = new ServiceAuthorizationClient({',
        `  clientId: '${v.itwinClientId(g)}',`,
        sec(`  clientSecret: '${s}',`, s),
        "  scope: 'itwin-platform',",
        '});',
      ],
    };
  }),
  template('trimble-connect-csharp', (g) => {
    const s = v.trimbleSecret(g);
    return {
      path: g.pick(['TrimbleConnectSync/Program.cs', 'src/TcUploader/TrimbleAuth.cs']),
      lines: [
        'var credentials = new TIDCredentials',
        '{',
        `    ClientId = "${v.uuid(g)}",`,
        sec(`    ClientSecret = "${s}",`, s),
        '    RedirectUri = new Uri("http://localhost:8080/callback"),',
        '};',
        'var client = new TrimbleConnectClient(new TrimbleConnectClientConfig(), credentials);',
      ],
    };
  }),
  template('trimble-properties', (g) => {
    const s = v.trimbleSecret(g);
    return {
      path: g.pick(['src/main/resources/trimble.properties', 'config/tekla-sync.properties']),
      lines: [
        'trimble.identity.url=https://id.trimble.com/oauth/token',
        `trimble.client.id=${v.uuid(g)}`,
        sec(`trimble.client.secret=${s}`, s),
        `trimble.connect.project=${g.fake.base64url(22).replace(/^[-_]/, 'T')}`,
      ],
    };
  }),
  template('fieldwire-token-python', (g) => {
    const t = v.fieldwireToken(g);
    return {
      path: g.pick(['fieldwire/export_tasks.py', 'scripts/fw_punchlist.py']),
      lines: [
        'import requests',
        '',
        sec(`FIELDWIRE_REFRESH_TOKEN = "${t}"`, t),
        'r = requests.post("https://client-api.super.fieldwire.com/api_keys/jwt",',
        '                  json={"api_token": FIELDWIRE_REFRESH_TOKEN})',
        'jwt = r.json()["access_token"]',
      ],
    };
  }),
  template('fieldwire-token-curl', (g) => {
    const t = v.fieldwireToken(g);
    return {
      path: g.pick(['notes/fieldwire.txt', 'scripts/fw-auth.sh']),
      lines: [
        'curl -X POST https://client-api.super.fieldwire.com/api_keys/jwt \\',
        '  -H "Content-Type: application/json" \\',
        '  -H "Fieldwire-Version: 2024-11-01" \\',
        sec(`  -d '{"api_token": "${t}"}'`, t),
      ],
    };
  }),
  template('raken-yaml', (g) => {
    const s = v.rakenSecret(g);
    return {
      path: g.pick(['config/raken.yml', 'airflow/dags/config/raken.yaml']),
      lines: [
        'raken:',
        '  base_url: https://developer.rakenapp.com/api',
        `  client_id: ${g.fake.alnum(24)}`,
        sec(`  client_secret: ${s}`, s),
        '  projects: [daily-reports, time-cards]',
      ],
    };
  }),
  template('plangrid-basic-key', (g) => {
    const k = v.plangridKey(g);
    return {
      path: g.pick(['scripts/plangrid_sheets.py', 'legacy/plangrid_sync.py']),
      lines: [
        'import requests',
        '',
        sec(`PLANGRID_API_KEY = "${k}"`, k),
        'resp = requests.get("https://io.plangrid.com/projects", auth=(PLANGRID_API_KEY, ""),',
        '                    headers={"Accept": "application/vnd.plangrid+json; version=1"})',
      ],
    };
  }),
  template('plangrid-curl-user', (g) => {
    const k = v.plangridKey(g);
    return {
      path: g.pick(['README.md', 'ops/plangrid.md']),
      lines: [
        '## PlanGrid (legacy projects)',
        '',
        sec(`    curl -u ${k}: https://io.plangrid.com/projects/${v.uuid(g)}/sheets`, k),
      ],
    };
  }),
  template('bluebeam-studio-config', (g) => {
    const s = g.fake.alnum(g.between(36, 44));
    return {
      path: g.pick(['BluebeamSessions/config.json', 'studio-sync/settings.json']),
      lines: [
        '{',
        '  "StudioApi": "https://studioapi.bluebeam.com/publicapi/v1",',
        `  "ClientId": "${v.uuid(g)}",`,
        sec(`  "ClientSecret": "${s}",`, s),
        `  "SessionId": "${g.fake.digits(3)}-${g.fake.digits(3)}-${g.fake.digits(3)}"`,
        '}',
      ],
    };
  }),
  template('estimating-sql-connection', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['Estimating/ProEst.Import.exe.config', 'takeoff/TakeoffBridge.config']),
      lines: [
        '<connectionStrings>',
        sec(
          `  <add name="EstimatingDb" connectionString="Server=sql01;Database=Estimating;User Id=est_svc;Password=${p};" providerName="System.Data.SqlClient" />`,
          p,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('stack-takeoff-api-key', (g) => {
    const k = g.fake.alnum(40);
    return {
      path: g.pick(['takeoff/stack_export.py', 'estimating/pull_takeoffs.py']),
      lines: [
        '# STACK Construction Technologies takeoff export',
        sec(`STACK_API_KEY = "${k}"`, k),
        'HEADERS = {"Authorization": f"Bearer {STACK_API_KEY}"}',
      ],
    };
  }),
  template('acc-powerbi-m-query', (g) => {
    const s = v.apsSecret(g);
    return {
      path: g.pick(['powerbi/ACC Issues.pq', 'reports/acc_issues.m']),
      lines: [
        'let',
        `    ClientId = "${v.apsClientId(g)}",`,
        sec(`    ClientSecret = "${s}",`, s),
        '    TokenResponse = Json.Document(Web.Contents("https://developer.api.autodesk.com/authentication/v2/token",',
        '        [Content = Text.ToBinary("grant_type=client_credentials&scope=data:read"),',
        '         Headers = [#"Content-Type" = "application/x-www-form-urlencoded"]]))',
        'in',
        '    TokenResponse',
      ],
    };
  }),
  template('procore-postman-env', (g) => {
    const s = v.procoreSecret(g);
    return {
      path: g.pick(['postman/Procore.postman_environment.json', 'Procore Sandbox.postman_environment.json']),
      lines: [
        '{',
        '  "name": "Procore Sandbox",',
        '  "values": [',
        `    { "key": "client_id", "value": "${v.procoreClientId(g)}", "enabled": true },`,
        sec(`    { "key": "client_secret", "value": "${s}", "enabled": true },`, s),
        '    { "key": "base_url", "value": "https://sandbox.procore.com", "enabled": true }',
        '  ]',
        '}',
      ],
    };
  }),
  template('aps-service-account-pem', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY').split('\n');
    return {
      path: g.pick(['secrets/aps-ssa.pem', 'config/acc-service-account.key']),
      lines: [block(key.map((l) => sec(l, l)))],
    };
  }),
];
