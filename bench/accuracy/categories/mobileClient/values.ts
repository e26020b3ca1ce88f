import type { Gen } from '../../gen';

/**
 * Values the mobile-client templates share, in the shapes the providers issue them (from their
 * documentation): keystore and certificate passwords, Stripe secret/publishable/restricted keys,
 * Supabase service_role and anon JWTs, Mapbox `sk.`/`pk.` tokens, Firebase legacy server keys and
 * Google API keys, Sentry organisation and user tokens, RevenueCat secret and public SDK keys,
 * OneSignal REST keys, Branch, Twilio, Agora, Pusher, Cloudinary, App Store Connect ids and `.p8`
 * keys. Every value is generated at run time from the seeded FakeTokens (prefixes are concatenated
 * with the random part), so nothing committed here is a live credential.
 */

const PASS_WORDS = ['Falcon', 'Harbor', 'Cobalt', 'Juniper', 'Nimbus', 'Quartz', 'Saffron', 'Kestrel', 'Velvet'];

/** A keystore / .p12 / keychain password as mobile developers pick them. */
export function storePass(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return `${g.pick(PASS_WORDS)}${g.fake.digits(g.between(2, 4))}${g.pick(['!', '#', '@', '*'])}`;
    case 1:
      return g.fake.alnum(g.between(14, 24));
    case 2:
      return `${g.pick(PASS_WORDS).toLowerCase()}-${g.pick(['release', 'upload', 'store'])}-${g.fake.digits(4)}`;
    default:
      return g.plainPassword();
  }
}

export function appName(g: Gen): string {
  return g.pick(['shopwave', 'fitloop', 'parkly', 'mealmate', 'tripnest', 'bookshelf', 'petpal', 'quickride']);
}

export function bundleId(g: Gen): string {
  return `com.${g.pick(['acmecorp', 'brightlabs', 'northwind', 'lumenapps'])}.${appName(g)}`;
}

