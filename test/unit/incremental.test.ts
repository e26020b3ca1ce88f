import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector, type TextEdit } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import type { Rule } from '../../src/core/rules/types';

// Fragments include fake tokens generated at runtime, suppression markers, PEM blocks and line
// breaks, so random edits create, split, join and suppress findings.
const fake = new FakeTokens(99);
const fragments = [
  `token = "${fake.githubStyle('ghp_')}"`,
  `AWS_SECRET_ACCESS_KEY=${fake.base64(40).replace(/[+/=]/g, 'Q')}`,
  fake.pem('PRIVATE KEY', 3),
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  '-----END OPENSSH PRIVATE KEY-----',
  fake.base64(64),
  `password: ${fake.alnum(12)}9!`,
  'postgres://app:',
  `${fake.alnum(16)}@db.internal:5432/app`,
  '// ai-secret-guard:allow',
  '# ai-secret-guard:allow-next-line',
  'const x = 1;',
  '\n',
  '\r\n',
  ' ',
  '"',
  'ghp_',
  fake.alnum(36),
];

/** A multi-line rule whose secret stands lines below its keyword, like a password in an INI section. */
const sectionRule: Rule = {
  id: 'test-vault-section',
  title: 'Vault section password',
  provider: 'Test',
  keywords: ['[vault]'],
  pattern: /\[vault\][^[]{0,120}?unlock: (?<secret>[A-Za-z0-9]{12,40})/,
  multiline: { maxSpan: 160 },
  confidence: 'high',
  envVar: 'VAULT_PASSCODE',
  docs: 'https://example.invalid',
  examples: { positives: () => [], negatives: [] },
};
fragments.push('[vault]', `unlock: ${fake.alnum(16)}`, '\nuser: app\n');

const detector = new Detector([...builtinRules, sectionRule], { maxLineLength: 200, longLineWindow: 60 });
/** Without the 16 KB PEM rules the multi-line span is short, so edits fall on both sides of it. */
const shortSpanDetector = new Detector([...builtinRules.filter((r) => !r.multiline), sectionRule], {
  maxLineLength: 200,
  longLineWindow: 60,
});
const arbText = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(''));
const arbEdit = (length: number) =>
  fc.record({
    a: fc.nat({ max: length }),
    b: fc.nat({ max: length }),
    insert: fc.array(fc.constantFrom(...fragments), { maxLength: 4 }).map((p) => p.join('')),
  });

describe('incremental rescan', function () {
  this.timeout(60_000);

  for (const [name, d] of [
    ['all rules', detector],
    ['a short multi-line span', shortSpanDetector],
  ] as const) {
    it(`equals a full scan after any sequence of random edits (${name})`, () => {
      fc.assert(
        fc.property(
          arbText.chain((text) =>
            fc.tuple(fc.constant(text), fc.array(arbEdit(text.length + 40), { minLength: 1, maxLength: 6 })),
          ),
          ([initial, edits]) => {
            let text = initial;
            let findings = d.scan(text);
            for (const { a, b, insert } of edits) {
              const start = Math.min(a, b, text.length);
              const oldEnd = Math.min(Math.max(a, b), text.length);
              const next = text.slice(0, start) + insert + text.slice(oldEnd);
              const edit: TextEdit = { start, oldEnd, newEnd: start + insert.length };
              findings = d.rescan(next, findings, edit);
              text = next;
              assert.deepEqual(findings, d.scan(text));
            }
          },
        ),
        { numRuns: 400, seed: 20261123 },
      );
    });
  }

  it('equals a full scan after random edits in a file whose rules run on every line', () => {
    // `user:hash` lines a keywordless, path-limited rule finds on every line, among keyword rules' lines.
    const lineRule: Rule = {
      ...sectionRule,
      id: 'test-every-line',
      keywords: [],
      wakesOnEveryLine: true,
      paths: /\.kxpw$/,
      pattern: /^[a-z]{2,8}:(?<secret>[A-Za-z0-9]{13})$/,
      multiline: undefined,
    };
    const d = new Detector([...builtinRules, lineRule], { maxLineLength: 200, longLineWindow: 60 });
    const entries = [
      `ab:${fake.alnum(13)}`,
      `cd:${fake.alnum(13)}`,
      'ef:',
      fake.alnum(13),
      '\n',
      '\n',
      'x'.repeat(120),
    ];
    const arbLines = fc.array(fc.constantFrom(...fragments, ...entries), { maxLength: 40 }).map((p) => p.join(''));
    const context = { path: 'conf/users.kxpw' };
    fc.assert(
      fc.property(
        arbLines.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.array(
              fc.record({
                a: fc.nat({ max: text.length + 40 }),
                b: fc.nat({ max: text.length + 40 }),
                insert: fc.array(fc.constantFrom(...fragments, ...entries), { maxLength: 4 }).map((p) => p.join('')),
              }),
              { minLength: 1, maxLength: 6 },
            ),
          ),
        ),
        ([initial, edits]) => {
          let text = initial;
          let findings = d.scan(text, context);
          for (const { a, b, insert } of edits) {
            const start = Math.min(a, b, text.length);
            const oldEnd = Math.min(Math.max(a, b), text.length);
            const next = text.slice(0, start) + insert + text.slice(oldEnd);
            findings = d.rescan(next, findings, { start, oldEnd, newEnd: start + insert.length }, context);
            text = next;
            assert.deepEqual(findings, d.scan(text, context));
          }
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('keeps a multi-line finding whose match starts before the rescanned stretch but whose secret is inside it', () => {
    const secret = fake.alnum(16);
    // [vault] at offset 0; its secret ~100 characters later; an edit ~150 characters after the secret.
    let text = `[vault]\n${'x'.repeat(90)}\nunlock: ${secret}\n${'y'.repeat(140)}\nend\n`;
    let findings = shortSpanDetector.scan(text);
    assert.equal(findings.length, 1);
    const at = text.indexOf('end');
    text = text.slice(0, at) + 'E' + text.slice(at);
    findings = shortSpanDetector.rescan(text, findings, { start: at, oldEnd: at, newEnd: at + 1 });
    assert.deepEqual(findings, shortSpanDetector.scan(text));
    assert.equal(findings.length, 1);
  });

  it('finds a secret typed one character at a time, and drops it when it is broken', () => {
    const token = fake.githubStyle('ghp_');
    const prefix = 'const t = "';
    let text = prefix;
    let findings = detector.scan(text);
    for (const ch of token + '";') {
      const start = text.length;
      text += ch;
      findings = detector.rescan(text, findings, { start, oldEnd: start, newEnd: start + 1 });
    }
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), token);
    const cut = prefix.length + 10;
    text = text.slice(0, cut) + text.slice(cut + 1);
    findings = detector.rescan(text, findings, { start: cut, oldEnd: cut + 1, newEnd: cut });
    assert.deepEqual(findings, []);
  });

  it('rescans a whole PEM block when a line in its middle changes', () => {
    const pem = fake.pem('PRIVATE KEY', 6);
    let text = `key: |\n${pem}\nnext: 1\n`;
    let findings = detector.scan(text);
    assert.equal(findings.length, 1);
    const mid = text.indexOf('\n', text.indexOf('\n', 8) + 1) + 5;
    text = text.slice(0, mid) + '-' + text.slice(mid);
    findings = detector.rescan(text, findings, { start: mid, oldEnd: mid, newEnd: mid + 1 });
    assert.deepEqual(findings, detector.scan(text));
    assert.equal(findings.length, 0, 'a dash breaks the base64 body');
  });
});
