import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { builtinVerifiers, hostAllowed } from '../../src/core/verify/index';
import { planVerification } from '../../src/core/verify/plan';
import type { ProviderRequest, VerifierDefinition } from '../../src/core/verify/types';
import { verifyFindings } from '../../src/scan/verify/verifyFindings';
import { makeCertificate, startTestServer, type TestServer } from '../support/httpsTestServer';
import { catalogue, checkerFor, credentialFor, detector, testHosts } from './verify.helpers';

const github = builtinVerifiers.find((v) => v.id === 'github-user')!;
const ok = { status: 200, body: JSON.stringify({ login: 'octo-tester' }) };

describe('verification: a secret goes only to its provider', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(testHosts());
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('every verifier builds an HTTPS request to a host in its own allowlist', () => {
    for (const v of builtinVerifiers) {
      const request = credentialFor(v).job.verifier.request(credentialFor(v).job.credential) as ProviderRequest;
      const url = new URL(request.url);
      assert.equal(url.protocol, 'https:', v.id);
      assert.ok(hostAllowed(v, url.hostname), `${v.id} → ${url.hostname}`);
    }
  });

  it('refuses to send to a host outside the allowlist: nothing reaches any server', async () => {
    const rogue: VerifierDefinition = {
      ...github,
      request: () => ({ method: 'GET', url: 'https://evil.example/user', headers: {} }),
    };
    const { job } = credentialFor(github);
    const result = await checkerFor(server).check({ ...job, verifier: rogue });
    assert.equal(result.status, 'unknown');
    assert.match(result.reason ?? '', /refused to send to evil\.example/);
    assert.equal(server.requests.length, 0);
  });

  it('refuses plain HTTP even to an allowed host', async () => {
    const plain: VerifierDefinition = {
      ...github,
      request: () => ({ method: 'GET', url: 'http://api.github.com/user', headers: {} }),
    };
    const result = await checkerFor(server).check({ ...credentialFor(github).job, verifier: plain });
    assert.equal(result.status, 'unknown');
    assert.equal(server.requests.length, 0);
  });

  it('does not follow a redirect to another host: the secret is sent once, to the provider', async () => {
    server.play((req) =>
      req.host === 'api.github.com' ? { status: 302, headers: { Location: 'https://evil.example/collect' } } : ok,
    );
    const result = await checkerFor(server).check(credentialFor(github).job);
    assert.equal(result.status, 'unknown');
    assert.match(result.reason ?? '', /redirected to evil\.example .*not followed/);
    assert.deepEqual(
      server.requests.map((r) => r.host),
      ['api.github.com'],
    );
  });

  it('follows a redirect within the allowed host, at most twice', async () => {
    server.play((req) => (req.path === '/user' ? { status: 301, headers: { Location: '/user?moved=1' } } : ok));
    const result = await checkerFor(server).check(credentialFor(github).job);
    assert.equal(result.status, 'live');
    assert.deepEqual(
      server.requests.map((r) => `${r.host}${r.path}`),
      ['api.github.com/user', 'api.github.com/user?moved=1'],
    );
    server.requests.length = 0;
    server.play(() => ({ status: 302, headers: { Location: '/again' } }));
    const looping = await checkerFor(server).check(credentialFor(github, 7).job);
    assert.equal(looping.status, 'unknown');
    assert.equal(server.requests.length, 3);
  });

  it('checks the server certificate: a server the client does not trust gets no request', async () => {
    const other = makeCertificate(['api.github.com']).cert;
    server.play(() => ok);
    const checker = checkerFor(server, { testTarget: { host: '127.0.0.1', port: server.port, ca: other } });
    const result = await checker.check(credentialFor(github).job);
    assert.equal(result.status, 'unknown');
    assert.match(result.reason ?? '', /could not reach api\.github\.com/);
    assert.equal(server.requests.length, 0);
  });

  it('keeps at most `concurrency` calls in flight per provider', async () => {
    let inFlight = 0;
    let most = 0;
    // In flight: arrived at the server, and the client's call not yet settled (each times out).
    server.play(() => {
      most = Math.max(most, ++inFlight);
      return { status: 200, hang: true };
    });
    const checker = checkerFor(server, { concurrency: 2, timeoutMs: 400 });
    const seeds = [21, 22, 23, 24, 25];
    const results = await Promise.all(
      seeds.map((seed) => checker.check(credentialFor(github, seed).job).finally(() => inFlight--)),
    );
    assert.equal(server.requests.length, seeds.length);
    assert.ok(most <= 2, `${most} calls were in flight at once`);
    assert.ok(results.every((r) => r.status === 'unknown'));
  });

  it('withholds an identity that echoes the credential', async () => {
    const { job, secret } = credentialFor(github);
    server.play(() => ({ status: 200, body: JSON.stringify({ login: `x${secret}` }) }));
    const result = await checkerFor(server).check(job);
    assert.equal(result.status, 'live');
    assert.ok(!JSON.stringify(result).includes(secret));
    assert.match(result.identity ?? '', /withheld/);
  });

  it('asks once per credential however often it occurs, and writes nothing to the console', async () => {
    const { text } = credentialFor(github);
    server.play(() => ok);
    const writes: string[] = [];
    const [out, err, log] = [process.stdout.write, process.stderr.write, console.log];
    const capture = ((s: string) => (writes.push(String(s)), true)) as typeof process.stdout.write;
    process.stdout.write = capture;
    process.stderr.write = capture;
    console.log = (...a: unknown[]) => void writes.push(a.join(' '));
    let answers;
    try {
      const doubled = `${text}\n${text}\n`;
      answers = await verifyFindings(
        [
          { text: doubled, findings: detector.scan(doubled, {}) },
          { text, findings: detector.scan(text, {}) },
        ],
        checkerFor(server),
      );
    } finally {
      [process.stdout.write, process.stderr.write, console.log] = [out, err, log];
    }
    assert.equal(server.requests.length, 1);
    assert.equal([...answers.values()][0]?.status, 'live');
    assert.deepEqual(writes, []);
  });
});

