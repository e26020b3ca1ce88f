import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { renderRuleReference } from '../../src/core/rules/referencePage';
import { escapeRegExp } from '../../src/core/rules/ruleKit';
import type { Rule } from '../../src/core/rules/types';
import { embedEverywhere } from '../support/contexts';

// Every positive below is a fake token generated at runtime by FakeTokens; nothing here is a
// committed credential.

const MIN_BUILTIN_RULES = 150;
const catalogue = new Detector(builtinRules);

function seedOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

function positivesOf(rule: Rule): readonly string[] {
  return rule.examples.positives(new FakeTokens(seedOf(rule.id)));
}

/** Each negative with the path it is scanned under: its own, else the rule's example path (rules limited to paths). */
function negativesOf(rule: Rule): { text: string; why: string; path?: string }[] {
  const fake = new FakeTokens(seedOf(rule.id) ^ 0xabcdef);
  return rule.examples.negatives.map((n) => {
    const path = n.path ?? rule.examples.path;
    return { text: typeof n.text === 'string' ? n.text : n.text(fake), why: n.why, ...(path ? { path } : {}) };
  });
}

function describeFindings(text: string, detector = catalogue, path?: string): string {
  const found = detector.scan(text, path === undefined ? undefined : { path });
  return JSON.stringify(found.map((f) => ({ rule: f.ruleId, at: f.start, preview: f.preview })));
}

describe('rule catalogue', () => {
  it(`has at least ${MIN_BUILTIN_RULES} rules`, () => {
    assert.ok(builtinRules.length >= MIN_BUILTIN_RULES, `only ${builtinRules.length} rules`);
  });

  it('has unique kebab-case ids', () => {
    const seen = new Set<string>();
    for (const rule of builtinRules) {
      assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, rule.id);
      assert.ok(!seen.has(rule.id), `duplicate id ${rule.id}`);
      seen.add(rule.id);
    }
  });

  it('gives every rule the metadata a fix, a hover and a report need', () => {
    for (const rule of builtinRules) {
      assert.ok(rule.title.length > 3, `${rule.id}: title`);
      assert.ok(rule.provider.length > 1, `${rule.id}: provider`);
      assert.match(rule.envVar, /^[A-Z][A-Z0-9_]*$/, `${rule.id}: envVar`);
      assert.match(rule.docs, /^https:\/\/\S+$/, `${rule.id}: docs`);
      assert.ok(['high', 'medium', 'low'].includes(rule.confidence), `${rule.id}: confidence`);
      // A rule running on every line of its files has nothing literal to key on, and must be limited to paths.
      if (rule.wakesOnEveryLine)
        assert.ok(rule.paths !== undefined && !rule.multiline, `${rule.id}: wakesOnEveryLine needs paths`);
      else assert.ok(rule.keywords.length > 0, `${rule.id}: keywords`);
      for (const kw of rule.keywords) {
        // A tab may close a keyword spelled with what follows it (`pw\t`), as a space does. Characters
        // above U+00FF spell non-Latin words, which the prefilter matches by their low bytes; Latin-1
        // letters it cannot take.
        assert.match(
          kw,
          /^[\x20-\x7e\u0100-\uffff][\x20-\x7e\t\u0100-\uffff]{1,}$/,
          `${rule.id}: keyword ${JSON.stringify(kw)} must be printable ASCII or above U+00FF`,
        );
        // A leading space would miss a tab or the line's start before the word, unless the pattern
        // itself spells that space (` / ` between an address and its password).
        if (kw.startsWith(' '))
          assert.ok(
            rule.pattern.source.includes(escapeRegExp(kw).replace(/\//g, '\\/')),
            `${rule.id}: keyword ${JSON.stringify(kw)} starts with a space its pattern does not require`,
          );
      }
      for (const kw of rule.keywords) assert.equal(kw, kw.toLowerCase(), `${rule.id}: keyword ${kw} must be lowercase`);
      assert.ok(!/[gy]/.test(rule.pattern.flags), `${rule.id}: pattern must not carry g/y flags`);
    }
  });

  it('gives every rule positive and negative examples (a rule without examples does not ship)', () => {
    for (const rule of builtinRules) {
      assert.ok(positivesOf(rule).length > 0, `${rule.id} has no positive example`);
      assert.ok(rule.examples.negatives.length > 0, `${rule.id} has no negative example`);
    }
  });
});

for (const rule of builtinRules) {
  describe(`rule ${rule.id}`, () => {
    const alone = new Detector([rule]);

    it('has a keyword in every positive, and every keyword in some positive', () => {
      const positives = positivesOf(rule).map((p) => p.toLowerCase());
      for (const p of positives)
        assert.ok(
          rule.wakesOnEveryLine === true || rule.keywords.some((k) => p.includes(k)),
          `no keyword in ${JSON.stringify(p.slice(0, 40))}…`,
        );
      for (const k of rule.keywords)
        assert.ok(
          positives.some((p) => p.includes(k)),
          `keyword ${JSON.stringify(k)} occurs in no positive`,
        );
    });

    it('finds every positive on its own and within the full catalogue', () => {
      // Rules limited to paths see their positives under the example path they name.
      const context = rule.examples.path === undefined ? undefined : { path: rule.examples.path };
      for (const p of positivesOf(rule)) {
        assert.ok(
          alone.scan(p, context).some((f) => f.ruleId === rule.id),
          `alone: missed ${JSON.stringify(p.slice(0, 24))}…`,
        );
        assert.ok(
          catalogue.scan(p, context).some((f) => f.ruleId === rule.id),
          `catalogue: missed ${JSON.stringify(p.slice(0, 24))}…, got ${describeFindings(p)}`,
        );
      }
    });

    if (rule.examples.embed !== false) {
      it('finds every positive embedded in .env, JSON, YAML, TS, Python, Go, Java and shell files', () => {
        for (const p of positivesOf(rule)) {
          for (const e of embedEverywhere(rule.envVar, p)) {
            const hit = catalogue
              .scan(e.text)
              .some((f) => f.ruleId === rule.id && f.start >= e.start && f.end <= e.end);
            assert.ok(hit, `${e.context}: missed; got ${describeFindings(e.text)}`);
          }
        }
      });
    }

    it('finds nothing, with any rule, in each negative', () => {
      for (const n of negativesOf(rule)) {
        assert.deepEqual(
          describeFindings(n.text, catalogue, n.path),
          '[]',
          `negative (${n.why}) ${JSON.stringify(n.text.slice(0, 60))}`,
        );
      }
    });

    it('never puts more than a short prefix of the secret in a finding', () => {
      for (const p of positivesOf(rule)) {
        for (const f of alone.scan(p)) {
          const secret = p.slice(f.start, f.end);
          assert.match(f.preview, /^[^…]{0,4}…\(\d+ chars\)$/);
          assert.ok(!JSON.stringify(f).includes(secret), 'finding holds the secret');
        }
      }
    });
  });
}

describe('rule reference page', () => {
  it('docs/rules.md is generated from the current catalogue (run `npm run docs:rules`)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../docs/rules.md'), 'utf8');
    assert.equal(committed, renderRuleReference(builtinRules));
  });
});
