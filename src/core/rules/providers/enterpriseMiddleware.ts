// Credentials in the configuration and scripts of older enterprise middleware, in shapes no
// assignment rule reads: WebSphere's `{xor}` encoding (IBM documents it as obfuscation, not
// encryption: anyone reverses it), WebLogic WLST's connect(user, password, url), a JCL job card's
// PASSWORD= and an IBM i CL command's PASSWORD(...), a password-named XML element escaped inside
// another document (BizTalk binding files' TransportTypeData), and a value given as the child of an
// element that names it (Spring `<property name="password"><value>`, Java EE `<env-entry>`, SSIS
// `.dtsConfig` `<ConfiguredValue>`). Formats from IBM's, Oracle's, Microsoft's and Spring's
// documentation. Candidates only; the shared judge (../judge) decides on the value.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, judgedByNameGroup, judgedPassword } from '../judge/judge';
import { CR, isBlank, isDigit, isNameChar, skipBlanks } from '../gateChars';
import { credentialWordOnLine } from '../pairGates';
import type { MatchContext, Rule, Verdict } from '../types';
import { decodeBase64 } from '../valueChecks';
import { lineBefore } from '../lineReach';

/** WebSphere's `{xor}` value: Base64 of the password's bytes, each XOR `_` (0x5F). */
const XOR_VALUE = /\{xor\}(?<secret>[A-Za-z0-9+/]{4,256}={0,2})(?![A-Za-z0-9+/=])/;

/** The password a `{xor}` value stands for, or undefined when it decodes to no printable text. */
export function decodeXor(encoded: string): string | undefined {
  const bytes = decodeBase64(encoded);
  if (bytes === undefined) return undefined;
  let out = '';
  for (const b of bytes) {
    const c = b ^ 0x5f;
    if (c < 0x21 || c > 0x7e) return undefined;
    out += String.fromCharCode(c);
  }
  return out.length > 0 ? out : undefined;
}

function judgeXor(secret: string, match: string, context: MatchContext): Verdict | false {
  const decoded = decodeXor(secret);
  if (decoded === undefined) return false;
  const verdict = judgeCandidate({
    name: 'password',
    value: decoded,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + match.length,
    kind: 'password',
    form: 'WebSphere {xor}-encoded password',
  });
  return verdict === false ? false : { ...verdict, why: `${verdict.why}; {xor} is reversible by anyone` };
}

