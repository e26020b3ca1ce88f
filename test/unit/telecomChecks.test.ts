import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isChosenPin, isRandomMixedLetters } from '../../src/core/rules/providers/telecomChecks';

// Every PIN and password below is generated at runtime by FakeTokens or is a pattern no one issues;
// nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x7e1c);

function ruleIds(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('telecom checks: numeric PINs', () => {
  it('takes a chosen PIN of the minimum length or more, up to 12 digits', () => {
    assert.equal(isChosenPin('7' + fake.digits(5).replace(/^(.)\1*$/, '40918'), 6), true);
    assert.equal(isChosenPin('73914', 6), false);
    assert.equal(isChosenPin('7391', 4), true);
    assert.equal(isChosenPin('7391' + fake.digits(9), 4), false);
  });

  it('rejects repeated digits, constant steps and repeated blocks', () => {
    for (const pin of ['000000', '123456', '987654', '135791', '121212', '123123', '45674567', '4242'])
      assert.equal(isChosenPin(pin, 4), false, pin);
  });

  it('finds a voicemail.conf PIN only in voicemail.conf and not the mailbox number repeated', () => {
    const pin = `8${fake.digits(5)}`;
    assert.deepEqual(ruleIds(`6001 => ${pin},Alice`, 'etc/asterisk/voicemail.conf'), ['voicemail-mailbox-pin']);
    assert.deepEqual(ruleIds(`6001 => ${pin},Alice`, 'etc/asterisk/extensions.conf'), []);
    assert.deepEqual(ruleIds('6001 => 6001,Alice', 'etc/asterisk/voicemail.conf'), []);
  });
});

describe('telecom checks: SMPP letters', () => {
  it('takes random mixed-case letters, not words or CamelCase', () => {
    assert.equal(isRandomMixedLetters(['eW', 'kqP', 'x'].join('')), true);
    assert.equal(isRandomMixedLetters(['qtab', 'XRWM'].join('')), true);
    for (const word of ['Carrier', 'SmsGate', 'notify', 'ALERTS', 'abc'])
      assert.equal(isRandomMixedLetters(word), false, word);
  });

  it('finds a letters-only jcli password in notes, and not a capitalised word there', () => {
    const pw = ['hK', 'wmR', 'tq'].join('');
    assert.deepEqual(ruleIds(`> username acme_otp\n> password ${pw}\n`, 'docs/jasmin.md'), ['jasmin-jcli-password']);
    assert.deepEqual(ruleIds('> password Carrier\n', 'docs/jasmin.md'), []);
  });
});
