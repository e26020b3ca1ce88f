// Passwords given to command-line tools in the argument each tool's manual names for it: a flag
// whose letter means "password" only for that tool (`ldapsearch -w`, `redis-cli -a`, `sqlcmd -P`,
// `keytool -storepass`, `openssl -passout pass:`), or a position (`mysqladmin password NEW`,
// `htpasswd -b FILE USER PASSWORD`, `net use \\host\share PASSWORD`, `smbclient //host/share
// PASSWORD`). One table, one pattern: the argument is matched, and the tool it belongs to is
// checked earlier on the line. Candidates only; the shared judge (../judge) decides on the value.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { FakeTokens } from '../fakeTokens';
import { judgeCandidate, judgedPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';

interface CommandPasswordArgument {
  /** The tool, for the hover. */
  readonly tool: string;
  /** The tool's name as written on the line before the argument (tested case-insensitively). */
  readonly command: RegExp;
  /** What stands right before the password (pattern source, case-sensitive: `-P` is not `-p`). */
  readonly argument: string;
  /** Prefilter keywords: the tool's name. */
  readonly keywords: readonly string[];
  /** A command line with a password in that argument. */
  readonly example: (fake: FakeTokens) => string;
}

/** Case-insensitive source for a Windows word (`NET USE`, `net use`). */
const anyCase = (word: string) => [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');

// From each tool's manual page: the argument that takes the password in clear.
const ARGUMENTS: readonly CommandPasswordArgument[] = [
  {
    tool: 'OpenLDAP client -w',
    command: /\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b/i,
    argument: String.raw`\s-w\s{0,4}`,
    keywords: ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami'],
    example: (f) =>
      `ldapsearch -x -D "cn=admin,dc=corp,dc=local" -w ${f.alnum(12)} -b dc=corp; ldapmodify -D cn=admin -w ${f.alnum(10)}3 -f a.ldif; ldapadd -w ${f.alnum(10)}4 -f b.ldif; ldapdelete -w ${f.alnum(10)}5 uid=x; ldappasswd -w ${f.alnum(10)}6; ldapwhoami -w ${f.alnum(10)}7`,
  },
  {
    tool: 'redis-cli -a',
    command: /\bredis-cli\b/i,
    argument: String.raw`\s-a\s{1,4}`,
    keywords: ['redis-cli'],
    example: (f) => `redis-cli -h cache.internal -p 6379 -a ${f.alnum(14)} ping`,
  },
  {
    tool: 'MongoDB shell -p',
    command: /\bmongo(?:sh|dump|restore|export|import|stat|top|files)?\b(?![-.])/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['mongo ', 'mongosh', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport'],
    example: (f) =>
      `mongosh "mongodb://db:27017" -u admin -p ${f.alnum(12)}; mongo app -u admin -p ${f.alnum(12)}; mongodump -u backup -p ${f.alnum(12)}; mongorestore -u a -p ${f.alnum(11)}; mongoexport -u a -p ${f.alnum(11)}; mongoimport -u a -p ${f.alnum(11)}`,
  },
  {
    tool: 'SQL Server client -P',
    command: /\b(?:sqlcmd|bcp|osql)\b/i,
    argument: String.raw`\s-P\s{0,4}`,
    keywords: ['sqlcmd', 'bcp ', 'osql'],
    example: (f) =>
      `sqlcmd -S db01 -U sa -P ${f.alnum(12)} -Q "SELECT 1"; bcp dbo.t out t.dat -S db01 -U sa -P ${f.alnum(11)} -c; osql -U sa -P ${f.alnum(10)}`,
  },
  {
    tool: 'Azure CLI login -p',
    command: /\baz\s{1,4}login\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['az login'],
    example: (f) => `az login -u ops@contoso.com -p ${f.alnum(14)}`,
  },
  {
    tool: 'container registry login -p',
    command: /\b(?:podman|buildah|skopeo|helm\s{1,4}registry)\s{1,4}login\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['podman', 'buildah', 'skopeo', 'helm registry'],
    example: (f) =>
      `podman login -u ci -p ${f.alnum(16)} quay.io; buildah login -u ci -p ${f.alnum(16)} r.io; skopeo login -u ci -p ${f.alnum(16)} r.io; helm registry login r.io -u ci -p ${f.alnum(16)}`,
  },
  {
    tool: 'keytool/jarsigner store or key password',
    command: /\b(?:keytool|jarsigner)\b/i,
    argument: String.raw`\s-(?:src|dest|new)?(?:store|key)pass\s{1,4}`,
    keywords: ['keytool', 'jarsigner'],
    example: (f) =>
      `keytool -genkeypair -alias app -keystore app.jks -storepass ${f.alnum(12)} -keypass ${f.alnum(12)}; jarsigner -storepass ${f.alnum(12)} app.jar app`,
  },
  {
    tool: 'openssl pass: argument',
    command: /\bopenssl\b/i,
    argument: String.raw`\s-(?:passin|passout|pass|password)\s{1,4}pass:|\s-k\s{1,4}|\spasswd\s{1,4}(?:-(?:1|5|6|apr1|crypt)\s{1,4})?`,
    keywords: ['openssl'],
    example: (f) =>
      `openssl pkcs12 -export -in a.crt -inkey a.key -out a.p12 -passout pass:${f.alnum(12)}; openssl enc -aes-256-cbc -in f -out f.enc -k ${f.alnum(14)}; openssl passwd -6 ${f.alnum(10)}7`,
  },
  {
    tool: 'ssh-keygen passphrase',
    command: /\bssh-keygen\b/i,
    argument: String.raw`\s-[NP]\s{1,4}`,
    keywords: ['ssh-keygen'],
    example: (f) => `ssh-keygen -t ed25519 -N "${f.alnum(14)}" -f deploy_key`,
  },
  {
    tool: 'archive password',
    command: /\b(?:zip|unzip|7za?|7zr|rar|unrar)\b(?![-.])/i,
    argument: String.raw`\s-P\s{1,4}|\s-p(?=[^\s-])`,
    keywords: ['zip ', '7z ', '7za ', 'rar '],
    example: (f) =>
      `zip -r -P ${f.alnum(12)} backup.zip data/; 7z a -p${f.alnum(12)} b.7z data; 7za x -p${f.alnum(12)} b.7z; unrar x -p${f.alnum(12)} c.rar`,
  },
  {
    tool: 'mysqladmin password',
    command: /\bmysqladmin\b/i,
    argument: String.raw`\spassword\s{1,4}`,
    keywords: ['mysqladmin'],
    example: (f) => `mysqladmin -u root password ${f.alnum(12)}`,
  },
  {
    tool: 'htpasswd -b',
    command: /\bhtpasswd\b/i,
    argument: String.raw`\s-[a-zA-Z]{0,6}b[a-zA-Z]{0,6}(?:\s{1,4}-[a-zA-Z]{1,6}){0,3}\s{1,4}[^\s-]\S{0,200}\s{1,4}[^\s-]\S{0,63}\s{1,4}`,
    keywords: ['htpasswd'],
    example: (f) => `htpasswd -bc /etc/nginx/.htpasswd admin ${f.alnum(12)}`,
  },
  {
    tool: 'smbclient password argument',
    command: /\bsmbclient\b/i,
    argument: String.raw`\s//[^\s/]{1,100}/\S{1,100}\s{1,4}`,
    keywords: ['smbclient'],
    example: (f) => `smbclient //fs01/backup ${f.alnum(12)} -U svc_backup -c 'ls'`,
  },
  {
    tool: 'net use password argument',
    command: /\bnet(?:\.exe)?\s{1,4}use\b/i,
    argument: String.raw`\s\\\\[^\s\\]{1,100}\\\S{1,100}\s{1,4}|\s/${anyCase('user')}:\S{1,100}\s{1,4}`,
    keywords: ['net use'],
    example: (f) => `net use Z: \\\\fs01\\share ${f.alnum(12)} /user:CORP\\svc`,
  },
  {
    tool: 'net user password argument',
    command: /\bnet(?:\.exe)?\s{1,4}user\b/i,
    argument: String.raw`\s${anyCase('user')}\s{1,4}[^\s/]{1,64}\s{1,4}`,
    keywords: ['net user'],
    example: (f) => `net user deploy ${f.alnum(12)} /add`,
  },
  {
    tool: 'Windows /password: or /pass: switch',
    command: /\b(?:wmic|cmdkey|winrs)\b/i,
    argument: String.raw`\s/${anyCase('pass')}(?:${anyCase('word')})?:|\s-p(?:assword)?:`,
    keywords: ['wmic', 'cmdkey', 'winrs'],
    example: (f) =>
      `wmic /node:srv01 /user:CORP\\admin /password:${f.alnum(12)} process list; cmdkey /generic:git /user:ci /pass:${f.alnum(12)}; winrs -r:srv01 -u:admin -p:${f.alnum(12)} ipconfig`,
  },
  {
    tool: 'schtasks /RP',
    command: /\bschtasks\b/i,
    argument: String.raw`\s/[Rr][Pp]\s{1,4}`,
    keywords: ['schtasks'],
    example: (f) => `schtasks /create /tn Backup /tr backup.cmd /sc daily /ru CORP\\svc /rp ${f.alnum(12)}`,
  },
  {
    tool: 'sc config password=',
    command: /\bsc(?:\.exe)?\s{1,4}(?:config|create)\b/i,
    argument: String.raw`\s${anyCase('password')}=\s{0,4}`,
    keywords: ['sc config', 'sc create', 'sc.exe'],
    example: (f) =>
      `sc config MyService obj= CORP\\svc password= ${f.alnum(12)}; sc create S2 obj= a password= ${f.alnum(12)}; sc.exe config S3 password= ${f.alnum(12)}`,
  },
  {
    tool: 'vault login password=',
    command: /\bvault\s{1,4}login\b/i,
    argument: String.raw`\spassword=`,
    keywords: ['vault login'],
    example: (f) => `vault login -method=userpass username=ops password=${f.alnum(12)}`,
  },
  {
    tool: 'rabbitmqctl add_user',
    command: /\brabbitmqctl\b/i,
    argument: String.raw`\s(?:add_user|change_password)\s{1,4}[^\s-]\S{0,63}\s{1,4}`,
    keywords: ['rabbitmqctl'],
    example: (f) => `rabbitmqctl add_user app ${f.alnum(12)}`,
  },
  {
    tool: 'lftp -u user,password',
    command: /\blftp\b/i,
    argument: String.raw`\s-u\s{1,4}[^\s,"']{1,64},`,
    keywords: ['lftp'],
    example: (f) => `lftp -u deploy,${f.alnum(12)} sftp://files.internal`,
  },
  {
    tool: 'gpg --passphrase',
    command: /\bgpg2?\b/i,
    argument: String.raw`\s--passphrase[=\s]\s{0,4}`,
    keywords: ['gpg'],
    example: (f) => `gpg --batch --passphrase ${f.alnum(16)} -c backup.tar`,
  },
];

/** The password: not a variable (`$X`, `%X%`), a prompt (`*` alone), the next flag or switch, or a template. */
const VALUE = String.raw`["']?(?<secret>(?:\*(?=[^\s"'])|[^\s"'|;&<>$%\x60*/\\(){}\[\]-])[^\s"'|;&<>\x60]{0,127})`;

const COMMAND_PASSWORD = new RegExp(`(?:${ARGUMENTS.map((a) => a.argument).join('|')})${VALUE}`);

/** Each entry's argument, anchored, to tell which matched. */
const ANCHORED = ARGUMENTS.map((a) => ({ entry: a, argument: new RegExp(`^(?:${a.argument})`) }));

/** How far before its argument the tool's name may stand. */
const COMMAND_REACH = 200;

function judgeCommandPassword(secret: string, match: string, context: MatchContext): Verdict | false {
  const valueEnd = context.matchIndex + match.length;
  const upToValue = valueEnd - secret.length;
  const before = context.line.slice(Math.max(0, context.matchIndex - COMMAND_REACH), upToValue);
  for (const { entry, argument } of ANCHORED) {
    if (!argument.test(match)) continue;
    const command = entry.command.exec(before);
    if (command === null) continue;
    const verdict = judgeCandidate({
      name: 'password',
      value: secret,
      // A command written inside a string literal (`os.system("…")`) holds a literal value.
      quoted: /["']$/.test(before) || /["'`]/.test(before.slice(0, command.index)),
      context,
      // The argument is the name; the match opens with the blank before it.
      nameStart: context.matchIndex + 1,
      valueEnd,
      kind: 'password',
      form: `password given to ${entry.tool}`,
    });
    if (verdict !== false) return verdict;
  }
  return false;
}

/**
 * A flag and its value as two elements of an argument list (`["sshpass", "-p", "…", "ssh"]`,
 * `exec.Command("redis-cli", "-a", "…")`, `spawn("mysql", ["--password", "…"])`).
 */
const ARGV_PASSWORD =
  /["'](?<flag>-{1,2}[A-Za-z][\w-]{0,30})["']\s{0,4},\s{0,4}["'](?<secret>[^"'\n\\$%{<][^"'\n\\]{0,127})["']/;

/** Flags that mean "password" for any tool: `--password`, `-passwd`, `--db-pass`. */
const ANY_TOOL_PASSWORD_FLAG = /^--?(?:[a-z]{1,20}-)?pass(?:word|wd)?$/i;

/** Tools whose `-p` takes the password (password-cli-flag reads them on a command line). */
const SHORT_P_TOOLS = /["'](?:sshpass|psexec(?:64)?(?:\.exe)?|docker)["']/i;

/** The argument-list flags the prefilter wakes on, with a tool whose password each takes. */
const ARGV_FLAGS: readonly (readonly [flag: string, tool: string])[] = [
  ['-p', 'sshpass'],
  ['-w', 'ldapsearch'],
  ['-a', 'redis-cli'],
  ['-N', 'ssh-keygen'],
  ['--password', 'mysql'],
  ['--pass', 'rsync-backup'],
  ['-password', 'influx'],
  ['--passwd', 'backup-tool'],
  ['-storepass', 'keytool'],
  ['-keypass', 'keytool'],
  ['--passphrase', 'gpg'],
];

function judgeArgvPassword(secret: string, match: string, context: MatchContext): Verdict | false {
  const flag = ARGV_PASSWORD.exec(match)?.groups?.['flag'];
  if (flag === undefined) return false;
  const before = context.line.slice(Math.max(0, context.matchIndex - COMMAND_REACH), context.matchIndex);
  const spaced = ` ${flag} `;
  const ok =
    ANY_TOOL_PASSWORD_FLAG.test(flag) ||
    (flag === '-p' && SHORT_P_TOOLS.test(before)) ||
    ANCHORED.some(({ entry, argument }) => argument.test(spaced) && entry.command.test(before));
  return ok && judgeArgv(secret, match, context);
}

const judgeArgv = judgedPassword('password in an argument list', true);

export const commandArgumentRules: readonly Rule[] = [
  {
    id: 'password-command-argument',
    title:
      "Password in a tool's password argument (ldapsearch -w, redis-cli -a, sqlcmd -P, keytool -storepass, net use)",
    provider: 'Command line',
    keywords: [...new Set(ARGUMENTS.flatMap((a) => a.keywords))],
    pattern: COMMAND_PASSWORD,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Command lines end up in shell history, CI logs and process listings; the password logs in as that user.',
    validate: judgeCommandPassword,
    examples: {
      embed: false,
      path: 'scripts/ops.sh',
      // One positive per command: examples list several, separated by `; `.
      positives: (fake) => ARGUMENTS.flatMap((a) => a.example(fake).split('; ')),
      negatives: [
        { text: 'ldapsearch -x -W -D "cn=admin,dc=corp" -b dc=corp', why: '-W prompts for the password' },
        { text: 'ldapsearch -x -D "$BIND_DN" -w "$BIND_PW" -b dc=corp', why: 'read from the environment' },
        { text: 'redis-cli -a <password> ping', why: 'placeholder' },
        { text: 'sqlcmd -S db01 -U sa -P %SA_PASSWORD% -i init.sql', why: 'a Windows environment variable' },
        { text: 'keytool -list -keystore truststore.jks -storepass changeit', why: "the JDK's well-known default" },
        { text: 'openssl rsa -in a.key -passin env:KEY_PASS -out b.key', why: 'read from the environment' },
        { text: 'ssh-keygen -t ed25519 -N "" -f deploy_key', why: 'an empty passphrase' },
        { text: 'smbclient //fs01/backup -U backup -c ls', why: 'no password: prompted for' },
        { text: 'net use Z: \\\\fs01\\share * /user:CORP\\svc', why: '* prompts for the password' },
        { text: 'net user deploy /delete', why: 'no password' },
        { text: 'git commit -a -m "bump redis-cli"', why: 'not a redis-cli command line' },
        { text: 'mysqladmin -u root -p status', why: 'prompts for the password' },
      ],
    },
  },
  {
    id: 'password-argv-element',
    title: 'Password as the element after a password flag in an argument list (subprocess, exec.Command, spawn)',
    provider: 'Command line',
    keywords: ARGV_FLAGS.flatMap(([flag]) => [`"${flag.toLowerCase()}",`, `'${flag.toLowerCase()}',`]),
    pattern: ARGV_PASSWORD,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'The program passes the password on a command line: it is in the source and in process listings.',
    validate: judgeArgvPassword,
    examples: {
      embed: false,
      path: 'tools/sync.py',
      positives: (fake) =>
        ARGV_FLAGS.flatMap(([flag, tool]) => [
          `subprocess.run(["${tool}", "${flag}", "${fake.alnum(12)}", "--host", "db01"])`,
          `exec.Command('${tool}', '${flag}', '${fake.alnum(12)}')`,
        ]),
      negatives: [
        { text: 'subprocess.run(["sshpass", "-p", password, "ssh", host])', why: 'a variable' },
        {
          text: 'subprocess.run(["sshpass", "-p", os.environ["SSH_PASS"], "ssh", host])',
          why: 'read from the environment',
        },
        { text: 'subprocess.run(["tail", "-n", "20", "app.log"])', why: 'not a password flag' },
        { text: 'subprocess.run(["rsync", "-a", "dist/", "host:/srv"])', why: 'not redis-cli: -a is another flag' },
        { text: 'cmd = ["mysql", "--password", "{password}"]', why: 'a format field' },
      ],
    },
  },
];
