import { q } from '../../gen';
import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * logistics-supply-chain positives from freight, warehouse and ERP systems: project44, FourKites,
 * Descartes and MercuryGate TMS clients; Manhattan and Blue Yonder connectors, SAP RFC users
 * (`jco.client.passwd`, `sapnwrfc.ini`, pyrfc), NetSuite TBA quadruples, Odoo XML-RPC keys, Dynamics
 * 365 Business Central app secrets; EDI (OpenAS2 and Mendelson keystore passwords, AS2 private keys,
 * OFTP2 SSID passwords, VAN mailbox SFTP/FTP logins in cron scripts, lftp and WinSCP, X12 partner
 * configs with ISA04 security information); fleet telematics (Samsara, MyGeotab, Motive, Verizon
 * Connect, Webfleet); Zebra printer Wi-Fi and SOTI MobiControl; scanner staging profiles, robot fleet
 * managers; route optimisation keys (Routific, OptimoRoute, HERE, TomTom, Google); marketplaces and
 * fulfilment (Amazon SP-API LWA secrets and refresh tokens, MWS, Walmart, eBay, ShipBob, Flexport);
 * Ansible, Helm, Kubernetes and compose files. Values generated at run time.
 */
export const systemPositives: readonly Template[] = [
  template('project44-client-credentials', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['visibility/p44_client.py', 'integrations/project44/auth.py']),
      lines: [
        'import httpx',
        '',
        'P44_TOKEN_URL = "https://na12.api.project44.com/api/v4/oauth2/client-token"',
        '',
        'def token() -> str:',
        '    r = httpx.post(P44_TOKEN_URL, data={',
        '        "grant_type": "client_credentials",',
        `        "client_id": "${v.uuid(g)}",`,
        sec(`        "client_secret": "${s}",`, s),
        '    })',
        '    return r.json()["access_token"]',
      ],
    };
  }),
  template('fourkites-apikey-yaml', (g) => {
    const k = g.fake.alnum(32);
    return {
      path: g.pick(['config/visibility.yml', 'helm/values-prod.yaml']),
      lines: [
        'fourkites:',
        '  base_url: https://api.fourkites.com/shipments',
        sec(`  api_key: ${k}`, k),
        '  company_id: acme-logistics',
        '  poll_interval: 5m',
      ],
    };
  }),
  template('descartes-macropoint-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['conf/macropoint.properties', 'src/main/resources/descartes.properties']),
      lines: [
        '# Descartes MacroPoint tracking order creation',
        'macropoint.url=https://macropoint-lite.com/api/1.0/orders/createorder',
        `macropoint.partner-id=${v.uuid(g).toUpperCase()}`,
        `macropoint.username=${g.pick(['acme_api', 'tms_integration', 'carrierops'])}`,
        sec(`macropoint.password=${p}`, p),
      ],
    };
  }),
  template('mercurygate-xml-login', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['tms/mercurygate/request-template.xml', 'integration/mg_login.xml']),
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<MercuryGate>',
        '  <Header>',
        '    <SenderID>ACMELOG</SenderID>',
        '    <ReceiverID>MGTMS</ReceiverID>',
        `    <UserName>${g.pick(['acme.edi', 'integration.user', 'ws_acme'])}</UserName>`,
        sec(`    <Password>${p}</Password>`, p),
        '    <DocTypeID>Load</DocTypeID>',
        '  </Header>',
        '</MercuryGate>',
      ],
    };
  }),
  template('manhattan-active-client-secret', (g) => {
    const s = v.longSecret(g);
    const p = v.plain(g);
    return {
      path: g.pick(['manhattan/.env', 'mawm-connector/.env']),
      lines: [
        'MA_ACTIVE_URL=https://acme.omni.manh.com',
        'MA_CLIENT_ID=omnicomponent.1.0.0',
        sec(`MA_CLIENT_SECRET=${s}`, s),
        'MA_USERNAME=integration@acme-logistics.com',
        sec(`MA_PASSWORD=${p}`, p),
        'MA_ORG=ACME',
      ],
    };
  }),
  template('blue-yonder-connector-json', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['connectors/blueyonder/settings.json', 'by-wms-bridge/appsettings.json']),
      lines: [
        '{',
        '  "BlueYonder": {',
        '    "TenantUrl": "https://acme.jdadelivers.com/api/wms/v1",',
        `    "TenantId": "${v.uuid(g)}",`,
        `    "ClientId": "${v.uuid(g)}",`,
        sec(`    "ClientSecret": "${s}",`, s),
        '    "Warehouse": "MEM1"',
        '  }',
        '}',
      ],
    };
  }),
  template('sap-jco-destination', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ABAP_AS_WITH_POOL.jcoDestination', 'config/SAP_EWM_PRD.jcoDestination']),
      lines: [
        `jco.client.ashost=${g.pick(['sapewm-prd', 'ewm01'])}.${g.pick(['corp.local', 'sap.acme.net'])}`,
        'jco.client.sysnr=00',
        `jco.client.client=${g.pick(['100', '200', '300'])}`,
        `jco.client.user=${g.pick(['RFC_EWM', 'IDOC_IN', 'RFC_TMS'])}`,
        sec(`jco.client.passwd=${p}`, p),
        'jco.client.lang=en',
        'jco.destination.pool_capacity=3',
        'jco.destination.peak_limit=10',
      ],
    };
  }),
  template('sap-nwrfc-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['sapnwrfc.ini', 'rfc/sapnwrfc.ini']),
      lines: [
        'DEST=EWP',
        `ASHOST=${g.pick(['ewm-prd.sap.acme.net', '10.20.4.15'])}`,
        'SYSNR=00',
        'CLIENT=100',
        `USER=${g.pick(['RFC_IDOC', 'RFC_WMS'])}`,
        sec(`PASSWD=${p}`, p),
        'LANG=EN',
        'TRACE=0',
      ],
    };
  }),
  template('sap-pyrfc-connection', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['idoc/send_desadv.py', 'scripts/post_goods_issue.py']),
      lines: [
        'from pyrfc import Connection',
        '',
        'conn = Connection(',
        `    ashost="${g.pick(['ewm-prd.sap.acme.net', 'sapprd01'])}",`,
        '    sysnr="00",',
        '    client="100",',
        `    user="${g.pick(['RFC_IDOC', 'RFC_WMS'])}",`,
        sec(`    passwd="${p}",`, p),
        ')',
        'result = conn.call("IDOC_INBOUND_ASYNCHRONOUS", IDOC_CONTROL_REC_40=control, IDOC_DATA_REC_40=data)',
      ],
    };
  }),
  template('netsuite-tba-env', (g) => {
    const ck = v.netsuiteHex(g);
    const cs = v.netsuiteHex(g);
    const ti = v.netsuiteHex(g);
    const ts = v.netsuiteHex(g);
    return {
      path: g.pick(['.env', 'netsuite-sync/.env']),
      lines: [
        `NS_ACCOUNT_ID=${g.fake.digits(7)}`,
        sec(`NS_CONSUMER_KEY=${ck}`, ck),
        sec(`NS_CONSUMER_SECRET=${cs}`, cs),
        sec(`NS_TOKEN_ID=${ti}`, ti),
        sec(`NS_TOKEN_SECRET=${ts}`, ts),
        'NS_RESTLET_URL=https://1234567.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=812&deploy=1',
      ],
    };
  }),
  template('odoo-xmlrpc-api-key', (g) => {
    const k = v.odooKey(g);
    return {
      path: g.pick(['scripts/odoo_stock_sync.py', 'connectors/odoo_picking.py']),
      lines: [
        'import xmlrpc.client',
        '',
        'url = "https://erp.acme-logistics.com"',
        'db = "acme_prod"',
        'username = "wms-bridge@acme-logistics.com"',
        sec(`api_key = "${k}"`, k),
        '',
        'common = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common")',
        'uid = common.authenticate(db, username, api_key, {})',
        'models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object")',
        "pickings = models.execute_kw(db, uid, api_key, 'stock.picking', 'search_read', [[['state', '=', 'assigned']]])",
      ],
    };
  }),
  template('odoo-conf-db-password', (g) => {
    const p = v.plain(g);
    const admin = v.plain(g);
    return {
      path: g.pick(['/etc/odoo/odoo.conf', 'deploy/odoo.conf']),
      lines: [
        '[options]',
        'addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons',
        sec(`admin_passwd = ${admin}`, admin),
        'db_host = db',
        'db_port = 5432',
        'db_user = odoo',
        sec(`db_password = ${p}`, p),
        'workers = 4',
      ],
    };
  }),
  template('dynamics-bc-service-to-service', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['bc-integration/local.settings.json', 'functions/ShipmentPost/local.settings.json']),
      lines: [
        '{',
        '  "IsEncrypted": false,',
        '  "Values": {',
        '    "AzureWebJobsStorage": "UseDevelopmentStorage=true",',
        `    "BC_TENANT_ID": "${v.uuid(g)}",`,
        `    "BC_CLIENT_ID": "${v.uuid(g)}",`,
        sec(`    "BC_CLIENT_SECRET": "${s}",`, s),
        '    "BC_ENVIRONMENT": "Production",',
        '    "BC_COMPANY": "ACME Logistics"',
        '  }',
        '}',
      ],
    };
  }),
  template('openas2-config-keystore', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['openas2/config/config.xml', 'OpenAS2/config/config.xml']),
      lines: [
        '<openas2>',
        '  <properties storageBaseDir="%home%/../data" log_date_format="yyyy-MM-dd HH:mm:ss.SSS"/>',
        '  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"',
        '    filename="%home%/as2_certs.p12"',
        sec(`    password="${p}"`, p),
        '    interval="300"/>',
        '  <partnerships classname="org.openas2.partner.XMLPartnershipFactory" filename="%home%/partnerships.xml"/>',
        '</openas2>',
      ],
    };
  }),
  template('mendelson-as2-properties', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['mendelson/as2.properties', 'as2/mendelson/config/as2.properties']),
      lines: [
        '#mendelson AS2 server settings',
        'keystore=certificates.p12',
        sec(`keystore.pass=${p}`, p),
        'keystore.ssl=jetty/etc/keystore',
        'asyncmdnurl=https://as2.acme-logistics.com/as2/HttpReceiver',
      ],
    };
  }),
  template('as2-private-key-pem', (g) => {
    const key = v.pem(g, 'PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['as2/keys/acme_as2_signing.key', 'edi/certs/as2-prod.key']),
      lines: [block(lines.map((l) => sec(l, l)))],
    };
  }),
  template('oftp2-odette-partner', (g) => {
    const p = v.oftpPass(g);
    return {
      path: g.pick(['oftp2/partners/VW_WOB.xml', 'odette/partner-daimler.xml']),
      lines: [
        '<partner>',
        `  <odetteId>O0013${g.fake.digits(9)}ACMELOG</odetteId>`,
        `  <host>${g.pick(['oftp.partner-auto.de', 'oftp2.supplier-hub.eu'])}</host>`,
        '  <port>6619</port>',
        '  <tls>true</tls>',
        sec(`  <ssidPassword>${p}</ssidPassword>`, p),
        '  <sfidSigned>true</sfidSigned>',
        '</partner>',
      ],
    };
  }),
  template('van-mailbox-sftp-cron', (g) => {
    const p = v.plain(g);
    const host = v.vanHost(g);
    return {
      path: g.pick(['cron/edi_pull.sh', 'bin/fetch-856.sh', 'edi/scripts/van_poll.sh']),
      lines: [
        '#!/bin/sh',
        '# pull 850/856/810 from the VAN mailbox every 15 min (crontab: */15 * * * *)',
        'cd /data/edi/inbound || exit 1',
        sec(`sshpass -p '${p}' sftp -oBatchMode=no -b - ${g.pick(['ACMELOG01', 'acme_edi'])}@${host} <<'EOF'`, p),
        'cd /outbox',
        'mget *.edi',
        'rm *.edi',
        'EOF',
      ],
    };
  }),
  template('van-lftp-mirror', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/edi_sync.sh', 'cron/van_mirror.sh']),
      lines: [
        '#!/bin/bash',
        sec(
          `lftp -u ${g.pick(['ACME856', 'acme_van'])},${p} ftps://${v.vanHost(g)} -e "mirror --Remove-source-files /out /data/edi/in; bye"`,
          p,
        ),
      ],
    };
  }),
  template('van-winscp-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['EDI\\winscp_upload.txt', 'edi/winscp_upload.txt']).replace('\\', '/'),
      lines: [
        'option batch abort',
        'option confirm off',
        sec(
          `open sftp://${g.pick(['ACMELOG', 'edi_acme'])}:${p}@${v.vanHost(g)}/ -hostkey="ssh-ed25519 255 ${g.fake.base64(43)}"`,
          p,
        ),
        'put D:\\EDI\\outbound\\*.x12 /inbox/',
        'exit',
      ],
    };
  }),
  template('x12-partner-config-json', (g) => {
    const isa = v.isaPass(g);
    const p = v.plain(g);
    return {
      path: g.pick(['edi/partners/target.json', 'partners/walmart_x12.json']),
      lines: [
        '{',
        '  "partner": "TARGET",',
        '  "isa05_qualifier": "ZZ",',
        `  "isa06_sender_id": "${g.pick(['ACMELOG', 'ACMEDC'])}        ",`,
        '  "isa03_security_qualifier": "01",',
        sec(`  "isa04_security_info": "${isa}",`, isa),
        '  "version": "004010",',
        '  "transport": {',
        '    "type": "sftp",',
        `    "host": "${v.vanHost(g)}",`,
        '    "username": "acme_x12",',
        sec(`    "password": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('edi-ansible-vars', (g) => {
    const p = v.plain(g);
    const k = v.plain(g);
    return {
      path: g.pick(['ansible/group_vars/edi_gateways.yml', 'inventory/group_vars/as2.yml']),
      lines: [
        '---',
        'as2_station_id: ACMELOG_AS2',
        `as2_url: https://as2.acme-logistics.com:${g.pick(['4080', '5080', '443'])}/as2`,
        sec(`as2_keystore_password: ${k}`, k),
        `van_sftp_host: ${v.vanHost(g)}`,
        'van_sftp_user: acme_edi',
        sec(`van_sftp_password: "${p}"`, p),
      ],
    };
  }),
  template('samsara-python-sdk', (g) => {
    const t = v.samsaraToken(g);
    return {
      path: g.pick(['fleet/samsara_sync.py', 'jobs/hos_export.py']),
      lines: [
        'from samsara import Samsara',
        '',
        sec(`client = Samsara(token="${t}")`, t),
        'for vehicle in client.vehicles.list():',
        '    print(vehicle.id, vehicle.name)',
      ],
    };
  }),
  template('samsara-env-k8s-secret', (g) => {
    const t = v.samsaraToken(g);
    return {
      path: g.pick(['k8s/fleet-secrets.yaml', 'deploy/telematics-secret.yaml']),
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: telematics',
        '  namespace: fleet',
        'type: Opaque',
        'stringData:',
        sec(`  SAMSARA_API_TOKEN: ${t}`, t),
        '  SAMSARA_BASE_URL: https://api.samsara.com',
      ],
    };
  }),
  template('mygeotab-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['telematics/geotab_feed.py', 'scripts/geotab_trips.py']),
      lines: [
        'import mygeotab',
        '',
        'api = mygeotab.API(',
        `    username="${g.pick(['fleet-api@acme-logistics.com', 'integration@acmefreight.com'])}",`,
        sec(`    password="${p}",`, p),
        `    database="${g.pick(['acme_logistics', 'acmefreight'])}",`,
        ')',
        'api.authenticate()',
        'trips = api.get("Trip", resultsLimit=500)',
      ],
    };
  }),
  template('motive-api-key-node', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['src/telematics/motive.ts', 'services/eld/keeptruckin.js']),
      lines: [
        "const MOTIVE_URL = 'https://api.gomotive.com/v1';",
        sec(`const MOTIVE_API_KEY = '${k}';`, k),
        '',
        'export async function drivers() {',
        "  const res = await fetch(`${MOTIVE_URL}/users?role=driver`, { headers: { 'X-Api-Key': MOTIVE_API_KEY } });",
        '  return res.json();',
        '}',
      ],
    };
  }),
  template('verizon-connect-reveal-basic', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['fleetmatics/reveal.cfg', 'config/reveal.ini']),
      lines: [
        '[reveal]',
        'token_url = https://fim.api.us.fleetmatics.com/token',
        `app_id = ${g.pick(['acme-logistics', 'acmefreight-tms'])}`,
        `username = ${g.pick(['REST_AcmeLogistics_1234', 'REST_AcmeFreight_7781'])}`,
        sec(`password = ${p}`, p),
      ],
    };
  }),
  template('webfleet-extern-url', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/webfleet_positions.sh', 'etl/webfleet.sh']),
      lines: [
        '#!/bin/bash',
        sec(
          `URL="https://csv.webfleet.com/extern?account=acme-logistics&username=api_user&password=${p}&apikey=${v.uuid(g)}&lang=en&action=showObjectReportExtern&outputformat=json"`,
          p,
        ),
        'curl -s "$URL" | jq ".[] | {objectno, latitude_mdeg, longitude_mdeg}"',
      ],
    };
  }),
  template('zebra-printer-wifi-sgd', (g) => {
    const psk = v.plain(g);
    return {
      path: g.pick(['printers/zt410-wifi.zpl', 'provisioning/zebra_wlan.txt']),
      lines: [
        '! U1 setvar "wlan.essid" "ACME-WH-SCAN"',
        '! U1 setvar "wlan.security" "wpa2 psk"',
        sec(`! U1 setvar "wlan.wpa.psk" "${psk}"`, psk),
        '! U1 setvar "ip.dhcp.enable" "on"',
        '! U1 do "device.reset" ""',
      ],
    };
  }),
  template('soti-mobicontrol-api', (g) => {
    const s = v.longSecret(g);
    const p = v.plain(g);
    return {
      path: g.pick(['mdm/soti_export.ps1', 'scripts/MobiControl-Devices.ps1']),
      lines: [
        '$server = "https://acme.mobicontrolcloud.com/MobiControl"',
        '$clientId = "' + g.fake.hex(32) + '"',
        sec(`$clientSecret = "${s}"`, s),
        '$pair = "$($clientId):$($clientSecret)"',
        '$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))',
        sec(`$body = "grant_type=password&username=Administrator&password=${p}"`, p),
        'Invoke-RestMethod -Method Post -Uri "$server/api/token" -Headers @{ Authorization = "Basic $basic" } -Body $body',
      ],
    };
  }),
  template('stagenow-wifi-profile', (g) => {
    const psk = v.plain(g);
    return {
      path: g.pick(['stagenow/WH_Scanners_WiFi.xml', 'mdm/profiles/tc52-wifi.xml']),
      lines: [
        '<wap-provisioningdoc>',
        '  <characteristic type="Wi-Fi" version="4.3">',
        '    <parm name="WiFiAction" value="enabledisablewifi"/>',
        '    <characteristic type="network-profile">',
        '      <parm name="SSID" value="ACME-DC-RF"/>',
        '      <parm name="SecurityMode" value="1"/>',
        '      <parm name="WPAMode" value="3"/>',
        sec(`      <parm name="PassphraseWPAClear" value="${psk}"/>`, psk),
        '    </characteristic>',
        '  </characteristic>',
        '</wap-provisioningdoc>',
      ],
    };
  }),
  template('robot-fleet-manager-yaml', (g) => {
    const t = v.longSecret(g);
    const p = v.plain(g);
    return {
      path: g.pick(['robots/fleet_manager.yaml', 'amr/config/fleet.yaml']),
      lines: [
        'fleet_manager:',
        `  url: https://fleet.${v.site(g)}-dc.acmelog.com`,
        sec(`  api_token: ${t}`, t),
        'mqtt:',
        '  host: mqtt.dc.internal',
        '  port: 8883',
        '  username: amr-bridge',
        sec(`  password: ${q(p)}`, p),
      ],
    };
  }),
  template('route-optimisation-env', (g) => {
    const h = v.hereKey(g);
    const t = v.tomtomKey(g);
    const o = v.optimoKey(g);
    return {
      path: g.pick(['route-planner/.env', 'dispatch/.env']),
      lines: [
        sec(`HERE_API_KEY=${h}`, h),
        sec(`TOMTOM_API_KEY=${t}`, t),
        sec(`OPTIMOROUTE_KEY=${o}`, o),
        'DEPOT_LAT=35.0456',
        'DEPOT_LNG=-89.9773',
      ],
    };
  }),
  template('routific-python', (g) => {
    const t = v.routificToken(g);
    return {
      path: g.pick(['dispatch/routific.py', 'planner/vrp.py']),
      lines: [
        'import requests',
        '',
        sec(`ROUTIFIC_TOKEN = "${t}"`, t),
        '',
        'def solve(visits, fleet):',
        '    r = requests.post("https://api.routific.com/v1/vrp", json={"visits": visits, "fleet": fleet},',
        '                      headers={"Authorization": "bearer " + ROUTIFIC_TOKEN})',
        '    return r.json()',
      ],
    };
  }),
  template('optimoroute-url-key', (g) => {
    const k = v.optimoKey(g);
    return {
      path: g.pick(['scripts/push_orders.sh', 'cron/optimoroute_push.sh']),
      lines: [
        '#!/bin/bash',
        sec(`curl -s -X POST "https://api.optimoroute.com/v1/create_order?key=${k}" \\`, k),
        '  -H "Content-Type: application/json" -d @order.json',
      ],
    };
  }),
  template('google-distance-matrix', (g) => {
    const k = v.googleKey(g);
    return {
      path: g.pick(['eta/distance.py', 'services/eta_calc.py']),
      lines: [
        'import googlemaps',
        '',
        sec(`gmaps = googlemaps.Client(key="${k}")`, k),
        'matrix = gmaps.distance_matrix(origins, destinations, mode="driving", departure_time="now")',
      ],
    };
  }),
  template('sp-api-python-credentials', (g) => {
    const s = v.lwaSecret(g);
    const r = v.lwaRefresh(g);
    return {
      path: g.pick(['amazon/sp_api_orders.py', 'marketplaces/amazon_fba.py']),
      lines: [
        'from sp_api.api import Orders',
        'from sp_api.base import Marketplaces',
        '',
        'credentials = dict(',
        sec(`    refresh_token="${r}",`, r),
        `    lwa_app_id="${v.lwaClientId(g)}",`,
        sec(`    lwa_client_secret="${s}",`, s),
        ')',
        'orders = Orders(credentials=credentials, marketplace=Marketplaces.US).get_orders(CreatedAfter="2026-12-01")',
      ],
    };
  }),
  template('sp-api-env-with-aws', (g) => {
    const s = v.lwaSecret(g);
    const r = v.lwaRefresh(g);
    const ak = v.awsKeyId(g);
    const as = v.awsSecret(g);
    return {
      path: g.pick(['.env', 'amazon-connector/.env']),
      lines: [
        `SP_API_CLIENT_ID=${v.lwaClientId(g)}`,
        sec(`SP_API_CLIENT_SECRET=${s}`, s),
        sec(`SP_API_REFRESH_TOKEN=${r}`, r),
        sec(`SP_API_AWS_ACCESS_KEY_ID=${ak}`, ak),
        sec(`SP_API_AWS_SECRET_ACCESS_KEY=${as}`, as),
        'SP_API_ROLE_ARN=arn:aws:iam::' + g.fake.digits(12) + ':role/SellingPartnerAPIRole',
        `SP_API_SELLER_ID=${v.sellerId(g)}`,
      ],
    };
  }),
  template('sp-api-java-lwa-builder', (g) => {
    const s = v.lwaSecret(g);
    const r = v.lwaRefresh(g);
    return {
      path: g.pick(['src/main/java/com/acme/amazon/SpApiFactory.java', 'amazon/src/ApiFactory.java']),
      lines: [
        'LWAAuthorizationCredentials lwa = LWAAuthorizationCredentials.builder()',
        `    .clientId("${v.lwaClientId(g)}")`,
        sec(`    .clientSecret("${s}")`, s),
        sec(`    .refreshToken("${r}")`, r),
        '    .endpoint("https://api.amazon.com/auth/o2/token")',
        '    .build();',
      ],
    };
  }),
  template('mws-legacy-config-php', (g) => {
    const ak = v.awsKeyId(g);
    const as = v.awsSecret(g);
    const t = v.mwsAuthToken(g);
    return {
      path: g.pick(['MarketplaceWebService/Samples/.config.inc.php', 'lib/mws/config.inc.php']),
      lines: [
        '<?php',
        sec(`define('AWS_ACCESS_KEY_ID', '${ak}');`, ak),
        sec(`define('AWS_SECRET_ACCESS_KEY', '${as}');`, as),
        `define('MERCHANT_ID', '${v.sellerId(g)}');`,
        sec(`define('MWS_AUTH_TOKEN', '${t}');`, t),
        "define('APPLICATION_NAME', 'AcmeFBA');",
      ],
    };
  }),
  template('walmart-marketplace-yaml', (g) => {
    const s = v.walmartSecret(g);
    return {
      path: g.pick(['config/marketplaces.yml', 'channels/walmart.yml']),
      lines: [
        'walmart:',
        '  base_url: https://marketplace.walmartapis.com/v3',
        `  client_id: ${v.uuid(g)}`,
        sec(`  client_secret: ${s}`, s),
        '  service_name: Walmart Marketplace',
      ],
    };
  }),
  template('ebay-yaml-sdk', (g) => {
    const c = v.ebayCertId(g);
    const t = v.ebayUserToken(g);
    return {
      path: g.pick(['ebay.yaml', 'config/ebay.yaml']),
      lines: [
        'name: ebay_api_config',
        'api.ebay.com:',
        '    compatability: 719',
        `    appid: ${v.ebayAppId(g)}`,
        sec(`    certid: ${c}`, c),
        `    devid: ${v.uuid(g)}`,
        sec(`    token: ${t}`, t),
      ],
    };
  }),
  template('shipbob-pat-env', (g) => {
    const t = v.longSecret(g);
    return {
      path: g.pick(['.env.local', 'fulfilment/.env']),
      lines: [
        'SHIPBOB_API_URL=https://api.shipbob.com/1.0',
        sec(`SHIPBOB_PAT=${t}`, t),
        `SHIPBOB_CHANNEL_ID=${g.between(100000, 999999)}`,
      ],
    };
  }),
  template('flexport-bearer-ruby', (g) => {
    const t = v.longSecret(g);
    return {
      path: g.pick(['app/services/flexport_client.rb', 'lib/flexport.rb']),
      lines: [
        "require 'faraday'",
        '',
        'class FlexportClient',
        sec(`  TOKEN = '${t}'.freeze`, t),
        '',
        '  def shipments',
        "    conn = Faraday.new(url: 'https://api.flexport.com', headers: { 'Authorization' => \"Bearer #{TOKEN}\", 'Flexport-Version' => '2' })",
        "    conn.get('/shipments').body",
        '  end',
        'end',
      ],
    };
  }),
  template('customs-broker-portal-notes', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['docs/customs-handover.md', 'wiki/Brokerage-ACE-portal.md']),
      lines: [
        '# Customs brokerage accounts (handover)',
        '',
        '- ACE portal: trade account owner is Dana (MFA on her phone)',
        `- Descartes CustomsInfo login: acme_customs`,
        sec(`- Password: ${p}`, p),
        '- ABI filer code: see the broker agreement PDF',
      ],
    };
  }),
  template('wms-compose-db', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'wms/docker-compose.prod.yml']),
      lines: [
        'services:',
        '  wms-db:',
        '    image: postgres:16',
        '    environment:',
        '      POSTGRES_USER: wms',
        sec(`      POSTGRES_PASSWORD: ${p}`, p),
        '      POSTGRES_DB: wms',
        '  wms-api:',
        '    image: registry.acmelog.com/wms-api:2.14.1',
        '    environment:',
        `      DATABASE_URL: postgres://wms:${p}@wms-db:5432/wms`,
      ].map((line, i) => (i === 10 ? sec(line as string, p) : line)),
    };
  }),
  template('helm-values-tms', (g) => {
    const p = v.plain(g);
    const s = v.longSecret(g);
    return {
      path: g.pick(['charts/tms/values-prod.yaml', 'helm/tms/values.yaml']),
      lines: [
        'image:',
        '  repository: registry.acmelog.com/tms',
        '  tag: 5.3.0',
        'database:',
        `  host: ${v.whHost(g)}`,
        '  user: tms',
        sec(`  password: ${p}`, p),
        'carrierApis:',
        sec(`  webhookSigningSecret: ${s}`, s),
      ],
    };
  }),
];
