import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * iot-embedded positives, home automation: ESPHome device YAML and `secrets.yaml`, Home Assistant
 * `secrets.yaml`/`configuration.yaml` (long-lived tokens, integration keys, MQTT), Node-RED
 * (`settings.js` credentialSecret, decrypted `flows_cred.json`), Zigbee2MQTT and Z-Wave JS keys,
 * Tasmota console commands and `user_config_override.h`, Mosquitto clients and password files,
 * OctoPrint/Moonraker keys, Frigate and go2rtc camera URLs, Shelly and Tuya local control, as each
 * project's documentation writes them. Values generated at run time.
 */
export const homeAutomationPositives: readonly Template[] = [
  template('esphome-wifi-password', (g) => {
    const p = v.wifiPass(g);
    return {
      path: `esphome/${v.deviceId(g)}.yaml`,
      lines: [
        'esphome:',
        `  name: ${v.deviceId(g)}`,
        '',
        'esp32:',
        '  board: esp32dev',
        '',
        'wifi:',
        `  ssid: "${v.ssid(g)}"`,
        sec(`  password: "${p}"`, p),
        '',
        'logger:',
      ],
    };
  }),
  template('esphome-ap-fallback', (g) => {
    const p = g.fake.alnum(12);
    return {
      path: 'esphome/kitchen-plug.yaml',
      lines: [
        'wifi:',
        '  ssid: !secret wifi_ssid',
        '  password: !secret wifi_password',
        '',
        '  # Enable fallback hotspot (captive portal) in case wifi connection fails',
        '  ap:',
        '    ssid: "Kitchen-Plug Fallback Hotspot"',
        sec(`    password: "${p}"`, p),
        '',
        'captive_portal:',
      ],
    };
  }),
  template('esphome-api-encryption-key', (g) => {
    const k = v.key32(g);
    return {
      path: 'esphome/bedroom-sensor.yaml',
      lines: [
        '# Enable Home Assistant API',
        'api:',
        '  encryption:',
        sec(`    key: "${k}"`, k),
        '',
        'ota:',
        '  - platform: esphome',
        '    password: !secret ota_password',
      ],
    };
  }),
  template('esphome-ota-password', (g) => {
    const p = g.fake.hex(32);
    return {
      path: 'esphome/porch-light.yaml',
      lines: ['ota:', '  - platform: esphome', sec(`    password: "${p}"`, p), '', 'web_server:', '  port: 80'],
    };
  }),
  template('esphome-api-password-legacy', (g) => {
    const p = v.pw(g);
    return {
      path: 'esphome/garage.yaml',
      lines: ['api:', sec(`  password: "${p}"`, p), '', 'ota:', '  password: !secret ota_password'],
    };
  }),
  template('esphome-web-server-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'esphome/boiler.yaml',
      lines: ['web_server:', '  port: 80', '  auth:', '    username: admin', sec(`    password: ${p}`, p)],
    };
  }),
  template('esphome-secrets-yaml', (g) => {
    const p = v.wifiPass(g);
    const k = v.key32(g);
    const o = g.fake.hex(32);
    return {
      path: 'esphome/secrets.yaml',
      lines: [
        `wifi_ssid: "${v.ssid(g)}"`,
        sec(`wifi_password: "${p}"`, p),
        sec(`api_encryption_key: "${k}"`, k),
        sec(`ota_password: "${o}"`, o),
      ],
    };
  }),
  template('esphome-mqtt-block', (g) => {
    const p = v.pw(g);
    return {
      path: 'esphome/water-meter.yaml',
      lines: [
        'mqtt:',
        `  broker: ${v.lanIp(g)}`,
        `  username: ${v.mqttUser(g)}`,
        sec(`  password: ${p}`, p),
        '  discovery: true',
      ],
    };
  }),
  template('ha-secrets-yaml', (g) => {
    const p = v.pw(g);
    const k = g.fake.hex(32);
    return {
      path: 'homeassistant/secrets.yaml',
      lines: [
        '# Use this file to store secrets like usernames and passwords.',
        `latitude: ${g.between(40, 55)}.${g.fake.digits(4)}`,
        sec(`mqtt_password: ${p}`, p),
        sec(`openweathermap_api_key: ${k}`, k),
        'unit_system: metric',
      ],
    };
  }),
  template('ha-long-lived-token-secret', (g) => {
    const t = v.haToken(g);
    return {
      path: 'homeassistant/secrets.yaml',
      lines: ['# token for the Grafana dashboard scraper', sec(`ha_token: "${t}"`, t)],
    };
  }),
  template('ha-token-in-script', (g) => {
    const t = v.haToken(g);
    return {
      path: 'scripts/toggle_light.py',
      lines: [
        'import requests',
        '',
        `HA_URL = "http://${v.lanIp(g)}:8123"`,
        sec(`TOKEN = "${t}"`, t),
        '',
        'headers = {"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"}',
        'requests.post(f"{HA_URL}/api/services/light/toggle", headers=headers, json={"entity_id": "light.desk"})',
      ],
    };
  }),
  template('ha-token-curl', (g) => {
    const t = v.haToken(g);
    return {
      path: 'notes/ha-api.sh',
      lines: [
        '#!/bin/sh',
        sec(`curl -s -H "Authorization: Bearer ${t}" \\`, t),
        '  -H "Content-Type: application/json" http://homeassistant.local:8123/api/states',
      ],
    };
  }),
  template('ha-config-inline-api-key', (g) => {
    const k = g.fake.hex(32);
    return {
      path: 'homeassistant/configuration.yaml',
      lines: [
        'default_config:',
        '',
        'sensor:',
        '  - platform: openweathermap',
        sec(`    api_key: ${k}`, k),
        '    monitored_conditions:',
        '      - temperature',
      ],
    };
  }),
  template('ha-config-inline-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'homeassistant/configuration.yaml',
      lines: [
        'notify:',
        '  - name: email_alerts',
        '    platform: smtp',
        '    server: smtp.gmail.com',
        '    port: 587',
        `    username: ${g.fake.lower(7)}@gmail.com`,
        sec(`    password: ${p}`, p),
        '    recipient: me@home.lan',
      ],
    };
  }),
  template('ha-appdaemon-token', (g) => {
    const t = v.haToken(g);
    return {
      path: 'appdaemon/appdaemon.yaml',
      lines: [
        'appdaemon:',
        '  plugins:',
        '    HASS:',
        '      type: hass',
        '      ha_url: http://homeassistant:8123',
        sec(`      token: ${t}`, t),
      ],
    };
  }),
  template('nodered-credential-secret', (g) => {
    const s = g.fake.alnum(g.between(16, 32));
    return {
      path: '.node-red/settings.js',
      lines: [
        'module.exports = {',
        '    flowFile: "flows.json",',
        sec(`    credentialSecret: "${s}",`, s),
        '    uiPort: process.env.PORT || 1880,',
        '};',
      ],
    };
  }),
  template('nodered-admin-auth-bcrypt', (g) => {
    const h = `$2b$08$${g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
    return {
      path: '.node-red/settings.js',
      lines: [
        '    adminAuth: {',
        '        type: "credentials",',
        '        users: [{',
        '            username: "admin",',
        sec(`            password: "${h}",`, h),
        '            permissions: "*"',
        '        }]',
        '    },',
      ],
    };
  }),
  template('nodered-flows-cred', (g) => {
    const p = v.pw(g);
    return {
      path: '.node-red/flows_cred.json',
      lines: [
        '{',
        `    "${g.fake.hex(16)}": {`,
        `        "user": "${v.mqttUser(g)}",`,
        sec(`        "password": "${p}"`, p),
        '    }',
        '}',
      ],
    };
  }),
  template('nodered-ha-server-cred', (g) => {
    const t = v.haToken(g);
    return {
      path: 'node-red/flows_cred.json',
      lines: ['{', `  "${g.fake.hex(16)}": {`, sec(`    "access_token": "${t}"`, t), '  }', '}'],
    };
  }),
  template('z2m-network-key', (g) => {
    const k = v.bytes16(g).join(', ');
    return {
      path: 'zigbee2mqtt/data/configuration.yaml',
      lines: [
        'homeassistant: true',
        'permit_join: false',
        'mqtt:',
        '  base_topic: zigbee2mqtt',
        '  server: mqtt://localhost',
        'serial:',
        '  port: /dev/ttyUSB0',
        'advanced:',
        `  pan_id: ${g.between(1000, 60000)}`,
        sec(`  network_key: [${k}]`, k),
      ],
    };
  }),
  template('z2m-mqtt-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'zigbee2mqtt/data/configuration.yaml',
      lines: [
        'mqtt:',
        '  base_topic: zigbee2mqtt',
        `  server: mqtt://${v.lanIp(g)}:1883`,
        `  user: ${v.mqttUser(g)}`,
        sec(`  password: ${p}`, p),
        'advanced:',
        '  network_key: GENERATE',
      ],
    };
  }),
  template('zwavejs-s2-keys', (g) => {
    const a = g.fake.upperHex(32);
    const b = g.fake.upperHex(32);
    return {
      path: 'zwave-js-ui/settings.json',
      lines: [
        '{',
        '  "zwave": {',
        '    "port": "/dev/ttyACM0",',
        '    "securityKeys": {',
        sec(`      "S2_Unauthenticated": "${a}",`, a),
        sec(`      "S0_Legacy": "${b}"`, b),
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('tasmota-backlog-wifi', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'docs/flash-sonoff.md',
      lines: [
        'After flashing, open the console and paste:',
        '',
        '```',
        sec(`Backlog SSID1 ${v.ssid(g).replace(/ /g, '_')}; Password1 ${p}; WifiConfig 4`, p),
        '```',
      ],
    };
  }),
  template('tasmota-backlog-mqtt', (g) => {
    const p = v.pw(g);
    return {
      path: 'tasmota/setup-commands.txt',
      lines: [
        sec(
          `Backlog MqttHost ${v.lanIp(g)}; MqttPort 1883; MqttUser ${v.mqttUser(g)}; MqttPassword ${p}; Topic plug_${g.between(1, 9)}`,
          p,
        ),
        'SetOption19 1',
      ],
    };
  }),
  template('tasmota-user-config-override', (g) => {
    const p = v.wifiPass(g);
    const m = v.pw(g);
    return {
      path: 'tasmota/user_config_override.h',
      lines: [
        '#ifndef _USER_CONFIG_OVERRIDE_H_',
        '#define _USER_CONFIG_OVERRIDE_H_',
        '',
        '#undef  STA_SSID1',
        `#define STA_SSID1         "${v.ssid(g)}"`,
        '#undef  STA_PASS1',
        sec(`#define STA_PASS1         "${p}"`, p),
        '#undef  MQTT_PASS',
        sec(`#define MQTT_PASS         "${m}"`, m),
        '#endif',
      ],
    };
  }),
  template('tasmota-http-cmnd', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/plug_off.sh',
      lines: ['#!/bin/sh', sec(`curl "http://${v.lanIp(g)}/cm?user=admin&password=${p}&cmnd=Power%20Off"`, p)],
    };
  }),
  template('mosquitto-pub-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/publish_temp.sh',
      lines: [
        '#!/bin/bash',
        'TEMP=$(cat /sys/class/thermal/thermal_zone0/temp)',
        sec(`mosquitto_pub -h ${v.lanIp(g)} -u ${v.mqttUser(g)} -P ${p} -t home/pi/temp -m "$TEMP"`, p),
      ],
    };
  }),
  template('mosquitto-sub-password-long', (g) => {
    const p = v.pw(g);
    return {
      path: 'README.md',
      lines: [
        '## Watching the sensors',
        '',
        sec(`    mosquitto_sub -h broker.lan -t 'sensors/#' -v --username ${v.mqttUser(g)} --pw ${p}`, p),
      ],
    };
  }),
  template('mosquitto-bridge-conf', (g) => {
    const p = v.pw(g);
    return {
      path: 'mosquitto/conf.d/bridge.conf',
      lines: [
        'connection cloud-bridge',
        'address mqtt.home-cloud.net:8883',
        'topic sensors/# out 1',
        'remote_username pi-bridge',
        sec(`remote_password ${p}`, p),
        'bridge_cafile /etc/ssl/certs/ca-certificates.crt',
      ],
    };
  }),
  template('mosquitto-passwd-hash', (g) => {
    const h = `$7$101$${g.fake.base64(16)}$${g.fake.base64(86)}==`;
    return {
      path: 'mosquitto/config/passwd',
      lines: [sec(`${v.mqttUser(g)}:${h}`, h)],
    };
  }),
  template('paho-python-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'sensor_publisher.py',
      lines: [
        'import paho.mqtt.client as mqtt',
        '',
        'client = mqtt.Client(client_id="pi-sensor")',
        sec(`client.username_pw_set("${v.mqttUser(g)}", "${p}")`, p),
        `client.connect("${v.lanIp(g)}", 1883, 60)`,
      ],
    };
  }),
  template('mqtt-js-options', (g) => {
    const p = v.pw(g);
    return {
      path: 'bridge/index.js',
      lines: [
        "const mqtt = require('mqtt');",
        `const client = mqtt.connect('mqtt://${v.lanIp(g)}', {`,
        `  username: '${v.mqttUser(g)}',`,
        sec(`  password: '${p}',`, p),
        '  reconnectPeriod: 5000,',
        '});',
      ],
    };
  }),
  template('mqtt-url-credentials', (g) => {
    const p = v.pw(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  teslamate:',
        '    image: teslamate/teslamate',
        '    environment:',
        sec(`      - MQTT_URL=mqtt://${v.mqttUser(g)}:${p}@mosquitto:1883`, p),
      ],
    };
  }),
  template('octoprint-api-key-script', (g) => {
    const k = v.octoKey(g);
    return {
      path: 'octoprint/upload.py',
      lines: [
        'import requests',
        '',
        'OCTOPRINT = "http://octopi.local"',
        sec(`API_KEY = "${k}"`, k),
        'requests.post(f"{OCTOPRINT}/api/files/local", headers={"X-Api-Key": API_KEY}, files={"file": open("part.gcode", "rb")})',
      ],
    };
  }),
  template('octoprint-curl-api-key', (g) => {
    const k = v.octoKey(g);
    return {
      path: 'bin/print-status',
      lines: ['#!/bin/sh', sec(`curl -s -H "X-Api-Key: ${k}" http://octopi.local/api/job | jq .progress`, k)],
    };
  }),
  template('octoprint-yaml-key', (g) => {
    const k = v.octoKey(g);
    // server.secretKey signs OctoPrint's sessions: a secret too (labelled after the blind run, which flagged it).
    const s = g.fake.alnum(32);
    return {
      path: 'octoprint/config.yaml',
      lines: ['api:', sec(`  key: ${k}`, k), 'server:', '  firstRun: false', sec(`  secretKey: ${s}`, s)],
    };
  }),
  template('moonraker-api-key-env', (g) => {
    const k = g.fake.hex(32);
    return {
      path: 'klipper/obico.env',
      lines: ['MOONRAKER_HOST=127.0.0.1', 'MOONRAKER_PORT=7125', sec(`MOONRAKER_API_KEY=${k}`, k)],
    };
  }),
  template('frigate-rtsp-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'frigate/config.yml',
      lines: [
        'cameras:',
        '  driveway:',
        '    ffmpeg:',
        '      inputs:',
        sec(`        - path: rtsp://admin:${p}@${v.lanIp(g)}:554/cam/realmonitor?channel=1&subtype=0`, p),
        '          roles:',
        '            - detect',
      ],
    };
  }),
  template('go2rtc-stream', (g) => {
    const p = v.pw(g);
    return {
      path: 'go2rtc.yaml',
      lines: ['streams:', sec(`  doorbell: rtsp://admin:${p}@${v.lanIp(g)}/Streaming/Channels/101`, p)],
    };
  }),
  template('frigate-mqtt-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'frigate/config.yml',
      lines: ['mqtt:', '  host: core-mosquitto', `  user: ${v.mqttUser(g)}`, sec(`  password: ${p}`, p)],
    };
  }),
  template('shelly-local-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'shelly/set_auth.sh',
      lines: ['#!/bin/sh', sec(`curl "http://${v.lanIp(g)}/settings/login?enabled=1&username=admin&password=${p}"`, p)],
    };
  }),
  template('tuya-local-key-python', (g) => {
    const k = v.tuyaLocalKey(g);
    return {
      path: 'tuya_plug.py',
      lines: [
        'import tinytuya',
        '',
        `d = tinytuya.OutletDevice(dev_id="${g.fake.lowerAlnum(22)}", address="${v.lanIp(g)}",`,
        sec(`                          local_key="${k}", version=3.3)`, k),
        'print(d.status())',
      ],
    };
  }),
  template('tuya-devices-json', (g) => {
    const k = v.tuyaLocalKey(g);
    return {
      path: 'devices.json',
      lines: [
        '[',
        '  {',
        '    "name": "Desk Lamp",',
        `    "id": "${g.fake.lowerAlnum(22)}",`,
        sec(`    "key": "${k}",`, k),
        `    "mac": "${v.mac(g).toLowerCase()}"`,
        '  }',
        ']',
      ],
    };
  }),
  template('tuya-cloud-secret-ha', (g) => {
    const id = g.fake.lowerAlnum(20);
    const s = g.fake.hex(32);
    return {
      path: 'tinytuya.json',
      lines: ['{', sec(`    "apiKey": "${id}",`, id), sec(`    "apiSecret": "${s}",`, s), '    "apiRegion": "eu"', '}'],
    };
  }),
];
