import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { debianPackageOf, prepareDebianSet } from './realCodeDebian';
import { scanWithCli } from './scanCli';
import type { ReportedFinding } from './score';

/**
 * `npm run bench:realcode-debian`: findings per MB on ordinary non-JavaScript source (Go, Python,
 * Ruby, PHP, Java, Perl, Rust, C headers) from Debian's packages, through the built CLI. Everything
 * found there is a false positive or a documentation example. A measurement: exits 0 unless
 * --max-per-mb is given and exceeded. Needs apt-get and dpkg-deb (Debian/Ubuntu); not run in CI.
 */
const USAGE = `Usage: npm run bench:realcode-debian -- [--verbose] [--max-per-mb <n>]
  --verbose        list every finding (path, line, rule, redacted preview)
  --max-per-mb <n> exit 1 when the total findings per MB exceed n`;

function main(): number {
  const argv = process.argv.slice(2);
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const maxAt = argv.indexOf('--max-per-mb');
  const maxPerMb = maxAt >= 0 ? Number(argv[maxAt + 1]) : undefined;
  if (argv.includes('--help') || (maxPerMb !== undefined && !Number.isFinite(maxPerMb))) {
    console.log(USAGE);
    return maxPerMb === undefined ? 0 : 2;
  }
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const cacheDir = path.join(repoRoot, '.bench-cache', 'accuracy-debian');
  const resultsDir = path.join(repoRoot, '.bench-cache', 'accuracy-results');
  mkdirSync(resultsDir, { recursive: true });

  const set = prepareDebianSet(cacheDir, (line) => console.log(line));
  const scan = scanWithCli(repoRoot, cacheDir, 'src', path.join(resultsDir, 'real-code-debian-report.json'));
  const mb = scan.bytesScanned / 1e6;
  console.log(
    `\nDebian real code: ${set.files} files, ${(set.textBytes / 1e6).toFixed(1)} MB of text (tests/fixtures/examples removed); scanned ${mb.toFixed(1)} MB in ${(scan.durationMs / 1000).toFixed(1)} s${scan.skipped ? `, ${scan.skipped} files SKIPPED` : ''}`,
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
    path.join(resultsDir, 'latest-debian.json'),
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

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
