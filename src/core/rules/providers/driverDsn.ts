// A Go MySQL driver DSN (`user:password@tcp(host:3306)/db`, github.com/go-sql-driver/mysql): a user
// and password before `@tcp(` or `@unix(`, written without a URL scheme, so the URL rule never sees
// it. Candidates only; the shared judge (../judge) decides on the password.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedExplicitPassword } from '../judge/judge';
import type { Rule } from '../types';

/** The DSN's user and password, from a string's start, an `=` or a space up to `@tcp(` / `@unix(`. */
const GO_MYSQL_DSN = /(?:^|[\s"'`=])(?<user>[\w.-]{1,64}):(?<secret>[^\s"'`:@/()]{1,128})@(?:tcp|unix)\(/;

export const driverDsnRules: readonly Rule[] = [
  {
    id: 'go-mysql-dsn-password',
    title: 'Password in a Go MySQL driver DSN (user:password@tcp(...))',
    provider: 'Connection string',
    keywords: ['@tcp(', '@unix('],
    pattern: GO_MYSQL_DSN,
    confidence: 'medium',
    envVar: 'MYSQL_DSN',
    docs: 'https://github.com/go-sql-driver/mysql#dsn-data-source-name',
    risk: 'Logs in to the MySQL server as that user.',
    // The DSN is a string: its password is a literal even though no quote stands before it.
    validate: judgedExplicitPassword('password in a MySQL DSN', 1),
    examples: {
      embed: false,
      positives: (fake) => [
        `db, err := sql.Open("mysql", "app:${fake.alnum(14)}@tcp(db.internal:3306)/orders?parseTime=true")`,
        `dsn := "root:${fake.alnum(12)}7@tcp(127.0.0.1:3306)/shop"`,
        `MYSQL_DSN=svc_reader:${fake.alnum(16)}@tcp(mysql:3306)/reports`,
        `  dsn: "backup:${fake.alnum(12)}!@unix(/var/run/mysqld/mysqld.sock)/app"`,
      ],
      negatives: [
        { text: 'dsn := "user:password@tcp(localhost:3306)/dbname"', why: 'the documentation placeholder' },
        { text: 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)', why: 'a format template' },
        { text: 'dsn := "root@tcp(127.0.0.1:3306)/test"', why: 'no password' },
        { text: 'dsn := "app:${DB_PASSWORD}@tcp(db:3306)/app"', why: 'a reference' },
      ],
    },
  },
];
