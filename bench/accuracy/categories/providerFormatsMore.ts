import { type Template, template } from '../draft';
import type { Gen } from '../gen';

// More prefixed tokens, in the formats the providers' docs give (the rule files in
// src/core/rules/providers cite each). Prefixes are split and bodies generated at run time, so this
// file holds no token-shaped literal.

/** [case name, the variable the provider's docs suggest, a fake token]. */
export const MORE_PROVIDER_TOKENS: ReadonlyArray<readonly [string, string, (g: Gen) => string]> = [
  ['tailscale', 'TS_AUTHKEY', (g) => 'tskey' + '-auth-k' + g.fake.alnum(7) + 'CNTRL-' + g.fake.alnum(33)],
  [
    'harness',
    'HARNESS_API_KEY',
    (g) => 'pa' + 't.' + g.fake.base64url(22) + '.' + g.fake.hex(24) + '.' + g.fake.alnum(20),
  ],
  ['axiom', 'AXIOM_TOKEN', (g) => 'xa' + 'at-' + g.fake.uuid()],
  ['posthog-personal', 'POSTHOG_PERSONAL_API_KEY', (g) => 'ph' + 'x_' + g.fake.alnum(43)],
  ['prefect', 'PREFECT_API_KEY', (g) => 'pn' + 'u_' + g.fake.alnum(36)],
  ['scalingo', 'SCALINGO_API_TOKEN', (g) => 'tk' + '-us-' + g.fake.base64url(48)],
  ['readme', 'README_API_KEY', (g) => 'rd' + 'me_' + g.fake.lowerAlnum(70)],
  ['duffel', 'DUFFEL_ACCESS_TOKEN', (g) => 'duffel' + '_live_' + g.fake.base64url(43)],
  ['contentful', 'CONTENTFUL_MANAGEMENT_TOKEN', (g) => 'CF' + 'PAT-' + g.fake.base64url(43)],
  ['frameio', 'FRAMEIO_TOKEN', (g) => 'fio' + '-u-' + g.fake.base64url(64)],
  ['hubspot', 'HUBSPOT_ACCESS_TOKEN', (g) => 'pat' + '-na1-' + g.fake.uuid()],
  ['clickup', 'CLICKUP_API_TOKEN', (g) => 'p' + 'k_' + g.fake.digits(8) + '_' + g.fake.upperAlnum(32)],
  ['clojars', 'CLOJARS_DEPLOY_TOKEN', (g) => 'CLOJARS' + '_' + g.fake.hex(60)],
  ['crates-io', 'CARGO_REGISTRY_TOKEN', (g) => 'ci' + 'o' + g.fake.alnum(31) + g.fake.digits(1)],
  ['infracost', 'INFRACOST_API_KEY', (g) => 'ic' + 'o-' + g.fake.alnum(32)],
  ['openshift', 'OPENSHIFT_TOKEN', (g) => 'sha256' + '~' + g.fake.base64url(43)],
  ['octopus', 'OCTOPUS_API_KEY', (g) => 'AP' + 'I-' + g.fake.upperAlnum(25) + g.fake.digits(1)],
  ['adobe', 'ADOBE_CLIENT_SECRET', (g) => 'p8' + 'e-' + g.fake.base64url(32)],
  ['clickhouse', 'CLICKHOUSE_KEY_SECRET', (g) => '4b' + '1d' + g.fake.alnum(36) + 'a' + g.fake.digits(1)],
  ['defined-networking', 'DN_API_KEY', (g) => 'dn' + 'key-' + g.fake.upperAlnum(26) + '-' + g.fake.upperAlnum(52)],
  ['langfuse', 'LANGFUSE_SECRET_KEY', (g) => 'sk' + '-lf-' + g.fake.uuid()],
  ['llamacloud', 'LLAMA_CLOUD_API_KEY', (g) => 'll' + 'x-' + g.fake.alnum(48)],
  ['e2b', 'E2B_API_KEY', (g) => 'e2' + 'b_' + g.fake.hex(40)],
  ['apify', 'APIFY_TOKEN', (g) => 'apify' + '_api_' + g.fake.alnum(36)],
  ['riot', 'RIOT_API_KEY', (g) => 'RG' + 'API-' + g.fake.uuid()],
  ['adafruit', 'ADAFRUIT_IO_KEY', (g) => 'ai' + 'o_' + g.fake.alnum(28)],
  ['deno-deploy', 'DENO_DEPLOY_TOKEN', (g) => 'dd' + 'p_' + g.fake.alnum(36)],
  ['rancher', 'RANCHER_TOKEN', (g) => 'token' + '-' + g.fake.lowerAlnum(5) + ':' + g.fake.lowerAlnum(54)],
  [
    'paddle',
    'PADDLE_API_KEY',
    (g) => 'pdl' + '_live_apikey_' + g.fake.lowerAlnum(26) + '_' + g.fake.alnum(22) + '_' + g.fake.alnum(3),
  ],
  ['akamai', 'AKAMAI_ACCESS_TOKEN', (g) => 'ak' + 'ab-' + g.fake.lowerAlnum(16) + '-' + g.fake.lowerAlnum(16)],
  ['stytch', 'STYTCH_SECRET', (g) => 'secret' + '-live-' + g.fake.base64url(36)],
  ['mailersend', 'MAILERSEND_API_KEY', (g) => 'ml' + 'sn.' + g.fake.hex(64)],
  ['telnyx', 'TELNYX_API_KEY', (g) => 'KEY' + '01' + g.fake.upperHex(30) + '_' + g.fake.alnum(22)],
  ['yandex-api-key', 'YC_API_KEY', (g) => 'AQ' + 'VN' + g.fake.base64url(36)],
  ['honeycomb', 'HONEYCOMB_API_KEY', (g) => 'hc' + 'xik_01' + g.fake.lowerAlnum(56)],
  ['maxmind', 'MAXMIND_LICENSE_KEY', (g) => g.fake.alnum(6) + '_' + g.fake.alnum(29) + '_m' + 'mk'],
  ['new-relic-query', 'NEW_RELIC_QUERY_KEY', (g) => 'NR' + 'IQ-' + g.fake.base64url(32)],
  [
    'dingtalk-webhook',
    'DINGTALK_WEBHOOK_URL',
    (g) => 'https://oapi.' + 'dingtalk.com/robot/send?access_token=' + g.fake.hex(64),
  ],
  ['feishu-webhook', 'FEISHU_WEBHOOK_URL', (g) => 'https://open.' + 'feishu.cn/open-apis/bot/v2/hook/' + g.fake.uuid()],
  ['databricks-oauth', 'DATABRICKS_CLIENT_SECRET', (g) => 'do' + 'se' + g.fake.hex(31) + g.fake.digits(1)],
  ['woocommerce-secret', 'WOOCOMMERCE_CONSUMER_SECRET', (g) => 'c' + 's_' + g.fake.hex(40)],
  ['pubnub-secret', 'PUBNUB_SECRET_KEY', (g) => 'sec' + '-c-' + g.fake.base64(48)],
  [
    'qstash',
    'QSTASH_TOKEN',
    (g) => Buffer.from(JSON.stringify({ UserID: g.fake.uuid(), Password: g.fake.hex(32) })).toString('base64'),
  ],
  [
    'azure-devops-pat-84',
    'AZURE_DEVOPS_PAT',
    (g) => g.fake.alnum(52) + 'JQQJ' + '99' + g.fake.alnum(1) + 'C' + g.fake.alnum(16) + 'AZ' + 'DO' + g.fake.alnum(4),
  ],
  ['amazon-lwa-secret', 'LWA_CLIENT_SECRET', (g) => 'amzn1' + '.oa2-cs.v1.' + g.fake.hex(64)],
  ['amazon-lwa-refresh', 'LWA_REFRESH_TOKEN', (g) => 'At' + 'zr|IwEBI' + g.fake.base64url(300)],
  ['zoho', 'ZOHO_REFRESH_TOKEN', (g) => '1000' + '.' + g.fake.hex(32) + '.' + g.fake.hex(32)],
  [
    'youtrack',
    'YOUTRACK_TOKEN',
    (g) =>
      'pe' +
      'rm:' +
      Buffer.from(g.word()).toString('base64') +
      '.' +
      Buffer.from('ci').toString('base64') +
      '.' +
      g.fake.alnum(30),
  ],
  [
    'teamcity',
    'TEAMCITY_TOKEN',
    (g) =>
      Buffer.from('{"typ": "TCV2"}').toString('base64url') + '.' + g.fake.base64url(40) + '.' + g.fake.base64url(60),
  ],
  ['backblaze', 'B2_APPLICATION_KEY', (g) => 'K0' + '05' + g.fake.alnum(26) + g.fake.digits(1)],
  ['mollie', 'MOLLIE_API_KEY', (g) => 'li' + 've_' + g.fake.alnum(28) + g.fake.upper(1) + g.fake.digits(1)],
  ['flutterwave-encryption', 'FLW_ENCRYPTION_KEY', (g) => 'FLWSECK' + '_TEST' + g.fake.hex(12)],
  ['yandex-iam', 'YC_IAM_TOKEN', (g) => 't1' + '.9euel' + g.fake.base64url(180) + '.' + g.fake.base64url(86)],
];

/** Hard negatives: the public halves and ids of the same providers, and partial or placeholder tokens. */
export const morePublicAndPartialKeys: Template = template('public-and-partial-keys-more', (g) => ({
  path: 'src/config/analytics.ts',
  lines: [
    `export const POSTHOG_PROJECT_KEY = '${'ph' + 'c_'}${g.fake.alnum(43)}';`,
    `export const LANGFUSE_PUBLIC_KEY = '${'pk' + '-lf-'}${g.fake.uuid()}';`,
    `export const STATSIG_CLIENT_KEY = '${'client' + '-'}${g.fake.alnum(43)}';`,
    `// Tailscale key id (not the secret): ${'tskey' + '-auth-k'}${g.fake.alnum(7)}CNTRL`,
    `export const HONEYCOMB_KEY_ID = '${'hc' + 'xlk_'}${g.fake.lowerAlnum(26)}';`,
    `const prefixes = ['${'pn' + 'u_'}', '${'rd' + 'me_'}', '${'CF' + 'PAT-'}', '${'ts' + 'key-'}'];`,
    `export const DUFFEL_TOKEN = '${'duffel' + '_test_'}...';`,
  ],
}));
