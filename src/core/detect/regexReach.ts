/**
 * How far a regular expression can read around the position where an attempt starts: `ahead`, the
 * most characters (UTF-16 code units) from that position that an attempt, matching or failing, can
 * look at (its longest match plus what its lookaheads and `\b` see past it), and `behind`, the most
 * before it (lookbehinds, `\b`). Infinity where unbounded (`*`, `+`, `{n,}`) or unknown (a source
 * this small parser does not follow). An incremental rescan of an over-long line uses it to know
 * which attempts an edit can change (cuts.ts); a scan skips a pattern on a stretch shorter than its
 * shortest match (`min`).
 */
export interface Reach {
  readonly ahead: number;
  readonly behind: number;
  /** The fewest characters (UTF-16 code units) a match consumes (0 where unknown). */
  readonly min: number;
}

const UNBOUNDED: Reach = { ahead: Infinity, behind: Infinity, min: 0 };

/** The reach of `source` compiled with `flags`. */
export function regexReach(source: string, flags: string): Reach {
  try {
    const parser = new ReachParser(source, /[uv]/.test(flags), flags.includes('v'));
    const node = parser.disjunction();
    if (parser.at < source.length) return UNBOUNDED;
    return { ahead: node.reach, behind: node.behind, min: node.min };
  } catch {
    return UNBOUNDED;
  }
}

/** A parsed piece: the fewest and most characters it consumes, reads from its start, and reads before its start. */
interface Piece {
  readonly min: number;
  readonly width: number;
  readonly reach: number;
  readonly behind: number;
}

const EMPTY: Piece = { min: 0, width: 0, reach: 0, behind: 0 };

class ReachParser {
  at = 0;
  /** Widest match of each capturing group closed so far, by number and by name (for back-references). */
  private readonly groups: number[] = [];
  private readonly named = new Map<string, number>();
  private groupCount = 0;
  /** One character in unicode mode may be a surrogate pair. */
  private readonly unit: number;

  constructor(
    private readonly s: string,
    private readonly unicode: boolean,
    /** `v` mode: classes nest. */
    private readonly sets: boolean,
  ) {
    this.unit = unicode ? 2 : 1;
  }

  disjunction(): Piece {
    let min = Infinity;
    let width = 0;
    let reach = 0;
    let behind = 0;
    for (;;) {
      const alt = this.alternative();
      min = Math.min(min, alt.min);
      width = Math.max(width, alt.width);
      reach = Math.max(reach, alt.reach);
      behind = Math.max(behind, alt.behind);
      if (this.s[this.at] !== '|') return { min, width, reach, behind };
      this.at++;
    }
  }

