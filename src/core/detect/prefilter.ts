import { PREFILTER_WASM_BASE64 } from './prefilterWasm.generated';

/**
 * Aho-Corasick automaton over lowercase ASCII keywords, compiled to a dense DFA so one pass over the
 * text finds every keyword occurrence at a cost independent of the number of keywords.
 * Matching is ASCII case-insensitive. A character above U+00FF is seen as its low byte, so it may
 * add a spurious hit (the rules then find nothing) but can never hide one.
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
  private readonly classOf = new Uint8Array(256);
  private readonly classCount: number;
  /**
   * Transitions. A state is stored as its row offset (state × classCount) so the loop never
   * multiplies, negated when the state ends at least one keyword so one load tells both.
   */
  private readonly delta: Int32Array;
  /** Keyword ids ending at each state (including via suffix links), indexed by state number. */
  private readonly outputs: (readonly number[] | undefined)[];
  readonly keywords: readonly string[];
  /** The same automaton run by WebAssembly (undefined where WebAssembly is unavailable). */
  private readonly wasm: WasmAutomaton | undefined;

  constructor(keywords: readonly string[], options: { readonly runLength?: number } = {}) {
    this.keywords = keywords;
    this.runLength = options.runLength ?? -1;
    this.runId = options.runLength === undefined ? undefined : keywords.length;
    let classes = 1; // class 0: any character no keyword uses
    for (const kw of keywords) {
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (c >= 128) throw new Error(`keyword ${JSON.stringify(kw)} is not ASCII`);
        if (c >= 65 && c <= 90) throw new Error(`keyword ${JSON.stringify(kw)} is not lowercase`);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32]!;
    this.classCount = classes;

    // Build the trie, its transitions in one flat array (a state has at most one per keyword
    // character); 0 means none, as no transition leads back to the root.
    const capacity = 1 + keywords.reduce((n, kw) => n + kw.length, 0);
    const goto = new Int32Array(capacity * classes);
    const out: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const k = this.classOf[kw.charCodeAt(i)]!;
        if (goto[s * classes + k] === 0) {
          goto[s * classes + k] = out.length;
          out.push([]);
        }
        s = goto[s * classes + k]!;
      }
      out[s]!.push(id);
    });
    const stateCount = out.length;

    // Breadth-first: fill failure transitions so every state has a full row (a DFA).
    const delta = new Int32Array(stateCount * classes);
    const fail = new Int32Array(stateCount);
    const queue = new Int32Array(stateCount);
    let queued = 0;
    for (let k = 0; k < classes; k++) {
      const t = goto[k]!;
      if (t === 0 || k === 0) delta[k] = 0;
      else {
        delta[k] = t;
        fail[t] = 0;
        queue[queued++] = t;
      }
    }
    for (let qi = 0; qi < queued; qi++) {
      const s = queue[qi]!;
      const row = s * classes;
      const failRow = fail[s]! * classes;
      for (const id of out[fail[s]!]!) out[s]!.push(id);
      for (let k = 0; k < classes; k++) {
        const t = goto[row + k]!;
        if (t === 0 || k === 0) delta[row + k] = delta[failRow + k]!;
        else {
          delta[row + k] = t;
          fail[t] = delta[failRow + k]!;
          queue[queued++] = t;
        }
      }
    }
    for (let i = 0; i < delta.length; i++) {
      const target = delta[i]!;
      delta[i] = out[target]!.length ? -target * classes : target * classes;
    }
    this.delta = delta;
    this.outputs = out.map((o) => (o.length ? Array.from(new Set(o)) : undefined));
    this.wasm = createWasmAutomaton(this.classOf, delta, classes, this.runLength);
  }

  /**
   * Calls `onHit(keywordId, end, lineStart)` for every keyword occurrence in `text[from, to)`, in
   * order of `end`, which is just past the keyword's last character; `lineStart` is the start of the
   * line it stands on (just past the last \n before it, or `from` if there is none in the range).
   */
  scan(text: string, from: number, to: number, onHit: OnHit): void {
    if (this.wasm) this.scanWasm(this.wasm, text, from, to, onHit);
    else this.scanJs(text, from, to, onHit);
  }

  /** The same scan by WebAssembly, several times faster than the JavaScript loop in V8. Not re-entrant: `onHit` must not scan with this matcher. */
  private scanWasm(w: WasmAutomaton, text: string, from: number, to: number, onHit: OnHit): void {
    const { outputs } = this;
    const { records, deltaOffset, rowBytes, textOffset } = w;
    w.state.value = deltaOffset;
    w.run.value = 0;
    const lineStarts = new LineStarts(text, from);
    const runId = this.runId!;
    let line = from;
    for (let chunkStart = from; chunkStart < to; chunkStart += WASM_CHUNK) {
      const chunkEnd = Math.min(to, chunkStart + WASM_CHUNK);
      // Latin-1: one byte per UTF-16 code unit, so offsets carry over (see classOf).
      const length = w.bytes.write(text.slice(chunkStart, chunkEnd), textOffset, 'latin1');
      const base = textOffset - chunkStart; // address of a text offset in this chunk
      w.line.value = line + base;
      const count = w.scan(textOffset, length, w.outOffset);
      for (let k = 0; k < 3 * count; k += 3) {
        const end = records[k]! - base;
        const lineStart = lineStarts.of(records[k + 2]! - base);
        if (records[k + 1] === 0) {
          onHit(runId, end, lineStart);
          continue;
        }
        const o = outputs[(records[k + 1]! - deltaOffset) / rowBytes]!;
        for (let j = 0; j < o.length; j++) onHit(o[j]!, end, lineStart);
      }
      line = w.line.value - base;
    }
  }

  /** The reference loop the WebAssembly scan must equal; also the fallback without WebAssembly. */
  scanJs(text: string, from: number, to: number, onHit: OnHit): void {
    const { delta, classOf, classCount, outputs } = this;
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

/** 1 for the bytes of the base64, base64url and hex alphabets (A-Z a-z 0-9 + / _ -). */
const RUN_ALPHABET = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') RUN_ALPHABET[c.charCodeAt(0)] = 1;

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

/** Text bytes per call into WebAssembly; bounds its memory whatever the text's size. */
const WASM_CHUNK = 32 * 1024;
const WASM_PAGE = 64 * 1024;

interface WasmAutomaton {
  readonly scan: (text: number, len: number, out: number) => number;
  /** The current state, as the address of its row of transitions. */
  readonly state: WebAssembly.Global;
  /** The address just past the last line break seen. */
  readonly line: WebAssembly.Global;
  /** The length of the current run of `RUN_ALPHABET` bytes. */
  readonly run: WebAssembly.Global;
  readonly bytes: Buffer;
  /** (end, state, line start) records written by `scan`, as an i32 view of the output area. */
  readonly records: Int32Array;
  readonly deltaOffset: number;
  /** Bytes per row of transitions: the distance between two states' addresses. */
  readonly rowBytes: number;
  readonly textOffset: number;
  readonly outOffset: number;
}

let compiledModule: WebAssembly.Module | undefined;

/**
 * One WebAssembly instance per automaton, its memory laid out as (see prefilter.wat): class table,
 * transitions, a text chunk, and room for one record per byte of the chunk.
 */
function createWasmAutomaton(
  classOf: Uint8Array,
  delta: Int32Array,
  classCount: number,
  runLength: number,
): WasmAutomaton | undefined {
  if (typeof WebAssembly === 'undefined') return undefined;
  compiledModule ??= new WebAssembly.Module(Buffer.from(PREFILTER_WASM_BASE64, 'base64'));
  const instance = new WebAssembly.Instance(compiledModule);
  const exports = instance.exports as {
    memory: WebAssembly.Memory;
    state: WebAssembly.Global;
    line: WebAssembly.Global;
    run: WebAssembly.Global;
    runTarget: WebAssembly.Global;
    scan: WasmAutomaton['scan'];
  };
  const deltaOffset = 256 * 4 + 256;
  const textOffset = deltaOffset + delta.length * 4;
  const outOffset = textOffset + WASM_CHUNK; // a multiple of 4, as the records need
  // One keyword record per byte at most, plus a run record per `runLength` bytes.
  const size = outOffset + WASM_CHUNK * 24;
  exports.memory.grow(Math.ceil(size / WASM_PAGE) - exports.memory.buffer.byteLength / WASM_PAGE);
  const { buffer } = exports.memory;
  const classOffsets = new Int32Array(buffer, 0, 256);
  for (let b = 0; b < 256; b++) classOffsets[b] = classOf[b]! * 4;
  new Uint8Array(buffer, 256 * 4, 256).set(RUN_ALPHABET);
  exports.runTarget.value = runLength;
  // JavaScript's delta holds signed row offsets in entries; WebAssembly's holds signed addresses.
  const transitions = new Int32Array(buffer, deltaOffset, delta.length);
  for (let i = 0; i < delta.length; i++) {
    const d = delta[i]!;
    transitions[i] = d < 0 ? -(deltaOffset - d * 4) : deltaOffset + d * 4;
  }
  return {
    scan: exports.scan,
    state: exports.state,
    line: exports.line,
    run: exports.run,
    bytes: Buffer.from(buffer),
    records: new Int32Array(buffer, outOffset, WASM_CHUNK * 6),
    deltaOffset,
    rowBytes: classCount * 4,
    textOffset,
    outOffset,
  };
}
