// Credentials in the software of hospitals, clinics and labs whose form, not their format, says what
// they are. Client calls taking a password or client secret by position are a table read by
// ./positionalPasswords.ts: Mirth/NextGen Connect's `DatabaseConnectionFactory
// .createDatabaseConnection(driver, url, user, password)` (its user guide's JavaScript API) and
// Medplum's `startClientLogin(clientId, clientSecret)` and `setBasicAuth(clientId, clientSecret)`
// (the @medplum/core reference).
//
// Rules for forms read by their place: a Mirth configuration map (an XStream map, exported as
// `<entry><string>name</string><com.mirth.connect.util.ConfigurationProperty><value>...`, or the
// older `<string>name</string><string>value</string>`) whose entry is named for a secret; Orthanc's
// `RegisteredUsers` (user name to password, the HTTP Basic users of orthanc.json, also written as
// the `ORTHANC__REGISTERED_USERS` JSON of the Docker images) and its DICOMweb servers and peers
// (`"name": ["url", "user", "password"]`, Orthanc Book); Node's `http.request` `auth: 'user:password'`
// option (Node docs), which OHIF's and other DICOMweb clients' request options take too; a client
// built from a base URL, a user and a password (dhis2.py's `Api(url, user, password)`, and the
// many hand-written clients shaped like it); hand-over notes' `` `user` / `password` `` pairs.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { isNameChar, isSpace, startsWithWord } from '../gateChars';
import { judgedByNameGroup, judgedExplicitPassword, judgedPassword } from '../judge/judge';
import type { Rule } from '../types';
import type { PositionalCall } from './positionalCall';

export const HEALTHCARE_POSITIONAL_CALLS: readonly PositionalCall[] = [
  {
    call: String.raw`\bcreateDatabaseConnection`,
    keywords: ['createdatabaseconnection('],
    before: 3,
    example: (f) =>
      `dbConn = DatabaseConnectionFactory.createDatabaseConnection('org.postgresql.Driver', 'jdbc:postgresql://db:5432/lis', 'mirth', '${f.alnum(14)}');`,
  },
  {
    call: String.raw`\.startClientLogin|\.setBasicAuth`,
    keywords: ['.startclientlogin(', '.setbasicauth('],
    before: 1,
    example: (f) =>
      `await medplum.startClientLogin('${f.uuid()}', '${f.hex(64)}'); medplum.setBasicAuth('${f.uuid()}', '${f.hex(64)}');`,
  },
];

/** A configuration-map entry name holding a credential word. */
const MAP_SECRET_NAME = String.raw`[\w.-]{0,60}(?:pass|pwd|secret|token|credential|apikey|api[_.-]key|private[_.-]?key)[\w.-]{0,40}`;

const MIRTH_MAP_ENTRY = new RegExp(
  String.raw`<string>(?<name>${MAP_SECRET_NAME})</string>\s{0,40}(?:<com\.mirth\.connect\.util\.ConfigurationProperty>\s{0,40}<value>|<string>)(?<secret>[^<\n]{1,200})</(?:value|string)>`,
  'i',
);

/**
 * At `<string>`: a secret-named map key closes on the line and the next element opens a value. The
 * name is read in place (its characters, then `</string>`): a search for the closing tag would run on
 * to the end of a long line from every `<string>` on it.
 */
function mapEntryFollows(text: string, at: number, lineEnd: number): boolean {
  const nameFrom = at + 8;
  let p = nameFrom;
  const nameEnd = Math.min(lineEnd, nameFrom + MAX_MAP_NAME);
  while (p < nameEnd && isNameChar(text.charCodeAt(p))) p++;
  if (!startsWithWord(text, p, '</string>')) return false;
  if (!MAP_NAME_WORD.test(text.slice(nameFrom, p))) return false;
  let q = p + 9;
  const blanksEnd = Math.min(text.length, q + 40);
  while (q < blanksEnd && isSpace(text.charCodeAt(q))) q++;
  return (
    startsWithWord(text, q, '<string>') || startsWithWord(text, q, '<com.mirth.connect.util.configurationproperty>')
  );
}

/** The longest map key the pattern reads: 60 name characters, the credential word, 40 more. */
const MAX_MAP_NAME = 120;
const MAP_NAME_WORD = /pass|pwd|secret|token|credential|key/i;

/** `"user": "password"` pairs of a RegisteredUsers object, `n` of them before the one reported. */
function registeredUsers(n: number): RegExp {
  const pair = String.raw`"[^"\n]{1,64}"\s{0,8}:\s{0,8}"[^"\n]{0,128}"`;
  return new RegExp(
    String.raw`registered_?users["']?\s{0,8}[:=]\s{0,8}(?:\|[ \t]{0,8}\r?\n\s{0,40})?['"]?\{\s{0,40}(?:${pair}\s{0,8},\s{0,40}){${n}}"(?<name>[^"\n]{1,64})"\s{0,8}:\s{0,8}"(?<secret>[^"\n]{1,128})"`,
    'i',
  );
}

