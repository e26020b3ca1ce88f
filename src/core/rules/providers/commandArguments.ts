// Passwords given to command-line tools in the argument each tool's manual names for it: a flag
// whose letter means "password" only for that tool (`ldapsearch -w`, `redis-cli -a`, `sqlcmd -P`,
// `keytool -storepass`, `openssl -passout pass:`), or a position (`mysqladmin password NEW`,
// `htpasswd -b FILE USER PASSWORD`, `net use \\host\share PASSWORD`, `smbclient //host/share
// PASSWORD`). One table (./commandPasswordTable.ts), two patterns (flags, positions): the argument
// is matched, and the tool it belongs to is checked earlier on the line. Candidates only; the
// shared judge (../judge) decides on the value.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import {
  ALL_COMMAND_PASSWORD_ARGUMENTS,
  type CommandPasswordArgument,
  COMMAND_PASSWORD_ARGUMENTS,
  REMOTE_TOOL_PASSWORD_ARGUMENTS,
  WINDOWS_TOOL_PASSWORD_ARGUMENTS,
} from './commandPasswordTable';
import { judgeCandidate, judgedPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';

/**
 * The password: not a variable (`$X`, `%X%`), a prompt (`*` alone), the next flag or switch, or a
 * template; a whole shell word (a closing quote, a blank or an operator follows).
 */
const VALUE = String.raw`["']?(?<secret>(?:\*(?=[^\s"'])|[^\s"'|;&<>$%\x60*/\\(){}\[\]-])[^\s"'|;&<>\x60]{0,127})(?=["']?(?:[\s;&|)]|$))`;

/** The table's flags and positions: two patterns, each small enough for recheck to prove linear. */
const FLAG_ARGUMENTS = COMMAND_PASSWORD_ARGUMENTS.filter((a) => a.positional !== true);
const REMOTE_TOOL_FLAG_ARGUMENTS = REMOTE_TOOL_PASSWORD_ARGUMENTS.filter((a) => a.positional !== true);
const WINDOWS_TOOL_FLAG_ARGUMENTS = WINDOWS_TOOL_PASSWORD_ARGUMENTS.filter((a) => a.positional !== true);
const POSITIONAL_ARGUMENTS = ALL_COMMAND_PASSWORD_ARGUMENTS.filter((a) => a.positional === true);
// Tools sharing an argument (`-P`: sqlcmd, tsql) share its alternative.
const patternOf = (entries: readonly CommandPasswordArgument[]) =>
  new RegExp(`(?:${[...new Set(entries.map((a) => a.argument))].join('|')})${VALUE}`);

/** Each entry's argument, anchored, to tell which matched. */
const ANCHORED = ALL_COMMAND_PASSWORD_ARGUMENTS.map((a) => ({ entry: a, argument: new RegExp(`^(?:${a.argument})`) }));

/** A manual's synopsis names the value after its flag (`-storepass storepass`, `-w passwd`). */
function namesItsArgument(secret: string, match: string): boolean {
  const argument = match.slice(0, match.length - secret.length).replace(/[^A-Za-z]/g, '');
  return argument.length > 0 && argument.toLowerCase().endsWith(secret.toLowerCase());
}

/** How far before its argument the tool's name may stand. */
const COMMAND_REACH = 200;

function judgeCommandPassword(secret: string, match: string, context: MatchContext): Verdict | false {
  const valueEnd = context.matchIndex + match.length;
  const upToValue = valueEnd - secret.length;
  const before = context.line.slice(Math.max(0, context.matchIndex - COMMAND_REACH), upToValue);
  for (const { entry, argument } of ANCHORED) {
    if (!argument.test(match)) continue;
    const command = entry.command.exec(before);
    if (command === null || namesItsArgument(secret, match)) continue;
    // A command written inside a string literal (`os.system("…")`) holds a literal value; but a
    // lowercase word there is as likely prose that names a tool ("net user password argument").
    const inString = /["'`]/.test(before.slice(0, command.index));
    if (inString && /^[a-z]+$/.test(secret)) continue;
    const verdict = judgeCandidate({
      name: 'password',
      value: secret,
      quoted: /["']$/.test(before) || inString,
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
  /["'](?<flag>-{1,2}[A-Za-z][\w-]{0,30})["']\s{0,4},\s{0,4}["'](?<secret>[^"'\n\\$%{<-][^"'\n\\]{0,127})["']/;

/** A string element, a comma and maybe the opening of the argument array, right before the flag. */
const PREVIOUS_ELEMENT = /["']\s{0,4},\s{0,4}\[?\s{0,4}$/;

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
  // An element of a command's argument list: the program or another argument comes first
  // (`["sshpass", "-p", …]`, `spawn("mysql", ["--password", …])`), not a table of pairs.
  if (!PREVIOUS_ELEMENT.test(before)) return false;
  const spaced = ` ${flag} `;
  const ok =
    ANY_TOOL_PASSWORD_FLAG.test(flag) ||
    (flag === '-p' && SHORT_P_TOOLS.test(before)) ||
    ANCHORED.some(({ entry, argument }) => argument.test(spaced) && entry.command.test(before));
  return ok && judgeArgv(secret, match, context);
}

const judgeArgv = judgedPassword('password in an argument list', true);

/** What the flag and position rules report and how they judge: the same for both tables. */
const COMMAND_PASSWORD_FINDING = {
  confidence: 'medium',
  envVar: 'SERVICE_PASSWORD',
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  risk: 'Command lines end up in shell history, CI logs and process listings; the password logs in as that user.',
  validate: judgeCommandPassword,
} as const;

export const commandArgumentRules: readonly Rule[] = [
  {
    id: 'password-command-argument',
    title:
      "Password after a tool's password flag (ldapsearch -w, redis-cli -a, sqlcmd -P, keytool -storepass, openssl pass:)",
    provider: 'Command line',
    keywords: [...new Set(FLAG_ARGUMENTS.flatMap((a) => a.keywords))],
    pattern: patternOf(FLAG_ARGUMENTS),
    ...COMMAND_PASSWORD_FINDING,
    examples: {
      embed: false,
      path: 'scripts/ops.sh',
      // One positive per command: examples list several, separated by `; `.
      positives: (fake) => FLAG_ARGUMENTS.flatMap((a) => a.example(fake).split('; ')),
      negatives: [
        { text: 'ldapsearch -x -W -D "cn=admin,dc=corp" -b dc=corp', why: '-W prompts for the password' },
        { text: 'ldapsearch -x -D "$BIND_DN" -w "$BIND_PW" -b dc=corp', why: 'read from the environment' },
        { text: 'redis-cli -a <password> ping', why: 'placeholder' },
        { text: 'sqlcmd -S db01 -U sa -P %SA_PASSWORD% -i init.sql', why: 'a Windows environment variable' },
        { text: 'keytool -list -keystore truststore.jks -storepass changeit', why: "the JDK's well-known default" },
        { text: 'openssl rsa -in a.key -passin env:KEY_PASS -out b.key', why: 'read from the environment' },
        { text: 'ssh-keygen -t ed25519 -N "" -f deploy_key', why: 'an empty passphrase' },
        { text: 'git commit -a -m "bump redis-cli"', why: 'not a redis-cli command line' },
        { text: 'mysqladmin -u root -p status', why: 'prompts for the password' },
        {
          text: 'keytool -genkeypair -keystore keystore -storepass storepass',
          why: 'a synopsis: the value names its flag',
        },
        { text: 'Invoke-Sqlcmd -ServerInstance db01 -Password $env:SA_PASSWORD', why: '-Password is not sqlcmd -P' },
        { text: 'security import dist.p12 -k build.keychain -P "$P12_PASSWORD" -A', why: 'read from the environment' },
        {
          text: 'eas secret:create --name SENTRY_AUTH_TOKEN --value "$SENTRY_AUTH_TOKEN"',
          why: 'read from the environment',
        },
        { text: 'eas env:create --name API_URL --value <value> --environment production', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'password-remote-tool-argument',
    title:
      "Password after a remote-access or device tool's password flag (ipmitool -P, xfreerdp /p:, plink -pw, snmpwalk -A, nmcli password)",
    provider: 'Command line',
    keywords: [...new Set(REMOTE_TOOL_FLAG_ARGUMENTS.flatMap((a) => a.keywords))],
    pattern: patternOf(REMOTE_TOOL_FLAG_ARGUMENTS),
    ...COMMAND_PASSWORD_FINDING,
    examples: {
      embed: false,
      path: 'scripts/ops.sh',
      // One positive per command: examples list several, separated by `; `.
      positives: (fake) => REMOTE_TOOL_FLAG_ARGUMENTS.flatMap((a) => a.example(fake).split('; ')),
      negatives: [
        { text: 'rdesktop -u admin -p - 10.0.0.9 < pass.txt', why: '-p - reads the password from standard input' },
        { text: 'ipmitool -I lanplus -H 10.0.0.20 -U admin -E sel list', why: '-E reads IPMI_PASSWORD' },
        { text: 'snmpwalk -v3 -l authPriv -u mon -a SHA -A "$SNMP_AUTH" 10.0.0.1', why: 'read from the environment' },
        { text: 'nmcli connection modify Office wifi-sec.psk-flags 1', why: 'a flags setting, not the key' },
        { text: 'xfreerdp /v:10.0.0.9 /u:admin /p:%RDP_PASS%', why: 'a Windows environment variable' },
      ],
    },
  },
  {
    id: 'password-windows-tool-argument',
    title:
      "Password after a Windows administration tool's password switch (netdom /passwordd:, dsadd -pwd, ktpass /pass)",
    provider: 'Command line',
    keywords: [...new Set(WINDOWS_TOOL_FLAG_ARGUMENTS.flatMap((a) => a.keywords))],
    pattern: patternOf(WINDOWS_TOOL_FLAG_ARGUMENTS),
    ...COMMAND_PASSWORD_FINDING,
    examples: {
      embed: false,
      path: 'scripts/join.cmd',
      // One positive per command: examples list several, separated by `; `.
      positives: (fake) => WINDOWS_TOOL_FLAG_ARGUMENTS.flatMap((a) => a.example(fake).split('; ')),
      negatives: [
        {
          text: 'netdom join ws01 /domain:corp.local /userd:CORP\\ops /passwordd:*',
          why: '* prompts for the password',
        },
        { text: 'dsadd user "CN=Temp,OU=Staff,DC=corp,DC=local" -pwd *', why: '* prompts for the password' },
        { text: 'ktpass /princ HTTP/web@CORP.LOCAL /mapuser svc_web /pass * /out web.keytab', why: 'prompts' },
        { text: 'choco apikey --key $env:CHOCO_API_KEY --source https://push.chocolatey.org/', why: 'a variable' },
      ],
    },
  },
  {
    id: 'password-command-positional',
    title: "Password at a tool's password position (net use, net user, smbclient, htpasswd -b, mysqladmin password)",
    provider: 'Command line',
    keywords: [...new Set(POSITIONAL_ARGUMENTS.flatMap((a) => a.keywords))],
    pattern: patternOf(POSITIONAL_ARGUMENTS),
    ...COMMAND_PASSWORD_FINDING,
    examples: {
      embed: false,
      path: 'scripts/ops.cmd',
      // One positive per command: examples list several, separated by `; `.
      positives: (fake) => POSITIONAL_ARGUMENTS.flatMap((a) => a.example(fake).split('; ')),
      negatives: [
        { text: 'smbclient //fs01/backup -U backup -c ls', why: 'no password: prompted for' },
        { text: 'net use Z: \\\\fs01\\share * /user:CORP\\svc', why: '* prompts for the password' },
        { text: 'net use Y: \\\\fs01\\backup %SHARE_PASSWORD% /user:CORP\\svc', why: 'a Windows environment variable' },
        { text: 'net user deploy /delete', why: 'no password' },
        { text: 'net user deploy * /add', why: '* prompts for the password' },
        { text: 'htpasswd -b .htpasswd username password', why: 'placeholder' },
        { text: 'mysqladmin -u root -p status', why: 'prompts for the password' },
        { text: 'rabbitmqctl add_user "$RABBIT_USER" "$RABBIT_PASS"', why: 'variables' },
        { text: "  { tool: 'net user password argument' },", why: 'prose in a string, not a command line' },
        { text: 'wpa_passphrase HomeNet > /etc/wpa_supplicant.conf', why: 'no passphrase: read from standard input' },
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
        {
          text: "const FLAGS = [['--password', 'mysql'], ['-a', 'redis-cli']];",
          why: 'a table of pairs, not an argument list',
        },
      ],
    },
  },
];
