// Settings whose name stands on the line above the value: a YAML key with its value (a block
// scalar or a plain scalar) on the next line, an HCL heredoc, a plist <key> above its <string>, a
// .properties line continued with `\`, a Terraform
// variable's `default`, and psql's expanded display (`name | value` under `-[ RECORD n ]`).
import type { Cell } from './cells';
import { credentialKind } from './headers';

/** A value and the name it was written under. */
export interface NamedCell {
  readonly name: string;
  readonly cell: Cell;
  /** A row of query output (`name | value`): the layout says the value is the named column's. */
  readonly explicit?: boolean;
}

const YAML_KEY = /^(\s{0,40})(?:-\s{1,8})?["']?([A-Za-z_][\w.-]{0,63})["']?:[ \t]{0,8}(?:[|>][-+]?[1-9]?)?[ \t]{0,8}$/;
const HEREDOC = /^\s{0,40}["']?([A-Za-z_][\w.-]{0,63})["']?\s{0,8}=\s{0,8}<<-?([A-Z_]{1,16})\s{0,8}$/;
const PLIST_KEY = /^\s{0,40}<key>([^<]{1,64})<\/key>\s{0,8}$/;
const CONTINUED = /^\s{0,40}([A-Za-z_][\w.-]{0,79})\s{0,8}[=:]\s{0,8}\\$/;
const VARIABLE = /^variable\s{1,8}"([^"]{1,64})"\s{0,8}\{\s{0,8}$/;
const DEFAULT = /^\s{1,40}default\s{0,8}=\s{0,8}"([^"]{1,200})"\s{0,8}$/;
const RECORD = /^-\[ RECORD \d{1,12} \]/;
const EXPANDED = /^([A-Za-z_][\w]{0,63})\s{0,64}\| (\S{1,200})\s{0,8}$/;
/** The whole value line: one token, optionally quoted. */
const LONE_VALUE = /^(\s{0,80})(["']?)([^\s"']{1,500})\2\s{0,8}$/;
const ELEMENT_VALUE = /^\s{0,40}<(string)>([^<]{1,500})<\/string>\s{0,8}$/;

type Expect =
  | { readonly kind: 'next'; readonly name: string; readonly indent: number }
  | { readonly kind: 'heredoc'; readonly name: string }
  | { readonly kind: 'element'; readonly name: string; readonly tag: 'string' }
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'record' };

/** Reads a file's lines in order; `line` returns the value a name above the line announces. */
export class NameAboveTracker {
  private expect: Expect | undefined;

  /** `inCode`: the file is a programming language's, where `name:` is a dict entry, not a YAML key. */
  constructor(private readonly inCode: boolean) {}

  /** Whether the next line's meaning depends on the lines before it. */
  get active(): boolean {
    return this.expect !== undefined;
  }

  /** The value `line` holds under a name from an earlier line, if any; then what `line` starts. */
  line(line: string): NamedCell | undefined {
    const e = this.expect;
    this.expect = undefined;
    let found: NamedCell | undefined;
    if (e !== undefined) found = this.fulfil(e, line);
    if (this.expect === undefined) this.expect = startOf(line, this.inCode);
    return found;
  }

  private fulfil(e: Expect, line: string): NamedCell | undefined {
    switch (e.kind) {
      case 'next':
      case 'heredoc': {
        const m = LONE_VALUE.exec(line);
        if (m === null || (e.kind === 'next' && m[1]!.length <= e.indent)) return undefined;
        const start = m[1]!.length + m[2]!.length;
        return { name: e.name, cell: { start, end: start + m[3]!.length, quoted: true } };
      }
      case 'element': {
        const m = ELEMENT_VALUE.exec(line);
        if (m === null || m[1] !== e.tag) return undefined;
        const start = line.indexOf('>') + 1;
        return { name: e.name, cell: { start, end: start + m[2]!.length, quoted: true } };
      }
      case 'variable': {
        if (/^\}/.test(line)) return undefined;
        this.expect = e;
        const m = DEFAULT.exec(line);
        if (m === null) return undefined;
        const start = line.indexOf('"') + 1;
        return { name: e.name, cell: { start, end: start + m[1]!.length, quoted: true } };
      }
      case 'record': {
        const m = EXPANDED.exec(line);
        if (m === null) return undefined;
        this.expect = e;
        if (credentialKind(m[1]!) === undefined) return undefined;
        const start = line.length - line.slice(line.indexOf('| ') + 2).length;
        return { name: m[1]!, cell: { start, end: start + m[2]!.length, quoted: true }, explicit: true };
      }
    }
  }
}

/** What the line after `line` holds, if `line` names a credential above it (cheap tests of its ends first). */
function startOf(line: string, inCode: boolean): Expect | undefined {
  const c = line.trimEnd();
  const last = c.charCodeAt(c.length - 1);
  let m: RegExpExecArray | null;
  // `:` `|` `>` `-` `+` or an indentation digit ends a YAML key whose value is below it.
  if (
    !inCode &&
    (last === 58 || last === 124 || last === 62 || last === 45 || last === 43 || (last > 48 && last <= 57)) &&
    (m = YAML_KEY.exec(c))
  )
    return named(m[2]!, (name) => ({ kind: 'next', name, indent: m![1]!.length }));
  if (last === 62 && c.endsWith('</key>') && (m = PLIST_KEY.exec(c)))
    return named(m[1]!, (name) => ({ kind: 'element', name, tag: 'string' }));
  if (last === 92 && (m = CONTINUED.exec(c))) return named(m[1]!, (name) => ({ kind: 'next', name, indent: -1 }));
  if (last === 123 && (m = VARIABLE.exec(c))) return named(m[1]!, (name) => ({ kind: 'variable', name }));
  if (c.includes('<<') && (m = HEREDOC.exec(c))) return named(m[1]!, (name) => ({ kind: 'heredoc', name }));
  if (c.startsWith('-[') && RECORD.test(c)) return { kind: 'record' };
  return undefined;
}

function named(name: string, make: (name: string) => Expect): Expect | undefined {
  return credentialKind(name) === undefined ? undefined : make(name);
}
