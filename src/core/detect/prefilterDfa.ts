/**
 * The keyword automaton's tables built in JavaScript: the reference the WebAssembly build must
 * equal (see prefilterWasm.ts), and the fallback where WebAssembly is unavailable.
 */

/** Keyword ids ending at each state (its own and its suffixes'), indexed by state number. */
export type Outputs = readonly (readonly number[] | undefined)[];

export interface Dfa {
  /**
   * Transitions. A state is stored as its row offset (state × classes) so the loop never
   * multiplies, negated when the state ends at least one keyword so one load tells both.
   */
  readonly delta: Int32Array;
  readonly outputs: Outputs;
}

/**
 * The Aho-Corasick DFA of `keywords`, built in place in one exactly sized table: the trie's edges
 * first, then, breadth-first, every missing transition copied from the state's failure row (already
 * complete, being shallower). Typed arrays only and keywords sorted so that neighbouring rows are
 * built together: this runs in every process and worker, before the first byte is scanned.
 */
export function buildDfa(keywords: readonly string[], classOf: Uint8Array, classes: number): Dfa {
  const order = keywords.map((_, id) => id).sort((a, b) => (keywords[a]! < keywords[b]! ? -1 : 1));
  // Sorted, the trie's size is the characters not shared with the previous keyword's prefix.
  let stateCount = 1;
  order.forEach((id, i) => {
    const kw = keywords[id]!;
    const prev = i === 0 ? '' : keywords[order[i - 1]!]!;
    let shared = 0;
    while (shared < kw.length && shared < prev.length && kw.charCodeAt(shared) === prev.charCodeAt(shared)) shared++;
    stateCount += kw.length - shared;
  });
  // Entries are row offsets (state × classes); 0 means "no edge yet", as no edge leads to the root.
  const delta = new Int32Array(stateCount * classes);
  const own: (number[] | undefined)[] = new Array<undefined>(stateCount).fill(undefined);
  let nextRow = classes;
  for (const id of order) {
    const kw = keywords[id]!;
    let row = 0;
    for (let i = 0; i < kw.length; i++) {
      const at = row + classOf[kw.charCodeAt(i)]!;
      if (delta[at] === 0) {
        delta[at] = nextRow;
        nextRow += classes;
      }
      row = delta[at]!;
    }
    (own[row / classes] ??= []).push(id);
  }
  const outputs = fillFailureTransitions(delta, classes, stateCount, own);
  markAccepting(delta, classes, outputs);
  return { delta, outputs };
}

/** Negates every transition into a state that ends a keyword, so the scan learns it from the same load. */
function markAccepting(delta: Int32Array, classes: number, outputs: readonly (readonly number[] | undefined)[]): void {
  // Indexed by row offset, so the loop below neither divides nor reads a JavaScript array.
  const acceptingRow = new Uint8Array(delta.length);
  outputs.forEach((o, state) => {
    if (o !== undefined) acceptingRow[state * classes] = 1;
  });
  for (let i = 0; i < delta.length; i++) {
    const target = delta[i]!;
    if (acceptingRow[target] === 1) delta[i] = -target;
  }
}

/** Completes `delta` breadth-first; returns each state's keywords, its own and its suffixes'. */
function fillFailureTransitions(
  delta: Int32Array,
  classes: number,
  stateCount: number,
  own: readonly (number[] | undefined)[],
): (readonly number[] | undefined)[] {
  const failRow = new Int32Array(stateCount);
  const queue = new Int32Array(stateCount);
  const outputs: (readonly number[] | undefined)[] = new Array<undefined>(stateCount).fill(undefined);
  let queued = 0;
  for (let k = 1; k < classes; k++) if (delta[k] !== 0) queue[queued++] = delta[k]!;
  for (let qi = 0; qi < queued; qi++) {
    const row = queue[qi]!;
    const state = row / classes;
    const fail = failRow[state]!;
    const inherited = outputs[fail / classes];
    const mine = own[state];
    outputs[state] =
      mine === undefined ? inherited : inherited === undefined ? mine : [...new Set([...mine, ...inherited])];
    for (let k = 1; k < classes; k++) {
      const child = delta[row + k]!;
      if (child === 0) delta[row + k] = delta[fail + k]!;
      else {
        failRow[child / classes] = delta[fail + k]!;
        queue[queued++] = child;
      }
    }
  }
  return outputs;
}

export /** 1 for the bytes of the base64, base64url and hex alphabets (A-Z a-z 0-9 + / _ -). */
const RUN_ALPHABET = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') RUN_ALPHABET[c.charCodeAt(0)] = 1;
