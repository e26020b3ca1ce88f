import { type DraftLine, sec, type Template, template } from '../../draft';
import type { Gen } from '../../gen';

/**
 * The languages category's machinery: each language is data (how it quotes a string, reads the
 * environment, writes null, and the forms in which it names a value); a positive puts a generated
 * credential in one of its forms, a negative puts in the same form what a reviewer would not call
 * a credential (an env or config lookup, null, a placeholder, a key name, a test stand-in). Values
 * are generated at run time, so nothing token-shaped is committed.
 */

/** One name in every spelling a language uses for it. */
export interface Names {
  readonly camel: string;
  readonly pascal: string;
  readonly snake: string;
  readonly screaming: string;
  readonly kebab: string;
  readonly dotted: string;
}

/** Lines holding `e` (an expression in the language, or the raw text for a raw form). */
export type Form = (n: Names, e: string, g: Gen) => string | readonly string[];

export interface Lang {
  readonly id: string;
  readonly path: string | readonly string[];
  /** Lines before the form (package, imports, a section header). */
  readonly head?: readonly string[];
  /** Forms taking an expression: a positive passes `str(value)`. */
  readonly forms?: readonly Form[];
  /** Forms taking the raw value (no quoting in the language: .env-like, plist, Makefile). */
  readonly raw?: readonly Form[];
  readonly str?: (v: string) => string;
  /** Reads the value from the environment / a config or secret store: expression or raw text. */
  readonly env: (n: Names) => string;
  readonly lookup?: (n: Names) => string;
  /** The environment as a raw form writes it (`${X}` inside an annotation's string). */
  readonly rawEnv?: (n: Names) => string;
  readonly nil?: string;
  /** Negatives only this syntax has (a typed declaration without a value, a role hash...). */
  readonly negatives?: readonly ((n: Names, g: Gen) => string | readonly string[])[];
}

export const dq = (v: string): string => `"${v}"`;
export const sq = (v: string): string => `'${v}'`;

function spell(words: readonly string[]): Names {
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  return {
    camel: words[0]! + words.slice(1).map(cap).join(''),
    pascal: words.map(cap).join(''),
    snake: words.join('_'),
    screaming: words.join('_').toUpperCase(),
    kebab: words.join('-'),
    dotted: words.join('.'),
  };
}

