import { createHash, createHmac } from 'node:crypto';

/** What SigV4 needs besides the request. */
export interface SigV4Key {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  readonly service: string;
}

export interface SignableRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** `20150830T123600Z` */
export function amzDate(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function encodeRfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams]
    .map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/**
 * Signs a request with AWS Signature Version 4, as the IAM user guide describes
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): canonical request,
 * string to sign, derived signing key, Authorization header. Signs `host`, `x-amz-date` and, when
 * present, `content-type`. Returns the headers to send (the request's own plus the signature's).
 */
export function signV4(request: SignableRequest, key: SigV4Key, at: Date): Record<string, string> {
  const url = new URL(request.url);
  const date = amzDate(at);
  const day = date.slice(0, 8);
  const lower = new Map(
    Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')]),
  );
  const signed = new Map<string, string>([
    ['host', url.host],
    ['x-amz-date', date],
  ]);
  if (lower.has('content-type')) signed.set('content-type', lower.get('content-type')!);
  const names = [...signed.keys()].sort();
  const canonicalRequest = [
    request.method,
    url.pathname || '/',
    canonicalQuery(url),
    names.map((n) => `${n}:${signed.get(n)}\n`).join(''),
    names.join(';'),
    sha256(request.body ?? ''),
  ].join('\n');
  const scope = `${day}/${key.region}/${key.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${key.secretAccessKey}`, day), key.region), key.service), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return {
    ...request.headers,
    'X-Amz-Date': date,
    Authorization: `AWS4-HMAC-SHA256 Credential=${key.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
  };
}
