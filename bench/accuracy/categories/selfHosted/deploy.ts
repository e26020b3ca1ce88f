import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * self-hosted-apps positives, how these apps are deployed: docker-compose files (Nextcloud, Ghost,
 * Wiki.js, BookStack, Paperless-ngx, authentik, n8n, Outline, Strapi, Directus, Plausible, Gitea,
 * Mattermost), install and maintenance commands with credentials written in (occ, Moodle CLI,
 * drush, Magento setup:install, MediaWiki install.php, gitea admin, register_new_matrix_user,
 * grafana-cli, mmctl, SQL CREATE USER), and deployment notes/READMEs with real values. Values
 * generated at run time.
 */
export const deployPositives: readonly Template[] = [
  template('compose-nextcloud', (g) => {
    const db = v.safePass(g);
    const admin = v.safePass(g);
    const root = v.safePass(g);
    return {
      path: g.pick(['docker-compose.yml', 'nextcloud/docker-compose.yaml', 'compose.yml']),
      lines: [
        'services:',
        '  db:',
        '    image: mariadb:10.11',
        '    command: --transaction-isolation=READ-COMMITTED --log-bin=binlog --binlog-format=ROW',
        '    restart: always',
        '    volumes:',
        '      - db:/var/lib/mysql',
        '    environment:',
        sec(`      - MYSQL_ROOT_PASSWORD=${root}`, root),
        sec(`      - MYSQL_PASSWORD=${db}`, db),
        '      - MYSQL_DATABASE=nextcloud',
        '      - MYSQL_USER=nextcloud',
        '  app:',
        '    image: nextcloud',
        '    restart: always',
        '    ports:',
        '      - 8080:80',
        '    environment:',
        '      - MYSQL_HOST=db',
        '      - NEXTCLOUD_ADMIN_USER=admin',
        sec(`      - NEXTCLOUD_ADMIN_PASSWORD=${admin}`, admin),
        `      - NEXTCLOUD_TRUSTED_DOMAINS=${v.sub(g, 'cloud')}`,
      ],
    };
  }),
  template('compose-ghost', (g) => {
    const db = v.safePass(g);
    const mail = v.safePass(g);
    return {
      path: g.pick(['docker-compose.yml', 'ghost/docker-compose.yml']),
      lines: [
        'services:',
        '  ghost:',
        '    image: ghost:5-alpine',
        '    environment:',
        '      database__client: mysql',
        '      database__connection__host: db',
        '      database__connection__user: ghost',
        sec(`      database__connection__password: ${db}`, db),
        '      database__connection__database: ghost',
        `      url: https://${v.sub(g, 'blog')}`,
        '      mail__transport: SMTP',
        '      mail__options__service: Mailgun',
        `      mail__options__auth__user: postmaster@mg.${v.site(g)}`,
        sec(`      mail__options__auth__pass: ${mail}`, mail),
      ],
    };
  }),
  template('ghost-config-production', (g) => {
    const db = v.safePass(g);
    return {
      path: 'config.production.json',
      lines: [
        '{',
        `  "url": "https://${v.sub(g, 'blog')}",`,
        '  "server": { "port": 2368, "host": "127.0.0.1" },',
        '  "database": {',
        '    "client": "mysql",',
        '    "connection": {',
        '      "host": "localhost",',
        '      "user": "ghost-482",',
        sec(`      "password": "${db}",`, db),
        '      "database": "ghost_prod"',
        '    }',
        '  },',
        '  "process": "systemd"',
        '}',
      ],
    };
  }),
  template('compose-wikijs', (g) => {
    const db = v.safePass(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  db:',
        '    image: postgres:15-alpine',
        '    environment:',
        '      POSTGRES_DB: wiki',
        sec(`      POSTGRES_PASSWORD: ${db}`, db),
        '      POSTGRES_USER: wikijs',
        '  wiki:',
        '    image: ghcr.io/requarks/wiki:2',
        '    environment:',
        '      DB_TYPE: postgres',
        '      DB_HOST: db',
        '      DB_PORT: 5432',
        '      DB_USER: wikijs',
        sec(`      DB_PASS: ${db}`, db),
        '      DB_NAME: wiki',
      ],
    };
  }),
  template('compose-bookstack', (g) => {
    const key = v.laravelKey(g);
    const db = v.safePass(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  bookstack:',
        '    image: lscr.io/linuxserver/bookstack',
        '    environment:',
        '      - PUID=1000',
        '      - PGID=1000',
        `      - APP_URL=https://${v.sub(g, 'docs')}`,
        sec(`      - APP_KEY=${key}`, key),
        '      - DB_HOST=bookstack_db',
        '      - DB_PORT=3306',
        '      - DB_USERNAME=bookstack',
        sec(`      - DB_PASSWORD=${db}`, db),
        '      - DB_DATABASE=bookstackapp',
      ],
    };
  }),
  template('compose-paperless', (g) => {
    const sk = g.fake.alnum(50);
    const db = v.safePass(g);
    return {
      path: g.pick(['docker-compose.env', 'paperless/docker-compose.env']),
      lines: [
        '# The UID and GID of the user used to run paperless in the container.',
        'USERMAP_UID=1000',
        'USERMAP_GID=1000',
        `PAPERLESS_URL=https://${v.sub(g, 'paperless')}`,
        sec(`PAPERLESS_SECRET_KEY=${sk}`, sk),
        'PAPERLESS_TIME_ZONE=Europe/Berlin',
        'PAPERLESS_OCR_LANGUAGE=deu+eng',
        sec(`PAPERLESS_DBPASS=${db}`, db),
      ],
    };
  }),
  template('authentik-env', (g) => {
    const pg = v.b64(g, 36);
    const sk = v.b64(g, 60);
    return {
      path: '.env',
      lines: [
        sec(`PG_PASS=${pg}`, pg),
        sec(`AUTHENTIK_SECRET_KEY=${sk}`, sk),
        'AUTHENTIK_ERROR_REPORTING__ENABLED=true',
        'COMPOSE_PORT_HTTP=80',
        'COMPOSE_PORT_HTTPS=443',
      ],
    };
  }),
  template('n8n-compose', (g) => {
    const k = g.fake.alnum(g.pick([24, 32]));
    const p = v.safePass(g);
    return {
      path: g.pick(['docker-compose.yml', 'n8n/docker-compose.yml']),
      lines: [
        'services:',
        '  n8n:',
        '    image: docker.n8n.io/n8nio/n8n',
        '    environment:',
        `      - N8N_HOST=${v.sub(g, 'n8n')}`,
        '      - N8N_PROTOCOL=https',
        sec(`      - N8N_ENCRYPTION_KEY=${k}`, k),
        '      - DB_TYPE=postgresdb',
        '      - DB_POSTGRESDB_HOST=postgres',
        '      - DB_POSTGRESDB_USER=n8n',
        sec(`      - DB_POSTGRESDB_PASSWORD=${p}`, p),
      ],
    };
  }),
  template('outline-env', (g) => {
    const a = v.hex(g, 32);
    const b = v.hex(g, 32);
    const p = v.safePass(g);
    return {
      path: g.pick(['.env', 'outline/docker.env']),
      lines: [
        'NODE_ENV=production',
        '# Generate a hex-encoded 32-byte random key. You should use `openssl rand -hex 32`',
        sec(`SECRET_KEY=${a}`, a),
        '# Generate a unique random key. The format is not important but you could still use',
        '# `openssl rand -hex 32` in your terminal to produce this.',
        sec(`UTILS_SECRET=${b}`, b),
        sec(`DATABASE_URL=postgres://outline:${p}@postgres:5432/outline`, p),
        'REDIS_URL=redis://redis:6379',
        `URL=https://${v.sub(g, 'wiki')}`,
      ],
    };
  }),
  template('strapi-env', (g) => {
    const keys = [v.b64(g, 16), v.b64(g, 16), v.b64(g, 16), v.b64(g, 16)].join(',');
    const salt = v.b64(g, 16);
    const jwt = v.b64(g, 16);
    return {
      path: '.env',
      lines: [
        'HOST=0.0.0.0',
        'PORT=1337',
        sec(`APP_KEYS=${keys}`, keys),
        sec(`API_TOKEN_SALT=${salt}`, salt),
        sec(`ADMIN_JWT_SECRET=${jwt}`, jwt),
        'DATABASE_CLIENT=postgres',
        'DATABASE_FILENAME=',
      ],
    };
  }),
  template('directus-env', (g) => {
    const s = g.fake.alnum(32);
    const a = v.safePass(g);
    return {
      path: g.pick(['.env', 'directus/.env']),
      lines: [
        `KEY="${v.uuid(g)}"`,
        sec(`SECRET="${s}"`, s),
        `ADMIN_EMAIL="admin@${v.site(g)}"`,
        sec(`ADMIN_PASSWORD="${a}"`, a),
        'DB_CLIENT="pg"',
        'DB_HOST="database"',
      ],
    };
  }),
  template('plausible-conf', (g) => {
    const skb = v.b64(g, 48);
    const p = v.safePass(g);
    return {
      path: 'plausible-conf.env',
      lines: [
        `BASE_URL=https://${v.sub(g, 'stats')}`,
        sec(`SECRET_KEY_BASE=${skb}`, skb),
        `MAILER_EMAIL=plausible@${v.site(g)}`,
        `SMTP_HOST_ADDR=smtp.${v.site(g)}`,
        `SMTP_USER_NAME=plausible@${v.site(g)}`,
        sec(`SMTP_USER_PWD=${p}`, p),
      ],
    };
  }),
  template('compose-gitea-env', (g) => {
    const p = v.safePass(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  server:',
        '    image: gitea/gitea:1.21',
        '    environment:',
        '      - USER_UID=1000',
        '      - GITEA__database__DB_TYPE=postgres',
        '      - GITEA__database__HOST=db:5432',
        '      - GITEA__database__NAME=gitea',
        '      - GITEA__database__USER=gitea',
        sec(`      - GITEA__database__PASSWD=${p}`, p),
        '  db:',
        '    image: postgres:14',
        '    environment:',
        '      - POSTGRES_USER=gitea',
        sec(`      - POSTGRES_PASSWORD=${p}`, p),
        '      - POSTGRES_DB=gitea',
      ],
    };
  }),
  template('compose-mattermost-env', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['.env', 'mattermost/.env']),
      lines: [
        `DOMAIN=${v.sub(g, 'chat')}`,
        'TZ=UTC',
        'POSTGRES_USER=mmuser',
        sec(`POSTGRES_PASSWORD=${p}`, p),
        'POSTGRES_DB=mattermost',
        'MM_SQLSETTINGS_DRIVERNAME=postgres',
        sec(
          `MM_SQLSETTINGS_DATASOURCE=postgres://mmuser:${p}@postgres:5432/mattermost?sslmode=disable&connect_timeout=10`,
          p,
        ),
      ],
    };
  }),
  template('occ-install', (g) => {
    const db = v.safePass(g);
    const admin = v.safePass(g);
    return {
      path: g.pick(['install-nextcloud.sh', 'scripts/setup.sh', 'ansible/files/nc-install.sh']),
      lines: [
        '#!/bin/bash',
        'set -e',
        'cd /var/www/nextcloud',
        sec(
          `sudo -u www-data php occ maintenance:install --database "mysql" --database-name "nextcloud" --database-user "nextcloud" --database-pass "${db}" --admin-user "admin" --admin-pass "${admin}"`,
          db,
        ),
        `sudo -u www-data php occ config:system:set trusted_domains 1 --value=${v.sub(g, 'cloud')}`,
      ],
    };
  }),
  template('occ-smtp-config', (g) => {
    const p = v.safePass(g);
    return {
      path: 'scripts/configure-mail.sh',
      lines: [
        '#!/bin/sh',
        'occ() { sudo -u www-data php /var/www/nextcloud/occ "$@"; }',
        'occ config:system:set mail_smtpmode --value=smtp',
        `occ config:system:set mail_smtphost --value=smtp.${v.site(g)}`,
        `occ config:system:set mail_smtpname --value=cloud@${v.site(g)}`,
        sec(`occ config:system:set mail_smtppassword --value='${p}'`, p),
      ],
    };
  }),
  template('moodle-cli-install', (g) => {
    const db = v.safePass(g);
    const admin = v.safePass(g);
    return {
      path: g.pick(['provision.sh', 'docker/moodle-entrypoint.sh']),
      lines: [
        '#!/bin/bash',
        'sudo -u www-data /usr/bin/php /var/www/moodle/admin/cli/install.php \\',
        `  --wwwroot=https://${v.sub(g, 'learn')} --dataroot=/var/moodledata \\`,
        '  --dbtype=pgsql --dbhost=localhost --dbname=moodle --dbuser=moodle \\',
        sec(`  --dbpass='${db}' \\`, db),
        `  --fullname="Acme Learning" --shortname=acme --adminuser=admin \\`,
        sec(`  --adminpass='${admin}' --non-interactive --agree-license`, admin),
      ],
    };
  }),
  template('drush-site-install', (g) => {
    const db = v.safePass(g);
    const acct = v.safePass(g);
    return {
      path: g.pick(['scripts/install.sh', 'Makefile', '.ddev/commands/web/install']),
      lines: [
        '#!/bin/bash',
        sec(`drush site:install standard --db-url=mysql://drupal:${db}@127.0.0.1/drupal \\`, db),
        `  --site-name="Acme Portal" --account-name=admin \\`,
        sec(`  --account-pass=${acct} -y`, acct),
      ],
    };
  }),
  template('magento-setup-install', (g) => {
    const db = v.safePass(g);
    const admin = v.safePass(g) + '1a';
    return {
      path: g.pick(['deploy/install-magento.sh', 'README.md']),
      lines: [
        'bin/magento setup:install \\',
        `  --base-url=https://${v.sub(g, 'shop')}/ \\`,
        '  --db-host=localhost --db-name=magento --db-user=magento \\',
        sec(`  --db-password=${db} \\`, db),
        '  --admin-firstname=Store --admin-lastname=Owner \\',
        `  --admin-email=owner@${v.site(g)} --admin-user=admin \\`,
        sec(`  --admin-password=${admin} \\`, admin),
        '  --language=en_US --currency=EUR --timezone=Europe/Berlin --use-rewrites=1',
      ],
    };
  }),
  template('mediawiki-install-php', (g) => {
    const db = v.safePass(g);
    const admin = v.safePass(g);
    return {
      path: 'docker/setup-wiki.sh',
      lines: [
        '#!/bin/sh',
        'php maintenance/run.php install \\',
        sec(`  --dbname=my_wiki --dbserver=db --dbuser=wikiuser --dbpass=${db} \\`, db),
        sec(`  --server="https://${v.sub(g, 'wiki')}" --scriptpath="" --lang=en --pass=${admin} \\`, admin),
        '  "Acme Wiki" "Admin"',
      ],
    };
  }),
  template('gitea-admin-create', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['scripts/bootstrap-gitea.sh', 'ansible/roles/gitea/files/init.sh']),
      lines: [
        '#!/bin/bash',
        sec(
          `su git -c "gitea admin user create --admin --username siteadmin --password '${p}' --email ops@${v.site(g)} --config /etc/gitea/app.ini"`,
          p,
        ),
      ],
    };
  }),
  template('synapse-register-user', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['scripts/create-admin.sh', 'docs/matrix-setup.md']),
      lines: [
        '# create the first admin user',
        sec(
          `docker exec -it synapse register_new_matrix_user -u admin -p '${p}' -a -c /data/homeserver.yaml http://localhost:8008`,
          p,
        ),
      ],
    };
  }),
  template('grafana-cli-reset', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['scripts/grafana-reset.sh', 'ops/runbook.md']),
      lines: [
        '#!/bin/sh',
        sec(`grafana-cli --homepath /usr/share/grafana admin reset-admin-password '${p}'`, p),
        'systemctl restart grafana-server',
      ],
    };
  }),
  template('mmctl-user-create', (g) => {
    const p = v.safePass(g);
    return {
      path: 'scripts/mm-bootstrap.sh',
      lines: [
        '#!/bin/bash',
        'mmctl auth login https://chat.example.org --name prod --username sysadmin --password-file /root/.mm_pass',
        sec(`mmctl user create --email bot@${v.site(g)} --username alertbot --password '${p}' --system-admin`, p),
      ],
    };
  }),
  template('sql-create-user', (g) => {
    const p = v.safePass(g);
    const app = g.pick(['nextcloud', 'moodle', 'matomo', 'gitea', 'wiki', 'zabbix']);
    return {
      path: g.pick(['setup-db.sql', 'scripts/create-db.sh', 'docs/install.md']),
      lines: [
        `CREATE DATABASE ${app} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;`,
        sec(`CREATE USER '${app}'@'localhost' IDENTIFIED BY '${p}';`, p),
        `GRANT ALL PRIVILEGES ON ${app}.* TO '${app}'@'localhost';`,
        'FLUSH PRIVILEGES;',
      ],
    };
  }),
  template('psql-create-role', (g) => {
    const p = v.safePass(g);
    const app = g.pick(['synapse_user', 'mastodon', 'gitlab', 'keycloak', 'sonar']);
    return {
      path: g.pick(['init-db.sh', 'docker-entrypoint-initdb.d/01-init.sh']),
      lines: [
        '#!/bin/bash',
        'set -e',
        'psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<-EOSQL',
        sec(`  CREATE USER ${app} WITH PASSWORD '${p}';`, p),
        `  CREATE DATABASE ${app.replace('_user', '')} OWNER ${app};`,
        'EOSQL',
      ],
    };
  }),
  template('gitlab-rails-console', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['docs/runbooks/reset-root.md', 'notes/gitlab.txt']),
      lines: [
        '```',
        'sudo gitlab-rails console -e production',
        "user = User.find_by_username('root')",
        sec(`user.password = '${p}'`, p),
        sec(`user.password_confirmation = '${p}'`, p),
        'user.save!',
        '```',
      ],
    };
  }),
  template('deploy-notes-md', (g) => {
    const admin = v.safePass(g);
    const db = v.safePass(g);
    const app = g.pick(['Nextcloud', 'Moodle', 'Grafana', 'Odoo', 'Mattermost', 'Wiki.js']);
    return {
      path: g.pick(['README.md', 'docs/deployment.md', 'INSTALL-NOTES.md']),
      lines: [
        `# ${app} (production)`,
        '',
        `URL: https://${v.sub(g, app.toLowerCase().replace('.', ''))}`,
        '',
        '## Access',
        '',
        sec(`- Admin login: \`admin\` / \`${admin}\``, admin),
        sec(`- Database: \`${app.toLowerCase().replace('.', '')}\` / \`${db}\` on db01`, db),
        '',
        'Backups run nightly at 02:00 via cron.',
      ],
    };
  }),
  template('handover-notes-txt', (g) => {
    const p = v.safePass(g);
    const t = v.b64(g, 48);
    return {
      path: g.pick(['handover.txt', 'docs/server-notes.txt']),
      lines: [
        `vaultwarden: https://${v.sub(g, 'vault')}/admin`,
        sec(`admin token: ${t}`, t),
        '',
        `matomo: https://${v.sub(g, 'analytics')}`,
        `user: admin`,
        sec(`pass: ${p}`, p),
      ],
    };
  }),
  template('ansible-vars-apps', (g) => {
    const a = v.safePass(g);
    const b = v.safePass(g);
    return {
      path: g.pick(['group_vars/all.yml', 'host_vars/apps01.yml', 'roles/nextcloud/defaults/main.yml']),
      lines: [
        '---',
        `nextcloud_domain: ${v.sub(g, 'cloud')}`,
        'nextcloud_db_name: nextcloud',
        sec(`nextcloud_db_password: "${a}"`, a),
        'nextcloud_admin_user: admin',
        sec(`nextcloud_admin_password: "${b}"`, b),
        'nextcloud_version: 28.0.4',
      ],
    };
  }),
  template('systemd-env-override', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['/etc/systemd/system/gitea.service.d/override.conf', 'systemd/odoo.service']),
      lines: [
        '[Service]',
        sec(`Environment="GITEA__database__PASSWD=${p}"`, p),
        'Environment="GITEA_WORK_DIR=/var/lib/gitea"',
      ],
    };
  }),
];
