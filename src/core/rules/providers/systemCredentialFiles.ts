// Credentials in system files: Samba's smbpasswd and pwdump-style NTLM hash lines
// (`user:rid:LM:NT:::`), and CIFS mount options (`username=…,password=…` in /etc/fstab or a
// `mount -t cifs -o` line, which a leading `//server/share` makes look like a comment to the judge).
// Formats from the Samba and mount.cifs manuals.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import type { Rule } from '../types';

const judgeMountPassword = judgedPassword('password in CIFS mount options', true);
/** `//server/share` opening an fstab line, kept as wide as it was so offsets hold. */
const UNC_SHARE_START = /^[ \t]{0,8}\/\/(?=[\w.-]{1,253}\/)/;

export const systemCredentialFileRules: readonly Rule[] = [
  {
    id: 'ntlm-hash-line',
    title: 'NT password hash of an account (smbpasswd, pwdump output)',
    provider: 'Password hash',
    // The LM field as it is today: disabled (`X` × 32) or the hash of the empty password.
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
