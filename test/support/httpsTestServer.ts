// A local HTTPS server that plays a provider's documented answers, for the verification tests (unit
// and integration). Its certificate is made at test time with openssl, for the host names given, so
// the client's certificate checks run against the provider's real host names.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RecordedRequest {
  readonly host: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface PlayedAnswer {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Never answer (the client's deadline must end the call). */
  readonly hang?: boolean;
}

export type Player = (request: RecordedRequest) => PlayedAnswer;

export interface TestServer {
  readonly port: number;
  /** The self-signed certificate, to pass as the client's CA. */
  readonly ca: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  play(player: Player): void;
  close(): Promise<void>;
}

/** A self-signed certificate (EC P-256, one day) for `hosts`. */
export function makeCertificate(hosts: readonly string[]): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'asg-cert-'));
  try {
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    const san = hosts.map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=asg-verify-test',
        '-addext',
        `subjectAltName=${san}`,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startTestServer(hosts: readonly string[]): Promise<TestServer> {
  const { key, cert } = makeCertificate(hosts);
  const requests: RecordedRequest[] = [];
  let player: Player = () => ({ status: 500, body: 'no player' });
  const hanging = new Set<import('node:http').ServerResponse>();
  const server = https.createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = {
        host: String(req.headers.host ?? ''),
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const answer = player(recorded);
      if (answer.hang) {
        hanging.add(res);
        return;
      }
      res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    ca: cert,
    requests,
    play: (p) => (player = p),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
