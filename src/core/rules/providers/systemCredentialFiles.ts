// Credentials in system and server files: Samba's smbpasswd and pwdump-style NTLM hash lines
// (`user:rid:LM:NT:::`), CIFS mount options (`username=...,password=...` in /etc/fstab or a
// `mount -t cifs -o` line, which a leading `//server/share` makes look like a comment to the judge),
// Jetty's reversible `OBF:` passwords and WildFly's user property files. Formats from the Samba,
// mount.cifs, Jetty and WildFly manuals.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import type { Rule } from '../types';

const judgeMountPassword = judgedPassword('password in CIFS mount options', true);
const judgeObfuscatedPassword = judgedPassword('Jetty-obfuscated password', true);
/** `//server/share` opening an fstab line, kept as wide as it was so offsets hold. */
const UNC_SHARE_START = /^[ \t]{0,8}\/\/(?=[\w.-]{1,253}\/)/;

/** Jetty's `Password.deobfuscate`: 4 base-36 digits per byte (5 with a `U` for bytes over 127). */
export function jettyDeobfuscate(obfuscated: string): string | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < obfuscated.length; i += 4) {
    if (obfuscated[i] === 'U') {
      i++;
      bytes.push(parseInt(obfuscated.slice(i, i + 4), 36) >> 8);
    } else {
      const n = parseInt(obfuscated.slice(i, i + 4), 36);
      bytes.push((Math.floor(n / 256) + (n % 256) - 254) / 2);
    }
  }
  const text = String.fromCharCode(...bytes);
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

/** Jetty's `Password.obfuscate` for ASCII text, for the examples. */
export function jettyObfuscate(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const b1 = text.charCodeAt(i);
    const b2 = text.charCodeAt(text.length - (i + 1));
    out += ((127 + b1 + b2) * 256 + (127 + b1 - b2)).toString(36).padStart(4, '0');
  }
  return out;
}

/** The digest WildFly's shipped mgmt-users.properties shows, commented, as its example. */
const WILDFLY_SHIPPED_DIGEST = '2a0923285184943425d1f53ddd58ec7a';

/** crypt(3)'s salt and hash characters. */
const DES_ALPHABET = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The characters a DES hash can end with: its 11 characters carry 64 bits, so the last holds 4 (values divisible by 4). */
const DES_LAST = '.26AEIMQUYcgkosw';

/** Whether `value` (13 characters of DES_ALPHABET) can be a traditional DES crypt(3) hash. */
function isDesCrypt(value: string): boolean {
  if (!DES_LAST.includes(value[12]!)) return false;
  // Hash output mixes cases and digits; a word or a run of one character is no hash.
  const kinds = Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9./]/.test(value));
  return kinds >= 2 && new Set(value).size >= 6;
}

