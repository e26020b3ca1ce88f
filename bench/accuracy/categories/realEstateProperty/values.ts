import type { Gen } from '../../gen';
import { plainOnly, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';
export { stripePublishable, stripeSecret, stripeWebhook, wpSalt } from '../ecommercePayments/values';
export { plaidAccessToken, plaidClientId, plaidLinkToken, plaidSecret } from '../fintechBackoffice/values';
export { twilioKeySecret, twilioKeySid, twilioSid } from '../healthcare/values';
export { openaiKey } from '../transcripts/values';
export { sendgridKey } from '../cmsSites/values';
export { googleKey } from '../logisticsSupplyChain/values';
export { base64Of } from '../windowsAdmin/values';

/**
 * Values the real-estate-property templates share, in the shapes the vendors document or a
 * brokerage's and a property manager's office pick: MLS feed tokens (Bridge server tokens, Trestle
 * and RESO OAuth secrets, Spark API keys, MLS Grid tokens), RETS logins, IDX plugin keys, CRM keys
 * (Follow Up Boss, kvCORE, Lofty), property-management API secrets (Buildium, AppFolio, Entrata,
 * Rent Manager, RealPage, MRI, Yardi interface logins), access-control and smart-lock keys, building
 * controller logins; and the ids that are not secrets (MLS numbers, listing keys, parcel numbers,
 * property and unit ids, lock serials). Everything is generated at run time from the seeded
 * FakeTokens (prefixes concatenated with the random part): nothing committed here is a live credential.
 */

const RE_WORDS = ['closing', 'escrow', 'listing', 'realty', 'keys', 'homes', 'lease', 'tenant', 'broker', 'openhouse'];
const SITES = ['oakridge', 'maplewood', 'harborview', 'pinecrest', 'lakeside', 'willowbrook', 'summit', 'riverside'];
const COMPANIES = [
  'keystone',
  'bluedoor',
  'harborview',
  'summitpm',
  'oakridge',
  'metroliving',
  'cornerstone',
  'elmstreet',
];

/** A password as a brokerage's or a property manager's staff set it: a field word, a community, or random. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, RE_WORDS, SITES);
}

/** A password with no characters that need escaping in XML, URLs, shells, INI or PHP strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

export function company(g: Gen): string {
  return g.pick(COMPANIES);
}

export function site(g: Gen): string {
  return g.pick(SITES);
}

export function domain(g: Gen): string {
  return `${company(g)}${g.pick(['realty.com', 'pm.com', 'homes.com', 'properties.net', 'living.com'])}`;
}

export function email(g: Gen): string {
  return `${g.pick(['leasing', 'admin', 'it', 'office', 'broker', 'accounting', 'maint'])}@${domain(g)}`;
}

export function agentEmail(g: Gen): string {
  return `${g.pick(['jlopez', 'mchen', 'sarah.k', 'dpatel', 'tnguyen', 'rwilliams', 'agarcia'])}@${domain(g)}`;
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export function ip(g: Gen): string {
  return `10.${g.between(10, 40)}.${g.between(0, 20)}.${g.between(2, 250)}`;
}

/** A public MLS / dataset identifier (not a secret). */
export function mlsCode(g: Gen): string {
  return g.pick(['crmls', 'nwmls', 'mred', 'stellar', 'har', 'bright', 'actris', 'fmls', 'realcomp', 'itech']);
}

// --- MLS feeds --------------------------------------------------------------------------------

/** Bridge Interactive server (or browser) token: 32 hex. */
export function bridgeToken(g: Gen): string {
  return g.fake.hex(32);
}
/** A RESO Web API OAuth client secret (Trestle, MLS-run servers). */
export function oauthSecret(g: Gen): string {
  return g.pick([g.fake.hex(32), g.fake.alnum(g.between(32, 40)), g.fake.base64url(43).replace(/^[-_]/, 'T')]);
}
/** An OAuth client id as RESO servers and PMS APIs issue them (not a secret). */
export function clientId(g: Gen): string {
  return g.pick([`${company(g)}_${g.fake.lowerAlnum(10)}`, g.fake.uuid(), g.fake.hex(24)]);
}
/** Spark API key name (`<app>_<n>_key_<n>`, the pair's id half) and secret (random). */
export function sparkKey(g: Gen): string {
  return `${company(g)}_${g.fake.digits(5)}_key_${g.between(1, 9)}`;
}
export function sparkSecret(g: Gen): string {
  return g.fake.alnum(25);
}
/** Spark OAuth / MLS Grid access tokens. */
export function sparkAccessToken(g: Gen): string {
  return g.fake.lowerAlnum(25);
}
export function mlsGridToken(g: Gen): string {
  return g.fake.hex(40);
}
/** An IDX Broker API key: 22 characters, with the `@` and `-` its dashboard uses. */
export function idxBrokerKey(g: Gen): string {
  return g.fake.alnum(6) + g.pick(['@', '-', '_']) + g.fake.alnum(8) + g.pick(['@', '-']) + g.fake.alnum(6);
}
/** Zillow's legacy web-services id (ZWSID). */
export function zwsid(g: Gen): string {
  return 'X1-' + 'ZWz' + g.fake.lowerAlnum(g.between(14, 17)) + '_' + g.fake.lowerAlnum(5);
}

// --- CRMs -------------------------------------------------------------------------------------

export function fubKey(g: Gen): string {
  return g.fake.alnum(g.between(32, 36));
}
export function fubSystemKey(g: Gen): string {
  return g.fake.hex(32);
}
export function jwt(g: Gen, claims: Record<string, unknown> = {}): string {
  return g.fake.jwt(claims);
}
export function hex(g: Gen, n: number): string {
  return g.fake.hex(n);
}
export function alnum(g: Gen, min: number, max: number): string {
  return g.fake.alnum(g.between(min, max));
}
export function uuid(g: Gen): string {
  return g.fake.uuid();
}

// --- property management ----------------------------------------------------------------------

/** Buildium API key: client id (the id) and client secret (base64-ish, ~44 characters). */
export function buildiumSecret(g: Gen): string {
  return g.fake.base64(43).replace(/^[+/]/, 'B').replace(/\//g, 'q') + '=';
}
/** AppFolio Reports API / Stack client secret (32 hex) and a Rent Manager API token. */
export function appfolioSecret(g: Gen): string {
  return g.fake.hex(32);
}
export function rmApiToken(g: Gen): string {
  return g.fake.base64(g.between(64, 88)).replace(/^[+/]/, 'R');
}
/** Entrata API key (X-Api-Key) as its Partner portal shows them. */
export function entrataKey(g: Gen): string {
  return g.fake.alnum(40);
}
/** Dwolla application key and secret: 50 alnum each. */
export function dwolla(g: Gen): string {
  return g.fake.alnum(50);
}
/** DocuSign secret key (a GUID) and RSA keypair body; dotloop client secret. */
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 9));
}
/** TransUnion SmartMove partner security key (long base64). */
export function smartMoveKey(g: Gen): string {
  return g.fake.base64(g.between(88, 120)).replace(/^[+/]/, 'S');
}

