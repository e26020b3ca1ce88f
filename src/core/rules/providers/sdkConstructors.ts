// Credentials handed to an SDK's client constructor as literals, where the value alone has no
// prefix and no assignment names it: the constructor's name and argument position say what it is.
// Formats from each SDK's public README/quick-start: twilio-node/twilio-python/twilio-java/twilio-csharp
// (`twilio(accountSid, authToken)`, `Client(sid, token)`, `Twilio.init`, `TwilioClient.Init`; Auth
// Token: 32 hex), tweepy (`OAuthHandler(consumer_key, consumer_secret)`, `set_access_token`) and
// requests-oauthlib (`OAuth1(client_key, client_secret)`), Pinecone's clients (legacy API keys are
// UUIDs), Postmark's clients (server/account tokens are UUIDs), SparkPost (`new SparkPost(key)`, 40
// hex), Python SDKs that take `auth=(key, secret)` (Mailjet, Razorpay), static credentials in Go
// S3 clients (minio-go `credentials.NewStaticV4`, aws-sdk-go `NewStaticCredentials`, v2
// `NewStaticCredentialsProvider`: access key id, secret key, session token) and algoliasearch
// (`algoliasearch(appId, apiKey)`: 10-character application id, 32-hex key). Any client built from
// a service's base URL and then a random literal (`new PaymentGateway("https://api...", "...")`): the
// shape most API client classes take, generated or hand-written.
import { judgeCandidate } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { looksIssued } from './namedKeys';
import { lineAround } from '../lineReach';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** The separator between two positional string arguments. */
const COMMA = String.raw`\s{0,4},\s{0,4}`;

function sdkRule(
  rule: Omit<Rule, 'provider' | 'confidence'> & { provider: string; confidence?: Rule['confidence'] },
): Rule {
  return { confidence: 'high', ...rule, examples: { embed: false, ...rule.examples } };
}

