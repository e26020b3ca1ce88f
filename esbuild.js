// Bundles the extension (vscode external) and the CLI (Node, with a shebang). Type checking is
// `npm run typecheck`; esbuild does not type-check.
const esbuild = require('esbuild');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the form VS Code's esbuild problem matcher understands. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * A plugin that replaces the module matching `filter` with `export const <constant> = <JSON>`, the
 * JSON worked out at build time: `generator` (TypeScript re-exporting what `compute` needs,
 * resolved from the repository root) is bundled and run on the spot. Rebuilt from its inputs as
 * they are at each build (watch mode included), so the data cannot go stale; deterministic where
 * `compute` is.
 */
function buildTimeTable({ name, filter, generator, constant, compute }) {
  return {
    name,
    setup(build) {
      const root = __dirname;
      build.onLoad({ filter }, async () => {
        const bundled = await esbuild.build({
          stdin: { contents: generator, resolveDir: root, loader: 'ts' },
          bundle: true,
          platform: 'node',
          format: 'cjs',
          write: false,
          metafile: true,
          logLevel: 'warning',
        });
        const module = { exports: {} };
        new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, require);
        return {
          contents: `export const ${constant} = ${JSON.stringify(compute(module.exports))};\n`,
          loader: 'ts',
          watchFiles: Object.keys(bundled.metafile.inputs).map((f) => path.resolve(root, f)),
        };
      });
    },
  };
}

/**
 * The service table parsed at build time (`prebuildServices` in serviceTable.ts) in place of the
 * module prebuiltServices.ts, so a bundle's processes and workers skip the parse at start. For the
 * short-lived processes (the CLI and its scan threads) only: the extension host parses once per
 * session, and the JSON would add ~34 KB to the VSIX.
 */
const prebuiltServices = buildTimeTable({
  name: 'prebuilt-services',
  filter: /[\\/]services[\\/]prebuiltServices\.ts$/,
  generator: "export { prebuildServices } from './src/core/rules/services/serviceTable';",
  constant: 'PREBUILT_SERVICES',
  compute: (m) => m.prebuildServices(),
});

/**
 * The built-in rules' reaches (the longest a pattern reads, the shortest it matches) worked out at
 * build time, in place of the module prebuiltReach.ts: a process otherwise parses every pattern it
 * tries (see src/core/detect/ruleReach.ts, which also checks each row against the pattern it was
 * made from). In every bundle: the extension's scan threads ask too. The rules' order and
 * JSON.stringify fix the text.
 */
const prebuiltReach = buildTimeTable({
  name: 'prebuilt-reach',
  filter: /[\\/]detect[\\/]prebuiltReach\.ts$/,
  generator:
    "export { prebuildReachTable } from './src/core/detect/ruleReach';" +
    "export { builtinRules } from './src/core/rules';",
  constant: 'PREBUILT_REACH',
  compute: (m) => m.prebuildReachTable(m.builtinRules),
});

/**
 * The built-in catalogue's keyword matcher as data (src/core/detect/matcherTable.ts), made at build
 * time in place of the module src/scan/prebuiltMatcher.ts: a CLI process or scan thread otherwise
 * deduplicates ~4,400 keywords, maps them to their rules and classes them at every start. For the
 * CLI's bundles only (like the service table): the extension host builds its matcher once per
 * session.
 */
const prebuiltMatcher = buildTimeTable({
  name: 'prebuilt-matcher',
  filter: /[\\/]scan[\\/]prebuiltMatcher\.ts$/,
  generator:
    "export { prebuildMatcherTable } from './src/core/detect/detector';" +
    "export { builtinRules } from './src/core/rules';",
  constant: 'PREBUILT_MATCHER',
  compute: (m) => m.prebuildMatcherTable(m.builtinRules),
});

/**
 * Rules carry their positive and negative examples for the test suite and the rules reference
 * (both run from the tsc output, not from a bundle); nothing in a shipped product reads them. The
 * production bundles drop each rule's `examples` property (and with it the fake-token generators
 * only examples call), about a fifth of the catalogue's source, to keep the VSIX under its budget.
 * The text is spliced at the positions TypeScript's parser gives, so the rest of the file is built
 * exactly as written.
 */
