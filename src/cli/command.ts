import { EXIT_CLEAN, EXIT_USAGE } from './exitCodes';
import type { CliIO } from './io';

import { UsageError } from './usageError';

type ErrorClass = abstract new (...args: never[]) => Error;

/** One CLI command, as main.ts's table registers it. */
export interface CliCommand<Options> {
  readonly usage: string;
  /** The options in `argv` (the command's own arguments), or 'help'; throws UsageError. */
  readonly parse: (argv: readonly string[]) => Options | 'help';
  /** Resolves to the exit code; throws UsageError, one of `inputErrors`, or a bug. */
  readonly run: (options: Options, io: CliIO) => Promise<number>;
  /** Errors of `run` that mean "this input cannot be used" (a bad baseline, not a git repository, …). */
  readonly inputErrors?: readonly ErrorClass[];
}

/**
 * The exit code for an error a command threw, after telling the user; undefined for anything
 * else (a bug: main reports it as an internal error).
 */
export function exitCodeForError(e: unknown, io: CliIO, command: CliCommand<unknown>): number | undefined {
  if (e instanceof UsageError) {
    io.stderr(`ai-secret-guard: ${e.message}\n\n${command.usage}\n`);
    return EXIT_USAGE;
  }
  if (command.inputErrors?.some((type) => e instanceof type)) {
    io.stderr(`ai-secret-guard: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  return undefined;
}

/** Parses, prints the usage for --help, runs; every failure goes through `exitCodeForError`. */
export async function runCommand<Options>(
  command: CliCommand<Options>,
  argv: readonly string[],
  io: CliIO,
): Promise<number> {
  try {
    const options = command.parse(argv);
    if (options === 'help') {
      io.stdout(command.usage + '\n');
      return EXIT_CLEAN;
    }
    return await command.run(options, io);
  } catch (e) {
    const code = exitCodeForError(e, io, command as CliCommand<unknown>);
    if (code === undefined) throw e;
    return code;
  }
}
