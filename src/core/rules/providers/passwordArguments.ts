// Passwords handed over in a form no assignment names: Samba's `-U user%password` (smbclient,
// rpcclient) and Java's `"…".toCharArray()` given to the key-store and key-spec calls that take a
// password (`KeyStore.load`, `getKey`, `setKeyEntry`, `KeyManagerFactory.init`, `PBEKeySpec`).
// Candidates only; the shared judge (../judge) decides on the password.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/**
 * A password the form itself names (the judge needs no setting name to know it is one), where the
 * line before the match holds `context` (the command or call the pattern itself does not reach
 * back to, which keeps it linear).
 */
function judgedPasswordAfter(form: string, context: RegExp) {
  const judge = judgedPassword(form, true);
  return (secret: string, match: string, ctx: MatchContext): false | Verdict =>
    context.test(ctx.line.slice(Math.max(0, ctx.matchIndex - CONTEXT_REACH), ctx.matchIndex)) &&
    judge(secret, match, ctx);
}

/** How far before its match a rule looks for the command or call. */
const CONTEXT_REACH = 200;

/** `-U user%password` or `--user=user%password`, on a Samba client's command line (SAMBA_CLIENT). */
const SAMBA_USER_PASSWORD = /(?:\s-U\s{0,4}|--user(?:name)?=)["']?[^\s%"']{1,64}%(?<secret>[^\s"']{1,128})/;
const SAMBA_CLIENT = /\b(?:smbclient|rpcclient)\b/;

/**
 * Impacket's target argument `[[domain/]user[:password]@]host` (`psexec.py CORP/admin:pw@10.0.0.5`):
 * the password runs to the `@` (Impacket splits there), after one of its example scripts (IMPACKET_TOOL).
 */
