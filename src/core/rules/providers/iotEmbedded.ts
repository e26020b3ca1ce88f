// Credentials in IoT, home-automation and maker code: the SDK calls that take a Wi-Fi or broker
// password by position (Arduino `WiFi.begin(ssid, pass)`, `WiFi.softAP`, `WiFiMulti.addAP`,
// PubSubClient `connect(id, user, pass)`, AsyncMqttClient `setCredentials`, paho
// `username_pw_set`, MicroPython `wlan.connect`, CircuitPython `wifi.radio.connect`, Blynk
// `begin`/`config`, ArduinoOTA `setPasswordHash`; a table read by ./positionalPasswords.ts), Tasmota
// console commands (`Password1`, `MqttPassword`, `WebPassword`), Z-Wave JS security keys, a
// Zigbee2MQTT `network_key` and The Things Stack API keys. Formats and signatures from each
// project's own documentation (Arduino WiFi and PubSubClient references, paho-mqtt, MicroPython
// `network`, CircuitPython `wifi`, Blynk firmware docs, Tasmota Commands, Z-Wave JS UI settings,
// Zigbee2MQTT "Secure your Zigbee network", The Things Stack API keys).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { COLON, QUOTE, isDigit, skipBlanks } from '../gateChars';
import { isTestVectorValue } from '../judge/context';
import { judgedPassword } from '../judge/judge';
import type { MatchContext, Rule } from '../types';
import type { PositionalCall } from './positionalCall';
import { lineAround } from '../lineReach';

// Signatures from each SDK's reference.
export const IOT_POSITIONAL_CALLS: readonly PositionalCall[] = [
  {
    // Arduino WiFi / ESP8266WiFi / ESP32 WiFi: begin(ssid, pass), softAP(ssid, pass); WiFiMulti.addAP(ssid, pass).
    call: String.raw`WiFi\.(?:begin|softAP)|\.addAP`,
    keywords: ['wifi.begin(', 'wifi.softap(', '.addap('],
    before: 1,
    example: (f) =>
      `WiFi.begin(ssid, "${f.alnum(12)}"); WiFi.softAP("Setup-AP", "${f.alnum(12)}"); wifiMulti.addAP("Cabin", "${f.alnum(12)}")`,
  },
  {
    // MicroPython network.WLAN.connect(ssid, key); CircuitPython wifi.radio.connect(ssid, password).
    call: String.raw`(?:wlan|sta_if|station|radio)\.connect`,
    keywords: ['wlan.connect(', 'sta_if.connect(', 'station.connect(', 'radio.connect('],
    before: 1,
    example: (f) =>
      `wlan.connect('HomeNet', '${f.alnum(12)}'); sta_if.connect(SSID, "${f.alnum(12)}"); station.connect("Lab", "${f.alnum(12)}"); wifi.radio.connect("Lab", "${f.alnum(12)}")`,
  },
  {
    // PubSubClient connect(clientId, user, pass): the third argument.
    call: String.raw`[Cc]lient\.connect`,
    keywords: ['client.connect('],
    before: 2,
    example: (f) =>
      `client.connect("esp32-garage", "mqtt", "${f.alnum(12)}"); mqttClient.connect(id, user, "${f.alnum(12)}")`,
  },
  {
    // AsyncMqttClient setCredentials(user, pass); paho-mqtt username_pw_set(username, password).
    call: String.raw`\.(?:setCredentials|username_pw_set)`,
    keywords: ['.setcredentials(', '.username_pw_set('],
    before: 1,
    example: (f) =>
      `mqttClient.setCredentials("mqtt", "${f.alnum(12)}"); client.username_pw_set("sensor", "${f.alnum(12)}")`,
  },
  {
    // Blynk.begin(auth, ...) and Blynk.config(auth, ...): the device's auth token first; ArduinoOTA's
    // setPasswordHash(md5): the hash is what the upload proves it knows, as good as the password.
    call: String.raw`Blynk\.(?:begin|config)|ArduinoOTA\.setPasswordHash`,
    keywords: ['blynk.begin(', 'blynk.config(', 'arduinoota.setpasswordhash('],
    before: 0,
    example: (f) =>
      `Blynk.begin("${f.alnum(32)}", ssid, pass); Blynk.config("${f.alnum(32)}"); ArduinoOTA.setPasswordHash("${f.hex(32)}")`,
  },
  {
    // SmartThings core SDK: new BearerTokenAuthenticator(personalAccessToken).
    call: String.raw`BearerTokenAuthenticator`,
    keywords: ['bearertokenauthenticator('],
    before: 0,
    example: (f) => `new SmartThingsClient(new BearerTokenAuthenticator('${f.uuid()}'))`,
  },
];

