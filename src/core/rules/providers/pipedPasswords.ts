// Passwords a script types for the user: echoed into a command that reads a password from
// standard input (`sudo -S`, `passwd --stdin`, `chpasswd`, `docker login --password-stdin`), fed
// by a here-document to chpasswd or ftp, sent after an `expect` password prompt (Tcl expect,
// pexpect), or written in an Oracle connect string (`sqlplus user/password@db`). Candidates only; the shared
// judge (../judge) decides on the value, so a variable (`echo "$PASS" | sudo -S`) is not reported.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/** A literal password: not a variable, a command substitution, an escape or a template. */
const LITERAL = String.raw`[^\s"'|;&<>$\x60\\\[{(][^\s"'|;&<>\x60\\]{0,127}`;

/** After the literal: `\n` ends a line for the reader, or types the password again (`pw\npw\n`). */
const TYPED_LINES = String.raw`(?:\\n(?:[^\s"'|;&<>\x60\\]{1,128}(?:\\n)?)?)?`;

/** `sudo -S` (with other options before it): sudo reads the password from standard input. */
const SUDO_STDIN = String.raw`sudo\s{1,4}(?:-[A-Za-z]{1,3}\s{1,4}){0,3}-[A-Za-z]{0,3}S`;
/** `htpasswd -i`: the password from standard input. */
const HTPASSWD_STDIN = String.raw`htpasswd\s{1,4}(?:-[A-Za-z]{1,4}\s{1,4}){0,3}-[A-Za-z]{0,3}i`;
/** cryptsetup's commands that take a passphrase (from standard input when it is not a terminal). */
const CRYPTSETUP_OPEN = String.raw`cryptsetup\s{1,4}(?:luksOpen|open|luksFormat|luksAddKey)\b`;
/** The user before a chpasswd line's password (`deploy:`, `$FIRSTUSER:`). */
const CHPASSWD_USER = String.raw`(?<user>(?:[a-z_][\w.-]{0,31}|\$\{?[A-Za-z_]\w{0,31}\}?):)?`;

/**
 * Commands that read a password from standard input: `sudo -S`, chpasswd (`user:password`),
 * passwd, `docker login --password-stdin` and its kin, Kerberos kinit, iRODS iinit, `htpasswd -i`,
 * `openconnect --passwd-on-stdin`, `gpg --passphrase-fd 0`, cryptsetup, other CLIs' `--*-token-stdin`
 * logins and `gh auth login --with-token` (sudo may run the reader); on Windows, sanur, which types
 * a piped password into `runas` (runas itself reads only the console).
 */
const READER = String.raw`(?:sudo\s{1,4})?(?<reader>${SUDO_STDIN}|chpasswd|passwd\b|(?:docker|podman|buildah|skopeo|nerdctl|oras|helm\s{1,4}registry)\s{1,4}login\b[^|;&\n]{0,160}?--password-stdin|kinit\b|iinit\b|${HTPASSWD_STDIN}|openconnect\b[^|;&\n]{0,160}?--passwd-on-stdin|gpg\b[^|;&\n]{0,160}?--passphrase-fd[ =]0|${CRYPTSETUP_OPEN}|[\w-]{1,30}\s{1,4}login\b[^|;&\n]{0,160}?--[\w-]{0,20}(?:key|token|secret)-stdin|gh\s{1,4}auth\s{1,4}login\b[^|;&\n]{0,160}?--with-token|sanur(?:\.exe)?\b)`;

/**
 * `echo "pw" | sudo -S …`, `printf 'pw\n' | sudo -S …`, `echo 'user:pw' | chpasswd`,
 * `echo pw | passwd --stdin user`, `echo -e 'pw\npw' | passwd user`, `printf '%s' 'pw' | kinit`,
 * `echo pw | docker login -u ci --password-stdin registry`, and other CLIs' logins that read a key or
 * token from standard input (`--secret-key-stdin`, `--token-stdin`, `gh auth login --with-token`).
 */
