import assert from 'node:assert/strict';
import { builtinVerifiers } from '../../src/core/verify/index';
import { startTestServer, type RecordedRequest, type TestServer } from '../support/httpsTestServer';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';
import { credentialFor, testHosts } from './verify.helpers';

// Credentials are built at runtime from the rules' own generated positives: nothing committed is a credential.
const github = credentialFor(
  builtinVerifiers.find((v) => v.id === 'github-user')!,
  11,
);
const slack = credentialFor(
  builtinVerifiers.find((v) => v.id === 'slack')!,
  12,
);

/** GitHub says live, Slack says revoked. */
function providers(req: RecordedRequest) {
  if (req.host === 'api.github.com')
    return { status: 200, body: JSON.stringify({ login: 'octo-tester' }), headers: { 'X-OAuth-Scopes': 'repo' } };
  return { status: 200, body: JSON.stringify({ ok: false, error: 'token_revoked' }) };
}

describe('CLI --verify', function () {
  this.timeout(30_000);
  let server: TestServer;
  let ws: TempWorkspace;
  const cli = (args: string[], stdin?: string) =>
    runCli(args, ws.root, {
      jobs: 1,
      verifyTarget: { host: '127.0.0.1', port: server.port, ca: server.ca },
      ...(stdin !== undefined ? { stdin } : {}),
    });
  const assertNoSecret = (...outputs: string[]) => {
    for (const o of outputs)
      for (const s of [github.secret, slack.secret]) assert.ok(!o.includes(s), 'output holds a secret');
  };

  before(async () => {
    server = await startTestServer(testHosts());
    server.play(providers);
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    ws = new TempWorkspace({ 'a/slack.env': `${slack.text}\n`, 'b/github.ts': `${github.text}\n` });
  });
  afterEach(() => ws.dispose());

  it('asks nothing without --verify', async () => {
    const r = await cli(['scan', '.']);
    assert.equal(r.code, 1);
    assert.equal(server.requests.length, 0);
    assert.doesNotMatch(r.stdout, /live|revoked/);
  });

  it('prints each provider answer in the text report, never a value', async () => {
    const r = await cli(['scan', '--verify', '.']);
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /GitHub: live \(user octo-tester; scopes repo\) · rotate now: https:\/\/github\.com\/settings\/tokens/,
    );
    assert.match(r.stdout, /Slack: revoked: Slack says token_revoked/);
    assert.deepEqual(server.requests.map((q) => q.host).sort(), ['api.github.com', 'slack.com']);
    assertNoSecret(r.stdout, r.stderr);
  });

  it('puts the answers in JSON and SARIF properties; a live finding is a SARIF error', async () => {
    const json = JSON.parse((await cli(['scan', '--verify', '--format', 'json', '.'])).stdout);
    assert.deepEqual(json.summary.verified, { live: 1, revoked: 1, unknown: 0 });
    const gh = json.findings.find((f: { provider: string }) => f.provider === 'GitHub');
    assert.deepEqual(gh.verification, {
      status: 'live',
      provider: 'GitHub',
      verifier: 'github-user',
      identity: 'user octo-tester; scopes repo',
      reason: null,
      rotation: 'https://github.com/settings/tokens',
    });
    const sarifRun = await cli(['scan', '--verify', '--format', 'sarif', '.']);
    const results = JSON.parse(sarifRun.stdout).runs[0].results;
    const live = results.find(
      (x: { properties: { verification?: { status: string } } }) => x.properties.verification?.status === 'live',
    );
    assert.equal(live.level, 'error');
    assert.match(live.message.text, /Provider check: live/);
    assertNoSecret(sarifRun.stdout);
  });

  it('--fail-on live fails only on a live credential, and needs --verify', async () => {
    assert.equal((await cli(['scan', '--verify', '--fail-on', 'live', '.'])).code, 1);
    assert.equal(
      (await cli(['scan', '--verify', '--fail-on', 'live', 'a'])).code,
      0,
      'a revoked Slack token does not fail it',
    );
    server.requests.length = 0;
    const usage = await cli(['scan', '--fail-on', 'live', '.']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--fail-on live needs --verify/);
    assert.equal(
      (await cli(['scan', '--verify-proxy', 'http://127.0.0.1:9', '.'])).code,
      2,
      '--verify-proxy needs --verify',
    );
    assert.equal(
      (await cli(['scan', '--verify', '--verify-proxy', 'socks5://127.0.0.1:9', '.'])).code,
      2,
      'only http:// proxies',
    );
    assert.equal(server.requests.length, 0);
  });

  it('a baseline does not hide a live secret unless --baseline-hides-live', async () => {
    assert.equal((await cli(['baseline', '.'])).code, 0);
    const hidden = await cli(['scan', '--baseline', '.ai-secret-guard-baseline.json', '--format', 'json', '.']);
    assert.equal(JSON.parse(hidden.stdout).findings.length, 0);
    const verified = JSON.parse(
      (await cli(['scan', '--verify', '--baseline', '.ai-secret-guard-baseline.json', '--format', 'json', '.'])).stdout,
    );
    assert.deepEqual(
      verified.findings.map((f: { provider: string; baselinedButLive?: boolean }) => [f.provider, f.baselinedButLive]),
      [['GitHub', true]],
    );
    assert.equal(verified.summary.baselined, 1, 'the revoked Slack token stays baselined');
    const asked = JSON.parse(
      (
        await cli([
          'scan',
          '--verify',
          '--baseline-hides-live',
          '--baseline',
          '.ai-secret-guard-baseline.json',
          '--format',
          'json',
          '.',
        ])
      ).stdout,
    );
    assert.equal(asked.findings.length, 0);
  });

  it('evidence --verify lists live secrets first under Rotation needed, with the rotation page', async () => {
    const r = await cli(['evidence', '--verify', '--no-exposure', '.']);
    const rotation = r.stdout.split('### Rotation needed')[1]!.split('###')[0]!;
    const items = rotation.split('\n').filter((l) => l.startsWith('- [ ]'));
    assert.equal(items.length, 2);
    assert.match(
      items[0]!,
      /\*\*Live\*\* — rotated or revoked: \*\*GitHub.*\(https:\/\/github\.com\/settings\/tokens\).*Provider check: live \(user octo-tester; scopes repo\)/,
    );
    assert.match(items[1]!, /Provider check: revoked/);
    assert.match(r.stdout, /\*\*Checked with providers:\*\* 1 live, 1 revoked, 0 unknown/);
    assertNoSecret(r.stdout, r.stderr);
  });

  it('verifies what it read from standard input', async () => {
    const r = await cli(['scan', '--verify', '-'], `${github.text}\n`);
    assert.match(r.stdout, /GitHub: live/);
    assert.equal(server.requests.length, 1);
  });
});
