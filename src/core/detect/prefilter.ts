import { buildDfa, RUN_ALPHABET, type Dfa } from './prefilterDfa';
import { createWasmAutomaton, WASM_CHUNK, type WasmAutomaton } from './prefilterWasm';

/**
 * Aho-Corasick automaton over lowercase keywords, compiled to a dense DFA so one pass over the
 * text finds every keyword occurrence at a cost independent of the number of keywords.
 * Matching is ASCII case-insensitive. A character above U+00FF is seen as its low byte, so it may
 * add a spurious hit (the rules then find nothing) but can never hide one; a keyword may hold such
 * characters (non-Latin words), matched by their low bytes the same way (`asTextByte`).
 */
export class KeywordMatcher {
  /**
   * The id reported for a run of `runLength` characters of the base64/base64url/hex alphabet, once
   * per run where its `runLength`th character ends (undefined when runs are not reported). It follows
   * the keyword ids: encoded data has no keyword, and this finds it in the same pass.
   */
  readonly runId: number | undefined;
  private readonly runLength: number;
  /**
   * Character class of each byte of the Latin-1 view of the text (0 for characters no keyword
   * uses). Keywords are ASCII, so a code unit above 255 (truncated to its low byte by the
   * encoding) can at worst cause an extra hit, never hide one.
   */
  private readonly classOf: Uint8Array;
  private readonly classCount: number;
  /** The JavaScript tables, built on first use: only the reference scan and the fallback read them. */
  private dfa: Dfa | undefined;
  readonly keywords: readonly string[];
  private readonly keywordLengths: Int32Array;
  /** The automaton run by WebAssembly (undefined until the first scan, and where WebAssembly is unavailable). */
  private wasm: WasmAutomaton | undefined;
  private automatonBuilt = false;