const judgeRegisteredUserPassword = judgedPassword('password of an Orthanc registered user', true);
const judgeServerPassword = judgedPassword('password of an Orthanc DICOMweb server or peer', true);

/**
 * A login whose password is its user name (`"orthanc": "orthanc"`, the images' documented default) is
 * a default as the URL rules treat `user:user@`, not a chosen secret; else the judge decides.
 */
function notUserName(
  pattern: RegExp,
  userGroup: string,
  judge: NonNullable<Rule['validate']>,
): NonNullable<Rule['validate']> {
  return (secret, match, context) =>
    secret.toLowerCase() === (pattern.exec(match)?.groups?.[userGroup] ?? '').toLowerCase()
      ? false
      : judge(secret, match, context);
}

function registeredUserRule(n: number): Rule {
  const ordinal = ['first', 'second', 'third'][n]!;
  const pattern = registeredUsers(n);
  return {
    id: n === 0 ? 'orthanc-registered-user' : `orthanc-registered-user-${n + 1}`,
    title: `Password of the ${ordinal} user in Orthanc's RegisteredUsers (orthanc.json or ORTHANC__REGISTERED_USERS)`,
    provider: 'Orthanc',
    keywords: ['registeredusers', 'registered_users'],
    pattern,
    multiline: { maxSpan: 300 + 200 * n },
    confidence: 'medium',
    envVar: 'ORTHANC__REGISTERED_USERS',
    docs: 'https://orthanc.uclouvain.be/book/faq/security.html',
    risk: 'Logs in to the PACS REST API and web viewer: studies, patient data, deletion.',
    validate: notUserName(pattern, 'name', judgeRegisteredUserPassword),
    examples: {
      embed: false,
      path: 'orthanc.json',
      positives: (fake) => [
        `  "RegisteredUsers" : {\n    "admin" : "${fake.alnum(14)}",\n    "viewer" : "${fake.alnum(12)}",\n    "ris" : "${fake.alnum(16)}"\n  },`,
        `      ORTHANC__REGISTERED_USERS: |\n        {"admin": "${fake.alnum(14)}", "ohif": "${fake.alnum(12)}", "ris": "${fake.alnum(16)}"}`,
        `ORTHANC__REGISTERED_USERS='{"admin": "${fake.alnum(14)}", "b": "${fake.alnum(12)}", "c": "${fake.alnum(16)}"}'`,
      ],
      negatives: [
        {
          text: '  "RegisteredUsers" : {\n    // "alice" : "alicePassword"\n  },',
          why: 'the shipped sample, commented out',
        },
        { text: '      ORTHANC__REGISTERED_USERS: ${ORTHANC_USERS_JSON}', why: 'a reference' },
        { text: '  "RegisteredUsers" : { "orthanc" : "orthanc" },', why: 'password = user name: a default' },
        { text: '  "RegisteredUsers" : {\n    "admin" : "${ADMIN_PASSWORD}"\n  },', why: 'a placeholder' },
      ],
    },
  };
}

