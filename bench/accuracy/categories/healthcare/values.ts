import type { Gen } from '../../gen';
import { domainPassword, plainOnly } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';

/**
 * Values the healthcare templates share, in the shapes the vendors document or admins pick: interface
 * engine and database passwords, Azure AD client secrets (`xxx8Q~` + 31), AWS key pairs, OAuth client
 * secrets of EHR vendors and health-data APIs, SMART backend-service private keys (PEM and JWK `d`),
 * Fitbit/Withings/Dexcom client secrets, Twilio API key secrets, Terra API keys; and the ids that are
 * not secrets (MRNs, NPIs, OIDs, DICOM UIDs, FHIR ids, LOINC/ICD-10/NDC codes, HL7 control ids).
 * Everything is generated at run time from the seeded FakeTokens (prefixes concatenated with the
 * random part): nothing committed here is a live credential.
 */

const HC_WORDS = ['clinic', 'mirth', 'pacs', 'radiology', 'nurse', 'ward', 'lab', 'pharma', 'hl7feed', 'chart'];
const SITES = ['stmarys', 'mercy', 'northside', 'valleyhealth', 'riverside', 'lakeview', 'unitypoint', 'cedar'];

/** A password as hospital IT admins set them: a domain word, a random string or a generated one. */
export function pass(g: Gen): string {
  return domainPassword(g, HC_WORDS, SITES);
}

/** A password with no characters that need escaping in XML, URLs, shells or PHP strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

/** A PEM private key body (random, not a usable key). */
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 10));
}

/** The `d` member of an RSA private JWK (base64url of a 2048-bit number). */
export function jwkD(g: Gen): string {
  return g.fake.base64url(342);
}
/** The `d` member of an EC P-384 private JWK. */
export function ecD(g: Gen): string {
  return g.fake.base64url(64);
}
/** An RSA modulus `n` (public). */
export function jwkN(g: Gen): string {
  return g.fake.base64url(342);
}

/** A Fitbit client secret (32 hex) and client id (6 upper alnum, public). */
export function fitbitSecret(g: Gen): string {
  return g.fake.hex(32);
}
export function fitbitClientId(g: Gen): string {
  return '2' + g.fake.upperAlnum(5);
}
/** Withings client id and secret: 64 hex each (the id is public). */
export function withingsHex(g: Gen): string {
  return g.fake.hex(64);
}
/** Dexcom client id and secret: 32 alnum each. */
export function dexcom(g: Gen): string {
  return g.fake.alnum(32);
}

/** Twilio Video: Account SID (public), API key SID (the pair's id half) and secret. */
export function twilioSid(g: Gen): string {
  return 'A' + 'C' + g.fake.hex(32);
}
export function twilioKeySid(g: Gen): string {
  return 'S' + 'K' + g.fake.hex(32);
}
export function twilioKeySecret(g: Gen): string {
  return g.fake.alnum(32);
}

/** Terra: dev id (public) and API key (32 base64url characters). */
export function terraDevId(g: Gen): string {
  return `${g.pick(SITES)}-${g.pick(['testing', 'prod'])}-${g.fake.alnum(10)}`;
}
export function terraKey(g: Gen): string {
  return g.fake.base64url(32).replace(/^[-_]/, 'k');
}

/** A Zoom server-to-server or Video SDK secret (32 base62); ids are public. */
export function zoomId(g: Gen): string {
  return g.fake.alnum(22);
}
export function zoomSecret(g: Gen): string {
  return g.fake.alnum(32);
}

/** A UUID (client ids of Epic/Cerner/Medplum apps, tenant ids: public). */
export function uuid(g: Gen): string {
  return g.fake.uuid();
}

/** A Splunk HEC token (a UUID; a credential) and a Datadog API key (32 hex). */
export function hecToken(g: Gen): string {
  return g.fake.uuid().toUpperCase();
}
export function datadogKey(g: Gen): string {
  return g.fake.hex(32);
}

/** A bcrypt hash (a credential hash in a dump or config). */
export function bcrypt(g: Gen): string {
  return '$2' + 'y$10$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
}

export function site(g: Gen): string {
  return g.pick(SITES);
}

export function dbHost(g: Gen): string {
  return g.pick(['localhost', '127.0.0.1', 'db', 'mysql', 'postgres', `db.${g.pick(SITES)}.local`, 'ehr-db.internal']);
}

export function sftpHost(g: Gen): string {
  return g.pick([
    'sftp.availity.com',
    'mft.changehealthcare.com',
    'sftp.waystar.com',
    'edi.officeally.com',
    `sftp.${g.pick(SITES)}health.org`,
    `mft.${g.pick(SITES)}.local`,
  ]);
}

export function user(g: Gen): string {
  return g.pick([
    'mirth',
    'mirthdb',
    'hl7svc',
    'integration',
    'openemr',
    'openmrs',
    'dhis',
    'pacs',
    'orthanc',
    'fhiradmin',
    'edi_submitter',
  ]);
}

// --- ids that are not secrets -----------------------------------------------------------------

/** A medical record number. */
export function mrn(g: Gen): string {
  return g.pick(['MRN', 'E', '']) + g.fake.digits(g.between(7, 9));
}
/** A National Provider Identifier (10 digits, starts with 1 or 2). */
export function npi(g: Gen): string {
  return g.pick(['1', '2']) + g.fake.digits(9);
}
/** An HL7/ISO OID under the HL7 or a hospital's arc. */
export function oid(g: Gen): string {
  return `2.16.840.1.113883.${g.between(1, 19)}.${g.between(1, 999)}.${g.between(1, 9999)}`;
}
/** A DICOM UID (study/series/SOP instance). */
export function dicomUid(g: Gen): string {
  return `1.2.840.${g.between(10000, 113999)}.${g.fake.digits(g.between(8, 12))}.${g.fake.digits(g.between(10, 16))}.${g.between(1, 999)}`;
}
/** A FHIR logical id as servers assign them (numeric, UUID or Epic-style). */
export function fhirId(g: Gen): string {
  switch (g.fake.int(3)) {
    case 0:
      return String(g.between(1000, 9999999));
    case 1:
      return g.fake.uuid();
    default:
      return 'e' + g.fake.alnum(g.between(20, 40)) + g.pick(['3', '0']);
  }
}
export function loinc(g: Gen): string {
  return g.pick(['2345-7', '718-7', '4548-4', '2160-0', '8480-6', '8462-4', '29463-7', '39156-5', '2093-3']);
}
export function icd10(g: Gen): string {
  return g.pick(['E11.9', 'I10', 'J45.909', 'N18.3', 'Z00.00', 'E78.5', 'M54.5', 'F41.1', 'K21.9']);
}
export function ndc(g: Gen): string {
  return `${g.fake.digits(5)}-${g.fake.digits(4)}-${g.fake.digits(2)}`;
}
export function controlId(g: Gen): string {
  return g.pick(['MSG', '', 'Q']) + g.fake.digits(g.between(8, 14));
}
export function hl7Ts(g: Gen): string {
  return `2026${String(g.between(1, 12)).padStart(2, '0')}${String(g.between(1, 28)).padStart(2, '0')}${g.fake.digits(6)}`;
}

export function patientName(g: Gen): string {
  return g.pick(['DOE^JOHN^A', 'SMITH^JANE', 'EVERYMAN^ADAM', 'TEST^PATIENT', 'JONES^MARY^K', 'GARCIA^LUIS']);
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
