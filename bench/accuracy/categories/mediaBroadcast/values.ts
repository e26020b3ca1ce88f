import type { Gen } from '../../gen';

/**
 * Values the media-broadcast templates share, in the shapes the platforms and vendors document:
 * ingest stream keys (YouTube's five groups of four, Twitch's `live_<user id>_<30>`, Facebook's
 * `FB-<id>-0-<key>`, Restream's `re_<id>_<hex>`, Mux's and Cloudflare Stream's long random keys),
 * SRT passphrases (10 to 79 characters), Mux access token secrets, Brightcove client secrets,
 * Kaltura admin secrets (32 hex), Akamai EdgeAuth keys (hex), Widevine/PlayReady/FairPlay content
 * and provider keys, Frame.io developer tokens (`fio-u-`), Audible device tokens, Spotify client
 * secrets (32 hex); and the ids beside them that are not secrets (playback ids, partner ids, key
 * ids, KIDs, channel ids, EIDR ids). Everything is generated at run time from the seeded FakeTokens
 * (prefixes concatenated with the random part): nothing committed here is a live credential.
 */

const MEDIA_WORDS = ['studio', 'onair', 'playout', 'newsroom', 'encoder', 'master', 'gallery', 'vision', 'tally'];

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A password as broadcast engineers set them on encoders, servers and consoles. */
export function pass(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return `${cap(g.pick(MEDIA_WORDS))}${g.pick(['!', '#', '_', '@', '.'])}${g.fake.digits(g.between(2, 4))}`;
    case 1:
      return g.fake.alnum(g.between(12, 20));
    case 2:
      return `${g.pick(MEDIA_WORDS)}${g.fake.digits(g.between(3, 5))}${g.pick(['!', '$', '%'])}`;
    default:
      return g.plainPassword();
  }
}

/** A password with no characters that need escaping in XML, URLs, shells or INI values. */
export function plain(g: Gen): string {
  for (;;) {
    const s = pass(g);
    if (/^[A-Za-z0-9_.!-]+$/.test(s)) return s;
  }
}

/** A long random shared secret (webhooks, JWT secrets, tokens): 24-48 characters. */
export function longSecret(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(24, 40)) : g.fake.hex(g.pick([32, 40, 64]));
}

// --- ingest stream keys -----------------------------------------------------------------------

/** A YouTube Live stream key: five groups of four lower-case letters and digits. */
export function youtubeKey(g: Gen): string {
  return [0, 1, 2, 3, 4].map(() => g.fake.lowerAlnum(4)).join('-');
}

/** A Twitch stream key: `live_` + numeric user id + `_` + 30 base62. */
export function twitchKey(g: Gen): string {
  return 'li' + 've_' + g.fake.digits(9).replace(/^0/, '4') + '_' + g.fake.alnum(30);
}

/** A Facebook Live persistent stream key: `FB-` + numeric id + `-0-` + base64url-ish key. */
export function facebookKey(g: Gen): string {
  return 'F' + 'B-' + g.fake.digits(16).replace(/^0/, '1') + '-0-' + g.fake.alnum(g.between(40, 52));
}

/** A Restream stream key: `re_` + numeric id + `_` + hex. */
export function restreamKey(g: Gen): string {
  return 'r' + 'e_' + g.fake.digits(7).replace(/^0/, '3') + '_' + g.fake.hex(g.pick([20, 32]));
}

/** A Mux live stream key: a UUID-shaped random key. */
export function muxStreamKey(g: Gen): string {
  return g.fake.uuid();
}

/** A Cloudflare Stream live input RTMPS key: 32 hex + `k` + 32 hex. */
export function cfStreamKey(g: Gen): string {
  return g.fake.hex(32) + 'k' + g.fake.hex(32);
}

/** A self-hosted server's stream key as admins make them: a word and digits, or random. */
export function customKey(g: Gen): string {
  switch (g.fake.int(3)) {
    case 0:
      return `${g.pick(MEDIA_WORDS)}-${g.fake.lowerAlnum(g.between(10, 16))}`;
    case 1:
      return g.fake.alnum(g.between(16, 24));
    default:
      return g.fake.hex(g.pick([16, 24, 32]));
  }
}

