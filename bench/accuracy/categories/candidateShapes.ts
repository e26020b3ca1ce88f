import { type CategoryTemplates, sec, template } from '../draft';

/**
 * Credentials whose name and value stand in separate fields (CloudFormation parameter files,
 * Postman environments, Terraform container definitions), with hard negatives that share the
 * shape: workflow steps, settings about a secret, references. Part of config-formats.
 */
export const namedPairs: CategoryTemplates = {
  positives: [
    template('cloudformation-parameters-json', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'infra/params/prod.json',
        lines: [
          '[',
          `  { "ParameterKey": "Environment", "ParameterValue": "prod" },`,
          '  {',
          '    "ParameterKey": "DBMasterPassword",',
          sec(`    "ParameterValue": "${pw}"`, pw),
          '  }',
          ']',
        ],
      };
    }),
    template('postman-environment', (g) => {
      const k = g.apiKey();
      return {
        path: 'postman/staging.postman_environment.json',
        lines: [
          '{',
          '  "name": "staging",',
          '  "values": [',
          `    { "key": "baseUrl", "value": "https://${g.host()}", "enabled": true },`,
          '    {',
          '      "key": "api_key",',
          sec(`      "value": "${k}",`, k),
          '      "enabled": true',
          '    }',
          '  ]',
          '}',
        ],
      };
    }),
    template('terraform-container-env', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'infra/ecs/service.tf',
        lines: [
          'container_definitions = jsonencode([{',
          `  name  = "${g.word()}"`,
          '  environment = [',
          `    { name = "DB_HOST", value = "${g.host()}" },`,
          sec(`    { name = "DB_PASSWORD", value = "${pw}" },`, pw),
          '  ]',
          '}])',
        ],
      };
    }),
  ],
  negatives: [
    template('workflow-steps', () => ({
      path: '.github/workflows/release.yml',
      lines: [
        'jobs:',
        '  release:',
        '    steps:',
        '      - name: Check the API token',
        '        run: ./scripts/check-token.sh',
        '      - name: NPM_TOKEN',
        '        env:',
        '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
      ],
    })),
    template('pairs-about-secrets', (g) => ({
      path: 'postman/dev.postman_environment.json',
      lines: [
        '[',
        '  { "key": "token_ttl", "value": "3600" },',
        `  { "key": "auth_url", "value": "https://${g.host()}/oauth/token" },`,
        '  { "key": "password", "value": "" },',
        '  { "key": "api_key", "value": "{{API_KEY}}" }',
        ']',
      ],
    })),
    template('cloudformation-secure-ref', () => ({
      path: 'infra/params/prod.yaml',
      lines: [
        '- ParameterKey: DBMasterPassword',
        '  ParameterValue: "{{resolve:secretsmanager:prod/db:SecretString:password}}"',
        '- ParameterKey: ApiKeyParam',
        '  ParameterValue: !Ref ApiKeySecretArn',
      ],
    })),
  ],
};

/**
 * Credentials given to a setter, a builder or a keyed call (`setPassword("...")`,
 * `props.put("mail.smtp.password", "...")`) and Go MySQL DSNs, with their hard negatives: values
 * read from the environment, getters, labels and format templates. Part of passwords.
 */
