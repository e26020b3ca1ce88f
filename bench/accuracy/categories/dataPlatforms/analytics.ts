import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * data-platforms positives, BI, search, NoSQL and ML tooling: Superset, Metabase, Grafana, Redash,
 * Looker, Tableau, Elasticsearch/OpenSearch and Kibana, MongoDB, Cassandra, Neo4j, MLflow, Weights
 * & Biases, Hugging Face, Kaggle, and Jupyter notebooks holding credentials in cells (JSON-escaped
 * source lines). Values generated at run time.
 */

/** A notebook code cell whose source lines are JSON strings (quotes escaped), as .ipynb stores them. */
function notebook(
  cellLines: readonly (string | { text: string; value: string })[],
): (string | ReturnType<typeof sec>)[] {
  const out: (string | ReturnType<typeof sec>)[] = [
    '{',
    ' "cells": [',
    '  {',
    '   "cell_type": "code",',
    '   "execution_count": 3,',
    '   "metadata": {},',
    '   "outputs": [],',
    '   "source": [',
  ];
  cellLines.forEach((l, i) => {
    const text = typeof l === 'string' ? l : l.text;
    const enc =
      '    ' + JSON.stringify(text + (i < cellLines.length - 1 ? '\n' : '')) + (i < cellLines.length - 1 ? ',' : '');
    out.push(typeof l === 'string' ? enc : sec(enc, JSON.stringify(l.value).slice(1, -1)));
  });
  out.push(
    '   ]',
    '  }',
    ' ],',
    ' "metadata": {"kernelspec": {"name": "python3"}},',
    ' "nbformat": 4,',
    ' "nbformat_minor": 5',
    '}',
  );
  return out;
}

