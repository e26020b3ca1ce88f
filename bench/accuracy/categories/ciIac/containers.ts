import { type Template, sec, template } from '../../draft';

/**
 * ci-iac positives, containers and clusters: Dockerfile ARG/ENV defaults and RUN lines,
 * docker-compose files used in CI, Kubernetes Secrets, Helm values and --set flags, Kustomize
 * secretGenerator literals. Values are generated at run time.
 */
export const containerPositives: readonly Template[] = [
  template('dockerfile-arg-default', (g) => {
    const t = 'npm_' + g.fake.alnum(36);
    return {
      path: 'Dockerfile',
      lines: [
        'FROM node:20-alpine AS build',
        sec(`ARG NPM_TOKEN=${t}`, t),
        'WORKDIR /app',
        'COPY package*.json .npmrc ./',
        'RUN npm ci',
      ],
    };
  }),
  template('dockerfile-env-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'docker/db/Dockerfile',
      lines: [
        'FROM postgres:16',
        `ENV POSTGRES_USER=${g.user()}`,
        sec(`ENV POSTGRES_PASSWORD=${pw}`, pw),
        'COPY init.sql /docker-entrypoint-initdb.d/',
      ],
    };
  }),
  template('dockerfile-env-space-form', (g) => {
    const k = g.apiKey();
    const name = g.pick(['API_KEY', 'MAPBOX_ACCESS_KEY', 'SENDGRID_KEY', 'ALGOLIA_ADMIN_KEY']);
    return {
      path: 'Dockerfile',
      lines: [
        'FROM python:3.12-slim',
        'ENV PYTHONUNBUFFERED 1',
        sec(`ENV ${name} ${k}`, k),
        'CMD ["gunicorn", "app:app"]',
      ],
    };
  }),
  template('dockerfile-run-index-url', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'Dockerfile',
      lines: [
        'FROM python:3.11',
        'COPY requirements.txt .',
        sec(
          `RUN pip install --extra-index-url https://${g.user()}:${pw}@pypi.acme.internal/simple -r requirements.txt`,
          pw,
        ),
      ],
    };
  }),
  template('dockerfile-run-config-set', (g) => {
    const k = g.apiKey();
    return {
      path: 'Dockerfile.ci',
      lines: [
        'FROM maven:3.9-eclipse-temurin-21',
        sec(`RUN mvn -B deploy -Dartifactory.user=${g.user()} -Dartifactory.apiKey=${k}`, k),
      ],
    };
  }),
  template('compose-ci-env-list', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'docker-compose.ci.yml',
      lines: [
        'services:',
        '  db:',
        '    image: mysql:8',
        '    environment:',
        '      - MYSQL_DATABASE=app',
        sec(`      - MYSQL_ROOT_PASSWORD=${pw}`, pw),
        '  tests:',
        '    build: .',
        '    depends_on: [db]',
      ],
    };
  }),
  template('k8s-secret-stringdata', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'k8s/db-secret.yaml',
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: db-credentials',
        'type: Opaque',
        'stringData:',
        `  username: ${g.user()}`,
        sec(`  password: "${pw}"`, pw),
      ],
    };
  }),
  template('k8s-secret-data-base64', (g) => {
    const enc = Buffer.from(g.apiKey()).toString('base64');
    return {
      path: 'manifests/api-secret.yaml',
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: payments-api',
        'data:',
        sec(`  api-key: ${enc}`, enc),
      ],
    };
  }),
  template('k8s-deployment-env-value', (g) => {
    const k = g.apiKey();
    return {
      path: 'deploy/worker.yaml',
      lines: [
        '      containers:',
        '        - name: worker',
        '          env:',
        '            - name: QUEUE_URL',
        '              value: amqp://mq.svc.cluster.local',
        '            - name: GEOCODER_API_KEY',
        sec(`              value: ${k}`, k),
      ],
    };
  }),
  template('helm-values-auth', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'charts/app/values.yaml',
      lines: [
        'postgresql:',
        '  enabled: true',
        '  auth:',
        `    username: ${g.user()}`,
        sec(`    password: ${pw}`, pw),
        '    database: app',
      ],
    };
  }),
  template('helm-set-flag', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'ci/deploy.sh',
      lines: [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        'helm upgrade --install cache bitnami/redis \\',
        '  --namespace cache \\',
        sec(`  --set auth.password=${pw} \\`, pw),
        '  --wait',
      ],
    };
  }),
  template('kustomize-secret-generator', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'overlays/prod/kustomization.yaml',
      lines: [
        'resources:',
        '  - ../../base',
        'secretGenerator:',
        '  - name: app-secrets',
        '    literals:',
        `      - DB_USER=${g.user()}`,
        sec(`      - DB_PASSWORD=${pw}`, pw),
      ],
    };
  }),
];
