import { RUN_ALPHABET } from './prefilterDfa';
import { PREFILTER_WASM_BASE64 } from './prefilterWasm.generated';

/** Text bytes per call into WebAssembly; bounds its memory whatever the text's size. */
export const WASM_CHUNK = 32 * 1024;
const WASM_PAGE = 64 * 1024;
/** The class table (an i32 per byte value) then the run table (a byte per byte value). */
const TABLES_BYTES = 256 * 4 + 256;
/**
 * Transitions by planes of 16 classes: a state's transitions by classes 0-15 fill one cache line
 * (16 i32s), and that line of every state lies in plane 0, those by classes 16-31 in plane 1, and
 * so on. Classes are numbered from the characters keywords use most (see KeywordMatcher), so a
 * scan mostly reads plane 0: a few hundred pages rather than the whole table's thousands, which
 * a TLB holds. The scan is the same as over rows: a state's address plus the class's offset, here
 * its plane's and its place in the line.
 */
const PLANE_CLASSES = 16;
const STATE_BYTES = PLANE_CLASSES * 4;

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
  /** The root state's address: states are numbered from it, `rowBytes` apart. */
  readonly deltaOffset: number;
  /** The distance between two states' addresses (a state's line of transitions in a plane). */
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
  warm: WebAssembly.Global;
  root: WebAssembly.Global;
  rowBytes: WebAssembly.Global;
  fail: WebAssembly.Global;
  accepting: WebAssembly.Global;
  child: WebAssembly.Global;
  sibling: WebAssembly.Global;
  edge: WebAssembly.Global;
  scan: WasmAutomaton['scan'];
  insert: (keywords: number, lengths: number, count: number) => number;
}

/** Where each area of the instance's memory starts (see prefilter.wat). */
interface Layout {
  readonly textOffset: number;
  readonly outOffset: number;
  /** By state number: the failure state's row address (i32), the accepting flag (byte), the trie's lists (i32s). */
  readonly failOffset: number;
  readonly acceptingOffset: number;
  readonly childOffset: number;
  readonly siblingOffset: number;
  readonly edgeOffset: number;
  /** The keywords' bytes, one after another. */
  readonly keywordsOffset: number;
  /** An i32 per keyword: its length, then (once inserted) its final state's row address. */
  readonly lengthsOffset: number;
  readonly root: number;
  /** Bytes between a state's transitions in one plane and the next (see PLANE_CLASSES). */
  readonly planeBytes: number;
  readonly size: number;
}

function layoutFor(capacity: number, classes: number, keywordCount: number): Layout {
  const textOffset = TABLES_BYTES;
  const outOffset = textOffset + WASM_CHUNK; // a multiple of 4, as the records need
  // One keyword record per byte at most, plus a run record per `runLength` bytes.
  const failOffset = outOffset + WASM_CHUNK * 24;
  const acceptingOffset = failOffset + capacity * 4;
  const childOffset = acceptingOffset + Math.ceil(capacity / 4) * 4;
  const siblingOffset = childOffset + capacity * 4;
  const edgeOffset = siblingOffset + capacity * 4;
  const keywordsOffset = edgeOffset + capacity * 4;
  const lengthsOffset = keywordsOffset + Math.ceil(capacity / 4) * 4;
  // On a cache line, as each state's line in each plane is.
  const root = Math.ceil((lengthsOffset + keywordCount * 4) / 64) * 64;
  // Sized for the largest trie the keywords could make; pages never written cost no memory, and
  // transitions are written only as scans take them.
  const planeBytes = capacity * STATE_BYTES;
  const size = root + Math.ceil(classes / PLANE_CLASSES) * planeBytes;
  return {
    textOffset,
    outOffset,
    failOffset,
    acceptingOffset,
    childOffset,
    siblingOffset,
    edgeOffset,
    keywordsOffset,
    lengthsOffset,
    root,
    planeBytes,
    size,
  };
}

let compiledModule: WebAssembly.Module | undefined;

/**
 * One WebAssembly instance per automaton. The instance inserts the keywords into a trie (few steps
 * per keyword character) and works out each transition of the DFA the first time a scan takes it
 * (see prefilter.wat): building the whole table up front would write megabytes that a small scan
 * never reads, in every process and worker. Undefined where WebAssembly is unavailable.
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
  for (let b = 0; b < 256; b++) {
    const c = classOf[b]!;
    classOffsets[b] = Math.floor(c / PLANE_CLASSES) * layout.planeBytes + (c % PLANE_CLASSES) * 4;
  }
  new Uint8Array(buffer, 256 * 4, 256).set(RUN_ALPHABET);
  wasm.runTarget.value = runLength;
  // A segment's chain starts this far back (see scan in prefilter.wat): no state is deeper than the longest keyword.
  wasm.warm.value = keywords.reduce((n, kw) => Math.max(n, kw.length), Math.max(1, runLength));
  const rowBytes = STATE_BYTES;
  const { root } = layout;
  wasm.root.value = root;
  wasm.rowBytes.value = rowBytes;
  wasm.fail.value = layout.failOffset;
  wasm.accepting.value = layout.acceptingOffset;
  wasm.child.value = layout.childOffset;
  wasm.sibling.value = layout.siblingOffset;
  wasm.edge.value = layout.edgeOffset;
  Buffer.from(buffer).write(keywords.join(''), layout.keywordsOffset, 'latin1');
  const finalRows = new Int32Array(buffer, layout.lengthsOffset, keywords.length);
  keywords.forEach((kw, id) => (finalRows[id] = kw.length));
  const end = wasm.insert(layout.keywordsOffset, layout.lengthsOffset, keywords.length);
  const stateCount = (end - root) / rowBytes;
  const own = new Map<number, number[]>();
  finalRows.forEach((row, id) => {
    const ids = own.get(row);
    if (ids === undefined) own.set(row, [id]);
    else if (!ids.includes(id)) ids.push(id);
  });
  // A state's failure state is set before any scan reports it (see $entry), so the outputs can follow the chain.
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