/** A Tasmota console command setting a password: `Password1 …`, `MqttPassword …`, `WebPassword …` (alone or in a Backlog). */
const TASMOTA_COMMAND =
  /(?:^|[;\s])(?:Password[1-2]|MqttPassword|WebPassword)[ \t]{1,4}(?<secret>[^\s;"'<>$]{1,64})(?=[ \t]{0,4}(?:;|$|["'`]))/;

/** A Z-Wave JS security class key: 16 bytes in hex (`"S2_Authenticated": "…"`, `S0_Legacy: …`). */
const ZWAVE_KEY =
  /\bS(?:2_(?:AccessControl|Authenticated|Unauthenticated)|0_Legacy)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>[0-9A-Fa-f]{32})(?![0-9A-Fa-f])/;

/** A Zigbee network key written inline: 16 numbers 0-255 (decimal or 0x hex). */
const NUMBER = String.raw`(?:0x[0-9A-Fa-f]{1,2}|\d{1,3})`;
const ZIGBEE_NETWORK_KEY = new RegExp(
  String.raw`\bnetwork_key["']?[ \t]{0,4}:[ \t]{0,4}\[[ \t]{0,4}(?<secret>${NUMBER}(?:[ \t]{0,4},[ \t]{0,4}${NUMBER}){15})[ \t]{0,4}\]`,
);

/** Zigbee2MQTT's documented default key (1, 3, 5 … 13): public, the reason to change it. */
const ZIGBEE_DEFAULT_KEY = '1,3,5,7,9,11,13,15,0,2,4,6,8,10,12,13';

/** Whether a key's bytes are too regular to be one (all zero, one value, a count). */
function isFillerKey(bytes: readonly number[]): boolean {
  return new Set(bytes).size < 6 || bytes.every((b, i) => i === 0 || b === bytes[i - 1]! + 1);
}

function judgeZigbeeKey(secret: string): boolean {
  const bytes = secret.split(',').map((b) => Number(b.trim()));
  return bytes.every((b) => b >= 0 && b <= 255) && bytes.join(',') !== ZIGBEE_DEFAULT_KEY && !isFillerKey(bytes);
}

function judgeHexKey(secret: string): boolean {
  const bytes = secret.match(/../g)!.map((h) => parseInt(h, 16));
  return !isFillerKey(bytes);
}

/**
 * A device's own key under the name its SDK gives it: a LoRaWAN root or session key (`APPKEY`,
 * `NWK_KEY`, `AppSKey`, ttn-lw-cli's `--root-keys.app-key.key`), an Azure IoT device key
 * (`IOT_CONFIG_DEVICE_KEY`, `deviceKey`), a DTLS pre-shared key (`…_PSK`). Only in the shapes such
 * keys take: 16-32 bytes in hex, or 32/64 bytes in base64 (a name alone says too little: `app_key`
 * is a map key as often).
 */
const DEVICE_KEY_NAMES = [
  'appkey',
  'app_key',
  'app-key',
  'nwkkey',
  'nwk_key',
  'nwk-key',
  'appskey',
  'nwkskey',
  'devicekey',
  'device_key',
  'psk',
];
const DEVICE_KEY = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:(?:app|nwk|apps|nwks|device)[_.-]?key(?:\.key)?|psk)["'\]]{0,2}[ 	]{0,4}(?::=|=|:|[ 	])[ 	]{0,4}["']?(?<secret>[0-9A-Fa-f]{32}(?:[0-9A-Fa-f]{32})?|[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])`,
  'i',
);

