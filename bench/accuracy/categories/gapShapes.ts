import { type CategoryTemplates, sec, template } from '../draft';
import type { Gen } from '../gen';
import { hardhatDevelopmentKeys } from '../../../src/core/rules/judge/hardhatAccounts';

/**
 * Shapes a reviewer calls a credential that earlier rules missed (issue 11's held-out gaps), each
 * with hard negatives of the same shape, joined into the category they belong to. Every value is
 * generated at run time from Gen (no literal credential is committed).
 */

/** A password holding `:` or `=` as policies ask for symbols: the value must be read to its line's end. */
function colonPassword(g: Gen): string {
  const sep = g.pick([':', '=', ':=', '=:']);
  const tail = g.pick(['!', '#', '%', '*', '']);
  return g.fake.alnum(g.between(3, 6)) + sep + g.fake.alnum(g.between(3, 8)) + g.fake.digits(1) + tail;
}

export const configGapShapes: CategoryTemplates = {
  positives: [
    template('ini-password-with-colon', (g) => {
      const pw = colonPassword(g);
      return {
        path: g.pick(['config/app.ini', 'etc/service.conf', 'conf/db.cfg']),
        lines: ['[database]', `host = ${g.host()}`, `user = ${g.user()}`, sec(`password = ${pw}`, pw), 'pool = 8'],
      };
    }),
    template('properties-password-with-equals', (g) => {
      const pw = colonPassword(g);
      return {
        path: 'src/main/resources/application.properties',
        lines: [
          `spring.datasource.url=jdbc:postgresql://${g.host()}:5432/${g.dbName()}`,
          `spring.datasource.username=${g.user()}`,
          sec(`spring.datasource.password=${pw}`, pw),
        ],
      };
    }),
    template('yaml-password-with-colon', (g) => {
      const pw = colonPassword(g);
      return {
        path: g.pick(['config/database.yml', 'deploy/values.yaml']),
        lines: ['production:', '  adapter: postgresql', `  host: ${g.host()}`, sec(`  password: ${pw}`, pw)],
      };
    }),
    template('dotenv-password-with-equals', (g) => {
      const pw = colonPassword(g);
      return {
        path: g.pick(['.env', '.env.production', 'deploy/app.env']),
        lines: [`DB_HOST=${g.host()}`, `DB_USER=${g.user()}`, sec(`DB_PASSWORD=${pw}`, pw)],
      };
    }),
    // Written after the .resx rule (not blind): <data> values of a neutral resource file.
    template('resx-data-value', (g) => {
      const name = g.pick([
        'SmtpPassword',
        'PaymentApiKey',
        'StorageAccountKey',
        'ServiceClientSecret',
        'AdminPassword',
      ]);
      const value = name.endsWith('Password') ? g.plainPassword() : g.fake.alnum(32);
      return {
        path: g.pick(['src/Shop/Properties/Resources.resx', 'Billing/Settings.resx', 'App/Strings.resw']),
        lines: [
          '  <data name="WelcomeTitle" xml:space="preserve">',
          '    <value>Welcome back</value>',
          '  </data>',
          `  <data name="${name}" xml:space="preserve">`,
          sec(`    <value>${value}</value>`, value),
          '  </data>',
        ],
      };
    }),
  ],
  negatives: [
    template('resx-ui-text-and-translations', (g) => ({
      path: g.pick(['src/Shop/Properties/Resources.resx', 'src/Shop/Properties/Resources.fr-FR.resx']),
      lines: g.pick([
        ['  <data name="PasswordLabel" xml:space="preserve">', '    <value>Password</value>', '  </data>'],
        ['  <data name="TokenExpiredMessage" xml:space="preserve">', '    <value>SessionExpired</value>', '  </data>'],
        [
          '  <data name="ApiKeyHelp" xml:space="preserve">',
          '    <value>Enter the key from your dashboard</value>',
          '  </data>',
        ],
        ['  <data name="PasswordPlaceholder" xml:space="preserve">', '    <value>MotDePasse</value>', '  </data>'],
      ]),
    })),
    template('config-password-references-with-colon', (g) => ({
      path: g.pick(['config/app.ini', 'config/database.yml', 'application.properties', '.env']),
      lines: [
        g.pick([
          'password = ${env:DB_PASSWORD}',
          'password: ${DB_PASSWORD}',
          'db.password=${vault:secret/data/db#password}',
          'password: ENC(' + g.fake.base64(24) + ')',
          'password = %(db_password)s',
          'DB_PASSWORD=file:/run/secrets/db_password',
          'password: !vault |',
          'password = env:DB_PASSWORD',
          'password: http://vault.internal:8200/v1/secret/db',
          'password_policy = min_length=12:require_digit=1',
          'password: <see 1Password: Ops/db>',
          'password = ${sys:db.password}',
        ]),
        `host = ${g.host()}`,
      ],
    })),
  ],
};

