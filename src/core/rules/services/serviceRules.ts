// One rule kind for the long tail of services whose keys have no prefix: a key counts when a service
// from the table is named just before it (prose, notes, logs, comments, tables, assignments such as
// MAILJET_KEY=...) or in the line above it (`SendGrid API key:` then the key; an INI/TOML section
// `[sendgrid]` then `key = ...`), and it fits that service's key format. Two rules, one table.
import { isPublicKey } from '../judge/publicKeys';
import { isPublicSdkKeyArgument } from '../judge/publicSdkInit';
import { isJoinedWords } from '../judge/notIssued';
import { namedByAccident } from './accidentalNames';
import type { FakeTokens } from '../fakeTokens';
import { judgeCandidate } from '../judge/judge';
import { lineBreakWithin } from '../keywordGates';
import type { MatchContext, NegativeExample, Rule, Verdict } from '../types';
import { GENERIC_KEY, MAX_KEY_LENGTH, MIN_KEY_LENGTH, fakeKey, fitsFormats } from './serviceFormat';
import {
  CREDENTIAL_WORD,
  type NameHit,
  type ServiceEntry,
  ServiceIndex,
  keywordsOf,
  serviceEntries,
  splitWords,
} from './serviceTable';

let serviceIndex: ServiceIndex | undefined;

/** The table's names, indexed on first use (ServiceIndex). */
function index(): ServiceIndex {
  return (serviceIndex ??= new ServiceIndex(serviceEntries()));
}

/** Whether `text` (a setting's name) names a service of the table, whose rules check its key's format. */
export function namesTableService(text: string): boolean {
  return index().namesIn(text, 1).length > 0;
}

/** How far before a key its service's name may stand on the same line. */
const NAME_WINDOW = 80;
/** At most this much text between the name and the key (`API key - '`, `client: Using Key=`). */
const MAX_GAP = 48;

/** Words between a name and a value that make the value an identifier or a setting, not a key. */
const NOT_A_KEY = new Set([
  'id',
  'ids',
  'uuid',
  'guid',
  'sid',
  'user',
  'username',
  'login',
  'email',
  'url',
  'uri',
  'host',
  'hostname',
  'domain',
  'endpoint',
  'region',
  'project',
  'version',
  'sha',
  'hash',
  'commit',
  'template',
  'list',
  'public',
  'publishable',
  'pub',
  'site',
  'name',
  'path',
  'file',
  'channel',
  'org',
  'organization',
  'workspace',
  'tenant',
  'number',
  'phone',
  'port',
  'event',
  'model',
  'bucket',
  'index',
  'sender',
  'tracking',
  // Media ids (`spotify:track:<id>`, `youtube video <id>`): catalogue entries anyone can look up.
  'track',
  'album',
  'artist',
  'playlist',
  'episode',
  'video',
  'measurement',
  'property',
  'repo',
  'branch',
  'tag',
  'image',
  'customer',
  'invoice',
  'order',
  'product',
  'price',
  'plan',
  'subscription',
  'sku',
  'slug',
  'label',
  'hint',
  'example',
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'checksum',
  'digest',
  'etag',
  'sdk',
  'upgrade',
  'bump',
  'release',
  'revision',
  'rev',
  'search',
]);

/** Words that make the value right after them an identifier (`request 3f2a…`, `trace 9b…`), but not one further on (`request","key":"…`). */
const ID_BEFORE = new Set([
  'request',
  'trace',
  'span',
  'correlation',
  'session',
  'message',
  'msg',
  'job',
  'run',
  'build',
  'batch',
]);

/** The words between a name and a value say it is not a key. */
function namesNonKey(between: string): boolean {
  const words = splitWords(between);
  const last = words[words.length - 1];
  return (
    (last !== undefined && ID_BEFORE.has(last.text)) ||
    // A "user key" is a key (Pushover's, 3scale's), though `user` alone names an account.
    words.some((w, i) => NOT_A_KEY.has(w.text) && !(w.text === 'user' && words[i + 1]?.text === 'key'))
  );
}

