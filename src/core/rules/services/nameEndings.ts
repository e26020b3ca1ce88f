/**
 * The service names (`ServiceIndex`'s keys, lower-case, spaced or run together) read from their
 * end, as a trie: the lookup grows a run of words leftwards from the word it ends with, so it walks
 * each word's characters backwards from the node the run so far reached. A run whose walk dies ends
 * no name, nor does any longer run; a node where a whole name ends holds its entries. Walking
 * characters of the text allocates nothing, where building each run's two spellings and looking
 * them up hashed a new string per word.
 */
export class NameEndings<T> {
  /** Per node and character class, the next node; -1 where no name continues. Node 0 is the root. */
  private readonly next: Int32Array;
  /** Per node, the entries of the name it completes. */
  private readonly entries: (T | undefined)[] = [];

  constructor(names: ReadonlyMap<string, T>) {
    let nodes = 1;
    for (const name of names.keys()) nodes += name.length;
    this.next = new Int32Array(nodes * CLASSES).fill(-1);
    let used = 1;
    for (const [name, value] of names) {
      // Runs of words are lower-case letters and digits joined by spaces or nothing: no other name
      // can be one (nor does leaving it out stop a walk that could still reach one).
      if (!/^[a-z0-9 ]+$/.test(name)) continue;
      let node = 0;
      for (let i = name.length - 1; i >= 0; i--) {
        const at = node * CLASSES + classOf(name.charCodeAt(i));
        if (this.next[at] === -1) this.next[at] = used++;
        node = this.next[at]!;
      }
      this.entries[node] = value;
    }
  }

  /** The node reached from `node` by the characters of `text[from, to)` read backwards, lower-cased; -1 when none. */
  walk(node: number, text: string, from: number, to: number): number {
    for (let p = to - 1; p >= from && node >= 0; p--) {
      const c = classOf(text.charCodeAt(p));
      node = c < 0 ? -1 : this.next[node * CLASSES + c]!;
    }
    return node;
  }

  /** The node reached from `node` by a space (between two words of a spaced name). */
  space(node: number): number {
    return node < 0 ? -1 : this.next[node * CLASSES + SPACE_CLASS]!;
  }

  /** The entries of the name whose whole backwards walk reached `node`. */
  entriesAt(node: number): T | undefined {
    return node < 0 ? undefined : this.entries[node];
  }
}

/** a-z (either case in the text), 0-9 and the space. */
const CLASSES = 37;
const SPACE_CLASS = 36;

function classOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return 26 + c - 48;
  return c === 32 ? SPACE_CLASS : -1;
}
