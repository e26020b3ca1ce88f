import * as vscode from 'vscode';
import { classifyChange, isEscalated, withClipboard, type ChangeKind } from '../../core/changeKind';
import type { TextEdit } from '../../core/detect/detector';
import { mapOffset, mergeEdits } from '../../core/detect/edits';
import { skipReason, type SkipReason } from '../../core/detect/limits';
import type { Finding } from '../../core/finding';
import type { Verification } from '../../core/verify/types';
import type { Settings } from '../config';
import type { Engine } from '../engine';
import type { DocumentWorker } from '../../scan/documentWorker';
import { planScan } from '../../scan/offThread';
import type { Log } from '../log';
import { BackgroundScans } from './backgroundScans';
import type { DocumentFindings, DocumentState, Escalation, PendingEscalation, TakenScan } from './documentState';
import { whenAccepted, type Acceptor } from './findingsIntake';
import { problemsOf } from './toDiagnostic';
import type { Attribution } from '../agentJournal';

/** URI schemes whose documents are user content worth scanning (not output panes, diffs of git objects, …). */
const SCANNED_SCHEMES = new Set([
  'file',
  'untitled',
  'vscode-notebook-cell',
  'vscode-userdata',
  'vscode-remote',
  'vscode-vfs',
]);

export type { DocumentFindings, Escalation } from './documentState';

/** How long an escalation waits for the clipboard to say whether an insert was a paste. */
const CLASSIFY_WAIT_MS = 2000;

export interface ScannerDeps {
  readonly engine: () => Engine;
  readonly settings: () => Settings;
  readonly diagnostics: vscode.DiagnosticCollection;
  readonly log: Log;
  /** Whether `text` is what the clipboard holds (a paste); kept behind a function because UI-side APIs differ. */
  readonly clipboardEquals: (text: string) => Promise<boolean>;
  /** What the team already accepted among this document's findings (baseline, gitleaks allowlist); undefined: nothing. */
  readonly acceptorFor: (document: vscode.TextDocument) => Acceptor | undefined;
  /** What a live check said about a finding of this document, if one ran. */
  readonly verification?: (uri: vscode.Uri, fingerprint: string) => Verification | undefined;
  /** Which agent wrote each finding's line in this document, per the agent-write journal. */
  readonly attributorFor?: (
    document: vscode.TextDocument,
  ) => ((finding: Finding) => Attribution | undefined) | undefined;
  /** Takes large documents and long-line rescans off the extension host's thread (none: slices, in-thread rescans). */
  readonly worker?: DocumentWorker;
}

/**
 * Keeps diagnostics in step with every open document: a full scan on open, an incremental rescan
 * of the changed lines after a short debounce, nothing left behind on close. Classifies each change
 * and reports secrets that arrive through AI, bulk or pasted inserts.
 */
