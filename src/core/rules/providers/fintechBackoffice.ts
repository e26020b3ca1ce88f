// Credentials in the back-office code of banks, brokers and fintech start-ups (fintech-backoffice
// corpus), where either the provider's documented format or the form the credential is written in
// says what it is:
// - formats: Sumsub app tokens (`sbx:`/`prd:` + 24 + `.` + 32; Sumsub "App tokens"), Onfido API
//   tokens (`api_live.`/`api_sandbox.` + 11 + `.` + 32; Onfido "API tokens"), Persona API keys
//   (`persona_production_`/`persona_sandbox_` + UUID), Increase API keys (`secret_key_`/`sandbox_key_`;
//   Increase "API Overview"), Alpaca key ids (`PK`/`AK` + 18 upper alphanumerics, the id half of the
//   pair; Alpaca "Authentication"), Alpha Vantage keys (16 upper alphanumerics under their name),
//   the two bare lines of krakenex's `kraken.key` (API key, 56 base64; private key, 64 bytes base64);
// - forms: a FIX Logon's Password (554) and NewPassword (925) fields in a message (FIX 4.4 spec),
//   Temenos T24 OFS messages (`APP,VERSION/I/PROCESS,USER/PASSWORD/COMPANY,...`), kdb+ `hopen`
//   handles (`:host:port:user:password) and `-u`/`-U` password files (`user:password` lines),
//   polygon-api-client's `RESTClient(api_key)`, an API key as curl's basic-auth user or password
//   with the other half empty (`-u key:`, Stripe-style; `-u :key`, Column's docs), and QuickFIX's
//   `new Password("...")` field (by position, ./positionalPasswords.ts).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, judgedPassword } from '../judge/judge';
import { contextRule, NAME_TAIL } from '../ruleKit';
import { lineAround } from '../lineReach';
import { isMixedUpper } from '../valueChecks';
import type { MatchContext, Rule, Verdict } from '../types';
import { looksIssued } from './namedKeys';
import type { PositionalCall } from './positionalCall';

/** QuickFIX/J and QuickFIX/n Logon fields built from a literal (the password is the only argument). */
export const FINTECH_POSITIONAL_CALLS: readonly PositionalCall[] = [
  {
    call: String.raw`new\s{1,4}(?:QuickFix\.Fields\.|quickfix\.field\.)?(?:New)?Password`,
    keywords: ['new password(', 'new newpassword(', 'new quickfix.field'],
    before: 0,
    example: (f) =>
      `message.setField(new Password("${f.alnum(10)}")); message.setField(new NewPassword("${f.alnum(10)}")); message.SetField(new QuickFix.Fields.Password("${f.alnum(10)}")); m.setField(new quickfix.field.Password("${f.alnum(10)}"));`,
  },
];

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** FIX field delimiters as logs write SOH: the byte itself, `|` or `^`. */
const FIX_SEP = String.raw`[|^\x01]`;

/** How far before a Logon's password field its MsgType may stand: a Logon message is a few hundred bytes. */
const FIX_MESSAGE_REACH = 2048;

const FIX_LOGON = new RegExp(String.raw`(?:^|${FIX_SEP}|\s)35=A${FIX_SEP}`);
const judgeFixPassword = judgedPassword('Password field of a FIX Logon message', true);
const judgeOfs = judgedPassword('password in a Temenos OFS message', true);
const judgeHopen = judgedPassword('password in a kdb+ hopen handle', true);
const judgeQPasswordFile = judgedPassword('password in a kdb+ -u password file', true);

const TELLER_TOKEN = /^token_[a-z2-7]{26}$/;

/** A key handed as one half of curl's basic auth: issued-looking, on a curl or HTTPie line. */
function judgeBasicKey(secret: string, match: string, context: MatchContext): Verdict | false {
  if (!/\b(?:curl|https?|wget)\b/.test(lineAround(context, match.length))) return false;
  // Teller's access tokens (`token_` + 26 lower-case base32) read as a snake_case name to the judge.
  if (TELLER_TOKEN.test(secret)) return { why: 'a Teller access token given to curl -u' };
  if (!looksIssued(secret, true)) return false;
  return judgeCandidate({
    name: 'apiKey',
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + match.length,
    kind: 'secret',
    form: 'API key given as the user or password of curl -u, the other half empty',
  });
}

