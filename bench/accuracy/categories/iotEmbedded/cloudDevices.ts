import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * iot-embedded positives, device clouds and single-board computers: Azure IoT Hub and DPS device
 * keys, Particle tokens, The Things Network API keys, Ubidots, Losant, Arduino IoT Cloud, Philips
 * Hue bridge usernames, SmartThings and IFTTT keys; Raspberry Pi imager files (`userconf.txt`,
 * `firstrun.sh`, `wpa_supplicant.conf` on the boot partition), balena device variables, InfluxDB
 * and Grafana tokens in Telegraf and Node scripts on a Pi, as each platform's documentation writes
 * them. Values generated at run time.
 */
export const cloudDevicePositives: readonly Template[] = [
  template('azure-iot-device-connection-string', (g) => {
    const k = v.key32(g);
    return {
      path: 'src/azure_config.h',
      lines: [
        sec(
          `static const char* connectionString = "HostName=${g.pick(['home-hub', 'plant-iot', 'fleet01'])}.azure-devices.net;DeviceId=${v.deviceId(g)};SharedAccessKey=${k}";`,
          k,
        ),
      ],
    };
  }),
  template('azure-iot-python-env', (g) => {
    const k = v.key32(g);
    return {
      path: '.env',
      lines: [
        sec(
          `IOTHUB_DEVICE_CONNECTION_STRING="HostName=${g.fake.lower(8)}.azure-devices.net;DeviceId=pi-${g.between(1, 40)};SharedAccessKey=${k}"`,
          k,
        ),
      ],
    };
  }),
  template('azure-dps-symmetric-key', (g) => {
    const k = g.fake.base64(86) + '==';
    return {
      path: 'config/dps.json',
      lines: [
        '{',
        '  "provisioningHost": "global.azure-devices-provisioning.net",',
        `  "idScope": "0ne00${g.fake.upperHex(6)}",`,
        `  "registrationId": "${v.deviceId(g)}",`,
        sec(`  "symmetricKey": "${k}"`, k),
        '}',
      ],
    };
  }),
  template('azure-iot-c-define', (g) => {
    const k = v.key32(g);
    return {
      path: 'AzureIoTHub/iot_configs.h',
      lines: [
        `#define IOT_CONFIG_IOTHUB_FQDN "${g.fake.lower(8)}.azure-devices.net"`,
        `#define IOT_CONFIG_DEVICE_ID "${v.deviceId(g)}"`,
        sec(`#define IOT_CONFIG_DEVICE_KEY "${k}"`, k),
      ],
    };
  }),
  template('particle-access-token-env', (g) => {
    const t = v.particleToken(g);
    return {
      path: '.env',
      lines: [`PARTICLE_DEVICE_ID=${g.fake.hex(24)}`, sec(`PARTICLE_ACCESS_TOKEN=${t}`, t)],
    };
  }),
  template('particle-curl-function', (g) => {
    const t = v.particleToken(g);
    return {
      path: 'scripts/open_gate.sh',
      lines: [
        '#!/bin/sh',
        `curl https://api.particle.io/v1/devices/${g.fake.hex(24)}/gate \\`,
        sec(`  -d access_token=${t} -d "args=open"`, t),
      ],
    };
  }),
  template('particle-js-login', (g) => {
    const t = v.particleToken(g);
    return {
      path: 'dashboard/particle.js',
      lines: [
        "const Particle = require('particle-api-js');",
        'const particle = new Particle();',
        sec(`const token = '${t}';`, t),
        'particle.listDevices({ auth: token }).then((d) => console.log(d.body));',
      ],
    };
  }),
  template('ttn-api-key', (g) => {
    const k = `NNSXS.${g.fake.upperAlnum(39)}.${g.fake.upperAlnum(52)}`;
    return {
      path: 'ttn/webhook.env',
      lines: ['TTN_APP_ID=garden-sensors', sec(`TTN_API_KEY=${k}`, k)],
    };
  }),
  template('ttn-appkey-cli', (g) => {
    const k = g.fake.upperHex(32);
    return {
      path: 'provision.sh',
      lines: [
        'ttn-lw-cli end-devices create garden-sensors soil-01 \\',
        `  --dev-eui ${g.fake.upperHex(16)} --join-eui ${g.fake.upperHex(16)} \\`,
        sec(`  --root-keys.app-key.key ${k} \\`, k),
        '  --frequency-plan-id EU_863_870_TTN --lorawan-version 1.0.3',
      ],
    };
  }),
  template('chirpstack-device-keys', (g) => {
    const k = g.fake.hex(32);
    return {
      path: 'chirpstack/devices.csv',
      lines: ['dev_eui,name,nwk_key', sec(`${g.fake.hex(16)},soil-${g.between(1, 40)},${k}`, k)],
    };
  }),
  template('ubidots-token', (g) => {
    const t = 'BBFF-' + g.fake.alnum(30);
    return {
      path: 'ubidots_sender/ubidots_sender.ino',
      lines: [
        '#include "Ubidots.h"',
        '',
        sec(`const char *UBIDOTS_TOKEN = "${t}";`, t),
        'Ubidots ubidots(UBIDOTS_TOKEN, UBI_HTTP);',
      ],
    };
  }),
  template('losant-device-secret', (g) => {
    const k = g.fake.uuid();
    const s = g.fake.hex(64);
    return {
      path: 'losant/credentials.h',
      lines: [
        `const char* LOSANT_DEVICE_ID = "${g.fake.hex(24)}";`,
        sec(`const char* LOSANT_ACCESS_KEY = "${k}";`, k),
        sec(`const char* LOSANT_ACCESS_SECRET = "${s}";`, s),
      ],
    };
  }),
  template('arduino-iot-cloud-python', (g) => {
    const k = g.fake.alnum(20);
    return {
      path: 'cloud_lamp.py',
      lines: [
        'from arduino_iot_cloud import ArduinoCloudClient',
        '',
        `DEVICE_ID = b"${g.fake.uuid()}"`,
        sec(`SECRET_KEY = b"${k}"`, k),
        'client = ArduinoCloudClient(device_id=DEVICE_ID, username=DEVICE_ID, password=SECRET_KEY)',
      ],
    };
  }),
  template('hue-bridge-username', (g) => {
    const u = g.fake.alnum(40);
    return {
      path: 'hue_scenes.py',
      lines: [
        'from phue import Bridge',
        '',
        `BRIDGE_IP = "${v.lanIp(g)}"`,
        sec(`HUE_USERNAME = "${u}"`, u),
        'b = Bridge(BRIDGE_IP, username=HUE_USERNAME)',
      ],
    };
  }),
  template('hue-api-url', (g) => {
    const u = g.fake.alnum(40);
    return {
      path: 'scripts/lights_off.sh',
      lines: ['#!/bin/sh', sec(`curl -X PUT -d '{"on":false}' http://${v.lanIp(g)}/api/${u}/groups/0/action`, u)],
    };
  }),
  template('smartthings-pat', (g) => {
    const t = g.fake.uuid();
    return {
      path: 'smartthings/list_devices.js',
      lines: [
        "const { SmartThingsClient, BearerTokenAuthenticator } = require('@smartthings/core-sdk');",
        sec(`const client = new SmartThingsClient(new BearerTokenAuthenticator('${t}'));`, t),
      ],
    };
  }),
  template('ifttt-webhook-key', (g) => {
    const k = g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22);
    return {
      path: 'MotionAlert/MotionAlert.ino',
      lines: [
        sec(`const char* iftttUrl = "/trigger/motion_detected/with/key/${k}";`, k),
        'const char* iftttHost = "maker.ifttt.com";',
      ],
    };
  }),
  template('pushover-tokens-pi', (g) => {
    const a = g.fake.lowerAlnum(30);
    const u = g.fake.lowerAlnum(30);
    return {
      path: 'doorbell/notify.py',
      lines: [
        sec(`PUSHOVER_APP_TOKEN = "${a}"`, a),
        sec(`PUSHOVER_USER_KEY = "${u}"`, u),
        'requests.post("https://api.pushover.net/1/messages.json", data={"token": PUSHOVER_APP_TOKEN, "user": PUSHOVER_USER_KEY, "message": "Ding"})',
      ],
    };
  }),
  template('rpi-userconf', (g) => {
    const h = `$6$${g.fake.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16)}$${g.fake.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86)}`;
    return {
      path: 'boot/userconf.txt',
      lines: [sec(`pi:${h}`, h)],
    };
  }),
  template('rpi-firstrun-wifi', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'boot/firstrun.sh',
      lines: [
        '#!/bin/bash',
        'set +e',
        'CURRENT_HOSTNAME=`cat /etc/hostname | tr -d " \\t\\n\\r"`',
        'if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then',
        sec(`   /usr/lib/raspberrypi-sys-mods/imager_custom set_wlan '${v.ssid(g)}' '${p}' 'DE'`, p),
        'fi',
      ],
    };
  }),
  template('rpi-firstrun-user', (g) => {
    const p = v.pw(g);
    return {
      path: 'boot/firstrun.sh',
      lines: [
        '#!/bin/bash',
        'FIRSTUSER=`getent passwd 1000 | cut -d: -f1`',
        sec(`echo "$FIRSTUSER:${p}" | chpasswd`, p),
      ],
    };
  }),
  template('rpi-boot-wpa-supplicant', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'boot/wpa_supplicant.conf',
      lines: [
        'country=GB',
        'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev',
        'update_config=1',
        'network={',
        `    ssid="${v.ssid(g)}"`,
        sec(`    psk="${p}"`, p),
        '}',
      ],
    };
  }),
  template('rpi-nmcli-connect', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'setup/pi-setup.sh',
      lines: [
        'sudo apt-get update',
        sec(`sudo nmcli dev wifi connect "${v.ssid(g)}" password "${p}"`, p),
        'sudo raspi-config nonint do_ssh 0',
      ],
    };
  }),
  template('cloud-init-pi-wifi', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'system-boot/network-config',
      lines: [
        'version: 2',
        'wifis:',
        '  renderer: networkd',
        '  wlan0:',
        '    dhcp4: true',
        '    access-points:',
        `      "${v.ssid(g)}":`,
        sec(`        password: "${p}"`, p),
      ],
    };
  }),
  template('balena-device-env', (g) => {
    const k = g.fake.hex(32);
    return {
      path: 'balena.yml',
      lines: [
        'name: pi-weather',
        'type: sw.application',
        'data:',
        '  defaultDeviceType: raspberrypi4-64',
        'variables:',
        sec(`  OPENWEATHER_API_KEY: ${k}`, k),
      ],
    };
  }),
  template('balena-cli-env-add', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'fleet-setup.sh',
      lines: [sec(`balena env add WIFI_PASSWORD "${p}" --fleet garden-fleet`, p)],
    };
  }),
  template('telegraf-influx-token', (g) => {
    const t = g.fake.base64url(86) + '==';
    return {
      path: 'telegraf/telegraf.conf',
      lines: [
        '[[outputs.influxdb_v2]]',
        `  urls = ["http://${v.lanIp(g)}:8086"]`,
        sec(`  token = "${t}"`, t),
        '  organization = "home"',
        '  bucket = "sensors"',
      ],
    };
  }),
  template('influx-token-arduino', (g) => {
    const t = g.fake.base64url(86) + '==';
    return {
      path: 'InfluxDBWeather/InfluxDBWeather.ino',
      lines: [
        '#include <InfluxDbClient.h>',
        `#define INFLUXDB_URL "http://${v.lanIp(g)}:8086"`,
        sec(`#define INFLUXDB_TOKEN "${t}"`, t),
        '#define INFLUXDB_ORG "home"',
        '#define INFLUXDB_BUCKET "esp"',
      ],
    };
  }),
  template('grafana-admin-pi-compose', (g) => {
    const p = v.pw(g);
    return {
      path: 'iotstack/docker-compose.yml',
      lines: [
        '  grafana:',
        '    image: grafana/grafana',
        '    environment:',
        '      - GF_SECURITY_ADMIN_USER=admin',
        sec(`      - GF_SECURITY_ADMIN_PASSWORD=${p}`, p),
      ],
    };
  }),
  template('influxdb-init-compose', (g) => {
    const p = v.pw(g);
    return {
      path: 'iotstack/docker-compose.yml',
      lines: [
        '  influxdb:',
        '    image: influxdb:2.7',
        '    environment:',
        '      DOCKER_INFLUXDB_INIT_MODE: setup',
        '      DOCKER_INFLUXDB_INIT_USERNAME: admin',
        sec(`      DOCKER_INFLUXDB_INIT_PASSWORD: ${p}`, p),
      ],
    };
  }),
  template('scrypted-camera-json', (g) => {
    const p = v.pw(g);
    return {
      path: 'cameras/backyard.json',
      lines: [
        '{',
        `  "ip": "${v.lanIp(g)}",`,
        '  "username": "admin",',
        sec(`  "password": "${p}",`, p),
        '  "rtspPort": 554',
        '}',
      ],
    };
  }),
  template('opencv-rtsp-url', (g) => {
    const p = v.pw(g);
    return {
      path: 'detect_people.py',
      lines: [
        'import cv2',
        '',
        sec(`cap = cv2.VideoCapture("rtsp://admin:${p}@${v.lanIp(g)}:554/stream1")`, p),
        'ok, frame = cap.read()',
      ],
    };
  }),
  template('golioth-psk', (g) => {
    const p = g.fake.hex(32);
    return {
      path: 'prj.conf',
      lines: [
        `CONFIG_GOLIOTH_SAMPLE_PSK_ID="${v.deviceId(g)}@${g.fake.lower(8)}"`,
        sec(`CONFIG_GOLIOTH_SAMPLE_PSK="${p}"`, p),
      ],
    };
  }),
  template('aws-iot-node-key-inline', (g) => {
    const pem = g.fake.pem('RSA PRIVATE KEY', 3).split('\n');
    const first = pem[1]!;
    return {
      path: 'device/index.js',
      lines: [
        "const awsIot = require('aws-iot-device-sdk');",
        sec(
          `const privateKey = Buffer.from('-----BEGIN RSA PRIVATE KEY-----\\n${first}\\n${pem[2]}\\n-----END RSA PRIVATE KEY-----\\n');`,
          first,
        ),
      ],
    };
  }),
];
