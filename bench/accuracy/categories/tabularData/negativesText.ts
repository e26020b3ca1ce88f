import { type Template, template } from '../../draft';
import { rowsOf } from './csvExports';
import { aligned, date, person, widths } from './values';

/**
 * Hard negatives in text tables and name-above layouts: schema documentation, settings reference
 * tables, `\d`/DESCRIBE output, account status reports, masked query output, YAML block scalars
 * holding descriptions or references, HCL heredocs holding policies or scripts, plist build
 * setting references and .resx UI strings.
 */
export const textNegatives: readonly Template[] = [
  template('markdown-schema-doc', () => ({
    path: 'docs/schema.md',
    lines: [
      '| Column | Type | Description |',
      '|---|---|---|',
      '| username | text | Login name, unique |',
      "| password | varchar(255) | bcrypt hash of the user's password |",
      '| api_token | text | Personal access token, shown once on creation |',
      '| token_count | integer | Tokens issued this month |',
    ],
  })),
  template('markdown-settings-reference', () => ({
    path: 'README.md',
    lines: [
      '## Configuration',
      '',
      '| Setting | Required | Default | Description |',
      '|---------|----------|---------|-------------|',
      '| `api_key` | yes | – | Your API key from the dashboard |',
      '| `password` | no | `<your-password>` | Password for basic auth |',
      '| `token` | no | `$GITHUB_TOKEN` | Token used to call the API |',
    ],
  })),
  template('markdown-masked-credentials', (g) => ({
    path: 'docs/ops/accounts.md',
    lines: [
      '| Service | User | Password |',
      '|---|---|---|',
      ...rowsOf(
        g,
        3,
        4,
        () =>
          `| ${g.word()} | ${g.user()} | ${g.pick(['(in 1Password)', '********', 'see Vault `secret/ops`', 'ask #infra'])} |`,
      ),
    ],
  })),
  template('psql-describe-table', () => ({
    path: 'notes/schema.txt',
    lines: [
      'app=> \\d users',
      '                Table "public.users"',
      '   Column   |          Type          | Nullable | Default',
      '------------+------------------------+----------+---------',
      ' id         | integer                | not null |',
      ' username   | character varying(80)  | not null |',
      ' password   | character varying(255) | not null |',
      ' api_token  | text                   |          |',
    ],
  })),
  template('mysql-describe-output', () => ({
    path: 'notes/describe.txt',
    lines: [
      '+----------+--------------+------+-----+---------+-------+',
      '| Field    | Type         | Null | Key | Default | Extra |',
      '+----------+--------------+------+-----+---------+-------+',
      '| user     | varchar(80)  | NO   | PRI | NULL    |       |',
      '| password | varchar(255) | NO   |     | NULL    |       |',
      '| secret   | char(40)     | YES  |     | NULL    |       |',
      '+----------+--------------+------+-----+---------+-------+',
    ],
  })),
  template('psql-output-masked', (g) => {
    const all = [['id', 'username', 'password'], ...[1, 2, 3].map((i) => [String(i), person(g).login, '[FILTERED]'])];
    const w = widths(all);
    const line = (r: string[]) => ' ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ');
    return {
      path: 'tickets/INC-5102.txt',
      lines: [line(all[0]!), w.map((n) => '-'.repeat(n + 2)).join('+'), ...all.slice(1).map(line), '(3 rows)'],
    };
  }),
  template('net-user-output', (g) => ({
    path: 'audit/net-user.txt',
    lines: [
      `User name                    ${g.user()}`,
      'Account active               Yes',
      'Account expires              Never',
      `Password last set            ${date(g)} 09:14:02`,
      'Password expires             Never',
      'Password changeable          3/2/2024 9:14:02 AM',
      'Password required            Yes',
    ],
  })),
  template('passwd-status-report', (g) => ({
    path: 'audit/password-status.txt',
    lines: aligned(
      [
        ['USER', 'STATUS', 'LAST_CHANGE', 'MIN', 'MAX'],
        ...[0, 1, 2, 3].map(() => [g.user(), g.pick(['P', 'L', 'NP']), date(g), '0', '99999']),
      ],
      '  ',
    ),
  })),
  template('azure-cli-credential-list', (g) => {
    const all = [
      ['CustomKeyIdentifier', 'DisplayName', 'EndDateTime', 'KeyId'],
      ...[0, 1].map(() => ['None', 'rbac', `${date(g)}T12:00:00Z`, g.fake.uuid()]),
    ];
    return {
      path: 'setup/credential-list.txt',
      lines: ['$ az ad app credential list --id $APP_ID --output table', ...aligned(all, '  ')],
    };
  }),
  template('yaml-block-description', () => ({
    path: 'action.yml',
    lines: [
      'inputs:',
      '  token:',
      '    description: >-',
      '      GitHub token used to comment on the pull request.',
      '      Defaults to the workflow token.',
      '    default: ${{ github.token }}',
      '  password_policy: |',
      '    At least 12 characters, one digit.',
    ],
  })),
  template('yaml-block-reference', () => ({
    path: 'deploy/values.yaml',
    lines: ['database:', '  password: |-', '    ${DB_PASSWORD}', '  apiKey: >', '    {{ .Values.global.apiKey }}'],
  })),
  template('hcl-heredoc-policy', () => ({
    path: 'infra/iam.tf',
    lines: [
      'resource "aws_iam_policy" "read_secret" {',
      '  name   = "read-db-password"',
      '  policy = <<EOF',
      '{',
      '  "Statement": [{ "Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": "*" }]',
      '}',
      'EOF',
      '}',
    ],
  })),
  template('terraform-variable-no-default', () => ({
    path: 'variables.tf',
    lines: [
      'variable "db_password" {',
      '  description = "Master password, set via TF_VAR_db_password"',
      '  type        = string',
      '  sensitive   = true',
      '}',
    ],
  })),
  template('plist-build-setting-reference', () => ({
    path: 'ios/App/Info.plist',
    lines: [
      '<dict>',
      '\t<key>ApiKey</key>',
      '\t<string>$(API_KEY)</string>',
      '\t<key>NSFaceIDUsageDescription</key>',
      '\t<string>Unlock your saved passwords</string>',
      '</dict>',
    ],
  })),
  template('resx-ui-strings', () => ({
    path: 'src/Web/Resources/Login.resx',
    lines: [
      '<root>',
      '  <data name="PasswordLabel" xml:space="preserve">',
      '    <value>Password</value>',
      '  </data>',
      '  <data name="ApiKeyHelp" xml:space="preserve">',
      '    <value>Paste the API key from your account page.</value>',
      '  </data>',
      '</root>',
    ],
  })),
  template('html-table-no-secrets', (g) => ({
    path: 'intranet/password-policy.html',
    lines: [
      '<table>',
      '  <tr><th>System</th><th>Password rotation</th><th>Token lifetime</th></tr>',
      ...rowsOf(
        g,
        3,
        4,
        () =>
          `  <tr><td>${g.word()}</td><td>${g.pick(['90 days', 'never', 'yearly'])}</td><td>${g.pick(['1h', '12h', '30d'])}</td></tr>`,
      ),
      '</table>',
    ],
  })),
];
