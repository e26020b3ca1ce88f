import type { Gen } from '../../gen';
import { plainOnly, randomOrPlainPassword, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, awsSecret, azureSecret, longSecret } from '../sharedValues';
export { klaviyoPrivate, klaviyoPublic, mailchimpKey, metaToken } from '../ecommercePayments/values';
export { lwaClientId, lwaRefresh, lwaSecret } from '../logisticsSupplyChain/values';
export { googleClientId, googleClientSecret } from '../mobileClient/values';

/**
 * Values the marketing-adtech templates share, in the shapes the ad platforms and marketing tools
 * document: Google Ads developer tokens (22 alphanumerics), Google OAuth refresh tokens (`1//`),
 * Meta app secrets (32 hex) and system-user tokens (`EAA`), TikTok Marketing API tokens and app
 * secrets (40 hex), LinkedIn (`AQ` access tokens), Pinterest (`pina_`), X API key pairs and bearer
 * tokens, Microsoft Advertising developer tokens, Amazon Ads LWA secrets, GA4 Measurement Protocol
 * API secrets (22), Branch `secret_live_`, Segment `sgp_` public-API tokens, mParticle key/secret,
 * Braze REST keys (UUIDs), Iterable keys (32 hex), HubSpot `pat-na1-`, Census `secret-token:`;
 * and the ids that are not secrets (customer ids, pixel ids, measurement ids, GTM container ids,
 * Munchkin ids, advertiser ids, write keys of client-side sources). Everything is generated at run
 * time from the seeded FakeTokens (prefixes concatenated with the random part): nothing committed
 * here is a live credential.
 */

const MKT_WORDS = ['campaign', 'funnel', 'adspend', 'growth', 'retarget', 'audience', 'promo', 'brand', 'impress'];
const AGENCIES = ['brightpath', 'northstar', 'redkite', 'bluewave', 'mediamint', 'clickforge', 'adhaven', 'pixelbay'];

/** A password as agencies and marketing ops set them: a domain word, an agency and a year, random. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, MKT_WORDS, AGENCIES);
}

/** A password with no characters that need escaping in XML, URLs, shells, YAML or PHP strings. */
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}

export function agency(g: Gen): string {
  return g.pick(AGENCIES);
}

// --- Google ---------------------------------------------------------------------------------

/** A Google Ads API developer token: 22 alphanumerics (some carry `-` or `_` inside). */
export function googleDevToken(g: Gen): string {
  const t = g.fake.alnum(22);
  return g.chance(0.3) ? t.slice(0, 11) + g.pick(['-', '_']) + t.slice(12) : t;
}

/** A Google OAuth refresh token: `1//0` + a region letter + ~100 base64url characters. */
export function googleRefresh(g: Gen): string {
  return '1/' + '/0' + g.pick(['g', 'e', 'd', '4', '5']) + g.fake.base64url(g.between(96, 104)).replace(/^[-_]/, 'Q');
}

