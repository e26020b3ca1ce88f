// Metadata and examples of the header-context stage (../../detect/tabular/stage.ts): values in a
// credential-named column of a CSV/TSV export, a Markdown or query-output table, SQL tuples under a
// CREATE TABLE or column list, and settings whose value is on the line below their name (YAML
// block scalars, HCL heredocs). The stage finds them; this rule's pattern never matches by itself
// (its keyword gate rejects every keyword: a line alone cannot show a header above it).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { Rule } from '../types';
import { TABULAR_RULE_ID } from '../../detect/tabular/stage';

export const tabularRules: readonly Rule[] = [
  {
    id: TABULAR_RULE_ID,
    title: 'Credential under a column or key named on an earlier line',
    provider: 'Generic',
    keywords: ['password'],
    // The stage reads the header context; a lone line never matches (see the gate).
    pattern: /password(?!)/i,
    startsAtKeyword: true,
    keywordGate: () => false,
    confidence: 'medium',
    envVar: 'APP_PASSWORD',
    docs: 'https://owasp.org/www-project-top-ten/2017/A3_2017-Sensitive_Data_Exposure',
    risk: 'A credential in a data export, dump or table: anyone with the file can log in as its rows.',
    examples: {
      embed: false,
      positives: (fake) => {
        const strong = () => fake.alnum(14) + fake.digits(3) + '#' + fake.lower(3);
        return [
          `username,password,role\nops,${strong()},admin\nci,${strong()},deploy\n`,
          `INSERT INTO accounts (login, password) VALUES\n  ('ops', '${strong()}'),\n  ('ci', '${strong()}');\n`,
          `CREATE TABLE users (id int, login text, password text);\nINSERT INTO users VALUES (1, 'ops', '${strong()}');\n`,
          `| Host | User | Password |\n|---|---|---|\n| db-01 | app | ${strong()} |\n| db-02 | etl | ${strong()} |\n`,
          `database:\n  password: |\n    ${strong()}\n  pool: 5\n`,
        ];
      },
      negatives: [
        { text: 'email,username,password,role\n', why: 'a header-only import template holds no value' },
        { text: 'id,username,password\n1,ops,********\n2,ci,REDACTED\n', why: 'masked cells' },
        {
          text: 'username,password_hint\nops,first pet name\nci,usual plus year\n',
          why: 'a hint column, not a password',
        },
        {
          text: '| Column | Type | Description |\n|---|---|---|\n| password | varchar(255) | bcrypt hash of the password |\n',
          why: 'a schema document describes the column',
        },
        { text: 'db:\n  password: |\n    ${DB_PASSWORD}\n', why: 'a reference to the environment' },
      ],
    },
  },
];