export const systemCredentialFileRules: readonly Rule[] = [
  {
    id: 'jetty-obfuscated-password',
    title: "Password in Jetty's reversible OBF: form",
    provider: 'Jetty',
    keywords: ['obf:'],
    pattern: /\bOBF:(?<secret>(?:[0-9a-z]{4}|U[0-9a-z]{4}){2,128})(?![0-9A-Za-z])/,
    confidence: 'medium',
    envVar: 'KEYSTORE_PASSWORD',
    docs: 'https://jetty.org/docs/jetty/12/operations-guide/tools/index.html',
    risk: 'OBF: is an encoding, not encryption: anyone with the file reads the keystore or realm password.',
    validate: (secret, match, context) => {
      const password = jettyDeobfuscate(secret);
      return password !== undefined && judgeObfuscatedPassword(password, match.replace(secret, password), context);
    },
    examples: {
      embed: false,
      path: 'etc/jetty-ssl-context.xml',
      positives: (fake) => [
        `jetty.sslContext.keyStorePassword=OBF:${jettyObfuscate(`${fake.alnum(10)}7`)}`,
        `admin: OBF:${jettyObfuscate(`${fake.alnum(12)}`)},server-administrator`,
        `<Set name="KeyStorePassword">OBF:${jettyObfuscate(`${fake.alnum(9)}!2`)}</Set>`,
      ],
      negatives: [
        { text: `password=OBF:${jettyObfuscate('changeit')}`, why: 'a well-known default, obfuscated' },
        { text: 'OBF:zzzzzzzz', why: 'not an obfuscated password' },
      ],
    },
  },
  {
    id: 'wildfly-user-properties',
    title: 'Password digest of a WildFly/JBoss user (mgmt-users.properties, application-users.properties)',
    provider: 'WildFly',
    keywords: [],
    // `user=HEX(MD5(user:realm:password))`: crackable offline, and a login for HTTP Digest as it stands.
    pattern: /^(?<name>[\w.@-]{1,64})=(?<secret>[0-9a-f]{32})[ \t]{0,8}$/,
    paths: /(?:^|\/)(?:mgmt|application)-users\.properties$/,
    wakesOnEveryLine: true,
    confidence: 'medium',
    envVar: 'WILDFLY_PASSWORD',
    docs: 'https://docs.wildfly.org/32/Admin_Guide.html#add-user-utility',
    risk: 'The digest logs in to the management console over HTTP Digest as it stands, and weak passwords crack offline.',
    validate: (secret) =>
      // The digest the shipped file shows, commented, as its example.
      secret !== WILDFLY_SHIPPED_DIGEST && { why: 'password digest of a WildFly user (crackable offline)' },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'standalone/configuration/mgmt-users.properties',
      positives: (fake) => [`admin=${fake.hex(32)}`, `deploy.bot=${fake.hex(32)}`],
      negatives: [
        { text: '#admin=2a0923285184943425d1f53ddd58ec7a', why: "the shipped file's commented example" },
        { text: 'admin=2a0923285184943425d1f53ddd58ec7a', why: "the shipped file's example digest" },
      ],
    },
  },
  {
    id: 'des-crypt-password-file',
    title: 'DES crypt(3) password hash of a login (.htpasswd, passwd-format files)',
    provider: 'Password hash',
    // `user:` and 13 characters (2 of salt, 11 of hash): nothing literal to key on, so the rule runs
    // on every line of the files Apache's htpasswd and FTP servers' AuthUserFile use.
    keywords: [],
    wakesOnEveryLine: true,
    paths: /(?:^|\/)(?:[\w.-]{0,64}htpasswd[\w.-]{0,64}|(?:[\w-]{0,32}\.)?passwd)$/i,
    pattern: /^(?<name>[a-z_][\w.@-]{0,63}):(?<secret>[./0-9A-Za-z]{13})(?=:|[ \t]{0,4}$)/,
    confidence: 'medium',
    envVar: 'PASSWORD_HASH',
    docs: 'https://httpd.apache.org/docs/2.4/misc/password_encryptions.html',
    risk: 'DES crypt reads only the first 8 characters of a password and cracks in hours on one GPU; the login then works as its user.',
    validate: (secret) => isDesCrypt(secret) && { why: 'DES crypt hash of a login (crackable offline)' },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      path: 'public/.htpasswd',
      positives: (fake) => [
        `admin:${fake.from(DES_ALPHABET, 12)}${fake.from(DES_LAST, 1)}`,
        `ftpuser:${fake.from(DES_ALPHABET, 12)}${fake.from(DES_LAST, 1)}:1001:1001::/srv/ftp:/bin/false`,
      ],
      negatives: [
        { text: 'root:x:0:0:root:/root:/bin/bash', why: 'the hash lives in the shadow file' },
        { text: 'locked:!', why: 'a locked account' },
        { text: 'admin:administrator', why: 'cannot end a DES hash (its last character carries 4 bits)' },
        { text: 'backup:aaaaaaaaaaaaa', why: 'one character repeated' },
        {
          text: (fake) => `admin:${fake.from(DES_ALPHABET, 12)}${fake.from(DES_LAST, 1)}`,
          path: 'data/users.txt',
          why: 'not a password file',
        },
      ],
    },
  },
  {
    id: 'ntlm-hash-line',
    title: 'NT password hash of an account (smbpasswd, pwdump output)',
    provider: 'Password hash',
    // The LM field as it is today: disabled (`X` x 32) or the hash of the empty password.
    keywords: ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:', 'aad3b435b51404eeaad3b435b51404ee:'],
    pattern: /^[^:\s]{1,64}:\d{1,10}:(?:X{32}|aad3b435b51404eeaad3b435b51404ee):(?<secret>[0-9A-Fa-f]{32}):/i,
    confidence: 'medium',
    envVar: 'NT_HASH',
    docs: 'https://www.samba.org/samba/docs/current/man-html/smbpasswd.5.html',
    risk: 'An NT hash logs in as the account without cracking (pass-the-hash), and weak passwords crack fast.',
    // The NT hash of the empty password is no credential.
    validate: (secret) =>
      secret.toLowerCase() !== '31d6cfe0d16ae931b73c59d7e0c089c0' && {
        why: 'NT hash of an account: usable as the password itself (pass-the-hash)',
      },
    skipPlaceholderFilter: true,
    examples: {
      embed: false,
      positives: (fake) => [
        `deploy:1000:${'X'.repeat(32)}:${fake.upperHex(32)}:[U          ]:LCT-5F1E2A3B:`,
        `Administrator:500:${['aad3b435', 'b51404ee'].join('').repeat(2)}:${fake.hex(32)}:::`,
      ],
      negatives: [
        {
          text: `Guest:501:${['aad3b435', 'b51404ee'].join('').repeat(2)}:31d6cfe0d16ae931b73c59d7e0c089c0:::`,
          why: 'the NT hash of the empty password',
        },
        { text: `nobody:65534:${'X'.repeat(32)}:${'X'.repeat(32)}:[DU         ]:LCT-00000000:`, why: 'disabled' },
      ],
    },
  },
  {
    id: 'cifs-mount-password',
    title: 'Password in CIFS/SMB mount options (fstab, mount -o)',
    provider: 'Config files',
    keywords: ['cifs', 'smbfs'],
    // The option anywhere on a line that names the file system (fstab lists options after it, `mount` before).
    pattern: /(?<=[\s,])pass(?:word)?=(?<secret>[^\s,"']{1,128})/,
    confidence: 'medium',
    envVar: 'SMB_PASSWORD',
    docs: 'https://www.samba.org/samba/docs/current/man-html/mount.cifs.8.html',
    risk: 'Mounts the share as that Windows or Samba user: its files, and often a domain login.',
    validate: (secret, match, context) =>
      /\b(?:cifs|smbfs)\b/.test(context.line) &&
      // An fstab line opens with the share's UNC path (`//server/share`), not a comment.
      judgeMountPassword(secret, match, {
        ...context,
        line: context.line.replace(UNC_SHARE_START, (m) => ' '.repeat(m.length)),
      }),
    examples: {
      embed: false,
      path: 'etc/fstab',
      positives: (fake) => [
        `//fs01.corp.net/share /mnt/share cifs username=deploy,password=${fake.alnum(12)}7,uid=1000 0 0`,
        `sudo mount -t cifs -o username=ops,pass=${fake.alnum(14)} //nas.corp.net/backup /mnt/backup`,
        `mount -o user=svc,password=${fake.alnum(10)}#2 -t smbfs //nas/media /media`,
      ],
      negatives: [
        {
          text: '//fs01/share /mnt/share cifs credentials=/root/.smbcredentials,uid=1000 0 0',
          why: 'a credentials file',
        },
        { text: 'mount -t cifs -o username=$SMB_USER,password=$SMB_PASS //nas/x /mnt', why: 'variables' },
        { text: '//server/share /mnt cifs username=user,password=password 0 0', why: 'placeholder' },
      ],
    },
  },
];
