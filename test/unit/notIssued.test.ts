import * as assert from 'node:assert/strict';
import {
  isCredentialName,
  isJoinedWords,
  isKeyboardMash,
  isPattern,
  isUpperSnakeName,
} from '../../src/core/rules/judge/notIssued';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

describe('values that are not issued secrets', () => {
  // Random values are generated at runtime (FakeTokens), so nothing here is a committed token.
  const fake = new FakeTokens(7);

  it('reads a credential name as a name, and a single word or a random value as neither', () => {
    for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWSAccessKeyId', 'aws_secret_access_key', 'ClientSecret'])
      assert.ok(isCredentialName(name), name);
    // A credential word inside another word does not make a name: `Monkey_` is a password's stem.
    for (const value of [
      'secret',
      'password',
      fake.alnum(32),
      'Tr0ub4dor_3x',
      `Monkey_${fake.lower(6)}`,
      'TurkeyDinner',
    ])
      assert.ok(!isCredentialName(value), value);
    // A word that only ends like a credential word is a password's word, not a name's.
    for (const value of ['Monkey_' + fake.lower(6), 'Whiskey_Tango', 'turkeyDinner'])
      assert.ok(!isCredentialName(value), value);
    assert.ok(isUpperSnakeName('AWS_SECRET_ACCESS_KEY'));
    assert.ok(!isUpperSnakeName('mySecretKey'));
  });

  it('reads lower-case words joined into hosts, paths and flags, but not random parts', () => {
    for (const value of [
      'auth-request-type/at',
      'sql-component.googleapis.com',
      '--service-account-key-file',
      'looker_v1alpha1_messages',
    ])
      assert.ok(isJoinedWords(value), value);
    for (const value of [
      `sk_live_${fake.alnum(24)}`,
      `ghp_${fake.alnum(36)}`,
      'k3j4h5k6_j7h8k9l0m1n2',
      fake.hex(40),
      'secret',
    ])
      assert.ok(!isJoinedWords(value), value);
  });

  it('reads regular expressions', () => {
    for (const value of ['AmazonLookoutMetrics-.+', '^(?=.*[A-Z]).{8,}$', '\\d{4}-[^x]'])
      assert.ok(isPattern(value), value);
    assert.ok(!isPattern(fake.base64(40)));
  });

  it('reads home-row typing as a stand-in, and random lower-case or hex values as not', () => {
    assert.ok(isKeyboardMash('sdf0o9823sjdfsdf'));
    assert.ok(isKeyboardMash('2kjshdfp92i34asdasd'));
    assert.ok(!isKeyboardMash(fake.hex(40)), 'hex');
    // A random lower-case token: far from three quarters home-row letters (checked over many draws).
    let mashes = 0;
    for (let i = 0; i < 2000; i++) if (isKeyboardMash(fake.lowerAlnum(20))) mashes++;
    assert.ok(mashes < 10, `${mashes} of 2000 random tokens read as typing`);
  });
});
