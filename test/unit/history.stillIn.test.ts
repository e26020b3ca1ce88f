import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BatchReader, inPackOrder } from '../../src/scan/historyCatFile';
import { LineKeyMatcher, linesKeys } from '../../src/scan/historyLines';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { GitRepo } from '../support/gitRepo';
import { runCli } from '../support/runCli';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(16160);

interface JsonFinding {
  path: string;
  commit: string;
  stillIn?: string[];
}

async function history(repo: GitRepo, args: string[] = [], format = 'json') {
  const run = await runCli(['scan', '--history', '-f', format, ...args], repo.root, { jobs: 1 });
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return run;
}

async function findings(
  repo: GitRepo,
  args: string[] = [],
): Promise<{ list: JsonFinding[]; history: { refsChecked?: number; refsNotChecked?: number } }> {
  const doc = JSON.parse((await history(repo, args)).stdout) as {
    findings: JsonFinding[];
    history: { refsChecked?: number; refsNotChecked?: number };
  };
  return { list: doc.findings, history: doc.history };
}

const tokenLine = (token: string) => `export const token = "${token}";\n`;

describe('scan --history: the refs a secret still lives in', function () {
  this.timeout(60_000);
  let repo: GitRepo;
  beforeEach(() => {
    repo = new GitRepo({ 'README.md': 'hello\n' });
    repo.commit('init');
  });
  afterEach(() => repo.dispose());

  it('names the branches and tags whose tip still holds it, and none once every ref has dropped it', async () => {
    const kept = fake.githubStyle('ghp_');
    const removed = fake.githubStyle('ghp_');
    repo.commit('two secrets', { 'src/a.ts': tokenLine(kept), 'src/b.ts': tokenLine(removed) });
    repo.git('tag', 'v1');
    repo.commit('drop one', { 'src/b.ts': 'export const token = process.env.TOKEN;\n' });
    const { list, history: scope } = await findings(repo);
    const byPath = new Map(list.map((f) => [f.path, f]));
    assert.deepEqual(byPath.get('src/a.ts')!.stillIn, ['main', 'v1']);
    assert.deepEqual(byPath.get('src/b.ts')!.stillIn, ['v1'], 'the tag still holds the removed one');
    assert.equal(scope.refsChecked, 2);
    repo.git('tag', '-d', 'v1');
    const after = new Map((await findings(repo)).list.map((f) => [f.path, f]));
    assert.deepEqual(after.get('src/b.ts')!.stillIn, [], 'only in history now');
    assert.deepEqual(after.get('src/a.ts')!.stillIn, ['main']);
  });

  it('follows a renamed file and a side branch, and looks only at the tips a range names', async () => {
    const token = fake.githubStyle('ghp_');
    repo.commit('add', {
      'old/name.ts': '// a file long enough to be seen as renamed\n' + tokenLine(token) + 'export const other = 2;\n',
    });
    repo.git('checkout', '-q', '-b', 'side');
    repo.git('mv', 'old/name.ts', 'new-name.ts');
    repo.commit('rename');
    repo.git('checkout', '-q', 'main');
    repo.commit('remove', { 'old/name.ts': null });
    const all = await findings(repo);
    assert.deepEqual(
      all.list.map((f) => [f.path, f.stillIn]),
      [['old/name.ts', ['side']]],
    );
    const range = await findings(repo, ['main~1..main']);
    assert.deepEqual(range.list, [], 'the range adds nothing');
    const onMain = await findings(repo, ['--branch', 'main']);
    assert.deepEqual(
      onMain.list.map((f) => f.stillIn),
      [[]],
    );
    assert.equal(onMain.history.refsChecked, 1);
  });

  it('looks at 200 refs at most and says how many it left out', async () => {
    const added = repo.commit('add', { 'a.ts': tokenLine(fake.githubStyle('ghp_')) });
    const tags = Array.from({ length: 205 }, (_, i) => `create refs/tags/t${String(i).padStart(3, '0')} ${added}\n`);
    execFileSync('git', ['update-ref', '--stdin'], { cwd: repo.root, input: tags.join('') });
    const { list, history: scope } = await findings(repo);
    assert.deepEqual([scope.refsChecked, scope.refsNotChecked], [200, 6]);
    assert.equal(list[0]!.stillIn!.length, 200);
    assert.deepEqual(list[0]!.stillIn!.slice(0, 2), ['main', 't000'], 'in the order git lists refs');
  });

  it('reads files in pack order, keeping ids git does not list', async () => {
    repo.commit('files', { 'a.txt': 'one\n', 'b.txt': 'two\n' });
    repo.git('gc', '-q');
    const blobs = ['a.txt', 'b.txt', 'README.md'].map((p) => repo.git('rev-parse', `HEAD:${p}`));
    const unknown = 'f'.repeat(40);
    const ordered = await inPackOrder(repo.root, [unknown, ...blobs]);
    assert.deepEqual([...ordered].sort(), [unknown, ...blobs].sort());
    assert.equal(ordered[ordered.length - 1], unknown, 'an id git does not list comes last');
  });

  it('says it in text and SARIF, never with the secret', async () => {
    const token = fake.githubStyle('ghp_');
    repo.commit('add', { 'a.ts': tokenLine(token) });
    const text = (await history(repo, [], 'text')).stdout;
    assert.match(text, /still in main/);
    const sarif = JSON.parse((await history(repo, [], 'sarif')).stdout) as {
      runs: { results: { properties: { stillIn: string[] } }[] }[];
    };
    assert.deepEqual(sarif.runs[0]!.results[0]!.properties.stillIn, ['main']);
    repo.commit('remove', { 'a.ts': null });
    assert.match((await history(repo, [], 'text')).stdout, /no longer in any ref checked: only in history/);
    assert.ok(!text.includes(token));
  });
});

