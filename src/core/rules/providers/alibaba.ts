// Formats: Alibaba Cloud RAM "Create an AccessKey pair" (AccessKey IDs start with LTAI; AccessKey
// secrets are 30 alphanumeric characters).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_CHAR, assignmentLines } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

const DOCS = 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair';

export const alibabaRules: readonly Rule[] = [
  {
    id: 'alibaba-access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    provider: 'Alibaba Cloud',
    keywords: ['ltai'],
    pattern: /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
    docs: DOCS,
    risk: 'Identifies a RAM AccessKey pair; with its secret it signs API calls as that RAM user or account.',
    examples: {
      positives: (fake) => [`LTAI${fake.alnum(20)}`, `LTAI5t${fake.alnum(18)}`, `LTAI${fake.alnum(12)}`],
      negatives: [
        { text: 'LTAIxxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: (fake) => `LTAI${fake.alnum(6)}`, why: 'too short' },
        { text: (fake) => `SALTAI${fake.alnum(16)}`, why: 'inside a longer word' },
      ],
    },
  },
  {
    id: 'alibaba-access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    provider: 'Alibaba Cloud',
    keywords: ['alibaba', 'aliyun', 'alicloud', 'accesskeysecret', 'access_key_secret'],
    pattern: new RegExp(
      String.raw`(?:(?:alibaba|aliyun|alicloud)${NAME_CHAR}{0,30}(?:secret|sk)(?:[_.-]?key)?|accesskeysecret|access_key_secret)${ASSIGN_NOT_DOUBLED}(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    docs: DOCS,
    risk: 'Signs Alibaba Cloud API calls as the RAM user or account that owns the AccessKey pair.',
    validate: hasLetterAndDigit,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('ALIBABA_CLOUD_ACCESS_KEY_SECRET', () => fake.alnum(29) + fake.digits(1)),
        `  "AccessKeySecret": "${fake.alnum(29)}${fake.digits(1)}",`,
        `aliyun_sk = "${fake.alnum(29)}${fake.digits(1)}"`,
        `  alicloud_secret_key = "${fake.alnum(29)}${fake.digits(1)}"`,
      ],
      negatives: [
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_CLOUD_ACCESS_KEY_SECRET}', why: 'environment reference' },
        { text: 'access_key_secret: <your-access-key-secret>', why: 'placeholder' },
        { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET: ${{ secrets.ALIYUN_SK }}', why: 'GitHub Actions secret reference' },
      ],
    },
  },
];