export class DocumentScanner implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly updated = new vscode.EventEmitter<DocumentFindings>();
  private readonly escalatedEmitter = new vscode.EventEmitter<Escalation>();
  /** Fires after every scan of a document (and when one is cleared). */
  readonly onDidUpdate = this.updated.event;
  /** Fires when secrets arrive through an AI, bulk or pasted insert. */
  readonly onDidEscalate = this.escalatedEmitter.event;

  private readonly background: BackgroundScans;

  constructor(private readonly deps: ScannerDeps) {
    this.background = new BackgroundScans({
      log: deps.log,
      settings: deps.settings,
      ...(deps.worker ? { worker: deps.worker } : {}),
      isCurrent: (document, state) => this.states.get(document.uri.toString()) === state,
      scanNow: (document, local) => this.scanNow(document, local),
    });
  }

  static isScannable(document: vscode.TextDocument): boolean {
    return SCANNED_SCHEMES.has(document.uri.scheme);
  }

  get(uri: vscode.Uri): DocumentFindings | undefined {
    const s = this.states.get(uri.toString());
    return (
      s && {
        uri,
        findings: s.shown,
        escalated: s.escalated,
        ...(s.hidden ? { hidden: s.hidden } : {}),
        ...(s.skipped ? { skipped: s.skipped } : {}),
      }
    );
  }

  all(): DocumentFindings[] {
    return [...this.states.keys()].map((k) => this.get(vscode.Uri.parse(k))!);
  }

  handleOpen(document: vscode.TextDocument): void {
    if (!DocumentScanner.isScannable(document)) return;
    this.rescanWhole(document);
  }

  handleChange(event: vscode.TextDocumentChangeEvent): void {
    const { document } = event;
    if (!DocumentScanner.isScannable(document) || event.contentChanges.length === 0) return;
    const state = this.stateOf(document);
    let insertedLength = 0;
    let insertedLines = 0;
    let edit: TextEdit | undefined;
    for (const change of event.contentChanges) {
      const e: TextEdit = {
        start: change.rangeOffset,
        oldEnd: change.rangeOffset + change.rangeLength,
        newEnd: change.rangeOffset + change.text.length,
      };
      for (const p of state.escalations) {
        p.start = mapOffset(p.start, e);
        p.end = mapOffset(p.end, e);
      }
      edit = edit ? mergeEdits(edit, e) : e;
      insertedLength = Math.max(insertedLength, change.text.length);
      for (let i = change.text.indexOf('\n'); i !== -1; i = change.text.indexOf('\n', i + 1)) insertedLines++;
    }
    if (state.scanned && edit) state.pendingEdit = state.pendingEdit ? mergeEdits(state.pendingEdit, edit) : edit;
    if (edit) state.job?.edited(edit);

    const detailed = (event as { detailedReason?: { source?: unknown } }).detailedReason;
    const kind = classifyChange(
      {
        insertedLength,
        insertedLines,
        changeCount: event.contentChanges.length,
        undoRedo:
          event.reason === vscode.TextDocumentChangeReason.Undo ||
          event.reason === vscode.TextDocumentChangeReason.Redo,
        inBackground: vscode.window.activeTextEditor?.document !== document,
        ...(typeof detailed?.source === 'string' ? { reasonSource: detailed.source } : {}),
      },
      this.deps.settings().bulkInsert,
    );
    if (isEscalated(kind)) {
      for (const change of event.contentChanges) {
        if (change.text.length === 0) continue;
        const pending: PendingEscalation = {
          kind,
          start: change.rangeOffset,
          end: change.rangeOffset + change.text.length,
          settled: Promise.resolve(),
        };
        // A bulk insert that equals the clipboard is a paste; the label settles when the clipboard answers.
        if (kind === 'bulk' && event.contentChanges.length === 1) {
          pending.settled = this.deps.clipboardEquals(change.text).then(
            (same) => {
              pending.kind = withClipboard(pending.kind, same);
            },
            () => undefined,
          );
        }
        state.escalations.push(pending);
      }
    }
    this.schedule(document, state);
  }

  handleClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const state = this.states.get(key);
    if (state?.timer) clearTimeout(state.timer);
    if (state?.workerHolds || state?.job) this.deps.worker?.forget(key);
    this.states.delete(key);
    this.deps.diagnostics.delete(document.uri);
    this.updated.fire({ uri: document.uri, findings: [], escalated: new Map() });
  }

  /** Full rescan of every open document (after the rules or settings changed). */
  rescanAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (DocumentScanner.isScannable(document)) this.rescanWhole(document);
    }
  }

  /** A full scan now; one under way on the worker is superseded (its findings will be dropped). */
  private rescanWhole(document: vscode.TextDocument): void {
    const state = this.stateOf(document);
    state.pendingEdit = undefined;
    state.scanned = false;
    state.job = undefined;
    this.scanNow(document);
  }

  /** Scans now instead of after the debounce (tests and commands). */
  flush(document: vscode.TextDocument): void {
    if (this.states.get(document.uri.toString())?.timer) this.scanNow(document);
  }

  /** Redraws a document's diagnostics from what is known (after a live check), without rescanning. */
  redraw(uri: vscode.Uri): void {
    const state = this.states.get(uri.toString());
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (state?.scanned && document && !document.isClosed) this.show(document, state);
  }

  /**
   * Shows the document's reported findings as problems: at most aiSecretGuard.maxProblemsPerFile, the
   * most urgent first, and one notice of how many more there are. What `get` hands out follows.
   */
  private show(document: vscode.TextDocument, state: DocumentState): void {
    const verification = this.deps.verification;
    const { shown, hidden, diagnostics } = problemsOf(
      document,
      state.reported,
      this.deps.engine(),
      this.deps.settings(),
      {
        escalated: state.escalated,
        ...(verification ? { verification: (fp: string) => verification(document.uri, fp) } : {}),
        ...(this.deps.attributorFor ? { attributorFor: this.deps.attributorFor } : {}),
      },
    );
    state.shown = shown;
    state.hidden = hidden;
    this.deps.diagnostics.set(document.uri, diagnostics);
  }

  dispose(): void {
    this.deps.worker?.dispose();
    for (const s of this.states.values()) if (s.timer) clearTimeout(s.timer);
    this.states.clear();
    this.updated.dispose();
    this.escalatedEmitter.dispose();
  }

  private stateOf(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    let s = this.states.get(key);
    if (!s) {
      s = { findings: [], reported: [], shown: [], hidden: 0, escalated: new Map(), scanned: false, escalations: [] };
      this.states.set(key, s);
    }
    return s;
  }

  private schedule(document: vscode.TextDocument, state: DocumentState): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      try {
        this.scanNow(document);
      } catch (e) {
        this.deps.log.error(`scan failed for ${vscode.workspace.asRelativePath(document.uri)}`, e);
      }
    }, this.deps.settings().debounceMs);
  }

  /** Scans the document now; `local` keeps the scan on this thread (the worker failed it). */
  private scanNow(document: vscode.TextDocument, local = false): void {
    const state = this.stateOf(document);
    if (state.timer) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    if (document.isClosed) return;
    if (state.job) {
      state.job.rerun = true;
      return;
    }
    const settings = this.deps.settings();
    const engine = this.deps.engine();
    const path = vscode.workspace.asRelativePath(document.uri, false);
    const text = document.getText();
    const skip: SkipReason | 'excluded' | undefined = !settings.enable
      ? 'excluded'
      : engine.isExcluded(path)
        ? 'excluded'
        : skipReason(text, { maxFileSize: settings.maxFileSize });
    if (skip) {
      if (state.skipped !== skip && skip !== 'excluded')
        this.deps.log.info(`skipped ${path}: ${skip} (${text.length} characters)`);
      state.findings = [];
      state.reported = [];
      state.shown = [];
      state.hidden = 0;
      state.skipped = skip;
      state.intake = undefined;
      state.pendingEdit = undefined;
      state.scanned = false;
      state.escalations = [];
      this.deps.diagnostics.delete(document.uri);
      this.updated.fire(this.get(document.uri)!);
      return;
    }

    const started = performance.now();
    const worker = local ? undefined : this.deps.worker;
    const plan = planScan(text, state.scanned ? state.pendingEdit : undefined, worker?.usable === true);
    const apply = (findings: Finding[], incremental: boolean, version: number) =>
      this.apply(document, state, findings, incremental, path, started, version);
    if (plan.place === 'worker') return this.background.onWorker(document, state, text, path, plan.edit, apply);
    if (plan.place === 'slices') return this.background.inSlices(document, state, text, path, engine, apply);
    const findings = plan.edit
      ? engine.detector.rescan(text, state.findings, plan.edit, { path })
      : engine.detector.scan(text, { path, willRescan: true });
    apply(findings, plan.edit !== undefined, document.version);
  }

  /**
   * Takes in a scan's findings: the scan state moves on at once (a rescan starts from them); the
   * reported ones, escalated arrivals, diagnostics and events follow once the acceptance check is
   * done (in slices for many findings, dropped if a newer scan or an edit overtakes it).
   */
  private apply(
    document: vscode.TextDocument,
    state: DocumentState,
    findings: Finding[],
    incremental: boolean,
    path: string,
    started: number,
    version: number,
  ): void {
    state.findings = findings;
    state.version = version;
    state.pendingEdit = undefined;
    state.scanned = true;
    const intakeStarted = performance.now();
    const intake = (state.intake = {});
    const stale = () =>
      state.intake !== intake ||
      document.isClosed ||
      document.version !== version ||
      this.states.get(document.uri.toString()) !== state;
    const accepted = whenAccepted(findings, this.deps.acceptorFor(document), stale, (reported) =>
      this.takeIn(document, state, { found: findings.length, reported, incremental, path, started, intakeStarted }),
    );
    accepted?.catch((e: unknown) => this.deps.log.error(`taking in the findings of ${path} failed`, e));
  }

  /** The reported findings of a scan: escalated arrivals, problems, the log line and the update event. */
  private takeIn(document: vscode.TextDocument, state: DocumentState, scan: TakenScan): void {
    const { found, reported, incremental, path, started, intakeStarted } = scan;
    // Only an insert waiting to be labelled needs to know which findings are new.
    const before = state.escalations.length ? new Set(state.reported.map((f) => f.fingerprint)) : undefined;
    state.reported = reported;
    state.skipped = undefined;

    const arrivals: { escalation: PendingEscalation; finding: Finding }[] = [];
    for (const p of state.escalations) {
      for (const f of reported) {
        if (before?.has(f.fingerprint) || state.escalated.has(f.fingerprint)) continue;
        if (f.start < p.end && p.start < f.end) {
          state.escalated.set(f.fingerprint, p.kind);
          arrivals.push({ escalation: p, finding: f });
        }
      }
    }
    state.escalations = [];

    this.show(document, state);
    const now = performance.now();
    const ms = now - started;
    const baselined = found - reported.length;
    if (found || ms > 50)
      this.deps.log.info(
        `${incremental ? 'rescan' : 'scan'} ${path}: ${reported.length} finding(s)${baselined ? ` (+${baselined} accepted)` : ''}${state.hidden ? ` (${state.hidden} not shown)` : ''} in ${ms.toFixed(1)} ms (taking them in: ${(now - intakeStarted).toFixed(1)} ms)`,
      );
    this.updated.fire(this.get(document.uri)!);
    if (arrivals.length) void this.reportArrivals(document, state, arrivals, path);
  }

  /** Once each insert's kind is final (bounded wait), labels the findings and fires one event per kind. */
  private async reportArrivals(
    document: vscode.TextDocument,
    state: DocumentState,
    arrivals: { escalation: PendingEscalation; finding: Finding }[],
    path: string,
  ): Promise<void> {
    const settled = Promise.all([...new Set(arrivals.map((a) => a.escalation.settled))]);
    await Promise.race([settled, new Promise((r) => setTimeout(r, CLASSIFY_WAIT_MS))]);
    if (document.isClosed || this.states.get(document.uri.toString()) !== state) return;
    const byKind = new Map<ChangeKind, Finding[]>();
    let relabelled = false;
    for (const { escalation, finding } of arrivals) {
      if (state.escalated.get(finding.fingerprint) !== escalation.kind) relabelled = true;
      state.escalated.set(finding.fingerprint, escalation.kind);
      byKind.set(escalation.kind, [...(byKind.get(escalation.kind) ?? []), finding]);
    }
    if (relabelled) this.show(document, state);
    for (const [kind, list] of byKind) {
      this.deps.log.warn(
        `${list.length} secret(s) arrived in a ${kind} insert in ${path}: ${list.map((f) => f.ruleId).join(', ')}`,
      );
      this.escalatedEmitter.fire({ document, kind, findings: list });
    }
  }
}
