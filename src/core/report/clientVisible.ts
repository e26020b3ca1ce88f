/**
 * "Client-visible" secrets: the most severe class, because anyone who loads the site or unpacks the
 * app can read them without any access to the repository. Two signals, each enough on its own:
 *
 * 1. the file sits where content is shipped to browsers or apps as is, or is built into what is;
 * 2. the secret is assigned to a variable that a front-end framework inlines into client code.
 *
 * The second only makes sense for private-format secrets; publishable keys (Stripe `pk_`, Firebase
 * web keys, …) never become findings, so every finding here is private.
 */

export interface ClientVisibility {
  readonly clientVisible: boolean;
  /** Why, in words a reviewer reads ("in public/, which is served to browsers as is"). */
  readonly reason?: string;
}

const NOT_VISIBLE: ClientVisibility = { clientVisible: false };

/** A run of folder names (lowercase, consecutive, anywhere in the path) and what it means. */
interface FolderRule {
  readonly folders: readonly string[];
  readonly why: string;
}

const SERVED = 'which is served to browsers as is';
const BUILT = 'build output that is typically deployed to browsers or shipped to users';
const IN_APP = 'which Android packages into the app, where anyone can unpack it';

/**
 * Longer runs first so the reason names the most specific folder. Folders such as `out/` or
 * `extension/` are left out: too often server or editor code (this repository compiles to `out/`).
 */
const FOLDER_RULES: readonly FolderRule[] = [
  { folders: ['src', 'main', 'assets'], why: IN_APP },
  { folders: ['src', 'main', 'res'], why: IN_APP },
  { folders: ['.next', 'static'], why: 'where Next.js puts the chunks browsers download' },
  { folders: ['.svelte-kit', 'output', 'client'], why: 'the SvelteKit output browsers download' },
  { folders: ['src', 'assets'], why: 'which front-end builds (Angular, Vue, Ionic) copy into the client bundle' },
  { folders: ['app', 'assets'], why: 'which the Rails asset pipeline serves to browsers' },
  ...['public', 'public_html', 'static', 'www', 'wwwroot', 'htdocs'].map((f) => ({ folders: [f], why: SERVED })),
  ...['dist', 'build'].map((f) => ({ folders: [f], why: BUILT })),
  ...['chrome-extension', 'browser-extension', 'web-extension', 'webextension'].map((f) => ({
    folders: [f],
    why: 'whose code ships to every user of the browser extension',
  })),
];

/** File-name suffixes (lowercase) of files that browsers or apps receive whole. */
const FILE_RULES: readonly { readonly suffix: string; readonly why: string }[] = [
  { suffix: '.html', why: 'an HTML page, which browsers receive as is' },
  { suffix: '.htm', why: 'an HTML page, which browsers receive as is' },
  { suffix: '.xhtml', why: 'an HTML page, which browsers receive as is' },
  { suffix: '.min.js', why: 'a minified browser bundle' },
  { suffix: '.bundle.js', why: 'a browser bundle' },
  { suffix: '.chunk.js', why: 'a browser bundle chunk' },
  { suffix: '.jsbundle', why: 'a React Native bundle, shipped inside the app' },
  { suffix: '.android.bundle', why: 'a React Native bundle, shipped inside the app' },
  { suffix: '.vue', why: 'a Vue component, compiled into client bundles' },
  { suffix: '.svelte', why: 'a Svelte component, compiled into client bundles' },
];

/** Environment-variable prefixes that frameworks expose to client code, and who does it. */
const CLIENT_ENV_PREFIXES: readonly { readonly prefix: string; readonly exposes: string }[] = [
  { prefix: 'NEXT_PUBLIC_', exposes: 'Next.js inlines into client bundles' },
  { prefix: 'NUXT_PUBLIC_', exposes: 'Nuxt exposes to the browser through the public runtime config' },
  { prefix: 'EXPO_PUBLIC_', exposes: 'Expo inlines into the app bundle' },
  { prefix: 'VITE_', exposes: 'Vite exposes to client code through import.meta.env' },
  { prefix: 'REACT_APP_', exposes: 'Create React App embeds in the build' },
  { prefix: 'VUE_APP_', exposes: 'Vue CLI embeds in the client bundle' },
  { prefix: 'GATSBY_', exposes: 'Gatsby embeds in browser bundles' },
  { prefix: 'STORYBOOK_', exposes: 'Storybook embeds in the built Storybook' },
  { prefix: 'PUBLIC_', exposes: 'SvelteKit ($env/static/public) and Astro expose to the browser' },
];

