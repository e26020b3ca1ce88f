import { type Template, sec, template } from '../../draft';
import type { Gen } from '../../gen';

/** An AWS secret access key shape (40 base64 characters), generated at run time. */
export function awsSecret(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40);
}

/** An AWS access key id (AKIA + 16 base32 characters, A-Z and 2-7), generated at run time. */
export function awsKeyId(g: Gen): string {
  return 'AKIA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}

/**
 * ci-iac positives, CI/CD pipelines: credentials written as literals in GitHub Actions, GitLab CI,
 * Jenkins, CircleCI, Azure Pipelines, Bitbucket, Travis, Drone and Buildkite files, in env blocks,
 * step inputs and inline run scripts. Values are generated at run time.
 */
export const pipelinePositives: readonly Template[] = [
  template('gha-env-block', (g) => {
    const pw = g.plainPassword();
    return {
      path: '.github/workflows/integration.yml',
      lines: [
        'name: integration',
        'on: [push]',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    env:',
        `      DB_HOST: ${g.host()}`,
        `      DB_USER: ${g.user()}`,
        sec(`      DB_PASSWORD: ${pw}`, pw),
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: npm test',
      ],
    };
  }),
  template('gha-docker-login-with', (g) => {
    const pw = g.plainPassword();
    return {
      path: '.github/workflows/publish.yml',
      lines: [
        '    steps:',
        '      - name: Log in to registry',
        '        uses: docker/login-action@v3',
        '        with:',
        `          registry: ${g.pick(['registry.acme.internal', 'ghcr.io', 'docker.io'])}`,
        `          username: ${g.user()}`,
        sec(`          password: ${pw}`, pw),
      ],
    };
  }),
  template('gha-with-api-key-input', (g) => {
    const k = g.apiKey();
    const input = g.pick(['api-key', 'api_key', 'token', 'api-token', 'auth_token']);
    return {
      path: '.github/workflows/deploy.yml',
      lines: [
        '      - name: Notify release tracker',
        `        uses: acme/release-notify-action@v2`,
        '        with:',
        `          project: ${g.word()}`,
        sec(`          ${input}: ${g.chance(0.5) ? `'${k}'` : k}`, k),
      ],
    };
  }),
  template('gha-run-docker-login-p', (g) => {
    const pw = g.plainPassword();
    return {
      path: '.github/workflows/build.yml',
      lines: [
        '      - name: Push image',
        '        run: |',
        sec(`          docker login -u ${g.user()} -p ${pw} registry.acme.internal`, pw),
        '          docker push registry.acme.internal/api:latest',
      ],
    };
  }),
  template('gha-run-curl-bearer', (g) => {
    const k = g.apiKey();
    return {
      path: '.github/workflows/smoke.yml',
      lines: [
        '      - name: Smoke test',
        '        run: >',
        sec(`          curl -fsS -H "Authorization: Bearer ${k}" https://api.acme.internal/health`, k),
      ],
    };
  }),
  template('gha-run-npmrc-token', (g) => {
    const t = 'npm_' + g.fake.alnum(36);
    return {
      path: '.github/workflows/release.yml',
      lines: [
        '      - run: |',
        sec(`          echo "//registry.npmjs.org/:_authToken=${t}" > ~/.npmrc`, t),
        '          npm publish --access public',
      ],
    };
  }),
  template('gha-run-export-literal', (g) => {
    const t = 'xoxb-' + g.fake.digits(12) + '-' + g.fake.digits(13) + '-' + g.fake.alnum(24);
    return {
      path: '.github/workflows/notify.yml',
      lines: [
        '      - name: Post to Slack',
        '        run: |',
        sec(`          export SLACK_BOT_TOKEN=${t}`, t),
        '          ./scripts/post-release.sh',
      ],
    };
  }),
  template('gitlab-variables', (g) => {
    const k = g.fake.hex(40);
    return {
      path: '.gitlab-ci.yml',
      lines: [
        'variables:',
        '  DOCKER_DRIVER: overlay2',
        `  SONAR_HOST_URL: "https://sonar.acme.internal"`,
        sec(`  SONAR_TOKEN: "${k}"`, k),
        '',
        'sonar:',
        '  stage: test',
        '  script:',
        '    - sonar-scanner',
      ],
    };
  }),
  template('gitlab-before-script-docker-login', (g) => {
    const pw = g.plainPassword();
    return {
      path: '.gitlab-ci.yml',
      lines: [
        'build:',
        '  image: docker:24',
        '  services: [docker:24-dind]',
        '  before_script:',
        sec(`    - docker login -u ${g.user()} -p "${pw}" registry.acme.internal`, pw),
        '  script:',
        '    - docker build -t registry.acme.internal/app .',
      ],
    };
  }),
  template('gitlab-curl-private-token', (g) => {
    const t = 'glpat-' + g.fake.base64url(20);
    return {
      path: '.gitlab-ci.yml',
      lines: [
        'release:',
        '  stage: deploy',
        '  script:',
        sec(
          `    - 'curl --request POST --header "PRIVATE-TOKEN: ${t}" "https://gitlab.acme.internal/api/v4/projects/42/releases"'`,
          t,
        ),
      ],
    };
  }),
  template('gitlab-trigger-token', (g) => {
    const t = 'glptt-' + g.fake.hex(40);
    return {
      path: '.gitlab-ci.yml',
      lines: [
        'trigger-downstream:',
        '  script:',
        sec(
          `    - curl -X POST -F token=${t} -F ref=main https://gitlab.acme.internal/api/v4/projects/7/trigger/pipeline`,
          t,
        ),
      ],
    };
  }),
  template('jenkins-environment-literal', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'Jenkinsfile',
      lines: [
        'pipeline {',
        '  agent any',
        '  environment {',
        "    NEXUS_URL = 'https://nexus.acme.internal'",
        `    NEXUS_USER = '${g.user()}'`,
        sec(`    NEXUS_PASSWORD = '${pw}'`, pw),
        '  }',
        '  stages {',
        "    stage('Deploy') { steps { sh 'mvn -s settings.xml deploy' } }",
        '  }',
        '}',
      ],
    };
  }),
  template('jenkins-sh-inline-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'Jenkinsfile',
      lines: [
        "    stage('Migrate') {",
        '      steps {',
        sec(`        sh "flyway -url=jdbc:postgresql://${g.host()}/app -user=${g.user()} -password=${pw} migrate"`, pw),
        '      }',
        '    }',
      ],
    };
  }),
  template('jenkins-credentials-fallback', (g) => {
    const k = g.apiKey();
    return {
      path: 'vars/deployApp.groovy',
      lines: [
        'def call(Map cfg) {',
        '  // fall back to the shared key when the job has no credential bound',
        sec(`  def apiToken = env.DEPLOY_API_TOKEN ?: '${k}'`, k),
        '  sh "curl -fsS -H \\"X-Api-Token: ${apiToken}\\" https://deploy.acme.internal/apps/${cfg.name}"',
        '}',
      ],
    };
  }),
  template('circleci-aws-environment', (g) => {
    const id = awsKeyId(g);
    const s = awsSecret(g);
    return {
      path: '.circleci/config.yml',
      lines: [
        'jobs:',
        '  deploy:',
        '    docker:',
        '      - image: cimg/python:3.12',
        '    environment:',
        '      AWS_DEFAULT_REGION: eu-west-1',
        sec(`      AWS_ACCESS_KEY_ID: ${id}`, id),
        sec(`      AWS_SECRET_ACCESS_KEY: ${s}`, s),
      ],
    };
  }),
  template('circleci-docker-auth', (g) => {
    const pw = g.plainPassword();
    return {
      path: '.circleci/config.yml',
      lines: [
        '    docker:',
        '      - image: registry.acme.internal/build/node:20',
        '        auth:',
        `          username: ${g.user()}`,
        sec(`          password: ${pw}`, pw),
      ],
    };
  }),
  template('azure-pipelines-variable', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'azure-pipelines.yml',
      lines: [
        'variables:',
        '  - name: buildConfiguration',
        '    value: Release',
        '  - name: sqlAdminPassword',
        sec(`    value: '${pw}'`, pw),
        'steps:',
        '  - script: dotnet test',
      ],
    };
  }),
  template('azure-pipelines-sp-login', (g) => {
    const s = g.fake.alnum(3) + '8Q~' + g.fake.base64url(31);
    return {
      path: 'pipelines/deploy.yml',
      lines: [
        '  - script: |',
        sec(`      az login --service-principal -u ${g.fake.uuid()} -p ${s} --tenant ${g.fake.uuid()}`, s),
        '      az webapp deploy --name acme-api --src-path app.zip',
        '    displayName: Deploy',
      ],
    };
  }),
  template('bitbucket-pipe-variables', (g) => {
    const id = awsKeyId(g);
    const s = awsSecret(g);
    return {
      path: 'bitbucket-pipelines.yml',
      lines: [
        'pipelines:',
        '  branches:',
        '    main:',
        '      - step:',
        '          script:',
        '            - pipe: atlassian/aws-s3-deploy:1.1.0',
        '              variables:',
        sec(`                AWS_ACCESS_KEY_ID: '${id}'`, id),
        sec(`                AWS_SECRET_ACCESS_KEY: '${s}'`, s),
        "                S3_BUCKET: 'acme-static'",
      ],
    };
  }),
  template('travis-env-global', (g) => {
    const k = g.fake.alnum(32);
    return {
      path: '.travis.yml',
      lines: [
        'language: python',
        'env:',
        '  global:',
        '    - PIP_CACHE_DIR=$HOME/.cache/pip',
        sec(`    - COVERALLS_REPO_TOKEN=${k}`, k),
        'script: pytest --cov',
      ],
    };
  }),
  template('drone-plugin-settings', (g) => {
    const pw = g.plainPassword();
    return {
      path: '.drone.yml',
      lines: [
        'steps:',
        '  - name: publish',
        '    image: plugins/docker',
        '    settings:',
        '      repo: registry.acme.internal/web',
        `      username: ${g.user()}`,
        sec(`      password: ${pw}`, pw),
      ],
    };
  }),
  template('buildkite-step-env', (g) => {
    const k = g.fake.hex(32);
    return {
      path: '.buildkite/pipeline.yml',
      lines: [
        'steps:',
        '  - label: ":datadog: upload metrics"',
        '    command: ./ci/upload-metrics.sh',
        '    env:',
        sec(`      DATADOG_API_KEY: "${k}"`, k),
      ],
    };
  }),
  template('buildkite-inline-command', (g) => {
    const t = 'bkua_' + g.fake.hex(40);
    return {
      path: '.buildkite/pipeline.yml',
      lines: ['steps:', '  - label: annotate', sec(`    command: "BUILDKITE_API_TOKEN=${t} ./ci/annotate.sh"`, t)],
    };
  }),
];
