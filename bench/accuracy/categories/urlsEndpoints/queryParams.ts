import { type CategoryTemplates, sec, template } from '../../draft';
import { urlPassword } from './values';

/**
 * Credentials in a URL's query or path: key and token parameters, passwords in JDBC and InfluxDB
 * query strings, signed URLs (Azure SAS, AWS SigV4 and GCS V4 presigned URLs grant access to whoever
 * holds them until they expire, so a reviewer calls the signature a credential), and webhook URLs
 * whose path is the secret. Formats from each provider's documentation; values generated at run time.
 */
export const queryParamUrls: CategoryTemplates = {
  positives: [
    template('jdbc-password-param', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'src/main/resources/application.properties',
        lines: [
          'spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver',
          sec(
            `spring.datasource.url=jdbc:mysql://${g.host()}:3306/${g.dbName()}?user=${g.user()}&password=${pw}&useSSL=true`,
            pw,
          ),
        ],
      };
    }),
    template('jdbc-sqlserver-semicolon', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/resources/application.yml',
        lines: [
          'spring:',
          '  datasource:',
          sec(
            `    url: jdbc:sqlserver://${g.host()}:1433;databaseName=${g.dbName()};user=sa;password=${pw};encrypt=true`,
            pw,
          ),
        ],
      };
    }),
    template('odbc-connection-string', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'etl/extract.py',
        lines: [
          'import pyodbc',
          sec(
            `conn = pyodbc.connect("Driver={ODBC Driver 18 for SQL Server};Server=${g.host()};Database=${g.dbName()};Uid=${g.user()};Pwd=${pw};")`,
            pw,
          ),
        ],
      };
    }),
    template('influx-query-credentials', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'ops/influx-backup.sh',
        lines: [
          '#!/bin/sh',
          sec(`curl -G "http://influx.corp.local:8086/query?u=admin&p=${pw}" --data-urlencode "q=SHOW DATABASES"`, pw),
        ],
      };
    }),
    template('api-key-query-fetch', (g) => {
      const key = g.fake.hex(32);
      return {
        path: 'src/api/movies.js',
        lines: [
          sec(
            `const res = await fetch(\`https://api.themoviedb.org/3/movie/\${id}?api_key=${key}&language=en-US\`);`,
            key,
          ),
        ],
      };
    }),
    template('access-token-query', (g) => {
      const t = 'EAA' + g.fake.alnum(g.between(150, 190));
      return {
        path: 'scripts/insights.py',
        lines: [
          'import requests',
          sec(`r = requests.get("https://graph.facebook.com/v19.0/me/accounts?fields=id,name&access_token=${t}")`, t),
        ],
      };
    }),
    template('token-query-curl', (g) => {
      const t = g.apiKey();
      const name = g.pick(['token', 'auth_token', 'apikey', 'api_token', 'private_token']);
      return {
        path: 'docs/runbooks/metrics.md',
        lines: [
          '# Pulling metrics by hand',
          '',
          sec(`    curl "https://metrics.acme.internal/api/v2/export?${name}=${t}&since=24h"`, t),
        ],
      };
    }),
    template('maps-key-script-tag', (g) => {
      const key = 'AIza' + g.fake.base64url(35);
      return {
        path: 'public/index.html',
        lines: [
          '<div id="map"></div>',
          sec(`<script async src="https://maps.googleapis.com/maps/api/js?key=${key}&callback=initMap"></script>`, key),
        ],
      };
    }),
    template('password-in-logged-request', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'logs/access.log',
        lines: [
          '10.2.0.14 - - [14/Jan/2026:10:01:22 +0000] "GET /healthz HTTP/1.1" 200 2',
          sec(
            `10.2.0.14 - - [14/Jan/2026:10:01:25 +0000] "GET /api/login?username=${g.user()}&password=${pw} HTTP/1.1" 302 0`,
            pw,
          ),
        ],
      };
    }),
    template('client-secret-token-url', (g) => {
      const s = g.chance(0.5) ? 'GOCSPX-' + g.fake.base64url(28) : g.fake.hex(40);
      return {
        path: 'auth/exchange.ts',
        lines: [
          sec(
            `const url = \`https://oauth.acme.io/token?client_id=\${CLIENT_ID}&client_secret=${s}&grant_type=authorization_code&code=\${code}\`;`,
            s,
          ),
        ],
      };
    }),
    template('azure-sas-url', (g) => {
      const sig = encodeURIComponent(g.fake.base64(43) + '=');
      const account = g.pick(['acmeprod', 'stgbackups', 'mediastore01']);
      return {
        path: g.pick(['.env', 'deploy/upload.ps1']),
        lines: [
          sec(
            `BLOB_SAS_URL=https://${account}.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-30T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${sig}`,
            sig,
          ),
        ],
      };
    }),
    template('aws-presigned-url', (g) => {
      const sig = g.fake.hex(64);
      const id = 'AKIA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
      return {
        path: 'tests/data/download.json',
        lines: [
          '{',
          sec(
            `  "url": "https://acme-reports.s3.eu-west-1.amazonaws.com/q4.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${id}%2F20260114%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260114T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}"`,
            sig,
          ),
          '}',
        ],
      };
    }),
    template('gcs-signed-url', (g) => {
      const sig = g.fake.hex(512);
      return {
        path: 'notes/share-links.txt',
        lines: [
          'link for the auditors (valid 7 days):',
          sec(
            `https://storage.googleapis.com/acme-audit/ledger.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40acme-prod.iam.gserviceaccount.com%2F20260114%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20260114T101500Z&X-Goog-Expires=604800&X-Goog-SignedHeaders=host&X-Goog-Signature=${sig}`,
            sig,
          ),
        ],
      };
    }),
    template('slack-webhook-js', (g) => {
      const url = `https://hooks.slack.com/services/T${g.fake.upperAlnum(8)}/B${g.fake.upperAlnum(10)}/${g.fake.alnum(24)}`;
      return { path: 'src/notify.js', lines: [sec(`const SLACK_HOOK = '${url}';`, url)] };
    }),
    template('discord-webhook-py', (g) => {
      const url = `https://${g.pick(['discord.com', 'discordapp.com'])}/api/webhooks/${g.fake.digits(19)}/${g.fake.base64url(68)}`;
      return { path: 'bot/alerts.py', lines: ['import requests', sec(`WEBHOOK = "${url}"`, url)] };
    }),
    template('teams-webhook-yaml', (g) => {
      const url = `https://acmecorp.webhook.office.com/webhookb2/${g.fake.uuid()}@${g.fake.uuid()}/IncomingWebhook/${g.fake.hex(32)}/${g.fake.uuid()}`;
      return {
        path: 'alertmanager/config.yml',
        lines: ['receivers:', '  - name: teams', '    msteams_configs:', sec(`      - webhook_url: '${url}'`, url)],
      };
    }),
    template('zapier-ifttt-mattermost', (g) => {
      const forms = [
        () => {
          const url = `https://hooks.zapier.com/hooks/catch/${g.fake.digits(7)}/${g.fake.lowerAlnum(6)}/`;
          return sec(`ZAPIER_HOOK=${url}`, url);
        },
        () => {
          const key = g.fake.base64url(22);
          return sec(`curl -X POST https://maker.ifttt.com/trigger/door_open/with/key/${key}`, key);
        },
        () => {
          const url = `https://chat.corp.local/hooks/${g.fake.lowerAlnum(26)}`;
          return sec(`MATTERMOST_WEBHOOK=${url}`, url);
        },
      ];
      return { path: 'ops/notify.env', lines: ['# notifications', g.pick(forms)()] };
    }),
    template('google-chat-webhook', (g) => {
      const token = g.fake.base64url(43) + '%3D';
      return {
        path: 'ci/notify.sh',
        lines: [
          sec(
            `curl -X POST -H 'Content-Type: application/json' "https://chat.googleapis.com/v1/spaces/AAAA${g.fake.base64url(7)}/messages?key=AIza${g.fake.base64url(35)}&token=${token}" -d @msg.json`,
            token,
          ),
        ],
      };
    }),
  ],
  negatives: [],
};