  constructor(keywords: readonly string[], options: KeywordMatcherOptions = {}) {
    const { classes } = options;
    // Prebuilt: the keywords as text bytes and their classes, checked where they were made.
    this.keywords = classes === undefined ? keywords.map(asTextBytes) : keywords;
    this.keywordLengths = Int32Array.from(this.keywords, (kw) => kw.length);
    this.runLength = options.runLength ?? -1;
    this.runId = options.runLength === undefined ? undefined : keywords.length;
    if (classes !== undefined) {
      this.classOf = classes.classOf;
      this.classCount = classes.classCount;
      return;
    }
    const uses = new Int32Array(256);
    for (const kw of keywords) {
      if (kw.length === 0) throw new Error('a keyword is empty');
      for (let i = 0; i < kw.length; i++) {
        const unit = kw.charCodeAt(i);
        if (unit >= 128 && unit <= 255)
          throw new Error(`keyword ${JSON.stringify(kw)} is neither ASCII nor above U+00FF`);
        if (unit >= 65 && unit <= 90) throw new Error(`keyword ${JSON.stringify(kw)} is not lowercase`);
        uses[asTextByte(unit)]++;
      }
    }
    // Class 0: any character no keyword uses. The others numbered from the most used in keywords:
    // the transitions a scan takes from a state then mostly share the first cache line of its row.
    const classOf = new Uint8Array(256);
    const used = [...uses.keys()].filter((b) => uses[b]! > 0).sort((a, b) => uses[b]! - uses[a]! || a - b);
    used.forEach((b, i) => (classOf[b] = i + 1));
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]!;
    this.classOf = classOf;
    this.classCount = used.length + 1;
  }

  /** The character classes (see `classOf`), for a table made ahead (matcherTable.ts). */
  get classes(): KeywordClasses {
    return { classOf: this.classOf, classCount: this.classCount };
  }

  /** Builds the automaton on the first scan: a detector made but never used costs nothing. */
  private buildAutomaton(): void {
    if (!this.automatonBuilt) {
      this.wasm = createWasmAutomaton(this.keywords, this.classOf, this.classCount, this.runLength);
      this.automatonBuilt = true;
    }
  }

  /**
   * Calls `onHit(keywordId, end, lineStart)` for every keyword occurrence in `text[from, to)`, in
   * order of `end`, which is just past the keyword's last character; `lineStart` is the start of the
   * line it stands on (just past the last \n before it, or `from` if there is none in the range).
   */
  scan(text: string, from: number, to: number, onHit: OnHit): void {
    this.scanThinned(undefined, text, from, to, onHit);
  }

  /**
   * `scan`, where `thin` (1 by keyword id) names keywords whose overlapping hits the caller only
   * uses to widen the first: a run of hits of one such keyword, each overlapping the one before with
   * no other hit between, on one line (`aaaa...` in a run of A's: a hit per byte), may be reported
   * thinned to hits each still overlapping the one reported before, its first and last always
   * reported.
   */
  scanThinned(thin: Uint8Array | undefined, text: string, from: number, to: number, onHit: OnHit): void {
    this.buildAutomaton();
    if (this.wasm) this.scanWasm(this.wasm, text, from, to, onHit, thin);
    else this.scanJs(text, from, to, onHit);
  }

  /** The same scan by WebAssembly, several times faster than the JavaScript loop in V8. Not re-entrant: `onHit` must not scan with this matcher. */
  private scanWasm(
    w: WasmAutomaton,
    text: string,
    from: number,
    to: number,
    onHit: OnHit,
    thin: Uint8Array | undefined,
  ): void {
    const { records, deltaOffset, textOffset, outputs } = w;
    w.state.value = deltaOffset;
    w.run.value = 0;
    const lineStarts = new LineStarts(text, from);
    const runId = this.runId!;
    const lengths = this.keywordLengths;
    let line = from;
    for (let chunkStart = from; chunkStart < to; chunkStart += WASM_CHUNK) {
      const chunkEnd = Math.min(to, chunkStart + WASM_CHUNK);
      // Latin-1: one byte per UTF-16 code unit, so offsets carry over (see classOf).
      const length = w.bytes.write(text.slice(chunkStart, chunkEnd), textOffset, 'latin1');
      const base = textOffset - chunkStart; // address of a text offset in this chunk
      w.line.value = line + base;
      const count = w.scan(textOffset, length, w.outOffset);
      // The previous record, when it ends a `thin` keyword alone (thinLength > 0), and the run it
      // continues: where the last reported hit ends, and a hit held back (-1: none).
      let prevState = 0;
      let prevEnd = 0;
      let prevLine = 0;
      let thinId = 0;
      let thinLength = 0;
      let thinLineStart = 0;
      let keptEnd = 0;
      let heldEnd = -1;
      for (let k = 0; k < 3 * count; k += 3) {
        const end = records[k]! - base;
        const state = records[k + 1]!;
        if (thinLength > 0 && state === prevState && records[k + 2] === prevLine && end - thinLength < prevEnd) {
          // The run goes on: report the held hit only if this one no longer overlaps the last reported.
          if (heldEnd >= 0 && end - thinLength >= keptEnd) {
            onHit(thinId, heldEnd, thinLineStart);
            keptEnd = heldEnd;
          }
          heldEnd = end;
          prevEnd = end;
          continue;
        }
        if (heldEnd >= 0) onHit(thinId, heldEnd, thinLineStart);
        heldEnd = -1;
        thinLength = 0;
        const lineStart = lineStarts.of(records[k + 2]! - base);
        if (state === 0) {
          onHit(runId, end, lineStart);
          continue;
        }
        const o = outputs.of(state);
        for (let j = 0; j < o.length; j++) onHit(o[j]!, end, lineStart);
        if (thin !== undefined && o.length === 1 && thin[o[0]!] === 1) {
          prevState = state;
          prevEnd = end;
          prevLine = records[k + 2]!;
          thinId = o[0]!;
          thinLength = lengths[thinId]!;
          thinLineStart = lineStart;
          keptEnd = end;
        }
      }
      // A run going on in the next chunk starts there with a reported hit, overlapping this one.
      if (heldEnd >= 0) onHit(thinId, heldEnd, thinLineStart);
      line = w.line.value - base;
    }
  }

  /** The reference loop the WebAssembly scan must equal; also the fallback without WebAssembly. */
  scanJs(text: string, from: number, to: number, onHit: OnHit): void {
    this.dfa ??= buildDfa(this.keywords, this.classOf, this.classCount);
    const { delta, outputs } = this.dfa;
    const { classOf, classCount } = this;
    // One native conversion to bytes (one per UTF-16 code unit, so offsets carry over) makes the
    // loop read a typed array instead of calling charCodeAt: markedly faster in V8.
    const bytes = Buffer.from(from === 0 && to === text.length ? text : text.slice(from, to), 'latin1');
    const { runLength } = this;
    const lineStarts = new LineStarts(text, from);
    let s = 0;
    let line = from;
    let run = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 10) line = from + i + 1;
      run = RUN_ALPHABET[b] === 1 ? run + 1 : 0;
      s = delta[s + classOf[b]!]!;
      if (s < 0) {
        s = -s;
        const o = outputs[s / classCount]!;
        const lineStart = lineStarts.of(line);
        for (let j = 0; j < o.length; j++) onHit(o[j]!, from + i + 1, lineStart);
      }
      if (run === runLength) onHit(this.runId!, from + i + 1, lineStarts.of(line));
    }
  }
}

