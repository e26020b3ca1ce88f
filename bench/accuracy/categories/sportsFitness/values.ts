import type { Gen } from '../../gen';
import { plainOnly, wordOrSitePassword } from '../sharedValues';

export { awsKeyId, awsSecret, longSecret } from '../sharedValues';
export {
  squareSecret,
  squareToken,
  stripePublishable,
  stripeSecret,
  stripeWebhook,
  wpSalt,
} from '../ecommercePayments/values';
export { base64Of } from '../windowsAdmin/values';

/**
 * Values the sports-fitness templates share, in the shapes the vendors document or a club's volunteer
 * picks: Strava client secrets and tokens (40 hex), Fitbit client ids (6 upper alnum, public) and
 * secrets (32 hex), Polar AccessLink client ids and secrets, Oura personal access tokens, Withings
 * client secrets (64 hex), Mindbody API keys (32 hex), ABC Fitness app keys, Ticketmaster consumer
 * keys (32 alnum), API-Football keys (32 hex), RapidAPI keys, GoCardless access tokens, Home Assistant
 * long-lived tokens (JWT) and ESPHome API encryption keys. Everything is generated at run time from
 * the seeded FakeTokens: nothing committed here is a live credential.
 */

const SPORT_WORDS = [
  'striker',
  'keeper',
  'marathon',
  'crossfit',
  'spin',
  'rowing',
  'tigers',
  'eagles',
  'hattrick',
  'deadlift',
];
const CLUBS = ['riverside', 'northfc', 'ironworks', 'peakfit', 'bluewave', 'oakcity', 'summitgym', 'lakeshore'];

/** A password as a club admin, coach or volunteer sets it. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, SPORT_WORDS, CLUBS);
}
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}
export function club(g: Gen): string {
  return g.pick(CLUBS);
}
export function clubDomain(g: Gen): string {
  return `${club(g)}${g.pick(['.club', 'fc.org', 'fitness.com', 'athletics.org'])}`;
}
export function email(g: Gen): string {
  return `${g.pick(['coach', 'admin', 'frontdesk', 'treasurer', 'membership', 'it'])}@${clubDomain(g)}`;
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
export function jwt(g: Gen): string {
  return g.fake.jwt({ iss: g.fake.hex(32) });
}

/** Strava: client id (public, 5-6 digits), client secret and tokens (40 hex). */
export function stravaClientId(g: Gen): string {
  return String(g.between(10000, 199999));
}
export function strava40(g: Gen): string {
  return g.fake.hex(40);
}

/** Fitbit: client id (6 upper alnum, public), client secret 32 hex, tokens are JWTs. */
export function fitbitClientId(g: Gen): string {
  return '2' + g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 5);
}

/** Garmin Connect developer program: consumer key (UUID, public), consumer secret (alnum). */
export function garminSecret(g: Gen): string {
  return g.fake.alnum(g.between(27, 32));
}

/** Oura personal access token (32 upper alnum). */
export function ouraPat(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
}

/** GoCardless access token: live_ + 40 base64url. */
export function gocardless(g: Gen, mode: 'live' | 'sandbox' = 'live'): string {
  return `${mode}_` + g.fake.base64url(40).replace(/^[-_]/, 'G');
}

/** RapidAPI key as its dashboard shows it. */
export function rapidKey(g: Gen): string {
  return g.fake.hex(10) + 'msh' + g.fake.alnum(15) + 'p1' + g.fake.alnum(12) + 'jsn' + g.fake.alnum(12);
}

/** ESPHome / Home Assistant API encryption key: 32 random bytes in base64. */
export function espKey(g: Gen): string {
  return g.fake.base64(43).replace(/^[+/]/, 'k') + '=';
}

export function wifi(g: Gen): string {
  return g.pick([
    `${cap(club(g))}${g.pick(['Gym', 'Members', 'Staff'])}${g.fake.digits(4)}`,
    `${g.pick(SPORT_WORDS)}-${g.pick(SPORT_WORDS)}-${g.fake.digits(3)}`,
    g.fake.alnum(14),
  ]);
}
export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
export function ip(g: Gen): string {
  return `192.168.${g.between(0, 20)}.${g.between(2, 250)}`;
}
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 9));
}

// --- ids that are not secrets -----------------------------------------------------------------
export function athleteId(g: Gen): string {
  return String(g.between(1000000, 99999999));
}
export function activityId(g: Gen): string {
  return String(g.between(1000000000, 9999999999));
}
export function matchId(g: Gen): string {
  return `sr:match:${g.between(10000000, 49999999)}`;
}
export function eventId(g: Gen): string {
  return g.pick(['vv', 'Z7r9j']) + g.fake.alnum(13);
}
