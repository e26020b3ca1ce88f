import type { Gen } from '../../gen';

/**
 * Values the game-servers templates share, in the shapes the games, panels and providers document:
 * RCON and server passwords as server owners pick them, Steam Game Server Login Tokens and Web API
 * keys (32 hex), FiveM/RedM licence keys (`cfxk_`), Tebex secrets (40 hex), Velocity forwarding
 * secrets, NuVotifier tokens (base-32 of 130 random bits), Factorio tokens (30 hex), Pterodactyl
 * application/client keys and Wings node tokens, PlayFab developer secret keys, Epic Online
 * Services client secrets, CurseForge (`$2a$10$...`), Nexus Mods, Modrinth (`mrp_`) and mod.io keys,
 * Discord bot tokens and webhooks, Twitch chat tokens; and the ids that are not secrets (player and
 * world UUIDs, SteamID64s, app ids, seeds, mod hashes). Everything is generated at run time from
 * the seeded FakeTokens (prefixes concatenated with the random part): nothing committed here is a
 * live credential.
 */

const OWNERS = ['jake', 'emma', 'alex', 'kev', 'mia', 'noah', 'zoe', 'luca', 'tom', 'ava'];
const GAMEY = ['creeper', 'diamond', 'enderman', 'headshot', 'dust2', 'raid', 'viking', 'zombie', 'wipe', 'nether'];

/** An RCON or admin password as server owners pick them: a game word and digits, or random. */
export function rconPass(g: Gen): string {
  switch (g.fake.int(5)) {
    case 0:
      return `${g.pick(GAMEY)}${g.fake.digits(g.between(3, 4))}`;
    case 1:
      return `${cap(g.pick(GAMEY))}${g.pick(['!', '#', '_', '@'])}${g.fake.digits(g.between(2, 4))}`;
    case 2:
      return g.fake.alnum(g.between(12, 24));
    case 3:
      return `${g.pick(OWNERS)}${g.pick(GAMEY)}${g.fake.digits(3)}`;
    default:
      return g.plainPassword();
  }
}

/** A join password for friends: shorter, a word and digits. */
export function joinPass(g: Gen): string {
  return g.chance(0.5)
    ? `${g.pick(GAMEY)}${g.fake.digits(3)}`
    : `${g.pick(OWNERS)}s${g.pick(GAMEY)}${g.fake.digits(2)}`;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export function owner(g: Gen): string {
  return g.pick(OWNERS);
}

/** A Steam Game Server Login Token and a Steam Web API key: 32 upper-case hex each. */
export function gslt(g: Gen): string {
  return g.fake.upperHex(32);
}
export function steamWebKey(g: Gen): string {
  return g.fake.upperHex(32);
}

/** A SteamID64 (public). */
export function steamId(g: Gen): string {
  return '7656119' + g.fake.digits(10);
}

/** A legacy SteamID (`STEAM_0:1:12345678`, public). */
export function legacySteamId(g: Gen): string {
  return `STEAM_${g.pick(['0', '1'])}:${g.between(0, 1)}:${g.between(10000, 199999999)}`;
}

/** A Cfx.re server licence key: `cfxk_` + 20 + `_` + 6. */
export function cfxKey(g: Gen): string {
  return 'cfx' + 'k_' + g.fake.alnum(20) + '_' + g.fake.alnum(6);
}

/** A Tebex (Buycraft) webstore secret key: 40 hex. */
export function tebexSecret(g: Gen): string {
  return g.fake.hex(40);
}

/** A Velocity modern-forwarding secret as Velocity generates it (12 alphanumerics) or hand-typed. */
export function forwardingSecret(g: Gen): string {
  return g.chance(0.7) ? g.fake.alnum(12) : g.fake.alnum(g.between(20, 32));
}

/** A NuVotifier token: a 130-bit random number in base 32 (digits and a-v). */
export function votifierToken(g: Gen): string {
  return g.fake.from('0123456789abcdefghijklmnopqrstuv', 26);
}

/** A BungeeGuard token (64 characters). */
export function bungeeGuardToken(g: Gen): string {
  return g.fake.alnum(64);
}

/** A Factorio service token (30 hex). */
export function factorioToken(g: Gen): string {
  return g.fake.hex(30);
}

/** Pterodactyl application and client API keys: `ptla_`/`ptlc_` + 43 alphanumerics. */
export function pteroKey(g: Gen, kind: 'a' | 'c'): string {
  return 'ptl' + kind + '_' + g.fake.alnum(43);
}

/** A Laravel APP_KEY (Pterodactyl, Pelican): `base64:` + 32 random bytes. */
export function laravelKey(g: Gen): string {
  return 'base64:' + g.fake.base64(43) + '=';
}

/** Wings node credentials: a 16-character token id and a 64-character token. */
export function wingsTokenId(g: Gen): string {
  return g.fake.alnum(16);
}
export function wingsToken(g: Gen): string {
  return g.fake.alnum(64);
}

/** A PlayFab title developer secret key (52 upper-case alphanumerics); the title id is public. */
export function playfabSecret(g: Gen): string {
  return g.fake.upperAlnum(52);
}
export function playfabTitle(g: Gen): string {
  return g.fake.upperHex(g.pick([4, 5]));
}

/** Epic Online Services: public client id (`xyza7891` + 24) and a 43-character client secret. */
export function eosClientId(g: Gen): string {
  return 'xyza' + '7891' + g.fake.alnum(24);
}
export function eosSecret(g: Gen): string {
  return g.fake.base64(43).replace(/\+/g, 'P');
}
export function hex32(g: Gen): string {
  return g.fake.hex(32);
}

/** GameSparks: a 12-character API key (public) and a 32-character API secret. */
export function gameSparksKey(g: Gen): string {
  return g.fake.alnum(12);
}
export function gameSparksSecret(g: Gen): string {
  return g.fake.alnum(32);
}

/** A Nakama server or session key set by the operator. */
export function nakamaKey(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(24, 40)) : g.fake.hex(32);
}

