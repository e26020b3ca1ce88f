import type { Gen } from '../../gen';

/**
 * Values the data-platforms templates share, in the shapes each tool issues or writes them (from
 * the tools' own documentation): Databricks personal access tokens (`dapi` + 32 hex), Hugging Face
 * user tokens (`hf_`), Weights & Biases API keys (40 hex), Kaggle keys (32 hex), Fernet keys
 * (32 bytes, URL-safe base64), Confluent Cloud API key/secret pairs, Elasticsearch API keys
 * (base64 of `id:key`), Looker API3 client secrets, Tableau personal access token secrets, Prefect
 * Cloud keys (`pnu_`). Every value is generated at run time from the seeded FakeTokens; prefixes are
 * joined at run time so no token-shaped literal is committed.
 */

/** A password as a data engineer or a service account would have one. */
export function pw(g: Gen): string {
  return g.plainPassword();
}

/** A password that may carry URL-reserved characters (written inside quotes, never in a URL). */
export function anyPw(g: Gen): string {
  for (;;) {
    const p = g.password();
    if (!/["'\\`$]/.test(p)) return p;
  }
}

export function databricksToken(g: Gen): string {
  return 'da' + 'pi' + g.fake.hex(32);
}

export function hfToken(g: Gen): string {
  return 'hf' + '_' + g.fake.alnum(34);
}

export function wandbKey(g: Gen): string {
  return g.fake.hex(40);
}

export function kaggleKey(g: Gen): string {
  return g.fake.hex(32);
}

/** A Fernet key (Airflow `fernet_key`): 32 random bytes, URL-safe base64 with its padding. */
export function fernetKey(g: Gen): string {
  return g.fake.base64url(43) + '=';
}

/** A Flask-style secret key as `openssl rand -base64 42` prints it. */
export function flaskSecret(g: Gen): string {
  return g.fake.base64(56);
}

/** Airflow's generated webserver secret: base64 of 16 random bytes. */
export function airflowSecret(g: Gen): string {
  return g.fake.base64(22) + '==';
}

export function confluentKey(g: Gen): string {
  return g.fake.upperAlnum(16);
}

export function confluentSecret(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64);
}

/** An Elasticsearch API key as the `encoded` field returns it: base64 of `id:api_key`. */
export function esApiKey(g: Gen): string {
  return Buffer.from(`${g.fake.base64url(20)}:${g.fake.base64url(22)}`).toString('base64');
}

export function lookerClientId(g: Gen): string {
  return g.fake.alnum(20);
}

export function lookerSecret(g: Gen): string {
  return g.fake.alnum(24);
}

/** A Tableau personal access token secret: `<base64>==:<32 alnum>`. */
export function tableauSecret(g: Gen): string {
  return `${g.fake.base64(22)}==:${g.fake.alnum(32)}`;
}

export function prefectKey(g: Gen): string {
  return 'pn' + 'u_' + g.fake.alnum(36);
}

/** An AWS access key id: the documented `AKIA` prefix and 16 base32 characters (labelled, as elsewhere in the corpus). */
export function awsKeyId(g: Gen): string {
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}

export function awsSecret(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40);
}

/** An Azure storage account key: 64 bytes in base64. */
export function azureStorageKey(g: Gen): string {
  return g.fake.base64(86) + '==';
}

/** A PEM private key written on one line with `\n` escapes, as service-account JSON holds it. */
export function escapedPem(g: Gen): string {
  return g.fake.pem('PRIVATE KEY', 8).split('\n').join('\\n') + '\\n';
}

/** A Snowflake account identifier (public): locator and region, or org-account. */
export function sfAccount(g: Gen): string {
  return g.chance(0.5)
    ? `${g.fake.lower(2)}${g.fake.digits(5)}.${g.pick(['eu-central-1', 'us-east-2.aws', 'west-europe.azure', 'ap-southeast-2'])}`
    : `${g.pick(['acme', 'contoso', 'globex', 'initech'])}-${g.pick(['analytics', 'prod', 'dwh'])}`;
}

export function warehouse(g: Gen): string {
  return g.pick(['TRANSFORMING', 'COMPUTE_WH', 'LOADING', 'REPORTING_WH', 'DBT_XS']);
}

export function sfUser(g: Gen): string {
  return g.pick(['DBT_CLOUD', 'SVC_AIRFLOW', 'LOADER', 'TRANSFORMER', 'jdoe', 'svc_fivetran', 'ANALYTICS_RO']);
}

export function dbHost(g: Gen): string {
  return g.pick([
    `warehouse-${g.fake.lowerAlnum(6)}.${g.pick(['eu-west-1', 'us-east-1'])}.redshift.amazonaws.com`,
    `pg-analytics.${g.pick(['corp.local', 'internal.acme.io'])}`,
    `dwh-${g.pick(['prod', 'staging'])}.c${g.fake.lowerAlnum(10)}.eu-central-1.rds.amazonaws.com`,
    `mysql-reporting.${g.pick(['svc.cluster.local', 'acme.internal'])}`,
  ]);
}

export function dbUser(g: Gen): string {
  return g.pick([
    'etl',
    'dbt',
    'airflow',
    'analytics',
    'loader',
    'reporting_ro',
    'svc_dagster',
    'metabase',
    'superset',
  ]);
}

export function schema(g: Gen): string {
  return g.pick(['analytics', 'staging', 'marts', 'raw', 'dbt_jdoe', 'public', 'reporting']);
}

export function dbName(g: Gen): string {
  return g.pick(['analytics', 'warehouse', 'dwh', 'raw', 'events', 'reporting', 'lakehouse']);
}

export function workspaceHost(g: Gen): string {
  return g.chance(0.5)
    ? `adb-${g.fake.digits(16)}.${g.between(1, 19)}.azuredatabricks.net`
    : `dbc-${g.fake.hex(8)}-${g.fake.hex(4)}.cloud.databricks.com`;
}

export function kafkaBootstrap(g: Gen): string {
  return g.chance(0.5)
    ? `pkc-${g.fake.lowerAlnum(5)}.${g.pick(['eu-west-1.aws', 'us-east1.gcp', 'westeurope.azure'])}.confluent.cloud:9092`
    : `kafka-${g.between(1, 3)}.${g.pick(['corp.local', 'data.acme.internal'])}:9093`;
}

export function gcpProject(g: Gen): string {
  return `${g.pick(['acme', 'globex', 'initech'])}-${g.pick(['analytics', 'data', 'dwh'])}-${g.fake.digits(4)}`;
}

/** A BigQuery / GCS service-account key file as one JSON object, private key escaped. */
export function serviceAccountJson(g: Gen, project: string, pem: string): string {
  return JSON.stringify({
    type: 'service_account',
    project_id: project,
    private_key_id: g.fake.hex(40),
    private_key: '@PEM@',
    client_email: `dbt-runner@${project}.iam.gserviceaccount.com`,
    client_id: g.fake.digits(21),
  }).replace('@PEM@', pem);
}
