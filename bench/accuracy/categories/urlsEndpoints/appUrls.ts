import { type CategoryTemplates, sec, template } from '../../draft';
import { strongPassword, urlPassword } from './values';

/**
 * Userinfo passwords where frameworks and deployments keep their URLs: Prisma schemas, Laravel and
 * Django settings defaults, logs, JSON config, Terraform and Kubernetes, Sidekiq initializers.
 */
export const appUrls: CategoryTemplates = {
  positives: [
    template('prisma-schema-url', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'prisma/schema.prisma',
        lines: [
          'datasource db {',
          '  provider = "postgresql"',
          sec(`  url      = "postgresql://${g.user()}:${pw}@${g.host()}:5432/${g.dbName()}?schema=public"`, pw),
          '}',
        ],
      };
    }),
    template('laravel-config-default', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'config/database.php',
        lines: [
          "'mysql' => [",
          "    'driver' => 'mysql',",
          sec(`    'url' => env('DATABASE_URL', 'mysql://forge:${pw}@${g.host()}:3306/forge'),`, pw),
        ],
      };
    }),
    template('django-env-db-default', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'mysite/settings.py',
        lines: [
          'import environ',
          'env = environ.Env()',
          sec(
            `DATABASES = {"default": env.db("DATABASE_URL", default="postgres://${g.user()}:${pw}@${g.host()}:5432/${g.dbName()}")}`,
            pw,
          ),
        ],
      };
    }),
    template('log-line-connection', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'logs/worker-2026-01-14.log',
        lines: [
          '2026-01-14T09:12:03.118Z INFO  starting worker pid=4121',
          sec(
            `2026-01-14T09:12:03.240Z DEBUG connecting to amqp://${g.user()}:${pw}@${g.host()}:5672/ (attempt 1)`,
            pw,
          ),
          '2026-01-14T09:12:03.519Z INFO  connected',
        ],
      };
    }),
    template('json-connection-string', (g) => {
      const pw = urlPassword(g);
      return {
        path: 'config/production.json',
        lines: [
          '{',
          '  "server": { "port": 8080 },',
          sec(
            `  "mongo": { "connectionString": "mongodb://${g.user()}:${pw}@${g.host()}:27017/${g.dbName()}?authSource=admin" },`,
            pw,
          ),
          '  "logLevel": "warn"',
          '}',
        ],
      };
    }),
    template('terraform-and-k8s-url', (g) => {
      const pw = urlPassword(g);
      return g.chance(0.5)
        ? {
            path: 'infra/app.tf',
            lines: [
              'resource "kubernetes_config_map" "app" {',
              '  data = {',
              sec(`    DATABASE_URL = "postgres://${g.user()}:${pw}@${g.host()}:5432/${g.dbName()}"`, pw),
              '  }',
              '}',
            ],
          }
        : {
            path: 'k8s/configmap.yaml',
            lines: [
              'apiVersion: v1',
              'kind: ConfigMap',
              'data:',
              sec(`  CACHE_URL: "redis://default:${pw}@redis-master.cache.svc.cluster.local:6379"`, pw),
            ],
          };
    }),
    template('ruby-redis-and-sidekiq', (g) => {
      const pw = strongPassword(g);
      return {
        path: 'config/initializers/sidekiq.rb',
        lines: [
          'Sidekiq.configure_server do |config|',
          sec(`  config.redis = { url: "redis://:${pw}@${g.host()}:6379/1" }`, pw),
          'end',
        ],
      };
    }),
  ],
  negatives: [],
};