const stripRuleExamples = {
  name: 'strip-rule-examples',
  setup(build) {
    const ts = require('typescript');
    const fs = require('node:fs');
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]rules[\\/].*\.ts$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!text.includes('examples')) return undefined;
      const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.ES2022, true);
      const spans = [];
      const visit = (node) => {
        if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'examples') {
          spans.push([node.initializer.getStart(file), node.initializer.getEnd()]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let contents = text;
      for (const [start, end] of spans.reverse()) {
        contents = contents.slice(0, start) + 'undefined as never' + contents.slice(end);
      }
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Ends a bundle with a hash of its content (`//# asgBuild=...`): src/scan/codeCache.ts keys the V8
 * code cache kept beside the bundle to it, since V8 checks cached data against a source's length
 * only. Runs once the bundle is written (watch mode too); a stamp already there is replaced.
 */
const stampBuild = {
  name: 'stamp-build',
  setup(build) {
    const fs = require('node:fs');
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = build.initialOptions.outfile;
      const text = fs.readFileSync(file, 'utf8').replace(/\n\/\/# asgBuild=[0-9a-f]+\n$/, '');
      const hash = require('node:crypto').createHash('sha256').update(text).digest('hex').slice(0, 32);
      fs.writeFileSync(file, `${text}\n//# asgBuild=${hash}\n`);
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Prefer ES module builds: jsonc-parser's UMD entry loads its parts with a dynamic require that
  // a bundle cannot follow.
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [...(watch ? [problemMatcher] : []), ...(production ? [stripRuleExamples] : [])],
};

/**
 * The CLI's bundles drop the rules' examples in every build, not only in production: nothing a CLI
 * run does reads them (the tests and the rules reference run from the tsc output), and every CLI
 * process and scan thread would read, and keep in its code cache, a fifth more source at start.
 */
/**
 * The CLI's bundles without indentation, comments or line breaks in every build (production builds
 * minify them wholly): every CLI process and scan thread reads its bundle, copies it into a string
 * and checks the code cache against it before running a line, ~0.5 MB less of each. Names are kept
 * (profiles, stack traces); the source map still points into src/.
 */
const cliMinify = { minifyWhitespace: true };

const cliPlugins = [
  ...common.plugins,
  ...(production ? [] : [stripRuleExamples]),
  prebuiltServices,
  prebuiltReach,
  prebuiltMatcher,
  stampBuild,
];

const targets = [
  // The rule reaches (unlike the service table) are parsed per rule by each of its scan threads:
  // worth their ~14 KB of the VSIX.
  {
    ...common,
    entryPoints: ['src/bundles/extensionBundle.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [...common.plugins, prebuiltReach],
  },
  // The command is a small launcher (src/cli/launch.ts) that runs the CLI bundle through a V8 code cache.
  { ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cliMain.js',
    ...cliMinify,
    plugins: cliPlugins,
  },
  // Loaded by the CLI's thread pool from the same folder as its caller (the extension's workers run
  // dist/extension.js itself: see src/bundles/extensionBundle.ts).
  // Its own launcher too (src/scan/scanWorkerLaunch.ts): each thread starts from the code cache.
  { ...common, entryPoints: ['src/scan/scanWorkerLaunch.ts'], outfile: 'dist/scanWorker.js' },
  {
    ...common,
    entryPoints: ['src/scan/scanWorker.ts'],
    outfile: 'dist/scanWorkerMain.js',
    ...cliMinify,
    plugins: cliPlugins,
  },
];

/**
 * Node reads a bundle as UTF-8 and V8 holds a source with one character above U+007F as a two-byte
 * string: twice the memory of the whole bundle, paid in page faults by every CLI process and worker.
 * esbuild escapes strings but keeps comments and regex literals as written: write `...` or `\u2026`.
 */
function assertAscii(outfile) {
  const text = require('node:fs').readFileSync(outfile, 'latin1');
  const at = text.search(/[\x80-\xff]/); // read as Latin-1: one character per byte
  if (at === -1) return;
  const line = text.slice(0, at).split('\n').length;
  throw new Error(`${outfile}:${line}: a non-ASCII character in the bundle (in a comment or regex literal?)`);
}

async function main() {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const t of targets) assertAscii(t.outfile);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