export interface KeywordMatcherOptions {
  /** Report runs of this many base64/hex characters (see `runId`). */
  readonly runLength?: number;
  /**
   * The classes of these keywords as a matcher over them worked them out (`classes`), the keywords
   * then given as text bytes (`asTextBytes`): a table made at build time skips that pass and its checks.
   */
  readonly classes?: KeywordClasses;
}

export interface KeywordClasses {
  readonly classOf: Uint8Array;
  readonly classCount: number;
}

export type OnHit = (keywordId: number, end: number, lineStart: number) => void;

/**
 * The start of the line holding a hit, given `candidate`, the position after the last byte 0x0A
 * before it: that is a real \n unless a character above U+00FF with that low byte stood there, in
 * which case (rare) the line start is searched for. Hits arrive in order, so the search goes back
 * only to the previous fake candidate and reuses its answer: linear however many hits share a line
 * with such characters.
 */
class LineStarts {
  private knownPos: number;
  private knownStart: number;

  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.knownPos = from;
    this.knownStart = from;
  }

  of(candidate: number): number {
    const { text } = this;
    if (candidate === this.knownPos) return this.knownStart;
    if (text.charCodeAt(candidate - 1) === 10) return candidate;
    let i = candidate - 1;
    while (i > this.knownPos && text.charCodeAt(i - 1) !== 10) i--;
    const start = i > this.knownPos ? i : this.knownStart;
    this.knownPos = candidate;
    this.knownStart = start;
    return start;
  }
}

/**
 * A keyword character as the scan sees the text: ASCII as it is; a character above U+00FF (a
 * non-Latin keyword: `\u043f\u0430\u0440\u043e\u043b\u044c`) as its low byte, ASCII capitals
 * folded as the scan folds them. Such a keyword may hit where other characters share its low bytes
 * (its rule then finds nothing) but never misses. Latin-1 letters (U+0080-U+00FF) are refused: their
 * byte is also the low byte of other characters' code units, so they gain nothing over ASCII.
 */
function asTextByte(unit: number): number {
  const b = unit & 0xff;
  return unit > 255 && b >= 65 && b <= 90 ? b + 32 : b;
}

function asTextBytes(keyword: string): string {
  // Keywords are nearly all Latin-1, their own text bytes: return those as they are, rather than
  // build some 4,000 strings a character at a time in every process's start.
  let i = 0;
  while (i < keyword.length && keyword.charCodeAt(i) <= 255) i++;
  if (i === keyword.length) return keyword;
  let out = keyword.slice(0, i);
  for (; i < keyword.length; i++) out += String.fromCharCode(asTextByte(keyword.charCodeAt(i)));
  return out;
}
