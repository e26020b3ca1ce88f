import { type CategoryTemplates, sec, template } from '../../draft';
import { q } from '../../gen';
import { strongPassword, urlPassword } from './values';

/**
 * More URL shapes: a token alone as the userinfo (`https://<token>@github.com`, Azure DevOps PATs),
 * IP-camera RTSP streams, scraping proxies, JSON with escaped slashes, XML connection strings,
 * workflow-trigger URLs signed with `sig=` (Logic Apps, Power Automate), Make and Rocket.Chat hooks,
 * Heroku-style generated database URLs, and weak passwords to local hosts in committed app code.
 */
export const moreUrlShapes: CategoryTemplates = {
  positives: [
    template('token-only-userinfo', (g) => {
      const forms = [
        () => {
          const t = g.fake.hex(40);
          return sec(`git clone https://${t}@github.com/acme/${g.word()}.git`, t);
        },
        () => {
          const t = g.fake.hex(40);
          return sec(`git clone https://${t}:x-oauth-basic@github.com/acme/${g.word()}.git`, t);
        },
        () => {
          const t = g.fake.lowerAlnum(52);
          return sec(`git clone https://${t}@dev.azure.com/acme/Platform/_git/${g.word()}`, t);
        },
        () => {
          const t = g.fake.base64url(g.between(30, 44));
          return sec(`git clone https://x-token-auth:${t}@bitbucket.org/acme/${g.word()}.git`, t);
        },
      ];
      return { path: 'scripts/bootstrap.sh', lines: ['#!/usr/bin/env bash', g.pick(forms)()] };
    }),
    template('rtsp-camera-stream', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'vision/streams.py',
        lines: [
          'import cv2',
          sec(
            `cap = cv2.VideoCapture("rtsp://admin:${pw}@192.168.${g.between(0, 9)}.${g.between(2, 250)}:554/Streaming/Channels/101")`,
            pw,
          ),
        ],
      };
    }),
    template('scraping-proxy-dict', (g) => {
      const pw = urlPassword(g);
      const proxy = `${g.pick(['http', 'socks5', 'socks5h'])}://${g.user()}:${pw}@${g.between(11, 220)}.${g.between(1, 254)}.${g.between(1, 254)}.${g.between(1, 254)}:${g.pick(['8000', '1080', '3128'])}`;
      return {
        path: 'scraper/session.py',
        lines: [sec(`PROXIES = {"http": "${proxy}", "https": "${proxy}"}`, pw), 'session.proxies.update(PROXIES)'],
      };
    }),
    template('json-escaped-slashes', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'storage/app/config-cache.json',
        lines: [
          sec(`{"db":{"url":"mysql:\\/\\/${g.user()}:${pw}@${g.host()}:3306\\/${g.dbName()}"},"debug":false}`, pw),
        ],
      };
    }),
    template('xml-connection-string-url', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'Web.config',
        lines: [
          '<connectionStrings>',
          sec(
            `  <add name="Mongo" connectionString="mongodb://${g.user()}:${pw}@${g.host()}:27017/${g.dbName()}" />`,
            pw,
          ),
          '</connectionStrings>',
        ],
      };
    }),
    template('logic-apps-sig-url', (g) => {
      const sig = g.fake.base64url(43);
      return {
        path: 'flows/trigger.ts',
        lines: [
          sec(
            `const FLOW_URL = "https://prod-${g.between(10, 99)}.westeurope.logic.azure.com:443/workflows/${g.fake.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}";`,
            sig,
          ),
        ],
      };
    }),
    template('make-rocketchat-hooks', (g) => {
      const forms = [
        () => {
          const url = `https://hook.${g.pick(['eu1', 'eu2', 'us1'])}.make.com/${g.fake.lowerAlnum(32)}`;
          return sec(`MAKE_WEBHOOK_URL=${url}`, url);
        },
        () => {
          const url = `https://chat.acme.internal/hooks/${g.fake.alnum(24)}/${g.fake.alnum(48)}`;
          return sec(`ROCKETCHAT_HOOK=${url}`, url);
        },
      ];
      return { path: '.env', lines: ['APP_ENV=production', g.pick(forms)()] };
    }),
    template('heroku-generated-db-url', (g) => {
      const pw = g.fake.hex(64);
      return {
        path: 'app.json',
        lines: [
          '{',
          '  "env": {',
          sec(
            `    "DATABASE_URL": "postgres://${g.fake.lower(14)}:${pw}@ec2-${g.between(3, 54)}-${g.between(1, 254)}-${g.between(1, 254)}-${g.between(1, 254)}.compute-1.amazonaws.com:5432/${g.fake.lowerAlnum(14)}"`,
            pw,
          ),
          '  }',
          '}',
        ],
      };
    }),
    template('weak-password-local-host', (g) => {
      const pw = g.plainPassword();
      const url = g.pick([
        `mysql://root:${pw}@localhost:3306/${g.dbName()}`,
        `postgresql://${g.user()}:${pw}@127.0.0.1:5432/${g.dbName()}`,
        `mongodb://admin:${pw}@localhost:27017/?authSource=admin`,
      ]);
      return { path: 'src/config.py', lines: [sec(`SQLALCHEMY_DATABASE_URI = ${q(url)}`, pw)] };
    }),
    template('spring-rabbit-addresses', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'src/main/resources/application-prod.properties',
        lines: [sec(`spring.rabbitmq.addresses=amqps://${g.user()}:${pw}@${g.host()}:5671/prod`, pw)],
      };
    }),
    template('raven-legacy-dsn-js', (g) => {
      const secret = g.fake.hex(32);
      return {
        path: 'server/errors.js',
        lines: [
          sec(
            `Raven.config('https://${g.fake.hex(32)}:${secret}@sentry.corp.local/${g.between(2, 40)}').install();`,
            secret,
          ),
        ],
      };
    }),
    template('heroku-redis-h-user', (g) => {
      const pw = 'p' + g.fake.hex(63);
      return {
        path: 'Procfile.env',
        lines: [
          sec(
            `REDIS_URL=redis://h:${pw}@ec2-${g.between(3, 54)}-${g.between(1, 254)}-1-2.compute-1.amazonaws.com:${g.between(10000, 30000)}`,
            pw,
          ),
        ],
      };
    }),
    template('php-file-get-contents-key', (g) => {
      const key = g.apiKey();
      return {
        path: 'includes/weather.php',
        lines: [
          '<?php',
          sec(
            `$json = file_get_contents("https://api.weatherapi.com/v1/current.json?key=${key}&q=" . urlencode($city));`,
            key,
          ),
        ],
      };
    }),
    template('java-url-apikey', (g) => {
      const key = g.apiKey();
      return {
        path: 'src/main/java/com/acme/geo/GeoClient.java',
        lines: [
          sec(
            `    private static final String ENDPOINT = "https://geo.acme-data.io/v1/lookup?apiKey=${key}&format=json";`,
            key,
          ),
        ],
      };
    }),
    template('yaml-list-of-urls', (g) => {
      const pw = strongPassword(g);
      return {
        path: 'ansible/group_vars/prod.yml',
        lines: [
          'mirror_urls:',
          '  - https://mirror.corp.local/debian',
          sec(`  - https://mirror:${pw}@private-mirror.acme.internal/debian`, pw),
        ],
      };
    }),
  ],
  negatives: [
    template('sentry-modern-dsn-env', (g) => ({
      path: '.env',
      lines: [`SENTRY_DSN=https://${g.fake.hex(32)}@o${g.fake.digits(6)}.ingest.sentry.io/${g.fake.digits(7)}`],
    })),
    template('github-hooks-api-ids', (g) => ({
      path: 'scripts/hooks.sh',
      lines: [
        g.pick([
          `curl -H "Authorization: Bearer $GH_TOKEN" https://api.github.com/repos/acme/api/hooks/${g.fake.digits(9)}`,
          'curl https://example.org/webhooks/stripe -d @event.json',
          `# see https://docs.acme.dev/hooks/getting-started-with-outgoing-webhooks`,
        ]),
      ],
    })),
    template('json-escaped-placeholder', (g) => ({
      path: 'composer.lock.json',
      lines: [
        g.pick([
          '{"url":"https:\\/\\/github.com\\/acme\\/lib.git","reference":"' + g.fake.hex(40) + '"}',
          '{"dsn":"mysql:\\/\\/root:${DB_PASSWORD}@db\\/app"}',
        ]),
      ],
    })),
    template('commit-and-content-hashes-in-urls', (g) => ({
      path: 'CHANGELOG.md',
      lines: [
        g.pick([
          `- Fix login redirect ([${g.fake.hex(7)}](https://github.com/acme/api/commit/${g.fake.hex(40)}))`,
          `  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz#${g.fake.hex(40)}",`,
          `Download: https://dl.acme.io/releases/v2.1.0/app.tar.gz?sha256=${g.fake.hex(64)}`,
        ]),
      ],
    })),
    template('url-with-user-and-port', (g) => ({
      path: 'deploy/hosts.txt',
      lines: [
        g.pick([
          'ssh://deploy@bastion.corp.local:2222',
          'https://jenkins.corp.local:8443/job/build/lastSuccessfulBuild/',
          'rtsp://192.168.1.64:554/Streaming/Channels/101',
        ]),
      ],
    })),
    template('video-ids-and-share-links', (g) => ({
      path: 'content/links.md',
      lines: [
        g.pick([
          `https://www.youtube.com/watch?v=${g.fake.base64url(11)}&t=42s`,
          `https://docs.google.com/document/d/${g.fake.base64url(44)}/edit?usp=sharing`,
          `https://drive.google.com/file/d/${g.fake.base64url(33)}/view?usp=drive_link`,
        ]),
      ],
    })),
  ],
};
