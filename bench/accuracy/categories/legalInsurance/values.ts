import type { Gen } from '../../gen';
import { plainOnly, randomOrPlainPassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';

/**
 * Values the legal-insurance templates share, in the shapes the vendors document or admins pick:
 * service-account and SFTP passwords, DocuSign GUIDs (integration keys and user ids are public, the
 * secret key of an auth-code app is a GUID too), Adobe Acrobat Sign integration keys and refresh
 * tokens (`3AAABL...`) next to their `CBJCHBCAABAA` client ids, Dropbox Sign API keys (64 hex),
 * PandaDoc API keys (40 hex), Box JWT configs (32-character client secrets, 32-hex passphrases),
 * Onfido tokens (`api_live.` id `.` secret), Persona keys (`persona_production_`), CourtListener
 * tokens (40 hex), SharePoint ACS secrets (44 base64); and the ids that are not secrets (policy,
 * claim and docket numbers, NAIC codes, Bates numbers, envelope ids). Everything is generated at run
 * time from the seeded FakeTokens (prefixes concatenated with the random part): nothing committed
 * here is a live credential.
 */

const LAW_WORDS = ['Counsel', 'Docket', 'Verdict', 'Subpoena', 'Brief', 'Motion', 'Tort', 'Escrow', 'Probate'];
const INS_WORDS = ['Policy', 'Premium', 'Claims', 'Underwrite', 'Broker', 'Actuary', 'Renewal', 'Bordereau'];
const FIRMS = ['hartwell', 'morrowlaw', 'pinecrest', 'bakerfinch', 'sterling', 'oakmont', 'lindqvist', 'calder'];
const CARRIERS = ['northbridge', 'harborins', 'keystonemutual', 'summitre', 'bluecrest', 'midlandcas', 'atlasuw'];

/** A password as law-firm and carrier IT set them: a domain word, a random string or a generated one. */
export function pass(g: Gen): string {
  const choice = g.fake.int(5);
  switch (choice) {
    case 0:
      return `${g.pick(LAW_WORDS)}${g.pick(['!', '#', '_', '@', '.'])}${g.fake.digits(g.between(3, 5))}`;
    case 1:
      return `${g.pick(INS_WORDS)}${g.fake.digits(4)}${g.pick(['!', '$', '#'])}`;
    default:
      return randomOrPlainPassword(g, choice);
  }
}

/** A password with no characters that need escaping in XML, URLs, shells or INI values. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

/** An IBM i password: at most 10 upper-case letters and digits (QPWDLVL 0/1), starting with a letter. */
export function as400Pass(g: Gen): string {
  return (
    g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ', 1) + g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', g.between(7, 9))
  );
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 10));
}

/** Adobe Acrobat Sign integration key, access or refresh token: `3AAABL` + base64url-ish body. */
export function adobeSignToken(g: Gen): string {
  return (
    '3AAA' + 'BL' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', g.between(40, 60))
  );
}
/** Adobe Acrobat Sign OAuth client id (public): `CBJCHBCAABAA` + 32 base62. */
export function adobeSignClientId(g: Gen): string {
  return 'CBJCHB' + 'CAABAA' + g.fake.alnum(32);
}

/** Dropbox Sign (HelloSign) API key: 64 hex. Client ids (32 hex) are public. */
export function dropboxSignKey(g: Gen): string {
  return g.fake.hex(64);
}

/** PandaDoc API key: 40 hex. */
export function pandadocKey(g: Gen): string {
  return g.fake.hex(40);
}

/** Onfido API token: `api_live.` or `api_sandbox.`, an 11-character id, `.`, a 32-character secret. */
export function onfidoToken(g: Gen): string {
  const env = g.pick(['live', 'sandbox', 'live_us', 'live_ca']);
  return `api_${env}.` + g.fake.base64url(11).replace(/^[-_]/, 'a') + '.' + g.fake.base64url(32).replace(/[-_]$/, 'z');
}

