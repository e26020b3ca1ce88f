// The suite entry of the launch that enforces workspace trust (the folder opens in Restricted
// Mode): every *.test.js beside it.
import { runSuitesIn } from '../suite/runSuites';

export function run(): Promise<void> {
  return runSuitesIn(__dirname);
}
