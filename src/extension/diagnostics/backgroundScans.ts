import type * as vscode from 'vscode';
import type { TextEdit } from '../../core/detect/detector';
import type { Finding } from '../../core/finding';
import { ScanCutShort, type DocumentWorker } from '../../scan/documentWorker';
import { OffThreadJob } from '../../scan/offThreadJob';
import { scanSliced } from '../../scan/slicedScan';
import type { Settings } from '../config';
import { workerConfigOf, type Engine } from '../engine';
import type { Log } from '../log';

/** What the scans that do not finish at once know of one document. */
export interface ScanState {
  /** Everything the detector found (kept whole for incremental rescans). */
  findings: Finding[];
  /** The document version `findings` were found in. */
  version?: number;
  /** Edits since the last scan, merged; undefined means the next scan is a full one. */
  pendingEdit?: TextEdit;
  scanned: boolean;
  /** The sliced scan under way, if any: a newer scan replaces it, and the older one's result is dropped. */
  slicedScan?: object;
  /** The scan on the worker thread, if any: a scan wanted meanwhile waits for it and starts from its findings. */
  job?: OffThreadJob;
  /** The worker thread holds the findings of this version (its last scan of the document). */
  workerHolds?: { readonly thread: number; readonly version: number };
}

/** A scan's findings to take in, and the document version they are of. */
export type Apply = (findings: Finding[], incremental: boolean, version: number) => void;

export interface BackgroundDeps {
  readonly log: Log;
  readonly settings: () => Settings;
  readonly worker?: DocumentWorker;
  /** False once the document's state was dropped (closed) or replaced. */
  readonly isCurrent: (document: vscode.TextDocument, state: ScanState) => boolean;
  /** Scans the document again now; `local` keeps the scan on the editor's thread. */
  readonly scanNow: (document: vscode.TextDocument, local: boolean) => void;
}

/**
 * The scans of live diagnostics that do not finish at once: on the worker thread (large documents,
 * long-line rescans) or in slices on the editor's thread (when there is no worker).
 */
export class BackgroundScans {
  constructor(private readonly deps: BackgroundDeps) {}

  /** A full scan in slices, yielding the thread between them; a scan of an older version is dropped. */
  inSlices(
    document: vscode.TextDocument,
    state: ScanState,
    text: string,
    path: string,
    engine: Engine,
    apply: Apply,
  ): void {
    const version = document.version;
    const token = (state.slicedScan = {});
    const stale = () =>
      document.isClosed ||
      document.version !== version ||
      state.slicedScan !== token ||
      !this.deps.isCurrent(document, state);
    // The edit that made a scan stale scheduled the next one.
    void scanSliced(engine.detector, text, { path }, { cancelled: stale })
      .then((findings) => {
        if (findings === undefined || stale()) return;
        state.slicedScan = undefined;
        apply(findings, false, version);
      })
      .catch((e) => this.deps.log.error(`scan failed for ${path}`, e));
  }

  /**
   * A full scan, or a rescan after `edit`, on the worker thread. Its findings are shown if the
   * document is still at the version sent; if it was edited since, they become the base of the next
   * rescan; if the worker fails, the document is scanned on the editor's thread instead.
   */
  onWorker(
    document: vscode.TextDocument,
    state: ScanState,
    text: string,
    path: string,
    edit: TextEdit | undefined,
    apply: Apply,
  ): void {
    const worker = this.deps.worker!;
    const job = (state.job = new OffThreadJob(document.version));
    const holds = state.workerHolds;
    const held = holds !== undefined && holds.version === state.version && holds.thread === worker.thread;
    const rescan = edit && {
      edit,
      baseVersion: state.version!,
      baseLength: text.length - (edit.newEnd - edit.oldEnd),
      // Omitted when the worker holds them: a large array costs this thread to copy.
      ...(held ? {} : { findings: state.findings }),
    };
    const key = document.uri.toString();
    const sent = worker.scan(workerConfigOf(this.deps.settings()), {
      key,
      version: job.version,
      text,
      path,
      ...(rescan ? { rescan } : {}),
    });
    const current = () => state.job === job && this.deps.isCurrent(document, state);
    sent.findings.then(
      (findings) => {
        if (!current()) return; // superseded by a full rescan, or closed
        state.job = undefined;
        state.workerHolds = { thread: sent.thread, version: job.version };
        this.settle(document, state, job, findings, edit !== undefined, apply);
      },
      (e: Error) => {
        if (!current()) return;
        state.job = undefined;
        state.workerHolds = undefined;
        // Cut short by new detector settings: scanned again as usual. Failed: scanned here instead.
        const failed = !(e instanceof ScanCutShort);
        if (failed)
          this.deps.log.warn(`scan worker failed on ${path} (${e.message}); scanning it on the editor's thread`);
        this.deps.scanNow(document, failed);
      },
    );
  }

  /** A worker scan's findings: shown, kept as the base of the next rescan, or dropped. */
  private settle(
    document: vscode.TextDocument,
    state: ScanState,
    job: OffThreadJob,
    findings: Finding[],
    incremental: boolean,
    apply: Apply,
  ): void {
    const outcome = job.outcome(document.isClosed ? undefined : document.version);
    if (outcome.kind === 'apply') apply(findings, incremental, job.version);
    else if (outcome.kind === 'adopt') {
      // The edits since were scheduled (or, with `rerun`, asked for) a rescan: it starts from here.
      state.findings = findings;
      state.version = job.version;
      state.pendingEdit = outcome.sinceEdit;
      state.scanned = true;
    } else {
      state.pendingEdit = undefined;
      state.scanned = false;
    }
    if (job.rerun || outcome.kind === 'drop') this.deps.scanNow(document, false);
  }
}
