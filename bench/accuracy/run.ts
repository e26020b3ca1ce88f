import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED, generateCorpus } from './generate';
import { packageOf, prepareRealCode } from './realCode';
import { scanWithCli } from './scanCli';
import { casePath, type CategoryScore, type ReportedFinding, type Score, score } from './score';
import { CATEGORIES, type Category } from './types';

/**
 * `npm run bench:accuracy`: recall and precision per category on the generated labelled corpus,
 * and findings per MB on published npm packages, both through the built CLI. A measurement: it
 * exits 0 unless --min-recall / --min-precision (percent) are given and not met.
 */
interface Options {
  readonly verbose: boolean;
  readonly category?: Category;
  readonly minRecall?: number;
  readonly minPrecision?: number;
  readonly realCode: boolean;
  readonly seed: number;
  readonly keep: boolean;
}

const USAGE = `Usage: npm run bench:accuracy -- [options]
  --verbose             print each miss and false positive (redacted), and real-code findings by rule
  --category <name>     only this category (${(CATEGORIES as readonly string[]).join(', ')})
  --min-recall <pct>    exit 1 when total recall is below this
  --min-precision <pct> exit 1 when total precision is below this
  --no-real-code        skip the npm real-code false-positive set
  --seed <n>            corpus seed (default ${DEFAULT_SEED})
  --keep                keep the materialized corpus folder`;

function parseArgs(argv: readonly string[]): Options {
  const opts: { -readonly [K in keyof Options]: Options[K] } = {
    verbose: false,
    realCode: true,
    seed: DEFAULT_SEED,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--verbose' || arg === '-v') opts.verbose = true;
    else if (arg === '--no-real-code') opts.realCode = false;
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--category') {
      const c = value();
      if (!(CATEGORIES as readonly string[]).includes(c)) throw new Error(`unknown category ${c}\n${USAGE}`);
      opts.category = c as Category;
    } else if (arg === '--min-recall') opts.minRecall = percent(value());
    else if (arg === '--min-precision') opts.minPrecision = percent(value());
    else if (arg === '--seed') opts.seed = Number(value()) >>> 0;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return opts;
}

function percent(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new Error(`expected a percentage, got ${text}`);
  return n;
}

function main(): number {
  const opts = parseArgs(process.argv.slice(2));
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const cacheRoot = path.join(repoRoot, '.bench-cache');
  const resultsDir = path.join(cacheRoot, 'accuracy-results');
  mkdirSync(resultsDir, { recursive: true });
  const started = Date.now();

  const cases = generateCorpus({ seed: opts.seed }).filter((c) => !opts.category || c.category === opts.category);
  const corpusDir = mkdtempSync(path.join(scratchDir(), 'asg-accuracy-'));
  let corpusBytes = 0;
  for (const c of cases) {
    const file = path.join(corpusDir, casePath(c));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, c.text);
    corpusBytes += Buffer.byteLength(c.text);
  }
  const scan = scanWithCli(repoRoot, corpusDir, '.', path.join(resultsDir, 'corpus-report.json'));
  if (!opts.keep) rmSync(corpusDir, { recursive: true, force: true });
  const result = score(cases, scan.findings);
  const positiveCases = cases.filter((c) => c.polarity === 'positive').length;
  console.log(
    `\nLabelled corpus: ${cases.length} files (${positiveCases} with a credential, ${cases.length - positiveCases} hard negatives), ${(corpusBytes / 1024).toFixed(0)} KB, seed ${opts.seed}; CLI scan ${(scan.durationMs / 1000).toFixed(1)} s${scan.skipped ? `, ${scan.skipped} files SKIPPED` : ''}${opts.keep ? `; kept in ${corpusDir}` : ''}`,
  );
  printTable(result);
  if (opts.verbose) printCorpusDetails(result);

  const real = opts.realCode ? realCodeSet(repoRoot, cacheRoot, resultsDir, opts.verbose) : undefined;
  console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  writeFileSync(
    path.join(resultsDir, 'latest.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        seed: opts.seed,
        category: opts.category ?? null,
        corpus: { files: cases.length, bytes: corpusBytes },
        categories: result.categories,
        total: result.total,
        misses: result.misses,
        falsePositives: result.falsePositives,
        realCode: real ?? null,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`Results: ${path.relative(repoRoot, path.join(resultsDir, 'latest.json'))}`);
  return thresholdsMet(result.total, opts) ? 0 : 1;
}

/** A RAM-backed folder when there is one: thousands of small files are slow to delete on some disks. */
function scratchDir(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6) + '%';
}

function printTable(result: Score): void {
  const header = `${'category'.padEnd(26)}${'positives'.padStart(10)}${'found'.padStart(8)}${'recall'.padStart(8)}${'findings'.padStart(10)}${'false'.padStart(7)}${'precision'.padStart(11)}`;
  console.log('\n' + header + '\n' + '-'.repeat(header.length));
  const row = (s: CategoryScore) =>
    console.log(
      `${s.category.padEnd(26)}${String(s.positives).padStart(10)}${String(s.found).padStart(8)}${pct(s.recall).padStart(8)}${String(s.findings).padStart(10)}${String(s.falsePositives).padStart(7)}${pct(s.precision).padStart(11)}`,
    );
  for (const s of result.categories) if (s.positives + s.findings > 0) row(s);
  console.log('-'.repeat(header.length));
  row(result.total);
}

