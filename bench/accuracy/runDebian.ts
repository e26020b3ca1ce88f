import { DEBIAN_SET } from './realCodeDebian';
import { runDebianBench } from './debianBench';

/**
 * `npm run bench:realcode-debian`: findings per MB on ordinary non-JavaScript source (Go, Python,
 * Ruby, PHP, Java, Perl, Rust, C headers) from Debian's packages, through the built CLI (see
 * ./debianBench).
 */
const USAGE = `Usage: npm run bench:realcode-debian -- [--verbose] [--max-per-mb <n>]
  --verbose        list every finding (path, line, rule, redacted preview)
  --max-per-mb <n> exit 1 when the total findings per MB exceed n`;

try {
  process.exitCode = runDebianBench({
    title: 'Debian real code',
    cacheName: 'accuracy-debian',
    summaryName: 'latest-debian.json',
    usage: USAGE,
    set: DEBIAN_SET,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
