import * as vscode from 'vscode';
import type { DocumentScanner } from './diagnostics/documentScanner';
import { changeKindLabel } from './diagnostics/toDiagnostic';
import type { Engine } from './engine';
import type { LiveChecks } from './liveCheck/liveChecks';
import type { Verification } from '../core/verify/types';

/**
 * Adds detail to a finding's hover: what it is, the redacted preview, entropy, how to rotate it and
 * whether it arrived in an AI or bulk insert. Never the value.
 */
export function createHoverProvider(
  scanner: DocumentScanner,
  engine: () => Engine,
  liveChecks?: LiveChecks,
): vscode.HoverProvider {
  return {
    provideHover(document, position) {
      const state = scanner.get(document.uri);
      if (!state) return undefined;
      const offset = document.offsetAt(position);
      const f = state.findings.find((x) => x.start <= offset && offset <= x.end);
      if (!f) return undefined;
      const rule = engine().rule(f.ruleId);
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = false;
      md.appendMarkdown(`**$(shield) ${escape(rule?.title ?? f.ruleId)}** · ${f.confidence} confidence\n\n`);
      md.appendMarkdown(
        `\`${f.preview.replace(/`/g, "'")}\` · entropy ${f.entropy.toFixed(2)} bits/char · rule \`${f.ruleId}\`\n\n`,
      );
      const live = liveChecks?.get(document.uri, f.fingerprint);
      if (live) md.appendMarkdown(`${liveLine(live)}\n\n`);
      if (rule?.risk) md.appendMarkdown(`${escape(rule.risk)}\n\n`);
      if (f.why) md.appendMarkdown(`**Why this looks like a credential:** ${escape(f.why)}\n\n`);
      const via = state.escalated.get(f.fingerprint);
      if (via)
        md.appendMarkdown(
          `$(sparkle) **Arrived in ${changeKindLabel(via)}** this session. Assistants scaffold keys like this; treat it as exposed.\n\n`,
        );
      md.appendMarkdown(
        `**Fix:** load it from \`${rule?.envVar ?? 'an environment variable'}\` or a secret manager instead of writing it here.\n\n`,
      );
      md.appendMarkdown(
        `**Rotate:** ${rule ? `[revoke and reissue it](${rule.docs})` : 'revoke and reissue it with its provider'}, since it may already be in history, logs or an assistant's context.`,
      );
      return new vscode.Hover(md, new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)));
    },
  };
}

/** The live check's answer: "live — belongs to user X", with where to rotate it. */
function liveLine(v: Verification): string {
  if (v.status === 'live')
    return `$(error) **Live** — ${escape(v.provider)} accepts it${v.identity ? `; belongs to ${escape(v.identity)}` : ''}. [Rotate it now](${v.rotation}).`;
  if (v.status === 'revoked')
    return `$(pass) **Revoked** per ${escape(v.provider)}${v.reason ? `: ${escape(v.reason)}` : ''}.`;
  return `$(question) **Live check inconclusive**${v.reason ? `: ${escape(v.reason)}` : ''}.`;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