/** An Apple Team ID or App Store Connect Key ID: 10 upper-case alphanumerics (identifiers). */
export function appleId10(g: Gen): string {
  return g.fake.upperAlnum(10);
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

/** Stripe secret key (`sk_live_`), 24 or 99 base62 after the prefix. */
export function stripeSecret(g: Gen): string {
  return 'sk_' + g.pick(['live', 'test']) + '_' + g.fake.alnum(g.pick([24, 99]));
}

/** Stripe restricted key (`rk_live_`). */
export function stripeRestricted(g: Gen): string {
  return 'rk_' + 'live_' + g.fake.alnum(g.pick([24, 99]));
}

/** Stripe publishable key (`pk_live_`): public by design. */
export function stripePublishable(g: Gen): string {
  return 'pk_' + g.pick(['live', 'test']) + '_' + g.fake.alnum(g.pick([24, 99]));
}

export function stripeWebhookSecret(g: Gen): string {
  return 'whsec_' + g.fake.alnum(32);
}

function b64url(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A Supabase project key: HS256 JWT with `iss: supabase`, the project ref and a role. */
export function supabaseJwt(g: Gen, role: 'anon' | 'service_role', ref = supabaseRef(g)): string {
  const iat = 1_650_000_000 + g.fake.int(80_000_000);
  const payload = { iss: 'supabase', ref, role, iat, exp: iat + 315_360_000 };
  return `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.${g.fake.base64url(43)}`;
}

export function supabaseRef(g: Gen): string {
  return g.fake.lower(20);
}

/** A Mapbox token: `sk.`/`pk.` + base64url JSON {u, a} + `.` + 22 base64url. */
export function mapboxToken(g: Gen, kind: 'sk' | 'pk'): string {
  const user = g.pick(['acme-maps', 'tripnest', 'parklyhq', 'jdoe', 'lumen']);
  return `${kind}.${b64url({ u: user, a: g.fake.lowerAlnum(25) })}.${g.fake.base64url(22)}`;
}

/** A Google API key (`AIza` + 35): public in Firebase configs, secret-ish elsewhere. */
export function googleApiKey(g: Gen): string {
  return 'AIza' + 'Sy' + g.fake.base64url(33);
}

/** A Firebase Cloud Messaging legacy server key: `AAAA` + 7 + `:APA91b` + 134. */
export function fcmServerKey(g: Gen): string {
  return 'AAAA' + g.fake.base64url(7) + ':' + 'APA91b' + g.fake.base64url(134);
}

/** A Google OAuth client secret (`GOCSPX-` + 28). */
export function googleClientSecret(g: Gen): string {
  return 'GOCSPX' + '-' + g.fake.base64url(28);
}

/** A Google OAuth client id (public identifier). */
export function googleClientId(g: Gen): string {
  return `${g.fake.digits(12)}-${g.fake.lowerAlnum(32)}.apps.googleusercontent.com`;
}

/** A Sentry organisation auth token: `sntrys_` + base64 JSON claims + `_` + secret. */
export function sentryOrgToken(g: Gen): string {
  const claims = {
    iat: 1_700_000_000 + g.fake.int(50_000_000) + 0.25,
    url: 'https://sentry.io',
    region_url: 'https://us.sentry.io',
    org: g.pick(['acme', 'brightlabs', 'northwind-mobile']),
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64').replace(/=+$/, '');
  return 'sntrys_' + payload + '_' + g.fake.base64(43).replace(/[+/]/g, 'A');
}

/** A Sentry user auth token (`sntryu_` + 64 hex) or a legacy 64-hex token. */
export function sentryUserToken(g: Gen): string {
  return g.chance(0.6) ? 'sntryu_' + g.fake.hex(64) : g.fake.hex(64);
}

/** A Sentry DSN: public by Sentry's design (the key in it only submits events). */
export function sentryDsn(g: Gen): string {
  return `https://${g.fake.hex(32)}@o${g.fake.digits(6)}.ingest.sentry.io/${g.fake.digits(7)}`;
}

/** RevenueCat secret key (`sk_` + 32). */
export function revenueCatSecret(g: Gen): string {
  return 'sk_' + g.fake.alnum(32);
}

/** RevenueCat public SDK key (`appl_`/`goog_`/`amzn_` + 27): public by design. */
export function revenueCatPublic(g: Gen): string {
  return g.pick(['appl_', 'goog_', 'amzn_']) + g.fake.alnum(27);
}

/** A OneSignal App API key: `os_v2_app_` + base32, or the legacy base64-of-a-UUID REST key. */
export function oneSignalKey(g: Gen): string {
  if (g.chance(0.5)) return 'os_v2_app_' + g.fake.from('abcdefghijklmnopqrstuvwxyz234567', 110);
  return Buffer.from(g.fake.uuid()).toString('base64');
}

export function branchSecret(g: Gen): string {
  return 'secret_' + 'live_' + g.fake.alnum(32);
}

export function branchKey(g: Gen): string {
  return 'key_' + 'live_' + g.fake.alnum(32);
}

export function hex32(g: Gen): string {
  return g.fake.hex(32);
}

export function twilioSid(g: Gen): string {
  return 'AC' + g.fake.hex(32);
}

/** A Twilio Verify service SID (`VA` + 32 hex): an identifier. */
export function twilioVerifySid(g: Gen): string {
  return 'VA' + g.fake.hex(32);
}

export function cloudinaryKey(g: Gen): string {
  return g.fake.digits(15);
}

export function cloudinarySecret(g: Gen): string {
  return g.fake.base64url(27);
}

export function pusherKey(g: Gen): string {
  return g.fake.hex(20);
}

/** Facebook app secret (32 hex) or Twitter/X consumer secret (50 base62). */
export function facebookSecret(g: Gen): string {
  return g.fake.hex(32);
}

export function twitterSecret(g: Gen): string {
  return g.fake.alnum(50);
}

/** An Apple app-specific password: four groups of four lower-case letters. */
export function appSpecificPassword(g: Gen): string {
  return Array.from({ length: 4 }, () => g.fake.lower(4)).join('-');
}

/** A GitHub personal access token (for match's git_basic_authorization). */
export function githubPat(g: Gen): string {
  return g.fake.githubStyle('gh' + 'p_');
}

/** An App Center / Bitrise / Codemagic API token (40 hex or 64 base62). */
export function ciToken(g: Gen): string {
  return g.chance(0.5) ? g.fake.hex(40) : g.fake.alnum(64);
}

/** A PlayFab title developer secret key. */
export function playFabSecret(g: Gen): string {
  return g.fake.upperAlnum(52);
}

/** A PEM private key body as an App Store Connect / APNs `.p8` file holds it (EC P-256, PKCS#8). */
export function p8Lines(g: Gen): string[] {
  return [
    '-----BEGIN PRIVATE' + ' KEY-----',
    'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg' + g.fake.base64(16),
    g.fake.base64(64),
    g.fake.base64(64),
    g.fake.base64(8),
    '-----END PRIVATE' + ' KEY-----',
  ];
}

/** An RSA service-account private key (Firebase Admin / Play Console) as PEM lines. */
export function rsaLines(g: Gen, lines = 8): string[] {
  const body = Array.from({ length: lines }, () => g.fake.base64(64));
  return [
    '-----BEGIN PRIVATE' + ' KEY-----',
    'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + g.fake.base64(32),
    ...body,
    '-----END PRIVATE' + ' KEY-----',
  ];
}

/** A Google service-account JSON (Firebase Admin SDK, Play Console publishing). */
export function serviceAccountJson(g: Gen, project: string): { lines: string[]; keyLine: string; key: string } {
  const key = rsaLines(g, 6).join('\\n') + '\\n';
  const keyLine = `  "private_key": "${key}",`;
  const lines = [
    '{',
    '  "type": "service_account",',
    `  "project_id": "${project}",`,
    `  "private_key_id": "${g.fake.hex(40)}",`,
    keyLine,
    `  "client_email": "${g.pick(['firebase-adminsdk-' + g.fake.lower(5), 'play-publisher', 'fastlane-supply'])}@${project}.iam.gserviceaccount.com",`,
    `  "client_id": "${g.fake.digits(21)}",`,
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
    '  "token_uri": "https://oauth2.googleapis.com/token",',
    '  "universe_domain": "googleapis.com"',
    '}',
  ];
  return { lines, keyLine, key };
}

export function firebaseProject(g: Gen): string {
  return `${appName(g)}-${g.pick(['prod', 'app', 'live'])}-${g.fake.digits(4)}`;
}

/** A signing-certificate SHA-1 fingerprint as `keytool -list -v` prints it (public). */
export function sha1Fingerprint(g: Gen): string {
  return Array.from({ length: 20 }, () => g.fake.upperHex(2)).join(':');
}

export function sha256Fingerprint(g: Gen): string {
  return Array.from({ length: 32 }, () => g.fake.upperHex(2)).join(':');
}

/** A generic vendor API secret (long random). */
export function apiSecret(g: Gen): string {
  return g.pick([() => g.fake.alnum(40), () => g.fake.hex(48), () => g.fake.base64url(43), () => g.fake.alnum(32)])();
}

export function base64Of(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
