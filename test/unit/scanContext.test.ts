import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { fileKindOf } from '../../src/core/fileKind';
import type { Finding } from '../../src/core/finding';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import type { MatchContext, Rule } from '../../src/core/rules/types';

// Values below are generated at runtime by FakeTokens; none is a real credential.
const fake = new FakeTokens(11);

/** The 1-based lines of `text` the findings start on. */
function linesOf(text: string, findings: readonly Finding[]): number[] {
  return findings.map((f) => text.slice(0, f.start).split('\n').length);
}

function rule(overrides: Partial<Rule>): Rule {
  return {
    id: 'ctx-test',
    title: 'Context test',
    provider: 'Test',
    keywords: ['kx_'],
    pattern: /kx_[a-z0-9]{20}/,
    confidence: 'high',
    envVar: 'KX_TOKEN',
    docs: 'https://docs.invalid/kx',
    examples: { positives: () => [], negatives: [] },
    ...overrides,
  };
}

describe('fileKindOf', () => {
  const cases: [string | undefined, { test: boolean; docs: boolean; ext: string }][] = [
    [undefined, { test: false, docs: false, ext: '' }],
    ['src/app.ts', { test: false, docs: false, ext: 'ts' }],
    ['src/app.test.ts', { test: true, docs: false, ext: 'ts' }],
    ['src/__tests__/app.js', { test: true, docs: false, ext: 'js' }],
    ['pkg/server/handler_test.go', { test: true, docs: false, ext: 'go' }],
    ['tests/test_api.py', { test: true, docs: false, ext: 'py' }],
    ['app/src/test/java/com/acme/PaymentServiceTest.java', { test: true, docs: false, ext: 'java' }],
    ['src/Contest.java', { test: false, docs: false, ext: 'java' }],
    ['src/latest.json', { test: false, docs: false, ext: 'json' }],
    ['spec/fixtures/config.yml', { test: true, docs: false, ext: 'yml' }],
    ['cypress/support/commands.js', { test: true, docs: false, ext: 'js' }],
    ['web/login.cy.ts', { test: true, docs: false, ext: 'ts' }],
    ['e2e/dashboard.ts', { test: true, docs: false, ext: 'ts' }],
    ['features/login.feature', { test: true, docs: false, ext: 'feature' }],
    ['src/features/cart/slice.ts', { test: false, docs: false, ext: 'ts' }],
    ['docs\\setup.md', { test: false, docs: true, ext: 'md' }],
    ['README.txt', { test: false, docs: true, ext: 'txt' }],
    ['pkg/CHANGES-2.0.txt', { test: false, docs: true, ext: 'txt' }],
    ['docs/api/guide.txt', { test: false, docs: true, ext: 'txt' }],
    ['ops/handover.txt', { test: false, docs: false, ext: 'txt' }],
    ['crash/crash-2024-03-05.txt', { test: false, docs: false, ext: 'txt' }],
    ['CMakeLists.txt', { test: false, docs: false, ext: 'txt' }],
    ['.env', { test: false, docs: false, ext: '' }],
    // Module-named tests, Go's testing/ packages, acceptance suites, test-ca/ keys, NIST test vectors.
    ['src/tests.rs', { test: true, docs: false, ext: 'rs' }],
    ['openstack/compute/testing/fixtures.go', { test: true, docs: false, ext: 'go' }],
    ['acceptance/openstack/baremetal.go', { test: true, docs: false, ext: 'go' }],
    ['share/test-ca/rsa/end.key', { test: true, docs: false, ext: 'key' }],
    ['integration/fixtures-expired/server.key', { test: true, docs: false, ext: 'key' }],
    ['third_party/NIST/SHAVS/SHA256Monte.rsp', { test: true, docs: false, ext: 'rsp' }],
    ['src/testimonials/list.ts', { test: false, docs: false, ext: 'ts' }],
    ['roles/agent/molecule/default/molecule.yml', { test: true, docs: false, ext: 'yml' }],
    // Man pages and rendered HTML under documentation folders; a changelog without an extension.
    ['usr/share/man/man5/slapd-config.5', { test: false, docs: true, ext: '5' }],
    ['doc/openvpn.8', { test: false, docs: true, ext: '8' }],
    ['docs/html/admin-guide/module-signing.html', { test: false, docs: true, ext: 'html' }],
    ['usr/share/doc/dovecot-core/changelog', { test: false, docs: true, ext: '' }],
    ['NEWS', { test: false, docs: true, ext: '' }],
    ['logs/app.log.1', { test: false, docs: false, ext: '1' }],
    ['public/index.html', { test: false, docs: false, ext: 'html' }],
  ];
  for (const [path, want] of cases) {
    it(`${path ?? '(no path)'} → test ${want.test}, docs ${want.docs}`, () => {
      const kind = fileKindOf(path);
      assert.deepEqual({ test: kind.test, docs: kind.docs, ext: kind.ext }, want);
    });
  }
});