const PIPED = new RegExp(
  String.raw`\b(?:echo|printf)\s{1,4}(?:-[neE]{1,2}\s{1,4})?(?:(?:'%s(?:\\n)?'|"%s(?:\\n)?")\s{1,4})?["']?${CHPASSWD_USER}(?<secret>${LITERAL})${TYPED_LINES}["']?\s{0,4}\|\s{0,4}${READER}`,
);

/** The readers as a here-string's command names them (by their option where they have one). */
const HERE_READER = new RegExp(
  String.raw`(?<reader>\b${SUDO_STDIN}|\bchpasswd|\bpasswd\s{1,4}--stdin|--password-stdin|\bkinit\b|\biinit\b|\b${HTPASSWD_STDIN}|--passwd-on-stdin|--passphrase-fd[ =]0|\b${CRYPTSETUP_OPEN})`,
);

/**
 * A here-string's value (`<<< 'pw'`, `<<< "user:pw"`). Whether its command reads a password
 * (`sudo -S cmd <<< 'pw'`, `kinit ana@LAB <<< "pw"`) is read back from the line before it.
 */
const HERE_STRING = new RegExp(
  String.raw`<<<\s{0,4}["']?${CHPASSWD_USER}(?<secret>${LITERAL})${TYPED_LINES}["']?(?=[\s;|&)]|$)`,
);
/** How far back on the line a here-string's command may start. */
const HERE_COMMAND_MAX = 200;

/** The here-string's command: the line's text before it, back to the last `|`, `;` or `&`. */
function hereStringCommand(context: MatchContext): string {
  const before = context.line.slice(Math.max(0, context.matchIndex - HERE_COMMAND_MAX), context.matchIndex);
  return before.slice(Math.max(before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('&')) + 1);
}

/** A reader takes the input: chpasswd reads `user:password`, the other readers the password alone. */
function readerTakesInput(groups: Record<string, string | undefined> | undefined): boolean {
  const reader = groups?.['reader'];
  return reader !== undefined && (reader === 'chpasswd') === (groups!['user'] !== undefined);
}

/** The keywords of the readers (and of echo's pipe into passwd). */
const READER_KEYWORDS = [
  'sudo',
  'chpasswd',
  '--stdin',
  '--password-stdin',
  '| passwd',
  '|passwd',
  'kinit',
  'iinit',
  'htpasswd',
  '--passwd-on-stdin',
  '--passphrase-fd',
  'cryptsetup',
];