describe('verification: pairing two-part credentials', () => {
  const aws = builtinVerifiers.find((v) => v.id === 'aws-sts')!;
  const fake = new FakeTokens(3);
  const keyId = () => 'AKIA' + fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  const secretLine = (c: string) => `aws_secret_access_key = ${fake.base64(40).replace(/=/g, c)}`;

  it('pairs an AWS key id with the nearest secret access key', () => {
    const [id1, id2] = [keyId(), keyId()];
    const [s1, s2] = [secretLine('A'), secretLine('B')];
    const text = [`aws_access_key_id = ${id1}`, s1, '', '', `aws_access_key_id = ${id2}`, s2].join('\n');
    const plan = planVerification(text, detector.scan(text, {}), catalogue);
    const pairs = plan.jobs.map((j) => [j.credential.secret, j.credential.partner]);
    assert.deepEqual(pairs, [
      [id1, s1.split(' = ')[1]],
      [id2, s2.split(' = ')[1]],
    ]);
    assert.ok(plan.jobs.every((j) => j.fingerprints.length === 2 && j.secretPartner));
  });

  it('settles a key id without its secret, and a secret without its key id, as unknown without a call', () => {
    for (const text of [`aws_access_key_id = ${keyId()}`, secretLine('C')]) {
      const plan = planVerification(text, detector.scan(text, {}), catalogue);
      assert.equal(plan.jobs.length, 0, text.slice(0, 12));
      const [v] = [...plan.settled.values()];
      assert.equal(v?.status, 'unknown');
      assert.equal(v?.verifierId, aws.id);
      assert.match(v?.reason ?? '', /within 10 lines; not checked/);
    }
  });

  it('does not pair across more lines than the verifier allows', () => {
    const text = [`aws_access_key_id = ${keyId()}`, ...Array(11).fill('x = 1'), secretLine('D')].join('\n');
    assert.equal(planVerification(text, detector.scan(text, {}), catalogue).jobs.length, 0);
  });

  it('finds a Twilio Account SID near its auth token, and nothing far from it', () => {
    const { text } = credentialFor(builtinVerifiers.find((v) => v.id === 'twilio')!);
    const near = planVerification(text, detector.scan(text, {}), catalogue).jobs;
    assert.match(near[0]?.credential.partner ?? '', /^AC[0-9a-f]{32}$/);
    assert.equal(near[0]?.secretPartner, false);
    const [token, sid] = text.split('\n');
    const far = `${token}\n${'\n'.repeat(12)}${sid}`;
    assert.equal(planVerification(far, detector.scan(far, {}), catalogue).jobs.length, 0);
  });
});

describe('verification: proxies only when configured', () => {
  let server: TestServer;
  let proxy: http.Server;
  let proxyPort: number;
  const tunnels: string[] = [];
  const sockets: net.Socket[] = [];
  let refuse = false;

  before(async () => {
    server = await startTestServer(testHosts());
    server.play(() => ok);
    proxy = http.createServer((_req, res) => res.writeHead(405).end());
    proxy.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
      tunnels.push(String(req.url));
      sockets.push(client);
      if (refuse) return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
      const [host, port] = String(req.url).split(':');
      const upstream = net.connect(Number(port), host!, () => {
        sockets.push(upstream);
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyPort = (proxy.address() as net.AddressInfo).port;
  });
  after(async () => {
    // Tunnelled sockets leave the HTTP server's bookkeeping once CONNECT succeeds.
    for (const s of sockets) s.destroy();
    proxy.closeAllConnections();
    await new Promise((r) => proxy.close(r));
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
    tunnels.length = 0;
    refuse = false;
  });

  it('tunnels through a configured proxy, TLS end to end', async () => {
    const result = await checkerFor(server, { proxy: new URL(`http://127.0.0.1:${proxyPort}`) }).check(
      credentialFor(github).job,
    );
    assert.equal(result.status, 'live', JSON.stringify(result));
    assert.deepEqual(tunnels, [`127.0.0.1:${server.port}`]);
    assert.deepEqual(
      server.requests.map((r) => r.host),
      ['api.github.com'],
    );
  });

  it('ignores HTTPS_PROXY and the like', async () => {
    const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], https_proxy: process.env['https_proxy'] };
    process.env['HTTPS_PROXY'] = process.env['https_proxy'] = `http://127.0.0.1:${proxyPort}`;
    try {
      const result = await checkerFor(server).check(credentialFor(github).job);
      assert.equal(result.status, 'live');
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
    assert.deepEqual(tunnels, []);
    assert.equal(server.requests.length, 1);
  });

  it('reads a proxy that refuses the tunnel as unknown', async () => {
    refuse = true;
    const result = await checkerFor(server, { proxy: new URL(`http://127.0.0.1:${proxyPort}`) }).check(
      credentialFor(github).job,
    );
    assert.equal(result.status, 'unknown');
    assert.match(result.reason ?? '', /could not reach api\.github\.com \(proxy refused \(HTTP 407\)\)/);
    assert.equal(server.requests.length, 0);
  });
});
