import * as vscode from 'vscode';
import { AllowActionProvider } from './codeActions/allowAction';
import { BaselineActionProvider } from './codeActions/baselineAction';
import { EnvFixActionProvider } from './codeActions/envFixAction';
import { FailFastActionProvider } from './codeActions/failFastAction';
import { FixAllActionProvider } from './codeActions/fixAllAction';
import { SecretManagerActionProvider } from './codeActions/secretManagerAction';
import { createHoverProvider } from './hover';
import { LiveCheckActionProvider } from './liveCheck/liveCheckAction';
import { SECRET_CHECK_TOOL, SecretCheckTool } from './secretCheckTool';
import type { Services } from './services';

/** The hover, the quick fixes and the language-model tool, for documents of every scheme. */
export function registerProviders(context: vscode.ExtensionContext, s: Services): void {
  const all = { scheme: '*' };
  const rule = (id: string) => s.engine().rule(id);
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(all, createHoverProvider(s.scanner, s.engine, s.liveChecks)),
    vscode.languages.registerCodeActionsProvider(all, new EnvFixActionProvider(rule), {
      providedCodeActionKinds: EnvFixActionProvider.kinds,
    }),
    vscode.languages.registerCodeActionsProvider(all, new SecretManagerActionProvider(rule), {
      providedCodeActionKinds: SecretManagerActionProvider.kinds,
    }),
    vscode.languages.registerCodeActionsProvider(all, new FailFastActionProvider(), {
      providedCodeActionKinds: FailFastActionProvider.kinds,
    }),
    vscode.languages.registerCodeActionsProvider(all, new AllowActionProvider(), {
      providedCodeActionKinds: AllowActionProvider.kinds,
    }),
    vscode.languages.registerCodeActionsProvider(all, new BaselineActionProvider(s.scanner), {
      providedCodeActionKinds: BaselineActionProvider.kinds,
    }),
    vscode.languages.registerCodeActionsProvider(all, new FixAllActionProvider(s.scanner), {
      providedCodeActionKinds: FixAllActionProvider.kinds,
    }),
    vscode.languages.registerCodeActionsProvider(all, new LiveCheckActionProvider(s.scanner, s.liveChecks), {
      providedCodeActionKinds: LiveCheckActionProvider.kinds,
    }),
    vscode.lm.registerTool(SECRET_CHECK_TOOL, new SecretCheckTool(s.engine)),
  );
}
