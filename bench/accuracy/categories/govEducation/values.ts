import type { Gen } from '../../gen';
import { plainOnly, randomOrPlainPassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';

/**
 * Values the gov-education templates share, in the shapes vendors document or admins pick: LMS and SIS
 * passwords, Canvas access tokens (`<shard>~` + 64 base62), Moodle web-service tokens (32 hex), Alma
 * and Primo keys (`l7xx` + 32 hex), ArcGIS API keys (`AAPK` + base64url), census and api.data.gov keys,
 * Azure AD client secrets, AWS GovCloud key pairs, LTI 1.3 private keys; and the ids that are not
 * secrets (student numbers, OneRoster sourcedIds, LTI deployment and client ids, IMS CC identifiers,
 * ArcGIS item ids, UEIs, CAGE codes, Socrata dataset ids). Everything is generated at run time from
 * the seeded FakeTokens (prefixes concatenated with the random part): nothing committed here is a live
 * credential.
 */

const EDU_WORDS = ['mascot', 'campus', 'library', 'bulldogs', 'wildcats', 'eagles', 'registrar', 'faculty', 'tigers'];
const SCHOOLS = ['statesu', 'northvalley', 'lincolnusd', 'riverbend', 'ccc', 'lakeshore', 'midwestu', 'springisd'];

/** A password as campus and district IT set them: a school word, a random string or a generated one. */
export function pass(g: Gen): string {
  const choice = g.fake.int(5);
  switch (choice) {
    case 0:
      return `${cap(g.pick(EDU_WORDS))}${g.pick(['!', '#', '_', '@', '.'])}${g.fake.digits(g.between(3, 5))}`;
    case 1:
      return `${cap(g.pick(SCHOOLS))}${g.fake.digits(4)}${g.pick(['!', '$', '#'])}`;
    default:
      return randomOrPlainPassword(g, choice);
  }
}

/** A password with no characters that need escaping in XML, URLs, shells or PHP strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

/** A Canvas access token: the shard's id, `~`, 64 base62 characters. */
export function canvasToken(g: Gen): string {
  return `${g.between(1, 25)}` + '~' + g.fake.alnum(64);
}
/** A Canvas developer key's client id (a public 14-digit global id) and its 64-character key. */
export function canvasClientId(g: Gen): string {
  return '1' + '000000000' + g.fake.digits(4);
}
export function canvasDevKey(g: Gen): string {
  return g.fake.alnum(64);
}

/** A Moodle web-service token (32 lower hex). */
export function moodleToken(g: Gen): string {
  return g.fake.hex(32);
}

/** An Ex Libris Developer Network key (Alma, Primo): `l7xx` + 32 hex. */
export function exlibrisKey(g: Gen): string {
  return 'l7' + 'xx' + g.fake.hex(32);
}

/** An ArcGIS location-platform API key: `AAPK` + 32 hex-ish + `...` (base64url tail). */
export function arcgisKey(g: Gen): string {
  return 'AA' + 'PK' + g.fake.hex(32) + g.fake.base64url(g.between(60, 80)).replace(/[-_]$/, 'Q');
}
/** An ArcGIS generateToken token (a long base64url-ish string ending in `..`). */
export function arcgisToken(g: Gen): string {
  return g.fake.base64url(g.between(100, 140)).replace(/^[-_]/, 'x') + '..';
}

/** A Census Data API key and an api.data.gov key: 40 characters. */
export function censusKey(g: Gen): string {
  return g.fake.hex(40);
}
export function dataGovKey(g: Gen): string {
  return g.fake.alnum(40);
}

/** A Socrata app token (public, 25 base62) and an API key id / secret pair. */
export function socrataAppToken(g: Gen): string {
  return g.fake.alnum(25);
}
export function socrataKeyId(g: Gen): string {
  return g.fake.lowerAlnum(25);
}
export function socrataKeySecret(g: Gen): string {
  return g.fake.alnum(50);
}

/** An Azure storage account key (88 base64 characters ending `==`). */
export function storageKey(g: Gen): string {
  return g.fake.base64(86) + '==';
}

/** A PEM private key body (random, not a usable key). */
export function pem(g: Gen, label = 'PRIVATE KEY'): string {
  return g.fake.pem(label, g.between(6, 10));
}

/** A UUID (client ids, tenant ids, sourcedIds, Ethos API keys, PowerSchool plugin secrets). */
export function uuid(g: Gen): string {
  return g.fake.uuid();
}

/** A bcrypt hash (a credential hash in a dump). */
export function bcrypt(g: Gen): string {
  return '$2' + 'y$10$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
}

/** A Clever token (40 hex) and district id (24 hex: a public Mongo ObjectId). */
export function cleverToken(g: Gen): string {
  return g.fake.hex(40);
}
export function objectId(g: Gen): string {
  return g.fake.hex(24);
}

/** A Kaltura admin secret (32 hex) and partner id (public). */
export function kalturaSecret(g: Gen): string {
  return g.fake.hex(32);
}
export function partnerId(g: Gen): string {
  return String(g.between(1000000, 4999999));
}

/** A Zoom server-to-server OAuth secret (32 base62); account and client ids are public. */
export function zoomSecret(g: Gen): string {
  return g.fake.alnum(32);
}
export function zoomId(g: Gen): string {
  return g.fake.alnum(22);
}

/** A Panopto API client secret (base64, 44). */
export function panoptoSecret(g: Gen): string {
  return g.fake.base64(43).replace(/\+/g, 'p').replace(/\//g, 'S') + '=';
}

/** A D2L Brightspace OAuth client secret (43 base64url). */
export function d2lSecret(g: Gen): string {
  return g.fake.base64url(43).replace(/^[-_]/, 'b');
}

/** A Google service-account key id (40 hex) and a numeric client id (public). */
export function gKeyId(g: Gen): string {
  return g.fake.hex(40);
}
export function gClientId(g: Gen): string {
  return '1' + g.fake.digits(20);
}

/** A CAS JWK octet key: 43 (encryption) or 86 (signing) base64url characters. */
export function casKey(g: Gen, length: number): string {
  return g.fake.base64url(length).replace(/^[-_]/, 'c');
}

/** An Open edX / Django secret key (50 printable characters without quotes). */
export function djangoKey(g: Gen): string {
  return g.fake.from('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50);
}

export function school(g: Gen): string {
  return g.pick(SCHOOLS);
}

export function eduDomain(g: Gen): string {
  return g.pick([
    'statesu.edu',
    'northvalley.edu',
    'midwestu.edu',
    'riverbend.k12.ca.us',
    'lincolnusd.org',
    'lakeshore.edu',
  ]);
}

export function dbHost(g: Gen): string {
  return g.pick([
    'localhost',
    '127.0.0.1',
    'db',
    'mysql',
    'postgres',
    `db.${g.pick(SCHOOLS)}.local`,
    'lms-db.internal',
  ]);
}

export function user(g: Gen): string {
  return g.pick([
    'moodle',
    'moodleuser',
    'canvas',
    'sakai',
    'banner',
    'svc_roster',
    'svc_lms',
    'koha',
    'edxapp001',
    'idp',
    'shibboleth',
  ]);
}

// --- ids that are not secrets -----------------------------------------------------------------

/** A student number as SIS systems issue them. */
export function studentId(g: Gen): string {
  return g.pick(['S', '9', '', '00']) + g.fake.digits(g.between(6, 8));
}
/** A state student identifier (10 digits). */
export function ssid(g: Gen): string {
  return g.fake.digits(10);
}
/** An IMS Common Cartridge resource identifier: `i` or `g` + 32 hex. */
export function ccIdentifier(g: Gen): string {
  return g.pick(['i', 'g']) + g.fake.hex(32);
}
/** An ArcGIS item id (32 hex). */
export function itemId(g: Gen): string {
  return g.fake.hex(32);
}
/** A SAM.gov Unique Entity ID (12 upper alnum) and CAGE code (5). */
export function uei(g: Gen): string {
  return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ', 1) + g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 11);
}
export function cage(g: Gen): string {
  return g.fake.digits(1) + g.fake.upperAlnum(4);
}
/** A Socrata dataset id (`xxxx-xxxx`). */
export function datasetId(g: Gen): string {
  return `${g.fake.lowerAlnum(4)}-${g.fake.lowerAlnum(4)}`;
}
export function course(g: Gen): string {
  return g.pick(['MATH-101', 'BIO 210', 'ENGL1301', 'CS-2420', 'HIST-115', 'CHEM 1411', 'PSYC-2301']);
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