/** Orthanc's DicomWeb `Servers` and `OrthancPeers` entries: `[ "url", "user", "password" ]`. */
const SERVER_TRIPLE =
  /\[\s{0,8}"https?:\/\/[^"\s]{1,200}"\s{0,8},\s{0,8}"(?<user>[\w.@-]{1,64})"\s{0,8},\s{0,8}"(?<secret>[^"\n]{1,128})"\s{0,8}\]/i;

/** Node `http.request`'s and DICOMweb clients' `auth: 'user:password'` option. */
const AUTH_OPTION =
  /(?<![\w.$-])auth["']?\s{0,4}:\s{0,4}["'\x60](?<user>[\w.@-]{1,64}):(?!\/)(?<secret>[^"'\x60\s]{1,128})["'\x60]/;

/** `X("https://...", "user", "password")`: a client given its base URL, a user and a password. */
const URL_USER_PASSWORD =
  /(?<![\w$])(?:new[ \t]{1,2})?(?:[\w$]{1,40}\.){0,4}[A-Z][\w$]{1,60}\(\s{0,4}["']https?:\/\/[^"'\s]{3,200}["']\s{0,4},\s{0,4}["'](?<user>[\w.@-]{1,64})["']\s{0,4},\s{0,4}["'](?!\/)(?<secret>[^"'\s\\]{1,128})["']\s{0,4}[,)]/;

const judgeUrlUserPassword = judgedPassword('password passed after a base URL and a user name', true);

/** Notes' `` `user` / `password` `` after a login word (`login \`admin\` / \`...\``, `Database: \`app\` / \`...\``). */
const TICKED_PAIR =
  /\b(?:login|user(?:name)?|credentials?|account|database|db)\b[^`\n]{0,20}`(?<user>[\w.@-]{1,64})`\s{0,4}\/\s{0,4}`(?<secret>[^`\s]{1,128})`/i;

export const healthcareRules: readonly Rule[] = [
  {
    id: 'mirth-configuration-map-secret',
    title: 'Secret in a Mirth/NextGen Connect configuration map (or XStream map) entry named for it',
    provider: 'NextGen Connect',
    keywords: ['<string>'],
    pattern: MIRTH_MAP_ENTRY,
    keywordGate: mapEntryFollows,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'MIRTH_DB_PASSWORD',
    docs: 'https://docs.nextgen.com/bundle/Mirth_User_Guide_43/page/connect/connect/topics/c_Configuration_Map_connect_ug.html',
    risk: 'The configuration map is exported with the server settings and read by every channel: database, SFTP and API credentials of the interfaces.',
    validate: judgedByNameGroup(MIRTH_MAP_ENTRY, {
      form: (name) => `configuration map value of ${name}`,
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      positives: (fake) => [
        `    <string>lab.db.password</string>\n    <com.mirth.connect.util.ConfigurationProperty><value>${fake.alnum(14)}</value><comment></comment></com.mirth.connect.util.ConfigurationProperty>`,
        `  <entry>\n    <string>payer.sftp.pass</string>\n    <string>${fake.alnum(16)}</string>\n  </entry>`,
        `<string>redox.apiKey</string><com.mirth.connect.util.ConfigurationProperty>\n<value>${fake.hex(32)}</value>`,
      ],
      negatives: [
        {
          text: '    <string>lab.db.password</string>\n    <com.mirth.connect.util.ConfigurationProperty><value>${DB_PASSWORD}</value>',
          why: 'a reference',
        },
        {
          text: '    <string>lab.db.url</string>\n    <com.mirth.connect.util.ConfigurationProperty><value>jdbc:postgresql://db:5432/lis</value>',
          why: 'not a secret name',
        },
        { text: '<string>passwordPolicy</string>\n<string>strict</string>', why: 'a setting about passwords' },
        { text: '<string>Password</string>', why: 'a lone string resource' },
      ],
    },
  },
  ...[0, 1, 2].map(registeredUserRule),
  {
    id: 'orthanc-server-password',
    title: 'Password in an Orthanc DICOMweb server or peer entry ([url, user, password])',
    provider: 'Orthanc',
    keywords: ['dicom-web', 'dicomweb', ':8042'],
    pattern: SERVER_TRIPLE,
    confidence: 'medium',
    envVar: 'DICOMWEB_PASSWORD',
    docs: 'https://orthanc.uclouvain.be/book/plugins/dicomweb.html',
    risk: 'Queries, retrieves and stores studies on the remote PACS as that user.',
    validate: notUserName(SERVER_TRIPLE, 'user', judgeServerPassword),
    examples: {
      embed: false,
      positives: (fake) => [
        `      "cloud" : [ "https://pacs.corp.local/dicom-web/", "orthanc", "${fake.alnum(14)}" ]`,
        `    "peer" : [ "http://10.0.4.12:8042/", "peer", "${fake.alnum(12)}" ],`,
        `"Servers": {"hospital": ["https://hospital.local/dicomweb/", "sync", "${fake.alnum(16)}"]}`,
      ],
      negatives: [
        { text: '"sample" : [ "http://127.0.0.1:8042/dicom-web/" ]', why: 'no credentials' },
        { text: '"peer" : [ "http://127.0.0.1:8042/", "orthanc", "orthanc" ]', why: 'password = user name: a default' },
        {
          text: '"cloud" : [ "https://pacs.corp.local/dicom-web/", "orthanc", "${DICOMWEB_PASSWORD}" ]',
          why: 'a reference',
        },
        { text: '"mirrors": ["https://a.local/dicom-web/", "https://b.local/dicom-web/", "c"]', why: 'URLs, no user' },
      ],
    },
  },
  {
    id: 'auth-option-user-password',
    title: "user:password given as an HTTP client's auth option (Node http.request, DICOMweb clients)",
    provider: 'HTTP clients',
    keywords: ['auth'],
    pattern: AUTH_OPTION,
    // From the keyword: a quote before it (`"auth":`) changes nothing the pattern reads.
    startsAtKeyword: true,
    keywordGate: (text, at) => {
      // `auth`, an optional closing quote, then `:` and a quote: cheap reads before the pattern.
      let p = at + 4;
      if (text[p] === '"' || text[p] === "'") p++;
      while (text[p] === ' ' || text[p] === '\t') p++;
      return text[p] === ':';
    },
    confidence: 'medium',
    envVar: 'DICOMWEB_PASSWORD',
    docs: 'https://nodejs.org/api/http.html#httprequestoptions-callback',
    risk: 'Basic credentials sent with every request to the server.',
    validate: judgedPassword("password in a client's auth option", true),
    examples: {
      embed: false,
      positives: (fake) => [
        `          auth: 'viewer:${fake.alnum(14)}',`,
        `const options = { host: 'pacs.local', path: '/dicom-web/studies', "auth": "ohif:${fake.alnum(12)}" };`,
      ],
      negatives: [
        { text: "  auth: 'https://auth.corp.local/realms/pacs',", why: 'a URL' },
        { text: '  auth: `${user}:${password}`,', why: 'built from variables' },
        { text: "  oauth: 'client:secret',", why: 'not the auth option (and a placeholder)' },
        { text: "  auth: 'user:password',", why: 'documentation credentials' },
      ],
    },
  },
  {
    id: 'client-url-user-password',
    title: 'Password passed to a client constructor after its base URL and user name',
    provider: 'API client',
    keywords: ['("https://', "('https://", '("http://', "('http://"],
    pattern: URL_USER_PASSWORD,
    confidence: 'medium',
    envVar: 'API_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'The client logs in to that server as the user: whoever reads it can do what the user can.',
    // The third string of any three-argument call after a URL is often a word (`new Link(url, 'rel',
    // 'stylesheet')`, `Repo(url, 'main', 'origin')`): only a value mixing letters with digits or
    // symbols is read as a password here, and an HTTP method is no user.
    validate: (secret, match, context) =>
      /^(?:get|post|put|patch|delete|head|options)$/i.test(URL_USER_PASSWORD.exec(match)?.groups?.['user'] ?? '') ||
      !/[A-Za-z]/.test(secret) ||
      !/[0-9!@#$%^&*+=?~]/.test(secret)
        ? false
        : judgeUrlUserPassword(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `api = Api('https://hmis.health.gov', 'etl_service', '${fake.alnum(13)}7')`,
        `$client = new ZabbixClient("http://zabbix.corp.local/api_jsonrpc.php", "monitor", "${fake.alnum(12)}7");`,
        `var lis = new LisClient("https://lis.lab.local/api", "bridge", "${fake.alnum(15)}3");`,
        `client = Client('http://10.1.2.3:8080/', 'sync', '${fake.alnum(12)}#4')`,
      ],
      negatives: [
        { text: "api = Api('https://hmis.health.gov', 'admin', '<password>')", why: 'placeholder' },
        { text: "r = Request('https://api.local/items', 'GET', '/items')", why: 'a method and a path' },
        { text: "api = Api('https://hmis.health.gov', 'etl', os.environ['DHIS2_PASSWORD'])", why: 'a variable' },
        { text: "link = Link('https://a.local', 'docs', 'Read the docs')", why: 'prose' },
        { text: 'const l = new Link("https://cdn.acme.io/x.css", "rel", "stylesheet");', why: 'words, not a login' },
        { text: "repo = Repo('https://git.acme.io/app.git', 'main', 'origin')", why: 'a branch and a remote' },
        { text: "f = Fetcher('https://api.acme.io', 'octocat', 'hello-world')", why: 'a repository name' },
      ],
    },
  },
  {
    id: 'ticked-user-password-pair',
    title: 'User and password written as `user` / `password` in notes after a login word',
    provider: 'Notes',
    keywords: ['` / `', '`/`'],
    pattern: TICKED_PAIR,
    confidence: 'medium',
    envVar: 'ADMIN_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Logs in as that user wherever the notes say.',
    // The pair's form says login, as a Basic pair's does: in documentation a weak value counts too, at low confidence.
    validate: judgedExplicitPassword('password written after a user name in notes'),
    examples: {
      embed: false,
      path: 'docs/runbook.md',
      positives: (fake) => [
        `- Mirth Administrator: https://mirth.local:8443, login \`admin\` / \`${fake.alnum(20)}\``,
        `Credentials: \`svc_hl7\`/\`${fake.alnum(18)}9\``,
        `- Database: \`wikijs\` / \`${fake.alnum(14)}\` on db01`,
      ],
      negatives: [
        { text: '- default login `admin` / `admin`, change it on first start', why: 'a shipped default named as such' },
        { text: 'login `admin` / `<password from Vault>`', why: 'placeholder' },
        { text: 'Use `GET` / `POST` for the endpoints', why: 'no login word' },
      ],
    },
  },
];
