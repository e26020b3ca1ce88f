import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * construction-field-service hard negatives from the same repositories, add-ins and shared drives:
 * OAuth client ids alone (Procore, APS, iTwin `service-` clients, ServiceTitan `cid.`), env, vault and
 * Key Vault references, `.env.example` placeholders, masked values, object URNs, BIM 360 hub and project
 * ids, IFC GlobalIds, Revit UniqueIds, company, tenant and project ids, VINs and machine serials,
 * ISO 15143-3 feed bodies, camera embed ids, drone flight logs, cost codes, drawing hashes, licence
 * serials, password-policy text and UI strings. Generated at run time.
 */
export const constructionNegatives: readonly Template[] = [
  template('env-example', (g) => ({
    path: g.pick(['.env.example', 'procore-sync/.env.sample', 'env.template']),
    lines: [
      'PROCORE_CLIENT_ID=your-client-id',
      'PROCORE_CLIENT_SECRET=<client-secret>',
      'APS_CLIENT_ID=',
      'APS_CLIENT_SECRET=',
      'ST_APP_KEY=ak1.xxxxxxxxxxxxxxxxxxxx',
      'SAMSARA_TOKEN=${SAMSARA_TOKEN}',
    ],
  })),
  template('python-env-reads', (g) => ({
    path: g.pick(['settings.py', 'fleet/config.py']),
    lines: [
      'import os',
      '',
      'PROCORE_CLIENT_SECRET = os.environ["PROCORE_CLIENT_SECRET"]',
      'APS_CLIENT_SECRET = os.getenv("APS_CLIENT_SECRET")',
      'SAMSARA_TOKEN = os.environ.get("SAMSARA_API_TOKEN", "")',
      'GEOTAB_PASSWORD = os.environ["GEOTAB_PASSWORD"]',
    ],
  })),
  template('csharp-config-reads', (g) => ({
    path: g.pick(['RevitSync/Commands/ApsAuth.cs', 'src/BimExport.Addin/Forge/TokenService.cs']),
    lines: [
      'var clientId = Environment.GetEnvironmentVariable("APS_CLIENT_ID");',
      'var clientSecret = Environment.GetEnvironmentVariable("APS_CLIENT_SECRET");',
      'var secret = await keyVault.GetSecretAsync("aps-client-secret");',
      'var token = await _tokenCache.GetTokenAsync(clientId, secret.Value.Value);',
    ],
  })),
  template('procore-client-id-only', (g) => ({
    path: g.pick(['README.md', 'docs/procore-app.md']),
    lines: [
      '## Procore app',
      '',
      `Client ID: \`${v.procoreClientId(g)}\``,
      `Company ID: ${v.companyId(g)}`,
      '',
      'The client secret is in the "Procore - Data Connector" 1Password item.',
    ],
  })),
  template('aps-viewer-frontend', (g) => ({
    path: g.pick(['public/viewer.js', 'src/components/ModelViewer.tsx']),
    lines: [
      "const options = { env: 'AutodeskProduction2', api: 'streamingV2', getAccessToken: fetchToken };",
      'Autodesk.Viewing.Initializer(options, () => {',
      "  const viewer = new Autodesk.Viewing.GuiViewer3D(document.getElementById('viewer'));",
      `  Autodesk.Viewing.Document.load('urn:${v.urn(g)}', onLoad, onError);`,
      '});',
    ],
  })),
  template('model-derivative-urns', (g) => ({
    path: g.pick(['data/models.json', 'config/viewables.json']),
    lines: [
      '[',
      `  { "name": "Level 3 MEP", "urn": "${v.urn(g)}", "guid": "${v.uuid(g)}" },`,
      `  { "name": "Structural", "urn": "${v.urn(g)}", "guid": "${v.uuid(g)}" }`,
      ']',
    ],
  })),
  template('acc-hub-project-ids', (g) => ({
    path: g.pick(['config/acc.json', 'appsettings.json']),
    lines: [
      '{',
      `  "HubId": "${v.bimId(g)}",`,
      `  "ProjectId": "${v.bimId(g)}",`,
      `  "FolderUrn": "urn:adsk.wipprod:fs.folder:co.${g.fake.base64url(22).replace(/^[-_]/, 'a')}",`,
      '  "Region": "US"',
      '}',
    ],
  })),
  template('ifc-globalids', (g) => ({
    path: g.pick(['models/site_office.ifc', 'exports/L2_walls.ifc']),
    lines: [
      'ISO-10303-21;',
      'DATA;',
      `#101= IFCWALLSTANDARDCASE('${v.ifcGuid(g)}',#42,'Basic Wall:Interior 138mm',$,'Basic Wall',#99,#100,'${g.between(300000, 900000)}');`,
      `#102= IFCDOOR('${v.ifcGuid(g)}',#42,'Single-Flush:0915 x 2134mm',$,$,#120,#121,'${g.between(300000, 900000)}',2134.,915.);`,
      `#103= IFCSPACE('${v.ifcGuid(g)}',#42,'204',$,$,#130,#131,'Office',.ELEMENT.,.INTERNAL.,$);`,
      'ENDSEC;',
    ],
  })),
  template('revit-schedule-uniqueids', (g) => ({
    path: g.pick(['exports/door_schedule.csv', 'schedules/equipment.csv']),
    lines: [
      'UniqueId,Mark,Level,Type',
      `${v.revitUniqueId(g)},D-101,Level 1,Single Flush 36"`,
      `${v.revitUniqueId(g)},D-102,Level 1,Double Glass`,
      `${v.revitUniqueId(g)},D-201,Level 2,Single Flush 36"`,
    ],
  })),
  template('itwin-ids', (g) => ({
    path: g.pick(['itwin/imodels.json', 'config/itwin.json']),
    lines: [
      '{',
      `  "iTwinId": "${v.uuid(g)}",`,
      `  "iModelId": "${v.uuid(g)}",`,
      `  "changesetId": "${g.fake.hex(40)}",`,
      '  "authority": "https://ims.bentley.com"',
      '}',
    ],
  })),
  template('itwin-spa-client', (g) => ({
    path: g.pick(['src/auth/BrowserAuth.ts', 'viewer/src/auth.ts']),
    lines: [
      'const authClient = new BrowserAuthorizationClient({',
      `  clientId: 'spa-${g.fake.lowerAlnum(24)}',`,
      "  redirectUri: 'http://localhost:3000/signin-callback',",
      "  scope: 'itwin-platform',",
      "  responseType: 'code',",
      '});',
    ],
  })),
  template('servicetitan-client-id-tenant', (g) => ({
    path: g.pick(['docs/servicetitan.md', 'README.md']),
    lines: [
      '| Setting | Value |',
      '| --- | --- |',
      `| Tenant ID | ${v.stTenant(g)} |`,
      `| Client ID | ${v.stClientId(g)} |`,
      '| Client secret | stored in Azure Key Vault `st-client-secret` |',
    ],
  })),
  template('servicetitan-job-json', (g) => ({
    path: g.pick(['fixtures/st_job.json', 'samples/job_response.json']),
    lines: [
      '{',
      `  "id": ${g.between(10000000, 99999999)},`,
      `  "jobNumber": "${g.between(100000, 999999)}",`,
      `  "customerId": ${g.between(1000000, 9999999)},`,
      `  "locationId": ${g.between(1000000, 9999999)},`,
      '  "jobStatus": "Dispatched",',
      `  "businessUnitId": ${g.between(1000, 9999)}`,
      '}',
    ],
  })),
  template('samsara-vehicle-response', (g) => ({
    path: g.pick(['fixtures/samsara_vehicles.json', 'samples/vehicles.json']),
    lines: [
      '{ "data": [',
      `  { "id": "${g.fake.digits(15)}", "name": "Truck 14", "vin": "${v.vin(g)}", "serial": "${g.fake.upperAlnum(12)}" },`,
      `  { "id": "${g.fake.digits(15)}", "name": "Excavator 320", "vin": "${v.vin(g)}", "serial": "${g.fake.upperAlnum(12)}" }`,
      '], "pagination": { "endCursor": "' + g.fake.uuid() + '", "hasNextPage": false } }',
    ],
  })),
  template('aemp-fleet-xml', (g) => ({
    path: g.pick(['aemp/fleet_snapshot.xml', 'fixtures/iso15143_fleet.xml']),
    lines: [
      '<Fleet version="1" snapshotTime="2026-11-03T06:00:00Z">',
      '  <Equipment>',
      '    <EquipmentHeader>',
      '      <OEMName>CAT</OEMName><Model>320</Model>',
      `      <EquipmentID>${g.fake.digits(8)}</EquipmentID><SerialNumber>${v.serial(g)}</SerialNumber>`,
      '    </EquipmentHeader>',
      '    <CumulativeOperatingHours><Hour>4821.5</Hour></CumulativeOperatingHours>',
      '  </Equipment>',
      '</Fleet>',
    ],
  })),
  template('geotab-device-export', (g) => ({
    path: g.pick(['exports/geotab_devices.csv', 'fleet/devices.csv']),
    lines: [
      'Id,Name,SerialNumber,VehicleIdentificationNumber,LicensePlate',
      `b${g.fake.upperHex(3)},Pickup 22,G9${g.fake.upperAlnum(10)},${v.vin(g)},TX-${g.fake.upperAlnum(6)}`,
      `b${g.fake.upperHex(3)},Skid Steer 4,G9${g.fake.upperAlnum(10)},${v.vin(g)},`,
    ],
  })),
  template('geotab-session-reference', (g) => ({
    path: g.pick(['fleet/geotab.js', 'src/geotab/session.ts']),
    lines: [
      'const api = new GeotabApi({',
      '  credentials: { database: process.env.GEOTAB_DB, userName: process.env.GEOTAB_USER, password: process.env.GEOTAB_PASSWORD },',
      "  path: 'my.geotab.com',",
      '});',
    ],
  })),
  template('masked-integration-settings', (g) => ({
    path: g.pick(['exports/integration-settings.json', 'support/connector-dump.json']),
    lines: [
      '{',
      '  "procore_client_secret": "********",',
      '  "servicetitan_app_key": "ak1.****************",',
      `  "samsara_token": "samsara_api_...${g.fake.alnum(4)}",`,
      '  "geotab_password": "",',
      '  "sync_enabled": true',
      '}',
    ],
  })),
  template('k8s-secret-refs', (g) => ({
    path: g.pick(['k8s/field-sync.yaml', 'charts/dispatch-api/templates/deployment.yaml']),
    lines: [
      'env:',
      '  - name: ST_CLIENT_SECRET',
      '    valueFrom:',
      '      secretKeyRef:',
      '        name: servicetitan',
      '        key: client-secret',
      '  - name: APS_CLIENT_SECRET',
      '    valueFrom:',
      '      secretKeyRef: { name: aps, key: client-secret }',
    ],
  })),
  template('dynamo-input-node', (g) => ({
    path: g.pick(['dynamo/Upload to ACC.py', 'scripts/dynamo/aps_token.py']),
    lines: [
      '# Dynamo Python Script node: credentials come from the IN ports (Input nodes, not saved in the graph)',
      'client_id = IN[0]',
      'client_secret = IN[1]',
      'auth = base64.b64encode(client_id + ":" + client_secret)',
      'OUT = auth',
    ],
  })),
  template('revit-addin-manifest', (g) => ({
    path: g.pick(['BimExport.addin', 'RevitSync/RevitSync.addin']),
    lines: [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<RevitAddIns>',
      '  <AddIn Type="Application">',
      '    <Name>BIM Export</Name>',
      '    <Assembly>BimExport.Addin.dll</Assembly>',
      `    <AddInId>${v.uuid(g)}</AddInId>`,
      '    <FullClassName>BimExport.Addin.App</FullClassName>',
      '    <VendorId>SMBD</VendorId>',
      '  </AddIn>',
      '</RevitAddIns>',
    ],
  })),
  template('drawing-hashes', (g) => ({
    path: g.pick(['drawings/manifest.sha256', 'closeout/asbuilts.sha256']),
    lines: [
      `${g.fake.hex(64)}  A-101_Floor_Plan_L1.pdf`,
      `${g.fake.hex(64)}  S-201_Foundation_Plan.pdf`,
      `${g.fake.hex(64)}  M-301_HVAC_Layout.pdf`,
    ],
  })),
  template('cost-code-list', (g) => ({
    path: g.pick(['estimating/cost_codes.csv', 'erp/phase_codes.csv']),
    lines: [
      'code,description,cost_type',
      `${v.costCode(g)},Cast-in-place concrete,L`,
      `${v.costCode(g)},Structural steel framing,S`,
      `${v.costCode(g)},Gypsum board,M`,
    ],
  })),
  template('rfi-log', (g) => ({
    path: g.pick(['exports/rfi_log.csv', 'reports/rfis.csv']),
    lines: [
      'number,subject,status,ball_in_court,procore_id',
      `RFI-${g.between(1, 300)},Beam pocket at grid C/4,Open,Architect,${g.between(10000000, 99999999)}`,
      `RFI-${g.between(1, 300)},Door hardware set 7 keying,Closed,GC,${g.between(10000000, 99999999)}`,
    ],
  })),
  template('autodesk-serials-licences', (g) => ({
    path: g.pick(['it/software-licences.md', 'licences/autodesk.txt']),
    lines: [
      '# Autodesk licences',
      `Revit 2025 - serial ${g.fake.digits(3)}-${g.fake.digits(8)}, product key 829Q1`,
      `Navisworks Manage 2025 - serial ${g.fake.digits(3)}-${g.fake.digits(8)}, product key 507Q1`,
      'Licences are named-user; sign in with your company Autodesk ID.',
    ],
  })),
  template('earthcam-embed-public', (g) => ({
    path: g.pick(['site/index.html', 'public/jobsite-cam.html']),
    lines: [
      `<iframe src="https://www.earthcam.net/projects/${v.builder(g)}/eastgate/?cam=${g.fake.lowerAlnum(8)}&embed=1" width="800" height="450"></iframe>`,
      '<p>Live jobsite camera (public embed)</p>',
    ],
  })),
  template('nvr-docs-placeholder', (g) => ({
    path: g.pick(['docs/cameras.md', 'sites/README.md']),
    lines: [
      'Streams follow the Hikvision pattern:',
      '',
      '    rtsp://<user>:<password>@<nvr-ip>:554/Streaming/Channels/<channel>01',
      '',
      'Ask the site IT lead for the viewer account; do not use the NVR admin login.',
    ],
  })),
  template('frigate-env-refs', (g) => ({
    path: g.pick(['frigate/config.yml', 'cameras/streams.yaml']),
    lines: [
      'cameras:',
      '  gate_north:',
      '    ffmpeg:',
      '      inputs:',
      `        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@${v.ip(g)}:554/Streaming/Channels/101`,
    ],
  })),
  template('drone-flight-log', (g) => ({
    path: g.pick(['flights/2026-10-14.csv', 'drone/logs/flight_0412.csv']),
    lines: [
      'time,lat,lon,alt_m,aircraft_sn,battery_sn',
      `09:14:02,30.2672,-97.7431,60.2,${g.fake.upperAlnum(14)},${g.fake.upperAlnum(14)}`,
      `09:14:03,30.2673,-97.7430,60.4,${g.fake.upperAlnum(14)},${g.fake.upperAlnum(14)}`,
    ],
  })),
  template('dji-cloud-app-id-only', (g) => ({
    path: g.pick(['dji-cloud/README.md', 'docs/pilot2.md']),
    lines: [
      '## DJI Pilot 2 cloud module',
      '',
      `App ID: ${g.between(100000, 199999)} (public, shown in the developer centre)`,
      'App key and app license are in the Vault path `secret/dji/cloud-api`.',
    ],
  })),
  template('dji-application-yml-refs', (g) => ({
    path: g.pick(['dji-cloud/src/main/resources/application.yml', 'drone-server/application.yml']),
    lines: [
      'cloud-api:',
      '  app:',
      '    app-id: ${DJI_APP_ID}',
      '    app-key: ${DJI_APP_KEY}',
      '    app-license: ${DJI_APP_LICENSE}',
    ],
  })),
  template('intacct-xml-refs', (g) => ({
    path: g.pick(['erp/requests/template.xml', 'intacct/request_template.xml']),
    lines: [
      '<request>',
      '  <control>',
      '    <senderid>{{ sender_id }}</senderid>',
      '    <password>{{ sender_password }}</password>',
      '    <controlid>{{ control_id }}</controlid>',
      '  </control>',
      '</request>',
    ],
  })),
  template('sage-job-export', (g) => ({
    path: g.pick(['exports/jc_jobs.csv', 'reports/wip_schedule.csv']),
    lines: [
      'Job,Description,Contract,Cost to Date,Percent Complete',
      `${g.fake.digits(2)}-${g.fake.digits(3)},Eastgate Tower,${g.between(1000000, 9000000)}.00,${g.between(100000, 900000)}.00,42`,
      `${g.fake.digits(2)}-${g.fake.digits(3)},Riverside Clinic,${g.between(1000000, 9000000)}.00,${g.between(100000, 900000)}.00,87`,
    ],
  })),
  template('password-policy-handover', (g) => ({
    path: g.pick(['handover/it-policy.md', 'closeout/O&M/README.md']),
    lines: [
      '## Passwords',
      '',
      'All building-system passwords were reset at substantial completion and handed to the owner in',
      'the sealed credential envelope. Passwords must be 12+ characters and are not recorded here.',
      '',
      '| System | Username | Password |',
      '| --- | --- | --- |',
      '| BMS | facilities | (in envelope) |',
      '| Access control | admin | ******** |',
    ],
  })),
  template('ui-strings', (g) => ({
    path: g.pick(['src/locales/en.json', 'tech-app/assets/i18n/en.json']),
    lines: [
      '{',
      '  "login.password": "Password",',
      '  "login.forgotPassword": "Forgot your password?",',
      '  "settings.apiKey": "API key",',
      '  "settings.apiKeyHelp": "Paste the API key from Procore > Company Admin > App Management",',
      '  "kiosk.exitPin": "Enter admin PIN to exit kiosk mode"',
      '}',
    ],
  })),
  template('form-validation-ts', (g) => ({
    path: g.pick(['src/forms/ConnectServiceTitan.tsx', 'src/settings/Integrations.tsx']),
    lines: [
      'const schema = z.object({',
      "  tenantId: z.string().regex(/^\\d+$/, 'Tenant ID is numeric'),",
      "  appKey: z.string().startsWith('ak1.', 'App key starts with ak1.'),",
      "  clientSecret: z.string().min(8, 'Client secret is required'),",
      '});',
    ],
  })),
  template('webhook-signature-verify', (g) => ({
    path: g.pick(['src/webhooks/procore.ts', 'api/hooks/servicetitan.js']),
    lines: [
      "const signature = req.header('X-Procore-Signature');",
      "const expected = crypto.createHmac('sha256', process.env.PROCORE_WEBHOOK_SECRET).update(rawBody).digest('hex');",
      'if (!crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return res.sendStatus(401);',
    ],
  })),
  template('webhook-delivery-log', (g) => ({
    path: g.pick(['logs/webhooks.log', 'logs/procore-hooks.log']),
    lines: [
      `2026-11-03T14:22:10Z POST /hooks/procore resource=RFIs id=${g.between(10000000, 99999999)} signature=${g.fake.hex(64)} status=200`,
      `2026-11-03T14:22:41Z POST /hooks/procore resource=Submittals id=${g.between(10000000, 99999999)} signature=${g.fake.hex(64)} status=200`,
    ],
  })),
  template('aps-token-response-expired-doc', (g) => ({
    path: g.pick(['docs/aps-auth.md', 'wiki/forge-auth.md']),
    lines: [
      'The token endpoint answers:',
      '',
      '```json',
      '{ "access_token": "<access_token>", "token_type": "Bearer", "expires_in": 3599 }',
      '```',
      '',
      'Send it as `Authorization: Bearer <access_token>` on every Data Management call.',
    ],
  })),
  template('procore-api-doc-placeholders', (g) => ({
    path: g.pick(['docs/procore-api.md', 'README.md']),
    lines: [
      '```sh',
      'curl -X POST https://login.procore.com/oauth/token \\',
      '  -d grant_type=client_credentials \\',
      '  -d client_id=$PROCORE_CLIENT_ID \\',
      '  -d client_secret=$PROCORE_CLIENT_SECRET',
      '```',
    ],
  })),
  template('wifi-guest-no-pass', (g) => ({
    path: g.pick(['sites/eastgate-tower/network.md', 'handover/network.md']),
    lines: [
      '## Site Wi-Fi',
      '',
      `- Guest SSID: ${v.cap(v.builder(g))}-Guest (open, captive portal)`,
      '- Staff SSID: 802.1X with your Entra ID login',
      `- Trailer router: ${v.ip(g)}, managed in Cradlepoint NetCloud`,
    ],
  })),
  template('mdm-policy-no-secret', (g) => ({
    path: g.pick(['mdm/field-tablets-kiosk.json', 'intune/tech-tablet-policy.json']),
    lines: [
      '{',
      '  "kioskMode": "singleApp",',
      '  "packageName": "com.procore.activities",',
      '  "passwordPolicy": { "minimumLength": 6, "requireNumeric": true },',
      '  "exitKioskPasscode": "${KIOSK_EXIT_PIN}"',
      '}',
    ],
  })),
  template('terraform-keyvault-refs', (g) => ({
    path: g.pick(['infra/main.tf', 'terraform/field-sync.tf']),
    lines: [
      'resource "azurerm_key_vault_secret" "procore" {',
      '  name         = "procore-client-secret"',
      '  value        = var.procore_client_secret',
      '  key_vault_id = azurerm_key_vault.field.id',
      '}',
    ],
  })),
  template('powerbi-m-parameters', (g) => ({
    path: g.pick(['powerbi/ACC Issues.pq', 'reports/acc_issues.m']),
    lines: [
      'let',
      '    ClientId = #"APS Client Id",',
      '    ClientSecret = #"APS Client Secret",',
      '    Source = Json.Document(Web.Contents(TokenUrl, [Content = Text.ToBinary("grant_type=client_credentials")]))',
      'in',
      '    Source',
    ],
  })),
  template('odbc-dsn-no-pwd', (g) => ({
    path: g.pick(['reports/JobCost.dsn', 'sage300/readme-odbc.txt']),
    lines: ['[ODBC]', 'DRIVER=Timberline Data', 'DBQ=\\\\acctsrv\\Timberline\\Data\\Company', 'UID=reportuser', 'PWD='],
  })),
  template('workiz-doc-placeholder', (g) => ({
    path: g.pick(['docs/workiz.md', 'README.md']),
    lines: [
      'Workiz endpoints carry the token in the path:',
      '',
      '    GET https://api.workiz.com/api/v1/{API_TOKEN}/job/all/',
      '',
      'POST bodies also need `"auth_secret": "{API_SECRET}"`.',
    ],
  })),
  template('git-commit-shas', (g) => ({
    path: g.pick(['CHANGELOG.md', 'docs/releases.md']),
    lines: [
      '## 2.4.0',
      `- Retry Procore 429s with backoff (${g.fake.hex(7)})`,
      `- ServiceTitan: page jobs by modifiedOnOrAfter (${g.fake.hex(40)})`,
    ],
  })),
  template('etag-and-request-ids', (g) => ({
    path: g.pick(['logs/aps-requests.log', 'logs/dm-api.log']),
    lines: [
      `GET /data/v1/projects/${v.bimId(g)}/folders 200 x-ads-request-id=${v.uuid(g)} etag="${g.fake.hex(32)}"`,
      `GET /oss/v2/buckets/${v.builder(g)}-models/objects 200 x-ads-request-id=${v.uuid(g)}`,
    ],
  })),
  template('pin-field-labels', (g) => ({
    path: g.pick(['src/kiosk/Settings.kt', 'app/src/main/java/com/summit/kiosk/AdminPin.kt']),
    lines: [
      'const val PREF_ADMIN_PIN = "admin_pin"',
      'const val MIN_PIN_LENGTH = 6',
      'fun isValidPin(pin: String) = pin.length >= MIN_PIN_LENGTH && pin.all { it.isDigit() }',
    ],
  })),
];
