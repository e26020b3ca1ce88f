import type { TestTarget } from '../scan/verify/httpsClient';

/** Everything the CLI touches outside itself, so tests can run it in process. */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Standard input, read whole; with `limit`, reading stops after limit + 1 bytes (enough to tell it is too large). */
  readonly readStdin: (limit?: number) => Promise<Buffer>;
  readonly colorDefault: boolean;
  readonly jobs?: number;
  /** Tests only: where --verify connects instead of the providers (never set by the bin, never read from the environment). */
  readonly verifyTarget?: TestTarget;
  /** Environment variables (agent hooks read CLAUDE_PROJECT_DIR); default none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The running CLI script (dist/cli.js), for commands that must call it back (agent hooks). */
  readonly cliScript?: string;
}
