// Credentials of live streaming and broadcast engineering (media-broadcast corpus), where the
// platform's documented format or the form the credential is written in says what it is:
// - formats: YouTube Live stream keys (five groups of four lower-case letters and digits, on a line
//   naming YouTube or its `live2` ingest), Facebook Live persistent stream keys (`FB-` + id + `-0-`
//   + key), Restream stream keys (`re_` + id + `_` + hex, beside a Restream host), Cloudflare Stream
//   live-input keys and SRT passphrases (32 hex + `k` + 32 hex), MediaPackage CDN authorization
//   secrets (`MediaPackageCDNIdentifier`, a UUID; AWS "CDN authorization"), FairPlay Application
//   Secret Keys (ASK, 32 hex);
// - forms: a value assigned to a stream-key name (`MUX_STREAM_KEY=`, `streamKey:`), Wowza Streaming
//   Engine's `admin.password` and `publish.password` files (`user password [group]` lines), content
//   keys on packager command lines (Shaka Packager `--keys ...:key=`, `--aes_signing_key`, Bento4
//   `--key n:hex:`, ffmpeg `-encryption_key`), a hex key written to a key file with `xxd -r -p`,
//   Akamai `EdgeAuth(key=...)`, Rev's `Rev <client key>:<user key>` authorization, and SDK clients
//   taking the secret by position (JW Player v1 `jwplatform.v1.Client(key, secret)`, Rev.ai
//   `RevAiAPIClient(token)`, Coconut `new Coconut.Client(key)`; a pattern of their own rather than
//   entries in ./positionalPasswords.ts, whose one combined pattern every domain's calls re-prove).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { COLON, EQUALS, HYPHEN, SPACE, isDigit, isLetter, isQuote, skipBlanks, startsWithWord } from '../gateChars';
import { judgedPassword } from '../judge/judge';
import { lineAround } from '../lineReach';
import type { MatchContext, Rule, Verdict } from '../types';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Letters and digits both, and not a run of one character class: a drawn key, not a word. */
function isDrawn(value: string, minDigits = 2): boolean {
  const digits = value.replace(/[^0-9]/g, '').length;
  const letters = value.replace(/[^A-Za-z]/g, '').length;
  return digits >= minDigits && letters >= 4 && shannonEntropy(value) >= 3;
}

const judgeWowza = judgedPassword('password in a Wowza Streaming Engine password file', false);
const judgeSecretString = judgedPassword('value stored as a secret', true);
const judgeSdkSecret = judgedPassword('secret passed by position to a media SDK client', true);

const WHOLE_UUID = new RegExp(`^${UUID}$`);

/** An Akamai edge token's signature field, last in the token: `~hmac=` and 40 or 64 hex digits. */
const JWT_SHAPE = /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}$/;

/** A Mux playback host and path, right before a signed URL's query. */
const MUX_PLAYBACK_PATH = /\b(?:stream|image)\.mux\.com\/[\w./-]{1,120}$/;

const EDGE_TOKEN_HMAC = /~hmac=([0-9a-f]{64}|[0-9a-f]{40})$/;

/** A stream-key value: a UUID (Mux) or a drawn key of 16 or more characters; not a reference. */
function judgeStreamKey(secret: string): boolean | Verdict {
  if (WHOLE_UUID.test(secret)) return { why: 'a UUID-shaped stream key (Mux issues them so)' };
  return secret.length >= 16 && isDrawn(secret) && !/^[A-Z][A-Z0-9_]{3,}$/.test(secret);
}

/** Not every group of a YouTube-shaped key alike (`abcd-abcd-...`), and digits in it. */
function judgeYoutubeKey(secret: string, match: string, context: MatchContext): boolean {
  const groups = secret.split('-');
  if (new Set(groups).size < 5) return false;
  // A line naming YouTube's ingest or a stream key, not a licence code that happens to mention it
  // (read within LINE_REACH of the match: a long line of keys costs its length once, not per key).
  if (!/youtube|live2|stream.?key|streamname/i.test(lineAround(context, match.length))) return false;
  return isDrawn(secret.replace(/-/g, ''));
}

/** `[0-9a-fA-F]` */
function isHex(c: number): boolean {
  return isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
}

