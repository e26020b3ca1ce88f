import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE } from './exitCodes';

export { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE };

/** Everything the CLI touches outside itself, so tests can run it in process. */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Standard input, read whole; with `limit`, reading stops after limit + 1 bytes (enough to tell it is too large). */
  readonly readStdin: (limit?: number) => Promise<Buffer>;
  readonly colorDefault: boolean;
  readonly jobs?: number;
  /** Environment variables (agent hooks read CLAUDE_PROJECT_DIR); default none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs the CLI; resolves to the exit code. Never prints a secret value. Each command's module is
 * loaded only when it runs: `hook` runs on every tool call of an AI agent and must start fast.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  switch (argv[0]) {
    case 'hook':
      return (await import('./hook')).hookMain(argv.slice(1), io);
    case 'install-hook':
    case 'uninstall-hook':
      return (await import('./gitHook')).gitHookMain(argv[0], argv.slice(1), io);
    case 'install-agent-hooks':
      return (await import('./agentHooks')).installAgentHooksMain(argv.slice(1), io);
    case 'exclusions':
      return (await import('./exclusions')).exclusionsMain(argv.slice(1), io);
    default:
      return (await import('./scanCommand')).scanMain(argv, io);
  }
}

function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      // Past the limit the rest is never needed: stop reading rather than hold a gigabyte in memory.
      if (size > limit) {
        stream.removeListener('data', onData);
        stream.pause();
        resolve(Buffer.concat(chunks).subarray(0, limit + 1));
      }
    };
    stream.on('data', onData);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** A write error on stdout/stderr (the reader went away, the disk is full) ends the run with a message, not a stack trace. */
function onOutputError(e: NodeJS.ErrnoException): void {
  // EPIPE: whoever read the output stopped reading (`| head`); nothing more can be said to them.
  if (e.code !== 'EPIPE') process.stderr.write(`ai-secret-guard: cannot write output: ${e.code ?? e.message}\n`);
  process.exit(EXIT_USAGE);
}

if (require.main === module) {
  const io: CliIO = {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: (limit) => readAll(process.stdin, limit),
    colorDefault: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    env: process.env,
  };
  process.stdout.on('error', onOutputError);
  process.stderr.on('error', onOutputError);
  run(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`ai-secret-guard: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