const IMPACKET_TARGET = /(?:^|[\s"'])(?:[\w.-]{1,64}\/)?[\w.$-]{1,64}:(?<secret>[^\s@"':/][^\s@"']{0,127})@[\w[]/;
/** Pass-the-hash: `-hashes LMHASH:NTHASH` (the LM half may be empty); the NT hash logs in like the password. */
const IMPACKET_HASHES = /\s-hashes\s{1,4}["']?(?:[0-9a-fA-F]{32})?:(?<secret>[0-9a-fA-F]{32})(?![0-9a-fA-F])/;
const IMPACKET_SCRIPTS = [
  'psexec',
  'smbexec',
  'wmiexec',
  'atexec',
  'dcomexec',
  'secretsdump',
  'getuserspns',
  'getnpusers',
  'gettgt',
  'getst',
  'mssqlclient',
  'smbclient',
  'lookupsid',
  'addcomputer',
  'changepasswd',
  'rbcd',
  'dacledit',
  'getadusers',
];
const IMPACKET_TOOL = new RegExp(String.raw`(?:\bimpacket-[a-z]{2,20}|\b(?:${IMPACKET_SCRIPTS.join('|')})\.py)\b`, 'i');
/** The NT hash of the empty password: every tutorial's placeholder, and no password at all. */
const EMPTY_NT_HASH = /^31d6cfe0d16ae931b73c59d7e0c089c0$/i;
const judgeNtHash = judgedPasswordAfter('NT hash given to -hashes (pass-the-hash)', IMPACKET_TOOL);

/** A literal converted to `char[]`, as the password argument of a key-store or key-spec call (KEY_STORE_CALL). */
const CHAR_ARRAY_LITERAL = /["'](?<secret>[^"'\n\\]{1,200})["']\.toCharArray\(\)/;
const KEY_STORE_CALL =
  /(?:\.(?:load|store|getKey|setKeyEntry|init)\(|new\s{1,4}PBEKeySpec\()[^;()]{0,160}(?:\([^;()]{0,80}\)[^;()]{0,80})?$/;

export const passwordArgumentRules: readonly Rule[] = [
  {
    id: 'samba-user-password',
    title: 'Password in a Samba client user argument (smbclient -U user%password)',
    provider: 'Secret sinks',
    keywords: ['smbclient', 'rpcclient'],
    pattern: SAMBA_USER_PASSWORD,
    confidence: 'medium',
    envVar: 'SMB_PASSWORD',
    docs: 'https://www.samba.org/samba/docs/current/man-html/smbclient.1.html',
    risk: 'Logs in to the file share as that user; the command line is also visible to other local users.',
    validate: judgedPasswordAfter('password after % in a Samba -U argument', SAMBA_CLIENT),
    examples: {
      embed: false,
      positives: (fake) => [
        `smbclient //fs01/backup -U svc_backup%${fake.alnum(12)} -c 'put db.tar'`,
        `rpcclient -U 'CORP\\\\admin%${fake.alnum(10)}7' 10.0.0.5`,
        `smbclient -L fs01 --user=ops%${fake.alnum(14)}`,
      ],
      negatives: [
        { text: 'smbclient //fs01/backup -U svc_backup -c ls', why: 'no password: prompted for' },
        { text: 'smbclient //fs01/share -U "$SMB_USER%$SMB_PASS"', why: 'read from the environment' },
        { text: 'smbclient -U user%password //host/share', why: 'the documentation placeholder' },
      ],
    },
  },
  {
    id: 'impacket-target-password',
    title: 'Password in an Impacket target argument (psexec.py DOMAIN/user:password@host)',
    provider: 'Secret sinks',
    keywords: [...IMPACKET_SCRIPTS.map((name) => `${name}.py`), 'impacket-'],
    pattern: IMPACKET_TARGET,
    confidence: 'medium',
    envVar: 'DOMAIN_PASSWORD',
    docs: 'https://github.com/fortra/impacket',
    risk: "A Windows domain account's password: it opens every host and share that account reaches.",
    validate: judgedPasswordAfter('password in an Impacket target (user:password@host)', IMPACKET_TOOL),
    examples: {
      embed: false,
      path: 'scripts/lateral.sh',
      positives: (fake) => [
        `secretsdump.py 'corp.local/svc_sql:${fake.alnum(10)}!7@dc01.corp.local'`,
        `impacket-wmiexec jdoe:${fake.alnum(12)}@192.168.56.10 whoami`,
        `python3 GetUserSPNs.py -request -dc-ip 10.0.0.1 corp.local/alice:${fake.alnum(11)}4@dc01`,
        // One line per example script, for each keyword.
        ...IMPACKET_SCRIPTS.map((script) => `${script}.py CORP/administrator:${fake.alnum(12)}@10.0.0.5`),
      ],
      negatives: [
        { text: 'psexec.py CORP/administrator@10.0.0.5', why: 'no password: prompted for' },
        { text: 'secretsdump.py -hashes :$NTHASH corp/admin@dc01', why: 'no password in the target' },
        { text: 'wmiexec.py "$DOMAIN/$USER:$PASSWORD@$TARGET"', why: 'variables' },
        { text: 'psexec.py domain/username:password@target', why: "the usage line's placeholders" },
        { text: 'git clone ssh://git:repo@host', why: 'not after an Impacket script' },
      ],
    },
  },
  {
    id: 'impacket-ntlm-hash',
    title: 'NT hash given for pass-the-hash (Impacket -hashes LM:NT)',
    provider: 'Secret sinks',
    keywords: ['-hashes'],
    pattern: IMPACKET_HASHES,
    confidence: 'medium',
    envVar: 'NT_HASH',
    docs: 'https://github.com/fortra/impacket',
    risk: 'An NT hash logs in as its account without the password (pass-the-hash): treat it as the password and reset it.',
    validate: (secret, match, context) => !EMPTY_NT_HASH.test(secret) && judgeNtHash(secret, match, context),
    examples: {
      embed: false,
      path: 'scripts/lateral.sh',
      positives: (fake) => [
        `wmiexec.py -hashes aad3b435b51404eeaad3b435b51404ee:${fake.hex(32)} CORP/admin@10.0.0.5`,
        `impacket-psexec -hashes :${fake.hex(32)} administrator@192.168.1.20`,
      ],
      negatives: [
        { text: 'psexec.py -hashes :31d6cfe0d16ae931b73c59d7e0c089c0 admin@host', why: 'the empty password' },
        { text: 'psexec.py -hashes LMHASH:NTHASH admin@host', why: 'placeholders' },
        { text: (fake) => `my_tool --hashes :${fake.hex(32)}`, why: 'not an Impacket script' },
      ],
    },
  },
  {
    id: 'java-char-array-password',
    title: 'Password literal given as a char[] to a key-store or key-spec call (KeyStore.load, PBEKeySpec)',
    provider: 'Secret sinks',
    keywords: ['.tochararray()'],
    pattern: CHAR_ARRAY_LITERAL,
    confidence: 'medium',
    envVar: 'KEYSTORE_PASSWORD',
    docs: DOCS,
    risk: 'Opens the key store (and the private keys in it) wherever the store file is found.',
    validate: judgedPasswordAfter('literal password given as a char[]', KEY_STORE_CALL),
    examples: {
      embed: false,
      positives: (fake) => [
        `ks.load(new FileInputStream("keystore.jks"), "${fake.alnum(12)}".toCharArray());`,
        `Key key = ks.getKey("server", "${fake.alnum(12)}".toCharArray());`,
        `kmf.init(keyStore, "${fake.alnum(14)}".toCharArray());`,
        `KeySpec spec = new PBEKeySpec("${fake.alnum(16)}".toCharArray(), salt, 65536, 256);`,
      ],
      negatives: [
        { text: 'ks.load(in, password.toCharArray());', why: 'a variable' },
        { text: 'private static final char[] HEX = "0123456789abcdef".toCharArray();', why: 'not a password argument' },
        { text: 'ks.load(in, "changeit".toCharArray());', why: "the JDK's well-known default" },
      ],
    },
  },
];
