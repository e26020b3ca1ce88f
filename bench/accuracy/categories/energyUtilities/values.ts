import type { Gen } from '../../gen';
import { wordOrSitePassword, plainOnly } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';

/**
 * Values the energy-utilities templates share, in the shapes the vendors document or operators pick:
 * HMI, historian and relay passwords; DLMS/COSEM keys (128-bit, 32 hex) and LLS passwords; InfluxDB
 * tokens (64 random bytes, base64 with `==`), Grafana service-account tokens (`glsa_` + 32 + `_` + 8
 * hex); SolarEdge API keys (32 upper alphanumerics), Enphase API keys (32 hex), Victron VRM access
 * tokens (64 hex), ENTSO-E security tokens (UUIDs), EIA API keys (40), Octopus Energy keys (`sk_live_`
 * + 24), Tesla Fleet client secrets (`ta-secret.` + 16); mosquitto_passwd hashes (`$7$101$salt$hash`)
 * and bcrypt hashes; and the ids that are not secrets (meter serials, MPANs, EIC codes, PI WebIds,
 * Node-RED node ids, VRM portal ids). Everything is generated at run time from the seeded FakeTokens
 * (prefixes concatenated with the random part): nothing committed here is a live credential.
 */

const OT_WORDS = ['scada', 'turbine', 'feeder', 'substation', 'hmi', 'pump', 'reservoir', 'gridops', 'relay', 'solar'];
const SITES = ['northfield', 'riverbend', 'eastgate', 'millbrook', 'sunvalley', 'harborpoint', 'ridgeway', 'oakdale'];

/** A password as OT engineers set them: a plant word, a site name, a random or a generated string. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, OT_WORDS, SITES);
}

/** A password with no characters that need escaping in XML, URLs, shells or INI values. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

export function site(g: Gen): string {
  return g.pick(SITES);
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A plant-network host name or address. */
export function otHost(g: Gen): string {
  return g.pick([
    `${g.pick(['scada', 'hist', 'hmi', 'opc', 'gw'])}${g.between(1, 4)}.${g.pick(['ot.local', 'plant.corp', 'grid.internal'])}`,
    `10.${g.between(10, 40)}.${g.between(0, 254)}.${g.between(2, 250)}`,
    `192.168.${g.between(0, 20)}.${g.between(2, 250)}`,
    `${g.pick(SITES)}-${g.pick(['rtu', 'hmi', 'hist'])}${g.pick(['01', '02'])}.${g.pick(['ot.local', 'water.internal'])}`,
  ]);
}

export function opUser(g: Gen): string {
  return g.pick(['operator', 'engineer', 'scada_svc', 'histadmin', 'maint', 'opcuser', 'svc_ignition', 'gridops']);
}

/** A DLMS/COSEM key (global unicast encryption, authentication or master key): 128 bits, 32 hex. */
export function dlmsKey(g: Gen): string {
  return g.chance(0.6) ? g.fake.upperHex(32) : g.fake.hex(32);
}

/** A DLMS LLS password: up to 8 printable characters, usually digits or a short word. */
export function llsPass(g: Gen): string {
  return g.chance(0.5)
    ? g.fake.digits(8).replace(/^0/, '7')
    : g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789', 8);
}

/** A DLMS system title (manufacturer id + serial, public): 16 hex. */
export function systemTitle(g: Gen): string {
  return g.pick(['4C475A', '49534B', '4B464D', '4D4D4D']) + g.fake.upperHex(10);
}

/** An InfluxDB 2 API token: 64 random bytes in base64 (86 characters and `==`). */
export function influxToken(g: Gen): string {
  return g.fake.base64url(86).replace(/^[-_]/, 'Q') + '==';
}

/** A Grafana service-account token: `glsa_`, 32 base62, `_`, an 8-hex checksum. */
export function grafanaSaToken(g: Gen): string {
  return 'gl' + 'sa_' + g.fake.alnum(32) + '_' + g.fake.hex(8);
}

/** A SolarEdge monitoring API key: 32 upper-case alphanumerics. */
export function solarEdgeKey(g: Gen): string {
  return g.fake.upperAlnum(32);
}