/** Whether a hex or base64 key is random enough to be one (not zeroed, not a count, not one repeated byte). */
function isRandomKey(secret: string): boolean {
  if (/^[0-9A-Fa-f]+$/.test(secret)) return judgeHexKey(secret);
  return new Set(secret).size >= 16;
}

/** The name glued before a LoRaWAN key's word: none, or one that says LoRaWAN (`LORAWAN_APPKEY`, `SECRET_APP_KEY`). */
const LORAWAN_NAME_HEAD =
  /(?:^|[^A-Za-z0-9_.-])-{0,2}(?:[A-Za-z0-9_]{0,20}(?:lorawan|lora|ttn|lmic|otaa|abp|secret|root[_-]?keys)[_.-]?)?$/i;

/**
 * An `app_key` or `nwk_key` is LoRaWAN's only under a name that says so, or alone: another
 * service's application key (`DD_APP_KEY`) has its own rule and length.
 */
function judgeDeviceKey(secret: string, match: string, context: MatchContext): boolean {
  if (/^(?:app|nwk)/i.test(match)) {
    const head = context.line.slice(Math.max(0, context.matchIndex - 40), context.matchIndex);
    if (!LORAWAN_NAME_HEAD.test(head)) return false;
  }
  // A test-vector file's `psk` (HPKE, TLS vectors) is a published input, no device's key.
  return isRandomKey(secret) && !isTestVectorValue(context, secret);
}

/** Tasmota's `user_config_override.h`: `#define STA_PASS1 "…"` (the first and second Wi-Fi networks). */
const TASMOTA_STA_PASS = /\bSTA_PASS[12][ \t]{1,16}"(?<secret>[^"\n\\]{1,64})"/;

/** A Blynk legacy sketch's `char auth[] = "…"`: the device's 32-character auth token. */
const BLYNK_CHAR_AUTH = /\bchar[ \t]{1,4}auth\[\d{0,3}\][ \t]{0,4}=[ \t]{0,4}"(?<secret>[A-Za-z0-9_-]{32})"/;

/** A sketch's Blynk token under a Blynk name (`const char* blynkAuth = "…"`, `String blynk_auth = "…"`). */
const BLYNK_NAMED_AUTH =
  /\bblynk_?auth(?:_?token)?(?:\[\d{0,3}\])?[ \t]{0,4}=[ \t]{0,4}"(?<secret>[A-Za-z0-9_-]{32})"/i;

/** A Tuya device's local key (tinytuya, LocalTuya): 16 characters that encrypt its LAN protocol. */
const TUYA_LOCAL_KEY = /\blocal_?key["']?[ \t]{0,4}[:=][ \t]{0,4}["'](?<secret>[\x21-\x7e]{16})["']/i;

/**
 * tinytuya's `devices.json` (its wizard's output, which LocalTuya and Home Assistant setups copy):
 * each device's `"id"` (20-22 lower-case letters and digits) and, a few fields below, its `"key"`.
 */
const TUYA_DEVICES_JSON =
  /"id"[ \t]{0,4}:[ \t]{0,4}"[a-z0-9]{20,22}",?[ \t]{0,40}\r?\n(?:[ \t]{0,40}"[\w-]{1,30}"[ \t]{0,4}:[^\n]{0,200}\r?\n){0,4}?[ \t]{0,40}"key"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[\x21\x23-\x5b\x5d-\x7e]{16})"/;

/** At `"id"`: a Tuya device id as its value (`"id": "` then 20 lower-case letters or digits). */
const tuyaIdValue = (text: string, at: number, lineEnd: number): boolean => {
  let i = skipBlanks(text, at + 4, lineEnd);
  if (text.charCodeAt(i) !== COLON) return false;
  i = skipBlanks(text, i + 1, lineEnd);
  if (text.charCodeAt(i) !== QUOTE) return false;
  for (let k = 1; k <= 20; k++) {
    const c = text.charCodeAt(i + k);
    if (!((c >= 97 && c <= 122) || isDigit(c))) return false;
  }
  return true;
};

