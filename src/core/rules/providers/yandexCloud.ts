// Formats: Yandex Cloud docs "API key" (API keys start `AQVN`), "Static access keys" (key ids start
// `YCAJ`, then 21 base64url characters), "IAM token" (`t1.`, a base64url payload that begins `9euel`, `.`
// and a base64url signature) and Yandex ID "OAuth tokens" (tokens start `y0_`).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const yandexCloudRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'yandex-cloud-api-key',
      title: 'Yandex Cloud API key',
      provider: 'Yandex Cloud',
      prefix: 'AQVN',
      body: String.raw`[A-Za-z0-9_-]{35,38}`,
      minEntropy: 3.5,
      envVar: 'YC_API_KEY',
      docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key',
      risk: 'Calls Yandex Cloud services as the service account, with its roles in the folder or cloud.',
      token: (fake) => `AQVN${fake.base64url(36)}`,
      usage: (t) =>
        `curl -H 'Authorization: Api-Key ${t}' https://llm.api.cloud.yandex.net/foundationModels/v1/completion`,
      negatives: [{ text: (fake) => `AQVN${fake.base64url(20)}`, why: 'too short' }],
    }),
  ),
  atKeyword(
    prefixedRule({
      id: 'yandex-cloud-access-key-id',
      title: 'Yandex Cloud static access key id',
      provider: 'Yandex Cloud',
      prefix: 'YCAJ',
      body: String.raw`[A-Za-z0-9_-]{21}`,
      minEntropy: 3,
      envVar: 'YC_ACCESS_KEY_ID',
      docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/access-key',
      risk: 'Identifies an S3-compatible static key of a service account; with its secret it reads and writes Object Storage and other AWS-compatible APIs.',
      token: (fake) => `YCAJ${fake.base64url(21)}`,
      usage: (t) => `aws_access_key_id = ${t}`,
      negatives: [{ text: (fake) => `YCAJ${fake.base64url(10)}`, why: 'too short' }],
    }),
  ),
  atKeyword(
    prefixedRule({
      id: 'yandex-oauth-token',
      title: 'Yandex OAuth token',
      provider: 'Yandex',
      prefix: 'y0_',
      body: String.raw`[A-Za-z0-9_-]{50,60}`,
      minEntropy: 3.5,
      envVar: 'YANDEX_OAUTH_TOKEN',
      docs: 'https://yandex.com/dev/id/doc/en/access',
      risk: 'Acts as the Yandex user in the services the token was granted: Yandex Cloud, Disk, Direct, Metrica.',
      token: (fake) => `y0_${fake.base64url(55)}`,
      usage: (t) => `yc config set token ${t}`,
      negatives: [{ text: (fake) => `y0_${fake.base64url(20)}`, why: 'too short' }],
    }),
  ),
  atKeyword(
    prefixedRule({
      id: 'yandex-cloud-iam-token',
      title: 'Yandex Cloud IAM token',
      provider: 'Yandex Cloud',
      prefix: 't1.9euel',
      body: String.raw`[A-Za-z0-9_-]{60,600}={0,2}\.[A-Za-z0-9_-]{80,120}={0,2}`,
      minEntropy: 4,
      envVar: 'YC_IAM_TOKEN',
      docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token',
      risk: 'Calls every Yandex Cloud API as the account it was issued to, with its roles, for up to 12 hours.',
      token: (fake) => `t1.9euel${fake.base64url(180)}.${fake.base64url(86)}`,
      usage: (t) =>
        `curl -H "Authorization: Bearer ${t}" https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds`,
      negatives: [{ text: (fake) => `t1.9euel${fake.base64url(80)}`, why: 'no signature' }],
    }),
  ),
];
