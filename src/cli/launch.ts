// The `ai-secret-guard` command (dist/cli.js): runs the CLI bundle beside it (dist/cliMain.js)
// through a V8 code cache (scan/codeCache.ts), so every run after the first starts without
// compiling it. Kept to this: whatever it imports is compiled at every start.
import path from 'node:path';
import { runCached } from '../scan/codeCache';

const cli = runCached(path.join(__dirname, 'cliMain.js')) as typeof import('./main');
cli.start(__filename);