describe('cat-file --batch reading', () => {
  it('splits objects across chunk boundaries and skips missing names', () => {
    const oid = 'a'.repeat(40);
    const body = Buffer.from('line one\nline two\n');
    const stream = Buffer.concat([
      Buffer.from(`nope missing\n${oid} blob ${body.length}\n`),
      body,
      Buffer.from(`\n${'b'.repeat(40)} blob 0\n\n`),
    ]);
    const reader = new BatchReader();
    const got: { oid: string; content: Buffer }[] = [];
    for (let at = 0; at < stream.length; at += 5) got.push(...reader.push(stream.subarray(at, at + 5)));
    assert.deepEqual(
      got.map((o) => [o.oid, o.content.toString()]),
      [
        [oid, body.toString()],
        ['b'.repeat(40), ''],
      ],
    );
  });
});

describe('line keys of found secrets', () => {
  it('finds the same lines in another file: moved, without a final line break, CRLF kept apart, several lines', () => {
    const found = Buffer.from('one\nkey = AAAA\n\nBEGIN\nmiddle\nEND\n');
    const [single, block, past] = linesKeys(found, [
      [2, 2],
      [4, 6],
      [7, 7],
    ]) as [string, string, string | undefined];
    assert.equal(past, undefined, 'past the end');
    assert.ok(!single.includes('AAAA'), 'a key never holds the line');
    const matcher = new LineKeyMatcher(new Set([single, block]));
    assert.deepEqual([...matcher.held(Buffer.from('x\ny\nkey = AAAA'))], [single]);
    assert.deepEqual([...matcher.held(Buffer.from('BEGIN\nmiddle\nEND\nkey = AAAA\n'))].sort(), [single, block].sort());
    assert.deepEqual([...matcher.held(Buffer.from('key = AAAA\r\n'))], [], 'another line: a CR more');
    assert.deepEqual([...matcher.held(Buffer.from('key = AAAB\nBEGIN\nmiddle\n'))], [], 'same length, other bytes');
  });
});
