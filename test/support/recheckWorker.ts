// Worker thread: checks the patterns it is sent with recheck (each thread has its own recheck agent).
import { parentPort } from 'node:worker_threads';
import { checkSync } from 'recheck';
import { RECHECK_PARAMETERS, type PatternCheck } from './recheckPool';

parentPort!.on('message', (job: { id: string; source: string; flags: string }) => {
  const result = checkSync(job.source, job.flags, RECHECK_PARAMETERS);
  const check: PatternCheck = {
    id: job.id,
    status: result.status,
    detail:
      result.status === 'vulnerable'
        ? `${result.complexity.type}: ${result.attack.pattern}`
        : result.status === 'unknown'
          ? String(result.error.kind)
          : '',
  };
  parentPort!.postMessage(check);
});
