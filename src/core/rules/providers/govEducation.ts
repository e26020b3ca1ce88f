// Credentials in government and education IT whose form, not their format, says what they are.
// Client calls taking a secret by position are a table read by ./positionalPasswords.ts: ltijs's
// `Provider.setup(encryptionKey, database, options)` (the ltijs README: the key signs its cookies
// and encrypts the platforms' keys it stores). Hyland OnBase's Unity API
// `Application.CreateOnBaseAuthenticationProperties(url, user, password, dataSource)` is read here,
// on one line or with its arguments broken over lines, as its callers often write it.
//
// Rules for forms read by their place: EZproxy's `user.txt` (one `user:password[:groups]` line per
// local account; `::` lines open authentication blocks, whose LDAP bind takes `BindPassword`, OCLC's
// EZproxy docs), Sakai's `property@beanId=value` overrides in `sakai.properties` and
// `local.properties` (`password@javax.sql.BaseDataSource`), radsecproxy's `secret` lines (no `=`,
// its man page), Koha's `/etc/koha/passwd` (`instance:user:password:database:host`, koha-create),
// JupyterHub's LTI 1.1 authenticator consumers (`c.LTIAuthenticator.consumers = {key: secret}`),
// D2L Valence app keys (an `app_key` beside a Brightspace host: the app's signing key, D2L's docs
// call it secret), ArcGIS REST JS's `ApiKeyManager.fromKey(key)`.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup, judgedPassword } from '../judge/judge';
import type { Rule } from '../types';
import type { PositionalCall } from './positionalCall';

export const GOV_EDUCATION_POSITIONAL_CALLS: readonly PositionalCall[] = [
  {
    call: String.raw`\blti\.setup`,
    keywords: ['lti.setup('],
    before: 0,
    example: (f) => `lti.setup('${f.alnum(32)}', { url: 'mongodb://localhost/lti' }, { appRoute: '/' })`,
  },
];

