import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { pemBodies, sameBodiesAfterEdit } from '../../src/core/rules/judge/pemBlocks';
import { assertRescansEqualScans } from './rescanProperty';

// A PEM block is one finding: its base64 body lines are part of the key, not secrets of their own
// (a file named for its secret, `secrets/root_ca_key`, used to give one finding per body line).
// Keys and lines are built at runtime (FakeTokens), never committed.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x7e3);
const SECRET_FILE = 'ca/testdata/secrets/root_ca_key';

function found(text: string, path = SECRET_FILE): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('PEM block bodies', () => {
  it('finds the body between a BEGIN line and its END line, headers included', () => {
    const key = fake.pem('EC PRIVATE KEY', 3);
    const text = `x\n${key}\ny\n`;
    const start = text.indexOf('\n', text.indexOf('-----BEGIN')) + 1;
    assert.deepEqual(pemBodies(text), [start, text.indexOf('-----END')]);
    const encrypted = key.replace(
      '-----\n',
      `-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fake.hex(32)}\n\n`,
    );
    assert.equal(pemBodies(encrypted).length, 2, 'RFC 1421 headers and the blank line after them');
    assert.equal(pemBodies(`${key}\r\n`.replace(/\n/g, '\r\n')).length, 2, 'CRLF lines');
    assert.equal(pemBodies(`${key}\n${fake.pem('CERTIFICATE', 2)}`).length, 4, 'two blocks');
  });

  it('counts only a well-formed block with markers on their own lines', () => {
    const body = fake.base64(64);
    for (const text of [
      `-----BEGIN PRIVATE KEY-----\n${body}\n`, // no END
      `-----BEGIN PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`, // another label
      `-----BEGIN CONFIG-----\napi_token = ${body}\n-----END CONFIG-----\n`, // not base64
      `key = "-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----"\n`, // marker inside code
      `-----BEGIN PRIVATE KEY-----`,
      '',
    ])
      assert.deepEqual(pemBodies(text), [], JSON.stringify(text.slice(0, 40)));
  });

  it('reports a key in a file named for its secret once, not once per body line', () => {
    const key = fake.pem('EC PRIVATE KEY', 3);
    assert.deepEqual(found(`${key}\n`), ['private-key']);
    const encrypted = key.replace(
      '-----\n',
      `-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fake.hex(32)}\n\n`,
    );
    assert.deepEqual(found(`${encrypted}\n`), ['private-key']);
    // A public certificate's body lines are no secret at all.
    assert.deepEqual(found(`${fake.pem('CERTIFICATE', 3)}\n`), []);
    // The bare value such a file holds is still found, and so is one after a key.
    const token = fake.alnum(40);
    assert.deepEqual(found(`${token}\n`), ['secret-file-value']);
    assert.deepEqual(found(`${key}\n${token}\n`), ['private-key', 'secret-file-value']);
  });

  it('says whether bodies after an edit are those before, moved', () => {
    const before = [10, 20, 40, 50];
    assert.equal(sameBodiesAfterEdit(before, [10, 20, 43, 53], 30, 30, 33), true, 'an insertion between them');
    assert.equal(sameBodiesAfterEdit(before, [12, 22, 42, 52], 0, 1, 3), true, 'an edit before both');
    assert.equal(sameBodiesAfterEdit(before, before, 60, 61, 61), true, 'an edit after both');
    assert.equal(sameBodiesAfterEdit(before, [10, 21, 41, 51], 15, 15, 16), false, 'an edit inside a body');
    assert.equal(sameBodiesAfterEdit(before, [40, 50], 30, 30, 30), false, 'a block unmade');
    assert.equal(sameBodiesAfterEdit([], [], 0, 0, 5), true);
  });

  it('rescans the whole text when an edit closes a block: its body lines are no findings of their own', () => {
    // Built at runtime: random base64 lines under a BEGIN line, then the END line typed below them.
    let body = '';
    for (let i = 0; i < 8; i++) body += `${fake.base64(64)}\n`;
    const text = `-----BEGIN EC PRIVATE KEY-----\n${body}`;
    const context = { path: SECRET_FILE };
    const open = detector.scan(text, { ...context, willRescan: true });
    const next = `${text}-----END EC PRIVATE KEY-----\n`;
    const closed = detector.rescan(
      next,
      open,
      { start: text.length, oldEnd: text.length, newEnd: next.length },
      context,
    );
    assert.ok(open.length > 1, 'the open block is read line by line');
    assert.deepEqual(closed, detector.scan(next, context));
    assert.equal(closed.length, 1);
  });

  it('rescans equal full scans after random edits that make, break and move PEM blocks', function () {
    this.timeout(60_000);
    const fragments = [
      '-----BEGIN EC PRIVATE KEY-----',
      '-----END EC PRIVATE KEY-----',
      '-----BEGIN CERTIFICATE-----',
      '-----END CERTIFICATE-----',
      'Proc-Type: 4,ENCRYPTED',
      fake.base64(64),
      fake.base64(64),
      fake.alnum(40),
      `token = "${fake.alnum(32)}"`,
      '\n',
      '\n',
      '\n',
      ' ',
      '-',
    ];
    assertRescansEqualScans(detector, fragments, {
      paths: [SECRET_FILE, 'src/keys.txt'],
      maxFragments: 24,
      seed: 20261207,
    });
  });
});
