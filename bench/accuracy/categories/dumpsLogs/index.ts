import type { CategoryTemplates } from '../../draft';
import { histories } from './histories';
import { httpCaptures } from './httpCaptures';
import { logs } from './logs';
import { sqlDumps } from './sqlDumps';
import { toolOutput } from './toolOutput';

/**
 * Credentials in data dumps, logs, exports and captured tool output committed to repositories, one
 * module per family; each template writes a file the way its tool does, and the hard negatives are
 * the same files with masked, empty, referenced or non-secret values.
 */
export const dumpsLogs: CategoryTemplates = {
  positives: [sqlDumps, logs, httpCaptures, toolOutput, histories].flatMap((t) => t.positives),
  negatives: [sqlDumps, logs, httpCaptures, toolOutput, histories].flatMap((t) => t.negatives),
};
