import * as vscode from 'vscode';

/** Secrets that arrived through AI, bulk or pasted inserts this session (status bar, audit evidence). */
export class AiInsertCounter implements vscode.Disposable {
  private total = 0;
  private readonly changed = new vscode.EventEmitter<number>();
  readonly onDidChange = this.changed.event;

  get count(): number {
    return this.total;
  }

  add(n: number): void {
    this.total += n;
    this.changed.fire(this.total);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
