// A credential given as a call's only argument: Redis `AUTH` (`jedis.auth("...")`). The shared judge
// (../judge) decides on the value as a password.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup } from '../judge/judge';
import type { Rule } from '../types';

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/** Redis `AUTH`: `jedis.auth("...")`, `client.auth("...")`, one literal argument. */
const REDIS_AUTH = /\.auth\(\s{0,4}["'](?<secret>[^"'\n\\]{1,200})["']\s{0,4}\)/;

export const callArgumentRules: readonly Rule[] = [
  {
    id: 'redis-auth-literal',
    title: 'Password literal given to a Redis AUTH call',
    provider: 'Secret sinks',
    keywords: ['.auth('],
    pattern: REDIS_AUTH,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'REDIS_PASSWORD',
    docs: DOCS,
    risk: 'Anyone who reads the code can log in to the Redis server wherever it is reachable.',
    validate: judgedByNameGroup(REDIS_AUTH, {
      form: 'password given to a Redis AUTH call',
      name: 'password',
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      positives: (fake) => [
        `jedis.auth("${fake.alnum(16)}");`, // Jedis
        `client.auth('${fake.alnum(16)}');`, // node-redis 3
      ],
      negatives: [
        { text: 'jedis.auth(System.getenv("REDIS_PASSWORD"));', why: 'read from the environment' },
        { text: "request.auth('tobi', 'learnboost')", why: 'two arguments: a user and password pair, another rule' },
        { text: 'jedis.auth("changeme");', why: 'a dummy password' },
      ],
    },
  },
];
