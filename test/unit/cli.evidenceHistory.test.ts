import assert from 'node:assert/strict';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { GitRepo } from '../support/gitRepo';
import { runCli } from '../support/runCli';

// Every token is generated at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(16019);
const tokenLine = (token: string) => `export const token = "${token}";\n`;

function section(md: string, heading: string): string {
  const start = md.indexOf(`### ${heading}\n`);
  assert.ok(start !== -1, `missing section ${heading}`);
  const next = md.indexOf('\n### ', start + 4);
  return md.slice(start, next === -1 ? undefined : next);
}

describe('CLI: evidence --history', function () {
  this.timeout(60_000);
  let repo: GitRepo;
  const removed = fake.githubStyle('ghp_');
  const current = fake.githubStyle('ghp_');
  let leakCommit = '';

  beforeEach(() => {
    repo = new GitRepo({ 'README.md': 'hello\n' });
    repo.commit('init');
    leakCommit = repo.commit('leak', { 'src/old.ts': tokenLine(removed) });
    repo.commit('remove', { 'src/old.ts': 'export const token = process.env.TOKEN;\n' });
    repo.commit('current', { 'src/now.ts': tokenLine(current) });
  });
  afterEach(() => repo.dispose());

  it('lists secrets found only in history under Rotation needed and drops the "history not scanned" risk', async () => {
    const run = await runCli(['evidence', '--history', '--no-exposure'], repo.root, { jobs: 1 });
    assert.equal(run.code, 1, run.stderr);
    const rotation = section(run.stdout, 'Rotation needed');
    assert.match(
      rotation,
      new RegExp(`in git history only: \`src/old\\.ts:1\` added in commit \`${leakCommit.slice(0, 12)}\``),
    );
    assert.match(rotation, /`src\/now\.ts:1` \(high\)/);
    assert.equal(rotation.match(/- \[ \]/g)?.length, 2, 'the current secret is not listed a second time as history');
    assert.match(
      section(run.stdout, 'Result'),
      /\*\*Git history:\*\* 4 commits scanned \(`--all`\): 1 secret found only in history/,
    );
    assert.doesNotMatch(section(run.stdout, 'Unverified risk'), /Git history was not scanned/);
    for (const s of [removed, current]) assert.ok(!run.stdout.includes(s) && !run.stderr.includes(s));
  });

  it('keeps the risk, and says nothing of history-only secrets, without the flag', async () => {
    const run = await runCli(['evidence', '--no-exposure'], repo.root, { jobs: 1 });
    assert.match(section(run.stdout, 'Unverified risk'), /Git history was not scanned/);
    assert.doesNotMatch(run.stdout, /history only/);
  });

  it('fails on a secret that is only in history, even when the files are clean', async () => {
    repo.commit('clean up', { 'src/now.ts': 'export const token = process.env.TOKEN;\n' });
    const clean = await runCli(['evidence', '--no-exposure'], repo.root, { jobs: 1 });
    assert.equal(clean.code, 0);
    const run = await runCli(['evidence', '--history', '--no-exposure'], repo.root, { jobs: 1 });
    assert.equal(run.code, 1);
    assert.match(section(run.stdout, 'Result'), /✖ FAIL:\*\* 2 findings/);
    assert.match(section(run.stdout, 'Reviewer sign-off'), /Every secret under "Rotation needed"/);
  });
});
