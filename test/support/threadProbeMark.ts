// Imported first by threadProbeWorker: with ASG_THREAD_PROBE_DIR set, each thread leaves a file
// named by its id there as soon as it runs (before building its detector), so a test can count
// the threads started, not only those that happened to take work.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

const probeDir = process.env['ASG_THREAD_PROBE_DIR'];
if (probeDir) writeFileSync(path.join(probeDir, String(threadId)), '');