/** Persona API key: `persona_production_` / `persona_sandbox_` + a UUID. */
export function personaKey(g: Gen): string {
  return 'persona_' + g.pick(['production', 'sandbox']) + '_' + g.fake.uuid();
}

/** Box JWT: client id (public, 32 lower alnum), client secret (32 base62), passphrase (32 hex). */
export function boxClientId(g: Gen): string {
  return g.fake.lowerAlnum(32);
}
export function boxSecret(g: Gen): string {
  return g.fake.alnum(32);
}

/** A SharePoint add-in (ACS) client secret: 44 base64 characters ending `=`. */
export function acsSecret(g: Gen): string {
  return g.fake.base64(43) + '=';
}

/** A CourtListener / Django REST framework token (40 hex). */
export function drfToken(g: Gen): string {
  return g.fake.hex(40);
}

/** Stripe secret keys (premium payments) and publishable keys (public). */
export function stripeSecret(g: Gen): string {
  return 'sk_' + 'live_' + g.fake.alnum(g.pick([24, 99]));
}
export function stripePublishable(g: Gen): string {
  return 'pk_' + 'live_' + g.fake.alnum(99);
}

/** An Authorize.Net transaction key (16 base62) and API login id (8-12 base62). */
export function authnetKey(g: Gen): string {
  return g.fake.alnum(16);
}
export function authnetLogin(g: Gen): string {
  return g.fake.alnum(g.between(8, 12));
}

/** A bcrypt hash (a credential hash in a dump or config). */
export function bcrypt(g: Gen): string {
  return '$2' + 'a$11$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
}

export function firm(g: Gen): string {
  return g.pick(FIRMS);
}
export function carrier(g: Gen): string {
  return g.pick(CARRIERS);
}

export function dbHost(g: Gen): string {
  return g.pick([
    'sqlprod01',
    'gwdb.corp.local',
    `sql.${g.pick(FIRMS)}.local`,
    '10.40.2.15',
    'PCDBCLUSTER',
    'db-claims',
  ]);
}

export function sftpHost(g: Gen): string {
  return g.pick([
    `sftp.${g.pick(CARRIERS)}.com`,
    `mft.${g.pick(CARRIERS)}.com`,
    'sftp.lloyds-bordereaux.net',
    `edi.${g.pick(CARRIERS)}.net`,
    `files.${g.pick(FIRMS)}.com`,
  ]);
}

export function svcUser(g: Gen): string {
  return g.pick([
    'svc_docusign',
    'svc_imanage',
    'svc_relativity',
    'gwbatch',
    'pcintegration',
    'svc_epic',
    'ediuser',
    'bdx_upload',
    'svc_clio',
  ]);
}

// --- ids that are not secrets -----------------------------------------------------------------

/** A policy number as carriers print them. */
export function policyNo(g: Gen): string {
  return g.pick(['PC', 'HO', 'CA', 'WC', 'GL', 'BOP']) + g.pick(['-', '']) + g.fake.digits(g.between(7, 10));
}
/** A claim number. */
export function claimNo(g: Gen): string {
  return `CL${g.between(2019, 2026)}-${g.fake.digits(6)}`;
}
/** A federal docket number (`1:24-cv-01234`). */
export function docket(g: Gen): string {
  return `${g.between(1, 4)}:${g.between(18, 26)}-${g.pick(['cv', 'cr', 'bk', 'mc'])}-${g.fake.digits(5)}`;
}
/** A Bates number. */
export function bates(g: Gen): string {
  return `${g.pick(['ABC', 'DEF', 'HWL', 'PLTF', 'DEF_PROD'])}${g.fake.digits(7)}`;
}
/** An NAIC company code (5 digits). */
export function naic(g: Gen): string {
  return g.fake.digits(5);
}
export function vin(g: Gen): string {
  return g.fake.from('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17);
}
export function fein(g: Gen): string {
  return `${g.fake.digits(2)}-${g.fake.digits(7)}`;
}
