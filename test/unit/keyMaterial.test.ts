import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { base58CheckPayload, decodeBase58, encodeBase58, encodeBase58Check } from '../../src/core/rules/base58';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import {
  byteValues,
  escapedByteValues,
  isKeyMaterialName,
  isRandomKeyBytes,
  isRandomKeyHex,
} from '../../src/core/rules/providers/keyMaterialChecks';

// Every key below is generated at runtime by FakeTokens (or is a published test value built from a
// repeated word); nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x6b6d);

function ruleIds(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

function randomBytes(n: number): Buffer {
  return Buffer.from(fake.hex(n * 2), 'hex');
}

function counting(n: number): Buffer {
  return Buffer.from([...Array(n).keys()]);
}

describe('key material: shared checks', () => {
  it('round-trips Base58 with leading zero bytes and rejects a changed Base58Check string', () => {
    const payload = Buffer.concat([Buffer.alloc(2), randomBytes(30)]);
    assert.deepEqual(Buffer.from(decodeBase58(encodeBase58(payload))!), payload);
    const checked = encodeBase58Check(payload);
    assert.deepEqual(Buffer.from(base58CheckPayload(checked)!), payload);
    const changed = checked.slice(0, -1) + (checked.endsWith('2') ? '3' : '2');
    assert.equal(base58CheckPayload(changed), undefined);
    assert.equal(decodeBase58('0OIl'), undefined);
  });

  it('tells generated key bytes from zero keys, counting test vectors and short values', () => {
    assert.equal(isRandomKeyBytes(randomBytes(32)), true);
    assert.equal(isRandomKeyBytes(Buffer.alloc(32)), false);
    assert.equal(isRandomKeyBytes(counting(32)), false);
    assert.equal(isRandomKeyBytes(randomBytes(8)), false);
  });

  it('rejects any constant byte step: SIM test cards (00 11 22 ...) and nibble runs (01 23 45 ...)', () => {
    const stepped = (n: number, step: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * step) & 0xff));
    assert.equal(isRandomKeyBytes(stepped(16, 0x11)), false);
    assert.equal(isRandomKeyBytes(stepped(32, 0x22)), false);
    assert.equal(isRandomKeyHex('0123456789abcdef'.repeat(2)), false);
    // A generated key keeps passing whatever its length.
    for (const n of [16, 20, 32, 64]) assert.equal(isRandomKeyHex(fake.hex(n * 2)), true);
  });

  it('parses byte lists in hex, decimal and Java casts, and escaped byte strings', () => {
    assert.deepEqual([...byteValues('0x0a, 255, (byte) 0xff,(byte)0x10')!], [10, 255, 255, 16]);
    assert.equal(byteValues('0x0a, 256'), undefined);
    assert.equal(byteValues('0x0a, size'), undefined);
    assert.deepEqual([...escapedByteValues(String.raw`\x41B\n\\`)], [0x41, 0x42, 10, 0x5c]);
  });

  it('reads key names, and not public, derived or test names', () => {
    for (const name of ['aes_key', 'KEY', 'app.secret_key', 'PASSWORD_PEPPER', 'hmacKey', 'SECRET'])
      assert.equal(isKeyMaterialName(name), true, name);
    for (const name of ['public_key', 'iv', 'key_hash', 'test_key', 'pngMagic', 'sbox', 'KEY_LENGTH'])
      assert.equal(isKeyMaterialName(name), false, name);
  });
});

describe('key material: detection', () => {
  const hexList = (bytes: Buffer) => [...bytes].map((b) => '0x' + b.toString(16).padStart(2, '0')).join(', ');

  it('finds a key-named byte array and skips a table or a test vector', () => {
    assert.deepEqual(ruleIds(`var aesKey = []byte{${hexList(randomBytes(32))}}\n`, 'crypt/key.go'), ['key-byte-array']);
    assert.deepEqual(ruleIds(`var sbox = []byte{${hexList(randomBytes(32))}}\n`, 'crypt/aes.go'), []);
    assert.deepEqual(ruleIds(`var aesKey = []byte{${hexList(counting(32))}}\n`, 'crypt/key.go'), []);
  });

  it('finds a generated recovery phrase and skips published test phrases and prose', () => {
    const words = 'timber orbit gadget velvet crane puzzle silent hover rapid ozone tackle mirror'.split(' ');
    assert.deepEqual(ruleIds(`MNEMONIC="${words.join(' ')}"\n`, '.env'), ['bip39-mnemonic']);
    assert.deepEqual(ruleIds(`MNEMONIC="${'test '.repeat(11)}junk"\n`, '.env'), []);
    assert.deepEqual(ruleIds(`mnemonic: "${'abandon '.repeat(11)}about"\n`, 'config.yaml'), []);
    // Twelve words from a longer sentence: cut from prose.
    assert.deepEqual(ruleIds(`mnemonic: ${words.join(' ')} carry on\n`, 'notes.md'), []);
  });

  it('finds a JWK only when it holds a private member', () => {
    const b = (n: number) => randomBytes(n).toString('base64url');
    const pub = `"kty": "EC", "crv": "P-256", "x": "${b(32)}", "y": "${b(32)}"`;
    assert.deepEqual(ruleIds(`{${pub}}\n`, 'jwks.json'), []);
    assert.deepEqual(ruleIds(`{${pub}, "d": "${b(32)}"}\n`, 'jwk.json'), ['jwk-private-key']);
  });

  it('reads a salt stored beside its hash as data, an application salt as a secret', () => {
    assert.deepEqual(ruleIds(`  'salt' => '${fake.hex(64)}',\n`, 'config/app.php'), ['secret-salt-assignment']);
    const record = `{"salt": "${fake.base64url(22)}", "hash": "${fake.base64url(43)}"}\n`;
    assert.deepEqual(ruleIds(record, 'data/users.json'), []);
  });
});
