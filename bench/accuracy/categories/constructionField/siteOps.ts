import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * construction-field-service positives from the yard, the site and the back office: fleet telematics
 * (Samsara, Geotab MyGeotab, Verizon Connect Reveal, CAT VisionLink / ISO 15143-3 AEMP feeds), jobsite
 * cameras (EarthCam, OxBlue, NVR RTSP logins), drones (DJI Cloud API, DroneDeploy, Propeller),
 * construction ERP (Sage Intacct, Sage 300 CRE ODBC, Viewpoint Vista and Spectrum, Foundation), site
 * Wi-Fi and trailer routers, hand-over documents and O&M binders, cloud keys in the VDC team's scripts.
 * Values generated at run time.
 */
export const siteOpsPositives: readonly Template[] = [
  template('samsara-python', (g) => {
    const t = v.samsaraToken(g);
    return {
      path: g.pick(['fleet/samsara_locations.py', 'telematics/hours.py']),
      lines: [
        'import requests',
        '',
        sec(`SAMSARA_TOKEN = "${t}"`, t),
        'r = requests.get("https://api.samsara.com/fleet/vehicles/locations",',
        '                 headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"})',
      ],
    };
  }),
  template('samsara-curl', (g) => {
    const t = v.samsaraToken(g);
    return {
      path: g.pick(['ops/samsara.md', 'scripts/equipment-hours.sh']),
      lines: [
        "curl -s 'https://api.samsara.com/fleet/equipment/stats?types=engineRpm,gpsOdometerMeters' \\",
        sec(`  --header 'Authorization: Bearer ${t}'`, t),
      ],
    };
  }),
  template('geotab-python-api', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['fleet/geotab_trips.py', 'telematics/mygeotab_export.py']),
      lines: [
        'import mygeotab',
        '',
        `api = mygeotab.API(username="fleet-api@${v.domain(g)}",`,
        sec(`                   password="${p}",`, p),
        `                   database="${v.geotabDb(g)}")`,
        'api.authenticate()',
        'devices = api.get("Device")',
      ],
    };
  }),
  template('geotab-json-rpc-body', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['powerbi/geotab-auth.json', 'n8n/geotab-authenticate.json']),
      lines: [
        '{',
        '  "method": "Authenticate",',
        '  "params": {',
        `    "database": "${v.geotabDb(g)}",`,
        `    "userName": "integration@${v.domain(g)}",`,
        sec(`    "password": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('geotab-csharp', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['EquipmentHours/GeotabClient.cs', 'src/Fleet.Sync/Program.cs']),
      lines: [
        `var api = new API("fleet@${v.domain(g)}", "${p}", null, "${v.geotabDb(g)}", "my.geotab.com");`,
        'await api.AuthenticateAsync();',
      ].map((l) => (l.includes(p) ? sec(l, p) : l)),
    };
  }),
  template('verizon-connect-reveal', (g) => {
    const p = v.plain(g);
    const b = v.base64Of(`REST_${v.builder(g)}_api:${p}`);
    return {
      path: g.pick(['fleet/reveal_token.sh', 'scripts/verizon-connect.sh']),
      lines: [
        'curl -X GET https://fim.api.us.fleetmatics.com/token \\',
        sec(`  -H "Authorization: Basic ${b}" \\`, b),
        '  -H "Accept: text/plain"',
        `# then: Authorization: Atmosphere atmosphere_app_id=${v.verizonAppId(g)}, Bearer <token>`,
      ],
    };
  }),
  template('visionlink-aemp-client', (g) => {
    const s = v.visionlinkSecret(g);
    return {
      path: g.pick(['aemp/visionlink.env', 'telematics/cat-aemp/.env']),
      lines: [
        '# CAT VisionLink ISO 15143-3 (AEMP 2.0) feed',
        'VL_TOKEN_URL=https://identity.cat.com/oauth2/token',
        `VL_CLIENT_ID=${g.fake.alnum(24)}`,
        sec(`VL_CLIENT_SECRET=${s}`, s),
        'VL_FLEET_URL=https://api.cat.com/telematics/iso15143/fleet/1',
      ],
    };
  }),
  template('aemp-basic-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['aemp/pull_fleet.py', 'equipment/aemp_snapshot.py']),
      lines: [
        'import requests',
        '',
        'FLEET_URL = "https://aemp.deere.com/Fleet/1"',
        sec(`resp = requests.get(FLEET_URL, auth=("aemp_${v.builder(g)}", "${p}"))`, p),
      ],
    };
  }),
  template('earthcam-api-key', (g) => {
    const k = v.earthcamKey(g);
    return {
      path: g.pick(['timelapse/earthcam.js', 'site-dashboard/src/cameras.js']),
      lines: [
        sec(`const EARTHCAM_API_KEY = '${k}';`, k),
        `const url = \`https://api.earthcam.net/v1/cameras/${g.fake.digits(5)}/images/latest?api_key=\${EARTHCAM_API_KEY}\`;`,
      ],
    };
  }),
  template('oxblue-config', (g) => {
    const k = v.oxblueKey(g);
    const p = v.plain(g);
    return {
      path: g.pick(['config/oxblue.ini', 'cameras/oxblue.cfg']),
      lines: [
        '[oxblue]',
        'endpoint = https://api.oxblue.com/v1',
        `username = ${v.builder(g)}-pm`,
        sec(`password = ${p}`, p),
        sec(`api_key = ${k}`, k),
      ],
    };
  }),
  template('nvr-rtsp-url', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cameras/streams.yaml', 'frigate/config.yml']),
      lines: [
        'cameras:',
        '  gate_north:',
        '    ffmpeg:',
        '      inputs:',
        sec(`        - path: rtsp://admin:${p}@${v.ip(g)}:554/Streaming/Channels/101`, p),
        '          roles: [detect, record]',
      ],
    };
  }),
  template('nvr-python-opencv', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['safety/ppe_detect.py', 'vision/hardhat_counter.py']),
      lines: [
        'import cv2',
        '',
        sec(`cap = cv2.VideoCapture("rtsp://viewer:${p}@${v.ip(g)}:554/cam/realmonitor?channel=1&subtype=0")`, p),
        'ok, frame = cap.read()',
      ],
    };
  }),
  template('dji-cloud-api-license', (g) => {
    const k = v.djiAppKey(g);
    const l = v.djiLicense(g);
    return {
      path: g.pick(['dji-cloud/src/main/resources/application.yml', 'drone-server/application.yml']),
      lines: [
        'cloud-api:',
        '  app:',
        `    app-id: ${g.between(100000, 199999)}`,
        sec(`    app-key: ${k}`, k),
        sec(`    app-license: ${l}`, l),
      ],
    };
  }),
  template('dji-cloud-mqtt-emqx', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['dji-cloud/application.yml', 'docker/cloud-api/application.yml']),
      lines: [
        'mqtt:',
        '  BASIC:',
        '    protocol: MQTT',
        `    host: ${v.ip(g)}`,
        '    port: 1883',
        '    username: JavaServer',
        sec(`    password: ${p}`, p),
      ],
    };
  }),
  template('dronedeploy-api-key', (g) => {
    const k = v.droneDeployKey(g);
    return {
      path: g.pick(['drone/dd_export.py', 'survey/dronedeploy_maps.py']),
      lines: [
        sec(`DRONEDEPLOY_API_KEY = "${k}"`, k),
        'resp = requests.get(f"https://www.dronedeploy.com/api/v2/maps?api_key={DRONEDEPLOY_API_KEY}")',
      ],
    };
  }),
  template('propeller-client-secret', (g) => {
    const s = v.propellerSecret(g);
    return {
      path: g.pick(['survey/propeller.env', '.env']),
      lines: [`PROPELLER_CLIENT_ID=${g.fake.alnum(20)}`, sec(`PROPELLER_CLIENT_SECRET=${s}`, s)],
    };
  }),
  template('intacct-sdk-ini', (g) => {
    const sp = v.intacctSenderPass(g);
    const up = v.plain(g);
    return {
      path: g.pick(['.intacct/credentials.ini', 'erp/intacct.ini']),
      lines: [
        '[default]',
        `sender_id = ${v.builder(g)}`,
        sec(`sender_password = ${sp}`, sp),
        `company_id = ${v.builder(g)}-construction`,
        'user_id = xml_gateway',
        sec(`user_password = ${up}`, up),
      ],
    };
  }),
  template('intacct-xml-request', (g) => {
    const sp = v.intacctSenderPass(g);
    return {
      path: g.pick(['erp/requests/get_projects.xml', 'intacct/ap_bills.xml']),
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<request>',
        '  <control>',
        `    <senderid>${v.builder(g)}</senderid>`,
        sec(`    <password>${sp}</password>`, sp),
        `    <controlid>${g.fake.digits(10)}</controlid>`,
        '  </control>',
      ],
    };
  }),
  template('sage300-timberline-odbc', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['reports/JobCost.dsn', 'sage300/Timberline.dsn']),
      lines: [
        '[ODBC]',
        'DRIVER=Timberline Data',
        'DBQ=\\\\acctsrv\\Timberline\\Data\\Company',
        'UID=reportuser',
        sec(`PWD=${p}`, p),
      ],
    };
  }),
  template('vista-sql-connection', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['VistaReports/appsettings.json', 'viewpoint/connection.json']),
      lines: [
        '{',
        '  "ConnectionStrings": {',
        sec(
          `    "Viewpoint": "Server=vpsql01;Database=Viewpoint;User Id=vp_report;Password=${p};TrustServerCertificate=True"`,
          p,
        ),
        '  }',
        '}',
      ],
    };
  }),
  template('spectrum-dataexchange', (g) => {
    const a = v.spectrumAuthId(g);
    return {
      path: g.pick(['spectrum/GetJobs.ps1', 'erp/Get-SpectrumJobs.ps1']),
      lines: [
        '# Viewpoint Spectrum Data Exchange: GetJob',
        `$CompanyCode = "${g.fake.upper(2)}"`,
        sec(`$AuthorizationID = "${a}"`, a),
        '$uri = "https://spectrum.summitbuild.com/ws/GetJob.asmx/GetJob"',
      ],
    };
  }),
  template('foundation-odbc-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['foundation/jobcost_pull.py', 'erp/foundation_wip.py']),
      lines: [
        'import pyodbc',
        '',
        sec(
          `conn = pyodbc.connect("DRIVER={ODBC Driver 17 for SQL Server};SERVER=fdn-sql;DATABASE=FOUNDATION;UID=fdn_read;PWD=${p}")`,
          p,
        ),
      ],
    };
  }),
  template('site-trailer-router-notes', (g) => {
    const w = v.wifi(g);
    const p = v.plain(g);
    return {
      path: g.pick(['sites/eastgate-tower/network.md', 'handover/site-it.md']),
      lines: [
        '## Site trailer network',
        '',
        `- SSID: ${v.cap(v.builder(g))}-Field`,
        sec(`- WPA2 key: ${w}`, w),
        `- Cradlepoint admin: http://${v.ip(g)} (admin / ${p})`,
      ].map((l) => (typeof l === 'string' && l.includes(`admin / ${p}`) ? sec(l, p) : l)),
    };
  }),
  template('handover-om-bms-logins', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['closeout/O&M/BMS-logins.txt', 'handover/building-systems.txt']),
      lines: [
        'BUILDING MANAGEMENT SYSTEM - HANDOVER',
        `Front end: https://${v.ip(g)}/`,
        'Operator user: facilities',
        sec(`Operator password: ${p}`, p),
        'Change on first login.',
      ],
    };
  }),
  template('handover-csv-credentials', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick(['closeout/system-credentials.csv', 'handover/logins.csv']),
      lines: [
        'system,url,username,password',
        sec(`Access control,https://${v.ip(g)},admin,${p1}`, p1),
        sec(`CCTV NVR,http://${v.ip(g)},admin,${p2}`, p2),
      ],
    };
  }),
  template('vdc-aws-s3-upload', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['vdc/upload_pointclouds.py', 'reality-capture/sync_scans.py']),
      lines: [
        'import boto3',
        '',
        's3 = boto3.client("s3",',
        sec(`    aws_access_key_id="${id}",`, id),
        sec(`    aws_secret_access_key="${s}")`, s),
        's3.upload_file("scan.e57", "summit-pointclouds", "eastgate/L3/scan.e57")',
      ],
    };
  }),
  template('azure-graph-sharepoint-closeout', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['closeout/publish_to_sharepoint.ps1', 'scripts/Sync-ProjectDocs.ps1']),
      lines: [
        `$TenantId = "${v.uuid(g)}"`,
        `$ClientId = "${v.uuid(g)}"`,
        sec(`$ClientSecret = "${s}"`, s),
        '$body = @{ grant_type = "client_credentials"; client_id = $ClientId; client_secret = $ClientSecret; scope = "https://graph.microsoft.com/.default" }',
      ],
    };
  }),
  template('timeclock-kiosk-ini', (g) => {
    const p = v.pin(g);
    return {
      path: g.pick(['kiosk/timeclock.ini', 'C:/ProgramData/SiteClock/settings.ini']),
      lines: ['[Kiosk]', 'Mode=TimeClock', `SiteId=${v.projectId(g)}`, sec(`AdminPin=${p}`, p), 'Camera=Front'],
    };
  }),
  template('docker-compose-field-db', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'deploy/field-portal/docker-compose.yml']),
      lines: [
        'services:',
        '  db:',
        '    image: postgres:16',
        '    environment:',
        '      POSTGRES_USER: fieldportal',
        sec(`      POSTGRES_PASSWORD: ${p}`, p),
      ],
    };
  }),
  template('sftp-ap-invoices-lftp', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/send_ap_batch.sh', 'erp/push_lien_waivers.sh']),
      lines: [
        '#!/bin/bash',
        sec(`lftp -u "ap_${v.builder(g)},${p}" sftp://sftp.textura.com <<EOF`, p),
        'put /exports/ap_batch.csv',
        'bye',
        'EOF',
      ],
    };
  }),
];
