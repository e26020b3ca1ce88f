import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { insertColumnAt } from '../../src/core/rules/providers/sqlInsertCursor';

// sql-insert-secret-column on one-line dumps (issue 12: nothing quadratic). Every value is generated
// at runtime by FakeTokens; nothing here is a committed secret.
const fake = new FakeTokens(0x5a1);
const rule = builtinRules.filter((r) => r.id === 'sql-insert-secret-column');
/** Scans any line whole, as a long line would be read with the line-length limit raised. */
const whole = new Detector(rule, { maxLineLength: 1 << 24 });
const found = (text: string) => whole.scan(text, { path: 'dump.sql' });

/** `rows` rows of a users table whose literals stand under columns naming nothing secret. */
function plainRows(rows: number): string {
  const parts: string[] = [];
  for (let i = 0; i < rows; i++) parts.push(`(${i},'user${i}@corp.example','Member Number ${i}',NULL)`);
  return parts.join(',');
}

const USERS = 'INSERT INTO `users` (`id`, `email`, `full_name`, `password`) VALUES ';

/** A reading from the line's start: the last header before `at`, then the values from its end. */
function columnFromStart(line: string, at: number): string | undefined {
  const headers = [
    ...line
      .slice(0, at)
      .matchAll(
        /\binsert\s{1,4}(?:ignore\s{1,4})?(?:into\s{1,4})?[\w`"'.[\]]{1,128}\s{0,4}\(([^()]{1,2000})\)\s{0,4}values\s{0,4}/gi,
      ),
  ];
  const header = headers[headers.length - 1];
  if (header === undefined) return undefined;
  let depth = 0;
  let position = -1;
  let quoted = false;
  for (let i = header.index + header[0].length; i < at; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === '(' && ++depth === 1) position = 0;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 1) position++;
  }
  if (quoted || depth !== 1) return undefined;
  return header[1]!.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''))[position];
}

describe('sql-insert-secret-column on one-line dumps', () => {
  it("finds the last row's secret of a 20,000-row line, under its own column only", () => {
    const secret = fake.alnum(12) + '#7';
    const line = `${USERS}${plainRows(20_000)},(20000,'svc@corp.example','${fake.alnum(14)}','${secret}');`;
    const findings = found(line);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.start, line.lastIndexOf(secret));
    assert.match(findings[0]!.why ?? '', /column password/);
  });

  it('reads each INSERT of a line under its own column list', () => {
    const secret = fake.alnum(40);
    // The second statement's third value is its client_secret, where the first one's is a title.
    const second = `INSERT INTO notes (id, body, title) VALUES (1,'hello there all','Quarterly plan'); INSERT INTO api_clients (id, name, client_secret) VALUES (2,'billing','${secret}');`;
    assert.deepEqual(
      found(second).map((f) => f.start),
      [second.indexOf(secret)],
    );
    // And the other way round: under the second statement's title, the same value is no secret.
    const first = `INSERT INTO api_clients (id, name, client_secret) VALUES (2,'billing',NULL); INSERT INTO notes (id, body, title) VALUES (1,'hello there all','${secret}');`;
    assert.deepEqual(found(first), []);
  });

  it('reads each character of the rows once, however many literals the line holds', () => {
    const line = `${USERS}${plainRows(5_000)};`;
    // A String object counting its reads stands for the line (the cursor reads it with charCodeAt).
    let reads = 0;
    const counted = Object.assign(new String(line), {
      charCodeAt(i: number): number {
        reads++;
        return line.charCodeAt(i);
      },
    }) as unknown as string;
    let literals = 0;
    for (let at = line.indexOf("'"); at >= 0; at = line.indexOf("'", line.indexOf("'", at + 1) + 1)) {
      // Each row holds an email, then a name.
      assert.equal(insertColumnAt(counted, at), literals % 2 === 0 ? 'email' : 'full_name');
      literals++;
    }
    assert.equal(literals, 10_000);
    assert.ok(reads <= line.length, `${reads} reads for ${line.length} characters`);
  });

  it('answers as a reading from the line start does, in any order of offsets and lines', () => {
    const piece = fc.constantFrom(
      'INSERT INTO t (a, password) VALUES ',
      'insert ignore into `u` (`token`,`id`)values',
      'INSERT x (secret) VALUES',
      '(',
      ')',
      ',',
      "'",
      '\\',
      "''",
      'abc',
      ' ',
      ';',
    );
    const line = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.array(fc.nat(), { maxLength: 12 })), { maxLength: 4 }), (asks) => {
        for (const [text, offsets] of asks) {
          // Ascending offsets first (as a scan asks), then as drawn (any order).
          const sorted = offsets.map((o) => o % (text.length + 1)).sort((x, y) => x - y);
          for (const at of [...sorted, ...offsets.map((o) => o % (text.length + 1))])
            assert.equal(insertColumnAt(text, at), columnFromStart(text, at), `${JSON.stringify(text)} at ${at}`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
