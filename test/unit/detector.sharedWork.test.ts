import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { compileRule, multiStartPattern } from '../../src/core/detect/compiledRules';
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
});
