import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { FakeTokens } from '../../../src/core/rules/fakeTokens';
import type { ExtensionApi } from '../../../src/extension/extension';
import {
  activateExtension,
  closeAllEditors,
  nextEvent,
  ourDiagnostics,
  screenshot,
  workspaceUri,
  writeWorkspaceFile,
} from './helpers';

// Every secret here is a fake token generated at runtime; none is committed.
const fake = new FakeTokens(6060);

describe('workspace audit', function () {
  this.timeout(120_000);
  let api: ExtensionApi;
  const secrets: string[] = [];
  const exportDir = path.join(tmpdir(), `asg-audit-${process.pid}`);
  const created = ['audit', '.gitignore', 'bulk', '.gitleaks.toml', '.gitleaksignore'];

  before(async () => {
    api = await activateExtension();
    await vscode.workspace
      .getConfiguration('aiSecretGuard.exclusions')
      .update('assistants', ['cursor', 'claude-code', 'github-copilot'], vscode.ConfigurationTarget.Workspace);
    for (const rel of created) rmSync(workspaceUri(rel).fsPath, { recursive: true, force: true });
    mkdirSync(exportDir, { recursive: true });
    const server = fake.githubStyle('ghp_');
    const client = 'sk_live_' + fake.alnum(24);
    const ignored = fake.githubStyle('ghp_');
    const dependency = fake.githubStyle('ghp_');
    secrets.push(server, client, ignored, dependency);
    await writeWorkspaceFile('audit/src/server.ts', `export const githubToken = "${server}";\n`);
    await writeWorkspaceFile('audit/public/config.js', `window.STRIPE_KEY = "${client}";\n`);
    await writeWorkspaceFile('audit/ignored/notes.ts', `const t = "${ignored}";\n`);
    await writeWorkspaceFile('audit/node_modules/pkg/index.js', `module.exports = "${dependency}";\n`);
    await writeWorkspaceFile('.gitignore', 'audit/ignored/\n');
    await writeWorkspaceFile('audit/.env', `DATABASE_URL=postgres://app:${fake.alnum(20)}@db.internal:5432/app\n`);
    writeFileSync(workspaceUri('audit/logo.bin').fsPath, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(workspaceUri('audit/huge.log').fsPath, 'x'.repeat(3 * 1024 * 1024));
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace
      .getConfiguration('aiSecretGuard.exclusions')
      .update('assistants', undefined, vscode.ConfigurationTarget.Workspace);
    for (const rel of created) rmSync(workspaceUri(rel).fsPath, { recursive: true, force: true });
    rmSync(exportDir, { recursive: true, force: true });
  });

  const assertNoSecret = (what: string, text: string) => {
    for (const s of secrets) assert.ok(!text.includes(s), `${what} holds a secret value`);
  };

  it('scans the workspace, fills Problems for unopened files, and lists what it skipped', async () => {
    const reportShown = nextEvent(api.audit.panel.onDidPost, undefined, 30_000);
    const result =
      await vscode.commands.executeCommand<Awaited<ReturnType<ExtensionApi['audit']['run']>>>(
        'aiSecretGuard.auditWorkspace',
      );
    assert.ok(result);
    assert.equal(result.cancelled, false);
    const ours = result.report.findings.filter((f) => f.path.startsWith('audit/'));
    assert.deepEqual(
      ours.map((f) => [f.path, f.ruleId]).sort(),
      [
        ['audit/.env', 'url-credentials'],
        ['audit/public/config.js', 'stripe-secret-key'],
        ['audit/src/server.ts', 'github-pat-classic'],
      ],
      '.gitignore and the exclude setting (node_modules) are honoured',
    );
    const client = ours.find((f) => f.path === 'audit/public/config.js')!;
    assert.match(client.clientVisibleReason ?? '', /public\//, 'a secret in public/ is client-visible');
    assert.deepEqual(
      result.report.skipped
        .filter((s) => s.path.startsWith('audit/'))
        .map((s) => [s.path, s.reason])
        .sort(),
      [
        ['audit/huge.log', 'too-large'],
        ['audit/logo.bin', 'binary'],
      ],
    );
    const problems = ourDiagnostics(workspaceUri('audit/src/server.ts'));
    assert.equal(problems.length, 1, 'the unopened file is in Problems');
    assert.equal(problems[0]!.range.start.line, 0);
    assert.equal(problems[0]!.range.start.character, 'export const githubToken = "'.length);
    assertNoSecret('a diagnostic', problems.map((d) => d.message).join('\n'));

    assert.ok(api.audit.panel.visible, 'the report is open');
    await reportShown;
    const messages = JSON.stringify(api.audit.panel.sent);
    assert.match(messages, /stripe-secret-key/);
    assert.match(
      messages,
      /"path":"audit\/\.env","levels":\[\{"level":"exposed"/,
      'the exposure table reaches the report',
    );
    assertNoSecret('a webview message', messages);
    await vscode.commands.executeCommand('notifications.clearAll');
    await screenshot('audit-report');

    // Opening the file hands it to the live scan: one entry, not two.
    const uri = workspaceUri('audit/src/server.ts');
    const sameUri = (d: { uri: vscode.Uri }) => d.uri.toString() === uri.toString();
    const liveScan = nextEvent(api.scanner.onDidUpdate, (d) => sameUri(d) && d.findings.length > 0, 15_000).catch(() =>
      assert.fail('the live scan did not report the opened file'),
    );
    await vscode.window.showTextDocument(uri);
    await liveScan;
    assert.equal(ourDiagnostics(uri).length, 1);
    // Closing the editor leaves one entry.
    await closeAllEditors();
    assert.equal(ourDiagnostics(uri).length, 1, 'still in Problems after its editor is closed');
  });

  it('hands a closed file back to the audit with the findings of its last text', async () => {
    // The extension host keeps a closed document for minutes before onDidCloseTextDocument fires,
    // so this calls the audit's close handler (what that event runs) on the real document.
    const uri = workspaceUri('audit/src/server.ts');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), '// moved down\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    api.scanner.flush(document);
    assert.deepEqual(
      ourDiagnostics(uri).map((d) => d.range.start.line),
      [2],
      'the live scan alone: the audit entry went when the file opened',
    );

    const audit = api.audit as unknown as {
      diagnostics: { handleClose(d: vscode.TextDocument): void; collection: vscode.DiagnosticCollection };
    };
    audit.diagnostics.handleClose(document);
    const handedBack = audit.diagnostics.collection.get(uri) ?? [];
    assert.deepEqual(
      handedBack.map((d) => [d.range.start.line, d.range.start.character]),
      [[2, 'export const githubToken = "'.length]],
      "rescanned from the last text, not the audit's line 0",
    );
    assertNoSecret('a handed-back diagnostic', handedBack.map((d) => d.message).join('\n'));

    const uncovered = fake.githubStyle('ghp_');
    secrets.push(uncovered);
    const other = await vscode.workspace.openTextDocument({
      content: `const t = "${uncovered}";\n`,
      language: 'typescript',
    });
    audit.diagnostics.handleClose(other);
    assert.deepEqual(
      audit.diagnostics.collection.get(other.uri) ?? [],
      [],
      'a file the audit did not cover is not handed back',
    );
    await closeAllEditors();
  });

  it('exports SARIF, JSON and PR evidence without a secret value', async () => {
    const written: Record<string, string> = {};
    for (const [format, name] of [
      ['sarif', 'audit.sarif'],
      ['json', 'audit.json'],
      ['evidence', 'evidence.md'],
    ] as const) {
      const uri = await vscode.commands.executeCommand<vscode.Uri>(
        'aiSecretGuard.exportAudit',
        format,
        vscode.Uri.file(path.join(exportDir, name)),
      );
      written[format] = readFileSync(uri.fsPath, 'utf8');
      assertNoSecret(`the ${format} export`, written[format]!);
    }
    const sarif = JSON.parse(written['sarif']!);
    assert.equal(sarif.version, '2.1.0');
    const uris = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    assert.ok(uris.includes('audit/src/server.ts') && uris.includes('audit/public/config.js'), uris.join(', '));
    const json = JSON.parse(written['json']!);
    assert.ok(
      json.findings.some(
        (f: { path: string; clientVisible: boolean }) => f.path === 'audit/public/config.js' && f.clientVisible,
      ),
    );
    const evidence = written['evidence']!;
    assert.match(evidence, /## Secret leak review evidence/);
    assert.match(evidence, /AI Secret Guard: Audit Workspace/);
    assert.match(evidence, /audit\/public\/config\.js/);
    assert.match(evidence, /audit\/\.env/, 'the exposure table lists the sensitive file');
    assert.match(evidence, /secret\(s\) arrived through AI, bulk or pasted inserts in this editor session/);
  });

  it("honours the repository's gitleaks allowlist in the editor and the audit", async () => {
    const vendored = fake.githubStyle('ghp_');
    const ignoredLine = fake.githubStyle('ghp_');
    const stopword = fake.githubStyle('ghp_');
    secrets.push(vendored, ignoredLine, stopword);
    await writeWorkspaceFile('audit/vendor/lib.js', `module.exports = "${vendored}";\n`);
    await writeWorkspaceFile('audit/legacy.ts', `// fixture\nexport const legacy = "${ignoredLine}";\n`);
    await writeWorkspaceFile('audit/stop.ts', `export const sampleToken = "${stopword}";\n`);
    const reloaded = nextEvent(api.gitleaks.onDidChange, undefined, 15_000);
    await writeWorkspaceFile(
      '.gitleaks.toml',
      `[allowlist]\ndescription = "vendored code and samples"\npaths = ['''^audit/vendor/''']\nstopwords = ["${stopword.slice(4, 14)}"]\n`,
    );
    await writeWorkspaceFile('.gitleaksignore', `audit/legacy.ts:github-pat:2\n`);
    await reloaded;
    if (!api.gitleaks.of(vscode.workspace.workspaceFolders![0])?.files.includes('.gitleaksignore'))
      await nextEvent(api.gitleaks.onDidChange, undefined, 15_000);

    for (const rel of ['audit/vendor/lib.js', 'audit/legacy.ts', 'audit/stop.ts']) {
      const document = await vscode.workspace.openTextDocument(workspaceUri(rel));
      await vscode.window.showTextDocument(document);
      api.scanner.flush(document);
      assert.equal(api.scanner.get(document.uri)?.findings.length ?? 0, 0, `${rel} is allowed in the editor`);
    }
    const result = await api.audit.run({ showReport: false });
    const paths = result!.report.findings.map((f) => f.path);
    for (const rel of ['audit/vendor/lib.js', 'audit/legacy.ts', 'audit/stop.ts'])
      assert.ok(!paths.includes(rel), `${rel} is allowed in the audit`);
    assert.ok(paths.includes('audit/src/server.ts'), 'everything else is still reported');
    assert.equal(result!.allowedFiles, 1);
    assert.equal(result!.allowedFindings, 2, 'the ignored line and the stopword are allowed, not baselined');
    assert.match(
      api.audit.render('evidence', result!),
      /1 file\(s\) not scanned: the repository's gitleaks allowlist allows their paths/,
    );
  });

  it('cancels a long audit and marks the result partial', async () => {
    const bulk = workspaceUri('bulk').fsPath;
    for (let d = 0; d < 30; d++) {
      mkdirSync(path.join(bulk, `d${d}`), { recursive: true });
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          writeFile(path.join(bulk, `d${d}`, `f${i}.ts`), `export const v${i} = ${i};\n`.repeat(200)),
        ),
      );
    }
    const source = new vscode.CancellationTokenSource();
    const progress = api.audit.onDidProgress((p) => {
      if (p.done > 0) source.cancel();
    });
    try {
      const result = await api.audit.run({ cancellation: source.token, showReport: false });
      assert.ok(result);
      assert.equal(result.cancelled, true);
      assert.equal(result.report.partial, true);
      assert.ok(result.report.filesScanned < 3000, `scanned ${result.report.filesScanned}`);
      const evidence = api.audit.render('evidence', result);
      assert.match(evidence, /partial/i);
    } finally {
      progress.dispose();
      source.dispose();
    }
  });
});
