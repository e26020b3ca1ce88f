import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector, type TextEdit } from '../../src/core/detect/detector';
import { TABULAR_RULE_ID } from '../../src/core/detect/tabular/stage';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// The header-context stage: credentials whose column or key is named on an earlier line. Every
// value is generated at runtime from FakeTokens (no credential-shaped literal is committed).
const fake = new FakeTokens(1107);
const strong = () => fake.alnum(12) + fake.digits(3) + '#' + fake.lower(3);
const detector = new Detector(builtinRules);

/** The values the stage (or, with `anyRule`, any rule) found in `text`, in order. */
function stageValues(text: string, path?: string, anyRule = false): string[] {
  return detector
    .scan(text, path === undefined ? undefined : { path })
    .filter((f) => anyRule || f.ruleId === TABULAR_RULE_ID)
    .map((f) => text.slice(f.start, f.end));
}

describe('header-context stage', () => {
  it('finds the credential column of every CSV row, not only the first', () => {
    const values = [strong(), strong(), strong()];
    const text = `id,email,username,password,role\n${values.map((v, i) => `${i},u${i}@corp.io,u${i},${v},viewer`).join('\n')}\n`;
    assert.deepEqual(stageValues(text, 'exports/users.csv'), values);
  });

  it('reads a header whose other columns open with a digit (2fa, 3ds)', () => {
    const values = [strong(), strong()];
    const text = `venue,account,login,password,2fa\n${values.map((v, i) => `binance,treasury,u${i}@desk.io,${v},yubikey`).join('\n')}\n`;
    assert.deepEqual(stageValues(text, 'treasury/logins.csv'), values);
  });

  // A Markdown table under a password header is also the prose-table rule's: either may report it.
  it('reads quoted CSV, TSV and semicolon exports, and Markdown and psql tables', () => {
    const v = strong();
    for (const text of [
      `"url","username","password"\n"https://a.corp.io","ops","${v}"\n`,
      `name\ttoken\texpires\nsync\t${v}\t2025-01-01\n`,
      `Server;Benutzer;Kennwort\ndb-01;app;${v}\n`,
      `| Host | User | Password |\n|---|---|---|\n| db-01 | app | ${v} |\n`,
      ` id | username | password\n----+----------+----------\n  1 | ops      | ${v}\n(1 row)\n`,
    ])
      assert.deepEqual(stageValues(text, 'data/export.txt', true), [v], text);
  });

  it('maps SQL tuples to the CREATE TABLE or column list above them', () => {
    const [a, b, c] = [strong(), strong(), strong()];
    const dump = `CREATE TABLE users (\n  id int,\n  login text,\n  password text\n);\n\nINSERT INTO users VALUES (1, 'ops', '${a}');\n`;
    assert.deepEqual(stageValues(dump, 'backup.sql'), [a]);
    const seed = `INSERT INTO api_keys (id, name, api_key) VALUES\n  (1, 'ci', '${b}'),\n  (2, 'etl', '${c}');\n`;
    assert.deepEqual(stageValues(seed, 'seed.sql'), [b, c]);
  });

  it('finds a value on the line below its YAML key, HCL heredoc or properties continuation', () => {
    const v = strong();
    assert.deepEqual(stageValues(`db:\n  password: |\n    ${v}\n  pool: 5\n`, 'config/app.yml'), [v]);
    assert.deepEqual(stageValues(`resource "x" "y" {\n  password = <<EOT\n${v}\nEOT\n}\n`, 'main.tf'), [v]);
    assert.deepEqual(stageValues(`mail.password=\\\n    ${v}\n`, 'mail.properties'), [v]);
  });

  it('finds nothing in header-only files, masked or empty cells, or columns about a credential', () => {
    for (const text of [
      'name,url,username,password,note\n',
      'id,username,password\n1,ops,********\n2,ci,REDACTED\n3,etl,\n4,bi,NULL\n',
      'username,password_hint,password_changed_at,token_count\nops,first pet,2024-03-01 10:00:00,42\n',
      '| Column | Type | Description |\n|---|---|---|\n| password | varchar(255) | bcrypt hash of the password |\n',
      'api_key_id,secret_id,user_id\n1042,77,3\n',
      ' id | username | password\n----+----------+----------\n  1 | ops      | [FILTERED]\n',
      'INSERT INTO users (username, password) VALUES\n  ($1, $2);\n',
    ])
      assert.deepEqual(stageValues(text, 'data/export.csv'), [], text);
  });

  it('gives no finding where a line rule already found the same value', () => {
    const token = fake.githubStyle('ghp_');
    const found = detector.scan(`name,token\nci,${token}\n`, { path: 'tokens.csv' });
    assert.equal(found.length, 1);
    assert.notEqual(found[0]!.ruleId, TABULAR_RULE_ID);
  });

  it('honours a suppression marker on the row', () => {
    const text = `username,password\nops,${strong()}\n# ai-secret-guard:allow-next-line\nci,${strong()}\n`;
    assert.equal(stageValues(text, 'a.csv').length, 1);
  });
});

