// Credentials that URLs and endpoints carry outside the `user:password@` userinfo the URL rule reads
// (generic.ts): a token as the whole userinfo (`https://<token>@host`, RFC 3986 section 3.2.1 allows a user
// part alone; GitHub, Azure DevOps and Bitbucket accept a token there), a webhook whose path is the
// secret (Mattermost and Rocket.Chat `/hooks/<id>`, Zapier catch hooks, Make), Oracle's
// `user/password@` connect descriptor in JDBC thin URLs, and InfluxDB 1.x `?u=...&p=...` query
// credentials. Candidates only; the shared judge (../judge) decides on passwords.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { isAscendingRuns } from '../judge/notIssued';
import { judgedExplicitPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { hasLetterAndDigit } from '../valueChecks';
import { schemelessUserinfoAt, tokenUserinfoFollows } from '../keywordGates';

/** A token alone as an http(s) URL's userinfo, or with the throwaway password GitHub documents (`x-oauth-basic`). */
const TOKEN_USERINFO =
  /(?<![A-Za-z0-9+.-])(?:git\+)?https?:\/\/(?<secret>[A-Za-z0-9_~-]{20,128})(?::(?:x-oauth-basic|x))?@(?<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?<path>\/[^\s"'`<>]{0,40})?/;

/** AWS key and SSH key ids (`AKIA...`, `APKA...`) name a key; CodeCommit SSH URLs carry them as the user. */
const KEY_ID = /^(?:AKIA|ASIA|APKA|AIDA|AROA)[A-Z0-9]{12,20}$/;

/**
 * A Sentry DSN's public key stands where a token would (`https://<32 hex>@o1.ingest.sentry.io/42`);
 * Sentry documents it as safe to publish. Its host names Sentry or its path is the project number.
 */
function isSentryDsn(secret: string, host: string, path: string | undefined): boolean {
  return /^[0-9a-f]{32}$/.test(secret) && (/sentry/i.test(host) || /^\/\d{1,12}\/?$/.test(path ?? ''));
}

/** Hosts reserved for documentation (RFC 2606): their URLs are examples. */
const DOCUMENTATION_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|invalid|test|localhost))$/i;

function judgeTokenUserinfo(secret: string, match: string): boolean | Verdict {
  const m = TOKEN_USERINFO.exec(match);
  const host = m?.groups?.host ?? '';
  if (!hasLetterAndDigit(secret) || KEY_ID.test(secret) || DOCUMENTATION_HOST.test(host)) return false;
  if (isSentryDsn(secret, host, m?.groups?.path)) return false;
  return { why: `a token alone as the URL's user: ${host} takes it as the login` };
}

/**
 * A webhook path segment: the `/hooks/` (or `/webhooks/`) path of a chat server's incoming hook
 * (Mattermost's 26-character id, Rocket.Chat's id/token pair), with an optional API prefix.
 */
const HOOK_PATH =
  /https?:\/\/(?<host>[A-Za-z0-9.-]{1,253})(?::\d{1,5})?\/(?:api\/)?(?:v\d\/)?(?:hooks|webhooks?)\/(?<secret>[A-Za-z0-9]{20,64}(?:\/[A-Za-z0-9]{20,64})?)(?![A-Za-z0-9_.-])/;

/** Zapier's catch hook (account number, then the hook's key) and Make's hook id: the URL is the only key. */
const AUTOMATION_HOOK =
  /https:\/\/(?:hooks\.zapier\.com\/hooks\/catch\/\d{3,12}\/|hook\.[a-z]{2}\d\.make\.com\/)(?<secret>[a-z0-9]{5,32})(?![A-Za-z0-9_-])/;

/**
 * Zapier's hook key is 5-8 lower-case letters and digits (letters alone, one in seven), Make's id 32
 * with both. A stand-in is typed in sequence (`123456/abcdef`), repeats one character or is a number.
 */
function judgeAutomationHook(secret: string, match: string): boolean {
  if (match.includes('.make.com/')) return secret.length === 32 && hasLetterAndDigit(secret);
  const account = /\/catch\/(\d+)\//.exec(match)?.[1] ?? '';
  return secret.length <= 8 && !/^\d+$/.test(secret) && !/^(.)\1+$/.test(secret) && !isAscendingRuns(account + secret);
}

/** Each segment of the hook's secret is random: letters and digits, not a word or a number. */
function judgeHookPath(secret: string, match: string): boolean | Verdict {
  const host = HOOK_PATH.exec(match)?.groups?.host ?? '';
  if (DOCUMENTATION_HOST.test(host)) return false;
  if (!secret.split('/').every(hasLetterAndDigit)) return false;
  return { why: 'an incoming-webhook URL: whoever has it can post as the integration' };
}

/** Oracle's connect descriptor in a JDBC URL: `jdbc:oracle:thin:user/password@//host:1521/service`. */
const ORACLE_JDBC =
  /jdbc:oracle:(?:thin|oci8?|kprb):(?<user>[A-Za-z0-9_$#.-]{1,30})\/(?<secret>[^\s@/"'`<>;]{1,128})@/i;

/**
 * Oracle's DBA tools take the login as `user/password@connect` (`rman target sys/...@db`,
 * `expdp system/...@XE`, the original `exp`/`imp`), and Oracle tools' `userid=` parameter does too
 * (Reports' `rwrun ... userid=...`, Forms' formsweb.cfg); sqlplus and CONNECT are ./pipedPasswords.ts's.
 */
const ORACLE_COMMAND =
  /(?:\b(?:rman(?=\s{1,4}(?:target|catalog))|(?:expdp|impdp|exp|imp|sqlldr|dgmgrl)(?:\s{1,4}-[A-Za-z]{1,2}){0,3})\s{1,4}(?:(?:target|catalog|userid)[= ]\s{0,2})?|(?:^|[\s;,"'])userid\s{0,2}=\s{0,2})(?<user>[A-Za-z][A-Za-z0-9_$#]{0,29})\/(?<secret>[^\s@/"'`<>;]{1,128})(?=@|\s|$)/i;

/**
 * A signed URL's signature with the key that signed it named in the same URL (AWS SigV2 and SigV4,
 * CloudFront, Google Cloud Storage V2 and V4): whoever holds the URL has its access until it expires.
 */
const URL_SIGNATURE = /[?&](?:X-Amz-Signature|X-Goog-Signature|Signature)=(?<secret>[A-Za-z0-9%+/_~-]{20,1100}={0,2})/;
const SIGNING_KEY_PARAM =
  /[?&](X-Amz-Credential|X-Goog-Credential|AWSAccessKeyId|GoogleAccessId|Key-Pair-Id)=([^&\s"'`]{1,200})/;

/** An AWS signing key is an access key id (`AKIA...` long-term, `ASIA...` temporary); AWS's made-up examples use others. */
const AWS_KEY_ID = /^(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;

/** The URL names the key that signed it, and an AWS one has a real access key id's shape. */
function namesSigningKey(line: string): boolean {
  const m = SIGNING_KEY_PARAM.exec(line);
  if (!m) return false;
  return !/^(?:X-Amz-Credential|AWSAccessKeyId)$/.test(m[1]!) || AWS_KEY_ID.test(m[2]!);
}

/** InfluxDB 1.x reads the login from the query string: `/query?u=admin&p=...`. */
const INFLUX_QUERY = /[?&]u=[^\s&"'#=]{1,64}&p=(?<secret>[^\s&"'#]{3,128})/;

/**
 * `user:password@host:port` written without a scheme, as proxy settings, Redis and broker addresses
 * and curl/pip `--proxy` take it (`admin:<pw>@10.0.0.5:3128`). The host is an IPv4 address or a name
 * with a port: an e-mail address (`name:alice@corp.com`) has neither.
 */
const SCHEMELESS_USERINFO =
  /(?<![\w.+:/@-])(?<user>[A-Za-z0-9_][\w.+-]{0,63}):(?<secret>[^\s:@/"'`<>(){}[\],;]{4,64})@(?<host>\d{1,3}(?:\.\d{1,3}){3}(?![\w.-])|[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,8}:\d{2,5}(?![\w.]))/;

/**
 * Words that stand before a `:` as a URI scheme, not a user: `sip:alice@pbx:5060`, `mailto:`,
 * `xmpp:`, npm's `npm:pkg@1.2.3.4`, Docker's `image:tag@sha256:...`.
 */
const SCHEME_WORDS = new Set([
  'sip',
  'sips',
  'tel',
  'mailto',
  'xmpp',
  'im',
  'pres',
  'urn',
  'news',
  'nntp',
  'git',
  'ssh',
  'http',
  'https',
  'ftp',
  'smtp',
  'imap',
  'pop',
  'ldap',
  'npm',
  'docker',
  'oci',
  'file',
]);

function judgeSchemelessUserinfo(secret: string, match: string, context: MatchContext): boolean | Verdict {
  const m = SCHEMELESS_USERINFO.exec(match);
  const user = (m?.groups?.user ?? '').toLowerCase();
  const host = m?.groups?.host ?? '';
  if (SCHEME_WORDS.has(user) || user === secret.toLowerCase() || /^sha\d/i.test(host)) return false;
  if (DOCUMENTATION_HOST.test(host.replace(/:\d+$/, ''))) return false;
  return judgedExplicitPassword('password in user:password@host')(secret, match, context);
}

/** A signature counts when its URL names the signing key and it is no documentation stand-in. */
/** The host of the URL the text at `index` of `line` stands in, if it has one. */
function hostOfUrlAt(line: string, index: number): string | undefined {
  const scheme = line.lastIndexOf('://', index);
  if (scheme < 0 || /\s/.test(line.slice(scheme, index))) return undefined;
  return /^[A-Za-z0-9.-]{1,253}/.exec(line.slice(scheme + 3, scheme + 260))?.[0];
}

function judgeSignature(secret: string, _match: string, context: MatchContext): boolean | Verdict {
  if (!namesSigningKey(context.line) || /EXAMPLE/.test(context.line) || !hasLetterAndDigit(secret)) return false;
  // A URL of a documentation domain (example.com, *.test) signs access to nothing: a test vector.
  const host = hostOfUrlAt(context.line, context.matchIndex);
  if (host !== undefined && DOCUMENTATION_HOST.test(host)) return false;
  return { why: 'a signed URL: it grants its access to whoever holds it until it expires' };
}

export const urlEndpointRules: readonly Rule[] = [
  {
    id: 'url-token-userinfo',
    title: 'Token as the user of an https URL',
    provider: 'Connection string',
    keywords: ['://'],
    pattern: TOKEN_USERINFO,
    keywordGate: tokenUserinfoFollows,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'GIT_TOKEN',
    docs: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    risk: 'Clones, pushes or calls the API as the token owner, wherever the URL is pasted, logged or committed.',
    validate: judgeTokenUserinfo,
    examples: {
      positives: (fake) => [
        `https://${fake.lowerAlnum(52)}@dev.azure.com/acme/Platform/_git/api`,
        `https://${fake.alnum(32)}:x-oauth-basic@git.internal.net/acme/app.git`,
        `git+https://${fake.base64url(40)}@gitlab.corp.internal/acme/sdk.git`,
      ],
      negatives: [
        { text: (fake) => `https://${fake.hex(32)}@o123456.ingest.sentry.io/4506`, why: "a Sentry DSN's public key" },
        { text: (fake) => `https://${fake.hex(32)}@sentry.corp.internal/7`, why: 'a self-hosted Sentry DSN' },
        { text: 'git clone https://jdoe@bitbucket.org/acme/site.git', why: 'a user name, no token' },
        { text: 'https://firstname_lastname_company@git.corp.internal/x.git', why: 'a user name (no digits)' },
        { text: 'https://${GITHUB_TOKEN}@github.com/acme/app.git', why: 'an environment reference' },
        { text: (fake) => `https://${fake.alnum(30)}3@api.example.com/v1`, why: 'a documentation host' },
      ],
    },
  },
  {
    id: 'webhook-path-token',
    title: 'Incoming-webhook URL (secret in the path)',
    provider: 'Webhook',
    keywords: ['/hooks/', '/webhooks/', '/webhook/'],
    pattern: HOOK_PATH,
    minEntropy: 3.3,
    confidence: 'medium',
    envVar: 'WEBHOOK_URL',
    docs: 'https://developers.mattermost.com/integrate/webhooks/incoming/',
    risk: 'Posts messages into the channel as the integration (phishing links, fake alerts).',
    validate: judgeHookPath,
    examples: {
      positives: (fake) => [
        `https://chat.acme.internal/hooks/${fake.lowerAlnum(26)}`,
        `https://rocket.corp.internal/hooks/${fake.alnum(24)}/${fake.alnum(48)}`,
        `https://notify.corp.internal/api/v1/webhooks/${fake.alnum(32)}`,
        `https://automation.corp.internal/webhook/${fake.alnum(20)}7`,
      ],
      negatives: [
        { text: 'https://api.github.com/repos/acme/api/hooks/412345678', why: 'a numeric hook id in an API path' },
        { text: 'https://docs.acme.dev/hooks/getting-started-with-webhooks', why: 'a documentation page' },
        { text: 'https://chat.example.com/hooks/xxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'a documentation stand-in' },
      ],
    },
  },
  {
    id: 'automation-hook-url',
    title: 'Zapier or Make webhook URL',
    provider: 'Webhook',
    keywords: ['hooks.zapier.com/hooks/catch/', '.make.com/'],
    pattern: AUTOMATION_HOOK,
    confidence: 'medium',
    envVar: 'WEBHOOK_URL',
    docs: 'https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks',
    risk: 'Starts the automation with whatever data is posted (it may send mail, write records, pay).',
    validate: judgeAutomationHook,
    examples: {
      positives: (fake) => [
        `https://hooks.zapier.com/hooks/catch/${fake.digits(7)}/${fake.lower(3)}${fake.digits(1)}${fake.lower(2)}/`,
        `https://hooks.zapier.com/hooks/catch/${fake.digits(7)}/${fake.lower(6)}/`, // letters only, by chance
        `https://hook.eu1.make.com/${fake.lower(10)}${fake.digits(2)}${fake.lowerAlnum(20)}`,
      ],
      negatives: [
        {
          text: 'https://hooks.zapier.com/hooks/catch/123456/abcdef/',
          why: 'typed in sequence: a documentation stand-in',
        },
        { text: 'https://hooks.zapier.com/hooks/catch/1234567/xxxxxx/', why: 'one character repeated' },
        { text: 'https://hooks.zapier.com/hooks/catch/4811237/123456/', why: 'a number' },
        { text: 'https://hook.eu1.make.com/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'a stand-in' },
      ],
    },
  },
  {
    id: 'oracle-jdbc-password',
    title: 'Password in an Oracle JDBC URL (user/password@)',
    provider: 'Connection string',
    keywords: ['jdbc:oracle:'],
    pattern: ORACLE_JDBC,
    confidence: 'high',
    envVar: 'ORACLE_PASSWORD',
    docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/21/jjdbc/data-sources-and-URLs.html',
    risk: 'Logs in to the Oracle database as that user.',
    validate: judgedExplicitPassword('password in an Oracle JDBC URL'),
    examples: {
      embed: false,
      positives: (fake) => [
        `db.url=jdbc:oracle:thin:app_user/${fake.alnum(14)}@//db.internal:1521/ORCLPDB1`,
        `url: jdbc:oracle:thin:etl/${fake.alnum(12)}9@db01.corp.internal:1521:PROD`,
      ],
      negatives: [
        { text: 'jdbc:oracle:thin:scott/tiger@localhost:1521:orcl', why: "Oracle's sample-schema login" },
        { text: 'jdbc:oracle:thin:@//db.internal:1521/ORCLPDB1', why: 'no login in the URL' },
        { text: 'jdbc:oracle:thin:${DB_USER}/${DB_PASSWORD}@db:1521/X', why: 'references' },
        { text: 'jdbc:oracle:thin:<user>/<password>@<host>:1521/<service>', why: 'placeholders' },
      ],
    },
  },
  {
    id: 'oracle-command-password',
    title:
      'Password in an Oracle DBA tool login (rman, exp, expdp, imp, impdp, sqlldr, dgmgrl, userid= user/password@db)',
    provider: 'Connection string',
    keywords: ['rman target', 'rman catalog', 'expdp', 'impdp', 'sqlldr', 'dgmgrl', 'exp ', 'imp ', 'userid'],
    pattern: ORACLE_COMMAND,
    confidence: 'high',
    envVar: 'ORACLE_PASSWORD',
    docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/21/sutil/oracle-data-pump-export-utility.html',
    risk: 'Logs in to the Oracle database as that user.',
    validate: judgedExplicitPassword('password in an Oracle login'),
    examples: {
      embed: false,
      positives: (fake) => [
        `rman target sys/${fake.alnum(14)}@prod catalog rman/${fake.alnum(10)}4@rcat`,
        `rman catalog rco/${fake.alnum(12)}@rcat`,
        `expdp system/${fake.alnum(12)}@XE directory=DUMP dumpfile=app.dmp`,
        `impdp system/${fake.alnum(12)}@XE directory=DUMP dumpfile=app.dmp remap_schema=a:b`,
        `sqlldr userid=loader/${fake.alnum(12)}@XE control=load.ctl`,
        `dgmgrl sys/${fake.alnum(14)}@prim "show configuration"`,
        `exp system/${fake.alnum(12)}@PROD owner=HR file=hr.dmp`,
        `imp system/${fake.alnum(12)}@PROD fromuser=HR touser=HR_COPY file=hr.dmp`,
        `rwrun report=invoice.rdf userid=reports/${fake.alnum(12)}@FIN desformat=PDF`,
        `userid=apps/${fake.alnum(12)}@ERP`, // Forms' formsweb.cfg
      ],
      negatives: [
        { text: 'rman target /', why: 'operating-system authentication, no password' },
        { text: 'expdp scott/tiger@orcl tables=emp', why: "Oracle's sample-schema login" },
        { text: 'expdp $DB_USER/$DB_PASS@$DB_TNS', why: 'references' },
        { text: 'expdp username/password@connect_identifier', why: 'the manual synopsis' },
        { text: 'userid=scott/tiger@orcl', why: "Oracle's sample-schema login" },
        { text: 'imp userid=$ORA_LOGON file=hr.dmp', why: 'a variable' },
      ],
    },
  },
  {
    id: 'signed-url-signature',
    title: 'Signed URL (S3, CloudFront or GCS signature)',
    provider: 'Signed URL',
    keywords: ['signature='],
    pattern: URL_SIGNATURE,
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'SIGNED_URL',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html',
    risk: 'Reads (or writes) the object as the signing key until the URL expires, for anyone it is passed to.',
    validate: judgeSignature,
    examples: {
      positives: (fake) => [
        `https://files.s3.amazonaws.com/q.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${fake.upperAlnum(16)}%2F20260114%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260114T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${fake.hex(64)}`,
        `https://files.s3.amazonaws.com/q.pdf?AWSAccessKeyId=AKIA${fake.upperAlnum(16)}&Expires=1767225600&Signature=${fake.alnum(27)}%3D`,
        `https://d1.cloudfront.net/v.mp4?Expires=1767225600&Signature=${fake.base64url(120)}&Key-Pair-Id=K${fake.upperAlnum(13)}`,
      ],
      negatives: [
        {
          text: (fake) =>
            `http://example.com/v.mp4?Expires=1257894000&Signature=${fake.base64url(120)}&Key-Pair-Id=K${fake.upperAlnum(13)}`,
          why: 'a documentation domain: a test vector that opens nothing',
        },
        {
          text: 'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=<signature>',
          why: "AWS's documentation example",
        },
        {
          text: (fake) => `https://cdn.acme.io/a.js?Signature=${fake.hex(40)}`,
          why: 'no signing key named: a content hash',
        },
        {
          text: (fake) =>
            `https://b.s3.amazonaws.com/l.out?AWSAccessKeyId=AKGP${fake.upperAlnum(16)}&Expires=1440195891&Signature=${fake.alnum(27)}%3D`,
          why: 'a made-up key id (not AKIA/ASIA): a documentation example',
        },
      ],
    },
  },
  {
    id: 'influxdb-query-password',
    title: 'Password in an InfluxDB query URL (u=...&p=...)',
    provider: 'Connection string',
    keywords: ['&p='],
    pattern: INFLUX_QUERY,
    confidence: 'medium',
    envVar: 'INFLUX_PASSWORD',
    docs: 'https://docs.influxdata.com/influxdb/v1/administration/authentication_and_authorization/',
    risk: 'Reads and writes the InfluxDB databases as that user.',
    validate: judgedExplicitPassword('password in an InfluxDB query URL'),
    examples: {
      embed: false,
      positives: (fake) => [
        `curl -G "http://influx.internal:8086/query?u=admin&p=${fake.alnum(14)}" --data-urlencode "q=SHOW DATABASES"`,
      ],
      negatives: [
        { text: 'curl -G "http://localhost:8086/query?u=todd&p=<password>"', why: 'a placeholder' },
        { text: 'http://localhost:8086/query?u=admin&p=$INFLUX_PASSWORD', why: 'a reference' },
      ],
    },
  },
];

/** An `@` and the host character after it (the prefilter takes no one-character keyword). */
const AT_HOST_KEYWORDS = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => `@${c}`);

/**
 * Listed after the provider and command rules (index.ts): a tool's own rule (impacket's
 * `domain/user:password@target`) names the credential better where both read the same text.
 */
export const schemelessUserinfoRules: readonly Rule[] = [
  {
    id: 'schemeless-userinfo-password',
    title: 'Password in user:password@host:port written without a scheme',
    provider: 'Connection string',
    keywords: AT_HOST_KEYWORDS,
    pattern: SCHEMELESS_USERINFO,
    keywordGate: schemelessUserinfoAt,
    confidence: 'medium',
    envVar: 'PROXY_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Logs in to the proxy, cache or broker at that address as that user.',
    validate: judgeSchemelessUserinfo,
    examples: {
      embed: false,
      positives: (fake) => [
        `proxy = admin:${fake.alnum(12)}@10.20.0.5:3128`,
        `  redis: default:${fake.alnum(16)}@redis.internal:6379/0`,
        `HTTPS_PROXY=svc-build:${fake.alnum(10)}7@proxy.corp.internal:8080`,
        `pip install --proxy ops:${fake.alnum(12)}@172.16.4.10:3128 -r requirements.txt`,
        // One line per keyword: every host's first character.
        ...AT_HOST_KEYWORDS.map((kw) =>
          /\d/.test(kw[1]!)
            ? `proxy=ops:${fake.alnum(12)}${kw}0.16.4.10`
            : `cache: app:${fake.alnum(12)}${kw}cache.internal:6379`,
        ),
      ],
      negatives: [
        { text: 'contact: support:help@corp.internal', why: 'no port and no address: an e-mail-like text' },
        { text: 'sip:alice@pbx.corp.internal:5060', why: 'a SIP URI: the scheme, then the user' },
        { text: 'proxy = user:password@proxy.corp.internal:3128', why: 'documentation stand-in' },
        { text: 'proxy = admin:$PROXY_PASS@10.0.0.5:3128', why: 'a reference' },
        { text: 'proxy = squid:squid@10.0.0.5:3128', why: 'the password is the user name' },
        { text: 'image: node:18-alpine@sha256:0123abcd', why: 'an image digest' },
        { text: 'proxy = admin:Zq8vX2mK@proxy.example.com:3128', why: 'a documentation host' },
        { text: '/** @param host the proxy, e.g. 10.0.0.5:3128 */', why: 'a JSDoc tag' },
      ],
    },
  },
];
