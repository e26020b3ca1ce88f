import type { Gen } from '../../gen';

/**
 * Values the iot-embedded templates share, in the shapes each platform issues or people choose them
 * (from the platforms' own documentation): Wi-Fi passphrases, MQTT logins, Blynk auth tokens (32
 * base62), ThingSpeak write keys (16 upper alphanumerics), Adafruit IO keys (`aio_` + 28), ESPHome
 * API encryption keys (base64 of 32 bytes), Zigbee network keys (16 bytes), LoRaWAN AppKeys (16
 * bytes in hex), OctoPrint API keys (32 upper hex), Tuya local keys (16 printable), Particle tokens
 * (40 hex), Azure IoT Hub device keys (base64 of 32 bytes). Every value is generated at run time from
 * the seeded FakeTokens (no token-shaped literal is committed).
 */

const WIFI_WORDS = [
  'Sunflower',
  'Garden',
  'Kitchen',
  'Family',
  'Bluebird',
  'Pancake',
  'Lemon',
  'Wombat',
  'Orchard',
  'Tulip',
  'Cactus',
  'Pepper',
  'Rainbow',
  'Nugget',
];

/** A Wi-Fi passphrase as households pick them: words and digits, a birthday, or random. */
export function wifiPass(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return `${g.pick(WIFI_WORDS)}${g.fake.digits(g.between(2, 4))}${g.pick(['', '!', '#', '?'])}`;
    case 1:
      return `${g.pick(WIFI_WORDS).toLowerCase()}${g.pick(WIFI_WORDS).toLowerCase()}${g.fake.digits(2)}`;
    case 2:
      return g.fake.alnum(g.between(10, 16));
    default:
      return g.plainPassword();
  }
}

/** A password for a broker, OTA upload or web UI: what people type, or random. */
export function pw(g: Gen): string {
  return g.chance(0.3) ? wifiPass(g) : g.plainPassword();
}

export function ssid(g: Gen): string {
  return g.pick(['HomeNet', 'FRITZ!Box 7590 XQ', 'Vodafone-4F2A', 'TP-Link_8C21', 'Garage_IoT', 'Workshop', 'Lab-2G']);
}

export function mqttUser(g: Gen): string {
  return g.pick(['mqtt', 'homeassistant', 'sensor01', 'esp32', 'iot', 'tasmota', 'nodered', 'z2m', 'garage']);
}

export function lanIp(g: Gen): string {
  return `192.168.${g.pick(['1', '0', '178', '2', '10'])}.${g.between(2, 250)}`;
}

/** Blynk device auth token: 32 characters of base62 (the console's "Auth Token"). */
export function blynkToken(g: Gen): string {
  return g.fake.alnum(32);
}

/** Blynk template id: `TMPL` + 8 base62 (public, printed in the sketch header). */
export function blynkTemplate(g: Gen): string {
  return 'TMPL' + g.fake.alnum(8);
}

/** ThingSpeak channel write/read API key: 16 upper-case letters and digits. */
export function thingSpeakKey(g: Gen): string {
  return g.fake.upperAlnum(16);
}

/** Adafruit IO key: `aio_` then 28 base62. */
export function aioKey(g: Gen): string {
  return 'aio_' + g.fake.alnum(28);
}

/** A 32-byte key in base64, as `openssl rand -base64 32` prints it. */
export function key32(g: Gen): string {
  return g.fake.base64(43) + '=';
}

/** A 16-byte key as 16 decimal numbers 0-255. */
export function bytes16(g: Gen): number[] {
  return Array.from({ length: 16 }, () => g.between(0, 255));
}

/** 16 bytes as `0x..` C literals. */
export function cBytes(g: Gen, n = 16): string {
  return Array.from({ length: n }, () => '0x' + g.fake.upperHex(2)).join(', ');
}

/** OctoPrint / Moonraker API key: 32 upper hex. */
export function octoKey(g: Gen): string {
  return g.fake.upperHex(32);
}

/** A Tuya device local key: 16 printable characters. */
export function tuyaLocalKey(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789#$^*{}[]|<>~', 16);
}

/** Particle access token: 40 hex. */
export function particleToken(g: Gen): string {
  return g.fake.hex(40);
}

/** Firebase Web API key: `AIza` + 35. */
export function firebaseKey(g: Gen): string {
  return 'AIza' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35);
}

/** Firebase Realtime Database legacy secret: 40 base62. */
export function firebaseSecret(g: Gen): string {
  return g.fake.alnum(40);
}

/** Home Assistant long-lived access token: a JWT signed HS256 whose issuer is a 32-hex refresh token id. */
export function haToken(g: Gen): string {
  return g.fake.jwt({ iss: g.fake.hex(32), exp: 2000000000 + g.between(0, 1e8) });
}

export function deviceId(g: Gen): string {
  return g.pick(['esp32-livingroom', 'garage-door', 'weather-station-01', 'greenhouse', 'sensor-node-7', 'doorbell']);
}

export function mac(g: Gen): string {
  return Array.from({ length: 6 }, () => g.fake.upperHex(2)).join(':');
}

export function sha256(g: Gen): string {
  return g.fake.hex(64);
}
