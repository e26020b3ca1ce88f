import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { TempWorkspace } from './tempWorkspace';

/**
 * A throw-away git repository whose commits get increasing, fixed dates (one minute apart), so
 * "the first commit that added it" does not depend on how fast the test runs.
 */
export class GitRepo extends TempWorkspace {
  private clock = 1_700_000_000;

  constructor(files: Record<string, string | Buffer> = {}, init = true) {
    super(files);
    if (!init) return;
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'dev@example.test');
    this.git('config', 'user.name', 'Dev One');
    this.git('config', 'commit.gpgsign', 'false');
  }

  /** Runs git in the repository with this repository's next commit date; returns trimmed stdout. */
  git(...args: string[]): string {
    const date = `@${this.clock} +0000`;
    return execFileSync('git', args, {
      cwd: this.root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    }).trim();
  }

  /** Writes (or, for null, deletes) files, stages everything and commits; returns the commit id. */
  commit(message: string, files: Record<string, string | Buffer | null> = {}, extra: string[] = []): string {
    for (const [rel, content] of Object.entries(files)) {
      if (content === null) rmSync(this.path(rel), { force: true });
      else this.write({ [rel]: content });
    }
    this.git('add', '-A');
    this.clock += 60;
    this.git('commit', '-q', '--allow-empty', '-m', message, ...extra);
    return this.git('rev-parse', 'HEAD');
  }
}
