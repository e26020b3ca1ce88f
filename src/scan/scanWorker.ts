// Worker-thread entry: scans the files it is sent with its own detector and posts the results.
import { parentPort, workerData } from 'node:worker_threads';
import { readCapped } from './readCapped';
import { allowlistFor, detectorFor, scanFile, type ScanTask, type WorkerConfig } from './scanTask';

const config = workerData as WorkerConfig;
const detector = detectorFor(config);
const allowlist = allowlistFor(config);

parentPort!.on('message', (tasks: ScanTask[]) => {
  parentPort!.postMessage(tasks.map((t) => scanFile(detector, t, config.maxFileSize, { readCapped }, allowlist)));
});
