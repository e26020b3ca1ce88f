// The engine alone on the bench's generated trees, kept apart from `npm run bench` so it can be run
// often, A/B against another build and under `--cpu-prof`:
//   node out/bench/engine.js [MB=60] [runs=7]
// Besides the generated trees, it scans TypeScript's lib/typescript.js: code dense in keywords.
// Reports the median over runs of MB per CPU-second of the scanning thread (steady on a shared
// machine) and of wall MB/s.
import { Detector } from '../src/core/detect/detector';
import { builtinRules } from '../src/core/rules';
import { CorpusGenerator } from './corpus';
import { keywordDenseSource } from './keywordDense';
import { threadCpuMs } from './cpuTime';
import { median } from './benchRow';

const MB = 1024 * 1024;

/** A file as the CLI scans it: its path relative to the scan root, and its text. */
type File = readonly [path: string, text: string];

/** The files `writeTree` would write, round-tripped through UTF-8 bytes as if read from disk (flat strings). */
function corpus(seed: number, bytes: number, fileSize: number): File[] {
  return [...new CorpusGenerator(seed).files(bytes, fileSize)].map(([rel, text]) => [
    rel,
    Buffer.from(text).toString('utf8'),
  ]);
}

// Scanned with their paths, as the CLI and the editor scan files (some rules read the file kind).
function measure(label: string, files: File[], runs: number): void {
  const mb = files.reduce((a, [, t]) => a + Buffer.byteLength(t), 0) / MB;
  const detector = new Detector(builtinRules);
  for (const [path, t] of files) detector.scan(t, { path }); // warm-up pass
  const cpu: number[] = [];
  const wall: number[] = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    findings = 0;
    const c0 = threadCpuMs();
    const w0 = performance.now();
    for (const [path, t] of files) findings += detector.scan(t, { path }).length;
    wall.push(mb / ((performance.now() - w0) / 1000));
    cpu.push(mb / ((threadCpuMs() - c0) / 1000));
  }
  console.log(
    `${label}: ${mb.toFixed(1)} MB, ${findings} findings, ${median(cpu).toFixed(1)} MB per CPU-s, ${median(wall).toFixed(1)} MB/s wall (medians of ${runs})`,
  );
}

const big = Number(process.argv[2] ?? 60);
const runs = Number(process.argv[3] ?? 7);
measure(`${big} MB source tree`, corpus(1, big * MB, 12_000), runs);
measure('many small files', corpus(2, 16 * MB, 800), runs);
measure('keyword-dense code (typescript.js)', [['lib/typescript.js', keywordDenseSource()]], runs);
