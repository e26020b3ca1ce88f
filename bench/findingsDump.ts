// Every finding of the engine on the bench's inputs, one line each, so that a change meant to make
// the engine faster can be checked to find exactly the same things (diff two dumps):
//   node out/bench/findingsDump.js > before.tsv
// Inputs: the engine bench's generated trees, TypeScript's lib/typescript.js (keyword-dense code)
// and the accuracy corpus (every category, scanned under its file path). Values are never written:
// a finding is its rule, position, confidence, reason and fingerprint (a hash).
import { Detector } from '../src/core/detect/detector';
import type { Finding } from '../src/core/finding';
import { builtinRules } from '../src/core/rules';
import { generateCorpus } from './accuracy/generate';
import { casePath } from './accuracy/score';
import { CorpusGenerator } from './corpus';
import { keywordDenseSource } from './keywordDense';

const MB = 1024 * 1024;
const detector = new Detector(builtinRules);
const out: string[] = [];

function dump(set: string, path: string, text: string, scanPath?: string): void {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  for (const f of detector.scan(text, { path: scanPath })) out.push(row(set, path, lineStarts, f));
}

function row(set: string, path: string, lineStarts: readonly number[], f: Finding): string {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= f.start) lo = mid;
    else hi = mid - 1;
  }
  return [
    set,
    path,
    lo + 1,
    f.start - lineStarts[lo]! + 1,
    f.end - f.start,
    f.ruleId,
    f.confidence,
    f.fingerprint,
    f.why ?? '',
  ].join('\t');
}

for (const [set, seed, bytes, fileSize] of [
  ['tree', 1, 30 * MB, 12_000],
  ['small', 2, 16 * MB, 800],
] as const) {
  for (const [path, text] of new CorpusGenerator(seed).files(bytes, fileSize))
    dump(set, path, Buffer.from(text).toString('utf8'));
}
dump('dense', 'typescript.js', keywordDenseSource());
for (const c of generateCorpus()) dump('accuracy', casePath(c), c.text, casePath(c));
process.stdout.write(out.join('\n') + '\n');