export const callArguments: CategoryTemplates = {
  positives: [
    template('java-datasource-setter', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/java/com/acme/db/DataSourceConfig.java',
        lines: [
          '    HikariDataSource ds = new HikariDataSource();',
          `    ds.setJdbcUrl("jdbc:postgresql://${g.host()}:5432/${g.dbName()}");`,
          `    ds.setUsername("${g.user()}");`,
          sec(`    ds.setPassword("${pw}");`, pw),
        ],
      };
    }),
    template('javamail-props-put', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/java/com/acme/mail/Mailer.java',
        lines: [
          '    Properties props = new Properties();',
          `    props.put("mail.smtp.host", "${g.host()}");`,
          '    props.put("mail.smtp.auth", "true");',
          sec(`    props.put("mail.smtp.password", "${pw}");`, pw),
        ],
      };
    }),
    template('sdk-builder-api-key', (g) => {
      const k = g.apiKey();
      return {
        path: 'src/main/kotlin/com/acme/ai/Client.kt',
        lines: ['val client = OpenAIOkHttpClient.builder()', sec(`    .apiKey("${k}")`, k), '    .build()'],
      };
    }),
    template('go-setenv-token', (g) => {
      const k = g.apiKey();
      return {
        path: 'cmd/sync/main_dev.go',
        lines: ['func init() {', sec(`\tos.Setenv("SYNC_API_TOKEN", "${k}")`, k), '}'],
      };
    }),
    template('java-keystore-load', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/java/com/acme/tls/KeyStores.java',
        lines: [
          '    KeyStore ks = KeyStore.getInstance("PKCS12");',
          '    try (InputStream in = Files.newInputStream(path)) {',
          sec(`      ks.load(in, "${pw}".toCharArray());`, pw),
          '    }',
        ],
      };
    }),
    template('smbclient-user-password', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'scripts/backup.sh',
        lines: [
          '#!/bin/sh',
          'tar czf /tmp/db.tgz /var/lib/db',
          sec(`smbclient //${g.host()}/backup -U ${g.user()}%${pw} -c 'put /tmp/db.tgz db.tgz'`, pw),
        ],
      };
    }),
    template('go-mysql-dsn', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'internal/db/open.go',
        lines: [
          'func Open() (*sql.DB, error) {',
          sec(`\treturn sql.Open("mysql", "${g.user()}:${pw}@tcp(${g.host()}:3306)/${g.dbName()}?parseTime=true")`, pw),
          '}',
        ],
      };
    }),
  ],
  negatives: [
    template('setters-without-literal', () => ({
      path: 'src/main/java/com/acme/db/Config.java',
      lines: [
        '    ds.setPassword(System.getenv("DB_PASSWORD"));',
        '    form.setPasswordLabel("Password");',
        '    props.put("mail.smtp.password", smtpPassword);',
        '    props.put("password_min_length", "12");',
        '    String token = credential.getToken("https://vault.azure.net/.default");',
      ],
    })),
    template('char-arrays-and-prompts', () => ({
      path: 'src/main/java/com/acme/util/Hex.java',
      lines: [
        '    private static final char[] DIGITS = "0123456789abcdef".toCharArray();',
        '    ks.load(in, storePassword.toCharArray());',
        '    // smbclient //fs01/backup -U backup  (prompts for the password)',
      ],
    })),
    template('go-dsn-template', () => ({
      path: 'internal/db/dsn.go',
      lines: [
        'func dsn(c Config) string {',
        '\treturn fmt.Sprintf("%s:%s@tcp(%s:%d)/%s", c.User, c.Password, c.Host, c.Port, c.Name)',
        '}',
        '// Example: user:password@tcp(localhost:3306)/dbname',
      ],
    })),
  ],
};

/**
 * A password that is one lowercase word, under a password's name in a config file (.properties,
 * .ini, .cfg): weak but real. Hard negatives: what such settings hold when they hold no password
 * (a mode, a source, a mechanism), and settings about the password. Part of passwords.
 */
export const wordPasswords: CategoryTemplates = {
  positives: [
    template('properties-word-password', (g) => {
      const pw = g.pick(CONFIG_WORD_PASSWORDS);
      return {
        path: 'src/main/resources/mail.properties',
        lines: [`mail.smtp.host=${g.host()}`, `mail.smtp.user=${g.user()}`, sec(`mail.smtp.password = ${pw}`, pw)],
      };
    }),
    template('ini-word-password', (g) => {
      const pw = g.pick(CONFIG_WORD_PASSWORDS);
      return {
        path: 'conf/backup.ini',
        lines: ['[remote]', `host = ${g.host()}`, `user = ${g.user()}`, sec(`pass = ${pw}`, pw)],
      };
    }),
  ],
  negatives: [
    template('config-password-modes', () => ({
      path: 'conf/client.cfg',
      lines: [
        '[auth]',
        'password = prompt',
        'password_store = keyring',
        'passwordEncoder = bcrypt',
        'password_mode = interactive',
        'password = changeit',
      ],
    })),
  ],
};

/** Lowercase words people use as passwords (none a dummy the judge knows). */
const CONFIG_WORD_PASSWORDS = [
  'tangerine',
  'bluefish',
  'marmalade',
  'snowdrift',
  'pinecone',
  'copperfield',
  'lighthouse',
];
