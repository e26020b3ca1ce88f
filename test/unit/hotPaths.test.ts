import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { fileKindOf } from '../../src/core/fileKind';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeCandidate } from '../../src/core/rules/judge/judge';
import { serviceRules } from '../../src/core/rules/services/serviceRules';
import {
  type NameHit,
  serviceEntries,
  ServiceIndex,
  splitWords,
  wordBounds,
} from '../../src/core/rules/services/serviceTable';
import type { MatchContext } from '../../src/core/rules/types';
import { decodeBase64Text } from '../../src/core/rules/valueChecks';

const SERVICES = serviceEntries();

// Checks that run on every candidate of a hostile file (a page of `password=…` lines, a one-line
// bundle of JSON-escaped keys, a line of service names): each gives the answers its plain
// definition gives, and does no more work than its shortcut allows (counted reads, never a clock).
// Values are built at runtime (FakeTokens, Buffer), never a literal credential.

/** A string whose character reads and conversions to a primitive (what a regex test does) are counted. */
class Counted extends String {
  reads = 0;
  constructor(private readonly plain: string) {
    super(plain);
  }
  override charCodeAt(i: number): number {
    this.reads++;
    return this.plain.charCodeAt(i);
  }
  override toString(): string {
    this.reads += this.plain.length;
    return this.plain;
  }
  override valueOf(): string {
    this.reads += this.plain.length;
    return this.plain;
  }
}

/** decodeBase64Text as first written, on Buffer: the definition the one-pass decoder must keep. */
function decodeBase64TextByBuffer(value: string): string | undefined {
  const unpadded = value.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(unpadded)) return undefined;
  const standard = unpadded.replace(/-/g, '+').replace(/_/g, '/');
  const buf = Buffer.from(standard, 'base64');
  if (buf.length === 0 || buf.toString('base64').replace(/=+$/, '') !== standard) return undefined;
  const text = buf.toString('latin1');
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

