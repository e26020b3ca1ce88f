// `npm run test:integration`: runs the suites in a real VS Code. The launcher is picked by
// ASG_VSCODE_LAUNCHER: "code-server" (default; works offline, see install-code-server.sh) or
// "electron" (@vscode/test-electron, which downloads VS Code and needs the network).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInCodeServer } from './runCodeServer';

const ROOT = path.resolve(__dirname, '../../..');

async function main(): Promise<number> {
  const launcher = process.env['ASG_VSCODE_LAUNCHER'] ?? 'code-server';
  const extensionDevelopmentPath = path.resolve(ROOT, process.env['ASG_EXTENSION_PATH'] ?? '.');
  const extensionTestsPath = path.join(__dirname, 'suite', 'index.js');
  // A fresh copy of the fixture workspace per run: the suites edit files in it.
  const workspace = mkdtempSync(path.join(tmpdir(), 'asg-ws-'));
  cpSync(path.join(ROOT, 'test/integration/workspace'), workspace, { recursive: true });
  const screenshotDir = path.join(ROOT, 'test-results', 'screenshots');
  try {
    if (launcher === 'electron') {
      // Loaded only when chosen, so machines without the network never touch it.
      const { runTests } = await import('@vscode/test-electron');
      return await runTests({
        extensionDevelopmentPath,
        extensionTestsPath,
        launchArgs: [workspace, '--disable-extensions'],
        extensionTestsEnv: { ASG_SCREENSHOT_DIR: screenshotDir, ASG_TEST_WORKSPACE: workspace },
      }).then(
        () => 0,
        () => 1,
      );
    }
    return await runInCodeServer({ extensionDevelopmentPath, extensionTestsPath, workspace, screenshotDir });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    console.log(`integration tests ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