/** WLST `connect('user', 'password', 't3://host:7001')`: the third argument is a WebLogic URL. */
const WLST_CONNECT =
  /\bconnect\(\s{0,4}["'][^"'\n]{1,64}["']\s{0,4},\s{0,4}["'](?<secret>[^"'\n\\]{1,128})["']\s{0,4},\s{0,4}["']t3s?:\/\//;

/** A JCL JOB statement's `PASSWORD=` (RACF: up to 8 letters, digits and national characters). */
const JCL_JOB_PASSWORD =
  /^\/\/[A-Za-z@#$][\w@#$]{0,7}[ \t]{1,20}JOB\b[^\n]{0,200}?[, ]PASSWORD=(?<secret>[A-Za-z0-9@#$]{1,8})(?=[, ]|$)/;

const judgeJcl = judgedPassword('password on a JCL JOB statement', true);

/** IBM i CL: CRTUSRPRF/CHGUSRPRF `PASSWORD(...)`, not a special value (`*NONE`, `*USRPRF`). */
const CL_USER_PROFILE_PASSWORD =
  /\b(?:CRTUSRPRF|CHGUSRPRF)(?:[ \t]{1,20}(?!PASSWORD\()[A-Za-z]{1,10}\([^()\n]{0,80}\)){0,12}[ \t]{1,20}PASSWORD\((?<secret>[^()*\s'&][^()\s']{0,127})\)/i;

/** A password element escaped inside XML text: `&lt;Password vt="8"&gt;...&lt;/Password&gt;`. */
const ESCAPED_XML_PASSWORD =
  /&lt;(?<name>[A-Za-z]{0,30}Passw(?:or)?d)(?:[ \t]vt=(?:"8"|&quot;8&quot;))?&gt;(?<secret>[^&<>\s]{1,128})&lt;\//i;

/**
 * An element that names a setting, then its value as a child or next sibling: Spring's
 * `<property name="password">` then `<value>`, a Java EE `<env-entry-name>` then (after its type)
 * `<env-entry-value>`, and an SSIS configuration's `Properties[ServerPassword]` then `<ConfiguredValue>`.
 */
const XML_NAMED_CHILD_VALUE =
  /(?:<property[ \t]{1,4}name="|<env-entry-name>|\.Properties\[)(?<name>[\w.-]{0,60}(?:pass|pwd|secret|token|credential)[\w.-]{0,40})(?:"[ \t]{0,4}>|<\/env-entry-name>|\]"[^<>\n]{0,80}>)\s{0,80}(?:<env-entry-type>[\w.]{1,60}<\/env-entry-type>\s{0,80})?<(?:value|env-entry-value|ConfiguredValue)>(?<secret>[^<\s]{1,256})<\//i;

/**
 * GlassFish/Payara asadmin `--property user=app:password=...:DatabaseName=db`: the pool's properties
 * joined by `:` (a colon inside a value is escaped `\:`, which ends the value here: judged shorter).
 */
const ASADMIN_PROPERTY_PASSWORD =
  /--property[ =](?:[^\s:"']{1,100}:){0,10}?(?:[Pp]assword|PASSWORD)=(?<secret>[^\s:"'\\]{1,128})(?=[:\s"']|$)/;

/**
 * An ftp command file (`ftp -s:upload.txt` on Windows, a script fed to ftp): `open host`, then
 * within three lines `user NAME PASSWORD`.
 */
const FTP_COMMAND_FILE =
  /\bopen[ \t]{1,4}[\w.-]{1,100}(?:[ \t]{1,4}\d{1,5})?[ \t]{0,8}\r?\n(?:[^\n]{0,80}\n){0,3}?[ \t]{0,8}user[ \t]{1,4}(?<user>[^\s$%]{1,64})[ \t]{1,4}(?<secret>[^\s$%]{1,128})[ \t]{0,8}(?=\r?\n|$)/i;

/**
 * `open HOST [PORT]` alone on its line, as an ftp command file opens a session (the keyword gate of
 * ftp-command-file-password): `open ` in prose and code is followed by more words, or preceded by some.
 */
function opensFtpSession(text: string, at: number, lineEnd: number): boolean {
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) !== 10; i--) if (!isBlank(text.charCodeAt(i))) return false;
  let p = skipBlanks(text, at + 4, lineEnd, 4);
  const host = p;
  while (p < lineEnd && p - host <= 100 && isNameChar(text.charCodeAt(p))) p++;
  if (p === host) return false;
  p = skipBlanks(text, p, lineEnd, 4);
  while (p < lineEnd && isDigit(text.charCodeAt(p))) p++;
  p = skipBlanks(text, p, lineEnd, 8);
  return p === lineEnd || text.charCodeAt(p) === CR;
}

/**
 * z/OS batch FTP (`EXEC PGM=FTP`): the in-stream INPUT after the step's JCL statements holds the host
 * (or `open host`), then the user and password, on one line or two (z/OS Communications Server, FTP in batch).
 */
const JCL_FTP_INPUT =
  /PGM=FTP\b[^\n]{0,100}\n(?:\/\/[^\n]{0,100}\n){0,8}[ \t]{0,8}(?:open[ \t]{1,4})?[\w.-]{1,100}(?:[ \t]{1,4}\d{1,5})?[ \t]{0,8}\r?\n[ \t]{0,8}(?:user[ \t]{1,4})?(?<user>[A-Za-z0-9#$@_.-]{1,64})(?:[ \t]{1,4}|[ \t]{0,8}\r?\n[ \t]{0,8})(?<secret>[^\s$%&]{1,64})[ \t]{0,8}(?=\r?\n|$)/i;

/** Anonymous FTP takes any e-mail address as its password. */
const ANONYMOUS_FTP_USER = /^(?:anonymous|ftp)$/i;

const judgeAsadmin = judgedPassword('password in an asadmin --property list', true);
const judgeFtpCommands = judgedPassword('password in an ftp command file', false);
const judgeJclFtp = judgedPassword("password in a batch FTP step's input", false);

export const enterpriseMiddlewareRules: readonly Rule[] = [
  {
    id: 'websphere-xor-password',
    title: 'WebSphere {xor}-encoded password (security.xml, resources.xml, wsadmin, Liberty server.xml)',
    provider: 'IBM WebSphere',
    keywords: ['{xor}'],
    startsAtKeyword: true,
    pattern: XOR_VALUE,
    confidence: 'medium',
    envVar: 'WAS_AUTH_PASSWORD',
    docs: 'https://www.ibm.com/docs/en/was-liberty/base?topic=applications-liberty-securityutility-command',
    risk: 'The {xor} encoding is reversed by anyone: the datasource or admin password is in the file.',
    validate: judgeXor,
    examples: {
      embed: false,
      path: 'config/cells/Cell01/security.xml',
      positives: (fake) =>
        [fake.alnum(12), `${fake.alnum(8)}#${fake.digits(3)}`].map(
          (pw) =>
            `<authDataEntries alias="DB2Auth" userId="db2app" password="{xor}${Buffer.from(Buffer.from(pw).map((b) => b ^ 0x5f)).toString('base64')}"/>`,
        ),
      negatives: [
        { text: '<authDataEntries alias="DevAuth" userId="" password="{xor}"/>', why: 'empty' },
        {
          text: `password="{xor}${Buffer.from(Buffer.from('password').map((b) => b ^ 0x5f)).toString('base64')}"`,
          why: 'decodes to a placeholder',
        },
        { text: 'keystorePassword="{aes}ARB3...snip"', why: 'AES-encrypted with the server key, not {xor}' },
      ],
    },
  },
  {
    id: 'wlst-connect-password',
    title: "Password given to WebLogic WLST connect('user', 'password', 't3://...')",
    provider: 'Oracle WebLogic',
    keywords: ["', 't3://", "','t3://", '", "t3://', '","t3://', "', 't3s://", '", "t3s://'],
    pattern: WLST_CONNECT,
    confidence: 'medium',
    envVar: 'WLS_ADMIN_PASSWORD',
    docs: 'https://docs.oracle.com/en/middleware/fusion-middleware/weblogic-server/12.2.1.4/wlstc/reference.html',
    risk: 'Logs in to the WebLogic domain as that user: deploys applications and changes the domain.',
    validate: judgedPassword('password given to WLST connect', true),
    examples: {
      embed: false,
      path: 'wlst/deploy.py',
      positives: (fake) => [
        `connect('weblogic', '${fake.alnum(12)}', 't3://admin01:7001')`,
        `connect("deployer", "${fake.alnum(12)}", "t3s://admin01:7002")`,
        `connect('deployer','${fake.alnum(12)}','t3://admin01:7001')`,
        `connect("deployer","${fake.alnum(12)}","t3://admin01:7001")`,
        `connect('deployer', '${fake.alnum(12)}', 't3s://admin01:7002')`,
        `connect("deployer", "${fake.alnum(12)}", "t3://admin01:7001")`,
      ],
      negatives: [
        { text: "connect(username, password, 't3://admin01:7001')", why: 'variables' },
        { text: "connect('weblogic', 'welcome1', 't3://localhost:7001')", why: "WebLogic's documented example" },
      ],
    },
  },
  {
    id: 'jcl-job-password',
    title: 'Password on a JCL JOB statement (PASSWORD=)',
    provider: 'IBM z/OS',
    keywords: ['password='],
    pattern: JCL_JOB_PASSWORD,
    confidence: 'medium',
    envVar: 'RACF_PASSWORD',
    docs: 'https://www.ibm.com/docs/en/zos/latest?topic=statement-password-parameter',
    risk: "Runs batch work on the mainframe as that user, and logs in to TSO with the user's RACF password.",
    // Every JCL statement opens with `//`, which the shared judge reads as a comment: judged without it.
    validate: (secret, match, context) => judgeJcl(secret, match, { ...context, line: '  ' + context.line.slice(2) }),
    examples: {
      embed: false,
      path: 'JCL/NIGHTLY.jcl',
      positives: (fake) => [
        `//PAYRL01  JOB (ACCT),'NIGHTLY',CLASS=A,MSGCLASS=X,USER=BATCH01,PASSWORD=${fake.upper(3)}${fake.digits(2)}${fake.upper(3)}`,
      ],
      negatives: [
        { text: "//REORG01  JOB (ACCT),'REORG',CLASS=A,NOTIFY=&SYSUID", why: 'no password: RACF surrogate' },
        { text: '//JOB1     JOB ,PASSWORD=PASSWORD', why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'ibmi-user-profile-password',
    title: 'Password in an IBM i CRTUSRPRF/CHGUSRPRF command (PASSWORD(...))',
    provider: 'IBM i',
    keywords: ['crtusrprf', 'chgusrprf'],
    pattern: CL_USER_PROFILE_PASSWORD,
    confidence: 'medium',
    envVar: 'IBMI_PASSWORD',
    docs: 'https://www.ibm.com/docs/en/i/7.5?topic=ssw_ibm_i_75/cl/crtusrprf.html',
    risk: 'Signs on to the IBM i system as that user profile.',
    validate: judgedPassword('password in a CL user-profile command', true),
    examples: {
      embed: false,
      path: 'QCLSRC/SETUP.clle',
      positives: (fake) => [
        `CRTUSRPRF USRPRF(APPBATCH) PASSWORD(${fake.upper(3)}${fake.digits(3)}${fake.upper(2)}) USRCLS(*USER)`,
        `CHGUSRPRF USRPRF(ODBCUSR) PASSWORD(${fake.alnum(10)})`,
      ],
      negatives: [
        { text: 'CRTUSRPRF USRPRF(APPBATCH) PASSWORD(*NONE) USRCLS(*USER)', why: 'no password: a special value' },
        { text: 'CHGUSRPRF USRPRF(&USR) PASSWORD(&PWD)', why: 'CL variables' },
      ],
    },
  },
  {
    id: 'escaped-xml-password-element',
    title: 'Password element escaped inside XML text (BizTalk binding TransportTypeData)',
    provider: 'XML configuration',
    keywords: ['password&gt;', 'password vt="8"&gt;', 'password vt=&quot;8&quot;&gt;', 'passwd&gt;'],
    pattern: ESCAPED_XML_PASSWORD,
    confidence: 'medium',
    envVar: 'ADAPTER_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/biztalk/core/customizing-binding-files',
    risk: 'Logs in to the partner endpoint (FTP, SFTP, SQL, SOAP) the port sends to or receives from.',
    validate: judgedByNameGroup(ESCAPED_XML_PASSWORD, {
      form: (name) => `escaped XML element ${name}`,
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      path: 'Deployment/BindingInfo.xml',
      positives: (fake) => [
        `<TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;btsftp&lt;/UserName&gt;&lt;Password vt="8"&gt;${fake.alnum(12)}&lt;/Password&gt;&lt;/CustomProps&gt;</TransportTypeData>`,
        `<Data>&lt;ProxyPassword&gt;${fake.alnum(14)}&lt;/ProxyPassword&gt;</Data>`,
        `<TransportTypeData>&lt;CustomProps&gt;&lt;Password vt=&quot;8&quot;&gt;${fake.alnum(12)}&lt;/Password&gt;&lt;/CustomProps&gt;</TransportTypeData>`,
        `&lt;FtpPasswd&gt;${fake.alnum(12)}&lt;/FtpPasswd&gt;`,
      ],
      negatives: [
        { text: '&lt;Password vt="1" /&gt;', why: 'exported without the password (vt="1": null)' },
        { text: '&lt;Password vt="8"&gt;******&lt;/Password&gt;', why: 'masked' },
      ],
    },
  },
  {
    id: 'xml-named-child-value',
    title: 'Password in the XML element after the one naming it (Spring <value>, Java EE env-entry, SSIS dtsConfig)',
    provider: 'XML configuration',
    keywords: ['<property name="', '<env-entry-name>', '.properties['],
    pattern: XML_NAMED_CHILD_VALUE,
    keywordGate: credentialWordOnLine,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://docs.spring.io/spring-framework/reference/core/beans/dependencies/factory-properties-detailed.html',
    risk: 'Logs in to the database, directory or server the application is configured for.',
    validate: judgedByNameGroup(XML_NAMED_CHILD_VALUE, {
      form: (name) => `the XML setting ${name}`,
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      path: 'WEB-INF/applicationContext.xml',
      positives: (fake) => [
        `<property name="password">\n    <value>${fake.alnum(14)}</value>\n</property>`,
        `<env-entry>\n  <env-entry-name>ldapBindPassword</env-entry-name>\n  <env-entry-type>java.lang.String</env-entry-type>\n  <env-entry-value>${fake.alnum(14)}</env-entry-value>\n</env-entry>`,
        `<Configuration ConfiguredType="Property" Path="\\Package.Connections[FTP].Properties[ServerPassword]" ValueType="String">\n  <ConfiguredValue>${fake.alnum(12)}</ConfiguredValue>`,
      ],
      negatives: [
        { text: '<property name="password">\n    <value>${jdbc.password}</value>\n</property>', why: 'a placeholder' },
        {
          text: '<env-entry-name>passwordResetUrl</env-entry-name>\n<env-entry-type>java.lang.String</env-entry-type>\n<env-entry-value>/account/reset</env-entry-value>',
          why: 'a path',
        },
        {
          text: 'Path="\\Package.Connections[Staging].Properties[Password]" ValueType="String">\n  <ConfiguredValue></ConfiguredValue>',
          why: 'empty',
        },
      ],
    },
  },
  {
    id: 'asadmin-property-password',
    title: 'Password in a GlassFish/Payara asadmin --property list (user=...:password=...)',
    provider: 'GlassFish/Payara',
    keywords: ['--property'],
    pattern: ASADMIN_PROPERTY_PASSWORD,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://docs.payara.fish/community/docs/Technical%20Documentation/Payara%20Server%20Documentation/Command%20Reference/create-jdbc-connection-pool.html',
    risk: 'Logs in to the database the connection pool points at; the command line is in shell history and logs.',
    validate: (secret, match, context) =>
      /\basadmin\b/i.test(lineBefore(context)) && judgeAsadmin(secret, match, context),
    examples: {
      embed: false,
      path: 'scripts/create-pool.sh',
      positives: (fake) => [
        `asadmin create-jdbc-connection-pool --restype javax.sql.DataSource --property user=shop:password=${fake.alnum(12)}:DatabaseName=shop ShopPool`,
        `$ASADMIN create-jdbc-connection-pool --property Password=${fake.alnum(12)} OrdersPool`,
      ],
      negatives: [
        {
          text: 'asadmin create-jdbc-connection-pool --property user=shop:password=${DB_PASSWORD}:DatabaseName=shop ShopPool',
          why: 'a variable',
        },
        { text: 'mvn deploy --property user=ci:password=changeme', why: 'not asadmin, and a placeholder' },
      ],
    },
  },
  {
    id: 'ftp-command-file-password',
    title: 'Password in an ftp command file (open HOST, then user NAME PASSWORD)',
    provider: 'Command line',
    keywords: ['open '],
    pattern: FTP_COMMAND_FILE,
    keywordGate: opensFtpSession,
    multiline: { maxSpan: 600 },
    confidence: 'medium',
    envVar: 'FTP_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ftp',
    risk: 'Logs in to the FTP server, which sends this password in clear on every run.',
    validate: (secret, match, context) =>
      // `open` opens its line (as the gate checks): a command, not a word of prose or code.
      context.line.slice(0, context.matchIndex).trim() === '' &&
      !ANONYMOUS_FTP_USER.test(FTP_COMMAND_FILE.exec(match)?.groups?.['user'] ?? '') &&
      judgeFtpCommands(secret, match, context),
    examples: {
      embed: false,
      path: 'batch/ftp_upload.txt',
      positives: (fake) => [
        `open ftp.corp.local\nuser edi_out ${fake.alnum(12)}\nbinary\nput orders.x12\nbye`,
        `open 10.1.2.3 21\r\nuser batch ${fake.alnum(10)}7\r\nbye`,
      ],
      negatives: [
        { text: 'open ftp.corp.local\nuser %FTP_USER% %FTP_PASS%\nbye', why: 'variables' },
        { text: 'open mirror.corp.local\nuser anonymous ops@corp.local\nbye', why: 'anonymous FTP' },
        { text: 'open ftp.corp.local\nuser username password\nbye', why: 'placeholders' },
        { text: 'We open files with the user id and mode:\nuser ops 0644', why: 'prose: open does not open its line' },
      ],
    },
  },
  {
    id: 'jcl-ftp-input-password',
    title: 'Password in the in-stream input of a z/OS batch FTP step (EXEC PGM=FTP)',
    provider: 'IBM z/OS',
    keywords: ['pgm=ftp'],
    pattern: JCL_FTP_INPUT,
    multiline: { maxSpan: 1200 },
    confidence: 'medium',
    envVar: 'FTP_PASSWORD',
    docs: 'https://www.ibm.com/docs/en/zos/latest?topic=ftp-using-in-batch',
    risk: 'Logs in to the FTP server (often a partner or another host) as that user, in clear on every run.',
    validate: (secret, match, context) =>
      !ANONYMOUS_FTP_USER.test(JCL_FTP_INPUT.exec(match)?.groups?.['user'] ?? '') &&
      // The step's statements open with `//`, which the shared judge reads as a comment: judged without it.
      judgeJclFtp(secret, match, { ...context, line: context.line.replace(/^\/\//, '  ') }),
    examples: {
      embed: false,
      path: 'JCL/FTPOUT.jcl',
      positives: (fake) => [
        `//FTPSTEP  EXEC PGM=FTP,PARM='(EXIT'\n//SYSPRINT DD SYSOUT=*\n//INPUT    DD *\nftp.partner.internal\nFTPUSER ${fake.upper(3)}${fake.digits(2)}${fake.upper(2)}\nPUT 'PROD.ORDERS' orders.txt\nQUIT\n/*`,
        `//STEP02 EXEC PGM=FTP\n//INPUT DD *\n10.20.30.40 21\nBATCH01\n${fake.upper(2)}${fake.digits(3)}${fake.upper(3)}\nQUIT\n/*`,
      ],
      negatives: [
        {
          text: "//FTPSTEP EXEC PGM=FTP,PARM='(EXIT'\n//INPUT DD DSN=PROD.FTP.CMDS,DISP=SHR",
          why: 'the commands are in a data set',
        },
        {
          text: '//FTPSTEP EXEC PGM=FTP\n//INPUT DD *\nftp.partner.internal\nanonymous ops@corp.internal\n/*',
          why: 'anonymous FTP',
        },
        {
          text: '//FTPSTEP EXEC PGM=FTP\n//INPUT DD *\nftp.partner.internal\nUSERID PASSWORD\n/*',
          why: 'placeholders',
        },
      ],
    },
  },
];
