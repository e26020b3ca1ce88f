import { type Template, sec, template } from '../../draft';
import type { Gen } from '../../gen';
import { appHost, configPassword, signingSecret, stripeSecretKey } from './values';

/**
 * Credentials in PHP, Ruby and Python framework configuration: Laravel `config/*.php` arrays with
 * a literal fallback in `env()`, Symfony `.env.local` and `parameters.yml`, Rails `database.yml`,
 * `secrets.yml` and decrypted credentials, Django `settings.py` and Flask config classes.
 */
export const scriptFrameworkPositives: readonly Template[] = [
  template('laravel-config-database-fallback', (g) => {
    const pw = configPassword(g);
    return {
      path: 'config/database.php',
      lines: [
        '<?php',
        '',
        'return [',
        "    'default' => env('DB_CONNECTION', 'mysql'),",
        "    'connections' => [",
        "        'mysql' => [",
        "            'driver' => 'mysql',",
        `            'host' => env('DB_HOST', '${appHost(g)}'),`,
        `            'database' => env('DB_DATABASE', '${g.dbName()}'),`,
        `            'username' => env('DB_USERNAME', '${g.user()}'),`,
        sec(`            'password' => env('DB_PASSWORD', '${pw}'),`, pw),
        "            'charset' => 'utf8mb4',",
        '        ],',
        '    ],',
        '];',
      ],
    };
  }),
  template('laravel-config-services', (g) => {
    const key = g.chance(0.5) ? 'key-' + g.fake.hex(32) : stripeSecretKey(g);
    const service = key.startsWith('key-') ? 'mailgun' : 'stripe';
    return {
      path: 'config/services.php',
      lines: [
        '<?php',
        '',
        'return [',
        `    '${service}' => [`,
        service === 'mailgun'
          ? "        'domain' => env('MAILGUN_DOMAIN', 'mg.acme.io'),"
          : "        'model' => App\\Models\\User::class,",
        sec(`        'secret' => env('${service.toUpperCase()}_SECRET', '${key}'),`, key),
        '    ],',
        '];',
      ],
    };
  }),
  template('laravel-config-mail-literal', (g) => {
    const pw = configPassword(g);
    return {
      path: 'config/mail.php',
      lines: [
        "    'mailers' => [",
        "        'smtp' => [",
        "            'transport' => 'smtp',",
        "            'host' => 'smtp.mailtrap.io',",
        "            'port' => 2525,",
        `            'username' => '${g.fake.hex(14)}',`,
        sec(`            'password' => '${pw}',`, pw),
        "            'encryption' => 'tls',",
        '        ],',
      ],
    };
  }),
  template('symfony-env-local', (g) => {
    const pw = configPassword(g);
    const secret = g.fake.hex(32);
    return {
      path: g.pick(['.env.local', '.env.prod.local', '.env']),
      lines: [
        '###> symfony/framework-bundle ###',
        'APP_ENV=prod',
        sec(`APP_SECRET=${secret}`, secret),
        '###< symfony/framework-bundle ###',
        '',
        '###> doctrine/doctrine-bundle ###',
        sec(
          `DATABASE_URL="postgresql://${g.user()}:${pw}@${appHost(g)}:5432/${g.dbName()}?serverVersion=16&charset=utf8"`,
          pw,
        ),
        '###< doctrine/doctrine-bundle ###',
      ],
    };
  }),
  template('symfony-parameters-yml', (g) => {
    const pw = configPassword(g);
    const secret = g.fake.hex(40);
    return {
      path: 'app/config/parameters.yml',
      lines: [
        'parameters:',
        '    database_host: 127.0.0.1',
        '    database_port: null',
        `    database_name: ${g.dbName()}`,
        `    database_user: ${g.user()}`,
        sec(`    database_password: ${pw}`, pw),
        '    mailer_transport: smtp',
        '    mailer_host: 127.0.0.1',
        sec(`    secret: ${secret}`, secret),
      ],
    };
  }),
  template('rails-database-yml', (g) => {
    const pw = configPassword(g);
    return {
      path: 'config/database.yml',
      lines: [
        'default: &default',
        '  adapter: postgresql',
        '  encoding: unicode',
        '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>',
        '',
        'production:',
        '  <<: *default',
        `  database: ${g.dbName()}_production`,
        `  username: ${g.user()}`,
        sec(`  password: ${pw}`, pw),
        `  host: ${appHost(g)}`,
      ],
    };
  }),
  template('rails-secrets-yml', (g) => {
    const dev = g.fake.hex(128);
    const test = g.fake.hex(128);
    return {
      path: 'config/secrets.yml',
      lines: [
        'development:',
        sec(`  secret_key_base: ${dev}`, dev),
        '',
        'test:',
        sec(`  secret_key_base: ${test}`, test),
        '',
        '# Do not keep production secrets in the repository.',
        'production:',
        '  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>',
      ],
    };
  }),
  template('rails-credentials-decrypted', (g) => {
    const id = 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
    const secret = g.fake.base64(40);
    const stripe = stripeSecretKey(g);
    return {
      path: 'config/credentials/production.yml',
      lines: [
        'aws:',
        sec(`  access_key_id: ${id}`, id),
        sec(`  secret_access_key: ${secret}`, secret),
        '',
        'stripe:',
        sec(`  secret_key: ${stripe}`, stripe),
      ],
    };
  }),
  template('django-settings-databases', (g) => {
    const pw = g.password().replace(/'/g, '');
    return {
      path: `${g.pick(['mysite', 'config', 'backend'])}/settings.py`,
      lines: [
        'DATABASES = {',
        "    'default': {",
        "        'ENGINE': 'django.db.backends.postgresql',",
        `        'NAME': '${g.dbName()}',`,
        `        'USER': '${g.user()}',`,
        sec(`        'PASSWORD': '${pw}',`, pw),
        `        'HOST': '${appHost(g)}',`,
        "        'PORT': '5432',",
        '    }',
        '}',
      ],
    };
  }),
  template('django-settings-email', (g) => {
    const pw = configPassword(g);
    return {
      path: 'mysite/settings/production.py',
      lines: [
        "EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'",
        "EMAIL_HOST = 'smtp.gmail.com'",
        'EMAIL_PORT = 587',
        'EMAIL_USE_TLS = True',
        `EMAIL_HOST_USER = '${g.user()}@gmail.com'`,
        sec(`EMAIL_HOST_PASSWORD = '${pw}'`, pw),
      ],
    };
  }),
  template('flask-config-class', (g) => flaskConfig(g)),
  template('flask-config-mail', (g) => {
    const pw = configPassword(g);
    return {
      path: 'config.py',
      lines: [
        'class Config:',
        "    MAIL_SERVER = 'smtp.googlemail.com'",
        '    MAIL_PORT = 587',
        '    MAIL_USE_TLS = True',
        `    MAIL_USERNAME = '${g.user()}@gmail.com'`,
        sec(`    MAIL_PASSWORD = '${pw}'`, pw),
      ],
    };
  }),
];

function flaskConfig(g: Gen) {
  const key = signingSecret(g);
  const pw = configPassword(g);
  return {
    path: g.pick(['config.py', 'app/config.py']),
    lines: [
      'import os',
      '',
      '',
      'class Config:',
      '    SQLALCHEMY_TRACK_MODIFICATIONS = False',
      '',
      '',
      'class ProductionConfig(Config):',
      sec(`    SECRET_KEY = '${key}'`, key),
      sec(`    SQLALCHEMY_DATABASE_URI = 'postgresql://${g.user()}:${pw}@${appHost(g)}/${g.dbName()}'`, pw),
    ],
  };
}
