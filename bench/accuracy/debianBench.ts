import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { debianPackageOf, prepareDebianSet, type DebianSetOptions } from './realCodeDebian';
import { scanWithCli } from './scanCli';
import type { ReportedFinding } from './score';

// A Debian real-code bench: findings per MB on ordinary source and documentation from Debian's
// packages, through the built CLI. Everything found there is a false positive or a documentation
// example. A measurement: exits 0 unless --max-per-mb is given and exceeded. Needs apt-get and
// dpkg-deb (Debian/Ubuntu); not run in CI.

/** What one Debian real-code bench measures and where it keeps its files. */
export interface DebianBench extends DebianSetOptions {
  /** The report's title (`Debian real code`). */
  readonly title: string;
  /** The folder under .bench-cache holding the unpacked set. */
  readonly cacheName: string;
  /** The name of the JSON summary in .bench-cache/accuracy-results (`latest-debian.json`). */
  readonly summaryName: string;
  readonly usage: string;
}

/** Runs `bench` with the command line's flags; the exit code. */
export function runDebianBench(bench: DebianBench): number {
  const argv = process.argv.slice(2);
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const maxAt = argv.indexOf('--max-per-mb');
  const maxPerMb = maxAt >= 0 ? Number(argv[maxAt + 1]) : undefined;
  if (argv.includes('--help') || (maxPerMb !== undefined && !Number.isFinite(maxPerMb))) {
    console.log(bench.usage);
    return maxPerMb === undefined ? 0 : 2;
  }
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const cacheDir = path.join(repoRoot, '.bench-cache', bench.cacheName);
  const resultsDir = path.join(repoRoot, '.bench-cache', 'accuracy-results');
  mkdirSync(resultsDir, { recursive: true });

  const set = prepareDebianSet(cacheDir, (line) => console.log(line), bench);
  const report = path.join(resultsDir, bench.summaryName.replace(/^latest-(.*)\.json$/, 'real-code-$1-report.json'));
  const scan = scanWithCli(repoRoot, cacheDir, 'src', report);
  const mb = scan.bytesScanned / 1e6;
  console.log(
    `\n${bench.title}: ${set.files} files, ${(set.textBytes / 1e6).toFixed(1)} MB of text (tests/fixtures/examples removed); scanned ${mb.toFixed(1)} MB in ${(scan.durationMs / 1000).toFixed(1)} s${scan.skipped ? `, ${scan.skipped} files SKIPPED` : ''}`,
  );
  console.log(`  ${scan.findings.length} findings = ${(scan.findings.length / mb).toFixed(3)} findings/MB`);

  const byLanguage = tally(scan.findings, (f) => debianPackageOf(f.path).split('/')[0]!);
  const languageBytes = new Map<string, number>();
  for (const [pkg, bytes] of set.packageBytes) {
    const language = pkg.split('/')[0]!;
    languageBytes.set(language, (languageBytes.get(language) ?? 0) + bytes);
  }
  console.log(`\n  ${'language'.padEnd(10)}${'MB'.padStart(8)}${'findings'.padStart(10)}${'per MB'.padStart(9)}`);
  const perLanguage: Record<string, { mb: number; findings: number; perMB: number }> = {};
  for (const [language, bytes] of [...languageBytes].sort((a, b) => b[1] - a[1])) {
    const n = byLanguage.get(language)?.length ?? 0;
    const langMb = bytes / 1e6;
    perLanguage[language] = { mb: langMb, findings: n, perMB: n / langMb };
    console.log(
      `  ${language.padEnd(10)}${langMb.toFixed(1).padStart(8)}${String(n).padStart(10)}${(n / langMb).toFixed(3).padStart(9)}`,
    );
  }
  const byRule = tally(scan.findings, (f) => f.ruleId);
  console.log('\n  by rule:');
  for (const [rule, list] of byRule) console.log(`  ${String(list.length).padStart(5)}  ${rule}`);
  console.log('\n  by package (findings, MB):');
  for (const [pkg, list] of [...tally(scan.findings, (f) => debianPackageOf(f.path))].slice(0, 12))
    console.log(
      `  ${String(list.length).padStart(5)}  ${pkg} (${((set.packageBytes.get(pkg) ?? 0) / 1e6).toFixed(1)} MB)`,
    );
  if (verbose)
    for (const [rule, list] of byRule) {
      console.log(`\n  ${rule}:`);
      for (const f of list) console.log(`    ${f.path}:${f.startLine}  ${f.preview}`);
    }

  const perMB = scan.findings.length / mb;
  writeFileSync(
    path.join(resultsDir, bench.summaryName),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        files: set.files,
        textBytes: set.textBytes,
        bytesScanned: scan.bytesScanned,
        findings: scan.findings.length,
        findingsPerMB: perMB,
        perLanguage,
        byRule: Object.fromEntries([...byRule].map(([r, l]) => [r, l.length])),
      },
      null,
      2,
    ) + '\n',
  );
  if (maxPerMb !== undefined && perMB > maxPerMb) {
    console.log(`FAIL: ${perMB.toFixed(3)} findings/MB is above --max-per-mb ${maxPerMb}`);
    return 1;
  }
  return 0;
}

/** Findings grouped by a key, largest group first. */
function tally(findings: readonly ReportedFinding[], key: (f: ReportedFinding) => string) {
  const map = new Map<string, ReportedFinding[]>();
  for (const f of findings) map.set(key(f), [...(map.get(key(f)) ?? []), f]);
  return new Map([...map].sort((a, b) => b[1].length - a[1].length));
}
