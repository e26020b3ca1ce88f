// Credentials in the files API clients and developer tools write: a HAR capture's pretty-printed
// Cookie/Set-Cookie headers and cookie entries (also Playwright's storageState.json), a JSON object
// whose `"value"` is a secret's (Terraform state outputs, ARM parameter files), Postman's and Bruno's
// API-key auth (the key's value stands under the name `value`), Thunder Client's `"bearer"`, REST
// Client's unencoded `Authorization: Basic user password`, and the token caches of the AWS and Azure
// CLIs. Formats from each tool's own documentation (HAR 1.2, Postman collection v2.1, Bru lang,
// REST Client / JetBrains HTTP Client, Terraform state v4, AWS SSO, MSAL). Candidates only: the
// shared judge (../judge) or the cookie check below decides on the value.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, judgedByNameGroup, judgedPassword } from '../judge/judge';
import { valueLineFollows } from '../pairGates';
import { arrayFollows, bootstrapTokenFollows, valueObjectFollows } from '../exportGates';
import { hasLetterAndDigit } from '../valueChecks';
import { isSessionId } from './sessionCookies';
import type { MatchContext, Rule, Verdict } from '../types';

/**
 * Cookie names that hold a session or an auth token, in a place that says cookie: the session
 * cookies of web frameworks (`sessionid`, `JSESSIONID`, `PHPSESSID`, `connect.sid`,
 * `laravel_session`, `_<app>_session`, Spring's `SESSION`) and token cookies (`access_token`, `jwt`).
 * Consent, analytics, theme and locale cookies hold none of these words.
 */
const SESSION_COOKIE_NAME = String.raw`(?:[a-z0-9_.-]{0,30}sess(?:ion)?(?:_?id)?|(?:connect\.)?sid|[a-z0-9_.-]{0,30}(?:auth|access|id|refresh)[_-]?token|jwt)`;

/** A cookie value: what Cookie/Set-Cookie carry up to `;`, percent-encoding and signatures included. */
const COOKIE_VALUE = String.raw`[\w%.~+/=:-]{16,600}`;

/** A session id is random (sessionCookies' isSessionId). */
function judgeCookie(pattern: RegExp) {
  return (secret: string, match: string): Verdict | false => {
    if (!isSessionId(secret)) return false;
    const name = pattern.exec(match)?.groups?.['name'] ?? 'session';
    return { why: `the cookie ${name}: it logs in as its user while the session lives` };
  };
}

/** HAR's pretty-printed header entry: `"name": "cookie",` then `"value": "…; sessionid=…"` on the next line. */
const COOKIE_HEADER_LINES = new RegExp(
  String.raw`cookie"[ \t]{0,4},[ \t]{0,8}\r?\n[ \t]{0,40}"value"[ \t]{0,4}:[ \t]{0,4}"(?:[^"\r\n]{0,600}?[;,][ \t]{0,4})?(?<name>${SESSION_COOKIE_NAME})=(?<secret>${COOKIE_VALUE})`,
  'i',
);

/** A cookie entry of a HAR `cookies` array or a Playwright storage state, pretty-printed. */
const COOKIE_ENTRY_LINES = new RegExp(
  String.raw`"name"[ \t]{0,4}:[ \t]{0,4}"(?<name>${SESSION_COOKIE_NAME})",[ \t]{0,8}\r?\n[ \t]{0,40}"value"[ \t]{0,4}:[ \t]{0,4}"(?<secret>${COOKIE_VALUE})"`,
  'i',
);

