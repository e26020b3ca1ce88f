import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeText } from '../../src/core/textDecoding';
import { decodeFast } from '../../src/scan/decodeFast';
import { readCapped } from '../../src/scan/readCapped';

describe('reading a file for the scan', () => {
  let dir: string;
  const file = (name: string, bytes: Uint8Array) => {
    const abs = path.join(dir, name);
    writeFileSync(abs, bytes);
    return abs;
  };
  // Deterministic bytes: each file's content differs at every offset, so a misplaced chunk shows.
  const bytes = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251);

  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'asg-read-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the whole file when it fits the limit, below and above the first read (256 KB)', () => {
    for (const n of [0, 1, 4095, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 700_000]) {
      const content = bytes(n, n % 13);
      assert.deepEqual(new Uint8Array(readCapped(file(`f${n}`, content), 1 << 20)!), content, `${n} bytes`);
    }
  });

  it('keeps each result apart from the next read (the first-read buffer is reused)', () => {
    const first = readCapped(file('a', bytes(100, 1)), 1000)!;
    readCapped(file('b', bytes(100, 2)), 1000);
    assert.deepEqual(new Uint8Array(first), bytes(100, 1));
  });

  it('answers undefined for a file over the limit, small or large, and not at the limit', () => {
    assert.equal(readCapped(file('small', bytes(11)), 10), undefined);
    assert.equal(readCapped(file('large', bytes(600_000)), 300_000), undefined);
    assert.equal(readCapped(file('exact', bytes(300_000)), 300_000)!.length, 300_000);
    assert.equal(readCapped(file('tiny', bytes(10)), 10)!.length, 10);
  });

  it('throws the system error for a missing file or a folder', () => {
    assert.throws(() => readCapped(path.join(dir, 'missing'), 100), { code: 'ENOENT' });
    mkdirSync(path.join(dir, 'folder'));
    assert.throws(() => readCapped(path.join(dir, 'folder'), 100), { code: 'EISDIR' });
  });
});

describe('decoding a file for the scan', () => {
  const cases: [string, Uint8Array][] = [
    ['empty', new Uint8Array(0)],
    ['ASCII source', Buffer.from('const a = 1;\r\nexport { a };\n')],
    ['ASCII with a NUL (binary)', Buffer.from('abc\0def')],
    ['UTF-8 text', Buffer.from('const café = "naïve ☕";\n')],
    ['UTF-8 with a byte-order mark', Buffer.from('\ufeffkey = value\n')],
    ['invalid UTF-8', Uint8Array.from([0x61, 0xc3, 0x28, 0x62])],
    ['UTF-16LE with a mark', Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00])],
    ['UTF-16BE with a mark', Uint8Array.from([0xfe, 0xff, 0x00, 0x61, 0x00, 0x62])],
    ['UTF-32BE with a mark', Uint8Array.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x61])],
    ['every ASCII byte but NUL', Uint8Array.from({ length: 127 }, (_, i) => i + 1)],
  ];
  for (const [name, input] of cases) {
    it(`gives decodeText's answer: ${name}`, () => {
      assert.equal(decodeFast(input), decodeText(input));
    });
  }

  it('decodes a view into a larger buffer by its own bytes only', () => {
    const whole = Buffer.from('xxhello worldyy');
    assert.equal(decodeFast(whole.subarray(2, 13)), 'hello world');
  });
});
