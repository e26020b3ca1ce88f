import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { builtinRules } from '../../../src/core/rules';
import { FakeTokens } from '../../../src/core/rules/fakeTokens';
import type { ExtensionApi } from '../../../src/extension/extension';
import { FINGERPRINT_KEY_FILE } from '../../../src/scan/fingerprintKey';
import { findRepoRoot } from '../../../src/scan/gitleaks';
import {
  activateExtension,
  closeAllEditors,
  codeActionsAt,
  nextEvent,
  ourDiagnostics,
  screenshot,
  typeText,
  waitForDiagnostics,
  workspaceUri,
  writeWorkspaceFile,
} from './helpers';

// Every secret here is a fake token generated at runtime; none is committed.
const fake = new FakeTokens(31337);
const secretsSeen: string[] = [];
function ghp(): string {
  const t = fake.githubStyle('ghp_');
  secretsSeen.push(t);
  return t;
}

async function openFile(relative: string, content: string): Promise<vscode.TextEditor> {
  const uri = await writeWorkspaceFile(relative, content);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

function offsetRange(document: vscode.TextDocument, needle: string): vscode.Range {
  const start = document.getText().indexOf(needle);
  assert.ok(start >= 0, 'needle not in document');
  return new vscode.Range(document.positionAt(start), document.positionAt(start + needle.length));
}

describe('live diagnostics', function () {
  this.timeout(60_000);
  let api: ExtensionApi;

  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);

  it('underlines a secret typed character by character, at its exact range, and clears it when fixed', async () => {
    const editor = await openFile('src/typed.ts', 'export const token = "";\n');
    editor.selection = new vscode.Selection(0, 22, 0, 22);
    const token = ghp();
    await typeText(token);
    // While the token is incomplete the generic rule may flag it; wait for the provider rule.
    const isGithub = (x: vscode.Diagnostic) =>
      (x.code as { value?: string } | undefined)?.value === 'github-pat-classic';
    const [d] = await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 1 && isGithub(ds[0]!));
    const where = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    assert.equal(
      where(d!.range),
      where(offsetRange(editor.document, token)),
      `line is ${JSON.stringify(editor.document.lineAt(0).text.replace(token, '<token>'))}`,
    );
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d!.source, 'AI Secret Guard');
    assert.equal((d!.code as { value: string }).value, 'github-pat-classic');
    assert.match(String((d!.code as { target: vscode.Uri }).target), /^https:\/\/docs\.github\.com\//);
    assert.match(d!.message, /GitHub personal access token \(classic\) hard-coded here/);
    assert.ok(!d!.message.includes(token));
    assert.ok(!d!.message.includes('arrived in'), 'typing is not escalated');

    const range = offsetRange(editor.document, `"${token}"`);
    await editor.edit((b) => b.replace(range, 'process.env.GITHUB_TOKEN'));
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0);
  });

  it('classifies an assistant-style bulk insert and escalates the secret in it', async () => {
    const editor = await openFile('src/bulk.ts', '// client\n');
    const token = ghp();
    const before = api.aiInsertCount();
    const escalated = nextEvent(api.scanner.onDidEscalate, (e) => e.document === editor.document);
    await editor.edit((b) =>
      b.insert(
        new vscode.Position(1, 0),
        `import { Octokit } from '@octokit/rest';\n\nexport const octokit = new Octokit({\n  auth: "${token}",\n});\n`,
      ),
    );
    const e = await escalated;
    assert.equal(e.kind, 'bulk');
    assert.deepEqual(
      e.findings.map((f) => f.ruleId),
      ['github-pat-classic'],
    );
    assert.equal(api.aiInsertCount(), before + 1);
    const [d] = await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 1);
    assert.match(d!.message, /arrived in a bulk insert/);
  });

  it('treats an edit to a document that is not in the active editor as a bulk insert', async () => {
    const uri = await writeWorkspaceFile('src/background.py', 'import os\n');
    const document = await vscode.workspace.openTextDocument(uri);
    await openFile('src/other.ts', 'export {};\n');
    const escalated = nextEvent(api.scanner.onDidEscalate, (e) => e.document === document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(1, 0), `TOKEN = "${ghp()}"\n`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal((await escalated).kind, 'bulk');
  });

  it('reports nothing for placeholders and references', async () => {
    const editor = await openFile('src/placeholders.ts', 'export {};\n');
    await editor.edit((b) =>
      b.insert(
        new vscode.Position(1, 0),
        'const a = process.env.GITHUB_TOKEN;\nconst b = "ghp_your_token_here";\nconst c = "${API_KEY}";\nconst password = "<password>";\n',
      ),
    );
    // A secret added afterwards proves the scan ran over the placeholders and found only it.
    await editor.edit((b) => b.insert(new vscode.Position(5, 0), `const real = "${ghp()}";\n`));
    const ds = await waitForDiagnostics(editor.document.uri, (x) => x.length > 0);
    assert.deepEqual(
      ds.map((d) => d.range.start.line),
      [5],
    );
  });

  it('shows a hover with the preview, rotation link and origin, never the value', async () => {
    const token = ghp();
    const editor = await openFile('src/hover.ts', `// deploy script\nexport const githubToken = "${token}";\n`);
    const [d] = await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 1);
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      d!.range.start.translate(0, 5),
    ))!;
    // Markdown source: drop the escapes before matching.
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
      .join('\n')
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
    assert.match(text, /GitHub personal access token \(classic\)/);
    assert.ok(text.includes('`ghp_…(40 chars)`'), 'the preview is a code span, unescaped');
    assert.match(text, /entropy \d\.\d\d bits\/char/);
    assert.match(text, /\[revoke and reissue it\]\(https:\/\/docs\.github\.com/);
    assert.ok(!text.includes(token));
    editor.selection = new vscode.Selection(d!.range.start.translate(0, 6), d!.range.start.translate(0, 6));
    // Earlier suites' notifications would cover the picture.
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover');
  });

  it('applies settings changes without a reload', async () => {
    const editor = await openFile('src/settings.ts', `export const t = "${ghp()}";\n`);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.length === 1 && ds[0]!.severity === vscode.DiagnosticSeverity.Error);
    const config = vscode.workspace.getConfiguration('aiSecretGuard');
    try {
      await config.update(
        'severity',
        { high: 'warning', medium: 'warning', low: 'information' },
        vscode.ConfigurationTarget.Workspace,
      );
      await waitForDiagnostics(uri, (ds) => ds.length === 1 && ds[0]!.severity === vscode.DiagnosticSeverity.Warning);
      await config.update('disabledRules', ['github-pat-classic'], vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (ds) => ds.length === 0);
    } finally {
      await config.update('disabledRules', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, (ds) => ds.length === 1 && ds[0]!.severity === vscode.DiagnosticSeverity.Error);
  });

  it('reports a bad custom rule once and keeps scanning with the others', async () => {
    const editor = await openFile('src/custom.txt', `acme key: ACME-${fake.upperAlnum(24)}\n`);
    const uri = editor.document.uri;
    const config = vscode.workspace.getConfiguration('aiSecretGuard');
    try {
      await config.update(
        'customRules',
        [
          { id: 'acme-key', pattern: 'ACME-[A-Z0-9]{24}', keywords: ['acme-'], confidence: 'high' },
          { id: 'broken', pattern: '(a+)+$', keywords: ['aa'] },
        ],
        vscode.ConfigurationTarget.Workspace,
      );
      const [d] = await waitForDiagnostics(uri, (ds) => ds.length === 1);
      assert.equal((d!.code as { value: string }).value, 'acme-key');
    } finally {
      await config.update('customRules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, (ds) => ds.length === 0);
  });

  it('clears the diagnostics of a closed document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: `TOKEN = "${ghp()}"\n` });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (ds) => ds.length === 1);
    const cleared = waitForDiagnostics(document.uri, (ds) => ds.length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await cleared;
    assert.deepEqual(ourDiagnostics(document.uri), []);
  });

  it('never writes a secret value to its log', async () => {
    const files = await vscode.workspace.fs.readDirectory(api.logUri).then(
      (entries) =>
        entries.filter(([name]) => name.endsWith('.log')).map(([name]) => vscode.Uri.joinPath(api.logUri, name)),
      () => [] as vscode.Uri[],
    );
    assert.ok(files.length > 0, `no log file in ${api.logUri.toString()}`);
    const text = (await Promise.all(files.map((f) => vscode.workspace.fs.readFile(f))))
      .map((b) => Buffer.from(b).toString('utf8'))
      .join('\n');
    assert.match(text, /finding\(s\)/, 'the log records scans');
    for (const s of secretsSeen) assert.ok(!text.includes(s), 'a secret reached the log');
  });

  it('shows at most maxProblemsPerFile problems, the most confident first, says how many more, and keeps serving commands', async function () {
    this.timeout(180_000);
    // Adding to the baseline writes the fingerprint key at the repository's root: removed after unless it was there.
    const keyFile = path.join(await findRepoRoot(workspaceUri('.').fsPath), FINGERPRINT_KEY_FILE);
    const hadKey = existsSync(keyFile);
    const config = vscode.workspace.getConfiguration('aiSecretGuard');
    await config.update('maxProblemsPerFile', 300, vscode.ConfigurationTarget.Workspace);
    try {
      // Every value is generated at runtime (FakeTokens): ~12K medium-confidence passwords (over the size
      // from which the scan leaves the thread), then one high-confidence token at the very end.
      const lines = Array.from({ length: 12_000 }, () => `password=${fake.alnum(16)}`);
      const token = ghp();
      const uri = await writeWorkspaceFile('config/many.env', `${lines.join('\n')}\nGITHUB_TOKEN=${token}\n`);
      const taken = nextEvent(
        api.scanner.onDidUpdate,
        (e) => e.uri.toString() === uri.toString() && e.findings.length > 0,
        90_000,
      );
      const document = await vscode.workspace.openTextDocument(uri);
      // A round trip through the workbench, needing the extension host's thread, while the findings come in.
      const small = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: '' }));
      await typeText('abc');
      assert.equal(small.document.getText(), 'abc');
      const found = await taken;
      assert.equal(
        found.findings.length,
        299,
        'the scanner hands out the findings it shows (the notice is the 300th problem)',
      );
      assert.ok((found.hidden ?? 0) > 10_000, `many more were found (${found.hidden})`);
      const ds = await waitForDiagnostics(uri, (d) => d.length === 300, 30_000);
      const notice = ds.filter((d) => d.code === 'max-problems-per-file');
      assert.equal(notice.length, 1);
      assert.match(notice[0]!.message, new RegExp(`${found.hidden} more`));
      assert.match(notice[0]!.message, /audit|CLI/);
      // The high-confidence token at the end is among those shown, ahead of earlier medium ones.
      const onToken = ds.find((d) => document.getText(d.range) === token);
      assert.ok(onToken, 'the token is shown');

      // Quick fixes act on what is shown. Once the token is in the baseline, every finding is checked
      // against it (a keyed hash each: in slices for this many): the token goes, the others stay counted.
      const add = (await codeActionsAt(uri, onToken.range, vscode.CodeActionKind.QuickFix.value)).find((a) =>
        a.title.startsWith('Add to baseline'),
      );
      assert.ok(add?.command, 'Add to baseline is offered on a shown finding');
      const rescanned = nextEvent(
        api.scanner.onDidUpdate,
        (e) => e.uri.toString() === uri.toString() && e.hidden !== found.hidden,
        90_000,
      );
      assert.equal(
        await vscode.commands.executeCommand<boolean>('aiSecretGuard.addToBaseline', ...(add.command.arguments ?? [])),
        true,
      );
      const after = await rescanned;
      assert.equal(after.hidden, found.hidden! - 1);
      assert.equal(after.findings.length, 299);
      assert.ok(!after.findings.some((f) => document.getText().slice(f.start, f.end) === token));
    } finally {
      await config.update('maxProblemsPerFile', undefined, vscode.ConfigurationTarget.Workspace);
      rmSync(workspaceUri('.ai-secret-guard-baseline.json').fsPath, { force: true });
      if (!hadKey) rmSync(keyFile, { force: true });
    }
  });
});

