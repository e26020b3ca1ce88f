import { type Template, template } from '../../draft';

/**
 * ci-iac hard negatives, pipelines and containers: secrets referenced from the CI system's store
 * (`${{ secrets.X }}`, `$CI_JOB_TOKEN`, `from_secret`, `credentials()`), encrypted values, masked
 * log output, commit SHAs, image digests, checksums and cache keys. None is a credential.
 */
export const pipelineNegatives: readonly Template[] = [
  template('gha-secrets-reference', (g) => ({
    path: '.github/workflows/publish.yml',
    lines: [
      '      - uses: docker/login-action@v3',
      '        with:',
      `          username: ${g.user()}`,
      `          password: \${{ secrets.${g.pick(['DOCKERHUB_TOKEN', 'REGISTRY_PASSWORD', 'GHCR_PAT'])} }}`,
    ],
  })),
  template('gha-env-references', (g) => ({
    path: '.github/workflows/ci.yml',
    lines: [
      '    env:',
      '      GITHUB_TOKEN: ${{ github.token }}',
      `      API_TOKEN: \${{ secrets.${g.pick(['API_TOKEN', 'DEPLOY_KEY'])} }}`,
      '      NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
      '      DB_PASSWORD: ${{ vars.DB_PASSWORD_PLACEHOLDER || secrets.DB_PASSWORD }}',
    ],
  })),
  template('gha-pinned-action-sha', (g) => ({
    path: '.github/workflows/lint.yml',
    lines: [
      '    steps:',
      `      - uses: actions/checkout@${g.fake.hex(40)} # v4.1.1`,
      `      - uses: actions/setup-node@${g.fake.hex(40)} # v4.0.2`,
      '        with:',
      '          node-version: 20',
      '          token: ${{ secrets.GITHUB_TOKEN }}',
    ],
  })),
  template('gha-cache-key', (g) => ({
    path: '.github/workflows/build.yml',
    lines: [
      '      - uses: actions/cache@v4',
      '        with:',
      '          path: ~/.m2/repository',
      "          key: ${{ runner.os }}-maven-${{ hashFiles('**/pom.xml') }}",
      `          restore-keys: maven-${g.fake.hex(12)}-`,
    ],
  })),
  template('gha-checkout-commit-sha', (g) => ({
    path: '.github/workflows/backport.yml',
    lines: [
      '      - run: |',
      `          git fetch origin ${g.fake.hex(40)}`,
      `          git cherry-pick ${g.fake.hex(40)}`,
      '          echo "sha=${GITHUB_SHA}" >> "$GITHUB_OUTPUT"',
    ],
  })),
  template('gitlab-job-token', () => ({
    path: '.gitlab-ci.yml',
    lines: [
      'build:',
      '  before_script:',
      '    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY',
      '    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"',
      '  script:',
      '    - \'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file app.tgz "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/app/1.0/app.tgz"\'',
    ],
  })),
  template('gitlab-vault-secrets', () => ({
    path: '.gitlab-ci.yml',
    lines: [
      'deploy:',
      '  id_tokens:',
      '    VAULT_ID_TOKEN:',
      '      aud: https://vault.acme.internal',
      '  secrets:',
      '    DATABASE_PASSWORD:',
      '      vault: production/db/password@ops',
      '      file: false',
    ],
  })),
  template('jenkins-with-credentials', () => ({
    path: 'Jenkinsfile',
    lines: [
      "    stage('Publish') {",
      '      steps {',
      "        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASSWORD')]) {",
      "          sh 'mvn -s settings.xml -Dnexus.password=$NEXUS_PASSWORD deploy'",
      '        }',
      '      }',
      '    }',
    ],
  })),
  template('jenkins-sh-flag-reference', () => ({
    path: 'Jenkinsfile',
    lines: [
      "    stage('Migrate') {",
      '      steps {',
      "        sh 'flyway -url=jdbc:postgresql://db.corp.local/app -user=$DB_USER -password=${DB_PASSWORD} migrate'",
      '      }',
      '    }',
    ],
  })),
  template('jenkins-credentials-helper', () => ({
    path: 'Jenkinsfile',
    lines: [
      '  environment {',
      "    AWS_CREDS = credentials('aws-prod-deployer')",
      "    SONAR_TOKEN = credentials('sonar-token')",
      "    REGISTRY = 'registry.acme.internal'",
      '  }',
    ],
  })),
  template('circleci-context-env', () => ({
    path: '.circleci/config.yml',
    lines: [
      'workflows:',
      '  deploy:',
      '    jobs:',
      '      - deploy:',
      '          context: aws-prod',
      'jobs:',
      '  deploy:',
      '    environment:',
      '      AWS_SECRET_ACCESS_KEY: $AWS_SECRET_FROM_CONTEXT',
      '      PASSWORD_FILE: /tmp/workspace/password.txt',
    ],
  })),
  template('azure-secret-variable-macro', () => ({
    path: 'azure-pipelines.yml',
    lines: [
      'variables:',
      '  - group: prod-secrets',
      '  - name: sqlAdminPassword',
      '    value: $(SqlPasswordFromKeyVault)',
      'steps:',
      '  - script: sqlcmd -S $(sqlServer) -U sa -P "$(sqlAdminPassword)" -i migrate.sql',
    ],
  })),
  template('travis-secure-blob', (g) => ({
    path: '.travis.yml',
    lines: [
      'env:',
      '  global:',
      `    - secure: "${g.fake.base64(340)}="`,
      'deploy:',
      '  api_key:',
      `    secure: "${g.fake.base64(340)}="`,
    ],
  })),
  template('drone-from-secret', () => ({
    path: '.drone.yml',
    lines: [
      '    settings:',
      '      username:',
      '        from_secret: docker_username',
      '      password:',
      '        from_secret: docker_password',
    ],
  })),
  template('dockerfile-build-secret-mount', () => ({
    path: 'Dockerfile',
    lines: [
      '# syntax=docker/dockerfile:1.6',
      'FROM node:20-alpine',
      'ARG NPM_TOKEN',
      'ENV API_KEY_FILE=/run/secrets/api_key',
      'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
    ],
  })),
  template('dockerfile-digest-and-checksum', (g) => ({
    path: 'Dockerfile',
    lines: [
      `FROM node:20-alpine@sha256:${g.fake.hex(64)}`,
      `ENV TINI_SHA256=${g.fake.hex(64)}`,
      'ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini',
      'RUN echo "${TINI_SHA256}  /tini" | sha256sum -c - && chmod +x /tini',
    ],
  })),
  template('compose-env-substitution', () => ({
    path: 'docker-compose.ci.yml',
    lines: [
      '  db:',
      '    image: postgres:16',
      '    env_file: .env.ci',
      '    environment:',
      '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password',
    ],
  })),
  template('ci-masked-log', (g) => ({
    path: 'ci/logs/job-4711.log',
    lines: [
      `$ docker login -u ${g.user()} -p [MASKED] registry.acme.internal`,
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
      'Login Succeeded',
      `DEPLOY_TOKEN=${g.pick(['***', '[MASKED]', '********'])}`,
    ],
  })),
  template('ci-docs-placeholders', () => ({
    path: 'docs/ci.md',
    lines: [
      '## Registry login',
      '```yaml',
      '        with:',
      '          username: <your-username>',
      '          password: <your-token>',
      '```',
      'For a local run put `DB_PASSWORD=changeme` in `.env` and replace it before deploying.',
    ],
  })),
  template('buildkite-plugin-secret-ref', () => ({
    path: '.buildkite/pipeline.yml',
    lines: [
      '  - command: ./deploy.sh',
      '    plugins:',
      '      - seek-oss/aws-sm#v2.3.1:',
      '          env:',
      '            DEPLOY_API_TOKEN: prod/deploy/api-token',
    ],
  })),
];
