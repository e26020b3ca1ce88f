// Rechecks the built-in patterns with no committed verdict (all of them with --all) and rewrites
// test/unit/redos-verdicts.json with the safe verdicts of the current patterns only
// (`npm run redos:refresh`). A pattern recheck does not find safe is listed and left out.
import { builtinRules } from '../src/core/rules';
import { checkPatterns } from '../test/support/recheckPool';
import { loadSafeVerdicts, saveSafeVerdicts, VERDICTS_FILE, verdictKey } from '../test/support/redosVerdicts';

async function main(): Promise<void> {
  const known = process.argv.includes('--all') ? new Set<string>() : loadSafeVerdicts();
  const unchecked = builtinRules.filter((r) => !known.has(verdictKey(r.pattern)));
  const verdicts = await checkPatterns(unchecked);
  const safe = builtinRules.filter((r) => known.has(verdictKey(r.pattern)) || verdicts.get(r.id)?.status === 'safe');
  for (const v of verdicts.values()) if (v.status !== 'safe') console.error(`${v.id}: ${v.status} ${v.detail}`);
  saveSafeVerdicts(safe.map((r) => verdictKey(r.pattern)));
  console.log(
    `${VERDICTS_FILE}: ${safe.length} of ${builtinRules.length} patterns safe (${unchecked.length} rechecked)`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
