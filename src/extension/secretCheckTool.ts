import * as vscode from 'vscode';
import { LineIndex } from '../core/detect/lineIndex';
import type { Engine } from './engine';

/** The tool's name, as declared in package.json `contributes.languageModelTools`. */
export const SECRET_CHECK_TOOL = 'ai-secret-guard_check_text';

export interface SecretCheckInput {
  readonly text: string;
  /** Where the text is headed, when known: named in the answer, never read. */
  readonly path?: string;
}

/** Caps the input so a runaway agent cannot make the extension host scan megabytes per call. */
const MAX_TEXT = 1_000_000;

/** What the tool answers: redacted findings only, with the fix the model should write instead. */
export function describeFindings(input: SecretCheckInput, engine: Engine): string {
  const text = input.text.length > MAX_TEXT ? input.text.slice(0, MAX_TEXT) : input.text;
  const findings = engine.detector.scan(text);
  const where = input.path ? ` in ${input.path}` : '';
  const truncated = text.length < input.text.length ? ` Only the first ${MAX_TEXT} characters were checked.` : '';
  if (findings.length === 0) return `No secrets found${where}.${truncated}`;
  const lines = new LineIndex(text);
  const items = findings.map((f) => {
    const rule = engine.rule(f.ruleId);
    const at = lines.positionAt(f.start);
    return `- line ${at.line + 1}, column ${at.column + 1}: ${rule?.title ?? f.ruleId} (${f.ruleId}, ${f.confidence} confidence), value ${f.preview}. Read it from the environment variable ${rule?.envVar ?? 'SECRET'} instead of writing it.`;
  });
  return [
    `${findings.length} secret(s) found${where}. Do not write, echo or commit these values; values are redacted here.${truncated}`,
    ...items,
  ].join('\n');
}

/**
 * "Does this text contain a secret?" for chat agents (`vscode.lm.registerTool`): the same detector
 * as the editor, answering with redacted findings, so an agent can check what it is about to write.
 */
export class SecretCheckTool implements vscode.LanguageModelTool<SecretCheckInput> {
  constructor(private readonly engine: () => Engine) {}

  prepareInvocation(
    options: vscode.LanguageModelToolInvocationPrepareOptions<SecretCheckInput>,
  ): vscode.PreparedToolInvocation {
    const size = typeof options.input?.text === 'string' ? options.input.text.length : 0;
    return { invocationMessage: `Checking ${size} characters for secrets` };
  }

  invoke(options: vscode.LanguageModelToolInvocationOptions<SecretCheckInput>): vscode.LanguageModelToolResult {
    const input = options.input;
    if (typeof input?.text !== 'string') throw new Error('ai-secret-guard_check_text needs a "text" string');
    return new vscode.LanguageModelToolResult([
      new vscode.LanguageModelTextPart(describeFindings(input, this.engine())),
    ]);
  }
}
