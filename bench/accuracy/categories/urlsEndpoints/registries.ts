import { type CategoryTemplates, sec, template } from '../../draft';
import { basicPair, strongPassword, urlPassword } from './values';

/**
 * Package-registry and proxy endpoints with credentials, as each tool's documentation writes them:
 * pip index URLs, `.npmrc` per-registry `_authToken`/`_auth`/`_password`, Cargo and NuGet sources,
 * Maven/Gradle repository URLs, Docker's `auths`, GOPROXY, Helm repos, `http_proxy` and apt/git proxy
 * settings; and Sentry's legacy DSN, whose second userinfo part is the project's secret key.
 */
export const registryUrls: CategoryTemplates = {
  positives: [
    template('pip-index-url', (g) => {
      const t = strongPassword(g);
      return g.chance(0.5)
        ? {
            path: 'requirements.txt',
            lines: [
              sec(`--extra-index-url https://${g.pick(['__token__', 'ci', 'aws'])}:${t}@pypi.corp.local/simple/`, t),
              'django==5.0.1',
            ],
          }
        : {
            path: 'Dockerfile',
            lines: [
              'FROM python:3.12-slim',
              sec(
                `RUN pip install --index-url https://build:${t}@nexus.acme.internal/repository/pypi/simple -r requirements.txt`,
                t,
              ),
            ],
          };
    }),
    template('pip-conf-index', (g) => {
      const t = urlPassword(g);
      return {
        path: 'pip.conf',
        lines: ['[global]', sec(`index-url = https://${g.user()}:${t}@artifactory.corp.local/api/pypi/pypi/simple`, t)],
      };
    }),
    template('requirements-git-https', (g) => {
      const t = g.fake.githubStyle('ghp_');
      return {
        path: 'requirements/prod.txt',
        lines: [
          'requests==2.31.0',
          sec(`git+https://${t}@github.com/acme/internal-sdk.git@v2.4.1#egg=internal-sdk`, t),
        ],
      };
    }),
    template('npmrc-auth-token', (g) => {
      const forms = [
        () => {
          const t = 'npm_' + g.fake.alnum(36);
          return sec(`//registry.npmjs.org/:_authToken=${t}`, t);
        },
        () => {
          const t = g.fake.githubStyle('ghp_');
          return sec(`//npm.pkg.github.com/:_authToken=${t}`, t);
        },
        () => {
          const t = g.fake.uuid();
          return sec(`//nexus.corp.local/repository/npm-private/:_authToken=${t}`, t);
        },
      ];
      return { path: '.npmrc', lines: ['@acme:registry=https://npm.pkg.github.com', g.pick(forms)()] };
    }),
    template('npmrc-auth-password', (g) => {
      const user = g.user();
      const pw = g.plainPassword();
      if (g.chance(0.5)) {
        const auth = basicPair(user, pw);
        return {
          path: '.npmrc',
          lines: [
            'registry=https://nexus.corp.local/repository/npm-all/',
            sec(`_auth=${auth}`, auth),
            'always-auth=true',
          ],
        };
      }
      const encoded = Buffer.from(pw).toString('base64');
      return {
        path: 'frontend/.npmrc',
        lines: [
          `//artifactory.acme.internal/api/npm/npm/:username=${user}`,
          sec(`//artifactory.acme.internal/api/npm/npm/:_password=${encoded}`, encoded),
          `//artifactory.acme.internal/api/npm/npm/:email=${user}@acmecorp.net`,
        ],
      };
    }),
    template('cargo-registry-token', (g) => {
      const t = 'cio' + g.fake.alnum(32);
      return g.chance(0.5)
        ? { path: '.cargo/credentials.toml', lines: ['[registries.acme]', sec(`token = "${t}"`, t)] }
        : {
            path: '.github/workflows/publish.yml',
            lines: [
              '    env:',
              sec(`      CARGO_REGISTRIES_ACME_TOKEN: ${t}`, t),
              '    run: cargo publish --registry acme',
            ],
          };
    }),
    template('nuget-source-password', (g) => {
      const pat = g.fake.lowerAlnum(52);
      return g.chance(0.5)
        ? {
            path: 'build/restore.sh',
            lines: [
              sec(
                `dotnet nuget add source https://pkgs.dev.azure.com/acme/_packaging/internal/nuget/v3/index.json -n internal -u build -p ${pat} --store-password-in-clear-text`,
                pat,
              ),
            ],
          }
        : {
            path: 'NuGet.config',
            lines: [
              '<packageSourceCredentials>',
              '  <internal>',
              '    <add key="Username" value="build" />',
              sec(`    <add key="ClearTextPassword" value="${pat}" />`, pat),
              '  </internal>',
              '</packageSourceCredentials>',
            ],
          };
    }),
    template('maven-gradle-repo-url', (g) => {
      const pw = urlPassword(g);
      return g.chance(0.5)
        ? {
            path: 'build.gradle',
            lines: [
              'repositories {',
              '    maven {',
              sec(`        url "https://deployer:${pw}@nexus.corp.local/repository/maven-releases/"`, pw),
              '    }',
              '}',
            ],
          }
        : {
            path: 'pom.xml',
            lines: [
              '<repository>',
              '  <id>internal</id>',
              sec(`  <url>https://deployer:${pw}@repo.acme.internal/artifactory/libs-release</url>`, pw),
              '</repository>',
            ],
          };
    }),
    template('docker-config-auths', (g) => {
      const auth = basicPair(g.pick(['ci', 'robot$deployer', 'AWS']), strongPassword(g));
      return {
        path: '.docker/config.json',
        lines: [
          '{',
          '  "auths": {',
          `    "registry.corp.local": {`,
          sec(`      "auth": "${auth}"`, auth),
          '    }',
          '  }',
          '}',
        ],
      };
    }),
    template('goproxy-helm-urls', (g) => {
      const t = strongPassword(g);
      return {
        path: 'ci/setup.sh',
        lines: [
          g.pick([
            sec(`go env -w GOPROXY=https://${g.user()}:${t}@goproxy.corp.local,direct`, t),
            sec(`helm repo add internal https://${g.user()}:${t}@charts.acme.internal/stable`, t),
            sec(`export GOPRIVATE=git.corp.local && export GOPROXY="https://ci:${t}@athens.corp.local"`, t),
          ]),
        ],
      };
    }),
    template('proxy-env-credentials', (g) => {
      const pw = urlPassword(g);
      return {
        path: g.pick(['/etc/environment', 'ci/env.sh', 'Dockerfile']),
        lines: [
          g.pick([
            sec(`export https_proxy=http://${g.user()}:${pw}@proxy.corp.local:3128`, pw),
            sec(`HTTP_PROXY="http://CORP%5C${g.user()}:${pw}@10.20.0.5:8080"`, pw),
            sec(`ENV http_proxy=http://${g.user()}:${pw}@squid.acme.internal:3128/`, pw),
          ]),
          'NO_PROXY=localhost,127.0.0.1,.corp.local',
        ],
      };
    }),
    template('apt-git-proxy', (g) => {
      const pw = urlPassword(g);
      return g.chance(0.5)
        ? {
            path: '/etc/apt/apt.conf.d/95proxy',
            lines: [sec(`Acquire::http::Proxy "http://${g.user()}:${pw}@proxy.corp.local:3128/";`, pw)],
          }
        : {
            path: '.gitconfig',
            lines: ['[http]', sec(`\tproxy = http://${g.user()}:${pw}@proxy.corp.local:8080`, pw)],
          };
    }),
    template('sentry-legacy-dsn', (g) => {
      const secret = g.fake.hex(32);
      return {
        path: 'app/settings/base.py',
        lines: [
          sec(
            `SENTRY_DSN = "https://${g.fake.hex(32)}:${secret}@o${g.fake.digits(6)}.ingest.sentry.io/${g.fake.digits(7)}"`,
            secret,
          ),
        ],
      };
    }),
    template('percent-encoded-userinfo', (g) => {
      const pw = `${g.pick(['Pa', 'Tr0', 'xQ'])}%24${g.fake.alnum(6)}%40${g.fake.digits(3)}%21`;
      return {
        path: 'config/database.yml',
        lines: [
          'production:',
          '  adapter: postgresql',
          sec(`  url: postgres://${g.user()}:${pw}@${g.host()}:5432/${g.dbName()}`, pw),
        ],
      };
    }),
  ],
  negatives: [],
};
