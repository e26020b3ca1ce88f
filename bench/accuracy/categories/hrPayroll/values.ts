import type { Gen } from '../../gen';
import { plainOnly, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';

/**
 * Values the hr-payroll templates share, in the shapes the vendors document or HRIS admins pick:
 * integration-user and SFTP passwords; Workday API client secrets and refresh tokens (long base62),
 * ADP API Central client ids and secrets (GUIDs), BambooHR keys (40 hex), Greenhouse Harvest keys,
 * Lever, Ashby, Workable and SmartRecruiters keys (32 characters), Checkr keys (40 hex), Remote tokens
 * (`ra_live_`), Personio tokens (`papi-`), HiBob service-user tokens, Okta API tokens (`00` + 40),
 * UKG Pro WFM app keys; and the ids that are not secrets (Workday WIDs, employee and position ids,
 * ABA routing numbers, ISU user names, OAuth client ids). Everything is generated at run time from the
 * seeded FakeTokens (prefixes concatenated with the random part): nothing committed here is a live
 * credential.
 */

const HR_WORDS = ['payroll', 'benefits', 'workday', 'onboard', 'timecard', 'paycheck', 'hrteam', 'people', 'talent'];
const SITES = ['harborview', 'lakeside', 'northgate', 'westbrook', 'pinehill', 'riverton', 'fairmont', 'eastlake'];

/** A password as HRIS and payroll admins set them: a domain word, a site name, a random or generated one. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, HR_WORDS, SITES);
}

/** A password with no characters that need escaping in XML, URLs, shells or INI values. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A Workday tenant name as customers' tenants are named (`acme`, `acme_preview`, `acme_impl`). */
export function tenant(g: Gen): string {
  return (
    g.pick(['northwind', 'contoso', 'globex', 'initech', 'umbrellahealth', 'vandelay', 'hooli', 'wayneent']) +
    g.pick(['', '', '_preview', '_impl', '1'])
  );
}

/** A Workday data-centre host (wd2-impl-services1, wd5-services1, wd3...). */
export function wdHost(g: Gen): string {
  return g.pick([
    'wd2-impl-services1.workday.com',
    'wd5-services1.myworkday.com',
    'wd3-impl-services1.workday.com',
    'wd5-impl-services1.workday.com',
    'wd12-services1.myworkday.com',
  ]);
}

/** An Integration System User name (the ISU is a user name, not a secret). */
export function isu(g: Gen): string {
  return (
    g.pick(['ISU_', 'ISU-', 'isu_']) +
    g.pick([
      'Payroll_Out',
      'Benefits_834',
      'ADP_Sync',
      'Okta_Provision',
      'RaaS_Reader',
      'Greenhouse',
      'Kronos_Time',
      'GL_Export',
    ])
  );
}

/** A Workday API client id: 48 base64-ish characters (public, sent with the secret). */
export function wdClientId(g: Gen): string {
  return (
    g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 1).replace(/./, 'M') +
    g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 47)
  );
}

/** A Workday API client secret: about 80 base62 characters. */
export function wdClientSecret(g: Gen): string {
  return g.fake.alnum(g.between(70, 90));
}

/** A Workday refresh token (non-expiring for integrations): about 90 base62 characters. */
export function wdRefreshToken(g: Gen): string {
  return g.fake.alnum(g.between(80, 100));
}

/** A Workday WID: 32 hex (an object's id, not a secret). */
export function wid(g: Gen): string {
  return g.fake.hex(32);
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

/**
 * A PKCS#8 RSA private key as the bare base64 of its DER (SuccessFactors' generated X.509 key pair,
 * pasted into a setting without PEM lines): it begins with the DER header every such key has.
 */
export function pkcs8Base64(g: Gen): string {
  return 'MII' + 'EvQIBADANBgkqhkiG9w0BAQEFAASC' + g.fake.base64(g.between(1500, 1600)) + '=';
}

export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 10));
}

/** A BambooHR API key: 40 hex. */
export function bambooKey(g: Gen): string {
  return g.fake.hex(40);
}

/** A Greenhouse Harvest or Job Board API key (hex, 32-40 characters, sent as the Basic user). */
export function greenhouseKey(g: Gen): string {
  return g.fake.hex(g.pick([32, 40])) + (g.chance(0.5) ? '-' + g.between(1, 9) : '');
}

/** A Lever API key: 48 base62 characters (no public page shows another alphabet). */
export function leverKey(g: Gen): string {
  return g.fake.alnum(48);
}

/** A 32-character alphanumeric key (SmartRecruiters X-SmartToken, Ashby, UKG Pro WFM app key). */
export function key32(g: Gen): string {
  return g.fake.alnum(32);
}

/** A Workable access token: 64 hex. */
export function workableToken(g: Gen): string {
  return g.fake.hex(64);
}

/** A Checkr secret API key: 40 hex. */
export function checkrKey(g: Gen): string {
  return g.fake.hex(40);
}

