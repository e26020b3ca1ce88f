import * as vscode from 'vscode';
import type { Finding } from '../../core/finding';
import { configuredVerifiers, verifierCatalogue } from '../../core/verify/index';
import { validInstanceHost } from '../../core/verify/regions';
import type { Verification } from '../../core/verify/types';
import { CredentialChecker } from '../../scan/verify/credentialChecker';
import type { TestTarget } from '../../scan/verify/httpsClient';
import { verifyOne } from '../../scan/verify/verifyFindings';
import type { Log } from '../log';

/**
 * The answers of "Check whether this secret is live", by document and fingerprint. A check runs
 * only when the user asks for it, never in an untrusted workspace; it logs the rule and the status,
 * nothing of the value or the provider's answer.
 */
export class LiveChecks implements vscode.Disposable {
  private readonly results = new Map<string, Map<string, Verification>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's answers change (the diagnostics and hover redraw). */
  readonly onDidChange = this.changed.event;
  private readonly catalogue = verifierCatalogue();
  private testTarget: TestTarget | undefined;

  constructor(private readonly log: Log) {}

  /** Whether a verifier covers findings of this rule. */
  canCheck(ruleId: string): boolean {
    return this.catalogue.forRule(ruleId) !== undefined || this.catalogue.forPartnerRule(ruleId) !== undefined;
  }

  get(uri: vscode.Uri, fingerprint: string): Verification | undefined {
    return this.results.get(uri.toString())?.get(fingerprint);
  }

  /** Extension tests only (the API exposes it in ExtensionMode.Test): connect to a local server instead of the providers. */
  useTestTarget(target: TestTarget | undefined): void {
    this.testTarget = target;
  }

  /** Asks the provider about `finding` of `document` (with its partner, from `findings`); undefined when nothing covers it. */
  async check(
    document: vscode.TextDocument,
    finding: Finding,
    findings: readonly Finding[],
  ): Promise<Verification | undefined> {
    if (!vscode.workspace.isTrusted) throw new Error('live checks are disabled in untrusted workspaces');
    const checker = new CredentialChecker(this.testTarget ? { testTarget: this.testTarget } : {});
    const catalogue = verifierCatalogue(configuredVerifiers({ gitlabInstances: this.gitlabInstances() }));
    const v = await verifyOne(document.getText(), findings, finding.fingerprint, checker, catalogue);
    this.log.info(`live check of ${finding.ruleId}: ${v?.status ?? 'no verifier'}`);
    if (!v) return undefined;
    const key = document.uri.toString();
    const byFingerprint = this.results.get(key) ?? new Map<string, Verification>();
    byFingerprint.set(finding.fingerprint, v);
    this.results.set(key, byFingerprint);
    this.changed.fire(document.uri);
    return v;
  }

  /**
   * Self-managed GitLab hosts from `aiSecretGuard.liveCheck.gitlabHosts`. The setting is
   * machine-scoped, so a workspace's settings cannot name a host a token would be sent to; a value
   * that is not a plain host name is skipped with a warning in the log.
   */
  private gitlabInstances(): string[] {
    const c = vscode.workspace.getConfiguration('aiSecretGuard.liveCheck');
    const configured = c.get<unknown[]>('gitlabHosts') ?? [];
    const hosts: string[] = [];
    for (const value of configured) {
      const host = typeof value === 'string' ? validInstanceHost(value) : undefined;
      if (host) hosts.push(host);
      else this.log.warn('aiSecretGuard.liveCheck.gitlabHosts: skipped an entry that is not a host name');
    }
    return hosts;
  }

  /** Forgets a closed document's answers. */
  forget(uri: vscode.Uri): void {
    if (this.results.delete(uri.toString())) this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
    this.results.clear();
  }
}
