import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * self-hosted-apps positives, Java and ops tools: Jira dbconfig.xml (plain and Base64Cipher),
 * Confluence confluence.cfg.xml, SonarQube sonar.properties and scanner tokens, Nexus (first admin
 * password file, Maven settings for a hosted repository), Harbor harbor.yml and robot accounts,
 * MinIO env and `mc` config, Keycloak (admin bootstrap, realm client secret, adapter JSON),
 * Rocket.Chat and Nginx Proxy Manager compose files. Values generated at run time.
 */
export const opsPositives: readonly Template[] = [
  template('jira-dbconfig', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['dbconfig.xml', '/var/atlassian/application-data/jira/dbconfig.xml']),
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '',
        '<jira-database-config>',
        '  <name>defaultDS</name>',
        '  <delegator-name>default</delegator-name>',
        '  <database-type>postgres72</database-type>',
        '  <schema-name>public</schema-name>',
        '  <jdbc-datasource>',
        '    <url>jdbc:postgresql://dbserver:5432/jiradb</url>',
        '    <driver-class>org.postgresql.Driver</driver-class>',
        `    <username>${v.dbUser(g, 'jira')}</username>`,
        sec(`    <password>${p}</password>`, p),
        '    <pool-min-size>40</pool-min-size>',
        '    <pool-max-size>40</pool-max-size>',
        '    <pool-max-wait>30000</pool-max-wait>',
        '    <validation-query>select 1</validation-query>',
        '  </jdbc-datasource>',
        '</jira-database-config>',
      ],
    };
  }),
  template('jira-dbconfig-base64cipher', (g) => {
    const p = Buffer.from(v.safePass(g)).toString('base64');
    return {
      path: 'dbconfig.xml',
      lines: [
        '<jira-database-config>',
        '  <database-type>mysql8</database-type>',
        '  <jdbc-datasource>',
        '    <url>jdbc:mysql://address=(protocol=tcp)(host=localhost)(port=3306)/jiradb?sessionVariables=default_storage_engine=InnoDB</url>',
        '    <driver-class>com.mysql.cj.jdbc.Driver</driver-class>',
        '    <username>jira</username>',
        '    <atlassian-password-cipher-provider>com.atlassian.db.config.password.ciphers.base64.Base64Cipher</atlassian-password-cipher-provider>',
        sec(`    <password>${p}</password>`, p),
        '  </jdbc-datasource>',
        '</jira-database-config>',
      ],
    };
  }),
  template('confluence-cfg', (g) => {
    const p = v.safePass(g);
    // A PKCS#8 RSA key, base64 DER without armour: every one opens with the same algorithm header.
    const jwt = 'MII' + 'EvQIBADANBgkqhkiG9w0BAQEFAASC' + g.fake.base64(1590);
    return {
      path: g.pick(['confluence.cfg.xml', '/var/atlassian/application-data/confluence/confluence.cfg.xml']),
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<confluence-configuration>',
        '  <setupStep>complete</setupStep>',
        '  <setupType>custom</setupType>',
        '  <buildNumber>8804</buildNumber>',
        '  <properties>',
        `    <property name="confluence.setup.server.id">${g.fake.upperAlnum(4)}-${g.fake.upperAlnum(4)}-${g.fake.upperAlnum(4)}-${g.fake.upperAlnum(4)}</property>`,
        '    <property name="hibernate.connection.driver_class">org.postgresql.Driver</property>',
        sec(`    <property name="hibernate.connection.password">${p}</property>`, p),
        '    <property name="hibernate.connection.url">jdbc:postgresql://localhost:5432/confluence</property>',
        `    <property name="hibernate.connection.username">${v.dbUser(g, 'confluence')}</property>`,
        sec(`    <property name="jwt.private.key">${jwt}</property>`, jwt),
        '  </properties>',
        '</confluence-configuration>',
      ],
    };
  }),
  template('sonar-properties', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['conf/sonar.properties', '/opt/sonarqube/conf/sonar.properties']),
      lines: [
        '# DATABASE',
        '#',
        '# IMPORTANT:',
        '# - The embedded H2 database is used by default. It is recommended for tests but not for',
        '#   production use. Supported databases are Oracle, PostgreSQL and Microsoft SQLServer.',
        '',
        '# User credentials.',
        '# Permissions to create tables, indices and triggers must be granted to JDBC user.',
        `sonar.jdbc.username=${v.dbUser(g, 'sonar')}`,
        sec(`sonar.jdbc.password=${p}`, p),
        '',
        '#----- PostgreSQL 11 or greater',
        'sonar.jdbc.url=jdbc:postgresql://localhost/sonarqube?currentSchema=public',
        'sonar.web.host=0.0.0.0',
        'sonar.web.port=9000',
      ],
    };
  }),
  template('sonar-scanner-token', (g) => {
    const t = v.sonarUserToken(g);
    return {
      path: g.pick(['sonar-project.properties', 'conf/sonar-scanner.properties']),
      lines: [
        `sonar.host.url=https://${v.sub(g, 'sonar')}`,
        'sonar.projectKey=billing-service',
        sec(`${g.pick(['sonar.token', 'sonar.login'])}=${t}`, t),
        'sonar.sources=src',
      ],
    };
  }),
  template('nexus-admin-password-file', (g) => {
    const p = v.uuid(g);
    return {
      path: g.pick(['nexus-data/admin.password', 'sonatype-work/nexus3/admin.password']),
      lines: [sec(p, p)],
    };
  }),
  template('maven-settings-nexus', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['.m2/settings.xml', 'ci/settings.xml']),
      lines: [
        '<settings>',
        '  <servers>',
        '    <server>',
        '      <id>nexus-releases</id>',
        '      <username>deployment</username>',
        sec(`      <password>${p}</password>`, p),
        '    </server>',
        '  </servers>',
        '  <mirrors>',
        '    <mirror>',
        '      <id>nexus</id>',
        '      <mirrorOf>*</mirrorOf>',
        `      <url>https://${v.sub(g, 'nexus')}/repository/maven-public/</url>`,
        '    </mirror>',
        '  </mirrors>',
        '</settings>',
      ],
    };
  }),
  template('npmrc-nexus', (g) => {
    const auth = Buffer.from(`deploy:${v.safePass(g)}`).toString('base64');
    return {
      path: '.npmrc',
      lines: [
        `registry=https://${v.sub(g, 'nexus')}/repository/npm-group/`,
        sec(`_auth=${auth}`, auth),
        'always-auth=true',
      ],
    };
  }),
  template('harbor-yml', (g) => {
    const a = v.safePass(g);
    const d = v.safePass(g);
    return {
      path: g.pick(['harbor.yml', 'harbor/harbor.yml']),
      lines: [
        '# Configuration file of Harbor',
        '',
        '# The IP address or hostname to access admin UI and registry service.',
        `hostname: ${v.sub(g, 'registry')}`,
        '',
        'http:',
        '  port: 80',
        'https:',
        '  port: 443',
        `  certificate: /etc/ssl/certs/${v.site(g)}.crt`,
        `  private_key: /etc/ssl/private/${v.site(g)}.key`,
        '',
        '# The initial password of Harbor admin',
        '# It only works in first time to install harbor',
        '# Remember Change the admin password from UI after launching Harbor.',
        sec(`harbor_admin_password: ${a}`, a),
        '',
        '# Harbor DB configuration',
        'database:',
        '  # The password for the root user of Harbor DB. Change this before any production use.',
        sec(`  password: ${d}`, d),
        '  max_idle_conns: 100',
        '  max_open_conns: 900',
        '',
        'data_volume: /data',
      ],
    };
  }),
  template('harbor-robot-login', (g) => {
    const s = g.fake.alnum(32);
    const name = `robot$${g.pick(['ci', 'library+ci', 'deploy'])}`;
    return {
      path: g.pick(['.gitlab-ci.yml', 'scripts/push-image.sh']),
      lines: [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        sec(`echo '${s}' | docker login ${v.sub(g, 'registry')} -u '${name}' --password-stdin`, s),
        `docker push ${v.sub(g, 'registry')}/library/app:latest`,
      ],
    };
  }),
  template('minio-env', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['/etc/default/minio', 'minio/.env', 'config.env']),
      lines: [
        '# MINIO_ROOT_USER and MINIO_ROOT_PASSWORD sets the root account for the MinIO server.',
        '# This user has unrestricted permissions to perform S3 and administrative API operations on any resource in the deployment.',
        "# Omit to use the default values 'minioadmin:minioadmin'.",
        '# MinIO recommends setting non-default values as a best practice, regardless of environment',
        '',
        'MINIO_ROOT_USER=storageadmin',
        sec(`MINIO_ROOT_PASSWORD=${p}`, p),
        '',
        'MINIO_VOLUMES="/mnt/data"',
        `MINIO_SERVER_URL="https://${v.sub(g, 's3')}"`,
      ],
    };
  }),
  template('minio-mc-alias', (g) => {
    const s = v.minioSecret(g);
    return {
      path: g.pick(['scripts/backup.sh', 'README.md', 'ops/minio-setup.sh']),
      lines: [
        '#!/bin/sh',
        sec(`mc alias set backup https://${v.sub(g, 's3')} ${v.minioAccessKey(g)} ${s}`, s),
        'mc mirror --overwrite /var/backups backup/nightly',
      ],
    };
  }),
  template('minio-mc-config-json', (g) => {
    const s = v.minioSecret(g);
    const a = v.minioAccessKey(g);
    return {
      path: '.mc/config.json',
      lines: [
        '{',
        '\t"version": "10",',
        '\t"aliases": {',
        '\t\t"prod": {',
        `\t\t\t"url": "https://${v.sub(g, 's3')}",`,
        sec(`\t\t\t"accessKey": "${a}",`, a),
        sec(`\t\t\t"secretKey": "${s}",`, s),
        '\t\t\t"api": "s3v4",',
        '\t\t\t"path": "auto"',
        '\t\t}',
        '\t}',
        '}',
      ],
    };
  }),
  template('keycloak-compose', (g) => {
    const a = v.safePass(g);
    const d = v.safePass(g);
    const legacy = g.chance(0.5);
    return {
      path: g.pick(['docker-compose.yml', 'keycloak/compose.yaml']),
      lines: [
        'services:',
        '  keycloak:',
        '    image: quay.io/keycloak/keycloak:24.0',
        '    command: start --optimized',
        '    environment:',
        `      ${legacy ? 'KEYCLOAK_ADMIN' : 'KC_BOOTSTRAP_ADMIN_USERNAME'}: admin`,
        sec(`      ${legacy ? 'KEYCLOAK_ADMIN_PASSWORD' : 'KC_BOOTSTRAP_ADMIN_PASSWORD'}: ${a}`, a),
        '      KC_DB: postgres',
        '      KC_DB_URL: jdbc:postgresql://postgres/keycloak',
        '      KC_DB_USERNAME: keycloak',
        sec(`      KC_DB_PASSWORD: ${d}`, d),
        `      KC_HOSTNAME: ${v.sub(g, 'sso')}`,
        '    ports:',
        '      - "8443:8443"',
      ],
    };
  }),
  template('keycloak-realm-client-secret', (g) => {
    const s = g.fake.alnum(32);
    return {
      path: g.pick(['realm-export.json', 'keycloak/import/acme-realm.json']),
      lines: [
        '  "clients": [',
        '    {',
        `      "id": "${v.uuid(g)}",`,
        '      "clientId": "grafana",',
        '      "enabled": true,',
        '      "clientAuthenticatorType": "client-secret",',
        sec(`      "secret": "${s}",`, s),
        '      "redirectUris": ["https://grafana.example.org/*"],',
        '      "publicClient": false,',
        '      "protocol": "openid-connect"',
        '    }',
        '  ],',
      ],
    };
  }),
  template('keycloak-adapter-json', (g) => {
    const s = g.chance(0.5) ? v.uuid(g) : g.fake.alnum(32);
    return {
      path: g.pick(['keycloak.json', 'WEB-INF/keycloak.json', 'src/main/resources/keycloak.json']),
      lines: [
        '{',
        '  "realm": "acme",',
        `  "auth-server-url": "https://${v.sub(g, 'sso')}/",`,
        '  "ssl-required": "external",',
        '  "resource": "billing-portal",',
        '  "credentials": {',
        sec(`    "secret": "${s}"`, s),
        '  },',
        '  "confidential-port": 0',
        '}',
      ],
    };
  }),
  template('kcadm-credentials', (g) => {
    const p = v.safePass(g);
    return {
      path: g.pick(['scripts/keycloak-bootstrap.sh', 'provision/kc.sh']),
      lines: [
        '#!/bin/bash',
        'KCADM=/opt/keycloak/bin/kcadm.sh',
        sec(
          `$KCADM config credentials --server http://localhost:8080 --realm master --user admin --password '${p}'`,
          p,
        ),
        '$KCADM create realms -s realm=acme -s enabled=true',
      ],
    };
  }),
  template('rocketchat-compose', (g) => {
    const p = v.safePass(g);
    const a = v.safePass(g);
    return {
      path: g.pick(['docker-compose.yml', 'rocketchat/compose.yml']),
      lines: [
        'services:',
        '  rocketchat:',
        '    image: registry.rocket.chat/rocketchat/rocket.chat:6.6.0',
        '    restart: always',
        '    environment:',
        sec(`      MONGO_URL: "mongodb://rocketchat:${p}@mongodb:27017/rocketchat?replicaSet=rs0&authSource=admin"`, p),
        `      ROOT_URL: https://${v.sub(g, 'chat')}`,
        '      PORT: 3000',
        '      ADMIN_USERNAME: admin',
        sec(`      ADMIN_PASS: ${a}`, a),
        `      ADMIN_EMAIL: admin@${v.site(g)}`,
      ],
    };
  }),
  template('npm-compose', (g) => {
    const p = v.safePass(g);
    const r = v.safePass(g);
    return {
      path: g.pick(['docker-compose.yml', 'nginx-proxy-manager/docker-compose.yml']),
      lines: [
        "version: '3.8'",
        'services:',
        '  app:',
        "    image: 'jc21/nginx-proxy-manager:latest'",
        '    restart: unless-stopped',
        '    ports:',
        "      - '80:80'",
        "      - '81:81'",
        "      - '443:443'",
        '    environment:',
        '      DB_MYSQL_HOST: "db"',
        '      DB_MYSQL_PORT: 3306',
        '      DB_MYSQL_USER: "npm"',
        sec(`      DB_MYSQL_PASSWORD: "${p}"`, p),
        '      DB_MYSQL_NAME: "npm"',
        '  db:',
        "    image: 'jc21/mariadb-aria:latest'",
        '    environment:',
        sec(`      MYSQL_ROOT_PASSWORD: '${r}'`, r),
        "      MYSQL_DATABASE: 'npm'",
        "      MYSQL_USER: 'npm'",
        sec(`      MYSQL_PASSWORD: '${p}'`, p),
      ],
    };
  }),
];