interface Kind {
  readonly names: readonly (readonly string[])[];
  /** The text to write and the part of it that is the credential (the label). */
  value(g: Gen): { text: string; secret: string };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const plain = (text: string): { text: string; secret: string } => ({ text, secret: text });

const KINDS: readonly Kind[] = [
  {
    names: [['password'], ['db', 'password'], ['admin', 'password'], ['smtp', 'password'], ['redis', 'password']],
    value: (g) => plain(g.plainPassword()),
  },
  {
    names: [['api', 'key'], ['maps', 'api', 'key'], ['weather', 'api', 'key'], ['apikey'], ['partner', 'api', 'key']],
    value: (g) => plain(g.apiKey()),
  },
  {
    names: [
      ['auth', 'token'],
      ['access', 'token'],
      ['bot', 'token'],
      ['bearer', 'token'],
      ['refresh', 'token'],
    ],
    value: (g) => plain(g.chance(0.5) ? g.fake.alnum(g.between(32, 48)) : g.fake.hex(40)),
  },
  {
    names: [
      ['client', 'secret'],
      ['oauth', 'client', 'secret'],
      ['app', 'secret'],
      ['webhook', 'secret'],
    ],
    value: (g) => plain(g.chance(0.5) ? g.fake.alnum(32) : g.fake.from(B64.slice(0, 62) + '-_', 40)),
  },
  {
    names: [
      ['private', 'key'],
      ['signing', 'key'],
      ['wallet', 'private', 'key'],
    ],
    value: (g) =>
      plain(g.pick([() => g.fake.hex(64), () => '0x' + g.fake.hex(64), () => g.fake.from(B64, 43) + '='])()),
  },
  {
    names: [
      ['database', 'url'],
      ['connection', 'string'],
      ['db', 'dsn'],
    ],
    value: (g) => {
      const pw = g.plainPassword();
      const text = g.chance(0.5)
        ? `postgres://${g.user()}:${pw}@${g.host()}:5432/${g.dbName()}`
        : `Server=${g.host()};Database=${g.dbName()};User Id=${g.user()};Password=${pw};`;
      return { text, secret: pw };
    },
  },
];

/**
 * Values in a credential's place that are no credential. Known tutorial defaults ('changeme',
 * 'test', 'password', 'your-…') are left out: the product reports those on purpose
 * (known-default-secret), as weak secrets people ship.
 */
function standIn(n: Names, g: Gen): string {
  return g.pick([
    () => `<${n.kebab}>`,
    () => `YOUR_${n.screaming}`,
    () => 'x'.repeat(g.between(8, 24)),
    () => '*'.repeat(g.between(6, 12)),
    () => 'REPLACE_ME',
    () => n.snake,
    () => n.dotted,
    () => g.pick(['X-Api-Key', 'Authorization', 'client_secret']),
    () => 'dummy',
    () => `fake-${n.kebab}`,
    () => `test-${n.kebab}`,
    () => '',
  ])();
}

function lines(out: string | readonly string[]): readonly string[] {
  return typeof out === 'string' ? out.split('\n') : out.flatMap((l) => l.split('\n'));
}

function pathOf(lang: Lang, g: Gen): string {
  return typeof lang.path === 'string' ? lang.path : g.pick(lang.path);
}

/** Marks the first line holding `secret`. */
function marked(text: readonly string[], secret: string): DraftLine[] {
  let done = false;
  return text.map((l) => {
    if (done || !l.includes(secret)) return l;
    done = true;
    return sec(l, secret);
  });
}

function pickForm(lang: Lang, g: Gen): { form: Form; raw: boolean } {
  const forms = [
    ...(lang.forms ?? []).map((form) => ({ form, raw: false })),
    ...(lang.raw ?? []).map((form) => ({ form, raw: true })),
  ];
  return g.pick(forms);
}

export function positive(lang: Lang): Template {
  return template(`${lang.id}`, (g) => {
    const kind = g.pick(KINDS);
    const n = spell(g.pick(kind.names));
    const { text, secret } = kind.value(g);
    const { form, raw } = pickForm(lang, g);
    const e = raw || !lang.str ? text : lang.str(text);
    const out = lines(form(n, e, g));
    if (!out.some((l) => l.includes(secret))) throw new Error(`${lang.id}: a form dropped its value`);
    return { path: pathOf(lang, g), lines: [...(lang.head ?? []), ...marked(out, secret)] };
  });
}

export function negative(lang: Lang): Template {
  return template(`${lang.id}-not`, (g) => {
    const n = spell(g.pick(g.pick(KINDS).names));
    const { form, raw } = pickForm(lang, g);
    const own = lang.negatives ?? [];
    // A raw form inside an expression language (an annotation's string) takes no expression.
    const inString = raw && lang.str !== undefined;
    const env = inString ? lang.rawEnv : lang.env;
    const lookup = inString ? undefined : lang.lookup;
    const roll = g.fake.int(6);
    let out: string | readonly string[];
    if (roll === 0 && own.length > 0) out = g.pick(own)(n, g);
    else if (roll === 3 && lookup) out = form(n, lookup(n), g);
    else if (roll === 4 && lang.nil !== undefined && !raw) out = form(n, lang.nil, g);
    else if (roll === 5 && env) out = form(n, env(n), g);
    else out = form(n, standInExpr(lang, raw, n, g), g);
    return { path: pathOf(lang, g), lines: [...(lang.head ?? []), ...lines(out)] };
  });
}

function standInExpr(lang: Lang, raw: boolean, n: Names, g: Gen): string {
  const v = standIn(n, g);
  return raw || !lang.str ? v : lang.str(v);
}