/** chpasswd's input lines (`user:password`) in a here-document opened on the line before. */
const CHPASSWD_HEREDOC =
  /chpasswd\s{0,4}<<-?\s{0,2}["']?[A-Za-z_]{1,20}["']?[ \t]{0,8}\r?\n[ \t]{0,8}[a-z_][\w.-]{0,31}:(?<secret>[^\s:]{1,128})[ \t]{0,8}(?=\r?\n|$)/;

/**
 * An ftp script fed by a here-document (`ftp -n host <<EOF`, auto-login off): its `user NAME PASSWORD`
 * or `quote PASS PASSWORD` line, within the next seven lines.
 */
const FTP_HEREDOC =
  /\bftp[ \t]{1,4}-[a-z]{1,4}(?:[ \t]{1,4}-[a-z]{1,4})?(?:[ \t]{1,4}[\w.${}:-]{1,80})?[ \t]{0,4}<<-?[ \t]{0,2}["']?[A-Za-z_]{1,20}["']?[ \t]{0,8}\r?\n(?:[^\n]{0,80}\n){0,6}?[ \t]{0,8}(?:user[ \t]{1,4}(?<user>[^\s]{1,64})[ \t]{1,4}|quote[ \t]{1,4}PASS[ \t]{1,4})(?<secret>[^\s]{1,128})[ \t]{0,8}(?=\r?\n|$)/i;
/** Anonymous FTP takes any e-mail address as its password. */
const ANONYMOUS_FTP_USER = /^(?:anonymous|ftp)$/i;

/** Tcl expect: a password prompt, then `send "password\r"` (same line or the next). */
const EXPECT_SEND =
  /expect\s{1,4}(?:-(?:re|ex|gl|nocase)\s{1,4})?"[^"\n]{0,40}(?:assword|assphrase|ASSWORD)[^"\n]{0,20}"\s{0,4}(?:\{\s{0,4})?(?:\r?\n[ \t]{0,20})?send\s{1,4}(?:--\s{1,4})?"(?<secret>[^\s"\\$[][^"\\\n]{0,127})(?:\\[rn])?"/;

/** pexpect: `child.expect("Password:")`, then `child.sendline("password")`. */
const PEXPECT_SENDLINE =
  /\.expect\(\s{0,4}[rb]?["'][^"'\n]{0,40}(?:assword|assphrase|ASSWORD)[^"'\n]{0,20}["']\s{0,4}\)[ \t]{0,4};?[ \t]{0,4}(?:\r?\n[ \t]{0,20})?[\w.]{1,40}\.send(?:line)?\(\s{0,4}b?["'](?<secret>[^"'\\\n]{1,128}?)(?:\\[rn])?["']\s{0,4}\)/;

/** `sqlplus user/password@db` and SQL*Plus `CONNECT user/password@db`. */
const ORACLE_CONNECT =
  /(?:\bsqlplus(?:\s{1,4}-[A-Za-z]{1,10}){0,3}|^\s{0,8}(?:CONN(?:ECT)?|conn(?:ect)?))\s{1,4}["']?[A-Za-z_][\w$#]{0,29}\/(?<secret>[^\s@/"';]{1,128})(?=[@\s"';]|$)/;

/** Oracle's demo account password, in every tutorial (`scott/tiger`). */
const ORACLE_DEMO = /^tiger$/i;

/** A verdict on a value the form says is a password, named from the value's start. */
function judgeAt(form: string, quoted: (match: string) => boolean) {
  return (secret: string, match: string, context: MatchContext): Verdict | false => {
    const valueEnd = context.matchIndex + match.lastIndexOf(secret) + secret.length;
    return judgeCandidate({
      name: 'password',
      value: secret,
      quoted: quoted(match),
      context,
      nameStart: context.matchIndex,
      valueEnd,
      kind: 'password',
      form,
    });
  };
}

const judgePiped = judgeAt('password piped to a command that reads it', () => true);
const judgeSent = judgeAt('password sent after a password prompt', () => true);
const judgeHeredoc = judgeAt('password in chpasswd input', () => false);
const judgeOracle = judgeAt('password in an Oracle connect string', () => false);
const judgeFtpScript = judgeAt('password in an ftp script', () => false);

export const pipedPasswordRules: readonly Rule[] = [
  {
    id: 'password-piped-to-command',
    title: 'Password echoed into a command that reads it (sudo -S, chpasswd, passwd --stdin, --password-stdin)',
    provider: 'Command line',
    keywords: [...READER_KEYWORDS, 'key-stdin', 'token-stdin', 'secret-stdin', '--with-token', 'sanur'],
    pattern: PIPED,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'The script carries the password it types: for root (sudo), a login, or a registry push.',
    validate: (secret, match, context) =>
      readerTakesInput(PIPED.exec(match)?.groups) && judgePiped(secret, match, context),
    examples: {
      embed: false,
      path: 'provision.sh',
      positives: (fake) => [
        `echo "${fake.alnum(12)}" | sudo -S apt-get update`,
        `echo '${fake.alnum(10)}7' | sudo -k -S systemctl restart nginx`,
        `echo 'deploy:${fake.alnum(12)}' | chpasswd`,
        `echo "root:${fake.alnum(12)}" | sudo chpasswd`,
        `echo "$FIRSTUSER:${fake.alnum(12)}" | chpasswd`, // Raspberry Pi Imager's firstrun.sh: the user in a variable
        `echo ${fake.alnum(12)} | passwd --stdin deploy`,
        `printf '${fake.alnum(12)}\\n' | sudo -S apt-get update`,
        `echo -e "${fake.alnum(11)}4\\n${fake.alnum(11)}4" | passwd deploy`,
        `echo "${fake.alnum(11)}5"|passwd --stdin ops`,
        `echo "${fake.alnum(20)}" | docker login -u ci --password-stdin registry.internal`,
        `echo '${fake.alnum(12)}' | kinit ana@LAB.EXAMPLE.EDU`,
        `printf '%s' '${fake.alnum(12)}' | iinit`,
        `echo ${fake.alnum(12)} | htpasswd -i /etc/nginx/.htpasswd ops`,
        `echo "${fake.alnum(12)}" | sudo openconnect --user=ana --passwd-on-stdin vpn.example.edu`,
        `echo "${fake.alnum(14)}" | gpg --batch --passphrase-fd 0 -d secrets.gpg`,
        `echo -n '${fake.alnum(16)}' | cryptsetup luksOpen /dev/sdb1 backup`,
        `echo "${fake.alnum(32)}" | ugs login --service-key-id ${fake.uuid()} --secret-key-stdin`,
        `echo ${fake.alnum(24)}9 | vendorctl login --api-token-stdin`,
        `echo "${fake.alnum(36)}" | gh auth login --with-token`,
        `echo '${fake.alnum(30)}' | cloudctl login --client-secret-stdin`,
        `echo ${fake.alnum(9)}#| sanur.exe /user:CONTOSO\\svc_deploy "mmc compmgmt.msc"`, // a batch file feeding runas
      ],
      negatives: [
        { text: 'echo "$SUDO_PASSWORD" | sudo -S apt-get update', why: 'a variable' },
        { text: 'echo "$CI_REGISTRY_PASSWORD" | docker login -u ci --password-stdin', why: 'a variable' },
        { text: 'echo "$GH_TOKEN" | gh auth login --with-token', why: 'a variable' },
        { text: 'echo "$UGS_SECRET" | ugs login --service-key-id x --secret-key-stdin', why: 'a variable' },
        { text: 'echo "deploy:${DEPLOY_PASSWORD}" | chpasswd', why: 'a variable' },
        { text: 'echo "$FIRSTUSER:$PASSWORD" | chpasswd', why: 'both variables' },
        { text: 'echo "username:password" | chpasswd', why: 'placeholder' },
        { text: 'echo "done" | tee -a log.txt', why: 'no password reader' },
        { text: 'printf "%s\\n" "$PASS" | sudo -S true', why: 'a format: the value is a variable' },
        { text: 'echo -e "$NEWPW\\n$NEWPW" | passwd deploy', why: 'a variable' },
        { text: 'echo "$KRB_PASSWORD" | kinit svc@LAB.EXAMPLE.EDU', why: 'a variable' },
      ],
    },
  },
  {
    id: 'password-here-string',
    title: 'Password fed by a here-string to a command that reads it (sudo -S, kinit, passwd --stdin)',
    provider: 'Command line',
    keywords: ['<<<'],
    pattern: HERE_STRING,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'The script carries the password it types: for root (sudo), a login, or a Kerberos ticket.',
    startsAtKeyword: true,
    validate: (secret, match, context) => {
      const reader = HERE_READER.exec(hereStringCommand(context))?.groups?.['reader'];
      const user = HERE_STRING.exec(match)?.groups?.['user'];
      return readerTakesInput({ reader, user }) && judgePiped(secret, match, context);
    },
    examples: {
      embed: false,
      path: 'provision.sh',
      positives: (fake) => [
        `sudo -S apt-get update <<< '${fake.alnum(12)}'`,
        `kinit ana@LAB.EXAMPLE.EDU <<< "${fake.alnum(12)}"`,
        `iinit <<< ${fake.alnum(12)}`,
        `chpasswd <<< 'deploy:${fake.alnum(12)}'`,
        `passwd --stdin ops <<< "${fake.alnum(11)}5"`,
        `docker login -u ci --password-stdin registry.internal <<< '${fake.alnum(20)}'`,
        `htpasswd -i -c /etc/nginx/.htpasswd ops <<< '${fake.alnum(12)}'`,
        `sudo openconnect --passwd-on-stdin vpn.example.edu <<< '${fake.alnum(12)}'`,
        `gpg --batch --passphrase-fd 0 -d a.gpg <<< '${fake.alnum(14)}'`,
        `cryptsetup open /dev/sdb1 backup <<< '${fake.alnum(16)}'`,
      ],
      negatives: [
        { text: 'kinit svc@LAB.EXAMPLE.EDU <<< "$KRB_PASSWORD"', why: 'a variable' },
        { text: 'sudo -S true <<< "$(pass show sudo)"', why: 'a command substitution' },
        { text: "chpasswd <<< 'deploy'", why: 'chpasswd reads user:password' },
        { text: "grep -c x <<< 'abcdefghijkl1'", why: 'no password reader' },
        { text: "kinit -R; grep -c x <<< 'abcdefghijkl1'", why: 'the reader ran in an earlier command' },
      ],
    },
  },
  {
    id: 'chpasswd-heredoc-password',
    title: 'Password in a chpasswd here-document (user:password)',
    provider: 'Command line',
    keywords: ['chpasswd'],
    pattern: CHPASSWD_HEREDOC,
    multiline: { maxSpan: 400 },
    startsAtKeyword: false,
    confidence: 'medium',
    envVar: 'USER_PASSWORD',
    docs: 'https://man7.org/linux/man-pages/man8/chpasswd.8.html',
    risk: "Sets the account's password: whoever reads the script can log in as that user.",
    validate: judgeHeredoc,
    examples: {
      embed: false,
      path: 'provision.sh',
      positives: (fake) => [
        `chpasswd <<EOF\ndeploy:${fake.alnum(12)}\nEOF`,
        `chpasswd <<-'END'\n\tops:${fake.alnum(10)}4\nEND`,
      ],
      negatives: [
        { text: 'chpasswd <<EOF\ndeploy:$DEPLOY_PASSWORD\nEOF', why: 'a variable' },
        { text: 'chpasswd -e <<EOF\nuser:password\nEOF', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'ftp-script-password',
    title: 'Password in an ftp here-document script (user NAME PASSWORD, quote PASS)',
    provider: 'Command line',
    keywords: ['ftp -'],
    pattern: FTP_HEREDOC,
    multiline: { maxSpan: 1600 },
    confidence: 'medium',
    envVar: 'FTP_PASSWORD',
    docs: 'https://manpages.debian.org/bookworm/ftp/ftp.1.en.html',
    risk: 'Logs in to the FTP server, which sends this password in clear on every run.',
    validate: (secret, match, context) =>
      !ANONYMOUS_FTP_USER.test(FTP_HEREDOC.exec(match)?.groups?.['user'] ?? '') &&
      judgeFtpScript(secret, match, context),
    examples: {
      embed: false,
      path: 'cron/upload.sh',
      positives: (fake) => [
        `ftp -n ftp.example.net <<EOF\nuser backup ${fake.alnum(12)}\nbinary\nput db.tar.gz\nquit\nEOF`,
        `ftp -inv $HOST << END_SCRIPT\nquote USER $USER\nquote PASS ${fake.alnum(10)}7\ncd /in\nEND_SCRIPT`,
        `ftp -n -v 10.0.0.9 <<'FTP'\nascii\nuser ops ${fake.alnum(11)}3\nFTP`,
      ],
      negatives: [
        { text: 'ftp -n $HOST <<EOF\nuser $FTP_USER $FTP_PASS\nput a\nEOF', why: 'variables' },
        { text: 'ftp -n mirror.example.org <<EOF\nuser anonymous ops@example.org\nEOF', why: 'anonymous FTP' },
        { text: 'ftp -n host <<EOF\nuser username password\nEOF', why: 'placeholders' },
      ],
    },
  },
  {
    id: 'expect-send-password',
    title: 'Password sent after a password prompt (expect send, pexpect sendline)',
    provider: 'Command line',
    keywords: ['expect "', 'expect -re', 'expect -ex'],
    pattern: EXPECT_SEND,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'SSH_PASSWORD',
    docs: 'https://core.tcl-lang.org/expect/index',
    risk: 'The script types this password into a login: whoever reads it can log in the same way.',
    validate: judgeSent,
    examples: {
      embed: false,
      path: 'scripts/login.exp',
      positives: (fake) => [
        `expect "password:"\nsend "${fake.alnum(11)}7\\r"`,
        `expect -re "(P|p)assword: " { send "${fake.alnum(12)}\\r" }`,
        `expect -ex "Password:"\n  send -- "${fake.alnum(12)}\\r"`,
      ],
      negatives: [
        { text: 'expect "password:"\nsend "$password\\r"', why: 'a variable' },
        { text: 'expect "password:"\nsend "[lindex $argv 0]\\r"', why: 'a command substitution' },
        { text: 'expect "$ "\nsend "uptime\\r"', why: 'not a password prompt' },
      ],
    },
  },
  {
    id: 'pexpect-sendline-password',
    title: 'Password sent after a password prompt (pexpect sendline)',
    provider: 'Command line',
    keywords: ['.expect('],
    pattern: PEXPECT_SENDLINE,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'SSH_PASSWORD',
    docs: 'https://pexpect.readthedocs.io/en/stable/overview.html',
    risk: 'The script types this password into a login: whoever reads it can log in the same way.',
    validate: judgeSent,
    examples: {
      embed: false,
      path: 'tools/login.py',
      positives: (fake) => [
        `child.expect("Password:")\nchild.sendline("${fake.alnum(12)}")`,
        `p.expect('[Pp]assword: ')\n    p.sendline('${fake.alnum(10)}9')`,
      ],
      negatives: [
        { text: 'child.expect("Password:")\nchild.sendline(password)', why: 'a variable' },
        { text: 'child.expect("Password:")\nchild.sendline(os.environ["SSH_PASS"])', why: 'read from the environment' },
        { text: 'expect(screen.getByText("Password:")).toBeVisible()', why: 'a test assertion' },
      ],
    },
  },
  {
    id: 'oracle-connect-password',
    title: 'Password in an Oracle connect string (sqlplus user/password@db, CONNECT)',
    provider: 'SQL',
    keywords: ['sqlplus', 'connect ', 'conn '],
    pattern: ORACLE_CONNECT,
    confidence: 'medium',
    envVar: 'ORACLE_PASSWORD',
    docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html',
    risk: 'Logs in to the Oracle database as that user; the command line is also visible to other local users.',
    validate: (secret, match, context) =>
      !ORACLE_DEMO.test(secret) &&
      // Outside sqlplus's own command line, `CONNECT a/b` reads as prose unless a database follows.
      (/^sqlplus/i.test(match) || context.line.charAt(context.matchIndex + match.length) === '@') &&
      judgeOracle(secret, match, context),
    examples: {
      embed: false,
      path: 'db/run.sh',
      positives: (fake) => [
        `sqlplus -s app_owner/${fake.alnum(12)}@db01:1521/ORCL @report.sql`,
        `sqlplus reporter/${fake.alnum(10)}8@REPDB`,
        `CONNECT app_owner/${fake.alnum(12)}@ORCLPDB1`,
        `conn system/${fake.alnum(12)}@XE`,
      ],
      negatives: [
        { text: 'sqlplus / as sysdba', why: 'operating-system authentication' },
        { text: 'sqlplus scott/tiger@orcl', why: "Oracle's demo account" },
        { text: 'sqlplus "$DB_USER/$DB_PASS@$DB_TNS" @run.sql', why: 'variables' },
        { text: 'sqlplus app_owner@ORCL', why: 'prompts for the password' },
      ],
    },
  },
];
