import { type Template, sec, template } from '../../draft';
import { rowsOf } from './csvExports';
import { clientSecret, person, site } from './values';

/**
 * Key-value formats where the name is on an earlier line than its value: YAML block scalars
 * (`password: |` / `>-`) and plain scalars continued on the next line, HCL heredocs and a
 * Terraform variable's `default`, plist `<key>`/`<string>` pairs, .resx `<data name>`/`<value>`,
 * .properties continuation lines, a spreadsheet API's rows under a header row, and psql's
 * expanded display. Layouts from each format's specification or tool documentation.
 */
export const blockValues: readonly Template[] = [
  template('yaml-literal-block-password', (g) => {
    const pw = g.password();
    return {
      path: 'config/production.yml',
      lines: [
        'database:',
        `  host: ${g.host()}`,
        `  user: ${g.user()}`,
        '  password: |',
        sec(`    ${pw}`, pw),
        '  pool: 10',
      ],
    };
  }),
  template('yaml-folded-strip-api-key', (g) => {
    const key = g.apiKey();
    return {
      path: 'deploy/values-prod.yaml',
      lines: ['payments:', '  enabled: true', '  apiKey: >-', sec(`    ${key}`, key), '  timeoutSeconds: 30'],
    };
  }),
  template('yaml-plain-scalar-next-line', (g) => {
    const secret = clientSecret(g);
    return {
      path: 'config/oauth.yaml',
      lines: [
        'github:',
        `  client_id: Iv1.${g.fake.hex(16)}`,
        '  client_secret:',
        sec(`    ${secret}`, secret),
        '  callback: /auth/github/callback',
      ],
    };
  }),
  template('k8s-stringdata-block', (g) => {
    const pw = g.password();
    return {
      path: 'k8s/db-secret.yaml',
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: db-credentials',
        'type: Opaque',
        'stringData:',
        `  username: ${g.user()}`,
        '  password: |-',
        sec(`    ${pw}`, pw),
      ],
    };
  }),
  template('yaml-quoted-on-next-line', (g) => {
    const token = clientSecret(g);
    return {
      path: '.github/bot-config.yml',
      lines: ['slack:', '  channel: "#deploys"', '  token:', sec(`    "${token}"`, token)],
    };
  }),
  template('hcl-heredoc-password', (g) => {
    const pw = g.password();
    return {
      path: 'infra/rds.tf',
      lines: [
        'resource "aws_db_instance" "main" {',
        '  engine         = "postgres"',
        `  username       = "${g.user()}"`,
        '  password       = <<EOT',
        sec(pw, pw),
        'EOT',
        '}',
      ],
    };
  }),
  template('hcl-indented-heredoc-token', (g) => {
    const token = clientSecret(g);
    return {
      path: 'terraform/providers.tf',
      lines: [
        'provider "datadog" {',
        '  api_url = "https://api.datadoghq.eu/"',
        '  api_key = <<-EOF',
        sec(`    ${token}`, token),
        '  EOF',
        '}',
      ],
    };
  }),
  template('terraform-variable-default', (g) => {
    const pw = g.password();
    return {
      path: 'variables.tf',
      lines: [
        'variable "db_password" {',
        '  description = "Master password for the RDS instance"',
        '  type        = string',
        '  sensitive   = true',
        sec(`  default     = "${pw}"`, pw),
        '}',
      ],
    };
  }),
  template('plist-key-string', (g) => {
    const secret = clientSecret(g);
    return {
      path: 'ios/App/Config.plist',
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<plist version="1.0">',
        '<dict>',
        '\t<key>BackendURL</key>',
        `\t<string>https://api.${g.word()}.acme-corp.io</string>`,
        '\t<key>ClientSecret</key>',
        sec(`\t<string>${secret}</string>`, secret),
        '</dict>',
        '</plist>',
      ],
    };
  }),
  template('resx-data-value', (g) => {
    const key = g.apiKey();
    return {
      path: 'src/Web/Properties/Settings.resx',
      lines: [
        '<root>',
        '  <data name="MapsApiKey" xml:space="preserve">',
        sec(`    <value>${key}</value>`, key),
        '  </data>',
        '</root>',
      ],
    };
  }),
  template('properties-continuation-line', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'src/main/resources/mail.properties',
      lines: [
        `mail.smtp.host=smtp.${g.word()}.acme-corp.io`,
        'mail.smtp.port=587',
        `mail.smtp.user=${person(g).email}`,
        'mail.smtp.password=\\',
        sec(`    ${pw}`, pw),
      ],
    };
  }),
  template('google-sheets-values-json', (g) => ({
    path: 'fixtures/sheet-response.json',
    lines: [
      '{',
      '  "range": "Accounts!A1:D20",',
      '  "majorDimension": "ROWS",',
      '  "values": [',
      '    ["Service", "URL", "Username", "Password"],',
      ...rowsOf(g, 3, 5, () => {
        const s = site(g);
        const pw = g.password();
        return sec(`    ["${s.name}", "${s.url}", "${g.user()}", "${pw}"],`, pw);
      }),
      `    ["wiki", "https://wiki.acme-corp.io", "guest", ""]`,
      '  ]',
      '}',
    ],
  })),
  template('psql-expanded-display', (g) => {
    const pw = g.password();
    const token = clientSecret(g);
    return {
      path: 'notes/prod-debug.txt',
      lines: [
        'app=# \\x',
        'Expanded display is on.',
        'app=# SELECT * FROM integrations WHERE id = 7;',
        '-[ RECORD 1 ]--+------------------------------',
        'id             | 7',
        `login          | ${g.user()}`,
        sec(`password       | ${pw}`, pw),
        sec(`webhook_token  | ${token}`, token),
      ],
    };
  }),
];
