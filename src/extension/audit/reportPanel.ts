import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { parseWebviewMessage, type AuditView, type HostMessage, type WebviewMessage } from './protocol';

export interface ReportPanelHandlers {
  readonly open: (id: number) => void;
  /** A history finding (by its index in the view's history findings): the file at its commit. */
  readonly openAtCommit: (id: number) => void;
  readonly export: (format: 'sarif' | 'json' | 'evidence') => void;
  readonly rerun: () => void;
}

/**
 * The audit report webview: strict CSP with a fresh nonce per render, resources only from
 * `media/`, and a typed message protocol. One panel, revealed again by later audits.
 */
export class AuditReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private view: AuditView | undefined;
  private ready = false;
  private readonly posted = new vscode.EventEmitter<HostMessage>();
  /** Every message sent to the webview, for tests that check none carries a secret. */
  readonly sent: HostMessage[] = [];
  /** Fires when a report reaches the webview (it has loaded and asked for it). */
  readonly onDidPost = this.posted.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly handlers: ReportPanelHandlers,
  ) {}

  get visible(): boolean {
    return this.panel !== undefined;
  }

  show(view: AuditView): void {
    this.view = view;
    if (this.panel) {
      this.panel.reveal(undefined, true);
      if (this.ready) this.post({ type: 'report', view });
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      'aiSecretGuard.audit',
      'Secret Audit',
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: true },
      {
        enableScripts: true,
        localResourceRoots: [media],
        retainContextWhenHidden: true,
      },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'icon.png');
    this.panel = panel;
    this.ready = false;
    panel.webview.html = this.html(panel.webview, media);
    panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(parseWebviewMessage(raw)));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.ready = false;
    });
  }

  dispose(): void {
    this.panel?.dispose();
    this.posted.dispose();
  }

  private receive(message: WebviewMessage | undefined): void {
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.view) this.post({ type: 'report', view: this.view });
        return;
      case 'open':
        this.handlers.open(message.id);
        return;
      case 'openAtCommit':
        this.handlers.openAtCommit(message.id);
        return;
      case 'export':
        this.handlers.export(message.format);
        return;
      case 'rerun':
        this.handlers.rerun();
        return;
    }
  }

  private post(message: HostMessage): void {
    this.sent.push(message);
    if (this.sent.length > 20) this.sent.shift();
    void this.panel?.webview.postMessage(message);
    this.posted.fire(message);
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'audit.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'audit.css'));
    const csp = [
      `default-src 'none'`,
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Secret Audit</title>
</head>
<body>
<main id="root" aria-live="polite"><p>Loading the report…</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }
}