/** A Google Ads customer id (public, 10 digits), with or without dashes. */
export function customerId(g: Gen, dashed = false): string {
  const d = g.fake.digits(10).replace(/^0/, '4');
  return dashed ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` : d;
}

/** A GA4 Measurement Protocol API secret: 22 base64url characters. */
export function ga4Secret(g: Gen): string {
  return g.fake.base64url(22).replace(/^[-_]/, 'k').replace(/[-_]$/, 'w');
}

/** A GA4 measurement id (public): `G-` + 10 upper alphanumerics. */
export function measurementId(g: Gen): string {
  return 'G-' + g.fake.upperAlnum(10);
}

/** A GTM container id (public): `GTM-` + 7 upper alphanumerics. */
export function gtmId(g: Gen): string {
  return 'GTM-' + g.fake.upperAlnum(7);
}

/** A service-account private key id (40 hex; an id) and PEM body. */
export function saKeyId(g: Gen): string {
  return g.fake.hex(40);
}
export function saPem(g: Gen): string {
  return g.fake.pem('PRIVATE KEY', 8);
}

// --- Meta, TikTok, LinkedIn, Snap, Pinterest, X ---------------------------------------------

/** A Meta app secret: 32 hex. */
export function metaAppSecret(g: Gen): string {
  return g.fake.hex(32);
}
/** A Meta app id, pixel id or ad account id (public): 15-16 digits. */
export function metaId(g: Gen): string {
  return g.fake.digits(g.between(15, 16)).replace(/^0/, '1');
}

/** A TikTok Marketing API long-term access token or app secret: 40 hex. */
export function tiktokHex(g: Gen): string {
  return g.fake.hex(40);
}
/** A TikTok app id or advertiser id (public): 19 digits. */
export function tiktokId(g: Gen): string {
  return '7' + g.fake.digits(18);
}

/** A LinkedIn OAuth access token: `AQ` + a long base64url body. */
export function linkedinToken(g: Gen): string {
  return 'A' + 'Q' + g.pick(['V', 'W', 'X', 'U']) + g.fake.base64url(g.between(300, 360));
}
/** A LinkedIn client secret (16 alphanumerics) and client id (14 lower alphanumerics, public). */
export function linkedinSecret(g: Gen): string {
  return g.fake.alnum(16);
}
export function linkedinClientId(g: Gen): string {
  return g.fake.lowerAlnum(14);
}

/** A Snap Conversions API long-lived token (a JWT) and a Snap OAuth client secret. */
export function snapToken(g: Gen): string {
  return g.fake.jwt({ aud: 'canvas-canvasapi', iss: 'canvas-s2stoken', nbf: 1700000000 });
}
export function snapSecret(g: Gen): string {
  return g.fake.base64url(g.between(20, 28)).replace(/^[-_]/, 'x');
}

/** A Pinterest access or refresh token: `pina_`/`pinr_` + upper base32. */
export function pinterestToken(g: Gen, kind: 'a' | 'r' = 'a'): string {
  return 'pin' + kind + '_' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', g.between(96, 120));
}
/** A Pinterest app secret: 40 hex. */
export function pinterestSecret(g: Gen): string {
  return g.fake.hex(40);
}

/** X API key (25 alphanumerics; the pair's id half) and secret (50). */
export function xApiKey(g: Gen): string {
  return g.fake.alnum(25);
}
export function xApiSecret(g: Gen): string {
  return g.fake.alnum(50);
}
/** An X user access token (`<user id>-<alnum>`) and its secret (45 alphanumerics). */
export function xAccessToken(g: Gen): string {
  return g.fake.digits(18).replace(/^0/, '1') + '-' + g.fake.alnum(31);
}
export function xAccessSecret(g: Gen): string {
  return g.fake.alnum(45);
}
/** An X app-only bearer token: 21 `A`s, then a percent-encoded base64 body. */
export function xBearer(g: Gen): string {
  const as = 'AAAAAAA';
  return as + as + as + g.fake.alnum(8) + as + g.fake.alnum(12) + '%2B' + g.fake.alnum(16) + '%3D' + g.fake.alnum(50);
}

// --- Microsoft, Amazon, DSPs, native ------------------------------------------------------------

/** A Microsoft Advertising developer token: 16 upper alphanumerics. */
export function msDevToken(g: Gen): string {
  return g.fake.upperAlnum(16);
}
/** A Microsoft identity refresh token (MSA style `M.C5_BAY.` + long body). */
export function msRefresh(g: Gen): string {
  return (
    'M.C' + g.between(5, 9) + '_' + g.pick(['BAY', 'BL2', 'SN1']) + '.0.U.-' + g.fake.base64url(g.between(260, 320))
  );
}

/** A The Trade Desk API token (TTD-Auth): a long base64 string. */
export function ttdToken(g: Gen): string {
  return g.fake.base64(g.between(140, 180)).replace(/^[+/]/, 'T') + '==';
}

/** A Criteo, Taboola or Outbrain client secret. */
export function hexSecret(g: Gen): string {
  return g.fake.hex(32);
}
/** An Outbrain Amplify OB-TOKEN-V1 value (base64 of a long token). */
export function outbrainToken(g: Gen): string {
  return g.fake.base64(g.between(88, 120)).replace(/^[+/]/, 'M') + '=';
}

// --- MMPs, CDPs, ESPs, analytics --------------------------------------------------------------

/** An AppsFlyer API V2 token (a JWT) and SDK dev key (22 alphanumerics, shipped in apps). */
export function appsflyerToken(g: Gen): string {
  return g.fake.jwt({ aud: 'appsflyer', account_id: g.fake.hex(24), is_v2: true });
}
export function appsflyerDevKey(g: Gen): string {
  return g.fake.alnum(22);
}
/** An Adjust app token (12 lower alphanumerics, public) and API token (20 alphanumerics). */
export function adjustAppToken(g: Gen): string {
  return g.fake.lowerAlnum(12);
}
export function adjustApiToken(g: Gen): string {
  return g.fake.alnum(20);
}
/** A Branch key (public, `key_live_`) and secret (`secret_live_`). */
export function branchKey(g: Gen): string {
  return 'key_' + 'live_' + g.fake.alnum(32);
}
export function branchSecret(g: Gen): string {
  return 'secret' + '_live_' + g.fake.alnum(32);
}
/** A Kochava API key: an upper-case UUID. */
export function kochavaKey(g: Gen): string {
  return g.fake.uuid().toUpperCase();
}

/** A Segment write key (32 alphanumerics; public in browser snippets) and Public API token. */
export function segmentWriteKey(g: Gen): string {
  return g.fake.alnum(32);
}
export function segmentToken(g: Gen): string {
  return 'sg' + 'p_' + g.fake.alnum(64);
}
/** A RudderStack write key (27 alphanumerics, public in client SDKs). */
export function rudderWriteKey(g: Gen): string {
  return g.fake.alnum(27);
}
/** An mParticle server-to-server key (`us1-` + 32 hex) and secret (64 base64url). */
export function mparticleKey(g: Gen): string {
  return g.pick(['us1-', 'us2-', 'eu1-']) + g.fake.hex(32);
}
export function mparticleSecret(g: Gen): string {
  return g.fake.base64url(64).replace(/^[-_]/, 'P');
}

/** A Braze REST API key (a UUID) and an Iterable server-side key (32 hex). */
export function brazeKey(g: Gen): string {
  return g.fake.uuid();
}
export function iterableKey(g: Gen): string {
  return g.fake.hex(32);
}
/** A HubSpot private-app token: `pat-na1-` + UUID. */
export function hubspotToken(g: Gen): string {
  return 'pat' + '-' + g.pick(['na1', 'eu1', 'na2']) + '-' + g.fake.uuid();
}
/** A Marketo REST client secret (32 alphanumerics) and Munchkin id (public). */
export function marketoSecret(g: Gen): string {
  return g.fake.alnum(32);
}
export function munchkinId(g: Gen): string {
  return `${g.fake.digits(3)}-${g.fake.upper(3)}-${g.fake.digits(3)}`;
}
/** A Salesforce connected-app consumer key (public id) and secret (64 upper hex); a security token. */
export function sfConsumerKey(g: Gen): string {
  return '3MVG9' + g.fake.alnum(80);
}
export function sfConsumerSecret(g: Gen): string {
  return g.fake.upperHex(64);
}
export function sfSecurityToken(g: Gen): string {
  return g.fake.alnum(24);
}
/** A Salesforce Marketing Cloud client id (24 lower alphanumerics, public) and secret (24). */
export function sfmcClientId(g: Gen): string {
  return g.fake.lowerAlnum(24);
}
export function sfmcSecret(g: Gen): string {
  return g.fake.alnum(24);
}
export function sfmcSubdomain(g: Gen): string {
  return 'mc' + g.fake.lowerAlnum(26);
}
/** Mixpanel: project token (32 hex, public) and API secret or service-account secret (32). */
export function mixpanelSecret(g: Gen): string {
  return g.chance(0.5) ? g.fake.hex(32) : g.fake.alnum(32);
}
/** A Mandrill key: `md-` + 22 base62. */
export function mandrillKey(g: Gen): string {
  return 'md' + '-' + g.fake.alnum(22);
}

// --- affiliates and reverse ETL --------------------------------------------------------------

/** An Impact Account SID (`IR` + 32 alphanumerics, the account's id) and auth token (32). */
export function impactSid(g: Gen): string {
  return 'IR' + g.fake.alnum(32);
}
export function impactToken(g: Gen): string {
  return g.fake.alnum(32).replace(/^[a-z]/, 'Q');
}
/** A CJ personal access token (26 lower alphanumerics). */
export function cjToken(g: Gen): string {
  return g.fake.lowerAlnum(26);
}
/** A Rakuten Advertising web-services security token (64 hex). */
export function rakutenToken(g: Gen): string {
  return g.fake.hex(64);
}
/** A Census API token: `secret-token:` + 40 alphanumerics. */
export function censusToken(g: Gen): string {
  return 'secret' + '-token:' + g.fake.alnum(40);
}
/** A Hightouch workspace API key (a UUID). */
export function hightouchKey(g: Gen): string {
  return g.fake.uuid();
}

/** A Snowflake or warehouse password drawn as the marketing-analytics team sets them. */
export function warehousePass(g: Gen): string {
  return randomOrPlainPassword(g, g.between(2, 4));
}

export function sftpHost(g: Gen): string {
  return g.pick([
    'files.liveramp.com',
    'sftp.acxiom-partner.net',
    'upload.audiences.criteo.com',
    'sftp.ttd-partner.io',
    'ftp.cj-feeds.net',
    'sftp.epsilon-data.com',
  ]);
}
