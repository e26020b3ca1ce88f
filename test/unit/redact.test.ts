import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fingerprint, redact } from '../../src/core/redact';
import { crc32, hasValidGithubStyleChecksum, toBase62 } from '../../src/core/rules/checksum';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

describe('redact', () => {
  it('shows at most four characters and the length', () => {
    assert.equal(redact('ghp_' + 'a1B2'.repeat(9)), 'ghp_…(40 chars)');
    assert.equal(redact('abcdefgh'), 'ab…(8 chars)');
    assert.equal(redact('abc'), '…(3 chars)');
  });
  it('never shows line breaks', () => {
    assert.equal(redact('\n\n\nabcdefghijklmnop'), '   a…(19 chars)');
  });
});

describe('fingerprint', () => {
  it('depends on rule and value only', () => {
    assert.equal(fingerprint('r', 'v'), fingerprint('r', 'v'));
    assert.notEqual(fingerprint('r', 'v'), fingerprint('s', 'v'));
    assert.notEqual(fingerprint('r', 'v'), fingerprint('r', 'w'));
    assert.match(fingerprint('r', 'v'), /^[0-9a-f]{32}$/);
  });
  it('is the SHA-256 of rule id, NUL and value that baselines hold, for any characters', () => {
    // Baselines written before the one-shot hash must still match: the same bytes hashed.
    for (const value of ['v', 'p\u00e4ss\u00f6rd', '\u{1f511}key', 'x'.repeat(300)]) {
      const expected = createHash('sha256').update('generic-secret').update('\0').update(value).digest('hex');
      assert.equal(fingerprint('generic-secret', value), expected.slice(0, 32));
    }
  });
});

describe('checksums', () => {
  it('computes CRC-32 (IEEE) check value', () => {
    assert.equal(crc32('123456789'), 0xcbf43926);
  });
  it('encodes base62 with padding', () => {
    assert.equal(toBase62(0, 6), '000000');
    assert.equal(toBase62(61, 2), '0z');
    assert.equal(toBase62(62, 2), '10');
  });
  it('accepts generated GitHub-format tokens and rejects altered ones', () => {
    const fake = new FakeTokens(11);
    for (let i = 0; i < 200; i++) {
      const token = fake.githubStyle('ghp_');
      assert.equal(hasValidGithubStyleChecksum(token), true);
      const flipped = token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);
      assert.equal(hasValidGithubStyleChecksum(flipped), false);
    }
  });
});