  private alternative(): Piece {
    let min = 0;
    let width = 0;
    let reach = 0;
    let behind = 0;
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') {
      const term = this.quantified(this.atom());
      // A term reads `behind` before its own start, which is at least `min` after the alternative's.
      if (term.behind > min) behind = Math.max(behind, term.behind - min);
      reach = Math.max(reach, width + term.reach);
      min += term.min;
      width += term.width;
    }
    return { min, width, reach: Math.max(reach, width), behind };
  }

  private quantified(p: Piece): Piece {
    const q = this.quantifier();
    if (q === undefined) return p;
    if (this.s[this.at] === '?') this.at++;
    const [least, most] = q;
    if (most === 0) return EMPTY;
    const min = p.min * least;
    // Later repeats start no earlier than the first, so the first reads furthest behind.
    if (most === Infinity)
      return p.width === 0 && p.reach === 0
        ? { ...p, min }
        : { min, width: Infinity, reach: Infinity, behind: p.behind };
    return { min, width: p.width * most, reach: p.width * (most - 1) + p.reach, behind: p.behind };
  }

  /** The fewest and most repeats a quantifier at the cursor allows (consuming it), or undefined when none stands there. */
  private quantifier(): [number, number] | undefined {
    const c = this.s[this.at];
    if (c === '*' || c === '+') {
      this.at++;
      return [c === '*' ? 0 : 1, Infinity];
    }
    if (c === '?') {
      this.at++;
      return [0, 1];
    }
    if (c !== '{') return undefined;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.at, this.at + 24));
    if (m === null) {
      if (this.unicode) throw new Error('lone brace');
      return undefined; // a literal brace (annex B), read as an atom next
    }
    this.at += m[0].length;
    const least = Number(m[1]);
    if (m[2] === undefined) return [least, least];
    return [least, m[3] === '' ? Infinity : Number(m[3])];
  }

  private atom(): Piece {
    const c = this.s[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return this.char();
    }
    if (c === '\\') return this.escape();
    this.at++;
    // Where the input ends (or a line does) is a fact of the character next to the position.
    if (c === '^' || c === '$') return { min: 0, width: 0, reach: c === '$' ? 1 : 0, behind: c === '^' ? 1 : 0 };
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Error('nothing to repeat');
    if (this.unicode && (c === '{' || c === '}' || c === ']')) throw new Error('lone bracket');
    return this.char();
  }

  private char(): Piece {
    return { min: 1, width: this.unit, reach: this.unit, behind: 0 };
  }

  private group(): Piece {
    const s = this.s;
    this.at++;
    let kind: 'capture' | 'plain' | 'ahead' | 'behind' = 'capture';
    let name: string | undefined;
    if (s[this.at] === '?') {
      const head = s.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) {
        kind = 'plain';
        this.at += 2;
      } else if (head.startsWith('?=') || head.startsWith('?!')) {
        kind = 'ahead';
        this.at += 2;
      } else if (head === '?<=' || head === '?<!') {
        kind = 'behind';
        this.at += 3;
      } else if (head.startsWith('?<')) {
        const m = /^\?<([^>]+)>/.exec(s.slice(this.at, this.at + 256));
        if (m === null) throw new Error('bad group name');
        name = m[1];
        this.at += m[0].length;
      } else throw new Error('unknown group'); // modifiers and anything newer: unbounded
    }
    const index = kind === 'capture' ? ++this.groupCount : 0;
    const inner = this.disjunction();
    if (s[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    if (kind === 'capture') {
      this.groups[index] = inner.width;
      if (name !== undefined) this.named.set(name, inner.width);
    }
    // A lookahead consumes nothing but reads its reach; a lookbehind reads its width back.
    if (kind === 'ahead') return { min: 0, width: 0, reach: inner.reach, behind: inner.behind };
    if (kind === 'behind') return { min: 0, width: 0, reach: inner.reach, behind: inner.width + inner.behind };
    return inner;
  }

  private escape(): Piece {
    const s = this.s;
    const c = s[this.at + 1];
    if (c === undefined) throw new Error('trailing backslash');
    this.at += 2;
    if (c === 'b' || c === 'B') return { min: 0, width: 0, reach: 1, behind: 1 };
    if (c === 'k' && s[this.at] === '<') {
      const m = /^<([^>]+)>/.exec(s.slice(this.at, this.at + 256));
      if (m === null) throw new Error('bad reference');
      this.at += m[0].length;
      return this.reference(this.named.get(m[1]!));
    }
    if (c >= '1' && c <= '9') {
      const m = /^\d*/.exec(s.slice(this.at))!;
      this.at += m[0].length;
      return this.reference(this.groups[Number(c + m[0])]);
    }
    if ((c === 'p' || c === 'P') && this.unicode && s[this.at] === '{') {
      const close = s.indexOf('}', this.at);
      if (close < 0) throw new Error('bad property');
      this.at = close + 1;
      return this.char();
    }
    if (c === 'u' && s[this.at] === '{' && this.unicode) {
      const close = s.indexOf('}', this.at);
      if (close < 0) throw new Error('bad escape');
      this.at = close + 1;
    } else if (c === 'u' && /^[0-9a-fA-F]{4}/.test(s.slice(this.at, this.at + 4))) this.at += 4;
    else if (c === 'x' && /^[0-9a-fA-F]{2}/.test(s.slice(this.at, this.at + 2))) this.at += 2;
    else if (c === 'c' && /^[A-Za-z]/.test(s[this.at] ?? '')) this.at++;
    return this.char();
  }

  /** A back-reference matches what its group matched: at most that group's width (unknown when not closed yet). */
  private reference(width: number | undefined): Piece {
    if (width === undefined) throw new Error('reference to an open or unknown group');
    return { min: 0, width, reach: width, behind: 0 };
  }

  /** Moves past a character class (nested classes in `v` mode). */
  private skipClass(): void {
    const s = this.s;
    let depth = 0;
    for (let i = this.at; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') {
        // A string disjunction in `v` mode may match several characters.
        if (s[i + 1] === 'q') throw new Error('class string');
        i++;
      } else if (c === '[' && (depth === 0 || this.sets)) depth++;
      else if (c === ']') {
        depth--;
        if (depth === 0) {
          this.at = i + 1;
          return;
        }
      }
    }
    throw new Error('unclosed class');
  }
}
