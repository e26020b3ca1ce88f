import type { Gen } from '../../gen';

/**
 * Values the network-configs templates share, in the shapes each device or service writes them
 * (from the vendors' and tools' own documentation): Cisco type 7 (reversible) and type 5/8/9
 * hashes, Junos `$9$` (reversible), crypt(3) hashes, WPA pre-shared keys, WireGuard and TSIG keys,
 * FortiOS `ENC` values, Ceph keys. Every value is generated at run time from the seeded FakeTokens
 * (no token-shaped literal is committed).
 */

const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The alphabet Junos `$9$` values are written in (its own documentation's "secret-data"). */
const JUNOS9 = 'QzF3n6/9CAtpu0OB1IREhcSyrleKvMW8LXx7N-dVbwsY2g4oaJZGUDjiHkq.mPf5T';

/** A password an operator types into a device: weak words, or random, without spaces or quotes. */
export function pw(g: Gen): string {
  return g.plainPassword();
}

/** Cisco type 7: two decimal digits (the salt index, 00-15) then the XOR bytes in upper hex. */
export function type7(g: Gen): string {
  const salt = String(g.between(0, 15)).padStart(2, '0');
  return salt + g.fake.upperHex(2 * g.between(6, 14));
}

/** Cisco type 5 (MD5-crypt, 4-character salt), as `enable secret 5` shows it. */
export function md5crypt(g: Gen, saltLength = 4): string {
  return `$1$${g.fake.from(CRYPT, saltLength)}$${g.fake.from(CRYPT, 22)}`;
}

export function sha512crypt(g: Gen): string {
  return `$6$${g.fake.from(CRYPT, 16)}$${g.fake.from(CRYPT, 86)}`;
}

export function sha256crypt(g: Gen): string {
  return `$5$${g.fake.from(CRYPT, 16)}$${g.fake.from(CRYPT, 43)}`;
}

/** Cisco type 8 (PBKDF2-SHA256) or type 9 (scrypt): `$8$` / `$9$`, 14-character salt, 43-character hash. */
export function ciscoModern(g: Gen, type: 8 | 9): string {
  return `$${type}$${g.fake.from(CRYPT, 14)}$${g.fake.from(CRYPT, 43)}`;
}

/** Junos `$9$` obfuscation of a plain secret: reversible by a published algorithm. */
export function junos9(g: Gen): string {
  return '$9$' + g.fake.from(JUNOS9, g.between(16, 44));
}

export function bcrypt(g: Gen): string {
  return `$2y$10$${g.fake.from(CRYPT, 53)}`;
}

/** A 256-bit key in base64 (WireGuard keys, HMAC-SHA256 TSIG secrets, Consul gossip keys). */
export function key32(g: Gen): string {
  return g.fake.base64(43) + '=';
}

/** A 512-bit key in base64 (HMAC-SHA512 TSIG secrets). */
export function key64(g: Gen): string {
  return g.fake.base64(86) + '==';
}

/** A 128-bit key in base64 (HMAC-MD5 rndc keys, Consul's older 16-byte gossip keys). */
export function key16(g: Gen): string {
  return g.fake.base64(22) + '==';
}

/** A WPA pre-shared key as wpa_passphrase derives it: 64 hex digits. */
export function wpaHex(g: Gen): string {
  return g.fake.hex(64);
}

/** A Wi-Fi passphrase (8-63 printable characters). */
export function passphrase(g: Gen): string {
  return g.chance(0.5)
    ? g.plainPassword()
    : `${g.pick(WIFI_WORDS)}${g.fake.digits(g.between(2, 4))}${g.pick(['', '!', '#'])}`;
}

/** FortiOS `ENC` value of an admin password (a salted SHA-256 written `SH2...`). */
export function fortiAdminHash(g: Gen): string {
  return 'SH2' + g.fake.base64(57) + '=';
}

/** FortiOS `ENC` value of a pre-shared key or user password: encrypted with a key the firmware carries. */
export function fortiEnc(g: Gen): string {
  return g.fake.base64(4 * g.between(20, 36));
}

/** A Ceph keyring key: base64 of a 28-byte blob starting with its type header (`AQ...`). */
export function cephKey(g: Gen): string {
  return 'AQ' + g.fake.base64(38) + '==';
}

/** An OpenVPN static key (2048 bits): 16 lines of 32 hex digits. */
export function openvpnStaticKey(g: Gen): string[] {
  return Array.from({ length: 16 }, () => g.fake.hex(32));
}

/** A community string as operators pick them. */
export function community(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(10, 18)) : `${g.pick(WIFI_WORDS)}${g.fake.alnum(6)}`;
}

/** A device host name. */
export function device(g: Gen): string {
  return `${g.pick(['core', 'edge', 'dist', 'acc', 'fw', 'wan', 'br'])}-${g.pick(['sw', 'rtr', 'fw'])}${g.between(1, 9)}`;
}

export function ip(g: Gen): string {
  return `10.${g.between(0, 254)}.${g.between(0, 254)}.${g.between(1, 254)}`;
}

export function publicIp(g: Gen): string {
  return `${g.pick(['198.51.100', '203.0.113', '192.0.2'])}.${g.between(1, 254)}`;
}

export function opUser(g: Gen): string {
  return g.pick(['netops', 'noc', 'admin', 'ops', 'backup', 'monitor', 'rancid', 'oxidized', 'jdoe', 'asmith']);
}

/** The lines every IOS running-config opens with. */
export function iosHeader(g: Gen): string {
  return [
    'Building configuration...',
    '',
    `Current configuration : ${g.between(3000, 20000)} bytes`,
    '!',
    `version ${g.pick(['15.2', '15.7', '16.12', '17.3'])}`,
    'service timestamps debug datetime msec',
    'service timestamps log datetime msec',
    '!',
    `hostname ${device(g)}`,
    '!',
  ].join('\n');
}

export function iosInterface(g: Gen): string {
  const n = g.between(1, 48);
  return [
    `interface GigabitEthernet1/0/${n}`,
    ` description ${g.pick(['uplink', 'server', 'printer', 'AP'])}-${n}`,
    ` switchport access vlan ${g.between(10, 400)}`,
    ' spanning-tree portfast',
    '!',
  ].join('\n');
}

const WIFI_WORDS = ['Sunflower', 'BlueHouse', 'Kitchen', 'Office', 'Warehouse', 'Corner', 'Maple', 'Harbor'];
