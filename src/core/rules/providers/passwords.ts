// Passwords written where no assignment names them: command-line flags, .NET and Java credential
// constructors, SQL user statements, PHP `define()` settings, .pgpass and config directives (password
// hashes: passwordHashes.ts). Candidates only; the shared judge (../judge) decides, so a weak but real
// password (`Summer2024!`) is reported and `changeme`, `<password>`, `${PASS}` are not.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, judgedPassword, nameBefore } from '../judge/judge';
import { fileClassOf } from '../judge/context';
import type { MatchContext, Rule, Verdict } from '../types';
import { sqlPasswordFollows } from '../keywordGates';
import { ALL_COMMAND_PASSWORD_ARGUMENTS } from './commandPasswordTable';

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

// Built once: these validate every candidate of their rules.
const judgeCliPassword = judgedPassword('password on a command line', false);
// A command line written in a string literal (`os.system("mysql -p…")`) holds a literal value.
const judgeCliPasswordInString = judgedPassword('password on a command line', true);
const judgeSqlPassword = judgedPassword('password in a SQL user statement', true);
const judgeDirectivePassword = judgedPassword('password in a config directive', false);
const judgeSecureStringPassword = judgedPassword('password given to ConvertTo-SecureString', true);

/**
 * `--password=…`, `--db-password …`, `-passwd …` (wget, custom CLIs), or a short `-p` flag whose
 * command `cliShortFlagOk` checks. Case matters: `-P` is a port. A value opening with a backquote
 * is a command substitution (`-p\`cat pw\``): the password is what the command prints; one opening
 * with `(` is a PowerShell expression (`-Password (Read-Host -AsSecureString)`), not a literal.
 */
const CLI_PASSWORD =
  /(?:(?<![\w-])--?(?:db-|http-|ftp-|proxy-|admin-|user-)?(?:[Pp]ass(?:word|wd)?|PASS(?:WORD|WD)?)[=\s]|--(?:requirepass|masterauth)[=\s]|(?<![\w-])-p)\s{0,4}["']?(?<secret>[^\s"'|;&<>$%\x60(-][^\s"'|;&<>$%]{0,127})/;
const LONG_FLAG = /^--?(?:(?:[a-z]{1,20}-)?pass(?:word|wd)?|requirepass|masterauth)(?:=|\s)/i;

/**
 * A short `-p` is a password only for commands that take one: `sshpass -p …`, `psexec … -p …`,
 * `docker login … -p …`; and `mysql -p…` attached (MySQL's `-p value` prompts, `value` is the database).
 */
