import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { compileRule, multiStartPattern } from '../../src/core/detect/compiledRules';
import { LineHits } from '../../src/core/detect/lineHits';
import { neverMatches } from '../../src/core/detect/ruleRunner';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import type { Rule } from '../../src/core/rules/types';

// Work the detector shares or skips on hostile input (issue 12) must leave its findings as they
// were: each shortcut is checked against the plain way on random texts built from the pieces that
// wake many rules at once. Values are built at runtime (FakeTokens), never a literal credential.

const fake = new FakeTokens(12);
const pieces = [
  'token',
  'secret',
  'password',
  'api_key',
  'apiKey',
  'clientSecret',
  'private_key',
  'key',
  '"',
  "'",
  '\\"',
  ': ',
  '=',
  ' = ',
  '==',
  '.equals(',
  '{',
  '}',
  '(',
  ')',
  ' ',
  '    ',
  ',',
  ';',
  'returns ',
  'const ',
  'Password: ',
  fake.alnum(12),
  fake.alnum(24),
  fake.lowerAlnum(40),
  fake.hex(32),
  '-----BEGIN PRIVATE KEY-----',
  '-----BEGIN RSA PRIVATE KEY-----',
  '-----END PRIVATE KEY-----',
  '\\n',
];
/** Texts of those pieces, sometimes split into lines. */
const texts = (withLines: boolean) =>
  fc
    .array(fc.constantFrom(...pieces, ...(withLines ? ['\n', '\n', fake.base64(64) + '\n'] : [])), {
      minLength: 1,
      maxLength: 400,
    })
    .map((parts) => parts.join(''));

/** The rules with each keyword gate a function of its own: no two rules share a gate's answer. */
function unsharedGates(rules: readonly Rule[]): Rule[] {
  return rules.map((r) => {
    const gate = r.keywordGate;
    return gate === undefined ? r : { ...r, keywordGate: (text, at, lineEnd) => gate(text, at, lineEnd) };
  });
}

