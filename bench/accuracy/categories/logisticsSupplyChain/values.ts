import type { Gen } from '../../gen';
import { plainOnly, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, azureSecret, longSecret } from '../sharedValues';

/**
 * An AWS secret access key (40 base64 characters, `/` kept, no `+` to escape). Drawn from that
 * alphabet rather than as sharedValues' draw, whose `+` to `x` replacement can write `xxxx` into a
 * random key (FakeTokens keeps that stand-in run out of what it draws, not out of later edits).
 */
export function awsSecret(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/', 40);
}

/**
 * Values the logistics-supply-chain templates share, in the shapes carriers, shipping platforms and
 * supply-chain vendors document or admins pick: warehouse, EDI and ERP passwords; EasyPost keys
 * (`EZAK`/`EZTK`), Shippo tokens (`shippo_live_`/`shippo_test_` + 40 hex), ShipEngine keys (`TEST_`
 * in the sandbox), ShipStation v1 key/secret (32 hex each), AfterShip `asat_` keys, Samsara
 * `samsara_api_` tokens, Amazon LWA client secrets (`amzn1.oa2-cs.v1.` + 64 hex) and refresh tokens
 * (`Atzr|`), eBay Cert IDs (`PRD-` + hex groups), FedEx `l7xx` client ids (public) and secrets, UPS
 * OAuth secrets, NetSuite TBA values (64 hex), Odoo API keys (40 hex), OFTP2 passwords (at most 8
 * characters); and the ids that are not secrets (tracking numbers, SSCCs, GTINs, GLNs, EPCs, VINs,
 * container numbers, ASINs, object ids). Everything is generated at run time from the seeded
 * FakeTokens (prefixes concatenated with the random part): nothing committed here is a live credential.
 */

const LOG_WORDS = ['warehouse', 'forklift', 'pallet', 'dock', 'freight', 'cargo', 'depot', 'shipping', 'tracker'];
const SITES = ['memphis', 'rotterdam', 'reno', 'leipzig', 'louisville', 'felixstowe', 'ontario', 'laredo', 'venlo'];

/** A password as warehouse and EDI admins set them: a domain word, a site, a random or generated one. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, LOG_WORDS, SITES);
}

/** A password with no characters that need escaping in XML, URLs, shells or PHP strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

export function site(g: Gen): string {
  return g.pick(SITES);
}

export function whHost(g: Gen): string {
  return g.pick([
    `wms-${g.pick(['01', '02', 'prod'])}.${g.pick(['dc.internal', 'corp.local', 'logistics.acme.net'])}`,
    `${site(g)}-dc.${g.pick(['acmelog.com', 'corp.local'])}`,
    `10.${g.between(10, 60)}.${g.between(0, 254)}.${g.between(2, 250)}`,
  ]);
}

export function vanHost(g: Gen): string {
  return g.pick([
    'sftp.edi-van.net',
    'mailbox.opentext-gxs.example-van.com',
    'as2.partner-hub.io',
    'ftp.truecommerce-van.net',
    'edi.sps-mailbox.net',
    'sftp.dc4-edi.acmelog.com',
  ]);
}

// --- carriers and shipping platforms ---------------------------------------------------------

/** An EasyPost API key: `EZAK` (production) or `EZTK` (test) + 54 alphanumerics. */
export function easypostKey(g: Gen, mode: 'live' | 'test' = g.chance(0.5) ? 'live' : 'test'): string {
  return 'EZ' + (mode === 'live' ? 'AK' : 'TK') + g.fake.alnum(54);
}

/** A Shippo API token: `shippo_live_` or `shippo_test_` + 40 hex. */
export function shippoToken(g: Gen): string {
  return 'shippo_' + g.pick(['live', 'test']) + '_' + g.fake.hex(40);
}

/** A ShipEngine API key: 43 base62 in production, `TEST_` + 43 in the sandbox. */
export function shipengineKey(g: Gen): string {
  const body = g.fake
    .from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)
    .replace(/[+/]/g, 'k');
  return g.chance(0.5) ? 'TE' + 'ST_' + body : body;
}

