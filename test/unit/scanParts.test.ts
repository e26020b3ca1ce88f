import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import type { Finding } from '../../src/core/finding';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import type { Rule } from '../../src/core/rules/types';
import { scanBytes } from '../../src/core/scanBytes';
import { joinParts, partBounds, partReach, scanPart, sliceBounds } from '../../src/core/scanParts';
import { scanBytesPart } from '../../src/scan/filePart';

// Every token below is generated at runtime from a seeded generator; nothing committed is a credential.
const fake = new FakeTokens(1414);
const ghToken = () => fake.githubStyle('ghp_');
const fragments = [
  `token = "${ghToken()}"`,
  `AWS_SECRET_ACCESS_KEY=${fake.base64(40).replace(/[+/=]/g, 'Q')}`,
  fake.pem('PRIVATE KEY', 3),
  fake.pem('RSA PRIVATE KEY', 2),
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  '-----END OPENSSH PRIVATE KEY-----',
  // Wrapped: the same kind of token base64-encoded, JSON-escaped and percent-encoded.
  `blob: ${Buffer.from(`token = "${ghToken()}"\n`).toString('base64')}`,
  `{"cfg": "{\\"token\\": \\"${ghToken()}\\"}"}`,
  `url=https://x.invalid/?t=${encodeURIComponent(`${ghToken()}+/=`)}`,
  `password: ${fake.alnum(12)}9!`,
  `postgres://app:${fake.alnum(16)}@db.internal:5432/app`,
  '// ai-secret-guard:allow',
  '# ai-secret-guard:allow-next-line',
  'const x = 1;',
  'const naïve = "ü";',
  '\n',
  '\n',
  '\r\n',
  ' ',
  '"',
  fake.alnum(36),
];

