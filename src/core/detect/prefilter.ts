import { PREFILTER_WASM_BASE64 } from './prefilterWasm.generated';

/**
 * Aho-Corasick automaton over lowercase ASCII keywords, compiled to a dense DFA so one pass over the
 * text finds every keyword occurrence at a cost independent of the number of keywords.
 * Matching is ASCII case-insensitive. A character above U+00FF is seen as its low byte, so it may
 * add a spurious hit (the rules then find nothing) but can never hide one.
 */
export class KeywordMatcher {
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

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
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

    // Build the trie.
    const goto: number[][] = [new Array(classes).fill(-1)];
    const out: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const k = this.classOf[kw.charCodeAt(i)]!;
        if (goto[s]![k] === -1) {
          goto[s]![k] = goto.length;
          goto.push(new Array(classes).fill(-1));
          out.push([]);
        }
        s = goto[s]![k]!;
      }
      out[s]!.push(id);
    });

    // Breadth-first: fill failure transitions so every state has a full row (a DFA).
    const delta = new Int32Array(goto.length * classes);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let k = 0; k < classes; k++) {
      const t = goto[0]![k]!;
      if (t === -1 || k === 0) delta[k] = 0;
      else {
        delta[k] = t;
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      out[s]!.push(...out[fail[s]!]!);
      for (let k = 0; k < classes; k++) {
        const t = goto[s]![k]!;
        if (t === -1 || k === 0) delta[s * classes + k] = delta[fail[s]! * classes + k]!;
        else {
          delta[s * classes + k] = t;
          fail[t] = delta[fail[s]! * classes + k]!;
          queue.push(t);
        }
      }
    }
    for (let i = 0; i < delta.length; i++) {
      const target = delta[i]!;
      delta[i] = out[target]!.length ? -target * classes : target * classes;
    }
    this.delta = delta;
    this.outputs = out.map((o) => (o.length ? Array.from(new Set(o)) : undefined));
    this.wasm = createWasmAutomaton(this.classOf, delta);
  }

  /**
   * Calls `onHit(keywordId, endOffset)` for every keyword occurrence in `text[from, to)`;
   * `endOffset` is just past the keyword's last character.
   */
  scan(text: string, from: number, to: number, onHit: (keywordId: number, end: number) => void): void {
    if (this.wasm) this.scanWasm(this.wasm, text, from, to, onHit);
    else this.scanJs(text, from, to, onHit);
  }

  /** The same scan by WebAssembly, several times faster than the JavaScript loop in V8. Not re-entrant: `onHit` must not scan with this matcher. */
  private scanWasm(w: WasmAutomaton, text: string, from: number, to: number, onHit: (keywordId: number, end: number) => void): void {
    const { classCount, outputs } = this;
    w.state.value = 0;
    for (let chunkStart = from; chunkStart < to; chunkStart += WASM_CHUNK) {
      const chunkEnd = Math.min(to, chunkStart + WASM_CHUNK);
      // Latin-1: one byte per UTF-16 code unit, so offsets carry over (see classOf).
      const length = w.bytes.write(text.slice(chunkStart, chunkEnd), w.textOffset, 'latin1');
      const records = w.scan(w.textOffset, length, 0, w.deltaOffset, w.outOffset);
      const out = w.records;
      for (let k = 0; k < records; k++) {
        const o = outputs[out[2 * k + 1]! / classCount]!;
        const end = chunkStart + out[2 * k]! + 1;
        for (let j = 0; j < o.length; j++) onHit(o[j]!, end);
      }
    }
  }

  /** The reference loop the WebAssembly scan must equal; also the fallback without WebAssembly. */
  scanJs(text: string, from: number, to: number, onHit: (keywordId: number, end: number) => void): void {
    const { delta, classOf, classCount, outputs } = this;
    // One native conversion to bytes (one per UTF-16 code unit, so offsets carry over) makes the
    // loop read a typed array instead of calling charCodeAt: markedly faster in V8.
    const bytes = Buffer.from(from === 0 && to === text.length ? text : text.slice(from, to), 'latin1');
    let s = 0;
    for (let i = 0; i < bytes.length; i++) {
      s = delta[s + classOf[bytes[i]!]!]!;
      if (s < 0) {
        s = -s;
        const o = outputs[s / classCount]!;
        for (let j = 0; j < o.length; j++) onHit(o[j]!, from + i + 1);
      }
    }
  }
}

/** Text bytes per call into WebAssembly; bounds its memory whatever the text's size. */
const WASM_CHUNK = 32 * 1024;
const WASM_PAGE = 64 * 1024;

interface WasmAutomaton {
  readonly scan: (text: number, len: number, classes: number, delta: number, out: number) => number;
  readonly state: WebAssembly.Global;
  readonly bytes: Buffer;
  /** (offset, state) records written by `scan`, as an i32 view of the output area. */
  readonly records: Int32Array;
  readonly deltaOffset: number;
  readonly textOffset: number;
  readonly outOffset: number;
}

let compiledModule: WebAssembly.Module | undefined;

/**
 * One WebAssembly instance per automaton, its memory laid out as: class table (256 bytes), the
 * transition table, a text chunk, and room for one record per byte of the chunk.
 */
function createWasmAutomaton(classOf: Uint8Array, delta: Int32Array): WasmAutomaton | undefined {
  if (typeof WebAssembly === 'undefined') return undefined;
  compiledModule ??= new WebAssembly.Module(Buffer.from(PREFILTER_WASM_BASE64, 'base64'));
  const instance = new WebAssembly.Instance(compiledModule);
  const exports = instance.exports as { memory: WebAssembly.Memory; state: WebAssembly.Global; scan: WasmAutomaton['scan'] };
  const deltaOffset = 256;
  const textOffset = deltaOffset + delta.length * 4;
  const outOffset = textOffset + WASM_CHUNK + ((8 - ((textOffset + WASM_CHUNK) % 8)) % 8);
  const size = outOffset + WASM_CHUNK * 8;
  exports.memory.grow(Math.ceil(size / WASM_PAGE) - exports.memory.buffer.byteLength / WASM_PAGE);
  const { buffer } = exports.memory;
  new Uint8Array(buffer, 0, 256).set(classOf);
  new Int32Array(buffer, deltaOffset, delta.length).set(delta);
  return {
    scan: exports.scan,
    state: exports.state,
    bytes: Buffer.from(buffer),
    records: new Int32Array(buffer, outOffset, WASM_CHUNK * 2),
    deltaOffset,
    textOffset,
    outOffset,
  };
}
