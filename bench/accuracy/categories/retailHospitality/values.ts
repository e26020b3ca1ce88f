import type { Gen } from '../../gen';
import { plainOnly, randomOrPlainPassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';
export {
  adyenApiKey,
  adyenClientKey,
  adyenHmac,
  shpat,
  shpss,
  squareAppId,
  squareSecret,
  squareToken,
  stripePublishable,
  stripeSecret,
} from '../ecommercePayments/values';
export { rdpBlob } from '../windowsAdmin/values';

/**
 * Values the retail-hospitality templates share, in the shapes the vendors document or store IT picks:
 * POS back-office and MSSQL passwords, Toast client secrets (64 base64url), Clover API tokens (UUIDs),
 * SumUp keys (`sup_sk_`), Cloudbeds API keys (`cbat_`), Mews tokens (32 + `-` + 31 upper hex), DoorDash
 * signing secrets (43 base64url), Meraki keys (40 hex); and the ids that are not secrets (store and
 * register numbers, merchant ids, restaurant GUIDs, SKUs, UPCs, folio and confirmation numbers).
 * Everything is generated at run time from the seeded FakeTokens (prefixes concatenated with the
 * random part): nothing committed here is a live credential.
 */

const RETAIL_WORDS = [
  'register',
  'till',
  'kitchen',
  'burger',
  'pizza',
  'lobby',
  'frontdesk',
  'backoffice',
  'manager',
  'drivethru',
];
const BRANDS = ['harborgrill', 'bluefin', 'maplecafe', 'oakmart', 'sunrise', 'lakeshore', 'pinecrest', 'urbanbrew'];

/** A password as store IT sets them: a domain word, a brand and a year, a random or generated string. */
export function pass(g: Gen): string {
  const choice = g.fake.int(5);
  switch (choice) {
    case 0:
      return `${cap(g.pick(RETAIL_WORDS))}${g.pick(['!', '#', '_', '@', '.'])}${g.fake.digits(g.between(3, 5))}`;
    case 1:
      return `${cap(g.pick(BRANDS))}${g.fake.digits(4)}${g.pick(['!', '$', '#'])}`;
    default:
      return randomOrPlainPassword(g, choice);
  }
}

/** A password with no characters that need escaping in XML, URLs, shells, INI or PHP strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

export function brand(g: Gen): string {
  return g.pick(BRANDS);
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A store number as chains write them (`0412`, `S-118`). */
export function storeNo(g: Gen): string {
  return g.pick(['', 'S', 'ST']) + String(g.between(1, 2999)).padStart(4, '0');
}

export function storeHost(g: Gen): string {
  return g.pick([
    `pos-${storeNo(g).toLowerCase()}.stores.local`,
    `bo${g.between(100, 999)}.${brand(g)}.local`,
    `10.${g.between(10, 250)}.${g.between(0, 250)}.${g.between(2, 250)}`,
    'backoffice',
    `sql-${brand(g)}-hq.internal`,
  ]);
}

/** Toast: client id (32 alnum, public half) and client secret (64 base64url). */
export function toastClientId(g: Gen): string {
  return g.fake.alnum(32);
}
export function toastSecret(g: Gen): string {
  return g.fake.base64url(64).replace(/^[-_]/, 'q');
}

/** A UUID (Clover API tokens, Olo and Deliverect ids, restaurant and location GUIDs). */
export function uuid(g: Gen): string {
  return g.fake.uuid();
}

/** A Clover merchant id (13 upper alnum, an identifier). */
export function cloverMerchant(g: Gen): string {
  return g.fake.upperAlnum(13);
}

/** SumUp secret API key (`sup_sk_` + 32) and affiliate key (public, bound to the app id). */
export function sumupKey(g: Gen): string {
  return 'sup' + '_sk_' + g.fake.alnum(32);
}
export function sumupAffiliate(g: Gen): string {
  return g.fake.uuid().replace(/-/g, '');
}

/** Cloudbeds API key (`cbat_` + 32 alnum). */
export function cloudbedsKey(g: Gen): string {
  return 'cb' + 'at_' + g.fake.alnum(32);
}

/** Mews Connector API ClientToken and AccessToken: 32 upper hex, `-`, 31 upper hex. */
export function mewsToken(g: Gen): string {
  return g.fake.upperHex(32) + '-' + g.fake.upperHex(31);
}

/** DoorDash Drive access key: developer id and key id (UUIDs) and signing secret (43 base64url). */
export function doordashSecret(g: Gen): string {
  return g.fake.base64url(43).replace(/^[-_]/, 'x');
}

/** Cisco Meraki Dashboard API key (40 hex). */
export function merakiKey(g: Gen): string {
  return g.fake.hex(40);
}

/** NetSuite TBA values (64 hex) and account id. */
export function nsHex(g: Gen): string {
  return g.fake.hex(64);
}
export function nsAccount(g: Gen): string {
  return g.fake.digits(7) + g.pick(['', '_SB1', '_SB2']);
}

/** Lightspeed Retail (R-Series) client secret and refresh token (hex); Revel API key and secret. */
export function hex(g: Gen, n: number): string {
  return g.fake.hex(n);
}

/** A random alnum secret of the given length range. */
export function alnum(g: Gen, min: number, max: number): string {
  return g.fake.alnum(g.between(min, max));
}

/** A bcrypt hash (a credential hash in a dump or config). */
export function bcrypt(g: Gen): string {
  return '$2' + 'a$10$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
}

/** A JWT (Zettle API key assertion, Resy auth token, Toast access token). */
export function jwt(g: Gen, claims: Record<string, unknown> = {}): string {
  return g.fake.jwt(claims);
}

export function sftpHost(g: Gen): string {
  return g.pick([
    `ftp.${brand(g)}franchise.com`,
    'reports.franchisehub.net',
    `sftp.${brand(g)}.com`,
    'drop.royaltyreporting.com',
    `ftp-hq.${brand(g)}.local`,
  ]);
}

// --- ids that are not secrets -----------------------------------------------------------------

export function upc(g: Gen): string {
  return '0' + g.fake.digits(11);
}
export function sku(g: Gen): string {
  return `${g.pick(['BEV', 'APP', 'ENT', 'DES', 'MRC'])}-${g.fake.digits(5)}`;
}
export function folio(g: Gen): string {
  return g.fake.digits(g.between(6, 9));
}
export function confirmation(g: Gen): string {
  return g.fake.upperAlnum(g.between(8, 10));
}
export function mac(g: Gen): string {
  return Array.from({ length: 6 }, () => g.fake.upperHex(2)).join(':');
}
export function terminalSerial(g: Gen): string {
  return g.pick(['V400m', 'P400Plus', 'S1F2', 'A920']) + '-' + g.fake.digits(9);
}

/** A base64 secret (44 characters, 32 bytes) as partner portals issue HMAC and partner secrets. */
export function base64Secret(g: Gen): string {
  return g.fake.base64(43).replace(/^[+/]/, 'k') + '=';
}