/** ShipStation v1 API key and secret: 32 hex each. */
export function shipstationHex(g: Gen): string {
  return g.fake.hex(32);
}

/** An AfterShip API key: `asat_` + 32 hex. */
export function aftershipKey(g: Gen): string {
  return 'as' + 'at_' + g.fake.hex(32);
}

/** A 17TRACK API key (the `17token` header): 32 upper-case hex. */
export function track17Key(g: Gen): string {
  return g.fake.upperHex(32);
}

/** Sendcloud API public and secret keys: 32 hex each (a Basic pair). */
export function sendcloudKey(g: Gen): string {
  return g.fake.hex(32);
}

/** UPS OAuth client id (48 base62, public) and client secret (64 base62). */
export function upsClientId(g: Gen): string {
  return g.fake.alnum(48);
}
export function upsSecret(g: Gen): string {
  return g.fake.alnum(64);
}
/** A UPS legacy Access License Number: 16 upper hex. */
export function upsAccessKey(g: Gen): string {
  return g.fake.upperHex(16);
}

/** FedEx API key (the OAuth client id, `l7xx` + 32 hex, public) and secret key (32 hex). */
export function fedexClientId(g: Gen): string {
  return 'l7' + 'xx' + g.fake.hex(32);
}
export function fedexSecret(g: Gen): string {
  return g.fake.hex(32);
}

/** DHL API developer portal: key (32 base62, the id half) and secret (16 base62). */
export function dhlKey(g: Gen): string {
  return g.fake.alnum(32);
}
export function dhlSecret(g: Gen): string {
  return g.fake.alnum(16);
}

/** Canada Post API key: `user:password`, 16 hex and 22 hex. */
export function canadaPostUser(g: Gen): string {
  return g.fake.hex(16);
}
export function canadaPostPass(g: Gen): string {
  return g.fake.hex(22);
}

/** A PostNL API key: 32 base62. */
export function postnlKey(g: Gen): string {
  return g.fake.alnum(32);
}

/** A Packlink PRO API key: 64 hex. */
export function packlinkKey(g: Gen): string {
  return g.fake.hex(64);
}

/** An IBM API Connect client secret (Royal Mail, USPS-style gateways): 48 base62. */
export function apicSecret(g: Gen): string {
  return g.fake.alnum(48);
}

// --- marketplaces ----------------------------------------------------------------------------

/** An LWA client id (public): `amzn1.application-oa2-client.` + 32 hex. */
export function lwaClientId(g: Gen): string {
  return 'amzn1.application-oa2-client.' + g.fake.hex(32);
}
/** An LWA client secret: `amzn1.oa2-cs.v1.` + 64 hex. */
export function lwaSecret(g: Gen): string {
  return 'amzn1.' + 'oa2-cs.v1.' + g.fake.hex(64);
}
/** An LWA refresh token: `Atzr|` + a long base64url-like body. */
export function lwaRefresh(g: Gen): string {
  return (
    'Atzr' +
    '|' +
    'IwEB' +
    g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', g.between(300, 380))
  );
}
/** An SP-API application id (public). */
export function spApiAppId(g: Gen): string {
  return 'amzn1.sp.solution.' + g.fake.uuid();
}
/** An MWS auth token: `amzn.mws.` + UUID. */
export function mwsAuthToken(g: Gen): string {
  return 'amzn.' + 'mws.' + g.fake.uuid();
}
/** An Amazon seller id (public): `A` + 13 upper alphanumerics. */
export function sellerId(g: Gen): string {
  return 'A' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13);
}

/** eBay Cert ID (the client secret): `PRD-` + 12 hex + four groups of 4 hex. */
export function ebayCertId(g: Gen): string {
  const h = g.fake.hex(28);
  return `PRD-${h.slice(0, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 24)}-${h.slice(24, 28)}`;
}
/** eBay App ID (the client id, public): `Name-App-PRD-` + hex groups. */
export function ebayAppId(g: Gen): string {
  return `${g.pick(['AcmeLogi', 'ShipFast', 'DockHand'])}-${g.pick(['Fulfil', 'Lister', 'Sync'])}-PRD-${g.fake.hex(9)}-${g.fake.hex(8)}`;
}
/** An eBay OAuth user token: `v^1.1#i^1#...` + a long base64 body. */
export function ebayUserToken(g: Gen): string {
  return 'v^1.1#i^1#' + g.pick(['p^3#r^1#', 'f^0#p^3#', 'r^0#p^1#']) + 'I^3#t^' + g.fake.base64(g.between(200, 260));
}