/** The lists above in words, for reports that must say what was checked when nothing was found. */
export const CLIENT_VISIBLE_CHECKS = {
  locations: [
    ...FOLDER_RULES.map((r) => `${r.folders.join('/')}/`),
    ...FILE_RULES.map((r) => `*${r.suffix}`),
    'ios/**/*.plist',
  ],
  variablePrefixes: CLIENT_ENV_PREFIXES.map((p) => p.prefix),
} as const;

/**
 * Why a file at `path` (relative, forward slashes) is shipped to browsers or apps, or undefined.
 * Folder names match case-insensitively; `./` and leading `../` segments are dropped. Every folder
 * in the path counts, so a scan run from outside the project may see one of its parents.
 */
export function clientPathReason(path: string): string | undefined {
  const segments = path
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  while (segments[0] === '..') segments.shift();
  const name = segments.pop() ?? '';
  for (const rule of FOLDER_RULES) {
    const at = indexOfRun(segments, rule.folders);
    if (at !== -1) return `in ${segments.slice(at, at + rule.folders.length).join('/')}/, ${rule.why}`;
  }
  if (name.endsWith('.plist') && segments.includes('ios')) return 'an iOS property list, packaged into the app bundle';
  const file = FILE_RULES.find((r) => name.endsWith(r.suffix) && name.length > r.suffix.length);
  return file ? `${file.why} (*${file.suffix})` : undefined;
}

function indexOfRun(segments: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= segments.length; i++) {
    if (run.every((s, j) => segments[i + j] === s)) return i;
  }
  return -1;
}

/** Only the end of a long (minified) line can hold the assignment. */
const PREFIX_TAIL = 256;

/**
 * The name the value is assigned to, at the very end of the text before it: `NAME=`, `NAME: "`,
 * `"NAME": "`, `process.env.NAME ?? '`, `getenv("NAME", "`. Bounded quantifiers on a bounded
 * tail keep this linear.
 */
const ASSIGNED_NAME =
  /(?<![A-Za-z0-9_$])([A-Za-z_][A-Za-z0-9_]{0,127})["'`\]]{0,2}[ \t]{0,8}(?:=|:|\?\?|\|\||,)[ \t]{0,8}["'`]?$/;

/** `const VITE_X = "…"` declares a program variable; no framework exposes it by its name. */
const DECLARATION = /(?:^|[^A-Za-z0-9_$])(?:const|let|var|val|final)[ \t]+$/;

/** The patterns above, for the test that proves them linear-time. */
export const CLIENT_VARIABLE_PATTERNS: readonly RegExp[] = [ASSIGNED_NAME, DECLARATION];

/**
 * Why the value after `linePrefix` (the text from the start of its line up to the secret) is
 * exposed to the client by a framework, or undefined.
 */
export function clientVariableReason(linePrefix: string): string | undefined {
  const tail = linePrefix.slice(-PREFIX_TAIL);
  // Only a name with a framework's prefix counts, and the name is part of the tail: most findings
  // stop at this substring check before the end-anchored pattern (tried at every position) runs.
  if (!CLIENT_ENV_PREFIXES.some((p) => tail.includes(p.prefix))) return undefined;
  const m = ASSIGNED_NAME.exec(tail);
  if (!m) return undefined;
  const name = m[1]!;
  if (DECLARATION.test(tail.slice(0, m.index))) return undefined;
  const framework = CLIENT_ENV_PREFIXES.find((p) => name.startsWith(p.prefix) && name.length > p.prefix.length);
  return framework ? `assigned to ${name}, which ${framework.exposes}` : undefined;
}

/**
 * Classifies one finding. `path` is relative with forward slashes; `linePrefix` is the text from
 * the start of the finding's line to the finding (it is only matched, never kept or returned).
 */
export function classifyClientVisibility(path: string, linePrefix: string): ClientVisibility {
  const reason = clientPathReason(path) ?? clientVariableReason(linePrefix);
  return reason ? { clientVisible: true, reason } : NOT_VISIBLE;
}
