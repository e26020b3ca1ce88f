// Format: Erlang/OTP "Distributed Erlang" (the magic cookie: nodes that share it trust each other
// completely, and one that knows it can run any code on the others) and RabbitMQ's clustering guide
// ("The Erlang Cookie": $HOME/.erlang.cookie, the RABBITMQ_ERLANG_COOKIE variable, the Helm chart's
// auth.erlangCookie). `erl -setcookie` and a release's vm.args set it on the command line. RabbitMQ
// and OTP generate 20 upper-case letters; a user's cookie is any atom-like string. The cookie file
// itself is read by identity-key-file-line (networkAuthFiles.ts).
import { isExamplePassword } from '../judge/values';
import { isPlaceholder } from '../placeholders';
import type { Rule } from '../types';

const DOCS = 'https://www.rabbitmq.com/docs/clustering#erlang-cookie';
const RISK =
  'Any host that reaches the Erlang distribution port and knows the cookie joins the cluster as a trusted node: it runs arbitrary code on every node (RabbitMQ, CouchDB, Elixir releases).';

/** A stand-in rather than a cookie: a placeholder, a documentation word, or too few distinct characters. */
function isRealCookie(secret: string): boolean {
  return !isPlaceholder(secret) && !isExamplePassword(secret) && new Set(secret.toLowerCase()).size >= 8;
}

export const erlangCookieRules: readonly Rule[] = [
  {
    id: 'erlang-cookie-setting',
    title: 'Erlang distribution cookie in a setting or on a command line (RABBITMQ_ERLANG_COOKIE, -setcookie)',
    provider: 'Erlang/OTP',
    keywords: ['erlang_cookie', 'erlangcookie', 'erlang-cookie', 'erlang.cookie', '-setcookie'],
    startsAtKeyword: true,
    pattern:
      /(?:erlang[_.-]?cookie["']?[ \t]{0,8}(?:[:=]|=>)|-setcookie[ \t]{1,8})[ \t]{0,8}["']?(?<secret>[A-Za-z0-9_@.+\/-]{12,255})(?![A-Za-z0-9_@.+\/$-])/i,
    minEntropy: 3,
    validate: isRealCookie,
    confidence: 'high',
    envVar: 'RABBITMQ_ERLANG_COOKIE',
    docs: DOCS,
    risk: RISK,
    examples: {
      embed: false,
      // Built from FakeTokens at runtime; nothing here is a committed cookie.
      positives: (fake) => [
        `RABBITMQ_ERLANG_COOKIE=${fake.upper(20)}`,
        `      RABBITMQ_ERLANG_COOKIE: "${fake.alnum(24)}"`, // docker-compose environment
        `auth:\n  erlangCookie: ${fake.alnum(32)}`, // Bitnami RabbitMQ chart values
        `erl -sname worker -setcookie ${fake.upper(20)}`,
        `-setcookie ${fake.alnum(20)}`, // a release's vm.args
        `ERL_FLAGS="-setcookie ${fake.alnum(20)} -name couchdb@db1"`, // CouchDB container
        `erlang_cookie = "${fake.alnum(24)}"`,
        `rabbitmq-erlang-cookie: ${fake.upper(20)}`,
        `rabbitmq.erlang.cookie=${fake.alnum(24)}`,
      ],
      negatives: [
        { text: 'RABBITMQ_ERLANG_COOKIE=${RABBITMQ_ERLANG_COOKIE}', why: 'read from the environment' },
        { text: '  erlangCookie: ""', why: 'empty: the chart generates one' },
        { text: '-setcookie $ERLANG_COOKIE', why: 'a variable' },
        { text: '-setcookie secretcookie', why: 'a documentation stand-in' },
        { text: 'RABBITMQ_ERLANG_COOKIE: "changeme-cookie"', why: 'a placeholder' },
        { text: 'erlangCookieSecretName: rabbitmq-erlang-cookie', why: "the Kubernetes Secret's name, not the cookie" },
      ],
    },
  },
];
