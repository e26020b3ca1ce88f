// Formats: Tencent Cloud CAM "Root Account Access Key Management" and "Sub-Account Access Key
// Management" (SecretId: AKID/IKID followed by 32 alphanumerics; SecretKey: 32 alphanumerics).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_CHAR, assignmentLines } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

const DOCS = 'https://www.tencentcloud.com/document/product/598/32675';

export const tencentRules: readonly Rule[] = [
  {
    id: 'tencent-cloud-secret-id',
    title: 'Tencent Cloud SecretId',
    provider: 'Tencent Cloud',
    keywords: ['akid', 'ikid'],
    pattern: /(?<![A-Za-z0-9])[AI]KID[A-Za-z0-9]{32}(?![A-Za-z0-9])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'TENCENTCLOUD_SECRET_ID',
    docs: DOCS,
    risk: 'Identifies a Tencent Cloud API key pair; with its SecretKey it signs API calls as that account or sub-user.',
    validate: hasLetterAndDigit,
    examples: {
      positives: (fake) => [`AKID${fake.alnum(32)}`, `IKID${fake.alnum(32)}`],
      negatives: [
        { text: 'AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: (fake) => `AKID${fake.alnum(20)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'tencent-cloud-secret-key',
    title: 'Tencent Cloud SecretKey',
    provider: 'Tencent Cloud',
    keywords: ['tencent', 'qcloud'],
    pattern: new RegExp(
      String.raw`(?:tencent|qcloud)${NAME_CHAR}{0,30}(?:secret_?key|secretkey|sk)${ASSIGN_NOT_DOUBLED}(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'TENCENTCLOUD_SECRET_KEY',
    docs: DOCS,
    risk: 'Signs Tencent Cloud API calls as the account or sub-user that owns the key pair.',
    validate: hasLetterAndDigit,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('TENCENTCLOUD_SECRET_KEY', () => fake.alnum(31) + fake.digits(1)),
        `QCLOUD_SECRET_KEY="${fake.alnum(31)}${fake.digits(1)}"`,
      ],
      negatives: [
        { text: 'TENCENTCLOUD_SECRET_KEY=${TENCENTCLOUD_SECRET_KEY}', why: 'environment reference' },
        { text: 'tencentcloud_secret_key: "<your SecretKey>"', why: 'placeholder' },
      ],
    },
  },
];