describe('documents of every kind', function () {
  this.timeout(60_000);
  let api: ExtensionApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);

  it('scans notebook cells', async () => {
    const token = fake.githubStyle('ghp_');
    const notebook = {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Setup'] },
        {
          cell_type: 'code',
          metadata: {},
          execution_count: null,
          outputs: [],
          source: ['import os\n', `os.environ["GITHUB_TOKEN"] = "${token}"\n`],
        },
      ],
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    const uri = await writeWorkspaceFile('notebooks/setup.ipynb', JSON.stringify(notebook));
    const nb = await vscode.workspace.openNotebookDocument(uri);
    const cell = nb.cellAt(1).document;
    assert.equal(cell.uri.scheme, 'vscode-notebook-cell');
    const [d] = await waitForDiagnostics(cell.uri, (ds) => ds.length === 1);
    assert.equal(d!.range.start.line, 1);
    assert.equal((d!.code as { value: string }).value, 'github-pat-classic');
  });

  it('scans untitled buffers', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'shellscript',
      content: `export GITHUB_TOKEN=${fake.githubStyle('ghp_')}\n`,
    });
    await waitForDiagnostics(document.uri, (ds) => ds.length === 1);
  });

  it('skips a file over the size limit and says so, and scans it again when the limit allows', async () => {
    const config = vscode.workspace.getConfiguration('aiSecretGuard');
    const content = `const t = "${fake.githubStyle('ghp_')}";\n` + '// padding\n'.repeat(200);
    const uri = await writeWorkspaceFile('src/large.ts', content);
    try {
      await config.update('maxFileSize', 1000, vscode.ConfigurationTarget.Workspace);
      // The open event is handled (and the skip recorded) before openTextDocument resolves.
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      assert.equal(api.scanner.get(uri)?.skipped, 'too-large');
      assert.deepEqual(ourDiagnostics(uri), []);
    } finally {
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, (ds) => ds.length === 1);
    assert.equal(api.scanner.get(uri)?.skipped, undefined);
  });

  it('stays responsive on a long minified line and still finds the secret in it', async () => {
    const token = fake.githubStyle('ghp_');
    const line =
      'function a(e,t){return t.token=e.token,t}'.repeat(3000) +
      `;var k="${token}";` +
      'function b(e){return e}'.repeat(3000);
    const editor = await openFile('dist/bundle.min.js', line + '\n');
    const [d] = await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 1);
    assert.equal(editor.document.getText(d!.range), token);
  });

  it('scans a multi-MB line off the thread: the host serves typing meanwhile, and the secret is found', async () => {
    const config = vscode.workspace.getConfiguration('aiSecretGuard');
    await config.update('maxFileSize', 16 * 1024 * 1024, vscode.ConfigurationTarget.Workspace);
    const token = fake.githubStyle('ghp_');
    // One 4 MB line slow to scan (every rule keyword over and over: hostile input; a run of one letter
    // is no longer slow enough), a generated token near its end.
    const soup = [...new Set(builtinRules.flatMap((r) => r.keywords))].join('=x ') + ' ';
    const line =
      soup.repeat(Math.ceil((4 * 1024 * 1024) / soup.length)) +
      `;var k="${token}";` +
      'function b(e){return e}'.repeat(500);
    const uri = await writeWorkspaceFile('dist/huge.min.js', line + '\n');
    const small = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: '' }));
    let scanned = false;
    const listener = api.scanner.onDidUpdate((e) => {
      if (e.uri.toString() === uri.toString() && !e.skipped) scanned = true;
    });
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      // Round trips through the workbench, each needing the extension host's thread, while the line is scanned.
      await typeText('abc');
      assert.equal(small.document.getText(), 'abc');
      assert.equal(scanned, false, 'the typing was served before the scan of the long line came back');
      // An edit before the secret while the scan may still run: the diagnostic follows it.
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '/* x */'));
      // The rescan after the edit lands at the token's new place (the first scan's diagnostic would not).
      const isToken = (d: vscode.Diagnostic) =>
        (d.code as { value: string }).value === 'github-pat-classic' && editor.document.getText(d.range) === token;
      const ds = await waitForDiagnostics(uri, (found) => found.some(isToken), 30_000);
      assert.equal(ds.filter((d) => (d.code as { value: string }).value === 'github-pat-classic').length, 1);
    } finally {
      listener.dispose();
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('scans a large document off the thread and finds secrets at its start and end', async () => {
    // Over the 256 K characters from which a full scan leaves the thread (worker, or slices); tokens generated at runtime.
    const [first, last] = [fake.githubStyle('ghp_'), fake.githubStyle('ghp_')];
    const padding = Array.from({ length: 12_000 }, (_, i) => `export const value${i} = compute(${i});`).join('\n');
    const editor = await openFile('src/generated.ts', `const a = "${first}";\n${padding}\nconst b = "${last}";\n`);
    const ds = await waitForDiagnostics(editor.document.uri, (found) => found.length === 2);
    assert.deepEqual(
      ds.map((d) => editor.document.getText(d.range)),
      [first, last],
    );
  });
});

describe('pasted secrets', function () {
  this.timeout(60_000);
  let api: ExtensionApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAllEditors);

  it('classifies a paste from the clipboard and escalates it', async () => {
    const editor = await openFile('src/pasted.ts', '\n');
    const snippet = `const client = new Client({\n  token: "${fake.githubStyle('ghp_')}",\n});\n`;
    await vscode.env.clipboard.writeText(snippet);
    assert.equal(await vscode.env.clipboard.readText(), snippet, 'the clipboard works in this host');
    const escalated = nextEvent(api.scanner.onDidEscalate, (e) => e.document === editor.document);
    await vscode.commands.executeCommand('editor.action.clipboardPasteAction');
    const e = await escalated;
    assert.equal(e.kind, 'paste');
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 1 && /arrived in a paste/.test(ds[0]!.message));
  });
});
