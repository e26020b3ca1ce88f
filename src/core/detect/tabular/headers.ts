// Header rows: a line whose cells are all column names, one or more of which names a credential.
import { judgeName, type SecretKind } from '../../rules/judge/names';
import { htmlCells, splitAligned, splitCells, type Cell } from './cells';

/** A credential column of a table: its index among the header's cells and what its name announces. */
export interface CredentialColumn {
  readonly index: number;
  readonly name: string;
  readonly kind: SecretKind;
}

/** How a table's rows are split: by a delimiter, by aligned whitespace, or by HTML cells. */
export type RowSplit = { readonly sep: number; readonly quotes: string } | 'aligned' | 'html';

export interface TableHeader {
  readonly split: RowSplit;
  readonly cellCount: number;
  readonly columns: readonly CredentialColumn[];
  /** The header is indented past an unnamed index column (a printed data frame): rows carry one more cell. */
  readonly indexColumn: boolean;
}

/** Column names in other languages that the name judge does not know. */
const PASSWORD_NAMES = new Set([
  'kennwort',
  'mot de passe',
  'contrase\u00f1a',
  'contrasena',
  'senha',
  'wachtwoord',
  'l\u00f6senord',
]);

/**
 * A column name: a few words of letters, digits and `_ . - / #`, no punctuation of code or prose;
 * it may open with a digit or two before its first letter (`2fa`, `3ds`, `1st_contact`).
 */
const COLUMN_NAME = /^[0-9]{0,2}[A-Za-z\u00c0-\u00ff][A-Za-z\u00c0-\u00ff0-9_.\-/# ]{0,39}$/;

/**
 * A file's path (`doc/man/doveadm-pw.1.in`, as `git log --name-status` lists one beside its status
 * letter): two folders, or a folder and an extension, name no column.
 */
const PATH_CELL = /\/[^/]*\/|\/[^/]*\.[A-Za-z0-9]{1,5}$/;

/** A last word saying the column holds a date, a count, a flag or an id about a credential, not one. */
const ABOUT_CREDENTIAL =
  /(?:^|[_\s.-])(?:at|on|date|time|expires?|changed|updated|created|set|age|hint|count|length|len|policy|required|ok|type|ids?|status|enabled|expiry)$/i;

const CREDENTIAL_LAST_WORD =
  /^(?:password|passwort|passwd|pwd|passphrase|secret|token|key|credentials?|kennwort|pin)$/i;

/**
 * A SIM batch's key columns (an operator's or a SIM vendor's output file): `Ki` authenticates the
 * card and `OPc` is the operator key derived for it; whoever has both clones the SIM.
 */
const SIM_KEY_COLUMNS = new Set(['ki', 'opc']);

/**
 * A smart-meter key sheet's columns (a manufacturer's shipment file for the head-end): the DLMS
 * global unicast encryption, broadcast encryption, authentication and master keys of each meter.
 */
const METER_KEY_COLUMNS = new Set(['guek', 'gbek', 'gak', 'kek']);

/**
 * A LoRaWAN device sheet's key columns (ChirpStack, The Things Stack imports): the network key and
 * the session keys that authenticate and encrypt the device's frames (LoRaWAN 1.0/1.1 names). Not
 * `app_key`, which other tables use for a public application key.
 */
const LORAWAN_KEY_COLUMNS = new Set([
  'nwk_key',
  'nwkkey',
  'nwk_s_key',
  'nwkskey',
  'app_s_key',
  'appskey',
  'nwk_s_enc_key',
  'nwksenckey',
  'f_nwk_s_int_key',
  'fnwksintkey',
  's_nwk_s_int_key',
  'snwksintkey',
]);

/** What the column named `name` holds, when a credential. */
export function credentialKind(name: string): SecretKind | undefined {
  if (PASSWORD_NAMES.has(name.toLowerCase())) return 'password';
  if (SIM_KEY_COLUMNS.has(name.toLowerCase())) return 'secret';
  if (METER_KEY_COLUMNS.has(name.toLowerCase())) return 'secret';
  if (LORAWAN_KEY_COLUMNS.has(name.toLowerCase())) return 'secret';
  const words = name.split(' ');
  if (words.length > 4 || ABOUT_CREDENTIAL.test(name)) return undefined;
  // A column of a few words names a credential by its last one ("Secret access key", "Login
  // Password"); "When to pass it" describes something else.
  if (words.length > 1 && !CREDENTIAL_LAST_WORD.test(words[words.length - 1]!)) return undefined;
  return judgeName(name)?.kind;
}

/**
 * Whether every character of `line` may stand in a header row: a column name's (`COLUMN_NAME`), a
 * delimiter (tab, `|`, `;`, `,`), a quote (`"`, backtick) or a JSON array's bracket, with a
 * delimiter or an aligned gap to split it. Any other character (`:`, `=`, `(`, `{`, `<`, `$`,
 * `*`...) makes some cell no column name, so no header.
 */
function onlyHeaderCharacters(line: string, from = 0, to = line.length): boolean {
  // A header has two cells at least: a delimiter, or (aligned) a gap of two spaces after a name.
  let split = false;
  // The current stretch between delimiters and double spaces, from its first to its last non-space:
  // it lies inside one cell whatever the split, so one longer than a column name rules a header out.
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c < 128 ? HEADER_ASCII[c] === 0 : c < 0xc0 || c > 0xff) return false;
    const gap = c === 32 && i + 1 < to && line.charCodeAt(i + 1) === 32;
    if (c === 9 || c === 124 || c === 59 || c === 44 || gap) {
      if (c !== 32 || (i > from && line.charCodeAt(i - 1) !== 32)) split = true;
      if (first >= 0 && last - first + 1 > MAX_CELL) return false;
      first = -1;
    } else if (c !== 32) {
      if (first < 0) first = i;
      last = i;
      // Too long for one cell already: the stretch only grows until a delimiter, where it is refused.
      if (last - first + 1 > MAX_CELL) return false;
    }
  }
  return split && (first < 0 || last - first + 1 <= MAX_CELL);
}

