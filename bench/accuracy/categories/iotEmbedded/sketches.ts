import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * iot-embedded positives, firmware source: Arduino/ESP32/ESP8266 sketches and headers (Wi-Fi,
 * soft AP, MQTT, OTA, Blynk, ThingSpeak, Firebase, Adafruit IO, `arduino_secrets.h`), PlatformIO
 * build flags, MicroPython and CircuitPython scripts and settings, ESP-IDF `sdkconfig` and
 * menuconfig defaults, Zephyr `prj.conf`, LMIC/LoRaWAN key arrays, mbed `mbed_app.json`, AWS IoT
 * certificates and keys as C strings, as each SDK's examples write them. Values generated at run
 * time.
 */

const LOOP = ['', 'void loop() {', '  delay(1000);', '}'].join('\n');

export const sketchPositives: readonly Template[] = [
  template('arduino-const-char-password', (g) => {
    const p = v.wifiPass(g);
    return {
      path: `src/${g.pick(['main', 'sketch', 'weather'])}.ino`,
      lines: [
        '#include <WiFi.h>',
        '',
        `const char* ssid = "${v.ssid(g)}";`,
        sec(`const char* password = "${p}";`, p),
        '',
        'void setup() {',
        '  Serial.begin(115200);',
        '  WiFi.begin(ssid, password);',
        '  while (WiFi.status() != WL_CONNECTED) delay(500);',
        '}',
        LOOP,
      ],
    };
  }),
  template('arduino-define-wifi-pass', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'include/config.h',
      lines: [
        '#pragma once',
        '',
        `#define WIFI_SSID "${v.ssid(g)}"`,
        sec(`#define WIFI_PASS "${p}"`, p),
        '#define LED_PIN 2',
      ],
    };
  }),
  template('arduino-wifi-begin-literal', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'esp8266_blink_web.ino',
      lines: [
        '#include <ESP8266WiFi.h>',
        '#include <ESP8266WebServer.h>',
        '',
        'ESP8266WebServer server(80);',
        '',
        'void setup() {',
        '  pinMode(LED_BUILTIN, OUTPUT);',
        sec(`  WiFi.begin("${v.ssid(g)}", "${p}");`, p),
        '  server.begin();',
        '}',
      ],
    };
  }),
  template('arduino-softap', (g) => {
    const p = v.pw(g);
    return {
      path: 'src/ap_mode.cpp',
      lines: [
        '#include <WiFi.h>',
        '',
        'void startAccessPoint() {',
        '  WiFi.mode(WIFI_AP);',
        sec(`  WiFi.softAP("${g.pick(['ESP32-Setup', 'PlantMonitor', 'LED-Controller'])}", "${p}");`, p),
        '  Serial.println(WiFi.softAPIP());',
        '}',
      ],
    };
  }),
  template('arduino-softap-const', (g) => {
    const p = v.pw(g);
    return {
      path: 'CaptivePortal/CaptivePortal.ino',
      lines: [
        '#include <DNSServer.h>',
        '#include <WiFi.h>',
        '',
        'const char *apSsid = "ConfigPortal";',
        sec(`const char *apPassword = "${p}";`, p),
        'const byte DNS_PORT = 53;',
        '',
        'void setup() {',
        '  WiFi.softAP(apSsid, apPassword);',
        '}',
      ],
    };
  }),
  template('arduino-mqtt-connect-literal', (g) => {
    const p = v.pw(g);
    return {
      path: 'src/mqtt.cpp',
      lines: [
        '#include <PubSubClient.h>',
        '',
        'extern PubSubClient client;',
        '',
        'void reconnect() {',
        '  while (!client.connected()) {',
        sec(`    if (client.connect("${v.deviceId(g)}", "${v.mqttUser(g)}", "${p}")) {`, p),
        '      client.subscribe("home/relay/set");',
        '    } else {',
        '      delay(5000);',
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('arduino-mqtt-const', (g) => {
    const p = v.pw(g);
    return {
      path: 'garage_door/garage_door.ino',
      lines: [
        '#include <WiFi.h>',
        '#include <PubSubClient.h>',
        '',
        `const char* mqtt_server = "${v.lanIp(g)}";`,
        'const int mqtt_port = 1883;',
        `const char* mqtt_user = "${v.mqttUser(g)}";`,
        sec(`const char* mqtt_password = "${p}";`, p),
        '',
        'WiFiClient espClient;',
        'PubSubClient client(espClient);',
      ],
    };
  }),
  template('arduino-define-mqtt-pass', (g) => {
    const p = v.pw(g);
    return {
      path: 'src/settings.h',
      lines: [
        `#define MQTT_HOST IPAddress(${v.lanIp(g).replace(/\./g, ', ')})`,
        '#define MQTT_PORT 1883',
        `#define MQTT_USER "${v.mqttUser(g)}"`,
        sec(`#define MQTT_PASS "${p}"`, p),
        '#define MQTT_TOPIC "sensors/livingroom"',
      ],
    };
  }),
  template('async-mqtt-set-credentials', (g) => {
    const p = v.pw(g);
    return {
      path: 'src/main.cpp',
      lines: [
        '#include <AsyncMqttClient.h>',
        'AsyncMqttClient mqttClient;',
        '',
        'void setupMqtt() {',
        '  mqttClient.setServer(MQTT_HOST, MQTT_PORT);',
        sec(`  mqttClient.setCredentials("${v.mqttUser(g)}", "${p}");`, p),
        '  mqttClient.connect();',
        '}',
      ],
    };
  }),
  template('arduino-ota-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'src/ota.cpp',
      lines: [
        '#include <ArduinoOTA.h>',
        '',
        'void setupOta() {',
        '  ArduinoOTA.setHostname("esp-kitchen");',
        sec(`  ArduinoOTA.setPassword("${p}");`, p),
        '  ArduinoOTA.begin();',
        '}',
      ],
    };
  }),
  template('arduino-ota-password-hash', (g) => {
    const h = g.fake.hex(32);
    return {
      path: 'src/ota.cpp',
      lines: ['  // MD5 of the upload password', sec(`  ArduinoOTA.setPasswordHash("${h}");`, h)],
    };
  }),
  template('arduino-secrets-h', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'WiFiNINA_Client/arduino_secrets.h',
      lines: [`#define SECRET_SSID "${v.ssid(g)}"`, sec(`#define SECRET_PASS "${p}"`, p)],
    };
  }),
  template('arduino-secrets-h-iot-cloud', (g) => {
    const p = v.wifiPass(g);
    const k = g.fake.upperAlnum(20);
    return {
      path: 'IoTCloud_Thermostat/arduino_secrets.h',
      lines: [
        `#define SECRET_SSID "${v.ssid(g)}"`,
        sec(`#define SECRET_OPTIONAL_PASS "${p}"`, p),
        `#define SECRET_DEVICE_ID "${g.fake.uuid()}"`,
        sec(`#define SECRET_DEVICE_KEY "${k}"`, k),
      ],
    };
  }),
  template('blynk-auth-token', (g) => {
    const t = v.blynkToken(g);
    return {
      path: 'BlynkEdgent/BlynkEdgent.ino',
      lines: [
        `#define BLYNK_TEMPLATE_ID "${v.blynkTemplate(g)}"`,
        '#define BLYNK_TEMPLATE_NAME "Smart Plant"',
        sec(`#define BLYNK_AUTH_TOKEN "${t}"`, t),
        '',
        '#define BLYNK_PRINT Serial',
        '#include <BlynkSimpleEsp32.h>',
      ],
    };
  }),
  template('blynk-char-auth', (g) => {
    const t = v.blynkToken(g);
    const p = v.wifiPass(g);
    return {
      path: 'blynk_relay.ino',
      lines: [
        '#include <BlynkSimpleEsp8266.h>',
        '',
        sec(`char auth[] = "${t}";`, t),
        `char ssid[] = "${v.ssid(g)}";`,
        sec(`char pass[] = "${p}";`, p),
        '',
        'void setup() {',
        '  Blynk.begin(auth, ssid, pass);',
        '}',
      ],
    };
  }),
  template('blynk-begin-literal', (g) => {
    const t = v.blynkToken(g);
    return {
      path: 'src/app.cpp',
      lines: [
        'void setup() {',
        '  Serial.begin(9600);',
        sec(`  Blynk.begin("${t}", ssid, pass, "blynk.cloud", 80);`, t),
        '}',
      ],
    };
  }),
  template('thingspeak-write-key', (g) => {
    const k = v.thingSpeakKey(g);
    return {
      path: 'ThingSpeakLogger/ThingSpeakLogger.ino',
      lines: [
        '#include "ThingSpeak.h"',
        '',
        `unsigned long myChannelNumber = ${g.between(100000, 2999999)};`,
        sec(`const char * myWriteAPIKey = "${k}";`, k),
        '',
        'void loop() {',
        '  ThingSpeak.setField(1, temperature);',
        '  ThingSpeak.writeFields(myChannelNumber, myWriteAPIKey);',
        '  delay(20000);',
        '}',
      ],
    };
  }),
  template('thingspeak-url-key', (g) => {
    const k = v.thingSpeakKey(g);
    return {
      path: 'src/upload.cpp',
      lines: [
        '  HTTPClient http;',
        sec(`  String url = "http://api.thingspeak.com/update?api_key=${k}&field1=" + String(t);`, k),
        '  http.begin(client, url);',
        '  int code = http.GET();',
      ],
    };
  }),
  template('thingspeak-define', (g) => {
    const k = v.thingSpeakKey(g);
    return {
      path: 'include/secrets.h',
      lines: [
        '// ThingSpeak',
        `#define SECRET_CH_ID ${g.between(100000, 2999999)}`,
        sec(`#define SECRET_WRITE_APIKEY "${k}"`, k),
      ],
    };
  }),
  template('firebase-esp-client', (g) => {
    const k = v.firebaseKey(g);
    const p = v.pw(g);
    return {
      path: 'src/firebase_setup.cpp',
      lines: [
        '#include <Firebase_ESP_Client.h>',
        '',
        sec(`#define API_KEY "${k}"`, k),
        `#define DATABASE_URL "https://${g.pick(['plant', 'home', 'garden'])}-${g.fake.lowerAlnum(5)}-default-rtdb.firebaseio.com"`,
        `#define USER_EMAIL "${g.fake.lower(6)}@gmail.com"`,
        sec(`#define USER_PASSWORD "${p}"`, p),
      ],
    };
  }),
  template('firebase-database-secret', (g) => {
    const s = v.firebaseSecret(g);
    return {
      path: 'FirebaseLegacy/FirebaseLegacy.ino',
      lines: [
        '#include <FirebaseESP8266.h>',
        '',
        '#define FIREBASE_HOST "smarthome.firebaseio.com"',
        sec(`#define DATABASE_SECRET "${s}"`, s),
        '',
        'FirebaseConfig config;',
        'void setup() {',
        '  config.signer.tokens.legacy_token = DATABASE_SECRET;',
        '}',
      ],
    };
  }),
  template('adafruit-io-config', (g) => {
    const k = v.aioKey(g);
    const p = v.wifiPass(g);
    return {
      path: 'adafruitio_temp/config.h',
      lines: [
        '/************************ Adafruit IO Config *******************************/',
        `#define IO_USERNAME "${g.fake.lower(7)}"`,
        sec(`#define IO_KEY "${k}"`, k),
        '',
        `#define WIFI_SSID "${v.ssid(g)}"`,
        sec(`#define WIFI_PASS "${p}"`, p),
        '#include "AdafruitIO_WiFi.h"',
        'AdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);',
      ],
    };
  }),
  template('adafruit-mqtt-aio-key', (g) => {
    const k = v.aioKey(g);
    return {
      path: 'mqtt_esp8266/mqtt_esp8266.ino',
      lines: [
        '#define AIO_SERVER      "io.adafruit.com"',
        '#define AIO_SERVERPORT  1883',
        `#define AIO_USERNAME    "${g.fake.lower(8)}"`,
        sec(`#define AIO_KEY         "${k}"`, k),
        'Adafruit_MQTT_Client mqtt(&client, AIO_SERVER, AIO_SERVERPORT, AIO_USERNAME, AIO_KEY);',
      ],
    };
  }),
  template('platformio-build-flags', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'platformio.ini',
      lines: [
        '[env:esp32dev]',
        'platform = espressif32',
        'board = esp32dev',
        'framework = arduino',
        'monitor_speed = 115200',
        'build_flags =',
        `    -DWIFI_SSID=\\"${v.ssid(g).replace(/ /g, '_')}\\"`,
        sec(`    -DWIFI_PASSWORD=\\"${p}\\"`, p),
      ],
    };
  }),
  template('platformio-upload-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'platformio.ini',
      lines: [
        '[env:d1_mini_ota]',
        'platform = espressif8266',
        'board = d1_mini',
        'upload_protocol = espota',
        `upload_port = ${v.lanIp(g)}`,
        'upload_flags =',
        sec(`    --auth=${p}`, p),
      ],
    };
  }),
  template('platformio-mqtt-flag', (g) => {
    const p = v.pw(g);
    return {
      path: 'platformio.ini',
      lines: [
        '[env]',
        'build_flags =',
        `  -D MQTT_SERVER=\\"${v.lanIp(g)}\\"`,
        sec(`  -D MQTT_PASSWORD=\\"${p}\\"`, p),
        '  -D CORE_DEBUG_LEVEL=3',
      ],
    };
  }),
  template('micropython-wlan-connect', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'boot.py',
      lines: [
        'import network',
        'import time',
        '',
        'wlan = network.WLAN(network.STA_IF)',
        'wlan.active(True)',
        sec(`wlan.connect('${v.ssid(g)}', '${p}')`, p),
        'while not wlan.isconnected():',
        '    time.sleep(0.5)',
        "print('network config:', wlan.ifconfig())",
      ],
    };
  }),
  template('micropython-constants', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'main.py',
      lines: [
        'from machine import Pin',
        'import network',
        '',
        `SSID = "${v.ssid(g)}"`,
        sec(`PASSWORD = "${p}"`, p),
        'LED = Pin("LED", Pin.OUT)',
        '',
        'def connect():',
        '    wlan = network.WLAN(network.STA_IF)',
        '    wlan.active(True)',
        '    wlan.connect(SSID, PASSWORD)',
      ],
    };
  }),
  template('micropython-umqtt', (g) => {
    const p = v.pw(g);
    return {
      path: 'mqtt_sensor.py',
      lines: [
        'from umqtt.simple import MQTTClient',
        'import ubinascii, machine',
        '',
        'CLIENT_ID = ubinascii.hexlify(machine.unique_id())',
        sec(
          `client = MQTTClient(CLIENT_ID, "${v.lanIp(g)}", user="${v.mqttUser(g)}", password="${p}", keepalive=60)`,
          p,
        ),
        'client.connect()',
      ],
    };
  }),
  template('micropython-ap', (g) => {
    const p = v.pw(g);
    return {
      path: 'ap.py',
      lines: [
        'import network',
        'ap = network.WLAN(network.AP_IF)',
        sec(`ap.config(essid='PicoW-AP', password='${p}')`, p),
        'ap.active(True)',
      ],
    };
  }),
  template('circuitpython-secrets-py', (g) => {
    const p = v.wifiPass(g);
    const k = v.aioKey(g);
    return {
      path: 'CIRCUITPY/secrets.py',
      lines: [
        '# This file is where you keep secret settings, passwords, and tokens!',
        'secrets = {',
        `    "ssid": "${v.ssid(g)}",`,
        sec(`    "password": "${p}",`, p),
        `    "aio_username": "${g.fake.lower(7)}",`,
        sec(`    "aio_key": "${k}",`, k),
        '    "timezone": "Europe/Berlin",',
        '}',
      ],
    };
  }),
  template('circuitpython-settings-toml', (g) => {
    const p = v.wifiPass(g);
    const k = v.aioKey(g);
    return {
      path: 'CIRCUITPY/settings.toml',
      lines: [
        `CIRCUITPY_WIFI_SSID = "${v.ssid(g)}"`,
        sec(`CIRCUITPY_WIFI_PASSWORD = "${p}"`, p),
        'CIRCUITPY_WEB_API_PORT = 80',
        `ADAFRUIT_AIO_USERNAME = "${g.fake.lower(7)}"`,
        sec(`ADAFRUIT_AIO_KEY = "${k}"`, k),
      ],
    };
  }),
  template('circuitpython-web-api-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'settings.toml',
      lines: [
        'CIRCUITPY_WIFI_SSID = "Workshop"',
        '# CIRCUITPY_WIFI_PASSWORD: on the sticker under the router',
        sec(`CIRCUITPY_WEB_API_PASSWORD = "${p}"`, p),
      ],
    };
  }),
  template('circuitpython-radio-connect', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'code.py',
      lines: [
        'import wifi',
        'import socketpool',
        '',
        sec(`wifi.radio.connect("${v.ssid(g)}", "${p}")`, p),
        'pool = socketpool.SocketPool(wifi.radio)',
      ],
    };
  }),
  template('esp-idf-sdkconfig', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'sdkconfig',
      lines: [
        '#',
        '# Example Configuration',
        '#',
        `CONFIG_ESP_WIFI_SSID="${v.ssid(g)}"`,
        sec(`CONFIG_ESP_WIFI_PASSWORD="${p}"`, p),
        'CONFIG_ESP_MAXIMUM_RETRY=5',
        'CONFIG_ESP_WIFI_AUTH_WPA2_PSK=y',
      ],
    };
  }),
  template('esp-idf-sdkconfig-mqtt', (g) => {
    const p = v.pw(g);
    return {
      path: 'sdkconfig.defaults',
      lines: [
        `CONFIG_BROKER_URL="mqtt://${v.lanIp(g)}"`,
        `CONFIG_BROKER_USERNAME="${v.mqttUser(g)}"`,
        sec(`CONFIG_BROKER_PASSWORD="${p}"`, p),
      ],
    };
  }),
  template('esp-idf-kconfig-default', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'main/Kconfig.projbuild',
      lines: [
        'menu "Wi-Fi Configuration"',
        '',
        '    config WIFI_PASSWORD',
        '        string "WiFi Password"',
        sec(`        default "${p}"`, p),
        '        help',
        '            WiFi password (WPA or WPA2) for the example to use.',
        '',
        'endmenu',
      ],
    };
  }),
  template('esp-idf-wifi-config-struct', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'main/wifi_station.c',
      lines: [
        'wifi_config_t wifi_config = {',
        '    .sta = {',
        `        .ssid = "${v.ssid(g)}",`,
        sec(`        .password = "${p}",`, p),
        '        .threshold.authmode = WIFI_AUTH_WPA2_PSK,',
        '    },',
        '};',
      ],
    };
  }),
  template('zephyr-prj-conf', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'prj.conf',
      lines: [
        'CONFIG_WIFI=y',
        'CONFIG_NET_L2_WIFI_MGMT=y',
        `CONFIG_WIFI_CREDENTIALS_STATIC_SSID="${v.ssid(g)}"`,
        sec(`CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD="${p}"`, p),
        'CONFIG_WIFI_CREDENTIALS_STATIC=y',
      ],
    };
  }),
  template('mbed-app-json', (g) => {
    const p = v.wifiPass(g);
    return {
      path: 'mbed_app.json',
      lines: [
        '{',
        '    "config": {',
        '        "wifi-ssid": {',
        '            "help": "WiFi SSID",',
        `            "value": "\\"${v.ssid(g)}\\""`,
        '        },',
        '        "wifi-password": {',
        '            "help": "WiFi Password",',
        sec(`            "value": "\\"${p}\\""`, p),
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('lmic-appkey-array', (g) => {
    const k = v.cBytes(g);
    return {
      path: 'ttn-otaa/ttn-otaa.ino',
      lines: [
        '#include <lmic.h>',
        '',
        '// This EUI must be in little-endian format.',
        `static const u1_t PROGMEM APPEUI[8]={ ${v.cBytes(g, 8)} };`,
        'void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}',
        '',
        `static const u1_t PROGMEM DEVEUI[8]={ ${v.cBytes(g, 8)} };`,
        '',
        '// This key should be in big endian format.',
        sec(`static const u1_t PROGMEM APPKEY[16] = { ${k} };`, k),
        'void os_getDevKey (u1_t* buf) {  memcpy_P(buf, APPKEY, 16);}',
      ],
    };
  }),
  template('lmic-abp-keys', (g) => {
    const n = v.cBytes(g);
    const a = v.cBytes(g);
    return {
      path: 'ttn-abp/ttn-abp.ino',
      lines: [
        sec(`static const PROGMEM u1_t NWKSKEY[16] = { ${n} };`, n),
        sec(`static const u1_t PROGMEM APPSKEY[16] = { ${a} };`, a),
        `static const u4_t DEVADDR = 0x${g.fake.upperHex(8)};`,
      ],
    };
  }),
  template('lorawan-hex-appkey', (g) => {
    const k = g.fake.upperHex(32);
    return {
      path: 'src/lorawan_config.h',
      lines: [
        `#define LORAWAN_DEVEUI "${g.fake.upperHex(16)}"`,
        `#define LORAWAN_JOINEUI "${g.fake.upperHex(16)}"`,
        sec(`#define LORAWAN_APPKEY "${k}"`, k),
      ],
    };
  }),
  template('lorawan-mkrwan-appkey', (g) => {
    const k = g.fake.upperHex(32);
    return {
      path: 'LoraSendAndReceive/arduino_secrets.h',
      lines: [`#define SECRET_APP_EUI "${g.fake.upperHex(16)}"`, sec(`#define SECRET_APP_KEY "${k}"`, k)],
    };
  }),
  template('aws-iot-secrets-h', (g) => {
    const pem = g.fake.pem('RSA PRIVATE KEY', 5).split('\n');
    return {
      path: 'AWS_IoT/secrets.h',
      lines: [
        '#include <pgmspace.h>',
        '',
        '#define THINGNAME "esp32-weather"',
        'const char AWS_IOT_ENDPOINT[] = "a1b2c3-ats.iot.eu-west-1.amazonaws.com";',
        '',
        '// Device Private Key',
        'static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(',
        block(pem.map((l) => sec(l, l))),
        ')KEY";',
      ],
    };
  }),
  template('aws-iot-c-string-key', (g) => {
    const pem = g.fake.pem('PRIVATE KEY', 4).split('\n');
    return {
      path: 'main/certs.c',
      lines: ['const char *client_key =', block(pem.map((l) => sec(`"${l}\\n"`, l))), ';'],
    };
  }),
  template('arduino-http-basic-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'src/webserver.cpp',
      lines: [
        'const char* www_username = "admin";',
        sec(`const char* www_password = "${p}";`, p),
        '',
        'void handleRoot() {',
        '  if (!server.authenticate(www_username, www_password)) {',
        '    return server.requestAuthentication();',
        '  }',
        '}',
      ],
    };
  }),
  template('arduino-authenticate-literal', (g) => {
    const p = v.pw(g);
    return {
      path: 'src/web.cpp',
      lines: [
        '  server.on("/settings", HTTP_GET, [](AsyncWebServerRequest *request) {',
        sec(`    if (!request->authenticate("admin", "${p}"))`, p),
        '      return request->requestAuthentication();',
        '    request->send(SPIFFS, "/settings.html");',
        '  });',
      ],
    };
  }),
  template('wifimulti-add-ap', (g) => {
    const p1 = v.wifiPass(g);
    const p2 = v.wifiPass(g);
    return {
      path: 'src/net.cpp',
      lines: [
        '#include <WiFiMulti.h>',
        'WiFiMulti wifiMulti;',
        '',
        'void connectWifi() {',
        sec(`  wifiMulti.addAP("${v.ssid(g)}", "${p1}");`, p1),
        sec(`  wifiMulti.addAP("Cabin", "${p2}");`, p2),
        '  wifiMulti.run();',
        '}',
      ],
    };
  }),
  template('telegram-bot-esp32', (g) => {
    const t = `${g.between(1000000000, 7999999999)}:AA${g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 33)}`;
    return {
      path: 'TelegramDoorbell/TelegramDoorbell.ino',
      lines: [
        '#include <UniversalTelegramBot.h>',
        '',
        sec(`#define BOTtoken "${t}"`, t),
        `#define CHAT_ID "${g.between(100000000, 999999999)}"`,
      ],
    };
  }),
  template('openweather-key-sketch', (g) => {
    const k = g.fake.hex(32);
    return {
      path: 'WeatherDisplay/WeatherDisplay.ino',
      lines: [
        'String city = "Hamburg";',
        'String countryCode = "DE";',
        sec(`String openWeatherMapApiKey = "${k}";`, k),
      ],
    };
  }),
];
