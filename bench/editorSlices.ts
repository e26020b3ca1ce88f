// The editor's full scan of a large document (issue 14): the longest stretch it holds the extension
// host's thread, scanned in slices (src/scan/slicedScan.ts) as the live diagnostics do, against one
// scan of the whole text. Documents: the first 5 MB of TypeScript's typescript.js (keyword-dense
// real code) and 5 MB of two hostile inputs of bench/adversarial.ts.
import { readFileSync } from 'node:fs';
import { Detector } from '../src/core/detect/detector';
import { builtinRules } from '../src/core/rules';
import { FakeTokens } from '../src/core/rules/fakeTokens';
import { scanSliced } from '../src/scan/slicedScan';
import { adversarialCases } from './adversarial';
import { type Row } from './benchRow';

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

/** Rows for a 5 MB slice of `typescriptJs` and for each hostile case at 5 MB. */
export async function editorSliceRows(typescriptJs: string): Promise<Row[]> {
  const detector = new Detector(builtinRules);
  const docs: [string, string][] = [['5 MB of typescript.js', readFileSync(typescriptJs, 'latin1').slice(0, 5 * MB)]];
  const fake = new FakeTokens(14);
  // Two hostile inputs: keyword-dense short lines (sliced), and one 5 MB line (a slice is never less than a line).
  for (const name of ['password= on short lines', 'one api_key: and a single A run'])
    docs.push([`5 MB hostile: ${name}`, adversarialCases[name]!(5 * MB, fake)]);
  const rows: Row[] = [];
  for (const [name, text] of docs) {
    const r = await longestSlice(detector, text);
    rows.push({
      measure: `editor, longest blocking slice, ${name}`,
      value: `${r.longest.toFixed(1)} ms CPU in ${r.slices} slice(s) (one scan: ${r.whole.toFixed(0)} ms CPU)`,
      target: '≤ 50 ms',
      ok: r.longest <= 50,
    });
  }
  return rows;
}
