import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import tls from 'node:tls';
import type { ProviderResponse } from '../../core/verify/types';

/**
 * Where every connection goes instead of the provider, with the CA that signed that server's
 * certificate. For tests only: the CLI and the extension never read it from the environment or
 * settings. The TLS server name and Host header stay the provider's, so certificate checks still
 * run against the provider's host name.
 */
export interface TestTarget {
  readonly host: string;
  readonly port: number;
  readonly ca: string;
}

export interface HttpsOptions {
  /** The whole exchange must finish within this. */
  readonly timeoutMs: number;
  /** Longer answers are cut (identity endpoints answer in a few kilobytes). */
  readonly maxBodyBytes: number;
  readonly testTarget?: TestTarget;
  /** An HTTP proxy to tunnel through (CONNECT), only when the user configured one; the environment's is never used. */
  readonly proxy?: URL;
}

export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** A failed exchange: no answer (refused, reset, TLS error) or none in time. Holds a code, never request data. */
export class TransportError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * One HTTPS exchange with node:https: no agent (no pooled or proxied sockets, whatever the
 * environment says), certificate checks on, redirects returned as they are (the caller decides),
 * one overall deadline.
 */
export async function sendHttps(request: OutgoingRequest, options: HttpsOptions): Promise<ProviderResponse> {
  const url = new URL(request.url);
  if (url.protocol !== 'https:') throw new TransportError('not-https');
  const target = options.testTarget;
  const host = target?.host ?? url.hostname;
  const port = target?.port ?? (url.port ? Number(url.port) : 443);
  const tunnel = options.proxy ? await openTunnel(options.proxy, host, port, options.timeoutMs) : undefined;
  // The tunnel serves this one exchange: closed however it ends.
  return exchange(request, url, options, tunnel).finally(() => tunnel?.destroy());
}

/** A TCP tunnel to `host:port` through an HTTP proxy (CONNECT); TLS then runs end to end inside it. */
function openTunnel(proxy: URL, host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const auth = proxy.username
      ? {
          'Proxy-Authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`,
        }
      : {};
    const req = http.request({
      host: proxy.hostname,
      port: Number(proxy.port) || 80,
      method: 'CONNECT',
      path: `${host}:${port}`,
      headers: { Host: `${host}:${port}`, ...auth },
      agent: false,
    });
    const timer = setTimeout(() => req.destroy(new TransportError('timeout')), timeoutMs);
    req.on('connect', (res, socket) => {
      clearTimeout(timer);
      if (res.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new TransportError(`proxy refused (HTTP ${res.statusCode})`));
      }
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(
        e instanceof TransportError ? e : new TransportError(`proxy ${(e as NodeJS.ErrnoException).code ?? 'error'}`),
      );
    });
    req.end();
  });
}

/** An agent whose one connection is TLS over the proxy tunnel (certificate checks as usual). */
function tunnelAgent(socket: Socket): https.Agent {
  const agent = new https.Agent({ keepAlive: false });
  (agent as unknown as { createConnection: (o: tls.ConnectionOptions) => tls.TLSSocket }).createConnection = (o) =>
    tls.connect({ ...o, socket });
  return agent;
}

function exchange(
  request: OutgoingRequest,
  url: URL,
  options: HttpsOptions,
  tunnel: Socket | undefined,
): Promise<ProviderResponse> {
  const target = options.testTarget;
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
    const req = https.request({
      method: request.method,
      host: target?.host ?? url.hostname,
      port: target?.port ?? (url.port ? Number(url.port) : 443),
      path: `${url.pathname}${url.search}`,
      servername: url.hostname,
      headers: { ...request.headers, Host: url.host, ...(body ? { 'Content-Length': String(body.length) } : {}) },
      agent: tunnel ? tunnelAgent(tunnel) : false,
      rejectUnauthorized: true,
      ...(target ? { ca: target.ca } : {}),
    });
    const timer = setTimeout(() => req.destroy(new TransportError('timeout')), options.timeoutMs);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        if (size >= options.maxBodyBytes) return;
        chunks.push(c);
        size += c.length;
      });
      res.on('end', () => {
        clearTimeout(timer);
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({
          status: res.statusCode ?? 0,
          headers,
          body: Buffer.concat(chunks).subarray(0, options.maxBodyBytes).toString('utf8'),
        });
      });
      res.on('error', (e) => {
        clearTimeout(timer);
        reject(e instanceof TransportError ? e : new TransportError((e as NodeJS.ErrnoException).code ?? 'error'));
      });
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e instanceof TransportError ? e : new TransportError((e as NodeJS.ErrnoException).code ?? 'error'));
    });
    req.end(body);
  });
}
