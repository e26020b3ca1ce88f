import { type Template, template } from '../../draft';
import type { Gen } from '../../gen';
import { isoTime, jsonFile, labelled, uuid } from './values';

/**
 * dev-tools hard negatives, infrastructure and developer state: Terraform state without secret
 * values (nulls, ids, ARNs, lineage, `sensitive_attributes` naming a key, certificates), kubeconfigs
 * authenticating through exec plugins and files, auth state with only consent/theme cookies, VS Code
 * `${env:X}`/`${input:X}` references and `"password": true` prompts, data sources whose secrets live
 * in a keychain, Docker credential helpers, SSO/ADC configuration without tokens.
 */

const certB64 = (g: Gen) =>
  Buffer.from(
    '-----BEGIN CERTIFICATE-----\n' + g.fake.base64(64) + '\n' + g.fake.base64(40) + '\n-----END CERTIFICATE-----\n',
  ).toString('base64');

function kubeconfig(g: Gen, userLines: readonly string[]): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${certB64(g)}`,
    '    server: https://k8s.acme.internal:6443',
    '  name: prod',
    'contexts:',
    '- context:',
    '    cluster: prod',
    '    user: prod-user',
    '  name: prod',
    'current-context: prod',
    'users:',
    '- name: prod-user',
    '  user:',
    ...userLines,
  ].join('\n');
}

export const stateNegatives: readonly Template[] = [
  template('tfstate-no-secret-values', (g) =>
    jsonFile(
      'terraform.tfstate',
      {
        version: 4,
        terraform_version: '1.6.6',
        serial: g.between(3, 300),
        lineage: uuid(g),
        outputs: {
          db_endpoint: { value: `orders.${g.fake.lowerAlnum(12)}.eu-west-1.rds.amazonaws.com:5432`, type: 'string' },
          kms_key_id: { value: uuid(g), type: 'string' },
        },
        resources: [
          {
            mode: 'managed',
            type: 'aws_db_instance',
            name: 'orders',
            provider: 'provider["registry.terraform.io/hashicorp/aws"]',
            instances: [
              {
                schema_version: 2,
                attributes: {
                  arn: `arn:aws:rds:eu-west-1:${g.fake.digits(12)}:db:orders`,
                  id: 'db-' + g.fake.upperAlnum(26),
                  manage_master_user_password: true,
                  master_user_secret: [
                    {
                      kms_key_id: `arn:aws:kms:eu-west-1:${g.fake.digits(12)}:key/${uuid(g)}`,
                      secret_arn: `arn:aws:secretsmanager:eu-west-1:${g.fake.digits(12)}:secret:rds!db-${uuid(g)}-${g.fake.alnum(6)}`,
                      secret_status: 'active',
                    },
                  ],
                  password: null,
                  username: 'postgres',
                },
                sensitive_attributes: [[{ type: 'get_attr', value: 'password' }]],
                private: 'eyJzY2hlbWFfdmVyc2lvbiI6IjIifQ==',
              },
            ],
          },
        ],
        check_results: null,
      },
      [],
    ),
  ),
  template('tfstate-ids-and-hashes', (g) =>
    jsonFile(
      'infra/terraform.tfstate',
      {
        version: 4,
        terraform_version: '1.8.2',
        serial: g.between(3, 300),
        lineage: uuid(g),
        outputs: { bucket: { value: `acme-${g.word()}-artifacts`, type: 'string' } },
        resources: [
          {
            mode: 'managed',
            type: 'random_id',
            name: 'suffix',
            provider: 'provider["registry.terraform.io/hashicorp/random"]',
            instances: [
              {
                schema_version: 0,
                attributes: {
                  b64_std: g.fake.base64(6) + '==',
                  byte_length: 4,
                  hex: g.fake.hex(8),
                  id: g.fake.base64url(6),
                },
              },
            ],
          },
          {
            mode: 'managed',
            type: 'aws_s3_object',
            name: 'lambda',
            provider: 'provider["registry.terraform.io/hashicorp/aws"]',
            instances: [
              {
                schema_version: 0,
                attributes: {
                  etag: g.fake.hex(32),
                  source_hash: g.fake.hex(64),
                  key: 'lambda.zip',
                  version_id: g.fake.base64url(32),
                },
              },
            ],
          },
          {
            mode: 'data',
            type: 'aws_secretsmanager_secret',
            name: 'api',
            provider: 'provider["registry.terraform.io/hashicorp/aws"]',
            instances: [
              {
                schema_version: 0,
                attributes: {
                  arn: `arn:aws:secretsmanager:eu-west-1:${g.fake.digits(12)}:secret:prod/api-key-${g.fake.alnum(6)}`,
                  name: 'prod/api-key',
                },
              },
            ],
          },
        ],
      },
      [],
    ),
  ),
  template('tfstate-certificates', (g) =>
    jsonFile(
      'terraform.tfstate',
      {
        version: 4,
        terraform_version: '1.6.6',
        serial: 7,
        lineage: uuid(g),
        outputs: {
          cluster_ca_certificate: { value: certB64(g), type: 'string' },
          client_id: { value: uuid(g), type: 'string' },
        },
        resources: [],
      },
      [],
    ),
  ),
  template('kubeconfig-exec-plugin', (g) =>
    labelled(
      g.pick(['.kube/config', 'kubeconfig']),
      kubeconfig(g, [
        '    exec:',
        '      apiVersion: client.authentication.k8s.io/v1beta1',
        `      command: ${g.pick(['gke-gcloud-auth-plugin', 'kubelogin', 'aws'])}`,
        '      args: ["get-token", "--login", "azurecli"]',
        '      env:',
        '      - name: AWS_PROFILE',
        '        value: prod-admin',
        '      - name: AWS_SECRET_ACCESS_KEY',
        '        value: ${AWS_SECRET_ACCESS_KEY}',
        '      provideClusterInfo: true',
      ]),
      [],
    ),
  ),
  template('kubeconfig-file-paths', (g) =>
    labelled(
      '.kube/config',
      kubeconfig(g, [
        `    client-certificate-data: ${certB64(g)}`,
        '    client-key: /home/dev/.minikube/profiles/minikube/client.key',
        '    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token',
      ]),
      [],
    ),
  ),
  template('storage-state-no-session', (g) =>
    jsonFile(
      'playwright/.auth/guest.json',
      {
        cookies: [
          {
            name: 'cookie_consent',
            value: 'accepted',
            domain: 'app.acmecorp.net',
            path: '/',
            expires: 1767225600,
            httpOnly: false,
            secure: false,
            sameSite: 'Lax',
          },
          {
            name: '_ga',
            value: `GA1.1.${g.fake.digits(9)}.${g.fake.digits(10)}`,
            domain: '.acmecorp.net',
            path: '/',
            expires: 1767225600,
            httpOnly: false,
            secure: false,
            sameSite: 'Lax',
          },
          {
            name: 'theme',
            value: 'dark',
            domain: 'app.acmecorp.net',
            path: '/',
            expires: -1,
            httpOnly: false,
            secure: false,
            sameSite: 'Lax',
          },
        ],
        origins: [
          {
            origin: 'https://app.acmecorp.net',
            localStorage: [
              { name: 'onboardingSeen', value: 'true' },
              { name: 'lastVisited', value: '/dashboard' },
              { name: 'deviceId', value: uuid(g) },
              { name: 'authToken', value: '' },
            ],
          },
        ],
      },
      [],
    ),
  ),
  template('cypress-env-references', (g) =>
    labelled(
      'cypress.config.ts',
      [
        "import { defineConfig } from 'cypress';",
        '',
        'export default defineConfig({',
        '  env: {',
        '    username: process.env.CYPRESS_USERNAME,',
        '    password: process.env.CYPRESS_PASSWORD,',
        "    apiToken: Cypress.env('API_TOKEN'),",
        `    tenantId: '${uuid(g)}',`,
        '  },',
        '});',
      ].join('\n'),
      [],
    ),
  ),
  template('vscode-launch-references', (g) =>
    labelled(
      '.vscode/launch.json',
      [
        '{',
        '  "version": "0.2.0",',
        '  "configurations": [',
        '    {',
        '      "type": "node",',
        '      "request": "launch",',
        '      "name": "Launch API",',
        '      "envFile": "${workspaceFolder}/.env",',
        '      "env": {',
        '        "API_KEY": "${env:API_KEY}",',
        '        "DB_PASSWORD": "${input:dbPassword}",',
        `        "REQUEST_ID": "${uuid(g)}"`,
        '      }',
        '    }',
        '  ],',
        '  "inputs": [',
        '    {',
        '      "id": "dbPassword",',
        '      "type": "promptString",',
        '      "description": "Database password",',
        '      "password": true',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
      [],
    ),
  ),
  template('vscode-settings-no-secret', (g) =>
    labelled(
      '.vscode/settings.json',
      [
        '{',
        '  "editor.tokenColorCustomizations": { "textMateRules": [{ "scope": "token.info-token", "settings": { "foreground": "#6796e6" } }] },',
        '  "sqltools.connections": [',
        '    {',
        `      "server": "${g.host()}",`,
        '      "driver": "PostgreSQL",',
        '      "name": "orders",',
        '      "username": "postgres",',
        '      "askForPassword": true,',
        '      "password": ""',
        '    }',
        '  ],',
        '  "rest-client.environmentVariables": {',
        '    "prod": { "token": "{{$processEnv API_TOKEN}}" }',
        '  },',
        '  "terminal.integrated.env.linux": { "API_KEY": "${env:API_KEY}" }',
        '}',
      ].join('\n'),
      [],
    ),
  ),
  template('jetbrains-datasource-keychain', (g) =>
    labelled(
      '.idea/dataSources.local.xml',
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<project version="4">',
        '  <component name="dataSourceStorageLocal" created-in="IU-241.15989.150">',
        `    <data-source name="orders@${g.host()}" uuid="${uuid(g)}">`,
        '      <database-info product="PostgreSQL" version="15.4" jdbc-version="4.2" />',
        '      <secret-storage>master_key</secret-storage>',
        '      <user-name>postgres</user-name>',
        '      <schema-mapping>',
        '        <introspection-scope><node kind="database" qname="@" /></introspection-scope>',
        '      </schema-mapping>',
        '    </data-source>',
        '  </component>',
        '</project>',
      ].join('\n'),
      [],
    ),
  ),
  template('dbeaver-no-saved-password', (g) =>
    jsonFile(
      '.dbeaver/data-sources.json',
      {
        folders: {},
        connections: {
          [`postgres-jdbc-${g.fake.hex(11)}-${g.fake.hex(16)}`]: {
            provider: 'postgresql',
            driver: 'postgres-jdbc',
            name: 'orders',
            'save-password': false,
            configuration: {
              host: g.host(),
              port: '5432',
              database: 'orders',
              'auth-model': 'native',
              handlers: {
                ssh_tunnel: {
                  type: 'TUNNEL',
                  enabled: true,
                  'save-password': false,
                  properties: { authType: 'PUBLIC_KEY', keyPath: '~/.ssh/id_ed25519' },
                },
              },
            },
          },
        },
      },
      [],
      '\t',
    ),
  ),
  template('docker-config-cred-helpers', (g) =>
    jsonFile(
      '.docker/config.json',
      {
        auths: { 'ghcr.io': {}, 'https://index.docker.io/v1/': {} },
        credsStore: 'desktop',
        credHelpers: {
          [`${g.fake.digits(12)}.dkr.ecr.eu-west-1.amazonaws.com`]: 'ecr-login',
          'europe-docker.pkg.dev': 'gcloud',
        },
        currentContext: 'desktop-linux',
      },
      [],
      '\t',
    ),
  ),
  template('aws-sso-config', (g) =>
    labelled(
      '.aws/config',
      [
        '[profile prod-admin]',
        'sso_session = acme',
        `sso_account_id = ${g.fake.digits(12)}`,
        'sso_role_name = AdministratorAccess',
        'region = eu-west-1',
        '',
        '[sso-session acme]',
        'sso_start_url = https://acme.awsapps.com/start',
        'sso_region = eu-west-1',
        'sso_registration_scopes = sso:account:access',
      ].join('\n'),
      [],
    ),
  ),
  template('gcloud-external-account', (g) =>
    jsonFile(
      '.config/gcloud/application_default_credentials.json',
      {
        type: 'external_account',
        audience: `//iam.googleapis.com/projects/${g.fake.digits(12)}/locations/global/workloadIdentityPools/github/providers/actions`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: 'https://sts.googleapis.com/v1/token',
        service_account_impersonation_url: `https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/deployer@${g.word()}-prod.iam.gserviceaccount.com:generateAccessToken`,
        credential_source: { file: '/var/run/secrets/tokens/gcp-ksa/token', format: { type: 'text' } },
      },
      [],
    ),
  ),
  template('azure-profile', (g) =>
    jsonFile(
      '.azure/azureProfile.json',
      {
        installationId: uuid(g),
        subscriptions: [
          {
            id: uuid(g),
            name: 'Production',
            state: 'Enabled',
            user: { name: `dev@${g.pick(['acmecorp.net', 'contoso.com'])}`, type: 'user' },
            isDefault: true,
            tenantId: uuid(g),
            environmentName: 'AzureCloud',
            homeTenantId: uuid(g),
            managedByTenants: [],
          },
        ],
      },
      [],
    ),
  ),
  template('docs-config-placeholders', (g) =>
    labelled(
      'docs/setup.md',
      [
        '## Local setup',
        '',
        'Create `cypress.env.json` (git-ignored) with your test account:',
        '',
        '```json',
        '{ "login_username": "you@example.com", "login_password": "<your password>" }',
        '```',
        '',
        'For the REST Client, add to `.vscode/settings.json`:',
        '',
        '```json',
        '"rest-client.environmentVariables": { "local": { "token": "YOUR_TOKEN_HERE" } }',
        '```',
        '',
        `Terraform state is stored remotely (bucket \`acme-tfstate-${g.fake.lowerAlnum(6)}\`); never commit \`terraform.tfstate\`.`,
      ].join('\n'),
      [],
    ),
  ),
  template('aws-sso-cache-registration-only', (g) =>
    jsonFile(
      `.aws/sso/cache/${g.fake.hex(40)}.json`,
      { startUrl: 'https://acme.awsapps.com/start', region: 'eu-west-1', expiresAt: isoTime(g), accessToken: '' },
      [],
    ),
  ),
];
