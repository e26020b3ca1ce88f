// Format: ClickHouse Cloud docs "Managing API keys" (key secrets start `4b1d`, then 38 alphanumerics; the
// key id is 20 characters and is not secret on its own).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';
import { classCount } from '../valueChecks';

export const clickhouseRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'clickhouse-cloud-api-secret',
      title: 'ClickHouse Cloud API key secret',
      provider: 'ClickHouse',
      prefix: '4b1d',
      body: String.raw`[A-Za-z0-9]{38}`,
      minEntropy: 3.5,
      envVar: 'CLICKHOUSE_KEY_SECRET',
      docs: 'https://clickhouse.com/docs/cloud/manage/openapi',
      risk: "Manages the organisation's ClickHouse Cloud services through the API: creates, scales, stops and deletes them.",
      validate: (token) => classCount(token) >= 3,
      token: (fake) => `4b1d${fake.alnum(38)}`,
      usage: (t) => `curl --user "$KEY_ID:${t}" https://api.clickhouse.cloud/v1/organizations`,
      negatives: [{ text: (fake) => `4b1d${fake.hex(38)}`, why: 'hexadecimal: a hash, not a secret' }],
    }),
  ),
];