/** A multi-line rule whose secret stands lines below its keyword, with a short span so parts fall on both sides of it. */
const sectionRule: Rule = {
  id: 'test-vault-section',
  title: 'Vault section password',
  provider: 'Test',
  keywords: ['[vault]'],
  pattern: /\[vault\][^[]{0,120}?passcode: (?<secret>[A-Za-z0-9]{12,40})/,
  multiline: { maxSpan: 160 },
  confidence: 'high',
  envVar: 'VAULT_PASSCODE',
  docs: 'https://example.invalid',
  examples: { positives: () => [], negatives: [] },
};
fragments.push('[vault]', `passcode: ${fake.alnum(16)}`, '\nuser: app\n');

const fullDetector = new Detector([...builtinRules, sectionRule], { maxLineLength: 200, longLineWindow: 60 });
/** Without the 16 KB PEM rules the reach is short, so random texts hold many parts beyond each other's margins. */
const shortSpanDetector = new Detector([...builtinRules.filter((r) => !r.multiline), sectionRule], {
  maxLineLength: 200,
  longLineWindow: 60,
});

/** Each offset moved to the next line start, ascending, with the text's ends. */
function lineCuts(text: string, offsets: readonly number[]): number[] {
  const cuts = offsets.map((o) => {
    if (o === 0 || text[o - 1] === '\n') return o;
    const nl = text.indexOf('\n', o);
    return nl === -1 ? text.length : nl + 1;
  });
  return [0, ...cuts.sort((a, b) => a - b), text.length];
}

function scanInParts(detector: Detector, text: string, bounds: readonly number[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 1 < bounds.length; i++)
    out.push(...scanPart(detector, text, bounds[i]!, bounds[i + 1]!, { path: 'app/config.ts' }));
  return out;
}

const arbText = (maxLength: number) =>
  fc.array(fc.constantFrom(...fragments), { maxLength }).map((parts) => parts.join(''));

describe('scanning in parts', function () {
  this.timeout(120_000);

  it('finds in parts cut at random line starts exactly what one scan finds', () => {
    assert.ok(partReach(shortSpanDetector) < 600, 'the short-span detector keeps its margins short');
    fc.assert(
      fc.property(
        arbText(120).chain((text) =>
          fc.tuple(fc.constant(text), fc.array(fc.nat({ max: text.length }), { maxLength: 8 })),
        ),
        ([text, offsets]) => {
          const whole = shortSpanDetector.scan(text, { path: 'app/config.ts' });
          assert.deepEqual(scanInParts(shortSpanDetector, text, lineCuts(text, offsets)), whole);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps PEM blocks, wrapped and suppressed findings whole when cuts fall inside, before and after them', () => {
    // Filler longer than the 16 KB PEM rules' margins, so the parts' margins do not cover the whole text.
    const filler = Array.from({ length: 1600 }, (_, i) => `const v${i} = compute(${i});`).join('\n') + '\n';
    assert.ok(filler.length > partReach(fullDetector));
    fc.assert(
      fc.property(
        fc.array(arbText(12), { minLength: 2, maxLength: 4 }).chain((pieces) => {
          const text = pieces.join(filler);
          return fc.tuple(fc.constant(text), fc.array(fc.nat({ max: text.length }), { maxLength: 6 }));
        }),
        ([text, offsets]) => {
          const whole = fullDetector.scan(text, { path: 'app/config.ts' });
          // Cuts at the random offsets and on both sides of every line that holds a finding's start.
          const near = whole.flatMap((f) => [f.start, Math.max(0, f.start - 1), f.end]);
          assert.deepEqual(scanInParts(fullDetector, text, lineCuts(text, [...offsets, ...near])), whole);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('cuts at line starts into the asked number of parts, empty ones where a line is longer than a share', () => {
    const text = 'ab\ncd\nef\ngh\n';
    assert.deepEqual(partBounds(text, 2), [0, 6, 12]);
    assert.deepEqual(partBounds(text, 4), [0, 3, 6, 9, 12]);
    assert.deepEqual(partBounds('x'.repeat(100), 3), [0, 100, 100, 100]);
    assert.deepEqual(sliceBounds(text, 5), [0, 6, 9, 12]);
    assert.deepEqual(sliceBounds('', 5), [0, 0]);
  });

  it('gives per part of a file the findings, lines, columns and fingerprints of one scan of it', () => {
    // Long enough that parts lie beyond each other's margins; CRLF and lone CR line breaks, 2-, 3- and 4-byte characters.
    const filler = Array.from({ length: 400 }, (_, i) => `let w${i} = ${i}; // ünïcode € 😀`).join('\r\n') + '\r\n';
    const encodings: readonly ((text: string) => Buffer)[] = [
      (text) => Buffer.from(text),
      (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      // Invalid UTF-8 (a lone continuation byte) and a U+FEFF at a line start: decoded whole.
      (text) => Buffer.concat([Buffer.from(text), Buffer.from([0x0a, 0x80, 0x0a])]),
      (text) => Buffer.from(text.replace(/\n/g, '\n\ufeff')),
    ];
    fc.assert(
      fc.property(
        fc.array(arbText(10), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(...encodings),
        fc.boolean(),
        (pieces, count, encode, allowSome) => {
          const bytes = encode(pieces.join(filler) + '\rtail\r');
          // An allowlist accepting the secrets on lines mentioning "token", to check the allowed counts add up.
          const allows = allowSome ? (_secret: string, line: string) => line.includes('token') : undefined;
          const whole = scanBytes(shortSpanDetector, 'src/a.ts', bytes, 1 << 20, allows);
          const parts = Array.from({ length: count }, (_, index) =>
            scanBytesPart(shortSpanDetector, 'src/a.ts', bytes, 1 << 20, { index, count }, allows),
          );
          assert.deepEqual(joinParts(parts), whole);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('skips a binary file in every part alike', () => {
    const bytes = Buffer.from(`token = "${ghToken()}"\n\0\n`);
    const parts = [0, 1].map((index) => scanBytesPart(fullDetector, 'b.bin', bytes, 1 << 20, { index, count: 2 }));
    assert.deepEqual(joinParts(parts), scanBytes(fullDetector, 'b.bin', bytes, 1 << 20));
    assert.equal(joinParts(parts).skipped?.reason, 'binary');
  });
});
