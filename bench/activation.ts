// `npm run bench` (last part): the extension's own start-up cost and what ships. Loads the
// production bundle in a fresh Node process with a stand-in `vscode` module (every API a no-op),
// so the figure is the time spent in our code (module evaluation + activate()), without the host's
// own overhead. Each sample runs in a new process: module evaluation only happens once per process.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { median } from './benchRow';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = process.env['ASG_BENCH_BUNDLE'] ?? path.join(ROOT, 'dist/extension.js');
const VSIX = path.join(ROOT, 'ai-secret-guard.vsix');
const SAMPLES = 15;
const TARGET_MS = 50;

/** Runs in the child: a `vscode` where every property is a callable, constructible no-op. */
const CHILD = `
const Module = require('module');
const names = JSON.parse(process.argv[2]);
const handler = {
  get: (_t, key) => key === Symbol.iterator ? function* () {} : key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : stub,
  apply: () => stub,
  set: () => true,
  construct: () => stub,
  // The bundle copies the module's own keys into its import namespace: list the API's top-level names.
  ownKeys: (t) => [...new Set([...names, ...Reflect.ownKeys(t)])],
  getOwnPropertyDescriptor: (t, key) => Reflect.getOwnPropertyDescriptor(t, key) ?? { value: stub, enumerable: true, configurable: true, writable: true },
};
const stub = new Proxy(function () {}, handler);
const load = Module._load;
// A plain object, as the real module is, so the bundle's import interop costs what it costs there.
const api = Object.fromEntries(names.map((n) => [n, stub]));
Module._load = function (request, ...rest) { return request === 'vscode' ? api : load.call(this, request, ...rest); };
// The extension host has Node's built-in modules loaded long before any extension activates.
for (const m of ['node:crypto', 'node:worker_threads', 'node:os', 'node:fs', 'node:path']) require(m);
const t0 = performance.now();
const ext = require(process.argv[1]);
const t1 = performance.now();
ext.activate({ subscriptions: [], extensionUri: stub, extension: { packageJSON: { version: '0' } }, workspaceState: stub, logUri: stub });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, activate: t2 - t1 }));
`;

/** The top-level names of the `vscode` API, from its type declarations. */
function apiNames(): string[] {
  const types = readFileSync(path.join(ROOT, 'node_modules/@types/vscode/index.d.ts'), 'utf8');
  return [
    ...new Set(
      [...types.matchAll(/^\t(?:export )?(?:namespace|class|enum|function|const|let) (\w+)/gm)].map((m) => m[1]!),
    ),
  ];
}

function main(): void {
  if (!existsSync(BUNDLE)) throw new Error('dist/extension.js is missing: run npm run build:production first');
  const samples: { load: number; activate: number }[] = [];
  const names = JSON.stringify(apiNames());
  for (let i = 0; i < SAMPLES; i++) {
    const r = spawnSync(process.execPath, ['-e', CHILD, BUNDLE, names], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`activation sample failed: ${r.stderr.slice(0, 800)}`);
    samples.push(JSON.parse(r.stdout));
  }
  const load = median(samples.map((s) => s.load));
  const activate = median(samples.map((s) => s.activate));
  const total = median(samples.map((s) => s.load + s.activate));
  const kb = (file: string) => (existsSync(file) ? `${Math.round(statSync(file).size / 1024)} KB` : 'not built');
  console.log('\nExtension start-up (production bundle, median of %d fresh processes)', SAMPLES);
  console.log(`  bundle load (module evaluation)  ${load.toFixed(1)} ms`);
  console.log(`  activate()                       ${activate.toFixed(1)} ms`);
  console.log(
    `  total                            ${total.toFixed(1)} ms   target < ${TARGET_MS} ms: ${total < TARGET_MS ? 'met' : 'NOT met'}`,
  );
  console.log(`  dist/extension.js                ${kb(BUNDLE)}`);
  console.log(`  dist/scanWorker.js               ${kb(path.join(ROOT, 'dist/scanWorker.js'))}`);
  console.log(`  ai-secret-guard.vsix             ${kb(VSIX)}   target < 500 KB`);
}

main();
