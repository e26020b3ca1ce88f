import * as vscode from 'vscode';
import { addDotenvEntry, addExampleEntry, parseDotenv } from '../../core/fixes/dotenv';
import { suggestEnvName } from '../../core/fixes/envName';
import { readTextFile } from '../exclusions/folderState';
import { assertWritableFile } from '../fileChecks';
import { fixContextOf, type FixContext } from './fixContext';

/**
 * The folder's `.env` (and `.env.example`) as the destination of moved values: what it holds, and
 * the edits that append to it, added to the caller's WorkspaceEdit so one undo restores everything.
 */
export class DotenvTarget {
  private added = '';
  private readonly exampleNames: string[] = [];

  private constructor(
    readonly uri: vscode.Uri,
    private readonly text: string | undefined,
    private readonly exampleUri: vscode.Uri,
    private readonly exampleText: string | undefined,
    /** name → value, including the entries added so far. */
    readonly entries: Map<string, string>,
  ) {}

  /** Throws an Error whose message is the reason when `.env` cannot be written. */
  static async open(folder: vscode.WorkspaceFolder): Promise<DotenvTarget> {
    const uri = vscode.Uri.joinPath(folder.uri, '.env');
    await assertWritableFile(uri, '.env');
    const text = await readTextFile(uri);
    const exampleUri = vscode.Uri.joinPath(folder.uri, '.env.example');
    return new DotenvTarget(uri, text, exampleUri, await readTextFile(exampleUri), parseDotenv(text ?? ''));
  }

  /** The name holds another value, so using it would overwrite a secret. */
  isTaken(name: string, value: string): boolean {
    return this.entries.has(name) && this.entries.get(name) !== value;
  }

  /** The name `.env` already gives this value, if any. */
  nameOf(value: string): string | undefined {
    for (const [name, v] of this.entries) if (v === value) return name;
    return undefined;
  }

  /** Records `name=value` (with an optional comment line above it); false when the name holds another value. */
  add(name: string, value: string, comment?: string): boolean {
    const current = (this.text ?? '') + this.added;
    const addition = addDotenvEntry(current, name, value);
    if (addition.kind === 'conflict') return false;
    if (addition.kind === 'added') {
      const appended = addition.text.slice(current.length);
      const eol = appended.endsWith('\r\n') ? '\r\n' : '\n';
      const separatorLength = /^\r?\n/.exec(appended)?.[0].length ?? 0;
      this.added += comment
        ? `${appended.slice(0, separatorLength)}# ${comment}${eol}${appended.slice(separatorLength)}`
        : appended;
      this.exampleNames.push(name);
    }
    this.entries.set(name, value);
    return true;
  }

  /** Adds the recorded appends (to `.env`, and the names to `.env.example` when it exists) to `edit`. */
  applyTo(edit: vscode.WorkspaceEdit): void {
    if (this.added) {
      if (this.text === undefined) edit.createFile(this.uri, { contents: new TextEncoder().encode(this.added) });
      else edit.insert(this.uri, endOf(this.text), this.added);
    }
    if (this.exampleText === undefined) return;
    let example = this.exampleText;
    for (const name of this.exampleNames) example = addExampleEntry(example, name) ?? example;
    if (example !== this.exampleText)
      edit.insert(this.exampleUri, endOf(this.exampleText), example.slice(this.exampleText.length));
  }

  /** The edit leaves `.env` open in the background: save it so the value is on disk, not only in memory. */
  async save(): Promise<void> {
    const targets = new Set([this.uri.toString(), this.exampleUri.toString()]);
    for (const d of vscode.workspace.textDocuments) if (d.isDirty && targets.has(d.uri.toString())) await d.save();
  }
}

function endOf(text: string): vscode.Position {
  const lines = text.split('\n');
  return new vscode.Position(lines.length - 1, lines[lines.length - 1]!.length);
}

/** Where a fix on a document moves its values. */
export interface MoveTarget {
  readonly context: FixContext;
  readonly dotenv: DotenvTarget;
}

/**
 * The destination of a fix on `document`, or the reason it cannot run: the document changed since
 * the fix was offered, it is outside the workspace folders, or `.env` cannot be written.
 */
export async function openMoveTarget(
  document: vscode.TextDocument,
  offeredVersion: number | undefined,
): Promise<MoveTarget | string> {
  if (offeredVersion !== undefined && document.version !== offeredVersion)
    return 'the document changed after the fix was offered; run it again';
  const context = fixContextOf(document);
  if (!context) return 'the file is outside the workspace folders, so there is no .env for the value';
  try {
    return { context, dotenv: await DotenvTarget.open(context.folder) };
  } catch (e) {
    return (e as Error).message;
  }
}

/** The secret at [start, end) and the name to suggest for it: the one `.env` already gives it, else one from the assignment or the rule. */
export function secretAndSuggestedName(
  document: vscode.TextDocument,
  start: number,
  end: number,
  envVar: string,
  dotenv: DotenvTarget,
  isTaken: (name: string, secret: string) => boolean,
): { secret: string; suggested: string } {
  const from = document.positionAt(start);
  const secret = document.getText(new vscode.Range(from, document.positionAt(end)));
  const taken = (name: string) => isTaken(name, secret);
  return {
    secret,
    suggested:
      dotenv.nameOf(secret) ?? suggestEnvName(document.lineAt(from.line).text.slice(0, from.character), envVar, taken),
  };
}
