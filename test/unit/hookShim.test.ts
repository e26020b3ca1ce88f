import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { hookShim, HOOK_SHIM_NAME } from '../../src/core/hooks/hookShim';
import { TempWorkspace } from '../support/tempWorkspace';

describe("agent hook launcher (the extension's stable hook command)", () => {
  let ws: TempWorkspace;
  beforeEach(() => (ws = new TempWorkspace({})));
  afterEach(() => ws.dispose());

  it('runs the current CLI with its arguments and stdin, and blocks (exit 2) once the CLI is gone', function () {
    if (process.platform === 'win32') this.skip();
    // A stand-in CLI in a folder whose name needs quoting: echoes its arguments and input.
    const cli = ws.path("ext v1's/dist/cli.js");
    ws.write({
      "ext v1's/dist/cli.js":
        'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{process.stdout.write(JSON.stringify([process.argv.slice(2),s]))});',
    });
    const shim = hookShim(cli, process.execPath, 'linux');
    assert.equal(shim.fileName, HOOK_SHIM_NAME);
    const file = ws.path(shim.fileName);
    writeFileSync(file, shim.text);
    chmodSync(file, 0o755);
    const ran = spawnSync(file, ['hook', 'claude-code'], { input: '{"a":1}', encoding: 'utf8' });
    assert.equal(ran.status, 0, ran.stderr);
    assert.deepEqual(JSON.parse(ran.stdout), [['hook', 'claude-code'], '{"a":1}']);
    // Without node on PATH it falls back to the editor's runtime (here: this node, which ignores ELECTRON_RUN_AS_NODE).
    const noNode = spawnSync('/bin/sh', [file, 'hook', 'cursor'], {
      input: '',
      encoding: 'utf8',
      env: { PATH: '/nonexistent' },
    });
    assert.deepEqual(JSON.parse(noNode.stdout), [['hook', 'cursor'], '']);
    rmSync(cli);
    const gone = spawnSync(file, ['hook', 'claude-code'], { input: '{}', encoding: 'utf8' });
    assert.equal(gone.status, 2);
    assert.match(gone.stderr, /the extension's CLI is gone/);
  });

  it("writes a Windows launcher that checks for the CLI and falls back to the editor's runtime", () => {
    const shim = hookShim('C:\\ext\\dist\\cli.js', 'C:\\Code\\Code.exe', 'win32');
    assert.equal(shim.fileName, `${HOOK_SHIM_NAME}.cmd`);
    assert.ok(shim.text.includes('if not exist "C:\\ext\\dist\\cli.js"') && shim.text.includes('exit /b 2'));
    assert.ok(shim.text.includes('set ELECTRON_RUN_AS_NODE=1& "C:\\Code\\Code.exe" "C:\\ext\\dist\\cli.js" %*'));
  });
});
