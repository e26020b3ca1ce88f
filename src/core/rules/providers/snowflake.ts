// Formats: Snowflake connector configuration (SNOWFLAKE_PASSWORD, private_key_passphrase / PRIVATE_KEY_PASSPHRASE
// parameters of the Python, JDBC and dbt connectors). Passwords have no fixed shape, so the variable
// name carries the signal.
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_CHAR, assignmentLines } from '../ruleKit';

/** A dotted member access (config.snowflake.password), not a literal. */
const MEMBER_ACCESS = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

function classCount(value: string): number {
  return (
    (/[a-z]/.test(value) ? 1 : 0) +
    (/[A-Z]/.test(value) ? 1 : 0) +
    (/[0-9]/.test(value) ? 1 : 0) +
    (/[^A-Za-z0-9]/.test(value) ? 1 : 0)
  );
}

export const snowflakeRules: readonly Rule[] = [
  {
    id: 'snowflake-password',
    title: 'Snowflake password or private-key passphrase',
    provider: 'Snowflake',
    keywords: ['snowflake'],
    pattern: new RegExp(
      String.raw`snowflake${NAME_CHAR}{0,30}(?:password|passwd|pwd|passphrase)${ASSIGN_NOT_DOUBLED}(?<secret>[^\s"'\x60;,(){}\[\]<>$]{8,128})(?=["'\x60;,\s]|$)`,
      'i',
    ),
    minEntropy: 2.8,
    confidence: 'medium',
    envVar: 'SNOWFLAKE_PASSWORD',
    docs: 'https://docs.snowflake.com/en/user-guide/key-pair-auth#configuring-key-pair-rotation',
    risk: "Logs in to the Snowflake account as that user (or unlocks its key pair): every warehouse, database and share the user's roles reach.",
    validate: (secret) => classCount(secret) >= 2 && !MEMBER_ACCESS.test(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('SNOWFLAKE_PASSWORD', () => `${fake.alnum(14)}#${fake.digits(2)}`),
        `SNOWFLAKE_PRIVATE_KEY_PASSPHRASE=${fake.alnum(20)}`,
        `snowflake.password=${fake.alnum(12)}!${fake.digits(2)}`,
      ],
      negatives: [
        { text: 'SNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}', why: 'environment reference' },
        { text: 'snowflake_password: "{{ env_var(\'SNOWFLAKE_PASSWORD\') }}"', why: 'dbt template' },
        { text: 'snowflake_password = os.environ.get("SNOWFLAKE_PASSWORD")', why: 'environment lookup' },
        { text: 'const snowflakePassword = config.snowflake.password;', why: 'member access' },
      ],
    },
  },
];