/** Whether `count` hex digits stand from `p`, all before `end`. */
function hexRunAt(text: string, p: number, count: number, end: number): boolean {
  if (p + count > end) return false;
  for (let i = p; i < p + count; i++) if (!isHex(text.charCodeAt(i))) return false;
  return true;
}

/**
 * `ask` as a name of its own (or after `fps`, `fairplay`), an optional quote, at most four blanks,
 * `=` or `:`, blanks, a quote and 32 hex digits, as fairplay-application-secret-key reads from its
 * keyword: most `ask` hits are inside words (`task:`, `mask =`, `subtask"`), the rest take no hex.
 */
function askAssigned(text: string, at: number, lineEnd: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : SPACE;
  if (
    (isLetter(before) || isDigit(before)) &&
    !(at >= 3 && startsWithWord(text, at - 3, 'fps')) &&
    !(at >= 8 && startsWithWord(text, at - 8, 'fairplay'))
  )
    return false;
  let p = at + 3;
  if (isQuote(text.charCodeAt(p))) p++;
  p = skipBlanks(text, p, lineEnd, 4);
  const op = text.charCodeAt(p);
  if (p >= lineEnd || (op !== EQUALS && op !== COLON)) return false;
  p = skipBlanks(text, p + 1, lineEnd, 4);
  if (isQuote(text.charCodeAt(p))) p++;
  return hexRunAt(text, p, 32, lineEnd);
}

/** Past the run of `=` and spaces from `p` (one to four, as `[= ]{1,4}`), or -1 when none stands there. */
function assignerEnd(text: string, p: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, p + 4);
  let q = p;
  while (q < limit && (text.charCodeAt(q) === EQUALS || text.charCodeAt(q) === SPACE)) q++;
  return q === p ? -1 : q;
}

/**
 * What drm-content-key-argument requires at each of its keywords, in a few reads: `key_id=` and 32
 * hex digits before `:key=`; `--` before `aes_signing_key` and `-` before `en`/`decryption_key`,
 * then the value's separator; a track number and `:` after `--key`; and the key's first hex digit.
 * Most `--key` hits are other options (`--keyint`, `--key-file`), most `encryption_key` hits names.
 */
function contentKeyArgumentAt(text: string, at: number, lineEnd: number): boolean {
  const first = text.charCodeAt(at) | 32;
  let p: number;
  if (first === COLON) {
    // `:key=`: the key id before it, as `key_id=<32 hex>:key=`.
    if (at < 39 || !startsWithWord(text, at - 39, 'key_id=') || !hexRunAt(text, at - 32, 32, at)) return false;
    p = at + 5;
  } else if (first === 97) {
    // `aes_signing_key`, as `--aes_signing_key[= ]{1,4}["']?`.
    if (at < 2 || text.charCodeAt(at - 1) !== HYPHEN || text.charCodeAt(at - 2) !== HYPHEN) return false;
    p = assignerEnd(text, at + 15, lineEnd);
    if (p < 0) return false;
    if (isQuote(text.charCodeAt(p))) p++;
  } else if (first === HYPHEN) {
    // `--key`, as `--key[= ]{1,4}\d{1,3}:`.
    p = assignerEnd(text, at + 5, lineEnd);
    if (p < 0) return false;
    const digitsEnd = Math.min(lineEnd, p + 3);
    const from = p;
    while (p < digitsEnd && isDigit(text.charCodeAt(p))) p++;
    if (p === from || text.charCodeAt(p) !== COLON) return false;
    p++;
  } else {
    // `encryption_key` or `decryption_key` (14 letters), as `-(?:en|de)cryption_key[ \t]{1,4}["']?`.
    if (at < 1 || text.charCodeAt(at - 1) !== HYPHEN) return false;
    p = skipBlanks(text, at + 14, lineEnd, 4);
    if (p === at + 14) return false;
    if (isQuote(text.charCodeAt(p))) p++;
  }
  return hexRunAt(text, p, 32, lineEnd);
}

/**
 * A Fastly VCL table named for secrets or keys (`table token_secrets {`, `table signing_keys STRING {`)
 * and its first `"name": "value"` entry, up to three blank or comment lines below.
 */
