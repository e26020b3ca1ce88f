import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * agriculture-iot hard negatives from the same repositories and farm shares: OAuth client ids alone
 * (Deere `0oa` ids, Sentinel Hub client ids), LoRaWAN DevEUIs, JoinEUIs and gateway EUIs, Blynk
 * template ids, Particle device ids, station, organisation and field ids, animal EIDs, Sentinel-2 and
 * Planet item ids, env and secret references (`!secret`, `${VAR}`, `os.environ`), `.example`
 * placeholders, masked values, encrypted Node-RED credentials without their key, the all-zero AppKey
 * of a template, checksums, MAC addresses, coordinates and UI strings. Generated at run time.
 */
export const agriNegatives: readonly Template[] = [
  template('env-example', (g) => ({
    path: g.pick(['.env.example', 'deere-sync/.env.sample', 'weather/.env.template']),
    lines: [
      'DEERE_CLIENT_ID=',
      'DEERE_CLIENT_SECRET=<your-client-secret>',
      'WEATHERLINK_API_KEY=your_api_key_here',
      'WEATHERLINK_API_SECRET=',
      'PL_API_KEY=${PL_API_KEY}',
      'TTN_API_KEY=NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    ],
  })),
  template('python-env-reads', (g) => ({
    path: g.pick(['weather/settings.py', 'deere/config.py', 'imagery/settings.py']),
    lines: [
      'import os',
      '',
      'API_KEY = os.environ["WEATHERLINK_API_KEY"]',
      'API_SECRET = os.getenv("WEATHERLINK_API_SECRET")',
      'DEERE_CLIENT_SECRET = os.environ.get("DEERE_CLIENT_SECRET", "")',
      'PLANET_API_KEY = os.environ["PL_API_KEY"]',
    ],
  })),
  template('ha-configuration-secret-refs', (g) => ({
    path: g.pick(['configuration.yaml', 'esphome/barn-fan.yaml']),
    lines: [
      'wifi:',
      '  ssid: !secret wifi_ssid',
      '  password: !secret wifi_password',
      'api:',
      '  encryption:',
      '    key: !secret api_encryption_key',
      'ota:',
      '  password: !secret ota_password',
    ],
  })),
  template('lorawan-device-registry-public', (g) => ({
    path: g.pick(['devices/inventory.csv', 'lorawan/devices.csv']),
    lines: [
      'name,dev_eui,join_eui,model,installed',
      `soil-01,${v.eui(g)},${v.eui(g)},Dragino LSE01,2025-04-02`,
      `tank-02,${v.eui(g)},${v.eui(g)},Milesight EM500-UDL,2025-05-11`,
      `gw-barn,${v.eui(g)},,RAK7268,2024-11-20`,
    ],
  })),
  template('lmic-template-zero-key', (g) => ({
    path: g.pick(['firmware/ttn-otaa/ttn-otaa.ino', 'examples/otaa.ino']),
    lines: [
      '// Copy the keys from the TTN console (msb format for APPKEY)',
      'static const u1_t PROGMEM APPEUI[8] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };',
      'static const u1_t PROGMEM DEVEUI[8] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };',
      'static const u1_t PROGMEM APPKEY[16] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };',
    ],
  })),
  template('at-commands-placeholder', (g) => ({
    path: g.pick(['docs/provisioning.md', 'README.md']),
    lines: [
      '1. `AT+DEVEUI=<DevEUI from label>`',
      '2. `AT+APPEUI=0000000000000000`',
      '3. `AT+APPKEY=<AppKey from the console>`',
      '4. `AT+JOIN=1:0:10:8`',
    ],
  })),
  template('deere-org-fields-json', (g) => ({
    path: g.pick(['data/fields.json', 'cache/org_fields.json']),
    lines: [
      '{',
      `  "organizationId": "${v.orgId(g)}",`,
      '  "values": [',
      `    { "id": "${v.uuid(g)}", "name": "North 80", "archived": false },`,
      `    { "id": "${v.uuid(g)}", "name": "Creek Bottom", "archived": false }`,
      '  ]',
      '}',
    ],
  })),
  template('deere-client-id-only', (g) => ({
    path: g.pick(['src/config.ts', 'web/src/deereConfig.js']),
    lines: [
      'export const deere = {',
      `  clientId: '${v.oktaClientId(g)}',`,
      "  authorizeUrl: 'https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/authorize',",
      "  scopes: ['ag1', 'eq1', 'offline_access'],",
      '  usePkce: true,',
      '};',
    ],
  })),
  template('weatherlink-response', (g) => ({
    path: g.pick(['samples/current.json', 'test/fixtures/weatherlink_current.json']),
    lines: [
      '{',
      `  "station_id": ${v.stationId(g)},`,
      `  "station_id_uuid": "${v.uuid(g)}",`,
      '  "sensors": [{ "lsid": 412345, "sensor_type": 45, "data": [{ "temp": 41.2, "hum": 87.1, "rainfall_daily_in": 0.12 }] }],',
      `  "generated_at": ${1760000000 + g.between(0, 9999999)}`,
      '}',
    ],
  })),
  template('weatherlink-signature-doc', (g) => ({
    path: g.pick(['docs/weatherlink-v1-signature.md', 'NOTES-weather.md']),
    lines: [
      'WeatherLink v2 sends the API key as the `api-key` query parameter and the API secret in the',
      '`X-Api-Secret` header. Keep both in the vault; the poller reads `WEATHERLINK_API_KEY` and',
      '`WEATHERLINK_API_SECRET` from the environment.',
    ],
  })),
  template('ambient-device-mac', (g) => ({
    path: g.pick(['weather/stations.yaml', 'config/ambient_devices.yml']),
    lines: [
      'stations:',
      `  - mac: "${v.mac(g)}"`,
      '    name: Home WS-2902',
      `    lat: ${v.lat(g)}`,
      `    lon: ${v.lon(g)}`,
    ],
  })),
  template('rachio-devices-response', (g) => ({
    path: g.pick(['samples/rachio_person.json', 'fixtures/rachio.json']),
    lines: [
      '{',
      `  "id": "${v.uuid(g)}",`,
      '  "username": "orchard",',
      '  "devices": [',
      `    { "id": "${v.uuid(g)}", "name": "Orchard Controller", "serialNumber": "${g.fake.upperAlnum(8)}", "zones": 8 }`,
      '  ]',
      '}',
    ],
  })),
  template('blynk-template-ids-only', (g) => ({
    path: g.pick(['firmware/blynk_config.h', 'include/BlynkEdgent.h']),
    lines: [
      `#define BLYNK_TEMPLATE_ID "${v.blynkTemplate(g)}"`,
      '#define BLYNK_TEMPLATE_NAME "Pump Station"',
      '#define BLYNK_FIRMWARE_VERSION "0.3.1"',
      '#define USE_ESP32_DEV_MODULE',
    ],
  })),
  template('particle-device-list', (g) => ({
    path: g.pick(['inventory/bins.csv', 'data/particle_devices.csv']),
    lines: [
      'device_id,name,bin,last_heard',
      `${g.fake.hex(24)},bin-01,North 30k bu,2025-10-02T06:12:00Z`,
      `${g.fake.hex(24)},bin-02,South 20k bu,2025-10-02T06:14:00Z`,
    ],
  })),
  template('sentinel-product-ids', (g) => ({
    path: g.pick(['imagery/scenes.txt', 'data/s2_scenes.txt']),
    lines: [
      `S2B_MSIL2A_2025070${g.between(1, 9)}T170859_N0511_R112_T14TNL_2025070${g.between(1, 9)}T213046.SAFE`,
      `S2A_MSIL2A_2025071${g.between(0, 9)}T170901_N0511_R112_T14TNL_2025071${g.between(0, 9)}T224410.SAFE`,
      `${g.between(2024, 2025)}0${g.between(1, 9)}1${g.between(0, 9)}_16${g.fake.digits(4)}_${g.between(10, 99)}_24${g.fake.digits(2)}`,
    ],
  })),
  template('planet-order-json', (g) => ({
    path: g.pick(['imagery/order.json', 'planet/order_request.json']),
    lines: [
      '{',
      '  "name": "north-80-ndvi",',
      `  "products": [{ "item_ids": ["2025071${g.between(0, 9)}_16${g.fake.digits(4)}_${g.between(10, 99)}_2474"], "item_type": "PSScene", "product_bundle": "analytic_sr_udm2" }],`,
      '  "tools": [{ "clip": { "aoi": { "type": "Polygon" } } }]',
      '}',
    ],
  })),
  template('netrc-placeholder', (g) => ({
    path: g.pick(['docs/earthdata.md', 'README.md']),
    lines: [
      'Create `~/.netrc` with your Earthdata login:',
      '',
      '```',
      'machine urs.earthdata.nasa.gov login <your_username> password <your_password>',
      '```',
      'then `chmod 600 ~/.netrc`.',
    ],
  })),
  template('sentinelhub-config-env', (g) => ({
    path: g.pick(['imagery/sh.py', 'notebooks/sh_setup.py']),
    lines: [
      'import os',
      'from sentinelhub import SHConfig',
      '',
      'config = SHConfig()',
      'config.sh_client_id = os.environ["SH_CLIENT_ID"]',
      'config.sh_client_secret = os.environ["SH_CLIENT_SECRET"]',
    ],
  })),
  template('sentinelhub-client-id-only', (g) => ({
    path: g.pick(['imagery/evalscript_run.py', 'ndvi/sh_request.py']),
    lines: [
      `INSTANCE_ID = "${v.uuid(g)}"  # WMS layer instance (public, shown in the map URL)`,
      'evalscript = """//VERSION=3',
      'function setup() { return { input: ["B04", "B08"], output: { bands: 1 } }; }',
      'function evaluatePixel(s) { return [(s.B08 - s.B04) / (s.B08 + s.B04)]; }',
      '"""',
    ],
  })),
  template('eid-session-csv', (g) => ({
    path: g.pick(['sessions/2025-10-weighing.csv', 'scale/export.csv']),
    lines: [
      'EID,VID,Weight,Date',
      `${v.eid(g)},${g.between(100, 999)},${g.between(250, 650)}.${g.between(0, 9)},2025-10-0${g.between(1, 9)}`,
      `${v.eid(g)},${g.between(100, 999)},${g.between(250, 650)}.${g.between(0, 9)},2025-10-0${g.between(1, 9)}`,
      `${v.eid(g)},${g.between(100, 999)},${g.between(250, 650)}.${g.between(0, 9)},2025-10-0${g.between(1, 9)}`,
    ],
  })),
  template('node-red-flows-cred-encrypted', (g) => ({
    path: g.pick(['.node-red/flows_cred.json', 'node-red/flows_barn_cred.json']),
    lines: ['{', `    "$": "${g.fake.hex(32)}${g.fake.base64(g.between(80, 160))}"`, '}'],
  })),
  template('node-red-settings-env', (g) => ({
    path: g.pick(['.node-red/settings.js', 'node-red/settings.js']),
    lines: [
      'module.exports = {',
      '    flowFile: "flows.json",',
      '    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,',
      '    uiPort: process.env.PORT || 1880,',
      '};',
    ],
  })),
  template('node-red-flow-mqtt-broker', (g) => ({
    path: g.pick(['.node-red/flows.json', 'node-red/flows.json']),
    lines: [
      '[',
      `  { "id": "${g.fake.hex(16)}", "type": "mqtt-broker", "name": "barn", "broker": "${v.lanIp(g)}", "port": "1883", "credentials": {} },`,
      `  { "id": "${g.fake.hex(16)}", "type": "mqtt in", "topic": "farm/+/temperature", "broker": "${g.fake.hex(16)}" }`,
      ']',
    ],
  })),
  template('arduino-secrets-template', (g) => ({
    path: g.pick(['include/secrets.example.h', 'firmware/arduino_secrets.h.template']),
    lines: [
      '// Copy to secrets.h and fill in',
      '#define SECRET_SSID "YOUR_WIFI_SSID"',
      '#define SECRET_PASS "YOUR_WIFI_PASSWORD"',
      '#define MQTT_PASSWORD ""',
    ],
  })),
  template('esp32-wifimanager', (g) => ({
    path: g.pick(['src/main.cpp', 'firmware/setup_portal.ino']),
    lines: [
      '#include <WiFiManager.h>',
      'WiFiManager wm;',
      'WiFiManagerParameter mqtt_pass("mqttpass", "MQTT password", "", 40);',
      'wm.addParameter(&mqtt_pass);',
      'if (!wm.autoConnect("FarmSensor-Setup")) ESP.restart();',
      'strncpy(cfg.mqttPass, mqtt_pass.getValue(), sizeof(cfg.mqttPass));',
    ],
  })),
  template('masked-login-sheet', (g) => ({
    path: g.pick(['office/Farm Logins.csv', 'shared/logins.csv']),
    lines: [
      'System,URL,Username,Password,Notes',
      `John Deere Ops Center,https://operationscenter.deere.com,${v.email(g)},********,in Bitwarden`,
      `FieldView,https://climate.com,${v.email(g)},(see 1Password),`,
      `Barn router,http://${v.lanIp(g)},admin,,reset to sticker`,
    ],
  })),
  template('firmware-checksums', (g) => ({
    path: g.pick(['releases/SHA256SUMS', 'firmware/checksums.txt']),
    lines: [
      `${g.fake.hex(64)}  soil_node-v1.4.2.bin`,
      `${g.fake.hex(64)}  tank_level-v0.9.0.bin`,
      `${g.fake.hex(64)}  gateway-v2.1.0.bin`,
    ],
  })),
  template('k8s-secret-refs', (g) => ({
    path: g.pick(['deploy/deere-sync.yaml', 'k8s/weather-poller.yaml']),
    lines: [
      '        env:',
      '          - name: DEERE_CLIENT_SECRET',
      '            valueFrom:',
      '              secretKeyRef:',
      '                name: deere-oauth',
      '                key: client-secret',
    ],
  })),
  template('github-actions-secrets', () => ({
    path: '.github/workflows/nightly-imagery.yml',
    lines: [
      '      - run: python imagery/fetch.py',
      '        env:',
      '          PL_API_KEY: ${{ secrets.PL_API_KEY }}',
      '          SH_CLIENT_SECRET: ${{ secrets.SH_CLIENT_SECRET }}',
      '          EARTHDATA_TOKEN: ${{ secrets.EARTHDATA_TOKEN }}',
    ],
  })),
  template('i18n-strings', (g) => ({
    path: g.pick(['app/src/main/res/values/strings.xml', 'locales/en.json']),
    lines: [
      '{',
      '  "settings.weatherlink.apiKey": "WeatherLink API key",',
      '  "settings.weatherlink.apiSecret": "API secret (from weatherlink.com > Account)",',
      '  "settings.wifi.password": "Barn Wi-Fi password",',
      '  "errors.invalidAppKey": "The AppKey must be 32 hexadecimal characters"',
      '}',
    ],
  })),
  template('ts-types', (g) => ({
    path: g.pick(['src/types/integrations.ts', 'lib/types.ts']),
    lines: [
      'export interface WeatherLinkCredentials {',
      '  apiKey: string;',
      '  apiSecret: string;',
      '}',
      'export interface TtnDevice { devEui: string; joinEui: string; appKey?: string }',
    ],
  })),
  template('grain-contract-ids', (g) => ({
    path: g.pick(['exports/contracts.csv', 'grain/contracts-2025.csv']),
    lines: [
      'contract_no,buyer,commodity,bushels,price,ticket_hash',
      `GC-${g.between(2024, 2025)}-${g.fake.digits(4)},ADM,Corn,${g.between(5, 50)}000,4.${g.fake.digits(2)},${g.fake.hex(40)}`,
      `GC-${g.between(2024, 2025)}-${g.fake.digits(4)},Cargill,Soybeans,${g.between(5, 50)}000,10.${g.fake.digits(2)},${g.fake.hex(40)}`,
    ],
  })),
  template('hydrawise-doc-masked', (g) => ({
    path: g.pick(['docs/irrigation.md', 'irrigation/README.md']),
    lines: [
      'Get the key from Hydrawise: Account Details > Generate API Key. It looks like',
      '`XXXX-XXXX-XXXX-XXXX`; put it in `irrigation/.env` as `HYDRAWISE_API_KEY` (not committed).',
    ],
  })),
  template('tts-key-masked-log', (g) => ({
    path: g.pick(['logs/ingest.log', 'lorawan/uplink.log']),
    lines: [
      `2025-10-02T06:00:0${g.between(0, 9)}Z INFO connected to eu1.cloud.thethings.network as ${v.farm(g)}-soil@ttn (key NNSXS.${g.fake.upperAlnum(6)}...)`,
      `2025-10-02T06:00:1${g.between(0, 9)}Z INFO uplink dev_eui=${v.eui(g)} f_port=2 rssi=-${g.between(80, 120)} snr=${g.between(1, 9)}.5`,
    ],
  })),
  template('deere-docs-curl-placeholder', (g) => ({
    path: g.pick(['docs/api.md', 'CONTRIBUTING.md']),
    lines: [
      '```sh',
      'curl -H "Authorization: Bearer $DEERE_ACCESS_TOKEN" \\',
      '     -H "Accept: application/vnd.deere.axiom.v3+json" \\',
      '     https://partnerapi.deere.com/platform/organizations',
      '```',
    ],
  })),
  template('cdsapirc-docs', (g) => ({
    path: g.pick(['docs/era5.md', 'README.md']),
    lines: [
      'Put your key in `~/.cdsapirc`:',
      '',
      '    url: https://cds.climate.copernicus.eu/api',
      '    key: <PERSONAL-ACCESS-TOKEN>',
    ],
  })),
  template('password-hash-call', (g) => ({
    path: g.pick(['app/auth.py', 'farmhub/users.py']),
    lines: [
      'from werkzeug.security import generate_password_hash, check_password_hash',
      '',
      'def set_password(user, password):',
      '    user.password_hash = generate_password_hash(password)',
    ],
  })),
  template('esp32-nvs-read', (g) => ({
    path: g.pick(['src/config.cpp', 'firmware/settings.cpp']),
    lines: [
      'Preferences prefs;',
      'prefs.begin("farm", true);',
      'String wifiPass = prefs.getString("wifi_pass", "");',
      'String mqttPass = prefs.getString("mqtt_pass", "");',
      'prefs.end();',
    ],
  })),
];
