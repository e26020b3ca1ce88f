import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * self-hosted-apps positives, PHP applications' own configuration files as their installers write
 * them: Moodle config.php, Nextcloud/ownCloud config.php, Joomla configuration.php, Drupal
 * settings.php, PrestaShop parameters.php, Magento env.php and local.xml, OpenCart config.php,
 * phpBB config.php, Matomo config.ini.php, MediaWiki LocalSettings.php, CodeIgniter, CakePHP,
 * Symfony and Laravel configs, GLPI, Dolibarr, osTicket, Roundcube, WHMCS, TYPO3. Values generated
 * at run time.
 */
export const phpPositives: readonly Template[] = [
  template('moodle-config', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['config.php', 'moodle/config.php', 'var/www/html/moodle/config.php']),
      lines: [
        '<?php  // Moodle configuration file',
        '',
        'unset($CFG);',
        'global $CFG;',
        '$CFG = new stdClass();',
        '',
        `$CFG->dbtype    = '${g.pick(['mysqli', 'pgsql', 'mariadb'])}';`,
        "$CFG->dblibrary = 'native';",
        "$CFG->dbhost    = 'localhost';",
        "$CFG->dbname    = 'moodle';",
        `$CFG->dbuser    = '${v.dbUser(g, 'moodle')}';`,
        sec(`$CFG->dbpass    = '${p}';`, p),
        "$CFG->prefix    = 'mdl_';",
        '$CFG->dboptions = array (',
        "  'dbpersist' => 0,",
        "  'dbport' => '',",
        "  'dbsocket' => '',",
        "  'dbcollation' => 'utf8mb4_unicode_ci',",
        ');',
        '',
        `$CFG->wwwroot   = 'https://${v.sub(g, 'learn')}';`,
        "$CFG->dataroot  = '/var/moodledata';",
        "$CFG->admin     = 'admin';",
        '',
        '$CFG->directorypermissions = 0777;',
        '',
        "require_once(__DIR__ . '/lib/setup.php');",
      ],
    };
  }),
  template('moodle-config-smtp', (g) => {
    const p = v.safePass(g);
    const s = v.safePass(g);
    return {
      path: 'moodle/config.php',
      lines: [
        '<?php',
        'unset($CFG);',
        'global $CFG;',
        '$CFG = new stdClass();',
        "$CFG->dbtype    = 'pgsql';",
        "$CFG->dbhost    = 'db.internal';",
        "$CFG->dbname    = 'moodle';",
        "$CFG->dbuser    = 'moodle';",
        sec(`$CFG->dbpass    = "${p}";`, p),
        `$CFG->smtphosts = 'smtp.${v.site(g)}:587';`,
        "$CFG->smtpsecure = 'tls';",
        `$CFG->smtpuser = 'noreply@${v.site(g)}';`,
        sec(`$CFG->smtppass = '${s}';`, s),
        "require_once(__DIR__ . '/lib/setup.php');",
      ],
    };
  }),
  template('nextcloud-config', (g) => {
    const salt = g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 30);
    const secret = v.nextcloudSecret(g);
    const p = v.safePass(g);
    return {
      path: g.pick(['config/config.php', 'nextcloud/config/config.php', 'owncloud/config/config.php']),
      lines: [
        '<?php',
        '$CONFIG = array (',
        `  'instanceid' => 'oc${g.fake.lowerAlnum(10)}',`,
        sec(`  'passwordsalt' => '${salt}',`, salt),
        sec(`  'secret' => '${secret}',`, secret),
        "  'trusted_domains' => ",
        '  array (',
        `    0 => '${v.sub(g, 'cloud')}',`,
        '  ),',
        "  'datadirectory' => '/var/www/nextcloud/data',",
        "  'dbtype' => 'mysql',",
        `  'version' => '${g.pick(['27.1.4.1', '28.0.2.5', '29.0.0.19'])}',`,
        `  'overwrite.cli.url' => 'https://${v.sub(g, 'cloud')}',`,
        "  'dbname' => 'nextcloud',",
        "  'dbhost' => 'localhost',",
        "  'dbport' => '',",
        "  'dbtableprefix' => 'oc_',",
        "  'mysql.utf8mb4' => true,",
        `  'dbuser' => '${v.dbUser(g, 'nextcloud')}',`,
        sec(`  'dbpassword' => '${p}',`, p),
        "  'installed' => true,",
        ');',
      ],
    };
  }),
  template('nextcloud-config-redis-mail', (g) => {
    const r = v.safePass(g);
    const m = v.safePass(g);
    return {
      path: 'config/config.php',
      lines: [
        '<?php',
        '$CONFIG = array (',
        "  'memcache.local' => '\\\\OC\\\\Memcache\\\\APCu',",
        "  'memcache.locking' => '\\\\OC\\\\Memcache\\\\Redis',",
        "  'redis' => ",
        '  array (',
        "    'host' => 'localhost',",
        "    'port' => 6379,",
        sec(`    'password' => '${r}',`, r),
        '  ),',
        "  'mail_smtpmode' => 'smtp',",
        `  'mail_smtphost' => 'smtp.${v.site(g)}',`,
        "  'mail_smtpport' => '587',",
        "  'mail_smtpauth' => 1,",
        "  'mail_smtpname' => 'cloud@" + v.site(g) + "',",
        sec(`  'mail_smtppassword' => '${m}',`, m),
        ');',
      ],
    };
  }),
  template('joomla-configuration', (g) => {
    const p = v.safePass(g);
    const s = v.alnum(g, 16);
    return {
      path: g.pick(['configuration.php', 'public_html/configuration.php']),
      lines: [
        '<?php',
        'class JConfig {',
        '\tpublic $offline = false;',
        `\tpublic $sitename = '${g.pick(['Acme Intranet', 'Northwind Club', 'Lumen Labs'])}';`,
        "\tpublic $editor = 'tinymce';",
        "\tpublic $dbtype = 'mysqli';",
        "\tpublic $host = 'localhost';",
        `\tpublic $user = '${v.dbUser(g, 'joomla')}';`,
        sec(`\tpublic $password = '${p}';`, p),
        "\tpublic $db = 'joomla';",
        `\tpublic $dbprefix = '${g.fake.lower(5)}_';`,
        "\tpublic $live_site = '';",
        sec(`\tpublic $secret = '${s}';`, s),
        "\tpublic $mailer = 'mail';",
        '\tpublic $smtpauth = false;',
        "\tpublic $smtpuser = '';",
        "\tpublic $smtppass = '';",
        "\tpublic $log_path = '/var/www/html/administrator/logs';",
        '}',
      ],
    };
  }),
  template('drupal-settings', (g) => {
    const p = v.safePass(g);
    const salt = v.b64url(g, 74);
    return {
      path: g.pick(['web/sites/default/settings.php', 'sites/default/settings.php']),
      lines: [
        '<?php',
        '',
        "$databases['default']['default'] = array (",
        "  'database' => 'drupal',",
        `  'username' => '${v.dbUser(g, 'drupal')}',`,
        sec(`  'password' => '${p}',`, p),
        "  'prefix' => '',",
        "  'host' => 'localhost',",
        "  'port' => '3306',",
        "  'isolation_level' => 'READ COMMITTED',",
        "  'driver' => 'mysql',",
        "  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',",
        "  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',",
        ');',
        sec(`$settings['hash_salt'] = '${salt}';`, salt),
        `$settings['config_sync_directory'] = 'sites/default/files/config_${v.b64url(g, 74)}/sync';`,
        "$settings['trusted_host_patterns'] = ['^www\\.example\\.org$'];",
      ],
    };
  }),
  template('drupal7-settings', (g) => {
    const p = v.safePass(g);
    const salt = v.b64url(g, 43);
    return {
      path: 'sites/default/settings.php',
      lines: [
        '<?php',
        '$databases = array (',
        "  'default' => ",
        '  array (',
        "    'default' => ",
        '    array (',
        "      'database' => 'drupal7',",
        `      'username' => '${v.dbUser(g, 'drupal')}',`,
        sec(`      'password' => '${p}',`, p),
        "      'host' => 'localhost',",
        "      'port' => '',",
        "      'driver' => 'mysql',",
        "      'prefix' => '',",
        '    ),',
        '  ),',
        ');',
        sec(`$drupal_hash_salt = '${salt}';`, salt),
      ],
    };
  }),
  template('prestashop-parameters', (g) => {
    const p = v.safePass(g);
    const secret = v.alnum(g, 56);
    const ck = v.alnum(g, 56);
    return {
      path: 'app/config/parameters.php',
      lines: [
        '<?php return array (',
        "  'parameters' => ",
        '  array (',
        "    'database_host' => '127.0.0.1',",
        "    'database_port' => '',",
        "    'database_name' => 'prestashop',",
        `    'database_user' => '${v.dbUser(g, 'prestashop')}',`,
        sec(`    'database_password' => '${p}',`, p),
        "    'database_prefix' => 'ps_',",
        "    'database_engine' => 'InnoDB',",
        "    'mailer_transport' => 'smtp',",
        "    'mailer_host' => '127.0.0.1',",
        "    'mailer_user' => NULL,",
        "    'mailer_password' => NULL,",
        sec(`    'secret' => '${secret}',`, secret),
        "    'ps_caching' => 'CacheMemcache',",
        "    'ps_cache_enable' => false,",
        `    'ps_creation_date' => '2023-0${g.between(1, 9)}-1${g.between(0, 9)}',`,
        "    'locale' => 'en-US',",
        "    'use_debug_toolbar' => true,",
        sec(`    'cookie_key' => '${ck}',`, ck),
        `    'cookie_iv' => '${v.alnum(g, 32)}',`,
        '  ),',
        ');',
      ],
    };
  }),
  template('prestashop16-settings-inc', (g) => {
    const p = v.safePass(g);
    const ck = v.alnum(g, 56);
    return {
      path: 'config/settings.inc.php',
      lines: [
        '<?php',
        "define('_DB_SERVER_', 'localhost');",
        "define('_DB_NAME_', 'prestashop');",
        `define('_DB_USER_', '${v.dbUser(g, 'presta')}');`,
        sec(`define('_DB_PASSWD_', '${p}');`, p),
        "define('_DB_PREFIX_', 'ps_');",
        "define('_MYSQL_ENGINE_', 'InnoDB');",
        "define('_PS_CACHING_SYSTEM_', 'CacheMemcache');",
        "define('_PS_CACHE_ENABLED_', '0');",
        sec(`define('_COOKIE_KEY_', '${ck}');`, ck),
        `define('_COOKIE_IV_', '${v.alnum(g, 8)}');`,
        "define('_PS_CREATION_DATE_', '2019-03-14');",
        "define('_PS_VERSION_', '1.6.1.24');",
      ],
    };
  }),
  template('magento-env', (g) => {
    const p = v.safePass(g);
    const k = g.chance(0.5) ? v.hex(g, 16) : 'base64' + v.b64(g, 32);
    return {
      path: 'app/etc/env.php',
      lines: [
        '<?php',
        'return [',
        "    'backend' => [",
        `        'frontName' => 'admin_${g.fake.lowerAlnum(6)}'`,
        '    ],',
        "    'crypt' => [",
        sec(`        'key' => '${k}'`, k),
        '    ],',
        "    'db' => [",
        "        'table_prefix' => '',",
        "        'connection' => [",
        "            'default' => [",
        "                'host' => 'localhost',",
        "                'dbname' => 'magento',",
        `                'username' => '${v.dbUser(g, 'magento')}',`,
        sec(`                'password' => '${p}',`, p),
        "                'model' => 'mysql4',",
        "                'engine' => 'innodb',",
        "                'initStatements' => 'SET NAMES utf8;',",
        "                'active' => '1',",
        "                'driver_options' => [",
        '                    1014 => false',
        '                ]',
        '            ]',
        '        ]',
        '    ],',
        "    'MAGE_MODE' => 'production',",
        "    'install' => [",
        "        'date' => 'Thu, 12 Jan 2023 10:21:11 +0000'",
        '    ]',
        '];',
      ],
    };
  }),
  template('magento1-local-xml', (g) => {
    const p = v.safePass(g);
    const k = v.hex(g, 16);
    return {
      path: 'app/etc/local.xml',
      lines: [
        '<?xml version="1.0"?>',
        '<config>',
        '    <global>',
        '        <install>',
        '            <date><![CDATA[Tue, 04 Feb 2014 09:12:44 +0000]]></date>',
        '        </install>',
        '        <crypt>',
        sec(`            <key><![CDATA[${k}]]></key>`, k),
        '        </crypt>',
        '        <disable_local_modules>false</disable_local_modules>',
        '        <resources>',
        '            <db>',
        '                <table_prefix><![CDATA[]]></table_prefix>',
        '            </db>',
        '            <default_setup>',
        '                <connection>',
        '                    <host><![CDATA[localhost]]></host>',
        `                    <username><![CDATA[${v.dbUser(g, 'magento')}]]></username>`,
        sec(`                    <password><![CDATA[${p}]]></password>`, p),
        '                    <dbname><![CDATA[magento]]></dbname>',
        '                    <active>1</active>',
        '                </connection>',
        '            </default_setup>',
        '        </resources>',
        '    </global>',
        '</config>',
      ],
    };
  }),
  template('opencart-config', (g) => {
    const p = v.safePass(g);
    const dir = g.pick(['/var/www/html/', '/home/shop/public_html/']);
    return {
      path: g.pick(['config.php', 'admin/config.php', 'upload/config.php']),
      lines: [
        '<?php',
        '// HTTP',
        `define('HTTP_SERVER', 'https://${v.sub(g, 'shop')}/');`,
        '',
        '// DIR',
        `define('DIR_APPLICATION', '${dir}catalog/');`,
        `define('DIR_SYSTEM', '${dir}system/');`,
        '',
        '// DB',
        "define('DB_DRIVER', 'mysqli');",
        "define('DB_HOSTNAME', 'localhost');",
        `define('DB_USERNAME', '${v.dbUser(g, 'opencart')}');`,
        sec(`define('DB_PASSWORD', '${p}');`, p),
        "define('DB_DATABASE', 'opencart');",
        "define('DB_PORT', '3306');",
        "define('DB_PREFIX', 'oc_');",
      ],
    };
  }),
  template('phpbb-config', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['config.php', 'forum/config.php', 'phpBB3/config.php']),
      lines: [
        '<?php',
        '// phpBB 3.3.x auto-generated configuration file',
        '// Do not change anything in this file!',
        "$dbms = 'phpbb\\\\db\\\\driver\\\\mysqli';",
        "$dbhost = 'localhost';",
        "$dbport = '';",
        "$dbname = 'phpbb';",
        `$dbuser = '${v.dbUser(g, 'phpbb')}';`,
        sec(`$dbpasswd = '${p}';`, p),
        "$table_prefix = 'phpbb_';",
        "$phpbb_adm_relative_path = 'adm/';",
        "$acm_type = 'phpbb\\\\cache\\\\driver\\\\file';",
        '',
        "@define('PHPBB_INSTALLED', true);",
        "@define('PHPBB_ENVIRONMENT', 'production');",
        "// @define('DEBUG_CONTAINER', true);",
      ],
    };
  }),
  template('matomo-config-ini', (g) => {
    const p = v.safePass(g);
    const salt = v.hex(g, 16);
    return {
      path: 'config/config.ini.php',
      lines: [
        '; <?php exit; ?> DO NOT REMOVE THIS LINE',
        '; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.',
        '[database]',
        'host = "127.0.0.1"',
        `username = "${v.dbUser(g, 'matomo')}"`,
        sec(`password = "${p}"`, p),
        'dbname = "matomo"',
        'tables_prefix = "matomo_"',
        'charset = "utf8mb4"',
        'collation = "utf8mb4_general_ci"',
        '',
        '[General]',
        sec(`salt = "${salt}"`, salt),
        `trusted_hosts[] = "${v.sub(g, 'analytics')}"`,
        'enable_trusted_host_check = 1',
        '',
        '[mail]',
        'transport = "smtp"',
        'port = 587',
        `host = "smtp.${v.site(g)}"`,
        'type = "Login"',
        `username = "analytics@${v.site(g)}"`,
        'encryption = "tls"',
      ],
    };
  }),
  template('mediawiki-localsettings', (g) => {
    const p = v.safePass(g);
    const sk = v.hex(g, 32);
    const uk = v.hex(g, 8);
    return {
      path: 'LocalSettings.php',
      lines: [
        '<?php',
        '# This file was automatically generated by the MediaWiki 1.41.0',
        '# installer. If you make manual changes, please keep track in case you',
        '# need to recreate them later.',
        '',
        '$wgSitename = "Acme Wiki";',
        `$wgServer = "https://${v.sub(g, 'wiki')}";`,
        '## Database settings',
        '$wgDBtype = "mysql";',
        '$wgDBserver = "localhost";',
        '$wgDBname = "my_wiki";',
        `$wgDBuser = "${v.dbUser(g, 'wiki')}";`,
        sec(`$wgDBpassword = "${p}";`, p),
        '$wgDBprefix = "";',
        '$wgDBTableOptions = "ENGINE=InnoDB, DEFAULT CHARSET=binary";',
        '$wgMainCacheType = CACHE_ACCEL;',
        '$wgLanguageCode = "en";',
        sec(`$wgSecretKey = "${sk}";`, sk),
        '# Changing this will log out all existing sessions.',
        '$wgAuthenticationTokenVersion = "1";',
        '# Site upgrade key. Must be set to a string (default provided) to turn on the',
        '# web installer while LocalSettings.php is in place',
        sec(`$wgUpgradeKey = "${uk}";`, uk),
      ],
    };
  }),
  template('mediawiki-smtp', (g) => {
    const p = v.safePass(g);
    return {
      path: 'LocalSettings.php',
      lines: [
        '$wgSMTP = [',
        `    'host'     => 'ssl://smtp.${v.site(g)}',`,
        `    'IDHost'   => '${v.site(g)}',`,
        "    'localhost' => 'wiki',",
        "    'port'     => 465,",
        "    'auth'     => true,",
        `    'username' => 'wiki@${v.site(g)}',`,
        sec(`    'password' => '${p}'`, p),
        '];',
      ],
    };
  }),
  template('codeigniter3-database', (g) => {
    const p = v.safePass(g);
    return {
      path: 'application/config/database.php',
      lines: [
        "<?php defined('BASEPATH') OR exit('No direct script access allowed');",
        "$active_group = 'default';",
        '$query_builder = TRUE;',
        "$db['default'] = array(",
        "\t'dsn'\t=> '',",
        "\t'hostname' => 'localhost',",
        `\t'username' => '${v.dbUser(g, 'ci')}',`,
        sec(`\t'password' => '${p}',`, p),
        "\t'database' => 'inventory',",
        "\t'dbdriver' => 'mysqli',",
        "\t'dbprefix' => '',",
        "\t'pconnect' => FALSE,",
        "\t'db_debug' => (ENVIRONMENT !== 'production'),",
        "\t'char_set' => 'utf8',",
        "\t'dbcollat' => 'utf8_general_ci',",
        ');',
      ],
    };
  }),
  template('codeigniter4-env', (g) => {
    const p = v.safePass(g);
    const k = v.hex(g, 32);
    return {
      path: '.env',
      lines: [
        '#--------------------------------------------------------------------',
        '# ENVIRONMENT',
        '#--------------------------------------------------------------------',
        'CI_ENVIRONMENT = production',
        `app.baseURL = 'https://${v.sub(g, 'app')}/'`,
        'database.default.hostname = localhost',
        'database.default.database = ci4',
        `database.default.username = ${v.dbUser(g, 'ci4')}`,
        sec(`database.default.password = ${p}`, p),
        'database.default.DBDriver = MySQLi',
        'database.default.port = 3306',
        sec(`encryption.key = hex2bin:${k}`, k),
      ],
    };
  }),
  template('cakephp-app-local', (g) => {
    const p = v.safePass(g);
    const salt = v.hex(g, 32);
    return {
      path: 'config/app_local.php',
      lines: [
        '<?php',
        'return [',
        "    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),",
        "    'Security' => [",
        sec(`        'salt' => env('SECURITY_SALT', '${salt}'),`, salt),
        '    ],',
        "    'Datasources' => [",
        "        'default' => [",
        "            'host' => 'localhost',",
        `            'username' => '${v.dbUser(g, 'cake')}',`,
        sec(`            'password' => '${p}',`, p),
        "            'database' => 'bookmarks',",
        "            'url' => env('DATABASE_URL', null),",
        '        ],',
        '    ],',
        '];',
      ],
    };
  }),
  template('symfony-env-local', (g) => {
    const p = v.safePass(g);
    const s = v.hex(g, 16);
    return {
      path: g.pick(['.env.local', '.env.prod.local']),
      lines: [
        'APP_ENV=prod',
        sec(`APP_SECRET=${s}`, s),
        sec(
          `DATABASE_URL="mysql://${v.dbUser(g, 'app')}:${p}@127.0.0.1:3306/shop?serverVersion=8.0.32&charset=utf8mb4"`,
          p,
        ),
        'MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0',
      ],
    };
  }),
  template('symfony-mailer-dsn', (g) => {
    const p = v.safePass(g);
    return {
      path: '.env.local',
      lines: [
        '###> symfony/mailer ###',
        sec(`MAILER_DSN=smtp://mailer%40${v.site(g)}:${p}@smtp.${v.site(g)}:587`, p),
        '###< symfony/mailer ###',
      ],
    };
  }),
  template('laravel-env', (g) => {
    const k = v.laravelKey(g);
    const p = v.safePass(g);
    const m = v.safePass(g);
    return {
      path: '.env',
      lines: [
        `APP_NAME=${g.pick(['BookStack', 'Invoicer', 'Helpdesk', 'Laravel'])}`,
        'APP_ENV=production',
        sec(`APP_KEY=${k}`, k),
        'APP_DEBUG=false',
        `APP_URL=https://${v.sub(g, 'app')}`,
        '',
        'LOG_CHANNEL=stack',
        '',
        'DB_CONNECTION=mysql',
        'DB_HOST=127.0.0.1',
        'DB_PORT=3306',
        'DB_DATABASE=laravel',
        `DB_USERNAME=${v.dbUser(g, 'laravel')}`,
        sec(`DB_PASSWORD=${p}`, p),
        '',
        'REDIS_HOST=127.0.0.1',
        'REDIS_PASSWORD=null',
        'REDIS_PORT=6379',
        '',
        'MAIL_MAILER=smtp',
        `MAIL_HOST=smtp.${v.site(g)}`,
        'MAIL_PORT=587',
        `MAIL_USERNAME=noreply@${v.site(g)}`,
        sec(`MAIL_PASSWORD=${m}`, m),
        'MAIL_ENCRYPTION=tls',
      ],
    };
  }),
  template('glpi-config-db', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['config/config_db.php', '/etc/glpi/config_db.php']),
      lines: [
        '<?php',
        'class DB extends DBmysql {',
        "   public $dbhost = 'localhost';",
        `   public $dbuser = '${v.dbUser(g, 'glpi')}';`,
        sec(`   public $dbpassword = '${p}';`, p),
        "   public $dbdefault = 'glpi';",
        '   public $use_utf8mb4 = true;',
        '   public $allow_myisam = false;',
        '   public $allow_datetime = false;',
        '}',
      ],
    };
  }),
  template('dolibarr-conf', (g) => {
    const p = v.safePass(g);
    const id = v.hex(g, 16);
    return {
      path: 'htdocs/conf/conf.php',
      lines: [
        '<?php',
        `$dolibarr_main_url_root='https://${v.sub(g, 'erp')}';`,
        "$dolibarr_main_document_root='/var/www/dolibarr/htdocs';",
        "$dolibarr_main_data_root='/var/lib/dolibarr/documents';",
        "$dolibarr_main_db_host='localhost';",
        "$dolibarr_main_db_port='3306';",
        "$dolibarr_main_db_name='dolibarr';",
        "$dolibarr_main_db_prefix='llx_';",
        `$dolibarr_main_db_user='${v.dbUser(g, 'dolibarr')}';`,
        sec(`$dolibarr_main_db_pass='${p}';`, p),
        "$dolibarr_main_db_type='mysqli';",
        sec(`$dolibarr_main_instance_unique_id='${id}';`, id),
        "$dolibarr_main_authentication='dolibarr';",
      ],
    };
  }),
  template('osticket-config', (g) => {
    const salt = v.alnum(g, 32);
    const p = v.safePass(g);
    return {
      path: 'include/ost-config.php',
      lines: [
        '<?php',
        '# Encrypt/Decrypt secret key - randomly generated during installation.',
        sec(`define('SECRET_SALT','${salt}');`, salt),
        '',
        '#Default admin email. Used only on db connection issues and related alerts.',
        `define('ADMIN_EMAIL','helpdesk@${v.site(g)}');`,
        '',
        '# Database Options',
        "define('DBTYPE','mysql');",
        "define('DBHOST','localhost');",
        "define('DBNAME','osticket');",
        `define('DBUSER','${v.dbUser(g, 'osticket')}');`,
        sec(`define('DBPASS','${p}');`, p),
        "define('TABLE_PREFIX','ost_');",
      ],
    };
  }),
  template('roundcube-config', (g) => {
    const p = v.safePass(g);
    const des = v.alnum(g, 24);
    return {
      path: 'config/config.inc.php',
      lines: [
        '<?php',
        '$config = [];',
        sec(`$config['db_dsnw'] = 'mysql://roundcube:${p}@localhost/roundcubemail';`, p),
        `$config['imap_host'] = 'ssl://mail.${v.site(g)}:993';`,
        `$config['smtp_host'] = 'tls://mail.${v.site(g)}:587';`,
        "$config['support_url'] = '';",
        "$config['product_name'] = 'Webmail';",
        sec(`$config['des_key'] = '${des}';`, des),
        "$config['plugins'] = ['archive', 'zipdownload'];",
      ],
    };
  }),
  template('whmcs-configuration', (g) => {
    const p = v.safePass(g);
    const h = v.alnum(g, 64);
    return {
      path: 'configuration.php',
      lines: [
        '<?php',
        "$db_host = 'localhost';",
        "$db_port = '';",
        `$db_username = '${v.dbUser(g, 'whmcs')}';`,
        sec(`$db_password = '${p}';`, p),
        "$db_name = 'whmcs';",
        sec(`$cc_encryption_hash = '${h}';`, h),
        "$templates_compiledir = 'templates_c';",
        "$mysql_charset = 'utf8';",
      ],
    };
  }),
  template('typo3-settings', (g) => {
    const p = v.safePass(g);
    const key = v.hex(g, 48);
    return {
      path: g.pick(['config/system/settings.php', 'public/typo3conf/LocalConfiguration.php']),
      lines: [
        '<?php',
        'return [',
        "    'DB' => [",
        "        'Connections' => [",
        "            'Default' => [",
        "                'charset' => 'utf8mb4',",
        "                'dbname' => 'typo3',",
        "                'driver' => 'mysqli',",
        "                'host' => '127.0.0.1',",
        sec(`                'password' => '${p}',`, p),
        "                'port' => 3306,",
        `                'user' => '${v.dbUser(g, 'typo3')}',`,
        '            ],',
        '        ],',
        '    ],',
        "    'SYS' => [",
        sec(`        'encryptionKey' => '${key}',`, key),
        "        'sitename' => 'New TYPO3 site',",
        '    ],',
        '];',
      ],
    };
  }),
];