/** A Walmart Marketplace client secret: 86 base64url. */
export function walmartSecret(g: Gen): string {
  return g.fake.base64url(86).replace(/^[-_]/, 'W');
}

// --- telematics, fleets, route APIs -----------------------------------------------------------

/** A Samsara API token: `samsara_api_` + 30 base62. */
export function samsaraToken(g: Gen): string {
  return 'samsara' + '_api_' + g.fake.alnum(30);
}

/** A HERE API key: 43 base64url. */
export function hereKey(g: Gen): string {
  return g.fake.base64url(43).replace(/^[-_]/, 'H');
}

/** A TomTom API key: 32 base62. */
export function tomtomKey(g: Gen): string {
  return g.fake.alnum(32);
}

/** A Google Maps Platform key: `AIza` + 35. */
export function googleKey(g: Gen): string {
  return 'AI' + 'za' + g.fake.base64url(35);
}

/** An OptimoRoute API key: 56 hex. */
export function optimoKey(g: Gen): string {
  return g.fake.hex(56);
}

/** A Routific API token (a JWT). */
export function routificToken(g: Gen): string {
  return g.fake.jwt({ _id: g.fake.hex(24), iss: 'routific' });
}

// --- ERP and EDI -----------------------------------------------------------------------------

/** NetSuite TBA consumer key/secret and token id/secret: 64 hex each. */
export function netsuiteHex(g: Gen): string {
  return g.fake.hex(64);
}

/** An Odoo API key: 40 hex. */
export function odooKey(g: Gen): string {
  return g.fake.hex(40);
}

/** An OFTP2 SFID/SSID password: at most 8 characters, upper case and digits. */
export function oftpPass(g: Gen): string {
  return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8);
}

/** An X12 ISA04 security-information password: 10 characters. */
export function isaPass(g: Gen): string {
  return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10);
}

/** A PEM private key body (random, not a usable key). */
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 10));
}

// --- ids that are not secrets ----------------------------------------------------------------

/** A UPS tracking number: `1Z` + 6 shipper + 2 service + 8 digits. */
export function upsTracking(g: Gen): string {
  return '1Z' + g.fake.upperAlnum(6) + g.pick(['01', '02', '03', '12', '13']) + g.fake.digits(8);
}
export function fedexTracking(g: Gen): string {
  return g.fake.digits(12).replace(/^0/, '7');
}
export function uspsTracking(g: Gen): string {
  return '9400' + g.fake.digits(18);
}
/** An SSCC-18 (GS1 serial shipping container code). */
export function sscc(g: Gen): string {
  return '00' + g.fake.digits(18);
}
export function gtin(g: Gen): string {
  return '0' + g.fake.digits(13);
}
export function gln(g: Gen): string {
  return g.fake.digits(13).replace(/^0/, '5');
}
/** An SGTIN-96 EPC as RFID readers print it: 24 upper hex starting `30`. */
export function epc(g: Gen): string {
  return '30' + g.fake.upperHex(22);
}
export function vin(g: Gen): string {
  return g.pick(['1FU', '3AK', '1XK', '4V4', 'YV2']) + g.fake.from('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 14);
}
/** An ISO 6346 container number. */
export function container(g: Gen): string {
  return g.pick(['MSCU', 'MAEU', 'CMAU', 'HLXU', 'TGHU']) + g.fake.digits(7);
}
export function asin(g: Gen): string {
  return 'B0' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8);
}
export function uuid(g: Gen): string {
  return g.fake.uuid();
}
/** An EasyPost object id (public): `shp_`, `rate_`, `adr_` + 32 hex. */
export function easypostObjectId(g: Gen, prefix: string): string {
  return prefix + '_' + g.fake.hex(32);
}
