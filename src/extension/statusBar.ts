import * as vscode from 'vscode';
import { CommandIds } from './commandIds';
import type { AiInsertCounter } from './aiInsertCounter';
import type { DocumentFindings, DocumentScanner } from './diagnostics/documentScanner';

/**
 * Findings in the current file and across open documents; highlighted when any arrived through an
 * AI or bulk insert. Quiet (a bare shield) when there is nothing to say.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'aiSecretGuard.status',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly counterChanges: vscode.Disposable;

  constructor(
    private readonly scanner: DocumentScanner,
    private readonly aiInserts: AiInsertCounter,
  ) {
    this.item.name = 'AI Secret Guard';
    this.item.command = CommandIds.showProblems;
    this.counterChanges = aiInserts.onDidChange(() => this.update());
    this.item.show();
    this.update();
  }

  update(): void {
    const active = vscode.window.activeTextEditor?.document;
    const here = active ? this.scanner.get(active.uri) : undefined;
    const all = this.scanner.all();
    // Counted whole: a capped file's problems are only the first aiSecretGuard.maxProblemsPerFile.
    const countOf = (d: DocumentFindings) => d.findings.length + (d.hidden ?? 0);
    const total = all.reduce((n, d) => n + countOf(d), 0);
    const files = all.filter((d) => countOf(d) > 0).length;
    const inFile = here ? countOf(here) : 0;
    const ai = all.reduce((n, d) => n + d.findings.filter((f) => d.escalated.has(f.fingerprint)).length, 0);

    const parts = ['$(shield)'];
    if (here?.skipped && here.skipped !== 'excluded') parts.push(`skipped (${here.skipped})`);
    else if (total > 0) parts.push(`${inFile}${total !== inFile ? ` · ${total} open` : ''}`);
    if (ai > 0) parts.push(`· $(sparkle) ${ai} from AI`);
    this.item.text = parts.join(' ');
    this.item.backgroundColor =
      ai > 0
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : inFile > 0
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;

    const tip = new vscode.MarkdownString();
    tip.appendMarkdown('**AI Secret Guard**\n\n');
    if (here?.skipped === 'too-large')
      tip.appendMarkdown('This file is larger than `aiSecretGuard.maxFileSize` and was not scanned.\n\n');
    else if (here?.skipped === 'binary') tip.appendMarkdown('This file holds binary content and was not scanned.\n\n');
    else if (here?.skipped === 'excluded')
      tip.appendMarkdown('This file is excluded by `aiSecretGuard.exclude` (or scanning is disabled).\n\n');
    tip.appendMarkdown(`${inFile} secret(s) in this file, ${total} in ${files} open file(s).\n\n`);
    if (here?.hidden)
      tip.appendMarkdown(
        `The Problems view shows ${here.findings.length} of them (\`aiSecretGuard.maxProblemsPerFile\`); ${here.hidden} more were found. The workspace audit and the CLI (with \`--max-findings-per-file 0\`) list them all.\n\n`,
      );
    tip.appendMarkdown(
      `${ai} open finding(s) arrived through AI, bulk or pasted inserts; ${this.aiInserts.count} this session.\n\n`,
    );
    tip.appendMarkdown('Click to show them in the Problems view.');
    this.item.tooltip = tip;
  }

  dispose(): void {
    this.counterChanges.dispose();
    this.item.dispose();
  }
}