export const commandGapShapes: CategoryTemplates = {
  positives: [
    template('hashicorp-cli-token-flag', (g) => {
      const token = g.fake.uuid();
      const cmd = g.pick([
        (t: string) => `consul kv get -token=${t} app/config/db`,
        (t: string) => `consul acl policy list -token ${t}`,
        (t: string) => `nomad job run -token=${t} jobs/web.nomad`,
        (t: string) => `nomad status -address=https://${g.host()}:4646 -token ${t}`,
        (t: string) => `consul members -http-addr=https://${g.host()}:8501 -token=${t}`,
      ]);
      return {
        path: g.pick(['scripts/deploy.sh', 'docs/runbook.md', 'Makefile']),
        lines: ['set -e', sec(cmd(token), token)],
      };
    }),
    template('vault-cli-token-flag', (g) => {
      const token = 'hv' + 's.' + g.fake.base64url(24).replace(/[-_]/g, 'x');
      return {
        path: 'scripts/read-secret.sh',
        lines: [sec(`vault kv get -address=https://${g.host()}:8200 -token=${token} secret/app`, token)],
      };
    }),
  ],
  negatives: [
    template('hashicorp-cli-token-from-variable', (g) => ({
      path: 'scripts/deploy.sh',
      lines: [
        g.pick([
          'consul kv get -token="$CONSUL_HTTP_TOKEN" app/config/db',
          'nomad job run -token=${NOMAD_TOKEN} jobs/web.nomad',
          'consul acl token read -self -token-file=/etc/consul.d/token',
          'vault login -method=userpass username=ops',
          'consul acl token create -description "ci" -policy-name ci',
          'nomad acl token self -token <secret-id>',
          'consul kv get -token=00000000-0000-0000-0000-000000000000 app',
        ]),
      ],
    })),
  ],
};

export const languageGapShapes: CategoryTemplates = {
  positives: [
    template('csharp-defaultvalue-secret-property', (g) => {
      const pw = g.plainPassword();
      const name = g.pick(['Password', 'ApiKey', 'ClientSecret', 'SmtpPassword', 'AccessToken']);
      return {
        path: 'src/Settings/ServiceOptions.cs',
        lines: [
          'public class ServiceOptions',
          '{',
          '    [DefaultValue("' + g.host() + '")]',
          '    public string Host { get; set; }',
          '',
          sec(`    [DefaultValue("${pw}")]`, pw),
          `    public string ${name} { get; set; }`,
          '}',
        ],
      };
    }),
  ],
  negatives: [
    template('csharp-defaultvalue-not-secret', (g) => ({
      path: 'src/Settings/ServiceOptions.cs',
      lines: [
        'public class ServiceOptions',
        '{',
        g.pick([
          '    [DefaultValue("")]\n    public string Password { get; set; }',
          '    [DefaultValue(null)]\n    public string ApiKey { get; set; }',
          '    [DefaultValue("Password")]\n    public string PasswordLabel { get; set; }',
          '    [DefaultValue("' + g.fake.alnum(12) + '")]\n    public string DisplayName { get; set; }',
          '    [DefaultValue("X-Api-Key")]\n    public string ApiKeyHeader { get; set; }',
          '    [DefaultValue(8)]\n    public int PasswordMinLength { get; set; }',
        ]),
        '}',
      ],
    })),
  ],
};

/** Traditional DES crypt(3): a 2-character salt and 11 characters of hash, from `./0-9A-Za-z`. */
function desCrypt(g: Gen): string {
  return g.fake.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 13);
}

export const storeGapShapes: CategoryTemplates = {
  // Positives: credentialStores' htpasswd-des.
  positives: [],
  negatives: [
    template('colon-pairs-not-htpasswd', (g) => ({
      path: g.pick(['data/users.txt', 'config/mapping.cfg', 'notes/hosts.txt']),
      lines: [`${g.user()}:${desCrypt(g)}`, `${g.user()}:${g.fake.alnum(13)}`],
    })),
    template('htpasswd-locked', (g) => ({
      path: '.htpasswd',
      lines: [`${g.user()}:!`, `${g.user()}:*`],
    })),
  ],
};