/** Exactly one colon around the key: `key:` or `:key`, not a bare user name or `user:password`. */
function emptyOtherHalf(secret: string, match: string): boolean {
  const at = match.lastIndexOf(secret);
  return (match.charAt(at - 1) === ':') !== (match.charAt(at + secret.length) === ':');
}

export const fintechBackofficeRules: readonly Rule[] = [
  {
    id: 'fix-logon-password',
    title: 'Password (554) or NewPassword (925) in a FIX Logon message',
    provider: 'FIX protocol',
    keywords: ['554=', '925='],
    // A field of a delimited message; the password ends at the next delimiter.
    pattern: new RegExp(String.raw`(?<=${FIX_SEP})(?:554|925)=(?<secret>[^|^\x01\s]{1,64})(?=${FIX_SEP}|$)`),
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'FIX_LOGON_PASSWORD',
    docs: 'https://www.onixs.biz/fix-dictionary/4.4/tagnum_554.html',
    risk: "Logs in to the counterparty's FIX session as the firm: orders, executions and market data under its CompID.",
    // Only in a Logon: its MsgType (35=A) stands before the body fields, within the message (read
    // back a bounded stretch: every tag 554 of a long line reading to its start would be quadratic).
    validate: (secret, match, context) =>
      FIX_LOGON.test(context.line.slice(Math.max(0, context.matchIndex - FIX_MESSAGE_REACH), context.matchIndex)) &&
      judgeFixPassword(secret, match, context),
    examples: {
      embed: false,
      path: 'log/FIX.4.4-ACME-BROKER.messages.log',
      positives: (fake) => [
        `20261130-08:00:01.204: 8=FIX.4.4|9=112|35=A|34=1|49=ACMECAP|56=BROKERX|98=0|108=30|553=trader01|554=${fake.alnum(10)}|10=087|`,
        `8=FIX.4.2^9=90^35=A^34=1^49=ALGO^56=LMAX^98=0^108=30^554=Settle${fake.digits(4)}!^925=${fake.alnum(12)}^10=201^`,
      ],
      negatives: [
        { text: '8=FIX.4.4|9=112|35=A|34=1|49=ACMECAP|56=BROKERX|553=trader01|554=********|10=087|', why: 'masked' },
        {
          text: '8=FIX.4.4|35=A|49=ACMECAP|56=BROKERX|554=<redacted>|10=087|',
          why: 'redacted',
        },
        {
          text: (fake) => `8=FIX.4.4|35=D|49=ACMECAP|56=BROKERX|11=${fake.upperAlnum(12)}|554=x|10=1|`,
          why: 'not a Logon',
        },
      ],
    },
  },
  {
    id: 'temenos-ofs-credentials',
    title: 'User password in a Temenos T24 / Transact OFS message',
    provider: 'Temenos',
    keywords: ['/process,', '/validate,'],
    // OFS: APPLICATION,VERSION/FUNCTION/PROCESS,USER/PASSWORD/COMPANY,ID,FIELD=VALUE...
    pattern:
      /(?<![A-Z0-9.])[A-Z][A-Z0-9.]{1,40},[A-Z0-9.]{0,40}\/[IARDSV]\/(?:PROCESS|VALIDATE),[A-Za-z][\w.]{0,30}\/(?<secret>[^\/,\s"']{1,64})\/(?:[A-Z]{2}\d{7})?[,"'\s]/,
    confidence: 'medium',
    envVar: 'T24_OFS_PASSWORD',
    docs: 'https://docs.temenos.com/docs/Solutions/T24_Transact/Integration/OFS/index.htm',
    risk: 'Logs in to the core banking system as that user: whatever the user may input or authorise on customers and accounts.',
    validate: judgeOfs,
    examples: {
      embed: false,
      positives: (fake) => [
        `OFS_MSG="CUSTOMER,/I/PROCESS,INPUTT/${fake.alnum(10)}/GB0010001,,MNEMONIC=ACME12"`,
        `ACCOUNT,/I/VALIDATE,AUTHOR/${fake.alnum(12)}/GB0010001,${fake.digits(8)},CATEGORY=1001`,
        `FUNDS.TRANSFER,ACME/I/PROCESS,OFSUSER/Ledger${fake.digits(4)}!/GB0010001,,DEBIT.ACCT.NO=${fake.digits(11)}`,
      ],
      negatives: [
        { text: 'CUSTOMER,/I/PROCESS,//GB0010001,123456,MNEMONIC=ACME12', why: 'no user and password' },
        { text: 'CUSTOMER,/I/PROCESS,USER/PASSWORD/GB0010001,,', why: 'documentation stand-ins' },
      ],
    },
  },
  {
    id: 'kdb-hopen-password',
    title: 'Password in a kdb+/q hopen connection handle',
    provider: 'kdb+',
    keywords: ['hopen'],
    pattern: /hopen[ \t]{0,4}\(?[ \t]{0,4}`:[\w.-]{0,100}:\d{1,5}:[\w.-]{1,40}:(?<secret>[^\s`";)\]]{1,64})/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'KDB_PASSWORD',
    docs: 'https://code.kx.com/q/ref/hopen/',
    risk: 'Connects to the kdb+ process as that user: reads (and may write) its tick, trade and position data.',
    validate: judgeHopen,
    examples: {
      embed: false,
      path: 'q/feedhandler.q',
      positives: (fake) => [
        `h:hopen \`:kdb-hdb01:5010:quant:${fake.alnum(12)}`,
        `h:hopen (\`:hdb.quant.internal:5012:feed:Settle${fake.digits(4)}!;5000)`,
      ],
      negatives: [
        { text: 'h:hopen `:localhost:5010', why: 'no credentials' },
        { text: 'h:hopen `:kdb01:5010:user:password', why: 'documentation stand-ins' },
      ],
    },
  },
  {
    id: 'kdb-password-file',
    title: 'user:password line in a password file (kdb+ -u/-U)',
    provider: 'kdb+',
    // The file holds bare `user:password` lines: no literal to key on.
    keywords: [],
    wakesOnEveryLine: true,
    // Named for what it holds (`passwords.txt`, `kdb_passwd`); a `users.txt` may list anything.
    paths: /(?:^|\/)(?:[\w-]{0,40}[_.-])?passw(?:or)?ds?(?:\.txt)?$/i,
    pattern: /^(?<user>[A-Za-z_][\w.-]{0,40}):(?<secret>[^\s:]{4,128})[ \t]{0,4}$/,
    confidence: 'medium',
    envVar: 'KDB_PASSWORD',
    docs: 'https://code.kx.com/q/basics/cmdline/#-u-usr-pwd',
    risk: 'Logs in to the kdb+ process as that user.',
    validate: judgeQPasswordFile,
    examples: {
      embed: false,
      path: 'kdb/passwords.txt',
      positives: (fake) => [`quant1:${fake.alnum(12)}`, `gateway:Ledger${fake.digits(4)}!`],
      negatives: [
        { text: 'quant1:password', why: 'a stand-in' },
        { text: (fake) => `quant1:${fake.alnum(12)}`, why: 'not a password file', path: 'data/users.txt' },
        { text: 'root:x:0:0:root:/root:/bin/bash', why: 'a passwd entry, no password', path: 'etc/passwd' },
      ],
    },
  },
  {
    id: 'kraken-key-file',
    title: 'Kraken API key or private key in a krakenex kraken.key file',
    provider: 'Kraken',
    keywords: [],
    wakesOnEveryLine: true,
    // `kraken.key` by default; desks keep one per account (`kraken-treasury.key`, `kraken_mm2.key`).
    paths: /(?:^|\/)kraken(?:[_.-][\w.-]{1,40})?\.key$/,
    // krakenex's load_key: the API key (56 base64) on the first line, the private key (64 bytes) on the second.
    pattern: /^[ \t]{0,4}(?<secret>[A-Za-z0-9+/]{56}|[A-Za-z0-9+/]{86}==)[ \t]{0,4}$/,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'KRAKEN_API_SECRET',
    docs: 'https://support.kraken.com/articles/360000919966-how-to-create-an-api-key',
    risk: 'Signs private API calls to the Kraken account: balances, orders and, if allowed, withdrawals.',
    examples: {
      embed: false,
      path: 'keys/kraken.key',
      positives: (fake) => [fake.base64(56), `${fake.base64(86)}==`],
      negatives: [
        { text: 'paste your API key on this line', why: 'prose' },
        { text: (fake) => fake.base64(56), path: 'keys/krakenfutures.txt', why: 'not a key file' },
      ],
    },
  },
  {
    id: 'sumsub-app-token',
    title: 'Sumsub app token',
    provider: 'Sumsub',
    keywords: ['sbx:', 'prd:'],
    pattern: /(?<![A-Za-z0-9_])(?:sbx|prd):[A-Za-z0-9]{24}\.[A-Za-z0-9]{32}(?![A-Za-z0-9])/,
    startsAtKeyword: true,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'SUMSUB_APP_TOKEN',
    docs: 'https://docs.sumsub.com/docs/app-tokens',
    risk: "With the secret key, calls the Sumsub API: applicants' identity documents and verification results.",
    examples: {
      positives: (fake) => [`sbx:${fake.alnum(24)}.${fake.alnum(32)}`, `prd:${fake.alnum(24)}.${fake.alnum(32)}`],
      negatives: [
        { text: 'sbx:XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'mask' },
        { text: 'SUMSUB_APP_TOKEN=<your app token>', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'onfido-api-token',
    title: 'Onfido (Entrust) API token',
    provider: 'Onfido',
    keywords: ['api_live', 'api_sandbox'],
    pattern:
      /(?<![A-Za-z0-9_])api_(?:live|sandbox)(?:_(?:us|ca))?\.[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/,
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'ONFIDO_API_TOKEN',
    docs: 'https://documentation.identity.entrust.com/api/latest/#api-tokens',
    risk: "Calls the Onfido API: applicants' identity documents, selfies and check results.",
    examples: {
      positives: (fake) => [
        `api_live.${fake.base64url(11)}.${fake.base64url(32)}`,
        `api_sandbox.${fake.base64url(11)}.${fake.base64url(32)}`,
        `api_live_us.${fake.base64url(11)}.${fake.base64url(32)}`,
      ],
      negatives: [{ text: 'api_sandbox.XXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'mask' }],
    },
  },
  {
    id: 'persona-api-key',
    title: 'Persona API key',
    provider: 'Persona',
    keywords: ['persona_production_', 'persona_sandbox_'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])persona_(?:production|sandbox)_${UUID}(?![A-Za-z0-9_-])`),
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'PERSONA_API_KEY',
    docs: 'https://docs.withpersona.com/api-keys',
    risk: "Calls the Persona API: inquiries, government ids and selfies of the organisation's users.",
    examples: {
      positives: (fake) => [`persona_production_${fake.uuid()}`, `persona_sandbox_${fake.uuid()}`],
      negatives: [{ text: 'PERSONA_API_KEY=persona_sandbox_...', why: 'placeholder' }],
    },
  },
  {
    id: 'increase-api-key',
    title: 'Increase API key',
    provider: 'Increase',
    keywords: ['secret_key_', 'sandbox_key_'],
    pattern: /(?<![A-Za-z0-9_])(?:secret|sandbox)_key_(?<secret>[A-Za-z0-9]{20,80})(?![A-Za-z0-9_])/,
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'INCREASE_API_KEY',
    docs: 'https://increase.com/documentation/api/overview',
    risk: 'Calls the Increase banking API: accounts, ACH, wire and card transfers (real money with a production key).',
    // Random, not an identifier spelled in words (`secret_key_for_encryption`: underscores stop the match).
    validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /\d/.test(secret),
    examples: {
      positives: (fake) => [`secret_key_${fake.alnum(32)}`, `sandbox_key_${fake.alnum(32)}`],
      negatives: [
        { text: 'INCREASE_API_KEY="secret_key_1234567890"', why: 'the documentation stand-in' },
        { text: 'config.secret_key_base = Rails.application.credentials.secret_key_base', why: 'a name' },
      ],
    },
  },
  contextRule({
    id: 'alpaca-key-id',
    title: 'Alpaca API key id under an APCA_ name (with its secret key)',
    provider: 'Alpaca',
    // Alpaca's own variable names (`APCA_API_KEY_ID`); a name with `alpaca` in it is the services table's.
    keywords: ['apca'],
    name: `apca${NAME_TAIL}`,
    value: '(?:PK|AK|CK)[A-Z0-9]{18}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3,
    confidence: 'high',
    envVar: 'APCA_API_KEY_ID',
    docs: 'https://docs.alpaca.markets/docs/authentication',
    risk: 'The id half of the Alpaca key pair: with the secret key beside it, places orders and reads the account.',
    validate: (secret) => isMixedUpper(secret),
    names: ['APCA_API_KEY_ID', 'APCA_API_KEY'],
    sample: (fake) => `PK${fake.upperAlnum(16)}7Q`,
    negatives: [
      { text: 'APCA_API_BASE_URL=https://paper-api.alpaca.markets', why: 'not a key' },
      { text: 'APCA_API_KEY_ID=PKXXXXXXXXXXXXXXXXXX', why: 'mask' },
    ],
  }),
  contextRule({
    id: 'alpha-vantage-api-key',
    title: 'Alpha Vantage API key (under AV_KEY)',
    provider: 'Alpha Vantage',
    // The short `AV_` names of quick starts; a name with `alphavantage` in it is the services table's.
    keywords: ['av_key', 'av_api_key', 'avkey'],
    name: String.raw`av_?(?:api_?)?key`,
    value: '[A-Z0-9]{16}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3,
    confidence: 'high',
    envVar: 'ALPHAVANTAGE_API_KEY',
    docs: 'https://www.alphavantage.co/support/#api-key',
    risk: "Calls the market-data API on the account's quota (premium plans are paid per key).",
    validate: (secret) => isMixedUpper(secret),
    names: ['AV_KEY', 'AV_API_KEY'],
    sample: (fake) => `${fake.upper(4)}${fake.digits(2)}${fake.upperAlnum(10)}`,
    negatives: [
      { text: 'AV_KEY = "demo"', why: "Alpha Vantage's documented demo key" },
      { text: 'AV_API_KEY=YOUR_API_KEY', why: 'placeholder' },
    ],
  }),
  {
    id: 'polygon-rest-client-key',
    title: 'Polygon.io (Massive) API key passed to RESTClient',
    provider: 'Polygon.io',
    keywords: ['restclient('],
    pattern: /RESTClient\([ \t]{0,4}(?:api_key[ \t]{0,4}=[ \t]{0,4})?(["'])(?<secret>[A-Za-z0-9_]{32})\1[ \t]{0,4}[,)]/,
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'POLYGON_API_KEY',
    docs: 'https://polygon.io/docs/rest/quickstart',
    risk: "Calls the market-data API on the account's paid plan.",
    validate: (secret) => looksIssued(secret, true),
    examples: {
      embed: false,
      positives: (fake) => [
        `client = RESTClient("${fake.alnum(32)}")`,
        `client = RESTClient(api_key="${fake.alnum(32)}", trace=True)`,
      ],
      negatives: [
        { text: 'client = RESTClient(api_key=os.environ["POLYGON_API_KEY"])', why: 'a variable' },
        { text: 'client = RESTClient("<API_KEY>")', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'curl-basic-api-key',
    title: 'API key given as the user or password of curl -u, the other half empty',
    provider: 'HTTP authorization',
    keywords: ['-u ', '--user'],
    // `-u key:` (Stripe, Teller, PayMongo: the key as user, no password) and `-u :key` (Column: no user).
    pattern: /(?<![\w-])(?:-u|--user)[ \t=]{1,4}(["']?):?(?<secret>[A-Za-z0-9_.-]{20,128}):?\1(?=[ \t\\]|$)/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://curl.se/docs/manpage.html#-u',
    risk: 'Calls the API as the account that issued the key.',
    validate: (secret, match, context) => emptyOtherHalf(secret, match) && judgeBasicKey(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `curl -u :live_${fake.alnum(28)} https://api.column.com/entities`,
        `curl --cert teller/certificate.pem -u token_${fake.from('abcdefghijklmnopqrstuvwxyz234567', 26)}: https://api.teller.io/accounts`,
        `curl https://api.acmebank.io/v1/accounts --user ${fake.alnum(32)}:`,
      ],
      negatives: [
        { text: 'curl -u api_key: https://api.internal', why: 'a stand-in name' },
        { text: 'curl -u :$COLUMN_API_KEY https://api.column.com', why: 'a variable' },
        { text: (fake) => `sudo -u ${fake.alnum(24)}: ls`, why: 'not an HTTP client' },
      ],
    },
  },
];
