import { RUN_ALPHABET } from './prefilterDfa';
import { PREFILTER_WASM_BASE64 } from './prefilterWasm.generated';

/** Text bytes per call into WebAssembly; bounds its memory whatever the text's size. */
export const WASM_CHUNK = 32 * 1024;
const WASM_PAGE = 64 * 1024;
/** The class table (an i32 per byte value) then the run table (a byte per byte value). */
const TABLES_BYTES = 256 * 4 + 256;

export interface WasmAutomaton {
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
  /** The root state's address: states are numbered from it in rows of `rowBytes`. */
  readonly deltaOffset: number;
  /** Bytes per row of transitions: the distance between two states' addresses. */
  readonly rowBytes: number;
  readonly textOffset: number;
  readonly outOffset: number;
  readonly outputs: StateOutputs;
}

interface Exports {
  memory: WebAssembly.Memory;
  state: WebAssembly.Global;
  line: WebAssembly.Global;
  run: WebAssembly.Global;
  runTarget: WebAssembly.Global;
  scan: WasmAutomaton['scan'];
  insert: (
    root: number,
    rowBytes: number,
    keywords: number,
    lengths: number,
    count: number,
    accepting: number,
  ) => number;
  complete: (root: number, classes: number, queue: number, fail: number, accepting: number) => number;
  markAccepting: (root: number, rowBytes: number, entries: number, accepting: number) => void;
}

/** Where each area of the instance's memory starts (see prefilter.wat). */
interface Layout {
  readonly textOffset: number;
  readonly outOffset: number;
  /** An i32 per state: row addresses in breadth-first order. */
  readonly queueOffset: number;
  /** An i32 per state: the failure state's row address, by state number. */
  readonly failOffset: number;
  /** A byte per state: 1 where the state ends a keyword (its own or a suffix). */
  readonly acceptingOffset: number;
  /** The keywords' bytes, one after another. */
  readonly keywordsOffset: number;
  /** An i32 per keyword: its length, then (once inserted) its final state's row address. */
  readonly lengthsOffset: number;
  readonly root: number;
  readonly size: number;
}

function layoutFor(capacity: number, classes: number, keywordCount: number): Layout {
  const textOffset = TABLES_BYTES;
  const outOffset = textOffset + WASM_CHUNK; // a multiple of 4, as the records need
  // One keyword record per byte at most, plus a run record per `runLength` bytes.
  const queueOffset = outOffset + WASM_CHUNK * 24;
  const failOffset = queueOffset + capacity * 4;
  const acceptingOffset = failOffset + capacity * 4;
  const keywordsOffset = acceptingOffset + Math.ceil(capacity / 4) * 4;
  const lengthsOffset = keywordsOffset + Math.ceil(capacity / 4) * 4;
  const root = lengthsOffset + keywordCount * 4;
  // Sized for the largest trie the keywords could make; pages never written cost no memory.
  const size = root + capacity * classes * 4;
  return { textOffset, outOffset, queueOffset, failOffset, acceptingOffset, keywordsOffset, lengthsOffset, root, size };
}

let compiledModule: WebAssembly.Module | undefined;

/**
 * One WebAssembly instance per automaton, which also builds it: the trie is inserted here (few
 * steps per keyword character) and the instance completes it into a DFA (a step per transition,
 * hundreds of thousands, which JavaScript would run interpreted: construction happens once per
 * process and worker, before any loop is warm). Undefined where WebAssembly is unavailable.
 */
export function createWasmAutomaton(
  keywords: readonly string[],
  classOf: Uint8Array,
  classes: number,
  runLength: number,
): WasmAutomaton | undefined {
  if (typeof WebAssembly === 'undefined') return undefined;
  compiledModule ??= new WebAssembly.Module(Buffer.from(PREFILTER_WASM_BASE64, 'base64'));
  const wasm = new WebAssembly.Instance(compiledModule).exports as unknown as Exports;
  const capacity = 1 + keywords.reduce((n, kw) => n + kw.length, 0);
  const layout = layoutFor(capacity, classes, keywords.length);
  wasm.memory.grow(Math.ceil(layout.size / WASM_PAGE) - wasm.memory.buffer.byteLength / WASM_PAGE);
  const { buffer } = wasm.memory;
  const classOffsets = new Int32Array(buffer, 0, 256);
  for (let b = 0; b < 256; b++) classOffsets[b] = classOf[b]! * 4;
  new Uint8Array(buffer, 256 * 4, 256).set(RUN_ALPHABET);
  wasm.runTarget.value = runLength;
  const rowBytes = classes * 4;
  const { root } = layout;
  Buffer.from(buffer).write(keywords.join(''), layout.keywordsOffset, 'latin1');
  const finalRows = new Int32Array(buffer, layout.lengthsOffset, keywords.length);
  keywords.forEach((kw, id) => (finalRows[id] = kw.length));
  const end = wasm.insert(
    root,
    rowBytes,
    layout.keywordsOffset,
    layout.lengthsOffset,
    keywords.length,
    layout.acceptingOffset,
  );
  const stateCount = (end - root) / rowBytes;
  wasm.complete(root, classes, layout.queueOffset, layout.failOffset, layout.acceptingOffset);
  wasm.markAccepting(root, rowBytes, stateCount * classes, layout.acceptingOffset);
  const own = new Map<number, number[]>();
  finalRows.forEach((row, id) => {
    const ids = own.get(row);
    if (ids === undefined) own.set(row, [id]);
    else if (!ids.includes(id)) ids.push(id);
  });
  const outputs = new StateOutputs(new Int32Array(buffer, layout.failOffset, stateCount), own, root, rowBytes);
  return {
    scan: wasm.scan,
    state: wasm.state,
    line: wasm.line,
    run: wasm.run,
    bytes: Buffer.from(buffer),
    records: new Int32Array(buffer, layout.outOffset, WASM_CHUNK * 6),
    deltaOffset: layout.root,
    rowBytes,
    textOffset: layout.textOffset,
    outOffset: layout.outOffset,
    outputs,
  };
}

/**
 * The keywords each accepting state ends, its own and those along its failure chain, worked out on
 * first use: a scan meets few of the states, and a process may never scan at all.
 */
export class StateOutputs {
  private readonly known: (readonly number[] | undefined)[];

  constructor(
    /** Each state's failure state's row address, by state number. */
    private readonly fail: Int32Array,
    /** Keyword ids by the row address of the state that ends them. */
    private readonly own: ReadonlyMap<number, readonly number[]>,
    private readonly root: number,
    private readonly rowBytes: number,
  ) {
    this.known = new Array<undefined>(fail.length).fill(undefined);
    this.known[0] = [];
  }

  /** Keyword ids ending at the state whose row starts at `row`. */
  of(row: number): readonly number[] {
    const state = (row - this.root) / this.rowBytes;
    return this.known[state] ?? this.resolve(state);
  }

  private resolve(state: number): readonly number[] {
    const { known, fail, root, rowBytes } = this;
    const chain: number[] = [];
    let s = state;
    while (known[s] === undefined) {
      chain.push(s);
      s = (fail[s]! - root) / rowBytes;
    }
    let ids = known[s]!;
    for (let i = chain.length - 1; i >= 0; i--) {
      const mine = this.own.get(root + chain[i]! * rowBytes);
      if (mine !== undefined) ids = ids.length === 0 ? mine : [...new Set([...mine, ...ids])];
      known[chain[i]!] = ids;
    }
    return ids;
  }
}