/** A Unity Gaming Services service-account secret key (32 alphanumerics); the key id is a UUID. */
export function ugsSecret(g: Gen): string {
  return g.fake.alnum(32);
}

export function googleKey(g: Gen): string {
  return 'AIza' + 'Sy' + g.fake.base64url(33);
}

/** A CurseForge for Studios API key: a bcrypt-looking `$2a$10$` + 53 characters. */
export function curseForgeKey(g: Gen): string {
  return '$2a' + '$10$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
}

/** A Nexus Mods personal API key: three base64 parts joined by `--`. */
export function nexusKey(g: Gen): string {
  return `${g.fake.base64(g.pick([70, 74, 78]))}==--${g.fake.base64(22)}==--${g.fake.base64(22)}==`;
}

/** A Modrinth personal access token: `mrp_` + 36 alphanumerics. */
export function modrinthPat(g: Gen): string {
  return 'mrp' + '_' + g.fake.alnum(36);
}

/** A mod.io API key (32 hex) and an OAuth access token (a JWT). */
export function modioKey(g: Gen): string {
  return g.fake.hex(32);
}
export function modioOauth(g: Gen): string {
  return g.fake.jwt({ aud: g.fake.digits(4), scopes: ['read', 'write'] });
}

/** A Discord bot token: base64(user id) . 6 base64url . 27 or 38 base64url. */
export function discordToken(g: Gen): string {
  const id = Buffer.from(snowflake(g)).toString('base64').replace(/=+$/, '');
  return `${id}.${g.fake.base64url(6)}.${g.fake.base64url(g.pick([27, 38]))}`;
}

/** A Discord snowflake id (public). */
export function snowflake(g: Gen): string {
  return '1' + g.fake.digits(g.between(16, 18));
}

/** A Discord webhook URL: the path's 68-character token is the secret. */
export function discordWebhook(g: Gen): string {
  return `https://${g.pick(['discord.com', 'discordapp.com'])}/api/webhooks/${snowflake(g)}/${g.fake.base64url(68)}`;
}

/** A Twitch chat token (`oauth:` + 30) and an app client secret (30 lower alphanumerics). */
export function twitchOauth(g: Gen): string {
  return 'oauth' + ':' + g.fake.lowerAlnum(30);
}
export function twitchSecret(g: Gen): string {
  return g.fake.lowerAlnum(30);
}

/** A Hypixel API key: a UUID, secret by Hypixel's terms. */
export function hypixelKey(g: Gen): string {
  return g.fake.uuid();
}

/** A Minecraft management-server secret (40 alphanumerics). */
export function mgmtSecret(g: Gen): string {
  return g.fake.alnum(40);
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

export function dbHost(g: Gen): string {
  return g.pick([
    'localhost',
    '127.0.0.1',
    'db',
    'mysql',
    'mariadb',
    `node${g.between(1, 4)}.${g.pick(['pvpnetwork.net', 'blockcraft.gg', 'mc-hosting.eu'])}`,
  ]);
}

export function dbName(g: Gen): string {
  return g.pick(['minecraft', 'luckperms', 'coreprotect', 'authme', 'es_extended', 'qbcore', 'darkrp', 'network']);
}

export function dbUser(g: Gen): string {
  return g.pick(['root', 'minecraft', 'mc', 'u1234_lp', 'fivem', 'gmod', 'plugins']);
}

export function serverName(g: Gen): string {
  return g.pick([
    'BlockCraft SMP',
    'Vanilla+ Survival',
    'DustyNet CS2',
    'Los Santos RP',
    'Viking Realm',
    'Rusty Wipes EU',
    'Factory Friends',
  ]);
}

export function seed(g: Gen): string {
  return (g.chance(0.5) ? '-' : '') + g.fake.digits(g.between(10, 19)).replace(/^0/, '7');
}

export function panelUrl(g: Gen): string {
  return `https://${g.pick(['panel', 'gp', 'pterodactyl', 'manage'])}.${g.pick(['blockcraft.gg', 'rustywipes.eu', 'lsrp.net', 'myhosting.io'])}`;
}