export const analyticsPositives: readonly Template[] = [
  template('superset-config-secret-key', (g) => {
    const k = v.flaskSecret(g);
    return {
      path: 'superset_config.py',
      lines: [
        'ROW_LIMIT = 5000',
        sec(`SECRET_KEY = "${k}"`, k),
        'FEATURE_FLAGS = {"ENABLE_TEMPLATE_PROCESSING": True}',
      ],
    };
  }),
  template('superset-config-db-uri', (g) => {
    const p = v.pw(g);
    return {
      path: 'docker/pythonpath_dev/superset_config.py',
      lines: [
        'import os',
        '',
        sec(`SQLALCHEMY_DATABASE_URI = "postgresql://superset:${p}@${v.dbHost(g)}:5432/superset"`, p),
        'CACHE_CONFIG = {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_HOST": "redis"}',
      ],
    };
  }),
  template('superset-env-file', (g) => {
    const k = v.flaskSecret(g);
    return {
      path: 'docker/.env-local',
      lines: [
        'COMPOSE_PROJECT_NAME=superset',
        'DATABASE_DIALECT=postgresql',
        sec(`SUPERSET_SECRET_KEY=${k}`, k),
        'SUPERSET_LOAD_EXAMPLES=no',
      ],
    };
  }),
  template('metabase-compose-env', (g) => {
    const p = v.pw(g);
    return {
      path: 'metabase/docker-compose.yml',
      lines: [
        'services:',
        '  metabase:',
        '    image: metabase/metabase:v0.50.5',
        '    environment:',
        '      MB_DB_TYPE: postgres',
        '      MB_DB_DBNAME: metabaseappdb',
        '      MB_DB_PORT: 5432',
        '      MB_DB_USER: metabase',
        sec(`      MB_DB_PASS: ${p}`, p),
        '      MB_DB_HOST: postgres',
      ],
    };
  }),
  template('metabase-encryption-key', (g) => {
    const k = g.fake.base64(44);
    return {
      path: 'metabase.env',
      lines: ['MB_DB_TYPE=postgres', sec(`MB_ENCRYPTION_SECRET_KEY=${k}`, k), 'MB_SITE_URL=https://bi.acme.internal'],
    };
  }),
  template('metabase-connection-uri', (g) => {
    const p = v.pw(g);
    return {
      path: 'k8s/metabase-deployment.yaml',
      lines: [
        '        env:',
        '        - name: MB_DB_CONNECTION_URI',
        sec(`          value: "postgres://${v.dbHost(g)}:5432/metabase?user=metabase&password=${p}"`, p),
      ],
    };
  }),
  template('grafana-ini-admin-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'grafana/grafana.ini',
      lines: ['[security]', 'admin_user = admin', sec(`admin_password = ${p}`, p), 'disable_gravatar = true'],
    };
  }),
  template('grafana-ini-secret-key', (g) => {
    const k = g.fake.alnum(32);
    return {
      path: 'grafana/grafana.ini',
      lines: ['[security]', sec(`secret_key = ${k}`, k), 'cookie_secure = true'],
    };
  }),
  template('grafana-datasource-provisioning', (g) => {
    const p = v.pw(g);
    return {
      path: 'grafana/provisioning/datasources/postgres.yaml',
      lines: [
        'apiVersion: 1',
        'datasources:',
        '  - name: Warehouse',
        '    type: postgres',
        `    url: ${v.dbHost(g)}:5432`,
        '    user: grafana_ro',
        '    jsonData:',
        '      database: analytics',
        '      sslmode: require',
        '    secureJsonData:',
        sec(`      password: '${p}'`, p),
      ],
    };
  }),
  template('grafana-env-admin', (g) => {
    const p = v.pw(g);
    return {
      path: 'monitoring/docker-compose.yml',
      lines: [
        '  grafana:',
        '    image: grafana/grafana:11.1.0',
        '    environment:',
        sec(`      - GF_SECURITY_ADMIN_PASSWORD=${p}`, p),
        '      - GF_USERS_ALLOW_SIGN_UP=false',
      ],
    };
  }),
  template('redash-env', (g) => {
    const k = g.fake.alnum(32);
    return {
      path: 'redash/env',
      lines: [
        'PYTHONUNBUFFERED=0',
        'REDASH_LOG_LEVEL=INFO',
        sec(`REDASH_COOKIE_SECRET=${k}`, k),
        'REDASH_REDIS_URL=redis://redis:6379/0',
      ],
    };
  }),
  template('redash-api-key-python', (g) => {
    const k = g.fake.alnum(40);
    return {
      path: 'scripts/refresh_dashboards.py',
      lines: [
        'from redash_toolbelt import Redash',
        '',
        sec(`client = Redash("https://redash.acme.internal", "${k}")`, k),
        'for q in client.paginate(client.queries):',
        '    client.refresh_query(q["id"])',
      ],
    };
  }),
  template('looker-ini', (g) => {
    const s = v.lookerSecret(g);
    return {
      path: 'looker.ini',
      lines: [
        '[Looker]',
        `base_url=https://${g.pick(['acme', 'globex'])}.cloud.looker.com`,
        `client_id=${v.lookerClientId(g)}`,
        sec(`client_secret=${s}`, s),
        'verify_ssl=True',
      ],
    };
  }),
  template('looker-env', (g) => {
    const s = v.lookerSecret(g);
    return {
      path: '.env',
      lines: [
        'LOOKERSDK_BASE_URL=https://acme.cloud.looker.com',
        `LOOKERSDK_CLIENT_ID=${v.lookerClientId(g)}`,
        sec(`LOOKERSDK_CLIENT_SECRET=${s}`, s),
      ],
    };
  }),
  template('tableau-pat', (g) => {
    const s = v.tableauSecret(g);
    return {
      path: 'publish/publish_workbook.py',
      lines: [
        'import tableauserverclient as TSC',
        '',
        sec(`auth = TSC.PersonalAccessTokenAuth("ci-publisher", "${s}", site_id="analytics")`, s),
        'server = TSC.Server("https://tableau.acme.com", use_server_version=True)',
      ],
    };
  }),
  template('tableau-password-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'publish/refresh_extracts.py',
      lines: [
        sec(`tableau_auth = TSC.TableauAuth("svc_tableau", "${p}", site_id="finance")`, p),
        'server = TSC.Server("https://tableau.corp.local")',
      ],
    };
  }),
  template('kibana-yml-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'config/kibana.yml',
      lines: [
        'server.host: "0.0.0.0"',
        'elasticsearch.hosts: ["https://es01:9200"]',
        'elasticsearch.username: "kibana_system"',
        sec(`elasticsearch.password: "${p}"`, p),
      ],
    };
  }),
  template('opensearch-dashboards-yml', (g) => {
    const p = v.pw(g);
    return {
      path: 'config/opensearch_dashboards.yml',
      lines: [
        'opensearch.hosts: [https://opensearch-node1:9200]',
        'opensearch.username: kibanaserver',
        sec(`opensearch.password: ${p}`, p),
      ],
    };
  }),
  template('elasticsearch-python-api-key', (g) => {
    const k = v.esApiKey(g);
    return {
      path: 'search/indexer.py',
      lines: [
        'from elasticsearch import Elasticsearch',
        '',
        'es = Elasticsearch(',
        '    "https://search-prod.es.eu-west-1.aws.found.io:443",',
        sec(`    api_key="${k}",`, k),
        ')',
      ],
    };
  }),
  template('elasticsearch-python-basic-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'search/client.py',
      lines: [
        'from elasticsearch import Elasticsearch',
        '',
        sec(`es = Elasticsearch("https://localhost:9200", basic_auth=("elastic", "${p}"), verify_certs=False)`, p),
      ],
    };
  }),
  template('elasticsearch-curl-apikey', (g) => {
    const k = v.esApiKey(g);
    return {
      path: 'scripts/reindex.sh',
      lines: [
        '#!/bin/bash',
        sec(
          `curl -X POST "https://es.corp.local:9200/_reindex" -H "Authorization: ApiKey ${k}" -H "Content-Type: application/json" -d @reindex.json`,
          k,
        ),
      ],
    };
  }),
  template('logstash-output-es', (g) => {
    const p = v.pw(g);
    return {
      path: 'pipeline/logstash.conf',
      lines: [
        'output {',
        '  elasticsearch {',
        '    hosts => ["https://es01:9200"]',
        '    user => "logstash_writer"',
        sec(`    password => "${p}"`, p),
        '    index => "events-%{+YYYY.MM.dd}"',
        '  }',
        '}',
      ],
    };
  }),
  template('mongodb-srv-uri', (g) => {
    const p = v.pw(g);
    return {
      path: 'etl/mongo_export.py',
      lines: [
        'from pymongo import MongoClient',
        '',
        sec(
          `client = MongoClient("mongodb+srv://${v.dbUser(g)}:${p}@cluster0.${g.fake.lowerAlnum(5)}.mongodb.net/?retryWrites=true&w=majority")`,
          p,
        ),
        'events = client["app"]["events"]',
      ],
    };
  }),
  template('mongosh-password-flag', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/dump_collections.sh',
      lines: [
        '#!/bin/bash',
        sec(
          `mongodump --host mongo-01.corp.local --username backup --password "${p}" --authenticationDatabase admin --out /backup/$(date +%F)`,
          p,
        ),
      ],
    };
  }),
  template('cassandra-auth-provider', (g) => {
    const p = v.pw(g);
    return {
      path: 'ingest/cassandra_sink.py',
      lines: [
        'from cassandra.auth import PlainTextAuthProvider',
        'from cassandra.cluster import Cluster',
        '',
        sec(`auth = PlainTextAuthProvider(username="ingest", password="${p}")`, p),
        'cluster = Cluster(["cass-1.corp.local", "cass-2.corp.local"], auth_provider=auth)',
      ],
    };
  }),
  template('cqlshrc', (g) => {
    const p = v.pw(g);
    return {
      path: '.cassandra/cqlshrc',
      lines: [
        '[authentication]',
        'username = analytics',
        sec(`password = ${p}`, p),
        '',
        '[connection]',
        'hostname = cass-1.corp.local',
        'port = 9042',
      ],
    };
  }),
  template('neo4j-driver-auth', (g) => {
    const p = g.fake.base64url(43);
    return {
      path: 'graph/load_graph.py',
      lines: [
        'from neo4j import GraphDatabase',
        '',
        `URI = "neo4j+s://${g.fake.hex(8)}.databases.neo4j.io"`,
        sec(`AUTH = ("neo4j", "${p}")`, p),
        'driver = GraphDatabase.driver(URI, auth=AUTH)',
      ],
    };
  }),
  template('mlflow-tracking-env', (g) => {
    const p = v.pw(g);
    return {
      path: 'training/.env',
      lines: [
        'MLFLOW_TRACKING_URI=https://mlflow.acme.internal',
        'MLFLOW_TRACKING_USERNAME=trainer',
        sec(`MLFLOW_TRACKING_PASSWORD=${p}`, p),
      ],
    };
  }),
  template('mlflow-server-backend-uri', (g) => {
    const p = v.pw(g);
    return {
      path: 'deploy/mlflow.service',
      lines: [
        '[Service]',
        sec(
          `ExecStart=/opt/mlflow/bin/mlflow server --backend-store-uri postgresql://mlflow:${p}@${v.dbHost(g)}/mlflow --default-artifact-root s3://ml-artifacts/ --host 0.0.0.0`,
          p,
        ),
        'Restart=always',
      ],
    };
  }),
  template('wandb-env', (g) => {
    const k = v.wandbKey(g);
    return {
      path: g.pick(['.env', 'train.env']),
      lines: ['WANDB_PROJECT=churn-model', 'WANDB_ENTITY=acme-ml', sec(`WANDB_API_KEY=${k}`, k)],
    };
  }),
  template('wandb-login-code', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'train.py',
      lines: ['import wandb', '', sec(`wandb.login(key="${k}")`, k), 'run = wandb.init(project="ranker", config=cfg)'],
    };
  }),
  template('wandb-netrc', (g) => {
    const k = v.wandbKey(g);
    return {
      path: '.netrc',
      lines: ['machine api.wandb.ai', '  login user', sec(`  password ${k}`, k)],
    };
  }),
  template('hf-token-env', (g) => {
    const t = v.hfToken(g);
    return {
      path: '.env',
      lines: ['HF_HOME=/mnt/cache/hf', sec(`HF_TOKEN=${t}`, t), 'TRANSFORMERS_OFFLINE=0'],
    };
  }),
  template('hf-login-notebook', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'notebooks/finetune.ipynb',
      lines: notebook(['from huggingface_hub import login', { text: `login(token="${t}")`, value: t }]),
    };
  }),
  template('kaggle-json', (g) => {
    const k = v.kaggleKey(g);
    return {
      path: '.kaggle/kaggle.json',
      lines: [sec(`{"username":"${g.pick(['jdoe', 'asmith', 'mlteam'])}","key":"${k}"}`, k)],
    };
  }),
  template('kaggle-env-colab', (g) => {
    const k = v.kaggleKey(g);
    return {
      path: 'notebooks/download_data.py',
      lines: [
        'import os',
        'os.environ["KAGGLE_USERNAME"] = "jdoe"',
        sec(`os.environ["KAGGLE_KEY"] = "${k}"`, k),
        '!kaggle competitions download -c titanic',
      ],
    };
  }),
  template('notebook-snowflake-password', (g) => {
    const p = v.anyPw(g);
    return {
      path: 'notebooks/exploration.ipynb',
      lines: notebook([
        'import snowflake.connector',
        'conn = snowflake.connector.connect(',
        `    user='${v.sfUser(g)}',`,
        { text: `    password='${p}',`, value: p },
        `    account='${v.sfAccount(g)}')`,
      ]),
    };
  }),
  template('notebook-db-url', (g) => {
    const p = v.pw(g);
    return {
      path: 'notebooks/cohort_analysis.ipynb',
      lines: notebook([
        'import pandas as pd',
        'from sqlalchemy import create_engine',
        { text: `engine = create_engine("postgresql://${v.dbUser(g)}:${p}@${v.dbHost(g)}:5432/analytics")`, value: p },
        'df = pd.read_sql("select * from cohorts", engine)',
      ]),
    };
  }),
  template('notebook-databricks-token', (g) => {
    const t = v.databricksToken(g);
    return {
      path: 'notebooks/jobs.ipynb',
      lines: notebook([
        'import os',
        { text: `os.environ["DATABRICKS_TOKEN"] = "${t}"`, value: t },
        'from databricks.sdk import WorkspaceClient',
      ]),
    };
  }),
  template('notebook-openai-style-wandb', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'notebooks/sweep.ipynb',
      lines: notebook([
        'import wandb',
        { text: `wandb.login(key='${k}')`, value: k },
        'sweep_id = wandb.sweep(sweep_config, project="sweeps")',
      ]),
    };
  }),
];