/** An Enphase Enlighten v4 API key (32 hex) and client secret (32 base62). */
export function enphaseKey(g: Gen): string {
  return g.fake.hex(32);
}
export function enphaseSecret(g: Gen): string {
  return g.fake.alnum(32);
}

/** A Victron VRM personal access token: 64 hex. */
export function vrmToken(g: Gen): string {
  return g.fake.hex(64);
}

/** An ENTSO-E transparency platform security token: a UUID. */
export function entsoeToken(g: Gen): string {
  return g.fake.uuid();
}

/** An EIA open-data API key: 40 base62. */
export function eiaKey(g: Gen): string {
  return g.fake.alnum(40);
}

/** An Octopus Energy API key: `sk_live_` + 24 base62. */
export function octopusKey(g: Gen): string {
  return 's' + 'k_live_' + g.fake.alnum(24);
}

/** An Electricity Maps auth token (random base62). */
export function emapsToken(g: Gen): string {
  return g.fake.alnum(g.between(24, 32));
}

/** A Tesla Fleet API client secret: `ta-secret.` + 16 characters. */
export function teslaSecret(g: Gen): string {
  return 'ta-' + 'secret.' + g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789*%$', 16);
}

/** A JWT-shaped bearer token with the given claims (Enphase Envoy tokens, Tesla access tokens). */
export function jwt(g: Gen, claims: Record<string, unknown>): string {
  return g.fake.jwt(claims);
}

/** An OCPP AuthorizationKey for security profile 1/2 (16-40 bytes, written as hex here). */
export function ocppKey(g: Gen): string {
  return g.fake.hex(g.pick([32, 40]));
}

/** A DNP3 Secure Authentication update key (AES-128 or AES-256, hex). */
export function dnp3UpdateKey(g: Gen): string {
  return g.fake.upperHex(g.pick([32, 64]));
}

/** A mosquitto_passwd PBKDF2-SHA512 line's hash part: `$7$101$<16 salt>$<88 hash>`. */
export function mosquittoHash(g: Gen): string {
  return '$7$101$' + g.fake.base64(16) + '$' + g.fake.base64(86) + '==';
}

/** A bcrypt hash as Node-RED's node-red-admin hash-pw writes it (`$2b$08$` + 53). */
export function bcrypt(g: Gen): string {
  return '$2b$08$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
}

/** An MQTT or HiveMQ Cloud password. */
export function mqttPass(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(16, 28)) : plain(g);
}

/** A Canary Views API token (a GUID). */
export function canaryToken(g: Gen): string {
  return g.fake.uuid();
}

// --- ids that are not secrets -------------------------------------------------------------------

/** An electricity meter serial as manufacturers print them. */
export function meterSerial(g: Gen): string {
  return g.pick(['LGZ', 'ISK', 'KFM', 'EMH']) + g.fake.digits(8);
}

/** A 13-digit MPAN core (public on every bill). */
export function mpan(g: Gen): string {
  return g.pick(['10', '12', '16', '19', '23']) + g.fake.digits(11);
}

/** A PI Web API WebId (base64url path encoding, public identifier). */
export function piWebId(g: Gen): string {
  return 'F1DP' + g.fake.base64url(g.between(40, 60)).replace(/^[-_]/, 'A');
}

/** A Node-RED node id: 16 hex (newer) or `8hex.6hex` (older). */
export function nodeId(g: Gen): string {
  return g.chance(0.5) ? g.fake.hex(16) : `${g.fake.hex(8)}.${g.fake.hex(6)}`;
}

/** A Victron VRM portal id (the GX device's MAC, 12 hex). */
export function vrmPortalId(g: Gen): string {
  return g.fake.hex(12);
}

/** An InfluxDB organisation or bucket id (16 hex). */
export function influxId(g: Gen): string {
  return g.fake.hex(16);
}

export function mac(g: Gen): string {
  return (g.pick(['0090e8', '00a0f8', '001c06', '000e8c']) + g.fake.hex(6)).toUpperCase().match(/../g)!.join(':');
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}
