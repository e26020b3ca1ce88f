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
