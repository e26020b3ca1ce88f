import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throw-away folder with files written from a map of relative path → content. */
export class TempWorkspace {
  readonly root: string;

  constructor(files: Record<string, string | Buffer> = {}) {
    this.root = mkdtempSync(path.join(tmpdir(), 'asg-test-'));
    this.write(files);
  }

  write(files: Record<string, string | Buffer>): void {
    for (const [rel, content] of Object.entries(files)) {
      const abs = path.join(this.root, rel);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }

  path(rel: string): string {
    return path.join(this.root, rel);
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
