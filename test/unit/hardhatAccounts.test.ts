import assert from 'node:assert/strict';
import { hardhatDevelopmentKeys, isHardhatDevelopmentKey } from '../../src/core/rules/judge/hardhatAccounts';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

describe("Hardhat's development account keys", () => {
  it('derives the published accounts from the public mnemonic (checked by the first hex digits of accounts 0 and 1)', () => {
    const keys = hardhatDevelopmentKeys();
    assert.equal(keys.length, 20);
    // The opening digits of the keys Hardhat prints for accounts #0 and #1 (`npx hardhat node`).
    assert.equal(keys[0]!.slice(0, 12), 'ac0974bec39a');
    assert.equal(keys[1]!.slice(0, 12), '59c6995e998f');
    for (const k of keys) assert.match(k, /^[0-9a-f]{64}$/);
  });

  it('recognises them with or without 0x, in any case, and nothing else', () => {
    const [first] = hardhatDevelopmentKeys();
    assert.ok(isHardhatDevelopmentKey(first!));
    assert.ok(isHardhatDevelopmentKey('0x' + first!.toUpperCase()));
    assert.ok(!isHardhatDevelopmentKey(new FakeTokens(7).hex(64)));
    assert.ok(!isHardhatDevelopmentKey(first!.slice(0, 63) + (first!.endsWith('0') ? '1' : '0')));
  });
});
