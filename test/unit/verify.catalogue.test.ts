import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../src/core/rules';
import { builtinVerifiers } from '../../src/core/verify/index';

const README = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

describe('verifier catalogue', () => {
  it('has unique ids, and each rule is checked by one verifier at most', () => {
    assert.equal(new Set(builtinVerifiers.map((v) => v.id)).size, builtinVerifiers.length);
    const ruleIds = builtinVerifiers.flatMap((v) => v.ruleIds);
    assert.equal(new Set(ruleIds).size, ruleIds.length);
  });

  it('names only rules that exist (verifiers map rule ids; they do not define rules)', () => {
    const known = new Set(builtinRules.map((r) => r.id));
    for (const v of builtinVerifiers)
      for (const id of [...v.ruleIds, ...(v.partner?.ruleIds ?? [])]) assert.ok(known.has(id), `${v.id}: ${id}`);
  });

  it('cites HTTPS documentation and rotation pages, and allows at least one host', () => {
    for (const v of builtinVerifiers) {
      assert.match(v.docs, /^https:\/\//, v.id);
      assert.match(v.rotation, /^https:\/\//, v.id);
      assert.ok(v.hosts.length > 0, v.id);
      for (const h of v.hosts)
        if (h instanceof RegExp)
          assert.ok(
            h.source.startsWith('^') && h.source.endsWith('$'),
            `${v.id}: host pattern ${h.source} is anchored`,
          );
    }
  });

  it('keeps partner patterns bounded (no unbounded repetition)', () => {
    for (const v of builtinVerifiers)
      if (v.partner?.pattern) assert.doesNotMatch(v.partner.pattern.source, /[*+]/, v.id);
  });

  it('is listed in the README: each endpoint, its documentation and what is sent', () => {
    for (const v of builtinVerifiers) {
      const url = /https:\/\/\S+/.exec(v.endpoint)![0];
      assert.ok(README.includes(url), `README lacks ${url}`);
      assert.ok(README.includes(`(${v.docs})`), `README lacks ${v.docs}`);
      assert.ok(README.includes(v.sends.replace(/\|/g, '\\|')), `README lacks what ${v.id} sends`);
    }
  });
});
