// The service table as data: rows parsed into entries, the prefilter keywords each entry brings, and
// a lookup from the words of a text to the services they name.
import { NameEndings } from './nameEndings';
import { type KeyFormat, parseFormats } from './serviceFormat';
import { COMMERCE_SERVICES } from './tableCommerce';
import { DEVELOPER_SERVICES } from './tableDeveloper';
import { LONG_TAIL_SERVICES } from './tableLongTail';
import { MESSAGING_SERVICES } from './tableMessaging';
import { PREBUILT_SERVICES } from './prebuiltServices';

export interface ServiceEntry {
  readonly name: string;
  readonly formats: readonly KeyFormat[];
  /**
   * The shapes of the service's public identifiers (`!hex:20` in the table: a Pusher app key, meant
   * for the browser): a value in one is its key only when a word such as `secret` names it.
   */
  readonly publicFormats: readonly KeyFormat[];
  /** The format as the table writes it (`hex:32/b62:20-64`), for the reference page. */
  readonly spec: string;
  readonly docs: string;
  /** The key format was checked against the service's public docs. */
  readonly verified: boolean;
  /** The name is a common word: a credential word must stand near it. */
  readonly common: boolean;
  /** Every credential of the service has the listed formats: no generic-shape fallback. */
  readonly strict: boolean;
  /** Name and aliases as lower-case word lists (`help scout`, `helpscout`). */
  readonly forms: readonly string[];
  readonly envVar: string;
}

/** Lower-case words of a name or alias: `Africa's Talking` → africa s talking. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

function parseRow(row: string): ServiceEntry {
  const [name = '', spec = '', docs = '', flags = '', aliases = ''] = row.split('|').map((c) => c.trim());
  if (!name || !/^https:\/\/\S+$/.test(docs)) throw new Error(`bad service row ${JSON.stringify(row)}`);
  const forms = [
    name,
    ...aliases
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a.length > 0),
  ];
  return {
    name,
    formats: parseFormats(
      spec
        .split('/')
        .filter((p) => !p.trim().startsWith('!'))
        .join('/'),
    ),
    publicFormats: spec
      .split('/')
      .filter((p) => p.trim().startsWith('!'))
      .flatMap((p) => parseFormats(p.trim().slice(1))),
    spec,
    docs,
    verified: flags.includes('v'),
    common: flags.includes('c'),
    strict: flags.includes('s'),
    forms: forms.map((f) => wordsOf(f).join(' ')),
    envVar: `${wordsOf(name).join('_').toUpperCase().replace(/^(\d)/, 'S_$1')}_API_KEY`,
  };
}

function parseTable(text: string): ServiceEntry[] {
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map(parseRow);
}

/** Each entry's keywords, worked out once (or prebuilt): both service rules and their examples ask for them. */
const KEYWORDS = new WeakMap<ServiceEntry, EntryKeywords>();

interface EntryKeywords {
  readonly sameLine: readonly string[];
  readonly nextLine: readonly string[];
}

/** The table's rows parsed. */
export function parseServiceTables(): ServiceEntry[] {
  return [
    ...parseTable(MESSAGING_SERVICES),
    ...parseTable(DEVELOPER_SERVICES),
    ...parseTable(COMMERCE_SERVICES),
    ...parseTable(LONG_TAIL_SERVICES),
  ];
}

let entries: readonly ServiceEntry[] | undefined;

/**
 * The table: parsed, or in a bundle parsed at build time (prebuiltServices.ts); on first use,
 * since a scan that meets no service name never reads it (the CLI's matcher is prebuilt too).
 */
export function serviceEntries(): readonly ServiceEntry[] {
  return (entries ??= PREBUILT_SERVICES === undefined ? parseServiceTables() : revivePrebuilt(PREBUILT_SERVICES));
}

/** Words that, right after a service name, make it a credential's name (`Box API key`, `BOX_TOKEN`). */
export const CREDENTIAL_WORD = new RegExp(
  ['key', 'token', 'secret', 'passw', 'api', 'auth', 'credential', String.raw`pat\b`, 'bearer'].join('|'),
  'i',
);

const COMMON_SUFFIXES = [
  '_',
  'api',
  'key',
  'token',
  'secret',
  'client',
  'access',
  '-api',
  '.api',
  ' api',
  ' key',
  ' token',
  ' secret',
  ' client',
  ' access',
];

/**
 * The prefilter keywords of an entry. A distinctive name is its own keyword, written as the text
 * would (`help scout`, `helpscout`, `help_scout`); a common word only followed by a credential word,
 * opening an INI section or log tag, or (next-line rule) a YAML block (`box_`, `box api`, `[box`,
 * `box:`), so ordinary prose does not wake the rule.
 */
export function keywordsOf(entry: ServiceEntry, withSections: boolean): readonly string[] {
  let both = KEYWORDS.get(entry);
  if (both === undefined) {
    both = entryKeywords(entry);
    KEYWORDS.set(entry, both);
  }
  return withSections ? both.nextLine : both.sameLine;
}

