import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditors,
  codeActionsAt,
  waitForDiagnostics,
  workspaceUri,
  writeWorkspaceFile,
} from './helpers';

// The fallbacks are weak made-up strings of the kind assistants write, not credentials.
describe('quick fix: fail fast instead of falling back', function () {
  this.timeout(60_000);
  const created = ['src/failfast.ts', 'src/failfast.py'];

  before(async () => {
    await activateExtension();
    for (const rel of created) rmSync(workspaceUri(rel).fsPath, { force: true });
  });

  after(async () => {
    await closeAllEditors();
    for (const rel of created) rmSync(workspaceUri(rel).fsPath, { force: true });
  });

  async function applyFailFast(rel: string, content: string): Promise<vscode.TextDocument> {
    const uri = await writeWorkspaceFile(rel, content);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitForDiagnostics(uri, (d) =>
      d.some((x) => (x.code as { value: string }).value === 'generic-env-fallback-secret'),
    );
    const actions = await codeActionsAt(uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((a) => a.title.startsWith('Fail fast instead of falling back'));
    assert.ok(action, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(action.isPreferred, true);
    assert.ok(action.edit, 'the edit is built when offered');
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    await waitForDiagnostics(uri, (d) => d.length === 0);
    return document;
  }

  it('TypeScript: the fallback becomes requireEnv("JWT_SECRET") with a helper that throws', async () => {
    const document = await applyFailFast(
      'src/failfast.ts',
      'export const jwtSecret = process.env.JWT_SECRET || "' + 'supersecretkey123' + '";\n',
    );
    const text = document.getText();
    assert.match(text, /^export const jwtSecret = requireEnv\("JWT_SECRET"\);$/m);
    assert.match(text, /function requireEnv\(name: string\): string \{/);
    assert.ok(!text.includes('supersecretkey123'), 'the literal is gone');
  });

  it('Python: os.getenv with a default becomes os.environ["JWT_SECRET"]', async () => {
    const document = await applyFailFast(
      'src/failfast.py',
      'import os\n\nJWT_SECRET = os.getenv("JWT_SECRET", "' + 'dev-secret' + '")\n',
    );
    assert.equal(document.getText(), 'import os\n\nJWT_SECRET = os.environ["JWT_SECRET"]\n');
  });
});
