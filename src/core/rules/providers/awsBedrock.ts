// Formats: AWS IAM User Guide "API keys for Amazon Bedrock" and Bedrock User Guide "API keys".
// Long-term keys are `ABSK` + base64 of "BedrockAPIKey-<id>-at-<account>:<secret>"; short-term keys
// are `bedrock-api-key-` + base64 of a SigV4 pre-signed URL for bedrock.amazonaws.com.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

/** base64 of "BedrockAPIKey-" up to the last whole character. */
const LONG_PREFIX = 'ABSKQmVkcm9ja0FQSUtleS';
/** base64 of "bedrock.amazonaws.com" (21 bytes: no padding, no partial character). */
const SHORT_HOST = 'YmVkcm9jay5hbWF6b25hd3MuY29t';

function decoded(b64: string): string {
  return Buffer.from(b64, 'base64').toString('latin1');
}

export const awsBedrockRules: readonly Rule[] = [
  prefixedRule({
    id: 'aws-bedrock-api-key',
    title: 'Amazon Bedrock API key (long-term)',
    provider: 'AWS',
    prefix: LONG_PREFIX,
    body: '[A-Za-z0-9+/]{40,400}={0,2}',
    envVar: 'AWS_BEARER_TOKEN_BEDROCK',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_bedrock.html',
    risk: "Invokes Bedrock models as the key's IAM user (AmazonBedrockLimitedAccess or more), billed to the AWS account until it expires.",
    minEntropy: 4,
    validate: (secret) => /^BedrockAPIKey-[^:]{1,64}:./.test(decoded(secret.slice(4))),
    token: (fake) =>
      'ABSK' +
      Buffer.from(`BedrockAPIKey-${fake.lowerAlnum(4)}-at-${fake.digits(12)}:${fake.base64(44)}`).toString('base64'),
    usage: (t) => `Authorization: Bearer ${t}`,
    negatives: [
      { text: `AWS_BEARER_TOKEN_BEDROCK=${LONG_PREFIX}0...`, why: 'truncated in documentation' },
      { text: (fake) => `${LONG_PREFIX}${fake.base64(20)}`, why: 'too short to be a key' },
    ],
  }),
  prefixedRule({
    id: 'aws-bedrock-short-term-api-key',
    title: 'Amazon Bedrock API key (short-term, pre-signed)',
    provider: 'AWS',
    prefix: `bedrock-api-key-${SHORT_HOST}`,
    body: '[A-Za-z0-9+/]{100,6000}={0,2}',
    envVar: 'AWS_BEARER_TOKEN_BEDROCK',
    docs: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
    risk: 'Invokes Bedrock with the permissions of the IAM principal that generated it, for up to 12 hours.',
    minEntropy: 4,
    validate: (secret) => decoded(secret.slice('bedrock-api-key-'.length)).includes('X-Amz-'),
    token: (fake) =>
      'bedrock-api-key-' +
      Buffer.from(
        'bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256' +
          `&X-Amz-Credential=ASIA${fake.upperAlnum(16)}%2F20250701%2Fus-east-1%2Fbedrock%2Faws4_request` +
          `&X-Amz-Date=20250701T120000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${encodeURIComponent(fake.base64(300))}` +
          `&X-Amz-Signature=${fake.hex(64)}&X-Amz-SignedHeaders=host&Version=1`,
      ).toString('base64'),
    usage: (t) => `export AWS_BEARER_TOKEN_BEDROCK=${t}`,
    negatives: [
      { text: (fake) => `bedrock-api-key-${SHORT_HOST}${fake.base64(40)}`, why: 'too short to be a pre-signed URL' },
    ],
  }),
];
