import { type CategoryTemplates, sec, template } from '../../draft';
import { opaqueToken } from './values';

/**
 * Shell and database client histories, browser storage dumps, crash reports, npm configuration
 * printed in CI logs and notebook outputs that print a key. Hard negatives: histories that read
 * the secret from a prompt or a variable, masked config listings, JWKS public keys, storage with
 * ids and preferences only.
 * Layouts from each tool's documentation; values are generated at run time.
 */
export const histories: CategoryTemplates = {
  positives: [
    template('bash-history-export-token', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'home/deploy/.bash_history',
        lines: ['ls -la', 'cd /srv/app', sec(`export DEPLOY_TOKEN=${t}`, t), './deploy.sh prod', 'exit'],
      };
    }),
    template('bash-history-mysql-p', (g) => {
      const pw = g.plainPassword();
      return {
        path: '.bash_history',
        lines: [
          'sudo systemctl status mysql',
          sec(`mysql -u root -p${pw} ${g.dbName()}`, pw),
          'tail -f /var/log/syslog',
        ],
      };
    }),
    template('zsh-history-extended', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'dotfiles/.zsh_history',
        lines: [
          ': 1709633472:0;git status',
          sec(`: 1709633480:0;curl -u ${g.user()}:${pw} https://${g.host()}/api/status`, pw),
          ': 1709633490:0;vim README.md',
        ],
      };
    }),
    template('psql-history-alter-user', (g) => {
      const pw = g.password();
      return {
        path: 'home/postgres/.psql_history',
        lines: ['\\dt', `\\c ${g.dbName()}`, sec(`ALTER USER ${g.user()} WITH PASSWORD '${pw}';`, pw), '\\q'],
      };
    }),
    template('mysql-history-escaped-spaces', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'root/.mysql_history',
        lines: [
          '_HiStOrY_V2_',
          'show\\040databases;',
          sec(`CREATE\\040USER\\040'${g.user()}'@'%'\\040IDENTIFIED\\040BY\\040'${pw}';`, pw),
          'FLUSH\\040PRIVILEGES;',
        ],
      };
    }),
    template('local-storage-dump', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'debug/localStorage.json',
        lines: [
          '{',
          '  "theme": "dark",',
          '  "lastVisited": "/orders",',
          sec(`  "access_token": "${t}",`, t),
          `  "userId": "${g.fake.uuid()}"`,
          '}',
        ],
      };
    }),
    template('local-storage-nested-json', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'support/storage-dump.json',
        lines: [
          '{',
          sec(`  "auth": "{\\"refreshToken\\":\\"${t}\\",\\"expiresAt\\":1709640000}",`, t),
          '  "i18nextLng": "en"',
          '}',
        ],
      };
    }),
    template('npm-config-in-ci-log', (g) => {
      const pw = Buffer.from(g.plainPassword()).toString('base64');
      return {
        path: 'ci-logs/publish.log',
        lines: [
          '$ cat .npmrc',
          'registry=https://npm.acme.io/repository/npm-group/',
          sec(`//npm.acme.io/repository/npm-group/:_password=${pw}`, pw),
          `//npm.acme.io/repository/npm-group/:username=${g.user()}`,
          'always-auth=true',
        ],
      };
    }),
    template('sentry-event-headers', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'crash-reports/event-4412.json',
        lines: [
          '{',
          `  "event_id": "${g.fake.hex(32)}",`,
          '  "request": {',
          '    "url": "https://api.acme.io/v1/orders",',
          '    "method": "POST",',
          '    "headers": {',
          '      "Content-Type": "application/json",',
          sec(`      "Authorization": "Bearer ${t}"`, t),
          '    }',
          '  }',
          '}',
        ],
      };
    }),
    template('crash-report-environment', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'crash/crash-2024-03-05.txt',
        lines: [
          'Fatal error: Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused',
          'Environment:',
          `  APP_ENV => production`,
          `  DB_HOST => ${g.host()}`,
          sec(`  DB_PASSWORD => ${pw}`, pw),
        ],
      };
    }),
    template('jupyter-printed-key', (g) => {
      const k = g.apiKey();
      return {
        path: 'notebooks/explore.ipynb',
        lines: [
          '   "outputs": [',
          '    {',
          '     "name": "stdout",',
          '     "output_type": "stream",',
          '     "text": [',
          sec(`      "api_key = ${k}\\n"`, k),
          '     ]',
          '    }',
          '   ],',
        ],
      };
    }),
    template('jupyter-environ-repr', (g) => {
      const k = g.apiKey();
      return {
        path: 'analysis/setup.ipynb',
        lines: [
          '     "data": {',
          '      "text/plain": [',
          sec(`       "{'WEATHER_API_KEY': '${k}', 'HOME': '/home/jovyan'}"`, k),
          '      ]',
          '     },',
        ],
      };
    }),
  ],
  negatives: [
    template('history-from-prompts', () => ({
      path: '.bash_history',
      lines: [
        'mysql -u root -p',
        'read -rs DB_PASSWORD',
        'export DEPLOY_TOKEN=$(vault kv get -field=token secret/deploy)',
        'curl -u "$USER:$PASS" https://api.acme.io',
        'history -c',
      ],
    })),
    template('psql-history-password-meta', () => ({
      path: '.psql_history',
      lines: [
        '\\password app',
        'SELECT rolname, rolpassword IS NOT NULL FROM pg_authid;',
        'ALTER USER app WITH PASSWORD NULL;',
      ],
    })),
    template('npm-config-list-protected', () => ({
      path: 'ci-logs/npm-config.log',
      lines: [
        '$ npm config list',
        '; "user" config from /home/ci/.npmrc',
        '//registry.npmjs.org/:_authToken = (protected)',
        'registry = "https://registry.npmjs.org/"',
        '//npm.acme.io/:_password = (protected)',
      ],
    })),
    template('jwks-public-keys', (g) => ({
      path: 'debug/jwks.json',
      lines: [
        '{"keys": [{',
        '  "kty": "RSA", "use": "sig", "alg": "RS256",',
        `  "kid": "${g.fake.hex(40)}",`,
        `  "n": "${g.fake.base64url(342)}",`,
        '  "e": "AQAB"',
        '}]}',
      ],
    })),
    template('local-storage-innocent', (g) => ({
      path: 'debug/localStorage.json',
      lines: [
        '{',
        '  "theme": "dark",',
        `  "deviceId": "${g.fake.uuid()}",`,
        '  "token_type": "Bearer",',
        '  "access_token": null,',
        '  "tokenExpiresAt": "1709640000",',
        `  "cacheKey": "${g.fake.hex(40)}"`,
        '}',
      ],
    })),
    template('sentry-event-filtered', (g) => ({
      path: 'crash-reports/event.json',
      lines: [
        `  "event_id": "${g.fake.hex(32)}",`,
        '    "headers": {',
        '      "Authorization": "[Filtered]",',
        '      "Cookie": "[Filtered]",',
        `      "X-Request-Id": "${g.fake.uuid()}"`,
        '    },',
        '    "data": {"password": "[Filtered]", "email": "ops@acme.io"}',
      ],
    })),
    template('jupyter-masked-output', () => ({
      path: 'notebooks/setup.ipynb',
      lines: [
        '     "text": [',
        '      "api_key = sk-...redacted\\n",',
        '      "password: ********\\n",',
        '      "token loaded: True\\n"',
        '     ]',
      ],
    })),
  ],
};
