import { type Template, template } from '../draft';

/**
 * prose-notes hard negatives: prose that says where a key goes, placeholders and masked values,
 * environment variable names, links, password policies, ordinary words after "password", test
 * results ("Pass: 12"), translation tables, version strings and hashes, and the same in other
 * languages. A reviewer would call none of these a credential.
 */
export const proseNegatives: readonly Template[] = [
  template('set-your-api-key-in', (g) => ({
    path: 'README.md',
    lines: [
      '## Configuration',
      '',
      `Set your API key in the \`${g.pick(['GEOCODER_API_KEY', 'MAPS_KEY', 'ACME_TOKEN'])}\` environment variable,`,
      'or pass it with `--api-key` on the command line.',
    ],
  })),
  template('angle-placeholders', (g) => ({
    path: 'docs/setup.md',
    lines: [
      `username: ${g.user()}`,
      `password: ${g.pick(['<your-password>', '<password>', '<PASSWORD>', '{{password}}', '[your password]'])}`,
      `token: ${g.pick(['<your-token>', '<token>', '${TOKEN}', '%TOKEN%'])}`,
    ],
  })),
  template('upper-placeholders', (g) => ({
    path: 'docs/quickstart.md',
    lines: ['```', `API key: ${g.pick(['YOUR_API_KEY', 'YOUR_API_KEY_HERE', 'INSERT_KEY_HERE', 'REPLACE_ME'])}`, '```'],
  })),
  template('masked-values', (g) => ({
    path: 'HANDOVER.txt',
    lines: [
      `Server: ${g.host()}`,
      `User: ${g.user()}`,
      `Password: ${g.pick(['********', '••••••••', 'xxxxxxxx', 'XXXXXXXXXX', '***', '…'])}`,
    ],
  })),
  template('env-var-references', (g) => ({
    path: 'docs/runbook.md',
    lines: [
      `- DB password: \`$${g.pick(['DB_PASSWORD', 'PGPASSWORD', 'MYSQL_PWD'])}\``,
      '- API token: taken from `process.env.API_TOKEN`',
      '- The token is in `GITHUB_TOKEN` on CI.',
    ],
  })),
  template('links-to-docs', () => ({
    path: 'docs/accounts.md',
    lines: [
      'API key: see https://docs.acme.io/authentication#api-keys',
      'Password: [reset it here](https://id.acme.io/reset)',
    ],
  })),
  template('password-policy', () => ({
    path: 'docs/security.md',
    lines: [
      '## Password policy',
      '',
      '- Password: at least 12 characters, with one digit and one symbol',
      '- Passwords expire after 90 days.',
    ],
  })),
  template('password-ordinary-prose', () => ({
    path: 'docs/faq.md',
    lines: [
      'A password is required for every account.',
      'Click the password reset link in the email to choose a new one.',
      'The password field is hidden on the login page.',
    ],
  })),
  template('password-see-vault', (g) => ({
    path: 'wiki/Servers.md',
    lines: [
      `| ${g.host()} | ${g.user()} | see vault |`,
      `Password: ${g.pick(['see vault', 'ask in #ops', 'in 1Password (Prod vault)', 'stored in Bitwarden', 'none', '(blank)', 'n/a'])}`,
    ],
  })),
  template('table-masked-column', (g) => ({
    path: 'wiki/Accounts.md',
    lines: [
      '| host | user | password |',
      '|------|------|----------|',
      `| ${g.host()} | ${g.user()} | (in vault) |`,
      `| ${g.host()} | ${g.user()} | ******** |`,
    ],
  })),
  template('doc-stand-ins', (g) => ({
    path: 'docs/examples.md',
    lines: [
      `password: ${g.pick(['your_password_here', 'secret', 'password', 'mypassword'])}`,
      'API key: abc123...',
      'The token looks like `xxxx-xxxx-xxxx-xxxx`.',
    ],
  })),
  template('changelog-hashes-versions', (g) => ({
    path: 'CHANGELOG.md',
    lines: [
      '## 3.2.0',
      '',
      `- Fix token refresh race (${g.fake.hex(7)})`,
      `- Password reset emails are localized (${g.fake.hex(40)})`,
      '- Bump api-key-validator to 2.14.3',
    ],
  })),
  template('checksums-and-fingerprints', (g) => ({
    path: 'INSTALL.md',
    lines: [
      '## Verify the download',
      '',
      `SHA256: ${g.fake.hex(64)}`,
      `GPG key fingerprint: ${g.fake
        .upperHex(40)
        .replace(/(.{4})/g, '$1 ')
        .trim()}`,
    ],
  })),
  template('translation-table', () => ({
    path: 'docs/i18n.md',
    lines: [
      '| en | de | fr | es |',
      '|----|----|----|----|',
      '| Password | Passwort | Mot de passe | Contraseña |',
      '| Forgot password? | Passwort vergessen? | Mot de passe oublié ? | ¿Olvidaste tu contraseña? |',
    ],
  })),
  template('todo-move-key-to-vault', () => ({
    path: 'src/client.ts',
    lines: [
      '// TODO: move the api key to the vault',
      '// FIXME: the password should not be logged',
      'export const client = createClient(config);',
    ],
  })),
  template('commit-rotated-token', () => ({
    path: 'patches/0002-rotate.patch',
    lines: [
      'Subject: [PATCH] Rotate the leaked token',
      '',
      'The new token is in Vault under secret/ci/deploy; the old one is revoked.',
    ],
  })),
  template('slack-reset-password', () => ({
    path: 'slack-export/help/2024-01-03.json',
    lines: [
      '[',
      '  { "type": "message", "text": "can someone reset my password? the token expired too" },',
      '  { "type": "message", "text": "done, check the password reset email" }',
      ']',
    ],
  })),
  template('eml-password-changed', () => ({
    path: 'mail/notice.eml',
    lines: [
      'Subject: Your password has been changed',
      '',
      "Your password has been changed. If this wasn't you, contact support.",
      'Password: (not shown for security reasons)',
    ],
  })),
  template('test-results-pass', (g) => ({
    path: 'reports/summary.txt',
    lines: [
      `Login: ok  Pass: ${g.between(10, 400)}  Fail: 0  Skip: ${g.between(0, 9)}`,
      `Token bucket: ${g.between(10, 99)} requests/s`,
    ],
  })),
  template('pwd-command', () => ({
    path: 'docs/shell.md',
    lines: ['Run `pwd` to print the working directory.', 'pw: page width in points (default 595)'],
  })),
  template('optional-required-words', () => ({
    path: 'docs/api.md',
    lines: ['| parameter | required |', '|---|---|', '| api_key | yes |', '| token | optional |', 'API key: required'],
  })),
  template('parameter-docs', () => ({
    path: 'docs/reference.rst',
    lines: [
      ':param api_key: your API key (string)',
      ':param password: the user password, hashed before storage',
      ':returns: an access token',
    ],
  })),
  template('html-comment-field', () => ({
    path: 'public/login.html',
    lines: [
      '<!-- password field -->',
      '<input type="password" name="password" placeholder="Password">',
      '<!-- TODO: add a password strength meter -->',
    ],
  })),
  template('notebook-getpass-markdown', () => ({
    path: 'notebooks/setup.ipynb',
    lines: [
      '{ "cells": [',
      '  { "cell_type": "markdown", "source": ["Enter your API key below when prompted.\\n"] },',
      '  { "cell_type": "code", "source": ["import getpass\\n", "key = getpass.getpass(\\"API key: \\")"] }',
      '] }',
    ],
  })),
  template('languages-see-vault', (g) => ({
    path: 'wiki/Zugang.md',
    lines: [
      `Passwort: ${g.pick(['siehe KeePass', 'beim Admin erfragen', '<Ihr Passwort>'])}`,
      'Mot de passe : voir le coffre-fort',
      'Contraseña: pídela al equipo de sistemas',
      '密码：请联系管理员',
      'Пароль: у администратора',
    ],
  })),
  template('languages-policy', () => ({
    path: 'docs/regeln.md',
    lines: [
      'Das Passwort muss mindestens 12 Zeichen lang sein.',
      'Le mot de passe doit contenir au moins 12 caractères.',
      'パスワードは8文字以上にしてください。',
      'Hasło musi mieć co najmniej 12 znaków.',
    ],
  })),
  template('bearer-placeholder', () => ({
    path: 'docs/auth.md',
    lines: ['Send the header:', '', '    Authorization: Bearer <token>', '', 'Token: the value from the dashboard'],
  })),
  template('key-format-description', () => ({
    path: 'docs/keys.md',
    lines: [
      'Keys start with `sk_` followed by 32 characters.',
      'API key: a 40-character hex string issued per project',
    ],
  })),
  template('version-strings-near-key', (g) => ({
    path: 'notes/release.txt',
    lines: [
      `api key service v${g.between(1, 9)}.${g.between(0, 30)}.${g.between(0, 99)}`,
      `build id: ${g.fake.hex(7)} (git short sha)`,
      `session id format: ${g.fake.uuid()}`,
    ],
  })),
  template('user-word-only', (g) => ({
    path: 'docs/users.md',
    lines: [`Username: ${g.user()}`, `Login: ${g.user()}@acme.io`, 'Password: the one from your welcome email'],
  })),
];
