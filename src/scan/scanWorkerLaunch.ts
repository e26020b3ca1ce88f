// The CLI's scan-thread script (dist/scanWorker.js): runs the worker bundle beside it
// (dist/scanWorkerMain.js, scanWorker.ts) through a V8 code cache (codeCache.ts). A worker is
// terminated rather than exited, and may be before its first job (the calling thread scans too):
// one that had no usable cache writes it as its detector is built (the bundle, catalogue and
// detector), queued before the worker's ready message, so no pool terminates it mid-write.
import path from 'node:path';
import { runCached } from './codeCache';

runCached(path.join(__dirname, 'scanWorkerMain.js'), { whenToWrite: (write) => setImmediate(write) });