/** A version number between a name and a value (`SDK to 5.2.0 (`, `| 1.8.0 |`): a release row, not a key. */
const VERSION = /\b\d{1,4}\.\d{1,4}(?:\.\d{1,6})?\b/;

/** Words that make a value in a service's public shape its secret (`Pusher secret`, `admin key`). */
const SECRET_NAMED = /secret|admin|private|master|write/i;

/** Short query parameters that do name a key (`?k=`, `&t=`); others are URL options (`w=`, `s=`, `v=`). */
const KEY_PARAMS = new Set(['k', 't', 'p', 'pw', 'tk', 'ak', 'sk']);

/**
 * The name is the host of the URL the value sits in, as a short-named query option
 * (`acme.imgix.net/a.jpg?w=96&s=<hex>`): an image signature or a setting that every page shows.
 */
function isUrlOption(between: string): boolean {
  if (/[\s"'\x60]/.test(between) || !between.includes('?')) return false;
  const param = /[?&]([A-Za-z]{1,2})=$/.exec(between)?.[1];
  return param !== undefined && !KEY_PARAMS.has(param.toLowerCase());
}

/**
 * The name is the host of the URL the value sits in and the value is a query parameter
 * (`api.openweathermap.org/data/2.5/weather?q=x&appid=<key>`): only the parameter's name says what
 * the value is; the host's `.org` and the path's API version are no words about it.
 */
function queryParamOfOwnHost(between: string): string {
  const slash = between.indexOf('/');
  const query = between.indexOf('?');
  if (slash < 0 || query < slash || /[\s"'\x60#]/.test(between) || !/^[\w.:-]*$/.test(between.slice(0, slash)))
    return between;
  const param = between.slice(Math.max(between.lastIndexOf('&'), query) + 1);
  // Short options (`w=`, `s=`) stay with isUrlOption.
  return /^[A-Za-z][\w.-]{2,39}=$/.test(param) ? param : between;
}

/** The format check, as the verdict of the nearest named service whose key format `key` fits. */
/**
 * Key names a service documents as an id or a public key: Mux's `MUX_SIGNING_KEY` is the signing
 * key's id (the playback JWT's `kid`; the key itself is `MUX_PRIVATE_KEY`), and Mux Data's
 * environment key (`env_key`) is sent by every player.
 */
const PUBLIC_KEY_NAMES: ReadonlyMap<string, RegExp> = new Map([
  ['Mux', /^[\s_.-]{0,3}(?:data[\s_.-]{0,3})?(?:signing|env)[\s_.-]{0,3}key(?:[\s_.-]{0,3}id)?\b/i],
  // DocuSign's integration key is the app's OAuth client id (a GUID); its secret key is the secret.
  ['DocuSign', /^[\s_.-]{0,3}integrat(?:ion|or)[\s_.-]{0,3}key\b/i],
]);

function judge(key: string, hits: readonly NameHit[], textBefore: (hit: NameHit) => string): Verdict | false {
  for (const hit of hits) {
    const between = queryParamOfOwnHost(textBefore(hit));
    if (VERSION.test(between) || namesNonKey(between) || isUrlOption(between)) return false;
    if (PUBLIC_KEY_NAMES.get(hit.entry.name)?.test(between)) return false;
    if (hit.entry.common && !CREDENTIAL_WORD.test(between)) continue;
    if (fitsFormats(key, hit.entry.publicFormats) && !SECRET_NAMED.test(between)) return false;
    if (fitsFormats(key, hit.entry.formats))
      return { confidence: 'medium', why: `a ${hit.entry.name} key: named just before it and in its format` };
    if (!hit.entry.strict && fitsFormats(key, GENERIC_KEY))
      return {
        confidence: 'medium',
        why: `a ${hit.entry.name} key: named just before it, random and in a common key shape`,
      };
  }
  return false;
}

/** 32 hex digits with a version-4 UUID's fixed digits: a UUID written without its dashes. */
const DASHLESS_UUID_V4 = /^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/i;

/**
 * A dashless UUID on a line that names a `uuid` field (a SQL dump's column list, a template's
 * export): the record's id, whichever service its row names.
 */
function isRecordUuid(key: string, line: string): boolean {
  return DASHLESS_UUID_V4.test(key) && /(?<![A-Za-z])uuid(?![A-Za-z])/i.test(line);
}

/** `appId.keyId:` right before the value: the secret half of a compound key, which its provider's rule reads whole. */
const COMPOUND_KEY_HEAD = /[\w-]{2,40}\.[\w-]{2,40}:$/;

/** Same line: the nearest service name within NAME_WINDOW before the key, at most MAX_GAP away. */
function judgeSameLine(key: string, _match: string, context: MatchContext): boolean | Verdict {
  const before = context.line.slice(Math.max(0, context.matchIndex - NAME_WINDOW), context.matchIndex);
  // The colon first: the pattern, unanchored at its start, is tried from every offset of the text.
  if (before.endsWith(':') && COMPOUND_KEY_HEAD.test(before)) return false;
  // `[c75e...](https://.../commit/c75e...)`: a changelog's commit link, whatever service the line names.
  const after = context.matchIndex + key.length;
  if (before.endsWith('[') && context.line.startsWith('](', after)) return false;
  // `- fix passphrase handling (<40 hex>)`: a changelog's commit id in parentheses after its entry.
  if (/^[0-9a-f]{40}$/.test(key) && before.endsWith('(') && context.line.startsWith(')', after)) return false;
  // `owner/action@<sha>`, `pkg@version`: a pinned reference; an import line names modules.
  if (
    /[\w.-]\/[\w.-]{1,100}@$/.test(before) ||
    /^\s{0,12}(?:from\s\S{1,200}\s)?import\s/.test(context.line.slice(0, 240))
  )
    return false;
  if (isJoinedWords(key) || isRecordUuid(key, context.line) || isPublicKey(key)) return false;
  // `Mixpanel.initialize(token: "…")`: a client SDK's public key (../judge/publicSdkInit).
  if (isPublicSdkKeyArgument(before)) return false;
  const hits = index()
    .namesIn(before, 3, before.length - MAX_GAP)
    .filter((hit) => !namedByAccident(before, hit));
  return judge(key, hits, (hit) => before.slice(hit.end));
}

/** A label line: optional comment or heading marker, the name, credential words, an optional colon. */
const LABEL = /^\s{0,12}(?:#{1,6}|\/\/|--|;|\*|>|-)?\s{0,4}(?:\*\*)?[\w .'()/&-]{1,60}?(?:\*\*)?\s{0,4}[:=-]?\s{0,4}$/;
const SECTION = /^\s{0,12}\[{1,2}\s{0,4}([\w .'"-]{1,60})\]{1,2}\s{0,4}$/;
/** A YAML mapping that opens a block (`mailjet:`, `  sendgrid-prod:`): its settings are indented below it. */
const YAML_PARENT = /^(\s{0,12})([\w.-]{1,60}):\s{0,4}$/;
/** The setting on the key's line in a section must name a credential (`api_key =`, `token:`). */
const VALUE_LINE_NAME = /^\s{0,12}(?:[-*>|]\s{0,4})?([A-Za-z_][\w.-]{0,40})\s{0,4}[=:]/;

const NEXT_LINE_SPAN = 320;
/** The longest head line (the line naming the service) a next-line match opens with. */
const HEAD_LINE_MAX = 120;

/** Every line is a setting of the block opened at `indent` (indented deeper, not blank). */
function insideBlock(indent: number, lines: readonly string[]): boolean {
  return lines.every((l) => /\S/.test(l) && /^\s*/.exec(l)![0].length > indent);
}

/** Next line: the line above the key names the service (label or section) and the key stands alone. */
function judgeNextLine(key: string, match: string, context: MatchContext): boolean | Verdict {
  // A match that ends where the rule's window ends may have cut a longer value short.
  if (context.line.length >= NEXT_LINE_SPAN && context.matchIndex + match.length >= context.line.length) return false;
  const lines = match.split('\n').map((l) => l.replace(/\r$/, ''));
  const head = lines[0]!;
  const valueLine = lines[lines.length - 1]!;
  const setting = VALUE_LINE_NAME.exec(valueLine)?.[1];
  // A key named on its own line is the single-line rule's.
  if (setting !== undefined && index().namesIn(setting).length > 0) return false;
  // A secret-named setting the generic assignment rule takes (`secret = "..."`) is reported by it, once.
  if (
    setting !== undefined &&
    judgeCandidate({
      name: setting,
      value: key,
      quoted: /["'\x60]$/.test(valueLine.slice(0, valueLine.indexOf(key))),
      context,
      nameStart: 0,
      valueEnd: context.line.length,
    })
  )
    return false;
  const section = SECTION.exec(head);
  if (section) {
    // The key must still stand in the section the head opens.
    if (setting === undefined || !CREDENTIAL_WORD.test(setting) || lines.slice(1).some((l) => SECTION.test(l)))
      return false;
    return judge(key, index().namesIn(section[1]!), () => setting);
  }
  const parent = YAML_PARENT.exec(head);
  if (parent && lines.length > 2) {
    if (setting === undefined || !CREDENTIAL_WORD.test(setting) || !insideBlock(parent[1]!.length, lines.slice(1)))
      return false;
    return judge(key, index().namesIn(parent[2]!), () => setting);
  }
  if (lines.length > 2 || !LABEL.test(head)) return false;
  const hits = index().namesIn(head);
  return judge(key, hits, (hit) => head.slice(hit.end) + (setting ?? ''));
}

const KEY = String.raw`[A-Za-z0-9_+/-]{${MIN_KEY_LENGTH},${MAX_KEY_LENGTH}}={0,2}`;
const KEY_START = String.raw`(?<![A-Za-z0-9_+/.-])`;
const KEY_END = String.raw`(?![A-Za-z0-9_+/=-]|\.[A-Za-z0-9])`;

function keywordsOfAll(withSections: boolean): string[] {
  return [...new Set(serviceEntries().flatMap((e) => keywordsOf(e, withSections)))];
}

/** The same-line rule's keywords, then the next-line rule's (see `serviceKeywords`). */
const KEYWORDS: [(readonly string[])?, (readonly string[])?] = [];

/**
 * The table's ~3,000 keywords of one rule, worked out when first read (the rules' `keywords` are
 * getters): the CLI's bundles carry the keyword matcher made at build time (matcherTable.ts), so a
 * scan there reads them only when a rule set other than the built-in one builds its own.
 */
function serviceKeywords(withSections: boolean): readonly string[] {
  const at = withSections ? 1 : 0;
  return (KEYWORDS[at] ??= keywordsOfAll(withSections));
}

/** `boxapi` → `boxApi`: a common name run together with a credential word is written camelCase. */
function asWritten(keyword: string, entry: ServiceEntry): string {
  if (!entry.common) return keyword;
  const m = /^([a-z0-9]+)(api|key|token|secret|client|access)$/.exec(keyword);
  return m ? m[1]! + m[2]![0]!.toUpperCase() + m[2]!.slice(1) : keyword;
}

/** A positive line for `keyword` of `entry`, written as a note would (`<name> token - '<key>'`). */
function notePositive(keyword: string, entry: ServiceEntry, fake: FakeTokens): string {
  const key = fakeKey(fake, entry.formats[0]!);
  if (keyword.endsWith('_')) return `${keyword.toUpperCase()}KEY=${key}`;
  if (keyword.startsWith('[')) return `2024-05-01T10:00:00Z DEBUG ${keyword}] Using Key=${key}`;
  const name = asWritten(keyword, entry);
  return CREDENTIAL_WORD.test(keyword) ? `${name} - '${key}'` : `${name} token - '${key}'`;
}

function nextLinePositive(keyword: string, entry: ServiceEntry, fake: FakeTokens): string {
  const key = fakeKey(fake, entry.formats[0]!);
  if (keyword.startsWith('[')) return `${keyword}]\nregion = eu\nkey = ${key}`;
  if (keyword.endsWith(':')) return `${keyword}\n  region: eu\n  api: ${key}`;
  if (keyword.includes('_') && !entry.common) return `${keyword}:\n  region: eu\n  key: ${key}`;
  const name = asWritten(keyword, entry);
  return CREDENTIAL_WORD.test(keyword) ? `${name}:\n  ${key}` : `${name} API key:\n  ${key}`;
}

function positivesFor(build: (k: string, e: ServiceEntry, f: FakeTokens) => string, withSections: boolean) {
  return (fake: FakeTokens): string[] =>
    serviceEntries().flatMap((e) => keywordsOf(e, withSections).map((k) => build(k, e, fake)));
}

const SHARED_NEGATIVES: readonly NegativeExample[] = [
  { text: 'Mailjet API key: see the team vault', why: 'the name without a key' },
  {
    text: (fake) => `Mixpanel.initialize(token: "${fake.hex(32)}")`,
    why: "Mixpanel's project token, public by design",
  },
  {
    text: (fake) => `mixpanel.init('${fake.hex(32)}', { debug: false });`,
    why: "Mixpanel's project token, public by design",
  },
  {
    text: (fake) => `Mailjet API key: ${fake.alnum(80)}`,
    why: "neither the service's format (32 hex) nor a common key shape",
  },
  {
    text: (fake) => `Azure DevOps PAT: ${fake.lowerAlnum(40)}`,
    why: 'not the format of a service whose credentials all have documented formats',
  },
  { text: 'Mailjet API key: YOUR_MAILJET_API_KEY_HERE', why: 'placeholder' },
  { text: (fake) => `Mailjet template id: ${fake.hex(32)}`, why: 'an identifier, not a key' },
  { text: (fake) => `box shadow ${fake.alnum(30)}`, why: 'a common word without a credential word' },
  { text: (fake) => `Pusher key: ${fake.hex(20)}`, why: 'a Pusher app key: the public half, meant for the browser' },
  { text: (fake) => `Algolia search key: ${fake.hex(32)}`, why: 'a search-only key, public by design' },
  {
    text: (fake) => `- add .travis.yml ([${fake.hex(40)}](https://git.internal/commit/1))`,
    why: "a changelog's commit link",
  },
  {
    text: (fake) => `- recon: fix OKX passphrase handling in the ccxt adapter (${fake.hex(40)})`,
    why: "a changelog's commit id in parentheses",
  },
  {
    text: (fake) =>
      `INSERT INTO \`triggers\` (\`triggerid\`,\`description\`,\`uuid\`) values ('17','GitLab: open files too high','${fake.hex(12)}4${fake.hex(3)}9${fake.hex(15)}');`,
    why: "a dashless UUID in a row whose columns name it uuid (a monitoring template's SQL dump)",
  },
  {
    text: (fake) => `github.com/acme/cockroachdb-ext ${fake.hex(40)}`,
    why: 'a module path in a dependency lock, and its revision',
  },
  {
    text: (fake) => `<img src="https://acme.imgix.net/a/42.jpg?w=96&fit=crop&s=${fake.hex(32)}">`,
    why: "a URL option of the service's own host (an image signature every page shows)",
  },
  {
    text: (fake) => `  "spotify:track:${fake.alnum(22)}",`,
    why: 'a Spotify track id (a catalogue entry anyone can look up)',
  },
  {
    text: (fake) => `fetch("https://api.mailjet.com/v3/REST/template?template_id=${fake.hex(32)}")`,
    why: "a query parameter of the service's own host that names an identifier",
  },
  { text: (fake) => `MUX_SIGNING_KEY=${fake.alnum(40)}`, why: "Mux's signing key id (the key is MUX_PRIVATE_KEY)" },
  {
    text: (fake) => `NEXT_PUBLIC_MUX_ENV_KEY=${fake.lowerAlnum(26)}`,
    why: "Mux Data's environment key, sent by every player",
  },
  {
    text: (fake) => `DOCUSIGN_INTEGRATION_KEY=${fake.uuid()}`,
    why: "DocuSign's integration key (the app's OAuth client id)",
  },
];

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';
const RISK =
  "Calls the named service's API with the account's rights: what it can read, send or bill depends on the service.";

export const serviceRules: readonly Rule[] = [
  {
    id: 'service-key-near-name',
    title: 'API key named by its service (no prefix)',
    provider: 'Services table',
    get keywords() {
      return serviceKeywords(false);
    },
    pattern: new RegExp(`${KEY_START}${KEY}${KEY_END}`),
    minEntropy: 2.9,
    confidence: 'medium',
    envVar: 'SERVICE_API_KEY',
    docs: DOCS,
    risk: RISK,
    validate: judgeSameLine,
    examples: {
      embed: false,
      positives: (fake) => [
        ...positivesFor(notePositive, false)(fake),
        // The name is the host, the key a query parameter behind a versioned path.
        `url = "https://api.mailjet.com/v3.1/send?locale=en&apikey=${fake.hex(32)}"`,
      ],
      negatives: SHARED_NEGATIVES,
    },
  },
  {
    id: 'service-key-next-line',
    title: 'API key under a line naming its service (no prefix)',
    provider: 'Services table',
    get keywords() {
      return serviceKeywords(true);
    },
    pattern: new RegExp(
      String.raw`(?<![^\n])[^\n]{1,${HEAD_LINE_MAX}}\n(?:[ \t]{0,12}\S[^\n]{0,119}\n){0,3}?[ \t]{0,12}(?:[-*>|][ \t]{0,4})?(?:[A-Za-z_][\w.-]{0,40}[ \t]{0,4}[=:][ \t]{0,4})?["'\x60]?(?<secret>${KEY_START}${KEY})${KEY_END}["'\x60,;]?[ \t]{0,4}(?![^\r\n])`,
    ),
    multiline: { maxSpan: NEXT_LINE_SPAN },
    minEntropy: 2.9,
    confidence: 'medium',
    envVar: 'SERVICE_API_KEY',
    docs: DOCS,
    risk: RISK,
    validate: judgeNextLine,
    keywordGate: lineBreakWithin(HEAD_LINE_MAX),
    examples: {
      embed: false,
      positives: positivesFor(nextLinePositive, true),
      negatives: [
        { text: (fake) => `[mailjet]\nfrom = ${fake.hex(32)}`, why: 'a section setting that names no credential' },
        {
          text: (fake) =>
            `Mailjet is our mail provider, see the runbook for details and more\nsome text ${fake.hex(32)}`,
          why: 'prose, not a label',
        },
        { text: 'SendGrid API key:\n  <paste it here>', why: 'placeholder' },
        {
          text: (fake) => `[mailjet]\nregion = eu\n[billing]\nkey = ${fake.hex(32)}`,
          why: 'the key stands in another section',
        },
        {
          text: (fake) => `mailjet:\n  region: eu\nbilling:\n  key: ${fake.hex(32)}`,
          why: 'the key stands in another YAML block',
        },
      ],
    },
  },
];
