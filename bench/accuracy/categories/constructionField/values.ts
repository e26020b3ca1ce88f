import type { Gen } from '../../gen';
import { plainOnly, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';
export { sfConsumerKey, sfConsumerSecret, sfSecurityToken } from '../nonprofitFundraising/values';
export { bcryptHash } from '../cmsSites/values';
export { base64Of } from '../windowsAdmin/values';

/**
 * Values the construction-field-service templates share, in the shapes the vendors document or a
 * contractor's IT picks: Procore OAuth client ids and secrets (long hex/base64url), Autodesk Platform
 * Services client ids (32 base62) and secrets (16 or 64 base62), Bentley iTwin service clients
 * (`service-` + alnum) and secrets, Trimble Identity, Fieldwire and Raken tokens, PlanGrid keys;
 * ServiceTitan app keys (`ak1.`), client ids (`cid.`) and secrets (`cs1.`), Workiz tokens (`api_`)
 * and secrets (`sec_`), Housecall Pro and Jobber tokens; Samsara tokens (`samsara_api_`), Geotab and
 * Verizon Connect logins, VisionLink AEMP secrets, EarthCam/OxBlue keys, DJI Cloud app keys and
 * licences, DroneDeploy keys; Sage Intacct sender passwords, Vista/Spectrum logins; and the ids of
 * the trade that are not secrets (project, company and tenant ids, URNs, IFC GlobalIds, serial
 * numbers, VINs, cost codes). Everything is generated at run time from the seeded FakeTokens
 * (prefixes concatenated with the random part): nothing committed here is a live credential.
 */

const TRADE_WORDS = [
  'rebar',
  'concrete',
  'jobsite',
  'crane',
  'drywall',
  'hardhat',
  'backhoe',
  'formwork',
  'plumb',
  'girder',
];
const BUILDERS = [
  'summitbuild',
  'ironridge',
  'keystone',
  'bluestone',
  'granitepeak',
  'northbridge',
  'redoak',
  'coastline',
];

/** A password as a contractor's admin or a foreman sets it: a trade word, the company and a year, or random. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, TRADE_WORDS, BUILDERS);
}

/** A password with no characters that need escaping in XML, URLs, shells, INI or PHP strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

export function builder(g: Gen): string {
  return g.pick(BUILDERS);
}

export function domain(g: Gen): string {
  return `${builder(g)}${g.pick(['.com', 'construction.com', '-gc.com', 'mech.com'])}`;
}

export function email(g: Gen): string {
  return `${g.pick(['vdc', 'it', 'dispatch', 'field', 'estimating', 'fleet', 'pm'])}@${domain(g)}`;
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

export function ip(g: Gen): string {
  return `10.${g.between(10, 60)}.${g.between(0, 20)}.${g.between(2, 250)}`;
}

// --- BIM and construction management ------------------------------------------------------------

/** Procore OAuth client id and secret (long random strings from the Developer Portal). */
export function procoreClientId(g: Gen): string {
  return g.fake.base64url(43).replace(/^[-_]/, 'p');
}
export function procoreSecret(g: Gen): string {
  return g.fake.base64url(43).replace(/^[-_]/, 's');
}
/** An OAuth access token as Procore and Autodesk issue them now: a signed JWT. */
export function accessToken(g: Gen, issuer: string): string {
  return g.fake.jwt({ iss: issuer, exp: 1800000000 + g.between(0, 9999999) });
}

/** Autodesk Platform Services (Forge) client id (32 base62) and secret (16 or 64 base62). */
export function apsClientId(g: Gen): string {
  return g.fake.alnum(32);
}
export function apsSecret(g: Gen): string {
  return g.fake.alnum(g.pick([16, 64]));
}

/** Bentley iTwin service client (`service-` + 24 lower alnum) and its secret. */
export function itwinClientId(g: Gen): string {
  return `service-${g.fake.lowerAlnum(24)}`;
}
export function itwinSecret(g: Gen): string {
  return g.fake.alnum(g.between(60, 80));
}

/** Trimble Identity client secret, Fieldwire API token, Raken client secret, PlanGrid key. */
export function trimbleSecret(g: Gen): string {
  return g.fake.hex(32);
}
export function fieldwireToken(g: Gen): string {
  return g.fake.alnum(g.between(40, 56));
}
export function rakenSecret(g: Gen): string {
  return g.fake.alnum(40);
}
export function plangridKey(g: Gen): string {
  return g.fake.hex(32);
}

// --- field service ------------------------------------------------------------------------------

/** ServiceTitan app key, client id and client secret, as the developer portal issues them. */
export function stAppKey(g: Gen): string {
  return 'ak1.' + g.fake.lowerAlnum(g.between(24, 30));
}
export function stClientId(g: Gen): string {
  return 'cid.' + g.fake.lowerAlnum(25);
}
export function stSecret(g: Gen): string {
  return 'cs1.' + g.fake.lowerAlnum(g.between(48, 56));
}
export function stTenant(g: Gen): string {
  return String(g.between(100000000, 999999999));
}

/** Workiz API token and secret. */
export function workizToken(g: Gen): string {
  return 'api_' + g.fake.lowerAlnum(32);
}
export function workizSecret(g: Gen): string {
  return 'sec_' + g.fake.lowerAlnum(g.between(24, 32));
}

/** Housecall Pro API key (32 hex) and Jobber app secret (64 hex). */
export function hcpKey(g: Gen): string {
  return g.fake.hex(32);
}
export function jobberSecret(g: Gen): string {
  return g.fake.hex(64);
}

/** ServiceNow OAuth client secret (random, 10-32 characters with punctuation). */
export function snowSecret(g: Gen): string {
  return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$^*()', g.between(16, 28));
}

// --- fleet, cameras, drones -------------------------------------------------------------------

export function samsaraToken(g: Gen): string {
  return 'samsara_api_' + g.fake.alnum(30);
}
export function geotabDb(g: Gen): string {
  return `${builder(g)}_${g.pick(['fleet', 'equipment', 'yard'])}`;
}
export function verizonAppId(g: Gen): string {
  return `${builder(g)}-${g.pick(['dispatch', 'fleetsync', 'telematics'])}`;
}
export function visionlinkSecret(g: Gen): string {
  return g.fake.alnum(g.between(32, 40));
}
export function earthcamKey(g: Gen): string {
  return g.fake.hex(40);
}
export function oxblueKey(g: Gen): string {
  return g.fake.alnum(g.between(32, 40));
}
export function djiAppKey(g: Gen): string {
  return g.fake.hex(32);
}
export function djiLicense(g: Gen): string {
  return g.fake.base64(g.between(120, 160)) + '=';
}
export function droneDeployKey(g: Gen): string {
  return g.fake.hex(32);
}
export function propellerSecret(g: Gen): string {
  return g.fake.base64url(48).replace(/^[-_]/, 'P');
}

// --- ERP, estimating ------------------------------------------------------------------------

export function intacctSenderPass(g: Gen): string {
  return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%', g.between(14, 20));
}
export function spectrumAuthId(g: Gen): string {
  return g.fake.uuid().toUpperCase();
}

/** A Wi-Fi passphrase as a site trailer's router is set. */
export function wifi(g: Gen): string {
  return g.pick([
    `${cap(builder(g))}${g.pick(['Site', 'Trailer', 'Field'])}${g.fake.digits(4)}`,
    `${g.pick(TRADE_WORDS)}-${g.pick(TRADE_WORDS)}-${g.fake.digits(3)}`,
    g.fake.alnum(16),
  ]);
}

/** A kiosk or tablet admin PIN (6-8 digits). */
export function pin(g: Gen): string {
  return g.fake.digits(g.between(6, 8));
}

/** A PEM private key body (random, not a usable key). */
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 9));
}

