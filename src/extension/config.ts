import * as vscode from 'vscode';
import type { BulkThresholds } from '../core/changeKind';
import { DEFAULT_MAX_LINE_LENGTH } from '../core/detect/detector';
import { DEFAULT_MAX_FILE_SIZE } from '../core/detect/limits';
import type { CustomRuleSpec } from '../core/rules/custom';
import type { Confidence } from '../core/rules/types';
import { DEFAULT_MAX_PROBLEMS_PER_FILE } from './diagnostics/findingsIntake';

export const SECTION = 'aiSecretGuard';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The extension's settings, read once per change of configuration. */
export interface Settings {
  readonly enable: boolean;
  readonly severity: Readonly<Record<Confidence, SeverityName>>;
  readonly disabledRules: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  readonly maxLineLength: number;
  readonly customRules: readonly CustomRuleSpec[];
  readonly debounceMs: number;
  readonly bulkInsert: BulkThresholds;
  readonly notifyOnAiInsert: boolean;
  /** Problems shown per document at most, the notice of the others included; the CLI and the audit are not capped. */
  readonly maxProblemsPerFile: number;
}

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];
const DEFAULT_SEVERITY: Record<Confidence, SeverityName> = { high: 'error', medium: 'warning', low: 'information' };

function num(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
}

/** Reads settings, replacing any malformed value with its default (VS Code does not enforce the schema). */
export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const severity = { ...DEFAULT_SEVERITY };
  const rawSeverity = c.get<Record<string, unknown>>('severity') ?? {};
  for (const k of ['high', 'medium', 'low'] as const) {
    const v = rawSeverity[k];
    if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) severity[k] = v as SeverityName;
  }
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const bulk = c.get<Record<string, unknown>>('bulkInsert') ?? {};
  return {
    enable: c.get<boolean>('enable') !== false,
    severity,
    disabledRules: strings(c.get('disabledRules')),
    exclude: strings(c.get('exclude')),
    maxFileSize: num(c.get('maxFileSize'), DEFAULT_MAX_FILE_SIZE, 1),
    maxLineLength: num(c.get('maxLineLength'), DEFAULT_MAX_LINE_LENGTH, 80),
    customRules: vscode.workspace.isTrusted ? ((c.get<unknown[]>('customRules') ?? []) as CustomRuleSpec[]) : [],
    debounceMs: num(c.get('debounceMs'), 200, 0),
    bulkInsert: { minChars: num(bulk['minChars'], 40, 1), minLines: num(bulk['minLines'], 2, 1) },
    notifyOnAiInsert: c.get<boolean>('notifyOnAiInsert') !== false,
    maxProblemsPerFile: Math.min(
      Math.floor(num(c.get('maxProblemsPerFile'), DEFAULT_MAX_PROBLEMS_PER_FILE, 1)),
      DEFAULT_MAX_PROBLEMS_PER_FILE,
    ),
  };
}

export function toDiagnosticSeverity(name: SeverityName): vscode.DiagnosticSeverity | undefined {
  switch (name) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    default:
      return undefined;
  }
}
