import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Allowlist } from '../core/allowlist/allowlist';
import { baselineAcceptance, parseBaseline } from '../core/baseline';
import { loadBuiltinRules } from './builtinRules';
import { loadFingerprintKey } from './fingerprintKey';
import { Detector } from '../core/detect/detector';
import { DEFAULT_MAX_FILE_SIZE } from '../core/detect/limits';
import type { SecretHit } from '../core/hooks/judge';
import { locateFindings } from '../core/report/model';
import { lineAround } from '../core/scanBytes';
import { withLfLineBreaks } from '../core/textDecoding';
import { loadGitleaksAllowlist } from './gitleaks';

/** Finds secrets for the agent hook; loaded only when a call has text to check. */
export interface HookScanner {
  findSecrets(text: string, rel: string | undefined, options?: FindOptions): Promise<readonly SecretHit[]>;
}

export interface FindOptions {
  /** Text an agent wrote (or a prompt): suppression comments in it are not honoured. */
  readonly agentText?: boolean;
}

/** Inline suppression markers (src/core/detect/suppressions.ts), found anywhere in a text. */
const MARKERS =
  /ai-secret-guard:allow(?:-next-line)?|gitleaks:allow|pragma:\s{0,8}allowlist\s{1,8}(?:nextline\s{1,8})?secret|trufflehog:ignore|secretlint-disable(?:-next)?-line|nosec|detect-secrets:allow/gi;

/**
 * The text with every suppression marker blanked out (same length, so offsets hold): an agent
 * that writes `gitleaks:allow` beside a key it adds must not thereby switch the check off.
 */
export function withoutSuppressions(text: string): string {
  return text.replace(MARKERS, (m) => ' '.repeat(m.length));
}

const BASELINE_FILE = '.ai-secret-guard-baseline.json';

/**
 * The detector with the built-in rules. What the project accepts (the baseline file at `root`,
 * its gitleaks allowlist) is read the first time something is found; a broken file is reported on
 * `warn` and then ignored, so a typo cannot switch the hook off.
 */
export function createHookScanner(root: string, warn: (message: string) => void): HookScanner {
  const builtinRules = loadBuiltinRules();
  const detector = new Detector(builtinRules);
  const rules = new Map(builtinRules.map((r) => [r.id, r]));
  type Accepted = { isBaselined: (identity: string) => boolean; allowlist?: Allowlist };
  let accepted: Promise<Accepted> | undefined;
  const loadBaselined = async (): Promise<(identity: string) => boolean> => {
    try {
      const baseline = parseBaseline(await fs.readFile(path.join(root, BASELINE_FILE), 'utf8'));
      const key = await loadFingerprintKey(root, false);
      const accepts = baselineAcceptance(baseline);
      return (identity) => accepts(identity, key.publish(identity));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${BASELINE_FILE} not used: ${(e as Error).message}`);
      return () => false;
    }
  };
  const loadAccepted = async (): Promise<Accepted> => {
    const isBaselined = await loadBaselined();
    try {
      const gitleaks = await loadGitleaksAllowlist(root, root);
      return { isBaselined, ...(gitleaks && !gitleaks.allowlist.empty ? { allowlist: gitleaks.allowlist } : {}) };
    } catch (e) {
      warn(`gitleaks allowlist not used: ${(e as Error).message}`);
      return { isBaselined };
    }
  };
  return {
    async findSecrets(original, rel, options) {
      if (original.length > DEFAULT_MAX_FILE_SIZE || original.includes('\0')) return [];
      const text = withLfLineBreaks(options?.agentText ? withoutSuppressions(original) : original);
      const found = detector.scan(text, rel === undefined ? undefined : { path: rel });
      if (found.length === 0) return [];
      const { isBaselined, allowlist } = await (accepted ??= loadAccepted());
      const kept = found.filter(
        (f) =>
          !isBaselined(f.fingerprint) &&
          !allowlist?.allowsSecret(text.slice(f.start, f.end), {
            path: rel ?? '',
            line: lineAround(text, f.start, f.end),
          }),
      );
      return locateFindings(rel ?? '', text, kept).map((f) => {
        const rule = rules.get(f.ruleId);
        return {
          ruleId: f.ruleId,
          title: rule?.title ?? f.ruleId,
          confidence: f.confidence,
          preview: f.preview,
          fingerprint: f.fingerprint,
          envVar: f.envName ?? rule?.envVar ?? 'SECRET',
          line: f.startLine,
          start: f.start,
          end: f.end,
          ...(rule?.risk ? { risk: rule.risk } : {}),
          ...(f.envName ? { fallback: true } : {}),
        };
      });
    },
  };
}
