// Runs every *.test.js of a folder with mocha in the extension host, rejecting on failures, which
// makes the extension host (and so the launcher) exit non-zero.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function runSuitesIn(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const only = process.env['ASG_INTEGRATION_GREP'];
  if (only) mocha.grep(only);
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
