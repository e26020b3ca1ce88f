import { type CategoryTemplates, template } from '../../draft';

/**
 * URLs a reviewer would NOT call a credential: documentation stand-ins (`user:password@`,
 * `<password>`, `USER:PASSWORD`), references filled in at run time (`${DB_PASSWORD}`, `%s`,
 * `{password}`, `${{ secrets.X }}`), empty or masked passwords, userinfo without a password, ports,
 * `@` in paths (scoped npm packages, versions, Medium handles), SSH remotes, e-mail addresses,
 * RFC 2606 documentation hosts, public keys by design (Sentry's modern DSN, Stripe's publishable
 * key, a Maps key's *name*), pagination tokens, URL signatures that are no credential (imgix), and
 * well-known placeholder webhooks.
 */
export const urlNegatives: CategoryTemplates = {
  positives: [],
  negatives: [
    template('doc-user-password-words', (g) => ({
      path: 'README.md',
      lines: [
        'Set the connection URL:',
        '',
        g.pick([
          '    DATABASE_URL=postgres://user:password@localhost:5432/mydb',
          '    DATABASE_URL=mysql://user:pass@127.0.0.1:3306/app',
          '    MONGO_URL=mongodb://username:password@localhost:27017/test',
          '    AMQP_URL=amqp://guest:guest@localhost:5672/',
        ]),
      ],
    })),
    template('env-reference-userinfo', (g) => ({
      path: 'docker-compose.yml',
      lines: [
        '    environment:',
        g.pick([
          '      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app',
          '      REDIS_URL: redis://:$REDIS_PASSWORD@redis:6379/0',
          '      BROKER_URL: amqp://${RABBIT_USER}:${RABBIT_PASS}@rabbitmq:5672/',
        ]),
      ],
    })),
    template('angle-placeholder', (g) => ({
      path: 'docs/deploy.md',
      lines: [
        g.pick([
          'MONGODB_URI=mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/?retryWrites=true',
          'postgresql://[user[:password]@][netloc][:port][/dbname]',
          'jdbc:sqlserver://<server>:1433;databaseName=<db>;user=<user>;password=<password>',
          'Replace <db_password> in mongodb://admin:<db_password>@host:27017 with your password.',
        ]),
      ],
    })),
    template('printf-templates', (g) => ({
      path: g.pick(['db/url.py', 'internal/db/dsn.go']),
      lines: [
        g.pick([
          'url = "postgresql://%s:%s@%s:%d/%s" % (user, password, host, port, name)',
          'dsn := fmt.Sprintf("postgres://%s:%s@%s:%d/%s?sslmode=disable", u, p, h, port, db)',
          'DATABASE_URL = f"postgresql+asyncpg://{settings.db_user}:{settings.db_password}@{settings.db_host}/{settings.db_name}"',
          'const url = `mongodb://${user}:${encodeURIComponent(pass)}@${host}/${db}`;',
          'String url = String.format("jdbc:mysql://%s:%d/%s?user=%s&password=%s", host, port, db, user, pw);',
        ]),
      ],
    })),
    template('empty-password', (g) => ({
      path: '.env.example',
      lines: [
        g.pick([
          'REDIS_URL=redis://:@localhost:6379/0',
          'DATABASE_URL=mysql://root:@127.0.0.1:3306/app',
          'SPRING_DATASOURCE_URL=jdbc:mysql://localhost:3306/app?user=root&password=',
        ]),
      ],
    })),
    template('userinfo-without-password', (g) => ({
      path: 'scripts/clone.sh',
      lines: [
        g.pick([
          'git clone https://jdoe@bitbucket.org/acme/website.git',
          'git clone ssh://git@gitlab.corp.local:2222/platform/api.git',
          'svn co svn+ssh://deploy@svn.corp.local/repos/app/trunk',
          'sftp://backup@files.corp.local/exports',
        ]),
      ],
    })),
    template('ports-and-hosts', (g) => ({
      path: 'config/services.yaml',
      lines: [
        g.pick([
          'cache: redis://cache.corp.local:6379/2',
          'db: postgres://db.prod.acmecorp.net:5432/orders',
          'docker_host: tcp://10.0.0.12:2376',
          'memcached: memcached://cache01.corp.local:11211',
          'upstream: http://[fd00::12]:8080/api',
        ]),
      ],
    })),
    template('at-in-path', (g) => ({
      path: 'public/index.html',
      lines: [
        g.pick([
          '<script src="https://unpkg.com/react@18.2.0/umd/react.production.min.js"></script>',
          '<script src="https://cdn.jsdelivr.net/npm/vue@3.4.21/dist/vue.global.prod.js"></script>',
          '<a href="https://medium.com/@acme-eng/our-stack-2026-1a2b3c">blog</a>',
          '<link rel="stylesheet" href="https://registry.npmjs.org:443/@fontsource/inter/-/inter-5.0.0.tgz">',
        ]),
      ],
    })),
    template('ssh-remotes-and-emails', (g) => ({
      path: g.pick(['CONTRIBUTING.md', 'docs/git-remotes.md']),
      lines: [
        g.pick([
          '\turl = git@github.com:acme/infra.git',
          'Report security issues to mailto:security@acmecorp.net or ops@acmecorp.net.',
          'Maintainer: Jane Doe <jane.doe@acmecorp.net>',
          'git remote add upstream git@gitlab.com:acme/platform.git',
        ]),
      ],
    })),
    template('rfc2606-doc-hosts', (g) => ({
      path: 'docs/configuration.md',
      lines: [
        'Example:',
        g.pick([
          '    proxy: http://alice:s3cret@proxy.example.com:3128',
          '    url: https://admin:hunter2@example.org/api',
          '    ldap://cn=admin:secret@ldap.example.net',
          '    smtp://mailer:mailpass@mail.example.com:587',
        ]),
      ],
    })),
    template('masked-in-logs', (g) => ({
      path: 'logs/app.log',
      lines: [
        g.pick([
          '2026-01-14T09:12:03Z INFO connecting to postgres://app:***@db.corp.local:5432/orders',
          '2026-01-14T09:12:03Z INFO broker amqp://worker:********@mq.corp.local:5672//',
          '2026-01-14T09:12:03Z INFO redis url=redis://:[REDACTED]@cache:6379',
          '2026-01-14T09:12:03Z INFO using https://ci:xxxxxxxx@nexus.corp.local/repository/npm/',
        ]),
      ],
    })),
    template('ci-secret-references', (g) => ({
      path: '.github/workflows/ci.yml',
      lines: [
        '      - run: |',
        g.pick([
          '          git clone https://x-access-token:${{ secrets.GITHUB_TOKEN }}@github.com/acme/infra.git',
          '          git push https://oauth2:${CI_JOB_TOKEN}@gitlab.com/acme/site.git HEAD:main',
          '          pip install --index-url https://__token__:$PYPI_TOKEN@pypi.corp.local/simple app',
          '          git clone https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.corp.local/acme/api.git',
        ]),
      ],
    })),
    template('npmrc-env-reference', (g) => ({
      path: '.npmrc',
      lines: [
        g.pick([
          '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
          '//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}',
          '_auth=${NPM_AUTH}',
        ]),
        'always-auth=true',
      ],
    })),
    template('uppercase-placeholders', (g) => ({
      path: 'docs/env.md',
      lines: [
        g.pick([
          'DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/NAME',
          'CELERY_BROKER_URL=amqp://USERNAME:PASSWORD@HOSTNAME:5672/VHOST',
          'REDIS_URL=redis://:YOUR_PASSWORD@your-redis-host:6379',
          'https://YOUR_USERNAME:YOUR_TOKEN@github.com/YOUR_ORG/YOUR_REPO.git',
        ]),
      ],
    })),
    template('query-placeholders', (g) => ({
      path: 'src/api/client.js',
      lines: [
        g.pick([
          "const url = 'https://api.openweathermap.org/data/2.5/weather?q=London&appid=YOUR_API_KEY';",
          'const url = `https://api.acme.io/v1/items?api_key=${apiKey}&page=${page}`;',
          "fetch('https://graph.facebook.com/me?access_token={{ACCESS_TOKEN}}')",
          "const maps = 'https://maps.googleapis.com/maps/api/js?key=<YOUR_MAPS_KEY>&callback=init';",
        ]),
      ],
    })),
    template('publishable-and-public-keys', (g) => ({
      path: 'src/checkout.js',
      lines: [
        g.pick([
          `const SENTRY_DSN = 'https://${g.fake.hex(32)}@o${g.fake.digits(6)}.ingest.sentry.io/${g.fake.digits(7)}';`,
          `const js = 'https://js.stripe.com/v3/?key=pk_live_${g.fake.alnum(24)}';`,
          `Sentry.init({ dsn: "https://${g.fake.hex(32)}@o${g.fake.digits(6)}.ingest.us.sentry.io/${g.fake.digits(7)}" });`,
        ]),
      ],
    })),
    template('pagination-and-cursor-tokens', (g) => ({
      path: 'sync/fetch.py',
      lines: [
        g.pick([
          `next_url = "https://www.googleapis.com/drive/v3/files?pageToken=${g.fake.base64url(24)}&pageSize=100"`,
          `url = f"https://api.acme.io/v2/events?cursor={cursor}&limit=500"`,
          `resp = session.get("https://graph.microsoft.com/v1.0/users?$skiptoken=${g.fake.base64url(30)}")`,
        ]),
      ],
    })),
    template('public-url-signatures', (g) => ({
      path: 'src/components/Avatar.tsx',
      lines: [
        g.pick([
          `const src = "https://acme.imgix.net/avatars/42.jpg?w=96&h=96&fit=crop&s=${g.fake.hex(32)}";`,
          `const src = "https://www.gravatar.com/avatar/${g.fake.hex(32)}?s=80&d=identicon";`,
          `const font = "https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap";`,
        ]),
      ],
    })),
    template('webhook-doc-stand-ins', (g) => ({
      path: 'docs/alerts.md',
      lines: [
        g.pick([
          'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
          'DISCORD_WEBHOOK=https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
          'curl -X POST https://maker.ifttt.com/trigger/{event}/with/key/{your_key}',
          'https://outlook.office.com/webhook/<GUID>@<GUID>/IncomingWebhook/<ID>/<GUID>',
        ]),
      ],
    })),
    template('aws-doc-presigned', () => ({
      path: 'docs/s3.md',
      lines: [
        'A presigned URL looks like this:',
        '    https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=<signature>',
      ],
    })),
    template('url-parsing-code', (g) => ({
      path: 'src/util/dsn.ts',
      lines: [
        g.pick([
          'const DSN = /^(?<scheme>[a-z+]+):\\/\\/(?<user>[^:]+):(?<password>[^@]+)@(?<host>[^/]+)/;',
          "if (url.password) url.password = '***'; // never log the password",
          "const masked = raw.replace(/:\\/\\/([^:]+):[^@]+@/, '://$1:****@');",
          "assert.equal(new URL('postgres://u:p@h/d').password, 'p');",
        ]),
      ],
    })),
    template('key-names-not-values', (g) => ({
      path: 'config/keys.py',
      lines: [
        g.pick([
          'API_KEY_QUERY_PARAM = "api_key"',
          'SAS_SIGNATURE_PARAM = "sig"',
          'TOKEN_PARAM_NAME = "access_token"',
          'PASSWORD_FIELD_IN_URL = "password"',
        ]),
      ],
    })),
    template('default-local-logins', (g) => ({
      path: 'docker-compose.dev.yml',
      lines: [
        '    environment:',
        g.pick([
          '      NEO4J_URL: bolt://neo4j:neo4j@localhost:7687',
          '      RABBITMQ_URL: amqp://guest:guest@rabbitmq:5672',
          '      ES_URL: http://elastic:changeme@localhost:9200',
          '      MINIO_URL: http://minioadmin:minioadmin@localhost:9000',
        ]),
      ],
    })),
    template('shell-variables-in-url', (g) => ({
      path: 'scripts/db.sh',
      lines: [
        g.pick([
          'psql "postgresql://$PGUSER:$PGPASSWORD@$PGHOST:5432/$PGDATABASE"',
          'curl -u "$USER:$TOKEN" https://api.bitbucket.org/2.0/repositories',
          'mongosh "mongodb://${MONGO_USER}:${MONGO_PASS}@${MONGO_HOST}/admin"',
          'export HTTPS_PROXY="http://${PROXY_USER}:${PROXY_PASS}@proxy.corp.local:3128"',
        ]),
      ],
    })),
    template('templated-config', (g) => ({
      path: 'deploy/values.yaml.j2',
      lines: [
        g.pick([
          'database_url: "postgres://{{ db_user }}:{{ db_password }}@{{ db_host }}:5432/{{ db_name }}"',
          'broker: "amqp://{{ .Values.rabbit.user }}:{{ .Values.rabbit.password }}@rabbitmq:5672"',
          'url: "mysql://%(user)s:%(password)s@%(host)s/%(db)s"',
        ]),
      ],
    })),
    template('ref-docs-scheme-syntax', (g) => ({
      path: 'docs/urls.md',
      lines: [
        g.pick([
          'The URL form is `scheme://[user[:password]@]host[:port]/path`.',
          'redis://[[username]:[password]]@localhost:6379/0',
          'Use `amqp://user:pass@host:port/vhost` for authenticated brokers.',
          'mongodb://[username:password@]host1[:port1][,...hostN[:portN]][/[defaultauthdb][?options]]',
        ]),
      ],
    })),
    template('example-test-fixtures', (g) => ({
      path: 'tests/test_url.py',
      lines: [
        g.pick([
          "    assert mask('postgres://user:secret@db/x') == 'postgres://user:***@db/x'",
          "    parsed = urlparse('https://foo:bar@localhost:8080/')",
          "    assert parse_dsn('mysql://test:test@127.0.0.1/test').user == 'test'",
        ]),
      ],
    })),
  ],
};
