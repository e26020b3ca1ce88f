// A token id written on the line before its token secret: NetSuite token-based authentication
// (`token_id` + `token_secret`, 64 hex each: NetSuite Help Center, "Token-based Authentication"),
// Pterodactyl Wings' config.yml (`token_id` + `token`, written by the panel's auto-deploy command).
// The id half of such a pair is counted, as an AWS access key id is: with the secret it signs
// requests, and the id is what an attacker needs besides.
import { judgeCandidate } from '../judge/judge';
import type { Rule } from '../types';
import { classCount } from '../valueChecks';

/** `token_id: <value>` then, on the next line, the token or its secret (YAML, INI, .env, properties). */
const TOKEN_ID_THEN_SECRET =
  /(?<![A-Za-z0-9])token[_.-]?id["']?[ \t]{0,8}[:=][ \t]{0,8}["']?(?<secret>[A-Za-z0-9]{16,128})["']?,?[ \t]{0,8}\r?\n[ \t]{0,40}["']?(?:[A-Za-z][A-Za-z0-9]{0,20}[_.-])?token(?:[_.-]?secret)?["']?[ \t]{0,8}[:=]/i;

export const tokenIdPairRules: readonly Rule[] = [
  {
    id: 'token-id-beside-token-secret',
    title: 'Token id written beside its token secret (NetSuite TBA, Pterodactyl Wings)',
    provider: 'Token pairs',
    keywords: ['token_id', 'token-id', 'tokenid'],
    pattern: TOKEN_ID_THEN_SECRET,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'TOKEN_ID',
    docs: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4247337262.html',
    risk: 'The id half of a token pair: with the secret on the next line, it authenticates as the token owner.',
    // Generated, not a name or a counter: letters and digits both, and the shared judge's value checks.
    validate: (secret, match, context) =>
      classCount(secret) >= 2 &&
      /\d/.test(secret) &&
      judgeCandidate({
        name: 'token',
        value: secret,
        quoted: true,
        context,
        nameStart: context.matchIndex,
        valueEnd: context.matchIndex + match.indexOf(secret) + secret.length,
        kind: 'secret',
        form: 'a token id beside its token secret',
      }),
    examples: {
      embed: false,
      positives: (fake) => [
        `token_id: ${fake.alnum(16)}\ntoken: ${fake.alnum(64)}`, // Wings config.yml
        `token_id = ${fake.hex(64)}\ntoken_secret = ${fake.hex(64)}`, // NetSuite TBA (INI)
        `NETSUITE_TOKEN_ID=${fake.hex(64)}\r\nNETSUITE_TOKEN_SECRET=${fake.hex(64)}`,
        `netsuite.token-id=${fake.hex(64)}\nnetsuite.token-secret=${fake.hex(64)}`, // Spring properties
        `  "tokenId": "${fake.hex(64)}",\n  "tokenSecret": "${fake.hex(64)}"`,
      ],
      negatives: [
        { text: 'token_id: 12345678901234567890\ntoken: ${TOKEN}', why: 'a number, not a generated id' },
        { text: (fake) => `token_id: ${fake.alnum(16)}\nexpires: 3600`, why: 'no token beside it' },
        { text: 'token_id = request_token_identifier\ntoken = read()', why: 'words, not an id' },
        {
          text: (fake) => `token_id: ${fake.uuid()}\ntoken: \${TOKEN}`,
          why: 'a UUID is a record id',
        },
      ],
    },
  },
];