const VCL_SECRET_TABLE =
  /(?<![\w.])table[ \t]{1,4}\w{0,40}(?:secret|key|signing)\w{0,40}(?:[ \t]{1,4}STRING)?[ \t]{0,4}\{[ \t]{0,40}\r?\n(?:[ \t]{0,40}(?:#[^\n]{0,200})?\r?\n){0,3}[ \t]{0,40}"[^"\n]{1,64}"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[A-Za-z0-9+/=_-]{16,128})"/;

export const mediaBroadcastRules: readonly Rule[] = [
  {
    id: 'youtube-live-stream-key',
    title: 'YouTube Live stream key',
    provider: 'YouTube',
    keywords: ['youtube', 'live2', 'stream key', 'stream_key', 'streamkey', 'streamname'],
    pattern: /(?<![\w-])(?<secret>[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})(?![\w-])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'YOUTUBE_STREAM_KEY',
    docs: 'https://support.google.com/youtube/answer/2907883',
    risk: "Broadcasts to the channel's live stream as the channel: anything sent to the ingest goes on air.",
    validate: judgeYoutubeKey,
    examples: {
      embed: false,
      positives: (fake) => [
        `ffmpeg -re -i in.mp4 -c copy -f flv rtmp://a.rtmp.youtube.com/live2/${[1, 2, 3, 4, 5].map(() => fake.lowerAlnum(4)).join('-')}`,
        `youtube key: ${[1, 2, 3, 4, 5].map(() => fake.lowerAlnum(4)).join('-')}`,
        `stream key: ${[1, 2, 3, 4, 5].map(() => fake.lowerAlnum(4)).join('-')}`,
        `stream_key = "${[1, 2, 3, 4, 5].map(() => fake.lowerAlnum(4)).join('-')}"`,
        `streamKey: '${[1, 2, 3, 4, 5].map(() => fake.lowerAlnum(4)).join('-')}'`,
        `program={"entryName":"yt", "host":"a.rtmp.youtube.com", "application":"live2", "streamName":"${[1, 2, 3, 4, 5].map(() => fake.lowerAlnum(4)).join('-')}"}`,
      ],
      negatives: [
        { text: 'Your YouTube stream key looks like xxxx-xxxx-xxxx-xxxx-xxxx.', why: 'the documented mask' },
        { text: 'rtmp://a.rtmp.youtube.com/live2/{stream_key}', why: 'a placeholder' },
        { text: 'youtube: abcd-abcd-abcd-abcd-abcd', why: 'one group repeated' },
        { text: 'youtube-dl --format best-video-audio-only-mp4 url', why: 'options, not a key' },
      ],
    },
  },
  {
    id: 'facebook-live-stream-key',
    title: 'Facebook Live stream key',
    provider: 'Facebook',
    keywords: ['fb-'],
    pattern: /(?<![\w-])(?<secret>FB-\d{10,20}-\d-[A-Za-z0-9_-]{20,90})(?![\w-])/,
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'FACEBOOK_STREAM_KEY',
    docs: 'https://www.facebook.com/business/help/1534561156832947',
    risk: 'Broadcasts live to the page or profile the key belongs to.',
    examples: {
      embed: false,
      positives: (fake) => [
        `rtmps://live-api-s.facebook.com:443/rtmp/FB-${fake.digits(16)}-0-${fake.alnum(44)}`,
        `FB_KEY=FB-${fake.digits(15)}-0-${fake.alnum(48)}`,
      ],
      negatives: [
        { text: 'FB-1234567890123456-0-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'a mask' },
        { text: 'ticket FB-1234 reopened', why: 'an issue id' },
      ],
    },
  },
  {
    id: 'restream-stream-key',
    title: 'Restream stream key',
    provider: 'Restream',
    keywords: ['restream'],
    pattern: /(?<![\w-])(?<secret>re_\d{5,10}_[0-9a-f]{16,40})(?![\w-])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'RESTREAM_STREAM_KEY',
    docs: 'https://support.restream.io/en/articles/4496498-how-to-find-your-stream-key',
    risk: 'Broadcasts through the Restream account to every channel it relays to.',
    examples: {
      embed: false,
      positives: (fake) => [`push rtmp://live.restream.io/live/re_${fake.digits(7)}_${fake.hex(20)};`],
      negatives: [{ text: 'push rtmp://live.restream.io/live/re_0000000_xxxxxxxx;', why: 'a placeholder' }],
    },
  },
  {
    id: 'cloudflare-stream-live-key',
    title: 'Cloudflare Stream live input key or SRT passphrase',
    provider: 'Cloudflare',
    keywords: ['live.cloudflare.com', 'passphrase', 'stream key', 'stream_key', 'streamkey'],
    pattern: /(?<![0-9a-fA-F])(?<secret>[0-9a-f]{32}k[0-9a-f]{32})(?![0-9a-fA-F])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'CLOUDFLARE_STREAM_KEY',
    docs: 'https://developers.cloudflare.com/stream/stream-live/start-stream-live/',
    risk: "Broadcasts to the live input: what it sends goes out to the input's viewers and recordings.",
    examples: {
      embed: false,
      positives: (fake) => [
        `ffmpeg -re -i in.ts -c copy -f flv rtmps://live.cloudflare.com:443/live/${fake.hex(32)}k${fake.hex(32)}`,
        `| Passphrase | ${fake.hex(32)}k${fake.hex(32)} |`,
        `stream key: ${fake.hex(32)}k${fake.hex(32)}`,
        `CF_STREAM_KEY=${fake.hex(32)}k${fake.hex(32)}`,
        `streamKey: "${fake.hex(32)}k${fake.hex(32)}"`,
      ],
      negatives: [{ text: (fake) => `| Stream ID | ${fake.hex(32)} |`, why: 'the input id, no key' }],
    },
  },
  {
    id: 'stream-key-assignment',
    title: 'Stream key assigned to a stream-key name',
    provider: 'Live streaming',
    keywords: ['stream_key', 'streamkey', 'stream-key'],
    // The name ends in stream key (`MUX_STREAM_KEY`, `streamKey`, `stream-key`), then the value.
    pattern: /stream[_-]?key["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[A-Za-z0-9_-]{16,128})(?![A-Za-z0-9_-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'STREAM_KEY',
    docs: 'https://www.mux.com/docs/guides/start-live-streaming',
    risk: 'Publishes to the live stream the key belongs to: anything sent goes on air under its name.',
    validate: judgeStreamKey,
    examples: {
      embed: false,
      positives: (fake) => [
        `MUX_STREAM_KEY=${fake.uuid()}`,
        `streamKey: "${fake.alnum(24)}"`,
        `stream-key: ${fake.alnum(20)}9`,
      ],
      negatives: [
        { text: 'STREAM_KEY=${STREAM_KEY}', why: 'a reference' },
        { text: 'streamKey: "YOUR_STREAM_KEY_HERE"', why: 'a placeholder' },
        { text: 'stream_key = TWITCH_STREAM_KEY_VALUE', why: 'a name' },
        {
          text: (fake) => `  policyKey: 'BCpkA${fake.base64url(130)}',`,
          why: "a Brightcove player's policy key: public, served to every player",
        },
      ],
    },
  },
  {
    id: 'wowza-password-file',
    title: "Password in Wowza Streaming Engine's admin.password or publish.password",
    provider: 'Wowza',
    keywords: [],
    wakesOnEveryLine: true,
    paths: /(?:^|\/)(?:admin|publish)\.password$/,
    // `[username] [password]` (publish.password) or `[username] [password] [group]` (admin.password).
    pattern:
      /^[ \t]{0,4}(?<user>[A-Za-z0-9_.@-]{1,64})[ \t]{1,8}(?<secret>[^\s#]{1,128})(?:[ \t]{1,8}[\w|]{1,64})?[ \t]{0,4}$/,
    confidence: 'medium',
    envVar: 'WOWZA_PASSWORD',
    docs: 'https://www.wowza.com/docs/how-to-manage-wowza-streaming-engine-manager-users',
    risk: 'Signs in to Wowza Streaming Engine (Manager and REST API) or publishes streams to it as that user.',
    validate: (secret, match, context) => !/^\[.*\]$/.test(secret) && judgeWowza(secret, match, context),
    examples: {
      embed: false,
      path: 'WowzaStreamingEngine/conf/publish.password',
      positives: (fake) => [`encoder1 ${fake.alnum(14)}`, `admin Studio!${fake.digits(4)} admin|advUser`],
      negatives: [
        { text: '# Publish password file (format [username] [password])', why: 'the shipped comment' },
        { text: (fake) => `encoder1 ${fake.alnum(14)}`, why: 'not a Wowza password file', path: 'notes/users.txt' },
      ],
    },
  },
  {
    id: 'drm-content-key-argument',
    title: 'Content or signing key on a packager or encryptor command line',
    provider: 'DRM packaging',
    keywords: [':key=', 'aes_signing_key', '--key', 'encryption_key', 'decryption_key'],
    // Shaka Packager `--keys label=..:key_id=<hex>:key=<hex>`, `--aes_signing_key <hex>`; Bento4
    // `--key <track>:<hex>:<iv>`; ffmpeg `-encryption_key <hex>` / `-decryption_key <hex>`.
    pattern:
      /(?:key_id=[0-9a-fA-F]{32}:key=|--aes_signing_key[= ]{1,4}["']?|--key[= ]{1,4}\d{1,3}:|-(?:en|de)cryption_key[ \t]{1,4}["']?)(?<secret>[0-9a-fA-F]{64}|[0-9a-fA-F]{32})(?![0-9a-fA-F])/,
    // Every match holds one of the keywords where this gate holds: most hits of them are other options and names.
    keywordGate: contentKeyArgumentAt,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'CONTENT_KEY',
    docs: 'https://shaka-project.github.io/shaka-packager/html/tutorials/raw_key.html',
    risk: 'Decrypts the protected content (a content key), or requests keys from the DRM key server as the provider (a signing key).',
    examples: {
      embed: false,
      positives: (fake) => [
        `  --keys label=:key_id=${fake.hex(32)}:key=${fake.hex(32)} \\`,
        `  --aes_signing_key ${fake.hex(64)} \\`,
        `mp4encrypt --method MPEG-CENC --key 1:${fake.hex(32)}:random in.mp4 out.mp4`,
        `ffmpeg -i in.mp4 -encryption_scheme cenc-aes-ctr -encryption_key ${fake.hex(32)} -encryption_kid ${fake.hex(32)} out.mp4`,
        `ffmpeg -decryption_key ${fake.hex(32)} -i protected.mp4 -c copy clear.mp4`,
      ],
      negatives: [
        { text: '  --aes_signing_key "$WV_SIGNING_KEY" --aes_signing_iv "$WV_SIGNING_IV"', why: 'references' },
        { text: (fake) => `-encryption_kid ${fake.hex(32)}`, why: 'a key id, public in the manifest' },
        { text: '--key 1:00000000000000000000000000000000:random', why: 'a zero key' },
      ],
    },
  },
  {
    id: 'hex-key-written-to-key-file',
    title: 'Hex key written to a key file (xxd -r -p)',
    provider: 'HLS encryption',
    keywords: ['xxd -r'],
    pattern:
      /(?:echo|printf)[ \t]{1,4}(?:-[ne]{1,2}[ \t]{1,4})?["']?(?<secret>[0-9a-fA-F]{32}|[0-9a-fA-F]{64})["']?[ \t]{0,4}\|[ \t]{0,4}xxd -r -p/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'HLS_KEY',
    docs: 'https://ffmpeg.org/ffmpeg-formats.html#Options-11',
    risk: 'Decrypts every segment encrypted with the key.',
    examples: {
      embed: false,
      positives: (fake) => [`echo -n "${fake.hex(32)}" | xxd -r -p > /var/www/keys/enc.key`],
      negatives: [{ text: 'openssl rand 16 | xxd -p > enc.hex', why: 'a key drawn at run time' }],
    },
  },
  {
    id: 'fairplay-application-secret-key',
    title: 'FairPlay Streaming Application Secret Key (ASK)',
    provider: 'Apple FairPlay',
    keywords: ['ask=', 'ask:', 'ask"', "ask'", 'ask ='],
    pattern:
      /(?<![A-Za-z0-9])(?:fps|fairplay)?[._-]?ask["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[0-9a-fA-F]{32})(?![0-9a-fA-F])/i,
    // Most `ask` hits are in other words (`task:`, `mask =`): the gate reads the name and the value's start.
    keywordGate: askAssigned,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'FAIRPLAY_ASK',
    docs: 'https://developer.apple.com/streaming/fps/',
    risk: 'With the FairPlay private key, decrypts key requests and issues content keys as the content provider.',
    examples: {
      embed: false,
      positives: (fake) => [
        `fps.ask=${fake.hex(32)}`,
        `FAIRPLAY_ASK="${fake.upperHex(32)}"`,
        `  ask: ${fake.hex(32)}`,
        `{"ask": "${fake.hex(32)}"}`,
        `{'ask': '${fake.hex(32)}'}`,
        `ASK = ${fake.hex(32)}`,
      ],
      negatives: [
        { text: 'fps.ask=${FPS_ASK}', why: 'a reference' },
        { text: (fake) => `task=${fake.hex(32)}`, why: 'another name' },
      ],
    },
  },
  {
    id: 'mediapackage-cdn-identifier',
    title: 'AWS Elemental MediaPackage CDN authorization secret',
    provider: 'AWS Elemental',
    keywords: ['cdnidentifier'],
    pattern: new RegExp(
      String.raw`CDNIdentifier["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>${UUID})(?![0-9a-fA-F-])`,
      'i',
    ),
    confidence: 'high',
    envVar: 'MEDIAPACKAGE_CDN_IDENTIFIER',
    docs: 'https://docs.aws.amazon.com/mediapackage/latest/ug/cdn-auth.html',
    risk: 'Passes MediaPackage CDN authorization: requests carrying it are served as the CDN.',
    examples: {
      embed: false,
      positives: (fake) => [
        `  "MediaPackageCDNIdentifier": "${fake.uuid()}"`,
        `X-MediaPackage-CDNIdentifier: ${fake.uuid()}`,
      ],
      negatives: [{ text: '"MediaPackageCDNIdentifier": "<uuid>"', why: 'a placeholder' }],
    },
  },
  {
    id: 'akamai-edgeauth-key',
    title: 'Akamai EdgeAuth (token authentication) key',
    provider: 'Akamai',
    keywords: ['edgeauth('],
    // The key as the first argument, as the EdgeAuth SDKs' examples pass it (`EdgeAuth(key=..., window_seconds=...)`).
    pattern:
      /EdgeAuth\([ \t]{0,4}(?:\*\*\{[ \t]{0,4})?["']?key["']?[ \t]{0,4}[=:][ \t]{0,4}["'](?<secret>[0-9a-fA-F]{16,128})["']/,
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'AKAMAI_TOKEN_KEY',
    docs: 'https://techdocs.akamai.com/property-mgr/docs/auth-token-2-0-verification',
    risk: 'Mints Akamai edge tokens: plays (or downloads) every path the token ACL may name.',
    examples: {
      embed: false,
      positives: (fake) => [`et = EdgeAuth(key="${fake.hex(32)}", window_seconds=3600)`],
      negatives: [{ text: 'et = EdgeAuth(key=os.environ["AKAMAI_KEY"], window_seconds=3600)', why: 'a reference' }],
    },
  },
  {
    id: 'rev-authorization',
    title: 'Rev API client and user keys (Authorization: Rev)',
    provider: 'Rev',
    keywords: ['"rev ', "'rev ", ': rev '],
    pattern: /(?:["']|:[ \t]{1,4})Rev[ \t](?<id>[A-Za-z0-9_-]{16,64}):(?<secret>[A-Za-z0-9_-]{16,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'REV_USER_API_KEY',
    docs: 'https://www.rev.com/api/security',
    risk: 'Orders captions and transcripts billed to the account and reads its media and files.',
    examples: {
      embed: false,
      positives: (fake) => [
        `REV_AUTH = "Rev ${fake.alnum(20)}:${fake.alnum(20)}"`,
        `Authorization: Rev ${fake.alnum(20)}:${fake.alnum(20)}`,
        `headers = {'Authorization': 'Rev ${fake.alnum(20)}:${fake.alnum(20)}'}`,
      ],
      negatives: [{ text: 'Authorization: Rev <client_api_key>:<user_api_key>', why: 'the documented stand-ins' }],
    },
  },
  {
    id: 'akamai-edge-token-url',
    title: 'Akamai edge (token auth) token in a URL',
    provider: 'Akamai',
    keywords: ['hdnts=', '__token__='],
    // `hdnts=exp=...~acl=...~hmac=<hex>` (or `__token__=`): the signed URL plays the ACL's paths until `exp`.
    pattern: /(?:hdnts|__token__)=(?<secret>[^&;\s"'<>]{20,800})/,
    startsAtKeyword: true,
    // The token holds an ACL path (`/live/*`) the shared stand-in filter would read as a template;
    // the signature is checked here instead: hex, last, and drawn.
    skipPlaceholderFilter: true,
    validate: (secret) => {
      const hmac = EDGE_TOKEN_HMAC.exec(secret)?.[1];
      return hmac !== undefined && shannonEntropy(hmac) >= 3;
    },
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'SIGNED_URL',
    docs: 'https://techdocs.akamai.com/property-mgr/docs/auth-token-2-0-verification',
    risk: 'Plays (or downloads) the paths its ACL names until it expires, for anyone the URL is passed to.',
    examples: {
      embed: false,
      positives: (fake) => [
        `https://live.acme.tv/news/master.m3u8?hdnts=exp=1796000000~acl=/news/*~hmac=${fake.hex(64)}`,
        `Cookie: __token__=st=1795996400~exp=1796000000~acl=/vod/*~hmac=${fake.hex(64)}`,
      ],
      negatives: [
        { text: (fake) => `X-Hub-Signature: hmac=${fake.hex(64)}`, why: 'a request signature, no edge token' },
      ],
    },
  },
  {
    id: 'mux-signed-playback-url',
    title: 'Mux signed playback URL (token=JWT)',
    provider: 'Mux',
    keywords: ['?token=eyj'],
    // `https://stream.mux.com/{playback id}.m3u8?token=<JWT>` (or image.mux.com/.../thumbnail.jpg?token=):
    // the pattern reads the token, its judge the Mux host and path before it.
    pattern: /\?token=(?<secret>eyJ[\w.-]{40,3000})/,
    startsAtKeyword: true,
    validate: (secret, _match, context) =>
      JWT_SHAPE.test(secret) &&
      MUX_PLAYBACK_PATH.test(context.line.slice(Math.max(0, context.matchIndex - 160), context.matchIndex)),
    confidence: 'medium',
    envVar: 'SIGNED_URL',
    docs: 'https://www.mux.com/docs/guides/secure-video-playback',
    risk: 'Plays the signed asset or live stream until the token expires, for anyone the URL is passed to.',
    examples: {
      embed: false,
      positives: (fake) => [`https://stream.mux.com/${fake.alnum(40)}.m3u8?token=${fake.jwt({ aud: 'v' })}`],
      negatives: [{ text: (fake) => `https://stream.mux.com/${fake.alnum(40)}.m3u8`, why: 'a public playback id' }],
    },
  },
  {
    id: 'pallycon-site-key',
    title: 'PallyCon (DoveRunner) site key or access key',
    provider: 'PallyCon',
    keywords: ['pallycon'],
    // PallyCon's site key (token encryption) and access key (KMS API) are 32 characters; the site id is public.
    pattern:
      /pallycon[_.-]?(?:site|access)[_.-]?key["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'PALLYCON_SITE_KEY',
    docs: 'https://pallycon.com/docs/en/multidrm/license/license-token/',
    risk: "Issues DRM license tokens and content keys for the site's protected content.",
    examples: {
      embed: false,
      positives: (fake) => [`PALLYCON_SITE_KEY=${fake.alnum(32)}`, `pallycon.accessKey: "${fake.alnum(32)}"`],
      negatives: [
        { text: (fake) => `PALLYCON_SITE_ID=${fake.upperAlnum(4)}`, why: 'the site id, public' },
        { text: 'PALLYCON_SITE_KEY=${PALLYCON_SITE_KEY}', why: 'a reference' },
      ],
    },
  },
  {
    id: 'aws-secret-string-argument',
    title: 'Secret value given to aws secretsmanager (--secret-string)',
    provider: 'AWS',
    keywords: ['--secret-string'],
    pattern: /--secret-string[ =]["']?(?<secret>[^\s"'{}$\\;]{8,256})/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'AWS_SECRET_VALUE',
    docs: 'https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/create-secret.html',
    risk: 'The secret stored in Secrets Manager itself: whatever it unlocks (a key, a password, a passphrase).',
    validate: (secret, match, context) => !/^file(?:b)?:/.test(secret) && judgeSecretString(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `aws secretsmanager create-secret --name mediaconnect/key --secret-string ${fake.hex(64)}`,
        `aws secretsmanager put-secret-value --secret-id db --secret-string "${fake.alnum(20)}"`,
      ],
      negatives: [
        { text: 'aws secretsmanager create-secret --name k --secret-string file://key.json', why: 'a file' },
        { text: 'aws secretsmanager create-secret --name k --secret-string "$KEY"', why: 'a variable' },
      ],
    },
  },
  {
    id: 'terraform-ssm-securestring-value',
    title: 'Literal value of a SecureString SSM parameter (Terraform)',
    provider: 'AWS',
    keywords: ['"securestring"'],
    // `type = "SecureString"` then `value = "..."`, as the Terraform registry's aws_ssm_parameter example writes it.
    pattern: /"SecureString"[ \t]{0,4}\r?\n[ \t]{0,12}value[ \t]{0,4}=[ \t]{0,4}"(?<secret>[^"\n$]{1,256})"/,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'SSM_PARAMETER_VALUE',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter',
    risk: 'The parameter is encrypted in SSM because it is a secret; the literal puts it in the repository and the state.',
    validate: (secret, match, context) => judgeSecretString(secret, match, context),
    examples: {
      embed: false,
      path: 'terraform/ssm.tf',
      positives: (fake) => [`  type  = "SecureString"\n  value = "${fake.alnum(16)}"`],
      negatives: [
        { text: '  type  = "SecureString"\n  value = var.database_master_password', why: 'a variable' },
        { text: '  type  = "String"\n  value = "eu-west-1"', why: 'not a secure string' },
      ],
    },
  },
  {
    id: 'fastly-vcl-secret-table',
    title: 'Signing secret in a Fastly VCL edge table named for it (table token_secrets { "1": "..." })',
    provider: 'Fastly',
    keywords: ['table '],
    paths: /\.vcl$/i,
    // Fastly's token-authentication tutorial keeps the HMAC secrets in a VCL table keyed by version;
    // its first entry follows the opening line (comments may stand between).
    pattern: VCL_SECRET_TABLE,
    multiline: { maxSpan: 900 },
    confidence: 'medium',
    envVar: 'FASTLY_TOKEN_SECRET',
    docs: 'https://www.fastly.com/documentation/solutions/tutorials/token-authentication/',
    risk: 'Signs URL tokens the edge accepts: whoever holds it can mint access to every protected object.',
    validate: (secret) =>
      /[A-Za-z]/.test(secret) &&
      /\d/.test(secret) &&
      shannonEntropy(secret) >= 3.5 && { why: 'secret in a Fastly VCL table named for secrets' },
    examples: {
      embed: false,
      path: 'vcl/token_auth.vcl',
      positives: (fake) => [
        `table token_secrets {\n  "1": "${fake.base64(43)}=",\n}`,
        `table url_signing_keys STRING {\n  # rotated 2026-10\n  "2": "${fake.hex(64)}",\n}`,
      ],
      negatives: [
        { text: 'table token_secrets {\n  "1": "REPLACE_WITH_SECRET",\n}', why: 'a placeholder' },
        { text: 'table redirects {\n  "/old": "/new-location-2026",\n}', why: 'not a secret table' },
      ],
    },
  },
  {
    id: 'media-sdk-positional-secret',
    title: 'Secret passed by position to a media SDK client (JW Player v1, Rev.ai, Coconut)',
    provider: 'Media SDKs',
    keywords: ['jwplatform.v1.client(', 'revaiapiclient(', 'new coconut.client('],
    // jwplatform.v1.Client(api_key, api_secret): the second argument; the others take the key alone.
    pattern:
      /(?:jwplatform\.v1\.Client\([ \t]{0,4}["'][A-Za-z0-9]{1,40}["'][ \t]{0,4},[ \t]{0,4}|RevAiAPIClient\([ \t]{0,4}|new Coconut\.Client\([ \t]{0,4})["'](?<secret>[A-Za-z0-9_-]{8,128})["'][ \t]{0,4}[,)]/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'MEDIA_API_SECRET',
    docs: 'https://docs.jwplayer.com/platform/reference/authentication',
    risk: 'Calls the video, captioning or transcoding API as the account: its media, jobs and billing.',
    validate: judgeSdkSecret,
    examples: {
      embed: false,
      positives: (fake) => [
        `client = jwplatform.v1.Client("${fake.alnum(8)}", "${fake.alnum(24)}")`,
        `client = apiclient.RevAiAPIClient("02${fake.alnum(68)}")`,
        `const coconut = new Coconut.Client('k-${fake.hex(32)}');`,
      ],
      negatives: [
        { text: 'client = apiclient.RevAiAPIClient(os.environ["REVAI_TOKEN"])', why: 'read from the environment' },
        { text: 'jwplatform.v1.Client(API_KEY, API_SECRET)', why: 'variables' },
      ],
    },
  },
];
