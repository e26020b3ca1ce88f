import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * healthcare positives from APIs and clouds: Azure Health Data Services, Google Cloud Healthcare and
 * AWS HealthLake credentials, SMART on FHIR confidential clients and backend-service JWKs, Epic, Oracle
 * Health (Cerner), athenahealth, Allscripts and eClinicalWorks API settings, Medplum, Canvas, Healthie,
 * Elation, Redox, Health Gorilla, Particle, 1upHealth, Validic, Terra, Fitbit, Withings, Dexcom, Human
 * API, Twilio Video and Zoom telehealth, Surescripts and DrFirst, Availity, Change Healthcare and
 * Waystar, X12 SFTP scripts, HIPAA audit shipping, runbooks. Values generated at run time.
 */
export const apiPositives: readonly Template[] = [
  template('azure-fhir-client-env', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['.env', 'fhir-loader/.env', 'src/FhirSync/.env.production']),
      lines: [
        `AZURE_TENANT_ID=${v.uuid(g)}`,
        `AZURE_CLIENT_ID=${v.uuid(g)}`,
        sec(`AZURE_CLIENT_SECRET=${s}`, s),
        `FHIR_URL=https://${v.site(g)}ws-fhirsvc.fhir.azurehealthcareapis.com`,
      ],
    };
  }),
  template('azure-fhir-appsettings', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['appsettings.json', 'src/Fhir.Importer/appsettings.Production.json']),
      lines: [
        '{',
        '  "FhirServer": {',
        `    "Url": "https://${v.site(g)}-fhir.fhir.azurehealthcareapis.com",`,
        `    "Authority": "https://login.microsoftonline.com/${v.uuid(g)}",`,
        `    "ClientId": "${v.uuid(g)}",`,
        sec(`    "ClientSecret": "${s}",`, s),
        `    "Resource": "https://${v.site(g)}-fhir.fhir.azurehealthcareapis.com"`,
        '  }',
        '}',
      ],
    };
  }),
  template('gcp-healthcare-service-account', (g) => {
    const key = v.pem(g, 'PRIVATE KEY');
    const oneLine = key.replace(/\n/g, '\\n');
    const first = oneLine.slice(0, 80);
    return {
      path: g.pick(['secrets/healthcare-sa.json', 'gcp/fhir-store-writer.json']),
      lines: [
        '{',
        '  "type": "service_account",',
        `  "project_id": "${v.site(g)}-health-data",`,
        `  "private_key_id": "${g.fake.hex(40)}",`,
        sec(`  "private_key": "${oneLine}\\n",`, first),
        `  "client_email": "fhir-writer@${v.site(g)}-health-data.iam.gserviceaccount.com",`,
        `  "client_id": "${g.fake.digits(21)}",`,
        '  "token_uri": "https://oauth2.googleapis.com/token"',
        '}',
      ],
    };
  }),
  template('aws-healthlake-credentials', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['scripts/healthlake_import.py', 'etl/healthlake_export.py']),
      lines: [
        'import boto3',
        '',
        'client = boto3.client(',
        "    'healthlake',",
        "    region_name='us-east-1',",
        sec(`    aws_access_key_id='${id}',`, id),
        sec(`    aws_secret_access_key='${s}',`, s),
        ')',
        `resp = client.start_fhir_import_job(DatastoreId='${g.fake.hex(32)}', InputDataConfig={'S3Uri': 's3://ehr-export/ndjson/'})`,
      ],
    };
  }),
  template('smart-confidential-client-js', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['server/smart.js', 'src/launch/config.ts']),
      lines: [
        'export const smartSettings = {',
        `  clientId: '${v.uuid(g)}',`,
        sec(`  clientSecret: '${s}',`, s),
        "  scope: 'launch openid fhirUser patient/*.read offline_access',",
        "  redirectUri: '/app/callback',",
        `  iss: 'https://fhir.${v.site(g)}.org/R4',`,
        '};',
      ],
    };
  }),
  template('smart-backend-private-jwk', (g) => {
    const d = v.jwkD(g);
    const p = g.fake.base64url(171);
    return {
      path: g.pick(['keys/private-jwks.json', 'config/backend-services-jwk.json']),
      lines: [
        '{',
        '  "keys": [',
        '    {',
        '      "kty": "RSA",',
        `      "kid": "${g.fake.hex(16)}",`,
        '      "alg": "RS384",',
        '      "e": "AQAB",',
        `      "n": "${v.jwkN(g)}",`,
        block([sec(`      "d": "${d}",`, d), sec(`      "p": "${p}",`, p)]),
        '      "key_ops": ["sign"]',
        '    }',
        '  ]',
        '}',
      ],
    };
  }),
  template('smart-backend-ec-jwk-python', (g) => {
    const d = v.ecD(g);
    return {
      path: g.pick(['bulk_export/auth.py', 'scripts/bulk_fhir_client.py']),
      lines: [
        'PRIVATE_JWK = {',
        '    "kty": "EC",',
        '    "crv": "P-384",',
        `    "kid": "${g.fake.hex(12)}",`,
        `    "x": "${g.fake.base64url(64)}",`,
        `    "y": "${g.fake.base64url(64)}",`,
        sec(`    "d": "${d}",`, d),
        '}',
        "TOKEN_URL = 'https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token'",
      ],
    };
  }),
  template('epic-client-yaml-key-path', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['config/epic.yml', 'helm/values-epic.yaml']),
      lines: [
        'epic:',
        `  client_id: ${v.uuid(g)}`,
        '  token_url: https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token',
        '  fhir_base: https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4',
        '  private_key: |',
        block(lines.slice(0, 3).map((l) => sec('    ' + l, l))),
        ...lines.slice(3).map((l) => '    ' + l),
      ],
    };
  }),
  template('cerner-system-account', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/oracle_health.json', 'cerner/system-account.json']),
      lines: [
        '{',
        `  "tenant": "${v.uuid(g)}",`,
        `  "token_url": "https://authorization.cerner.com/tenants/${v.uuid(g)}/protocols/oauth2/profiles/smart-v1/token",`,
        `  "client_id": "${v.uuid(g)}",`,
        sec(`  "client_secret": "${s}",`, s),
        '  "scope": "system/Patient.read system/Observation.read"',
        '}',
      ],
    };
  }),
  template('athenahealth-env', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['.env', 'services/athena-sync/.env']),
      lines: [
        'ATHENA_BASE_URL=https://api.platform.athenahealth.com',
        `ATHENA_PRACTICE_ID=${g.between(100000, 999999)}`,
        `ATHENA_CLIENT_ID=${g.fake.lowerAlnum(20)}`,
        sec(`ATHENA_CLIENT_SECRET=${s}`, s),
      ],
    };
  }),
  template('allscripts-unity-config', (g) => {
    const svc = v.plain(g);
    const appPass = v.plain(g);
    return {
      path: g.pick(['Web.config', 'UnityClient/App.config']),
      lines: [
        '<configuration>',
        '  <appSettings>',
        '    <add key="UnityEndpoint" value="https://tw171.open.allscripts.com/Unity/UnityService.svc/json" />',
        '    <add key="UnitySvcUsername" value="Acme-5c21-ClinicConnect" />',
        sec(`    <add key="UnitySvcPassword" value="${svc}" />`, svc),
        '    <add key="UnityAppName" value="Acme.ClinicConnect.TestApp" />',
        '    <add key="EhrUserName" value="jmedici" />',
        sec(`    <add key="EhrPassword" value="${appPass}" />`, appPass),
        '  </appSettings>',
        '</configuration>',
      ],
    };
  }),
  template('eclinicalworks-fhir-properties', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['src/main/resources/ecw.properties', 'config/ecw-fhir.properties']),
      lines: [
        `ecw.fhir.base=https://fhir4.eclinicalworks.com/fhir/r4/${g.fake.upperAlnum(8)}`,
        `ecw.oauth.client-id=${g.fake.alnum(43)}`,
        sec(`ecw.oauth.client-secret=${s}`, s),
        'ecw.oauth.scope=system/Patient.read',
      ],
    };
  }),
  template('medplum-bot-env', (g) => {
    const s = g.fake.hex(64);
    return {
      path: g.pick(['.env', 'bots/.env.local']),
      lines: [
        'MEDPLUM_BASE_URL=https://api.medplum.com/',
        `MEDPLUM_CLIENT_ID=${v.uuid(g)}`,
        sec(`MEDPLUM_CLIENT_SECRET=${s}`, s),
      ],
    };
  }),
  template('medplum-start-client-login', (g) => {
    const s = g.fake.hex(64);
    return {
      path: g.pick(['scripts/seed.ts', 'src/sync.ts']),
      lines: [
        "import { MedplumClient } from '@medplum/core';",
        '',
        'const medplum = new MedplumClient();',
        sec(`await medplum.startClientLogin('${v.uuid(g)}', '${s}');`, s),
        "const patients = await medplum.searchResources('Patient', { _count: 50 });",
      ],
    };
  }),
  template('canvas-medical-settings', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['settings/canvas.py', 'integrations/canvas_client.py']),
      lines: [
        `CANVAS_INSTANCE = "${v.site(g)}"`,
        `CANVAS_TOKEN_URL = f"https://{CANVAS_INSTANCE}.canvasmedical.com/auth/token/"`,
        `CANVAS_CLIENT_ID = "${g.fake.alnum(40)}"`,
        sec(`CANVAS_CLIENT_SECRET = "${s}"`, s),
      ],
    };
  }),
  template('healthie-graphql-client', (g) => {
    const k = g.fake.alnum(g.between(48, 64));
    return {
      path: g.pick(['src/lib/healthie.ts', 'lib/healthieClient.js']),
      lines: [
        "import { GraphQLClient } from 'graphql-request';",
        '',
        "export const healthie = new GraphQLClient('https://api.gethealthie.com/graphql', {",
        '  headers: {',
        sec(`    Authorization: 'Basic ${k}',`, k),
        "    AuthorizationSource: 'API',",
        '  },',
        '});',
      ],
    };
  }),
  template('elation-oauth-yaml', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/elation.yaml', 'integrations/elation.yml']),
      lines: [
        'elation:',
        '  base_url: https://app.elationemr.com/api/2.0',
        `  client_id: ${g.fake.alnum(40)}`,
        sec(`  client_secret: ${s}`, s),
        '  grant_type: client_credentials',
      ],
    };
  }),
  template('redox-oauth-env', (g) => {
    const s = v.longSecret(g);
    const w = g.fake.alnum(g.between(24, 40));
    return {
      path: g.pick(['.env', 'redox-connector/.env']),
      lines: [
        `REDOX_CLIENT_ID=${v.uuid(g)}`,
        sec(`REDOX_CLIENT_SECRET=${s}`, s),
        sec(`REDOX_WEBHOOK_VERIFICATION_TOKEN=${w}`, w),
        'REDOX_ENV=production',
      ],
    };
  }),
  template('redox-legacy-authenticate', (g) => {
    const s = v.longSecret(g);
    const key = v.uuid(g);
    return {
      path: g.pick(['lib/redox.rb', 'app/services/redox_auth.rb']),
      lines: [
        "uri = URI('https://api.redoxengine.com/auth/authenticate')",
        'res = Net::HTTP.post(uri, {',
        sec(`  apiKey: '${key}',`, key),
        sec(`  secret: '${s}'`, s),
        "}.to_json, 'Content-Type' => 'application/json')",
        "access_token = JSON.parse(res.body)['accessToken']",
      ],
    };
  }),
  template('health-gorilla-properties', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['application-prod.properties', 'hg/healthgorilla.properties']),
      lines: [
        'healthgorilla.base-url=https://api.healthgorilla.com/fhir/R4',
        `healthgorilla.client-id=${g.fake.alnum(32)}`,
        sec(`healthgorilla.client-secret=${s}`, s),
        `healthgorilla.user-id=${g.fake.lowerAlnum(12)}@${v.site(g)}.org`,
      ],
    };
  }),
  template('particle-health-python', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['particle/query.py', 'connectors/particle_client.py']),
      lines: [
        'import requests',
        '',
        'resp = requests.get(',
        "    'https://api.particlehealth.com/auth',",
        '    headers={',
        `        'client-id': '${v.uuid(g)}',`,
        sec(`        'client-secret': '${s}',`, s),
        "        'scope': 'projects/" + v.uuid(g) + "',",
        '    },',
        ')',
      ],
    };
  }),
  template('oneup-health-curl', (g) => {
    const s = g.fake.hex(32);
    return {
      path: g.pick(['README.md', 'docs/1uphealth-setup.md']),
      lines: [
        '## Create a 1up user',
        '',
        '```sh',
        `curl -X POST "https://api.1up.health/user-management/v1/user?app_user_id=pt-${g.between(100, 999)}&client_id=${g.fake.hex(32)}&client_secret=${s}"`,
        '```',
      ].map((l, i) => (i === 3 ? sec(l, s) : l)),
    };
  }),
  template('validic-org-token', (g) => {
    const t = g.fake.hex(64);
    return {
      path: g.pick(['config/validic.json', 'src/config/validic.json']),
      lines: [
        '{',
        `  "organizationId": "${g.fake.hex(24)}",`,
        sec(`  "token": "${t}",`, t),
        '  "streamName": "rpm-stream"',
        '}',
      ],
    };
  }),
  template('terra-python-client', (g) => {
    const k = v.terraKey(g);
    const w = g.fake.hex(g.pick([32, 40]));
    return {
      path: g.pick(['wearables/terra_client.py', 'app/integrations/terra.py']),
      lines: [
        'from terra.base_client import Terra',
        '',
        `terra = Terra(api_key="${k}", dev_id="${v.terraDevId(g)}", secret="${w}")`,
      ].map((l, i) => (i === 2 ? sec(l, k) : l)),
    };
  }),
  template('terra-env', (g) => {
    const k = v.terraKey(g);
    const w = g.fake.hex(40);
    return {
      path: g.pick(['.env', 'backend/.env']),
      lines: [`TERRA_DEV_ID=${v.terraDevId(g)}`, sec(`TERRA_API_KEY=${k}`, k), sec(`TERRA_WEBHOOK_SECRET=${w}`, w)],
    };
  }),
  template('fitbit-oauth-settings', (g) => {
    const s = v.fitbitSecret(g);
    return {
      path: g.pick(['config/settings.py', 'fitbit_sync/settings.py']),
      lines: [
        `FITBIT_CLIENT_ID = "${v.fitbitClientId(g)}"`,
        sec(`FITBIT_CLIENT_SECRET = "${s}"`, s),
        'FITBIT_REDIRECT_URI = "https://app.example-rpm.com/fitbit/callback"',
        'FITBIT_SCOPES = ["activity", "heartrate", "sleep", "weight"]',
      ],
    };
  }),
  template('fitbit-refresh-token-json', (g) => {
    const r = g.fake.hex(64);
    const a = g.fake.jwt({ aud: v.fitbitClientId(g), iss: 'Fitbit', scopes: 'wact wsle whr' });
    return {
      path: g.pick(['tokens/fitbit_user_8.json', '.fitbit_token.json']),
      lines: [
        '{',
        sec(`  "access_token": "${a}",`, a),
        '  "expires_in": 28800,',
        sec(`  "refresh_token": "${r}",`, r),
        '  "scope": "activity heartrate sleep",',
        '  "token_type": "Bearer",',
        `  "user_id": "${g.fake.upperAlnum(6)}"`,
        '}',
      ],
    };
  }),
  template('withings-node-config', (g) => {
    const s = v.withingsHex(g);
    return {
      path: g.pick(['src/config/withings.js', 'config/withings.ts']),
      lines: [
        'module.exports = {',
        `  clientId: '${v.withingsHex(g)}',`,
        sec(`  consumerSecret: '${s}',`, s),
        "  callbackUrl: 'https://rpm.api.local/withings/callback',",
        '};',
      ],
    };
  }),
  template('dexcom-env', (g) => {
    const s = v.dexcom(g);
    return {
      path: g.pick(['.env.production', 'cgm-bridge/.env']),
      lines: [
        'DEXCOM_API_BASE=https://api.dexcom.com',
        `DEXCOM_CLIENT_ID=${v.dexcom(g)}`,
        sec(`DEXCOM_CLIENT_SECRET=${s}`, s),
        'DEXCOM_REDIRECT_URI=https://cgm.api.local/oauth/dexcom',
      ],
    };
  }),
  template('humanapi-client', (g) => {
    const s = g.fake.hex(40);
    return {
      path: g.pick(['services/humanapi.js', 'lib/human_api.js']),
      lines: [
        "const HUMANAPI_TOKEN_URL = 'https://auth.humanapi.co/v1/connect/token';",
        'const body = {',
        `  client_id: '${g.fake.hex(40)}',`,
        sec(`  client_secret: '${s}',`, s),
        "  type: 'client',",
        '};',
      ],
    };
  }),
  template('twilio-video-telehealth', (g) => {
    const sid = v.twilioKeySid(g);
    const s = v.twilioKeySecret(g);
    return {
      path: g.pick(['telehealth/.env', 'video-visit/.env']),
      lines: [
        `TWILIO_ACCOUNT_SID=${v.twilioSid(g)}`,
        sec(`TWILIO_API_KEY_SID=${sid}`, sid),
        sec(`TWILIO_API_KEY_SECRET=${s}`, s),
        'VISIT_ROOM_TYPE=group',
      ],
    };
  }),
  template('zoom-video-sdk-telehealth', (g) => {
    const s = v.zoomSecret(g);
    const key = v.zoomId(g);
    return {
      path: g.pick(['server/config/zoom.json', 'telehealth/zoom.json']),
      lines: [
        '{',
        sec(`  "sdkKey": "${key}",`, key),
        sec(`  "sdkSecret": "${s}",`, s),
        '  "sessionPrefix": "visit-"',
        '}',
      ],
    };
  }),
  template('surescripts-properties', (g) => {
    const p = v.plain(g);
    const ks = v.plain(g);
    return {
      path: g.pick(['erx/surescripts.properties', 'config/surescripts-prod.properties']),
      lines: [
        'surescripts.endpoint=https://smr-prod.surescripts.net/erx/' + v.site(g) + '/v6_1',
        `surescripts.portal.account=${v.site(g).toUpperCase()}_ERX`,
        sec(`surescripts.portal.password=${p}`, p),
        'surescripts.client.keystore=/etc/erx/client.p12',
        sec(`surescripts.client.keystore.password=${ks}`, ks),
      ],
    };
  }),
  template('drfirst-rcopia-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/rcopia.yml', 'erx/drfirst.yml']),
      lines: [
        'rcopia:',
        '  url: https://update.drfirst.com/servlet/rcopia.servlet.EngineServlet',
        `  vendor_name: ${v.site(g)}_vendor`,
        sec(`  vendor_password: ${p}`, p),
        `  practice_username: ${v.site(g)}clinic`,
      ],
    };
  }),
  template('availity-client-credentials', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['eligibility/availity.py', 'rcm/availity_token.py']),
      lines: [
        'resp = requests.post(',
        "    'https://api.availity.com/availity/v1/token',",
        '    data={',
        "        'grant_type': 'client_credentials',",
        `        'client_id': '${g.fake.alnum(32)}',`,
        sec(`        'client_secret': '${s}',`, s),
        "        'scope': 'hipaa',",
        '    },',
        ')',
      ],
    };
  }),
  template('change-healthcare-env', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['.env', 'claims-service/.env']),
      lines: [
        'CHC_BASE_URL=https://apigw.changehealthcare.com',
        `CHC_CLIENT_ID=${g.fake.alnum(32)}`,
        sec(`CHC_CLIENT_SECRET=${s}`, s),
        'CHC_TRADING_PARTNER=serviceName',
      ],
    };
  }),
  template('x12-sftp-upload-script', (g) => {
    const p = v.plain(g);
    const u = v.user(g);
    return {
      path: g.pick(['scripts/send_837.sh', 'cron/upload_claims.sh']),
      lines: [
        '#!/bin/bash',
        'set -euo pipefail',
        'OUT=/data/edi/outbound',
        sec(`sshpass -p '${p}' sftp -oBatchMode=no ${u}@${v.sftpHost(g)} <<EOF`, p),
        'cd /incoming/837P',
        'mput $OUT/*.x12',
        'EOF',
      ],
    };
  }),
  template('waystar-lftp-mirror', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/pull_835.sh', 'edi/fetch_remits.sh']),
      lines: [
        '#!/bin/sh',
        '# nightly 835 remittance pull',
        sec(`lftp -u ${v.user(g)},${p} sftp://${v.sftpHost(g)} -e "mirror /outbound/835 /data/edi/835; bye"`, p),
      ],
    };
  }),
  template('hipaa-audit-splunk-hec', (g) => {
    const t = v.hecToken(g);
    return {
      path: g.pick(['fluent-bit/outputs.conf', 'logging/fluent-bit.conf']),
      lines: [
        '[OUTPUT]',
        '    Name          splunk',
        '    Match         audit.*',
        `    Host          splunk-hec.${v.site(g)}.org`,
        '    Port          8088',
        sec(`    Splunk_Token  ${t}`, t),
        '    TLS           On',
      ],
    };
  }),
  template('hipaa-audit-datadog', (g) => {
    const k = v.datadogKey(g);
    return {
      path: g.pick(['k8s/audit-forwarder.yaml', 'deploy/audit/values.yaml']),
      lines: [
        'auditForwarder:',
        '  sink: datadog',
        '  datadog:',
        '    site: us3.datadoghq.com',
        sec(`    apiKey: ${k}`, k),
        '  retentionDays: 2190',
      ],
    };
  }),
  template('k8s-secret-fhir-db', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['k8s/fhir-server-secret.yaml', 'manifests/hapi-db.yaml']),
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: hapi-fhir-db',
        '  namespace: fhir',
        'type: Opaque',
        'stringData:',
        '  POSTGRES_USER: hapi',
        sec(`  POSTGRES_PASSWORD: "${p}"`, p),
      ],
    };
  }),
  template('runbook-interface-handover', (g) => {
    const p = v.plain(g);
    const q = v.plain(g);
    return {
      path: g.pick(['docs/runbooks/interface-engine.md', 'RUNBOOK.md']),
      lines: [
        '# Interface engine hand-over',
        '',
        `- Mirth Administrator: https://mirth.${v.site(g)}.local:8443, login \`admin\` / \`${p}\``,
        `- Lab SFTP (${v.sftpHost(g)}): user \`labresults\`, password \`${q}\``,
        '- MLLP listeners: ADT 6661, ORU 6662, SIU 6663',
      ].map((l, i) => (i === 2 ? sec(l as string, p) : i === 3 ? sec(l as string, q) : l)),
    };
  }),
];
