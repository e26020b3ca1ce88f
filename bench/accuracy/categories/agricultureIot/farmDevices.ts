import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * agriculture-iot positives from the devices a farm builds or wires itself and the office around them:
 * ESP32/Arduino/MicroPython firmware (Wi-Fi, MQTT, OTA), ESPHome, Node-RED flows_cred and settings,
 * Blynk, Particle, Home Assistant secrets.yaml, Mosquitto, Grafana/InfluxDB dashboards for barn
 * sensors, farm-management spreadsheets, shared login sheets and chat pastes. Values generated at run
 * time.
 */
export const deviceFirmwarePositives: readonly Template[] = [
  template('esp32-arduino-wifi-mqtt', (g) => {
    const w = v.barnWifi(g);
    const p = v.plain(g);
    return {
      path: g.pick(['firmware/barn_temp/barn_temp.ino', 'src/main.cpp', 'tank_level/tank_level.ino']),
      lines: [
        '#include <WiFi.h>',
        '#include <PubSubClient.h>',
        '',
        `const char* ssid = "${v.cap(v.farm(g))}-Barn";`,
        sec(`const char* password = "${w}";`, w),
        `const char* mqtt_server = "${v.lanIp(g)}";`,
        'const char* mqtt_user = "barn";',
        sec(`const char* mqtt_pass = "${p}";`, p),
      ],
    };
  }),
  template('esp32-secrets-h', (g) => {
    const w = v.barnWifi(g);
    const p = v.plain(g);
    return {
      path: g.pick(['include/secrets.h', 'firmware/arduino_secrets.h']),
      lines: [
        '#pragma once',
        `#define SECRET_SSID "${v.cap(v.farm(g))}Shop"`,
        sec(`#define SECRET_PASS "${w}"`, w),
        `#define MQTT_BROKER "${v.lanIp(g)}"`,
        sec(`#define MQTT_PASSWORD "${p}"`, p),
      ],
    };
  }),
  template('micropython-wlan', (g) => {
    const w = v.barnWifi(g);
    return {
      path: g.pick(['main.py', 'boot.py', 'greenhouse/main.py']),
      lines: [
        'import network, time',
        '',
        'wlan = network.WLAN(network.STA_IF)',
        'wlan.active(True)',
        sec(`wlan.connect("${v.cap(v.farm(g))}Greenhouse", "${w}")`, w),
        'while not wlan.isconnected():',
        '    time.sleep(1)',
      ],
    };
  }),
  template('micropython-umqtt', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['sensors.py', 'soil/main.py']),
      lines: [
        'from umqtt.simple import MQTTClient',
        '',
        sec(`c = MQTTClient("soil-07", "${v.lanIp(g)}", user="soil", password="${p}")`, p),
        'c.connect()',
        'c.publish(b"farm/soil/07/moisture", str(read_moisture()))',
      ],
    };
  }),
  template('esphome-secrets', (g) => {
    const w = v.barnWifi(g);
    const k = g.fake.base64(43) + '=';
    const o = v.plain(g);
    return {
      path: g.pick(['esphome/secrets.yaml', 'config/esphome/secrets.yaml']),
      lines: [
        `wifi_ssid: "${v.cap(v.farm(g))}-IoT"`,
        sec(`wifi_password: "${w}"`, w),
        sec(`api_encryption_key: "${k}"`, k),
        sec(`ota_password: "${o}"`, o),
      ],
    };
  }),
  template('esphome-node-inline', (g) => {
    const w = v.barnWifi(g);
    return {
      path: g.pick(['esphome/water-trough.yaml', 'esphome/calf-barn.yaml']),
      lines: [
        'esphome:',
        '  name: water-trough',
        'esp32:',
        '  board: esp32dev',
        'wifi:',
        `  ssid: "${v.cap(v.farm(g))}Barn"`,
        sec(`  password: "${w}"`, w),
      ],
    };
  }),
  template('node-red-flows-cred', (g) => {
    const p = v.plain(g);
    const k = v.ttsKey(g);
    return {
      path: g.pick(['.node-red/flows_cred.json', 'node-red/flows_farm_cred.json']),
      lines: [
        '{',
        `    "${g.fake.hex(16)}": {`,
        '        "user": "nodered",',
        sec(`        "password": "${p}"`, p),
        '    },',
        `    "${g.fake.hex(16)}": {`,
        '        "user": "farm-sensors@ttn",',
        sec(`        "password": "${k}"`, k),
        '    }',
        '}',
      ],
    };
  }),
  template('node-red-settings', (g) => {
    const s = v.plain(g);
    const h = v.bcrypt(g);
    return {
      path: g.pick(['.node-red/settings.js', 'node-red/settings.js']),
      lines: [
        'module.exports = {',
        '    flowFile: "flows.json",',
        sec(`    credentialSecret: "${s}",`, s),
        '    adminAuth: {',
        '        type: "credentials",',
        sec(`        users: [{ username: "admin", password: "${h}", permissions: "*" }]`, h),
        '    },',
        '};',
      ],
    };
  }),
  template('blynk-sketch', (g) => {
    const t = v.blynkToken(g);
    const w = v.barnWifi(g);
    return {
      path: g.pick(['greenhouse_blynk/greenhouse_blynk.ino', 'pump_control.ino']),
      lines: [
        `#define BLYNK_TEMPLATE_ID "${v.blynkTemplate(g)}"`,
        '#define BLYNK_TEMPLATE_NAME "Greenhouse"',
        sec(`#define BLYNK_AUTH_TOKEN "${t}"`, t),
        '#include <BlynkSimpleEsp32.h>',
        `char ssid[] = "${v.cap(v.farm(g))}";`,
        sec(`char pass[] = "${w}";`, w),
      ],
    };
  }),
  template('blynk-http-api', (g) => {
    const t = v.blynkToken(g);
    return {
      path: g.pick(['scripts/pump_off.sh', 'cron/frost_alarm.sh']),
      lines: ['#!/bin/sh', sec(`curl "https://blynk.cloud/external/api/update?token=${t}&V1=0"`, t)],
    };
  }),
  template('particle-cli-env', (g) => {
    const t = v.particleToken(g);
    return {
      path: g.pick(['.env', 'particle/.env', 'grain-bin-monitor/.env']),
      lines: [
        '# Particle Boron grain-bin monitors',
        sec(`PARTICLE_ACCESS_TOKEN=${t}`, t),
        'PARTICLE_PRODUCT_ID=' + g.between(10000, 29999),
      ],
    };
  }),
  template('particle-webhook-js', (g) => {
    const t = v.particleToken(g);
    return {
      path: g.pick(['functions/binTemps.js', 'src/particle.js']),
      lines: [
        "const Particle = require('particle-api-js');",
        'const particle = new Particle();',
        sec(`const token = '${t}';`, t),
        "particle.getEventStream({ product: 'grain-bins', auth: token });",
      ],
    };
  }),
  template('ha-secrets-yaml', (g) => {
    const w = v.barnWifi(g);
    const p = v.plain(g);
    const k = v.wlKey(g);
    return {
      path: g.pick(['secrets.yaml', 'homeassistant/secrets.yaml', 'config/secrets.yaml']),
      lines: [
        `wifi_ssid: ${v.cap(v.farm(g))}Barn`,
        sec(`wifi_password: ${w}`, w),
        sec(`mqtt_password: ${p}`, p),
        sec(`weatherlink_api_key: ${k}`, k),
        `latitude_home: ${v.lat(g)}`,
      ],
    };
  }),
  template('ha-long-lived-token', (g) => {
    const t = v.haToken(g);
    return {
      path: g.pick(['scripts/ha_notify.py', 'barn/alerts.py']),
      lines: [
        'import requests',
        '',
        `HA = "http://${v.lanIp(g)}:8123"`,
        sec(`TOKEN = "${t}"`, t),
        'requests.post(f"{HA}/api/services/notify/mobile_app", headers={"Authorization": f"Bearer {TOKEN}"}, json={"message": "Frost risk"})',
      ],
    };
  }),
  template('mosquitto-passwd-plain', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['mosquitto/README.txt', 'broker/setup.sh']),
      lines: ['# broker for the barn sensors', sec(`mosquitto_passwd -b /etc/mosquitto/passwd barn ${p}`, p)],
    };
  }),
  template('influx-telegraf', (g) => {
    const t = g.fake.base64url(86) + '==';
    return {
      path: g.pick(['telegraf/telegraf.conf', 'etc/telegraf/telegraf.d/farm.conf']),
      lines: [
        '[[outputs.influxdb_v2]]',
        '  urls = ["http://10.0.0.20:8086"]',
        sec(`  token = "${t}"`, t),
        `  organization = "${v.farm(g)}"`,
        '  bucket = "barn_sensors"',
      ],
    };
  }),
  template('grafana-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['grafana/grafana.ini', 'etc/grafana/grafana.ini']),
      lines: ['[security]', 'admin_user = admin', sec(`admin_password = ${p}`, p)],
    };
  }),
  template('docker-compose-farm-stack', (g) => {
    const p = v.plain(g);
    const q = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'farm-stack/docker-compose.yaml']),
      lines: [
        'services:',
        '  influxdb:',
        '    image: influxdb:2.7',
        '    environment:',
        '      DOCKER_INFLUXDB_INIT_USERNAME: farm',
        sec(`      DOCKER_INFLUXDB_INIT_PASSWORD: ${p}`, p),
        '  nodered:',
        '    image: nodered/node-red:3.1',
        '    environment:',
        sec(`      - NODE_RED_CREDENTIAL_SECRET=${q}`, q),
      ],
    };
  }),
  template('shared-login-sheet-csv', (g) => {
    const a = v.pass(g);
    const b = v.pass(g);
    const c = v.pass(g);
    const cell = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return {
      path: g.pick(['office/Farm Logins.csv', 'shared/passwords-2025.csv']),
      lines: [
        'System,URL,Username,Password,Notes',
        sec(`John Deere Ops Center,https://operationscenter.deere.com,${v.email(g)},${cell(a)},main account`, cell(a)),
        sec(`FieldView,https://climate.com,${v.email(g)},${cell(b)},`, cell(b)),
        sec(`Barn router,http://${v.lanIp(g)},admin,${cell(c)},Unifi`, cell(c)),
      ],
    };
  }),
  template('farm-office-markdown', (g) => {
    const a = v.plain(g);
    const b = v.barnWifi(g);
    return {
      path: g.pick(['wiki/Office-IT.md', 'docs/farm-it.md']),
      lines: [
        '| What | User | Password |',
        '|------|------|----------|',
        sec(`| DelPro PC | dairy | ${a} |`, a),
        sec(`| Barn Wi-Fi (${v.cap(v.farm(g))}Barn) | - | ${b} |`, b),
      ],
    };
  }),
  template('chat-paste', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['tickets/4821.txt', 'exports/slack-agronomy.txt']),
      lines: [
        `[07:12] ${g.pick(['Dave', 'Jen', 'Marco'])}: new login for the weather station portal`,
        `[07:12] ${g.pick(['Dave', 'Jen', 'Marco'])}: user ${v.email(g)}`,
        sec(`[07:13] ${g.pick(['Dave', 'Jen', 'Marco'])}: pw ${p}`, p),
      ],
    };
  }),
  template('ticket-dealer-access', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['tickets/dealer-support.md', 'support/JD-4420.md']),
      lines: [
        '**Issue:** StarFire receiver not syncing prescriptions',
        `**Ops Center login:** ${v.email(g)}`,
        sec(`**Password:** ${p}`, p),
        '**Machine:** 8R 410, display G5',
      ],
    };
  }),
  template('modbus-gateway-web-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['gateway/usr-tcp232.ini', 'configs/moxa-nport.ini']),
      lines: ['[web]', 'user=admin', sec(`pass=${p}`, p), '[serial]', 'baud=19200', 'parity=N'],
    };
  }),
  template('cellular-router-uci', (g) => {
    const w = v.barnWifi(g);
    return {
      path: g.pick(['teltonika/wireless', 'etc/config/wireless']),
      lines: [
        "config wifi-iface 'default_radio0'",
        "\toption device 'radio0'",
        "\toption mode 'ap'",
        `\toption ssid '${v.cap(v.farm(g))}-Pivot'`,
        "\toption encryption 'psk2'",
        sec(`\toption key '${w}'`, w),
      ],
    };
  }),
  template('platformio-ota', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['platformio.ini', 'firmware/platformio.ini']),
      lines: [
        '[env:esp32dev]',
        'platform = espressif32',
        'board = esp32dev',
        'upload_protocol = espota',
        `upload_port = ${v.lanIp(g)}`,
        sec(`upload_flags = --auth=${p}`, p),
      ],
    };
  }),
];
