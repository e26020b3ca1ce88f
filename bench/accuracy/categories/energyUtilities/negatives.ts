import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * energy-utilities hard negatives from the same repositories: the plant's many identifiers that are
 * not secrets (OPC UA NodeIds and certificate thumbprints, Modbus register maps, DNP3 point lists,
 * IEC 61850 SCL, PI WebIds and tag names, Ignition tag paths, meter serials, MPANs, EIC codes, DLMS
 * system titles and OBIS codes, Node-RED node ids, InfluxDB org and bucket ids, Grafana dashboard
 * uids, VRM portal ids, SolarEdge site ids, Enphase client ids, firmware checksums), encrypted
 * Node-RED credentials, references and placeholders (`${INFLUX_TOKEN}`, `*_FILE` secrets,
 * `.env.example`), documentation stand-ins (the DLMS Green Book's test keys) and empty values.
 * Generated at run time.
 */
export const energyNegatives: readonly Template[] = [
  template('opcua-nodeids', (g) => ({
    path: g.pick(['opcua/nodes.yaml', 'config/tags.yml']),
    lines: [
      'nodes:',
      `  - name: drum_level\n    node_id: "ns=2;s=Boiler1.Drum.Level"`,
      `  - name: feed_pump_speed\n    node_id: "ns=3;i=${g.between(1000, 9999)}"`,
      `  - name: breaker_52a\n    node_id: "ns=2;g=${v.uuid(g)}"`,
      `  - name: event_buffer\n    node_id: "ns=4;b=${g.fake.base64(24)}"`,
    ],
  })),
  template('opcua-trustlist-thumbprints', (g) => ({
    path: 'pki/trusted/README.md',
    lines: [
      '# Trusted OPC UA client certificates',
      '',
      '| Application | Thumbprint (SHA-1) | Expires |',
      '|---|---|---|',
      `| Historian bridge | ${g.fake.upperHex(40)} | 2027-03-01 |`,
      `| Ignition gateway | ${g.fake.upperHex(40)} | 2026-11-15 |`,
      `| Engineering laptop | ${g.fake.upperHex(40)} | 2025-09-30 |`,
    ],
  })),
  template('modbus-register-map', (g) => ({
    path: g.pick(['docs/modbus_map.csv', 'config/inverter_registers.csv']),
    lines: [
      'name,address,type,scale,unit',
      `ac_power,${40083},int16,0.1,W`,
      `ac_energy_wh,${40093},acc32,1,Wh`,
      `dc_voltage,${40098},uint16,0.01,V`,
      `serial_number,${40052},string16,,`,
      `device_key,${40000 + g.between(120, 180)},uint32,,`,
    ],
  })),
  template('dnp3-point-list', (g) => ({
    path: g.pick(['rtu/points.xml', 'gateway/dnp3/pointlist.xml']),
    lines: [
      '<PointList>',
      `  <Binary index="0" name="CB52_Closed" class="1" />`,
      `  <Binary index="1" name="CB52_Tripped" class="1" />`,
      `  <Analog index="0" name="Feeder_Amps_A" deadband="${g.between(1, 10)}" class="2" />`,
      '  <Counter index="0" name="kWh_Delivered" class="3" />',
      '  <Control index="0" name="CB52_Trip" type="SBO" />',
      '</PointList>',
    ],
  })),
  template('iec61850-scl', (g) => ({
    path: g.pick(['scl/SUB1_P1.cid', 'ied/feeder_relay.icd']),
    lines: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<SCL xmlns="http://www.iec.ch/61850/2003/SCL" version="2007" revision="B">',
      `  <Header id="SUB1" version="${g.between(1, 9)}" revision="${g.between(1, 9)}" />`,
      '  <Communication>',
      '    <SubNetwork name="StationBus" type="8-MMS">',
      '      <ConnectedAP iedName="P1" apName="S1">',
      `        <Address><P type="IP">10.${g.between(10, 40)}.1.${g.between(2, 200)}</P><P type="OSI-AP-Title">1,3,9999,23</P></Address>`,
      `        <GSE ldInst="CTRL" cbName="GCB01"><Address><P type="MAC-Address">01-0C-CD-01-00-${g.fake.upperHex(2)}</P><P type="APPID">${g.fake.upperHex(4)}</P></Address></GSE>`,
      '      </ConnectedAP>',
      '    </SubNetwork>',
      '  </Communication>',
      '</SCL>',
    ],
  })),
  template('pi-webids', (g) => ({
    path: g.pick(['config/pi_points.json', 'etl/webids.json']),
    lines: [
      '{',
      `  "Boiler1.SteamFlow": "${v.piWebId(g)}",`,
      `  "Boiler1.DrumPressure": "${v.piWebId(g)}",`,
      `  "Feeder12.Amps": "${v.piWebId(g)}"`,
      '}',
    ],
  })),
  template('pi-web-api-kerberos', (g) => ({
    path: g.pick(['etl/pi_kerberos.py', 'scripts/pi_current.py']),
    lines: [
      'import requests',
      'from requests_kerberos import HTTPKerberosAuth, OPTIONAL',
      '',
      `PI = "https://${v.otHost(g)}/piwebapi"`,
      'auth = HTTPKerberosAuth(mutual_authentication=OPTIONAL)',
      `r = requests.get(f"{PI}/streams/${v.piWebId(g)}/value", auth=auth)`,
    ],
  })),
  template('ignition-tag-json', (g) => ({
    path: 'ignition/tags/PumpStation.json',
    lines: [
      '{',
      '  "name": "PumpStation",',
      '  "tagType": "Folder",',
      '  "tags": [',
      `    { "name": "WetWellLevel", "opcItemPath": "ns=1;s=[PS${g.between(1, 20)}]N7:0", "opcServer": "Ignition OPC UA Server", "valueSource": "opc" },`,
      '    { "name": "Password", "tagType": "AtomicTag", "dataType": "String", "valueSource": "memory", "value": "" },',
      `    { "name": "SessionKey", "dataType": "Int4", "value": ${g.between(1, 9999)} }`,
      '  ]',
      '}',
    ],
  })),
  template('ignition-compose-secret-file', () => ({
    path: 'docker-compose.yml',
    lines: [
      'services:',
      '  gateway:',
      '    image: inductiveautomation/ignition:8.1.43',
      '    environment:',
      '      ACCEPT_IGNITION_EULA: "Y"',
      '      GATEWAY_ADMIN_USERNAME: admin',
      '      GATEWAY_ADMIN_PASSWORD_FILE: /run/secrets/gateway-admin-password',
      '    secrets:',
      '      - gateway-admin-password',
      'secrets:',
      '  gateway-admin-password:',
      '    file: ./secrets/gateway-admin-password.txt',
    ],
  })),
  template('meter-readings-csv', (g) => ({
    path: g.pick(['exports/interval_reads.csv', 'ami/readings_2024-06-01.csv']),
    lines: [
      'meter_serial,mpan,obis,timestamp,value,unit',
      ...[0, 1, 2, 3].map(
        () =>
          `${v.meterSerial(g)},${v.mpan(g)},1.0.1.8.0.255,2024-06-01T00:30:00Z,${g.between(100, 9999)}.${g.between(0, 9)},kWh`,
      ),
    ],
  })),
  template('dlms-system-titles', (g) => ({
    path: g.pick(['headend/meters.yaml', 'config/meter_fleet.yml']),
    lines: [
      'meters:',
      ...[0, 1, 2].map(
        () =>
          `  - serial: ${v.meterSerial(g)}\n    system_title: "${v.systemTitle(g)}"\n    wrapper_port: 4059\n    security_suite: 0\n    keys: vault:secret/ami/meters`,
      ),
    ],
  })),
  template('dlms-greenbook-test-vectors', () => ({
    path: 'docs/dlms-security-notes.md',
    lines: [
      '# Test vectors (DLMS UA Green Book, security suite 0)',
      '',
      'The worked example uses these published test keys; production meters get keys from the HSM.',
      '',
      '- Block cipher key (EK): `000102030405060708090A0B0C0D0E0F`',
      '- Authentication key (AK): `D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF`',
      '- System title: `4D4D4D0000BC614E`',
    ],
  })),
  template('eic-codes-areas', (g) => ({
    path: g.pick(['market/areas.py', 'config/bidding_zones.py']),
    lines: [
      'BIDDING_ZONES = {',
      '    "DE_LU": "10Y1001A1001A82H",',
      '    "FR": "10YFR-RTE------C",',
      '    "NL": "10YNL----------L",',
      '    "ES": "10YES-REE------0",',
      '}',
      `DOCUMENT_TYPE = "A44"  # price document; request ${g.between(1, 9)}`,
    ],
  })),
  template('entsoe-env-ref', () => ({
    path: 'forecasting/settings.py',
    lines: [
      'import os',
      '',
      'ENTSOE_API_KEY = os.environ["ENTSOE_API_KEY"]',
      'EIA_API_KEY = os.getenv("EIA_API_KEY", "")',
      'OCTOPUS_API_KEY = os.environ.get("OCTOPUS_API_KEY")',
    ],
  })),
  template('energy-env-example', () => ({
    path: '.env.example',
    lines: [
      '# Copy to .env and fill in',
      'SOLAREDGE_API_KEY=',
      'SOLAREDGE_SITE_ID=',
      'ENPHASE_API_KEY=<your enphase api key>',
      'VRM_TOKEN=your-token-here',
      'OCTOPUS_API_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      'INFLUX_TOKEN=changeme-in-env',
    ],
  })),
  template('influx-token-refs', (g) => ({
    path: g.pick(['telegraf/telegraf.conf', '/etc/telegraf/telegraf.conf']),
    lines: [
      '[[outputs.influxdb_v2]]',
      '  urls = ["http://influxdb:8086"]',
      '  token = "${INFLUX_TOKEN}"',
      `  organization = "${v.site(g)}"`,
      '  bucket = "scada"',
      `  # org id ${v.influxId(g)}, bucket id ${v.influxId(g)}`,
    ],
  })),
  template('nodered-flows-ids', (g) => ({
    path: g.pick(['node-red/flows.json', '.node-red/flows.json']),
    lines: [
      '[',
      `  { "id": "${v.nodeId(g)}", "type": "tab", "label": "Substation feeds" },`,
      `  { "id": "${v.nodeId(g)}", "type": "mqtt-broker", "name": "edge", "broker": "mqtt.local", "port": "1883", "credentials": {} },`,
      `  { "id": "${v.nodeId(g)}", "type": "modbus-read", "unitid": "1", "dataType": "HoldingRegister", "adr": "40083", "quantity": "10" },`,
      `  { "id": "${v.nodeId(g)}", "type": "function", "func": "msg.payload = msg.payload[0] / 10;\\nreturn msg;" }`,
      ']',
    ],
  })),
  template('nodered-flows-cred-encrypted', (g) => ({
    path: 'node-red/flows_cred.json',
    lines: ['{', `    "$": "${g.fake.hex(32)}${g.fake.base64(120)}"`, '}'],
  })),
  template('nodered-settings-env', () => ({
    path: 'node-red/settings.js',
    lines: [
      'module.exports = {',
      '    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,',
      '    adminAuth: require("./user-authentication"),',
      '    httpNodeAuth: { user: process.env.HTTP_USER, pass: process.env.HTTP_PASS_HASH },',
      '};',
    ],
  })),
  template('grafana-dashboard-json', (g) => ({
    path: g.pick(['grafana/dashboards/feeder-overview.json', 'dashboards/water-quality.json']),
    lines: [
      '{',
      `  "uid": "${g.fake.alnum(9)}",`,
      '  "title": "Feeder overview",',
      `  "panels": [{ "id": 2, "datasource": { "type": "influxdb", "uid": "${g.fake.alnum(9)}" }, "targets": [{ "refId": "A", "query": "from(bucket: \\"scada\\")" }] }],`,
      `  "version": ${g.between(3, 90)}`,
      '}',
    ],
  })),
  template('grafana-ini-env-refs', () => ({
    path: 'grafana/grafana.ini',
    lines: [
      '[database]',
      'type = postgres',
      'host = db:5432',
      'user = grafana',
      'password = $__file{/run/secrets/grafana_db_password}',
      '',
      '[security]',
      'admin_user = admin',
      'admin_password = ${GF_SECURITY_ADMIN_PASSWORD}',
    ],
  })),
  template('mosquitto-conf-no-secrets', (g) => ({
    path: g.pick(['mosquitto/config/mosquitto.conf', '/etc/mosquitto/mosquitto.conf']),
    lines: [
      'persistence true',
      'persistence_location /mosquitto/data/',
      'listener 8883',
      'cafile /mosquitto/certs/ca.crt',
      'certfile /mosquitto/certs/server.crt',
      'keyfile /mosquitto/certs/server.key',
      'password_file /mosquitto/config/passwd',
      'acl_file /mosquitto/config/acl',
      'allow_anonymous false',
    ],
  })),
  template('mosquitto-acl', (g) => ({
    path: 'mosquitto/config/acl',
    lines: [
      'user telegraf',
      'topic read plant/#',
      '',
      `user ${g.pick(['nodered', 'plc_gw'])}`,
      'topic readwrite plant/+/cmd/#',
      'pattern write devices/%c/telemetry',
    ],
  })),
  template('vrm-installation-ids', (g) => ({
    path: g.pick(['config/sites.json', 'fleet/installations.json']),
    lines: [
      '[',
      `  { "idSite": ${g.between(100000, 499999)}, "identifier": "${v.vrmPortalId(g)}", "name": "${v.cap(v.site(g))} cabin" },`,
      `  { "idSite": ${g.between(100000, 499999)}, "identifier": "${v.vrmPortalId(g)}", "name": "Pump house" }`,
      ']',
    ],
  })),
  template('solar-site-ids', (g) => ({
    path: g.pick(['config/solar.yaml', 'pv/fleet.yml']),
    lines: [
      'solaredge:',
      `  site_id: ${g.between(1000000, 4999999)}`,
      '  api_key: !secret solaredge_api_key',
      'enphase:',
      `  system_id: ${g.between(100000, 9999999)}`,
      `  client_id: ${g.fake.hex(32)}`,
      '  client_secret: !secret enphase_client_secret',
      `  envoy_serial: "${g.between(100000000000, 999999999999)}"`,
    ],
  })),
  template('firmware-checksums', (g) => ({
    path: g.pick(['firmware/SHA256SUMS', 'rtu/firmware/checksums.txt']),
    lines: [
      `${g.fake.hex(64)}  SEL-3530_R${g.between(140, 160)}.bin`,
      `${g.fake.hex(64)}  MGate_MB3170_v4.${g.between(1, 5)}.rom`,
      `${g.fake.hex(64)}  D20MX_${g.between(3, 5)}.${g.between(0, 9)}.pkg`,
    ],
  })),
  template('public-cert-pem', (g) => ({
    path: 'pki/own/certs/opcua-client.pem',
    lines: [g.fake.pem('CERTIFICATE', 10)],
  })),
  template('powerwall-docs-placeholder', () => ({
    path: 'docs/powerwall.md',
    lines: [
      '## Logging in',
      '',
      'The gateway password is the last five characters of the password on the sticker',
      'inside the Gateway door. Pass it as `PW_PASSWORD`:',
      '',
      '```sh',
      'docker run -e PW_PASSWORD="<gateway password>" -e PW_EMAIL="you@example.com" pypowerwall',
      '```',
    ],
  })),
  template('sel-settings-no-passwords', (g) => ({
    path: g.pick(['relay/SEL-751_settings.txt', 'settings/feeder12_SET_1.txt']),
    lines: [
      '=>SHO 1',
      `RID      := FDR${g.between(10, 40)}_${v.site(g).toUpperCase()}`,
      'TID      := SEL-751',
      `CTR      := ${g.pick([120, 240, 400])}`,
      `PTR      := ${g.pick([60, 120])}.00`,
      `50P1P    := ${g.between(5, 20)}.00`,
      '51P1C    := U3',
      'E79      := 2',
    ],
  })),
  template('password-policy-doc', () => ({
    path: 'docs/ot-password-policy.md',
    lines: [
      '# OT account password policy',
      '',
      '- HMI operator passwords: at least 12 characters, rotated every 180 days.',
      '- Relay access levels (ACC, 2AC): changed from the factory defaults at commissioning.',
      '- DLMS keys: generated in the HSM; never written to spreadsheets.',
      '- Store everything in the OT vault (`ot-vault.corp.local`).',
    ],
  })),
  template('ansible-vault-refs', () => ({
    path: 'ansible/group_vars/historians.yml',
    lines: [
      '---',
      'historian_service_account: svc_hist',
      'historian_service_password: "{{ vault_historian_service_password }}"',
      "opcua_password: \"{{ lookup('hashi_vault', 'secret=ot/data/opcua:password') }}\"",
    ],
  })),
  template('k8s-secret-refs', () => ({
    path: 'k8s/telegraf-deployment.yaml',
    lines: [
      'env:',
      '  - name: INFLUX_TOKEN',
      '    valueFrom:',
      '      secretKeyRef:',
      '        name: telemetry-credentials',
      '        key: INFLUX_TOKEN',
      '  - name: MQTT_PASSWORD',
      '    valueFrom:',
      '      secretKeyRef: { name: telemetry-credentials, key: MQTT_PASSWORD }',
    ],
  })),
  template('opcua-prompt-client', (g) => ({
    path: 'opcua/interactive.py',
    lines: [
      'import getpass',
      'from asyncua.sync import Client',
      '',
      `client = Client("opc.tcp://${v.otHost(g)}:4840")`,
      'client.set_user(input("User: "))',
      'client.set_password(getpass.getpass("Password: "))',
    ],
  })),
  template('scada-alarm-log', (g) => ({
    path: g.pick(['logs/alarms.log', 'exports/events.csv']),
    lines: [
      `2024-05-02T03:14:07Z,${v.site(g)},FDR12,CB52,TRIP,phase A overcurrent,seq=${g.fake.hex(8)}`,
      `2024-05-02T03:14:09Z,${v.site(g)},FDR12,79,RECLOSE SHOT 1,,seq=${g.fake.hex(8)}`,
      `2024-05-02T03:20:44Z,${v.site(g)},HMI,LOGIN,operator logged in from 10.20.1.40,,session=${g.fake.hex(16)}`,
      `2024-05-02T03:21:02Z,${v.site(g)},HMI,LOGIN FAILED,bad password for user maint,,session=${g.fake.hex(16)}`,
    ],
  })),
  template('codesys-st-empty-pw', () => ({
    path: 'PLC/POUs/FB_Mqtt.st',
    lines: [
      'FUNCTION_BLOCK FB_Mqtt',
      'VAR_INPUT',
      '    sHostname : STRING;',
      '    wsUsername : WSTRING;',
      '    wsPassword : WSTRING; (* set from the HMI at runtime *)',
      'END_VAR',
    ],
  })),
  template('ocpp-message-trace', (g) => ({
    path: g.pick(['logs/ocpp.log', 'traces/cp-boot.jsonl']),
    lines: [
      `[2,"${v.uuid(g)}","BootNotification",{"chargePointVendor":"ABB","chargePointModel":"Terra AC","chargePointSerialNumber":"TAC${g.fake.digits(8)}"}]`,
      `[3,"${v.uuid(g)}",{"status":"Accepted","currentTime":"2024-06-01T10:00:00Z","interval":300}]`,
      `[2,"${v.uuid(g)}","Authorize",{"idTag":"${g.fake.upperHex(8)}"}]`,
      `[2,"${v.uuid(g)}","MeterValues",{"connectorId":1,"transactionId":${g.between(1000, 9999)}}]`,
    ],
  })),
  template('octopus-tariff-codes', (g) => ({
    path: 'octopus/tariffs.py',
    lines: [
      'PRODUCT = "AGILE-24-10-01"',
      'TARIFF = "E-1R-AGILE-24-10-01-C"',
      `ACCOUNT = "A-${g.fake.upperHex(8)}"`,
      `MPAN = "${v.mpan(g)}"`,
      'url = f"https://api.octopus.energy/v1/products/{PRODUCT}/electricity-tariffs/{TARIFF}/standard-unit-rates/"',
    ],
  })),
  template('dnp3-sa-config-refs', () => ({
    path: 'gateway/dnp3/master-sa.xml',
    lines: [
      '<SecureAuthentication version="5" enabled="true">',
      '  <User number="1" role="OPERATOR" />',
      '  <UpdateKey source="hsm" slot="4" />',
      '  <MacAlgorithm>HMAC-SHA256-16</MacAlgorithm>',
      '  <KeyChangeInterval>900</KeyChangeInterval>',
      '</SecureAuthentication>',
    ],
  })),
  template('hmi-users-no-passwords', (g) => ({
    path: g.pick(['config/hmi_users.csv', 'docs/operators.csv']),
    lines: [
      'username,full_name,role,last_login',
      `operator1,${v.cap(v.site(g))} Control Room,Operator,2024-05-0${g.between(1, 9)}`,
      'maint,Maintenance,Engineer,2024-04-28',
      'viewer,Read only,Guest,',
    ],
  })),
  template('water-telemetry-json', (g) => ({
    path: g.pick(['telemetry/sample_payload.json', 'docs/lorawan_uplink.json']),
    lines: [
      '{',
      `  "deviceEUI": "${g.fake.upperHex(16)}",`,
      `  "applicationID": "${g.between(1, 40)}",`,
      `  "fCnt": ${g.between(1, 90000)},`,
      `  "data": "${g.fake.base64(16)}",`,
      '  "object": { "level_m": 3.42, "battery_v": 3.6 }',
      '}',
    ],
  })),
];
