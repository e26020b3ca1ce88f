import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * data-platforms positives, warehouses and their clients: dbt `profiles.yml` targets (Snowflake,
 * Postgres, Redshift, BigQuery, Databricks, Trino, ClickHouse), the Snowflake connector and its
 * config files, Databricks tokens in `.databrickscfg`, notebooks and SQL connectors, BigQuery
 * service-account keys, SQLAlchemy and pandas URLs, R `dbConnect` and `.Renviron`, ODBC DSNs,
 * Oracle `sqlplus`, Trino/Presto catalogs and ClickHouse users, as each tool's documentation
 * writes them. Values generated at run time.
 */
export const warehousePositives: readonly Template[] = [
  template('dbt-snowflake-password', (g) => {
    const q = g.pick(['', '"', "'"]);
    const p = q ? v.anyPw(g) : v.pw(g);
    return {
      path: 'profiles.yml',
      lines: [
        `${g.pick(['jaffle_shop', 'analytics', 'acme_dbt'])}:`,
        '  target: dev',
        '  outputs:',
        '    dev:',
        '      type: snowflake',
        `      account: ${v.sfAccount(g)}`,
        `      user: ${v.sfUser(g)}`,
        sec(`      password: ${q}${p}${q}`, p),
        '      role: TRANSFORMER',
        `      database: ${v.dbName(g).toUpperCase()}`,
        `      warehouse: ${v.warehouse(g)}`,
        `      schema: ${v.schema(g)}`,
        '      threads: 8',
      ],
    };
  }),
  template('dbt-snowflake-keypair-passphrase', (g) => {
    const p = v.pw(g);
    return {
      path: `${g.pick(['', '.dbt/'])}profiles.yml`,
      lines: [
        'analytics:',
        '  target: prod',
        '  outputs:',
        '    prod:',
        '      type: snowflake',
        `      account: ${v.sfAccount(g)}`,
        `      user: ${v.sfUser(g)}`,
        '      private_key_path: /opt/dbt/keys/rsa_key.p8',
        sec(`      private_key_passphrase: "${p}"`, p),
        `      warehouse: ${v.warehouse(g)}`,
        '      database: ANALYTICS',
        '      schema: marts',
      ],
    };
  }),
  template('dbt-snowflake-inline-private-key', (g) => {
    const pem = g.fake.pem('ENCRYPTED PRIVATE KEY', 6).split('\n');
    return {
      path: 'profiles.yml',
      lines: [
        'warehouse:',
        '  outputs:',
        '    ci:',
        '      type: snowflake',
        `      account: ${v.sfAccount(g)}`,
        '      user: DBT_CI',
        '      private_key: |',
        sec(`        ${pem[0]}`, pem[0]!),
        ...pem.slice(1).map((l) => `        ${l}`),
        '      database: ANALYTICS_CI',
        `      warehouse: ${v.warehouse(g)}`,
        '      schema: ci',
      ],
    };
  }),
  template('dbt-postgres-pass', (g) => {
    const p = v.anyPw(g);
    return {
      path: 'profiles.yml',
      lines: [
        'jaffle_shop:',
        '  target: dev',
        '  outputs:',
        '    dev:',
        '      type: postgres',
        `      host: ${v.dbHost(g)}`,
        `      user: ${v.dbUser(g)}`,
        sec(`      ${g.pick(['password', 'pass'])}: '${p}'`, p),
        '      port: 5432',
        `      dbname: ${v.dbName(g)}`,
        `      schema: ${v.schema(g)}`,
        '      threads: 4',
      ],
    };
  }),
  template('dbt-redshift-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'profiles.yml',
      lines: [
        'redshift_project:',
        '  target: prod',
        '  outputs:',
        '    prod:',
        '      type: redshift',
        `      host: ${v.dbHost(g)}`,
        '      port: 5439',
        `      user: ${v.dbUser(g)}`,
        sec(`      password: ${p}`, p),
        '      dbname: dev',
        '      schema: analytics',
        '      threads: 4',
        '      sslmode: require',
      ],
    };
  }),
  template('dbt-bigquery-keyfile-json', (g) => {
    const project = v.gcpProject(g);
    const pem = v.escapedPem(g);
    return {
      path: 'profiles.yml',
      lines: [
        'bq_project:',
        '  target: dev',
        '  outputs:',
        '    dev:',
        '      type: bigquery',
        '      method: service-account-json',
        `      project: ${project}`,
        '      dataset: dbt_dev',
        '      threads: 4',
        '      keyfile_json:',
        '        type: service_account',
        `        project_id: ${project}`,
        `        private_key_id: ${g.fake.hex(40)}`,
        sec(`        private_key: "${pem}"`, pem),
        `        client_email: dbt-user@${project}.iam.gserviceaccount.com`,
        `        client_id: "${g.fake.digits(21)}"`,
      ],
    };
  }),
  template('dbt-databricks-token', (g) => {
    const t = v.databricksToken(g);
    return {
      path: 'profiles.yml',
      lines: [
        'lakehouse:',
        '  target: dev',
        '  outputs:',
        '    dev:',
        '      type: databricks',
        '      catalog: main',
        `      schema: ${v.schema(g)}`,
        `      host: ${v.workspaceHost(g)}`,
        `      http_path: /sql/1.0/warehouses/${g.fake.hex(16)}`,
        sec(`      token: ${t}`, t),
        '      threads: 4',
      ],
    };
  }),
  template('dbt-trino-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'profiles.yml',
      lines: [
        'trino_lake:',
        '  target: dev',
        '  outputs:',
        '    dev:',
        '      type: trino',
        '      method: ldap',
        `      user: ${v.dbUser(g)}`,
        sec(`      password: ${p}`, p),
        `      host: trino.${g.pick(['corp.local', 'data.acme.internal'])}`,
        '      port: 443',
        '      database: hive',
        `      schema: ${v.schema(g)}`,
        '      http_scheme: https',
      ],
    };
  }),
  template('dbt-clickhouse-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'profiles.yml',
      lines: [
        'ch_events:',
        '  target: prod',
        '  outputs:',
        '    prod:',
        '      type: clickhouse',
        `      schema: ${v.schema(g)}`,
        '      host: clickhouse.internal',
        '      port: 8443',
        '      user: dbt',
        sec(`      password: "${p}"`, p),
        '      secure: true',
      ],
    };
  }),
  template('snowflake-connector-python', (g) => {
    const p = v.anyPw(g);
    return {
      path: `${g.pick(['etl', 'scripts', 'jobs'])}/${g.pick(['load_orders', 'export_daily', 'sync_stripe'])}.py`,
      lines: [
        'import snowflake.connector',
        '',
        'conn = snowflake.connector.connect(',
        `    user="${v.sfUser(g)}",`,
        sec(`    password="${p}",`, p),
        `    account="${v.sfAccount(g)}",`,
        `    warehouse="${v.warehouse(g)}",`,
        '    database="RAW",',
        '    schema="STRIPE",',
        ')',
        'cur = conn.cursor()',
        'cur.execute("select current_version()")',
      ],
    };
  }),
  template('snowflake-sqlalchemy-url', (g) => {
    const p = v.pw(g);
    const user = v.sfUser(g);
    return {
      path: 'notebooks/helpers/db.py',
      lines: [
        'from sqlalchemy import create_engine',
        '',
        sec(
          `engine = create_engine("snowflake://${user}:${p}@${v.sfAccount(g)}/ANALYTICS/MARTS?warehouse=${v.warehouse(g)}&role=REPORTER")`,
          p,
        ),
        'df = pd.read_sql("select * from dim_customers limit 100", engine)',
      ],
    };
  }),
  template('snowsql-config', (g) => {
    const p = v.pw(g);
    return {
      path: '.snowsql/config',
      lines: [
        '[connections]',
        `accountname = ${v.sfAccount(g)}`,
        `username = ${v.sfUser(g)}`,
        sec(`password = ${p}`, p),
        `warehousename = ${v.warehouse(g)}`,
        '',
        '[options]',
        'log_level = INFO',
        'output_format = psql',
      ],
    };
  }),
  template('snowflake-connections-toml', (g) => {
    const p = v.pw(g);
    return {
      path: '.snowflake/connections.toml',
      lines: [
        '[myconnection]',
        `account = "${v.sfAccount(g)}"`,
        `user = "${v.sfUser(g)}"`,
        sec(`password = "${p}"`, p),
        `warehouse = "${v.warehouse(g)}"`,
        'database = "ANALYTICS"',
        'schema = "PUBLIC"',
      ],
    };
  }),
  template('snowflake-key-file-pwd', (g) => {
    const p = v.pw(g);
    return {
      path: 'ingest/snow.py',
      lines: [
        'conn = snowflake.connector.connect(',
        `    account="${v.sfAccount(g)}",`,
        '    user="SVC_INGEST",',
        '    authenticator="SNOWFLAKE_JWT",',
        '    private_key_file="/secrets/rsa_key.p8",',
        sec(`    private_key_file_pwd="${p}",`, p),
        ')',
      ],
    };
  }),
  template('spark-snowflake-options', (g) => {
    const p = v.pw(g);
    return {
      path: 'jobs/spark_to_snowflake.py',
      lines: [
        'sf_options = {',
        `    "sfURL": "${v.sfAccount(g)}.snowflakecomputing.com",`,
        `    "sfUser": "${v.sfUser(g)}",`,
        sec(`    "sfPassword": "${p}",`, p),
        '    "sfDatabase": "RAW",',
        '    "sfSchema": "EVENTS",',
        `    "sfWarehouse": "${v.warehouse(g)}",`,
        '}',
        'df.write.format("snowflake").options(**sf_options).option("dbtable", "PAGE_VIEWS").mode("append").save()',
      ],
    };
  }),
  template('snowsql-env-export', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/unload.sh',
      lines: [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        `export SNOWSQL_ACCOUNT=${v.sfAccount(g)}`,
        'export SNOWSQL_USER=LOADER',
        sec(`export SNOWSQL_PWD='${p}'`, p),
        'snowsql -q "copy into @unload_stage from analytics.marts.fct_orders"',
      ],
    };
  }),
  template('databrickscfg-token', (g) => {
    const t = v.databricksToken(g);
    return {
      path: '.databrickscfg',
      lines: [
        '[DEFAULT]',
        `host = https://${v.workspaceHost(g)}`,
        sec(`token = ${t}`, t),
        '',
        '[staging]',
        `host = https://${v.workspaceHost(g)}`,
        'auth_type = databricks-cli',
      ],
    };
  }),
  template('databricks-notebook-token', (g) => {
    const t = v.databricksToken(g);
    return {
      path: 'notebooks/jobs_api.py',
      lines: [
        '# Databricks notebook source',
        'import requests',
        '',
        `DATABRICKS_HOST = "https://${v.workspaceHost(g)}"`,
        sec(`DATABRICKS_TOKEN = "${t}"`, t),
        '',
        '# COMMAND ----------',
        'resp = requests.get(f"{DATABRICKS_HOST}/api/2.1/jobs/list", headers={"Authorization": f"Bearer {DATABRICKS_TOKEN}"})',
      ],
    };
  }),
  template('databricks-sql-connector', (g) => {
    const t = v.databricksToken(g);
    return {
      path: 'app/queries.py',
      lines: [
        'from databricks import sql',
        '',
        'with sql.connect(',
        `    server_hostname="${v.workspaceHost(g)}",`,
        `    http_path="/sql/1.0/warehouses/${g.fake.hex(16)}",`,
        sec(`    access_token="${t}",`, t),
        ') as connection:',
        '    with connection.cursor() as cursor:',
        '        cursor.execute("SELECT * FROM samples.nyctaxi.trips LIMIT 10")',
      ],
    };
  }),
  template('databricks-env-file', (g) => {
    const t = v.databricksToken(g);
    return {
      path: '.env',
      lines: [
        `DATABRICKS_HOST=https://${v.workspaceHost(g)}`,
        sec(`DATABRICKS_TOKEN=${t}`, t),
        `DATABRICKS_WAREHOUSE_ID=${g.fake.hex(16)}`,
      ],
    };
  }),
  template('databricks-jdbc-url', (g) => {
    const t = v.databricksToken(g);
    return {
      path: 'conf/datasource.properties',
      lines: [
        'datasource.driver=com.databricks.client.jdbc.Driver',
        sec(
          `datasource.url=jdbc:databricks://${v.workspaceHost(g)}:443/default;transportMode=http;ssl=1;httpPath=/sql/1.0/warehouses/${g.fake.hex(16)};AuthMech=3;UID=token;PWD=${t}`,
          t,
        ),
      ],
    };
  }),
  template('databricks-terraform-provider', (g) => {
    const t = v.databricksToken(g);
    return {
      path: 'infra/databricks/provider.tf',
      lines: ['provider "databricks" {', `  host  = "https://${v.workspaceHost(g)}"`, sec(`  token = "${t}"`, t), '}'],
    };
  }),
  template('bigquery-sa-json-inline-python', (g) => {
    const project = v.gcpProject(g);
    const pem = v.escapedPem(g);
    return {
      path: 'pipelines/bq_client.py',
      lines: [
        'from google.cloud import bigquery',
        'from google.oauth2 import service_account',
        '',
        'info = {',
        '    "type": "service_account",',
        `    "project_id": "${project}",`,
        `    "private_key_id": "${g.fake.hex(40)}",`,
        sec(`    "private_key": "${pem}",`, pem),
        `    "client_email": "loader@${project}.iam.gserviceaccount.com",`,
        '    "token_uri": "https://oauth2.googleapis.com/token",',
        '}',
        'creds = service_account.Credentials.from_service_account_info(info)',
        'client = bigquery.Client(credentials=creds, project=info["project_id"])',
      ],
    };
  }),
  template('bigquery-sa-json-env', (g) => {
    const project = v.gcpProject(g);
    const pem = v.escapedPem(g);
    const json = v.serviceAccountJson(g, project, pem);
    return {
      path: '.env',
      lines: [`GCP_PROJECT=${project}`, sec(`GOOGLE_SERVICE_ACCOUNT_JSON='${json}'`, pem), 'BQ_DATASET=raw_events'],
    };
  }),
  template('sqlalchemy-postgres-url', (g) => {
    const p = v.pw(g);
    return {
      path: `${g.pick(['analysis', 'etl', 'src/warehouse'])}/db.py`,
      lines: [
        'import pandas as pd',
        'from sqlalchemy import create_engine',
        '',
        sec(
          `engine = create_engine("postgresql+psycopg2://${v.dbUser(g)}:${p}@${v.dbHost(g)}:5432/${v.dbName(g)}")`,
          p,
        ),
        'orders = pd.read_sql("SELECT * FROM orders WHERE created_at > now() - interval \'7 days\'", engine)',
      ],
    };
  }),
  template('pandas-read-sql-url', (g) => {
    const p = v.pw(g);
    return {
      path: 'notebooks/churn_model.py',
      lines: [
        'import pandas as pd',
        '',
        sec(
          `df = pd.read_sql_query("select * from marts.fct_subscriptions", "mysql+pymysql://${v.dbUser(g)}:${p}@${v.dbHost(g)}/${v.dbName(g)}")`,
          p,
        ),
        'df.head()',
      ],
    };
  }),
  template('psycopg2-connect', (g) => {
    const p = v.anyPw(g);
    return {
      path: 'extract/postgres_extract.py',
      lines: [
        'import psycopg2',
        '',
        'conn = psycopg2.connect(',
        `    host="${v.dbHost(g)}",`,
        `    dbname="${v.dbName(g)}",`,
        `    user="${v.dbUser(g)}",`,
        sec(`    password="${p}",`, p),
        '    port=5432,',
        ')',
      ],
    };
  }),
  template('redshift-connector', (g) => {
    const p = v.pw(g);
    return {
      path: 'jobs/redshift_unload.py',
      lines: [
        'import redshift_connector',
        '',
        'conn = redshift_connector.connect(',
        `    host="${v.dbHost(g)}",`,
        "    database='dev',",
        `    user='${v.dbUser(g)}',`,
        sec(`    password='${p}'`, p),
        ')',
      ],
    };
  }),
  template('r-dbconnect-postgres', (g) => {
    const p = v.anyPw(g);
    return {
      path: `R/${g.pick(['load_data', 'connect', 'report'])}.R`,
      lines: [
        'library(DBI)',
        'library(RPostgres)',
        '',
        'con <- dbConnect(RPostgres::Postgres(),',
        `                 dbname = "${v.dbName(g)}",`,
        `                 host = "${v.dbHost(g)}",`,
        '                 port = 5432,',
        `                 user = "${v.dbUser(g)}",`,
        sec(`                 password = "${p}")`, p),
        'sales <- dbGetQuery(con, "SELECT region, sum(amount) FROM sales GROUP BY 1")',
      ],
    };
  }),
  template('r-odbc-snowflake', (g) => {
    const p = v.pw(g);
    return {
      path: 'analysis/snowflake.Rmd',
      lines: [
        '```{r setup}',
        'con <- DBI::dbConnect(odbc::odbc(),',
        '                      Driver = "SnowflakeDSIIDriver",',
        `                      Server = "${v.sfAccount(g)}.snowflakecomputing.com",`,
        `                      UID = "${v.sfUser(g)}",`,
        sec(`                      PWD = "${p}",`, p),
        `                      Warehouse = "${v.warehouse(g)}")`,
        '```',
      ],
    };
  }),
  template('renviron', (g) => {
    const p = v.pw(g);
    return {
      path: '.Renviron',
      lines: [
        'R_LIBS_USER=~/R/library',
        `PGHOST=${v.dbHost(g)}`,
        `PGUSER=${v.dbUser(g)}`,
        sec(`PGPASSWORD=${p}`, p),
        'PGDATABASE=analytics',
      ],
    };
  }),
  template('r-sys-setenv', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/setup.R',
      lines: [
        sec(`Sys.setenv(SNOWFLAKE_PASSWORD = "${p}")`, p),
        `Sys.setenv(SNOWFLAKE_USER = "${v.sfUser(g)}")`,
        'source("R/connect.R")',
      ],
    };
  }),
  template('r-keyring-set', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/keys.R',
      lines: [
        'library(keyring)',
        sec(`keyring::key_set_with_value(service = "warehouse", username = "${v.dbUser(g)}", password = "${p}")`, p),
        'pw <- keyring::key_get("warehouse", "analytics")',
      ],
    };
  }),
  template('odbc-ini-dsn', (g) => {
    const p = v.pw(g);
    return {
      path: g.pick(['.odbc.ini', 'etc/odbc.ini']),
      lines: [
        '[Reporting]',
        'Driver = PostgreSQL Unicode',
        `Servername = ${v.dbHost(g)}`,
        'Port = 5432',
        `Database = ${v.dbName(g)}`,
        `Username = ${v.dbUser(g)}`,
        sec(`${g.pick(['Password', 'PWD'])} = ${p}`, p),
        'SSLmode = require',
      ],
    };
  }),
  template('odbc-connection-string-python', (g) => {
    const p = v.pw(g);
    return {
      path: 'etl/mssql_extract.py',
      lines: [
        'import pyodbc',
        '',
        sec(
          `cnxn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=${v.dbHost(g)};DATABASE=${v.dbName(g)};UID=${v.dbUser(g)};PWD=${p};Encrypt=yes")`,
          p,
        ),
      ],
    };
  }),
  template('sqlplus-userpass', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/nightly_extract.sh',
      lines: [
        '#!/bin/sh',
        '. /opt/oracle/env.sh',
        sec(`sqlplus -s ${g.pick(['etl', 'dwh_loader', 'reporting'])}/${p}@ORCLPDB1 @extract_orders.sql`, p),
        'gzip -f /data/out/orders.csv',
      ],
    };
  }),
  template('oracle-cx-connect', (g) => {
    const p = v.pw(g);
    return {
      path: 'etl/oracle_src.py',
      lines: [
        'import oracledb',
        '',
        sec(`conn = oracledb.connect(user="dwh_reader", password="${p}", dsn="erp-db.corp.local:1521/ERPPROD")`, p),
      ],
    };
  }),
  template('trino-catalog-password', (g) => {
    const p = v.pw(g);
    return {
      path: `etc/catalog/${g.pick(['postgres', 'mysql', 'sqlserver'])}.properties`,
      lines: [
        'connector.name=postgresql',
        `connection-url=jdbc:postgresql://${v.dbHost(g)}:5432/${v.dbName(g)}`,
        `connection-user=${v.dbUser(g)}`,
        sec(`connection-password=${p}`, p),
      ],
    };
  }),
  template('trino-hive-s3-secret', (g) => {
    const s = v.awsSecret(g);
    const id = v.awsKeyId(g);
    return {
      path: 'etc/catalog/hive.properties',
      lines: [
        'connector.name=hive',
        'hive.metastore.uri=thrift://metastore:9083',
        sec(`hive.s3.aws-access-key=${id}`, id),
        sec(`hive.s3.aws-secret-key=${s}`, s),
      ],
    };
  }),
  template('trino-python-basic-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'reports/trino_query.py',
      lines: [
        'from trino.dbapi import connect',
        'from trino.auth import BasicAuthentication',
        '',
        'conn = connect(',
        '    host="trino.data.acme.internal",',
        '    port=443,',
        `    user="${v.dbUser(g)}",`,
        sec(`    auth=BasicAuthentication("${v.dbUser(g)}", "${p}"),`, p),
        '    http_scheme="https",',
        ')',
      ],
    };
  }),
  template('clickhouse-users-xml', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/clickhouse-server/users.d/etl.xml',
      lines: [
        '<clickhouse>',
        '    <users>',
        '        <etl>',
        sec(`            <password>${p}</password>`, p),
        '            <networks><ip>::/0</ip></networks>',
        '            <profile>default</profile>',
        '            <quota>default</quota>',
        '        </etl>',
        '    </users>',
        '</clickhouse>',
      ],
    };
  }),
  template('clickhouse-users-sha256', (g) => {
    const h = g.fake.hex(64);
    return {
      path: 'etc/clickhouse-server/users.xml',
      lines: [
        '<clickhouse>',
        '  <users>',
        '    <reporting>',
        sec(`      <password_sha256_hex>${h}</password_sha256_hex>`, h),
        '      <networks><ip>10.0.0.0/8</ip></networks>',
        '    </reporting>',
        '  </users>',
        '</clickhouse>',
      ],
    };
  }),
  template('clickhouse-connect-python', (g) => {
    const p = v.pw(g);
    return {
      path: 'analytics/ch.py',
      lines: [
        'import clickhouse_connect',
        '',
        sec(
          `client = clickhouse_connect.get_client(host="ch.internal", username="default", password="${p}", secure=True)`,
          p,
        ),
        'result = client.query("SELECT count() FROM events")',
      ],
    };
  }),
  template('clickhouse-client-cli', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/backfill.sh',
      lines: [
        '#!/bin/bash',
        sec(
          `clickhouse-client --host ch-01.corp.local --user etl --password '${p}' --query "OPTIMIZE TABLE events FINAL"`,
          p,
        ),
      ],
    };
  }),
  template('jdbc-url-password-param', (g) => {
    const p = v.pw(g);
    return {
      path: 'src/main/resources/application.properties',
      lines: [
        'spark.app.name=orders-ingest',
        sec(
          `source.jdbc.url=jdbc:postgresql://${v.dbHost(g)}:5432/${v.dbName(g)}?user=${v.dbUser(g)}&password=${p}&ssl=true`,
          p,
        ),
      ],
    };
  }),
  template('spark-jdbc-read-options', (g) => {
    const p = v.pw(g);
    return {
      path: 'jobs/ingest_orders.py',
      lines: [
        'df = (spark.read.format("jdbc")',
        `      .option("url", "jdbc:mysql://${v.dbHost(g)}:3306/${v.dbName(g)}")`,
        '      .option("dbtable", "orders")',
        `      .option("user", "${v.dbUser(g)}")`,
        sec(`      .option("password", "${p}")`, p),
        '      .load())',
      ],
    };
  }),
];