describe('detector: shared and skipped work gives the same findings', () => {
  it('over-long lines: rules sharing a keyword gate find what they find asking it each on their own', () => {
    // A short line limit makes most generated lines over-long, scanned in windows around keywords.
    const options = { maxLineLength: 120, longLineWindow: 48 };
    const shared = new Detector(builtinRules, options);
    const own = new Detector(unsharedGates(builtinRules), options);
    fc.assert(
      fc.property(texts(false), fc.boolean(), (text, inCode) => {
        const context = { path: inCode ? 'src/app.ts' : 'notes.txt' };
        assert.deepEqual(shared.scan(text, context), own.scan(text, context));
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('multi-line rules: a lead-in as long as the starts that count finds what the full lead-in finds there', () => {
    const multi = builtinRules.map((r, i) => compileRule(r, i)).filter((c) => c.maxSpan > 0);
    assert.ok(multi.length > 0);
    fc.assert(
      fc.property(texts(true), fc.nat(), fc.nat(64), (text, seed, reach) => {
        const c = multi[seed % multi.length]!;
        const full = multiStartPattern(c)!;
        for (const leadIn of [reach, reach + 3, 64]) {
          const short = multiStartPattern(c, leadIn)!;
          for (let at = 0; at < text.length; at += 13) {
            const slice = text.slice(at);
            full.lastIndex = 0;
            short.lastIndex = 0;
            const a = full.exec(slice);
            const b = short.exec(slice);
            // What the detector keeps: a match whose own start is within `reach` of the lead-in's.
            const startOf = (m: RegExpExecArray | null) => m?.indices!.groups!['asgMatchStart']![0] ?? -1;
            const kept = (m: RegExpExecArray | null) => (m !== null && startOf(m) <= reach ? m : null);
            assert.deepEqual(kept(b)?.indices, kept(a)?.indices, `${c.rule.id} at ${at}`);
          }
        }
      }),
      { numRuns: 40, seed: 12 },
    );
  });

  it('the lead-in shortcut keeps every PEM block, wherever it starts on its line', () => {
    const body = Array.from({ length: 6 }, () => fake.base64(64)).join('\n');
    const block = `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`;
    // Blocks after a run of short BEGIN lines, at their line's start and 3, 9 and 40 characters in.
    const leads = ['', 'k: ', 'key: |   ', '#'.repeat(40)];
    const text = '-----BEGIN PRIVATE KEY-----\n'.repeat(20) + leads.map((lead) => lead + block + 'x\n').join('');
    const found = new Detector(builtinRules).scan(text).filter((f) => text.slice(f.start, f.end).includes(body));
    assert.equal(found.length, leads.length);
  });
  it('line hits: windows merged as hits arrive, and anchored starts, are those of the hits kept whole', () => {
    // Hits of a few rules on one line [lineStart, lineEnd), in order of end as the keyword pass
    // gives them (keywords of 2 to 12 characters), some widened by a later overlapping hit.
    const hit = fc.record({
      rule: fc.nat(3),
      end: fc.nat(400),
      length: fc.integer({ min: 2, max: 12 }),
      widen: fc.nat(3),
    });
    fc.assert(
      fc.property(fc.array(hit, { maxLength: 60 }), fc.nat(40), fc.nat(40), (raw, radius, margin) => {
        const lineStart = 100;
        const hits = raw.map((h) => ({ ...h, end: lineStart + h.length + h.end })).sort((a, b) => a.end - b.end);
        const lineEnd = (hits[hits.length - 1]?.end ?? lineStart) + 3 * margin;
        const anchored = Uint8Array.from([1, 0, 1, 0]);
        const lineHits = new LineHits(4, anchored, radius);
        lineHits.nextLine();
        // The plain way: every hit kept, widened in place, windows and starts worked out at the end.
        const kept: { rule: number; start: number; end: number }[] = [];
        for (const h of hits) {
          lineHits.add(h.rule, h.end - h.length, h.end);
          kept.push({ rule: h.rule, start: h.end - h.length, end: h.end });
          if (h.widen > 1) {
            lineHits.extendLast(h.rule, h.end + h.widen);
            kept[kept.length - 1]!.end = Math.max(h.end, h.end + h.widen);
          }
        }
        for (let t = 0; t < lineHits.triggeredCount; t++) {
          const rule = lineHits.triggered[t]!;
          const own = kept.filter((k) => k.rule === rule);
          const windows: number[] = [];
          for (const k of own) {
            const from = Math.max(lineStart, k.start - radius);
            const to = Math.min(lineEnd, k.end + radius);
            if (windows.length > 0 && from <= windows[windows.length - 1]!)
              windows[windows.length - 1] = Math.max(windows[windows.length - 1]!, to);
            else windows.push(from, to);
          }
          const n = lineHits.windows(rule, lineStart, lineEnd);
          assert.deepEqual([...lineHits.windowBounds.subarray(0, 2 * n)], windows);
          if (anchored[rule] === 1) {
            const starts = [...new Set(own.map((k) => k.start))].sort((a, b) => a - b);
            const m = lineHits.starts(rule);
            assert.deepEqual([...lineHits.startBuffer.subarray(0, m)], starts);
          }
        }
      }),
      { numRuns: 500, seed: 12 },
    );
  });
  it('a rule is skipped as matching nothing only when its pattern ends, outside any alternative, in (?!)', () => {
    assert.equal(neverMatches(/(?:token|secret)(?!)/i), true);
    assert.equal(neverMatches(/[|(]x(?!)/), true);
    assert.equal(neverMatches(/\|x(?!)/), true);
    // An alternative before it may match; a lookahead elsewhere is an ordinary one.
    assert.equal(neverMatches(/token|secret(?!)/), false);
    assert.equal(neverMatches(/a(?!)b/), false);
    assert.equal(neverMatches(/token(?!x)/), false);
    // Every such built-in rule indeed matches none of its own positive examples alone.
    for (const rule of builtinRules.filter((r) => neverMatches(r.pattern)))
      for (const text of rule.examples.positives(fake))
        assert.equal(new RegExp(rule.pattern.source, rule.pattern.flags).test(text), false, rule.id);
  });
});