/** A column name's 40 characters and the quotes around it. */
const MAX_CELL = 42;

const HEADER_ASCII = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-/# \t|;,"`[]')
  HEADER_ASCII[c.charCodeAt(0)] = 1;

const DELIMITERS: readonly { sep: number; quotes: string }[] = [
  { sep: 9, quotes: '"' },
  { sep: 124, quotes: '`' },
  { sep: 59, quotes: '"' },
  { sep: 44, quotes: '"' },
];

/** The header `cells` of `line` make, if every cell is a column name and one names a credential. */
function headerOf(line: string, cells: readonly Cell[] | undefined, split: RowSplit): TableHeader | undefined {
  if (cells === undefined || cells.length < 2) return undefined;
  const columns: CredentialColumn[] = [];
  let named = 0;
  for (let i = 0; i < cells.length; i++) {
    const name = line.slice(cells[i]!.start, cells[i]!.end);
    // An unnamed column: an index column (a printed data frame), else a trailing separator of code.
    if (name === '') {
      if (split === 'aligned' || split === 'html') continue;
      return undefined;
    }
    named++;
    if (!COLUMN_NAME.test(name) || PATH_CELL.test(name)) return undefined;
    const kind = credentialKind(name);
    if (kind !== undefined && columns.length < 8) columns.push({ index: i, name, kind });
  }
  if (columns.length === 0 || columns.length === named) return undefined;
  const indexColumn = split === 'aligned' && /^[ \t]/.test(line);
  return { split, cellCount: cells.length, columns, indexColumn };
}

/**
 * Whether the line [from, to) of `text` may be a table header (`tableHeaderOf` finds none in any
 * other), tested without cutting it out.
 */
export function mayBeHeader(text: string, from: number, to: number, htmlAt: number): boolean {
  return htmlAt + 3 <= to || onlyHeaderCharacters(text, from, to);
}

/**
 * The table header `line` is, if any: delimited (tab, pipe, semicolon, comma; a JSON array of
 * strings), HTML `<th>` cells, or whitespace-aligned names.
 */
export function tableHeaderOf(line: string): TableHeader | undefined {
  if (line.includes('<th')) return headerOf(line, htmlCells(line, 'th'), 'html');
  // Code, settings or prose, not column names: the cheap test that rejects most lines holding a keyword.
  if (!onlyHeaderCharacters(line)) return undefined;
  const [from, to] = arrayBounds(line);
  for (const d of DELIMITERS) {
    if (line.indexOf(String.fromCharCode(d.sep), from) < 0) continue;
    const header = headerOf(line, splitCells(line, from, to, d.sep, d.quotes), d);
    if (header !== undefined || d.sep !== 44) return header;
  }
  return /\S {2}|\t/.test(line.trim()) ? headerOf(line, splitAligned(line), 'aligned') : undefined;
}

/** The cells of a row of `header`'s table, or undefined when `line` is not one. */
export function rowCells(line: string, header: TableHeader): Cell[] | undefined {
  const { split } = header;
  let cells: Cell[] | undefined;
  if (split === 'html') cells = htmlCells(line, 'td');
  else if (split === 'aligned') cells = splitAligned(line);
  else {
    const [from, to] = arrayBounds(line);
    cells = splitCells(line, from, to, split.sep, split.quotes);
  }
  if (cells === undefined) return undefined;
  if (header.indexColumn && cells.length === header.cellCount + 1) cells.shift();
  return cells.length === header.cellCount ? cells : undefined;
}

/** The part of `line` inside `[ ... ]` or `[ ... ],` (a JSON array of strings), else all of it. */
function arrayBounds(line: string): [number, number] {
  const open = line.search(/\S/);
  if (open < 0 || line.charAt(open) !== '[') return [0, line.length];
  const close = line.lastIndexOf(']');
  return close > open ? [open + 1, close] : [0, line.length];
}

/** A rule line between header and rows (`|---|:--|`, `----+----`, `+====+`, `-----  ----`). */
export function isRuleLine(line: string): boolean {
  return /^[\s|+:=-]{3,}$/.test(line) && /-{3}|={3}/.test(line);
}