/** An SRT or RIST passphrase (SRT requires 10 to 79 characters). */
export function srtPassphrase(g: Gen): string {
  return g.chance(0.5)
    ? g.fake.alnum(g.between(16, 32))
    : `${cap(g.pick(MEDIA_WORDS))}Srt${g.fake.digits(4)}${g.pick(['!', '#', '%'])}x`;
}

// --- platforms ---------------------------------------------------------------------------------

/** Mux: access token id (UUID, the basic-auth user) and secret (75 base64 characters). */
export function muxTokenId(g: Gen): string {
  return g.fake.uuid();
}
export function muxTokenSecret(g: Gen): string {
  return g.fake.base64(75).replace(/\//g, 'Q');
}
/** Mux signing key: id (public, in the JWT's kid) and a base64-encoded PEM private key. */
export function muxSigningKeyId(g: Gen): string {
  return g.fake.alnum(40);
}
export function base64Pem(g: Gen): string {
  return Buffer.from(g.fake.pem('RSA PRIVATE KEY', 8)).toString('base64');
}
/** A Mux playback id (public). */
export function muxPlaybackId(g: Gen): string {
  return g.fake.alnum(g.between(38, 44));
}

/** Brightcove: client id (UUID, public) and 86-character client secret; account id (digits). */
export function bcClientSecret(g: Gen): string {
  return g.fake.base64url(86);
}
export function bcAccount(g: Gen): string {
  return g.fake.digits(13).replace(/^0/, '6');
}
/** A Brightcove Playback API policy key (public: served to every player). */
export function bcPolicyKey(g: Gen): string {
  return 'BCpk' + 'A' + g.fake.base64url(g.between(120, 140));
}

/** Kaltura: partner id (digits, public), admin and user secrets (32 hex). */
export function kalturaPartner(g: Gen): string {
  return g.fake.digits(7).replace(/^0/, '2');
}
export function kalturaSecret(g: Gen): string {
  return g.fake.hex(32);
}

/** JW Player: site id (8 base62, public), v1 API key/secret, v2 API secret (48 base62). */
export function jwSiteId(g: Gen): string {
  return g.fake.alnum(8);
}
export function jwV2Secret(g: Gen): string {
  return g.fake.alnum(48);
}
export function jwV1Key(g: Gen): string {
  return g.fake.alnum(8);
}
export function jwV1Secret(g: Gen): string {
  return g.fake.alnum(24);
}

/** Vimeo: client id (40 hex, public), client secret (128 base64), personal access token (32 hex). */
export function vimeoClientId(g: Gen): string {
  return g.fake.hex(40);
}
export function vimeoClientSecret(g: Gen): string {
  return g.fake.base64(128).replace(/\//g, 'k');
}
export function vimeoToken(g: Gen): string {
  return g.fake.hex(32);
}

/** A Cloudflare API token (40 base64url). */
export function cfApiToken(g: Gen): string {
  return g.fake.base64url(40);
}

/** An Akamai EdgeAuth token key: hex, even length. */
export function akamaiKey(g: Gen): string {
  return g.fake.hex(g.pick([32, 40, 64]));
}

/** A CloudFront key pair id (public: in every signed URL) or a key-group public key id. */
export function cloudfrontKeyPairId(g: Gen): string {
  return g.chance(0.5) ? 'APK' + 'A' + g.fake.upperAlnum(16) : 'K' + g.fake.upperAlnum(13);
}

/** Bunny.net: account API key and storage password (UUID plus groups), token auth key (UUID). */
export function bunnyApiKey(g: Gen): string {
  return g.fake.uuid() + '-' + g.fake.hex(4) + '-' + g.fake.hex(4);
}
export function bunnyTokenKey(g: Gen): string {
  return g.fake.uuid();
}

/** A Fastly API token (32 base64url). */
export function fastlyToken(g: Gen): string {
  return g.fake.base64url(32);
}

/** An AWS access key id and secret key. */
export function awsKeyId(g: Gen): string {
  // Access key ids are base32 after the prefix (A-Z and 2-7), as AWS issues them.
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}
export function awsSecret(g: Gen): string {
  return g.fake.base64(40).replace(/\+/g, 'q');
}

// --- DRM -----------------------------------------------------------------------------------------

/** A 128-bit content key or key id in hex. */
export function hex128(g: Gen): string {
  return g.fake.hex(32);
}
/** A PlayReady key seed: 30 bytes, base64 (40 characters). */
export function playreadySeed(g: Gen): string {
  return g.fake.base64(40);
}
/** An Axinom communication key: 32 bytes base64. */
export function axinomKey(g: Gen): string {
  return g.fake.base64(43) + '=';
}
/** PallyCon site id (4 upper alnum, public) and site/access keys (32 base62). */
export function pallyconSiteId(g: Gen): string {
  return g.fake.upperAlnum(4);
}
export function pallyconKey(g: Gen): string {
  return g.fake.alnum(32);
}

// --- production, audio, services ---------------------------------------------------------------

/** A Frame.io developer token: `fio-u-` + 64 base64url. */
export function frameioToken(g: Gen): string {
  return 'fio' + '-u-' + g.fake.base64url(64);
}

/** An Iconik auth token: a long base64url JWT-like string. */
export function iconikToken(g: Gen): string {
  return g.fake.jwt({ iss: 'iconik', aud: 'app' });
}

/** Spotify client id and secret (32 hex each). */
export function hex32(g: Gen): string {
  return g.fake.hex(32);
}

/** Audible (audible-cli auth file): Atna/Atnr tokens and the ADP token. */
export function audibleRefresh(g: Gen): string {
  return 'Atn' + 'r|' + g.fake.base64url(g.between(300, 340));
}
export function audibleAccess(g: Gen): string {
  return 'Atn' + 'a|' + g.fake.base64url(g.between(300, 340));
}

/** A Twitch client secret or chat OAuth token body (30 lower-case letters and digits). */
export function twitch30(g: Gen): string {
  return g.fake.lowerAlnum(30);
}

/** A Google API key (`AIza` + 35). */
export function googleApiKey(g: Gen): string {
  return 'AI' + 'za' + g.fake.base64url(35);
}

/** A Coconut API key (`k-` + 32 hex). */
export function coconutKey(g: Gen): string {
  return 'k' + '-' + g.fake.hex(32);
}

/** A Bitmovin API key (UUID). */
export function bitmovinKey(g: Gen): string {
  return g.fake.uuid();
}

/** A Qencode project API key (13 lower hex-ish). */
export function qencodeKey(g: Gen): string {
  return g.fake.lowerAlnum(13);
}

/** A Rev.ai access token (`02` + 70 base64url-ish). */
export function revAiToken(g: Gen): string {
  return '0' + '2' + g.fake.alnum(68);
}

/** A JWT-style service token (Ant Media REST, Red5 Pro stream manager). */
export function jwt(g: Gen, claims: Record<string, unknown> = {}): string {
  return g.fake.jwt(claims);
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

// --- hosts and names ----------------------------------------------------------------------------

export function host(g: Gen): string {
  return g.pick([
    `encoder${g.between(1, 4)}.studio.local`,
    `ingest.${g.pick(['acme-media.tv', 'newsnet.internal', 'broadcast.corp.local'])}`,
    `10.${g.between(10, 60)}.${g.between(0, 254)}.${g.between(2, 250)}`,
    `origin-${g.pick(['01', '02', 'east', 'eu'])}.${g.pick(['acme-media.tv', 'streamco.net'])}`,
    `playout-${g.pick(['a', 'b'])}.mcr.internal`,
  ]);
}

export function streamName(g: Gen): string {
  return g.pick(['live', 'main', 'program', 'feed1', 'cam-a', 'studio1', 'church', 'matchday', 'newsdesk']);
}

export function user(g: Gen): string {
  return g.pick(['admin', 'encoder', 'publisher', 'studio', 'obs', 'wowza', 'ops', 'mcr', 'playout', 'stream']);
}

export function ip(g: Gen): string {
  return `${g.between(10, 192)}.${g.between(0, 254)}.${g.between(0, 254)}.${g.between(2, 250)}`;
}