function cliShortFlagOk(secret: string, match: string, context: MatchContext): boolean {
  // The flag as matched, before the value: `-password=${X}` read as `-p` then `assword=` is no long flag.
  if (LONG_FLAG.test(match.slice(0, match.length - secret.length))) return true;
  const before = context.line.slice(Math.max(0, context.matchIndex - 200), context.matchIndex);
  // The command may open a string literal (`os.system("mysql -p…")`).
  if (/^-p\s/.test(match))
    return /(?:^|[\s/\\"'])(?:sshpass|psexec(?:64)?(?:\.exe)?|docker\s{1,4}login)\s/i.test(before);
  return /(?:^|[\s/"'])(?:mysql(?:dump|admin|import|sh)?|mariadb(?:-dump)?)\s/.test(before);
}

/**
 * A short user flag and its value, then at once a short password flag and its value: `-u admin -p …`,
 * `-U sa -P …`, `-u dev -P …` (the pair tells what `-p` means for a tool we do not know). Not `-U … -p`:
 * PostgreSQL's tools take a port there.
 */
const USER_THEN_PASSWORD_FLAG =
  /(?<![\w-])(?:-u\s{1,4}(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|[^\s"'$%-]\S{0,63})\s{1,4}-[pP]|-U\s{1,4}(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|[^\s"'$%-]\S{0,63})\s{1,4}-P)\s{1,4}["']?(?<secret>[^\s"'|;&<>$%*\x60(){}\[\]-][^\s"'|;&<>\x60]{0,127})(?=["']?(?:[\s;&|)]|$))/;

/**
 * Commands whose `-u … -p …` is no login: MySQL's `-p value` prompts and `value` is the database;
 * `sudo -u user -p prompt`; a container's `-u uid -p port`.
 */
const PAIR_NOT_A_LOGIN =
  /(?:^|[\s/"'])(?:mysql\w{0,8}|mariadb[\w-]{0,8}|sudo|docker|podman|nerdctl|ps|pgrep|pkill|top|htop|strace|lsof)(?:\.exe)?\s/;

/** A port, a port mapping, a process id list: digits and separators only. */
const NUMERIC_ARGUMENT = /^[\d.:,/-]+$/;

/** Tools another rule reads the password of (password-cli-flag's, the command tables'). */
const TOOLS_OF_OTHER_RULES = [
  /(?:^|[\s/\\"'])(?:sshpass|psexec(?:64)?(?:\.exe)?|docker\s{1,4}login)\s/i,
  ...ALL_COMMAND_PASSWORD_ARGUMENTS.map((a) => a.command),
];

function userFlagPairOk(secret: string, context: MatchContext): boolean {
  if (NUMERIC_ARGUMENT.test(secret)) return false;
  // The command of this segment: from the last shell separator before the match.
  const before = context.line.slice(Math.max(0, context.matchIndex - 200), context.matchIndex);
  const segment = ` ${before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('|'), before.lastIndexOf('&')) + 1)}`;
  return !PAIR_NOT_A_LOGIN.test(segment) && !TOOLS_OF_OTHER_RULES.some((command) => command.test(segment));
}

/** Every call the login rule knows, as written up to its `(` (the prefilter ignores case). */
const LOGIN_CALL_KEYWORDS = [
  'login(',
  'log_in(',
  'loginasync(',
  'signin(',
  'sign_in(',
  'signinasync(',
  'authenticate(',
  'authenticateasync(',
  'httpbasic(',
  'ftp_login(',
  'ldap_bind(',
  'simple_bind_s(',
  'simple_bind(',
  'bind(',
  'addidentity(',
];

/**
 * Templates fill their secrets from variables; a short literal in one is a shipped default or the
 * usage notes an Ansible role's template opens with (a Jinja `{# ... #}` block, which a line rule
 * cannot see around it).
 */
const TEMPLATE_EXT = new Set([
  'j2',
  'jinja',
  'jinja2',
  'tmpl',
  'tpl',
  'template',
  'erb',
  'mustache',
  'hbs',
  'njk',
  'liquid',
]);

/** A short password under the name the match opens with (read back to its start): letters and digits both, judged as the generic rule judges. */
function judgeShortPassword(secret: string, match: string, context: MatchContext, quoted: boolean): Verdict | false {
  if (!/[A-Za-z]/.test(secret) || !/\d/.test(secret)) return false;
  const nameStart = nameBefore(context.line, context.matchIndex);
  return judgeCandidate({
    name: context.line.slice(nameStart, context.matchIndex) + /^\w+/.exec(match)![0],
    value: secret,
    quoted,
    context,
    nameStart,
    valueEnd: context.matchIndex + match.length,
  });
}

export const passwordRules: readonly Rule[] = [
  {
    // The generic assignment rule reads values of 8 characters or more; people pick shorter ones
    // (a name and a year, a word and two digits) for a database, Wi-Fi or bot account, and write
    // them quoted under a password's name (unquoted in config files: short-password-setting).
    // Letters and digits both, judged as the generic rule judges.
    id: 'short-password-literal',
    title: 'Short password literal (6-7 characters) under a password-named setting',
    provider: 'Generic',
    keywords: ['pass', 'pwd'],
    // From the keyword: the name before it is read back by the check (a pattern opening with the
    // name would be tried at every character of a line dense with passwords). .NET's appSettings
    // write the pair as `key="SmtpPassword" value="..."`.
    pattern:
      /(?:password|passwd|pass|pwd)(?:["'\]]{0,2}[ \t]{0,4}(?:=>|=|:)[ \t]{0,4}|["'][ \t]{1,4}value[ \t]{0,4}=[ \t]{0,4})["'](?<secret>[^\s"'\\]{6,7})(?=["'])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A short password is guessed quickly once the account name is known, and here both are in the code.',
    validate: (secret, match, context) => judgeShortPassword(secret, match, context, true),
    examples: {
      embed: false,
      positives: (fake) => [
        `$password = "${fake.lower(4)}${fake.digits(3)}";`,
        `const char* password = "${fake.lower(5)}${fake.digits(2)}";`,
        `    password="${fake.lower(4)}2k4",`,
        `  password: '${fake.lower(4)}${fake.digits(3)}'`,
        `    "db_pass": "${fake.lower(3)}${fake.digits(4)}",`,
        `String pwd = "${fake.lower(3)}${fake.digits(3)}";`,
        `  <add key="SmtpPassword" value="${fake.upper(1)}${fake.lower(2)}${fake.digits(2)}!" />`, // .NET appSettings
      ],
      negatives: [
        { text: 'password = "abc123"', why: 'a documentation example' },
        { text: 'password: "******"', why: 'masked' },
        { text: 'password = "123456"', why: 'digits only: a pin or an example' },
        { text: 'bypass = "cache01"', why: 'not a password name' },
        { text: 'password = "hunter2"', why: 'a well-known dummy' },
      ],
    },
  },
  {
    // The same short passwords unquoted, as config files write them (`.env`, YAML, INI, a desk
    // phone's provisioning file, an SMPP bind of at most 8 characters): the value alone to the end
    // of the line, in a config file only (in code an unquoted value is an expression).
    id: 'short-password-setting',
    title: 'Short password (6-7 characters) set unquoted under a password-named setting in a config file',
    provider: 'Generic',
    keywords: ['pass', 'pwd'],
    pattern:
      /(?:password|passwd|pass|pwd)[ \t]{0,4}(?:=|:)[ \t]{0,4}(?<secret>[^\s"'\\#;$%{}<>]{6,7})(?=[ \t]{0,8}(?:[#;]|(?![^\r\n])))/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A short password is guessed quickly once the account name is known, and here both are in the file.',
    validate: (secret, match, context) =>
      fileClassOf(context) === 'config' &&
      !TEMPLATE_EXT.has(context.file.ext) &&
      judgeShortPassword(secret, match, context, false),
    examples: {
      embed: false,
      path: 'config/app.env',
      positives: (fake) => [
        `MYSQL_PASSWORD=${fake.lower(3)}${fake.digits(3)}`,
        `smsc-password = ${fake.lower(3)}${fake.digits(4)}`,
        `  password: ${fake.lower(4)}${fake.digits(2)}!`,
        `account.1.pwd = ${fake.lower(4)}${fake.digits(3)}`,
        `DB_PASSWORD=${fake.upper(1)}${fake.lower(3)}${fake.digits(3)}`,
        `mail_pass: ${fake.lower(4)}${fake.digits(2)}  # outgoing mail`, // a comment after the value
      ],
      negatives: [
        { text: 'password=abc123', why: 'a documentation example' },
        { text: 'password: ******', why: 'masked' },
        { text: 'password = 123456', why: 'digits only: a pin or an example' },
        { text: 'bypass = cache01', why: 'not a password name' },
        { text: 'password: $DB_PWD', why: 'a reference' },
        { text: 'const password = pass123', why: 'code: an expression', path: 'src/app.js' },
        {
          text: '    enable_password: force10',
          why: "a template's usage notes",
          path: 'roles/os6_system/templates/os6_system.j2',
        },
      ],
    },
  },
  {
    id: 'password-cli-flag',
    title: 'Password on a command line (--password, mysql -p, sshpass -p, psexec -p)',
    provider: 'Command line',
    keywords: ['-pass', 'sshpass', 'psexec', 'docker', 'mysql', 'mariadb', '--requirepass', '--masterauth'],
    pattern: CLI_PASSWORD,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: DOCS,
    risk: 'Command lines end up in shell history, CI logs and process listings; the password logs in as that user.',
    validate: (secret, match, context) =>
      cliShortFlagOk(secret, match, context) &&
      (/["'`]/.test(context.line.slice(0, context.matchIndex)) ? judgeCliPasswordInString : judgeCliPassword)(
        secret,
        match,
        context,
      ),
    examples: {
      embed: false,
      positives: (fake) => [
        `mysql -h db.internal -u app -p${fake.alnum(10)}7! shop`,
        `mysqldump -uroot -p${fake.alnum(12)} --all-databases > all.sql`,
        `sshpass -p '${fake.alnum(9)}#2' ssh deploy@10.0.0.5`,
        `psexec \\\\fileserver -u CORP\\admin -p ${fake.alnum(8)}!9 cmd.exe`,
        `docker login -u ci -p ${fake.alnum(20)} registry.internal`,
        `wget --user=backup --password=${fake.alnum(11)}3 ftp://files.internal/db.tgz`,
        `./manage.py createuser --db-password ${fake.alnum(12)}5`,
        `mariadb -u app -p${fake.alnum(10)}4`,
        `java -jar tool.jar -passwd ${fake.alnum(10)}2`,
        `pg_restore --pass=${fake.alnum(10)}6 dump.sql`,
        `run.sh --password "${fake.alnum(9)}@1"`,
        `    command: redis-server --appendonly yes --requirepass ${fake.alnum(15)}7`, // docker-compose
        `redis-server /etc/redis.conf --masterauth ${fake.alnum(15)}7`,
        `os.system("mysqldump -uroot -p${fake.alnum(12)} shop > /tmp/shop.sql")`, // a command in a string literal
      ],
      negatives: [
        { text: 'mysql -u root -p shop', why: '-p alone prompts for the password' },
        { text: 'mysql -u app -p$DB_PASSWORD shop', why: 'environment reference' },
        {
          text: 'echo "DROP TABLE t" | mysql -u ops -p`cat /run/ops.pw` -h "$1"',
          why: 'a command substitution: the password is what the command prints',
        },
        {
          text: 'flyway -url=jdbc:postgresql://db/app -password=${DB_PASSWORD} migrate',
          why: 'environment reference after a single-dash long flag',
        },
        { text: 'sshpass -p "$SSHPASS" ssh host', why: 'environment reference' },
        { text: 'docker login -u ci --password-stdin registry.internal', why: 'read from standard input' },
        { text: 'psql --password --host db.internal', why: 'a prompt flag with no value' },
        { text: 'mysql -u root -pchangeme', why: 'placeholder password' },
        { text: 'mysql -u root -p<password> db', why: 'placeholder' },
        { text: 'myapp --password=********', why: 'masked' },
        { text: 'wget --password=your_password ftp://files.internal/', why: 'placeholder' },
        { text: 'mysql -P 3306 -h db', why: 'a port flag' },
        { text: 'os.system(f"mysqldump -u{user} -p{password} {db} > out.sql")', why: 'format fields' },
        { text: '"hint": "Fast-pass lighthouse mode"', why: 'prose: a hyphenated word, not a flag' },
      ],
    },
  },
  {
    id: 'password-after-user-flag',
    title: 'Password after a user flag on a command line (-u user -p …, -U user -P …)',
    provider: 'Command line',
    keywords: ['-u '],
    pattern: USER_THEN_PASSWORD_FLAG,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Command lines end up in shell history, CI logs and process listings; the password logs in as that user.',
    validate: (secret, match, context) =>
      userFlagPairOk(secret, context) &&
      (/["'`]/.test(context.line.slice(0, context.matchIndex)) ? judgeCliPasswordInString : judgeCliPassword)(
        secret,
        match,
        context,
      ),
    examples: {
      embed: false,
      path: 'scripts/deploy.sh',
      positives: (fake) => [
        `java -jar artifactory-cli.jar upload -u deployer -p ${fake.alnum(12)} build/libs`,
        `./bin/admin-client --host 10.0.0.4 -u admin -p '${fake.alnum(10)}#4' sync`,
        `influx -host db.internal -U admin -P ${fake.alnum(12)}`,
        `mqtt-cli pub -u "sensor 7" -P ${fake.alnum(12)} -t t/1`,
        `os.system("backup-agent -u svc_backup -p ${fake.alnum(12)} --full")`, // in a string literal
      ],
      negatives: [
        { text: 'mysql -u root -p shop < dump.sql', why: "MySQL's -p with a space prompts; shop is the database" },
        { text: 'sudo -u postgres -p "Password for %u:" psql', why: "sudo's prompt" },
        { text: 'docker run -u 1000 -p 8080:80 nginx', why: 'a container port mapping' },
        { text: 'psql -U postgres -p 5433 -d app', why: 'a port' },
        { text: 'client -u admin -p "$ADMIN_PASSWORD"', why: 'read from the environment' },
        { text: 'client -u admin -p <password>', why: 'placeholder' },
        { text: 'ps -u www-data -p 1234,5678', why: 'process ids' },
        { text: 'cp -u -p src/ dest/', why: 'flags without values' },
        { text: 'client -u admin -p changeme', why: 'placeholder password' },
      ],
    },
  },
  {
    id: 'credential-constructor-password',
    title: 'Password passed to a credential constructor (NetworkCredential, PasswordAuthentication, Spring, Shiro)',
    provider: 'Credential constructor',
    keywords: [
      'networkcredential',
      'passwordauthentication',
      'usernamepassword',
      'basicauthenticationinterceptor',
      'basicauthrequestinterceptor',
      'plaincredentials',
      'credentials.basic',
    ],
    startsAtKeyword: true,
    // Apache HttpClient's, Spring Security's and Shiro's UsernamePassword* classes share a keyword;
    // Spring's and Feign's Basic interceptors take the user, then the password, as do RabbitMQ's
    // pika `PlainCredentials` (Python: either quote) and OkHttp's `Credentials.basic`.
    pattern:
      /(?:NetworkCredential|PasswordAuthentication|UsernamePassword(?:Credentials|AuthenticationToken|Token)|BasicAuth(?:entication|Request)Interceptor|PlainCredentials|Credentials\.basic)\(\s{0,4}(?:@?"[^"\n]{1,128}"|'[^'\n]{1,128}'|[A-Za-z_][\w.]{0,60})\s{0,4},\s{0,4}@?(?<quote>["'])(?<secret>(?:(?!\k<quote>)[^\n]){1,128})\k<quote>/,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Authenticates to the SMTP, HTTP proxy or file share the credential is used with.',
    validate: judgedPassword('password passed to a credential constructor', true),
    examples: {
      embed: false,
      positives: (fake) => [
        `client.Credentials = new NetworkCredential("mailer@corp.net", "${fake.alnum(10)}!4");`,
        `var cred = new System.Net.NetworkCredential(userName, "${fake.alnum(12)}");`,
        `return new PasswordAuthentication("svc", "${fake.alnum(10)}9".toCharArray());`,
        `new UsernamePasswordCredentials("api", "${fake.alnum(14)}")`,
        `Authentication auth = new UsernamePasswordAuthenticationToken("ops", "${fake.alnum(12)}");`, // Spring Security
        `subject.login(new UsernamePasswordToken("svc", "${fake.alnum(12)}"));`, // Apache Shiro
        `rest.getInterceptors().add(new BasicAuthenticationInterceptor("svc", "${fake.alnum(12)}"));`, // Spring
        `return new BasicAuthRequestInterceptor("feign", "${fake.alnum(12)}");`, // OpenFeign
        `credentials = pika.PlainCredentials('worker', '${fake.alnum(14)}')`, // RabbitMQ from Python
        `.header("Authorization", Credentials.basic("svc", "${fake.alnum(12)}"))`, // OkHttp
      ],
      negatives: [
        { text: 'new NetworkCredential(user, password)', why: 'variables' },
        { text: 'new NetworkCredential("user", "password")', why: 'placeholder' },
        { text: 'new NetworkCredential("user", "")', why: 'empty' },
        { text: 'new UsernamePasswordAuthenticationToken(user, null, authorities)', why: 'variables' },
        { text: 'new BasicAuthenticationInterceptor(props.getUser(), props.getPassword())', why: 'read from settings' },
        { text: "pika.PlainCredentials('guest', 'guest')", why: "RabbitMQ's local default login" },
        { text: 'Credentials.basic(username, password)', why: 'variables' },
      ],
    },
  },
  {
    id: 'jndi-security-credentials',
    title: 'Password given as JNDI SECURITY_CREDENTIALS (LDAP bind from Java)',
    provider: 'Credential constructor',
    keywords: ['security_credentials'],
    startsAtKeyword: true,
    // `env.put(Context.SECURITY_CREDENTIALS, "...")`: the bind password of an LDAP InitialDirContext
    // (the constant stands for "java.naming.security.credentials", which the keyed-call rule reads).
    pattern: /SECURITY_CREDENTIALS\s{0,4},\s{0,4}"(?<secret>[^"\n]{1,128})"/,
    confidence: 'medium',
    envVar: 'LDAP_BIND_PASSWORD',
    docs: DOCS,
    risk: 'Binds to the directory as the principal beside it: reads, and often writes, its entries.',
    validate: judgedPassword('password given as JNDI security credentials', true),
    examples: {
      embed: false,
      positives: (fake) => [
        `env.put(Context.SECURITY_CREDENTIALS, "${fake.alnum(12)}");`,
        `props.put(javax.naming.Context.SECURITY_CREDENTIALS, "${fake.alnum(14)}");`,
      ],
      negatives: [
        { text: 'env.put(Context.SECURITY_CREDENTIALS, config.getBindPassword());', why: 'read from settings' },
        { text: 'env.put(Context.SECURITY_CREDENTIALS, "");', why: 'empty: an anonymous bind' },
        { text: 'env.put(Context.SECURITY_CREDENTIALS, "password");', why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'login-call-password',
    title: 'Password literal given to a login, sign-in or bind call (FTP, SMTP, IMAP, LDAP, SSH keys, app clients)',
    provider: 'Credential constructor',
    keywords: LOGIN_CALL_KEYWORDS,
    startsAtKeyword: true,
    // The user (a string or a name) and then the password as a string: `ftp.login("deploy", "...")`,
    // `await auth.LoginAsync(email, "...")`, Spring Security's `httpBasic("admin", "...")`; PHP's
    // ftp_login / ldap_bind take the connection first.
    pattern:
      /(?:(?<![\w$])(?:[Ll]og_?[Ii]n|[Ss]ign_?[Ii]n|[Aa]uthenticate)(?:[Aa]sync)?\(|httpBasic\(|(?:ftp_login|ldap_bind)\(\s{0,4}\$\w{1,40}\s{0,4},|simple_bind(?:_s)?\(|(?<=\.)Bind\((?=\s{0,4}(?:"(?:cn|uid|CN|UID)=|[A-Za-z_]))|(?<=\.)addIdentity\((?=\s{0,4}"))\s{0,4}(?:["'][^"'\n]{1,128}["']|\$?[A-Za-z_][\w.]{0,60})\s{0,4},\s{0,4}["'](?<secret>[^"'\n]{1,128})["']/,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: DOCS,
    risk: 'Logs in to the mail, file or directory server the call talks to, as that user.',
    validate: judgedPassword('password given to a login call', true),
    examples: {
      embed: false,
      positives: (fake) => [
        `ftp.login("deploy", "${fake.alnum(12)}")`, // Python ftplib
        `server.login("alerts@corp.internal", "${fake.alnum(14)}")`, // Python smtplib
        `mail = imaplib.IMAP4_SSL(host); mail.login(user, '${fake.alnum(12)}')`, // Python imaplib
        `conn.simple_bind_s("cn=admin,dc=corp,dc=internal", "${fake.alnum(12)}")`, // python-ldap
        `msgid = l.simple_bind("uid=svc,ou=people,dc=corp", "${fake.alnum(12)}")`, // python-ldap, asynchronous
        `ftp_login($conn, 'deploy', '${fake.alnum(12)}');`, // PHP
        `ldap_bind($ds, "cn=reader,dc=corp", "${fake.alnum(12)}");`, // PHP
        `var result = await _auth.LoginAsync("ops@corp.io", "${fake.alnum(12)}");`, // an app's client, C#
        `session = api.sign_in(user, "${fake.alnum(12)}")`,
        `expect(await authenticate("alice", "${fake.alnum(12)}")).toBeTruthy();`,
        `mockMvc.perform(get("/admin").with(httpBasic("admin", "${fake.alnum(12)}")))`, // Spring Security test
        `await client.signIn(email, '${fake.alnum(12)}');`,
        `auth.authenticateAsync("svc", "${fake.alnum(12)}")`,
        `await _signInManager.SignInAsync("svc", "${fake.alnum(12)}");`,
        `client.log_in("svc", "${fake.alnum(12)}")`,
        `err = conn.Bind("cn=admin,dc=corp,dc=internal", "${fake.alnum(12)}")`, // go-ldap
        `if err := l.Bind(bindDN, "${fake.alnum(12)}"); err != nil {`, // go-ldap
        `jsch.addIdentity("/home/deploy/.ssh/id_rsa", "${fake.alnum(12)}");`, // JSch: the key file's passphrase
      ],
      negatives: [
        { text: 'ftp.login(user, password)', why: 'variables' },
        {
          text: 'server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])',
          why: 'read from the environment',
        },
        { text: 'await page.login("admin", "password123")', why: 'a dummy password' },
        { text: "client.login('bot-token')", why: 'one argument: no user and password pair' },
        { text: 'assertFalse(auth.authenticate("alice", "wrongpassword"));', why: 'a deliberately wrong password' },
        { text: "signIn('credentials', { redirect: false })", why: 'a provider name and options (NextAuth)' },
        { text: 'def login(user, password="")', why: 'a signature with an empty default' },
        {
          text: 'const onClick = handler.bind(this, "save", "primary");',
          why: "JavaScript's bind: arguments, no password",
        },
        { text: 'err = conn.Bind(cfg.BindDN, cfg.BindPassword)', why: 'read from settings' },
        { text: 'jsch.addIdentity("/home/deploy/.ssh/id_ed25519");', why: 'a key file without a passphrase' },
      ],
    },
  },
  {
    id: 'sql-user-password',
    title: 'Password in a SQL user statement (IDENTIFIED BY, WITH PASSWORD)',
    provider: 'SQL',
    keywords: ['identified', 'password'],
    pattern:
      /(?:identified\s{1,4}by(?:\s{1,4}password)?|(?<![\w.-])password(?:\s{0,4}=)?)\s{0,4}(?:\(\s{0,4})?N?'(?<secret>[^'\n]{1,128})'/i,
    startsAtKeyword: true,
    keywordGate: sqlPasswordFollows,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: DOCS,
    risk: 'Logs in to the database as the user the statement creates or changes.',
    validate: (secret, match, context) =>
      // `PASSWORD '...'` counts only in a user or login statement, not any quoted word after "password".
      (/^identified/i.test(match) ||
        /\b(?:create|alter)\s{1,4}(?:user|role|login)\b|\bwith\s{1,4}(?:encrypted\s{1,4})?(?:login\s{1,4})?password\b|\bset\s{1,4}password\s{1,4}for\b/i.test(
          context.line,
        )) &&
      judgeSqlPassword(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `CREATE USER 'app'@'%' IDENTIFIED BY '${fake.alnum(10)}!2';`,
        `ALTER USER app IDENTIFIED BY ${"'"}${fake.alnum(12)}';`,
        `GRANT ALL ON shop.* TO 'web'@'localhost' IDENTIFIED BY PASSWORD '${fake.alnum(12)}8';`,
        `CREATE ROLE reporter WITH LOGIN PASSWORD '${fake.alnum(11)}#';`,
        `CREATE LOGIN app_svc WITH PASSWORD = N'${fake.alnum(12)}!1';`,
        `ALTER ROLE api WITH ENCRYPTED PASSWORD '${fake.alnum(13)}';`,
        `SET PASSWORD FOR 'app'@'localhost' = PASSWORD('${fake.alnum(12)}');`, // MySQL 5
      ],
      negatives: [
        { text: "CREATE USER 'app'@'%' IDENTIFIED BY 'password';", why: 'placeholder' },
        { text: "CREATE USER app IDENTIFIED BY '${DB_PASS}';", why: 'template reference' },
        { text: "SELECT * FROM users WHERE password = 'abc';", why: 'a query, not a user statement' },
        { text: "ALTER ROLE api WITH PASSWORD 'changeme';", why: 'placeholder' },
        { text: "SELECT PASSWORD('abc123xyz');", why: 'a hash function call, not a user statement' },
      ],
    },
  },
  {
    id: 'php-define-secret',
    title: 'Secret in a PHP define() (wp-config.php DB_PASSWORD, keys and salts)',
    provider: 'PHP',
    keywords: ['define('],
    startsAtKeyword: true,
    pattern:
      /define\(\s{0,4}['"](?<name>[A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|PASS|PWD|SECRET|KEY|SALT|TOKEN)[A-Z0-9_]{0,20})['"]\s{0,4},\s{0,16}['"](?<secret>[^'"\n]{1,200})['"]/i,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://developer.wordpress.org/apis/wp-config-php/#security-keys',
    risk: 'Database passwords log in to the site database; WordPress keys and salts let anyone forge login cookies.',
    validate: (secret, match, context) => {
      const name = /['"]([A-Za-z0-9_]+)['"]/.exec(match)![1]!;
      return judgeCandidate({
        name,
        value: secret,
        quoted: true,
        context,
        nameStart: context.matchIndex + 8,
        valueEnd: context.matchIndex + match.length,
        form: `define('${name}')`,
      });
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `define('DB_PASSWORD', '${fake.alnum(12)}!');`,
        `define( 'AUTH_KEY',         '${fake.alnum(20)}#${fake.alnum(20)}' );`,
        `define('SECURE_AUTH_SALT', '${fake.alnum(30)}+${fake.alnum(12)}');`,
        `define("LOGGED_IN_KEY", "${fake.base64(40)}");`,
        `define('STRIPE_SECRET', '${fake.alnum(32)}');`,
      ],
      negatives: [
        { text: "define('AUTH_KEY', 'put your unique phrase here');", why: "WordPress's placeholder" },
        { text: "define('DB_PASSWORD', 'password_here');", why: 'placeholder' },
        { text: "define('DB_PASSWORD', getenv('DB_PASSWORD'));", why: 'read from the environment' },
        { text: "define('CACHE_KEY_PREFIX', 'wp_');", why: 'not a secret' },
      ],
    },
  },
  {
    id: 'pgpass-password',
    title: 'Password in a PostgreSQL .pgpass file',
    provider: 'PostgreSQL',
    keywords: [':5432:', ':*:', ':6432:', ':5433:'],
    pattern: /^(?:[^:\s#][^:\s]{0,252}):(?:\d{1,5}|\*):[^:\s]{1,63}:[^:\s]{1,63}:(?<secret>\S{1,128})$/,
    paths: /(?:^|\/)(?:\.pgpass|pgpass\.conf)$/,
    confidence: 'medium',
    envVar: 'PGPASSWORD',
    docs: 'https://www.postgresql.org/docs/current/libpq-pgpass.html',
    risk: 'psql and every libpq client log in to the database as that user with it.',
    validate: judgedPassword('password in a .pgpass line', true),
    examples: {
      embed: false,
      path: 'home/deploy/.pgpass',
      positives: (fake) => [
        `db.internal:5432:orders:app:${fake.alnum(14)}`,
        `*:*:*:replicator:${fake.alnum(10)}!7`,
        `10.0.0.12:6432:app:pgbouncer:${fake.alnum(16)}`,
        `pg2.internal:5433:*:backup:${fake.alnum(12)}`,
      ],
      negatives: [
        { text: 'localhost:5432:*:postgres:postgres', why: 'a well-known default (and no .pgpass path)' },
        { text: 'time 12:30:*:00:ready', why: 'not a .pgpass file' },
      ],
    },
  },
  {
    id: 'password-config-directive',
    title: 'Password in a space-separated Redis directive (requirepass, masterauth)',
    provider: 'Config files',
    // Not a bare `password ...` keyword: "password " fills ordinary code and prose, and each occurrence
    // would wake the rule (.netrc has its own rule).
    keywords: ['requirepass', 'masterauth'],
    // A directive alone on its line (`requirepass ...`). Unquoted, so the judge takes it only outside code.
    pattern: /(?:requirepass|masterauth)[ \t]{1,8}(?<secret>[^\s"'#;()=:]{4,128})[ \t]{0,8}(?:#.{0,200})?$/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/',
    risk: 'Logs in to the Redis server (or a replica to its primary) with full rights.',
    validate: (secret, match, context) =>
      // The directive starts its line (indentation aside).
      /^[ \t]{0,12}$/.test(context.line.slice(0, context.matchIndex)) && judgeDirectivePassword(secret, match, context),
    examples: {
      embed: false,
      path: 'config/redis.conf',
      positives: (fake) => [
        `requirepass ${fake.alnum(14)}`,
        `masterauth ${fake.alnum(10)}_${fake.digits(2)}`,
        `  requirepass ${fake.alnum(12)}   # rotated quarterly`,
      ],
      negatives: [
        { text: 'requirepass foobared', why: "redis.conf's documented example" },
        { text: '# requirepass <your-password>', why: 'placeholder' },
        { text: 'requirepass is required for this step', why: 'prose' },
        { text: 'requirepass $REDIS_PASSWORD', why: 'a variable' },
        { text: '  password varchar(255)', why: 'a SQL column type' },
      ],
    },
  },
  {
    id: 'powershell-securestring-literal',
    title: 'Plain-text password converted with ConvertTo-SecureString -AsPlainText',
    provider: 'PowerShell',
    keywords: ['convertto-securestring'],
    // The string after the cmdlet (its switches before or after it, as Microsoft's examples write
    // them) or piped into it; -AsPlainText is checked on the line.
    pattern:
      /(?:ConvertTo-SecureString\s{1,4}(?:-(?:AsPlainText|Force)\s{1,4}){0,2}(?:-String\s{1,4})?|(?<=^|[\s(=])(?=["'][^"'\s$]{4,128}["']\s{0,4}\|\s{0,4}ConvertTo-SecureString\b))(["'])(?<secret>[^"'\s]{4,128})\1/i,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring',
    risk: 'The password behind the PSCredential: logs in to the machines or services the script manages.',
    // PowerShell expands `$` in double quotes only: a single-quoted `$` is the password's own character.
    validate: (secret, match, context) =>
      !(secret.includes('$') && match.endsWith('"')) &&
      /-AsPlainText\b/i.test(context.line) &&
      judgeSecureStringPassword(secret, match, context),
    examples: {
      embed: false,
      positives: (fake) => [
        `$secure = ConvertTo-SecureString "${fake.alnum(12)}" -AsPlainText -Force`,
        `$pw = ConvertTo-SecureString -String 'Harbor${fake.digits(3)}!' -AsPlainText -Force`,
        `Set-ADAccountPassword -Identity svc -NewPassword (ConvertTo-SecureString -AsPlainText "${fake.alnum(12)}" -Force)`,
        `$secure = "${fake.alnum(12)}" | ConvertTo-SecureString -AsPlainText -Force`,
        `$pw = ConvertTo-SecureString 'Harbor${fake.digits(4)}$' -AsPlainText -Force`, // `$` is literal in single quotes
      ],
      negatives: [
        {
          text: '$secure = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force',
          why: 'read from the environment',
        },
        { text: '$secure = ConvertTo-SecureString "$password" -AsPlainText -Force', why: 'a variable' },
        {
          text: '$secure = ConvertTo-SecureString "pre$suffix" -AsPlainText -Force',
          why: 'a variable expanded in double quotes',
        },
        { text: '$secure = ConvertTo-SecureString "P@ssw0rd" -AsPlainText -Force', why: 'documentation example' },
        {
          text: '$s = ConvertTo-SecureString "01000000d08c9ddf0115d1118c7a00c04fc297eb01"',
          why: 'an encrypted standard string, not plain text',
        },
        { text: '$s = $env:PW | ConvertTo-SecureString -AsPlainText -Force', why: 'read from the environment' },
      ],
    },
  },
];
