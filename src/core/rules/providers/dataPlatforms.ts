// Credentials as data-engineering tools write them where no assignment or call shape carries them:
// spark-defaults.conf's whitespace-separated properties (`spark.hadoop.fs.s3a.secret.key  ...`), the
// Kafka Schema Registry client's `basic.auth.user.info=<key>:<secret>`, Kaggle's `kaggle.json`
// (`{"username": ..., "key": <32 hex>}`), ClickHouse `users.xml` password hashes
// (`<password_sha256_hex>`, `<password_double_sha1_hex>`: a fast unsalted hash of the password,
// crackable offline) and Prefect's `Secret(value="...")` block. Formats from each tool's reference
// documentation. Candidates are judged by the shared judge (../judge) where a name and value are all
// there is; the fixed formats check their own shape.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup, judgedPassword } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { sinkVerdict } from './knownDefaults';

/**
 * A Spark property opening its line, then blanks and a bare value (spark-defaults.conf's format:
 * the name, whitespace, the value). The name's secret word is left to the judge. Bounded runs: a
 * name of 80 characters holds an Azure account-key property, 40 blanks the template's alignment.
 */
const SPARK_PROPERTY =
  /(?<name>spark\.(?:hadoop|ssl|authenticate|kubernetes|yarn|mesos|executorEnv|driverEnv|appMasterEnv)\.[\w.-]{1,80})[ \t]{1,40}(?<secret>[^\s"']{6,120})[ \t]{0,20}$/;

/** The Schema Registry client's user info: `<key>:<secret>` after the property. */
const USER_INFO =
  /basic\.auth\.user\.info["']?\s{0,4}[=:]\s{0,4}["']?[^\s:"'${}]{1,100}:(?<secret>[^\s"'${}]{8,200})["']?(?=[\s,;]|$)/i;

/** kaggle.json: the user name, then the API key (32 hex, as Kaggle issues it). */
const KAGGLE_JSON =
  /"username"\s{0,4}:\s{0,4}"[^"\n]{1,64}"\s{0,4},\s{0,4}"key"\s{0,4}:\s{0,4}"(?<secret>[0-9a-f]{32})"/;

/**
 * `KAGGLE_KEY` assigned 32 hex (`.env`, `export`, `os.environ["KAGGLE_KEY"] = ...`): the service's
 * own rule, since the catalogue's service words leave `KAGGLE_KEY` to it (named-key-assignment defers).
 */
const KAGGLE_KEY_ASSIGNED = /kaggle_key["']?\]?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[0-9a-f]{32})(?![0-9a-z])/i;

/** ClickHouse's hashed user password elements. */
const CLICKHOUSE_HASH =
  /<password_(?:sha256|double_sha1)_hex>\s{0,4}(?<secret>[0-9a-fA-F]{40}|[0-9a-fA-F]{64})\s{0,4}<\/password_/;

/** Prefect's Secret block built from a literal (`Secret(value="...")`). */
const PREFECT_SECRET = /\bSecret\(\s{0,4}value\s{0,2}=\s{0,2}["'](?<secret>[^"'\n\\]{1,200})["']/;

const judgeSparkProperty = judgedByNameGroup(SPARK_PROPERTY, {
  form: 'a secret Spark property in spark-defaults.conf',
});
const judgeUserInfo = judgedPassword('the secret of a Schema Registry basic-auth user info', false);
// A block's value is most often a password: judged as one (a weak word with digits counts).
const judgePrefectSecret = judgedPassword('the value of a Prefect Secret block', true);

/** A hex digest with both letters and digits and not one repeated character: a real digest, not a filler. */
function isMixedHex(secret: string): boolean {
  return /[a-f]/i.test(secret) && /\d/.test(secret) && !/^(.)\1+$/.test(secret);
}

const kaggleVerdict = sinkVerdict('the API key of a kaggle.json credentials file');

/** What both Kaggle rules report and how they judge: kaggle.json and KAGGLE_KEY hold the same key. */
const KAGGLE_FINDING = {
  provider: 'Data platforms',
  confidence: 'high',
  envVar: 'KAGGLE_KEY',
  docs: 'https://www.kaggle.com/docs/api',
  risk: "Downloads the account's datasets and competitions' data and publishes datasets, notebooks and models as the user.",
  validate: (secret: string, match: string, context: MatchContext): boolean | Verdict =>
    isMixedHex(secret) && kaggleVerdict(secret, match, context),
} as const;

export const dataPlatformRules: readonly Rule[] = [
  {
    id: 'spark-defaults-secret-property',
    title: 'Secret Spark property in spark-defaults.conf (spark.hadoop.fs.s3a.secret.key, spark.ssl.*Password)',
    provider: 'Data platforms',
    keywords: [
      'spark.hadoop.',
      'spark.ssl.',
      'spark.authenticate.',
      'spark.kubernetes.',
      'spark.yarn.',
      'spark.mesos.',
      'spark.executorenv.',
      'spark.driverenv.',
      'spark.appmasterenv.',
    ],
    pattern: SPARK_PROPERTY,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'AWS_SECRET_ACCESS_KEY',
    docs: 'https://spark.apache.org/docs/latest/configuration.html',
    risk: 'Whoever reads the configuration has the storage key, keystore password or shared secret the cluster uses.',
    validate: judgeSparkProperty,
    examples: {
      embed: false,
      path: 'conf/spark-defaults.conf',
      positives: (fake) => [
        `spark.hadoop.fs.s3a.secret.key   ${fake.base64(40)}`,
        `spark.ssl.keyStorePassword       ${fake.alnum(14)}`,
        `spark.authenticate.secret ${fake.hex(32)}`,
        `spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net  ${fake.base64(86)}==`,
        `spark.kubernetes.driverEnv.DB_PASSWORD ${fake.alnum(16)}`,
        `spark.yarn.appMasterEnv.API_TOKEN ${fake.alnum(32)}`,
        `spark.mesos.secret  ${fake.alnum(20)}`,
        `spark.executorEnv.PGPASSWORD ${fake.alnum(14)}`,
        `spark.driverEnv.SERVICE_SECRET ${fake.alnum(24)}`,
        `spark.appMasterEnv.DB_PASSWORD ${fake.alnum(14)}`,
      ],
      negatives: [
        { text: 'spark.hadoop.fs.s3a.secret.key   ${env.AWS_SECRET_ACCESS_KEY}', why: 'read from the environment' },
        {
          text: 'spark.hadoop.fs.s3a.aws.credentials.provider  com.amazonaws.auth.DefaultAWSCredentialsProviderChain',
          why: 'no secret',
        },
        { text: 'spark.ssl.keyStore   /etc/spark/keystore.jks', why: 'a path' },
        { text: 'spark.sql.shuffle.partitions 400', why: 'not a secret property' },
        { text: 'val key = spark.hadoop.fs.s3a.secret.key ', why: 'code, mid-line' },
        { text: 'spark.ssl.keyPassword   changeme', why: 'a stand-in' },
      ],
    },
  },
  {
    id: 'schema-registry-user-info',
    title: 'Secret in a Schema Registry basic.auth.user.info (<key>:<secret>)',
    provider: 'Data platforms',
    keywords: ['basic.auth.user.info'],
    pattern: USER_INFO,
    confidence: 'medium',
    envVar: 'CONFLUENT_SR_API_SECRET',
    docs: 'https://docs.confluent.io/platform/current/schema-registry/security/index.html',
    risk: "Reads and writes the registry's schemas as that key's account.",
    validate: judgeUserInfo,
    examples: {
      embed: false,
      path: 'client.properties',
      positives: (fake) => [
        `basic.auth.user.info=${fake.upperAlnum(16)}:${fake.base64(64)}`,
        `schema.registry.basic.auth.user.info=sr-reader:${fake.alnum(16)}`,
        `    "basic.auth.user.info": "${fake.upperAlnum(16)}:${fake.alnum(64)}",`,
      ],
      negatives: [
        { text: 'basic.auth.user.info={{ SR_API_KEY }}:{{ SR_API_SECRET }}', why: 'templated' },
        { text: 'basic.auth.user.info=${SR_KEY}:${SR_SECRET}', why: 'read from the environment' },
        { text: 'basic.auth.user.info=<api-key>:<api-secret>', why: 'a placeholder' },
        { text: 'basic.auth.credentials.source=USER_INFO', why: 'no secret' },
      ],
    },
  },
  {
    ...KAGGLE_FINDING,
    id: 'kaggle-json-key',
    title: 'Kaggle API key in kaggle.json',
    keywords: ['"username"'],
    pattern: KAGGLE_JSON,
    startsAtKeyword: true,
    examples: {
      embed: false,
      path: '.kaggle/kaggle.json',
      positives: (fake) => [
        `{"username":"jdoe","key":"${fake.hex(32)}"}`,
        `{\n  "username": "ml-team", "key": "${fake.hex(32)}"\n}`,
      ],
      negatives: [
        { text: '{"username":"<your-username>","key":"<your-api-key>"}', why: 'placeholders' },
        { text: '{"username":"jdoe","key":"00000000000000000000000000000000"}', why: 'a filler' },
        { text: '{"username": "jdoe", "key": "name"}', why: 'not a key' },
      ],
    },
  },
  {
    ...KAGGLE_FINDING,
    id: 'kaggle-key-assignment',
    title: 'Kaggle API key assigned to KAGGLE_KEY',
    keywords: ['kaggle_key'],
    pattern: KAGGLE_KEY_ASSIGNED,
    startsAtKeyword: true,
    examples: {
      embed: false,
      path: 'notebooks/setup.py',
      positives: (fake) => [
        `os.environ["KAGGLE_KEY"] = "${fake.hex(32)}"`,
        `export KAGGLE_KEY=${fake.hex(32)}`,
        `KAGGLE_KEY = '${fake.hex(32)}'`,
      ],
      negatives: [
        { text: 'os.environ["KAGGLE_KEY"] = userdata.get("KAGGLE_KEY")', why: 'read from the Colab secrets' },
        { text: 'KAGGLE_KEY=<your-kaggle-key>', why: 'a placeholder' },
        { text: 'KAGGLE_KEY=${{ secrets.KAGGLE_KEY }}', why: 'a CI secret reference' },
      ],
    },
  },
  {
    id: 'clickhouse-password-hash',
    title: 'ClickHouse user password hash (password_sha256_hex, password_double_sha1_hex)',
    provider: 'Data platforms',
    keywords: ['<password_sha256_hex>', '<password_double_sha1_hex>'],
    pattern: CLICKHOUSE_HASH,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'CLICKHOUSE_PASSWORD',
    docs: 'https://clickhouse.com/docs/operations/settings/settings-users',
    risk: 'An unsalted fast hash of the password: a dictionary attack recovers a weak one in seconds, and logs in as the user.',
    validate: (secret) =>
      isMixedHex(secret) && { why: 'stored password hash of a ClickHouse user (crackable offline)' },
    examples: {
      embed: false,
      path: 'etc/clickhouse-server/users.xml',
      positives: (fake) => [
        `      <password_sha256_hex>${fake.hex(64)}</password_sha256_hex>`,
        `<password_double_sha1_hex>${fake.hex(40)}</password_double_sha1_hex>`,
      ],
      negatives: [
        { text: '<password_sha256_hex></password_sha256_hex>', why: 'empty' },
        { text: '<password_sha256_hex>${CH_PASSWORD_HASH}</password_sha256_hex>', why: 'templated' },
      ],
    },
  },
  {
    id: 'prefect-secret-block-literal',
    title: 'Prefect Secret block built from a literal (Secret(value="..."))',
    provider: 'Data platforms',
    keywords: ['secret(value=', 'secret(value =', 'secret( value='],
    pattern: PREFECT_SECRET,
    confidence: 'medium',
    envVar: 'PREFECT_SECRET_VALUE',
    docs: 'https://docs.prefect.io/v3/develop/blocks',
    risk: 'The value the block was meant to keep out of the code is in the code for anyone to read.',
    validate: judgePrefectSecret,
    examples: {
      embed: false,
      path: 'flows/blocks.py',
      positives: (fake) => [
        `Secret(value="${fake.alnum(16)}").save("warehouse-password")`,
        `block = Secret(value = '${fake.alnum(24)}')`,
        `Secret( value="${fake.alnum(20)}")`,
      ],
      negatives: [
        {
          text: 'Secret(value=os.environ["WAREHOUSE_PASSWORD"]).save("warehouse-password")',
          why: 'read from the environment',
        },
        { text: 'Secret(value="<your-secret>").save("x")', why: 'a placeholder' },
        { text: 'Secret.load("warehouse-password").get()', why: 'a lookup' },
      ],
    },
  },
];