/** Counts of misses and false positives per case template, most first: where to look. */
function printByShape(result: Score): void {
  const shapeOf = (caseId: string) => caseId.replace(/\/[pn]\d+-/, ' ');
  const tally = (ids: readonly string[]) => {
    const map = new Map<string, number>();
    for (const id of ids) map.set(shapeOf(id), (map.get(shapeOf(id)) ?? 0) + 1);
    return [...map].sort((a, b) => b[1] - a[1]);
  };
  console.log('\nMisses by template:');
  for (const [shape, n] of tally(result.misses.map((m) => m.caseId)))
    console.log(`  ${String(n).padStart(4)}  ${shape}`);
  console.log('\nFalse positives by template:');
  for (const [shape, n] of tally(result.falsePositives.map((f) => f.caseId)))
    console.log(`  ${String(n).padStart(4)}  ${shape}`);
}

function printCorpusDetails(result: Score): void {
  printByShape(result);
  console.log(`\nMisses (${result.misses.length}):`);
  for (const m of result.misses) console.log(`  MISS ${m.caseId}/${m.path}:${m.line}  ${m.redacted}`);
  console.log(`\nFalse positives (${result.falsePositives.length}):`);
  for (const f of result.falsePositives)
    console.log(`  FP   ${f.finding.path}:${f.finding.startLine}  ${f.finding.ruleId}  ${f.finding.preview}`);
}

function realCodeSet(repoRoot: string, cacheRoot: string, resultsDir: string, verbose: boolean) {
  const cacheDir = path.join(cacheRoot, 'accuracy-npm');
  const set = prepareRealCode(repoRoot, cacheDir, (line) => console.log(line));
  const scan = scanWithCli(repoRoot, cacheDir, 'node_modules', path.join(resultsDir, 'real-code-report.json'));
  const mb = scan.bytesScanned / 1e6;
  const byRule = groupByRule(scan.findings);
  console.log(
    `\nReal code: ${set.files} files, ${(set.textBytes / 1e6).toFixed(1)} MB of published npm source (tests/fixtures/examples removed); scanned ${mb.toFixed(1)} MB in ${(scan.durationMs / 1000).toFixed(1)} s${scan.skipped ? `, ${scan.skipped} files SKIPPED` : ''}`,
  );
  console.log(`  ${scan.findings.length} findings = ${(scan.findings.length / mb).toFixed(3)} findings/MB`);
  console.log('  by rule:');
  for (const [rule, list] of byRule) console.log(`  ${String(list.length).padStart(5)}  ${rule}`);
  const byPackage = new Map<string, number>();
  for (const f of scan.findings) byPackage.set(packageOf(f.path), (byPackage.get(packageOf(f.path)) ?? 0) + 1);
  console.log('  by package (findings, MB, findings/MB):');
  for (const [pkg, n] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    const pkgMb = (set.packageBytes.get(pkg) ?? 0) / 1e6;
    console.log(
      `  ${String(n).padStart(5)}  ${pkg} (${pkgMb.toFixed(1)} MB, ${(n / Math.max(pkgMb, 0.001)).toFixed(2)}/MB)`,
    );
  }
  if (verbose) {
    for (const [rule, list] of byRule) {
      console.log(`\n  ${rule}:`);
      for (const f of list) console.log(`    ${f.path}:${f.startLine}  ${f.preview}`);
    }
  }
  const countsByRule = Object.fromEntries([...byRule].map(([r, l]) => [r, l.length]));
  return {
    files: set.files,
    textBytes: set.textBytes,
    bytesScanned: scan.bytesScanned,
    findings: scan.findings.length,
    findingsPerMB: scan.findings.length / mb,
    byRule: countsByRule,
  };
}

function groupByRule(findings: readonly ReportedFinding[]): Map<string, ReportedFinding[]> {
  const map = new Map<string, ReportedFinding[]>();
  for (const f of findings) map.set(f.ruleId, [...(map.get(f.ruleId) ?? []), f]);
  return new Map([...map].sort((a, b) => b[1].length - a[1].length));
}

function thresholdsMet(total: CategoryScore, opts: Options): boolean {
  let ok = true;
  if (opts.minRecall !== undefined && total.recall * 100 < opts.minRecall) {
    console.log(`FAIL: recall ${pct(total.recall).trim()} is below --min-recall ${opts.minRecall}%`);
    ok = false;
  }
  if (opts.minPrecision !== undefined && total.precision * 100 < opts.minPrecision) {
    console.log(`FAIL: precision ${pct(total.precision).trim()} is below --min-precision ${opts.minPrecision}%`);
    ok = false;
  }
  return ok;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
