import type { CliIO } from '../../src/cli/io';
import { run } from '../../src/cli/main';

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  readonly stdin?: string;
  /** The environment the CLI sees (left to the CLI's default when absent). */
  readonly env?: Record<string, string>;
  /** Worker threads; 1 keeps the scan in process. */
  readonly jobs?: number;
  /** Where --verify connects instead of the providers (a local test server). */
  readonly verifyTarget?: CliIO['verifyTarget'];
  /** The CLI script the run reports as its own (agent hooks call it back). */
  readonly cliScript?: string;
}

/** Runs the CLI in process with captured output, as the `ai-secret-guard` binary would in `cwd`. */
export async function runCli(args: string[], cwd: string, options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    cwd,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    colorDefault: false,
    ...(options.env ? { env: options.env } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.verifyTarget ? { verifyTarget: options.verifyTarget } : {}),
    ...(options.cliScript ? { cliScript: options.cliScript } : {}),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
