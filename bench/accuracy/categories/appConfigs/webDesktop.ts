import { type Template, sec, template } from '../../draft';
import {
  appHost,
  clientSecret,
  configPassword,
  registryToken,
  signingSecret,
  stripeSecretKey,
  supabaseKey,
} from './values';

/**
 * Credentials in JavaScript web and desktop app configuration (Express/Nest config objects,
 * `next.config.js` env, Nuxt `runtimeConfig`, Vite `.env.*`, Electron and Tauri build settings)
 * and in the package-manager files projects commit next to them (`.npmrc`, `.yarnrc.yml`,
 * `pip.conf`, Composer `auth.json`, `php.ini`, Maven profile properties).
 */
export const webDesktopPositives: readonly Template[] = [
  template('express-config-object', (g) => {
    const pw = configPassword(g);
    const secret = signingSecret(g);
    return {
      path: g.pick(['config/default.js', 'src/config.js', 'config/production.js']),
      lines: [
        'module.exports = {',
        '  port: 3000,',
        '  db: {',
        `    host: '${appHost(g)}',`,
        `    user: '${g.user()}',`,
        sec(`    password: '${pw}',`, pw),
        `    database: '${g.dbName()}',`,
        '  },',
        '  session: {',
        sec(`    secret: '${secret}',`, secret),
        '    resave: false,',
        '  },',
        '};',
      ],
    };
  }),
  template('nest-register-as-fallback', (g) => {
    const secret = signingSecret(g);
    return {
      path: 'src/config/auth.config.ts',
      lines: [
        "import { registerAs } from '@nestjs/config';",
        '',
        "export default registerAs('auth', () => ({",
        sec(`  jwtSecret: process.env.JWT_SECRET || '${secret}',`, secret),
        "  jwtExpiresIn: process.env.JWT_EXPIRES_IN ?? '1d',",
        '}));',
      ],
    };
  }),
  template('next-config-env', (g) => {
    const key = g.chance(0.5) ? stripeSecretKey(g) : g.apiKey();
    const name = key.startsWith('sk')
      ? 'STRIPE_SECRET_KEY'
      : g.pick(['CMS_API_TOKEN', 'CONTENTFUL_MANAGEMENT_TOKEN', 'ALGOLIA_ADMIN_KEY']);
    return {
      path: g.pick(['next.config.js', 'next.config.mjs']),
      lines: [
        "/** @type {import('next').NextConfig} */",
        'const nextConfig = {',
        '  reactStrictMode: true,',
        '  env: {',
        "    SITE_NAME: 'Acme Store',",
        sec(`    ${name}: '${key}',`, key),
        '  },',
        '};',
        '',
        'module.exports = nextConfig;',
      ],
    };
  }),
  template('nuxt-runtime-config', (g) => {
    const secret = g.apiKey();
    return {
      path: 'nuxt.config.ts',
      lines: [
        'export default defineNuxtConfig({',
        "  modules: ['@pinia/nuxt'],",
        '  runtimeConfig: {',
        sec(`    ${g.pick(['apiSecret', 'cmsToken', 'mailchimpApiKey'])}: '${secret}',`, secret),
        '    public: {',
        "      apiBase: '/api',",
        '    },',
        '  },',
        '});',
      ],
    };
  }),
  template('vite-env-mode-file', (g) => {
    const key = g.apiKey();
    return {
      path: g.pick(['.env.production', '.env.development.local', '.env.staging']),
      lines: [
        'VITE_APP_TITLE=Acme Portal',
        `VITE_API_BASE_URL=https://api.${g.pick(['acme.io', 'contoso.com'])}/v1`,
        sec(
          `VITE_${g.pick(['OPENWEATHER_API_KEY', 'MAPTILER_KEY', 'BACKEND_API_SECRET', 'TMDB_API_KEY'])}=${key}`,
          key,
        ),
      ],
    };
  }),
  template('electron-builder-publish-token', (g) => {
    const token = g.fake.githubStyle('gh' + 'p_');
    return {
      path: 'electron-builder.yml',
      lines: [
        'appId: com.acme.desktop',
        'productName: Acme Desktop',
        'directories:',
        '  output: release',
        'publish:',
        '  provider: github',
        '  owner: acme',
        '  repo: desktop',
        sec(`  token: ${token}`, token),
      ],
    };
  }),
  template('electron-store-encryption-key', (g) => {
    const key = g.fake.alnum(g.between(24, 40));
    return {
      path: 'src/main/settings.ts',
      lines: [
        "import Store from 'electron-store';",
        '',
        'export const settings = new Store({',
        "  name: 'preferences',",
        sec(`  encryptionKey: '${key}',`, key),
        '});',
      ],
    };
  }),
  template('tauri-signing-env', (g) => {
    const pw = configPassword(g);
    return {
      path: 'src-tauri/.env',
      lines: ['TAURI_SIGNING_PRIVATE_KEY_PATH=~/.tauri/acme.key', sec(`TAURI_SIGNING_PRIVATE_KEY_PASSWORD=${pw}`, pw)],
    };
  }),
  template('php-ini-default-password', (g) => {
    const pw = configPassword(g);
    const key = g.pick(['mysqli.default_pw', 'mysql.default_password']);
    return {
      path: g.pick(['php.ini', 'docker/php/conf.d/app.ini']),
      lines: [
        '[MySQLi]',
        'mysqli.max_persistent = -1',
        `mysqli.default_host = ${appHost(g)}`,
        `mysqli.default_user = ${g.user()}`,
        sec(`${key} = ${pw}`, pw),
      ],
    };
  }),
  template('project-npmrc', (g) => {
    const token = registryToken(g);
    const registry = g.pick([
      '//registry.npmjs.org/',
      '//npm.pkg.github.com/',
      '//nexus.acme.internal/repository/npm-private/',
    ]);
    return {
      path: g.pick(['.npmrc', 'packages/web/.npmrc']),
      lines: ['@acme:registry=https:' + registry, sec(`${registry}:_authToken=${token}`, token), 'always-auth=true'],
    };
  }),
  template('yarnrc-yml-token', (g) => {
    const token = registryToken(g);
    return {
      path: '.yarnrc.yml',
      lines: [
        'nodeLinker: node-modules',
        'npmScopes:',
        '  acme:',
        '    npmRegistryServer: "https://npm.pkg.github.com"',
        sec(`    npmAuthToken: "${token}"`, token),
        'yarnPath: .yarn/releases/yarn-4.1.1.cjs',
      ],
    };
  }),
  template('pip-conf-index-url', (g) => {
    const pw = configPassword(g);
    return {
      path: g.pick(['pip.conf', '.config/pip/pip.conf', 'pip.ini']),
      lines: [
        '[global]',
        sec(`index-url = https://${g.user()}:${pw}@nexus.acme.internal/repository/pypi-group/simple`, pw),
        'trusted-host = nexus.acme.internal',
      ],
    };
  }),
  template('composer-auth-json', (g) => {
    const pw = g.fake.hex(40);
    const token = g.fake.githubStyle('gh' + 'o_');
    return {
      path: 'auth.json',
      lines: [
        '{',
        '  "http-basic": {',
        '    "repo.packagist.com": {',
        '      "username": "token",',
        sec(`      "password": "${pw}"`, pw),
        '    }',
        '  },',
        '  "github-oauth": {',
        sec(`    "github.com": "${token}"`, token),
        '  }',
        '}',
      ],
    };
  }),
  template('maven-gpg-passphrase-profile', (g) => {
    const pw = configPassword(g);
    return {
      path: g.pick(['settings.xml', '.mvn/settings.xml']),
      lines: [
        '<settings>',
        '  <profiles>',
        '    <profile>',
        '      <id>release</id>',
        '      <properties>',
        '        <gpg.keyname>0x' + g.fake.upperHex(16) + '</gpg.keyname>',
        sec(`        <gpg.passphrase>${pw}</gpg.passphrase>`, pw),
        '      </properties>',
        '    </profile>',
        '  </profiles>',
        '</settings>',
      ],
    };
  }),
  // Maven's password-encryption guide: the encrypted form only keeps a password from casual view;
  // settings-security.xml holds the master it decrypts with, so both count as the credential.
  template('maven-encrypted-server-password', (g) => {
    const pw = `{${g.fake.base64(g.between(24, 44))}=}`;
    return {
      path: 'settings.xml',
      lines: [
        '<servers>',
        '  <server>',
        '    <id>nexus-releases</id>',
        `    <username>${g.user()}</username>`,
        sec(`    <password>${pw}</password>`, pw),
        '  </server>',
        '</servers>',
      ],
    };
  }),
  template('maven-settings-security-master', (g) => {
    const master = `{${g.fake.base64(g.between(24, 44))}=}`;
    return {
      path: '.m2/settings-security.xml',
      lines: ['<settingsSecurity>', sec(`  <master>${master}</master>`, master), '</settingsSecurity>'],
    };
  }),
  template('auth0-config-json', (g) => {
    const secret = g.fake.base64url(64);
    return {
      path: g.pick(['auth_config.json', 'src/auth_config.json']),
      lines: [
        '{',
        `  "domain": "${g.pick(['acme', 'contoso-dev', 'globex'])}.eu.auth0.com",`,
        `  "clientId": "${g.fake.alnum(32)}",`,
        sec(`  "clientSecret": "${secret}",`, secret),
        '  "audience": "https://api.acme.io"',
        '}',
      ],
    };
  }),
  template('okta-spring-yaml', (g) => {
    const secret = g.fake.base64url(40);
    return {
      path: 'src/main/resources/application.yml',
      lines: [
        'okta:',
        '  oauth2:',
        `    issuer: https://${g.pick(['acme', 'contoso'])}.okta.com/oauth2/default`,
        `    client-id: 0oa${g.fake.alnum(17)}`,
        sec(`    client-secret: ${secret}`, secret),
      ],
    };
  }),
  template('keycloak-adapter-json', (g) => {
    const secret = g.fake.alnum(32);
    return {
      path: g.pick(['keycloak.json', 'src/main/webapp/WEB-INF/keycloak.json']),
      lines: [
        '{',
        '  "realm": "acme",',
        '  "auth-server-url": "https://sso.acme.io/",',
        '  "ssl-required": "external",',
        '  "resource": "billing-backend",',
        '  "credentials": {',
        sec(`    "secret": "${secret}"`, secret),
        '  },',
        '  "confidential-port": 0',
        '}',
      ],
    };
  }),
  template('supabase-service-role-env', (g) => {
    const key = supabaseKey(g, 'service_role');
    return {
      path: g.pick(['.env.local', '.env']),
      lines: [
        `NEXT_PUBLIC_SUPABASE_URL=https://${g.fake.lower(20)}.supabase.co`,
        sec(`SUPABASE_SERVICE_ROLE_KEY=${key}`, key),
      ],
    };
  }),
  template('firebase-runtimeconfig-json', (g) => {
    const key = g.chance(0.5) ? stripeSecretKey(g) : clientSecret(g);
    return {
      path: 'functions/.runtimeconfig.json',
      lines: [
        '{',
        `  "${key.startsWith('sk') ? 'stripe' : 'github'}": {`,
        sec(`    "secret": "${key}"`, key),
        '  }',
        '}',
      ],
    };
  }),
];
