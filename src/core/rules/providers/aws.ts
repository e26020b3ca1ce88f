// Formats: AWS IAM User Guide "Understanding unique ID prefixes" (AKIA/ASIA/ABIA/ACCA key ids) and
// "Managing access keys for IAM users" (40-character secret access keys).
import { isDigit, isQuote } from '../gateChars';
import { isExamplePath } from '../judge/context';
import { contextRule } from '../ruleKit';
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { isMixedUpper } from '../valueChecks';

const ROTATE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console';
/** A key id AWS's own rule reads (aws-access-key-id): not reported twice. */
const AWS_KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/;

const ASSIGN = String.raw`["'\]]?\s{0,4}(?::=|=>|=|:|,)\s{0,4}["']?`;

export const awsRules: readonly Rule[] = [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    provider: 'AWS',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'AWS_ACCESS_KEY_ID',
    docs: ROTATE,
    risk: 'Identifies an IAM access key; together with its secret it signs API calls as that IAM identity.',
    examples: {
      positives: (fake) =>
        ['AKIA', 'ASIA', 'ABIA', 'ACCA'].map((prefix) => prefix + fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)),
      negatives: [
        { text: `aws_access_key_id = ${'AKIA' + 'IOSFODNN7' + 'EXAMPLE'}`, why: "AWS documentation's example key id" },
        { text: 'AKIAXXXXXXXXXXXXXXXX', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    provider: 'AWS',
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'awssecret'],
    pattern: new RegExp(
      String.raw`(?:secret_?access_?key|secret-access-key|aws_?secret(?:_?key)?)${ASSIGN}(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'AWS_SECRET_ACCESS_KEY',
    docs: ROTATE,
    risk: 'Signs AWS API calls as the IAM identity that owns it: full use of every permission it has.',
    examples: {
      embed: false,
      positives: (fake) => [
        `aws_secret_access_key = ${fake.base64(40).replace(/=/g, 'A')}`,
        `AWS_SECRET_ACCESS_KEY="${fake.base64(40).replace(/=/g, 'B')}"`,
        `  "SecretAccessKey": "${fake.base64(40).replace(/=/g, 'C')}",`,
        `          aws-secret-access-key: ${fake.base64(40).replace(/=/g, 'F')}`, // configure-aws-credentials input
        `awsSecret: '${fake.base64(40).replace(/=/g, 'G')}'`,
      ],
      negatives: [
        {
          text: `aws_secret_access_key = ${'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY'}`,
          why: "AWS documentation's example secret",
        },
        { text: 'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}', why: 'environment reference' },
        { text: 'aws_secret_access_key: {{ .Values.aws.secretKey }}', why: 'template reference' },
      ],
    },
  },
  {
    id: 'aws-session-token',
    title: 'AWS session token',
    provider: 'AWS',
    keywords: ['session_token', 'sessiontoken', 'security_token', 'security-token'],
    pattern: new RegExp(
      String.raw`(?:aws_?session_?token|x-amz-security-token|aws_?security_?token|"?SessionToken"?)${ASSIGN}(?<secret>[A-Za-z0-9/+=]{100,2048})`,
      'i',
    ),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'AWS_SESSION_TOKEN',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_disable-perms.html',
    risk: 'Temporary credentials: with the key pair it acts as the assumed role until it expires.',
    examples: {
      embed: false,
      positives: (fake) => [
        `aws_session_token = FwoGZXIvYXdzE${fake.base64(300).replace(/=/g, 'D')}`,
        `"SessionToken": "IQoJb3JpZ2luX2Vj${fake.base64(200).replace(/=/g, 'E')}"`,
        `aws_security_token=IQoJb3JpZ2luX2Vj${fake.base64(200).replace(/=/g, 'H')}`,
        `X-Amz-Security-Token: IQoJb3JpZ2luX2Vj${fake.base64(200).replace(/=/g, 'I')}`,
      ],
      negatives: [{ text: 'aws_session_token = $AWS_SESSION_TOKEN', why: 'environment reference' }],
    },
  },
];

/** An S3-style key id: three letters, two digits, fifteen more (FakeTokens, at run time). */
function s3Id(fake: FakeTokens): string {
  return `${fake.upper(3)}${fake.digits(2)}${fake.upperAlnum(15)}`;
}

/** `key=` (or `"key":`) and a quoted id of 16 to 40 characters, then `secret=` on the same or the next line. */
const S3FS_KEY_THEN_SECRET =
  /(?<![A-Za-z0-9_.-])["']?key["']?[ \t]{0,4}[:=][ \t]{0,4}["'](?<secret>[A-Z0-9]{16,40})["'][ \t]{0,4},?[ \t]{0,8}(?:\r?\n[ \t]{0,40})?["']?secret["']?[ \t]{0,4}[:=]/;

/** A quoted run of 16 to 40 upper-case letters and digits opens within 12 characters of the keyword (read in place). */
function upperIdQuotedFollows(text: string, at: number, lineEnd: number): boolean {
  const last = Math.min(lineEnd - 18, at + 12);
  for (let p = at; p <= last; p++)
    if (isQuote(text.charCodeAt(p)) && isUpperIdQuoted(text, p + 1, lineEnd)) return true;
  return false;
}

function isUpperIdQuoted(text: string, from: number, lineEnd: number): boolean {
  const end = Math.min(lineEnd, from + 41);
  let i = from;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || isDigit(c))) break; // A-Z or a digit
  }
  return i - from >= 16 && i - from <= 40 && isQuote(text.charCodeAt(i));
}

/**
 * Listed after the provider rules (index.ts): a provider's own rule for a prefixed id under such a
 * name (Shopware's `SWIA…` access key id) names it better.
 */
export const s3KeyIdByNameRules: readonly Rule[] = [
  // The S3 API's key pair outside AWS (MinIO, Ceph RGW, Wasabi, DigitalOcean Spaces, a university's
  // object store): the id has no AKIA prefix, so only the setting's name says what it is. The id
  // half of the pair is reported, as AWS's own is.
  contextRule({
    id: 's3-access-key-id-by-name',
    title: 'S3-compatible access key id (under an access key id setting)',
    provider: 'S3-compatible storage',
    keywords: ['access_key_id', 'accesskeyid', 'access-key-id', 'access.key.id'],
    name: String.raw`(?:[A-Za-z0-9]{1,12}[_.-]?)?access[_.-]?key[_.-]?id`,
    value: '[A-Z0-9]{16,40}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'AWS_ACCESS_KEY_ID',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html',
    risk: 'The id half of an S3-style key pair: with the secret key beside it, it reads and writes the buckets its owner can.',
    // Not a presigned URL's `AWSAccessKeyId=` query parameter (the id a signature was made with,
    // published with the URL) nor an SDK's or a guide's example file.
    validate: (secret, _match, context) =>
      isMixedUpper(secret) &&
      !AWS_KEY_ID.test(secret) &&
      !/[?&]/.test(context.line.charAt(context.matchIndex - 1)) &&
      !isExamplePath(context.path),
    names: [
      'AWS_ACCESS_KEY_ID',
      'aws_access_key_id',
      'accessKeyId',
      'S3_ACCESS_KEY_ID',
      'spaces.access-key-id',
      'storage.access.key.id',
    ],
    // Twenty upper-case letters and digits, as MinIO, Ceph and Wasabi issue (FakeTokens, at run time).
    sample: (fake) => `${fake.upper(3)}${fake.digits(2)}${fake.upperAlnum(15)}`,
    negatives: [
      { text: 'AWS_ACCESS_KEY_ID=MYACCESSKEYIDHERE', why: 'no digits: a stand-in' },
      { text: 'aws_access_key_id = ${AWS_ACCESS_KEY_ID}', why: 'a reference' },
      { text: `aws_access_key_id = ${'AKIA' + 'IOSFODNN7' + 'EXAMPLE'}`, why: "AWS documentation's example key id" },
      { text: 'access_key_id: 12345678901234567890', why: 'digits only' },
      {
        text: (fake) =>
          `https://bucket.s3.amazonaws.com/log.txt?AWSAccessKeyId=${fake.upperAlnum(20)}&Expires=1440195891`,
        why: "a presigned URL's query: the id a signature was made with, not the key pair",
      },
    ],
  }),
  {
    // s3fs and fsspec name the pair `key` and `secret` (`S3FileSystem(key=..., secret=...)`, pandas'
    // `storage_options={"key": ..., "secret": ...}`), and so does ClearML's `Task.set_credentials`:
    // a bare `key` is the id only beside its secret.
    id: 's3-key-beside-secret',
    title: 'Access key id passed as key= beside secret= (s3fs, fsspec, pandas storage_options, ClearML)',
    provider: 'S3-compatible storage',
    keywords: ['key="', "key='", 'key = "', "key = '", '"key":', "'key':"],
    pattern: S3FS_KEY_THEN_SECRET,
    multiline: { maxSpan: 160 },
    keywordGate: upperIdQuotedFollows,
    confidence: 'medium',
    envVar: 'AWS_ACCESS_KEY_ID',
    docs: 'https://s3fs.readthedocs.io/en/latest/#credentials',
    risk: 'The id half of an S3-style key pair: with the secret beside it, it reads and writes the buckets its owner can.',
    validate: (secret, _match, context) =>
      isMixedUpper(secret) && !AWS_KEY_ID.test(secret) && !isExamplePath(context.path),
    examples: {
      embed: false,
      // Twenty upper-case letters and digits, as MinIO, Ceph and Wasabi issue (FakeTokens, at run time).
      positives: (fake) => [
        `fs = s3fs.S3FileSystem(\n    key="${s3Id(fake)}",\n    secret="${fake.base64(40)}",\n)`,
        `fs = s3fs.S3FileSystem(key='${s3Id(fake)}', secret='${fake.base64(40)}')`,
        `opts = {"key": "${s3Id(fake)}", "secret": "${fake.base64(40)}"}`,
        `opts = {'key': '${s3Id(fake)}',\n        'secret': '${fake.base64(40)}'}`,
        `fs = S3FileSystem(key = "${s3Id(fake)}", secret = os.environ["S3_SECRET"])`,
        `fs = S3FileSystem(key = '${s3Id(fake)}',\n                  secret = SECRET)`,
        `Task.set_credentials(\n    key="${s3Id(fake)}${fake.upperAlnum(10)}",\n    secret="${fake.alnum(50)}",\n)`, // ClearML
      ],
      negatives: [
        { text: (fake) => `fs = s3fs.S3FileSystem(key="${s3Id(fake)}")`, why: 'no secret beside it: any key' },
        {
          text: (fake) => `cache = {"key": "${fake.upperAlnum(20)}", "value": 3}`,
          why: "a record's key",
        },
        { text: 'fs = s3fs.S3FileSystem(key="ABCDEFGHIJKLMNOPQRST", secret=s)', why: 'letters only: a stand-in' },
      ],
    },
  },
];
