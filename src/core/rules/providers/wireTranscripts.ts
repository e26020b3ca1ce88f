// Credentials as servers and stub servers record them: Redis `AUTH` in MONITOR output and redis-cli
// sessions, and WireMock request matchers (`"X-Api-Key": {"equalTo": "…"}`) in stub mappings.
// Formats from the Redis command reference (AUTH, MONITOR) and WireMock's request-matching docs.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup, judgedPassword } from '../judge/judge';
import type { Rule } from '../types';

/**
 * MONITOR's `"AUTH" "password"` (with an ACL user, `"AUTH" "user" "password"`), or a redis-cli prompt
 * (`127.0.0.1:6379>`, `cache.internal:6380[2]>`) then `AUTH [user] password`.
 */
const REDIS_AUTH =
  /(?:"auth"[ \t]{1,4}(?:"[^"\n]{1,64}"[ \t]{1,4}(?="))?"|^[\w.-]{1,64}:\d{2,5}(?:\[\d{1,2}\])?>[ \t]{1,4}auth[ \t]{1,4}(?:[^\s"]{1,64}[ \t]{1,4}(?=[^\s"]))?)(?<secret>[^\s"]{1,128})"?[ \t]{0,4}$/i;

/** A WireMock matcher under a header or query parameter's name: `"X-Api-Key": { "equalTo": "…" }`. */
const STUB_MATCHER =
  /"(?<name>[A-Za-z][\w.-]{1,60})"[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}"(?:equalTo|contains|matches)"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[^"\s]{8,200})"/;

export const wireTranscriptRules: readonly Rule[] = [
  {
    id: 'redis-auth-transcript',
    title: 'Redis AUTH password in MONITOR output or a redis-cli session',
    provider: 'Redis',
    keywords: ['"auth" "', '> auth '],
    pattern: REDIS_AUTH,
    confidence: 'medium',
    envVar: 'REDIS_PASSWORD',
    docs: 'https://redis.io/docs/latest/commands/auth/',
    risk: 'Opens the Redis server as that user: read and write every key, and run commands the ACL allows.',
    validate: judgedPassword('Redis AUTH argument', true),
    examples: {
      embed: false,
      positives: (fake) => [
        `1709633472.123456 [0 10.0.4.17:53412] "AUTH" "${fake.alnum(14)}"`,
        `1709633472.123456 [0 10.0.4.17:53412] "auth" "worker" "${fake.alnum(16)}!"`,
        `127.0.0.1:6379> AUTH ${fake.alnum(14)}`,
        `cache.internal:6380[2]> auth deploy ${fake.alnum(12)}9`,
      ],
      negatives: [
        { text: '1709633472.123456 [0 10.0.4.17:53412] "AUTH" "password"', why: 'a dummy' },
        { text: '127.0.0.1:6379> AUTH', why: 'no argument' },
        { text: '127.0.0.1:6379> AUTH <password>', why: 'a placeholder' },
        { text: '"GET" "session:42"', why: 'another command' },
      ],
    },
  },
  {
    id: 'stub-matcher-secret',
    title: 'Secret in a stub server matcher (WireMock equalTo/contains/matches under a key-named header)',
    provider: 'Test stubs',
    keywords: ['"equalto"', '"contains"', '"matches"'],
    pattern: STUB_MATCHER,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://wiremock.org/docs/request-matching/',
    risk: 'The stub expects the real credential: it was copied from a live request and still works there.',
    validate: judgedByNameGroup(STUB_MATCHER, { form: (name) => `a stub's matcher for ${name}`, alwaysQuoted: true }),
    examples: {
      embed: false,
      path: 'src/test/resources/mappings/get-invoices.json',
      positives: (fake) => [
        `      "X-Api-Key": { "equalTo": "${fake.alnum(37)}" }`,
        `      "api_key": {"equalTo": "${fake.hex(32)}"}`,
        `      "Private-Token": { "contains": "${fake.alnum(20)}" }`,
        `      "access_token": { "matches": "${fake.alnum(28)}" }`,
      ],
      negatives: [
        { text: '      "Content-Type": { "equalTo": "application/json" }', why: 'not a credential header' },
        { text: '      "X-Api-Key": { "matches": "[A-Za-z0-9]{32}" }', why: 'a pattern' },
        { text: '      "X-Api-Key": { "equalTo": "{{request.headers.X-Api-Key}}" }', why: 'a template' },
      ],
    },
  },
];