// Fragments that open, continue, break and close contexts, so random edits move headers away from
// their rows, split statements and join lines.
const fragments = [
  'id,username,password\n',
  `1,ops,${strong()}\n`,
  `2,ci,${strong()}\n`,
  '| Host | Password |\n|---|---|\n',
  `| db-01 | ${strong()} |\n`,
  'CREATE TABLE t (id int, password text);\n',
  `INSERT INTO t VALUES (1, '${strong()}');\n`,
  'INSERT INTO t (id, password) VALUES\n',
  `  (2, '${strong()}'),\n`,
  ');\n',
  'db:\n  password: |\n',
  `    ${strong()}\n`,
  '-[ RECORD 1 ]--+---\n',
  `api_secret | ${strong()}\n`,
  '# ai-secret-guard:allow-next-line\n',
  '\n',
  ',',
  '|',
  ' ',
  'x'.repeat(150),
  'x'.repeat(150) + '\n',
  'a note\nanother note\n',
  'a line with no context at all\n',
  // Block scalars, heredocs, plist keys, Terraform defaults, COPY rows, AsciiDoc, aligned and HTML tables.
  'users:\n  - name: ops\n    password: >-\n',
  `      ${strong()}\n`,
  'db_password = <<EOT\n',
  `${strong()}\nEOT\n`,
  '<key>password</key>\n',
  `<string>${strong()}</string>\n`,
  'variable "db_password" {\n',
  `  default = "${strong()}"\n`,
  '}\n',
  'COPY users (id, password) FROM stdin;\n',
  `3\t${strong()}\n`,
  '\\.\n',
  '|===\n| User | Password\n\n',
  `| ops | ${strong()}\n`,
  'user      password\n',
  `ops       ${strong()}\n`,
  '<tr><th>User</th><th>Password</th></tr>\n',
  `<tr><td>ops</td><td>${strong()}</td></tr>\n`,
  // A CREATE TABLE over several lines, one redefining a table without a credential, INSERTs far below.
  'CREATE TABLE u (\n',
  '  id int,\n',
  '  secret text\n',
  'CREATE TABLE t (id int, name text);\n',
  `INSERT INTO u VALUES (1, '${strong()}');\n`,
];
const arbText = fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join(''));
const arbEdit = (length: number) =>
  fc.record({
    a: fc.nat({ max: length }),
    b: fc.nat({ max: length }),
    insert: fc.array(fc.constantFrom(...fragments), { maxLength: 3 }).map((p) => p.join('')),
  });

