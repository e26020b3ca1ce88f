import { type Template, template } from '../../draft';
import type { Gen } from '../../gen';
import { awsKeyId, awsSecret } from '../ciIac/pipelines';
import {
  apiKey,
  basic,
  bearerToken,
  clientSecret,
  isoTime,
  jsonFile,
  labelled,
  password,
  pemJsonString,
  refreshToken,
  sessionCookie,
  uuid,
} from './values';

/**
 * dev-tools positives, infrastructure and developer state files: Terraform state, kubeconfig
 * variants, Playwright/Cypress auth state, VS Code launch/settings env blocks, JetBrains and DBeaver
 * data sources, Docker's config.json, AWS SSO/CLI caches, gcloud ADC and the Azure CLI's MSAL cache.
 * Values generated at run time.
 */

function tfstate(g: Gen, resources: unknown[], outputs: Record<string, unknown> = {}) {
  return {
    version: 4,
    terraform_version: g.pick(['1.5.7', '1.6.6', '1.8.2']),
    serial: g.between(3, 400),
    lineage: uuid(g),
    outputs,
    resources,
    check_results: null,
  };
}

function tfResource(
  type: string,
  name: string,
  provider: string,
  attributes: Record<string, unknown>,
  sensitive: string[],
) {
  return {
    mode: 'managed',
    type,
    name,
    provider: `provider["registry.terraform.io/hashicorp/${provider}"]`,
    instances: [
      {
        schema_version: 0,
        attributes,
        sensitive_attributes: sensitive.map((a) => [{ type: 'get_attr', value: a }]),
        private: 'bnVsbA==',
      },
    ],
  };
}

const TFSTATE_PATH = ['terraform.tfstate', 'infra/terraform.tfstate', 'envs/prod/terraform.tfstate.backup'];

/** A base64 kubeconfig `*-data` value holding a PEM (what client-key-data carries). */
function pemData(g: Gen, label: string): string {
  return Buffer.from(g.fake.pem(label, 6) + '\n').toString('base64');
}

function kubeconfig(g: Gen, userLines: readonly string[]): string {
  const cluster = g.pick(['prod-eu', 'staging', 'k8s-internal', 'platform']);
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${Buffer.from('-----BEGIN CERTIFICATE-----\n' + g.fake.base64(64) + '\n-----END CERTIFICATE-----\n').toString('base64')}`,
    `    server: https://${g.pick(['10.0.12.4:6443', 'k8s.acme.internal:6443', 'api.prod.acmecorp.net'])}`,
    `  name: ${cluster}`,
    'contexts:',
    '- context:',
    `    cluster: ${cluster}`,
    `    user: ${cluster}-admin`,
    `  name: ${cluster}`,
    `current-context: ${cluster}`,
    'users:',
    `- name: ${cluster}-admin`,
    '  user:',
    ...userLines,
  ].join('\n');
}

const KUBE_PATH = ['kubeconfig', '.kube/config', 'deploy/kubeconfig.yaml', 'ci/kubeconfig-prod'];

