import * as vscode from 'vscode';
import { ASSISTANT_TARGETS } from '../../core/exclusions/assistantCatalogue';
import { CHANNEL_LABELS, type FileExposure, type TargetExposure } from '../../core/exclusions/exposure';
import type { AgentCoverage } from '../../core/hooks/hookCoverage';
import { CommandIds } from '../commandIds';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/toDiagnostic';

export const EXPOSURE_CODE = 'ai-context-exposure';

/** The assistant's name, marked when its vendor deprecated the file or the product is gone. */
function nameOf(id: string): string {
  const target = ASSISTANT_TARGETS.find((t) => t.id === id);
  if (!target) return id;
  return target.status.state === 'current' ? target.name : `${target.name} [${target.status.state}]`;
}

/** `Cursor (terminal commands)`, `Claude Code (not excluded)`. */
export function describeTarget(t: TargetExposure): string {
  if (t.level === 'exposed') return `${nameOf(t.targetId)} (not excluded)`;
  if (t.level === 'partial')
    return `${nameOf(t.targetId)} (excluded, but ${t.openChannels.map((c) => CHANNEL_LABELS[c]).join(', ')} can still read it)`;
  if (t.level === 'unknown') return `${nameOf(t.targetId)} (configured on GitHub, not checkable here)`;
  return `${nameOf(t.targetId)} (excluded)`;
}

/** One warning per sensitive file that some enabled assistant does not exclude at all. */
export function exposureDiagnostic(file: FileExposure): vscode.Diagnostic | undefined {
  const exposed = file.targets.filter((t) => t.level === 'exposed');
  if (exposed.length === 0) return undefined;
  const d = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 0),
    `Readable by AI assistants: ${exposed.map((t) => nameOf(t.targetId)).join(', ')} ${exposed.length === 1 ? 'does' : 'do'} not exclude this file. Run "AI Secret Guard: Sync AI Exclusions" to keep it out of their context.`,
    vscode.DiagnosticSeverity.Warning,
  );
  d.source = DIAGNOSTIC_SOURCE;
  d.code = EXPOSURE_CODE;
  return d;
}

interface ExposureItem extends vscode.QuickPickItem {
  readonly uri?: vscode.Uri;
}

/** Agent hooks of one folder, for the exposure pick. */
export interface FolderHooks {
  readonly folder: vscode.WorkspaceFolder;
  readonly coverage: readonly AgentCoverage[];
}

/** One line per folder: the channels each agent's hooks cover, and the agents without any. */
function hookItem({ folder, coverage }: FolderHooks): ExposureItem {
  const covered = coverage.filter((c) => c.channels.length > 0);
  const none = coverage.filter((c) => c.channels.length === 0).map((c) => c.agent);
  return {
    label: `${covered.length > 0 ? '$(shield)' : '$(circle-slash)'} Agent hooks in ${folder.name}`,
    description: covered.length > 0 ? `${covered.length} agent(s)` : 'none installed: Install Agent Hooks',
    detail: [
      ...covered.map((c) => `${c.agent}: ${c.channels.join(', ')}`),
      ...(none.length > 0 ? [`no hooks: ${none.join(', ')}`] : []),
    ].join(' · '),
  };
}

/**
 * A quick pick of the sensitive files and, for each, which assistants can still read it. Picking
 * one reveals it in the Explorer (opening it would put it in an editor, which assistants read).
 */
export async function showExposurePick(
  rows: readonly { folder: vscode.WorkspaceFolder; file: FileExposure }[],
  hooks: readonly FolderHooks[] = [],
): Promise<void> {
  const items: ExposureItem[] = rows.map(({ folder, file }) => {
    const exposed = file.targets.filter((t) => t.level === 'exposed').length;
    const partial = file.targets.filter((t) => t.level === 'partial').length;
    return {
      label: `${exposed > 0 ? '$(warning)' : partial > 0 ? '$(info)' : '$(pass)'} ${file.path}`,
      description:
        exposed > 0
          ? `exposed to ${exposed} assistant(s)`
          : partial > 0
            ? `partly excluded for ${partial}`
            : 'excluded everywhere',
      detail: file.targets.map(describeTarget).join(' · '),
      uri: vscode.Uri.joinPath(folder.uri, file.path),
    };
  });
  if (items.length === 0) {
    void vscode.window.showInformationMessage('AI Secret Guard: no sensitive files found in this workspace.');
    return;
  }
  const sync: ExposureItem = { label: '$(sync) Sync AI Exclusions…', alwaysShow: true };
  const picked = await vscode.window.showQuickPick<ExposureItem>([sync, ...items, ...hooks.map(hookItem)], {
    title: 'AI context exposure: sensitive files and the assistants that can read them',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked === sync) await vscode.commands.executeCommand(CommandIds.syncExclusions);
  else if (picked?.uri) await vscode.commands.executeCommand('revealInExplorer', picked.uri);
}
