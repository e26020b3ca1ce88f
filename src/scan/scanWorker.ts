// Worker-thread entry: scans the files it is sent with its own detector and posts the results.
// The editor's live diagnostics send it documents too (documentJobs.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentJobs, isDocumentMessage, type DocumentMessage } from './documentJobs';
import { readCapped, readRange } from './readCapped';
import { allowlistFor, detectorFor, runTask, WORKER_READY, type ScanTask, type WorkerConfig } from './scanTask';

const config = workerData as WorkerConfig;
const detector = detectorFor(config);
const allowlist = allowlistFor(config);
const documents = new DocumentJobs(detector);

parentPort!.on('message', (message: ScanTask[] | DocumentMessage) => {
  if (isDocumentMessage(message)) {
    for (const reply of documents.handle(message)) parentPort!.postMessage(reply);
    return;
  }
  parentPort!.postMessage(message.map((t) => runTask(detector, t, config, { readCapped, readRange }, allowlist)));
});
// From the next turn of the event loop: a launcher's code cache write queued before it
// (scanWorkerLaunch.ts) is done first, and a pool terminates an idle thread only once it is ready.
setImmediate(() => parentPort!.postMessage(WORKER_READY));
