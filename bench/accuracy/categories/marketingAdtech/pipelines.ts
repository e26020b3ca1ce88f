import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * marketing-adtech positives from the data work around campaigns: SFTP audience and offline
 * conversion uploads (LiveRamp, Criteo and partner drops: paramiko, pysftp, sshpass, lftp, WinSCP),
 * Airflow DAGs and connections, dbt `profiles.yml` for the marketing warehouse, Terraform, Jupyter
 * notebooks of analysts, compose and Kubernetes files, GitHub Actions, agency client-credential
 * sheets (CSV), Markdown runbooks and hand-over notes, self-hosted marketing automation (Mautic
 * `local.php` and its users table, Matomo `config.ini.php`). Values generated at run time.
 */
export const pipelinePositives: readonly Template[] = [
  template('liveramp-paramiko', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['audiences/upload_liveramp.py', 'jobs/crm_onboarding.py']),
      lines: [
        'import paramiko',
        '',
        'transport = paramiko.Transport(("files.liveramp.com", 22))',
        sec(
          `transport.connect(username="${v.agency(g)}-upload", password="${p.replace(/"/g, '')}")`,
          p.replace(/"/g, ''),
        ),
        'sftp = paramiko.SFTPClient.from_transport(transport)',
        'sftp.put("crm_audience.csv.gpg", "/uploads/crm_audience.csv.gpg")',
      ],
    };
  }),
  template('pysftp-audience', (g) => {
    const p = v.plain(g);
    const host = v.sftpHost(g);
    return {
      path: g.pick(['audiences/sftp_push.py', 'partners/offline_conversions.py']),
      lines: [
        'import pysftp',
        '',
        'cnopts = pysftp.CnOpts()',
        `with pysftp.Connection("${host}", username="${v.agency(g)}_feed",`,
        sec(`                       password="${p}", cnopts=cnopts) as sftp:`, p),
        '    sftp.put(local_path, remotepath=f"/incoming/{filename}")',
      ],
    };
  }),
  template('sshpass-upload-sh', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['bin/upload_segments.sh', 'cron/push_audiences.sh']),
      lines: [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        'FILE="segments_$(date +%Y%m%d).csv.gz"',
        sec(`sshpass -p '${p}' sftp -oBatchMode=no ${v.agency(g)}@${v.sftpHost(g)} <<EOF`, p),
        'put $FILE /inbound/',
        'EOF',
      ],
    };
  }),
  template('lftp-upload', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/send_conversions.sh', 'ops/partner_drop.sh']),
      lines: [
        '#!/bin/sh',
        sec(`lftp -u ${v.agency(g)}_ads,${p} sftp://${v.sftpHost(g)} -e "mput /data/out/*.csv; bye"`, p),
      ],
    };
  }),
  template('winscp-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['upload_audience.txt', 'winscp/criteo_upload.txt']),
      lines: [
        'option batch abort',
        'option confirm off',
        sec(`open sftp://${v.agency(g)}:${p}@${v.sftpHost(g)}/ -hostkey="ssh-ed25519 255 ${g.fake.base64(43)}"`, p),
        'put C:\\exports\\audience_*.csv /upload/',
        'exit',
      ],
    };
  }),
  template('airflow-conn-env', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['airflow/.env', 'docker/airflow.env']),
      lines: [
        'AIRFLOW__CORE__EXECUTOR=LocalExecutor',
        sec(`AIRFLOW_CONN_MARKETING_DWH=postgresql://mkt_etl:${p}@warehouse.${v.agency(g)}.internal:5432/marketing`, p),
        'AIRFLOW_CONN_GOOGLE_CLOUD_DEFAULT=google-cloud-platform://?extra__google_cloud_platform__key_path=%2Fkeys%2Fsa.json',
      ],
    };
  }),
  template('airflow-dag-inline-token', (g) => {
    const t = v.metaToken(g);
    return {
      path: g.pick(['dags/meta_ads_daily.py', 'airflow/dags/fb_insights.py']),
      lines: [
        'from airflow import DAG',
        'from airflow.operators.python import PythonOperator',
        'from datetime import datetime',
        '',
        sec(`META_TOKEN = "${t}"  # TODO move to a Connection`, t),
        '',
        'with DAG("meta_ads_daily", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:',
        '    PythonOperator(task_id="pull", python_callable=pull_insights, op_kwargs={"token": META_TOKEN})',
      ],
    };
  }),
  template('airflow-google-ads-conn-json', (g) => {
    const dev = v.googleDevToken(g);
    const rt = v.googleRefresh(g);
    return {
      path: g.pick(['airflow/connections/google_ads.json', 'deploy/airflow_connections.json']),
      lines: [
        '{',
        '  "google_ads_default": {',
        '    "conn_type": "google_cloud_platform",',
        '    "extra": {',
        '      "google_ads_client": {',
        sec(`        "developer_token": "${dev}",`, dev),
        `        "client_id": "${v.googleClientId(g)}",`,
        sec(`        "refresh_token": "${rt}",`, rt),
        '        "use_proto_plus": true',
        '      }',
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('dbt-profiles-snowflake', (g) => {
    const p = v.warehousePass(g);
    return {
      path: g.pick(['profiles.yml', 'dbt/profiles.yml']),
      lines: [
        'marketing:',
        '  target: prod',
        '  outputs:',
        '    prod:',
        '      type: snowflake',
        `      account: ${v.agency(g)}-eu1`,
        '      user: DBT_MARKETING',
        sec(`      password: "${p}"`, p),
        '      role: TRANSFORMER',
        '      database: MARKETING',
        '      warehouse: TRANSFORMING',
        '      schema: ANALYTICS',
        '      threads: 8',
      ],
    };
  }),
  template('dbt-profiles-bigquery-keyfile', (g) => {
    const pem = v.saPem(g).split('\n');
    return {
      path: g.pick(['profiles.yml', 'transform/profiles.yml']),
      lines: [
        'ads_warehouse:',
        '  target: prod',
        '  outputs:',
        '    prod:',
        '      type: bigquery',
        '      method: service-account-json',
        `      project: ${v.agency(g)}-ads-dwh`,
        '      dataset: marts',
        '      keyfile_json:',
        '        type: service_account',
        `        private_key_id: ${v.saKeyId(g)}`,
        sec(`        private_key: "${pem.join('\\n')}\\n"`, pem[1]!),
        `        client_email: dbt@${v.agency(g)}-ads-dwh.iam.gserviceaccount.com`,
      ],
    };
  }),
  template('terraform-secret-version', (g) => {
    const t = v.tiktokHex(g);
    return {
      path: g.pick(['infra/secrets.tf', 'terraform/marketing/secrets.tf']),
      lines: [
        'resource "google_secret_manager_secret_version" "tiktok_token" {',
        '  secret      = google_secret_manager_secret.tiktok_token.id',
        sec(`  secret_data = "${t}"`, t),
        '}',
      ],
    };
  }),
  template('terraform-variable-default', (g) => {
    const k = v.klaviyoPrivate(g);
    return {
      path: g.pick(['variables.tf', 'terraform/crm/variables.tf']),
      lines: [
        'variable "klaviyo_private_key" {',
        '  type      = string',
        '  sensitive = true',
        sec(`  default   = "${k}"`, k),
        '}',
      ],
    };
  }),
  template('notebook-google-ads', (g) => {
    const dev = v.googleDevToken(g);
    const rt = v.googleRefresh(g);
    return {
      path: g.pick(['notebooks/search_terms_audit.ipynb', 'analysis/pmax_breakdown.ipynb']),
      lines: [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "execution_count": 3,',
        '   "metadata": {},',
        '   "outputs": [],',
        '   "source": [',
        '    "from google.ads.googleads.client import GoogleAdsClient\\n",',
        '    "cfg = {\\n",',
        sec(`    "    'developer_token': '${dev}',\\n",`, dev),
        sec(`    "    'refresh_token': '${rt}',\\n",`, rt),
        `    "    'client_id': '${v.googleClientId(g)}',\\n",`,
        '    "}\\n"',
        '   ]',
        '  }',
        ' ],',
        ' "nbformat": 4,',
        ' "nbformat_minor": 5',
        '}',
      ],
    };
  }),
  template('notebook-meta-token', (g) => {
    const t = v.metaToken(g);
    return {
      path: g.pick(['notebooks/creative_fatigue.ipynb', 'analysis/meta_attribution.ipynb']),
      lines: [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "execution_count": 1,',
        '   "metadata": {},',
        '   "outputs": [],',
        '   "source": [',
        '    "import requests\\n",',
        sec(`    "token = '${t}'\\n",`, t),
        '    "r = requests.get(url, params={\\"access_token\\": token})"',
        '   ]',
        '  }',
        ' ],',
        ' "nbformat": 4,',
        ' "nbformat_minor": 5',
        '}',
      ],
    };
  }),
  template('compose-capi-gateway', (g) => {
    const t = v.metaToken(g);
    const p = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'deploy/compose.yaml']),
      lines: [
        'services:',
        '  capi-gateway:',
        `    image: ghcr.io/${v.agency(g)}/capi-gateway:2.4`,
        '    environment:',
        sec(`      META_ACCESS_TOKEN: ${t}`, t),
        `      META_PIXEL_ID: "${v.metaId(g)}"`,
        '  postgres:',
        '    image: postgres:16',
        '    environment:',
        sec(`      POSTGRES_PASSWORD: ${p}`, p),
      ],
    };
  }),
  template('k8s-secret-stringdata', (g) => {
    const dev = v.googleDevToken(g);
    const s = v.metaAppSecret(g);
    return {
      path: g.pick(['k8s/ads-secrets.yaml', 'manifests/secret.yaml']),
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: ads-connectors',
        'type: Opaque',
        'stringData:',
        sec(`  GOOGLE_ADS_DEVELOPER_TOKEN: "${dev}"`, dev),
        sec(`  META_APP_SECRET: "${s}"`, s),
      ],
    };
  }),
  template('gh-actions-inline', (g) => {
    const k = v.brazeKey(g);
    return {
      path: '.github/workflows/sync-audiences.yml',
      lines: [
        'name: sync-audiences',
        'on:',
        '  schedule:',
        "    - cron: '0 5 * * *'",
        'jobs:',
        '  sync:',
        '    runs-on: ubuntu-latest',
        '    env:',
        sec(`      BRAZE_REST_API_KEY: ${k}`, k),
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: python sync.py',
      ],
    };
  }),
  template('csv-client-credentials', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick(['clients/platform_logins.csv', 'handover/ad_accounts.csv']),
      lines: [
        'client,platform,login,password,notes',
        sec(`${v.agency(g)},Taboola Backstage,ops@${v.agency(g)}.com,${p1},shared seat`, p1),
        sec(`harborgrill,Criteo Commerce Growth,media@${v.agency(g)}.com,${p2},2FA on ops phone`, p2),
        `oakmart,Google Ads,MCC ${v.customerId(g, true)},,via OAuth`,
      ],
    };
  }),
  template('csv-api-keys', (g) => {
    const k = v.klaviyoPrivate(g);
    const h = v.hubspotToken(g);
    return {
      path: g.pick(['clients/api_keys.csv', 'ops/esp_keys.csv']),
      lines: [
        'client;tool;api_key;owner',
        sec(`lakeshore;Klaviyo;${k};crm-team`, k),
        sec(`pinecrest;HubSpot;${h};revops`, h),
      ],
    };
  }),
  template('runbook-ttd-login', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['runbooks/dsp-access.md', 'docs/handover.md']),
      lines: [
        '# DSP access',
        '',
        '| platform | user | password |',
        '| --- | --- | --- |',
        sec(`| The Trade Desk | ${v.agency(g)}_trader | ${p} |`, p),
        '| DV360 | via Google Workspace SSO | - |',
      ],
    };
  }),
  template('runbook-capi-token-prose', (g) => {
    const t = v.metaToken(g);
    return {
      path: g.pick(['runbooks/capi.md', 'docs/meta-capi-setup.md']),
      lines: [
        '## Conversions API',
        '',
        'The system user `capi-server` in Business Manager owns the token below (never expires):',
        '',
        '```',
        sec(t, t),
        '```',
      ],
    };
  }),
  template('mautic-local-php', (g) => {
    const p = v.plain(g);
    const s = g.fake.hex(64);
    return {
      path: 'app/config/local.php',
      lines: [
        '<?php',
        '$parameters = array(',
        "    'db_driver' => 'pdo_mysql',",
        "    'db_host' => 'localhost',",
        "    'db_name' => 'mautic',",
        "    'db_user' => 'mautic',",
        sec(`    'db_password' => '${p}',`, p),
        sec(`    'secret_key' => '${s}',`, s),
        "    'site_url' => 'https://mautic.example-agency.io',",
        ');',
      ],
    };
  }),
  template('mautic-users-dump', (g) => {
    const h = '$2y$13$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
    return {
      path: g.pick(['backups/mautic_users.sql', 'dump/mautic.sql']),
      lines: [
        'INSERT INTO `users` (`id`, `role_id`, `username`, `password`, `email`) VALUES',
        sec(`(1, 1, 'admin', '${h}', 'admin@${v.agency(g)}.com');`, h),
      ],
    };
  }),
  template('matomo-config-ini', (g) => {
    const p = v.plain(g);
    const salt = g.fake.hex(32);
    return {
      path: 'config/config.ini.php',
      lines: [
        '; <?php exit; ?> DO NOT REMOVE THIS LINE',
        '[database]',
        'host = "127.0.0.1"',
        'username = "matomo"',
        sec(`password = "${p}"`, p),
        'dbname = "matomo"',
        'tables_prefix = "matomo_"',
        '',
        '[General]',
        sec(`salt = "${salt}"`, salt),
        'trusted_hosts[] = "analytics.internal"',
      ],
    };
  }),
];
