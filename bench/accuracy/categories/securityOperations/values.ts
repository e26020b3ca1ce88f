import type { Gen } from '../../gen';
import { plainOnly, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';

/**
 * Values the security-operations templates share, in the shapes the vendors document or a SOC team
 * picks: Splunk HEC tokens and QRadar SEC tokens (GUIDs), Elastic API keys (base64 of `id:key`), Log
 * Analytics shared keys (88 base64), Sumo Logic access ids and keys, CrowdStrike and Wiz client
 * secrets, Tenable.io key pairs (64 hex), threat-intel keys (VirusTotal, Shodan, AbuseIPDB, GreyNoise,
 * OTX, MISP), Okta API tokens, Duo secret keys, Vault tokens, PagerDuty and Opsgenie keys; and the ids
 * that are not secrets (client ids, Duo integration keys, workspace ids, hashes, CVE ids, IOC values).
 * Everything is generated at run time from the seeded FakeTokens: nothing committed here is live.
 */

const SOC_WORDS = ['falcon', 'sentinel', 'bluebird', 'purple', 'watchtower', 'honeypot', 'redteam', 'shield'];
const SITES = ['acme', 'contoso', 'globex', 'initech', 'umbrella', 'stark', 'wayne', 'hooli'];

export function pass(g: Gen): string {
  return wordOrSitePassword(g, SOC_WORDS, SITES);
}
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}
export function org(g: Gen): string {
  return g.pick(SITES);
}
export function domain(g: Gen): string {
  return `${org(g)}${g.pick(['.com', '-corp.net', '.io', 'sec.com'])}`;
}
export function ip(g: Gen): string {
  return `10.${g.between(0, 40)}.${g.between(0, 250)}.${g.between(2, 250)}`;
}
export function uuid(g: Gen): string {
  return g.fake.uuid();
}
export function hex(g: Gen, n: number): string {
  return g.fake.hex(n);
}
export function alnum(g: Gen, n: number): string {
  return g.fake.alnum(n);
}

/** Elastic API key: the `encoded` form is base64 of `id:api_key` (20 and 22 characters). */
export function elasticId(g: Gen): string {
  return g.fake.base64url(20).replace(/^[-_]/, 'T');
}
export function elasticKey(g: Gen): string {
  return g.fake.base64url(22).replace(/^[-_]/, 'k');
}
export function elasticEncoded(g: Gen): string {
  return Buffer.from(`${elasticId(g)}:${elasticKey(g)}`).toString('base64');
}

/** Log Analytics / Sentinel workspace shared key: 64 bytes in base64 (88 characters, `==`). */
export function workspaceKey(g: Gen): string {
  return g.fake.base64(86).replace(/^[+/]/, 'Q') + '==';
}

/** Sumo Logic access id (`su` and 12 characters, an identifier) and access key (64). */
export function sumoId(g: Gen): string {
  return 'su' + g.fake.alnum(12);
}
export function sumoKey(g: Gen): string {
  return g.fake.alnum(64);
}

/** CrowdStrike Falcon API client id (32 hex, an identifier) and secret (40 alnum). */
export function csClientId(g: Gen): string {
  return g.fake.hex(32);
}
export function csSecret(g: Gen): string {
  return g.fake.alnum(40);
}

/** SentinelOne API token (80 alnum). */
export function s1Token(g: Gen): string {
  return g.fake.alnum(80);
}

/** Okta SSWS API token: `00` and 40 base64url characters. */
export function oktaToken(g: Gen): string {
  return '00' + g.fake.base64url(40).replace(/[-_]$/, 'z');
}

/** Duo integration key (DI + 18, an identifier) and secret key (40 alnum). */
export function duoIkey(g: Gen): string {
  return 'DI' + g.fake.upperAlnum(18);
}
export function duoSkey(g: Gen): string {
  return g.fake.alnum(40);
}
export function duoHost(g: Gen): string {
  return `api-${g.fake.lowerAlnum(8)}.duosecurity.com`;
}

/** HashiCorp Vault service token (`hvs.` and ~90 base62) and a legacy `s.` token. */
export function vaultToken(g: Gen): string {
  return g.chance(0.7) ? 'hv' + 's.' + g.fake.alnum(g.between(90, 95)) : 's' + '.' + g.fake.alnum(24);
}

/** Lacework API secret (`_` and 32 hex) and key id (upper, an identifier paired with it). */
export function laceworkSecret(g: Gen): string {
  return '_' + g.fake.hex(32);
}
export function laceworkKeyId(g: Gen): string {
  return `${g.fake.upper(8)}_${g.fake.upperHex(56)}`;
}

/** Wiz service-account client secret (64 alnum). */
export function wizSecret(g: Gen): string {
  return g.fake.alnum(64);
}

/** PagerDuty REST API key (20, may hold `+` or `-`) and Events v2 routing key (32 hex). */
export function pdApiKey(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-_', 20).replace(/^[-+_]/, 'u');
}

/** Graylog access token (lowercase base36, ~52). */
export function graylogToken(g: Gen): string {
  return g.fake.lowerAlnum(g.between(50, 54));
}

/** XSOAR / Cortex API key (32 upper hex) and Shuffle API key (GUID). */
export function xsoarKey(g: Gen): string {
  return g.fake.upperHex(32);
}

/** MISP auth key (40 alnum). */
export function mispKey(g: Gen): string {
  return g.fake.alnum(40);
}

/** Qualys / CyberArk / appliance passwords are `pass`; a PEM key body (random). */
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 9));
}

// --- not secrets ------------------------------------------------------------------------------

export function sha256(g: Gen): string {
  return g.fake.hex(64);
}
export function md5(g: Gen): string {
  return g.fake.hex(32);
}
export function cve(g: Gen): string {
  return `CVE-${g.between(2019, 2026)}-${g.between(1000, 49999)}`;
}
export function ticket(g: Gen): string {
  return `${g.pick(['SOC', 'IR', 'SEC', 'VULN'])}-${g.between(100, 9999)}`;
}
