// The editor's full scan of a large document (issue 14): the longest stretch it holds the extension
// host's thread, scanned in slices (src/scan/slicedScan.ts) as the live diagnostics do without a
// worker, against one scan of the whole text, and with the scan worker (src/scan/documentWorker.ts)
// as they do now. Documents: the first 5 MB of TypeScript's typescript.js (keyword-dense real code)
// and 5 MB of two hostile inputs of bench/adversarial.ts; then rescans on 1 MB hostile lines
// (bench/editorRescans.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Detector } from '../src/core/detect/detector';
import { builtinRules } from '../src/core/rules';
import { FakeTokens } from '../src/core/rules/fakeTokens';
import { DocumentWorker } from '../src/scan/documentWorker';
import { scanSliced } from '../src/scan/slicedScan';
import { adversarialCases } from './adversarial';
import { type Row } from './benchRow';
import { longestBlock, rescanRows, WORKER_CONFIG } from './editorRescans';

const MB = 1024 * 1024;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function longestSlice(
  detector: Detector,
  text: string,
): Promise<{ longest: number; slices: number; whole: number }> {
  const t0 = cpuMs();
  const one = detector.scan(text, { path: 'bench/document.js' });
  const whole = cpuMs() - t0;
  let longest = 0;
  let slices = 0;
  const sliced = await scanSliced(
    detector,
    text,
    { path: 'bench/document.js' },
    {
      onSlice: (ms) => {
        longest = Math.max(longest, ms);
        slices++;
      },
    },
  );
  if (JSON.stringify(sliced) !== JSON.stringify(one)) throw new Error('sliced scan differs from one scan');
  return { longest, slices, whole };
}

/** The longest the thread is held while the worker scans `text` whole (its start-up included when it is cold). */
async function workerScanBlock(worker: DocumentWorker, text: string, one: unknown): Promise<number> {
  let findings: unknown;
  const block = await longestBlock(async () => {
    findings = await worker.scan(WORKER_CONFIG, { key: 'bench', version: 1, text, path: 'bench/document.js' }).findings;
  });
  if (JSON.stringify(findings) !== JSON.stringify(one)) throw new Error('worker scan differs from one scan');
  return block;
}

/** Rows for a 5 MB slice of `typescriptJs` and for each hostile case at 5 MB. */
export async function editorSliceRows(typescriptJs: string): Promise<Row[]> {
  const detector = new Detector(builtinRules);
  const docs: [string, string][] = [['5 MB of typescript.js', readFileSync(typescriptJs, 'latin1').slice(0, 5 * MB)]];
  const fake = new FakeTokens(14);
  // Two hostile inputs: keyword-dense short lines (sliced), and one 5 MB line (a slice is never less than a line).
  for (const name of ['password= on short lines', 'one api_key: and a single A run'])
    docs.push([`5 MB hostile: ${name}`, adversarialCases[name]!(5 * MB, fake)]);
  const rows: Row[] = [];
  const worker = new DocumentWorker();
  try {
    for (const [i, [name, text]] of docs.entries()) {
      const r = await longestSlice(detector, text);
      rows.push({
        measure: `editor, longest blocking slice (no worker), ${name}`,
        value: `${r.longest.toFixed(1)} ms in ${r.slices} slice(s) (one scan: ${r.whole.toFixed(0)} ms CPU)`,
      });
      const block = await workerScanBlock(worker, text, detector.scan(text, { path: 'bench/document.js' }));
      rows.push({
        measure: `editor, longest block of the thread, scan on the worker${i === 0 ? ' (cold start)' : ''}, ${name}`,
        value: `${block.toFixed(1)} ms`,
        target: '≤ 50 ms',
        ok: block <= 50,
      });
    }
    rows.push(...(await rescanRows(worker, docs[0]![1].slice(0, MB))));
  } finally {
    worker.dispose();
  }
  return rows;
}

if (require.main === module) {
  const typescriptJs = path.join(__dirname, '../../node_modules/typescript/lib/typescript.js');
  void editorSliceRows(typescriptJs).then((rows) => {
    for (const r of rows)
      console.log(`${r.measure} | ${r.value}${r.target ? ` | ${r.target} ${r.ok ? 'ok' : 'MISSED'}` : ''}`);
  });
}
