import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? sources(abs) : abs.endsWith('.ts') ? [abs] : [];
  });
}

describe('architecture', () => {
  it('keeps src/core free of vscode, file system and process access', () => {
    const forbidden = /from ['"](?:vscode|node:fs|fs|node:child_process|child_process|node:worker_threads|worker_threads)['"]|require\(['"](?:vscode|fs|child_process)['"]\)/;
    for (const file of sources(path.join(ROOT, 'src/core'))) {
      const text = readFileSync(file, 'utf8');
      assert.ok(!forbidden.test(text), `${path.relative(ROOT, file)} imports something core must not use`);
    }
  });

  it('keeps the CLI from importing the extension layer', () => {
    for (const file of sources(path.join(ROOT, 'src/cli'))) {
      assert.ok(!/from ['"](?:vscode|\.\.\/extension)/.test(readFileSync(file, 'utf8')), path.relative(ROOT, file));
    }
  });
});
