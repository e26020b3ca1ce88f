import type { Gen } from '../../gen';
import { plainOnly, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';
export { wifiPass, ssid, blynkToken, blynkTemplate, particleToken, haToken, mac } from '../iotEmbedded/values';

/**
 * Values the agriculture-iot templates share, in the shapes the vendors document or a farm's
 * part-time IT picks: John Deere Operations Center and Climate FieldView OAuth secrets, Azure API
 * Management subscription keys (CNH FieldOps, 32 hex), Davis WeatherLink v2 key and secret (32
 * lower alphanumerics each), Ambient Weather application and API keys (64 hex), Rachio API keys (a
 * UUID), Hydrawise API keys, The Things Stack API keys (`NNSXS.` + two base32 parts), LoRaWAN AppKeys
 * (16 bytes in hex), Planet API keys, Sentinel Hub OAuth client secrets, Copernicus CDS keys; and the ids
 * that are not secrets (DevEUIs, JoinEUIs, organisation, field and station ids, RFID tag numbers).
 * Everything is generated at run time from the seeded FakeTokens: nothing committed here is a live
 * credential.
 */

const AG_WORDS = [
  'harvest',
  'tractor',
  'combine',
  'barley',
  'heifer',
  'silage',
  'orchard',
  'paddock',
  'dairy',
  'grain',
];
const FARMS = ['willowcreek', 'redbarn', 'hillside', 'prairieview', 'millbrook', 'stonefield', 'oakridge', 'sunvalley'];

/** A password as a farm office or its contractor sets it: a farm word, the farm's name, or random. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, AG_WORDS, FARMS);
}

/** A password with no characters that need escaping in XML, URLs, shells, INI or C strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

export function farm(g: Gen): string {
  return g.pick(FARMS);
}

export function farmDomain(g: Gen): string {
  return `${farm(g)}${g.pick(['farms.com', '-ag.com', 'dairy.co.nz', 'farm.ca', '.farm'])}`;
}

export function email(g: Gen): string {
  return `${g.pick(['office', 'agronomy', 'ops', 'dairy', 'admin', 'precision'])}@${farmDomain(g)}`;
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export function lanIp(g: Gen): string {
  return `192.168.${g.pick(['1', '0', '10', '50', '88'])}.${g.between(2, 250)}`;
}

/** An OAuth client secret as Okta-backed portals (John Deere) issue them: 40 base64url. */
export function oktaSecret(g: Gen): string {
  return g.fake.base64url(40).replace(/^[-_]/, 'D').replace(/[-_]$/, 'x');
}
/** An OAuth client id as Okta issues them (`0oa` + 17): public. */
export function oktaClientId(g: Gen): string {
  return '0oa' + g.fake.alnum(17);
}
/** An opaque OAuth refresh or access token (43 base64url). */
export function opaqueToken(g: Gen): string {
  return g.fake.base64url(43).replace(/^[-_]/, 'r').replace(/[-_]$/, 'q');
}

/** A JWT access token (ChirpStack API tokens, Deere/FieldView access tokens, Earthdata tokens). */
export function jwt(g: Gen, claims: Record<string, unknown> = {}): string {
  return g.fake.jwt(claims);
}

/** Azure API Management subscription key (CNH FieldOps, several OEM portals): 32 hex. */
export function apimKey(g: Gen): string {
  return g.fake.hex(32);
}

/** Davis WeatherLink v2 API key and API secret: 32 lower-case alphanumerics each. */
export function wlKey(g: Gen): string {
  return g.fake.lowerAlnum(32);
}

/** Ambient Weather application key and API key: 64 hex each. */
export function ambientKey(g: Gen): string {
  return g.fake.hex(64);
}

/** Rachio personal API key: a UUID shown in the app's account settings. */
export function uuid(g: Gen): string {
  return g.fake.uuid();
}

/** Hunter Hydrawise API key: 16 hex digits, upper case, with dashes every 4 in the UI. */
export function hydrawiseKey(g: Gen): string {
  return g.fake.upperHex(16);
}

/** The Things Stack API key: `NNSXS.` + 39 base32 + `.` + 52 base32. */
export function ttsKey(g: Gen): string {
  const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return 'NNS' + 'XS.' + g.fake.from(b32, 39) + '.' + g.fake.from(b32, 52);
}

/** A LoRaWAN AppKey or NwkKey (16 bytes as 32 upper hex). */
export function appKey(g: Gen): string {
  return g.fake.upperHex(32);
}
/** An EUI-64 (DevEUI, JoinEUI/AppEUI, gateway EUI): public identifiers printed on labels. */
export function eui(g: Gen): string {
  return g.fake.upperHex(16);
}

/** Planet API key (32 hex). */
export function planetKey(g: Gen): string {
  return g.fake.hex(32);
}

/** Sentinel Hub / Copernicus Data Space OAuth client secret (32 alphanumerics). */
export function shSecret(g: Gen): string {
  return g.fake.alnum(32);
}

/** Helium Console API key (base64 of 32 bytes). */
export function heliumKey(g: Gen): string {
  return g.fake.base64(43).replace(/^[+/]/, 'h').replace(/\//g, 'x') + '=';
}

/** A generic vendor API key: long random string. */
export function apiKey(g: Gen): string {
  return g.fake.alnum(g.between(32, 48));
}

export function hex(g: Gen, n: number): string {
  return g.fake.hex(n);
}

/** A PEM private key body (random, not a usable key). */
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 9));
}

/** A bcrypt hash (Node-RED adminAuth, ChirpStack users). */
export function bcrypt(g: Gen): string {
  return '$2b$' + '08$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
}

/** A Wi-Fi passphrase for a barn, shop or pivot network. */
export function barnWifi(g: Gen): string {
  return g.pick([
    `${cap(farm(g))}${g.pick(['Barn', 'Shop', 'Parlor', 'Shed'])}${g.fake.digits(4)}`,
    `${g.pick(AG_WORDS)}${g.pick(AG_WORDS)}${g.fake.digits(2)}`,
    g.fake.alnum(14),
  ]);
}

// --- ids that are not secrets -----------------------------------------------------------------

export function orgId(g: Gen): string {
  return String(g.between(100000, 999999));
}
/** An ISO 11784 animal EID (country code 982/985/826... + 12 digits). */
export function eid(g: Gen): string {
  return `${g.pick(['982', '985', '826', '840', '554'])}${g.fake.digits(12)}`;
}
export function stationId(g: Gen): string {
  return String(g.between(10000, 299999));
}
export function lat(g: Gen): string {
  return `${g.between(38, 52)}.${g.fake.digits(5)}`;
}
export function lon(g: Gen): string {
  return `-${g.between(88, 104)}.${g.fake.digits(5)}`;
}
