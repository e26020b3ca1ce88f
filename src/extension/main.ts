// The extension's bundle entry (dist/extension.js), which is also the script of its scan worker
// threads: loaded on a worker thread it runs the worker (src/scan/scanWorker.ts) and never touches
// the `vscode` module. One bundle carries the detector and its rules once instead of twice, which
// halves the VSIX. The extension host loads extensions on its main thread.
import { isMainThread } from 'node:worker_threads';

/* eslint-disable @typescript-eslint/no-require-imports -- which half loads is decided at run time */
export = isMainThread ? (require('./extension') as typeof import('./extension')) : require('../scan/scanWorker');
