// Passwords passed by position to client calls whose documented signature puts the password at a
// fixed argument: Python requests' HTTPDigestAuth(user, password), ftplib FTP(host, user, passwd),
// MySQLdb.connect(host, user, passwd, db), cx_Oracle.connect(user, password, dsn), JavaMail
// Transport.connect(host, user, password), Go smtp.PlainAuth(identity, username, password, host) and
// ssh.Password(secret), Ruby Net::SMTP.start(address, port, helo, user, secret), Perl
// DBI->connect(dsn, user, password), the MySQL C API's mysql_real_connect, PHP ssh2/imap; a C#
// SecureString filled from a literal; Oracle IDENTIFIED BY without quotes and SQL Server's
// sp_addlogin/sp_password. One table, one pattern. Candidates only: the shared judge (../judge)
// decides on the value, so variables and dummies are not reported.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { FakeTokens } from '../fakeTokens';
import { judgedPassword } from '../judge/judge';
import type { Rule } from '../types';
import { IOT_POSITIONAL_CALLS } from './iotEmbedded';
import { WINDOWS_POSITIONAL_CALLS } from './windowsAdmin';
import { RESEARCH_POSITIONAL_CALLS } from './researchMl';
import { TELECOM_POSITIONAL_CALLS } from './telecomVoip';
import { HEALTHCARE_POSITIONAL_CALLS } from './healthcare';
import { FINTECH_POSITIONAL_CALLS } from './fintechBackoffice';
import { GOV_EDUCATION_POSITIONAL_CALLS } from './govEducation';
import { HR_PAYROLL_POSITIONAL_CALLS } from './hrPayroll';
import { SECURITY_OPS_POSITIONAL_CALLS } from './securityOperations';

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

interface PositionalCall {
  /** The call as written up to its `(` (pattern source); its lowercase literal start is a keyword. */
  readonly call: string;
  readonly keywords: readonly string[];
  /** How many arguments come before the password. */
  readonly before: number;
  readonly example: (fake: FakeTokens) => string;
}

