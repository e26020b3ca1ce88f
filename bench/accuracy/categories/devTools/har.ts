import { type Template, template } from '../../draft';
import type { Gen } from '../../gen';
import { API_HOSTS, apiKey, bearerToken, isoTime, jsonFile, password, sessionCookie, uuid } from './values';

/**
 * dev-tools positives, HAR 1.2 files saved from browser devtools (pretty-printed: each header's
 * `name` on the line above its `value`): Authorization, API-key and Cookie request headers,
 * query-string tokens, password grants in postData, Set-Cookie and tokens in response content.
 * Values generated at run time.
 */

const nv = (name: string, value: string) => ({ name, value });

interface EntryParts {
  url?: string;
  method?: string;
  headers?: Array<{ name: string; value: string }>;
  queryString?: Array<{ name: string; value: string }>;
  cookies?: Array<{ name: string; value: string }>;
  postData?: unknown;
  responseHeaders?: Array<{ name: string; value: string }>;
  responseText?: string;
}

function har(g: Gen, parts: EntryParts) {
  const host = g.pick(API_HOSTS.filter((h) => !h.startsWith('localhost')));
  return {
    log: {
      version: '1.2',
      creator: { name: g.pick(['WebInspector', 'Firefox']), version: '537.36' },
      pages: [],
      entries: [
        {
          _initiator: { type: 'script' },
          _priority: 'High',
          _resourceType: 'fetch',
          cache: {},
          connection: String(g.between(100000, 999999)),
          request: {
            method: parts.method ?? 'GET',
            url: parts.url ?? `https://${host}/v1/${g.word()}s`,
            httpVersion: 'http/2.0',
            headers: [
              nv(':authority', host),
              nv('accept', 'application/json, text/plain, */*'),
              ...(parts.headers ?? []),
              nv('user-agent', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0'),
            ],
            queryString: parts.queryString ?? [],
            cookies: parts.cookies ?? [],
            headersSize: -1,
            bodySize: 0,
            ...(parts.postData === undefined ? {} : { postData: parts.postData }),
          },
          response: {
            status: 200,
            statusText: '',
            httpVersion: 'http/2.0',
            headers: [
              nv('content-type', 'application/json; charset=utf-8'),
              nv('x-request-id', uuid(g)),
              ...(parts.responseHeaders ?? []),
            ],
            cookies: [],
            content: { size: 412, mimeType: 'application/json', text: parts.responseText ?? '{"items":[],"total":0}' },
            redirectURL: '',
            headersSize: -1,
            bodySize: -1,
          },
          serverIPAddress: `10.${g.between(0, 255)}.${g.between(0, 255)}.${g.between(1, 254)}`,
          startedDateTime: isoTime(g),
          time: g.between(20, 900) + 0.5,
          timings: { blocked: 1.2, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 80.4, receive: 2.3 },
        },
      ],
    },
  };
}

const HAR_PATH = ['network.har', 'debug/app.example-session.har', 'bug-1234/capture.har', 'har/login-flow.har'];

export const harPositives: readonly Template[] = [
  template('har-authorization-header', (g) => {
    const t = bearerToken(g);
    const doc = har(g, { headers: [nv(g.pick(['authorization', 'Authorization']), `Bearer ${t}`)] });
    return jsonFile(g.pick(HAR_PATH), doc, [t]);
  }),
  template('har-api-key-header', (g) => {
    const k = apiKey(g);
    const doc = har(g, { headers: [nv(g.pick(['x-api-key', 'X-Api-Key', 'apikey', 'x-auth-token']), k)] });
    return jsonFile(g.pick(HAR_PATH), doc, [k]);
  }),
  template('har-cookie', (g) => {
    const c = sessionCookie(g);
    const doc = har(g, {
      headers: [nv('cookie', `${c.name}=${c.value}; theme=dark`)],
      cookies: [nv(c.name, c.value), nv('theme', 'dark')],
    });
    return jsonFile(g.pick(HAR_PATH), doc, [c.value]);
  }),
  template('har-query-token', (g) => {
    const k = g.chance(0.5) ? apiKey(g) : bearerToken(g);
    const name = g.pick(['access_token', 'api_key', 'apikey', 'token', 'key']);
    const host = g.pick(API_HOSTS.filter((h) => !h.startsWith('localhost')));
    const doc = har(g, {
      url: `https://${host}/v1/feed?limit=20&${name}=${k}`,
      queryString: [nv('limit', '20'), nv(name, k)],
    });
    return jsonFile(g.pick(HAR_PATH), doc, [k]);
  }),
  template('har-postdata-password', (g) => {
    const pw = password(g);
    const user = g.user();
    const doc = har(g, {
      method: 'POST',
      url: `https://auth.acmecorp.net/oauth/token`,
      postData: {
        mimeType: 'application/x-www-form-urlencoded',
        text: `grant_type=password&username=${user}&password=${encodeURIComponent(pw)}&client_id=web`,
        params: [nv('grant_type', 'password'), nv('username', user), nv('password', pw), nv('client_id', 'web')],
      },
    });
    return jsonFile(g.pick(HAR_PATH), doc, [pw, encodeURIComponent(pw)]);
  }),
  template('har-postdata-json-login', (g) => {
    const pw = password(g);
    const doc = har(g, {
      method: 'POST',
      url: 'https://app.acmecorp.net/api/session',
      postData: {
        mimeType: 'application/json',
        text: JSON.stringify({ email: `${g.user()}@acmecorp.net`, password: pw }),
      },
    });
    return jsonFile(g.pick(HAR_PATH), doc, [pw]);
  }),
  template('har-response-token', (g) => {
    const t = g.fake.jwt({ aud: 'web' });
    const doc = har(g, {
      method: 'POST',
      url: 'https://auth.acmecorp.net/oauth/token',
      responseText: JSON.stringify({ access_token: t, token_type: 'Bearer', expires_in: 3600 }),
    });
    return jsonFile(g.pick(HAR_PATH), doc, [t]);
  }),
  template('har-set-cookie', (g) => {
    const c = sessionCookie(g);
    const doc = har(g, {
      method: 'POST',
      url: 'https://app.acmecorp.net/login',
      responseHeaders: [nv('set-cookie', `${c.name}=${c.value}; Path=/; HttpOnly; Secure; SameSite=Lax`)],
    });
    return jsonFile(g.pick(HAR_PATH), doc, [c.value]);
  }),
];
