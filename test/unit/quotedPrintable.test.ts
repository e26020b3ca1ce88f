import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { decodeQuotedPrintable, isQuotedPrintableMail } from '../../src/core/detect/quotedPrintable';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { scanPart } from '../../src/core/scanParts';

const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x9e11);

/** A mail whose body is quoted-printable: `=` written `=3D`, long lines soft-broken at 76. */
function mail(body: string, encoding = 'quoted-printable'): string {
  return [
    'From: Ana <ana@acmecorp.net>',
    'To: ops@acmecorp.net',
    'Subject: pilot access',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    `Content-Transfer-Encoding: ${encoding}`,
    '',
    body,
    '',
  ].join('\n');
}

// Fake key built at run time (not a usable credential).
const key = 'sk' + '-ant-api03-' + fake.base64url(93) + 'AA';
const split = `Here is the key (header x-api-key): ${key.slice(0, 30)}=\n${key.slice(30, 100)}=\n${key.slice(100)}\n\nThanks`;

describe('quoted-printable mail', () => {
  it('recognises the declared encoding only', () => {
    assert.equal(isQuotedPrintableMail(mail('hi')), true);
    assert.equal(isQuotedPrintableMail(mail('hi', '7bit')), false);
    assert.equal(isQuotedPrintableMail('the word quoted-printable in prose'), false);
    assert.equal(isQuotedPrintableMail("msg = 'Content-Transfer-Encoding: quoted-printable'\n"), false);
    // Saved mail, or a path that says nothing; never source code or structured data.
    assert.equal(isQuotedPrintableMail(mail('hi'), 'inbox/reset.eml'), true);
    assert.equal(isQuotedPrintableMail(mail('hi'), 'notes/thread.txt'), true);
    assert.equal(isQuotedPrintableMail(mail('hi'), 'src/mailer/template.ts'), false);
    assert.equal(isQuotedPrintableMail(mail('hi'), 'fixtures/mail.json'), false);
  });

  it('decodes soft breaks and =XX escapes, keeping where each character came from', () => {
    const source = 'pass=3Dab=\ncd e';
    const view = decodeQuotedPrintable(source)!;
    assert.equal(view.text, 'pass=abcd e');
    assert.equal(source[view.from[view.text.indexOf('c')]!], 'c');
    assert.equal(view.from[4], 4);
    assert.equal(decodeQuotedPrintable('nothing encoded = here\n'), undefined);
  });

  it('finds a key cut by soft line breaks, at its source range', () => {
    const text = mail(split);
    const f = detector.scan(text).find((x) => x.ruleId.includes('anthropic'));
    assert.ok(f, 'the split key is found');
    assert.equal(text.slice(f.start, f.end).replace(/=\n/g, ''), key);
  });

  it('leaves the same text unencoded mail alone (no soft breaks are undone)', () => {
    const text = mail(split, '7bit');
    assert.equal(
      detector.scan(text).some((x) => x.ruleId.includes('anthropic')),
      false,
    );
  });

  it('reads a password written with =3D as the password', () => {
    // Built at runtime from a word and random characters.
    const value = ['Light', 'house_'].join('') + fake.lowerAlnum(6);
    const text = mail(`The new credentials:\n\nhost=3Ddb.acmecorp.net\npassword=3D${value}\n`);
    const f = detector.scan(text).find((x) => text.slice(x.start, x.end).includes(value));
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), value);
  });

  it('gives parts, scanAtMost and rescans the findings of scan', () => {
    const text = mail(split);
    const whole = detector.scan(text);
    const mid = text.indexOf('\n', text.length >> 1) + 1;
    const parts = [
      ...scanPart(detector, text, 0, mid, undefined),
      ...scanPart(detector, text, mid, text.length, undefined),
    ];
    assert.deepEqual(parts, whole);
    assert.deepEqual(detector.scanAtMost(text, 100).findings, whole);
    const before = detector.scan(text, { willRescan: true });
    const edited = text.replace('Thanks', 'Thank you');
    const at = text.indexOf('Thanks');
    const after = detector.rescan(edited, before, { start: at, oldEnd: at + 6, newEnd: at + 9 });
    assert.deepEqual(after, detector.scan(edited));
  });

  it('rescans a mail whose header an edit turns to quoted-printable as the full scan does', () => {
    const plain = mail(split, '7bit');
    const before = detector.scan(plain, { willRescan: true });
    const at = plain.indexOf('7bit');
    const edited = plain.slice(0, at) + 'quoted-printable' + plain.slice(at + 4);
    const after = detector.rescan(edited, before, { start: at, oldEnd: at + 4, newEnd: at + 16 });
    assert.deepEqual(after, detector.scan(edited));
    assert.ok(after.length > before.length, 'the key cut by soft breaks is found once the body is decoded');
  });

  it('rescans a quoted-printable mail with nothing encoded yet as the full scan does once an edit encodes', () => {
    // The header stands untouched, away from the edit: only the body changes, by one soft break.
    const plain = mail(`Here is the key: ${key.slice(0, 50)}
${key.slice(50)}
`);
    assert.equal(decodeQuotedPrintable(plain), undefined);
    const before = detector.scan(plain, { willRescan: true });
    const at = plain.indexOf(key.slice(50)) - 1;
    const edited = plain.slice(0, at) + '=' + plain.slice(at);
    const after = detector.rescan(edited, before, { start: at, oldEnd: at, newEnd: at + 1 });
    assert.deepEqual(after, detector.scan(edited));
    assert.ok(
      after.some((f) => f.ruleId.includes('anthropic')),
      'the key joined by the soft break is found',
    );
  });

  it('rescans as the full scan does when an edit completes a quoted-printable header anywhere in it', () => {
    // Each edit (a character typed, deleted, or a line break) at every position of the header line and around it.
    const text = mail(split, 'quoted-printable');
    const line = text.indexOf('Content-Transfer-Encoding');
    const lineEnd = text.indexOf('\n', line);
    for (let at = line - 2; at <= lineEnd + 1; at++) {
      for (const [removed, insert] of [
        [1, ''],
        [0, ' '],
        [0, '\n'],
        [0, 'x'],
      ] as const) {
        const old = text.slice(0, at) + insert + text.slice(at + removed);
        // `old` lacks (or breaks) the header where `text` has it: the edit undoing that restores it.
        const before = detector.scan(old, { willRescan: true });
        const after = detector.rescan(text, before, { start: at, oldEnd: at + insert.length, newEnd: at + removed });
        assert.deepEqual(after, detector.scan(text), `edit at ${at - line}`);
      }
    }
  });
});