// Signatures from each library's reference documentation.
const CALLS: readonly PositionalCall[] = [
  // HTTPBasicAuth and aiohttp's BasicAuth: http-basic-auth-pair.
  {
    call: String.raw`HTTP(?:Digest|Proxy)Auth`,
    keywords: ['httpdigestauth(', 'httpproxyauth('],
    before: 1,
    example: (f) => `HTTPDigestAuth('svc', '${f.alnum(12)}'); HTTPProxyAuth(user, "${f.alnum(12)}")`,
  },
  {
    call: String.raw`FTP(?:_TLS)?`,
    keywords: ['ftp(', 'ftp_tls('],
    before: 2,
    example: (f) => `ftp = FTP("files.internal", "deploy", "${f.alnum(12)}"); FTP_TLS(h, u, '${f.alnum(12)}')`,
  },
  {
    call: String.raw`(?:MySQLdb|pymysql)\.connect`,
    keywords: ['mysqldb.connect(', 'pymysql.connect('],
    before: 2,
    example: (f) =>
      `db = MySQLdb.connect("db01", "app", "${f.alnum(12)}", "shop"); pymysql.connect(host, "app", "${f.alnum(12)}")`,
  },
  {
    call: String.raw`(?:cx_Oracle|oracledb)\.connect`,
    keywords: ['cx_oracle.connect(', 'oracledb.connect('],
    before: 1,
    example: (f) =>
      `cx_Oracle.connect("app", "${f.alnum(12)}", "db01/ORCL"); oracledb.connect("a", "${f.alnum(12)}", dsn)`,
  },
  {
    call: String.raw`(?:[Tt]ransport|[Ss]tore)\.connect|Transport\.send`,
    keywords: ['transport.connect(', 'store.connect(', 'transport.send('],
    before: 2,
    example: (f) =>
      `transport.connect("smtp.internal", "app", "${f.alnum(12)}"); store.connect(host, user, "${f.alnum(12)}"); Transport.send(msg, "a", "${f.alnum(12)}")`,
  },
  {
    call: String.raw`smtp\.PlainAuth`,
    keywords: ['smtp.plainauth('],
    before: 2,
    example: (f) => `smtp.PlainAuth("", "ops@corp.io", "${f.alnum(12)}", host)`,
  },
  {
    call: String.raw`smtp\.CRAMMD5Auth`,
    keywords: ['smtp.crammd5auth('],
    before: 1,
    example: (f) => `smtp.CRAMMD5Auth("ops", "${f.alnum(12)}")`,
  },
  {
    call: String.raw`ssh\.Password`,
    keywords: ['ssh.password('],
    before: 0,
    example: (f) => `Auth: []ssh.AuthMethod{ssh.Password("${f.alnum(12)}")}`,
  },
  {
    call: String.raw`Net::SMTP\.start`,
    keywords: ['net::smtp.start('],
    before: 4,
    example: (f) => `Net::SMTP.start('smtp.internal', 587, 'corp.io', 'ops', '${f.alnum(12)}', :login)`,
  },
  {
    call: String.raw`Net::FTP\.(?:new|open)`,
    keywords: ['net::ftp.new(', 'net::ftp.open('],
    before: 2,
    example: (f) =>
      `Net::FTP.new('files.internal', 'deploy', '${f.alnum(12)}'); Net::FTP.open(h, 'a', '${f.alnum(12)}')`,
  },
  {
    call: String.raw`DBI->connect(?:_cached)?`,
    keywords: ['dbi->connect('],
    before: 2,
    example: (f) => `my $dbh = DBI->connect("DBI:mysql:shop", "app", "${f.alnum(12)}", { RaiseError => 1 });`,
  },
  {
    call: String.raw`mysql_real_connect`,
    keywords: ['mysql_real_connect('],
    before: 3,
    example: (f) => `mysql_real_connect(conn, "db01", "app", "${f.alnum(12)}", "shop", 0, NULL, 0)`,
  },
  {
    call: String.raw`(?:ssh2_auth_password|imap_open|mssql_connect)`,
    keywords: ['ssh2_auth_password(', 'imap_open(', 'mssql_connect('],
    before: 2,
    example: (f) =>
      `ssh2_auth_password($c, 'deploy', '${f.alnum(12)}'); imap_open($box, 'ops', '${f.alnum(12)}'); mssql_connect('db', 'sa', '${f.alnum(12)}')`,
  },
  // tableauserverclient: TableauAuth(username, password, site_id) and
  // PersonalAccessTokenAuth(token_name, personal_access_token, site_id).
  {
    call: String.raw`(?:TableauAuth|PersonalAccessTokenAuth)`,
    keywords: ['tableauauth(', 'personalaccesstokenauth('],
    before: 1,
    example: (f) =>
      `TSC.TableauAuth("svc_tableau", "${f.alnum(12)}", site_id="finance"); TSC.PersonalAccessTokenAuth("ci", "${f.base64(22)}==:${f.alnum(32)}", "")`,
  },
  {
    call: String.raw`\.pass_`,
    keywords: ['.pass_('],
    before: 0,
    example: (f) => `pop.pass_("${f.alnum(12)}")`,
  },
  // IBM Toolbox for Java (JTOpen): AS400(systemName, userId, password); HCL Domino's Java API:
  // NotesFactory.createSession(host, user, password).
  {
    call: String.raw`new\s{1,4}AS400|NotesFactory\.createSession(?:WithFullAccess)?`,
    keywords: ['new as400(', 'notesfactory.createsession'],
    before: 2,
    example: (f) =>
      `AS400 sys = new AS400("as400.corp.local", "APPUSR", "${f.alnum(8)}7"); NotesFactory.createSession("domino01", "Mail Agent/Corp", "${f.alnum(12)}")`,
  },
  // Avalara's AvaTax SDKs: client.WithSecurity(accountId, licenseKey) or (username, password).
  {
    call: String.raw`\.WithSecurity`,
    keywords: ['.withsecurity('],
    before: 1,
    example: (f) =>
      `new AvaTaxClient("app", "1.0", host, AvaTaxEnvironment.Production).WithSecurity(2001234567, "${f.upperHex(16)}");`,
  },
  // Wi-Fi, MQTT and device-cloud SDKs (./iotEmbedded.ts).
  ...IOT_POSITIONAL_CALLS,
  // WMI, ADSI and AutoIt (./windowsAdmin.ts).
  ...WINDOWS_POSITIONAL_CALLS,
  // Research tools: tidycensus, rentrez, pyDataverse, MATLAB database (./researchMl.ts).
  ...RESEARCH_POSITIONAL_CALLS,
  // AMI, ARI, ESL, PJSUA, Five9, RingCentral and Genesys Cloud logins (./telecomVoip.ts).
  ...TELECOM_POSITIONAL_CALLS,
  // Mirth/NextGen Connect database connections and Medplum client logins (./healthcare.ts).
  ...HEALTHCARE_POSITIONAL_CALLS,
  // QuickFIX/J and QuickFIX/n Logon Password fields (./fintechBackoffice.ts).
  ...FINTECH_POSITIONAL_CALLS,
  // ltijs Provider.setup's encryption key (./govEducation.ts).
  ...GOV_EDUCATION_POSITIONAL_CALLS,
  // zeep's WS-Security UsernameToken (Workday's SOAP API) (./hrPayroll.ts).
  ...HR_PAYROLL_POSITIONAL_CALLS,
  // vt-py's vt.Client(apikey) (./securityOperations.ts).
  ...SECURITY_OPS_POSITIONAL_CALLS,
];

