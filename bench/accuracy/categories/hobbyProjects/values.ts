import type { Gen } from '../../gen';

/**
 * Values the hobby-projects templates share, in the shapes the providers document: Discord bot
 * tokens (base64 user id, timestamp, HMAC), Telegram bot tokens (`<bot id>:<35>`), Reddit script
 * app ids and secrets, Twitter/X consumer keys and access tokens, Spotify and Twitch credentials,
 * Steam/Riot/OpenWeather/NewsAPI keys, exchange API keys, Gmail app passwords, Django keys, and the
 * passwords students and hobbyists really pick (names with years, favourite words, keyboard walks).
 * Everything is generated at run time from the seeded FakeTokens (prefixes concatenated with the
 * random part), so nothing committed here is a live credential.
 */

const NAMES = ['jake', 'emma', 'alex', 'sam', 'chris', 'mia', 'liam', 'noah', 'zoe', 'lucas', 'ava', 'ethan'];
const LIKES = ['pizza', 'minecraft', 'pokemon', 'football', 'dragon', 'naruto', 'batman', 'gamer', 'skater', 'kitty'];
const WALKS = ['qwerty', 'asdfgh', 'zxcvbn', '1q2w3e4r', 'qazwsx', 'poiuyt'];

/** A password as a student or hobbyist picks it: a name and a year, a favourite word, a walk. */
export function weakPass(g: Gen): string {
  switch (g.fake.int(6)) {
    case 0:
      return `${g.pick(NAMES)}${g.pick(['2003', '2005', '1999', '123', '07', '2k4'])}`;
    case 1:
      return `${g.pick(LIKES)}${g.fake.digits(g.between(2, 4))}`;
    case 2:
      return `${g.pick(WALKS)}${g.pick(['!', '12', '69', '99', '#'])}${g.fake.digits(1)}`;
    case 3:
      return `${cap(g.pick(LIKES))}${g.pick(['!', '@', '#', '_'])}${g.fake.digits(g.between(2, 3))}`;
    case 4:
      return g.plainPassword();
    default:
      return `${g.pick(NAMES)}${g.pick(LIKES)}${g.fake.digits(2)}`;
  }
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export function name(g: Gen): string {
  return g.pick(NAMES);
}

export function gmail(g: Gen): string {
  return `${g.pick(NAMES)}${g.pick(['.dev', '', '.codes', '_bot'])}${g.fake.digits(g.between(1, 3))}@gmail.com`;
}

/** A Discord snowflake id (user, guild, channel): 17-19 digits, not a secret. */
export function snowflake(g: Gen): string {
  return String(g.between(1, 1)) + g.fake.digits(g.between(16, 18));
}

/** A Discord bot token: base64(user id) . 6 base64url (timestamp) . 27 or 38 base64url (HMAC). */
export function discordToken(g: Gen): string {
  const id = Buffer.from(snowflake(g)).toString('base64').replace(/=+$/, '');
  return `${id}.${g.fake.base64url(6)}.${g.fake.base64url(g.pick([27, 38]))}`;
}

/** A Telegram bot token from BotFather: bot id, `:`, `AA` + 33 base64url. */
export function telegramToken(g: Gen): string {
  return `${g.fake.digits(g.between(9, 10))}:AA${g.fake.base64url(33)}`;
}

/** A Reddit script-app client id (public-ish, 14-22 chars) and secret (27-30 chars). */
export function redditId(g: Gen): string {
  return g.fake.base64url(g.pick([14, 22]));
}
export function redditSecret(g: Gen): string {
  return g.fake.base64url(g.pick([27, 30]));
}

/** Twitter/X app keys: consumer key 25, consumer secret 50, access token `<id>-<40>`, secret 45. */
export function twitterConsumerKey(g: Gen): string {
  return g.fake.alnum(25);
}
export function twitterConsumerSecret(g: Gen): string {
  return g.fake.alnum(50);
}
export function twitterAccessToken(g: Gen): string {
  return `${g.fake.digits(g.pick([10, 18, 19]))}-${g.fake.alnum(g.pick([31, 40]))}`;
}
export function twitterAccessSecret(g: Gen): string {
  return g.fake.alnum(45);
}
/** An app-only bearer token: a run of `A`s then URL-encoded base64. */
export function twitterBearer(g: Gen): string {
  return 'AAAAAAAAAAAAAAAAAAAAA' + g.fake.alnum(25) + '%3D' + g.fake.alnum(50);
}

/** Spotify client id and secret: 32 lower-case hex each (the id is public). */
export function spotifyHex(g: Gen): string {
  return g.fake.hex(32);
}

/** Twitch chat OAuth token (`oauth:` + 30) and app client secret (30 lower alnum). */
export function twitchOauth(g: Gen): string {
  return 'oauth' + ':' + g.fake.lowerAlnum(30);
}
export function twitchSecret(g: Gen): string {
  return g.fake.lowerAlnum(30);
}

export function steamKey(g: Gen): string {
  return g.fake.upperHex(32);
}
export function riotKey(g: Gen): string {
  return 'RGAPI' + '-' + g.fake.uuid();
}
export function hex32(g: Gen): string {
  return g.fake.hex(32);
}
export function googleKey(g: Gen): string {
  return 'AIza' + 'Sy' + g.fake.base64url(33);
}

/** Binance key and secret: 64 base62 each. Kraken: 56-char key, 88-char base64 private key. */
export function binanceKey(g: Gen): string {
  return g.fake.alnum(64);
}
export function krakenKey(g: Gen): string {
  return g.fake.base64(56);
}
export function krakenSecret(g: Gen): string {
  return g.fake.base64(86) + '==';
}

/** A Google app password as Gmail shows it: four groups of four lower-case letters. */
export function gmailAppPassword(g: Gen): string {
  const parts = [g.fake.lower(4), g.fake.lower(4), g.fake.lower(4), g.fake.lower(4)];
  return g.chance(0.5) ? parts.join(' ') : parts.join('');
}

/** Django's startproject key (`django-insecure-` + 50) or a key typed by hand. */
export function djangoKey(g: Gen): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)';
  const body = g.fake.from(alphabet, 50);
  return g.chance(0.6) ? 'django-insecure-' + body : body;
}

/** A session/JWT secret as hobbyists write it: a phrase, a keyboard mash, or random hex. */
export function appSecret(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return `${g.pick(['super', 'my', 'very', 'ultra'])}${g.pick(['secret', 'Secret', 'secretkey', 'SecretKey'])}${g.fake.digits(g.between(2, 4))}`;
    case 1:
      return g.fake.hex(g.pick([24, 32, 64]));
    case 2:
      return `${g.pick(NAMES)}-${g.pick(LIKES)}-${g.fake.lowerAlnum(6)}`;
    default:
      return g.fake.alnum(g.between(16, 32));
  }
}

export function openAiKey(g: Gen): string {
  return 'sk-' + g.fake.alnum(20) + 'T3Blbk' + 'FJ' + g.fake.alnum(20);
}

export function githubPat(g: Gen): string {
  return g.fake.githubStyle('ghp' + '_');
}

/** A MongoDB Atlas cluster host (`cluster0.<5>.mongodb.net`). */
export function atlasHost(g: Gen): string {
  return `cluster${g.between(0, 2)}.${g.fake.lowerAlnum(5)}.mongodb.net`;
}

export function botName(g: Gen): string {
  return g.pick(['memebot', 'musicbot', 'modbot', 'quizbot', 'weatherbot', 'dicebot', 'karmabot', 'lofibot']);
}