/**
 * Single letters, as an initialism with an ampersand leaves its form (`W&B` -> `w b`): written
 * together they are another word (`wb`, a file mode), so only the letters apart name the service.
 */
function isAmpersandInitialism(form: string): boolean {
  return form.length > 1 && /^(?:[a-z] )+[a-z]$/.test(form);
}

/** The same-line rule's keywords, and the next-line rule's: those plus YAML block heads. */
function entryKeywords(entry: ServiceEntry): EntryKeywords {
  const spellings = new Set<string>();
  for (const form of entry.forms) {
    const words = form.split(' ');
    if (isAmpersandInitialism(form)) spellings.add(words.join('&'));
    else spellings.add(words.join(''));
    if (words.length > 1) spellings.add(words.join('_'));
  }
  for (const original of [entry.name, ...entry.forms]) {
    const lower = original.toLowerCase();
    if (/^[\x21-\x7e ]{2,}$/.test(lower)) spellings.add(lower);
  }
  const out = new Set<string>();
  const heads: string[] = [];
  for (const s of spellings) {
    if (!entry.common) out.add(s);
    else {
      for (const suffix of COMMON_SUFFIXES) out.add(s + suffix);
      // A section or log tag (`[box]`, `[box] Using Key=`), and a YAML block head (`box:`) for the
      // next-line rule: the credential word then stands on the key's line.
      out.add(`[${s}`);
      if (!s.includes(' ')) heads.push(`${s}:`);
    }
  }
  const sameLine = [...out];
  return { sameLine, nextLine: heads.length === 0 ? sameLine : [...new Set([...sameLine, ...heads])] };
}

/** A service name found in a text: the entry and where the name ends. */
export interface NameHit {
  readonly entry: ServiceEntry;
  readonly start: number;
  readonly end: number;
}

interface Word {
  /** Lower-cased. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Words of a text with camelCase and UPPER_SNAKE split: `SendGridApiKey` → send grid api key. */
export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  const re = /[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]|[0-9]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null)
    out.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

const MAX_NAME_WORDS = 4;

