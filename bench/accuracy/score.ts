import { CATEGORIES, type Category, type CorpusCase } from './types';

/** The parts of a CLI JSON finding the score needs (1-based lines, path relative to the corpus root). */
export interface ReportedFinding {
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly ruleId: string;
  readonly preview: string;
}

export interface CategoryScore {
  readonly category: Category | 'total';
  readonly positives: number;
  readonly found: number;
  readonly findings: number;
  readonly falsePositives: number;
  readonly recall: number;
  readonly precision: number;
}

export interface Miss {
  readonly caseId: string;
  readonly path: string;
  readonly line: number;
  readonly redacted: string;
}

export interface FalsePositive {
  readonly caseId: string;
  readonly finding: ReportedFinding;
}

export interface Score {
  readonly categories: readonly CategoryScore[];
  readonly total: CategoryScore;
  readonly misses: readonly Miss[];
  readonly falsePositives: readonly FalsePositive[];
}

/**
 * The corpus-relative path a case's file is written to. An absolute template path (`/etc/app/app.conf`)
 * goes under the case folder like any other, and is keyed as the scanner reports it (no `//`).
 */
export function casePath(c: CorpusCase): string {
  return `${c.id}/${c.path.replace(/^\/+/, '')}`;
}

/**
 * Scores findings as a line-labelled benchmark does: a labelled secret is found when a finding
 * starts on one of its lines (or, for a secret over several lines, overlaps them); a finding that
 * hits no labelled secret is a false positive. Precision = found / (found + false positives).
 */
export function score(cases: readonly CorpusCase[], findings: readonly ReportedFinding[]): Score {
  const byPath = new Map<string, ReportedFinding[]>();
  for (const f of findings) {
    const key = f.path.replace(/\\/g, '/').replace(/^\.\//, '');
    byPath.set(key, [...(byPath.get(key) ?? []), f]);
  }
  const counts = new Map<Category, { positives: number; found: number; findings: number; falsePositives: number }>();
  for (const c of CATEGORIES) counts.set(c, { positives: 0, found: 0, findings: 0, falsePositives: 0 });
  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  for (const c of cases) {
    const mine = byPath.get(casePath(c)) ?? [];
    const tally = counts.get(c.category)!;
    const groups = groupLines(c);
    const hitGroups = new Set<number>();
    for (const f of mine) {
      tally.findings++;
      const hit = [...groups].filter(([, lines]) => hits(f, lines)).map(([g]) => g);
      if (hit.length === 0) {
        tally.falsePositives++;
        falsePositives.push({ caseId: c.id, finding: f });
      }
      for (const g of hit) hitGroups.add(g);
    }
    for (const [group, lines] of groups) {
      tally.positives++;
      if (hitGroups.has(group)) tally.found++;
      else {
        const first = c.labels.find((l) => l.group === group)!;
        misses.push({ caseId: c.id, path: c.path, line: lines[0]!, redacted: redactValue(first.value) });
      }
    }
  }
  const categories = CATEGORIES.map((category) => withRates(category, counts.get(category)!));
  const sum = (k: 'positives' | 'found' | 'findings' | 'falsePositives') => categories.reduce((n, s) => n + s[k], 0);
  const total = withRates('total', {
    positives: sum('positives'),
    found: sum('found'),
    findings: sum('findings'),
    falsePositives: sum('falsePositives'),
  });
  return { categories, total, misses, falsePositives };
}

function groupLines(c: CorpusCase): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const l of c.labels) groups.set(l.group, [...(groups.get(l.group) ?? []), l.line]);
  return groups;
}

function hits(f: ReportedFinding, lines: readonly number[]): boolean {
  if (lines.includes(f.startLine)) return true;
  if (lines.length < 2) return false;
  return f.startLine <= Math.max(...lines) && f.endLine >= Math.min(...lines);
}

function withRates(
  category: Category | 'total',
  c: { positives: number; found: number; findings: number; falsePositives: number },
): CategoryScore {
  const recall = c.positives === 0 ? 1 : c.found / c.positives;
  const precision = c.found + c.falsePositives === 0 ? 1 : c.found / (c.found + c.falsePositives);
  return { category, ...c, recall, precision };
}

/** A value as reports may show it: a short prefix and the length, never the value. */
export function redactValue(value: string): string {
  return `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}…(${value.length} chars)`;
}
