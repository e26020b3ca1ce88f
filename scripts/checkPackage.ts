// `npm run package:check`: the VSIX holds exactly the allow-listed files, stays under the size
// budget, and is unpacked to out/vsix/ so the integration tests can run against what ships.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';

const ROOT = path.resolve(__dirname, '../..');
const VSIX = path.join(ROOT, 'ai-secret-guard.vsix');
const UNPACKED = path.join(ROOT, 'out', 'vsix');
const MAX_BYTES = 500 * 1024;
/** What the extension needs at run time, and nothing else. */
const EXPECTED = [
  'extension/CHANGELOG.md',
  'extension/LICENSE.txt',
  'extension/dist/extension.js',
  'extension/media/audit.css',
  'extension/media/audit.js',
  'extension/media/icon.png',
  'extension/media/walkthrough/audit.md',
  'extension/media/walkthrough/detect.md',
  'extension/media/walkthrough/exclusions.md',
  'extension/media/walkthrough/fix.md',
  'extension/package.json',
  'extension/readme.md',
  'extension.vsixmanifest',
  '[Content_Types].xml',
];

function readEntries(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function main(): Promise<void> {
  const size = statSync(VSIX).size;
  const entries = await readEntries(VSIX);
  const names = [...entries.keys()]
    .map((n) => n.replace(/^extension\/changelog\.md$/i, 'extension/CHANGELOG.md'))
    .sort();
  const problems: string[] = [];
  const unexpected = names.filter((n) => !EXPECTED.includes(n));
  const missing = EXPECTED.filter((n) => !names.includes(n));
  if (unexpected.length) problems.push(`unexpected files: ${unexpected.join(', ')}`);
  if (missing.length) problems.push(`missing files: ${missing.join(', ')}`);
  if (size > MAX_BYTES) problems.push(`${(size / 1024).toFixed(0)} KB is over the ${MAX_BYTES / 1024} KB budget`);
  const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
  if (manifest.main !== './dist/extension.js') problems.push('package.json main does not point at dist/extension.js');
  if (/sourceMappingURL/.test(entries.get('extension/dist/extension.js')!.toString('utf8')))
    problems.push('the bundle is not a production build (it has a source map)');
  // A reason every environment-reference negative example gives: in a bundle only if examples are.
  if (/environment reference/.test(entries.get('extension/dist/extension.js')!.toString('utf8')))
    problems.push("the bundle still holds the rules' examples (esbuild.js strips them in production)");
  console.log(`ai-secret-guard.vsix: ${(size / 1024).toFixed(0)} KB, ${names.length} files`);
  if (problems.length) {
    for (const p of problems) console.error(`package check failed: ${p}`);
    process.exit(1);
  }
  rmSync(UNPACKED, { recursive: true, force: true });
  for (const [name, data] of entries) {
    const target = path.join(UNPACKED, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  console.log(`unpacked to ${path.relative(ROOT, UNPACKED)}/extension`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
