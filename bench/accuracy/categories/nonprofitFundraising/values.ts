import type { Gen } from '../../gen';
import { plainOnly, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';
export {
  braintreeId,
  braintreePrivate,
  mailchimpKey,
  paypalClientId,
  paypalSecret,
  stripePublishable,
  stripeSecret,
  stripeWebhook,
  wpSalt,
} from '../ecommercePayments/values';
export { bcryptHash, phpassHash } from '../cmsSites/values';
export { base64Of } from '../windowsAdmin/values';

/**
 * Values the nonprofit-fundraising templates share, in the shapes the vendors document or a small
 * office's volunteer IT picks: Blackbaud SKY API subscription keys (32 hex) and OAuth secrets, Salesforce
 * consumer secrets and security tokens, Bloomerang and Neon keys, EveryAction/NGP VAN API keys (a GUID,
 * `|1` or `|0` for the database mode), Planning Center personal access tokens (64 hex id and secret),
 * Eventbrite private tokens, Action Network OSDI tokens, CiviCRM site and API keys; and the ids that are
 * not secrets (constituent and gift ids, campaign and fund codes, EINs, form ids, event ids).
 * Everything is generated at run time from the seeded FakeTokens (prefixes concatenated with the random
 * part): nothing committed here is a live credential.
 */

const NP_WORDS = ['donor', 'giving', 'mission', 'gala', 'steward', 'charity', 'outreach', 'pantry', 'grace', 'hope'];
const ORGS = ['riverbend', 'hopehouse', 'stjude', 'cornerstone', 'foodbank', 'lighthouse', 'oakgrove', 'newlife'];

/** A password as a nonprofit's admin or volunteer sets it: a mission word, the org's name, or random. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, NP_WORDS, ORGS);
}

/** A password with no characters that need escaping in XML, URLs, shells, INI or PHP strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

export function org(g: Gen): string {
  return g.pick(ORGS);
}

export function orgDomain(g: Gen): string {
  return `${org(g)}${g.pick(['.org', 'church.org', 'foundation.org', '.ngo'])}`;
}

export function email(g: Gen): string {
  return `${g.pick(['development', 'admin', 'it', 'office', 'finance', 'volunteer'])}@${orgDomain(g)}`;
}

/** Blackbaud SKY API subscription key (32 hex, Azure API Management) and OAuth application secret. */
export function skySubscription(g: Gen): string {
  return g.fake.hex(32);
}
export function skyAppSecret(g: Gen): string {
  return g.fake.base64(43).replace(/^[+/]/, 'm').replace(/\//g, 'Z') + '=';
}
export function skyRefresh(g: Gen): string {
  return g.fake.hex(32);
}

/** Salesforce connected-app consumer key (public id), consumer secret (64 upper hex), security token. */
export function sfConsumerKey(g: Gen): string {
  return '3MVG9' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 80);
}
export function sfConsumerSecret(g: Gen): string {
  return g.fake.upperHex(64);
}
export function sfSecurityToken(g: Gen): string {
  return g.fake.alnum(24);
}

/** Bloomerang v2 private API key, Neon CRM API key, Kindful and Little Green Light tokens. */
export function hex(g: Gen, n: number): string {
  return g.fake.hex(n);
}
export function alnum(g: Gen, min: number, max: number): string {
  return g.fake.alnum(g.between(min, max));
}

/** EveryAction / NGP VAN API key: a GUID, with `|1` (My Campaign) or `|0` (My Voters) appended. */
export function vanKey(g: Gen): string {
  return g.fake.uuid() + '|' + g.pick(['0', '1']);
}
export function vanApp(g: Gen): string {
  return `${g.pick(['ngp', 'ea', 'van'])}.${org(g)}.${g.pick(['sync', 'api', 'integration'])}`;
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

/** Planning Center personal access token: application id and secret, 64 hex each. */
export function pcoHex(g: Gen): string {
  return g.fake.hex(64);
}

/** Eventbrite private token (20 upper alnum). */
export function eventbriteToken(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 20);
}

/** DonorPerfect API key as its XML API takes it (~100 characters, URL-escaped). */
export function donorPerfectKey(g: Gen): string {
  return g.fake.alnum(40) + '%2f' + g.fake.alnum(30) + '%2b' + g.fake.alnum(28);
}

/** A CiviCRM site key (32-64 random characters) and a contact's api_key. */
export function civiSiteKey(g: Gen): string {
  return g.fake.alnum(g.between(32, 48));
}

/** Constant Contact v3 client secret (22 base64url). */
export function ctctSecret(g: Gen): string {
  return g.fake.base64url(22).replace(/^[-_]/, 'c');
}

/** A Classy/GoFundMe Pro client secret (40 alnum). */
export function classySecret(g: Gen): string {
  return g.fake.alnum(40);
}

/** Givebutter / Donorbox / Galaxy Digital keys: long random strings. */
export function apiKey(g: Gen): string {
  return g.fake.alnum(g.between(32, 48));
}

/** A PEM private key body (random, not a usable key). */
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 9));
}

/** A Wi-Fi passphrase as an office sets it. */
export function wifi(g: Gen): string {
  return g.pick([
    `${cap(org(g))}${g.pick(['Guest', 'Staff', 'Office'])}${g.fake.digits(4)}`,
    `${g.pick(NP_WORDS)}-${g.pick(NP_WORDS)}-${g.fake.digits(3)}`,
    g.fake.alnum(16),
  ]);
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export function ip(g: Gen): string {
  return `192.168.${g.between(0, 20)}.${g.between(2, 250)}`;
}

// --- ids that are not secrets -----------------------------------------------------------------

export function constituentId(g: Gen): string {
  return String(g.between(10000, 999999));
}
export function ein(g: Gen): string {
  return `${g.fake.digits(2)}-${g.fake.digits(7)}`;
}
export function fundCode(g: Gen): string {
  return `${g.pick(['GEN', 'CAP', 'BLD', 'SCH', 'MSN'])}-${g.between(2019, 2026)}-${g.fake.digits(2)}`;
}
export function sfId(g: Gen, prefix: string): string {
  return prefix + g.fake.alnum(15);
}
