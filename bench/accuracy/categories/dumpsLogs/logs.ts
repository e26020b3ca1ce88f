import { type CategoryTemplates, sec, template } from '../../draft';
import { opaqueToken, stamp } from './values';

/**
 * Application and server logs committed with a repository: debug logs of HTTP clients printing
 * headers, logfmt and JSON logs, request-parameter logs, stack traces quoting connection URLs,
 * access logs with tokens in query strings. Hard negatives: masked and filtered values, messages
 * about passwords and tokens, and request, trace and span ids.
 * Line layouts from each framework's default log format; values are generated at run time.
 */
export const logs: CategoryTemplates = {
  positives: [
    template('logback-bearer-header', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'logs/app.log',
        lines: [
          `${stamp(g)}.412 DEBUG [http-nio-8080-exec-3] o.a.h.wire - http-outgoing-0 >> "GET /v2/orders HTTP/1.1[\\r][\\n]"`,
          sec(
            `${stamp(g)}.413 DEBUG [http-nio-8080-exec-3] o.a.h.wire - http-outgoing-0 >> "Authorization: Bearer ${t}[\\r][\\n]"`,
            t,
          ),
          `${stamp(g)}.414 DEBUG [http-nio-8080-exec-3] o.a.h.wire - http-outgoing-0 >> "Host: api.acme.io[\\r][\\n]"`,
        ],
      };
    }),
    template('python-http-client-send', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'debug.log',
        lines: [
          sec(
            `send: b'GET /api/v1/reports HTTP/1.1\\r\\nHost: reports.acme.io\\r\\nAuthorization: Token ${t}\\r\\nAccept: */*\\r\\n\\r\\n'`,
            t,
          ),
          "reply: 'HTTP/1.1 200 OK\\r\\n'",
        ],
      };
    }),
    template('logfmt-token', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'logs/worker.log',
        lines: [
          `time="${stamp(g)}" level=info msg="starting sync" worker=3`,
          sec(`time="${stamp(g)}" level=debug msg="refreshing session" user_id=42 token=${t}`, t),
        ],
      };
    }),
    template('log-url-api-key', (g) => {
      const k = g.apiKey();
      return {
        path: 'logs/forecast.log',
        lines: [
          sec(`[${stamp(g)}] INFO  fetching https://api.weatherstack.io/current?access_key=${k}&query=Berlin`, k),
          `[${stamp(g)}] INFO  200 OK in 182ms`,
        ],
      };
    }),
    template('log-api-key-equals', (g) => {
      const k = g.apiKey();
      return {
        path: 'var/log/importer.log',
        lines: [
          `${stamp(g)} INFO importer: loaded 3 feeds`,
          sec(`${stamp(g)} DEBUG importer: client config api_key=${k} timeout=30 retries=3`, k),
        ],
      };
    }),
    template('json-log-password', (g) => {
      const pw = g.password();
      return {
        path: 'logs/auth-service.jsonl',
        lines: [
          `{"level":"info","ts":"${stamp(g)}","msg":"server listening","port":8080}`,
          sec(
            `{"level":"debug","ts":"${stamp(g)}","msg":"login request","body":{"username":"${g.user()}","password":"${pw}"}}`,
            pw,
          ),
        ],
      };
    }),
    template('rails-parameters-unfiltered', (g) => {
      const pw = g.password();
      return {
        path: 'log/production.log',
        lines: [
          `Started POST "/users/sign_in" for 10.0.3.7 at ${stamp(g)} +0000`,
          'Processing by Devise::SessionsController#create as HTML',
          sec(
            `  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"ops@acme.io", "password"=>"${pw}", "remember_me"=>"0"}, "commit"=>"Log in"}`,
            pw,
          ),
        ],
      };
    }),
    template('laravel-log-array-dump', (g) => {
      const pw = g.password();
      return {
        path: 'storage/logs/laravel.log',
        lines: [
          `[${stamp(g)}] production.INFO: Request received`,
          sec(
            `[${stamp(g)}] production.ERROR: Login failed {"request":{"email":"ops@acme.io","password":"${pw}"}}`,
            pw,
          ),
        ],
      };
    }),
    template('java-trace-jdbc-url', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'logs/catalina.out',
        lines: [
          `${stamp(g)} SEVERE [main] org.apache.catalina.core.StandardContext.startInternal Error starting context`,
          sec(
            `org.postgresql.util.PSQLException: Connection to jdbc:postgresql://${g.host()}:5432/${g.dbName()}?user=${g.user()}&password=${pw} refused.`,
            pw,
          ),
          '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)',
          '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)',
        ],
      };
    }),
    template('python-traceback-dsn', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'logs/celery.log',
        lines: [
          'Traceback (most recent call last):',
          '  File "/app/tasks.py", line 41, in sync_orders',
          '    engine = create_engine(settings.DATABASE_URL)',
          sec(
            `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: postgresql://${g.user()}:${pw}@${g.host()}:5432/${g.dbName()}`,
            pw,
          ),
        ],
      };
    }),
    template('nginx-access-token-query', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'logs/nginx/access.log',
        lines: [
          '10.0.0.12 - - [05/Mar/2024:10:11:12 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"',
          sec(
            `10.0.0.15 - - [05/Mar/2024:10:11:13 +0000] "GET /api/export.csv?access_token=${t}&from=2024-01-01 HTTP/1.1" 200 5123 "-" "python-requests/2.31.0"`,
            t,
          ),
        ],
      };
    }),
    template('apache-access-password-query', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'logs/httpd/access_log',
        lines: [
          sec(
            `192.168.1.20 - - [05/Mar/2024:09:01:02 +0100] "GET /cgi-bin/login.cgi?user=${g.user()}&password=${pw} HTTP/1.1" 302 - "-" "Mozilla/5.0"`,
            pw,
          ),
        ],
      };
    }),
    template('go-log-dsn', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'logs/api.log',
        lines: [
          sec(
            `2024/03/05 10:11:12 main.go:48: connecting to mysql dsn=${g.user()}:${pw}@tcp(${g.host()}:3306)/${g.dbName()}?parseTime=true`,
            pw,
          ),
        ],
      };
    }),
    template('okhttp-logging-interceptor', (g) => {
      const k = g.apiKey();
      return {
        path: 'app/logcat.txt',
        lines: [
          '03-05 10:11:12.345  4412  4460 I okhttp.OkHttpClient: --> POST https://api.acme.io/v1/events',
          '03-05 10:11:12.346  4412  4460 I okhttp.OkHttpClient: Content-Type: application/json',
          sec(`03-05 10:11:12.346  4412  4460 I okhttp.OkHttpClient: X-Api-Key: ${k}`, k),
          '03-05 10:11:12.347  4412  4460 I okhttp.OkHttpClient: --> END POST (231-byte body)',
        ],
      };
    }),
    template('startup-config-dump', (g) => {
      const pw = g.password();
      return {
        path: 'logs/startup.log',
        lines: [
          `${stamp(g)} INFO  Loaded configuration:`,
          `${stamp(g)} INFO    db.host = ${g.host()}`,
          `${stamp(g)} INFO    db.user = ${g.user()}`,
          sec(`${stamp(g)} INFO    db.password = ${pw}`, pw),
          `${stamp(g)} INFO    db.pool = 10`,
        ],
      };
    }),
    template('redis-monitor-auth', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'debug/redis-monitor.txt',
        lines: [
          'OK',
          sec(`1709633472.123456 [0 10.0.4.17:53412] "AUTH" "${pw}"`, pw),
          '1709633472.124001 [0 10.0.4.17:53412] "GET" "session:42"',
        ],
      };
    }),
  ],
  negatives: [
    template('masked-log-values', (g) => ({
      path: 'logs/app.log',
      lines: [
        `${stamp(g)} DEBUG >> "Authorization: Bearer [REDACTED]"`,
        `${stamp(g)} DEBUG request headers {"authorization":"***","x-api-key":"<hidden>"}`,
        `time="${stamp(g)}" level=debug msg="refreshing session" token=xxxxxxxx`,
        '  Parameters: {"user"=>{"email"=>"ops@acme.io", "password"=>"[FILTERED]"}}',
        `{"level":"info","msg":"login","password":"********","api_key":null}`,
        `${stamp(g)} INFO GET /api/export?access_token=REDACTED 200`,
      ],
    })),
    template('messages-about-credentials', (g) => ({
      path: 'logs/auth.log',
      lines: [
        `${stamp(g)} WARN  password incorrect for user ${g.user()} from 10.0.0.7`,
        `${stamp(g)} WARN  Invalid token provided, rejecting request`,
        `${stamp(g)} INFO  token expired for session ${g.fake.uuid()}`,
        `${stamp(g)} ERROR Authorization header missing or malformed`,
        `${stamp(g)} INFO  api_key rotated for tenant 42 (key id ${g.fake.uuid()})`,
        `${stamp(g)} DEBUG password=None token=None`,
        `${stamp(g)} INFO  user ${g.user()} changed password`,
      ],
    })),
    template('request-trace-ids', (g) => ({
      path: 'logs/gateway.jsonl',
      lines: [
        `{"ts":"${stamp(g)}","request_id":"${g.fake.uuid()}","trace_id":"${g.fake.hex(32)}","span_id":"${g.fake.hex(16)}","status":200}`,
        `{"ts":"${stamp(g)}","etag":"${g.fake.hex(40)}","commit":"${g.fake.hex(40)}","token_type":"bearer","session_id_hash":"${g.fake.hex(64)}"}`,
      ],
    })),
    template('access-log-innocent-query', (g) => ({
      path: 'logs/nginx/access.log',
      lines: [
        `10.0.0.15 - - [05/Mar/2024:10:11:13 +0000] "GET /search?q=password+reset&page=2 HTTP/1.1" 200 5123 "-" "Mozilla/5.0"`,
        `10.0.0.15 - - [05/Mar/2024:10:11:14 +0000] "GET /static/app.js?v=${g.fake.hex(8)} HTTP/1.1" 200 91234 "-" "Mozilla/5.0"`,
        `10.0.0.16 - - [05/Mar/2024:10:11:15 +0000] "GET /reset?token= HTTP/1.1" 400 12 "-" "Mozilla/5.0"`,
        `10.0.0.16 - - [05/Mar/2024:10:11:16 +0000] "GET /assets/logo.png?integrity=sha256-${g.fake.base64(43)}= HTTP/1.1" 200 4410 "-" "Mozilla/5.0"`,
      ],
    })),
    template('stack-trace-without-secret', (g) => ({
      path: 'logs/catalina.out',
      lines: [
        `org.postgresql.util.PSQLException: FATAL: password authentication failed for user "${g.user()}"`,
        `\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)`,
        `Caused by: java.sql.SQLException: Access denied for user '${g.user()}'@'10.0.0.5' (using password: YES)`,
        `jdbc:postgresql://${g.host()}:5432/${g.dbName()}?user=${g.user()}&password=`,
      ],
    })),
  ],
};
