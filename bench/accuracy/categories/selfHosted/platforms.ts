import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * self-hosted-apps positives, collaboration, forum and ops platforms' configuration as their docs
 * and installers write it: Discourse app.yml, Mastodon .env.production, Odoo odoo.conf, Redmine
 * database.yml and secrets, GitLab gitlab.rb, gitlab-secrets.json and runner config.toml,
 * Gitea/Forgejo app.ini, Mattermost config.json, Grafana grafana.ini, Synapse homeserver.yaml and
 * signing key, Jitsi .env, BigBlueButton/Greenlight, Vaultwarden, Home Assistant secrets.yaml,
 * Zabbix, Seafile, Sentry self-hosted. Values generated at run time.
 */
export const platformPositives: readonly Template[] = [
  template('discourse-app-yml', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['containers/app.yml', '/var/discourse/containers/app.yml']),
      lines: [
        'templates:',
        '  - "templates/postgres.template.yml"',
        '  - "templates/redis.template.yml"',
        '  - "templates/web.template.yml"',
        'expose:',
        '  - "80:80"',
        '  - "443:443"',
        'env:',
        '  LC_ALL: en_US.UTF-8',
        '  UNICORN_WORKERS: 4',
        `  DISCOURSE_HOSTNAME: '${v.sub(g, 'forum')}'`,
        `  DISCOURSE_DEVELOPER_EMAILS: 'admin@${v.site(g)}'`,
        '  DISCOURSE_SMTP_ADDRESS: smtp.mailgun.org',
        '  DISCOURSE_SMTP_PORT: 587',
        `  DISCOURSE_SMTP_USER_NAME: postmaster@mg.${v.site(g)}`,
        sec(`  DISCOURSE_SMTP_PASSWORD: "${p}"`, p),
        '  DISCOURSE_SMTP_ENABLE_START_TLS: true',
        `  LETSENCRYPT_ACCOUNT_EMAIL: admin@${v.site(g)}`,
      ],
    };
  }),
  template('discourse-web-only-db', (g) => {
    const p = v.safePass(g);
    const k = g.fake.alnum(16);
    return {
      path: 'containers/web_only.yml',
      lines: [
        'env:',
        `  DISCOURSE_DB_USERNAME: discourse`,
        sec(`  DISCOURSE_DB_PASSWORD: ${p}`, p),
        '  DISCOURSE_DB_HOST: data',
        '  DISCOURSE_REDIS_HOST: data',
        sec(`  DISCOURSE_MAXMIND_LICENSE_KEY: ${k}`, k),
      ],
    };
  }),
  template('mastodon-env-production', (g) => {
    const skb = v.railsSecret(g);
    const otp = v.railsSecret(g);
    const vapidPriv = v.b64url(g, 43) + '=';
    const vapidPub = 'B' + v.b64url(g, 86) + '=';
    const smtp = v.safePass(g);
    return {
      path: g.pick(['.env.production', 'live/.env.production', '/home/mastodon/live/.env.production']),
      lines: [
        '# Generated with mastodon:setup on 2024-02-11 18:03:44 UTC',
        '',
        `LOCAL_DOMAIN=${v.sub(g, 'social')}`,
        'SINGLE_USER_MODE=false',
        sec(`SECRET_KEY_BASE=${skb}`, skb),
        sec(`OTP_SECRET=${otp}`, otp),
        sec(`VAPID_PRIVATE_KEY=${vapidPriv}`, vapidPriv),
        `VAPID_PUBLIC_KEY=${vapidPub}`,
        'DB_HOST=/var/run/postgresql',
        'DB_PORT=5432',
        'DB_NAME=mastodon_production',
        'DB_USER=mastodon',
        'DB_PASS=',
        'REDIS_HOST=localhost',
        'REDIS_PORT=6379',
        'REDIS_PASSWORD=',
        'S3_ENABLED=false',
        'SMTP_SERVER=smtp.mailgun.org',
        'SMTP_PORT=587',
        `SMTP_LOGIN=postmaster@mg.${v.site(g)}`,
        sec(`SMTP_PASSWORD=${smtp}`, smtp),
        'SMTP_AUTH_METHOD=plain',
        'SMTP_OPENSSL_VERIFY_MODE=none',
        'SMTP_ENABLE_STARTTLS=auto',
        `SMTP_FROM_ADDRESS='Mastodon <notifications@${v.site(g)}>'`,
      ],
    };
  }),
  template('mastodon-ar-encryption', (g) => {
    const a = g.fake.alnum(32);
    const b = g.fake.alnum(32);
    const c = g.fake.alnum(32);
    const s3 = v.awsSecret(g);
    const id = v.awsKeyId(g);
    return {
      path: '.env.production',
      lines: [
        sec(`ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY=${a}`, a),
        sec(`ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT=${b}`, b),
        sec(`ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=${c}`, c),
        'S3_ENABLED=true',
        `S3_BUCKET=files.${v.site(g)}`,
        sec(`AWS_ACCESS_KEY_ID=${id}`, id),
        sec(`AWS_SECRET_ACCESS_KEY=${s3}`, s3),
        'S3_ALIAS_HOST=files.example.org',
      ],
    };
  }),
  template('odoo-conf', (g) => {
    const a = v.safePass(g);
    const d = v.safePass(g);
    return {
      path: g.pick(['/etc/odoo/odoo.conf', 'odoo.conf', 'config/odoo.conf', '/etc/odoo-server.conf']),
      lines: [
        '[options]',
        '; This is the password that allows database operations:',
        sec(`admin_passwd = ${a}`, a),
        'db_host = localhost',
        'db_port = 5432',
        `db_user = ${v.dbUser(g, 'odoo')}`,
        sec(`db_password = ${d}`, d),
        'addons_path = /usr/lib/python3/dist-packages/odoo/addons,/opt/odoo/custom-addons',
        'logfile = /var/log/odoo/odoo-server.log',
        'proxy_mode = True',
        'workers = 4',
      ],
    };
  }),
  template('redmine-database-yml', (g) => {
    const p = v.safePass(g);
    return {
      path: 'config/database.yml',
      lines: [
        '# MySQL (default setup).',
        'production:',
        '  adapter: mysql2',
        '  database: redmine',
        '  host: localhost',
        `  username: ${v.dbUser(g, 'redmine')}`,
        sec(`  password: "${p}"`, p),
        '  # Use "utf8" instead of "utfmb4" for MySQL prior to 5.7.7',
        '  encoding: utf8mb4',
        '  variables:',
        '    transaction_isolation: "READ-COMMITTED"',
      ],
    };
  }),
  template('redmine-secrets-and-mail', (g) => {
    const skb = v.railsSecret(g);
    const p = v.safePass(g);
    return {
      path: g.pick(['config/configuration.yml', 'config/secrets.yml']),
      lines: [
        'production:',
        sec(`  secret_key_base: ${skb}`, skb),
        '  email_delivery:',
        '    delivery_method: :smtp',
        '    smtp_settings:',
        `      address: "smtp.${v.site(g)}"`,
        '      port: 587',
        '      authentication: :login',
        `      domain: "${v.site(g)}"`,
        `      user_name: "redmine@${v.site(g)}"`,
        sec(`      password: "${p}"`, p),
      ],
    };
  }),
  template('gitlab-rb', (g) => {
    const smtp = v.safePass(g);
    const root = v.safePass(g);
    return {
      path: g.pick(['/etc/gitlab/gitlab.rb', 'gitlab/config/gitlab.rb', 'gitlab.rb']),
      lines: [
        `external_url 'https://${v.sub(g, 'gitlab')}'`,
        "gitlab_rails['time_zone'] = 'Europe/Berlin'",
        sec(`gitlab_rails['initial_root_password'] = "${root}"`, root),
        "gitlab_rails['smtp_enable'] = true",
        'gitlab_rails[\'smtp_address\'] = "smtp.office365.com"',
        "gitlab_rails['smtp_port'] = 587",
        `gitlab_rails['smtp_user_name'] = "gitlab@${v.site(g)}"`,
        sec(`gitlab_rails['smtp_password'] = "${smtp}"`, smtp),
        `gitlab_rails['smtp_domain'] = "${v.site(g)}"`,
        'gitlab_rails[\'smtp_authentication\'] = "login"',
        "gitlab_rails['smtp_enable_starttls_auto'] = true",
        "gitlab_rails['gitlab_email_from'] = 'gitlab@example.com'",
      ],
    };
  }),
  template('gitlab-rb-ldap-db', (g) => {
    const ldap = v.safePass(g);
    const db = v.safePass(g);
    return {
      path: '/etc/gitlab/gitlab.rb',
      lines: [
        "gitlab_rails['ldap_enabled'] = true",
        "gitlab_rails['ldap_servers'] = YAML.load <<-'EOS'",
        '  main:',
        "    label: 'Active Directory'",
        `    host: 'dc01.${v.site(g)}'`,
        '    port: 636',
        "    uid: 'sAMAccountName'",
        "    encryption: 'simple_tls'",
        "    bind_dn: 'CN=svc-gitlab,OU=Service Accounts,DC=corp,DC=local'",
        sec(`    password: '${ldap}'`, ldap),
        "    base: 'OU=Users,DC=corp,DC=local'",
        'EOS',
        "postgresql['enable'] = false",
        "gitlab_rails['db_adapter'] = 'postgresql'",
        "gitlab_rails['db_host'] = '10.0.4.12'",
        "gitlab_rails['db_username'] = 'gitlab'",
        sec(`gitlab_rails['db_password'] = '${db}'`, db),
      ],
    };
  }),
  template('gitlab-secrets-json', (g) => {
    const w = v.b64(g, 32);
    const a = v.railsSecret(g);
    const b = v.railsSecret(g);
    const c = v.railsSecret(g);
    return {
      path: '/etc/gitlab/gitlab-secrets.json',
      lines: [
        '{',
        '  "gitlab_workhorse": {',
        sec(`    "secret_token": "${w}"`, w),
        '  },',
        '  "gitlab_rails": {',
        sec(`    "secret_key_base": "${a}",`, a),
        sec(`    "db_key_base": "${b}",`, b),
        sec(`    "otp_key_base": "${c}",`, c),
        '    "encrypted_settings_key_base": null',
        '  }',
        '}',
      ],
    };
  }),
  template('gitlab-runner-config', (g) => {
    const t = v.gitlabRunnerToken(g);
    return {
      path: '/etc/gitlab-runner/config.toml',
      lines: [
        'concurrent = 4',
        'check_interval = 0',
        '',
        '[[runners]]',
        '  name = "docker-runner-01"',
        `  url = "https://${v.sub(g, 'gitlab')}"`,
        '  id = 14',
        sec(`  token = "${t}"`, t),
        '  token_obtained_at = 2024-03-02T10:14:51Z',
        '  executor = "docker"',
        '  [runners.docker]',
        '    image = "alpine:3.19"',
        '    privileged = false',
      ],
    };
  }),
  template('gitea-app-ini', (g) => {
    const p = v.safePass(g);
    const sk = v.alnum(g, 64);
    const it = v.giteaInternalToken(g);
    const jwt = v.b64url(g, 43);
    return {
      path: g.pick(['custom/conf/app.ini', '/etc/gitea/app.ini', 'gitea/conf/app.ini', '/etc/forgejo/app.ini']),
      lines: [
        'APP_NAME = Gitea: Git with a cup of tea',
        'RUN_USER = git',
        'RUN_MODE = prod',
        '',
        '[database]',
        'DB_TYPE  = postgres',
        'HOST     = 127.0.0.1:5432',
        'NAME     = gitea',
        `USER     = ${v.dbUser(g, 'gitea')}`,
        sec(`PASSWD   = ${p}`, p),
        'SSL_MODE = disable',
        '',
        '[server]',
        `DOMAIN           = ${v.sub(g, 'git')}`,
        'HTTP_PORT        = 3000',
        'LFS_START_SERVER = true',
        '',
        '[security]',
        'INSTALL_LOCK       = true',
        sec(`SECRET_KEY         = ${sk}`, sk),
        sec(`INTERNAL_TOKEN     = ${it}`, it),
        'PASSWORD_HASH_ALGO = pbkdf2',
        '',
        '[oauth2]',
        sec(`JWT_SECRET = ${jwt}`, jwt),
      ],
    };
  }),
  template('gitea-lfs-mailer', (g) => {
    const lfs = v.b64url(g, 43);
    const m = v.safePass(g);
    return {
      path: '/etc/gitea/app.ini',
      lines: [
        '[server]',
        'SSH_DOMAIN       = localhost',
        'HTTP_PORT        = 3000',
        sec(`LFS_JWT_SECRET   = ${lfs}`, lfs),
        'OFFLINE_MODE     = false',
        '',
        '[mailer]',
        'ENABLED   = true',
        'PROTOCOL  = smtp+starttls',
        `SMTP_ADDR = smtp.${v.site(g)}`,
        'SMTP_PORT = 587',
        `FROM      = gitea@${v.site(g)}`,
        `USER      = gitea@${v.site(g)}`,
        sec(`PASSWD    = \`${m}\``, m),
      ],
    };
  }),
  template('mattermost-config-json', (g) => {
    const p = v.safePass(g);
    const salt = v.alnum(g, 32);
    const rest = v.alnum(g, 32);
    return {
      path: g.pick(['config/config.json', '/opt/mattermost/config/config.json']),
      lines: [
        '{',
        '    "ServiceSettings": {',
        `        "SiteURL": "https://${v.sub(g, 'chat')}",`,
        '        "ListenAddress": ":8065"',
        '    },',
        '    "SqlSettings": {',
        '        "DriverName": "postgres",',
        sec(
          `        "DataSource": "postgres://mmuser:${p}@localhost:5432/mattermost?sslmode=disable\\u0026connect_timeout=10",`,
          p,
        ),
        '        "DataSourceReplicas": [],',
        '        "MaxIdleConns": 20,',
        sec(`        "AtRestEncryptKey": "${rest}",`, rest),
        '        "Trace": false',
        '    },',
        '    "FileSettings": {',
        '        "DriverName": "local",',
        '        "Directory": "./data/",',
        sec(`        "PublicLinkSalt": "${salt}",`, salt),
        '        "AmazonS3SecretAccessKey": ""',
        '    }',
        '}',
      ],
    };
  }),
  template('mattermost-email-settings', (g) => {
    const p = v.safePass(g);
    return {
      path: 'config/config.json',
      lines: [
        '    "EmailSettings": {',
        '        "EnableSignUpWithEmail": true,',
        '        "SendEmailNotifications": true,',
        `        "FeedbackEmail": "mattermost@${v.site(g)}",`,
        `        "SMTPUsername": "mattermost@${v.site(g)}",`,
        sec(`        "SMTPPassword": "${p}",`, p),
        `        "SMTPServer": "smtp.${v.site(g)}",`,
        '        "SMTPPort": "587",',
        '        "ConnectionSecurity": "STARTTLS"',
        '    },',
      ],
    };
  }),
  template('grafana-ini', (g) => {
    const ap = v.safePass(g);
    const sk = v.alnum(g, g.pick([20, 32]));
    const db = v.safePass(g);
    return {
      path: g.pick(['/etc/grafana/grafana.ini', 'grafana/grafana.ini', 'conf/custom.ini']),
      lines: [
        '[server]',
        `domain = ${v.sub(g, 'grafana')}`,
        'root_url = %(protocol)s://%(domain)s/',
        '',
        '[database]',
        'type = mysql',
        'host = 127.0.0.1:3306',
        'name = grafana',
        'user = grafana',
        '# If the password contains # or ; you have to wrap it with triple quotes. Ex """#password;"""',
        sec(`password = ${db}`, db),
        '',
        '[security]',
        'admin_user = admin',
        sec(`admin_password = ${ap}`, ap),
        sec(`secret_key = ${sk}`, sk),
        'disable_gravatar = true',
      ],
    };
  }),
  template('grafana-ini-smtp-oauth', (g) => {
    const m = v.safePass(g);
    const cs = v.alnum(g, 40);
    return {
      path: '/etc/grafana/grafana.ini',
      lines: [
        '[smtp]',
        'enabled = true',
        'host = smtp.gmail.com:587',
        `user = alerts@${v.site(g)}`,
        sec(`password = """${m}"""`, m),
        `from_address = alerts@${v.site(g)}`,
        '',
        '[auth.generic_oauth]',
        'enabled = true',
        'name = Keycloak',
        'client_id = grafana',
        sec(`client_secret = ${cs}`, cs),
        'scopes = openid email profile',
        `auth_url = https://${v.sub(g, 'sso')}/realms/ops/protocol/openid-connect/auth`,
      ],
    };
  }),
  template('synapse-homeserver', (g) => {
    const p = v.safePass(g);
    const reg = v.synapseSecret(g);
    const mac = v.synapseSecret(g);
    const form = v.synapseSecret(g);
    const server = v.sub(g, 'matrix');
    return {
      path: g.pick(['homeserver.yaml', '/etc/matrix-synapse/homeserver.yaml', 'data/homeserver.yaml']),
      lines: [
        '# Configuration file for Synapse.',
        `server_name: "${server}"`,
        'pid_file: /data/homeserver.pid',
        'listeners:',
        '  - port: 8008',
        '    tls: false',
        '    type: http',
        '    x_forwarded: true',
        '    resources:',
        '      - names: [client, federation]',
        '        compress: false',
        'database:',
        '  name: psycopg2',
        '  args:',
        '    user: synapse_user',
        sec(`    password: ${p}`, p),
        '    database: synapse',
        '    host: localhost',
        '    cp_min: 5',
        '    cp_max: 10',
        `log_config: "/data/${server}.log.config"`,
        'media_store_path: /data/media_store',
        sec(`registration_shared_secret: "${reg}"`, reg),
        'report_stats: false',
        sec(`macaroon_secret_key: "${mac}"`, mac),
        sec(`form_secret: "${form}"`, form),
        `signing_key_path: "/data/${server}.signing.key"`,
        'trusted_key_servers:',
        '  - server_name: "matrix.org"',
      ],
    };
  }),
  template('synapse-signing-key', (g) => {
    const k = g.fake.base64(43);
    const id = 'a_' + g.fake.alnum(4);
    return {
      path: g.pick(['data/matrix.acme-corp.com.signing.key', '/etc/matrix-synapse/homeserver.signing.key']),
      lines: [sec(`ed25519 ${id} ${k}`, k)],
    };
  }),
  template('synapse-turn-and-email', (g) => {
    const turn = v.hex(g, 32);
    const m = v.safePass(g);
    return {
      path: 'homeserver.yaml',
      lines: [
        'turn_uris:',
        `  - "turn:turn.${v.site(g)}?transport=udp"`,
        sec(`turn_shared_secret: "${turn}"`, turn),
        'turn_user_lifetime: 86400000',
        'email:',
        `  smtp_host: smtp.${v.site(g)}`,
        '  smtp_port: 587',
        `  smtp_user: "matrix@${v.site(g)}"`,
        sec(`  smtp_pass: "${m}"`, m),
        '  require_transport_security: true',
        '  notif_from: "Your Friendly %(app)s homeserver <noreply@example.com>"',
      ],
    };
  }),
  template('coturn-static-secret', (g) => {
    const s = v.hex(g, 32);
    return {
      path: '/etc/turnserver.conf',
      lines: [
        'listening-port=3478',
        'tls-listening-port=5349',
        'fingerprint',
        'use-auth-secret',
        sec(`static-auth-secret=${s}`, s),
        `realm=turn.${v.site(g)}`,
        'no-cli',
      ],
    };
  }),
  template('jitsi-env', (g) => {
    const a = v.hex(g, 16);
    const b = v.hex(g, 16);
    const c = v.hex(g, 16);
    return {
      path: g.pick(['.env', 'docker-jitsi-meet/.env', 'jitsi/.env']),
      lines: [
        '# Security',
        '#',
        '# Set these to strong passwords to avoid intruders from impersonating a service account',
        "# The service(s) won't start unless these are specified",
        '# Running ./gen-passwords.sh will update .env with strong passwords',
        '# You may skip the Jigasi and Jibri passwords if you are not using those',
        '# DO NOT reuse passwords',
        '#',
        '',
        '# XMPP password for Jicofo client connections',
        sec(`JICOFO_AUTH_PASSWORD=${a}`, a),
        '',
        '# XMPP password for JVB client connections',
        sec(`JVB_AUTH_PASSWORD=${b}`, b),
        '',
        '# XMPP password for Jigasi MUC client connections',
        'JIGASI_XMPP_PASSWORD=',
        '',
        '# XMPP password for Jibri client connections',
        sec(`JIBRI_XMPP_PASSWORD=${c}`, c),
        '',
        `PUBLIC_URL=https://${v.sub(g, 'meet')}`,
        'HTTP_PORT=8000',
        'HTTPS_PORT=8443',
        'TZ=UTC',
      ],
    };
  }),
  template('jitsi-jwt-prosody', (g) => {
    const s = v.hex(g, 32);
    return {
      path: g.pick(['/etc/prosody/conf.avail/meet.acme-corp.com.cfg.lua', '.env']),
      lines: [
        'VirtualHost "meet.acme-corp.com"',
        '    authentication = "token"',
        '    app_id = "acme_meet"',
        sec(`    app_secret = "${s}"`, s),
        '    allow_empty_token = false',
      ],
    };
  }),
  template('bbb-properties', (g) => {
    const s = g.chance(0.5) ? v.hex(g, 20) : v.alnum(g, 48);
    return {
      path: g.pick(['/etc/bigbluebutton/bbb-web.properties', 'bigbluebutton.properties']),
      lines: [
        '#',
        '# BigBlueButton Web Overrides',
        '#',
        `bigbluebutton.web.serverURL=https://${v.sub(g, 'bbb')}`,
        sec(`securitySalt=${s}`, s),
        'defaultGuestPolicy=ASK_MODERATOR',
      ],
    };
  }),
  template('greenlight-env', (g) => {
    const s = v.hex(g, 32);
    const skb = v.railsSecret(g);
    return {
      path: g.pick(['greenlight/.env', '.env']),
      lines: [
        sec(`SECRET_KEY_BASE=${skb}`, skb),
        `BIGBLUEBUTTON_ENDPOINT=https://${v.sub(g, 'bbb')}/bigbluebutton/api/`,
        sec(`BIGBLUEBUTTON_SECRET=${s}`, s),
        `DATABASE_URL=postgres://postgres:@postgres:5432/greenlight-v3-production`,
        'REDIS_URL=redis://redis:6379',
      ],
    };
  }),
  template('bbb-conf-secret-output', (g) => {
    const s = g.chance(0.5) ? v.hex(g, 20) : v.alnum(g, 48);
    return {
      path: g.pick(['docs/bbb-setup.md', 'notes/bbb.txt']),
      lines: [
        '$ sudo bbb-conf --secret',
        '',
        `    URL: https://${v.sub(g, 'bbb')}/bigbluebutton/`,
        sec(`    Secret: ${s}`, s),
        '',
        `    Link to the API-Mate:`,
        `    https://mconf.github.io/api-mate/#server=https://bbb.example.net/bigbluebutton/`,
      ],
    };
  }),
  template('vaultwarden-env', (g) => {
    const t = v.b64(g, 48);
    const m = v.safePass(g);
    return {
      path: g.pick(['.env', 'vaultwarden/.env', '/etc/vaultwarden.env']),
      lines: [
        `DOMAIN=https://${v.sub(g, 'vault')}`,
        'SIGNUPS_ALLOWED=false',
        sec(`ADMIN_TOKEN=${t}`, t),
        `SMTP_HOST=smtp.${v.site(g)}`,
        `SMTP_FROM=vaultwarden@${v.site(g)}`,
        'SMTP_PORT=587',
        'SMTP_SECURITY=starttls',
        `SMTP_USERNAME=vaultwarden@${v.site(g)}`,
        sec(`SMTP_PASSWORD=${m}`, m),
      ],
    };
  }),
  template('vaultwarden-push', (g) => {
    const k = g.fake.alnum(20);
    return {
      path: 'vaultwarden/.env',
      lines: ['PUSH_ENABLED=true', `PUSH_INSTALLATION_ID=${v.uuid(g)}`, sec(`PUSH_INSTALLATION_KEY=${k}`, k)],
    };
  }),
  template('homeassistant-secrets', (g) => {
    const a = v.safePass(g);
    const b = v.safePass(g);
    const c = g.fake.alnum(32);
    return {
      path: g.pick(['secrets.yaml', 'config/secrets.yaml', 'homeassistant/secrets.yaml']),
      lines: [
        '# Use this file to store secrets like usernames and passwords.',
        '# Learn more at https://www.home-assistant.io/docs/configuration/secrets/',
        sec(`mqtt_password: ${a}`, a),
        `latitude_home: 52.${g.fake.digits(4)}`,
        sec(`wifi_password: "${b}"`, b),
        sec(`openweathermap_api_key: ${c}`, c),
      ],
    };
  }),
  template('zabbix-server-conf', (g) => {
    const p = v.safePass(g);
    return {
      path: '/etc/zabbix/zabbix_server.conf',
      lines: [
        'LogFile=/var/log/zabbix/zabbix_server.log',
        'LogFileSize=0',
        'PidFile=/run/zabbix/zabbix_server.pid',
        'SocketDir=/run/zabbix',
        'DBHost=localhost',
        'DBName=zabbix',
        'DBUser=zabbix',
        sec(`DBPassword=${p}`, p),
        'SNMPTrapperFile=/var/log/snmptrap/snmptrap.log',
        'Timeout=4',
      ],
    };
  }),
  template('zabbix-web-conf', (g) => {
    const p = v.safePass(g);
    return {
      path: '/etc/zabbix/web/zabbix.conf.php',
      lines: [
        '<?php',
        "$DB['TYPE']\t\t\t\t= 'MYSQL';",
        "$DB['SERVER']\t\t\t= 'localhost';",
        "$DB['PORT']\t\t\t\t= '0';",
        "$DB['DATABASE']\t\t\t= 'zabbix';",
        "$DB['USER']\t\t\t\t= 'zabbix';",
        sec(`$DB['PASSWORD']\t\t\t= '${p}';`, p),
        "$ZBX_SERVER_NAME\t\t= 'Zabbix';",
      ],
    };
  }),
  template('seahub-settings', (g) => {
    const sk = g.fake.from('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50);
    const p = v.safePass(g);
    return {
      path: g.pick(['conf/seahub_settings.py', 'seafile/conf/seahub_settings.py']),
      lines: [
        '# -*- coding: utf-8 -*-',
        sec(`SECRET_KEY = "${sk}"`, sk),
        `SERVICE_URL = "https://${v.sub(g, 'files')}"`,
        'DATABASES = {',
        "    'default': {",
        "        'ENGINE': 'django.db.backends.mysql',",
        "        'NAME': 'seahub_db',",
        "        'USER': 'seafile',",
        sec(`        'PASSWORD': '${p}',`, p),
        "        'HOST': '127.0.0.1',",
        "        'PORT': '3306',",
        '    }',
        '}',
      ],
    };
  }),
  template('sentry-self-hosted-config', (g) => {
    const k = g.fake.from('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50);
    return {
      path: g.pick(['sentry/config.yml', 'self-hosted/sentry/config.yml']),
      lines: [
        '# While a lot of configuration in Sentry can be changed via the UI, for all',
        '# new-style config (as of 8.0) you can also declare values here in this file',
        "mail.backend: 'smtp'",
        sec(`system.secret-key: '${k}'`, k),
        "system.url-prefix: 'https://sentry.example.com'",
        'symbolicator.enabled: true',
      ],
    };
  }),
];
