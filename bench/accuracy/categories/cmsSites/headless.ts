import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * cms-sites positives from headless CMSes and their clients: Ghost config.production.json (database,
 * mail) and Admin API keys in scripts and CI, Strapi .env secrets, config/admin.js and API tokens in
 * front-end server code, Directus .env (KEY, SECRET, ADMIN_PASSWORD, static tokens), Payload CMS
 * PAYLOAD_SECRET, KeystoneJS session secrets, Contentful CMA personal access tokens and preview
 * tokens, Sanity tokens, Storyblok personal access and preview tokens, Prismic, DatoCMS, Hygraph,
 * Builder.io private keys, TinaCMS tokens. Values generated at run time.
 */
export const headlessPositives: readonly Template[] = [
  template('ghost-config-production', (g) => {
    const pw = v.plainSitePassword(g);
    const mail = v.plainSitePassword(g);
    return {
      path: g.pick(['config.production.json', '/var/www/ghost/config.production.json']),
      lines: [
        '{',
        `  "url": "https://${v.siteDomain(g)}",`,
        '  "server": { "port": 2368, "host": "127.0.0.1" },',
        '  "database": {',
        '    "client": "mysql",',
        '    "connection": {',
        '      "host": "localhost",',
        '      "user": "ghost-814",',
        sec(`      "password": "${pw}",`, pw),
        '      "database": "ghost_prod"',
        '    }',
        '  },',
        '  "mail": {',
        '    "transport": "SMTP",',
        '    "options": {',
        `      "host": "${v.smtpHost(g)}",`,
        '      "port": 587,',
        sec(
          `      "auth": { "user": "postmaster@mg.${g.pick(['lakeside-bakery.com', 'northwind.org'])}", "pass": "${mail}" }`,
          mail,
        ),
        '    }',
        '  },',
        '  "logging": { "transports": ["file", "stdout"] },',
        '  "process": "systemd",',
        '  "paths": { "contentPath": "/var/www/ghost/content" }',
        '}',
      ],
    };
  }),
  template('ghost-admin-api-js', (g) => {
    const key = v.ghostAdminKey(g);
    return {
      path: g.pick(['scripts/publish.js', 'tools/import-posts.mjs', 'lib/ghost-admin.js']),
      lines: [
        "const GhostAdminAPI = require('@tryghost/admin-api');",
        '',
        'const api = new GhostAdminAPI({',
        `  url: 'https://${v.siteDomain(g)}',`,
        sec(`  key: '${key}',`, key),
        "  version: 'v5.0',",
        '});',
        '',
        "api.posts.add({ title: 'Hello', html: '<p>draft</p>' }, { source: 'html' }).then(console.log);",
      ],
    };
  }),
  template('ghost-admin-api-env', (g) => {
    const key = v.ghostAdminKey(g);
    const content = v.ghostContentKey(g);
    return {
      path: g.pick(['.env', '.env.local', 'gatsby/.env.production']),
      lines: [
        `GHOST_API_URL=https://${v.siteDomain(g)}`,
        `GHOST_CONTENT_API_KEY=${content}`,
        sec(`GHOST_ADMIN_API_KEY=${key}`, key),
      ],
    };
  }),
  template('ghost-admin-api-python', (g) => {
    const id = g.fake.hex(24);
    const secret = g.fake.hex(64);
    return {
      path: 'ghost_token.py',
      lines: [
        'import jwt, requests',
        'from datetime import datetime as date',
        '',
        '# Admin API key from Ghost Admin > Integrations',
        sec(`key = '${id}:${secret}'`, secret),
        "id, secret = key.split(':')",
        'iat = int(date.now().timestamp())',
        "header = {'alg': 'HS256', 'typ': 'JWT', 'kid': id}",
        "payload = {'iat': iat, 'exp': iat + 5 * 60, 'aud': '/admin/'}",
        "token = jwt.encode(payload, bytes.fromhex(secret), algorithm='HS256', headers=header)",
      ],
    };
  }),
  template('strapi-env', (g) => {
    const keys = v.strapiAppKeys(g);
    const salt = v.strapiSecret(g);
    const admin = v.strapiSecret(g);
    const transfer = v.strapiSecret(g);
    const jwt = v.strapiSecret(g);
    const pw = v.plainSitePassword(g);
    return {
      path: g.pick(['.env', 'backend/.env', 'cms/.env']),
      lines: [
        'HOST=0.0.0.0',
        'PORT=1337',
        sec(`APP_KEYS=${keys}`, keys),
        sec(`API_TOKEN_SALT=${salt}`, salt),
        sec(`ADMIN_JWT_SECRET=${admin}`, admin),
        sec(`TRANSFER_TOKEN_SALT=${transfer}`, transfer),
        '# Database',
        'DATABASE_CLIENT=postgres',
        `DATABASE_HOST=${g.pick(['localhost', 'postgres', 'db.internal'])}`,
        'DATABASE_PORT=5432',
        'DATABASE_NAME=strapi',
        'DATABASE_USERNAME=strapi',
        sec(`DATABASE_PASSWORD=${pw}`, pw),
        'DATABASE_SSL=false',
        sec(`JWT_SECRET=${jwt}`, jwt),
      ],
    };
  }),
  template('strapi-config-admin-js', (g) => {
    const secret = v.strapiSecret(g);
    const salt = v.strapiSecret(g);
    return {
      path: g.pick(['config/admin.js', 'config/admin.ts']),
      lines: [
        'module.exports = ({ env }) => ({',
        '  auth: {',
        sec(`    secret: env('ADMIN_JWT_SECRET', '${secret}'),`, secret),
        '  },',
        '  apiToken: {',
        sec(`    salt: '${salt}',`, salt),
        '  },',
        "  flags: { nps: env.bool('FLAG_NPS', true) },",
        '});',
      ],
    };
  }),
  template('strapi-api-token-client', (g) => {
    const tok = v.strapiApiToken(g);
    return {
      path: g.pick(['lib/strapi.ts', 'src/lib/api.js', 'utils/fetchStrapi.ts']),
      lines: [
        `const STRAPI_URL = 'https://cms.${g.pick(['lakeside-bakery.com', 'northwind.org', 'acme-widgets.io'])}';`,
        sec(`const STRAPI_TOKEN = '${tok}';`, tok),
        '',
        'export async function fetchAPI(path: string) {',
        '  const res = await fetch(`${STRAPI_URL}/api${path}`, {',
        '    headers: { Authorization: `Bearer ${STRAPI_TOKEN}` },',
        '  });',
        '  return res.json();',
        '}',
      ],
    };
  }),
  template('strapi-plugins-email', (g) => {
    const key = v.sendgridKey(g);
    return {
      path: 'config/plugins.js',
      lines: [
        'module.exports = ({ env }) => ({',
        '  email: {',
        '    config: {',
        "      provider: 'sendgrid',",
        '      providerOptions: {',
        sec(`        apiKey: '${key}',`, key),
        '      },',
        `      settings: { defaultFrom: '${v.email(g)}', defaultReplyTo: '${v.email(g)}' },`,
        '    },',
        '  },',
        '});',
      ],
    };
  }),
  template('directus-env', (g) => {
    const key = g.fake.uuid();
    const secret = v.directusSecret(g);
    const admin = v.plainSitePassword(g);
    const db = v.plainSitePassword(g);
    return {
      path: g.pick(['.env', 'directus/.env']),
      lines: [
        // KEY is the project's unique identifier (Directus docs), not a secret; SECRET signs tokens.
        `KEY="${key}"`,
        sec(`SECRET="${secret}"`, secret),
        '',
        'DB_CLIENT="pg"',
        'DB_HOST="postgres"',
        'DB_PORT="5432"',
        'DB_DATABASE="directus"',
        'DB_USER="directus"',
        sec(`DB_PASSWORD="${db}"`, db),
        '',
        `ADMIN_EMAIL="${v.email(g)}"`,
        sec(`ADMIN_PASSWORD="${admin}"`, admin),
        `PUBLIC_URL="https://cms.${g.pick(['northwind.org', 'kestrel-law.com'])}"`,
      ],
    };
  }),
  template('directus-compose', (g) => {
    const secret = v.directusSecret(g);
    const admin = v.plainSitePassword(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  directus:',
        '    image: directus/directus:11.3.5',
        '    ports:',
        '      - 8055:8055',
        '    environment:',
        sec(`      SECRET: "${secret}"`, secret),
        '      DB_CLIENT: "sqlite3"',
        '      DB_FILENAME: "/directus/database/data.db"',
        `      ADMIN_EMAIL: "${v.email(g)}"`,
        sec(`      ADMIN_PASSWORD: "${admin}"`, admin),
        '      WEBSOCKETS_ENABLED: "true"',
      ],
    };
  }),
  template('directus-static-token-sdk', (g) => {
    const tok = v.directusStaticToken(g);
    return {
      path: g.pick(['src/lib/directus.ts', 'lib/directus.js']),
      lines: [
        "import { createDirectus, rest, staticToken } from '@directus/sdk';",
        '',
        `const client = createDirectus('https://cms.${g.pick(['northwind.org', 'kestrel-law.com'])}')`,
        sec(`  .with(staticToken('${tok}'))`, tok),
        '  .with(rest());',
        '',
        'export default client;',
      ],
    };
  }),
  template('payload-env', (g) => {
    const secret = v.payloadSecret(g);
    const pw = v.plainSitePassword(g);
    return {
      path: g.pick(['.env', 'apps/cms/.env']),
      lines: [
        sec(`DATABASE_URI=postgres://payload:${pw}@127.0.0.1:5432/payload`, pw),
        sec(`PAYLOAD_SECRET=${secret}`, secret),
        `NEXT_PUBLIC_SERVER_URL=https://${v.siteDomain(g)}`,
        'CRON_SECRET=',
        'PREVIEW_SECRET=',
      ],
    };
  }),
  template('payload-config-ts', (g) => {
    const secret = v.payloadSecret(g);
    return {
      path: 'src/payload.config.ts',
      lines: [
        "import { buildConfig } from 'payload';",
        "import { mongooseAdapter } from '@payloadcms/db-mongodb';",
        "import { lexicalEditor } from '@payloadcms/richtext-lexical';",
        '',
        'export default buildConfig({',
        '  editor: lexicalEditor(),',
        '  collections: [Posts, Media, Users],',
        sec(`  secret: process.env.PAYLOAD_SECRET || '${secret}',`, secret),
        "  db: mongooseAdapter({ url: process.env.DATABASE_URI || '' }),",
        '});',
      ],
    };
  }),
  template('keystone-session', (g) => {
    const secret = v.keystoneSecret(g);
    return {
      path: g.pick(['keystone.ts', 'auth.ts']),
      lines: [
        "import { statelessSessions } from '@keystone-6/core/session';",
        '',
        'const session = statelessSessions({',
        '  maxAge: 60 * 60 * 24 * 30,',
        sec(`  secret: '${secret}',`, secret),
        '});',
      ],
    };
  }),
  template('contentful-cma-script', (g) => {
    const tok = v.contentfulCma(g);
    return {
      path: g.pick(['migrations/run.js', 'scripts/contentful-export.js', 'tools/cf-import.mjs']),
      lines: [
        "const contentful = require('contentful-management');",
        '',
        'const client = contentful.createClient({',
        sec(`  accessToken: '${tok}',`, tok),
        '});',
        `client.getSpace('${v.contentfulSpace(g)}').then((space) => space.getEnvironment('master'));`,
      ],
    };
  }),
  template('contentful-cli-json', (g) => {
    const tok = v.contentfulCma(g);
    return {
      path: '.contentfulrc.json',
      lines: [
        '{',
        sec(`  "managementToken": "${tok}",`, tok),
        `  "activeSpaceId": "${v.contentfulSpace(g)}",`,
        '  "activeEnvironmentId": "master"',
        '}',
      ],
    };
  }),
  template('contentful-env-preview', (g) => {
    const preview = v.contentfulToken(g);
    const cma = v.contentfulCma(g);
    return {
      path: g.pick(['.env.local', '.env', '.env.production']),
      lines: [
        `CONTENTFUL_SPACE_ID=${v.contentfulSpace(g)}`,
        'CONTENTFUL_ENVIRONMENT=master',
        sec(`CONTENTFUL_PREVIEW_ACCESS_TOKEN=${preview}`, preview),
        sec(`CONTENTFUL_MANAGEMENT_TOKEN=${cma}`, cma),
        `CONTENTFUL_PREVIEW_SECRET=${g.fake.alnum(20)}`,
      ].map((l) => (typeof l === 'string' && l.startsWith('CONTENTFUL_PREVIEW_SECRET') ? sec(l, l.split('=')[1]!) : l)),
    };
  }),
  template('sanity-env-write-token', (g) => {
    const tok = v.sanityToken(g);
    return {
      path: g.pick(['.env.local', 'studio/.env', '.env']),
      lines: [
        `NEXT_PUBLIC_SANITY_PROJECT_ID=${v.sanityProject(g)}`,
        'NEXT_PUBLIC_SANITY_DATASET=production',
        'NEXT_PUBLIC_SANITY_API_VERSION=2024-10-01',
        sec(`SANITY_API_WRITE_TOKEN=${tok}`, tok),
      ],
    };
  }),
  template('sanity-client-token', (g) => {
    const tok = v.sanityToken(g);
    return {
      path: g.pick(['scripts/migrate.ts', 'lib/sanity.server.ts']),
      lines: [
        "import { createClient } from '@sanity/client';",
        '',
        'export const writeClient = createClient({',
        `  projectId: '${v.sanityProject(g)}',`,
        "  dataset: 'production',",
        "  apiVersion: '2024-10-01',",
        '  useCdn: false,',
        sec(`  token: '${tok}',`, tok),
        '});',
      ],
    };
  }),
  template('storyblok-mapi', (g) => {
    const pat = v.storyblokPat(g);
    return {
      path: g.pick(['scripts/sync-components.js', 'tools/storyblok-migrate.mjs']),
      lines: [
        "const StoryblokClient = require('storyblok-js-client');",
        '',
        'const Storyblok = new StoryblokClient({',
        sec(`  oauthToken: '${pat}',`, pat),
        '});',
        `Storyblok.get('spaces/${g.fake.digits(6)}/components').then((r) => console.log(r.data));`,
      ],
    };
  }),
  template('storyblok-env-preview', (g) => {
    const prev = v.storyblokPreview(g);
    const pat = v.storyblokPat(g);
    return {
      path: '.env',
      lines: [
        sec(`STORYBLOK_PREVIEW_TOKEN=${prev}`, prev),
        sec(`STORYBLOK_PERSONAL_ACCESS_TOKEN=${pat}`, pat),
        `STORYBLOK_SPACE_ID=${g.fake.digits(6)}`,
      ],
    };
  }),
  template('prismic-token', (g) => {
    const tok = v.prismicToken(g);
    return {
      path: g.pick(['prismicio.ts', 'src/prismicio.js']),
      lines: [
        "import * as prismic from '@prismicio/client';",
        '',
        `export const repositoryName = '${g.pick(['lakeside-site', 'northwind-news', 'kestrel'])}';`,
        '',
        'export const createClient = (config = {}) =>',
        '  prismic.createClient(repositoryName, {',
        sec(`    accessToken: '${tok}',`, tok),
        '    ...config,',
        '  });',
      ],
    };
  }),
  template('datocms-token', (g) => {
    const tok = v.datoToken(g);
    return {
      path: g.pick(['.env', 'lib/datocms.ts']),
      lines: [
        "const endpoint = 'https://graphql.datocms.com/';",
        sec(`const DATOCMS_API_TOKEN = '${tok}'; // full-access token (CMA)`, tok),
        'export async function request(query, variables) {',
        '  const r = await fetch(endpoint, { method: "POST", headers: { Authorization: `Bearer ${DATOCMS_API_TOKEN}` }, body: JSON.stringify({ query, variables }) });',
        '  return (await r.json()).data;',
        '}',
      ],
    };
  }),
  template('hygraph-token', (g) => {
    const tok = v.hygraphToken(g);
    return {
      path: g.pick(['.env', '.env.local']),
      lines: [
        `HYGRAPH_ENDPOINT=https://eu-central-1.cdn.hygraph.com/content/${g.fake.lowerAlnum(25)}/master`,
        sec(`HYGRAPH_MUTATION_TOKEN=${tok}`, tok),
      ],
    };
  }),
  template('builder-private-key', (g) => {
    const pub = v.builderPublicKey(g);
    const priv = v.builderPrivateKey(g);
    return {
      path: g.pick(['.env.local', '.env']),
      lines: [`NEXT_PUBLIC_BUILDER_API_KEY=${pub}`, sec(`BUILDER_PRIVATE_KEY=${priv}`, priv)],
    };
  }),
  template('decap-oauth-provider-env', (g) => {
    const secret = g.fake.hex(40);
    return {
      path: g.pick(['oauth/.env', 'netlify-cms-oauth/.env']),
      lines: [
        '# OAuth provider for Decap CMS (GitHub backend)',
        `OAUTH_CLIENT_ID=Iv1.${g.fake.hex(16)}`,
        sec(`OAUTH_CLIENT_SECRET=${secret}`, secret),
        `REDIRECT_URL=https://${v.siteDomain(g)}/callback`,
        `ORIGIN=${v.siteDomain(g)}`,
      ],
    };
  }),
];
