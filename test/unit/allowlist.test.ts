import assert from 'node:assert/strict';
import { createAllowlist, MAX_TESTED_LENGTH, type AllowlistSpec } from '../../src/core/allowlist/allowlist';
import { GitleaksConfigError, parseGitleaksConfig } from '../../src/core/allowlist/gitleaksConfig';
import { parseGitleaksIgnore } from '../../src/core/allowlist/gitleaksIgnore';
import { translateGoRegex } from '../../src/core/allowlist/goRegex';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// Secrets here are built at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(77);

function compiled(pattern: string): RegExp {
  const t = translateGoRegex(pattern);
  assert.ok(!('problem' in t), `${pattern}: ${'problem' in t ? t.problem : ''}`);
  return new RegExp(t.source, t.flags);
}

describe('Go regex translation', () => {
  const cases: [string, string, boolean][] = [
    ['(?i)example', 'an EXAMPLE key', true],
    ['(?i)example', 'nothing here', false],
    ['(?is)a.b', 'A\nB', true],
    ['\\Aprefix', 'prefix and more', true],
    ['\\Aprefix', 'no prefix', false],
    ['suffix\\z', 'ends with suffix', true],
    ['(?P<word>[[:alpha:]]+)-[[:digit:]]{3}', 'abc-123', true],
    ['[[:xdigit:]]{4}', 'zzzz', false],
    ['\\Qa.b*c\\E', 'a.b*c', true],
    ['\\Qa.b*c\\E', 'axbbc', false],
    ['[]a]', ']', true],
    ['\\pL+', 'Ünïcode', true],
    ['(?:test|dummy)_key', 'my_dummy_key', true],
  ];
  for (const [pattern, input, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(input)}`, () => {
      assert.equal(compiled(pattern).test(input), expected);
    });
  }

  const refused: [string, RegExp][] = [
    ['', /empty/],
    ['(a+)+$', /nests unbounded quantifiers/],
    ['(\\w*)*x', /nests unbounded quantifiers/],
    ['a(?i)b', /inline flags/],
    ['(?U)a+', /no JavaScript equivalent/],
    ['[[:nope:]]', /not supported/],
    ['(unclosed', /not a valid regular expression/],
    ['x'.repeat(2001), /longer than/],
  ];
  for (const [pattern, why] of refused) {
    it(`refuses ${JSON.stringify(pattern.slice(0, 20))}`, () => {
      const t = translateGoRegex(pattern);
      assert.ok('problem' in t);
      assert.match(t.problem, why);
    });
  }
});

describe('gitleaks config', () => {
  it('reads [allowlist] and [[allowlists]] with their paths, regexes, stopwords and conditions', () => {
    const config = parseGitleaksConfig(
      [
        'title = "team config"',
        '[allowlist]',
        'description = "global"',
        "paths = ['''(^|/)testdata/''', '''\\.lock$''']",
        "regexes = ['''(?i)^sample''']",
        'stopwords = ["Placeholder"]',
        "commits = ['0123456789abcdef0123456789abcdef01234567']",
        '',
        '[[allowlists]]',
        'condition = "AND"',
        "paths = ['''^docs/''']",
        'regexTarget = "line"',
        "regexes = ['''example''']",
        '',
        '[[allowlists]]',
        'regexTarget = "match"',
        "regexes = ['''fixture''']",
      ].join('\n'),
      '.gitleaks.toml',
    );
    assert.deepEqual(config.warnings, []);
    assert.equal(config.rules.length, 3);
    const [legacy, and, match] = config.rules;
    assert.equal(legacy!.condition, 'or');
    assert.deepEqual(legacy!.stopwords, ['placeholder']);
    assert.equal(legacy!.paths.length, 2);
    assert.equal(and!.condition, 'and');
    assert.equal(and!.regexTarget, 'line');
    assert.equal(match!.regexTarget, 'line', 'match is approximated by the line');
  });

  it('skips, with a warning each, what cannot apply here, and keeps the rest', () => {
    const config = parseGitleaksConfig(
      [
        '[[allowlists]]',
        "paths = ['''(a+)+''', '''^vendor/''']",
        '[[allowlists]]',
        'targetRules = ["generic-api-key"]',
        "regexes = ['''x''']",
        '[[allowlists]]',
        'condition = "AND"',
        "commits = ['abc1234']",
        "paths = ['''^src/''']",
        '[[allowlists]]',
        'condition = "AND"',
        "paths = ['''^src/''']",
        "regexes = ['''(?U)lazy''']",
        '[[allowlists]]',
        'paths = "not a list"',
        '[[allowlists]]',
        'condition = "XOR"',
        'stopwords = ["a"]',
        '[[rules]]',
        'id = "custom"',
        "regex = '''x'''",
        '[[rules.allowlists]]',
        "regexes = ['''y''']",
      ].join('\n'),
      '.gitleaks.toml',
    );
    assert.equal(
      config.rules.length,
      2,
      'the first entry, narrowed to its valid path, and the commit entry (for history scans) survive',
    );
    assert.equal(config.rules[0]!.paths.length, 1);
    assert.deepEqual(config.rules[1]!.commits, ['abc1234']);
    const warnings = config.warnings.join('\n');
    assert.match(warnings, /#1: path \(…\(5 chars\) skipped: it nests unbounded quantifiers/);
    assert.match(warnings, /#2: applies only to gitleaks rules \(generic-api-key\)/);
    assert.match(warnings, /#3: requires a commit/);
    assert.match(warnings, /#4: regex \(\?…\(8 chars\) skipped/);
    assert.match(warnings, /#5: "paths" is not a list of strings/);
    assert.match(warnings, /#6: unknown condition …\(3 chars\)/);
    assert.equal(config.warnings.length, 6);
  });

  it('follows [extend] path and reports malformed TOML by position, never by content', () => {
    assert.equal(parseGitleaksConfig('[extend]\npath = "base.toml"\n', 'x.toml').extendPath, 'base.toml');
    const secret = fake.githubStyle('ghp_');
    assert.throws(
      () => parseGitleaksConfig(`[allowlist]\nregexes = ['''${secret}'''\n`, '.gitleaks.toml'),
      (e: unknown) =>
        e instanceof GitleaksConfigError &&
        /not valid TOML at line \d+, column \d+/.test(e.message) &&
        !e.message.includes(secret),
    );
  });
});

describe('.gitleaksignore', () => {
  it('reads path:rule:line and commit:path:rule:line, skipping comments and reporting bad lines', () => {
    const { lines, warnings } = parseGitleaksIgnore(
      [
        '# reviewed',
        'src/config.ts:generic-api-key:12',
        '0123456789abcdef0123456789abcdef01234567:./test/data.json:aws-access-token:3',
        'C:\\repo\\a.txt:rule:4',
        '',
        'garbage',
        'x:rule:0',
      ].join('\n'),
      '.gitleaksignore',
    );
    assert.deepEqual(lines, [
      { path: 'src/config.ts', line: 12 },
      { path: 'test/data.json', line: 3, commit: '0123456789abcdef0123456789abcdef01234567' },
      { path: 'C:/repo/a.txt', line: 4 },
    ]);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /^\.gitleaksignore:6: not a fingerprint/);
  });
});

describe('allowlist', () => {
  const spec = (rules: AllowlistSpec['rules'], ignoredLines: AllowlistSpec['ignoredLines'] = []): AllowlistSpec => ({
    rules,
    ignoredLines,
  });
  const re = (p: string) => {
    const t = translateGoRegex(p);
    if ('problem' in t) throw new Error(t.problem);
    return t;
  };

  it('OR entries: a matching path allows the whole file; regexes and stopwords allow a secret', () => {
    const allow = createAllowlist(
      spec([
        {
          origin: 't',
          condition: 'or',
          paths: [re('^testdata/')],
          regexes: [re('^EXAMPLE')],
          regexTarget: 'secret',
          stopwords: ['dummy'],
        },
      ]),
    );
    assert.equal(allow.allowsPath('testdata/keys.json'), true);
    assert.equal(allow.allowsPath('./testdata/keys.json'), true);
    assert.equal(allow.allowsPath('src/keys.json'), false);
    assert.equal(allow.allowsSecret('EXAMPLE' + fake.alnum(20), { path: 'src/a.ts', line: '' }), true);
    assert.equal(allow.allowsSecret(fake.alnum(10) + 'DUMMY' + fake.alnum(10), { path: 'src/a.ts', line: '' }), true);
    assert.equal(allow.allowsSecret(fake.githubStyle('ghp_'), { path: 'src/a.ts', line: '' }), false);
  });

  it('AND entries need every criterion, and their paths alone never skip a file', () => {
    const allow = createAllowlist(
      spec([
        {
          origin: 't',
          condition: 'and',
          paths: [re('^docs/')],
          regexes: [re('example')],
          regexTarget: 'line',
          stopwords: [],
        },
      ]),
    );
    const secret = fake.alnum(32);
    assert.equal(allow.allowsPath('docs/guide.md'), false);
    assert.equal(allow.allowsSecret(secret, { path: 'docs/guide.md', line: `key = "${secret}" # example` }), true);
    assert.equal(allow.allowsSecret(secret, { path: 'src/a.ts', line: `key = "${secret}" # example` }), false);
    assert.equal(allow.allowsSecret(secret, { path: 'docs/guide.md', line: `key = "${secret}"` }), false);
  });

  it('allows findings on the lines .gitleaksignore names, whatever the rule', () => {
    const allow = createAllowlist(spec([], [{ path: 'src/config.ts', line: 12 }]));
    assert.equal(allow.empty, false);
    assert.equal(allow.allowsLine('src/config.ts', 12), true);
    assert.equal(allow.allowsLine('./src/config.ts', 12), true);
    assert.equal(allow.allowsLine('src/config.ts', 13), false);
    assert.equal(createAllowlist(spec([])).empty, true);
  });

  it('commit entries: match only findings of a history scan in that commit (abbreviated ids too)', () => {
    const sha = fake.hex(40);
    const other = fake.hex(40);
    const secret = fake.alnum(32);
    const either = createAllowlist(
      spec([
        {
          origin: 't',
          condition: 'or',
          paths: [],
          regexes: [],
          regexTarget: 'secret',
          stopwords: [],
          commits: [sha.slice(0, 7)],
        },
      ]),
    );
    assert.equal(either.allowsSecret(secret, { path: 'a.ts', line: '', commit: sha }), true);
    assert.equal(either.allowsSecret(secret, { path: 'a.ts', line: '', commit: other }), false);
    assert.equal(either.allowsSecret(secret, { path: 'a.ts', line: '' }), false, 'a scan of files has no commit');
    const both = createAllowlist(
      spec([
        {
          origin: 't',
          condition: 'and',
          paths: [re('^docs/')],
          regexes: [],
          regexTarget: 'secret',
          stopwords: [],
          commits: [sha],
        },
      ]),
    );
    assert.equal(both.allowsPath('docs/a.md'), false, 'a path that needs a commit never skips a whole file');
    assert.equal(both.allowsSecret(secret, { path: 'docs/a.md', line: '', commit: sha }), true);
    assert.equal(both.allowsSecret(secret, { path: 'src/a.ts', line: '', commit: sha }), false);
    assert.equal(both.allowsSecret(secret, { path: 'docs/a.md', line: '', commit: other }), false);
  });

  it('.gitleaksignore entries with a commit apply to that commit in history, to every file scan otherwise', () => {
    const sha = fake.hex(40);
    const allow = createAllowlist(
      spec(
        [],
        [
          { path: 'src/a.ts', line: 3, commit: sha },
          { path: 'src/b.ts', line: 4 },
        ],
      ),
    );
    assert.equal(allow.allowsLine('src/a.ts', 3, sha), true);
    assert.equal(allow.allowsLine('src/a.ts', 3, fake.hex(40)), false);
    assert.equal(allow.allowsLine('src/a.ts', 3), true, 'a file scan takes the entry to describe the file now');
    assert.equal(
      allow.allowsLine('src/b.ts', 4, fake.hex(40)),
      true,
      'an entry without a commit applies to any commit',
    );
  });

  it('runs user regexes on bounded text only', () => {
    const allow = createAllowlist(
      spec([{ origin: 't', condition: 'or', paths: [], regexes: [re('tail$')], regexTarget: 'line', stopwords: [] }]),
    );
    const long = 'x'.repeat(MAX_TESTED_LENGTH) + 'tail';
    assert.equal(allow.allowsSecret('s', { path: 'a', line: long }), false, 'text past the bound is not seen');
    assert.equal(allow.allowsSecret('s', { path: 'a', line: 'the tail' }), true);
  });
});