// --- ids that are not secrets -----------------------------------------------------------------

export function projectId(g: Gen): string {
  return String(g.between(100000, 99999999));
}
export function companyId(g: Gen): string {
  return String(g.between(1000, 9999999));
}
/** A BIM 360 / ACC hub or project id (`b.` + a GUID). */
export function bimId(g: Gen): string {
  return 'b.' + g.fake.uuid();
}
/** An APS object URN as the Model Derivative API takes it (base64url of `urn:adsk.objects:os.object:...`). */
export function urn(g: Gen): string {
  const raw = `urn:adsk.objects:os.object:wip.dm.prod/${g.fake.uuid()}.rvt`;
  return Buffer.from(raw).toString('base64url');
}
/** An IFC GlobalId (22 characters of IFC's base64 alphabet). */
export function ifcGuid(g: Gen): string {
  return (
    g.fake.from('0123456789', 1) + g.fake.from('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$', 21)
  );
}
/** A Revit element UniqueId (a GUID, `-`, 8 hex). */
export function revitUniqueId(g: Gen): string {
  return `${g.fake.uuid()}-${g.fake.hex(8)}`;
}
export function vin(g: Gen): string {
  return g.fake.from('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17);
}
export function serial(g: Gen): string {
  return g.pick(['CAT0', 'DKS', 'JJG', 'KMT']) + g.fake.upperAlnum(g.between(8, 10));
}
export function costCode(g: Gen): string {
  return `${g.fake.digits(2)} ${g.fake.digits(2)} ${g.fake.digits(2)}`;
}
