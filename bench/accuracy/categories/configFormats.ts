import { type CategoryTemplates, sec, template } from '../draft';

/**
 * Credentials in configuration formats: XML elements and attributes, .NET and Maven config,
 * Jenkins credentials.xml, Kubernetes Secrets, docker-compose, Terraform, wp-config.php salts,
 * Django/Rails keys. Values are generated at run time.
 */
export const configFormats: CategoryTemplates = {
  positives: [
    template('xml-password-element', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'conf/datasource.xml',
        lines: [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<datasource>',
          `  <url>jdbc:oracle:thin:@${g.host()}:1521/ORCL</url>`,
          `  <user>${g.user()}</user>`,
          sec(`  <password>${pw}</password>`, pw),
          '</datasource>',
        ],
      };
    }),
    template('k8s-env-value', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'deploy/api-deployment.yaml',
        lines: [
          '      containers:',
          '        - name: api',
          `          image: registry.internal/api:${g.fake.digits(3)}`,
          '          env:',
          '            - name: LOG_LEVEL',
          '              value: info',
          '            - name: DATABASE_PASSWORD',
          sec(`              value: "${pw}"`, pw),
        ],
      };
    }),
    template('ios-info-plist', (g) => {
      const k = g.apiKey();
      return {
        path: 'App/Info.plist',
        lines: [
          '<dict>',
          '\t<key>CFBundleName</key>',
          '\t<string>Acme</string>',
          '\t<key>AnalyticsAPIKey</key>',
          sec(`\t<string>${k}</string>`, k),
          '</dict>',
        ],
      };
    }),
    template('gradle-build-config-field', (g) => {
      const k = g.apiKey();
      return {
        path: 'app/build.gradle',
        lines: [
          'android {',
          '    defaultConfig {',
          '        buildConfigField "String", "BASE_URL", "\\"https://api.acme.internal\\""',
          sec(`        buildConfigField "String", "API_KEY", "\\"${k}\\""`, k),
          '    }',
          '}',
        ],
      };
    }),
    template('xml-apikey-element', (g) => {
      const k = g.apiKey();
      return {
        path: 'config/feeds.xml',
        lines: [
          '<feeds>',
          '  <provider name="rates">',
          sec(`    <apiKey>${k}</apiKey>`, k),
          '    <interval>300</interval>',
          '  </provider>',
          '</feeds>',
        ],
      };
    }),
    template('xml-add-key-value', (g) => {
      const k = g.apiKey();
      return {
        path: 'App.config',
        lines: [
          '<configuration>',
          '  <appSettings>',
          '    <add key="Environment" value="Production" />',
          sec(`    <add key="PaymentGatewaySecret" value="${k}" />`, k),
          '  </appSettings>',
          '</configuration>',
        ],
      };
    }),
    template('web-config-connection-string', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'web.config',
        lines: [
          '<configuration>',
          '  <connectionStrings>',
          sec(
            `    <add name="DefaultConnection" connectionString="Data Source=${g.host()};Initial Catalog=${g.dbName()};User ID=${g.user()};Password=${pw}" providerName="System.Data.SqlClient" />`,
            pw,
          ),
          '  </connectionStrings>',
          '</configuration>',
        ],
      };
    }),
    template('maven-settings', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.m2/settings.xml',
        lines: [
          '<settings>',
          '  <servers>',
          '    <server>',
          '      <id>nexus-releases</id>',
          `      <username>${g.user()}</username>`,
          sec(`      <password>${pw}</password>`, pw),
          '    </server>',
          '  </servers>',
          '</settings>',
        ],
      };
    }),
    template('jenkins-credentials-xml', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'jenkins_home/credentials.xml',
        lines: [
          '<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
          '  <scope>GLOBAL</scope>',
          '  <id>deploy-user</id>',
          `  <username>${g.user()}</username>`,
          sec(`  <password>${pw}</password>`, pw),
          '</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
        ],
      };
    }),
    template('xml-property-value', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/webapp/WEB-INF/applicationContext.xml',
        lines: [
          '<bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource">',
          `  <property name="username" value="${g.user()}" />`,
          sec(`  <property name="password" value="${pw}" />`, pw),
          '</bean>',
        ],
      };
    }),
    template('k8s-secret-data', (g) => {
      const pw = g.plainPassword();
      const b = Buffer.from(pw).toString('base64');
      return {
        path: 'k8s/db-secret.yaml',
        lines: [
          'apiVersion: v1',
          'kind: Secret',
          'metadata:',
          '  name: db-credentials',
          'type: Opaque',
          'data:',
          `  username: ${Buffer.from(g.user()).toString('base64')}`,
          sec(`  password: ${b}`, b),
        ],
      };
    }),
    template('k8s-secret-stringdata', (g) => {
      const k = g.apiKey();
      return {
        path: 'deploy/secret.yml',
        lines: [
          'apiVersion: v1',
          'kind: Secret',
          'metadata:',
          '  name: api',
          'stringData:',
          sec(`  API_KEY: "${k}"`, k),
        ],
      };
    }),
    template('compose-env-list', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'docker-compose.yml',
        lines: [
          'services:',
          '  db:',
          '    image: postgres:16',
          '    environment:',
          `      - POSTGRES_USER=${g.user()}`,
          sec(`      - POSTGRES_PASSWORD=${pw}`, pw),
          '    ports:',
          '      - "5432:5432"',
        ],
      };
    }),
    template('compose-env-map', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'compose.yaml',
        lines: [
          'services:',
          '  mysql:',
          '    image: mysql:8',
          '    environment:',
          sec(`      MYSQL_ROOT_PASSWORD: ${pw}`, pw),
          `      MYSQL_DATABASE: ${g.dbName()}`,
        ],
      };
    }),
    template('terraform-variable-default', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'infra/variables.tf',
        lines: [
          'variable "db_password" {',
          '  description = "Master password for the RDS instance"',
          '  type        = string',
          sec(`  default     = "${pw}"`, pw),
          '  sensitive   = true',
          '}',
        ],
      };
    }),
    template('terraform-resource-attr', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'infra/rds.tf',
        lines: [
          'resource "aws_db_instance" "main" {',
          '  engine         = "postgres"',
          '  instance_class = "db.t3.micro"',
          `  username       = "${g.user().replace('-', '_')}"`,
          sec(`  password       = "${pw}"`, pw),
          '}',
        ],
      };
    }),
    template('wp-config-salts', (g) => {
      const salt = g.fake.from(WP_SALT, 64);
      return {
        path: 'wp-config.php',
        lines: [
          '<?php',
          "define( 'DB_NAME', 'wordpress' );",
          sec(`define( 'AUTH_KEY',         '${salt}' );`, salt),
          "define( 'WP_DEBUG', false );",
        ],
      };
    }),
    template('django-settings-key', (g) => {
      const key = 'django-insecure-' + g.fake.from(DJANGO, 50);
      return {
        path: 'mysite/settings.py',
        lines: [
          'from pathlib import Path',
          '',
          'BASE_DIR = Path(__file__).resolve().parent.parent',
          '',
          '# SECURITY WARNING: keep the secret key used in production secret!',
          sec(`SECRET_KEY = '${key}'`, key),
          '',
          'DEBUG = True',
        ],
      };
    }),
    template('rails-master-key', (g) => {
      const k = g.fake.hex(32);
      return { path: 'config/master.key', lines: [sec(k, k)] };
    }),
    template('rails-secrets-yml', (g) => {
      const k = g.fake.hex(128);
      return { path: 'config/secrets.yml', lines: ['production:', sec(`  secret_key_base: ${k}`, k)] };
    }),
    template('filezilla-sitemanager', (g) => {
      const b = Buffer.from(g.plainPassword()).toString('base64');
      return {
        path: 'FileZilla/sitemanager.xml',
        lines: [
          '<FileZilla3>',
          '  <Servers>',
          '    <Server>',
          `      <Host>${g.host()}</Host>`,
          '      <Port>21</Port>',
          `      <User>${g.user()}</User>`,
          sec(`      <Pass encoding="base64">${b}</Pass>`, b),
          '    </Server>',
          '  </Servers>',
          '</FileZilla3>',
        ],
      };
    }),
    template('helm-values', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'charts/app/values.yaml',
        lines: [
          'postgresql:',
          '  auth:',
          `    username: ${g.user()}`,
          sec(`    password: ${pw}`, pw),
          `    database: ${g.dbName()}`,
        ],
      };
    }),
    template('properties-secret', (g) => {
      const k = g.apiKey();
      return {
        path: 'src/main/resources/application-prod.properties',
        lines: ['server.port=8080', sec(`app.payments.client-secret=${k}`, k), 'logging.level.root=INFO'],
      };
    }),
    template('ini-conf', (g) => {
      const pw = g.plainPassword();
      return {
        path: '/etc/app/app.conf',
        lines: ['[ldap]', `uri = ldaps://${g.host()}`, 'bind_dn = cn=svc,dc=corp,dc=local', sec(`bind_pw = ${pw}`, pw)],
      };
    }),
    template('test-fixture-config', (g) => {
      const k = g.apiKey();
      return { path: 'src/test/resources/application-test.yml', lines: ['payments:', sec(`  client-secret: ${k}`, k)] };
    }),
    template('dockerfile-env-space-form', (g) => {
      // The older `ENV NAME value` form, without `=`.
      const k = g.chance(0.5) ? g.apiKey() : g.plainPassword();
      const name = g.pick(['API_TOKEN', 'DB_PASSWORD', 'STRIPE_SECRET_KEY', 'SMTP_PASS']);
      return {
        path: g.pick(['Dockerfile', 'docker/api.Dockerfile', 'Containerfile']),
        lines: [
          'FROM node:20-slim',
          'WORKDIR /app',
          'ENV NODE_ENV production',
          sec(`ENV ${name} ${k}`, k),
          'CMD ["node", "server.js"]',
        ],
      };
    }),
    template('bare-key-setting', (g) => {
      // A random mixed-case key: hex digests and lower-case ids under a bare `key` are too often not secrets.
      const k = g.fake.alnum(g.between(20, 40));
      const [path, line] = g.pick([
        ['settings.py', `key = "${k}"`],
        ['config/vendor.json', `  "key": "${k}",`],
        ['.env.production', `KEY=${k}`],
        ['config/keys.yml', `    key: '${k}'`],
      ] as const);
      return { path, lines: ['# vendor', sec(line, k)] };
    }),
  ],
  negatives: [
    template('xml-empty-and-reference', () => ({
      path: 'conf/datasource.xml',
      lines: [
        '<datasource>',
        '  <user>${db.user}</user>',
        '  <password>${db.password}</password>',
        '  <passwordFile>/run/secrets/db</passwordFile>',
        '</datasource>',
      ],
    })),
    template('web-config-keyvault', () => ({
      path: 'web.config',
      lines: [
        '<configuration>',
        '  <appSettings>',
        '    <add key="ClientSecret" value="@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/ClientSecret/)" />',
        '    <add key="PasswordMinLength" value="12" />',
        '    <add key="TokenLifetimeMinutes" value="60" />',
        '  </appSettings>',
        '</configuration>',
      ],
    })),
    template('maven-encrypted-ref', () => ({
      path: '.m2/settings.xml',
      lines: [
        '<server>',
        '  <id>nexus</id>',
        '  <username>${env.NEXUS_USER}</username>',
        '  <password>${env.NEXUS_PASSWORD}</password>',
        '</server>',
      ],
    })),
    template('k8s-secret-ref', () => ({
      path: 'k8s/deployment.yaml',
      lines: [
        'env:',
        '  - name: DB_PASSWORD',
        '    valueFrom:',
        '      secretKeyRef:',
        '        name: db-credentials',
        '        key: password',
      ],
    })),
    template('k8s-configmap', (g) => ({
      path: 'k8s/configmap.yaml',
      lines: [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: app-config',
        'data:',
        `  DB_HOST: ${g.host()}`,
        '  TOKEN_TTL: "3600"',
        '  PASSWORD_RESET_PATH: /reset',
      ],
    })),
    template('compose-env-interpolation', () => ({
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  db:',
        '    image: postgres:16',
        '    environment:',
        '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}',
        '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password',
        '    secrets:',
        '      - db_password',
      ],
    })),
    template('terraform-no-default', () => ({
      path: 'infra/variables.tf',
      lines: [
        'variable "db_password" {',
        '  description = "Master password for the RDS instance"',
        '  type        = string',
        '  sensitive   = true',
        '}',
        '',
        'variable "api_key_name" {',
        '  default = "payments-api-key"',
        '}',
      ],
    })),
    template('terraform-random-password', () => ({
      path: 'infra/rds.tf',
      lines: [
        'resource "random_password" "db" {',
        '  length  = 32',
        '  special = true',
        '}',
        '',
        'resource "aws_db_instance" "main" {',
        '  password = random_password.db.result',
        '}',
      ],
    })),
    template('wp-config-placeholder', () => ({
      path: 'wp-config-sample.php',
      lines: [
        "define( 'AUTH_KEY',         'put your unique phrase here' );",
        "define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );",
        "define( 'DB_PASSWORD', 'password_here' );",
      ],
    })),
    template('django-env-key', () => ({
      path: 'mysite/settings.py',
      lines: [
        'import os',
        '',
        "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
        "PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']",
        "AUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'}]",
      ],
    })),
    template('rails-credentials-ref', () => ({
      path: 'config/environments/production.rb',
      lines: [
        'Rails.application.configure do',
        '  config.secret_key_base = Rails.application.credentials.secret_key_base',
        "  config.x.api_key = ENV.fetch('API_KEY')",
        'end',
      ],
    })),
    template('xml-schema-names', () => ({
      path: 'schema/user.xsd',
      lines: [
        '<xs:element name="password" type="xs:string"/>',
        '<xs:element name="apiKey" type="xs:string" minOccurs="0"/>',
        '<xs:attribute name="secret" type="xs:boolean" default="false"/>',
      ],
    })),
    template('properties-placeholders', () => ({
      path: 'src/main/resources/application.properties',
      lines: [
        'spring.datasource.password=${DB_PASSWORD}',
        'app.jwt.secret=${JWT_SECRET}',
        'app.payments.client-secret=',
        'app.token.expiry-seconds=3600',
      ],
    })),
    template('sealed-secret', (g) => ({
      path: 'k8s/sealed-secret.yaml',
      lines: [
        'apiVersion: bitnami.com/v1alpha1',
        'kind: SealedSecret',
        'metadata:',
        '  name: db-credentials',
        'spec:',
        '  encryptedData:',
        `    password: Ag${g.fake.base64(300)}`,
      ],
    })),
  ],
};

const WP_SALT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|';
const DJANGO = 'abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)';
