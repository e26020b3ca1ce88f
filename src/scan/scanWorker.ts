// Worker-thread entry: scans the files it is sent with its own detector and posts the results.
import { parentPort, workerData } from 'node:worker_threads';
import { readCapped, readRange } from './readCapped';
import { allowlistFor, detectorFor, runTask, WORKER_READY, type ScanTask, type WorkerConfig } from './scanTask';

const config = workerData as WorkerConfig;
const detector = detectorFor(config);
const allowlist = allowlistFor(config);

parentPort!.on('message', (tasks: ScanTask[]) => {
  parentPort!.postMessage(tasks.map((t) => runTask(detector, t, config, { readCapped, readRange }, allowlist)));
});
parentPort!.postMessage(WORKER_READY);
