import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * logistics-supply-chain hard negatives from the same repositories: the many ids of shipping that
 * are not secrets (tracking numbers, SSCCs, GTINs, GLNs, RFID EPCs, VINs, container numbers, ASINs,
 * EasyPost and Shippo object ids, ShipEngine label ids, Samsara vehicle ids), EDI documents (X12 ISA
 * envelopes with blank authorization fields, EDIFACT UNB, AS2 MDNs with their MIC digests), public AS2
 * certificates, OAuth client ids alone (Amazon LWA, FedEx `l7xx`, Walmart, eBay App IDs), encoded
 * route polylines, ZPL labels, documentation placeholders, env and secret-store references, shipped
 * samples (Zebra's default `1234`), `.env.example` files, webhook signatures in logs. Generated at
 * run time.
 */
export const logisticsNegatives: readonly Template[] = [
  template('tracking-numbers-csv', (g) => ({
    path: g.pick(['exports/shipments_2026-12-06.csv', 'data/tracking_today.csv']),
    lines: [
      'order_id,carrier,service,tracking_number,sscc,weight_lb',
      `SO-${g.fake.digits(6)},UPS,GROUND,${v.upsTracking(g)},${v.sscc(g)},${g.between(1, 60)}.${g.between(0, 9)}`,
      `SO-${g.fake.digits(6)},FEDEX,FEDEX_2_DAY,${v.fedexTracking(g)},${v.sscc(g)},${g.between(1, 60)}.${g.between(0, 9)}`,
      `SO-${g.fake.digits(6)},USPS,PRIORITY,${v.uspsTracking(g)},${v.sscc(g)},${g.between(1, 60)}.${g.between(0, 9)}`,
      `SO-${g.fake.digits(6)},UPS,NEXT_DAY_AIR,${v.upsTracking(g)},${v.sscc(g)},${g.between(1, 60)}.${g.between(0, 9)}`,
    ],
  })),
  template('x12-856-asn-blank-isa', (g) => ({
    path: g.pick(['edi/outbound/856_000123.x12', 'samples/asn_856.edi']),
    lines: [
      `ISA*00*          *00*          *ZZ*ACMELOG        *ZZ*TARGET         *261207*1130*U*00401*${g.fake.digits(9)}*0*P*>~`,
      `GS*SH*ACMELOG*TARGET*20261207*1130*${g.between(1000, 9999)}*X*004010~`,
      `ST*856*${g.fake.digits(4)}~`,
      `BSN*00*${g.fake.upperAlnum(10)}*20261207*1130~`,
      `MAN*GM*${v.sscc(g)}~`,
      `LIN**UP*${v.gtin(g).slice(2)}*VN*${g.fake.upperAlnum(8)}~`,
      'SE*6*0001~',
    ],
  })),
  template('edifact-iftmin', (g) => ({
    path: g.pick(['edi/samples/IFTMIN_D96A.edi', 'messages/iftmin.txt']),
    lines: [
      "UNA:+.? '",
      `UNB+UNOC:3+${v.gln(g)}:14+${v.gln(g)}:14+261207:1130+${g.fake.digits(8)}'`,
      `UNH+1+IFTMIN:D:96A:UN'`,
      `BGM+610+${g.fake.upperAlnum(12)}+9'`,
      `EQD+CN+${v.container(g)}+22G1:102:5'`,
      `GIN+BJ+${v.sscc(g)}'`,
      "UNT+6+1'",
    ],
  })),
  template('as2-mdn-receipt', (g) => ({
    path: g.pick(['as2/mdn/received/mdn_20261207.txt', 'logs/as2-mdn.log']),
    lines: [
      'Content-Type: message/disposition-notification',
      '',
      'Reporting-UA: OpenAS2 Server',
      'Original-Recipient: rfc822; TARGET_AS2',
      'Final-Recipient: rfc822; TARGET_AS2',
      `Original-Message-ID: <OPENAS2-${g.fake.digits(13)}-${g.fake.hex(8)}@ACMELOG_TARGET>`,
      `Received-Content-MIC: ${g.fake.base64(43)}=, sha-256`,
      'Disposition: automatic-action/MDN-sent-automatically; processed',
    ],
  })),
  template('as2-public-certificate', (g) => ({
    path: g.pick(['as2/certs/partner_target_public.cer', 'edi/certs/acme_as2.crt']),
    lines: g.fake.pem('CERTIFICATE', 8).split('\n'),
  })),
  template('easypost-webhook-payload', (g) => ({
    path: g.pick(['test/fixtures/easypost_tracker_updated.json', 'fixtures/webhooks/tracker.json']),
    lines: [
      '{',
      `  "id": "${v.easypostObjectId(g, 'evt')}",`,
      '  "description": "tracker.updated",',
      '  "mode": "production",',
      '  "result": {',
      `    "id": "${v.easypostObjectId(g, 'trk')}",`,
      `    "tracking_code": "${v.uspsTracking(g)}",`,
      '    "status": "in_transit",',
      `    "shipment_id": "${v.easypostObjectId(g, 'shp')}",`,
      '    "carrier": "USPS"',
      '  }',
      '}',
    ],
  })),
  template('shippo-rate-response', (g) => ({
    path: g.pick(['test/fixtures/shippo_rates.json', 'mocks/shippo/rates.json']),
    lines: [
      '{',
      '  "results": [',
      '    {',
      `      "object_id": "${g.fake.hex(32)}",`,
      `      "shipment": "${g.fake.hex(32)}",`,
      '      "amount": "7.94",',
      '      "provider": "USPS",',
      '      "servicelevel": { "name": "Priority Mail", "token": "usps_priority" },',
      `      "carrier_account": "${g.fake.hex(32)}"`,
      '    }',
      '  ]',
      '}',
    ],
  })),
  template('env-example-placeholders', (g) => ({
    path: g.pick(['.env.example', 'shipping-service/.env.sample']),
    lines: [
      'EASYPOST_API_KEY=',
      'SHIPPO_API_TOKEN=shippo_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'UPS_CLIENT_ID=your-ups-client-id',
      'UPS_CLIENT_SECRET=<your UPS client secret>',
      'FEDEX_SECRET_KEY=changeme-in-vault',
      'SP_API_REFRESH_TOKEN=Atzr|REPLACE_ME',
      `SAMSARA_API_TOKEN=${g.pick(['${SAMSARA_TOKEN}', '<token>', ''])}`,
    ],
  })),
  template('k8s-secret-refs', (g) => ({
    path: g.pick(['k8s/label-service.yaml', 'deploy/tms-deployment.yaml']),
    lines: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: label-service',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: api',
      `          image: registry.acmelog.com/label-service:${g.between(1, 9)}.${g.between(0, 20)}.0`,
      '          env:',
      '            - name: SHIPENGINE_API_KEY',
      '              valueFrom:',
      '                secretKeyRef: { name: carrier-keys, key: shipengine }',
      '            - name: NS_TOKEN_SECRET',
      '              valueFrom:',
      '                secretKeyRef: { name: netsuite, key: token-secret }',
    ],
  })),
  template('python-env-reads', (g) => ({
    path: g.pick(['app/config.py', 'carriers/settings.py']),
    lines: [
      'import os',
      '',
      'EASYPOST_API_KEY = os.environ["EASYPOST_API_KEY"]',
      'SHIPPO_TOKEN = os.getenv("SHIPPO_TOKEN", "")',
      'LWA_CLIENT_SECRET = os.environ.get("LWA_CLIENT_SECRET")',
      `LWA_CLIENT_ID = "${v.lwaClientId(g)}"`,
      'GEOTAB_PASSWORD = os.environ["GEOTAB_PASSWORD"]',
    ],
  })),
  template('lwa-client-id-alone', (g) => ({
    path: g.pick(['amazon/app.json', 'config/amazon_app.json']),
    lines: [
      '{',
      `  "applicationId": "${v.spApiAppId(g)}",`,
      `  "lwaClientId": "${v.lwaClientId(g)}",`,
      '  "redirectUri": "https://apps.acme-logistics.com/amazon/callback",',
      `  "sellerId": "${v.sellerId(g)}",`,
      '  "marketplaceIds": ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"]',
      '}',
    ],
  })),
  template('fedex-client-id-only', (g) => ({
    path: g.pick(['docs/fedex-setup.md', 'README.fedex.md']),
    lines: [
      '# FedEx integration',
      '',
      `The project's API key (client id) is \`${v.fedexClientId(g)}\`; the secret key lives in Vault`,
      'under `secret/carriers/fedex`. Ask #shipping-eng for access.',
    ],
  })),
  template('walmart-ebay-ids', (g) => ({
    path: g.pick(['channels/ids.yml', 'config/channel_ids.yml']),
    lines: [
      'walmart:',
      `  client_id: ${v.uuid(g)}`,
      '  client_secret: ${WALMART_CLIENT_SECRET}',
      'ebay:',
      `  app_id: ${v.ebayAppId(g)}`,
      `  dev_id: ${v.uuid(g)}`,
      '  cert_id: ${EBAY_CERT_ID}',
      '  ru_name: Acme_Logistics-AcmeLogi-Fulfil-abcde',
    ],
  })),
  template('rfid-epc-read-log', (g) => ({
    path: g.pick(['logs/rfid_portal_dock3.log', 'rfid/reads_2026-12-07.txt']),
    lines: [
      `2026-12-07T11:30:${g.between(10, 59)}Z reader=DOCK3-FX9600 antenna=1 epc=${v.epc(g)} rssi=-${g.between(40, 70)}`,
      `2026-12-07T11:30:${g.between(10, 59)}Z reader=DOCK3-FX9600 antenna=2 epc=${v.epc(g)} rssi=-${g.between(40, 70)}`,
      `2026-12-07T11:30:${g.between(10, 59)}Z reader=DOCK3-FX9600 antenna=2 epc=${v.epc(g)} rssi=-${g.between(40, 70)}`,
      `2026-12-07T11:31:${g.between(10, 59)}Z reader=DOCK3-FX9600 antenna=4 epc=${v.epc(g)} tid=E280${g.fake.upperHex(20)}`,
    ],
  })),
  template('fleet-vehicles-json', (g) => ({
    path: g.pick(['fixtures/samsara_vehicles.json', 'test/data/vehicles.json']),
    lines: [
      '{ "data": [',
      `  { "id": "${g.fake.digits(15)}", "name": "Truck ${g.between(100, 999)}", "vin": "${v.vin(g)}", "serial": "${g.fake.upperAlnum(12)}", "externalIds": { "samsara.serial": "${g.fake.upperAlnum(12)}" } },`,
      `  { "id": "${g.fake.digits(15)}", "name": "Reefer ${g.between(10, 99)}", "vin": "${v.vin(g)}", "licensePlate": "${g.fake.upperAlnum(7)}" }`,
      '], "pagination": { "endCursor": "' + g.fake.uuid() + '", "hasNextPage": false } }',
    ],
  })),
  template('geotab-device-export', (g) => ({
    path: g.pick(['exports/geotab_devices.csv', 'data/go9_devices.csv']),
    lines: [
      'serialNumber,name,vehicleIdentificationNumber,licensePlate,deviceType,id',
      `G9${g.fake.upperAlnum(10)},Unit ${g.between(1, 300)},${v.vin(g)},${g.fake.upperAlnum(7)},GO9,b${g.fake.hex(3)}`,
      `G9${g.fake.upperAlnum(10)},Unit ${g.between(1, 300)},${v.vin(g)},${g.fake.upperAlnum(7)},GO9,b${g.fake.hex(3)}`,
    ],
  })),
  template('route-polyline-response', (g) => ({
    path: g.pick(['test/fixtures/route_response.json', 'mocks/directions.json']),
    lines: [
      '{',
      '  "routes": [{',
      `    "summary": "I-40 E",`,
      `    "overview_polyline": { "points": "${g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_?@^`~|{}', g.between(60, 120))}" },`,
      `    "legs": [{ "distance": { "value": ${g.between(10000, 900000)} }, "duration": { "value": ${g.between(600, 40000)} } }]`,
      '  }],',
      '  "status": "OK"',
      '}',
    ],
  })),
  template('zpl-shipping-label', (g) => ({
    path: g.pick(['labels/templates/ucc128.zpl', 'printing/ship_label.zpl']),
    lines: [
      '^XA',
      '^FO50,50^A0N,40,40^FDACME LOGISTICS - MEMPHIS DC^FS',
      `^FO50,120^BCN,120,Y,N,N^FD>;>8${v.sscc(g)}^FS`,
      `^FO50,300^BXN,6,200^FD${g.fake.upperAlnum(40)}^FS`,
      `^FO50,520^A0N,30,30^FDPO ${g.fake.digits(10)}  CTN ${g.between(1, 40)} OF ${g.between(40, 80)}^FS`,
      '^XZ',
    ],
  })),
  template('zebra-default-password-doc', () => ({
    path: 'docs/printers.md',
    lines: [
      '# Zebra ZT410 printers on the dock',
      '',
      '- Web UI: http://<printer-ip>/ ; the admin password is the factory default `1234` until',
      '  provisioning runs (it sets a per-site password from Vault).',
      '- Front panel password: also `1234` by default.',
    ],
  })),
  template('sap-idoc-control-record', (g) => ({
    path: g.pick(['idoc/samples/DESADV_control.txt', 'test/idoc_edidc.txt']),
    lines: [
      'EDI_DC40  100' + g.fake.digits(16) + '740 30  DESADV01  DESADV  ',
      `DOCNUM=${g.fake.digits(16)} MESTYP=DESADV IDOCTP=DELVRY07 SNDPRN=ACMELOG RCVPRN=EWP100`,
      `E1EDL20 VBELN=${g.fake.digits(10)} VSTEL=MEM1 BTGEW=${g.between(10, 900)}`,
      `E1EDL24 POSNR=000010 MATNR=${g.fake.digits(18)} LFIMG=${g.between(1, 50)}`,
    ],
  })),
  template('partner-sheet-no-secrets', (g) => ({
    path: g.pick(['edi/partners.csv', 'docs/trading_partners.csv']),
    lines: [
      'partner,gln,as2_id,as2_url,isa_id,qualifier,protocol',
      `Target,${v.gln(g)},TARGET_AS2,https://as2.target-partner.com/as2,TGTEDI,ZZ,AS2`,
      `Home Depot,${v.gln(g)},HDEDI,https://edi.hd-partner.com/as2,HDUSA,01,AS2`,
      `Kroger,${v.gln(g)},,sftp://mailbox.kroger-van.net,KROGERVAN,ZZ,SFTP`,
    ],
  })),
  template('container-tracking-events', (g) => ({
    path: g.pick(['logs/ocean_events.jsonl', 'data/container_events.jsonl']),
    lines: [
      `{"container":"${v.container(g)}","event":"GATE_OUT","location":"NLRTM","ts":"2026-12-0${g.between(1, 7)}T08:14:00Z","bol":"MAEU${g.fake.digits(9)}"}`,
      `{"container":"${v.container(g)}","event":"LOADED","vessel":"MAERSK ${g.pick(['ESSEN', 'KENDAL', 'HANGZHOU'])}","voyage":"${g.fake.digits(3)}W","ts":"2026-12-07T02:40:00Z"}`,
    ],
  })),
  template('amazon-fba-inbound-plan', (g) => ({
    path: g.pick(['fba/inbound_plan.json', 'test/fixtures/fba_shipment.json']),
    lines: [
      '{',
      `  "inboundPlanId": "wf${g.fake.hex(32)}",`,
      `  "shipmentId": "FBA${g.fake.upperAlnum(9)}",`,
      `  "items": [{ "asin": "${v.asin(g)}", "fnsku": "X00${g.fake.upperAlnum(7)}", "msku": "ACME-${g.fake.digits(5)}", "quantity": ${g.between(1, 200)} }],`,
      `  "destinationFC": "${g.pick(['MEM1', 'ONT8', 'BFI4'])}"`,
      '}',
    ],
  })),
  template('webhook-signature-log', (g) => ({
    path: g.pick(['logs/webhooks.log', 'var/log/shipping/hooks.log']),
    lines: [
      `2026-12-07 11:42:0${g.between(1, 9)} INFO easypost webhook id=${v.easypostObjectId(g, 'evt')} X-Hmac-Signature=hmac-sha256-hex=${g.fake.hex(64)} verified=true`,
      `2026-12-07 11:42:1${g.between(1, 9)} INFO aftership webhook aftership-hmac-sha256=${g.fake.base64(43)}= tracking=${v.upsTracking(g)}`,
    ],
  })),
  template('postman-collection-variables-refs', () => ({
    path: 'postman/Carriers.postman_collection.json',
    lines: [
      '{',
      '  "info": { "name": "Carriers", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },',
      '  "auth": { "type": "apikey", "apikey": [ { "key": "key", "value": "API-Key" }, { "key": "value", "value": "{{shipengine_api_key}}" } ] },',
      '  "variable": [',
      '    { "key": "shipengine_api_key", "value": "" },',
      '    { "key": "fedex_client_secret", "value": "{{vault:fedex-secret}}" }',
      '  ]',
      '}',
    ],
  })),
  template('openas2-config-env-ref', () => ({
    path: 'openas2/config/config.xml',
    lines: [
      '<openas2>',
      '  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"',
      '    filename="%home%/as2_certs.p12"',
      '    password="$ENV{CERT_PASSWORD}"',
      '    interval="300"/>',
      '</openas2>',
    ],
  })),
  template('ansible-vault-refs', (g) => ({
    path: g.pick(['ansible/group_vars/edi_gateways.yml', 'inventory/group_vars/wms.yml']),
    lines: [
      '---',
      'as2_keystore_password: "{{ vault_as2_keystore_password }}"',
      "van_sftp_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=edi/van:password') }}\"",
      'wms_db_password: !vault |',
      '  $ANSIBLE_VAULT;1.1;AES256',
      ...Array.from({ length: 4 }, () => '  ' + g.fake.hex(80)),
    ],
  })),
  template('shipengine-label-response', (g) => ({
    path: g.pick(['test/fixtures/label.json', 'mocks/shipengine/label_created.json']),
    lines: [
      '{',
      `  "label_id": "se-${g.fake.digits(9)}",`,
      '  "status": "completed",',
      `  "shipment_id": "se-${g.fake.digits(9)}",`,
      `  "tracking_number": "${v.upsTracking(g)}",`,
      `  "label_download": { "pdf": "https://api.shipengine.com/v1/downloads/10/${g.fake.base64url(22)}/label-${g.fake.digits(9)}.pdf" },`,
      '  "carrier_code": "ups"',
      '}',
    ],
  })),
  template('wms-location-master', (g) => ({
    path: g.pick(['data/locations.csv', 'wms/import/bins.csv']),
    lines: [
      'location_id,zone,aisle,bay,level,checksum,lpn',
      `MEM1-A-${g.between(10, 40)}-${g.between(1, 30)}-A,PICK,${g.between(10, 40)},${g.between(1, 30)},A,${g.between(10, 99)},LPN${g.fake.digits(12)}`,
      `MEM1-B-${g.between(10, 40)}-${g.between(1, 30)}-C,RESERVE,${g.between(10, 40)},${g.between(1, 30)},C,${g.between(10, 99)},LPN${g.fake.digits(12)}`,
    ],
  })),
  template('geotab-sample-credentials-doc', () => ({
    path: 'docs/geotab-quickstart.md',
    lines: [
      '# MyGeotab quick start',
      '',
      '```python',
      'api = mygeotab.API(username="user@example.com", password="<password>", database="<database>")',
      'api.authenticate()',
      '```',
    ],
  })),
  template('tms-lockfile-hashes', (g) => ({
    path: 'package-lock.json',
    lines: [
      '{',
      '  "packages": {',
      '    "node_modules/@aftership/tracking-sdk": {',
      `      "version": "${g.between(5, 9)}.0.${g.between(0, 9)}",`,
      `      "integrity": "sha512-${g.fake.base64(86)}=="`,
      '    },',
      '    "node_modules/shippo": {',
      `      "version": "2.${g.between(0, 15)}.0",`,
      `      "integrity": "sha512-${g.fake.base64(86)}=="`,
      '    }',
      '  }',
      '}',
    ],
  })),
  template('carrier-service-codes', () => ({
    path: 'src/carriers/serviceCodes.ts',
    lines: [
      'export const UPS_SERVICES: Record<string, string> = {',
      "  '01': 'Next Day Air',",
      "  '02': '2nd Day Air',",
      "  '03': 'Ground',",
      "  '12': '3 Day Select',",
      '};',
      "export const FEDEX_PACKAGING = ['YOUR_PACKAGING', 'FEDEX_ENVELOPE', 'FEDEX_PAK', 'FEDEX_BOX'];",
      "export const API_KEY_HEADER = 'API-Key';",
    ],
  })),
  template('stagenow-profile-no-passphrase', () => ({
    path: 'stagenow/WH_Scanners_EAP.xml',
    lines: [
      '<wap-provisioningdoc>',
      '  <characteristic type="Wi-Fi" version="4.3">',
      '    <characteristic type="network-profile">',
      '      <parm name="SSID" value="ACME-DC-EAP"/>',
      '      <parm name="SecurityMode" value="2"/>',
      '      <parm name="EAPType" value="PEAP"/>',
      '      <parm name="Identity" value="%DEVICE_SERIAL%"/>',
      '      <parm name="PassphraseWPAClear" value="%WIFI_PSK%"/>',
      '    </characteristic>',
      '  </characteristic>',
      '</wap-provisioningdoc>',
    ],
  })),
];