export const devStatePositives: readonly Template[] = [
  template('tfstate-db-password', (g) => {
    const pw = password(g);
    const attrs = {
      address: `orders.${g.fake.lowerAlnum(12)}.eu-west-1.rds.amazonaws.com`,
      arn: `arn:aws:rds:eu-west-1:${g.fake.digits(12)}:db:orders`,
      engine: 'postgres',
      id: 'db-' + g.fake.upperAlnum(26),
      password: pw,
      port: 5432,
      username: g.user(),
    };
    return jsonFile(
      g.pick(TFSTATE_PATH),
      tfstate(g, [tfResource('aws_db_instance', 'orders', 'aws', attrs, ['password'])]),
      [pw],
    );
  }),
  template('tfstate-random-password', (g) => {
    const pw = g.fake.from(
      'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*()-_=+[]{}<>:?',
      g.between(16, 32),
    );
    const attrs = {
      id: 'none',
      keepers: null,
      length: pw.length,
      lower: true,
      min_special: 0,
      override_special: null,
      result: pw,
      special: true,
      upper: true,
    };
    return jsonFile(
      g.pick(TFSTATE_PATH),
      tfstate(g, [tfResource('random_password', 'db', 'random', attrs, ['result'])]),
      [pw],
    );
  }),
  template('tfstate-iam-access-key', (g) => {
    const id = awsKeyId(g);
    const s = awsSecret(g);
    const attrs = {
      create_date: isoTime(g),
      encrypted_secret: null,
      id,
      pgp_key: null,
      secret: s,
      status: 'Active',
      user: `svc-${g.word()}`,
    };
    const doc = tfstate(g, [tfResource('aws_iam_access_key', 'ci', 'aws', attrs, ['secret', 'ses_smtp_password_v4'])]);
    return jsonFile(g.pick(TFSTATE_PATH), doc, [id, s]);
  }),
  template('tfstate-sensitive-output', (g) => {
    const v = g.chance(0.5) ? password(g) : apiKey(g);
    const outputs = {
      endpoint: { value: `https://${g.pick(['api.acmecorp.net', 'orders.intra.contoso.com'])}`, type: 'string' },
      [g.pick(['db_password', 'admin_password', 'api_token', 'service_key'])]: {
        value: v,
        type: 'string',
        sensitive: true,
      },
    };
    return jsonFile(g.pick(TFSTATE_PATH), tfstate(g, [], outputs), [v]);
  }),
  template('tfstate-tls-private-key', (g) => {
    const { pem, marker } = pemJsonString(g);
    const attrs = {
      algorithm: 'RSA',
      ecdsa_curve: 'P224',
      id: g.fake.hex(40),
      private_key_pem: pem,
      public_key_fingerprint_md5: g.fake.hex(32).replace(/(..)(?!$)/g, '$1:'),
      rsa_bits: 4096,
    };
    return jsonFile(
      g.pick(TFSTATE_PATH),
      tfstate(g, [tfResource('tls_private_key', 'deploy', 'tls', attrs, ['private_key_pem'])]),
      [marker],
    );
  }),
  template('tfstate-storage-account-key', (g) => {
    const key = g.fake.base64(86) + '==';
    const account = 'st' + g.fake.lowerAlnum(10);
    const attrs = {
      id: `/subscriptions/${uuid(g)}/resourceGroups/rg-prod/providers/Microsoft.Storage/storageAccounts/${account}`,
      name: account,
      primary_access_key: key,
      primary_blob_endpoint: `https://${account}.blob.core.windows.net/`,
    };
    const doc = tfstate(g, [tfResource('azurerm_storage_account', 'main', 'azurerm', attrs, ['primary_access_key'])]);
    return jsonFile(g.pick(TFSTATE_PATH), doc, [key]);
  }),
  template('kubeconfig-token', (g) => {
    const t = g.chance(0.5)
      ? g.fake.jwt({ iss: 'kubernetes/serviceaccount' })
      : g.fake.lowerAlnum(6) + '.' + g.fake.lowerAlnum(16);
    return labelled(g.pick(KUBE_PATH), kubeconfig(g, [`    token: ${t}`]), [t]);
  }),
  template('kubeconfig-client-key-data', (g) => {
    const key = pemData(g, g.pick(['RSA PRIVATE KEY', 'EC PRIVATE KEY']));
    const lines = [`    client-certificate-data: ${pemData(g, 'CERTIFICATE')}`, `    client-key-data: ${key}`];
    return labelled(g.pick(KUBE_PATH), kubeconfig(g, lines), [key]);
  }),
  template('kubeconfig-auth-provider', (g) => {
    const s = clientSecret(g);
    const id = g.fake.jwt({ iss: 'https://dex.acme.internal' });
    const r = refreshToken(g);
    const lines = [
      '    auth-provider:',
      '      config:',
      `        client-id: kubernetes`,
      `        client-secret: ${s}`,
      `        id-token: ${id}`,
      '        idp-issuer-url: https://dex.acme.internal',
      `        refresh-token: ${r}`,
      '      name: oidc',
    ];
    return labelled(g.pick(KUBE_PATH), kubeconfig(g, lines), [s, id, r]);
  }),
  template('kubeconfig-exec-env', (g) => {
    const s = awsSecret(g);
    const lines = [
      '    exec:',
      '      apiVersion: client.authentication.k8s.io/v1beta1',
      '      command: aws',
      '      args: ["eks", "get-token", "--cluster-name", "prod"]',
      '      env:',
      '      - name: AWS_REGION',
      '        value: eu-west-1',
      '      - name: AWS_SECRET_ACCESS_KEY',
      `        value: ${s}`,
    ];
    return labelled(g.pick(KUBE_PATH), kubeconfig(g, lines), [s]);
  }),
  template('kubeconfig-basic-auth', (g) => {
    const pw = password(g);
    return labelled(g.pick(KUBE_PATH), kubeconfig(g, ['    username: admin', `    password: ${pw}`]), [pw]);
  }),
  template('playwright-storage-state', (g) => {
    const c = sessionCookie(g);
    const t = g.fake.jwt({ aud: 'web' });
    const state = {
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
          name: c.name,
          value: c.value,
          domain: 'app.acmecorp.net',
          path: '/',
          expires: -1,
          httpOnly: true,
          secure: true,
          sameSite: 'Lax',
        },
      ],
      origins: [
        {
          origin: 'https://app.acmecorp.net',
          localStorage: [
            { name: 'theme', value: 'dark' },
            { name: g.pick(['access_token', 'authToken', 'jwt', 'id_token']), value: t },
          ],
        },
      ],
    };
    return jsonFile(g.pick(['playwright/.auth/user.json', 'e2e/.auth/admin.json', 'storageState.json']), state, [
      c.value,
      t,
    ]);
  }),
  template('cypress-env-json', (g) => {
    const pw = password(g);
    const k = apiKey(g);
    const env = {
      login_username: `${g.user()}@acmecorp.net`,
      login_password: pw,
      [g.pick(['api_key', 'apiToken', 'stripe_secret'])]: k,
    };
    return jsonFile('cypress.env.json', env, [pw, k]);
  }),
  template('vscode-launch-env', (g) => {
    const pw = password(g);
    const k = apiKey(g);
    const text = [
      '{',
      '  // Use IntelliSense to learn about possible attributes.',
      '  "version": "0.2.0",',
      '  "configurations": [',
      '    {',
      '      "type": "node",',
      '      "request": "launch",',
      '      "name": "Launch API",',
      '      "program": "${workspaceFolder}/src/server.js",',
      '      "env": {',
      '        "NODE_ENV": "development",',
      `        "${g.pick(['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PWD'])}": "${pw}",`,
      `        "${g.pick(['PAYMENTS_API_KEY', 'SENDGRID_API_KEY', 'API_TOKEN', 'SERVICE_SECRET'])}": "${k}"`,
      '      }',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    return labelled('.vscode/launch.json', text, [pw, k]);
  }),
  template('vscode-sqltools-connection', (g) => {
    const pw = password(g);
    const text = [
      '{',
      '  "sqltools.connections": [',
      '    {',
      '      "previewLimit": 50,',
      `      "server": "${g.host()}",`,
      '      "port": 5432,',
      '      "driver": "PostgreSQL",',
      `      "name": "${g.dbName()} prod",`,
      `      "database": "${g.dbName()}",`,
      `      "username": "${g.user()}",`,
      `      "password": "${pw}"`,
      '    }',
      '  ]',
      '}',
    ].join('\n');
    return labelled('.vscode/settings.json', text, [pw]);
  }),
  template('vscode-terminal-env', (g) => {
    const k = g.chance(0.5) ? apiKey(g) : bearerToken(g);
    const text = [
      '{',
      '  "terminal.integrated.env.linux": {',
      '    "PATH": "${env:PATH}:${workspaceFolder}/bin",',
      `    "${g.pick(['OPENAI_API_KEY', 'GITLAB_TOKEN', 'HF_TOKEN', 'NPM_TOKEN', 'SERVICE_API_KEY'])}": "${k}"`,
      '  }',
      '}',
    ].join('\n');
    return labelled('.vscode/settings.json', text, [k]);
  }),
  template('jetbrains-datasource-url-password', (g) => {
    const pw = password(g);
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<project version="4">',
      '  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">',
      `    <data-source source="LOCAL" name="${g.dbName()}@${g.host()}" uuid="${uuid(g)}">`,
      '      <driver-ref>mysql.8</driver-ref>',
      '      <synchronize>true</synchronize>',
      '      <jdbc-driver>com.mysql.cj.jdbc.Driver</jdbc-driver>',
      `      <jdbc-url>jdbc:mysql://${g.host()}:3306/${g.dbName()}?user=${g.user()}&amp;password=${pw}</jdbc-url>`,
      '      <working-dir>$ProjectFileDir$</working-dir>',
      '    </data-source>',
      '  </component>',
      '</project>',
    ].join('\n');
    return labelled('.idea/dataSources.xml', text, [pw]);
  }),
  template('jetbrains-datasource-driver-property', (g) => {
    const pw = password(g);
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<project version="4">',
      '  <component name="dataSourceStorageLocal" created-in="IU-241.15989.150">',
      `    <data-source name="${g.dbName()}" uuid="${uuid(g)}">`,
      '      <database-info product="PostgreSQL" version="15.4" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" />',
      `      <user-name>${g.user()}</user-name>`,
      '      <driver-properties>',
      '        <property name="sslmode" value="require" />',
      `        <property name="password" value="${pw}" />`,
      '      </driver-properties>',
      '    </data-source>',
      '  </component>',
      '</project>',
    ].join('\n');
    return labelled('.idea/dataSources.local.xml', text, [pw]);
  }),
  template('dbeaver-data-sources', (g) => {
    const pw = password(g);
    const doc = {
      folders: {},
      connections: {
        [`postgres-jdbc-${g.fake.hex(11)}-${g.fake.hex(16)}`]: {
          provider: 'postgresql',
          driver: 'postgres-jdbc',
          name: `${g.dbName()} prod`,
          'save-password': true,
          configuration: {
            host: g.host(),
            port: '5432',
            database: g.dbName(),
            url: `jdbc:postgresql://${g.host()}:5432/${g.dbName()}`,
            configurationType: 'MANUAL',
            type: 'prod',
            'auth-model': 'native',
            user: g.user(),
            password: pw,
          },
        },
      },
    };
    return jsonFile('.dbeaver/data-sources.json', doc, [pw], '\t');
  }),
  template('dbeaver-ssh-tunnel', (g) => {
    const pw = password(g);
    const doc = {
      connections: {
        [`mysql8-${g.fake.hex(11)}-${g.fake.hex(16)}`]: {
          provider: 'mysql',
          driver: 'mysql8',
          name: 'reporting',
          configuration: {
            host: 'localhost',
            port: '3306',
            'auth-model': 'native',
            handlers: {
              ssh_tunnel: {
                type: 'TUNNEL',
                enabled: true,
                'save-password': true,
                user: g.user(),
                password: pw,
                properties: { host: g.host(), port: 22, authType: 'PASSWORD' },
              },
            },
          },
        },
      },
    };
    return jsonFile('.dbeaver/data-sources.json', doc, [pw], '\t');
  }),
  template('docker-config-auths', (g) => {
    const auth = basic(g.user(), password(g));
    const doc = {
      auths: {
        [g.pick(['registry.acme.internal', 'https://index.docker.io/v1/', 'ghcr.io', 'nexus.corp.local:8443'])]: {
          auth,
        },
      },
      currentContext: 'default',
    };
    return jsonFile(g.pick(['.docker/config.json', 'docker/config.json']), doc, [auth], '\t');
  }),
  template('docker-config-identity-token', (g) => {
    const t = g.fake.jwt({ iss: 'registry' });
    const doc = {
      auths: {
        [`${g.fake.lowerAlnum(10)}.azurecr.io`]: {
          auth: basic('00000000-0000-0000-0000-000000000000', ''),
          identitytoken: t,
        },
      },
    };
    return jsonFile('.docker/config.json', doc, [t], '\t');
  }),
  template('aws-sso-cache', (g) => {
    const at = 'aoa' + g.fake.base64url(g.between(300, 400));
    const rt = 'aor' + g.fake.base64url(g.between(300, 400));
    const doc = {
      startUrl: `https://${g.pick(['acme', 'contoso', 'd-' + g.fake.hex(10)])}.awsapps.com/start`,
      region: 'eu-west-1',
      accessToken: at,
      expiresAt: isoTime(g),
      clientId: g.fake.base64url(22),
      refreshToken: rt,
    };
    return jsonFile(`.aws/sso/cache/${g.fake.hex(40)}.json`, doc, [at, rt]);
  }),
  template('aws-cli-cache-credentials', (g) => {
    const s = awsSecret(g);
    const st = 'IQoJb3JpZ2luX2Vj' + g.fake.base64(g.between(300, 500));
    const doc = {
      Credentials: {
        AccessKeyId: 'ASIA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
        SecretAccessKey: s,
        SessionToken: st,
        Expiration: isoTime(g),
      },
      AssumedRoleUser: {
        AssumedRoleId: 'AROA' + g.fake.upperAlnum(17) + ':botocore-session',
        Arn: `arn:aws:sts::${g.fake.digits(12)}:assumed-role/Admin/botocore-session`,
      },
    };
    const id = doc.Credentials.AccessKeyId;
    return jsonFile(`.aws/cli/cache/${g.fake.hex(40)}.json`, doc, [s, st, id], 4);
  }),
  template('gcloud-adc-authorized-user', (g) => {
    const s = clientSecret(g);
    const r = '1//0' + g.fake.base64url(g.between(90, 110));
    const doc = {
      account: '',
      client_id: `${g.fake.digits(12)}-${g.fake.lowerAlnum(32)}.apps.googleusercontent.com`,
      client_secret: s,
      quota_project_id: `${g.word()}-prod`,
      refresh_token: r,
      type: 'authorized_user',
      universe_domain: 'googleapis.com',
    };
    return jsonFile('.config/gcloud/application_default_credentials.json', doc, [s, r]);
  }),
  template('azure-msal-token-cache', (g) => {
    const home = `${uuid(g)}.${uuid(g)}`;
    const at = g.fake.jwt({ aud: 'https://management.core.windows.net/' });
    const rt = '1.A' + g.fake.base64url(g.between(200, 300)) + '.' + g.fake.base64url(g.between(100, 200));
    const cache = {
      AccessToken: {
        [`${home}-login.microsoftonline.com-accesstoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46-organizations-https://management.core.windows.net//user_impersonation`]:
          {
            credential_type: 'AccessToken',
            secret: at,
            home_account_id: home,
            environment: 'login.microsoftonline.com',
            client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
            target: 'https://management.core.windows.net//user_impersonation',
            expires_on: String(1700000000 + g.fake.int(1e7)),
          },
      },
      RefreshToken: {
        [`${home}-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--`]: {
          credential_type: 'RefreshToken',
          secret: rt,
          home_account_id: home,
          environment: 'login.microsoftonline.com',
          client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
        },
      },
    };
    return jsonFile('.azure/msal_token_cache.json', cache, [at, rt], 4);
  }),
  template('azure-service-principal-entries', (g) => {
    const s = g.fake.alnum(3) + '8Q~' + g.fake.base64url(34);
    const doc = [{ client_id: uuid(g), tenant: uuid(g), client_secret: s }];
    return jsonFile('.azure/service_principal_entries.json', doc, [s], 4);
  }),
  template('gcp-service-account-key', (g) => {
    const { pem, marker } = pemJsonString(g, 'PRIVATE KEY');
    const doc = {
      type: 'service_account',
      project_id: `${g.word()}-prod`,
      private_key_id: g.fake.hex(40),
      private_key: pem,
      client_email: `deployer@${g.word()}-prod.iam.gserviceaccount.com`,
      client_id: g.fake.digits(21),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
    };
    return jsonFile('.config/gcloud/legacy_credentials/deployer/adc.json', doc, [marker]);
  }),
  template('cypress-config-env-literal', (g) => {
    const t = bearerToken(g);
    const text = [
      "import { defineConfig } from 'cypress';",
      '',
      'export default defineConfig({',
      '  e2e: {',
      "    baseUrl: 'http://localhost:3000',",
      '  },',
      '  env: {',
      "    apiUrl: 'http://localhost:4000',",
      `    ${g.pick(['adminToken', 'apiToken', 'authToken'])}: '${t}',`,
      '  },',
      '});',
    ].join('\n');
    return labelled('cypress.config.ts', text, [t]);
  }),
  template('playwright-http-credentials', (g) => {
    const pw = password(g);
    const text = [
      "import { defineConfig } from '@playwright/test';",
      '',
      'export default defineConfig({',
      '  use: {',
      "    baseURL: 'https://staging.acmecorp.net',",
      `    httpCredentials: { username: '${g.user()}', password: '${pw}' },`,
      '  },',
      '});',
    ].join('\n');
    return labelled('playwright.config.ts', text, [pw]);
  }),
];
