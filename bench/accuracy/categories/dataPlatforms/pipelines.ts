import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * data-platforms positives, pipelines: Airflow connections (URI and JSON environment variables, the
 * CLI, `Connection(...)` in code), `airflow.cfg` and its environment overrides (fernet key,
 * webserver secret, metadata database, Celery broker), Spark and Hadoop (`spark-defaults.conf`,
 * `core-site.xml`, `hive-site.xml`, `spark-submit --conf`), Kafka clients (JAAS, keystores,
 * librdkafka, Confluent Cloud key pairs, Schema Registry, Kafka Connect/Debezium), Prefect and
 * Dagster, Great Expectations, Meltano, Airbyte, Fivetran. Values generated at run time.
 */
export const pipelinePositives: readonly Template[] = [
  template('airflow-conn-uri-env', (g) => {
    const p = v.pw(g);
    return {
      path: g.pick(['.env', 'docker/airflow.env']),
      lines: [
        'AIRFLOW__CORE__EXECUTOR=CeleryExecutor',
        sec(
          `AIRFLOW_CONN_${g.pick(['POSTGRES_DWH', 'WAREHOUSE', 'MYSQL_CRM', 'REDSHIFT_DEFAULT'])}=postgres://${v.dbUser(g)}:${p}@${v.dbHost(g)}:5432/${v.dbName(g)}`,
          p,
        ),
        'AIRFLOW__CORE__LOAD_EXAMPLES=False',
      ],
    };
  }),
  template('airflow-conn-json-env', (g) => {
    const p = v.pw(g);
    return {
      path: 'docker-compose.override.yml',
      lines: [
        'services:',
        '  airflow-scheduler:',
        '    environment:',
        sec(
          `      AIRFLOW_CONN_SNOWFLAKE_DEFAULT: '{"conn_type": "snowflake", "login": "${v.sfUser(g)}", "password": "${p}", "extra": {"account": "${v.sfAccount(g)}", "warehouse": "${v.warehouse(g)}"}}'`,
          p,
        ),
      ],
    };
  }),
  template('airflow-cli-connections-add', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/bootstrap_airflow.sh',
      lines: [
        '#!/usr/bin/env bash',
        'airflow db migrate',
        'airflow connections add "warehouse" \\',
        '    --conn-type postgres \\',
        `    --conn-host ${v.dbHost(g)} \\`,
        `    --conn-login ${v.dbUser(g)} \\`,
        sec(`    --conn-password '${p}' \\`, p),
        '    --conn-port 5432',
      ],
    };
  }),
  template('airflow-cli-conn-uri', (g) => {
    const p = v.pw(g);
    return {
      path: 'Makefile',
      lines: [
        'airflow-conns:',
        sec(`\tairflow connections add mysql_crm --conn-uri 'mysql://${v.dbUser(g)}:${p}@${v.dbHost(g)}:3306/crm'`, p),
      ],
    };
  }),
  template('airflow-connection-object', (g) => {
    const p = v.anyPw(g);
    return {
      path: 'dags/utils/connections.py',
      lines: [
        'from airflow.models import Connection',
        '',
        'dwh = Connection(',
        '    conn_id="dwh",',
        '    conn_type="postgres",',
        `    host="${v.dbHost(g)}",`,
        `    login="${v.dbUser(g)}",`,
        sec(`    password="${p}",`, p),
        '    port=5432,',
        ')',
      ],
    };
  }),
  template('airflow-cfg-fernet', (g) => {
    const k = v.fernetKey(g);
    return {
      path: 'airflow/airflow.cfg',
      lines: [
        '[core]',
        'dags_folder = /opt/airflow/dags',
        'executor = LocalExecutor',
        sec(`fernet_key = ${k}`, k),
        'load_examples = False',
      ],
    };
  }),
  template('airflow-cfg-secret-key', (g) => {
    const k = v.airflowSecret(g);
    return {
      path: 'airflow/airflow.cfg',
      lines: [
        '[webserver]',
        'base_url = http://localhost:8080',
        'web_server_port = 8080',
        sec(`secret_key = ${k}`, k),
        'expose_config = False',
      ],
    };
  }),
  template('airflow-cfg-sql-alchemy-conn', (g) => {
    const p = v.pw(g);
    return {
      path: 'airflow/airflow.cfg',
      lines: [
        '[database]',
        sec(`sql_alchemy_conn = postgresql+psycopg2://airflow:${p}@${v.dbHost(g)}/airflow`, p),
        'sql_alchemy_pool_size = 5',
      ],
    };
  }),
  template('airflow-compose-env', (g) => {
    const k = v.fernetKey(g);
    const p = v.pw(g);
    return {
      path: 'docker-compose.yaml',
      lines: [
        'x-airflow-common:',
        '  &airflow-common',
        '  image: apache/airflow:2.9.2',
        '  environment:',
        '    &airflow-common-env',
        '    AIRFLOW__CORE__EXECUTOR: CeleryExecutor',
        sec(`    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:${p}@postgres/airflow`, p),
        sec(`    AIRFLOW__CORE__FERNET_KEY: '${k}'`, k),
        "    AIRFLOW__CORE__LOAD_EXAMPLES: 'false'",
      ],
    };
  }),
  template('airflow-celery-broker', (g) => {
    const p = v.pw(g);
    return {
      path: 'airflow/airflow.cfg',
      lines: ['[celery]', sec(`broker_url = redis://:${p}@redis:6379/0`, p), 'worker_concurrency = 16'],
    };
  }),
  template('airflow-webserver-secret-env', (g) => {
    const k = v.airflowSecret(g);
    return {
      path: 'helm/values-prod.yaml',
      lines: [
        'env:',
        '  - name: AIRFLOW__WEBSERVER__SECRET_KEY',
        sec(`    value: "${k}"`, k),
        '  - name: AIRFLOW__CORE__PARALLELISM',
        '    value: "64"',
      ],
    };
  }),
  template('airflow-helm-webserver-secret', (g) => {
    const k = g.fake.hex(32);
    return {
      path: 'helm/airflow-values.yaml',
      lines: ['executor: KubernetesExecutor', sec(`webserverSecretKey: ${k}`, k), 'webserver:', '  replicas: 2'],
    };
  }),
  template('airflow-dag-hardcoded-conn', (g) => {
    const t = v.databricksToken(g);
    return {
      path: 'dags/nightly_databricks.py',
      lines: [
        'from airflow.providers.databricks.operators.databricks import DatabricksRunNowOperator',
        '',
        'run = DatabricksRunNowOperator(',
        '    task_id="run_job",',
        `    job_id=${g.between(100, 9999)},`,
        sec(`    databricks_conn_id="databricks_default",  # token: ${t}`, t),
        ')',
      ],
    };
  }),
  template('spark-defaults-s3a', (g) => {
    const s = v.awsSecret(g);
    const id = v.awsKeyId(g);
    return {
      path: 'conf/spark-defaults.conf',
      lines: [
        'spark.master                     yarn',
        'spark.sql.shuffle.partitions     400',
        sec(`spark.hadoop.fs.s3a.access.key   ${id}`, id),
        sec(`spark.hadoop.fs.s3a.secret.key   ${s}`, s),
        'spark.hadoop.fs.s3a.impl         org.apache.hadoop.fs.s3a.S3AFileSystem',
      ],
    };
  }),
  template('spark-session-builder-s3a', (g) => {
    const s = v.awsSecret(g);
    const id = v.awsKeyId(g);
    return {
      path: 'jobs/compact_events.py',
      lines: [
        'spark = (SparkSession.builder.appName("compact-events")',
        sec(`         .config("spark.hadoop.fs.s3a.access.key", "${id}")`, id),
        sec(`         .config("spark.hadoop.fs.s3a.secret.key", "${s}")`, s),
        '         .getOrCreate())',
      ],
    };
  }),
  template('spark-submit-conf', (g) => {
    const s = v.awsSecret(g);
    const id = v.awsKeyId(g);
    return {
      path: 'scripts/submit.sh',
      lines: [
        'spark-submit \\',
        '  --master k8s://https://kubernetes.default.svc \\',
        sec(`  --conf spark.hadoop.fs.s3a.access.key=${id} \\`, id),
        sec(`  --conf spark.hadoop.fs.s3a.secret.key=${s} \\`, s),
        '  local:///opt/jobs/etl.py',
      ],
    };
  }),
  template('spark-azure-account-key', (g) => {
    const k = v.azureStorageKey(g);
    const acct = `${g.pick(['acme', 'globex'])}${g.pick(['lake', 'datalake', 'dls'])}${g.fake.digits(2)}`;
    return {
      path: 'notebooks/mount_lake.py',
      lines: [
        '# Databricks notebook source',
        sec(`spark.conf.set("fs.azure.account.key.${acct}.dfs.core.windows.net", "${k}")`, k),
        `df = spark.read.parquet("abfss://raw@${acct}.dfs.core.windows.net/events/")`,
      ],
    };
  }),
  template('hadoop-core-site-s3a', (g) => {
    const s = v.awsSecret(g);
    const id = v.awsKeyId(g);
    return {
      path: 'etc/hadoop/core-site.xml',
      lines: [
        '<configuration>',
        '  <property>',
        '    <name>fs.s3a.access.key</name>',
        sec(`    <value>${id}</value>`, id),
        '  </property>',
        '  <property>',
        '    <name>fs.s3a.secret.key</name>',
        sec(`    <value>${s}</value>`, s),
        '  </property>',
        '</configuration>',
      ],
    };
  }),
  template('hive-site-metastore-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'conf/hive-site.xml',
      lines: [
        '<configuration>',
        '  <property>',
        '    <name>javax.jdo.option.ConnectionURL</name>',
        `    <value>jdbc:mysql://${v.dbHost(g)}:3306/metastore</value>`,
        '  </property>',
        '  <property>',
        '    <name>javax.jdo.option.ConnectionUserName</name>',
        '    <value>hive</value>',
        '  </property>',
        '  <property>',
        '    <name>javax.jdo.option.ConnectionPassword</name>',
        sec(`    <value>${p}</value>`, p),
        '  </property>',
        '</configuration>',
      ],
    };
  }),
  template('kafka-client-properties-jaas', (g) => {
    const p = v.pw(g);
    return {
      path: g.pick(['config/client.properties', 'producer.properties']),
      lines: [
        `bootstrap.servers=${v.kafkaBootstrap(g)}`,
        'security.protocol=SASL_SSL',
        'sasl.mechanism=SCRAM-SHA-512',
        sec(
          `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${g.pick(['orders-producer', 'etl', 'connect'])}" password="${p}";`,
          p,
        ),
      ],
    };
  }),
  template('confluent-cloud-client-properties', (g) => {
    const k = v.confluentKey(g);
    const s = v.confluentSecret(g);
    return {
      path: 'client.properties',
      lines: [
        '# Required connection configs for Kafka producer, consumer, and admin',
        `bootstrap.servers=${v.kafkaBootstrap(g)}`,
        'security.protocol=SASL_SSL',
        sec(
          `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${k}' password='${s}';`,
          s,
        ),
        'sasl.mechanism=PLAIN',
        'client.dns.lookup=use_all_dns_ips',
      ],
    };
  }),
  template('kafka-ssl-keystore-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'config/consumer.properties',
      lines: [
        `bootstrap.servers=${v.kafkaBootstrap(g)}`,
        'security.protocol=SSL',
        'ssl.truststore.location=/var/private/ssl/kafka.client.truststore.jks',
        'ssl.keystore.location=/var/private/ssl/kafka.client.keystore.jks',
        sec(`ssl.keystore.password=${p}`, p),
        'group.id=orders-consumer',
      ],
    };
  }),
  template('librdkafka-python-config', (g) => {
    const k = v.confluentKey(g);
    const s = v.confluentSecret(g);
    return {
      path: 'streaming/producer.py',
      lines: [
        'from confluent_kafka import Producer',
        '',
        'conf = {',
        `    "bootstrap.servers": "${v.kafkaBootstrap(g)}",`,
        '    "security.protocol": "SASL_SSL",',
        '    "sasl.mechanisms": "PLAIN",',
        `    "sasl.username": "${k}",`,
        sec(`    "sasl.password": "${s}",`, s),
        '}',
        'producer = Producer(conf)',
      ],
    };
  }),
  template('schema-registry-basic-auth', (g) => {
    const k = v.confluentKey(g);
    const s = v.confluentSecret(g);
    return {
      path: 'client.properties',
      lines: [
        `schema.registry.url=https://psrc-${g.fake.lowerAlnum(5)}.europe-west3.gcp.confluent.cloud`,
        'basic.auth.credentials.source=USER_INFO',
        sec(`basic.auth.user.info=${k}:${s}`, s),
      ],
    };
  }),
  template('kafka-connect-jdbc-connector', (g) => {
    const p = v.pw(g);
    return {
      path: 'connectors/jdbc-sink-orders.json',
      lines: [
        '{',
        '  "name": "jdbc-sink-orders",',
        '  "config": {',
        '    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",',
        `    "connection.url": "jdbc:postgresql://${v.dbHost(g)}:5432/${v.dbName(g)}",`,
        `    "connection.user": "${v.dbUser(g)}",`,
        sec(`    "connection.password": "${p}",`, p),
        '    "topics": "orders",',
        '    "auto.create": "true"',
        '  }',
        '}',
      ],
    };
  }),
  template('debezium-connector', (g) => {
    const p = v.pw(g);
    return {
      path: 'connectors/debezium-mysql.json',
      lines: [
        '{',
        '  "name": "inventory-connector",',
        '  "config": {',
        '    "connector.class": "io.debezium.connector.mysql.MySqlConnector",',
        `    "database.hostname": "${v.dbHost(g)}",`,
        '    "database.port": "3306",',
        '    "database.user": "debezium",',
        sec(`    "database.password": "${p}",`, p),
        '    "database.server.id": "184054",',
        '    "topic.prefix": "dbserver1"',
        '  }',
        '}',
      ],
    };
  }),
  template('kafka-python-sasl', (g) => {
    const p = v.pw(g);
    return {
      path: 'consumers/events.py',
      lines: [
        'consumer = KafkaConsumer(',
        '    "events",',
        `    bootstrap_servers="${v.kafkaBootstrap(g)}",`,
        '    security_protocol="SASL_SSL",',
        '    sasl_mechanism="SCRAM-SHA-256",',
        '    sasl_plain_username="events-reader",',
        sec(`    sasl_plain_password="${p}",`, p),
        ')',
      ],
    };
  }),
  template('prefect-api-key-env', (g) => {
    const k = v.prefectKey(g);
    return {
      path: '.env',
      lines: [
        `PREFECT_API_URL=https://api.prefect.cloud/api/accounts/${g.fake.uuid()}/workspaces/${g.fake.uuid()}`,
        sec(`PREFECT_API_KEY=${k}`, k),
      ],
    };
  }),
  template('prefect-secret-block', (g) => {
    const p = v.pw(g);
    return {
      path: 'flows/blocks.py',
      lines: [
        'from prefect.blocks.system import Secret',
        '',
        sec(`Secret(value="${p}").save("warehouse-password", overwrite=True)`, p),
      ],
    };
  }),
  template('prefect-sqlalchemy-connector', (g) => {
    const p = v.pw(g);
    return {
      path: 'flows/create_blocks.py',
      lines: [
        'from prefect_sqlalchemy import ConnectionComponents, SqlAlchemyConnector, SyncDriver',
        '',
        'connector = SqlAlchemyConnector(',
        '    connection_info=ConnectionComponents(',
        '        driver=SyncDriver.POSTGRESQL_PSYCOPG2,',
        `        username="${v.dbUser(g)}",`,
        sec(`        password="${p}",`, p),
        `        host="${v.dbHost(g)}",`,
        '        port=5432,',
        '        database="analytics",',
        '    )',
        ')',
        'connector.save("dwh", overwrite=True)',
      ],
    };
  }),
  template('dagster-snowflake-resource', (g) => {
    const p = v.pw(g);
    return {
      path: 'orchestration/definitions.py',
      lines: [
        'from dagster import Definitions',
        'from dagster_snowflake import SnowflakeResource',
        '',
        'defs = Definitions(',
        '    assets=all_assets,',
        '    resources={',
        '        "snowflake": SnowflakeResource(',
        `            account="${v.sfAccount(g)}",`,
        `            user="${v.sfUser(g)}",`,
        sec(`            password="${p}",`, p),
        `            warehouse="${v.warehouse(g)}",`,
        '        ),',
        '    },',
        ')',
      ],
    };
  }),
  template('dagster-yaml-storage', (g) => {
    const p = v.pw(g);
    return {
      path: 'dagster_home/dagster.yaml',
      lines: [
        'storage:',
        '  postgres:',
        '    postgres_db:',
        '      username: dagster',
        sec(`      password: ${p}`, p),
        '      hostname: dagster-postgres',
        '      db_name: dagster',
        '      port: 5432',
      ],
    };
  }),
  template('great-expectations-config-variables', (g) => {
    const p = v.pw(g);
    return {
      path: 'great_expectations/uncommitted/config_variables.yml',
      lines: [
        'my_postgres_db_yaml_creds:',
        '  drivername: postgresql',
        `  host: ${v.dbHost(g)}`,
        '  port: 5432',
        `  username: ${v.dbUser(g)}`,
        sec(`  password: ${p}`, p),
        '  database: analytics',
      ],
    };
  }),
  template('great-expectations-connection-string', (g) => {
    const p = v.pw(g);
    return {
      path: 'gx/checkpoints/run.py',
      lines: [
        'import great_expectations as gx',
        '',
        'context = gx.get_context()',
        sec(
          `datasource = context.data_sources.add_postgres(name="dwh", connection_string="postgresql+psycopg2://${v.dbUser(g)}:${p}@${v.dbHost(g)}:5432/analytics")`,
          p,
        ),
      ],
    };
  }),
  template('meltano-yml-config', (g) => {
    const p = v.pw(g);
    return {
      path: 'meltano.yml',
      lines: [
        'version: 1',
        'plugins:',
        '  extractors:',
        '  - name: tap-postgres',
        '    variant: meltanolabs',
        '    config:',
        `      host: ${v.dbHost(g)}`,
        '      port: 5432',
        `      user: ${v.dbUser(g)}`,
        sec(`      password: ${p}`, p),
        '      database: app',
      ],
    };
  }),
  template('airbyte-source-config', (g) => {
    const p = v.pw(g);
    return {
      path: 'airbyte/sources/mysql_crm.json',
      lines: [
        '{',
        '  "sourceDefinitionId": "435bb9a5-7887-4809-aa58-28c27df0d7ad",',
        '  "name": "CRM MySQL",',
        '  "connectionConfiguration": {',
        `    "host": "${v.dbHost(g)}",`,
        '    "port": 3306,',
        '    "database": "crm",',
        '    "username": "airbyte",',
        sec(`    "password": "${p}",`, p),
        '    "replication_method": { "method": "CDC" }',
        '  }',
        '}',
      ],
    };
  }),
  template('fivetran-api-curl', (g) => {
    const k = g.fake.alnum(16);
    const s = g.fake.alnum(32);
    return {
      path: 'scripts/fivetran_sync.sh',
      lines: [
        '#!/bin/sh',
        sec(
          `curl -s -X POST -u "${k}:${s}" "https://api.fivetran.com/v1/connectors/${g.fake.lower(8)}_${g.fake.lower(6)}/sync"`,
          s,
        ),
      ],
    };
  }),
  template('fivetran-terraform-provider', (g) => {
    const k = g.fake.alnum(16);
    const s = g.fake.alnum(32);
    return {
      path: 'infra/fivetran/main.tf',
      lines: ['provider "fivetran" {', sec(`  api_key    = "${k}"`, k), sec(`  api_secret = "${s}"`, s), '}'],
    };
  }),
];
