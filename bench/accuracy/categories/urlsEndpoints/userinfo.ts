import { type CategoryTemplates, sec, template } from '../../draft';
import { q } from '../../gen';
import { strongPassword, urlPassword } from './values';

/**
 * A password in a URL's userinfo (`scheme://user:password@host`, RFC 3986 §3.2.1), for every scheme
 * that drivers, brokers and tools accept it in, written where each is configured: .env files,
 * settings modules, compose files, client constructors. Values are generated at run time.
 */
export const userinfoUrls: CategoryTemplates = {
  positives: [
    template('env-postgres-database-url', (g) => {
      const pw = urlPassword(g);
      const scheme = g.pick(['postgres', 'postgresql']);
      return {
        path: '.env',
        lines: [
          'NODE_ENV=production',
          sec(`DATABASE_URL=${scheme}://${g.user()}:${pw}@${g.host()}:5432/${g.dbName()}?sslmode=require`, pw),
          'PORT=8080',
        ],
      };
    }),
    template('sqlalchemy-driver-url', (g) => {
      const pw = urlPassword(g);
      const url = g.pick([
        `postgresql+psycopg2://${g.user()}:${pw}@${g.host()}/${g.dbName()}`,
        `postgresql+asyncpg://${g.user()}:${pw}@${g.host()}:5432/${g.dbName()}`,
        `mysql+pymysql://${g.user()}:${pw}@${g.host()}:3306/${g.dbName()}?charset=utf8mb4`,
        `mssql+pyodbc://sa:${pw}@${g.host()}/${g.dbName()}?driver=ODBC+Driver+18+for+SQL+Server`,
      ]);
      return {
        path: 'app/db.py',
        lines: [
          'from sqlalchemy import create_engine',
          '',
          sec(`engine = create_engine(${q(url)}, pool_pre_ping=True)`, pw),
        ],
      };
    }),
    template('compose-mysql-mariadb-url', (g) => {
      const pw = urlPassword(g);
      const scheme = g.pick(['mysql', 'mariadb']);
      return {
        path: 'docker-compose.yml',
        lines: [
          'services:',
          '  api:',
          '    image: registry.corp.local/api:1.8',
          '    environment:',
          sec(`      DATABASE_URL: ${scheme}://${g.user()}:${pw}@db:3306/${g.dbName()}`, pw),
          '    depends_on: [db]',
        ],
      };
    }),
    template('node-mongodb-srv', (g) => {
      const pw = strongPassword(g);
      return {
        path: 'src/lib/mongo.ts',
        lines: [
          "import { MongoClient } from 'mongodb';",
          '',
          sec(
            `const uri = 'mongodb+srv://${g.user()}:${pw}@cluster0.${g.fake.lowerAlnum(5)}.mongodb.net/${g.dbName()}?retryWrites=true&w=majority';`,
            pw,
          ),
          'export const client = new MongoClient(uri);',
        ],
      };
    }),
    template('spring-mongodb-replica-uri', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'src/main/resources/application.yml',
        lines: [
          'spring:',
          '  data:',
          '    mongodb:',
          sec(
            `      uri: mongodb://${g.user()}:${pw}@mongo-0.${g.host()}:27017,mongo-1.${g.host()}:27017/${g.dbName()}?replicaSet=rs0&authSource=admin`,
            pw,
          ),
        ],
      };
    }),
    template('redis-password-only', (g) => {
      const pw = strongPassword(g);
      const scheme = g.pick(['redis', 'rediss']);
      return {
        path: g.pick(['.env.production', 'config/.env']),
        lines: ['APP_NAME=orders', sec(`REDIS_URL=${scheme}://:${pw}@${g.host()}:6379/0`, pw)],
      };
    }),
    template('celery-broker-and-backend', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'proj/celeryconfig.py',
        lines: g.chance(0.5)
          ? [sec(`broker_url = 'amqp://${g.user()}:${pw}@${g.host()}:5672/celery'`, pw), "result_backend = 'rpc://'"]
          : [
              "broker_url = 'redis://localhost:6379/0'",
              sec(`result_backend = 'db+postgresql://${g.user()}:${pw}@${g.host()}/celery_results'`, pw),
            ],
      };
    }),
    template('django-celery-rediss', (g) => {
      const pw = strongPassword(g);
      return {
        path: 'config/settings/production.py',
        lines: [
          sec(`CELERY_BROKER_URL = "rediss://default:${pw}@${g.host()}:6380/0?ssl_cert_reqs=required"`, pw),
          'CELERY_TASK_ACKS_LATE = True',
        ],
      };
    }),
    template('go-amqps-dial', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'internal/queue/conn.go',
        lines: [
          'func Dial() (*amqp.Connection, error) {',
          sec(`\treturn amqp.Dial("amqps://${g.user()}:${pw}@${g.host()}:5671/prod")`, pw),
          '}',
        ],
      };
    }),
    template('mqtt-connect', (g) => {
      const pw = urlPassword(g);
      const scheme = g.pick(['mqtt', 'mqtts', 'wss']);
      return {
        path: 'firmware/bridge/index.js',
        lines: [
          "const mqtt = require('mqtt');",
          sec(
            `const client = mqtt.connect('${scheme}://${g.pick(['sensor', 'gateway', 'bridge'])}:${pw}@${g.host()}:8883');`,
            pw,
          ),
        ],
      };
    }),
    template('kafka-and-nats-urls', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'deploy/worker.env',
        lines: [
          g.pick([
            sec(`KAFKA_URL=kafka+ssl://${g.user()}:${pw}@kafka-1.${g.host()}:9096`, pw),
            sec(`BROKER=kafka://${g.user()}:${pw}@${g.host()}:9093`, pw),
            sec(`NATS_URL=nats://${g.user()}:${pw}@${g.host()}:4222`, pw),
            sec(`NATS_URL=tls://${g.user()}:${pw}@${g.host()}:4222`, pw),
          ]),
          'LOG_LEVEL=info',
        ],
      };
    }),
    template('ldap-bind-url', (g) => {
      const pw = urlPassword(g);
      const scheme = g.pick(['ldap', 'ldaps']);
      return {
        path: 'config/auth.yaml',
        lines: [
          'auth:',
          '  provider: ldap',
          sec(
            `  url: ${scheme}://svc_ldap:${pw}@ldap.${g.pick(['corp.local', 'acme.internal'])}:${scheme === 'ldap' ? 389 : 636}`,
            pw,
          ),
          '  base_dn: dc=corp,dc=local',
        ],
      };
    }),
    template('mail-transport-urls', (g) => {
      const pw = urlPassword(g);
      return {
        path: g.pick(['config/mail.js', 'settings.py']),
        lines: [
          g.pick([
            sec(`EMAIL_URL = "smtp+tls://${g.user()}%40acmecorp.net:${pw}@smtp.office365.com:587"`, pw),
            sec(
              `const transport = nodemailer.createTransport("smtps://noreply%40acmecorp.net:${pw}@smtp.${g.pick(['mailgun.org', 'sendgrid.net'])}:465");`,
              pw,
            ),
            sec(`IMAP_URL = "imaps://support%40acmecorp.net:${pw}@imap.gmail.com:993/INBOX"`, pw),
            sec(`POP3_URL = "pop3s://helpdesk:${pw}@mail.corp.local:995"`, pw),
          ]),
        ],
      };
    }),
    template('ftp-sftp-transfer', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'scripts/upload.sh',
        lines: [
          '#!/bin/bash',
          'set -euo pipefail',
          g.pick([
            sec(`curl -T build/site.tar.gz ftp://${g.user()}:${pw}@${g.host()}/uploads/`, pw),
            sec(`wget -q ftps://${g.user()}:${pw}@${g.host()}/exports/daily.csv -O daily.csv`, pw),
            sec(`lftp -e "mirror -R public /var/www; quit" sftp://${g.user()}:${pw}@${g.host()}`, pw),
            sec(`duplicity /srv/data sftp://backup:${pw}@${g.host()}//backups/srv`, pw),
          ]),
        ],
      };
    }),
    template('ssh-svn-urls', (g) => {
      const pw = urlPassword(g);
      return {
        path: g.pick(['tools/checkout.sh', 'ci/fetch.sh']),
        lines: [
          g.pick([
            sec(`svn checkout svn://${g.user()}:${pw}@svn.corp.local/repos/app/trunk app`, pw),
            sec(`svn co https://${g.user()}:${pw}@svn.acme.internal/svn/legacy/trunk`, pw),
            sec(`rsync -e ssh ./dist ssh://deploy:${pw}@${g.host()}:22/srv/app`, pw),
          ]),
        ],
      };
    }),
    template('git-token-clone', (g) => {
      const forms = [
        () => {
          const t = g.fake.githubStyle('ghs_');
          return sec(`git clone https://x-access-token:${t}@github.com/acme/${g.word()}-service.git`, t);
        },
        () => {
          const t = g.fake.githubStyle('ghp_');
          return sec(`git remote set-url origin https://${g.user()}:${t}@github.com/acme/infra.git`, t);
        },
        () => {
          const t = 'glpat-' + g.fake.base64url(20);
          return sec(`git clone https://oauth2:${t}@gitlab.com/acme/platform/${g.word()}.git`, t);
        },
        () => {
          const t = g.fake.alnum(20);
          return sec(`git clone https://${g.user()}:${t}@bitbucket.org/acme/${g.word()}.git`, t);
        },
      ];
      return { path: '.github/workflows/release.yml', lines: ['    steps:', '      - run: |', g.pick(forms)()] };
    }),
    // A submodule's URL is committed (.git/config is not, and scanners skip .git/).
    template('gitmodules-remote', (g) => {
      const t = g.chance(0.5) ? g.fake.githubStyle('ghp_') : strongPassword(g);
      return {
        path: '.gitmodules',
        lines: [
          '[submodule "vendor/shared"]',
          '\tpath = vendor/shared',
          sec(`\turl = https://${g.user()}:${t}@${g.pick(['github.com', 'git.corp.local'])}/acme/${g.word()}.git`, t),
        ],
      };
    }),
    template('python-requests-basic-url', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'jobs/trigger.py',
        lines: [
          'import requests',
          sec(
            `resp = requests.post("https://${g.user()}:${pw}@jenkins.${g.pick(['corp.local', 'acme.internal'])}/job/deploy/build")`,
            pw,
          ),
        ],
      };
    }),
    template('curl-basic-url', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'README.md',
        lines: [
          '## Export dashboards',
          '',
          '```sh',
          sec(
            `curl -s "https://admin:${pw}@grafana.${g.pick(['corp.local', 'acme.internal'])}/api/search?type=dash-db"`,
            pw,
          ),
          '```',
        ],
      };
    }),
    template('hadoop-s3a-keys', (g) => {
      const id = 'AKIA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
      const secret = g.fake.base64(30) + '%2F' + g.fake.alnum(7);
      return {
        path: 'etl/load.py',
        lines: [sec(`df = spark.read.parquet("s3a://${id}:${secret}@${g.word()}-lake/raw/2026/")`, secret)],
      };
    }),
    template('oracle-thin-user-slash-password', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/resources/db.properties',
        lines: [
          'db.driver=oracle.jdbc.OracleDriver',
          sec(`db.url=jdbc:oracle:thin:${g.user()}/${pw}@//${g.host()}:1521/ORCLPDB1`, pw),
        ],
      };
    }),
    template('clickhouse-cassandra-urls', (g) => {
      const pw = strongPassword(g);
      return {
        path: 'analytics/config.toml',
        lines: [
          '[storage]',
          g.pick([
            sec(
              `dsn = "clickhouse://default:${pw}@${g.fake.lowerAlnum(10)}.eu-west-1.aws.clickhouse.cloud:9440/default?secure=true"`,
              pw,
            ),
            sec(`url = "https://default:${pw}@${g.fake.lowerAlnum(10)}.clickhouse.cloud:8443"`, pw),
            sec(`cassandra = "cassandra://${g.user()}:${pw}@cass-1.${g.host()}:9042/events"`, pw),
          ]),
        ],
      };
    }),
    template('neo4j-bolt-urls', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'graph/settings.ts',
        lines: [
          g.pick([
            sec(`export const NEO4J_URI = 'neo4j+s://neo4j:${pw}@${g.fake.hex(8)}.databases.neo4j.io';`, pw),
            sec(
              `export const NEO4J_URI = 'bolt://neo4j:${pw}@graph.${g.pick(['corp.local', 'svc.cluster.local'])}:7687';`,
              pw,
            ),
          ]),
        ],
      };
    }),
    template('elasticsearch-client', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'search/indexer.py',
        lines: [
          'from elasticsearch import Elasticsearch',
          sec(
            `es = Elasticsearch("https://elastic:${pw}@es.${g.pick(['corp.local', 'acme.internal'])}:9200", verify_certs=True)`,
            pw,
          ),
        ],
      };
    }),
    template('influx-couch-rabbit-admin', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'monitoring/checks.yaml',
        lines: [
          'checks:',
          g.pick([
            sec(`  - url: http://admin:${pw}@couchdb.${g.pick(['corp.local', 'svc.cluster.local'])}:5984/_up`, pw),
            sec(`  - url: http://monitor:${pw}@rabbitmq.corp.local:15672/api/healthchecks/node`, pw),
            sec(`  - url: influxdb://admin:${pw}@influx.corp.local:8086/telegraf`, pw),
          ]),
        ],
      };
    }),
  ],
  negatives: [],
};