/** A Remote.com API token: `ra_live_` + base62. */
export function remoteToken(g: Gen): string {
  return 'ra' + '_live_' + g.fake.alnum(g.between(40, 56));
}

/** A Personio bearer token (`papi-` + a long base64url body) or client secret. */
export function personioToken(g: Gen): string {
  return 'pa' + 'pi-' + g.fake.base64url(g.between(60, 80)).replace(/^[-_]/, 'p');
}
export function personioSecret(g: Gen): string {
  return 'pa' + 'pi-' + g.fake.alnum(48);
}
export function personioClientId(g: Gen): string {
  return 'pa' + 'pi-' + g.fake.uuid();
}

/** A HiBob service-user id (public part) and token (secret). */
export function hibobId(g: Gen): string {
  return 'SERVICE-' + g.fake.digits(5).replace(/^0/, '3');
}
export function hibobToken(g: Gen): string {
  return g.fake.alnum(40);
}

/** An Okta API token (`SSWS`): `00` + 40 base64url characters. */
export function oktaToken(g: Gen): string {
  return '00' + g.fake.base64url(40).replace(/[-_]$/, 'k');
}

/** An Okta org host and an OAuth app client id (`0oa` + 17, public). */
export function oktaOrg(g: Gen): string {
  return (
    g.pick(['northwind', 'contoso-hr', 'globex', 'initech', 'hooli-people']) + g.pick(['.okta.com', '.oktapreview.com'])
  );
}
export function oktaClientId(g: Gen): string {
  return '0oa' + g.fake.alnum(17);
}

/** A SCIM provisioning bearer token as HR-driven provisioning apps issue them (long random). */
export function scimToken(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(40, 64)) : g.fake.hex(64);
}

/** A Gusto OAuth client secret or API token: 43 base64url characters. */
export function gustoSecret(g: Gen): string {
  return g.fake.base64url(43).replace(/^[-_]/, 'g').replace(/[-_]$/, 'q');
}

/** A Rippling or Deel API token: long base62. */
export function bearer(g: Gen): string {
  return g.fake.alnum(g.between(48, 64));
}

/** A Paylocity client secret: about 90 base64 characters ending in `=`. */
export function paylocitySecret(g: Gen): string {
  return g.fake.base64(g.between(84, 96)).replace(/^[+/]/, 'P') + '=';
}

/** A Paycom API token: 64 hex; its SID is a public account id. */
export function paycomToken(g: Gen): string {
  return g.fake.hex(64);
}

/** A GPG or key-store passphrase as payroll teams set them. */
export function passphrase(g: Gen): string {
  return g.chance(0.5)
    ? `${cap(g.pick(HR_WORDS))}-${cap(g.pick(SITES))}-${g.fake.digits(4)}`
    : g.fake.alnum(g.between(20, 32));
}

/** An SFTP or LDAP host on the company network or a carrier's. */
export function host(g: Gen): string {
  return g.pick([
    `sftp.${g.pick(['aetna', 'bcbsil', 'cigna', 'guardianlife', 'metlife', 'uhc', 'principal', 'empower-retirement'])}.com`,
    `edi.${g.pick(['northwind', 'contoso', 'globex'])}-hr.net`,
    `${g.pick(['hrsftp', 'payroll-gw', 'ftp', 'files'])}${g.between(1, 3)}.corp.local`,
    `10.${g.between(10, 60)}.${g.between(0, 254)}.${g.between(2, 250)}`,
  ]);
}

export function ldapHost(g: Gen): string {
  return `${g.pick(['dc', 'ad', 'ldap'])}${g.pick(['01', '02', '1'])}.${g.pick(['corp.local', 'hq.contoso.com', 'ad.northwind.org'])}`;
}

/** A sync or provisioning service account name. */
export function svcUser(g: Gen): string {
  return g.pick(['svc_workday', 'svc-hrsync', 'svc_okta_ldap', 'svc_adp', 'hr_provision', 'svc-kronos', 'svc_payroll']);
}

// --- ids that are not secrets -------------------------------------------------------------------

/** An employee id as HRIS systems number them. */
export function employeeId(g: Gen): string {
  return g.pick(['E', 'EMP', '']) + g.fake.digits(g.between(5, 7)).replace(/^0/, '4');
}

/** A US ABA routing number (public: printed on every cheque). */
export function routing(g: Gen): string {
  return g.pick(['021000021', '026009593', '121000358', '111000025', '071000013', '061000104']);
}

/** A Checkr candidate or report id (24 hex), a Greenhouse or Lever id. */
export function objectId(g: Gen): string {
  return g.fake.hex(24);
}

/** A SHA-256 checksum of a payroll or bank file. */
export function sha256(g: Gen): string {
  return g.fake.hex(64);
}

export function person(g: Gen): string {
  return g.pick([
    'Dana Whitfield',
    'Priya Raman',
    'Luis Ortega',
    'Mei Tanaka',
    'Samuel Okafor',
    'Greta Holm',
    'Omar Haddad',
  ]);
}

export function site(g: Gen): string {
  return g.pick(SITES);
}
