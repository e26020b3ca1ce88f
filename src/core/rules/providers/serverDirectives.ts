// Passwords in server configuration written as space-separated directives or LDAP attributes:
// Apache `AuthLDAPBindPassword`, nss/pam LDAP `bindpw`, SSSD `ldap_default_authtok`, pure-ftpd
// `MySQLPassword`/`PGSQLPassword`, ProFTPD `SQLConnectInfo db user password`, Source-engine game
// servers' `rcon_password`/`sv_password`, Postfix `sasl_passwd` maps and LDIF `userPassword` /
// `olcRootPW` (plain, hashed `{SSHA}...`, or base64 after `::`). Formats from each server's manual.
// Candidates only; the shared judge decides on plain values.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { decodeBase64Text } from '../valueChecks';

const judgeDirectivePassword = judgedPassword('password in a server directive', true);

/** `{SSHA}...`, `{CRYPT}$6$...`: a stored password hash under an LDAP scheme name. */
const LDAP_HASH =
  /^\{(?:S?SHA(?:256|384|512)?|S?MD5|CRYPT|SHA(?:256|512)-CRYPT|PBKDF2(?:-SHA\d{1,3})?|ARGON2)\}\S{8,}$/i;

function judgeLdapPassword(secret: string, match: string, context: MatchContext): false | Verdict {
  const value = /^\w+::/.test(match) ? decodeBase64Text(secret) : secret;
  // `{SASL}user@REALM` delegates the check to SASL: no password is stored.
  if (value === undefined || /^\{SASL\}/i.test(value)) return false;
  if (LDAP_HASH.test(value)) return { why: 'password hash of an LDAP entry (crackable offline)' };
  return judgeDirectivePassword(value, match.replace(secret, value), context);
}

export const serverDirectiveRules: readonly Rule[] = [
  {
    id: 'server-password-directive',
    title: 'Password in a server directive (Apache LDAP bind, bindpw, pure-ftpd SQL, ProFTPD SQLConnectInfo, rcon)',
    provider: 'Config files',
    keywords: [
      'authldapbindpassword',
      'bindpw',
      'ldap_default_authtok',
      'mysqlpassword',
      'pgsqlpassword',
      'sqlconnectinfo',
      'rcon_password',
      'sv_password',
    ],
    pattern:
      /^[ \t]{0,12}(?:AuthLDAPBindPassword|bindpw|MySQLPassword|PGSQLPassword|rcon_password|sv_password|ldap_default_authtok[ \t]{0,4}=|SQLConnectInfo[ \t]{1,8}\S{1,253}[ \t]{1,8}\S{1,64})[ \t]{1,8}["']?(?<secret>[^\s"']{1,128})["']?[ \t]{0,8}(?:[#;/].{0,200})?$/i,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://httpd.apache.org/docs/2.4/mod/mod_authnz_ldap.html#authldapbindpassword',
    risk: 'Binds to the directory, logs in to the database or takes over the game server with it.',
    // Apache runs `exec:/path` to read the password.
    validate: (secret, match, context) => !/^exec:/i.test(secret) && judgeDirectivePassword(secret, match, context),
    examples: {
      embed: false,
      path: 'etc/server.conf',
      positives: (fake) => [
        `AuthLDAPBindPassword "${fake.alnum(14)}"`,
        `bindpw ${fake.alnum(12)}7`,
        `ldap_default_authtok = ${fake.alnum(12)}9`,
        `MySQLPassword ${fake.alnum(14)}`,
        `PGSQLPassword ${fake.alnum(10)}#4`,
        `SQLConnectInfo proftpd@db.corp.net proftpd ${fake.alnum(12)}`,
        `rcon_password "${fake.alnum(12)}"`,
        `sv_password "${fake.alnum(10)}3" // join password`,
      ],
      negatives: [
        { text: 'AuthLDAPBindPassword exec:/usr/local/bin/ldap-password', why: 'a program prints it' },
        { text: 'bindpw secret', why: 'placeholder' },
        { text: 'rcon_password ""', why: 'empty' },
        { text: 'SQLConnectInfo proftpd@localhost proftpd', why: 'no password' },
      ],
    },
  },
  {
    id: 'postfix-sasl-password',
    title: 'SMTP relay login in a Postfix sasl_passwd map',
    provider: 'Postfix',
    keywords: ['[smtp', ']:587', ']:465', ']:25'],
    // `[relay]:port user:password`
    pattern: /^[ \t]{0,8}\[?[\w.-]{1,253}\]?(?::\d{1,5})?[ \t]{1,16}[^\s:]{1,128}:(?<secret>\S{1,256})$/,
    paths: /(?:^|\/)sasl_passwd$/,
    confidence: 'medium',
    envVar: 'SMTP_PASSWORD',
    docs: 'https://www.postfix.org/SASL_README.html#client_sasl_enable',
    risk: 'Sends mail through the relay as that account (often a mailbox login too).',
    validate: judgedPassword('password in a Postfix sasl_passwd map', true),
    examples: {
      embed: false,
      path: 'etc/postfix/sasl_passwd',
      positives: (fake) => [
        `[smtp.relay.corp.net]:587 ops@corp.net:${fake.alnum(16)}`,
        `[mail.corp.net]:465 relay:${fake.alnum(12)}!7`,
        `[mx.corp.net]:25 backup@corp.net:${fake.alnum(14)}`,
      ],
      negatives: [{ text: '[smtp.gmail.com]:587 username:password', why: 'placeholder' }],
    },
  },
  {
    id: 'ldap-password-attribute',
    title: 'Password of an LDAP entry (LDIF userPassword, olcRootPW)',
    provider: 'LDAP',
    keywords: ['userpassword:', 'olcrootpw:'],
    pattern: /^(?:userPassword|olcRootPW)::?[ \t]{1,8}(?<secret>\S{1,512})/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'LDAP_PASSWORD',
    docs: 'https://www.openldap.org/doc/admin26/security.html#Password%20Storage',
    risk: 'Binds to the directory as that entry (the root DN: all of it); a hash cracks offline.',
    validate: judgeLdapPassword,
    examples: {
      embed: false,
      path: 'ldap/bootstrap.ldif',
      positives: (fake) => [
        `userPassword: ${fake.alnum(12)}7`,
        `olcRootPW: {SSHA}${fake.base64(32)}`,
        `userPassword:: ${Buffer.from(`{SSHA}${fake.base64(32)}`).toString('base64')}`,
        `userPassword:: ${Buffer.from(`${fake.alnum(12)}#2`).toString('base64')}`,
      ],
      negatives: [
        { text: 'userPassword: {SASL}ops@CORP.NET', why: 'delegated to SASL' },
        { text: `userPassword:: ${Buffer.from('password').toString('base64')}`, why: 'placeholder, base64' },
        { text: 'userPassword: ${LDAP_PASSWORD}', why: 'a reference' },
      ],
    },
  },
];
