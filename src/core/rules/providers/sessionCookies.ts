// Session cookies captured with a request: `Cookie:` and `Set-Cookie:` headers (curl -v, HTTPie,
// logs), and a HAR file's cookie entries (`"name": "sessionid", "value": "…"`). The cookie names are
// the session cookies of common frameworks (Django `sessionid`, Express `connect.sid`, PHP
// `PHPSESSID`, Java `JSESSIONID`, ASP.NET `ASP.NET_SessionId`, Laravel `laravel_session`, Rails
// `_<app>_session`): while the session lives, the value logs in as its user.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { isPlaceholder } from '../placeholders';
import { hasLetterAndDigit } from '../valueChecks';
import type { MatchContext, Rule, Verdict } from '../types';

const SESSION_COOKIE = String.raw`(?:sessionid|connect\.sid|phpsessid|jsessionid|asp\.net_sessionid|laravel_session|_[a-z0-9]{1,30}_session)`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A session cookie's value as servers issue it: random, so letters and digits mixed (a run of one
 * class is a word or a number), not a UUID (an id some apps log), not a placeholder.
 */
export function isSessionId(value: string): boolean {
  return !UUID.test(value) && !isPlaceholder(value) && hasLetterAndDigit(value);
}

/**
 * A cookie stands in a HAR cookie entry or on a line that says cookie (a header, a cookie string); a
 * session id is random: long, not a UUID (an id some apps log), not a placeholder. Elsewhere
 * `sessionId=decoder.next()` is code.
 */
function judgeSessionValue(secret: string, match: string, context: MatchContext): Verdict | false {
  if (!match.startsWith('"') && !/cookie/i.test(context.line)) return false;
  // `sessionid=decoder.next()`: a call, not a value.
  if (context.line.charAt(context.matchIndex + match.length) === '(') return false;
  if (!isSessionId(secret)) return false;
  const name = /(?:"name"\s{0,4}:\s{0,4}")?([^"=]{1,40})/.exec(match)?.[1] ?? 'session';
  return { why: `the session cookie ${name}: it logs in as its user while the session lives` };
}

export const sessionCookieRules: readonly Rule[] = [
  {
    id: 'session-cookie',
    title: 'Session cookie in a captured request (Cookie/Set-Cookie header, HAR cookie)',
    provider: 'HTTP session',
    keywords: ['sessionid', 'connect.sid', 'sessid', '_session'],
    pattern: new RegExp(
      String.raw`(?:"name"\s{0,4}:\s{0,4}"|(?<![\w.-]))${SESSION_COOKIE}(?:"\s{0,4},\s{0,4}"value"\s{0,4}:\s{0,4}"|=)(?<secret>[\w%.~+/=:-]{16,400})`,
      'i',
    ),
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'SESSION_COOKIE',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
    risk: 'Whoever replays the cookie is logged in as its user until the session expires or is revoked.',
    validate: judgeSessionValue,
    examples: {
      embed: false,
      positives: (fake) => [
        `< Set-Cookie: JSESSIONID=${fake.upperHex(32)}; Path=/; HttpOnly`,
        `> Cookie: _ga=GA1.1.1.2; sessionid=${fake.lowerAlnum(32)}`,
        `{"name": "connect.sid", "value": "s%3A${fake.base64url(32)}.${fake.base64url(43)}", "path": "/"}`,
        `{ "name": "cookie", "value": "PHPSESSID=${fake.lowerAlnum(26)}" },`,
        `"name": "_shop_session", "value": "${fake.base64url(80)}--${fake.hex(40)}",`,
      ],
      negatives: [
        { text: 'Set-Cookie: sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT', why: 'a cleared cookie' },
        { text: 'Cookie: sessionid={{session}}', why: 'a template reference' },
        {
          text: (fake) => `level=info msg="resumed" sessionid=${fake.uuid()}`,
          why: 'a UUID: an id some apps log, not a session secret',
        },
        { text: 'Set-Cookie: theme=dark; _ga=GA1.2.3.4', why: 'not session cookies' },
        { text: 'const COOKIE = "JSESSIONID=abcdefghijklmnopqrst";', why: 'letters only: a stand-in' },
        {
          text: 'let sessionId;sessionId=decoder.decodeUInt32();',
          why: 'code assigning a session id, not a cookie',
        },
        { text: 'const cookie = parse(sessionid=decoder.readCookieValue());', why: 'a call, not a value' },
      ],
    },
  },
];
