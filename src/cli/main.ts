import { EXIT_USAGE } from './exitCodes';
import type { CliIO } from './io';

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

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

if (require.main === module) {
  const io: CliIO = {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readAll(process.stdin),
    colorDefault: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    env: process.env,
  };
  run(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`ai-secret-guard: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
