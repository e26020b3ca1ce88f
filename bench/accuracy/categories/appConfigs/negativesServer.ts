import { type Template, template } from '../../draft';
import { appHost } from './values';

/**
 * Server framework configuration with no credential in it: the value comes from the environment
 * or a secret store (`${VAR}`, `%env()%`, `ENV[...]`, `env('X')`, `os.environ`), is encrypted at
 * rest with a key kept elsewhere (Jasypt `ENC(...)`, Rails `credentials.yml.enc`), is the framework's own
 * documented stand-in (`!ChangeMe!`), is masked, or is the *name* of a setting.
 */
export const serverNegatives: readonly Template[] = [
  template('spring-placeholders', (g) => ({
    path: 'src/main/resources/application.properties',
    lines: [
      `spring.datasource.url=jdbc:postgresql://${appHost(g)}:5432/${g.dbName()}`,
      'spring.datasource.username=${DB_USER}',
      `spring.datasource.password=\${${g.pick(['DB_PASSWORD', 'SPRING_DATASOURCE_PASSWORD', 'vault.db.password'])}}`,
      'spring.mail.password=${MAIL_PASSWORD:}',
      'spring.security.oauth2.client.registration.github.client-secret=${GITHUB_CLIENT_SECRET}',
      'app.jwt.expiration-ms=${JWT_EXPIRATION_MS:86400000}',
    ],
  })),
  template('spring-yaml-placeholders', (g) => ({
    path: 'src/main/resources/application-prod.yml',
    lines: [
      'spring:',
      '  datasource:',
      `    username: \${DB_USERNAME:${g.user()}}`,
      '    password: ${DB_PASSWORD}',
      '  security:',
      '    oauth2:',
      '      client:',
      '        registration:',
      '          okta:',
      '            client-id: ${OKTA_CLIENT_ID}',
      '            client-secret: ${OKTA_CLIENT_SECRET}',
    ],
  })),
  template('jasypt-encrypted', (g) => ({
    path: 'src/main/resources/application.properties',
    lines: [
      'jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}',
      'jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256',
      `spring.datasource.password=ENC(${g.fake.base64(64)})`,
      `spring.mail.password=ENC(${g.fake.base64(44)})`,
    ],
  })),
  template('spring-value-annotation', (g) => ({
    path: `src/main/java/com/acme/${g.word()}/security/JwtProperties.java`,
    lines: [
      '@Component',
      'public class JwtProperties {',
      '    @Value("${app.jwt.secret}")',
      '    private String secret;',
      '',
      '    @Value("${spring.datasource.password}")',
      '    private String dbPassword;',
      '}',
    ],
  })),
  template('aspnet-no-literal-secrets', (g) => ({
    path: g.pick(['appsettings.json', 'src/Api/appsettings.json']),
    lines: [
      '{',
      '  "ConnectionStrings": {',
      `    "DefaultConnection": "Server=(localdb)\\\\mssqllocaldb;Database=${g.dbName()};Trusted_Connection=True;MultipleActiveResultSets=true",`,
      `    "Reporting": "Server=${appHost(g)};Database=reports;Integrated Security=SSPI;"`,
      '  },',
      '  "Jwt": {',
      '    "Key": "",',
      '    "Issuer": "https://api.acme.io"',
      '  },',
      '  "Smtp": { "Password": "" }',
      '}',
    ],
  })),
  template('aspnet-appsettings-stand-ins', () => ({
    path: 'appsettings.Development.json',
    lines: [
      '{',
      '  "Jwt": {',
      '    "Key": "<set with dotnet user-secrets>",',
      '    "Audience": "acme-clients"',
      '  },',
      '  "SendGrid": { "ApiKey": "YOUR_SENDGRID_API_KEY" },',
      '  "ConnectionStrings": {',
      '    "Default": "Server=localhost;Database=app;User Id=sa;Password=<YourStrong@Passw0rd>;"',
      '  }',
      '}',
    ],
  })),
  template('dotnet-config-key-names', (g) => ({
    path: `src/${g.pick(['Api', 'Web', 'Worker'])}/ConfigKeys.cs`,
    lines: [
      'public static class ConfigKeys',
      '{',
      '    public const string JwtKey = "Jwt:Key";',
      '    public const string SmtpPassword = "Smtp:Password";',
      '    public const string ClientSecret = "Authentication:Google:ClientSecret";',
      '    public const string DefaultConnection = "ConnectionStrings:DefaultConnection";',
      '}',
    ],
  })),
  template('laravel-env-without-fallback', (g) => ({
    path: 'config/database.php',
    lines: [
      "        'pgsql' => [",
      "            'driver' => 'pgsql',",
      `            'host' => env('DB_HOST', '${appHost(g)}'),`,
      "            'username' => env('DB_USERNAME', 'forge'),",
      `            'password' => env('DB_PASSWORD'${g.pick(['', ", ''", ', null'])}),`,
      "            'sslmode' => 'prefer',",
      '        ],',
    ],
  })),
  template('laravel-lang-passwords', () => ({
    path: 'lang/en/passwords.php',
    lines: [
      '<?php',
      '',
      'return [',
      "    'reset' => 'Your password has been reset.',",
      "    'sent' => 'We have emailed your password reset link.',",
      "    'token' => 'This password reset token is invalid.',",
      "    'user' => \"We can't find a user with that email address.\",",
      '];',
    ],
  })),
  template('symfony-env-references', () => ({
    path: 'config/packages/doctrine.yaml',
    lines: [
      'parameters:',
      "    database_password: '%env(DATABASE_PASSWORD)%'",
      "    app.secret: '%env(APP_SECRET)%'",
      'doctrine:',
      '    dbal:',
      "        url: '%env(resolve:DATABASE_URL)%'",
    ],
  })),
  template('symfony-dotenv-defaults', () => ({
    path: '.env',
    lines: [
      '# In all environments, the following files are loaded if they exist,',
      '# the latter taking precedence over the former: .env.local, .env.$APP_ENV',
      'APP_ENV=dev',
      'APP_SECRET=',
      'DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"',
      'MAILER_DSN=null://null',
    ],
  })),
  template('rails-env-references', (g) => ({
    path: 'config/database.yml',
    lines: [
      'production:',
      '  adapter: postgresql',
      `  database: ${g.dbName()}_production`,
      "  username: <%= ENV['DATABASE_USERNAME'] %>",
      "  password: <%= ENV['DATABASE_PASSWORD'] %>",
      '  secret_key_base: <%= Rails.application.credentials.secret_key_base %>',
      '  api_key: <%= Rails.application.credentials.dig(:stripe, :secret_key) %>',
    ],
  })),
  template('rails-encrypted-credentials', (g) => ({
    path: 'config/credentials.yml.enc',
    lines: [`${g.fake.base64(g.between(200, 320))}--${g.fake.base64(16)}--${g.fake.base64(22)}==`],
  })),
  template('django-settings-env', (g) => ({
    path: `${g.pick(['mysite', 'config'])}/settings.py`,
    lines: [
      'import os',
      '',
      "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
      'DATABASES = {',
      "    'default': {",
      "        'ENGINE': 'django.db.backends.postgresql',",
      "        'PASSWORD': os.environ.get('POSTGRES_PASSWORD', ''),",
      "        'HOST': env('DB_HOST', default='localhost'),",
      '    }',
      '}',
      "EMAIL_HOST_PASSWORD = config('EMAIL_HOST_PASSWORD')",
    ],
  })),
  template('flask-config-env', () => ({
    path: 'config.py',
    lines: [
      'class Config:',
      "    SECRET_KEY = os.getenv('SECRET_KEY')",
      "    SQLALCHEMY_DATABASE_URI = os.getenv('DATABASE_URL', 'sqlite:///app.db')",
      "    MAIL_PASSWORD = os.environ.get('MAIL_PASSWORD')",
      '',
      'class TestingConfig(Config):',
      '    TESTING = True',
      '    WTF_CSRF_ENABLED = False',
    ],
  })),
  template('masked-values', (g) => ({
    path: g.pick(['docs/actuator-env.json', 'logs/config-dump.json']),
    lines: [
      '{',
      '  "spring.datasource.password": { "value": "******" },',
      '  "spring.mail.password": { "value": "******" },',
      `  "spring.security.oauth2.client.registration.${g.pick(['github', 'okta'])}.client-secret": { "value": "******" },`,
      '  "app.jwt.secret": { "value": "********" }',
      '}',
    ],
  })),
];
