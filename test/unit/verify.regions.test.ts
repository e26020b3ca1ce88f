import assert from 'node:assert/strict';
import { builtinVerifiers, configuredVerifiers, hostAllowed, verifierCatalogue } from '../../src/core/verify/index';
import { regionalRequests, validInstanceHost } from '../../src/core/verify/regions';
import type { ProviderRequest, VerifierDefinition } from '../../src/core/verify/types';
import { verifyFindings } from '../../src/scan/verify/verifyFindings';
import { startTestServer, type PlayedAnswer, type TestServer } from '../support/httpsTestServer';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';
import { checkerFor, credentialFor, detector, testHosts } from './verify.helpers';

// Credentials come from the rules' runtime-generated positives (see verify.helpers): nothing here is a real key.
const verifier = (id: string) => builtinVerifiers.find((v) => v.id === id)!;
const json = (status: number, body: unknown): PlayedAnswer => ({
  status,
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json' },
});
const INSTANCE = 'gitlab.example.org';

/** Per provider: a live answer, and its answer for a key of the other region (a rejection). */
const REGIONAL = {
  newrelic: {
    live: json(200, { data: { actor: { user: { name: 'NR User', email: 'nr@example.com' } } } }),
    rejected: json(401, { errors: [{ message: 'Invalid API key' }] }),
    hosts: ['api.newrelic.com', 'api.eu.newrelic.com'],
  },
  mailgun: {
    live: json(200, { total_count: 3, items: [] }),
    rejected: { status: 401, body: 'Forbidden', headers: { 'Content-Type': 'text/plain' } },
    hosts: ['api.mailgun.net', 'api.eu.mailgun.net'],
  },
};