export const keyGapShapes: CategoryTemplates = {
  // Positives: keyMaterialWallets' solana-keypair-file.
  positives: [],
  negatives: [
    // Public keys of Hardhat's development accounts (derived at runtime from its published mnemonic).
    template('hardhat-development-accounts', (g) => {
      const keys = hardhatDevelopmentKeys();
      const key = keys[g.fake.int(keys.length)]!;
      return g.pick([
        {
          path: 'hardhat.config.js',
          lines: ['  networks: {', '    localhost: {', `      accounts: ["0x${key}"],`, '    },'],
        },
        { path: '.env.development', lines: [`PRIVATE_KEY=0x${key}`] },
        { path: 'scripts/seed.ts', lines: [`const deployer = new Wallet('0x${key}', provider);`] },
      ]);
    }),
    template('byte-arrays-not-keypairs', (g) => {
      const short: number[] = [];
      for (let i = 0; i < 32; i++) short.push(g.fake.int(256));
      const big: number[] = [];
      for (let i = 0; i < 64; i++) big.push(g.fake.int(5000));
      return {
        path: g.pick(['fixtures/data.json', 'id.json', 'config/weights.json']),
        lines: [
          g.pick(['[' + short.join(',') + ']', '[' + big.join(',') + ']', '[' + Array(64).fill(0).join(',') + ']']),
        ],
      };
    }),
  ],
};

export const iacGapShapes: CategoryTemplates = {
  positives: [
    template('cloudformation-default-before-noecho', (g) => {
      const pw = g.plainPassword();
      return {
        path: g.pick(['infra/stack.yaml', 'cloudformation/db.template.yml']),
        lines: [
          'Parameters:',
          '  DBMasterPassword:',
          '    Type: String',
          sec(`    Default: ${pw}`, pw),
          '    NoEcho: true',
          '    MinLength: 8',
        ],
      };
    }),
    template('cloudformation-json-default-before-noecho', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'infra/stack.json',
        lines: [
          '  "Parameters": {',
          '    "DbPassword": {',
          '      "Type": "String",',
          sec(`      "Default": "${pw}",`, pw),
          '      "NoEcho": "true"',
          '    }',
          '  },',
        ],
      };
    }),
  ],
  negatives: [
    template('cloudformation-default-not-noecho', (g) => ({
      path: 'infra/stack.yaml',
      lines: [
        'Parameters:',
        '  InstanceType:',
        '    Type: String',
        `    Default: ${g.pick(['t3.micro', 'm5.large'])}`,
        '  DBMasterPassword:',
        '    Type: String',
        '    NoEcho: true',
        '    MinLength: 8',
      ],
    })),
    template('cloudformation-noecho-reference-default', () => ({
      path: 'infra/stack.yaml',
      lines: [
        'Parameters:',
        '  DBMasterPassword:',
        '    Type: AWS::SSM::Parameter::Value<String>',
        '    Default: /prod/db/master-password',
        '    NoEcho: true',
      ],
    })),
  ],
};

export const dumpGapShapes: CategoryTemplates = {
  positives: [
    template('sql-insert-without-into', (g) => {
      const pw = g.plainPassword();
      return {
        path: g.pick(['db/seed.sql', 'backup/users.sql']),
        lines: [
          sec(
            `INSERT ${g.pick(['users', '`users`', 'dbo.Users', 'accounts'])} (id, username, email, password) VALUES (1, '${g.user()}', '${g.user()}@acme.io', '${pw}');`,
            pw,
          ),
        ],
      };
    }),
  ],
  negatives: [
    template('sql-insert-without-into-no-secret', (g) => ({
      path: 'db/seed.sql',
      lines: [
        g.pick([
          `INSERT users (id, username, password) VALUES (1, '${g.user()}', NULL);`,
          `INSERT users (id, username, password_hint) VALUES (1, '${g.user()}', 'first pet');`,
          `INSERT settings (name, value) VALUES ('password_min_length', '12');`,
          `INSERT users (id, username, password) VALUES (?, ?, ?);`,
        ]),
      ],
    })),
  ],
};
