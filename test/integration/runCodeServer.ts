// Runs the integration suites inside a real VS Code extension host: VS Code's server from the
// code-server npm package (installed by install-code-server.sh) and Debian's Chromium, headless,
// driven by playwright-core. The exit code is the suites' result.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SCREENSHOT_REQUEST, UI_PROBE_REQUEST, screenshotDoneMarker, uiProbeMarker } from './suite/screenshotProtocol';

const ROOT = path.resolve(__dirname, '../../..');
const VERSION = process.env['ASG_CODE_SERVER_VERSION'] ?? '4.100.3';
const CODE_SERVER = process.env['ASG_CODE_SERVER_DIR'] ?? path.join(ROOT, '.cache', `code-server-${VERSION}`);
const VSCODE = path.join(CODE_SERVER, 'node_modules/code-server/lib/vscode');
const CHROMIUM = process.env['ASG_CHROMIUM'] ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env['ASG_INTEGRATION_TIMEOUT_MS'] ?? 10 * 60_000);

export interface LaunchOptions {
  /** Folder holding package.json of the extension under test (the repository, or an unpacked VSIX). */
  readonly extensionDevelopmentPath: string;
  /** Compiled suite index exporting `run()`. */
  readonly extensionTestsPath: string;
  /** Workspace folder to open. */
  readonly workspace: string;
  /** Where screenshots requested by the suites are written. */
  readonly screenshotDir: string;
  /**
   * Whether VS Code enforces workspace trust. Off (the default) runs the suites in a trusted window;
   * on, the folder opens untrusted (Restricted Mode): a fresh browser profile has trusted no folder.
   */
  readonly enforceWorkspaceTrust?: boolean;
}

/**
 * User settings of the trust-enforcing launch: trust on (the default, stated so a changed default
 * cannot weaken the test), and no startup prompt, so the folder stays untrusted without a modal
 * dialog waiting for a click.
 */
const ENFORCED_TRUST_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
};

/** VS Code's server arguments; trust is disabled unless the launch enforces it. */
function serverArgs(port: number, dataDir: string, enforceTrust: boolean): string[] {
  return [
    path.join(VSCODE, 'out/server-main.js'),
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    ...(enforceTrust ? [] : ['--disable-workspace-trust']),
    '--server-data-dir',
    dataDir,
  ];
}

/** The server keeps the web client's user settings under `<server data dir>/data/User`. */
function writeUserSettings(dataDir: string, settings: Record<string, unknown>): void {
  const userDir = path.join(dataDir, 'data', 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(port: number, server: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`VS Code server exited early with ${server.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/version`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('VS Code server did not start in time');
}

function killGroup(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** `name` and the selector after `marker` in a suite's request line. */
function requestArgs(line: string, marker: string): { name: string; selector: string } | undefined {
  const at = line.indexOf(marker);
  if (at === -1) return undefined;
  const [name = '', ...selector] = line
    .slice(at + marker.length)
    .trim()
    .split(' ');
  return { name, selector: selector.join(' ') };
}

/** Serves a screenshot or UI-probe request logged by a suite; false when `line` is neither. */
function answerSuiteRequest(page: Page, dir: string, line: string): boolean {
  const probe = requestArgs(line, UI_PROBE_REQUEST);
  if (probe) {
    // An absent element leaves a screenshot of what the workbench showed instead.
    void page
      .waitForSelector(probe.selector, { state: 'visible', timeout: 20_000 })
      .then(
        () => 'visible',
        () =>
          page
            .screenshot({ path: path.join(dir, `${probe.name}-absent.png`) })
            .catch(() => undefined)
            .then(() => 'absent'),
      )
      .then((answer) => writeFileSync(uiProbeMarker(dir, probe.name), answer));
    return true;
  }
  const shot = requestArgs(line, SCREENSHOT_REQUEST);
  if (!shot) return false;
  const shown = shot.selector
    ? page.waitForSelector(shot.selector, { state: 'visible', timeout: 10_000 }).catch(() => undefined)
    : Promise.resolve();
  void shown
    .then(() => page.screenshot({ path: path.join(dir, `${shot.name}.png`) }))
    .then(() => writeFileSync(screenshotDoneMarker(dir, shot.name), 'ok'))
    .catch((e: unknown) => console.error(`screenshot ${shot.name} failed: ${String(e)}`));
  return true;
}

/** Launches VS Code on `options.workspace`, runs the suites, resolves to their exit code. */
export async function runInCodeServer(options: LaunchOptions): Promise<number> {
  if (!existsSync(path.join(VSCODE, 'out/server-main.js'))) {
    throw new Error(`VS Code server not found in ${CODE_SERVER}; run test/integration/install-code-server.sh first`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'asg-vscode-'));
  mkdirSync(options.screenshotDir, { recursive: true });
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const cleanup = () => {
    killGroup(server);
    void browser?.close().catch(() => undefined);
  };
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const enforceTrust = options.enforceWorkspaceTrust === true;
    if (enforceTrust) writeUserSettings(dataDir, ENFORCED_TRUST_SETTINGS);
    server = spawn(process.execPath, serverArgs(port, dataDir, enforceTrust), {
      detached: true, // own process group, killed as a whole
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        EXTENSIONS_GALLERY: '{}',
        ASG_SCREENSHOT_DIR: options.screenshotDir,
        ASG_SCREENSHOTS: '1',
        ASG_TEST_WORKSPACE: options.workspace,
      },
    });
    server.stdout!.on('data', (b: Buffer) => process.env['ASG_VERBOSE'] && process.stdout.write(`[server] ${b}`));
    server.stderr!.on('data', (b: Buffer) => process.env['ASG_VERBOSE'] && process.stderr.write(`[server] ${b}`));
    const deadline = Date.now() + TIMEOUT_MS;
    await waitForServer(port, server, Math.min(deadline, Date.now() + 60_000));

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    const browserContext = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    // VS Code's web clipboard goes through the browser's; allow it so paste classification can be exercised.
    await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: `http://127.0.0.1:${port}`,
    });
    const page = await browserContext.newPage();
    const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
    let resolveExit!: (code: number) => void;
    const exited = new Promise<number>((r) => (resolveExit = r));

    let finished = false;
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      if (finished) return; // the workbench's reconnect chatter after the host exits
      const list = Array.isArray(args) ? args : [args];
      const line =
        typeof list[0] === 'string'
          ? format(...(list as [string, ...unknown[]]))
          : list.map((a) => JSON.stringify(a)).join(' ');
      if (answerSuiteRequest(page, options.screenshotDir, line)) return;
      (type === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => {
      finished = true;
      resolveExit(code);
    });

    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(options.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ]);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(payload)}`;
    await page.goto(url);
    const timeout = new Promise<number>((r) => setTimeout(() => r(-1), Math.max(0, deadline - Date.now())).unref());
    const code = await Promise.race([exited, timeout]);
    if (code === -1) {
      console.error(`integration tests timed out after ${TIMEOUT_MS / 1000} s`);
      await page.screenshot({ path: path.join(options.screenshotDir, 'timeout.png') }).catch(() => undefined);
      return 1;
    }
    return code;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
