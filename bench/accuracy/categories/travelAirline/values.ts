import type { Gen } from '../../gen';
import { plainOnly, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';
export { adyenApiKey, adyenClientKey, adyenHmac } from '../ecommercePayments/values';

/**
 * Values the travel-airline templates share, in the shapes the GDSes, aggregators and travel APIs
 * document: Amadeus Self-Service API keys (32 base62, the OAuth client id) and secrets (16 base62);
 * Sabre Dev Studio client ids (`V1:<user>:DEVCENTER:EXT`) and secrets (8 base62), Sabre REST access
 * tokens (`T1RLAQ` + base64); Travelport uAPI user names (`Universal API/uAPI` + digits + `-` + hex)
 * and passwords; Duffel access tokens (`duffel_test_`/`duffel_live_` + 43 base64url); Hotelbeds API
 * keys (32 hex) and secrets (10 base62); Expedia Rapid API keys (24 lower alnum) and shared secrets;
 * TravelgateX API keys (UUIDs); Kiwi Tequila keys (32 base62); Concur client secrets and refresh
 * tokens (UUIDs); GDS sign-on passwords as agencies set them; and the ids of the trade that are not
 * secrets (PCCs, office ids, IATA numbers, record locators, ticket numbers, EPRs, branch codes).
 * Everything is generated at run time from the seeded FakeTokens (prefixes concatenated with the
 * random part): nothing committed here is a live credential.
 */

const TRAVEL_WORDS = [
  'boarding',
  'runway',
  'jetlag',
  'layover',
  'gateway',
  'skyteam',
  'wanderlust',
  'passport',
  'concourse',
  'tailwind',
];
const AGENCIES = ['wanderly', 'bluehorizon', 'jetsetgo', 'northwind', 'atlastravel', 'skylark', 'voyagr', 'tripnest'];
const AIRPORTS = ['LHR', 'JFK', 'CDG', 'FRA', 'AMS', 'DXB', 'SIN', 'ORD', 'MAD', 'NRT', 'SYD', 'YYZ', 'BCN', 'MUC'];
const CARRIERS = ['BA', 'LH', 'AF', 'KL', 'DL', 'UA', 'EK', 'SQ', 'QF', 'IB', 'AC', 'LX'];

/** A password as travel IT sets them: a travel word, an agency and a year, a random or generated string. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, TRAVEL_WORDS, AGENCIES);
}

/** A password with no characters that need escaping in XML, URLs, shells, INI or PHP strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

/** A GDS terminal or web-services password: 8-12 characters with upper, lower, digit (a GDS rule). */
export function gdsPass(g: Gen): string {
  return (
    g.pick(['', 'WS', 'Gds']) + g.fake.upper(2) + g.fake.lower(3) + g.fake.digits(3) + g.fake.alnum(g.between(1, 3))
  );
}

export function agency(g: Gen): string {
  return g.pick(AGENCIES);
}

export function airport(g: Gen): string {
  return g.pick(AIRPORTS);
}

export function carrier(g: Gen): string {
  return g.pick(CARRIERS);
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

// --- GDS -------------------------------------------------------------------------------------

/**
 * Amadeus Self-Service API key (the OAuth client id; labelled where written as the API key beside its
 * secret, the pair's id half, as Shopify's API key is: Amadeus calls both strictly private) and API
 * secret (16 base62).
 */
export function amadeusKey(g: Gen): string {
  return g.fake.alnum(32);
}
export function amadeusSecret(g: Gen): string {
  return g.fake.alnum(16);
}
/** An Amadeus access token (28 base62, valid 30 minutes). */
export function amadeusToken(g: Gen): string {
  return g.fake.alnum(28);
}
/** An Amadeus office id (public): city code, `1A`, 4 digits, e.g. `NCE1A0950`. */
export function officeId(g: Gen): string {
  return g.pick(['NCE', 'LON', 'PAR', 'MUC', 'NYC', 'MAD']) + g.pick(['1A', '1S']) + g.fake.digits(4);
}
/** An Amadeus Enterprise WSAP (web services access point id, public). */
export function wsap(g: Gen): string {
  return g.fake.upperAlnum(6) + g.fake.digits(4);
}

/** A Sabre pseudo city code (4 upper alnum, public). */
export function pcc(g: Gen): string {
  return g.fake.upperAlnum(4);
}
/** A Sabre EPR (agent sign, digits, public). */
export function epr(g: Gen): string {
  return g.fake.digits(g.between(4, 6)).replace(/^0/, '7');
}
/** Sabre Dev Studio client id (`V1:<user>:DEVCENTER:EXT`) and its 8-character secret. */
export function sabreClientId(g: Gen): string {
  return `V1:${g.fake.lowerAlnum(8)}:${g.pick(['DEVCENTER', pcc(g)])}:${g.pick(['EXT', 'AA'])}`;
}
export function sabreSecret(g: Gen): string {
  return g.fake.alnum(8);
}
/** A Sabre REST access token (ATK): `T1RLAQ` + base64 (valid for days). */
export function sabreToken(g: Gen): string {
  return 'T1RL' + 'AQ' + g.fake.base64(g.between(150, 220)).replace(/[+/]/g, 'Q') + '*';
}
/** Sabre's Basic credential as its docs build it: base64(base64(client id) ':' base64(secret)). */
export function sabreBasic(clientId: string, secret: string): string {
  const b = (s: string) => Buffer.from(s).toString('base64');
  return b(`${b(clientId)}:${b(secret)}`);
}

/** Travelport uAPI user name (`Universal API/uAPI` + 10 digits + `-` + 8 hex: an id) and password. */
export function uapiUser(g: Gen): string {
  return `Universal API/uAPI${g.fake.digits(10)}-${g.fake.hex(8)}`;
}
export function uapiPass(g: Gen): string {
  return (
    g.fake.upper(1) +
    g.fake.lower(2) +
    g.pick(['!', '%', '=', '?', '+']) +
    g.fake.alnum(4) +
    g.fake.digits(1) +
    g.fake.alnum(2)
  );
}
/** A uAPI-safe password for XML and shells (no `&`, `<`, quotes). */
export function uapiPlain(g: Gen): string {
  return plainOnly(g, uapiPass);
}
/** A Travelport target branch (`P` + 7 digits, public). */
export function targetBranch(g: Gen): string {
  return 'P' + g.fake.digits(7);
}
/** Basic credential for a user and password. */
export function basic(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}

// --- aggregators, hotels, rail, car ----------------------------------------------------------

/** A Duffel access token: `duffel_test_` / `duffel_live_` + 43 base64url. */
export function duffelToken(g: Gen, mode = g.pick(['test', 'live'])): string {
  return 'duffel' + '_' + mode + '_' + g.fake.base64url(43).replace(/^[-_]/, 'x');
}
/** Hotelbeds APItude API key (32 hex, id half) and secret (10 base62). */
export function hotelbedsKey(g: Gen): string {
  return g.fake.hex(32);
}
export function hotelbedsSecret(g: Gen): string {
  return g.fake.alnum(10);
}
/** Expedia Rapid API key (24 lower alnum, id half) and shared secret (13-16 base62). */
export function rapidKey(g: Gen): string {
  return g.fake.lowerAlnum(24);
}
export function rapidSecret(g: Gen): string {
  return g.fake.alnum(g.between(13, 16));
}
/** Kiwi Tequila API key (32 base62). */
export function tequilaKey(g: Gen): string {
  return g.fake.alnum(32).replace(/^[0-9]/, 'k');
}
/** A partner API key as most travel APIs issue them (32 hex or 32-40 base62). */
export function partnerKey(g: Gen): string {
  return g.chance(0.5) ? g.fake.hex(32) : g.fake.alnum(g.between(32, 40));
}
/** A JWT as travel platforms issue them (Navan, TripActions, rail partners). */
export function jwt(g: Gen, claims: Record<string, unknown> = {}): string {
  return g.fake.jwt(claims);
}

// --- ids of the trade (not secrets) ----------------------------------------------------------

/** A PNR record locator (6 upper alnum). */
export function pnr(g: Gen): string {
  return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);
}
/** An e-ticket number: 3-digit airline prefix + 10 digits. */
export function ticket(g: Gen): string {
  return g.pick(['125', '220', '057', '074', '006', '016', '176', '618']) + g.fake.digits(10);
}
/** An IATA agency number (8 digits). */
export function iataNo(g: Gen): string {
  return g.fake.digits(8).replace(/^0/, '9');
}
export function flightNo(g: Gen): string {
  return carrier(g) + String(g.between(10, 9999));
}
export function bagTag(g: Gen): string {
  return '0' + g.pick(['125', '220', '057']) + g.fake.digits(6);
}
export function host(g: Gen): string {
  return g.pick([
    `gds-proxy.${agency(g)}.internal`,
    `10.${g.between(10, 250)}.${g.between(0, 250)}.${g.between(2, 250)}`,
    `db-${g.pick(['booking', 'pnr', 'fares', 'crew'])}.${g.pick(['corp.local', 'ops.internal'])}`,
    `sftp.${agency(g)}-travel.com`,
  ]);
}
