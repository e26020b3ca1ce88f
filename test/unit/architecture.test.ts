import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? sources(abs) : abs.endsWith('.ts') ? [abs] : [];
  });
}

/** Every module a file imports (static, dynamic, require), relative ones resolved to src-relative paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\(\s*|^import\s+)['"]([^'"]{1,200})['"]/gm),
  ].map((m) => m[1]!);
  return specifiers.map((s) =>
    s.startsWith('.')
      ? path
          .relative(SRC, path.resolve(path.dirname(file), s))
          .split(path.sep)
          .join('/')
      : s,
  );
}

const NODE_IO = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'worker_threads',
  'node:worker_threads',
];
const within = (layer: string) => (target: string) => target === layer || target.startsWith(`${layer}/`);

/** The layers and what each must not import: imports point from the fronts to scan to core only. */
const LAYERS: { layer: string; forbidden: { what: string; test: (target: string) => boolean }[] }[] = [
  {
    layer: 'core',
    forbidden: [
      { what: 'vscode', test: (t) => t === 'vscode' },
      { what: 'Node I/O', test: (t) => NODE_IO.includes(t) },
      { what: 'the scan layer', test: within('scan') },
      { what: 'the CLI', test: within('cli') },
      { what: 'the extension', test: within('extension') },
    ],
  },
  {
    layer: 'scan',
    forbidden: [
      { what: 'vscode', test: (t) => t === 'vscode' },
      { what: 'the CLI', test: within('cli') },
      { what: 'the extension', test: within('extension') },
    ],
  },
  {
    layer: 'cli',
    forbidden: [
      { what: 'vscode', test: (t) => t === 'vscode' },
      { what: 'the extension', test: within('extension') },
    ],
  },
  { layer: 'extension', forbidden: [{ what: 'the CLI', test: within('cli') }] },
];
// The bundle entries (src/bundles) join the fronts; nothing below them imports one.
for (const { forbidden } of LAYERS) forbidden.push({ what: 'the bundle entries', test: within('bundles') });

describe('architecture', () => {
  for (const { layer, forbidden } of LAYERS) {
    it(`keeps src/${layer} from importing ${forbidden.map((f) => f.what).join(', ')}`, () => {
      const files = sources(path.join(SRC, layer));
      assert.ok(files.length > 0, `src/${layer} has sources`);
      for (const file of files) {
        for (const target of importsOf(file)) {
          const broken = forbidden.find((f) => f.test(target));
          assert.equal(broken, undefined, `${path.relative(ROOT, file)} imports ${target} (${broken?.what})`);
        }
      }
    });
  }

  it('keeps the rule catalogue independent of the detector (no import cycle)', () => {
    for (const file of sources(path.join(SRC, 'core/rules'))) {
      const target = importsOf(file).find(within('core/detect'));
      assert.equal(target, undefined, `${path.relative(ROOT, file)} imports ${target}`);
    }
  });

  it('sees the imports it checks', () => {
    // The extension imports vscode and the scan layer; a parser that saw nothing would pass everything.
    const extension = importsOf(path.join(SRC, 'extension/extension.ts'));
    assert.ok(extension.includes('vscode'), extension.join(', '));
    const cli = importsOf(path.join(SRC, 'cli/main.ts'));
    assert.ok(cli.includes('cli/hook') && cli.includes('cli/scanCommand'), cli.join(', '));
  });
});
