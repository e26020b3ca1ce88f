// Worker-thread entry: scans the files it is sent with its own detector and posts the results.
import { readFileSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Detector } from '../core/detect/detector';
import { builtinRules } from '../core/rules';
import { scanFile, type ScanTask, type WorkerConfig } from './scanTask';

const config = workerData as WorkerConfig;
const detector = new Detector(builtinRules, { maxLineLength: config.maxLineLength });

parentPort!.on('message', (tasks: ScanTask[]) => {
  parentPort!.postMessage(tasks.map((t) => scanFile(detector, t, config.maxFileSize, { readFileSync, statSync })));
});
