import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';

/**
 * Throws a short reason (`<label> is read-only`, `<label> is a directory`) when an existing file
 * cannot be overwritten; a missing file passes (it will be created). Permission bits are checked
 * too, since root can write anything yet a read-only file was meant to stay as it is.
 */
export async function assertWritableFile(uri: vscode.Uri, label: string): Promise<void> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return;
  }
  if (stat.type & vscode.FileType.Directory) throw new Error(`${label} is a directory`);
  const readonlyFlag = ((stat.permissions ?? 0) & vscode.FilePermission.Readonly) !== 0;
  const noWriteBits = uri.scheme === 'file' && ((await fs.stat(uri.fsPath)).mode & 0o222) === 0;
  if (readonlyFlag || noWriteBits) throw new Error(`${label} is read-only`);
}
