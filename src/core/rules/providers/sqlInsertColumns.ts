// Values of secret-named columns in SQL INSERT statements, as dumps, seeds and fixtures write them:
// `INSERT INTO users (id, email, password) VALUES (1, 'ops@corp.net', '…'), (2, …);`. Every quoted
// literal of such a line is a candidate; its column (by position in its row, from the column list
// of the statement it stands in: sqlInsertCursor.ts) names it, and the shared judge decides on that name and the value.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { insertColumnAt } from './sqlInsertCursor';

/** Judges a quoted literal of an INSERT line under the name of its column. */
function judgeInsertValue(secret: string, match: string, context: MatchContext): Verdict | false {
  const { line, matchIndex } = context;
  // Carried from the line's previous literal: a one-line dump's rows are read once, not per literal.
  const name = insertColumnAt(line, matchIndex);
  if (name === undefined || name === '') return false;
  return judgeCandidate({
    name,
    value: secret,
    quoted: true,
    context,
    nameStart: matchIndex,
    valueEnd: matchIndex + match.length,
    form: `value of the column ${name} in a SQL INSERT`,
  });
}

export const sqlInsertColumnRules: readonly Rule[] = [
  {
    id: 'sql-insert-secret-column',
    title: 'Secret in a secret-named column of a SQL INSERT (dumps, seeds, fixtures)',
    provider: 'SQL',
    // `) values` is where a column list meets its rows, with or without INTO; a bare `insert ` is a
    // word of ordinary code and prose (and the match, a quoted literal, holds no keyword a gate could read).
    keywords: ['insert into', 'insert ignore into', ') values', ')values'],
    pattern: /'(?<secret>[^'\n\\]{8,200})'/,
    confidence: 'medium',
    envVar: 'DB_SEED_SECRET',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A dump or seed that holds live passwords, API tokens or client secrets gives them to everyone who can read the repository.',
    validate: judgeInsertValue,
    examples: {
      embed: false,
      positives: (fake) => [
        `INSERT INTO api_clients (id, name, client_secret) VALUES (1, 'billing', '${fake.alnum(40)}');`,
        `INSERT INTO users (id, email, password) VALUES (3, 'ops@corp.net', '${fake.alnum(10)}!7');`,
        `INSERT IGNORE INTO \`accounts\` (\`login\`, \`passwd\`, \`role\`) VALUES ('svc', '${fake.alnum(12)}', 'admin');`,
        `INSERT users (id, username, password) VALUES (7, 'ops', '${fake.alnum(11)}#2');`,
        `INSERT accounts (login, passwd)VALUES ('svc', '${fake.alnum(12)}');`,
        `INSERT  INTO personal_access_tokens (id, name, token) VALUES (1, 'deploy', '${fake.alnum(48)}'), (2, 'ci', '${fake.alnum(48)}');`,
      ],
      negatives: [
        {
          text: "INSERT INTO settings (name, value) VALUES ('password_policy', 'Sunflower42');",
          why: 'the value stands under a column that names nothing secret',
        },
        { text: "INSERT INTO users (id, password) VALUES (1, 'changeme');", why: 'placeholder' },
        { text: 'INSERT INTO users (id, password) VALUES (?, ?);', why: 'bind parameters' },
        {
          text: "// insert the row ('billing', 'ledger_main') into users (id, name)",
          why: 'a comment, not a statement',
        },
        {
          text: "INSERT INTO users (id, name, password) VALUES (1, 'Grace Hopper', NULL);",
          why: 'the literal is a name; the password is NULL',
        },
        {
          text: (fake) => `INSERT INTO tokens (id, token_hash) VALUES (1, '${fake.hex(64)}');`,
          why: 'a hash of a token, not the token',
        },
      ],
    },
  },
];