/** Mixed like a generated key (a cache's `local_key = "user:profile:123"` is words and digits). */
const isMixedLocalKey = (secret: string): boolean =>
  /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[^A-Za-z]/.test(secret) && !/[:/]/.test(secret);

/**
 * Kconfig (ESP-IDF `Kconfig.projbuild`, Zephyr): a password-named string option's `default`, which
 * every build without an sdkconfig override uses.
 */
const KCONFIG_DEFAULT =
  /\b(?:menu)?config[ \t]{1,4}(?<name>[A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|PASS|PSK|SECRET|TOKEN|API_KEY)[A-Z0-9_]{0,20})[ \t]{0,4}\r?\n[ \t]{1,16}string\b[^\n]{0,120}\r?\n[ \t]{1,16}default[ \t]{1,4}"(?<secret>[^"\n\\]{1,128})"/;

/** espota's `--auth=` in PlatformIO's `upload_flags`: the OTA upload password. */
const ESPOTA_AUTH = /(?:^|[ \t])--auth[= ](?<secret>[^\s"'$]{1,64})(?=\s|$)/;

const judgeTasmota = judgedPassword('password given to a Tasmota command', false);

const judgeStaPass = judgedPassword('Wi-Fi password in Tasmota user_config_override.h', true);
const judgeKconfig = judgedPassword('password-named Kconfig option default', true);
const judgeEspota = judgedPassword('OTA upload password (espota --auth)', false);
const judgeTuya = judgedPassword('Tuya device local key', true);

export const iotEmbeddedRules: readonly Rule[] = [
  {
    id: 'tasmota-sta-pass',
    title: 'Wi-Fi password in a Tasmota user_config_override.h (STA_PASS1, STA_PASS2)',
    provider: 'Tasmota',
    keywords: ['sta_pass1', 'sta_pass2'],
    pattern: TASMOTA_STA_PASS,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'WIFI_PASSWORD',
    docs: 'https://tasmota.github.io/docs/Compile-your-build/',
    risk: 'Joins the Wi-Fi network every device flashed with the build joins.',
    validate: judgeStaPass,
    examples: {
      embed: false,
      path: 'tasmota/user_config_override.h',
      positives: (fake) => [`#define STA_PASS1         "${fake.alnum(12)}"`, `#define STA_PASS2 "${fake.alnum(12)}"`],
      negatives: [
        { text: '#define STA_PASS1         ""', why: 'empty' },
        { text: '#undef  STA_PASS1', why: 'no value' },
        { text: '#define STA_PASS1 "YOUR_WIFI_PASSWORD"', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'blynk-char-auth',
    title: "Blynk device auth token in a sketch's char auth[]",
    provider: 'Blynk',
    keywords: ['auth['],
    pattern: BLYNK_CHAR_AUTH,
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'BLYNK_AUTH_TOKEN',
    docs: 'https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation',
    risk: "Connects to Blynk as the device: reads and writes its datastreams, which drive the device's pins.",
    examples: {
      embed: false,
      path: 'blynk_relay.ino',
      positives: (fake) => [`char auth[] = "${fake.alnum(32)}";`],
      negatives: [
        { text: 'char auth[] = "YourAuthToken";', why: 'placeholder' },
        { text: 'char auth[] = BLYNK_AUTH_TOKEN;', why: 'a reference' },
      ],
    },
  },
  {
    id: 'blynk-named-auth',
    title: 'Blynk device auth token under a Blynk name in a sketch (blynkAuth, blynk_auth)',
    provider: 'Blynk',
    keywords: ['blynkauth', 'blynk_auth'],
    pattern: BLYNK_NAMED_AUTH,
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'BLYNK_AUTH_TOKEN',
    docs: 'https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation',
    risk: "Connects to Blynk as the device: reads and writes its datastreams, which drive the device's pins.",
    examples: {
      embed: false,
      path: 'src/main.cpp',
      positives: (fake) => [`const char* blynkAuth = "${fake.alnum(32)}";`, `String blynk_auth = "${fake.alnum(32)}";`],
      negatives: [
        { text: 'const char* blynkAuth = "YourAuthToken";', why: 'placeholder' },
        { text: 'const char* blynkAuth = BLYNK_AUTH_TOKEN;', why: 'a reference' },
      ],
    },
  },
  {
    id: 'tuya-local-key',
    title: 'Tuya device local key (tinytuya, LocalTuya)',
    provider: 'Tuya',
    keywords: ['local_key', 'localkey'],
    pattern: TUYA_LOCAL_KEY,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'TUYA_LOCAL_KEY',
    docs: 'https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys',
    risk: 'Decrypts and sends commands on the LAN to the Tuya device (plugs, locks, cameras) it belongs to.',
    validate: (secret, match, context) => isMixedLocalKey(secret) && judgeTuya(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `d = tinytuya.OutletDevice(dev_id="${fake.lowerAlnum(22)}", address="10.0.0.7", local_key="${fake.alnum(14)}|[", version=3.3)`,
        `  localKey: '${fake.alnum(15)}#'`,
      ],
      negatives: [
        { text: 'local_key="0123456789abcdef"', why: 'a count' },
        { text: 'local_key = "user:profile:1234"', why: 'a cache key' },
        { text: 'local_key=os.environ["TUYA_KEY"]', why: 'read from the environment' },
      ],
    },
  },
  {
    id: 'tuya-devices-json-key',
    title: "Tuya device local key in tinytuya's devices.json (beside the device id)",
    provider: 'Tuya',
    keywords: ['"id"'],
    keywordGate: tuyaIdValue,
    pattern: TUYA_DEVICES_JSON,
    multiline: { maxSpan: 1200 },
    confidence: 'medium',
    envVar: 'TUYA_LOCAL_KEY',
    docs: 'https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys',
    risk: 'Decrypts and sends commands on the LAN to the Tuya device (plugs, locks, cameras) it belongs to.',
    validate: (secret, match, context) => isMixedLocalKey(secret) && judgeTuya(secret, match, context),
    examples: {
      embed: false,
      path: 'devices.json',
      positives: (fake) => [
        `  {\n    "name": "Desk Lamp",\n    "id": "${fake.lowerAlnum(22)}",\n    "key": "${fake.alnum(13)}>|7",\n    "mac": "c9:1e:07:ba:ca:c0"\n  }`,
        `{"id": "${fake.lowerAlnum(20)}",\n "ip": "10.0.0.31",\n "version": "3.3",\n "key": "${fake.alnum(14)}]9"}`,
      ],
      negatives: [
        {
          text: (fake) => `{"id": "${fake.lowerAlnum(22)}",\n "key": "REPLACE_LOCAL_KEY"}`,
          why: 'a stand-in',
        },
        {
          text: (fake) => `{"id": "${fake.lowerAlnum(22)}",\n "key": "sensor.desk_lamp"}`,
          why: 'an entity name',
        },
      ],
    },
  },
  {
    id: 'kconfig-password-default',
    title: 'Password-named Kconfig string option with a default value (ESP-IDF, Zephyr)',
    provider: 'Kconfig',
    keywords: ['config '],
    pattern: KCONFIG_DEFAULT,
    paths: /(?:^|\/)Kconfig(?:\.[\w-]{1,40})?$/,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'WIFI_PASSWORD',
    docs: 'https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/kconfig.html',
    risk: 'Every firmware built without an override carries the default: anyone with the source or a device dump has it.',
    validate: judgeKconfig,
    examples: {
      embed: false,
      path: 'main/Kconfig.projbuild',
      positives: (fake) => [
        `    config WIFI_PASSWORD\n        string "WiFi Password"\n        default "${fake.alnum(12)}"`,
        `config BROKER_PASSWORD\n\tstring "Broker password"\n\tdefault "${fake.alnum(12)}"`,
      ],
      negatives: [
        {
          text: '    config ESP_WIFI_PASSWORD\n        string "WiFi Password"\n        default "mypassword"',
          why: "ESP-IDF's example placeholder",
        },
        { text: '    config ESP_WIFI_PASSWORD\n        string "WiFi Password"\n        default ""', why: 'empty' },
        { text: '    config ESP_MAXIMUM_RETRY\n        int "Maximum retry"\n        default 5', why: 'not a password' },
      ],
    },
  },
  {
    id: 'espota-auth-flag',
    title: "OTA upload password in PlatformIO's upload_flags (espota --auth)",
    provider: 'PlatformIO',
    keywords: ['--auth'],
    pattern: ESPOTA_AUTH,
    paths: /(?:^|\/)platformio\.ini$/,
    confidence: 'medium',
    envVar: 'OTA_PASSWORD',
    docs: 'https://docs.platformio.org/en/latest/platforms/espressif32.html#over-the-air-ota-update',
    risk: 'Flashes any firmware to the device over the network.',
    validate: judgeEspota,
    examples: {
      embed: false,
      path: 'platformio.ini',
      positives: (fake) => [
        `upload_flags =\n    --auth=${fake.alnum(12)}`,
        `upload_flags = --port=3232 --auth=${fake.alnum(12)}`,
      ],
      negatives: [
        { text: 'upload_flags = --auth=${sysenv.OTA_PASSWORD}', why: 'from the environment' },
        { text: 'upload_flags = --port=8266', why: 'no password' },
      ],
    },
  },
  {
    id: 'tasmota-command-password',
    title: 'Password in a Tasmota console command (Password1, MqttPassword, WebPassword)',
    provider: 'Tasmota',
    keywords: ['password1 ', 'password2 ', 'mqttpassword ', 'webpassword '],
    pattern: TASMOTA_COMMAND,
    confidence: 'medium',
    envVar: 'MQTT_PASSWORD',
    docs: 'https://tasmota.github.io/docs/Commands/',
    risk: 'Joins the Wi-Fi network, or the MQTT broker that switches every device on it.',
    // Only where a command is written: the line holds another Tasmota command or a Backlog.
    validate: (secret: string, match: string, context: MatchContext) =>
      /\b(?:Backlog|SSID[1-2]|MqttHost|MqttUser|WebPassword|MqttPassword)\b/.test(lineAround(context, match.length)) &&
      judgeTasmota(secret, match, context),
    examples: {
      embed: false,
      path: 'tasmota/setup-commands.txt',
      positives: (fake) => [
        `Backlog SSID1 HomeNet; Password1 ${fake.alnum(12)}; WifiConfig 4`,
        `Backlog MqttHost 192.168.1.10; MqttUser plug; MqttPassword ${fake.alnum(12)}; Topic plug_1`,
        `Backlog SSID2 Cabin; Password2 ${fake.alnum(12)}`,
        `Backlog WebPassword ${fake.alnum(12)}; SetOption19 1`,
      ],
      negatives: [
        { text: 'Backlog SSID1 <your-ssid>; Password1 <your-password>', why: 'placeholders' },
        { text: 'Backlog MqttUser plug; MqttPassword $MQTT_PASS', why: 'a variable' },
        { text: 'Use Password1 only for the first network.', why: 'prose: no command on the line' },
      ],
    },
  },
  {
    id: 'zwave-security-key',
    title: 'Z-Wave security key (S2 / S0) in a Z-Wave JS configuration',
    provider: 'Z-Wave JS',
    keywords: ['s2_accesscontrol', 's2_authenticated', 's2_unauthenticated', 's0_legacy'],
    pattern: ZWAVE_KEY,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'ZWAVE_S2_KEY',
    docs: 'https://zwave-js.github.io/zwave-js-ui/#/usage/setup?id=zwave',
    risk: 'Decrypts the Z-Wave network traffic (locks, alarms) and lets a device join it as a trusted node.',
    validate: (secret) => judgeHexKey(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `"S2_Unauthenticated": "${fake.upperHex(32)}",`,
        `"S2_Authenticated": "${fake.upperHex(32)}",`,
        `"S2_AccessControl": "${fake.hex(32)}"`,
        `  S0_Legacy: ${fake.upperHex(32)}`,
      ],
      negatives: [
        { text: '"S2_Unauthenticated": "00000000000000000000000000000000"', why: 'zeroed' },
        { text: '"S0_Legacy": ""', why: 'empty' },
      ],
    },
  },
  {
    id: 'zigbee-network-key',
    title: 'Zigbee network key (Zigbee2MQTT network_key)',
    provider: 'Zigbee2MQTT',
    keywords: ['network_key'],
    pattern: ZIGBEE_NETWORK_KEY,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'ZIGBEE_NETWORK_KEY',
    docs: 'https://www.zigbee2mqtt.io/advanced/zigbee/03_secure_network.html',
    risk: 'Decrypts the Zigbee network traffic and lets a rogue device talk to every sensor and switch on it.',
    validate: (secret) => judgeZigbeeKey(secret),
    examples: {
      embed: false,
      path: 'zigbee2mqtt/data/configuration.yaml',
      positives: (fake) => [
        `  network_key: [${Array.from({ length: 16 }, (_, i) => (fake.int(200) + i * 3) % 256).join(', ')}]`,
        `"network_key": [${Array.from({ length: 16 }, () => '0x' + fake.upperHex(2)).join(',')}],`,
      ],
      negatives: [
        { text: '  network_key: GENERATE', why: 'generated on first start' },
        {
          text: '  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]',
          why: 'the documented default key',
        },
        { text: '  network_key: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]', why: 'zeroed' },
      ],
    },
  },
  {
    id: 'iot-device-key',
    title: 'Device key of a LoRaWAN, Azure IoT or DTLS-PSK device (AppKey, NwkKey, device key, PSK)',
    provider: 'IoT devices',
    keywords: DEVICE_KEY_NAMES,
    pattern: DEVICE_KEY,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'DEVICE_KEY',
    docs: 'https://www.thethingsindustries.com/docs/devices/configuring-devices/',
    risk: "Joins the network as the device or decrypts its traffic: sends readings or commands in the device's name.",
    validate: judgeDeviceKey,
    examples: {
      embed: false,
      positives: (fake) => [
        `#define LORAWAN_APPKEY "${fake.upperHex(32)}"`,
        `#define SECRET_APP_KEY "${fake.upperHex(32)}"`,
        `  --root-keys.app-key.key ${fake.upperHex(32)} \\`,
        `  --root-keys.nwk-key.key ${fake.upperHex(32)} \\`,
        `const char *nwkKey = "${fake.hex(32)}";`,
        `NWK_KEY=${fake.upperHex(32)}`,
        `AppSKey: ${fake.upperHex(32)}`,
        `nwkskey = "${fake.hex(32)}"`,
        `#define IOT_CONFIG_DEVICE_KEY "${fake.base64(43)}="`,
        `"deviceKey": "${fake.base64(86)}==",`,
        `CONFIG_GOLIOTH_SAMPLE_PSK="${fake.hex(32)}"`,
      ],
      negatives: [
        { text: '#define LORAWAN_APPKEY "00000000000000000000000000000000"', why: 'zeroed' },
        { text: 'app_key = "user:1234:profile"', why: 'a map key, not a device key' },
        { text: '#define LORAWAN_APPKEY CONFIG_LORAWAN_APPKEY', why: 'a reference' },
        { text: '"deviceKey": "<primary key>"', why: 'placeholder' },
        { text: (fake) => `DD_APP_KEY=${fake.hex(32)}`, why: "another service's application key (its own rule)" },
        { text: 'psk_file = "/etc/keys/device.psk"', why: 'a path' },
      ],
    },
  },
  {
    id: 'things-stack-api-key',
    title: 'The Things Stack (TTN) API key',
    provider: 'The Things Network',
    keywords: ['nnsxs.'],
    pattern: /\b(?<secret>NNSXS\.[A-Z0-9]{39}\.[A-Z0-9]{52})(?![A-Za-z0-9])/,
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'TTN_API_KEY',
    docs: 'https://www.thethingsindustries.com/docs/reference/api/authentication/',
    risk: 'Acts on the application or gateway the key was issued for: reads uplinks, schedules downlinks, changes devices.',
    examples: {
      embed: false,
      positives: (fake) => [`TTN_API_KEY=NNSXS.${fake.upperAlnum(39)}.${fake.upperAlnum(52)}`],
      negatives: [{ text: 'TTN_API_KEY=NNSXS.XXXXXXXXX', why: 'elided' }],
    },
  },
];