/** Only separators between two words of a name, as a name is written (`send grid`, `SEND_GRID`, `send-grid`, `W&B`, `Weights & Biases`). */
function adjacentBounds(text: string, leftEnd: number, rightStart: number): boolean {
  const gap = rightStart - leftEnd;
  if (gap === 0) return true;
  const between = text.slice(leftEnd, rightStart);
  return (gap <= 2 && /^[\s_.'&-]{1,2}$/.test(between)) || between === ' & ';
}

function isUpperOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Bounds of the words `wordBounds` found last: word i is [WORD_START[i], WORD_END[i]). */
let WORD_START = new Int32Array(64);
let WORD_END = new Int32Array(64);

/**
 * The words of `text` as `splitWords` splits them (its pattern, followed character by character:
 * an upper-case run of two or more not followed by a lower-case letter, keeping its last capital
 * for the next word when one is; else a capital and the lower-case run after it; else one capital;
 * a lower-case run; a digit run), their bounds written to WORD_START and WORD_END (reused by the
 * next split): how many, and those buffers.
 */
export function wordBounds(text: string): {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
} {
  let n = 0;
  for (let p = 0; p < text.length;) {
    const c = text.charCodeAt(p);
    let end: number;
    if (isUpper(c)) {
      let q = p + 1;
      while (q < text.length && isUpper(text.charCodeAt(q))) q++;
      const lowerAfter = isLower(text.charCodeAt(q));
      if (q - p >= 2 && !lowerAfter) end = q;
      else if (q - p >= 3) end = q - 1;
      else if (q === p + 1 && lowerAfter) end = runEnd(text, q, isLower);
      else end = p + 1;
    } else if (isLower(c)) end = runEnd(text, p + 1, isLower);
    else if (isDigit(c)) end = runEnd(text, p + 1, isDigit);
    else {
      p++;
      continue;
    }
    if (n === WORD_START.length) {
      WORD_START = grown(WORD_START);
      WORD_END = grown(WORD_END);
    }
    WORD_START[n] = p;
    WORD_END[n++] = end;
    p = end;
  }
  return { count: n, starts: WORD_START, ends: WORD_END };
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function runEnd(text: string, p: number, inRun: (c: number) => boolean): number {
  while (p < text.length && inRun(text.charCodeAt(p))) p++;
  return p;
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

export class ServiceIndex {
  /** The entries are indexed on the first lookup: the rules' module makes an index, and most processes never ask it. */
  constructor(private readonly entries: readonly ServiceEntry[]) {}

  /** Each written form of a name (`send grid` and `sendgrid`), with the entries it names. */
  private byKey(): Map<string, ServiceEntry[]> {
    const byKey = new Map<string, ServiceEntry[]>();
    for (const entry of this.entries) {
      for (const form of entry.forms) {
        const joined = isAmpersandInitialism(form) ? form : form.replace(/ /g, '');
        for (const key of new Set([form, joined])) {
          const list = byKey.get(key) ?? [];
          if (!list.includes(entry)) list.push(entry);
          byKey.set(key, list);
        }
      }
    }
    return byKey;
  }

  /**
   * Service names in `text`, nearest to its end first. A name is a run of whole words, written
   * together or apart (`SendGrid`, `sendgrid`, `SENDGRID_`, `send grid`). With `minEnd`, only names
   * ending there or later (the nearest come first, so the rest are the ones left out). Called on the
   * text before every candidate key: the runs ending at each word grow one word at a time, without
   * building arrays.
   */
  namesIn(text: string, limit = 3, minEnd = 0): NameHit[] {
    const count = wordBounds(text).count;
    const names = (this.names ??= new NameEndings(this.byKey()));
    const hits: NameHit[] = [];
    for (let i = count - 1; i >= 0 && hits.length < limit; i--) {
      const end = WORD_END[i]!;
      if (end < minEnd) break;
      // The run's two spellings (`send grid`, `sendgrid`) read backwards: every name ending with
      // this word ends with its text, and most words of a random value end none.
      let spaced = names.walk(0, text, WORD_START[i]!, end);
      if (spaced < 0) continue;
      let joined = spaced;
      // Whether every pair of the run's words is adjacent in the text.
      let together = true;
      for (let n = 1; n <= MAX_NAME_WORDS && i - n + 1 >= 0; n++) {
        const first = i - n + 1;
        if (n > 1) {
          together &&= adjacentBounds(text, WORD_END[first]!, WORD_START[first + 1]!);
          spaced = names.walk(names.space(spaced), text, WORD_START[first]!, WORD_END[first]!);
          joined = names.walk(joined, text, WORD_START[first]!, WORD_END[first]!);
          // A longer run's name would end with one of these: none does, so no longer run is a name.
          if (spaced < 0 && joined < 0) break;
        }
        // A name does not start in the middle of a PascalCase or UPPER word (`Weather` in
        // `AccuWeather`, `SERP` in `ValueSERP`), which would make `Weather API` another service's
        // name. After a lower-case word (`mySendgridKey`) it may.
        if (
          first > 0 &&
          WORD_END[first - 1] === WORD_START[first] &&
          isUpperOrDigit(text.charCodeAt(WORD_START[first - 1]!))
        )
          continue;
        if (!together) break;
        const entries = names.entriesAt(spaced) ?? names.entriesAt(joined);
        const start = WORD_START[first]!;
        // A shorter name inside a longer one found already (`Bamboo` in `BambooHR`) is not a name.
        if (entries && !hits.some((h) => h.start < end && start < h.end))
          for (const entry of entries) hits.push({ entry, start, end });
      }
    }
    return hits;
  }

  /** The names read from their end (built on the first lookup). */
  private names: NameEndings<ServiceEntry[]> | undefined;
}

/**
 * The parsed table and each entry's keywords as JSON, for esbuild.js to put in the bundles (see
 * prebuiltServices.ts): parsing ~800 rows and deriving ~5,000 keywords is a measurable part of
 * every process's and worker's start. Format lists are shared: most entries use a handful.
 */
export function prebuildServices(entries: readonly ServiceEntry[] = parseServiceTables()): string {
  const formatIds = new Map<string, number>();
  const formats: (readonly KeyFormat[])[] = [];
  const formatId = (list: readonly KeyFormat[]) => {
    const key = JSON.stringify(list);
    let id = formatIds.get(key);
    if (id === undefined) formatIds.set(key, (id = formats.push(list) - 1));
    return id;
  };
  const rows = entries.map((e): PrebuiltRow => {
    const { sameLine, nextLine } = entryKeywords(e);
    const flags = `${e.verified ? 'v' : ''}${e.common ? 'c' : ''}${e.strict ? 's' : ''}`;
    const row = [e.name, formatId(e.formats), formatId(e.publicFormats), e.spec, e.docs, flags, e.forms, e.envVar];
    return [...row, sameLine, nextLine === sameLine ? 0 : nextLine] as PrebuiltRow;
  });
  return JSON.stringify({ formats, rows });
}

type PrebuiltRow = [string, number, number, string, string, string, string[], string, string[], string[] | 0];

/** The entries (and their keywords) of `prebuildServices`'s JSON. */
export function revivePrebuilt(json: string): ServiceEntry[] {
  const { formats, rows } = JSON.parse(json) as { formats: KeyFormat[][]; rows: PrebuiltRow[] };
  return rows.map(([name, formatId, publicId, spec, docs, flags, forms, envVar, sameLine, nextLine]) => {
    const entry: ServiceEntry = {
      name,
      formats: formats[formatId]!,
      publicFormats: formats[publicId]!,
      spec,
      docs,
      verified: flags.includes('v'),
      common: flags.includes('c'),
      strict: flags.includes('s'),
      forms,
      envVar,
    };
    KEYWORDS.set(entry, { sameLine, nextLine: nextLine === 0 ? sameLine : nextLine });
    return entry;
  });
}
