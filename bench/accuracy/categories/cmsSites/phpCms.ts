import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * cms-sites positives from the other PHP CMSes: Drupal settings.php / settings.local.php
 * ($databases, hash_salt, $config overrides for SMTP, S3 File System and Mailchimp), Drush 8
 * aliases with database URLs; Joomla configuration.php ($password, $secret, $smtppass); TYPO3
 * LocalConfiguration.php / settings.php (database, encryptionKey, installToolPassword hash, SMTP);
 * Craft CMS .env and license.key; Concrete CMS database.php; October/Winter CMS .env and
 * config/database.php; Matomo config.ini.php. Values generated at run time.
 */
export const phpCmsPositives: readonly Template[] = [
  template('drupal-settings-databases', (g) => {
    const pw = v.sitePassword(g).replace(/'/g, '');
    const salt = v.drupalHashSalt(g);
    return {
      path: g.pick([
        'web/sites/default/settings.php',
        'docroot/sites/default/settings.php',
        'sites/default/settings.php',
      ]),
      lines: [
        '<?php',
        "$databases['default']['default'] = [",
        `  'database' => '${g.pick(['drupal', 'drupal10', 'd9_prod'])}',`,
        `  'username' => '${v.dbUser(g, 'drupal')}',`,
        sec(`  'password' => '${pw}',`, pw),
        `  'host' => '${v.dbHost(g)}',`,
        "  'port' => '3306',",
        "  'driver' => 'mysql',",
        "  'prefix' => '',",
        "  'collation' => 'utf8mb4_general_ci',",
        '];',
        sec(`$settings['hash_salt'] = '${salt}';`, salt),
        "$settings['config_sync_directory'] = '../config/sync';",
      ],
    };
  }),
  template('drupal-settings-local-overrides', (g) => {
    const smtp = v.plainSitePassword(g);
    return {
      path: g.pick(['web/sites/default/settings.local.php', 'sites/default/settings.prod.php']),
      lines: [
        '<?php',
        '// Production overrides kept out of config export.',
        "$config['system.logging']['error_level'] = 'hide';",
        "$config['smtp.settings']['smtp_on'] = TRUE;",
        `$config['smtp.settings']['smtp_host'] = '${v.smtpHost(g)}';`,
        "$config['smtp.settings']['smtp_port'] = '587';",
        `$config['smtp.settings']['smtp_username'] = '${v.email(g)}';`,
        sec(`$config['smtp.settings']['smtp_password'] = '${smtp}';`, smtp),
      ],
    };
  }),
  template('drupal-settings-s3fs', (g) => {
    const id = v.awsKeyId(g);
    const secret = v.awsSecret(g);
    return {
      path: 'web/sites/default/settings.php',
      lines: [
        "$config['s3fs.settings']['bucket'] = 'drupal-files-prod';",
        "$config['s3fs.settings']['region'] = 'eu-central-1';",
        sec(`$settings['s3fs.access_key'] = '${id}';`, id),
        sec(`$settings['s3fs.secret_key'] = '${secret}';`, secret),
        "$settings['s3fs.use_s3_for_public'] = TRUE;",
      ],
    };
  }),
  template('drupal-settings-mailchimp', (g) => {
    const key = g.fake.hex(32) + '-us' + g.between(1, 21);
    return {
      path: 'web/sites/default/settings.php',
      lines: [
        "$settings['trusted_host_patterns'] = ['^www\\.example\\.org$'];",
        sec(`$config['mailchimp.settings']['api_key'] = '${key}';`, key),
        "$config['mailchimp.settings']['cron'] = FALSE;",
      ],
    };
  }),
  template('drush-aliases-drushrc', (g) => {
    const pw = v.plainSitePassword(g);
    return {
      path: g.pick(['drush/aliases.drushrc.php', 'sites/all/drush/site.aliases.drushrc.php']),
      lines: [
        '<?php',
        "$aliases['prod'] = array(",
        `  'uri' => '${v.siteDomain(g)}',`,
        "  'root' => '/var/www/drupal/web',",
        `  'remote-host' => 'web1.${g.pick(['corp.local', 'acme.internal'])}',`,
        "  'remote-user' => 'deploy',",
        sec(
          `  'databases' => array('default' => array('default' => array('driver' => 'mysql', 'username' => 'drupal', 'password' => '${pw}', 'host' => 'localhost', 'database' => 'drupal'))),`,
          pw,
        ),
        ');',
      ],
    };
  }),
  template('drupal-db-url-drushyml', (g) => {
    const pw = v.plainSitePassword(g);
    return {
      path: g.pick(['drush/sites/self.site.yml', 'drush/drush.yml']),
      lines: [
        'prod:',
        `  host: web1.${g.pick(['corp.local', 'acme.internal'])}`,
        '  user: deploy',
        '  root: /var/www/drupal',
        `  uri: https://${v.siteDomain(g)}`,
        '  command:',
        '    sql:',
        '      sync:',
        '        options:',
        sec(`          db-url: 'mysql://drupal:${pw}@127.0.0.1:3306/drupal'`, pw),
      ],
    };
  }),
  template('joomla-configuration', (g) => {
    const pw = v.sitePassword(g).replace(/'/g, '');
    const secret = v.joomlaSecret(g);
    const smtp = v.plainSitePassword(g);
    return {
      path: g.pick(['configuration.php', 'public_html/configuration.php']),
      lines: [
        '<?php',
        'class JConfig {',
        '\tpublic $offline = false;',
        `\tpublic $sitename = '${g.pick(['Lakeside Bakery', 'Kestrel Law', 'Northwind News'])}';`,
        "\tpublic $dbtype = 'mysqli';",
        `\tpublic $host = '${v.dbHost(g)}';`,
        `\tpublic $user = '${v.dbUser(g, 'joomla')}';`,
        sec(`\tpublic $password = '${pw}';`, pw),
        "\tpublic $db = 'joomla';",
        `\tpublic $dbprefix = '${g.fake.lower(5)}_';`,
        sec(`\tpublic $secret = '${secret}';`, secret),
        "\tpublic $mailer = 'smtp';",
        `\tpublic $smtphost = '${v.smtpHost(g)}';`,
        `\tpublic $smtpuser = '${v.email(g)}';`,
        sec(`\tpublic $smtppass = '${smtp}';`, smtp),
        "\tpublic $smtpsecure = 'tls';",
        '\tpublic $smtpport = 587;',
        '}',
      ],
    };
  }),
  template('joomla-users-dump', (g) => {
    const h = v.bcryptHash(g);
    return {
      path: 'joomla_backup.sql',
      lines: [
        `INSERT INTO \`${g.fake.lower(5)}_users\` (\`id\`, \`name\`, \`username\`, \`email\`, \`password\`, \`block\`) VALUES`,
        sec(`(${g.between(100, 900)}, 'Super User', 'admin', '${v.email(g)}', '${h}', 0);`, h),
      ],
    };
  }),
  template('typo3-localconfiguration', (g) => {
    const pw = v.sitePassword(g).replace(/'/g, '');
    const ek = v.typo3EncryptionKey(g);
    const it = v.argon2Hash(g);
    return {
      path: g.pick(['public/typo3conf/LocalConfiguration.php', 'config/system/settings.php']),
      lines: [
        '<?php',
        'return [',
        "    'BE' => [",
        "        'debug' => false,",
        sec(`        'installToolPassword' => '${it}',`, it),
        "        'passwordHashing' => ['className' => 'TYPO3\\\\CMS\\\\Core\\\\Crypto\\\\PasswordHashing\\\\Argon2iPasswordHash', 'options' => []],",
        '    ],',
        "    'DB' => [",
        "        'Connections' => [",
        "            'Default' => [",
        "                'charset' => 'utf8mb4',",
        `                'dbname' => '${g.pick(['typo3', 't3_prod'])}',`,
        "                'driver' => 'mysqli',",
        `                'host' => '${v.dbHost(g)}',`,
        sec(`                'password' => '${pw}',`, pw),
        "                'port' => 3306,",
        `                'user' => '${v.dbUser(g, 'typo3')}',`,
        '            ],',
        '        ],',
        '    ],',
        "    'SYS' => [",
        sec(`        'encryptionKey' => '${ek}',`, ek),
        "        'sitename' => 'New TYPO3 site',",
        '    ],',
        '];',
      ],
    };
  }),
  template('typo3-additional-smtp', (g) => {
    const pw = v.plainSitePassword(g);
    return {
      path: g.pick(['public/typo3conf/AdditionalConfiguration.php', 'config/system/additional.php']),
      lines: [
        '<?php',
        "$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport'] = 'smtp';",
        `$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_server'] = '${v.smtpHost(g)}:587';`,
        `$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_username'] = '${v.email(g)}';`,
        sec(`$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_password'] = '${pw}';`, pw),
      ],
    };
  }),
  template('craft-env', (g) => {
    const pw = v.plainSitePassword(g);
    const key = v.craftSecurityKey(g);
    return {
      path: g.pick(['.env', 'craft/.env']),
      lines: [
        '# The application ID used to to uniquely store session and cache data',
        `CRAFT_APP_ID=CraftCMS--${g.fake.uuid()}`,
        'CRAFT_ENVIRONMENT=production',
        sec(`CRAFT_SECURITY_KEY=${key}`, key),
        'CRAFT_DB_DRIVER=mysql',
        `CRAFT_DB_SERVER=${v.dbHost(g)}`,
        'CRAFT_DB_PORT=3306',
        'CRAFT_DB_DATABASE=craft',
        `CRAFT_DB_USER=${v.dbUser(g, 'craft')}`,
        sec(`CRAFT_DB_PASSWORD=${pw}`, pw),
        'CRAFT_DB_SCHEMA=public',
        'CRAFT_DB_TABLE_PREFIX=',
        `PRIMARY_SITE_URL=https://${v.siteDomain(g)}`,
      ],
    };
  }),
  template('craft-general-php', (g) => {
    const key = v.craftSecurityKey(g);
    return {
      path: 'config/general.php',
      lines: [
        '<?php',
        'use craft\\config\\GeneralConfig;',
        'return GeneralConfig::create()',
        '    ->defaultWeekStartDay(1)',
        '    ->omitScriptNameInUrls()',
        sec(`    ->securityKey('${key}')`, key),
        '    ->devMode(false);',
      ],
    };
  }),
  template('craft-app-mailer', (g) => {
    const smtp = v.plainSitePassword(g);
    return {
      path: 'config/app.php',
      lines: [
        '<?php',
        'use craft\\mail\\transportadapters\\Smtp;',
        'return [',
        "    'components' => [",
        "        'mailer' => function() {",
        '            $settings = craft\\helpers\\App::mailSettings();',
        '            $settings->transportType = Smtp::class;',
        '            $settings->transportSettings = [',
        `                'host' => '${v.smtpHost(g)}',`,
        "                'port' => '587',",
        "                'useAuthentication' => true,",
        `                'username' => '${v.email(g)}',`,
        sec(`                'password' => '${smtp}',`, smtp),
        '            ];',
        '            return craft::createObject(craft\\helpers\\App::mailerConfig($settings));',
        '        },',
        '    ],',
        '];',
      ],
    };
  }),
  template('concrete-database-php', (g) => {
    const pw = v.sitePassword(g).replace(/'/g, '');
    return {
      path: 'application/config/database.php',
      lines: [
        '<?php',
        'return [',
        "    'default-connection' => 'concrete',",
        "    'connections' => [",
        "        'concrete' => [",
        "            'driver' => 'c5_pdo_mysql',",
        `            'server' => '${v.dbHost(g)}',`,
        "            'database' => 'concrete5',",
        `            'username' => '${v.dbUser(g, 'concrete')}',`,
        sec(`            'password' => '${pw}',`, pw),
        "            'character_set' => 'utf8mb4',",
        "            'collation' => 'utf8mb4_unicode_ci',",
        '        ],',
        '    ],',
        '];',
      ],
    };
  }),
  template('october-env', (g) => {
    const key = v.laravelAppKey(g);
    const pw = v.plainSitePassword(g);
    const mail = v.plainSitePassword(g);
    return {
      path: '.env',
      lines: [
        'APP_DEBUG=false',
        `APP_URL=https://${v.siteDomain(g)}`,
        sec(`APP_KEY=${key}`, key),
        'DB_CONNECTION=mysql',
        `DB_HOST=${v.dbHost(g)}`,
        'DB_DATABASE=october',
        `DB_USERNAME=${v.dbUser(g, 'october')}`,
        sec(`DB_PASSWORD=${pw}`, pw),
        'MAIL_MAILER=smtp',
        `MAIL_HOST=${v.smtpHost(g)}`,
        `MAIL_USERNAME=${v.email(g)}`,
        sec(`MAIL_PASSWORD=${mail}`, mail),
        'CMS_ACTIVE_THEME=demo',
      ],
    };
  }),
  template('winter-config-database', (g) => {
    const pw = v.sitePassword(g).replace(/'/g, '');
    return {
      path: 'config/database.php',
      lines: [
        '<?php',
        'return [',
        "    'default' => 'mysql',",
        "    'connections' => [",
        "        'mysql' => [",
        "            'driver'     => 'mysql',",
        `            'host'       => '${v.dbHost(g)}',`,
        "            'port'       => 3306,",
        "            'database'   => 'winter',",
        `            'username'   => '${v.dbUser(g, 'winter')}',`,
        sec(`            'password'   => '${pw}',`, pw),
        "            'charset'    => 'utf8mb4',",
        '        ],',
        '    ],',
        '];',
      ],
    };
  }),
  template('matomo-config-ini', (g) => {
    const pw = v.plainSitePassword(g);
    const salt = v.matomoSalt(g);
    return {
      path: 'config/config.ini.php',
      lines: [
        '; <?php exit; ?> DO NOT REMOVE THIS LINE',
        '; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.',
        '[database]',
        `host = "${v.dbHost(g)}"`,
        `username = "${v.dbUser(g, 'matomo')}"`,
        sec(`password = "${pw}"`, pw),
        'dbname = "matomo"',
        'tables_prefix = "matomo_"',
        'charset = "utf8mb4"',
        '',
        '[General]',
        sec(`salt = "${salt}"`, salt),
        'trusted_hosts[] = "analytics.lakeside-bakery.com"',
        'force_ssl = 1',
      ],
    };
  }),
  template('matomo-mail-ini', (g) => {
    const pw = v.plainSitePassword(g);
    return {
      path: 'config/config.ini.php',
      lines: [
        '[mail]',
        'transport = "smtp"',
        'port = 587',
        `host = "${v.smtpHost(g)}"`,
        'type = "Login"',
        `username = "${v.email(g)}"`,
        sec(`password = "${pw}"`, pw),
        'encryption = "tls"',
      ],
    };
  }),
];
