import { type CategoryTemplates, sec, template } from '../../draft';
import type { Gen } from '../../gen';

/** An AWS access key id: the documented `AKIA` prefix and 16 base32 characters, built at run time. */
function awsKeyId(g: Gen): string {
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}

function b64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/**
 * Credentials in the dotfiles of mail, version-control, package and cloud command-line tools.
 * Formats from each tool's own documentation; values are generated at run time (no token-shaped
 * literal is committed).
 */
export const dotfiles: CategoryTemplates = {
  positives: [
    template('s3cfg', (g) => {
      const id = awsKeyId(g);
      const secret = g.fake.base64(40);
      return {
        path: 'home/deploy/.s3cfg',
        lines: [
          '[default]',
          sec(`access_key = ${id}`, id),
          'bucket_location = US',
          'host_base = s3.amazonaws.com',
          'host_bucket = %(bucket)s.s3.amazonaws.com',
          sec(`secret_key = ${secret}`, secret),
          'use_https = True',
        ],
      };
    }),
    template('s3cfg-spaces', (g) => {
      const id = g.fake.upperAlnum(20);
      const secret = g.fake.base64(43);
      return {
        path: 'ops/.s3cfg',
        lines: [
          '[default]',
          sec(`access_key = ${id}`, id),
          sec(`secret_key = ${secret}`, secret),
          'host_base = fra1.digitaloceanspaces.com',
          'host_bucket = %(bucket)s.fra1.digitaloceanspaces.com',
        ],
      };
    }),
    template('aws-credentials-file', (g) => {
      const id = awsKeyId(g);
      const secret = g.fake.base64(40);
      return {
        path: '.aws/credentials',
        lines: [
          '[default]',
          sec(`aws_access_key_id = ${id}`, id),
          sec(`aws_secret_access_key = ${secret}`, secret),
          '',
          '[readonly]',
          'role_arn = arn:aws:iam::123456789012:role/readonly',
          'source_profile = default',
        ],
      };
    }),
    template('aws-config-profile-keys', (g) => {
      const id = awsKeyId(g);
      const secret = g.fake.base64(40);
      return {
        path: 'home/ci/.aws/config',
        lines: [
          '[profile deploy]',
          'region = eu-west-1',
          'output = json',
          sec(`aws_access_key_id=${id}`, id),
          sec(`aws_secret_access_key=${secret}`, secret),
        ],
      };
    }),
    template('hub-config', (g) => {
      const token = g.fake.hex(40);
      return {
        path: '.config/hub',
        lines: ['github.com:', `- user: ${g.user()}`, sec(`  oauth_token: ${token}`, token), '  protocol: https'],
      };
    }),
    template('gh-hosts-yml', (g) => {
      const token = g.fake.githubStyle('gh' + 'o_');
      return {
        path: '.config/gh/hosts.yml',
        lines: [
          'github.com:',
          '    users:',
          `        ${g.user()}:`,
          sec(`            oauth_token: ${token}`, token),
          '    git_protocol: https',
          `    user: ${g.user()}`,
        ],
      };
    }),
    template('esmtprc', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'dotfiles/.esmtprc',
        lines: [
          `identity "${g.user()}@acme.internal"`,
          `        hostname ${g.host()}:587`,
          `        username "${g.user()}@acme.internal"`,
          sec(`        password "${pw}"`, pw),
          '        starttls required',
        ],
      };
    }),
    template('msmtprc', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'dotfiles/.msmtprc',
        lines: [
          'defaults',
          'auth           on',
          'tls            on',
          'tls_trust_file /etc/ssl/certs/ca-certificates.crt',
          '',
          'account        work',
          `host           ${g.host()}`,
          'port           587',
          `from           ${g.user()}@acme.internal`,
          `user           ${g.user()}@acme.internal`,
          sec(`password       ${pw}`, pw),
          '',
          'account default : work',
        ],
      };
    }),
    template('muttrc', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'dotfiles/.muttrc',
        lines: [
          `set imap_user = "${g.user()}@acme.internal"`,
          sec(`set imap_pass = "${pw}"`, pw),
          `set smtp_url = "smtps://${g.user()}@${g.host()}:465/"`,
          sec(`set smtp_pass = "${pw}"`, pw),
          'set folder = "imaps://mail.acme.internal:993"',
          'set spoolfile = "+INBOX"',
        ],
      };
    }),
    template('fetchmailrc', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'dotfiles/.fetchmailrc',
        lines: [
          'set daemon 300',
          `poll ${g.host()} protocol IMAP`,
          sec(`    user "${g.user()}" there with password "${pw}" is ${g.user()} here options ssl`, pw),
        ],
      };
    }),
    template('pgpass', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'home/app/.pgpass',
        lines: [sec(`${g.host()}:${g.pick(['5432', '5433', '*'])}:${g.dbName()}:${g.user()}:${pw}`, pw)],
      };
    }),
    template('my-cnf', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'home/dba/.my.cnf',
        lines: ['[client]', `user=${g.user()}`, sec(`password="${pw}"`, pw), `host=${g.host()}`],
      };
    }),
    template('netrc-multiline', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'home/ci/.netrc',
        lines: [`machine ${g.host()}`, `  login ${g.user()}`, sec(`  password ${pw}`, pw)],
      };
    }),
    template('netrc-echo', (g) => {
      const pw = g.fake.alnum(g.between(12, 24));
      return {
        path: 'scripts/setup-ci.sh',
        lines: [
          '#!/bin/sh',
          'set -e',
          sec(`echo "machine ${g.host()} login ${g.user()} password ${pw}" >> ~/.netrc`, pw),
          'chmod 600 ~/.netrc',
        ],
      };
    }),
    template('git-credentials', (g) => {
      const token = g.fake.githubStyle('gh' + 'p_');
      const pw = g.plainPassword();
      return {
        path: 'home/dev/.git-credentials',
        lines: [
          sec(`https://${g.user()}:${token}@github.com`, token),
          sec(`https://${g.user()}:${pw}@${g.host()}`, pw),
        ],
      };
    }),
    template('npmrc-auth', (g) => {
      const auth = b64(`${g.user()}:${g.plainPassword()}`);
      const pw = b64(g.plainPassword());
      return {
        path: '.npmrc',
        lines: [
          'registry=https://nexus.acme.internal/repository/npm-group/',
          sec(`_auth=${auth}`, auth),
          'always-auth=true',
          `//nexus.acme.internal/repository/npm-private/:username=${g.user()}`,
          sec(`//nexus.acme.internal/repository/npm-private/:_password=${pw}`, pw),
        ],
      };
    }),
    template('pypirc', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.pypirc',
        lines: [
          '[distutils]',
          'index-servers =',
          '    internal',
          '',
          '[internal]',
          'repository = https://nexus.acme.internal/repository/pypi-internal/',
          `username = ${g.user()}`,
          sec(`password = ${pw}`, pw),
        ],
      };
    }),
    template('dockercfg-legacy', (g) => {
      const auth = b64(`${g.user()}:${g.plainPassword()}`);
      return {
        path: '.dockercfg',
        lines: [sec(`{"registry.acme.internal":{"auth":"${auth}","email":"${g.user()}@acme.internal"}}`, auth)],
      };
    }),
    template('docker-config-pretty', (g) => {
      const auth = b64(`${g.user()}:${g.plainPassword()}`);
      return {
        path: '.docker/config.json',
        lines: [
          '{',
          '\t"auths": {',
          '\t\t"registry.acme.internal:5000": {',
          sec(`\t\t\t"auth": "${auth}"`, auth),
          '\t\t}',
          '\t}',
          '}',
        ],
      };
    }),
    template('gem-credentials-legacy', (g) => {
      const key = g.fake.hex(32);
      return { path: '.gem/credentials', lines: ['---', sec(`:rubygems_api_key: ${key}`, key)] };
    }),
    template('gradle-properties', (g) => {
      const pw = g.plainPassword();
      const sign = g.plainPassword();
      return {
        path: 'gradle.properties',
        lines: [
          'org.gradle.jvmargs=-Xmx2048m',
          `ossrhUsername=${g.user()}`,
          sec(`ossrhPassword=${pw}`, pw),
          'signing.keyId=24875D73',
          sec(`signing.password=${sign}`, sign),
          'signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg',
        ],
      };
    }),
    template('composer-auth-json', (g) => {
      const token = g.fake.hex(40);
      const pw = g.fake.hex(32);
      return {
        path: 'auth.json',
        lines: [
          '{',
          '    "http-basic": {',
          '        "repo.magento.com": {',
          `            "username": "${g.fake.hex(32)}",`,
          sec(`            "password": "${pw}"`, pw),
          '        }',
          '    },',
          '    "github-oauth": {',
          sec(`        "github.com": "${token}"`, token),
          '    }',
          '}',
        ],
      };
    }),
    template('boto-config', (g) => {
      const id = awsKeyId(g);
      const secret = g.fake.base64(40);
      return {
        path: '.boto',
        lines: [
          '[Credentials]',
          sec(`aws_access_key_id = ${id}`, id),
          sec(`aws_secret_access_key = ${secret}`, secret),
          '',
          '[Boto]',
          'https_validate_certificates = True',
        ],
      };
    }),
    template('npmrc-uuid-token', (g) => {
      const token = g.fake.uuid();
      return {
        path: 'frontend/.npmrc',
        lines: ['save-exact=true', sec(`//registry.npmjs.org/:_authToken=${token}`, token)],
      };
    }),
    template('irssi-config', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.irssi/config',
        lines: [
          'servers = (',
          '  {',
          '    address = "irc.libera.chat";',
          '    chatnet = "liberachat";',
          '    port = "6697";',
          sec(`    password = "${pw}";`, pw),
          '    use_tls = "yes";',
          '  }',
          ');',
        ],
      };
    }),
    template('smbcredentials', (g) => {
      const pw = g.plainPassword();
      return { path: '.smbcredentials', lines: [`username=${g.user()}`, sec(`password=${pw}`, pw), 'domain=CORP'] };
    }),
  ],
  negatives: [
    template('aws-config-no-keys', () => ({
      path: '.aws/config',
      lines: [
        '[default]',
        'region = us-east-1',
        '',
        '[profile prod]',
        'role_arn = arn:aws:iam::123456789012:role/deploy',
        'source_profile = default',
        'credential_process = /usr/local/bin/aws-vault exec prod --json',
      ],
    })),
    template('msmtprc-passwordeval', () => ({
      path: '.msmtprc',
      lines: [
        'account work',
        'host smtp.acme.internal',
        'auth on',
        'user me@acme.internal',
        'passwordeval "gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.msmtp-work.gpg"',
      ],
    })),
    template('muttrc-pass-command', () => ({
      path: '.muttrc',
      lines: [
        'set imap_user = "me@acme.internal"',
        'set imap_pass = "`pass show mail/work`"',
        'source "gpg -dq ~/.mutt/passwords.gpg |"',
        'set imap_check_subscribed',
      ],
    })),
    template('npmrc-env-token', () => ({
      path: '.npmrc',
      lines: [
        'registry=https://registry.npmjs.org/',
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
        'always-auth=true',
        'save-exact=true',
      ],
    })),
    template('pypirc-token-prompt', () => ({
      path: '.pypirc',
      lines: ['[distutils]', 'index-servers =', '    pypi', '', '[pypi]', 'username = __token__'],
    })),
    template('docker-credsstore', () => ({
      path: '.docker/config.json',
      lines: ['{', '  "auths": {', '    "registry.acme.internal": {}', '  },', '  "credsStore": "desktop"', '}'],
    })),
    template('gradle-properties-refs', () => ({
      path: 'gradle.properties',
      lines: [
        'org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8',
        'android.useAndroidX=true',
        'signing.keyId=',
        'signing.password=',
        'ossrhPassword=${System.env.OSSRH_PASSWORD}',
      ],
    })),
    template('netrc-docs', () => ({
      path: 'docs/netrc.md',
      lines: [
        'Create `~/.netrc` with your credentials:',
        '',
        '    machine api.example.com login <username> password <password>',
      ],
    })),
    template('composer-auth-env', () => ({
      path: 'auth.json',
      lines: ['{', '    "github-oauth": {', '        "github.com": "${COMPOSER_GITHUB_TOKEN}"', '    }', '}'],
    })),
    template('s3cfg-defaults', () => ({
      path: '.s3cfg',
      lines: ['[default]', 'access_key = ', 'secret_key = ', 'gpg_passphrase = ', 'host_base = s3.amazonaws.com'],
    })),
  ],
};
