import { EXIT_USAGE } from './exitCodes';
import { runCommand } from './command';
import type { CliIO } from './io';

type CommandRunner = (argv: readonly string[], io: CliIO) => Promise<number>;

/** The commands by their first argument; each module loads only when its command runs. */
const COMMANDS: Readonly<Record<string, CommandRunner>> = {
  hook: async (argv, io) => runCommand((await import('./hook')).hookCommand, argv, io),
  'install-hook': async (argv, io) => runCommand((await import('./gitHook')).gitHookCommand('install-hook'), argv, io),
  'uninstall-hook': async (argv, io) =>
    runCommand((await import('./gitHook')).gitHookCommand('uninstall-hook'), argv, io),
  'install-agent-hooks': async (argv, io) => runCommand((await import('./agentHooks')).agentHooksCommand, argv, io),
  exclusions: async (argv, io) => runCommand((await import('./exclusions')).exclusionsCommand, argv, io),
  doctor: async (argv, io) => runCommand((await import('./doctor')).doctorCommand, argv, io),
};

/**
 * Runs the CLI; resolves to the exit code. Never prints a secret value. `hook` runs on every tool
 * call of an AI agent and must start fast: hence the lazy table. Anything else (`scan`, options,
 * nothing) is the scan family, which reads the whole command line.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = Object.hasOwn(COMMANDS, argv[0] ?? '') ? COMMANDS[argv[0]!] : undefined;
  if (command) return command(argv.slice(1), io);
  return runCommand((await import('./scanCommand')).scanCommands, argv, io);
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

/**
 * Runs the CLI as the process: its arguments, standard streams and exit code. `cliScript` is the
 * script agent hooks call back (dist/cli.js, which loads this bundle: launch.ts).
 */
export function start(cliScript: string): void {
  const io: CliIO = {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: (limit) => readAll(process.stdin, limit),
    colorDefault: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    env: process.env,
    cliScript,
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

if (require.main === module) start(__filename);
