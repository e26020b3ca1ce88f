import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { KeywordMatcher } from '../../src/core/detect/prefilter';
import { builtinRules } from '../../src/core/rules';

/** Each matcher twice: through WebAssembly and through the JavaScript reference loop. */
const bothPaths = (keywords: string[]) => {
  const m = new KeywordMatcher(keywords);
  return [m, { keywords: m.keywords, scan: m.scanJs.bind(m) }];
};

function hits(matcher: Pick<KeywordMatcher, 'keywords' | 'scan'>, text: string): string[] {
  const out: string[] = [];
  matcher.scan(text, 0, text.length, (id, end) => out.push(`${matcher.keywords[id]}@${end}`));
  return out.sort();
}

function naive(keywords: string[], text: string): string[] {
  const out: string[] = [];
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  for (const kw of keywords) {
    for (let i = lower.indexOf(kw); i !== -1; i = lower.indexOf(kw, i + 1)) out.push(`${kw}@${i + kw.length}`);
  }
  return out.sort();
}

describe('KeywordMatcher (Aho-Corasick)', () => {
  it('finds overlapping and nested keywords, case-insensitively', () => {
    for (const m of bothPaths(['he', 'she', 'his', 'hers']))
      assert.deepEqual(hits(m, 'USHERS'), ['he@4', 'hers@6', 'she@4']);
  });

  it('agrees with a naive search on random texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'A', 'B', '_', '-', 'é');
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(fc.constantFrom('a', 'b', 'c', '_', '-'), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (keywords, text) => {
          for (const m of bothPaths(keywords)) assert.deepEqual(hits(m, text), naive(keywords, text));
        },
      ),
      { numRuns: 500, seed: 1 },
    );
  });

  it('scans only the requested range', () => {
    for (const m of bothPaths(['key'])) {
      const out: number[] = [];
      m.scan('key key key', 4, 7, (_, end) => out.push(end));
      assert.deepEqual(out, [7]);
    }
  });

  it('never hides a hit behind a character above U+00FF (it may add one)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
          { minLength: 1, maxLength: 6 },
        ),
        // U+0161 and U+0163 have the low bytes of 'a' and 'c'.
        fc.array(fc.constantFrom('a', 'b', 'c', 'š', 'ţ', '€'), { maxLength: 60 }).map((a) => a.join('')),
        (keywords, text) => {
          for (const m of bothPaths(keywords)) {
            const found = new Set(hits(m, text));
            for (const h of naive(keywords, text)) assert.ok(found.has(h), h);
          }
        },
      ),
      { numRuns: 300, seed: 2 },
    );
  });

  it('gives the same hits through WebAssembly as through the JavaScript loop, across chunk boundaries', () => {
    const keywords = ['token', 'ghp_', 'sk-ant-api03-', 'password', '://', 'a'];
    const m = new KeywordMatcher(keywords);
    const pieces = ['token', 'ghp_', 'sk-ant-api03-', 'PASSWORD', 'https://', 'x', ' ', '\n', 'é', 'š', 'ab'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 20000, maxLength: 40000 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.join('');
          const from = a % text.length;
          const to = from + (b % (text.length - from + 1));
          const viaWasm: string[] = [];
          const viaJs: string[] = [];
          m.scan(text, from, to, (id, end, line) => viaWasm.push(`${id}@${end} line ${line}`));
          m.scanJs(text, from, to, (id, end, line) => viaJs.push(`${id}@${end} line ${line}`));
          assert.deepEqual(viaWasm, viaJs);
        },
      ),
      { numRuns: 12, seed: 3, endOnFailure: true },
    );
  });

  it('reports each run of the encoded alphabet once, where its runLength-th character ends, the same through WebAssembly and JavaScript', () => {
    const m = new KeywordMatcher(['token'], { runLength: 24 });
    const runs = (text: string) => [...text.matchAll(/[A-Za-z0-9+/_-]{24,}/g)].map((r) => `${m.runId}@${r.index + 24}`);
    const pieces = ['token', 'QUJD', 'x', '+/', '_-', ' ', '\n', '=', 'é', '%2B'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 10000, maxLength: 30000 }), (parts) => {
        const text = parts.join('');
        const viaWasm: string[] = [];
        const viaJs: string[] = [];
        m.scan(text, 0, text.length, (id, end) => id === m.runId && viaWasm.push(`${id}@${end}`));
        m.scanJs(text, 0, text.length, (id, end) => id === m.runId && viaJs.push(`${id}@${end}`));
        assert.deepEqual(viaWasm, runs(text));
        assert.deepEqual(viaJs, viaWasm);
      }),
      { numRuns: 8, seed: 5, endOnFailure: true },
    );
  });

  it('gives the same hits, line starts and runs through WebAssembly as through JavaScript, however a chunk is cut in segments', () => {
    // The WebAssembly scan cuts a chunk of at least three times its longest keyword (or run length)
    // into segments scanned side by side, each started that far back: keywords, runs and lines
    // (few line breaks, some only as low bytes) straddle the cuts at every length and position.
    const cases = [
      { keywords: ['token', 'ghp_', 'password', 'a', 'aaaa', '://'], runLength: 8 },
      { keywords: ['ab', 'b'], runLength: 24 },
      { keywords: ['ab', 'bab', 'key'], runLength: undefined },
    ];
    const pieces = [
      'token',
      'ghp_',
      'PASSWORD',
      'pass',
      '://',
      'a',
      'aaaaaaa',
      'ab',
      'b',
      'QUJDREVG',
      'x',
      ' ',
      '=',
      'é',
      '\u010a',
      'key',
    ];
    for (const { keywords, runLength } of cases) {
      const m = new KeywordMatcher(keywords, { runLength });
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              { arbitrary: fc.constantFrom(...pieces), weight: 30 },
              { arbitrary: fc.constant('\n'), weight: 1 },
            ),
            {
              minLength: 20,
              maxLength: 600,
            },
          ),
          fc.nat(),
          (parts, a) => {
            const text = parts.join('');
            const from = text.lastIndexOf('\n', a % (text.length + 1)) + 1;
            const viaWasm: [number, string][] = [];
            const viaJs: [number, string][] = [];
            m.scan(text, from, text.length, (id, end, line) => viaWasm.push([end, `${id}@${end} line ${line}`]));
            m.scanJs(text, from, text.length, (id, end, line) => viaJs.push([end, `${id}@${end} line ${line}`]));
            // In order of end; the order of a run and a keyword ending together differs (and does not matter).
            viaWasm.forEach(([end], i) => assert.ok(i === 0 || end >= viaWasm[i - 1]![0]));
            const sorted = (hits: [number, string][]) => hits.map((h) => h[1]).sort();
            assert.deepEqual(sorted(viaWasm), sorted(viaJs));
          },
        ),
        { numRuns: 400, seed: 7 },
      );
    }
  });

  it('thins a run of overlapping hits of a `thin` keyword to what widening its first hit by the others gives', () => {
    // The caller's use of `thin` keywords (the detector's `widensOnly`): a hit of the same keyword
    // as the hit before, overlapping it, only moves that hit's end. Runs cross chunks and cuts.
    // Runs of 'aaaa' and 'abab' (each alone at its state) next to keywords that break them.
    const keywords = ['aaaa', 'abab', 'token', 'ba', 'aab', 'x'];
    const m = new KeywordMatcher(keywords, { runLength: 8 });
    const lengths = [...keywords.map((k) => k.length), 8];
    const widened = (hits: [number, number, number][], thin: Uint8Array) => {
      const out: [number, number, number, number][] = [];
      for (const [id, end, line] of hits) {
        const last = out[out.length - 1];
        if (last !== undefined && last[0] === id && end - lengths[id]! < last[2] && thin[id] === 1) last[2] = end;
        else out.push([id, end - lengths[id]!, end, line]);
      }
      return out;
    };
    let fewer = false;
    const pieces = ['aaaaaaa', 'a'.repeat(300), 'a', 'ab', 'abababab', 'b', 'x', '\n', 'token', 'é', '\u010a'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 500, maxLength: 1500 }),
        fc.array(fc.boolean(), { minLength: keywords.length + 1, maxLength: keywords.length + 1 }),
        fc.nat(),
        fc.nat(),
        (parts, flags, a, b) => {
          const text = parts.join('');
          const from = a % text.length;
          const to = from + (b % (text.length - from + 1));
          const thin = Uint8Array.from(flags, (f) => (f ? 1 : 0));
          const all: [number, number, number][] = [];
          const thinned: [number, number, number][] = [];
          m.scan(text, from, to, (id, end, line) => all.push([id, end, line]));
          m.scanThinned(thin, text, from, to, (id, end, line) => thinned.push([id, end, line]));
          assert.deepEqual(widened(thinned, thin), widened(all, thin));
          assert.ok(thinned.length <= all.length);
          fewer ||= thinned.length < all.length;
        },
      ),
      { numRuns: 30, seed: 11 },
    );
    assert.ok(fewer, 'some runs were thinned');
    // A run of A's hits 'aaaa' alone at every byte past its third: about one hit in three is
    // reported. (A state ending several keywords, as 'aaaa' with 'aa', is never thinned.)
    const run = new KeywordMatcher(['aaaa', 'token']);
    const text = 'x' + 'A'.repeat(100000) + 'x';
    let aaaa = 0;
    run.scanThinned(Uint8Array.of(1, 0), text, 0, text.length, (id) => (aaaa += id === 0 ? 1 : 0));
    assert.ok(aaaa > 0 && aaaa < 100000 / 2, `${aaaa} hits of aaaa`);
  });

  it("reports the start of each hit's line, even past characters whose low byte is a line feed", () => {
    const m = new KeywordMatcher(['key', 'ab']);
    // U+010A and U+0A0A have the low byte of \n; \r\n ends a line at the \n.
    const pieces = ['key', 'ab', 'x', ' ', '\n', '\r\n', '\u010a', '\u0a0a', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(), (parts, a) => {
        const text = parts.join('');
        const from = text.lastIndexOf('\n', a % (text.length + 1)) + 1; // callers start at a line start
        for (const scan of [m.scan.bind(m), m.scanJs.bind(m)]) {
          scan(text, from, text.length, (_, end, line) => {
            assert.equal(
              line,
              Math.max(from, text.lastIndexOf('\n', end - 1) + 1),
              `hit ending at ${end} in ${JSON.stringify(text)}`,
            );
          });
        }
      }),
      { numRuns: 1000, seed: 4 },
    );
  });

  it("builds the same automaton in WebAssembly as in JavaScript from the catalogue's keywords", () => {
    const keywords = [...new Set(builtinRules.flatMap((r) => r.keywords))];
    const m = new KeywordMatcher(keywords, { runLength: 16 });
    // Pieces: catalogue keywords in both cases, encoded runs, line breaks and code units whose low
    // byte is a keyword character or a line feed.
    // Matching folds ASCII case only: a keyword's other letters keep their case (`haslo`'s Polish `ł`).
    const asciiUpper = (k: string) => k.replace(/[a-z]/g, (c) => c.toUpperCase());
    const pieces = [...keywords.slice(0, 400), ...keywords.slice(-200).map(asciiUpper)];
    const noise = ['QUJDREVGR0hJSktMTU5PUA', ' ', '\n', '=', '\u0161', '\u010a', '_', '-', '.', 'x', '('];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...noise)), { maxLength: 400 }),
        (parts) => {
          const text = parts.join('');
          const viaWasm: string[] = [];
          const viaJs: string[] = [];
          m.scan(text, 0, text.length, (id, end, line) => viaWasm.push(`${id}@${end} line ${line}`));
          m.scanJs(text, 0, text.length, (id, end, line) => viaJs.push(`${id}@${end} line ${line}`));
          assert.ok(viaWasm.length > 0 || parts.every((p) => noise.includes(p)));
          assert.deepEqual(viaWasm.sort(), viaJs.sort());
        },
      ),
      { numRuns: 200, seed: 6 },
    );
  });

  it('ships WebAssembly assembled from the current prefilter.wat', () => {
    const r = spawnSync(process.execPath, [path.join(__dirname, '../../../scripts/buildPrefilterWasm.js'), '--check'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
  });

  it('never hides a hit of a keyword with characters above U+00FF (non-Latin words), through either path', () => {
    // U+0430 and U+0410 share no low byte; U+0130 and U+0230 have the low byte of U+0430.
    const chars = [
      '\u043f',
      '\u0430',
      '\u0440',
      '\u5bc6',
      '\u7801',
      '\u0142',
      'a',
      'B',
      '0',
      '\u0130',
      '\u0230',
      '\u0410',
    ];
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc
            .array(fc.constantFrom('\u043f', '\u0430', '\u0440', '\u5bc6', '\u7801', '\u0142', 'a', '0'), {
              minLength: 1,
              maxLength: 3,
            })
            .map((a) => a.join('')),
          { minLength: 1, maxLength: 6 },
        ),
        fc.array(fc.constantFrom(...chars), { maxLength: 60 }).map((a) => a.join('')),
        (keywords, text) => {
          for (const m of bothPaths(keywords)) {
            const found = new Set<string>();
            m.scan(text, 0, text.length, (id, end) => found.add(`${keywords[id]}@${end}`));
            for (const h of naive(keywords, text)) assert.ok(found.has(h), h);
          }
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });

  it('rejects keywords it cannot match', () => {
    assert.throws(() => new KeywordMatcher(['Key']), /lowercase/);
    assert.throws(() => new KeywordMatcher(['clé']), /ASCII/);
    assert.throws(() => new KeywordMatcher(['key', '']), /empty/);
  });
});