/** `"db_password": {` then `"value": "…"` first on the next line. */
const VALUE_OBJECT_LINES =
  /"(?<name>[\w.-]{0,50}(?:password|passwd|pwd|secret|token|key|credentials?))"[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,8}\r?\n(?:[ \t]{0,40}"(?:type|help)"[ \t]{0,4}:[ \t]{0,4}"[^"\\\r\n]{0,200}"[ \t]{0,4},[ \t]{0,8}\r?\n){0,2}[ \t]{0,40}"(?:default)?value"[ \t]{0,4}:[ \t]{0,4}"(?:\\")?(?<secret>[^"\\\r\n]{1,1000})(?:\\")?"/i;

/** Postman's API-key auth: the entry whose `key` is `value` holds the key (after up to three others). */
const POSTMAN_APIKEY =
  /"apikey"[ \t]{0,4}:[ \t]{0,4}\[\s{0,40}(?:\{[^{}\]]{0,200}\},\s{0,40}){0,3}\{\s{0,40}"key"[ \t]{0,4}:[ \t]{0,4}"value"[ \t]{0,4},\s{0,60}"value"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[^"\\\r\n]{1,1000})"/i;

/** Bruno's `auth:apikey { key: …  value: … }` block (`key` and `placement` may come first). */
const BRUNO_APIKEY =
  /auth:apikey[ \t]{0,4}\{[ \t]{0,8}\r?\n(?:[ \t]{0,8}(?:key|placement):[^\r\n]{0,200}\r?\n){0,3}[ \t]{0,8}value:[ \t]{0,4}(?<secret>[^\s{}]{1,1000})/i;

/** The token caches the AWS CLI (IAM Identity Center) and the Azure CLI (MSAL) keep under the user's home. */
const TOKEN_CACHE_PATHS =
  /(?:^|\/)\.aws\/(?:sso|cli)\/cache\/[^/]{1,200}\.json$|(?:^|\/)msal_token_cache\.json$|(?:^|\/)\.azure\/accessTokens\.json$/i;

const TOKEN_CACHE_ENTRY =
  /"(?<name>accessToken|refreshToken|clientSecret|secret|access_token|refresh_token)"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[^"\\\s]{16,10000})"/i;

export const devToolExportRules: readonly Rule[] = [
  {
    id: 'har-cookie-header',
    title: 'Session cookie in a pretty-printed HAR Cookie/Set-Cookie header',
    provider: 'HTTP session',
    keywords: ['cookie",'],
    pattern: COOKIE_HEADER_LINES,
    keywordGate: valueLineFollows,
    multiline: { maxSpan: 800 },
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'SESSION_COOKIE',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
    risk: 'A saved HAR replays the session: whoever opens the file is logged in as its user until the session ends.',
    validate: judgeCookie(COOKIE_HEADER_LINES),
    examples: {
      embed: false,
      path: 'debug/network.har',
      positives: (fake) => [
        `        {\n          "name": "cookie",\n          "value": "_ga=GA1.1.1.2; sessionid=${fake.lowerAlnum(32)}; theme=dark"\n        },`,
        `{\n  "name": "Set-Cookie",\n  "value": "SESSION=${fake.base64url(48)}; Path=/; HttpOnly"\n}`,
        `  "name": "set-cookie",\r\n  "value": "connect.sid=s%3A${fake.base64url(32)}.${fake.base64url(43)}; Path=/"`,
        `  "name": "cookie",\n  "value": "lang=en; access_token=${fake.base64url(40)}"`,
      ],
      negatives: [
        {
          text: '  "name": "cookie",\n  "value": "_ga=GA1.1.123.456; cookie_consent=accepted; theme=dark"',
          why: 'no session cookie',
        },
        { text: '  "name": "cookie",\n  "value": "session=[REDACTED]; theme=light"', why: 'redacted' },
        {
          text: '  "name": "set-cookie",\n  "value": "sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT"',
          why: 'a cleared cookie',
        },
        { text: '  "name": "cookie",\n  "value": "session={{session}}"', why: 'a template reference' },
        {
          text: (fake) => `  "name": "cookie",\n  "value": "sid=${fake.uuid()}"`,
          why: 'a UUID: an id some apps log, not a session secret',
        },
      ],
    },
  },
  {
    id: 'cookie-entry-lines',
    title: 'Session cookie in a pretty-printed cookie entry (HAR cookies, Playwright storageState.json)',
    provider: 'HTTP session',
    keywords: ['session",', 'sessionid",', 'sessid",', 'sid",', 'token",', 'jwt",'],
    pattern: COOKIE_ENTRY_LINES,
    keywordGate: valueLineFollows,
    multiline: { maxSpan: 800 },
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'SESSION_COOKIE',
    docs: 'https://playwright.dev/docs/auth',
    risk: 'A saved browser state logs in: whoever loads it is signed in as the test or real user until the session ends.',
    validate: judgeCookie(COOKIE_ENTRY_LINES),
    examples: {
      embed: false,
      path: 'playwright/.auth/user.json',
      positives: (fake) => [
        `    {\n      "name": "connect.sid",\n      "value": "s%3A${fake.base64url(32)}.${fake.base64url(43)}",\n      "domain": "app.acme.dev"`,
        `  "name": "PHPSESSID",\n  "value": "${fake.lowerAlnum(26)}"`,
        `  "name": "_shop_session",\r\n  "value": "${fake.base64(120)}--${fake.hex(40)}"`,
        `  "name": "SESSION",\n  "value": "${fake.base64url(48)}"`,
        `  "name": "sessionid",\n  "value": "${fake.lowerAlnum(32)}"`,
        `  "name": "access_token",\n  "value": "${fake.base64url(40)}"`,
        `  "name": "jwt",\n  "value": "${fake.jwt()}"`,
      ],
      negatives: [
        { text: '  "name": "cookie_consent",\n  "value": "accepted"', why: 'a consent cookie' },
        { text: '  "name": "session",\n  "value": "********"', why: 'masked' },
        { text: (fake) => `  "name": "sessionid",\n  "value": "${fake.uuid()}"`, why: 'a UUID' },
        { text: '  "name": "sessionid",\n  "value": "abcdefghijklmnopqrstuvwx"', why: 'letters only: a stand-in' },
      ],
    },
  },
  {
    id: 'json-value-object-lines',
    title:
      'Secret as the value of a JSON object named for it (Terraform state outputs, ARM parameter files and template defaults, Mbed OS config)',
    provider: 'Config files',
    keywords: [
      'password": {',
      'passwd": {',
      'pwd": {',
      'secret": {',
      'token": {',
      'key": {',
      'credential": {',
      'credentials": {',
    ],
    pattern: VALUE_OBJECT_LINES,
    keywordGate: valueObjectFollows,
    multiline: { maxSpan: 1200 },
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://developer.hashicorp.com/terraform/language/state/sensitive-data',
    risk: 'State and parameter files keep the value in plain text: everyone who can read the file or the repository has it.',
    validate: judgedByNameGroup(VALUE_OBJECT_LINES, { form: (name) => `value of ${name}`, alwaysQuoted: true }),
    examples: {
      embed: false,
      path: 'infra/terraform.tfstate',
      positives: (fake) => [
        `    "db_password": {\n      "value": "${fake.alnum(14)}7",\n      "type": "string",\n      "sensitive": true\n    }`,
        `    "adminPassword": {\r\n      "value": "${fake.alnum(12)}#4"\r\n    },`,
        `  "api_token": {\n    "value": "${fake.alnum(40)}",`,
        `  "storageAccountKey": {\n    "value": "${fake.base64(86)}=="\n  }`,
        `  "smtp_passwd": {\n    "value": "${fake.alnum(12)}9"`,
        `  "db_pwd": {\n    "value": "${fake.alnum(12)}9"`,
        `  "clientSecret": {\n    "value": "${fake.base64url(40)}"`,
        `  "serviceCredential": {\n    "value": "${fake.alnum(32)}"`,
        `  "registry_credentials": {\n    "value": "${fake.alnum(32)}"`,
        `    "sqlAdminPassword": {\n      "type": "securestring",\n      "defaultValue": "${fake.alnum(12)}!7"\n    },`,
        `    "wifi-password": {\n        "help": "WiFi Password",\n        "value": "\\"${fake.alnum(12)}3\\""\n    },`,
      ],
      negatives: [
        {
          text: '    "adminPassword": {\n      "value": "[parameters(\'adminPassword\')]"\n    }',
          why: 'an ARM expression',
        },
        { text: '  "db_password": {\n    "value": "",\n    "sensitive": true\n  }', why: 'empty' },
        { text: '  "token_url": {\n    "value": "https://auth.example.com/token"\n  }', why: 'not a secret name' },
        {
          text: '    "adminPassword": {\n      "type": "securestring",\n      "metadata": { "description": "Admin password" }\n    }',
          why: 'a secure parameter without a default: given at deployment',
        },
        { text: '  "wifi-password": {\n    "help": "WiFi Password",\n    "value": "\\"\\""\n  }', why: 'empty' },
        {
          text: '  "adminPassword": {\n    "reference": {\n      "keyVault": { "id": "/subscriptions/x" },\n      "secretName": "admin"\n    }\n  }',
          why: 'read from Key Vault',
        },
      ],
    },
  },
  {
    id: 'postman-apikey-value',
    title: "API key in a Postman collection's apikey auth",
    provider: 'Postman',
    keywords: ['"apikey"'],
    pattern: POSTMAN_APIKEY,
    keywordGate: arrayFollows,
    multiline: { maxSpan: 700 },
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://learning.postman.com/docs/sending-requests/authorization/authorization-types/',
    risk: 'The exported collection sends the key with every request: whoever has the file calls the API as its owner.',
    validate: judgedByNameGroup(POSTMAN_APIKEY, {
      name: 'api key',
      form: 'Postman apikey auth value',
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      path: 'Orders.postman_collection.json',
      positives: (fake) => [
        `"apikey": [\n\t{\n\t\t"key": "value",\n\t\t"value": "${fake.hex(40)}",\n\t\t"type": "string"\n\t},\n\t{\n\t\t"key": "key",\n\t\t"value": "X-API-Key"\n\t}\n]`,
        `"apikey": [{"key": "in", "value": "header"}, {"key": "value", "value": "${fake.alnum(32)}"}]`,
      ],
      negatives: [
        {
          text: '"apikey": [\n  { "key": "value", "value": "{{apiKey}}", "type": "string" }\n]',
          why: 'a variable reference',
        },
        {
          text: '"apikey": [\n  { "key": "key", "value": "X-API-Key" },\n  { "key": "in", "value": "header" }\n]',
          why: 'no value entry',
        },
      ],
    },
  },
  {
    id: 'bruno-apikey-value',
    title: "API key in a Bruno request's auth:apikey block",
    provider: 'Bruno',
    keywords: ['auth:apikey'],
    pattern: BRUNO_APIKEY,
    multiline: { maxSpan: 500 },
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://docs.usebruno.com/auth/overview',
    risk: 'The .bru file is committed with the collection: whoever has the repository calls the API as the key owner.',
    validate: judgedByNameGroup(BRUNO_APIKEY, { name: 'api key', form: 'Bruno auth:apikey value', alwaysQuoted: true }),
    examples: {
      embed: false,
      path: 'bruno/orders/list.bru',
      positives: (fake) => [
        `auth:apikey {\n  key: x-api-key\n  value: ${fake.alnum(32)}\n  placement: header\n}`,
        `auth:apikey {\r\n  key: api_key\r\n  value: ${fake.hex(40)}\r\n}`,
      ],
      negatives: [
        {
          text: 'auth:apikey {\n  key: x-api-key\n  value: {{apiKey}}\n  placement: header\n}',
          why: 'a variable reference',
        },
        { text: 'auth:apikey {\n  key: x-api-key\n  value: \n}', why: 'empty' },
      ],
    },
  },
  {
    id: 'thunder-bearer-token',
    title: "Bearer token in a Thunder Client collection's auth",
    provider: 'Thunder Client',
    keywords: ['"bearer"'],
    pattern: /"bearer"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[^"\\\s]{8,2000})"/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_TOKEN',
    docs: 'https://docs.thunderclient.com/features/auth',
    risk: 'The collection sends the token with every request: whoever has the file calls the API as its owner.',
    validate: (secret, match, context) =>
      judgeCandidate({
        name: 'bearer token',
        value: secret,
        quoted: true,
        context,
        nameStart: context.matchIndex,
        valueEnd: context.matchIndex + match.length,
        form: 'Thunder Client bearer auth',
      }),
    examples: {
      embed: false,
      path: 'thunder-tests/collections/tc_col_orders.json',
      positives: (fake) => [
        `"auth": { "type": "bearer", "bearer": "${fake.hex(40)}" }`,
        `            "bearer": "${fake.alnum(36)}"`,
      ],
      negatives: [
        { text: '"auth": { "type": "bearer", "bearer": "{{token}}" }', why: 'a variable reference' },
        { text: '"type": "bearer",', why: 'the auth type' },
      ],
    },
  },
  {
    id: 'http-file-basic-plain',
    title: 'Unencoded user and password in a REST Client / HTTP Client `Authorization: Basic` line',
    provider: 'HTTP clients',
    keywords: ['authorization:'],
    // REST Client and JetBrains' HTTP Client encode `Basic user password` (or `user:password`) themselves.
    pattern:
      /^[ \t]{0,8}authorization:[ \t]{0,4}basic[ \t]{1,4}[^\s:{}]{1,128}(?::|[ \t]{1,4})(?<secret>[^\s{}]{1,256})[ \t]{0,8}$/i,
    paths: /\.(?:http|rest)$/i,
    confidence: 'medium',
    envVar: 'API_PASSWORD',
    docs: 'https://marketplace.visualstudio.com/items?itemName=humao.rest-client',
    risk: 'The request file logs in with it: whoever has the file has the account.',
    validate: judgedPassword('password in an .http Basic header', false),
    examples: {
      embed: false,
      path: 'requests/admin.http',
      positives: (fake) => [
        `Authorization: Basic admin ${fake.alnum(12)}7`,
        `Authorization: Basic deploy:${fake.alnum(14)}`,
      ],
      negatives: [
        { text: 'Authorization: Basic {{username}} {{password}}', why: 'variable references' },
        { text: (fake) => `Authorization: Basic ${fake.base64(28)}`, why: 'encoded: the base64 rule reads it' },
      ],
    },
  },
  {
    id: 'cli-token-cache',
    title: 'Token in the AWS CLI (IAM Identity Center) or Azure CLI (MSAL) token cache',
    provider: 'Cloud CLIs',
    keywords: ['"accesstoken"', '"refreshtoken"', '"clientsecret"', '"secret"', '"access_token"', '"refresh_token"'],
    pattern: TOKEN_CACHE_ENTRY,
    startsAtKeyword: true,
    paths: TOKEN_CACHE_PATHS,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'AWS_SESSION_TOKEN',
    docs: 'https://docs.aws.amazon.com/cli/latest/userguide/sso-using-profile.html',
    risk: 'A cached token signs in to the cloud account as the user until it expires; a refresh token keeps minting new ones.',
    validate: (secret: string, _match: string, context: MatchContext) =>
      judgeCandidate({
        name: 'refresh token',
        value: secret,
        quoted: true,
        context,
        nameStart: context.matchIndex,
        valueEnd: context.matchIndex + secret.length,
        kind: 'token',
        form: 'cached CLI token',
        explicit: true,
      }),
    examples: {
      embed: false,
      path: '.aws/sso/cache/0a1b2c3d4e5f.json',
      positives: (fake) => [
        `  "accessToken": "aoa${fake.base64url(320)}",`,
        `  "refreshToken": "aor${fake.base64url(300)}",`,
        `  "secret": "1.A${fake.base64url(250)}.${fake.base64url(120)}",`,
        `  "clientSecret": "${fake.base64url(200)}",`,
        `  "access_token": "${fake.base64url(120)}",`,
        `  "refresh_token": "${fake.base64url(120)}",`,
      ],
      negatives: [
        { text: '  "accessToken": "",', why: 'empty' },
        { text: '  "startUrl": "https://acme.awsapps.com/start",', why: 'no token' },
      ],
    },
  },
  {
    id: 'kubeconfig-bootstrap-token',
    title: 'Kubernetes bootstrap token as a kubeconfig user token or a kubeadm configuration token',
    provider: 'Kubernetes',
    keywords: ['token:'],
    // Kubernetes' documented shape, `[a-z0-9]{6}.[a-z0-9]{16}` (token id and secret), under a `token:` key.
    pattern: /(?<![\w.-])token:[ \t]{0,4}["']?(?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![a-z0-9])/,
    startsAtKeyword: true,
    keywordGate: bootstrapTokenFollows,
    minEntropy: 3.3,
    confidence: 'medium',
    envVar: 'KUBEADM_TOKEN',
    docs: 'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/',
    risk: 'Authenticates to the API server as a bootstrapping node (and joins machines) until the token expires or is deleted.',
    validate: (secret) => hasLetterAndDigit(secret.slice(7)),
    examples: {
      embed: false,
      path: 'deploy/kubeconfig.yaml',
      positives: (fake) => [
        `- name: bootstrap\n  user:\n    token: ${fake.lowerAlnum(6)}.${fake.lowerAlnum(15)}${fake.digits(1)}`,
        `bootstrapTokens:\n- token: "${fake.lowerAlnum(6)}.${fake.lowerAlnum(15)}${fake.digits(1)}"\n  ttl: 24h0m0s`,
      ],
      negatives: [
        { text: `    token: ${'abcdef.' + '0123456789abcdef'}`, why: "Kubernetes documentation's example token" },
        { text: '    token: bearer.servicetokenfile', why: 'letters only: words, not a generated token' },
        { text: '  token: string;', why: 'a type' },
      ],
    },
  },
];
