// The extension's bundle (dist/extension.js), the one program the VSIX ships, is three programs
// chosen as it is loaded, so the detector and its rules ship once:
// - on a worker thread, a scan worker (src/scan/scanWorker.ts), never touching `vscode`;
// - run as the main script (the editor's runtime with ELECTRON_RUN_AS_NODE=1: the agent-hook
//   launcher and the Install/Check Agent Hooks commands), the CLI, whose scan threads are this
//   bundle again;
// - required by the extension host, the extension.
// It lives apart from src/extension and src/cli because it joins the two fronts, which never import
// each other.
import { isMainThread } from 'node:worker_threads';
import { setDefaultWorkerScript } from '../scan/workerScriptPath';

/* eslint-disable @typescript-eslint/no-require-imports -- which program loads is decided at run time */
if (!isMainThread) module.exports = require('../scan/scanWorker');
else if (require.main === module) {
  setDefaultWorkerScript(__filename);
  // cli/main starts itself when its module is the main one, as this bundle's is.
  require('../cli/main');
} else module.exports = require('../extension/extension');