describe('header-context stage: incremental rescan', function () {
  this.timeout(120_000);
  // A short line limit puts some lines over it, so edits also take the over-long-line rescan.
  const short = new Detector(builtinRules, { maxLineLength: 120, longLineWindow: 40 });

  for (const [name, d, willRescan] of [
    ['remembered hits', detector, true],
    ['no record of the previous scan', detector, false],
    ['a short line limit', short, true],
  ] as const) {
    it(`equals a full scan after any sequence of edits (${name})`, () => {
      fc.assert(
        fc.property(
          arbText.chain((text) =>
            fc.tuple(fc.constant(text), fc.array(arbEdit(text.length + 40), { minLength: 1, maxLength: 6 })),
          ),
          ([initial, edits]) => {
            let text = initial;
            let findings = d.scan(text, { path: 'data/mixed.txt', willRescan });
            for (const { a, b, insert } of edits) {
              const start = Math.min(a, b, text.length);
              const oldEnd = Math.min(Math.max(a, b), text.length);
              const next = text.slice(0, start) + insert + text.slice(oldEnd);
              const edit: TextEdit = { start, oldEnd, newEnd: start + insert.length };
              findings = d.rescan(next, findings, edit, { path: 'data/mixed.txt', willRescan });
              text = next;
              assert.deepEqual(findings, d.scan(text, { path: 'data/mixed.txt' }));
            }
          },
        ),
        { numRuns: 300, seed: 20261206 },
      );
    });
  }

  // Long texts: contexts far apart, so a rescan stops well before the end (and resumes well after the start).
  for (const [name, d] of [
    ['long texts', detector],
    ['long texts, a short line limit', short],
  ] as const) {
    it(`equals a full scan after edits inside and around tables, statements and YAML keys (${name})`, () => {
      const arbLong = fc.array(fc.constantFrom(...fragments), { minLength: 20, maxLength: 150 }).map((p) => p.join(''));
      fc.assert(
        fc.property(
          arbLong.chain((text) =>
            fc.tuple(fc.constant(text), fc.array(arbEdit(text.length + 40), { minLength: 1, maxLength: 4 })),
          ),
          fc.constantFrom('data/mixed.txt', 'config/app.yaml', 'db/dump.sql', 'src/app.py'),
          ([initial, edits], path) => {
            let text = initial;
            let findings = d.scan(text, { path, willRescan: true });
            for (const { a, b, insert } of edits) {
              // Mostly short edits (a keystroke, a pasted line) near where `a` falls.
              const start = Math.min(a, text.length);
              const oldEnd = Math.min(start + (b % 24), text.length);
              const next = text.slice(0, start) + insert + text.slice(oldEnd);
              const edit: TextEdit = { start, oldEnd, newEnd: start + insert.length };
              findings = d.rescan(next, findings, edit, { path, willRescan: true });
              text = next;
              assert.deepEqual(findings, d.scan(text, { path }));
            }
          },
        ),
        { numRuns: 150, seed: 20261207 },
      );
    });
  }

  it('equals a full scan after edits inside long tables (resumed and stopped within them)', () => {
    // Rows, rows the edit can break or mend (a cell too many, a quote left open), and lines ending
    // or restarting a table, in many-row tables: edits land mostly inside rows.
    const rowPieces = [
      `7,ops,${strong()}\n`,
      `8,ci,${strong()}\n`,
      '9,qa,,\n',
      `10,"dev,${strong()}\n`,
      '\n',
      'id,user,password\n',
      '| User | Password |\n|---|---|\n',
      `| ops | ${strong()} |\n`,
      'CREATE TABLE t (id int, password text);\n',
    ];
    const arbTable = fc
      .array(fc.constantFrom(...rowPieces), { minLength: 10, maxLength: 120 })
      .map((p) => 'id,user,password\n' + p.join(''));
    fc.assert(
      fc.property(
        arbTable.chain((text) =>
          fc.tuple(fc.constant(text), fc.array(arbEdit(text.length + 10), { minLength: 1, maxLength: 4 })),
        ),
        ([initial, edits]) => {
          let text = initial;
          let findings = detector.scan(text, { path: 'data/users.csv', willRescan: true });
          for (const { a, b, insert } of edits) {
            const start = Math.min(a, text.length);
            const oldEnd = Math.min(start + (b % 3), text.length);
            const piece = b % 2 === 0 ? insert : ','.repeat(b % 3);
            const next = text.slice(0, start) + piece + text.slice(oldEnd);
            const edit: TextEdit = { start, oldEnd, newEnd: start + piece.length };
            findings = detector.rescan(next, findings, edit, { path: 'data/users.csv', willRescan: true });
            text = next;
            assert.deepEqual(findings, detector.scan(text, { path: 'data/users.csv' }));
          }
        },
      ),
      { numRuns: 300, seed: 20261208 },
    );
  });

  it('reads again only the rows and contexts an edit can change, not the whole file', () => {
    // Wide rows: reading the table costs far more than carrying its findings over.
    const comment = 'rotated by the ops team every quarter and see the runbook for the steps '.repeat(3);
    const rows = Array.from({ length: 4000 }, (_, i) => `${i},u${i},${strong()},${comment}`).join('\n');
    const prose = Array.from({ length: 200 }, (_, i) => `note ${i} about the secret rotation`).join('\n');
    let text = `${prose}\nid,user,password,comment\n${rows}\n${prose}\n`;
    const before = detector.work;
    let findings = detector.scan(text, { path: 'a.csv', willRescan: true });
    const scanWork = detector.work - before;
    assert.equal(findings.filter((f) => f.ruleId === TABULAR_RULE_ID).length, 4000);
    // Edits in the prose above the table and below it, in a row near the table's top and in one far
    // down it (read from the edited row, under the header it was read under, to the next row read alike).
    const far = text.indexOf('\n3000,') + 3;
    for (const at of [100, text.length - 100, prose.length + 40, far]) {
      text = text.slice(0, at) + 'x' + text.slice(at);
      const w0 = detector.work;
      findings = detector.rescan(
        text,
        findings,
        { start: at, oldEnd: at, newEnd: at + 1 },
        { path: 'a.csv', willRescan: true },
      );
      const rescanWork = detector.work - w0;
      assert.deepEqual(findings, detector.scan(text, { path: 'a.csv' }));
      assert.ok(rescanWork * 20 < scanWork, `rescan work ${rescanWork} vs scan ${scanWork}`);
    }
  });

  it('finds the rows again when an edit far above them restores their header', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},u${i},${strong()}`).join('\n');
    let text = `id,user,passwd\n${rows}\n`;
    let findings = detector.scan(text, { path: 'a.csv', willRescan: true });
    assert.equal(findings.length, 50);
    // Renaming the column to one that names no credential drops every row; renaming it back restores them.
    text = text.replace('passwd', 'colour');
    findings = detector.rescan(
      text,
      findings,
      { start: 8, oldEnd: 14, newEnd: 14 },
      { path: 'a.csv', willRescan: true },
    );
    assert.equal(findings.length, 0);
    text = text.replace('colour', 'passwd');
    findings = detector.rescan(
      text,
      findings,
      { start: 8, oldEnd: 14, newEnd: 14 },
      { path: 'a.csv', willRescan: true },
    );
    assert.equal(findings.length, 50);
  });
});

describe('header-context stage: hostile input stays linear', function () {
  this.timeout(120_000);

  function workFor(d: Detector, text: string): number {
    const before = d.work;
    d.scan(text, { path: 'big.csv' });
    return d.work - before;
  }

  const shapes: Record<string, (n: number) => string> = {
    'a CSV of many rows': (n) =>
      `id,user,password\n${Array.from({ length: n }, (_, i) => `${i},u,${fake.alnum(14)}9#`).join('\n')}`,
    'one long header line': (n) => `${Array.from({ length: n }, (_, i) => `password${i}`).join(',')}\n1,2,3\n`,
    'many headers': (n) => 'user,password\n'.repeat(n),
    'headers and one row each': (n) => `user,password\nops,${fake.alnum(14)}9#\n`.repeat(n),
    'open SQL statements': (n) => 'INSERT INTO t (id, password) VALUES\n'.repeat(n),
    'YAML keys above nothing': (n) => '  password: |\n'.repeat(n),
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}: doubling the input at most ~doubles the work`, () => {
      const small = workFor(detector, make(10_000));
      const large = workFor(detector, make(20_000));
      assert.ok(large / small <= 2.3, `work ${small} → ${large} (×${(large / small).toFixed(2)})`);
    });
  }

  it('a million-row CSV under a findings cap stops at the cap', () => {
    const text = `id,user,password\n${Array.from({ length: 1_000_000 }, (_, i) => `${i},u,Pw${i}x#`).join('\n')}`;
    const { findings, complete } = detector.scanAtMost(text, 25, { path: 'big.csv' });
    assert.equal(findings.length, 25);
    assert.equal(complete, false);
  });
});