// --- access control and buildings -------------------------------------------------------------

/** A door or gate code: 4-6 digits, not a run or a repeat. */
export function doorCode(g: Gen): string {
  for (;;) {
    const s = g.fake.digits(g.between(5, 6));
    if (!/^(\d)\1+$/.test(s) && !'0123456789'.includes(s) && !'9876543210'.includes(s)) return s;
  }
}
/** A Wi-Fi passphrase as a leasing office or a model home sets it. */
export function wifi(g: Gen): string {
  return g.pick([
    `${cap(site(g))}${g.pick(['Guest', 'Resident', 'Office', 'Model'])}${g.fake.digits(4)}`,
    `${g.pick(RE_WORDS)}-${g.pick(RE_WORDS)}-${g.fake.digits(3)}`,
    g.fake.alnum(16),
  ]);
}

// --- ids that are not secrets -----------------------------------------------------------------

export function mlsNumber(g: Gen): string {
  return g.pick(['', 'ML', 'SR', 'OC', 'A']) + g.fake.digits(8);
}
export function parcel(g: Gen): string {
  return `${g.fake.digits(3)}-${g.fake.digits(3)}-${g.fake.digits(2)}`;
}
export function propertyId(g: Gen): string {
  return String(g.between(1000, 99999));
}
export function unit(g: Gen): string {
  return `${g.pick(['A', 'B', 'C', ''])}${g.between(101, 1450)}`;
}
export function street(g: Gen): string {
  return `${g.between(10, 9800)} ${g.pick(['Oak', 'Maple', 'Harbor', 'Pine', 'Lakeview', 'Summit', 'Cedar'])} ${g.pick(['St', 'Ave', 'Dr', 'Ln', 'Blvd', 'Ct'])}`;
}

/** A lower-case alphanumeric client id as some OAuth servers (Cognito) issue them. */
export function lowerId(g: Gen): string {
  return g.fake.lowerAlnum(26);
}