export const sdkConstructorRules: readonly Rule[] = [
  sdkRule({
    id: 'twilio-auth-token-positional',
    title: 'Twilio Auth Token passed to the client constructor',
    provider: 'Twilio',
    keywords: ['twilio', 'client('],
    pattern: new RegExp(
      String.raw`(?:[Tt]wilio(?:\.init|Client\.Init|RestClient)?|require\(\s{0,4}['"]twilio['"]\s{0,4}\)|\bClient)\(\s{0,4}(['"])AC[0-9a-f]{32}\1${COMMA}(['"])(?<secret>[0-9a-f]{32})\2`,
    ),
    minEntropy: 3,
    envVar: 'TWILIO_AUTH_TOKEN',
    docs: 'https://www.twilio.com/docs/iam/api/authtoken',
    risk: 'With the Account SID beside it, full access to the Twilio account: messages, calls and numbers at your cost.',
    examples: {
      // Fake SIDs and tokens are generated at runtime.
      positives: (fake) => [
        `const client = twilio('AC${fake.hex(32)}', '${fake.hex(32)}');`,
        `const client = require('twilio')("AC${fake.hex(32)}", "${fake.hex(32)}");`,
        `client = Client("AC${fake.hex(32)}", "${fake.hex(32)}")`,
        `Twilio.init("AC${fake.hex(32)}", "${fake.hex(32)}");`,
        `TwilioClient.Init("AC${fake.hex(32)}", "${fake.hex(32)}");`,
      ],
      negatives: [
        {
          text: 'const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);',
          why: 'read from the environment',
        },
        { text: (fake) => `client = Client("AC${fake.hex(32)}", auth_token)`, why: 'the token is a variable' },
        {
          text: (fake) => `client = Client("${fake.hex(32)}", "${fake.hex(32)}")`,
          why: 'first argument is not an Account SID',
        },
      ],
    },
  }),
  sdkRule({
    id: 'twitter-consumer-secret-positional',
    title: 'Twitter/X consumer secret passed to an OAuth 1.0a handler',
    provider: 'Twitter/X',
    keywords: ['oauthhandler(', 'oauth1userhandler(', 'oauth1(', 'oauth1session('],
    pattern: new RegExp(
      String.raw`OAuth(?:1UserHandler|Handler|1Session|1)\(\s{0,4}(['"])[A-Za-z0-9]{16,40}\1${COMMA}(?:client_secret\s{0,4}=\s{0,4})?(['"])(?<secret>[A-Za-z0-9]{30,64})\2`,
    ),
    minEntropy: 3.5,
    envVar: 'TWITTER_CONSUMER_SECRET',
    docs: 'https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret',
    risk: "Signs API requests as the app: with the user's access token, posts and reads as that user.",
    examples: {
      positives: (fake) => [
        `auth = tweepy.OAuthHandler("${fake.alnum(25)}", "${fake.alnum(50)}")`,
        `auth = tweepy.OAuth1UserHandler('${fake.alnum(25)}', '${fake.alnum(50)}')`,
        `oauth = OAuth1Session("${fake.alnum(25)}", client_secret="${fake.alnum(50)}")`,
        `auth = OAuth1("${fake.alnum(25)}", "${fake.alnum(50)}")`,
      ],
      negatives: [
        { text: 'auth = tweepy.OAuthHandler(consumer_key, consumer_secret)', why: 'variables' },
        {
          text: (fake) => `auth = tweepy.OAuthHandler("${fake.alnum(25)}", "your_consumer_secret_here_please_fill_in")`,
          why: 'placeholder',
        },
      ],
    },
  }),
  sdkRule({
    id: 'twitter-access-token-secret-positional',
    title: 'Twitter/X access token secret passed to set_access_token',
    provider: 'Twitter/X',
    keywords: ['set_access_token('],
    pattern: new RegExp(
      String.raw`set_access_token\(\s{0,4}(['"])[0-9]{1,20}-[A-Za-z0-9]{10,50}\1${COMMA}(['"])(?<secret>[A-Za-z0-9]{30,64})\2`,
    ),
    minEntropy: 3.5,
    envVar: 'TWITTER_ACCESS_TOKEN_SECRET',
    docs: 'https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens',
    risk: 'With the access token, acts as the user: posts, reads direct messages, follows.',
    examples: {
      positives: (fake) => [`auth.set_access_token("${fake.digits(19)}-${fake.alnum(30)}", "${fake.alnum(45)}")`],
      negatives: [{ text: 'auth.set_access_token(access_token, access_token_secret)', why: 'variables' }],
    },
  }),
  sdkRule({
    id: 'sdk-auth-tuple-secret',
    title: 'API secret in an SDK client auth=(key, secret) tuple',
    provider: 'SDK client',
    keywords: ['auth=(', 'auth = ('],
    pattern: new RegExp(
      String.raw`\bauth(?:=| = )\(\s{0,4}(['"])[A-Za-z0-9_.-]{8,64}\1${COMMA}(['"])(?<secret>[A-Za-z0-9_-]{16,64})\2\s{0,4}\)`,
    ),
    minEntropy: 3.3,
    confidence: 'medium',
    envVar: 'API_SECRET',
    docs: 'https://dev.mailjet.com/email/guides/getting-started/',
    risk: 'The secret half of an API key pair: with the key beside it, full API access (Mailjet, Razorpay and other SDKs that take this tuple).',
    examples: {
      positives: (fake) => [
        `mailjet = Client(auth=("${fake.hex(32)}", "${fake.hex(32)}"), version="v3.1")`,
        `client = razorpay.Client(auth = ("rzp_live_${fake.alnum(14)}", "${fake.alnum(24)}"))`,
      ],
      negatives: [
        { text: 'mailjet = Client(auth=(api_key, api_secret), version="v3.1")', why: 'variables' },
        { text: 'client = Client(auth=("rzp_test_abc12345", "aaaaaaaaaaaaaaaaaaaa"))', why: 'no entropy' },
      ],
    },
  }),
  sdkRule({
    id: 'pinecone-api-key-constructor',
    title: 'Pinecone API key (UUID) passed to the client',
    provider: 'Pinecone',
    keywords: ['pinecone'],
    pattern: new RegExp(
      String.raw`(?:Pinecone(?:Client)?\(\s{0,4}(?:\{\s{0,4})?|pinecone\.init\(\s{0,4})(?:api_?[Kk]ey\s{0,4}[=:]\s{0,4})?(['"])(?<secret>${UUID})\1`,
    ),
    envVar: 'PINECONE_API_KEY',
    docs: 'https://docs.pinecone.io/guides/projects/manage-api-keys',
    risk: 'Reads, writes and deletes the vectors of every index in the project.',
    examples: {
      positives: (fake) => [
        `pc = Pinecone(api_key="${fake.uuid()}")`,
        `const pc = new Pinecone({ apiKey: '${fake.uuid()}' });`,
        `pinecone.init(api_key="${fake.uuid()}", environment="us-west1-gcp")`,
      ],
      negatives: [{ text: 'pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])', why: 'read from the environment' }],
    },
  }),
  sdkRule({
    id: 'postmark-token-constructor',
    title: 'Postmark server or account token (UUID) passed to the client',
    provider: 'Postmark',
    keywords: ['serverclient(', 'accountclient(', 'postmarkclient('],
    pattern: new RegExp(
      String.raw`(?:ServerClient|AccountClient|PostmarkClient)\(\s{0,4}(?:(?:server|account)_token\s{0,4}=\s{0,4})?(['"])(?<secret>${UUID})\1`,
    ),
    envVar: 'POSTMARK_SERVER_TOKEN',
    docs: 'https://postmarkapp.com/developer/api/overview#authentication',
    risk: "Sends email as the server's sender signatures and reads its message history.",
    examples: {
      positives: (fake) => [
        `const client = new postmark.ServerClient("${fake.uuid()}");`,
        `const account = new postmark.AccountClient("${fake.uuid()}");`,
        `client = PostmarkClient(server_token="${fake.uuid()}")`,
      ],
      negatives: [
        {
          text: 'const client = new postmark.ServerClient(process.env.POSTMARK_TOKEN);',
          why: 'read from the environment',
        },
      ],
    },
  }),
  sdkRule({
    id: 'sparkpost-api-key-constructor',
    title: 'SparkPost API key passed to the client',
    provider: 'SparkPost',
    keywords: ['sparkpost('],
    pattern: new RegExp(String.raw`SparkPost\(\s{0,4}(['"])(?<secret>[0-9a-f]{40})\1`),
    minEntropy: 3,
    envVar: 'SPARKPOST_API_KEY',
    docs: 'https://developers.sparkpost.com/api/#header-authentication',
    risk: "Sends email from your domains and reads recipient and event data, within the key's grants.",
    examples: {
      positives: (fake) => [`const client = new SparkPost('${fake.hex(40)}');`, `sp = SparkPost("${fake.hex(40)}")`],
      negatives: [
        { text: 'const client = new SparkPost(process.env.SPARKPOST_API_KEY);', why: 'read from the environment' },
      ],
    },
  }),
  sdkRule({
    id: 'go-static-credentials-secret',
    title: 'S3/AWS secret key passed to static credentials in Go (minio-go, aws-sdk-go)',
    provider: 'AWS / S3-compatible',
    keywords: ['newstaticv4(', 'newstaticv2(', 'newstaticcredentials(', 'newstaticcredentialsprovider('],
    pattern: new RegExp(
      String.raw`NewStatic(?:V4|V2|Credentials(?:Provider)?)\(\s{0,4}"[A-Za-z0-9]{3,128}"${COMMA}"(?<secret>[A-Za-z0-9/+=_-]{8,128})"`,
    ),
    envVar: 'S3_SECRET_KEY',
    docs: 'https://min.io/docs/minio/linux/developers/go/API.html',
    risk: 'With the access key beside it, reads, writes and deletes the buckets that key can reach.',
    validate: (secret, match, context) =>
      judgeCandidate(
        {
          name: 'secret',
          value: secret,
          quoted: true,
          context,
          nameStart: context.matchIndex,
          valueEnd: context.matchIndex + match.length,
          kind: 'secret',
          form: 'the secret key given to static credentials',
        },
        'high',
      ),
    examples: {
      positives: (fake) => [
        `Creds: credentials.NewStaticV4("${fake.upperAlnum(20)}", "${fake.alnum(40)}", ""),`,
        `Creds: credentials.NewStaticV2("${fake.upperAlnum(20)}", "${fake.alnum(40)}", ""),`,
        `cfg.Credentials = credentials.NewStaticCredentialsProvider("${fake.upperAlnum(20)}", "${fake.base64(40).slice(0, 40)}", "")`,
        `sess := session.Must(session.NewSession(&aws.Config{Credentials: credentials.NewStaticCredentials("${fake.upperAlnum(20)}", "${fake.alnum(40)}", "")}))`,
      ],
      negatives: [
        {
          text: 'credentials.NewStaticV4(os.Getenv("MINIO_ACCESS_KEY"), os.Getenv("MINIO_SECRET_KEY"), "")',
          why: 'read from the environment',
        },
        { text: 'credentials.NewStaticV4("minioadmin", "minioadmin", "")', why: "MinIO's documented local default" },
      ],
    },
  }),
  sdkRule({
    id: 'client-url-then-key-constructor',
    title: 'Random key passed to a client constructor after its base URL',
    provider: 'API client',
    confidence: 'medium',
    keywords: ['("https://', "('https://", '("http://', "('http://"],
    // `new X("https://...", "<key>")` (Java, C#, JS, PHP, Kotlin without `new`: `X("https://...", "...")`).
    pattern:
      /(?<![\w$])(?:new[ \t]{1,2})?(?:[\w$]{1,40}\.){0,4}[A-Z][\w$]{1,60}\(\s{0,4}(?<q>["'])https?:\/\/[^"'\s]{3,200}\k<q>\s{0,4},\s{0,4}["'](?<secret>[A-Za-z0-9_-]{20,128})["']\s{0,4}[,)]/,
    envVar: 'SERVICE_API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'The client authenticates to that service with the key: whoever reads it can call the API as you.',
    validate: judgeUrlThenKey,
    examples: {
      positives: (fake) => [
        `gateway = new PaymentGateway("https://api.paywell.io", "${fake.alnum(30)}Q7");`,
        `$client = new ShippingClient('https://api.shipfast.example/v2', '${fake.alnum(28)}x9');`,
        `val api = WeatherApi("https://api.weather.example", "${fake.alnum(24)}K3")`,
        `var inventory = new InventoryClient("http://inventory.internal:8080", "${fake.alnum(26)}p4");`,
        `const crm = new Crm.Client('http://crm.local/api', '${fake.alnum(32)}Z1', { retries: 2 });`,
        `gateway = new PaymentGateway("https://api.paywell.io", "${fake.hex(40)}");`,
      ],
      negatives: [
        { text: 'const u = new URL("https://example.com/a", "https://example.com");', why: 'URLs' },
        { text: 'new ApiClient("https://api.acme.io", "ApiClientConfiguration")', why: 'an identifier' },
        { text: (fake) => `new Resource("https://cdn.acme.io/app.js", "${fake.hex(40)}")`, why: 'a digest' },
        {
          text: (fake) => `new ScriptClient("https://cdn.acme.io/app.js", "${fake.hex(40)}")`,
          why: 'a digest of a file',
        },
        {
          text: (fake) => `new Commit("https://git.acme.io/repo", "${fake.hex(40)}")`,
          why: 'a commit id, not a client',
        },
        { text: 'new Client("https://api.acme.io", process.env.ACME_KEY)', why: 'read from the environment' },
      ],
    },
  }),
  sdkRule({
    id: 'algolia-api-key-constructor',
    title: 'Algolia API key passed to the client (admin or write unless it is the search-only key)',
    provider: 'Algolia',
    keywords: ['algoliasearch('],
    pattern: new RegExp(String.raw`algoliasearch\(\s{0,4}(['"])[A-Z0-9]{10}\1${COMMA}(['"])(?<secret>[0-9a-f]{32})\2`),
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'ALGOLIA_ADMIN_KEY',
    docs: 'https://www.algolia.com/doc/guides/security/api-keys/',
    risk: 'An admin or write key adds, changes and deletes records and indices; only the search-only key is meant for browsers.',
    // InstantSearch's front-end idiom names the client searchClient and uses the search-only key.
    // Read around the call (as far as an over-long line's window shows), not the whole line per match.
    validate: (_secret, match, context) =>
      !/search[_-]?client|lite|public|search[_-]?only/i.test(lineAround(context, match.length)),
    examples: {
      positives: (fake) => [
        `const client = algoliasearch('${fake.upperAlnum(10)}', '${fake.hex(32)}');`,
        `client = algoliasearch("${fake.upperAlnum(10)}", "${fake.hex(32)}")`,
      ],
      negatives: [
        {
          text: (fake) => `const searchClient = algoliasearch('${fake.upperAlnum(10)}', '${fake.hex(32)}');`,
          why: 'the search-only key of an InstantSearch front end',
        },
        {
          text: 'const client = algoliasearch(process.env.ALGOLIA_APP_ID, process.env.ALGOLIA_ADMIN_KEY);',
          why: 'read from the environment',
        },
      ],
    },
  }),
];

/** A key given to a client constructor after its base URL, judged as an API key; `how` says how it was passed. */
function judgeClientKey(secret: string, match: string, context: MatchContext, how: string): Verdict | false {
  return (
    looksIssued(secret, true) &&
    judgeCandidate({
      name: 'apiKey',
      value: secret,
      quoted: true,
      context,
      nameStart: context.matchIndex,
      valueEnd: context.matchIndex + match.length,
      kind: 'secret',
      form: `key passed ${how} to a client constructor after its base URL`,
    })
  );
}

/**
 * The key after a base URL: issued-looking, with both cases and digits (identifiers are not), or hex
 * given to a class named a client (`PaymentGateway`, `BillingClient`) after a service's base URL, not
 * a file's (a digest of `https://cdn.../app.js` is no key).
 */
function judgeUrlThenKey(secret: string, match: string, context: MatchContext): Verdict | false {
  const mixed = /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /\d/.test(secret);
  const clientHex = HEX_KEY.test(secret) && CLIENT_CLASS_CALL.test(match) && !FILE_URL.test(match);
  if (!mixed && !clientHex) return false;
  return judgeClientKey(secret, match, context, 'by position');
}

const HEX_KEY = /^(?:[0-9a-f]{32,64}|[0-9A-F]{32,64})$/;
const CLIENT_CLASS_CALL = /(?:Client|Gateway|Api|API|Sdk|SDK|Connector)\(/;
/** A URL whose path ends in a file name (`/app.js`, `/v2/spec.json`). */
const FILE_URL = /https?:\/\/[^/"'\s]{1,200}\/[^"'\s]{0,200}\.[A-Za-z0-9]{1,5}["']/;

/**
 * Listed after the provider rules (./researchMl's Copernicus and ECMWF clients take `url=`, `key=`
 * too, and say more): an API key by keyword after a client's base URL.
 */
export const clientUrlKeyKeywordRule: Rule = sdkRule({
  id: 'client-url-then-key-keyword',
  title: 'API key passed by keyword to a client constructor after its base URL',
  provider: 'API client',
  confidence: 'medium',
  keywords: ['url="http', "url='http", 'url = "http', "url = 'http"],
  // Python clients built as `X(url="https://...", key="...")`: BioBlend's GalaxyInstance, and the
  // many hand-written clients shaped like it. The keyword's name says the value is the API key,
  // so a 32-hex key counts here (the positional form above needs mixed case to tell a key from
  // a digest).
  pattern:
    /(?<![\w$])(?:[\w$]{1,40}\.){0,4}[A-Z][\w$]{1,60}\(\s{0,4}(?:base_|api_|server_)?url[ \t]?=[ \t]?(?<q>["'])https?:\/\/[^"'\s]{3,200}\k<q>\s{0,4},\s{0,4}(?:api_?)?(?:key|token)[ \t]?=[ \t]?["'](?<secret>[A-Za-z0-9_-]{20,128})["']\s{0,4}[,)]/,
  envVar: 'SERVICE_API_KEY',
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  risk: 'The client authenticates to that service with the key: whoever reads it can call the API as you.',
  validate: (secret, match, context) => judgeClientKey(secret, match, context, 'by keyword'),
  examples: {
    positives: (fake) => [
      `gi = GalaxyInstance(url="https://usegalaxy.eu", key="${fake.hex(32)}")`,
      `client = Client(base_url='https://api.lab.internal/v2', api_key='${fake.alnum(32)}')`,
      `svc = archive.ArchiveClient(url = "https://archive.lab.internal", token = "${fake.alnum(40)}")`,
      `lims = LimsClient(url = 'https://lims.lab.internal/api', key = '${fake.hex(40)}')`,
    ],
    negatives: [
      { text: 'gi = GalaxyInstance(url="https://usegalaxy.org", key=os.environ["GALAXY_KEY"])', why: 'a variable' },
      { text: 'gi = GalaxyInstance(url="https://usegalaxy.org", key="<your API key>")', why: 'placeholder' },
      { text: (fake) => `c = Cache(url="https://cdn.acme.io/x", key="${fake.uuid()}")`, why: 'a record id' },
    ],
  },
});
