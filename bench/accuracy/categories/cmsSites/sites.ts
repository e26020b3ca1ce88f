import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * cms-sites positives from .NET CMSes and static-site stacks: Umbraco appsettings.json (connection
 * string, SMTP, unattended install), Sitecore ConnectionStrings.config, Kentico and DNN web.config
 * (connection strings, machine keys, hash salt); Hugo deploy targets, Gatsby and Next.js configs and
 * CI workflows with CMS tokens, Netlify tokens, Algolia admin keys (DocSearch crawler, indexing
 * scripts), Cloudinary URLs, Mailgun keys in site mailers, Disqus secret keys, Commento and Isso
 * comment-server secrets. Values generated at run time.
 */
export const sitePositives: readonly Template[] = [
  template('umbraco-appsettings', (g) => {
    const pw = v.plainSitePassword(g).replace(/;/g, '');
    const smtp = v.plainSitePassword(g);
    return {
      path: g.pick(['appsettings.json', 'appsettings.Production.json', 'src/Web/appsettings.json']),
      lines: [
        '{',
        '  "ConnectionStrings": {',
        sec(
          `    "umbracoDbDSN": "Server=${g.pick(['sql01.corp.local', 'tcp:umbraco-prod.database.windows.net,1433', '.\\\\SQLEXPRESS'])};Database=Umbraco;User Id=umbraco;Password=${pw};TrustServerCertificate=True",`,
          pw,
        ),
        '    "umbracoDbDSN_ProviderName": "Microsoft.Data.SqlClient"',
        '  },',
        '  "Umbraco": {',
        '    "CMS": {',
        '      "Global": {',
        '        "Id": "' + g.fake.uuid() + '",',
        '        "Smtp": {',
        `          "From": "${v.email(g)}",`,
        `          "Host": "${v.smtpHost(g)}",`,
        '          "Port": 587,',
        `          "Username": "${v.email(g)}",`,
        sec(`          "Password": "${smtp}"`, smtp),
        '        }',
        '      }',
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('umbraco-unattended', (g) => {
    const pw = v.plainSitePassword(g);
    return {
      path: 'appsettings.Development.json',
      lines: [
        '{',
        '  "Umbraco": {',
        '    "CMS": {',
        '      "Unattended": {',
        '        "InstallUnattended": true,',
        '        "UnattendedUserName": "Administrator",',
        `        "UnattendedUserEmail": "${v.email(g)}",`,
        sec(`        "UnattendedUserPassword": "${pw}"`, pw),
        '      }',
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('sitecore-connectionstrings', (g) => {
    const core = v.plainSitePassword(g);
    const master = v.plainSitePassword(g);
    const solr = v.plainSitePassword(g);
    return {
      path: 'App_Config/ConnectionStrings.config',
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<connectionStrings>',
        sec(
          `  <add name="core" connectionString="Data Source=sql01;Initial Catalog=sc_Core;User ID=coreuser;Password=${core}" />`,
          core,
        ),
        sec(
          `  <add name="master" connectionString="Data Source=sql01;Initial Catalog=sc_Master;User ID=masteruser;Password=${master}" />`,
          master,
        ),
        '  <add name="web" connectionString="Data Source=sql01;Initial Catalog=sc_Web;Integrated Security=True" />',
        sec(
          `  <add name="solr.search" connectionString="https://solr:${solr}@solr.corp.local:8983/solr;solrCloud=true" />`,
          solr,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('kentico-web-config', (g) => {
    const pw = v.plainSitePassword(g);
    const salt = g.fake.uuid();
    return {
      path: 'CMS/web.config',
      lines: [
        '<configuration>',
        '  <appSettings>',
        '    <add key="CMSProgrammingLanguage" value="C#" />',
        sec(`    <add key="CMSHashStringSalt" value="${salt}" />`, salt),
        '    <add key="CMSTrialKey" value="" />',
        '  </appSettings>',
        '  <connectionStrings>',
        sec(
          `    <add name="CMSConnectionString" connectionString="Data Source=sql02.corp.local;Initial Catalog=Kentico13;User ID=kentico;Password=${pw};Persist Security Info=False;Connect Timeout=60;Encrypt=False;Current Language=English;" />`,
          pw,
        ),
        '  </connectionStrings>',
        '</configuration>',
      ],
    };
  }),
  template('dnn-web-config', (g) => {
    const pw = v.plainSitePassword(g);
    const vk = v.machineKey(g, 40);
    const dk = v.machineKey(g, 48);
    return {
      path: g.pick(['web.config', 'Website/web.config']),
      lines: [
        '<configuration>',
        '  <connectionStrings>',
        sec(
          `    <add name="SiteSqlServer" connectionString="Server=(local);Database=DotNetNuke;uid=dnnuser;pwd=${pw};" providerName="System.Data.SqlClient" />`,
          pw,
        ),
        '  </connectionStrings>',
        '  <system.web>',
        sec(`    <machineKey validationKey="${vk}" decryptionKey="${dk}" decryption="3DES" validation="SHA1" />`, vk),
        '  </system.web>',
        '</configuration>',
      ],
    };
  }),
  template('hugo-deploy-s3', (g) => {
    const id = v.awsKeyId(g);
    const secret = v.awsSecret(g);
    return {
      path: g.pick(['.github/workflows/hugo.yml', '.github/workflows/deploy.yml']),
      lines: [
        'name: Deploy Hugo site',
        'on: { push: { branches: [main] } }',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    env:',
        sec(`      AWS_ACCESS_KEY_ID: ${id}`, id),
        sec(`      AWS_SECRET_ACCESS_KEY: ${secret}`, secret),
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: peaceiris/actions-hugo@v3',
        '        with: { hugo-version: "0.139.0", extended: true }',
        '      - run: hugo --minify && hugo deploy --target production',
      ],
    };
  }),
  template('gatsby-config-cms', (g) => {
    const tok = g.pick([v.contentfulCma, v.sanityToken, v.datoToken])(g);
    return {
      path: g.pick(['gatsby-config.js', 'gatsby-config.ts']),
      lines: [
        'module.exports = {',
        `  siteMetadata: { title: 'Lakeside', siteUrl: 'https://${v.siteDomain(g)}' },`,
        '  plugins: [',
        "    'gatsby-plugin-image',",
        '    {',
        `      resolve: '${tok.startsWith('CF') ? 'gatsby-source-contentful' : tok.startsWith('sk') ? 'gatsby-source-sanity' : 'gatsby-source-datocms'}',`,
        '      options: {',
        `        ${tok.startsWith('sk') ? `projectId: '${v.sanityProject(g)}'` : `spaceId: '${v.contentfulSpace(g)}'`},`,
        sec(`        ${tok.startsWith('CF') || tok.startsWith('sk') ? 'token' : 'apiToken'}: '${tok}',`, tok),
        '      },',
        '    },',
        '  ],',
        '};',
      ],
    };
  }),
  template('netlify-deploy-token', (g) => {
    const tok = v.netlifyToken(g);
    return {
      path: g.pick(['.github/workflows/netlify.yml', 'scripts/deploy.sh']),
      lines: [
        '#!/bin/sh',
        'npm run build',
        sec(`NETLIFY_AUTH_TOKEN=${tok} npx netlify deploy --prod --dir=public --site=${g.fake.uuid()}`, tok),
      ],
    };
  }),
  template('algolia-admin-indexing', (g) => {
    const admin = v.algoliaKey(g);
    const app = v.algoliaAppId(g);
    return {
      path: g.pick(['scripts/index-posts.js', 'plugins/algolia-sync.mjs', 'tools/reindex.js']),
      lines: [
        "const algoliasearch = require('algoliasearch');",
        '',
        sec(`const client = algoliasearch('${app}', '${admin}');`, admin),
        "const index = client.initIndex('posts');",
        'index.saveObjects(posts, { autoGenerateObjectIDIfNotExist: true });',
      ],
    };
  }),
  template('algolia-docsearch-env', (g) => {
    const admin = v.algoliaKey(g);
    const search = v.algoliaKey(g);
    return {
      path: g.pick(['.env', 'docs/.env']),
      lines: [
        `ALGOLIA_APP_ID=${v.algoliaAppId(g)}`,
        sec(`ALGOLIA_ADMIN_KEY=${admin}`, admin),
        `ALGOLIA_SEARCH_KEY=${search}`,
        'ALGOLIA_INDEX_NAME=docs',
      ],
    };
  }),
  template('algolia-jekyll-config', (g) => {
    const admin = v.algoliaKey(g);
    return {
      path: '_config.yml',
      lines: [
        'title: Northwind Docs',
        'url: "https://docs.northwind.org"',
        'algolia:',
        `  application_id: ${v.algoliaAppId(g)}`,
        '  index_name: northwind_docs',
        `  search_only_api_key: ${v.algoliaKey(g)}`,
        sec(`  admin_api_key: ${admin}`, admin),
        'plugins:',
        '  - jekyll-algolia',
      ],
    };
  }),
  template('cloudinary-url-env', (g) => {
    const secret = v.cloudinarySecret(g);
    return {
      path: g.pick(['.env', '.env.production', 'config/cloudinary.env']),
      lines: [
        sec(`CLOUDINARY_URL=${v.cloudinaryUrl(g, secret)}`, secret),
        'NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=lakeside',
      ],
    };
  }),
  template('cloudinary-config-js', (g) => {
    const secret = v.cloudinarySecret(g);
    return {
      path: g.pick(['lib/cloudinary.js', 'config/plugins.js']),
      lines: [
        "const cloudinary = require('cloudinary').v2;",
        'cloudinary.config({',
        `  cloud_name: '${g.pick(['lakeside', 'northwind-cdn'])}',`,
        `  api_key: '${g.fake.digits(15).replace(/^0/, '6')}',`,
        sec(`  api_secret: '${secret}',`, secret),
        '  secure: true,',
        '});',
      ],
    };
  }),
  template('mailgun-site-mailer', (g) => {
    const key = v.mailgunKey(g);
    return {
      path: g.pick(['netlify/functions/contact.js', 'api/contact.ts', 'functions/sendForm.js']),
      lines: [
        "import formData from 'form-data';",
        "import Mailgun from 'mailgun.js';",
        '',
        'const mailgun = new Mailgun(formData);',
        sec(`const mg = mailgun.client({ username: 'api', key: '${key}', url: 'https://api.eu.mailgun.net' });`, key),
      ],
    };
  }),
  template('disqus-api-secret', (g) => {
    const secret = v.disqusSecret(g);
    return {
      path: g.pick(['config/disqus.php', 'settings/disqus.py']),
      lines: g.chance(0.5)
        ? [
            '<?php',
            "define('DISQUS_SHORTNAME', 'lakeside-blog');",
            `define('DISQUS_PUBLIC_KEY', '${v.disqusSecret(g)}');`,
            sec(`define('DISQUS_SECRET_KEY', '${secret}');`, secret),
          ]
        : [
            "DISQUS_WEBSITE_SHORTNAME = 'lakeside-blog'",
            `DISQUS_API_PUBLIC = '${v.disqusSecret(g)}'`,
            sec(`DISQUS_API_SECRET = '${secret}'`, secret),
          ],
    };
  }),
  template('commento-isso-config', (g) => {
    const pw = v.plainSitePassword(g);
    return g.chance(0.5)
      ? {
          path: 'isso.cfg',
          lines: [
            '[general]',
            'dbpath = /var/lib/isso/comments.db',
            `host = https://${v.siteDomain(g)}/`,
            '[admin]',
            'enabled = true',
            sec(`password = ${pw}`, pw),
            '[moderation]',
            'enabled = true',
          ],
        }
      : {
          path: 'commento.env',
          lines: [
            `COMMENTO_ORIGIN=https://comments.${v.siteDomain(g).replace(/^www\./, '')}`,
            'COMMENTO_PORT=8080',
            sec(`COMMENTO_POSTGRES=postgres://commento:${pw}@db:5432/commento?sslmode=disable`, pw),
            `COMMENTO_SMTP_HOST=${v.smtpHost(g)}`,
          ],
        };
  }),
  template('next-env-cms-server', (g) => {
    const revalidate = g.fake.alnum(32);
    const tok = v.sanityToken(g);
    return {
      path: '.env.production',
      lines: [
        `NEXT_PUBLIC_SANITY_PROJECT_ID=${v.sanityProject(g)}`,
        sec(`SANITY_REVALIDATE_SECRET=${revalidate}`, revalidate),
        sec(`SANITY_API_READ_TOKEN=${tok}`, tok),
      ],
    };
  }),
  template('vercel-deploy-token', (g) => {
    const tok = v.vercelToken(g);
    return {
      path: '.gitlab-ci.yml',
      lines: [
        'deploy:',
        '  stage: deploy',
        '  image: node:22',
        '  script:',
        '    - npm ci',
        sec(`    - npx vercel deploy --prod --token=${tok}`, tok),
        '  only: [main]',
      ],
    };
  }),
];
