import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * cms-sites positives from WordPress sites: wp-config.php (database, salts, WP Mail SMTP constants,
 * WP Offload Media settings, Akismet, premium plugin licence keys, reCAPTCHA secrets, Redis object
 * cache), wp-cli.yml `config create`, options-table dumps with serialized plugin settings
 * (UpdraftPlus, BackWPup, WP Mail SMTP, Post SMTP), wp_users dumps, Bedrock .env files,
 * docker-compose and deploy scripts. Values generated at run time.
 */
export const wordpressPositives: readonly Template[] = [
  template('wp-config-full', (g) => {
    const pw = v.sitePassword(g).replace(/'/g, '');
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY'].map((k) => [k, v.wpSalt(g)] as const);
    return {
      path: g.pick(['wp-config.php', 'public_html/wp-config.php', 'htdocs/wp-config.php']),
      lines: [
        '<?php',
        '/** The name of the database for WordPress */',
        `define( 'DB_NAME', '${g.pick(['wordpress', 'wp_site', 'blog_prod'])}' );`,
        `define( 'DB_USER', '${v.dbUser(g, 'wp')}' );`,
        sec(`define( 'DB_PASSWORD', '${pw}' );`, pw),
        `define( 'DB_HOST', '${v.dbHost(g)}' );`,
        "define( 'DB_CHARSET', 'utf8mb4' );",
        "define( 'DB_COLLATE', '' );",
        '',
        ...salts.map(([k, s]) => sec(`define( '${k}',${' '.repeat(Math.max(1, 18 - k.length))}'${s}' );`, s)),
        '',
        "$table_prefix = 'wp_';",
        "define( 'WP_DEBUG', false );",
        "if ( ! defined( 'ABSPATH' ) ) {",
        "\tdefine( 'ABSPATH', __DIR__ . '/' );",
        '}',
        "require_once ABSPATH . 'wp-settings.php';",
      ],
    };
  }),
  template('wp-config-mail-smtp', (g) => {
    const pw = v.plainSitePassword(g);
    return {
      path: 'wp-config.php',
      lines: [
        '// WP Mail SMTP: keep the mailer settings out of the database',
        "define( 'WPMS_ON', true );",
        `define( 'WPMS_MAIL_FROM', '${v.email(g)}' );`,
        "define( 'WPMS_MAIL_FROM_NAME', 'Website' );",
        "define( 'WPMS_MAILER', 'smtp' );",
        `define( 'WPMS_SMTP_HOST', '${v.smtpHost(g)}' );`,
        "define( 'WPMS_SMTP_PORT', 587 );",
        "define( 'WPMS_SSL', 'tls' );",
        "define( 'WPMS_SMTP_AUTH', true );",
        `define( 'WPMS_SMTP_USER', '${v.email(g)}' );`,
        sec(`define( 'WPMS_SMTP_PASS', '${pw}' );`, pw),
      ],
    };
  }),
  template('wp-config-mail-smtp-api', (g) => {
    const which = g.fake.int(3);
    const key = which === 0 ? v.sendgridKey(g) : which === 1 ? v.mailgunKey(g) : g.fake.alnum(40);
    const lines =
      which === 0
        ? ["define( 'WPMS_MAILER', 'sendgrid' );", sec(`define( 'WPMS_SENDGRID_API_KEY', '${key}' );`, key)]
        : which === 1
          ? [
              "define( 'WPMS_MAILER', 'mailgun' );",
              sec(`define( 'WPMS_MAILGUN_API_KEY', '${key}' );`, key),
              `define( 'WPMS_MAILGUN_DOMAIN', 'mg.${v.siteDomain(g).replace(/^www\./, '')}' );`,
              "define( 'WPMS_MAILGUN_REGION', 'EU' );",
            ]
          : ["define( 'WPMS_MAILER', 'brevo' );", sec(`define( 'WPMS_SENDINBLUE_API_KEY', '${key}' );`, key)];
    return {
      path: 'wp-config.php',
      lines: ['<?php', "define( 'WPMS_ON', true );", `define( 'WPMS_MAIL_FROM', '${v.email(g)}' );`, ...lines],
    };
  }),
  template('wp-config-offload-media', (g) => {
    const id = v.awsKeyId(g);
    const secret = v.awsSecret(g);
    return {
      path: 'wp-config.php',
      lines: [
        "define( 'AS3CF_SETTINGS', serialize( array(",
        "    'provider' => 'aws',",
        sec(`    'access-key-id' => '${id}',`, id),
        sec(`    'secret-access-key' => '${secret}',`, secret),
        `    'bucket' => '${g.pick(['site-media', 'wp-uploads-prod', 'assets-lakeside'])}',`,
        "    'region' => 'eu-west-1',",
        "    'copy-to-s3' => true,",
        "    'serve-from-s3' => true,",
        ') ) );',
      ],
    };
  }),
  template('wp-config-plugin-keys', (g) => {
    const ak = v.akismetKey(g);
    const acf = v.licenseKey(g);
    const gf = g.fake.hex(32);
    return {
      path: 'wp-config.php',
      lines: [
        '/* Plugin keys (moved here from the options page) */',
        sec(`define( 'WPCOM_API_KEY', '${ak}' );`, ak),
        sec(`define( 'ACF_PRO_LICENSE', '${acf}' );`, acf),
        sec(`define( 'GF_LICENSE_KEY', '${gf}' );`, gf),
        "define( 'DISALLOW_FILE_EDIT', true );",
        "define( 'WP_AUTO_UPDATE_CORE', 'minor' );",
      ],
    };
  }),
  template('wp-config-licence-more', (g) => {
    const k = v.licenseKey(g);
    const name = g.pick([
      'WP_ROCKET_KEY',
      'WPMDB_LICENCE',
      'ELEMENTOR_PRO_LICENSE_KEY',
      'SEARCHWP_LICENSE_KEY',
      'FACETWP_LICENSE_KEY',
      'WPFORMS_LICENSE_KEY',
    ]);
    return {
      path: g.pick(['wp-config.php', 'config/environments/production.php']),
      lines: [
        '<?php',
        `define( 'WP_ENVIRONMENT_TYPE', 'production' );`,
        sec(`define( '${name}', '${k}' );`, k),
        name === 'WP_ROCKET_KEY' ? `define( 'WP_ROCKET_EMAIL', '${v.email(g)}' );` : "define( 'WP_CACHE', true );",
      ],
    };
  }),
  template('wp-config-recaptcha-redis', (g) => {
    const site = v.recaptchaKey(g);
    const secret = v.recaptchaKey(g);
    const redis = v.plainSitePassword(g);
    return {
      path: 'wp-config.php',
      lines: [
        `define( 'RECAPTCHA_SITE_KEY', '${site}' );`,
        sec(`define( 'RECAPTCHA_SECRET_KEY', '${secret}' );`, secret),
        '',
        '// Redis Object Cache',
        "define( 'WP_REDIS_HOST', 'redis' );",
        "define( 'WP_REDIS_PORT', 6379 );",
        sec(`define( 'WP_REDIS_PASSWORD', '${redis}' );`, redis),
        "define( 'WP_REDIS_DATABASE', 0 );",
      ],
    };
  }),
  template('wp-cli-yml', (g) => {
    const pw = v.plainSitePassword(g);
    return {
      path: 'wp-cli.yml',
      lines: [
        'path: web/wp',
        'url: https://' + v.siteDomain(g),
        '',
        'config create:',
        `  dbname: ${g.pick(['wordpress', 'wp_local'])}`,
        `  dbuser: ${v.dbUser(g, 'wp')}`,
        sec(`  dbpass: ${pw}`, pw),
        `  dbhost: ${v.dbHost(g)}`,
        '  extra-php: |',
        "    define( 'WP_DEBUG', true );",
        '',
        '@staging:',
        `  ssh: deploy@staging.${v.siteDomain(g).replace(/^www\./, '')}/var/www/html`,
      ],
    };
  }),
  template('wp-cli-config-create-cmd', (g) => {
    const pw = v.plainSitePassword(g);
    const admin = v.plainSitePassword(g);
    return {
      path: g.pick(['scripts/provision.sh', 'bin/setup-wp.sh', 'ansible/roles/wordpress/files/install.sh']),
      lines: [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        'wp core download --locale=en_GB',
        sec(`wp config create --dbname=wordpress --dbuser=wp --dbpass=${pw} --dbhost=${v.dbHost(g)}`, pw),
        sec(
          `wp core install --url=https://${v.siteDomain(g)} --title="Site" --admin_user=siteadmin --admin_password=${admin} --admin_email=${v.email(g)}`,
          admin,
        ),
        'wp plugin install wordfence --activate',
      ],
    };
  }),
  template('wp-options-dump-updraft', (g) => {
    const ftpPass = v.plainSitePassword(g);
    const s3secret = v.awsSecret(g);
    const s3id = v.awsKeyId(g);
    const ser = (s: string) => `s:${s.length}:\\"${s}\\";`;
    return {
      path: g.pick(['backup/wp_options.sql', 'db/dump-2026-11-02.sql', 'wordpress.sql']),
      lines: [
        '-- MySQL dump 10.13  Distrib 8.0.35',
        'LOCK TABLES `wp_options` WRITE;',
        `INSERT INTO \`wp_options\` VALUES (1,'siteurl','https://${v.siteDomain(g)}','yes'),(2,'home','https://${v.siteDomain(g)}','yes');`,
        sec(
          `INSERT INTO \`wp_options\` VALUES (412,'updraft_ftp','a:1:{s:8:\\"settings\\";a:1:{s:34:\\"s-8f1c0e\\";a:4:{s:4:\\"host\\";${ser('backup.' + v.siteDomain(g).replace(/^www\./, ''))}s:4:\\"user\\";${ser('wpbackup')}s:4:\\"pass\\";${ser(ftpPass)}s:4:\\"path\\";${ser('/updraft')}}}}','no');`,
          ftpPass,
        ),
        sec(
          `INSERT INTO \`wp_options\` VALUES (413,'updraft_s3','a:1:{s:8:\\"settings\\";a:1:{s:34:\\"s-27ab44\\";a:3:{s:9:\\"accesskey\\";${ser(s3id)}s:9:\\"secretkey\\";${ser(s3secret)}s:4:\\"path\\";${ser('site-backups/wp')}}}}','no');`,
          s3secret,
        ),
        'UNLOCK TABLES;',
      ],
    };
  }),
  template('wp-options-dump-smtp', (g) => {
    const pw = v.plainSitePassword(g);
    const ser = (s: string) => `s:${s.length}:"${s}";`;
    const row = `a:2:{s:4:"mail";a:3:{s:10:"from_email";${ser(v.email(g))}s:6:"mailer";s:4:"smtp";s:16:"return_path";b:1;}s:4:"smtp";a:6:{s:4:"host";${ser(v.smtpHost(g))}s:4:"port";i:587;s:10:"encryption";s:3:"tls";s:4:"auth";b:1;s:4:"user";${ser(v.email(g))}s:4:"pass";${ser(pw)}}}`;
    return {
      path: g.pick(['options-export.tsv', 'wp_options.tsv']),
      lines: [
        'option_id\toption_name\toption_value\tautoload',
        `88\tblogname\tLakeside\tyes`,
        sec(`1204\twp_mail_smtp\t${row}\tyes`, pw),
      ],
    };
  }),
  template('wp-options-backwpup-json', (g) => {
    const key = g.fake.alnum(g.pick([15, 64]));
    const secret = g.fake.alnum(g.pick([15, 64]));
    const ftp = v.plainSitePassword(g);
    return {
      path: 'backwpup-job-export.json',
      lines: [
        '{',
        '  "jobid": 2,',
        '  "name": "Nightly full backup",',
        '  "destinations": ["FTP", "DROPBOX"],',
        `  "ftphost": "ftp.${v.siteDomain(g).replace(/^www\./, '')}",`,
        '  "ftpuser": "backwpup",',
        sec(`  "ftppass": "${ftp}",`, ftp),
        '  "ftpdir": "/backups/",',
        sec(`  "dropboxtoken": {"access_token": "sl.${key}${secret}"},`, `sl.${key}${secret}`),
        '  "archiveformat": ".tar.gz"',
        '}',
      ],
    };
  }),
  template('wp-users-dump', (g) => {
    const h1 = v.phpassHash(g);
    const h2 = g.chance(0.5) ? v.phpassHash(g) : '$wp' + v.bcryptHash(g);
    return {
      path: g.pick(['wp_users.sql', 'backup/users.sql']),
      lines: [
        'DROP TABLE IF EXISTS `wp_users`;',
        'INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_nicename`, `user_email`) VALUES',
        sec(`(1,'admin','${h1}','admin','${v.email(g)}'),`, h1),
        sec(`(2,'editor','${h2}','editor','${v.email(g)}');`, h2),
      ],
    };
  }),
  template('bedrock-env', (g) => {
    const pw = v.plainSitePassword(g);
    const s1 = v.wpSalt(g).replace(/['"\\$`# ]/g, 'x');
    const s2 = v.wpSalt(g).replace(/['"\\$`# ]/g, 'x');
    return {
      path: g.pick(['.env', 'site/.env']),
      lines: [
        "DB_NAME='bedrock'",
        `DB_USER='${v.dbUser(g, 'bedrock')}'`,
        sec(`DB_PASSWORD='${pw}'`, pw),
        "DB_HOST='localhost'",
        'WP_ENV=production',
        `WP_HOME='https://${v.siteDomain(g)}'`,
        'WP_SITEURL="${WP_HOME}/wp"',
        '',
        sec(`AUTH_KEY='${s1}'`, s1),
        sec(`SECURE_AUTH_KEY='${s2}'`, s2),
      ],
    };
  }),
  template('wp-compose', (g) => {
    const pw = v.plainSitePassword(g);
    const root = v.plainSitePassword(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  db:',
        '    image: mariadb:11',
        '    environment:',
        '      MYSQL_DATABASE: wordpress',
        '      MYSQL_USER: wordpress',
        sec(`      MYSQL_PASSWORD: ${pw}`, pw),
        sec(`      MYSQL_ROOT_PASSWORD: ${root}`, root),
        '  wordpress:',
        '    image: wordpress:6.7-php8.3-apache',
        '    ports: ["8080:80"]',
        '    environment:',
        '      WORDPRESS_DB_HOST: db',
        '      WORDPRESS_DB_USER: wordpress',
        sec(`      WORDPRESS_DB_PASSWORD: ${pw}`, pw),
        '      WORDPRESS_DB_NAME: wordpress',
      ],
    };
  }),
  template('wp-deploy-sftp-json', (g) => {
    const pw = v.plainSitePassword(g);
    return {
      path: '.vscode/sftp.json',
      lines: [
        '{',
        '  "name": "Production (wp-content)",',
        `  "host": "${g.pick(['ssh.wpengine.net', 'ftp.siteground.biz', 'sftp.kinsta.cloud', '185.42.117.20'])}",`,
        '  "protocol": "sftp",',
        '  "port": 22,',
        `  "username": "${g.pick(['lakeside', 'deploy', 'wpsite'])}",`,
        sec(`  "password": "${pw}",`, pw),
        '  "remotePath": "/www/wp-content/themes/lakeside",',
        '  "uploadOnSave": true',
        '}',
      ],
    };
  }),
];