/** An argument of a call: a string, a name or member chain, a number. */
const CALL_ARG = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w$@.&>{}\[\]:-]{1,80})`;
/** A comma between arguments, or the call's opening, with the next argument on its own line. */
const ARG_BREAK = String.raw`[ \t]{0,4}(?:\r?\n[ \t]{0,40})?`;

/** OnBase's authentication properties: the password third, on the call's line or one of its own. */
const ONBASE_SPLIT = new RegExp(
  String.raw`CreateOnBaseAuthenticationProperties\(${ARG_BREAK}(?:${CALL_ARG}${ARG_BREAK},${ARG_BREAK}){2}["'](?<secret>[^"'\n\\]{1,128})["']`,
);

/** An EZproxy user.txt account line: `user:password`, then `:groups` or `:Admin` flags. */
const EZPROXY_ACCOUNT = /^(?<user>[A-Za-z0-9][\w.@-]{0,63}):(?<secret>[^\s:]{1,128})(?::[^\n]{0,200})?$/;

/** Sakai's `password@beanId=value` override of one bean's property, a line of a .properties file. */
const SAKAI_BEAN_PASSWORD =
  /^[ \t]{0,8}(?<name>[\w.]{0,80}password)@(?:[A-Za-z][\w$]{0,60}\.){0,8}[A-Za-z][\w$]{0,60}[ \t]{0,4}=[ \t]{0,4}(?<secret>[^\s]{1,200})/i;

/** The first `key: secret` entry of a JupyterHub LTI 1.1 authenticator's consumers dict. */
const LTI_CONSUMERS =
  /authenticator\.consumers[ \t]{0,4}=[ \t]{0,4}(?:dict\()?\{\s{0,40}["'][^"'\n]{1,128}["'][ \t]{0,4}:[ \t]{0,4}["'](?<secret>[^"'\n]{1,200})["']/i;

/** An `app_key` setting within five lines after a D2L (Brightspace, Desire2Learn) host. */
const D2L_APP_KEY =
  /(?:desire2learn|brightspace)[^\n]{0,120}\n(?:[^\n]{0,160}\n){0,4}[ \t]{0,8}["']?(?:[A-Za-z0-9]{1,20}[_.-]){0,2}(?<name>app[_.-]?key)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[A-Za-z0-9_-]{16,64})["']?[ \t]{0,4},?[ \t]{0,4}(?:\r?\n|$)/i;

/**
 * sodapy's `Socrata(domain, app_token, username=..., password=...)` given an API key's id as the user
 * (Socrata: "an API key and secret pair" authenticate as username and password): 20-32 lower-case
 * letters and digits, not a person's login.
 */
const SOCRATA_KEY_ID =
  /\bSocrata\(\s{0,40}(?:(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w$.]{1,80})[ \t]{0,4},\s{0,40}){0,3}username[ \t]{0,4}=[ \t]{0,4}["'](?<secret>[a-z0-9]{20,32})["']/;

/** ArcGIS REST JS: `ApiKeyManager.fromKey('key')`. */
const ARCGIS_FROM_KEY =
  /ApiKeyManager\.fromKey\([ \t]{0,4}["'\x60](?<secret>[A-Za-z0-9_.-]{20,400})["'\x60][ \t]{0,4}\)/i;

const judgeEzproxyAccount = judgedPassword('password of an EZproxy user.txt account', true);
const judgeBindPassword = judgedPassword("EZproxy LDAP block's BindPassword", true);
const judgeRadsecSecret = judgedPassword('RADIUS shared secret in radsecproxy.conf', true);
const judgeKohaPassword = judgedPassword("database password of a Koha instance in Koha's passwd file", true);
const judgeOnbaseSplit = judgedPassword('password passed by position to OnBase authentication properties', true);

export const govEducationRules: readonly Rule[] = [
  {
    id: 'ezproxy-user-account',
    title: 'Password of a local account in EZproxy user.txt (user:password)',
    provider: 'EZproxy',
    // Account lines have no word to key on: the rule reads every line of an EZproxy user.txt.
    keywords: [],
    wakesOnEveryLine: true,
    paths: /(?:^|\/)ezproxy\/(?:[\w.-]{1,64}\/){0,3}user\.txt$/i,
    pattern: EZPROXY_ACCOUNT,
    confidence: 'medium',
    envVar: 'EZPROXY_ADMIN_PASSWORD',
    docs: 'https://help.oclc.org/Library_Management/EZproxy/Authenticate_users/EZproxy_authentication_methods/Text_file',
    risk: "Signs in to the library's proxy as that user: licensed databases and, for an Admin account, the proxy's administration pages.",
    validate: judgeEzproxyAccount,
    examples: {
      embed: false,
      path: 'ezproxy/user.txt',
      positives: (fake) => [`libadmin:${fake.alnum(14)}:Admin`, `walkin:Library${fake.digits(4)}!`],
      negatives: [
        { text: 'rdoe:password', why: 'a stand-in' },
        { text: '::CGI=https://login.univ.edu/ezproxy?url=^R', why: 'an authentication directive' },
        { text: (fake) => `walkin:${fake.alnum(12)}`, why: 'not EZproxy user.txt', path: 'notes/user.txt' },
      ],
    },
  },
  {
    id: 'ezproxy-bind-password',
    title: "BindPassword of an LDAP block in EZproxy's user.txt",
    provider: 'EZproxy',
    keywords: ['bindpassword'],
    pattern: /^[ \t]{0,8}BindPassword[ \t]{1,8}(?<secret>[^\s-][^\s]{0,127})[ \t]{0,8}$/i,
    confidence: 'medium',
    envVar: 'EZPROXY_LDAP_BIND_PASSWORD',
    docs: 'https://help.oclc.org/Library_Management/EZproxy/Authenticate_users/EZproxy_authentication_methods/LDAP_authentication',
    risk: "Binds to the campus directory as EZproxy's service account: reads people and groups.",
    validate: judgeBindPassword,
    examples: {
      embed: false,
      path: 'ezproxy/user.txt',
      positives: (fake) => [`BindPassword ${fake.alnum(16)}`, `  BindPassword Ldap_${fake.alnum(8)}`],
      negatives: [
        { text: 'BindPassword password', why: 'a stand-in' },
        { text: 'AuthLDAPBindPassword exec:/usr/local/bin/ldap-pw', why: "Apache's directive, a program" },
      ],
    },
  },
  {
    id: 'sakai-bean-password',
    title: "Password set on a bean in Sakai's properties (password@beanId=...)",
    provider: 'Sakai',
    keywords: ['password@'],
    // Sakai reads these overrides from sakai.properties, local.properties and security.properties.
    paths: /\.properties$/,
    pattern: SAKAI_BEAN_PASSWORD,
    confidence: 'medium',
    envVar: 'SAKAI_DB_PASSWORD',
    docs: 'https://github.com/sakaiproject/sakai/blob/master/config/configuration/bundles/src/bundle/org/sakaiproject/config/bundle/default.sakai.properties',
    risk: "Connects to the LMS database as Sakai's user: every course, grade and student record.",
    validate: judgedByNameGroup(SAKAI_BEAN_PASSWORD, { form: (name) => `Sakai ${name}@ bean property` }),
    examples: {
      embed: false,
      path: 'sakai/local.properties',
      positives: (fake) => [
        `password@javax.sql.BaseDataSource=${fake.alnum(14)}`,
        `password@org.sakaiproject.email.api.EmailService=Mail_${fake.alnum(8)}`,
      ],
      negatives: [
        { text: 'username@javax.sql.BaseDataSource=sakai', why: 'the user name' },
        { text: 'password@javax.sql.BaseDataSource=${DB_PASSWORD}', why: 'a reference' },
        { text: 'contact: password@univ.edu', why: 'an e-mail address' },
        { text: 'redis.url=redis://:$REDIS_PASSWORD@redis:6379/0', why: 'a reference in a URL' },
      ],
    },
  },
  {
    id: 'radsecproxy-secret',
    title: 'RADIUS shared secret in radsecproxy.conf (secret VALUE)',
    provider: 'RADIUS',
    keywords: ['secret'],
    paths: /(?:^|\/)radsecproxy[\w.-]{0,40}\.conf$/,
    pattern: /^[ \t]{0,16}secret[ \t]{1,8}["']?(?<secret>[^\s"'#]{1,128})["']?[ \t]{0,8}$/i,
    confidence: 'medium',
    envVar: 'RADIUS_SHARED_SECRET',
    docs: 'https://radsecproxy.github.io/radsecproxy.conf.5.html',
    risk: "Lets a host send and answer RADIUS requests as a trusted client or server: eduroam and Wi-Fi logins of the institution's users.",
    validate: judgeRadsecSecret,
    examples: {
      embed: false,
      path: 'etc/radsecproxy.conf',
      positives: (fake) => [`    secret ${fake.alnum(20)}`, `\tsecret "${fake.alnum(18)}"`],
      negatives: [
        { text: '    secret testing123', why: 'the documented sample secret' },
        { text: '    secret mysecret', why: 'a stand-in' },
      ],
    },
  },
  {
    id: 'koha-passwd-entry',
    title: "Database password in Koha's passwd file (instance:user:password:database:host)",
    provider: 'Koha',
    keywords: [],
    wakesOnEveryLine: true,
    paths: /(?:^|\/)koha\/passwd$/,
    pattern:
      /^(?<instance>[A-Za-z0-9][\w-]{0,40}):(?<user>[\w-]{1,64}):(?<secret>[^\s:]{1,128}):[\w-]{1,64}(?::[\w.-]{1,128})?[ \t]{0,4}$/,
    confidence: 'medium',
    envVar: 'KOHA_DB_PASSWORD',
    docs: 'https://wiki.koha-community.org/wiki/Koha_on_Debian',
    risk: "Connects to the library's Koha database: patrons, loans and staff accounts.",
    validate: judgeKohaPassword,
    examples: {
      embed: false,
      path: 'etc/koha/passwd',
      positives: (fake) => [`library:koha_library:${fake.alnum(16)}:koha_library:localhost`],
      negatives: [
        { text: '# instance:mysqluser:mysqlpass:mysqldb:mysqlhost', why: 'the header comment' },
        { text: 'library:koha_library:password:koha_library', why: 'a stand-in' },
      ],
    },
  },
  {
    id: 'jupyterhub-lti-consumer-secret',
    title: "Shared secret of a JupyterHub LTI 1.1 authenticator's consumer (consumers = {key: secret})",
    provider: 'JupyterHub',
    keywords: ['authenticator.consumers'],
    pattern: LTI_CONSUMERS,
    multiline: { maxSpan: 600 },
    confidence: 'medium',
    envVar: 'LTI_CLIENT_SECRET',
    docs: 'https://ltiauthenticator.readthedocs.io/en/latest/lti11/getting-started.html',
    risk: 'Signs LTI launches the hub trusts: logs in to the hub as any course member, instructors included.',
    validate: judgedByNameGroup(LTI_CONSUMERS, {
      name: 'consumer_secret',
      form: "LTI consumer's shared secret",
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      path: 'jupyterhub_config.py',
      positives: (fake) => [
        `c.LTIAuthenticator.consumers = {\n    "${fake.hex(32)}": "${fake.hex(64)}"\n}`,
        `c.LTI11Authenticator.consumers = {"canvas": "${fake.alnum(32)}"}`,
      ],
      negatives: [
        {
          text: "c.LTIAuthenticator.consumers = {\n    os.environ['LTI_CLIENT_KEY']: os.environ['LTI_CLIENT_SECRET'],\n}",
          why: 'environment reads',
        },
        { text: 'c.LTIAuthenticator.consumers = {"client-key": "client-secret"}', why: 'the docs stand-ins' },
      ],
    },
  },
  {
    id: 'd2l-valence-app-key',
    title: 'D2L Brightspace (Valence) app key beside its host',
    provider: 'D2L Brightspace',
    keywords: ['desire2learn', 'brightspace'],
    pattern: D2L_APP_KEY,
    multiline: { maxSpan: 1400 },
    confidence: 'medium',
    envVar: 'D2L_APP_KEY',
    docs: 'https://docs.valence.desire2learn.com/basic/auth.html',
    risk: "Signs Valence API calls as the registered app: with a user's tokens, reads and changes their courses and grades.",
    validate: judgedByNameGroup(D2L_APP_KEY, { name: 'appSecretKey', form: 'D2L Valence app key', alwaysQuoted: true }),
    examples: {
      embed: false,
      path: 'config/d2l.ini',
      positives: (fake) => [
        `[valence]\nhost = univ.desire2learn.com\napp_id = ${fake.base64url(22)}\napp_key = ${fake.alnum(22)}\n`,
        `D2L_HOST=https://learn.brightspace.com\nD2L_APP_KEY=${fake.alnum(22)}\n`,
      ],
      negatives: [
        { text: 'host = univ.desire2learn.com\napp_key = ${D2L_APP_KEY}\n', why: 'a reference' },
        { text: 'host = univ.desire2learn.com\napp_id = Q3Kq0Jd9XlQ2\n', why: 'the app id only' },
      ],
    },
  },
  {
    id: 'socrata-api-key-id',
    title: "Socrata API key id given as sodapy's username (with its key secret as the password)",
    provider: 'Socrata',
    keywords: ['socrata('],
    pattern: SOCRATA_KEY_ID,
    multiline: { maxSpan: 1200 },
    confidence: 'medium',
    envVar: 'SOCRATA_KEY_ID',
    docs: 'https://support.socrata.com/hc/en-us/articles/210138558-Generating-App-Tokens-and-API-Keys',
    risk: "With its secret, writes to the open-data portal's datasets as the key's owner.",
    validate: (secret, match, context) =>
      /[a-z]/.test(secret) &&
      /\d/.test(secret) &&
      judgedByNameGroup(SOCRATA_KEY_ID, { name: 'apiKey', form: 'Socrata API key id', alwaysQuoted: true })(
        secret,
        match,
        context,
      ),
    examples: {
      embed: false,
      path: 'etl/publish.py',
      positives: (fake) => [
        `client = Socrata(\n    "data.city.gov",\n    None,\n    username="${fake.lowerAlnum(20)}7x${fake.lowerAlnum(3)}",\n    password="${fake.alnum(50)}",\n)`,
      ],
      negatives: [
        {
          text: 'client = Socrata("data.city.gov", None, username="opendata@city.gov", password=pw)',
          why: 'a login e-mail',
        },
        {
          text: 'client = Socrata("data.city.gov", None, username=os.environ["SOCRATA_KEY_ID"])',
          why: 'an environment read',
        },
      ],
    },
  },
  {
    id: 'arcgis-apikeymanager-key',
    title: "ArcGIS API key given to ArcGIS REST JS's ApiKeyManager.fromKey()",
    provider: 'ArcGIS',
    keywords: ['apikeymanager.fromkey('],
    pattern: ARCGIS_FROM_KEY,
    confidence: 'medium',
    envVar: 'ARCGIS_API_KEY',
    docs: 'https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/',
    risk: "Calls ArcGIS location services and private portal items on the key owner's account: billed credits, private layers.",
    validate: judgedByNameGroup(ARCGIS_FROM_KEY, { name: 'apiKey', form: 'ArcGIS API key', alwaysQuoted: true }),
    examples: {
      embed: false,
      positives: (fake) => [`const authentication = ApiKeyManager.fromKey('${fake.alnum(40)}${fake.base64url(60)}');`],
      negatives: [
        { text: 'ApiKeyManager.fromKey(process.env.ARCGIS_API_KEY)', why: 'an environment read' },
        { text: "ApiKeyManager.fromKey('YOUR_API_KEY')", why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'onbase-authentication-password',
    title:
      'Password passed by position to OnBase CreateOnBaseAuthenticationProperties (url, user, password, data source)',
    provider: 'OnBase',
    keywords: ['createonbaseauthenticationproperties('],
    pattern: ONBASE_SPLIT,
    multiline: { maxSpan: 800 },
    confidence: 'medium',
    envVar: 'ONBASE_PASSWORD',
    docs: 'https://support.hyland.com/r/OnBase/Unity-API/Foundation-24.1/Unity-API/Connecting-to-OnBase',
    risk: 'Logs in to OnBase as that user: the scanned records, permits and case files it may read or import.',
    validate: judgeOnbaseSplit,
    examples: {
      embed: false,
      path: 'src/OnBaseSession.cs',
      positives: (fake) => [
        `var props = Application.CreateOnBaseAuthenticationProperties("https://onbase/AppServer/Service.asmx", "SVC_IMPORT",\n    "${fake.alnum(16)}", "OnBase");`,
        `var p = Application.CreateOnBaseAuthenticationProperties(url, "SVC_IMPORT", "${fake.alnum(14)}", "OnBase");`,
      ],
      negatives: [
        {
          text: 'var props = Application.CreateOnBaseAuthenticationProperties(url, user,\n    password, "OnBase");',
          why: 'variables',
        },
      ],
    },
  },
];
