import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * agriculture-iot positives from the field and the barn: Davis WeatherLink v2, Ambient Weather,
 * Rachio and Hunter Hydrawise irrigation, The Things Stack, ChirpStack and Helium LoRaWAN networks
 * (API keys, AppKeys in device registrations and firmware), greenhouse climate computers (Priva),
 * milking and herd software (Lely Horizon/T4C, DeLaval DelPro), livestock RFID readers and scale
 * heads, Modbus and serial gateways. Values generated at run time.
 */
export const sensorPositives: readonly Template[] = [
  template('weatherlink-env', (g) => {
    const k = v.wlKey(g);
    const s = v.wlKey(g);
    return {
      path: g.pick(['.env', 'weather/.env', 'station-poller/.env']),
      lines: [
        '# Davis WeatherLink v2',
        sec(`WEATHERLINK_API_KEY=${k}`, k),
        sec(`WEATHERLINK_API_SECRET=${s}`, s),
        `WEATHERLINK_STATION_ID=${v.stationId(g)}`,
      ],
    };
  }),
  template('weatherlink-python', (g) => {
    const k = v.wlKey(g);
    const s = v.wlKey(g);
    return {
      path: g.pick(['weather/poll_davis.py', 'scripts/weatherlink.py']),
      lines: [
        'import requests',
        '',
        sec(`API_KEY = "${k}"`, k),
        sec(`API_SECRET = "${s}"`, s),
        `STATION = ${v.stationId(g)}`,
        'r = requests.get(f"https://api.weatherlink.com/v2/current/{STATION}",',
        '                 params={"api-key": API_KEY}, headers={"X-Api-Secret": API_SECRET})',
      ],
    };
  }),
  template('weatherlink-curl', (g) => {
    const k = v.wlKey(g);
    const s = v.wlKey(g);
    return {
      path: g.pick(['cron/weather.sh', 'bin/fetch-current.sh']),
      lines: [
        '#!/bin/sh',
        sec(
          `curl -s -H "X-Api-Secret: ${s}" "https://api.weatherlink.com/v2/current/${v.stationId(g)}?api-key=${k}" > /var/lib/weather/current.json`,
          s,
        ),
      ],
    };
  }),
  template('ambient-weather-js', (g) => {
    const a = v.ambientKey(g);
    const k = v.ambientKey(g);
    return {
      path: g.pick(['weather/ambient.js', 'src/stations/ambient.ts']),
      lines: [
        "const AmbientWeatherApi = require('ambient-weather-api');",
        'const api = new AmbientWeatherApi({',
        sec(`  apiKey: '${k}',`, k),
        sec(`  applicationKey: '${a}',`, a),
        '});',
      ],
    };
  }),
  template('ambient-weather-ha-yaml', (g) => {
    const a = v.ambientKey(g);
    const k = v.ambientKey(g);
    return {
      path: g.pick(['configuration.yaml', 'homeassistant/packages/weather.yaml']),
      lines: ['ambient_station:', sec(`  api_key: ${k}`, k), sec(`  app_key: ${a}`, a)],
    };
  }),
  template('rachio-python', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['irrigation/rachio_skip.py', 'scripts/rain_delay.py']),
      lines: [
        'import requests',
        '',
        sec(`RACHIO_TOKEN = "${k}"`, k),
        'HEADERS = {"Authorization": f"Bearer {RACHIO_TOKEN}"}',
        'me = requests.get("https://api.rach.io/1/public/person/info", headers=HEADERS).json()',
      ],
    };
  }),
  template('rachio-curl', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['irrigation/README.md', 'notes/rachio.txt']),
      lines: [
        'Rain delay for the orchard zones:',
        sec(
          `curl -X PUT -H "Authorization: Bearer ${k}" -H "Content-Type: application/json" -d '{"id":"${v.uuid(g)}","duration":86400}' https://api.rach.io/1/public/device/rain_delay`,
          k,
        ),
      ],
    };
  }),
  template('hydrawise-node-red-env', (g) => {
    const k = v.hydrawiseKey(g);
    return {
      path: g.pick(['hydrawise.env', 'irrigation/.env']),
      lines: [
        '# Hunter Hydrawise (Account settings -> API key)',
        sec(`HYDRAWISE_API_KEY=${k}`, k),
        'HYDRAWISE_CONTROLLER=Pivot North',
      ],
    };
  }),
  template('hydrawise-url', (g) => {
    const k = v.hydrawiseKey(g);
    return {
      path: g.pick(['irrigation/status.py', 'scripts/hydrawise_status.py']),
      lines: [
        'import urllib.request, json',
        sec(`URL = "https://api.hydrawise.com/api/v1/statusschedule.php?api_key=${k}"`, k),
        'data = json.load(urllib.request.urlopen(URL))',
      ],
    };
  }),
  template('tts-cli-env', (g) => {
    const k = v.ttsKey(g);
    return {
      path: g.pick(['.env', 'lorawan/.env', 'tank-monitor/.env']),
      lines: [
        'TTN_REGION=eu1',
        `TTN_APP_ID=${v.farm(g)}-soil-probes`,
        sec(`TTN_API_KEY=${k}`, k),
        'TTN_MQTT_HOST=eu1.cloud.thethings.network',
      ],
    };
  }),
  template('tts-mqtt-python', (g) => {
    const k = v.ttsKey(g);
    const app = `${v.farm(g)}-tanks`;
    return {
      path: g.pick(['lorawan/uplinks.py', 'ingest/ttn_mqtt.py']),
      lines: [
        'import paho.mqtt.client as mqtt',
        '',
        'client = mqtt.Client()',
        sec(`client.username_pw_set("${app}@ttn", "${k}")`, k),
        'client.tls_set()',
        'client.connect("nam1.cloud.thethings.network", 8883)',
        `client.subscribe("v3/${app}@ttn/devices/+/up")`,
      ],
    };
  }),
  template('tts-webhook-header', (g) => {
    const k = v.ttsKey(g);
    return {
      path: g.pick(['lorawan/downlink.sh', 'scripts/open_valve.sh']),
      lines: [
        '#!/bin/bash',
        `curl -X POST "https://eu1.cloud.thethings.network/api/v3/as/applications/${v.farm(g)}-valves/webhooks/farmhub/devices/valve-03/down/push" \\`,
        sec(`  -H "Authorization: Bearer ${k}" \\`, k),
        '  -d \'{"downlinks":[{"frm_payload":"AQ==","f_port":15}]}\'',
      ],
    };
  }),
  template('lorawan-device-csv', (g) => {
    const k1 = v.appKey(g);
    const k2 = v.appKey(g);
    return {
      path: g.pick(['devices/soil-probes.csv', 'provisioning/tank-sensors.csv']),
      lines: [
        'id,dev_eui,join_eui,app_key,name',
        sec(`soil-01,${v.eui(g)},${v.eui(g)},${k1},North pivot 0-30cm`, k1),
        sec(`soil-02,${v.eui(g)},${v.eui(g)},${k2},North pivot 30-60cm`, k2),
      ],
    };
  }),
  template('lorawan-arduino-lmic', (g) => {
    const k = v.appKey(g);
    const bytes = k
      .match(/../g)!
      .map((b) => `0x${b}`)
      .join(', ');
    return {
      path: g.pick(['firmware/soil_node/soil_node.ino', 'src/lmic_keys.h']),
      lines: [
        `static const u1_t PROGMEM APPEUI[8] = { ${v
          .eui(g)
          .match(/../g)!
          .map((b) => `0x${b}`)
          .join(', ')} };`,
        `static const u1_t PROGMEM DEVEUI[8] = { ${v
          .eui(g)
          .match(/../g)!
          .map((b) => `0x${b}`)
          .join(', ')} };`,
        sec(`static const u1_t PROGMEM APPKEY[16] = { ${bytes} };`, bytes),
      ],
    };
  }),
  template('lorawan-at-commands', (g) => {
    const k = v.appKey(g);
    return {
      path: g.pick(['provision/rak3172.txt', 'docs/node-setup.txt']),
      lines: [
        'AT+NJM=1',
        `AT+DEVEUI=${v.eui(g)}`,
        `AT+APPEUI=${v.eui(g)}`,
        sec(`AT+APPKEY=${k}`, k),
        'AT+JOIN=1:0:10:8',
      ],
    };
  }),
  template('chirpstack-api-token', (g) => {
    const t = v.jwt(g, { aud: 'chirpstack', iss: 'chirpstack', typ: 'key' });
    return {
      path: g.pick(['integrations/chirpstack.py', 'gateway/chirp_client.py']),
      lines: [
        'import grpc',
        'from chirpstack_api import api',
        '',
        'channel = grpc.insecure_channel("10.0.8.2:8080")',
        sec(`auth_token = [("authorization", "Bearer ${t}")]`, t),
      ],
    };
  }),
  template('chirpstack-toml', (g) => {
    const s = g.fake.base64(44);
    const p = v.plain(g);
    return {
      path: g.pick(['chirpstack/chirpstack.toml', 'etc/chirpstack/chirpstack.toml']),
      lines: [
        '[postgresql]',
        sec(`  dsn="postgres://chirpstack:${p}@localhost/chirpstack?sslmode=disable"`, p),
        '',
        '[api]',
        '  bind="0.0.0.0:8080"',
        sec(`  secret="${s}"`, s),
      ],
    };
  }),
  template('helium-console-env', (g) => {
    const k = v.heliumKey(g);
    return {
      path: g.pick(['.env', 'helium/.env']),
      lines: ['HELIUM_CONSOLE_URL=https://console.helium-iot.xyz', sec(`HELIUM_API_KEY=${k}`, k)],
    };
  }),
  template('priva-connector', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['greenhouse/priva.json', 'config/priva-connector.json']),
      lines: [
        '{',
        '  "priva": {',
        '    "endpoint": "https://api.priva.com/compass",',
        `    "username": "kas${g.between(1, 9)}@${v.farmDomain(g)}",`,
        sec(`    "password": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('greenhouse-modbus-gateway', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['gateway/config.yaml', 'modbus2mqtt/config.yml']),
      lines: [
        'modbus:',
        '  port: /dev/ttyUSB0',
        '  baudrate: 9600',
        'mqtt:',
        `  host: ${v.lanIp(g)}`,
        '  user: greenhouse',
        sec(`  password: ${p}`, p),
      ],
    };
  }),
  template('lely-t4c-connection', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['T4C/connection.config', 'herd-export/app.config']),
      lines: [
        '<connectionStrings>',
        sec(
          `  <add name="T4C" connectionString="Server=${v.lanIp(g)}\\SQLEXPRESS;Database=T4C;User Id=t4creader;Password=${p};" />`,
          p,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('delpro-export-ps1', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/Export-DelPro.ps1', 'herd/Get-MilkYield.ps1']),
      lines: [
        `$server = "DELPRO-SRV\\DELPRO"`,
        sec(`Invoke-Sqlcmd -ServerInstance $server -Database DDM -Username report -Password '${p}' \``, p),
        '  -Query "SELECT AnimalNumber, DailyYield FROM vAnimalYield" | Export-Csv yields.csv',
      ],
    };
  }),
  template('rfid-reader-ftp', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scale/upload.ini', 'rfid/xr5000-sync.ini']),
      lines: [
        '[Upload]',
        'Protocol=FTP',
        `Host=${v.lanIp(g)}`,
        'User=scalehead',
        sec(`Password=${p}`, p),
        'Folder=/sessions',
      ],
    };
  }),
  template('rfid-reader-python-serial', (g) => {
    const k = v.apiKey(g);
    return {
      path: g.pick(['rfid/bridge.py', 'chute/eid_bridge.py']),
      lines: [
        'import serial, requests',
        '',
        'port = serial.Serial("/dev/ttyUSB0", 9600)',
        sec(`HERD_API_KEY = "${k}"`, k),
        'while True:',
        '    tag = port.readline().decode().strip()',
        '    requests.post("https://herd.example-coop.ag/api/scans", json={"eid": tag}, headers={"X-API-Key": HERD_API_KEY})',
      ],
    };
  }),
  template('milking-robot-vpn', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['service/notes.txt', 'dealer/robot-access.txt']),
      lines: [
        'Lely dealer remote access (robot PC)',
        `TeamViewer ID: ${g.fake.digits(3)} ${g.fake.digits(3)} ${g.fake.digits(3)}`,
        sec(`TeamViewer password: ${p}`, p),
      ],
    };
  }),
  template('pivot-controller-web', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['pivots/fieldnet.yaml', 'irrigation/pivots.yml']),
      lines: ['fieldnet:', `  username: ${v.farm(g)}`, sec(`  password: "${p}"`, p), '  pivots: [north, south, creek]'],
    };
  }),
];