describe('hot paths: same answers, bounded work', () => {
  it('decodeBase64Text decodes as Buffer does: canonical base64 of printable text, either alphabet', () => {
    const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
    const anyChars = fc.string({ unit: fc.constantFrom(...(b64 + '= .\u00e9\n').split('')), maxLength: 20 });
    const encoded = fc
      .tuple(
        fc.string({
          unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)),
          minLength: 1,
          maxLength: 15,
        }),
        fc.constantFrom('base64', 'base64url'),
        fc.nat(3),
      )
      .map(([text, alphabet, cut]) =>
        Buffer.from(text, 'latin1')
          .toString(alphabet as BufferEncoding)
          .slice(0, cut === 3 ? -1 : undefined),
      );
    fc.assert(
      fc.property(fc.oneof(anyChars, encoded), (value) =>
        assert.equal(decodeBase64Text(value), decodeBase64TextByBuffer(value), JSON.stringify(value)),
      ),
      { numRuns: 20_000, seed: 31 },
    );
  });

  it('decodeBase64Text stops at the first byte that is not printable text', () => {
    // "////" decodes to 0xff bytes: a long value of them is rejected after its first group.
    const value = new Counted('////'.repeat(250));
    assert.equal(decodeBase64Text(value as unknown as string), undefined);
    assert.ok(value.reads <= 4, `${value.reads} characters read`);
  });

  it('the judge looks at no value too short to be strong where only a strong one counts (documentation)', () => {
    const fake = new FakeTokens(7);
    const judge = (path: string, value: string) => {
      const line = `password=${value}`;
      const counted = new Counted(value);
      const context: MatchContext = { path, file: fileKindOf(path), line, matchIndex: 0 };
      const candidate = { name: 'password', quoted: false, context, nameStart: 0, valueEnd: line.length };
      const verdict = judgeCandidate({ ...candidate, value: counted as unknown as string });
      assert.deepEqual(verdict, judgeCandidate({ ...candidate, value }), 'the same verdict on a plain string');
      return { verdict, reads: counted.reads };
    };
    for (let i = 0; i < 50; i++) {
      const short = fake.alnum(8 + (i % 8));
      assert.deepEqual(judge('docs/setup.md', short), { verdict: false, reads: 0 }, short);
      // Elsewhere the same value is judged.
      assert.ok(judge('config/app.env', short).reads > 0);
    }
    // Long enough to be strong, a documented value is still judged, and a strong one is reported.
    const strong = judge('docs/setup.md', fake.alnum(24));
    assert.ok(strong.reads > 0);
    assert.notEqual(strong.verdict, false);
  });

  it('the service-name lookup splits words where the word pattern does (splitWords)', () => {
    const chars = fc.constantFrom(...'aZbYcAB09_- .:/\u00e9\u0130\u212a'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 40 }), (text) => {
        // Read back right away: the bounds live in buffers the next split reuses.
        const { count, starts, ends } = wordBounds(text);
        const found = Array.from({ length: count }, (_, i) => [starts[i], ends[i]]);
        const bounds = splitWords(text).map((w) => [w.start, w.end]);
        assert.deepEqual(found, bounds, JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 32 },
    );
  });

  it('the service-name lookup finds the names the word-run definition finds, and stops where they end too far back', () => {
    const index = new ServiceIndex(SERVICES);
    const keys = SERVICES.flatMap((e) => e.forms);
    // The lookup as first written: every run of up to four adjacent words, built and joined afresh.
    const byKey = new Map<string, number[]>();
    SERVICES.forEach((e, i) =>
      e.forms.forEach((f) =>
        // An ampersand initialism's letters (`w b` of W&B) joined are another word: no key.
        new Set([f, /^(?:[a-z] )+[a-z]$/.test(f) ? f : f.replace(/ /g, '')]).forEach((k) =>
          byKey.set(k, [...(byKey.get(k) ?? []), i]),
        ),
      ),
    );
    const reference = (text: string) => {
      const words = splitWords(text);
      const hits: { entry: number; start: number; end: number }[] = [];
      for (let i = words.length - 1; i >= 0 && hits.length < 3; i--) {
        for (let n = 1; n <= 4 && i - n + 1 >= 0; n++) {
          const run = words.slice(i - n + 1, i + 1);
          const prev = words[i - n];
          if (prev !== undefined && prev.end === run[0]!.start && /^[A-Z0-9]/.test(text.charAt(prev.start))) continue;
          const joins = (gap: string) => /^[\s_.'&-]{0,2}$/.test(gap) || gap === ' & ';
          if (!run.every((w, k) => k === 0 || joins(text.slice(run[k - 1]!.end, w.start)))) break;
          const entries = byKey.get(run.map((w) => w.text).join(' ')) ?? byKey.get(run.map((w) => w.text).join(''));
          const start = run[0]!.start;
          const end = run[run.length - 1]!.end;
          if (entries && !hits.some((h) => h.start < end && start < h.end))
            for (const entry of [...new Set(entries)]) hits.push({ entry, start, end });
        }
      }
      return hits;
    };
    const piece = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom(...keys).map((k) => k.toUpperCase().replace(/ /g, '_')),
      fc.constantFrom(...keys).map((k) => k.replace(/(^| )(\w)/g, (_, _space: string, c: string) => c.toUpperCase())),
      fc.constantFrom(' ', '_', '-', '.', "'", '  ', ' - ', '&', ' & ', '":"', 'Api', 'KEY', 'x', '7', 'token'),
    );
    const found = (hits: readonly NameHit[]) =>
      hits.map((h) => ({ entry: SERVICES.indexOf(h.entry), start: h.start, end: h.end }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(60), (parts, back) => {
        const text = parts.join('');
        assert.deepEqual(found(index.namesIn(text)), reference(text), JSON.stringify(text));
        // Names ending near the end only: those of the whole lookup that end there.
        const minEnd = text.length - back;
        assert.deepEqual(
          found(index.namesIn(text, 3, minEnd)),
          reference(text).filter((h) => h.end >= minEnd),
          `${JSON.stringify(text)} from ${minEnd}`,
        );
      }),
      { numRuns: 5000, seed: 32 },
    );
  });

  it('a long line of service names costs the next-line rule a gate call per name, tries only near its end', () => {
    const nextLine = serviceRules.find((r) => r.id === 'service-key-next-line')!;
    const names = [...new Set(nextLine.keywords)].slice(0, 400).join(' ');
    for (const text of [names, `${names}\n${names}`]) {
      const detector = new Detector([nextLine]);
      detector.scan(text);
      // Each try of the pattern from a keyword counts the 64-character lookbehind it walks: tried
      // from every name, the work is several times the text's length.
      assert.ok(detector.work <= text.length / 4, `work ${detector.work} for ${text.length} characters`);
    }
    // A head line naming the service, the key under it, still found: the gate passes a break within reach.
    const key = new FakeTokens(3).hex(32);
    assert.equal(new Detector([nextLine]).scan(`[mailjet]\nkey = ${key}\n`).length, 1);
  });
});