describe('Detector scan context', () => {
  const value = () => `kx_${fake.lowerAlnum(20)}`;

  it('runs a rule with `paths` only on files whose path matches, and never without a path', () => {
    const d = new Detector([rule({ paths: /(?:^|\/)\.kxrc$/ })]);
    const text = `token ${value()}\n`;
    assert.equal(d.scan(text, { path: 'home/.kxrc' }).length, 1);
    assert.equal(d.scan(text, { path: 'src/kxrc.ts' }).length, 0);
    assert.equal(d.scan(text).length, 0);
    assert.equal(d.scan(text, { path: 'C:\\Users\\me\\.kxrc' }).length, 1, 'backslashes are normalised');
  });

  it('runs a keywordless `wakesOnEveryLine` rule on every line of its own files only', () => {
    const d = new Detector([
      rule({
        id: 'line-rule',
        keywords: [],
        wakesOnEveryLine: true,
        paths: /(?:^|\/)app\.pw$/,
        pattern: /^[a-z]{2,8}:(?<secret>[A-Za-z0-9]{13})$/,
      }),
    ]);
    const pw = () => fake.alnum(13);
    const text = `first:${pw()}\n\n# note\nsecond:${pw()}\r\nthird:${pw()}`;
    assert.deepEqual(
      linesOf(text, d.scan(text, { path: 'conf/app.pw' })),
      [1, 4, 5],
      'every line, the first, after a blank one, CRLF and the last without a break',
    );
    assert.equal(d.scan(text, { path: 'conf/app.txt' }).length, 0, 'another file');
    assert.equal(d.scan(text).length, 0, 'no path');
  });

  it('runs an every-line rule beside keyword rules, on lines with and without their hits', () => {
    const d = new Detector([
      rule({}),
      rule({
        id: 'line-rule',
        keywords: [],
        wakesOnEveryLine: true,
        paths: /\.pw$/,
        pattern: /^[a-z]{2,8}:(?<secret>[A-Za-z0-9]{13})$/,
      }),
    ]);
    const text = [
      `kx_${fake.lowerAlnum(20)}`,
      `ab:${fake.alnum(13)}`,
      `token kx_${fake.lowerAlnum(20)}`,
      `cd:${fake.alnum(13)}`,
    ].join('\n');
    assert.deepEqual(
      d.scan(text, { path: 'x.pw' }).map((f) => `${linesOf(text, [f])[0]}:${f.ruleId}`),
      ['1:ctx-test', '2:line-rule', '3:ctx-test', '4:line-rule'],
    );
  });

  it('leaves over-long lines to keyword rules and stops at a findings cap', () => {
    const d = new Detector(
      [
        rule({
          id: 'line-rule',
          keywords: [],
          wakesOnEveryLine: true,
          paths: /\.pw$/,
          pattern: /[a-z]{2,8}:(?<secret>[A-Za-z0-9]{13})/,
        }),
      ],
      { maxLineLength: 100 },
    );
    const entry = () => `ab:${fake.alnum(13)}`;
    const long = `${entry()} ${'x'.repeat(200)}`;
    const text = `${entry()}\n${long}\n${entry()}`;
    assert.deepEqual(linesOf(text, d.scan(text, { path: 'x.pw' })), [1, 3]);
    const many = Array.from({ length: 50 }, entry).join('\n');
    const capped = d.scanAtMost(many, 5, { path: 'x.pw' });
    assert.equal(capped.findings.length, 5);
    assert.equal(capped.complete, false);
  });

  it('refuses an every-line rule it could not run on whole lines', () => {
    assert.throws(() => new Detector([rule({ wakesOnEveryLine: true })]), /wakesOnEveryLine needs paths/);
    assert.throws(
      () => new Detector([rule({ wakesOnEveryLine: true, paths: /x/, startsAtKeyword: true })]),
      /wakesOnEveryLine/,
    );
  });

  it('lowers confidence one step in test files and keeps it elsewhere', () => {
    const d = new Detector([rule({})]);
    const text = `k = "${value()}"`;
    assert.equal(d.scan(text, { path: 'src/client.ts' })[0]!.confidence, 'high');
    assert.equal(d.scan(text, { path: 'src/client.test.ts' })[0]!.confidence, 'medium');
    assert.equal(d.scan(text)[0]!.confidence, 'high');
  });

  it("applies a validator's verdict: confidence and the reason shown in the hover", () => {
    const d = new Detector([rule({ validate: () => ({ confidence: 'low', why: 'named in a test' }) })]);
    const [f] = d.scan(`k = "${value()}"`);
    assert.equal(f!.confidence, 'low');
    assert.equal(f!.why, 'named in a test');
  });

  it('gives the validator the path, file kind, line and match position', () => {
    const seen: { path?: string; test: boolean; line: string; at: number }[] = [];
    const d = new Detector([
      rule({
        validate: (_s, _m, c: MatchContext) => (
          seen.push({ path: c.path, test: c.file.test, line: c.line, at: c.matchIndex }),
          true
        ),
      }),
    ]);
    const v = value();
    d.scan(`first\nk = "${v}"\n`, { path: 'spec/a.rb' });
    assert.deepEqual(seen, [{ path: 'spec/a.rb', test: true, line: `k = "${v}"`, at: 5 }]);
  });

  it('the incremental rescan uses the same context as a full scan', () => {
    const d = new Detector([rule({ paths: /\.kx$/ })]);
    const before = 'a\n';
    const after = `a\nk ${value()}\n`;
    const prev = d.scan(before, { path: 'x.kx' });
    const edit = { start: 2, oldEnd: 2, newEnd: after.length };
    assert.deepEqual(d.rescan(after, prev, edit, { path: 'x.kx' }), d.scan(after, { path: 'x.kx' }));
    assert.deepEqual(d.rescan(after, prev, edit, { path: 'x.ts' }), []);
  });

  it('built-in rules find the same secrets with or without a path outside test code', () => {
    const d = new Detector(builtinRules);
    const text = `GITHUB_TOKEN=${fake.githubStyle('ghp_')}\n`;
    assert.deepEqual(d.scan(text, { path: 'deploy/.env' }), d.scan(text));
  });
});
