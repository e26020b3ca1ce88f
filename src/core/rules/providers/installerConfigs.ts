// Passwords in unattended-installation files, as image-build repositories (Packer, Vagrant boxes,
// PXE setups) hold them: Windows answer files (Autounattend.xml: `<Password><Value>` plain or
// base64 of UTF-16LE text), Debian preseed (`d-i passwd/root-password password ...`), Red Hat
// Kickstart and OpenLDAP's slapd.conf (`rootpw ...`). Formats from Microsoft's unattend reference,
// the Debian installation guide's preseed appendix, the Kickstart reference and slapd.conf(5).
// Candidates only; the shared judge decides.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { decodeBase64 } from '../valueChecks';

const judgeInstallerPassword = judgedPassword('password in an unattended-installation file', true);

/** `<AdministratorPassword>` / `<Password>` then `<Value>`, and `<PlainText>` when written. */
const UNATTEND_PASSWORD =
  /<(?<name>(?:Administrator)?Password)>\s{0,40}<Value>(?<secret>[^<\s]{1,256})<\/Value>(?:\s{0,40}<PlainText>(?<plain>true|false)<\/PlainText>)?/;

/**
 * An answer file hides a password (`PlainText` false) as base64 of its UTF-16LE text followed by the
 * element's name; the judge sees the password itself.
 */
function judgeUnattendPassword(secret: string, match: string, context: MatchContext): false | Verdict {
  const groups = UNATTEND_PASSWORD.exec(match)?.groups;
  if (groups?.['plain'] !== 'false') return judgeInstallerPassword(secret, match, context);
  const text = decodeBase64(secret.replace(/=+$/, ''))?.toString('utf16le');
  const suffix = groups['name']!;
  if (text === undefined || !text.endsWith(suffix)) return false;
  const password = text.slice(0, -suffix.length);
  return password.length > 0 && judgeInstallerPassword(password, match.replace(secret, password), context);
}

function unattendValue(password: string, element: string): string {
  return Buffer.from(password + element, 'utf16le').toString('base64');
}

export const installerConfigRules: readonly Rule[] = [
  {
    id: 'unattend-password',
    title: 'Password in a Windows answer file (Autounattend.xml, unattend.xml)',
    provider: 'Windows Setup',
    keywords: ['password>'],
    pattern: UNATTEND_PASSWORD,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'ADMIN_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-administratorpassword',
    risk: 'Every machine installed from the file has that administrator or user login; the base64 form hides nothing.',
    validate: judgeUnattendPassword,
    examples: {
      embed: false,
      path: 'packer/windows/Autounattend.xml',
      positives: (fake) => [
        `<AdministratorPassword>\n  <Value>${unattendValue(`${fake.alnum(10)}!4`, 'AdministratorPassword')}</Value>\n  <PlainText>false</PlainText>\n</AdministratorPassword>`,
        `<Password>\r\n  <Value>${fake.alnum(12)}7</Value>\r\n  <PlainText>true</PlainText>\r\n</Password>`,
        `<Password><Value>${unattendValue(`${fake.alnum(12)}`, 'Password')}</Value><PlainText>false</PlainText></Password>`,
      ],
      negatives: [
        { text: '<Password>\n  <Value></Value>\n  <PlainText>true</PlainText>\n</Password>', why: 'blank' },
        {
          text: `<Password>\n  <Value>${Buffer.from('Password', 'utf16le').toString('base64')}</Value>\n  <PlainText>false</PlainText>\n</Password>`,
          why: 'an empty password, hidden',
        },
        {
          text: '<Password>\n  <Value>{{ user `winrm_password` }}</Value>\n</Password>',
          why: 'a Packer template variable',
        },
      ],
    },
  },
  {
    id: 'preseed-password',
    title: 'Password in a Debian/Ubuntu preseed file',
    provider: 'Debian installer',
    keywords: ['passwd/'],
    // `d-i passwd/root-password password ...`, `-again`, `-crypted`, and the first user's (`user-password`).
    pattern:
      /^[ \t]{0,8}d-i[ \t]{1,8}passwd\/(?:root|user)-password(?:-again|-crypted)?[ \t]{1,8}password[ \t]{1,8}(?<secret>\S{1,256})/,
    confidence: 'medium',
    envVar: 'ROOT_PASSWORD',
    docs: 'https://www.debian.org/releases/stable/amd64/apbs04.en.html#preseed-account',
    risk: 'Every machine installed from the file accepts that root or user login.',
    validate: judgeInstallerPassword,
    examples: {
      embed: false,
      path: 'http/preseed.cfg',
      positives: (fake) => [
        `d-i passwd/root-password password ${fake.alnum(12)}7`,
        `d-i passwd/user-password-again password ${fake.alnum(10)}!2`,
        `d-i passwd/root-password-crypted password $6$${fake.alnum(16)}$${fake.alnum(86)}`,
      ],
      negatives: [
        { text: 'd-i passwd/root-login boolean false', why: 'no password' },
        { text: 'd-i passwd/user-password password ', why: 'empty' },
        { text: 'd-i passwd/root-password password ${ROOT_PASSWORD}', why: 'a template variable' },
      ],
    },
  },
  {
    id: 'rootpw-directive',
    title: 'Root password directive (Kickstart rootpw, OpenLDAP slapd.conf rootpw)',
    provider: 'Kickstart',
    keywords: ['rootpw'],
    pattern:
      /^[ \t]{0,8}rootpw[ \t]{1,8}(?:--(?:plaintext|iscrypted|allow-ssh)[ \t]{1,8}){0,3}(?<secret>[^\s-]\S{0,255})/,
    confidence: 'medium',
    envVar: 'ROOT_PASSWORD',
    docs: 'https://pykickstart.readthedocs.io/en/latest/kickstart-docs.html#rootpw',
    risk: 'Every machine installed from the file accepts that root login.',
    validate: judgeInstallerPassword,
    examples: {
      embed: false,
      path: 'kickstart/ks.cfg',
      positives: (fake) => [
        `rootpw --plaintext ${fake.alnum(12)}7`,
        `rootpw --iscrypted $6$${fake.alnum(16)}$${fake.alnum(86)}`,
        `rootpw ${fake.alnum(10)}#3`,
        `rootpw\t\t{SSHA}${fake.base64(32)}`, // slapd.conf
      ],
      negatives: [
        { text: 'rootpw --lock', why: 'locked root account' },
        { text: 'rootpw --iscrypted --lock', why: 'locked root account' },
        { text: 'rootpw --plaintext changeme', why: 'placeholder' },
      ],
    },
  },
];
