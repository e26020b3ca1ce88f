import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fileKindOf } from '../../src/core/fileKind';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeContext } from '../../src/core/rules/judge/context';
import { judgeCandidate, nameLength, type Candidate } from '../../src/core/rules/judge/judge';
import { judgeName } from '../../src/core/rules/judge/names';
import { STRONG_MIN_LENGTH } from '../../src/core/rules/judge/values';
import type { Verdict } from '../../src/core/rules/types';

// Values are built at runtime (FakeTokens and fast-check); nothing here is a committed secret.
const fake = new FakeTokens(0x5e);

/** judgeCandidate with its first three rejections in their earlier order: context, short where illustrative, name. */
function contextFirst(candidate: Candidate): Verdict | false {
  const ctx = judgeContext(candidate.context, candidate.nameStart, candidate.valueEnd, candidate.quoted);
  if (ctx === undefined) return false;
  if (ctx.illustrative && candidate.explicit !== true && candidate.value.length < STRONG_MIN_LENGTH) return false;
  if ((candidate.kind ?? judgeName(candidate.name)?.kind) === undefined) return false;
  return judgeCandidate(candidate);
}

const NAMES = [
  'password',
  'DB_PASS',
  'apiTokenSecret',
  'clientSecretId',
  'passwordHash',
  'api_key',
  'token',
  'csrf_token',
  'secretName',
  'pw',
];
const PREFIXES = ['', 'const ', '// ', '# ', '  * ', 'if (', 'export ', '<li>', 'curl -H x?', 'var a=1,', '$ '];
const OPERATORS = ['=', ': ', ' = ', ' => ', '==', ':='];
const PATHS = [
  undefined,
  'app.ts',
  'src/config.yml',
  '.env',
  'README.md',
  'docs/setup.md',
  'test/login.spec.ts',
  'conf/app.properties',
  'input.txt',
  'example.env.sample',
];
const VALUES = [
  fake.alnum(24),
  fake.alnum(12),
  fake.lower(10),
  `Summer${fake.digits(4)}!`,
  'changeme',
  'process.env.X',
  `k.${fake.lower(8)}`,
  fake.base64(40),
  'your_password_here',
  '${DB_PASSWORD}',
  fake.digits(10),
];

const arbCandidate = fc
  .record({
    prefix: fc.constantFrom(...PREFIXES),
    name: fc.constantFrom(...NAMES),
    operator: fc.constantFrom(...OPERATORS),
    quote: fc.constantFrom('', '"', "'", '`'),
    value: fc.oneof(fc.constantFrom(...VALUES), fc.string({ minLength: 1, maxLength: 30 })),
    suffix: fc.constantFrom('', ';', ',', ' // test', ')'),
    path: fc.constantFrom(...PATHS),
    kind: fc.constantFrom(undefined, 'password' as const),
    explicit: fc.boolean(),
  })
  .map(({ prefix, name, operator, quote, value, suffix, path, kind, explicit }): Candidate => {
    const line = `${prefix}${name}${operator}${quote}${value}${quote}${suffix}`;
    return {
      name,
      value,
      quoted: quote !== '',
      context: { path, file: fileKindOf(path), line, matchIndex: prefix.length },
      nameStart: prefix.length,
      valueEnd: line.length - suffix.length,
      kind,
      explicit,
    };
  });

describe('judge: the order of its checks', () => {
  it('gives the verdict it gave when the context was judged before the name', () => {
    fc.assert(
      fc.property(arbCandidate, (candidate) => {
        assert.deepEqual(judgeCandidate(candidate), contextFirst(candidate));
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts some candidates, so the comparison above sees verdicts, not only rejections', () => {
    const line = `DB_PASSWORD=Summer${fake.digits(4)}!`;
    const candidate: Candidate = {
      name: 'DB_PASSWORD',
      value: line.slice(12),
      quoted: false,
      context: { path: 'conf/app.properties', file: fileKindOf('conf/app.properties'), line, matchIndex: 0 },
      nameStart: 0,
      valueEnd: line.length,
    };
    assert.notEqual(judgeCandidate(candidate), false);
    assert.deepEqual(judgeCandidate(candidate), contextFirst(candidate));
  });

  it('reads the name at the start of a match as the pattern [A-Za-z0-9_.-]* does', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        assert.equal(nameLength(text), /^[A-Za-z0-9_.-]*/.exec(text)![0].length);
      }),
    );
    assert.equal(nameLength('api_key.v2-x="abc"'), 12);
  });
});
