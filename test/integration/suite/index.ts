// The suite entry both launchers load for the trusted window: every *.test.js beside it.
import { runSuitesIn } from './runSuites';

export function run(): Promise<void> {
  return runSuitesIn(__dirname);
}