describe('verification: regions and self-managed instances', () => {
  let server: TestServer;
  const hosts = () => server.requests.map((r) => r.host);
  before(async () => {
    server = await startTestServer([...testHosts(), INSTANCE]);
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  for (const [id, cases] of Object.entries(REGIONAL)) {
    describe(`${id}: US first, EU only when the US rejects the key`, () => {
      it('asks the EU after a US rejection and names the region of a live key', async () => {
        const { job, secret } = credentialFor(verifier(id));
        server.play((req) => (req.host === cases.hosts[1] ? cases.live : cases.rejected));
        const result = await checkerFor(server).check(job);
        assert.equal(result.status, 'live', JSON.stringify(result));
        assert.match(result.identity ?? '', /; EU region$/);
        assert.deepEqual(hosts(), cases.hosts);
        assert.deepEqual(
          server.requests.map((r) => r.path),
          [server.requests[0]!.path, server.requests[0]!.path],
          'the same call in both regions',
        );
        assert.ok(!JSON.stringify(result).includes(secret));
      });

      it('does not ask the EU about a key the US accepts', async () => {
        server.play(() => cases.live);
        const result = await checkerFor(server).check(credentialFor(verifier(id)).job);
        assert.equal(result.status, 'live');
        assert.match(result.identity ?? '', /; US region$/);
        assert.deepEqual(hosts(), [cases.hosts[0]]);
      });

      it('reads a key both regions reject as revoked, with each reason', async () => {
        server.play(() => cases.rejected);
        const result = await checkerFor(server).check(credentialFor(verifier(id)).job);
        assert.equal(result.status, 'revoked');
        assert.match(result.reason ?? '', /^US region: .*HTTP 401.*; EU region: .*HTTP 401/);
        assert.deepEqual(hosts(), cases.hosts);
      });

      it('stops at a US answer that is not a rejection (rate limit, server error): the EU is not asked', async () => {
        server.play(() => ({ status: 429, body: '{}', headers: { 'Retry-After': '5' } }));
        const limited = await checkerFor(server).check(credentialFor(verifier(id), 3).job);
        assert.equal(limited.status, 'unknown');
        assert.match(limited.reason ?? '', /^US region: rate-limited/);
        server.play(() => ({ status: 503, body: 'down' }));
        const down = await checkerFor(server).check(credentialFor(verifier(id), 4).job);
        assert.equal(down.status, 'unknown');
        assert.deepEqual(hosts(), [cases.hosts[0], cases.hosts[0]]);
      });
    });
  }

  describe('GitLab', () => {
    const gitlab = verifier('gitlab');
    const live = json(200, { id: 4, name: 'ci-token', active: true, scopes: ['api'], user_id: 24 });
    const rejected = json(401, { message: '401 Unauthorized' });

    it('asks gitlab.com only, when no instance is configured', async () => {
      assert.deepEqual(gitlab.hosts, ['gitlab.com']);
      assert.equal(gitlab.regions, undefined);
      assert.equal(configuredVerifiers(), builtinVerifiers);
      assert.equal(configuredVerifiers({ gitlabInstances: [] }), builtinVerifiers);
      server.play(() => rejected);
      const result = await checkerFor(server).check(credentialFor(gitlab).job);
      assert.equal(result.status, 'revoked');
      assert.deepEqual(hosts(), ['gitlab.com']);
    });

    it('asks a configured instance after gitlab.com rejects the token, and names it', async () => {
      const configured = configuredVerifiers({ gitlabInstances: [INSTANCE] }).find((v) => v.id === 'gitlab')!;
      assert.deepEqual(configured.hosts, ['gitlab.com', INSTANCE]);
      server.play((req) => (req.host === INSTANCE ? live : rejected));
      const result = await checkerFor(server).check({ ...credentialFor(gitlab).job, verifier: configured });
      assert.equal(result.status, 'live');
      assert.match(result.identity ?? '', /token ci-token; user id 24; scopes api; instance gitlab\.example\.org$/);
      assert.deepEqual(hosts(), ['gitlab.com', INSTANCE]);
      assert.deepEqual(
        server.requests.map((r) => r.path),
        ['/api/v4/personal_access_tokens/self', '/api/v4/personal_access_tokens/self'],
      );
    });

    it('never takes a host from the scanned text: an instance named beside the token is not called', async () => {
      const { text } = credentialFor(gitlab);
      const withHost = `GITLAB_URL=https://${INSTANCE}\n${text}\n`;
      server.play(() => rejected);
      const answers = await verifyFindings(
        [{ text: withHost, findings: detector.scan(withHost, {}) }],
        checkerFor(server),
        verifierCatalogue(),
      );
      assert.equal([...answers.values()].find((v) => v.verifierId === 'gitlab')?.status, 'revoked');
      assert.deepEqual(hosts(), ['gitlab.com']);
    });
  });

  describe('the allowlist stays fixed per verifier', () => {
    it('sends every regional request to a host in the allowlist of its own verifier', () => {
      const all = [...builtinVerifiers, ...configuredVerifiers({ gitlabInstances: [INSTANCE] })];
      for (const v of all) {
        const request = v.request(credentialFor(builtinVerifiers.find((b) => b.id === v.id)!).job.credential);
        for (const { request: r } of regionalRequests(v, request as ProviderRequest))
          assert.ok(hostAllowed(v, new URL(r.url).hostname), `${v.id} -> ${r.url}`);
        for (const region of v.regions ?? []) assert.ok(hostAllowed(v, region.host), `${v.id}: ${region.host}`);
      }
    });

    it('refuses a region outside the allowlist: nothing is sent there', async () => {
      const newrelic = verifier('newrelic');
      const rogue: VerifierDefinition = {
        ...newrelic,
        regions: [...newrelic.regions!, { label: 'elsewhere', host: 'evil.example' }],
      };
      server.play(() => REGIONAL.newrelic.rejected);
      const result = await checkerFor(server).check({ ...credentialFor(newrelic).job, verifier: rogue });
      assert.equal(result.status, 'unknown');
      assert.match(result.reason ?? '', /elsewhere: refused to send to evil\.example/);
      assert.deepEqual(hosts(), REGIONAL.newrelic.hosts);
    });

    it('accepts only plain host names as instances', () => {
      assert.equal(validInstanceHost(' GitLab.Example.org '), 'gitlab.example.org');
      for (const bad of [
        'https://gitlab.example.org',
        'gitlab.example.org:8443',
        'gitlab.example.org/x',
        'localhost',
        '-a.example',
        'a..b',
        '',
      ])
        assert.equal(validInstanceHost(bad), undefined, bad);
    });
  });

  describe('CLI --verify-gitlab-host', function () {
    this.timeout(30_000);
    let ws: TempWorkspace;
    const { text, secret } = credentialFor(verifier('gitlab'), 21);
    const cli = (args: string[]) =>
      runCli(args, ws.root, { jobs: 1, verifyTarget: { host: '127.0.0.1', port: server.port, ca: server.ca } });
    beforeEach(() => {
      ws = new TempWorkspace({ 'ci.env': `${text}\n` });
      server.play((req) =>
        req.host === INSTANCE ? json(200, { name: 'deploy', active: true, user_id: 7 }) : json(401, {}),
      );
    });
    afterEach(() => ws.dispose());

    it('asks the named instance after gitlab.com, and reports the answer without the value', async () => {
      const r = await cli(['scan', '--verify', '--verify-gitlab-host', INSTANCE, '--format', 'json', '.']);
      assert.equal(r.code, 1);
      assert.deepEqual(hosts(), ['gitlab.com', INSTANCE]);
      const verification = JSON.parse(r.stdout).findings[0].verification;
      assert.equal(verification.status, 'live');
      assert.match(verification.identity, /instance gitlab\.example\.org/);
      assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret));
    });

    it('sends nothing to an instance without the flag, and rejects a malformed host or the flag alone', async () => {
      await cli(['scan', '--verify', '.']);
      assert.deepEqual(hosts(), ['gitlab.com']);
      const malformed = await cli(['scan', '--verify', '--verify-gitlab-host', `https://${INSTANCE}`, '.']);
      assert.equal(malformed.code, 2);
      assert.match(malformed.stderr, /--verify-gitlab-host expects a host name/);
      const alone = await cli(['scan', '--verify-gitlab-host', INSTANCE, '.']);
      assert.equal(alone.code, 2);
      assert.match(alone.stderr, /applies with --verify only/);
      assert.deepEqual(hosts(), ['gitlab.com']);
    });
  });
});
