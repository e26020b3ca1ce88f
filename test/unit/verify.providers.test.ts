import assert from 'node:assert/strict';
import { builtinVerifiers, hostAllowed } from '../../src/core/verify/index';
import { startTestServer, type TestServer } from '../support/httpsTestServer';
import { PROVIDER_CASES } from './verify.fixtures';
import type { RecordedRequest } from '../support/httpsTestServer';
import { checkerFor, credentialFor, testHosts } from './verify.helpers';

/** Whether the request holds `value`: in its path, body or a header, Basic auth decoded. */
function carries(req: RecordedRequest, value: string): boolean {
  const basic = /^Basic (.+)$/.exec(String(req.headers['authorization'] ?? ''))?.[1];
  const decoded = basic ? Buffer.from(basic, 'base64').toString('utf8') : '';
  return JSON.stringify(req).includes(value) || decoded.includes(value);
}

describe('verification: every provider against a local HTTPS server playing its documented answers', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(testHosts());
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('has a documented case for every verifier, and at least 25 providers', () => {
    assert.deepEqual(
      builtinVerifiers.map((v) => v.id).filter((id) => !PROVIDER_CASES[id]),
      [],
    );
    assert.ok(new Set(builtinVerifiers.map((v) => v.provider)).size >= 25);
  });

  for (const v of builtinVerifiers) {
    const cases = PROVIDER_CASES[v.id]!;
    describe(`${v.id} (${v.provider})`, () => {
      it('reads a working credential as live, with whom it belongs to, asked of an allowed host only', async () => {
        const { job, secret } = credentialFor(v);
        server.play(() => cases.valid);
        const result = await checkerFor(server).check(job);
        assert.equal(result.status, 'live', JSON.stringify(result));
        assert.match(result.identity ?? '', cases.identity);
        assert.equal(result.rotation, v.rotation);
        assert.equal(server.requests.length, 1);
        const [req] = server.requests;
        assert.ok(hostAllowed(v, req!.host), `sent to ${req!.host}`);
        assert.ok(!JSON.stringify(result).includes(secret), 'the result holds no secret');
        assert.ok(carries(req!, secret), 'the credential is in the request');
        // AWS: the secret access key signs the request and never travels.
        if (job.secretPartner) assert.ok(!carries(req!, job.credential.partner!), 'the partner secret is not sent');
      });

      it('reads a revoked credential as revoked', async () => {
        server.play(() => cases.revoked);
        const result = await checkerFor(server).check(credentialFor(v).job);
        assert.equal(result.status, cases.revokedStatus ?? 'revoked', JSON.stringify(result));
        assert.ok(result.reason);
      });

      it('reads a rate limit as unknown and sends no further credential to that provider this run', async () => {
        server.play(() => ({ status: 429, body: '{"error":"slow down"}', headers: { 'Retry-After': '30' } }));
        const checker = checkerFor(server, { concurrency: 1 });
        const first = await checker.check(credentialFor(v, 1).job);
        const second = await checker.check(credentialFor(v, 2).job);
        assert.equal(first.status, 'unknown');
        assert.match(first.reason ?? '', /rate-limited/);
        assert.equal(second.status, 'unknown');
        assert.match(second.reason ?? '', /rate-limited an earlier call/);
        assert.equal(server.requests.length, 1);
      });

      it('reads a malformed answer as unknown', async () => {
        server.play(() => ({
          status: 200,
          body: '<html>maintenance</html>',
          headers: { 'Content-Type': 'text/html' },
        }));
        const result = await checkerFor(server).check(credentialFor(v).job);
        assert.equal(result.status, 'unknown', JSON.stringify(result));
        assert.match(result.reason ?? '', /malformed|unexpected/);
      });

      it('gives up on a provider that does not answer in time', async () => {
        server.play(() => ({ status: 200, hang: true }));
        const result = await checkerFor(server, { timeoutMs: 300 }).check(credentialFor(v).job);
        assert.equal(result.status, 'unknown');
        assert.match(result.reason ?? '', /no answer from .* within 0.3 s/);
      });
    });
  }
});
