import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FakeTokens } from '../../../src/core/rules/fakeTokens';
import { SECRET_CHECK_TOOL } from '../../../src/extension/secretCheckTool';
import { activateExtension, closeAllEditors, codeActionsAt, waitForDiagnostics } from './helpers';

// Every secret here is a fake token generated at runtime; none is committed.
const fake = new FakeTokens(9191);

describe('walkthrough and language-model tool', function () {
  this.timeout(60_000);

  before(async () => {
    await activateExtension();
  });

  after(closeAllEditors);

  it('opens the walkthrough sample: its fake key is underlined and the env fix is offered', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('aiSecretGuard.openSample');
    const uri = editor.document.uri;
    assert.equal(uri.scheme, 'untitled');
    const [diagnostic] = await waitForDiagnostics(uri, (d) => d.length === 1);
    const actions = await codeActionsAt(uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value);
    const envFix = actions.find((a) => a.title.startsWith('Replace with an environment variable'));
    assert.ok(envFix && !envFix.disabled, 'an untitled buffer is fixed with the workspace .env');
  });

  it('answers "does this text contain a secret?" for chat agents, redacted', async () => {
    assert.ok(
      vscode.lm.tools.some((t) => t.name === SECRET_CHECK_TOOL),
      'the tool is registered',
    );
    const token = fake.githubStyle('ghp_');
    const ask = async (text: string) => {
      const result = await vscode.lm.invokeTool(SECRET_CHECK_TOOL, {
        input: { text, path: 'src/client.ts' },
        toolInvocationToken: undefined,
      });
      return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
    };
    const answer = await ask(`const client = new Octokit({ auth: "${token}" });\n`);
    assert.match(answer, /^1 secret\(s\) found in src\/client\.ts/);
    assert.match(
      answer,
      /line 1, column 37: GitHub personal access token \(classic\) \(github-pat-classic, high confidence\)/,
    );
    assert.match(answer, /environment variable GITHUB_TOKEN/);
    assert.ok(!answer.includes(token), 'the value is redacted');
    assert.equal(
      await ask('const client = new Octokit({ auth: process.env.GITHUB_TOKEN });\n'),
      'No secrets found in src/client.ts.',
    );
  });
});
