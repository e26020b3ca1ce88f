// Credentials in HTTP clients: Authorization headers with any scheme (curl -H, wget --header,
// HTTPie items, header setters in every language), AuthenticationHeaderValue, and user:password
// pairs given to curl -u / HTTPie -a. Basic credentials are base64-decoded and the password judged.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, judgedExplicitPassword } from '../judge/judge';
import { judgeValue } from '../judge/values';
import type { KeywordGate, MatchContext, Rule, Verdict } from '../types';
import { classCount, decodeBase64Text } from '../valueChecks';
import { lineAfter, lineAround } from '../lineReach';

const DOCS = 'https://datatracker.ietf.org/doc/html/rfc9110#section-11.6.2';

/**
 * The header's name is a later element of a list (`choices=['none', 'access-token', 'scram']`):
 * a setter takes the name first, so a comma before its opening quote makes it one string among others.
 */
function isListElement(context: MatchContext): boolean {
  const before = context.line.slice(Math.max(0, context.matchIndex - 40), context.matchIndex);
  return /,[ \t]{0,4}["'\x60][\w-]{0,20}$/.test(before);
}

/** Judges the password half of `user:password`. */
function judgeUserPassword(
  userPassword: string,
  context: MatchContext,
  valueEnd: number,
  form: string,
): false | Verdict {
  const colon = userPassword.indexOf(':');
  if (colon < 1 || /\s/.test(userPassword.slice(0, colon))) return false;
  // `-a gs://bucket`, `-u https://host`: a URL's scheme and the rest of it, not a user and password.
  if (userPassword.startsWith('//', colon + 1)) return false;
  return judgeCandidate({
    name: 'password',
    value: userPassword.slice(colon + 1),
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd,
    kind: 'password',
    form,
    explicit: true,
  });
}

/**
 * `-u user:password` opening an indented line, as API docs continue a long curl command
 * (`curl -X POST URL \` then `  -u AC...:token` or `  -u "id:secret" \`): the command's name is on
 * a line before, which a line rule cannot see, so only the password an API call sends counts there:
 * one drawn at random, or a long one before a further `\` (PayPal's client secret). `docker run \`
 * then `  -u app:app` or `-u 1000:1000` is a user and group.
 */
function isContinuedApiPair(userPassword: string, context: MatchContext): boolean {
  if (!/^[ \t]{1,12}$/.test(context.line.slice(0, context.matchIndex))) return false;
  const password = userPassword.slice(userPassword.indexOf(':') + 1);
  return (
    (password.length > 24 && /\\\s*$/.test(lineAfter(context, context.matchIndex))) ||
    judgeValue(password, true, 'password')?.strong === true
  );
}

/**
 * `curl ... \` and, on one of the next ten continued lines, `-u user:password` or `--user`: the
 * command's name stands lines above the flag, where a line rule cannot see it. Each continued line
 * ends in its `\` (a backslash elsewhere, as in `-d "{\"a\":1}"`, is part of the line).
 */
const CURL_USER_FLAG = /(?<![\w-])(?:-u|--user)(?:[ \t]{1,4}|=)["']?[\w.@+-]{1,128}:[^\s"'$%<>\\]{1,128}$/;
const HTTP_CLIENT_WORD = /\b(?:curl|https?|xh|wget|grpcurl)\b/;
const CURL_CONTINUED_USER =
  /(?<![\w-])curl(?:[ \t](?:[^\n\\]|\\(?!\r?\n)){0,400})?\\\r?\n(?:(?:[^\n\\]|\\(?!\r?\n)){0,400}\\\r?\n){0,10}(?:[^\n\\]|\\(?!\r?\n)){0,300}?(?<![\w-])(?:-u|--user)(?:[ \t]{1,4}|=)["']?(?<secret>[\w.@+-]{1,128}:[^\s"'$%<>\\]{1,128})/;

/**
 * At `curl`: its line is continued (ends in `\\`) within the 400 characters the pattern reads, and no
 * `curl` stands in the 200 characters before it on the line: the first names the command, and each
 * further one would read the same continued lines again (a line of `curl curl ...` costing KB each).
 */
const continuedCurlLine: KeywordGate = (text, at, lineEnd) => {
  let end = lineEnd;
  if (text.charCodeAt(end - 1) === 13) end--;
  if (text.charCodeAt(end - 1) !== 92 || end - at > 406) return false;
  const from = Math.max(0, at - 200);
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if ((c === 108 || c === 76) && i >= 3 && text.slice(i - 3, i + 1).toLowerCase() === 'curl') return false;
  }
  return true;
};

/** The flag's own line is where the value is judged, as `http-client-user-password` judges it. */
function judgeContinuedCurlUser(secret: string, match: string, context: MatchContext): false | Verdict {
  const lineStart = match.lastIndexOf('\n') + 1;
  const line = match.slice(lineStart);
  const flag = CURL_USER_FLAG.exec(line);
  if (flag === null) return false;
  const flagLine: MatchContext = { ...context, line, matchIndex: flag.index };
  // That rule takes the flag when its line names the client or the pair is an API's: one finding.
  if (HTTP_CLIENT_WORD.test(line) || isContinuedApiPair(secret, flagLine)) return false;
  return judgeUserPassword(secret, flagLine, line.length, 'user:password given to curl -u');
}

/** An Authorization header's credentials: Basic is decoded and its password judged; tokens must look random. */
function judgeAuthorization(secret: string, match: string, context: MatchContext): false | Verdict {
  const scheme = /(basic|bearer|token|api-token|apikey|sso-key|key|digest|oauth)\s{1,4}\S*$/i
    .exec(match)?.[1]
    ?.toLowerCase();
  const valueEnd = context.matchIndex + match.length;
  if (scheme === 'basic') {
    const decoded = decodeBase64Text(secret);
    if (decoded !== undefined)
      return judgeUserPassword(
        decoded,
        context,
        valueEnd,
        'Basic credentials (base64-decoded) in an Authorization header',
      );
    // Some APIs take a raw key after `Basic` (Healthie: `Authorization: Basic <api key>`): a long
    // value that decodes to no text is judged as a token.
    if (secret.length < 32) return false;
  }
  // OAuth 1.0a writes its parameters after the scheme (`OAuth oauth_consumer_key="...", ...`):
  // a parameter's name, not the bearer token Spark and Salesforce send after `OAuth `.
  if (scheme === 'oauth' && (/^oauth_/i.test(secret) || secret.includes('='))) return false;
  if (secret.length < 16 || classCount(secret) < 2) return false;
  return judgeCandidate({
    name: 'token',
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd,
    kind: 'secret',
    form: `${scheme ?? 'token'} credentials in an Authorization header`,
  });
}

export const httpAuthRules: readonly Rule[] = [
  {
    id: 'http-authorization-header',
    title: 'Credentials in an HTTP Authorization header (Basic, Token, Api-Token, …)',
    provider: 'HTTP authorization',
    keywords: ['authorization'],
    // `Authorization: Basic ...` as a header line, a curl/wget/HTTPie argument, or a header setter's
    // name-value pair (`setHeader("Authorization", "Token ...")`, `{"Authorization": "Basic ..."}`).
    // nginx and Apache write the header name and value apart (`proxy_set_header Authorization "Basic ..."`).
    pattern:
      /authorization["']?(?:\s{0,4}(?::|=>?|,)\s{0,4}|\s{1,4})[@$]?["'\x60]?\s{0,2}(?:basic|token|api-token|apikey|sso-key|key|digest|oauth)\s{1,4}(?<secret>[A-Za-z0-9._~+/:=-]{8,512})(?![A-Za-z0-9._~+/:=-])/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'API_TOKEN',
    docs: DOCS,
    risk: 'Anyone with the header can call the API as its owner; Basic credentials are a username and password.',
    validate: judgeAuthorization,
    examples: {
      embed: false,
      positives: (fake) => [
        `curl -H "Authorization: Basic ${Buffer.from(`deploy:${fake.alnum(10)}!7`).toString('base64')}" https://ci.internal/api`,
        `wget --header="Authorization: Token ${fake.hex(40)}" https://api.internal/v2/export`,
        `http GET api.internal/items Authorization:"Api-Token ${fake.alnum(32)}"`,
        `req.setHeader("Authorization", "Token ${fake.alnum(40)}");`,
        `headers = {"Authorization": "Basic ${Buffer.from(`svc:${fake.alnum(14)}`).toString('base64')}"}`,
        `req.Header.Set("Authorization", "sso-key ${fake.alnum(30)}:${fake.alnum(20)}")`,
        `Authorization: Basic ${Buffer.from(`admin:Summer${fake.digits(4)}!`).toString('base64')}`,
        `    proxy_set_header Authorization "Basic ${Buffer.from(`ops:${fake.alnum(12)}`).toString('base64')}";`,
        `RequestHeader set Authorization "Token ${fake.hex(32)}"`,
        `    Authorization: 'Basic ${fake.alnum(56)}',`, // Healthie: a raw API key after Basic
        // Spark API (FBS) and Salesforce REST take the access token after the `OAuth` scheme.
        `  -H "Authorization: OAuth ${fake.lowerAlnum(22)}7q2" \\`,
      ],
      negatives: [
        {
          text: `curl -H "Authorization: Basic ${Buffer.from('user:password').toString('base64')}" https://api.internal`,
          why: 'documentation credentials',
        },
        {
          text: 'curl -H "Authorization: Basic $(echo -n $USER:$PASS | base64)" https://api.internal',
          why: 'computed at run time',
        },
        { text: 'headers["Authorization"] = "Token " + token', why: 'a variable' },
        { text: 'Authorization: Token <your-token>', why: 'placeholder' },
        {
          text: () => `Authorization: Basic ${Buffer.from('username:password').toString('base64')}`,
          why: 'base64 of username:password',
        },
        { text: 'proxy_set_header Authorization "Token $http_x_token";', why: 'an nginx variable' },
        { text: 'Set the authorization token parameters in the dashboard', why: 'prose' },
        {
          text: (fake) => `Authorization: OAuth oauth_nonce="${fake.hex(16)}", oauth_signature_method="HMAC-SHA1"`,
          why: "an OAuth 1.0a header's parameter list: its signature is made per request",
        },
      ],
    },
  },
  {
    id: 'authentication-header-value',
    title: 'Credentials in a .NET AuthenticationHeaderValue',
    provider: 'HTTP authorization',
    keywords: ['authenticationheadervalue'],
    pattern:
      /AuthenticationHeaderValue\(\s{0,4}"(?:Bearer|Basic|Token)"\s{0,4},\s{0,4}@?"(?<secret>[A-Za-z0-9._~+/:=-]{8,512})"/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'API_TOKEN',
    docs: DOCS,
    risk: 'Anyone with the header value can call the API as its owner.',
    validate: (secret, match, context) =>
      /"basic"/i.test(match)
        ? judgeAuthorization(secret, 'Basic ' + secret, context)
        : judgeAuthorization(secret, 'token ' + secret, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${fake.alnum(40)}");`,
        `new AuthenticationHeaderValue("Basic", "${Buffer.from(`api:${fake.alnum(16)}`).toString('base64')}")`,
      ],
      negatives: [
        { text: 'new AuthenticationHeaderValue("Bearer", accessToken)', why: 'a variable' },
        { text: 'new AuthenticationHeaderValue("Bearer", "YOUR_ACCESS_TOKEN")', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'curl-continued-user-password',
    title: 'user:password given to curl -u / --user on a continuation line of the command',
    provider: 'HTTP authorization',
    keywords: ['curl'],
    pattern: CURL_CONTINUED_USER,
    multiline: { maxSpan: 3200 },
    keywordGate: continuedCurlLine,
    confidence: 'medium',
    envVar: 'API_PASSWORD',
    docs: 'https://curl.se/docs/manpage.html#-u',
    risk: 'Logs in to the service as that user; command lines end up in shell history and CI logs.',
    validate: judgeContinuedCurlUser,
    examples: {
      embed: false,
      path: 'scripts/sync.sh',
      positives: (fake) => [
        `curl -X POST https://api.partner.io/v2/orders \\\n  -u "svc_orders:${fake.alnum(13)}" \\\n  -d @order.json`,
        `curl -sS \\\n  -H "Accept: application/json" \\\n  --user admin:${fake.alnum(10)}7 \\\n  https://ci.internal/api/json`,
        `curl https://api.partner.io/v2/orders \\\n  -X POST -u svc:${fake.alnum(12)} -d @a.json`,
      ],
      negatives: [
        {
          text: 'curl -X POST https://api.internal \\\n  -u "$API_USER:$API_PASSWORD" \\\n  -d @a.json',
          why: 'variables',
        },
        { text: 'curl https://api.internal \\\n  -u user:password', why: 'documentation credentials' },
        { text: 'curl https://api.internal\ndocker run \\\n  -u app:app img', why: 'another command' },
      ],
    },
  },
  {
    id: 'http-client-user-password',
    title: 'user:password given to curl -u / --user or HTTPie -a / --auth',
    provider: 'HTTP authorization',
    keywords: ['-u ', '--user', '-a ', '--auth'],
    pattern: /(?<![\w-])(?:-u|--user|-a|--auth)[\s=]{1,4}["']?(?<secret>[\w.@+-]{1,128}:[^\s"'$%<>]{1,128})/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_PASSWORD',
    docs: 'https://curl.se/docs/manpage.html#-u',
    risk: 'Logs in to the service as that user; command lines end up in shell history and CI logs.',
    validate: (secret, match, context) =>
      // Only HTTP clients take `user:password` this way (`sudo -u user:group` does not log in).
      (HTTP_CLIENT_WORD.test(lineAround(context, match.length)) || isContinuedApiPair(secret, context)) &&
      judgeUserPassword(secret, context, context.matchIndex + match.length, 'user:password given to an HTTP client'),
    examples: {
      embed: false,
      positives: (fake) => [
        `curl -u deploy:${fake.alnum(12)}! https://ci.internal/job/build`,
        `curl --user "admin:${'Winter'}${fake.digits(4)}#" -X POST https://jenkins.internal/reload`,
        `http -a ops:${fake.alnum(14)} POST api.internal/jobs`,
        `https --auth=svc:${fake.alnum(16)} api.internal/health`,
        // The flag on its own line of a `\`-continued curl command (PayPal's client id and secret).
        `  -u "A${fake.base64url(79)}:E${fake.base64url(79)}" \\`,
        // A continuation line of a long command, the command named on a line before.
        `  -u AC${fake.hex(32)}:${fake.hex(32)}`,
      ],
      negatives: [
        { text: 'curl -u "$USER:$PASSWORD" https://api.internal', why: 'environment references' },
        { text: 'curl -u user:password https://api.internal', why: 'documentation credentials' },
        { text: 'curl -u <user>:<password> https://api.internal', why: 'placeholders' },
        { text: 'gsutil du -a gs://releases-archive  # see https://cloud.google.com', why: 'a URL after -a' },
        { text: 'sudo -u www-data:www-data ls', why: 'not an HTTP client' },
        { text: '  -u app:app \\', why: "a continued command's user and group, not a random password" },
        { text: 'curl -u api_key: https://api.internal', why: 'no password' },
        { text: '  -u 1000:1000 \\', why: "a continued command's user and group" },
        {
          text: (fake) => `  --user deploy:${fake.alnum(12)} \\`,
          why: 'a short value on a continued line of an unnamed command',
        },
      ],
    },
  },
  {
    id: 'php-curl-userpwd',
    title: "user:password given to PHP cURL's CURLOPT_USERPWD",
    provider: 'HTTP authorization',
    keywords: ['curlopt_userpwd'],
    // `curl_setopt($ch, CURLOPT_USERPWD, 'user:password');` and `CURLOPT_USERPWD => "user:password"` in
    // `curl_setopt_array`. A variable in the literal (`"$user:$pass"`) is built at run time.
    pattern: /CURLOPT_USERPWD\s{0,4}(?:,|=>)\s{0,4}["'](?<secret>[\w.@+-]{1,64}:[^\s"'$]{1,128})["']/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'API_PASSWORD',
    docs: 'https://www.php.net/manual/en/function.curl-setopt.php',
    risk: 'The pair logs in to the API as that user (HTTP Basic, Digest or NTLM).',
    validate: (secret, match, context) =>
      judgeUserPassword(secret, context, context.matchIndex + match.length, 'user:password in CURLOPT_USERPWD'),
    examples: {
      embed: false,
      path: 'src/Client.php',
      positives: (fake) => [
        `curl_setopt($ch, CURLOPT_USERPWD, 'api_user:${fake.alnum(14)}');`,
        `    CURLOPT_USERPWD => "reports:${fake.alnum(10)}!7",`,
        `curl_setopt($curl, CURLOPT_USERPWD, '${fake.hex(32)}:${fake.hex(32)}');`,
      ],
      negatives: [
        { text: 'curl_setopt($ch, CURLOPT_USERPWD, "$user:$password");', why: 'variables' },
        { text: "curl_setopt($ch, CURLOPT_USERPWD, $username . ':' . $password);", why: 'concatenated variables' },
        { text: "curl_setopt($ch, CURLOPT_USERPWD, 'username:password');", why: 'documentation credentials' },
      ],
    },
  },
  {
    id: 'basic-auth-encoded-literal',
    title: 'user:password literal base64-encoded for a Basic Authorization header',
    provider: 'HTTP authorization',
    keywords: [
      'btoa(',
      'buffer.from(',
      'b64encode(',
      'encodetostring(',
      'base64_encode(',
      'strict_encode64(',
      'base64encode(',
      'tobase64string(',
    ],
    // `btoa("user:pw")`, `Buffer.from("user:pw")`, Python `b64encode(b"user:pw")`, Go
    // `EncodeToString([]byte("user:pw"))`, Java `encodeToString("user:pw".getBytes())`, PHP, Ruby, Dart
    // `base64Encode(utf8.encode("user:pw"))`, C# `Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pw"))`.
    pattern:
      /(?:btoa|buffer\.from|b64encode|base64_encode|strict_encode64|encodetostring|base64encode|tobase64string)\(\s{0,4}(?:(?:\[\]byte|utf8\.encode|Encoding\.(?:UTF8|ASCII|Default|Latin1)\.GetBytes)\(\s{0,4})?[bu]?["'\x60](?<secret>[\w.@+-]{1,64}:[^\s"'\x60$%{}]{1,128})["'\x60]/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_PASSWORD',
    docs: DOCS,
    risk: 'The encoded pair is a username and password: anyone who reads it logs in as that user.',
    // Only where the line builds Basic credentials: `btoa("a:b")` alone could encode anything.
    validate: (secret, match, context) =>
      /basic|authorization|auth\b|headers?\b/i.test(lineAround(context, match.length)) &&
      judgeUserPassword(
        secret,
        context,
        context.matchIndex + match.length,
        'user:password encoded for a Basic Authorization header',
      ),
    examples: {
      embed: false,
      positives: (fake) => [
        `headers: { Authorization: 'Basic ' + btoa('admin:${fake.alnum(12)}') },`,
        `const auth = 'Basic ' + Buffer.from("deploy:${fake.alnum(10)}!7").toString('base64');`,
        `headers = {"Authorization": "Basic " + base64.b64encode(b"svc:${fake.alnum(14)}").decode()}`,
        `req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("ops:${fake.alnum(12)}")))`,
        `conn.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString("api:${fake.alnum(12)}".getBytes()));`,
        `$headers = ['Authorization: Basic ' . base64_encode('app:${fake.alnum(12)}')];`,
        `req['Authorization'] = "Basic #{Base64.strict_encode64('bot:${fake.alnum(12)}')}"`,
        `final auth = 'Basic ' + base64Encode(utf8.encode('app:${fake.alnum(12)}'));`, // Dart
        `client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:${fake.alnum(12)}")));`,
      ],
      negatives: [
        { text: "headers: { Authorization: 'Basic ' + btoa(`${user}:${pass}`) },", why: 'variables' },
        { text: "headers: { Authorization: 'Basic ' + btoa('user:password') },", why: 'documentation credentials' },
        { text: "const id = btoa('chart:42');", why: 'not an Authorization header' },
      ],
    },
  },
  {
    id: 'http-basic-auth-pair',
    title: 'Password in a Basic-auth pair given to an HTTP client (auth=(user, password), HTTPBasicAuth)',
    provider: 'HTTP authorization',
    keywords: [
      'auth=(',
      'auth = (',
      'basicauth(',
      'basicauthentication(',
      'basic_auth',
      '.auth(',
      "auth' =>",
      'auth" =>',
    ],
    // requests/httpx `auth=("user", "...")`, `HTTPBasicAuth("user", "...")`, aiohttp `BasicAuth("user", "...")`,
    // the Elasticsearch client's `basic_auth=(...)` (`http_auth=` before 8.0), Trino's `BasicAuthentication(...)`,
    // Ruby Net::HTTP's `basic_auth "user", "..."` (with or without parentheses), reqwest's
    // `.basic_auth("user", Some("..."))`, superagent's `.auth("user", "...")`, Guzzle's `'auth' => ['user', '...']`.
    pattern:
      /(?:\b(?:basic_|http_)?auth\s?=\s?\(|BasicAuth(?:entication)?\(|\bbasic_auth(?:\(|[ \t])|\.auth\(|\bauth["']\s?=>\s?\[)\s{0,4}(["'])[^"'\s]{1,64}\1\s{0,4},\s{0,4}(?:password\s?=\s?|Some\()?(["'])(?<secret>[^"'\s]{4,128})\2(?:\s{0,4}[)\]]|\s{0,4}$)/i,
    confidence: 'medium',
    envVar: 'API_PASSWORD',
    docs: 'https://requests.readthedocs.io/en/latest/user/authentication/#basic-authentication',
    risk: 'Logs in to the service as that user.',
    validate: judgedExplicitPassword('the password of a Basic-auth pair'),
    examples: {
      embed: false,
      positives: (fake) => [
        `r = requests.get(url, auth=("reporting", "${fake.alnum(10)}_${fake.digits(2)}"))`,
        `resp = httpx.get(url, auth = ('svc', '${fake.alnum(12)}'))`,
        `session.auth = HTTPBasicAuth("admin", "Harbor${fake.digits(3)}!")`,
        `async with aiohttp.ClientSession(auth=aiohttp.BasicAuth("bot", "${fake.alnum(14)}")) as s:`,
        `es = Elasticsearch("https://es01:9200", basic_auth=("elastic", "${fake.alnum(16)}"))`,
        `es = Elasticsearch(hosts, http_auth=('ingest', '${fake.alnum(14)}'))`,
        `conn = trino.dbapi.connect(host=h, auth=BasicAuthentication("etl", "${fake.alnum(14)}"))`,
        `req.basic_auth "reports", "${fake.alnum(12)}"`, // Ruby Net::HTTP
        `let res = client.get(url).basic_auth("svc", Some("${fake.alnum(14)}")).send()?;`, // reqwest
        `const res = await superagent.get(url).auth('bot', '${fake.alnum(14)}');`,
        `$client->request('GET', $url, ['auth' => ['api', '${fake.alnum(14)}']]);`, // Guzzle
        `$client->request('GET', $url, ["auth" => ["api", "${fake.alnum(14)}"]]);`,
      ],
      negatives: [
        { text: 'r = requests.get(url, auth=(user, password))', why: 'variables' },
        { text: 'r = requests.get(url, auth=("user", "password"))', why: 'documentation credentials' },
        { text: 'r = requests.get(url, auth=("admin", "<password>"))', why: 'placeholder' },
        { text: 'auth = HTTPBasicAuth(os.environ["USER"], os.environ["PASS"])', why: 'read from the environment' },
        { text: 'es = Elasticsearch(url, basic_auth=("elastic", "<password>"))', why: 'placeholder' },
        { text: 'auth=BasicAuthentication(user, getpass())', why: 'variables' },
        { text: 'request.get(url).auth(user, pass)', why: 'variables' },
        { text: 'req.basic_auth ENV["USER"], ENV["PASS"]', why: 'read from the environment' },
        {
          text: "$client->request('GET', $url, ['auth' => ['username', 'password']]);",
          why: 'documentation credentials',
        },
      ],
    },
  },
  {
    id: 'http-api-key-header',
    title: 'API key passed to an HTTP header setter (X-API-Key, Private-Token, …)',
    provider: 'HTTP authorization',
    keywords: ['api-key', 'apikey', 'auth-token', 'access-token', 'private-token'],
    // `setHeader("X-API-Key", "...")`, `req.Header.Set("Private-Token", "...")`, `Headers.Add("apikey", "...")`:
    // the name-value pair of a setter call, which the assignment rule does not read.
    pattern:
      /(?<name>api-?key|auth-token|access-token|private-token)["']\s{0,4},\s{0,4}@?["'\x60](?<secret>[A-Za-z0-9._~+/:=-]{8,512})["'\x60]/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: DOCS,
    risk: 'Anyone with the key can call the API as its owner.',
    validate: (secret, match, context) =>
      !isListElement(context) &&
      judgeCandidate({
        name: /^[\w-]+/.exec(match)![0],
        value: secret,
        quoted: true,
        context,
        nameStart: context.matchIndex,
        valueEnd: context.matchIndex + match.length,
        kind: 'secret',
        form: `value of the ${/^[\w-]+/.exec(match)![0]} header`,
      }),
    examples: {
      embed: false,
      positives: (fake) => [
        `client.DefaultRequestHeaders.Add("X-Api-Key", "${fake.alnum(32)}");`,
        `req.Header.Set("Private-Token", "${fake.alnum(20)}")`,
        `conn.setRequestProperty("apikey", "${fake.hex(32)}");`,
        `res.setHeader('X-Auth-Token', '${fake.alnum(40)}');`,
        `request.AddHeader("x-access-token", "${fake.alnum(36)}");`,
      ],
      negatives: [
        { text: 'req.Header.Set("X-Api-Key", apiKey)', why: 'a variable' },
        { text: 'res.setHeader("X-Api-Key", "your-api-key")', why: 'placeholder' },
        { text: 'headers.Add("X-Api-Key", "X-Api-Key")', why: 'the header name again' },
        {
          text: "mode = choice(['none', 'access-token', 'pbkdf2-sha-512'])",
          why: 'one string of a list, not a header setter',
        },
      ],
    },
  },
];