/** An argument before the password: a string, a name or member chain (AutoIt's `@ComputerName`), a number, a symbol. */
const ARG = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w$@.&>{}\[\]:-]{1,80})`;

const POSITIONAL = new RegExp(
  String.raw`(?:${CALLS.map((c) => `(?:${c.call})\\(\\s{0,4}${String.raw`(?:${ARG}\s{0,4},\s{0,4})`}{${c.before}}`).join('|')})[@b]?["'](?<secret>[^"'\n\\]{1,128})["']\s{0,4}[,)]`,
);

/** `foreach (char c in "…") secure.AppendChar(c);`: a C# SecureString filled from a literal. */
const SECURE_STRING_LOOP =
  /foreach\s{0,4}\(\s{0,4}(?:var|char)\s{1,4}\w{1,30}\s{1,4}in\s{1,4}@?"(?<secret>[^"\n]{1,128})"\s{0,4}\)\s{0,4}(?:\{\s{0,4})?(?:\r?\n\s{0,20}(?:\{\s{0,20})?)?[\w.]{1,60}\.AppendChar\(/;

/** Oracle `IDENTIFIED BY pw` (unquoted or double-quoted; single quotes: sql-user-password). */
const ORACLE_IDENTIFIED =
  /identified\s{1,4}by\s{1,4}(?!values\b|password\b)"?(?<secret>[A-Za-z0-9_][^\s"';,)]{0,63})"?(?=[\s;,)]|$)/i;

/** The statements an Oracle IDENTIFIED BY belongs to. */
/**
 * The statement right before IDENTIFIED BY: the user (or link user, or grantee) is the one word
 * between, so prose ("grant the accounts identified by ID") is not a statement.
 */
const ORACLE_STATEMENT =
  /(?:\b(?:create|alter)\s{1,4}user(?:\s{1,4}if\s{1,4}(?:not\s{1,4})?exists)?|\bconnect\s{1,4}to|\bgrant\s{1,4}[\w, ]{1,80}?\s{1,4}to)\s{1,4}\S{1,100}\s{1,4}$/i;
const judgeIdentifiedBy = judgedPassword('password in an IDENTIFIED BY clause', true);

/** SQL Server `sp_addlogin 'login', 'password'` and `sp_password 'old', 'new'`. */
const SQL_LOGIN_PROCEDURE =
  /sp_(?:addlogin|password)\s{1,4}(?:@\w{1,20}\s{0,4}=\s{0,4})?(?:NULL|N?'[^'\n]{0,128}')\s{0,4},\s{0,4}(?:@\w{1,20}\s{0,4}=\s{0,4})?N?'(?<secret>[^'\n]{1,128})'/i;

export const positionalPasswordRules: readonly Rule[] = [
  {
    id: 'password-positional-argument',
    title:
      'Password passed by position to a client call (HTTPBasicAuth, FTP, MySQLdb.connect, smtp.PlainAuth, DBI->connect)',
    provider: 'Credential constructor',
    keywords: CALLS.flatMap((c) => c.keywords),
    pattern: POSITIONAL,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Logs in to the mail, file, HTTP or database server the call talks to, as that user.',
    validate: judgedPassword('password passed by position to a client call', true),
    examples: {
      embed: false,
      // One positive per call: examples list several, separated by `; `.
      positives: (fake) => CALLS.flatMap((c) => c.example(fake).split('; ')),
      negatives: [
        { text: 'auth=HTTPBasicAuth(user, os.environ["API_PASSWORD"])', why: 'read from the environment' },
        { text: 'db = MySQLdb.connect(host, user, passwd, name)', why: 'variables' },
        { text: 'auth := smtp.PlainAuth("", cfg.User, cfg.Password, cfg.Host)', why: 'fields' },
        { text: 'ftp = FTP("ftp.debian.org", "anonymous", "")', why: 'anonymous FTP: empty password' },
        { text: 'Transport.send(message, "user", "password");', why: 'placeholder' },
        {
          text: 'auth = TSC.PersonalAccessTokenAuth("ci", os.environ["TABLEAU_PAT"], site_id="")',
          why: 'read from the environment',
        },
      ],
    },
  },
  {
    id: 'securestring-literal',
    title: 'SecureString filled from a string literal (foreach … AppendChar)',
    provider: 'Credential constructor',
    keywords: ['foreach (char', 'foreach(char', 'foreach (var', 'foreach(var'],
    pattern: SECURE_STRING_LOOP,
    startsAtKeyword: true,
    multiline: { maxSpan: 300 },
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/dotnet/api/system.security.securestring',
    risk: 'The password the SecureString was meant to protect is in the source for anyone to read.',
    validate: judgedPassword('literal copied into a SecureString', true),
    examples: {
      embed: false,
      path: 'src/Remote.cs',
      positives: (fake) => [
        `foreach (char c in "${fake.alnum(12)}") secure.AppendChar(c);`,
        `foreach(var ch in "${fake.alnum(12)}")\n    pw.AppendChar(ch);`,
        `foreach (var ch in "${fake.alnum(12)}") pw.AppendChar(ch);`,
        `foreach (char c in @"${fake.alnum(12)}") { ss.AppendChar(c); }`,
        `foreach(char c in "${fake.alnum(12)}")\n{\n    ss.AppendChar(c);`,
      ],
      negatives: [
        { text: 'foreach (char c in password) secure.AppendChar(c);', why: 'a variable' },
        { text: 'foreach (char c in "abcdef") sb.Append(c);', why: 'not a SecureString' },
      ],
    },
  },
  {
    id: 'oracle-identified-by',
    title: 'Password in an Oracle IDENTIFIED BY clause (CREATE USER, ALTER USER, DATABASE LINK)',
    provider: 'SQL',
    keywords: ['identified by'],
    pattern: ORACLE_IDENTIFIED,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-USER.html',
    risk: 'Logs in to the database as the user the statement creates, or the link connects as.',
    // In a user or link statement begun before it, not prose ("a resource identified by name").
    validate: (secret, match, context) =>
      ORACLE_STATEMENT.test(context.line.slice(Math.max(0, context.matchIndex - 200), context.matchIndex)) &&
      judgeIdentifiedBy(secret, match, context),
    examples: {
      embed: false,
      path: 'db/create_schema.sql',
      positives: (fake) => [
        `CREATE USER app_owner IDENTIFIED BY ${fake.alnum(12)} DEFAULT TABLESPACE users;`,
        `ALTER USER reporter IDENTIFIED BY "${fake.alnum(10)}#1";`,
        `CREATE DATABASE LINK rep CONNECT TO rep_user IDENTIFIED BY ${fake.alnum(12)} USING 'REPDB';`,
      ],
      negatives: [
        { text: 'CREATE USER app IDENTIFIED BY &&app_password;', why: 'a SQL*Plus substitution variable' },
        { text: 'CREATE USER app IDENTIFIED BY :pw', why: 'a bind variable' },
        { text: "ALTER USER app IDENTIFIED BY VALUES 'S:0123';", why: 'a hash given with VALUES' },
        { text: 'CREATE USER app IDENTIFIED BY password;', why: 'placeholder' },
        { text: 'CREATE USER ops IDENTIFIED EXTERNALLY;', why: 'no password' },
        { text: "title: 'Password in an IDENTIFIED BY clause (CREATE USER)',", why: 'prose: no statement before it' },
        {
          text: 'throw new Error("a resource identified by identifier was not found");',
          why: 'prose, not a statement',
        },
      ],
    },
  },
  {
    id: 'sql-login-procedure-password',
    title: "Password given to SQL Server's sp_addlogin or sp_password",
    provider: 'SQL',
    keywords: ['sp_addlogin', 'sp_password'],
    pattern: SQL_LOGIN_PROCEDURE,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlogin-transact-sql',
    risk: 'Logs in to SQL Server as the login the procedure creates or changes.',
    validate: judgedPassword('password given to a login procedure', true),
    examples: {
      embed: false,
      path: 'db/logins.sql',
      positives: (fake) => [
        `EXEC sp_addlogin 'app_svc', '${fake.alnum(12)}', 'shop';`,
        `EXEC sp_addlogin @loginame = 'rpt', @passwd = N'${fake.alnum(12)}';`,
        `EXEC sp_password NULL, '${fake.alnum(12)}', 'app_svc';`,
      ],
      negatives: [
        { text: 'EXEC sp_addlogin @loginame = @login, @passwd = @pwd;', why: 'variables' },
        { text: "EXEC sp_addlogin 'login', 'password';", why: 'placeholder' },
      ],
    },
  },
];
