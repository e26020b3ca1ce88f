import * as vscode from 'vscode';
import { addDotenvEntry, addExampleEntry, parseDotenv } from '../../core/fixes/dotenv';
import { readTextFile } from '../exclusions/folderState';
import { assertWritableFile } from '../fileChecks';

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
      this.added += comment ? `${appended.slice(0, separatorLength)}# ${comment}${eol}${appended.slice(separatorLength)}` : appended;
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
    if (example !== this.exampleText) edit.insert(this.exampleUri, endOf(this.exampleText), example.slice(this.exampleText.length));
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
