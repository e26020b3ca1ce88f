// Worker entry for the scan-pool test: the real scan worker, each result tagged with the id of the
// thread that produced it, so the test can tell worker threads from the calling one.
import './threadProbeMark';
import { parentPort, threadId } from 'node:worker_threads';
import '../../src/scan/scanWorker';

const port = parentPort!;
const post = port.postMessage.bind(port);
// scanWorker looks postMessage up on each batch, so replacing it after the import still applies.
port.postMessage = (batch: object[] | string) =>
  post(typeof batch === 'string' ? batch : batch.map((r) => ({ ...r, threadId })));
