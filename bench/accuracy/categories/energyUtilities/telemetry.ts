import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * energy-utilities positives from the telemetry stack around the plant: MQTT (mosquitto_passwd files,
 * bridges, paho and MQTT.js clients, HiveMQ Cloud, HiveMQ file-RBAC credentials), Node-RED
 * (`settings.js` admin hashes and credential secrets, unencrypted `flows_cred.json`), InfluxDB (CLI
 * configs, init tokens, client code), Telegraf outputs, Grafana (`grafana.ini`, datasource
 * provisioning, service-account tokens), compose files, Ansible vaults left in clear, Kubernetes
 * secrets, cloud IoT keys, and hand-over runbooks and chat pastes. Values generated at run time.
 */
export const telemetryPositives: readonly Template[] = [
  template('mosquitto-passwd-file', (g) => {
    const h1 = v.mosquittoHash(g);
    const h2 = v.mosquittoHash(g);
    return {
      path: g.pick(['mosquitto/config/passwd', '/etc/mosquitto/passwd', 'broker/passwordfile']),
      lines: [sec(`telegraf:${h1}`, h1), sec(`${g.pick(['nodered', 'plc_gw', 'rtu_bridge'])}:${h2}`, h2)],
    };
  }),
  template('mosquitto-bridge-conf', (g) => {
    const p = v.mqttPass(g);
    return {
      path: g.pick(['mosquitto/conf.d/bridge.conf', '/etc/mosquitto/conf.d/cloud-bridge.conf']),
      lines: [
        `connection ${v.site(g)}-to-cloud`,
        'address broker.gridcloud.io:8883',
        'bridge_protocol_version mqttv311',
        'bridge_cafile /etc/mosquitto/certs/ca.crt',
        `remote_clientid ${v.site(g)}-edge-01`,
        `remote_username ${v.site(g)}_edge`,
        sec(`remote_password ${p}`, p),
        'topic telemetry/# out 1 "" sites/' + v.site(g) + '/',
      ],
    };
  }),
  template('paho-username-pw', (g) => {
    const p = v.mqttPass(g).replace(/"/g, '');
    return {
      path: g.pick(['edge/publisher.py', 'gateway/modbus_to_mqtt.py']),
      lines: [
        'import paho.mqtt.client as mqtt',
        'from pymodbus.client import ModbusTcpClient',
        '',
        'mb = ModbusTcpClient("' + v.otHost(g) + '", port=502)',
        'client = mqtt.Client(client_id="' + v.site(g) + '-modbus-bridge")',
        sec(`client.username_pw_set("edge_gw", "${p}")`, p),
        'client.tls_set(ca_certs="/etc/ssl/certs/ca-certificates.crt")',
        'client.connect("mqtt.' + v.site(g) + '-energy.com", 8883)',
        'rr = mb.read_holding_registers(40001, count=10, slave=1)',
        'client.publish("plant/inverter1/registers", str(rr.registers))',
      ],
    };
  }),
  template('mqttjs-connect', (g) => {
    const p = v.mqttPass(g).replace(/'/g, '');
    return {
      path: g.pick(['src/mqtt.js', 'server/telemetry.js']),
      lines: [
        "const mqtt = require('mqtt');",
        '',
        `const client = mqtt.connect('mqtts://${g.fake.hex(32)}.s1.eu.hivemq.cloud:8883', {`,
        "  username: 'dashboard',",
        sec(`  password: '${p}',`, p),
        '  reconnectPeriod: 5000,',
        '});',
        "client.on('connect', () => client.subscribe('substations/+/feeders/#'));",
      ],
    };
  }),
  template('hivemq-file-rbac', (g) => {
    const p = v.mqttPass(g);
    return {
      path: 'hivemq/extensions/hivemq-file-rbac-extension/conf/credentials.xml',
      lines: [
        '<file-rbac>',
        '    <users>',
        '        <user>',
        `            <name>${g.pick(['scada-publisher', 'historian-sub', 'edge-node'])}</name>`,
        sec(`            <password>${p}</password>`, p),
        '            <roles><id>publisher</id></roles>',
        '        </user>',
        '    </users>',
        '    <roles>',
        '        <role>',
        '            <id>publisher</id>',
        '            <permissions><permission><topic>plant/#</topic></permission></permissions>',
        '        </role>',
        '    </roles>',
        '</file-rbac>',
      ],
    };
  }),
  template('nodered-settings-adminauth', (g) => {
    const h = v.bcrypt(g);
    const cs = v.plain(g) + g.fake.alnum(6);
    return {
      path: g.pick(['node-red/settings.js', '.node-red/settings.js', 'data/settings.js']),
      lines: [
        'module.exports = {',
        '    flowFile: "flows.json",',
        sec(`    credentialSecret: "${cs}",`, cs),
        '    uiPort: process.env.PORT || 1880,',
        '    adminAuth: {',
        '        type: "credentials",',
        '        users: [{',
        '            username: "admin",',
        sec(`            password: "${h}",`, h),
        '            permissions: "*"',
        '        }]',
        '    },',
        '    logging: { console: { level: "info" } },',
        '}',
      ],
    };
  }),
  template('nodered-flows-cred-plain', (g) => {
    const p = v.mqttPass(g).replace(/"/g, '');
    const dp = v.plain(g);
    const id1 = v.nodeId(g);
    const id2 = v.nodeId(g);
    return {
      path: g.pick(['node-red/flows_cred.json', '.node-red/flows_scada_cred.json']),
      lines: [
        '{',
        `    "${id1}": {`,
        '        "user": "nodered",',
        sec(`        "password": "${p}"`, p),
        '    },',
        `    "${id2}": {`,
        '        "user": "historian",',
        sec(`        "password": "${dp}"`, dp),
        '    }',
        '}',
      ],
    };
  }),
  template('influx-cli-configs', (g) => {
    const t = v.influxToken(g);
    return {
      path: g.pick(['.influxdbv2/configs', 'home/ops/.influxdbv2/configs']),
      lines: [
        '[plant-prod]',
        `  url = "https://influx.${v.site(g)}-energy.com"`,
        sec(`  token = "${t}"`, t),
        `  org = "${v.site(g)}"`,
        '  active = true',
      ],
    };
  }),
  template('influx-compose-init', (g) => {
    const p = v.plain(g);
    const t = v.influxToken(g);
    return {
      path: g.pick(['docker-compose.yml', 'stack/compose.yaml']),
      lines: [
        'services:',
        '  influxdb:',
        '    image: influxdb:2.7',
        '    environment:',
        '      - DOCKER_INFLUXDB_INIT_MODE=setup',
        '      - DOCKER_INFLUXDB_INIT_USERNAME=admin',
        sec(`      - DOCKER_INFLUXDB_INIT_PASSWORD=${p}`, p),
        `      - DOCKER_INFLUXDB_INIT_ORG=${v.site(g)}`,
        '      - DOCKER_INFLUXDB_INIT_BUCKET=scada',
        sec(`      - DOCKER_INFLUXDB_INIT_ADMIN_TOKEN=${t}`, t),
        '    ports:',
        '      - "8086:8086"',
      ],
    };
  }),
  template('influx-python-client', (g) => {
    const t = v.influxToken(g);
    return {
      path: g.pick(['collector/write_points.py', 'scripts/backfill_influx.py']),
      lines: [
        'from influxdb_client import InfluxDBClient, Point',
        'from influxdb_client.client.write_api import SYNCHRONOUS',
        '',
        sec(`client = InfluxDBClient(url="http://${v.otHost(g)}:8086", token="${t}", org="gridops")`, t),
        'write = client.write_api(write_options=SYNCHRONOUS)',
        'write.write("scada", record=Point("feeder").tag("id", "F12").field("amps", 212.4))',
      ],
    };
  }),
  template('influx-v1-python', (g) => {
    const p = v.pass(g).replace(/'/g, '');
    return {
      path: g.pick(['legacy/influx_v1_export.py', 'tools/pump_runtime.py']),
      lines: [
        'from influxdb import InfluxDBClient',
        '',
        sec(`client = InfluxDBClient('${v.otHost(g)}', 8086, 'grafana', '${p}', 'telemetry')`, p),
        'result = client.query("SELECT mean(flow) FROM pumps WHERE time > now() - 1d GROUP BY time(1h)")',
      ],
    };
  }),
  template('telegraf-influx-output', (g) => {
    const t = v.influxToken(g);
    return {
      path: g.pick(['telegraf/telegraf.conf', '/etc/telegraf/telegraf.conf']),
      lines: [
        '[agent]',
        '  interval = "10s"',
        '',
        '[[outputs.influxdb_v2]]',
        `  urls = ["https://influx.${v.site(g)}-energy.com"]`,
        sec(`  token = "${t}"`, t),
        '  organization = "gridops"',
        '  bucket = "substations"',
        '',
        '[[inputs.modbus]]',
        '  name = "meter"',
        '  slave_id = 1',
        `  controller = "tcp://${v.otHost(g)}:502"`,
      ],
    };
  }),
  template('telegraf-mqtt-consumer', (g) => {
    const p = v.mqttPass(g).replace(/"/g, '');
    return {
      path: g.pick(['telegraf/telegraf.d/mqtt.conf', '/etc/telegraf/telegraf.d/mqtt_consumer.conf']),
      lines: [
        '[[inputs.mqtt_consumer]]',
        `  servers = ["ssl://mqtt.${v.site(g)}-energy.com:8883"]`,
        '  topics = ["plant/+/meters/#"]',
        '  username = "telegraf"',
        sec(`  password = "${p}"`, p),
        '  data_format = "json"',
      ],
    };
  }),
  template('grafana-ini', (g) => {
    const a = v.plain(g);
    const d = v.plain(g);
    return {
      path: g.pick(['grafana/grafana.ini', '/etc/grafana/grafana.ini']),
      lines: [
        '[server]',
        `root_url = https://grafana.${v.site(g)}-energy.com/`,
        '',
        '[database]',
        'type = postgres',
        'host = db:5432',
        'user = grafana',
        sec(`password = ${d}`, d),
        '',
        '[security]',
        'admin_user = admin',
        sec(`admin_password = ${a}`, a),
        'cookie_secure = true',
      ],
    };
  }),
  template('grafana-datasource-provisioning', (g) => {
    const t = v.influxToken(g);
    return {
      path: g.pick(['grafana/provisioning/datasources/influx.yaml', 'provisioning/datasources/scada.yml']),
      lines: [
        'apiVersion: 1',
        'datasources:',
        '  - name: SCADA InfluxDB',
        '    type: influxdb',
        '    access: proxy',
        `    url: http://${v.otHost(g)}:8086`,
        '    jsonData:',
        '      version: Flux',
        '      organization: gridops',
        '      defaultBucket: scada',
        '    secureJsonData:',
        sec(`      token: ${t}`, t),
      ],
    };
  }),
  template('grafana-datasource-pg', (g) => {
    const p = v.plain(g);
    return {
      path: 'grafana/provisioning/datasources/timescale.yaml',
      lines: [
        'apiVersion: 1',
        'datasources:',
        '  - name: Water quality (TimescaleDB)',
        '    type: postgres',
        '    url: tsdb.water.internal:5432',
        '    user: grafana_ro',
        '    jsonData:',
        '      database: wq',
        '      sslmode: require',
        '      timescaledb: true',
        '    secureJsonData:',
        sec(`      password: ${p}`, p),
      ],
    };
  }),
  template('grafana-sa-token-script', (g) => {
    const t = v.grafanaSaToken(g);
    return {
      path: g.pick(['scripts/export_dashboards.sh', 'ops/grafana_backup.sh']),
      lines: [
        '#!/usr/bin/env bash',
        `GRAFANA=https://grafana.${v.site(g)}-energy.com`,
        sec(`TOKEN=${t}`, t),
        'for uid in $(curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/search?type=dash-db" | jq -r ".[].uid"); do',
        '  curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/dashboards/uid/$uid" > "backup/$uid.json"',
        'done',
      ],
    };
  }),
  template('ansible-scada-vars', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick(['ansible/group_vars/historians.yml', 'inventories/ot/group_vars/all.yml']),
      lines: [
        '---',
        'historian_service_account: svc_hist',
        sec(`historian_service_password: "${p1}"`, p1),
        'opcua_endpoint: "opc.tcp://opc1.ot.local:4840"',
        'opcua_username: opcuser',
        sec(`opcua_password: "${p2}"`, p2),
        'ntp_servers: [10.10.0.1, 10.10.0.2]',
      ],
    };
  }),
  template('k8s-secret-stringdata', (g) => {
    const t = v.influxToken(g);
    const p = v.mqttPass(g);
    return {
      path: g.pick(['k8s/edge-secrets.yaml', 'deploy/telemetry/secret.yaml']),
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: telemetry-credentials',
        '  namespace: ot-edge',
        'type: Opaque',
        'stringData:',
        sec(`  INFLUX_TOKEN: "${t}"`, t),
        sec(`  MQTT_PASSWORD: "${p}"`, p),
      ],
    };
  }),
  template('edge-dotenv', (g) => {
    const p = v.plain(g);
    const k = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['edge-gateway/.env', '.env']),
      lines: [
        `SITE=${v.site(g)}`,
        'MODBUS_HOST=10.20.1.15',
        'MQTT_USER=edge',
        sec(`MQTT_PASS=${p}`, p),
        sec(`AWS_ACCESS_KEY_ID=${k}`, k),
        sec(`AWS_SECRET_ACCESS_KEY=${s}`, s),
        'AWS_REGION=us-west-2',
        'S3_BUCKET=ami-interval-data',
      ],
    };
  }),
  template('azure-iot-connection-string', (g) => {
    const k = g.fake.base64(43) + '=';
    return {
      path: g.pick(['edge/appsettings.json', 'src/TelemetryForwarder/appsettings.json']),
      lines: [
        '{',
        '  "IoTHub": {',
        sec(
          `    "ConnectionString": "HostName=${v.site(g)}-grid-hub.azure-devices.net;DeviceId=rtu-${g.between(10, 99)};SharedAccessKey=${k}"`,
          k,
        ),
        '  },',
        '  "PollIntervalSeconds": 15',
        '}',
      ],
    };
  }),
  template('runbook-handover', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick(['docs/runbooks/control-room-handover.md', 'wiki/Substation-HMI.md']),
      lines: [
        '# Substation HMI hand-over',
        '',
        '| System | URL | Account | Password |',
        '|---|---|---|---|',
        sec(`| Ignition gateway | https://${v.otHost(g)}:8043 | admin | ${p1} |`, p1),
        sec(`| PI Vision | https://pivision.plant.corp | svc_pivision | ${p2} |`, p2),
        '',
        'Rotate both after the outage window.',
      ],
    };
  }),
  template('chat-paste-rtu', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['notes/slack-export-ops.txt', 'logs/teams-chat-2024-03.txt']),
      lines: [
        '[07:41] j.morales: anyone have the login for the new lift station RTU?',
        `[07:43] k.chen: it's admin / ${p} until we hook it into RADIUS`,
        '[07:44] j.morales: thanks, in now',
      ].map((l, i) => (i === 1 ? sec(l, p) : l)),
    };
  }),
  template('ignition-gateway-network-note', (g) => {
    const p = v.plain(g);
    return {
      path: 'docs/commissioning.md',
      lines: [
        '## Historian SQL login',
        '',
        '- Server: `sql01.plant.corp`',
        '- Database: `IgnitionHistory`',
        '- User: `ignition`',
        sec(`- Password: \`${p}\``, p),
      ],
    };
  }),
];
