// Formats: AWS IAM User Guide "Understanding unique ID prefixes" (AKIA/ASIA/ABIA/ACCA key ids) and
// "Managing access keys for IAM users" (40-character secret access keys).
import type { Rule } from '../types';

const ROTATE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console';
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
