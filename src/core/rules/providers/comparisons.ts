// A secret-named value compared with a literal: `if token == "…"`, `apiKey === '…'`,
// `password.equals("…")`. The code that checks a credential against a hard-coded one holds that
// credential as surely as an assignment does. Candidates only; the shared judge decides.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, nameBefore } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { classCount } from '../valueChecks';
import { boundOrComparedFollows } from '../literalGates';

/** Names a check compares: each alternative starts with one of KEYWORDS, so matches start at keywords. */
const NAME = String.raw`(?:secret|token|passw(?:or)?d|pwd|passphrase|(?:api|auth|access)[_-]?key)`;
const KEYWORDS = ['secret', 'token', 'password', 'passwd', 'pwd', 'passphrase'].concat(
  ['api', 'auth', 'access'].flatMap((w) => [`${w}_key`, `${w}-key`, `${w}key`]),
);

const COMPARISON = new RegExp(
  String.raw`(?<name>${NAME}[A-Za-z0-9_.-]{0,24})(?:["']\])?[ \t]{0,8}(?:={2,3}|!==?|\.equals(?:IgnoreCase)?\()[ \t]{0,8}[rbu]?["'\x60](?<secret>[^\s"'\x60\\]{8,200})["'\x60]`,
  'i',
);

/** A member that holds the secret itself: `token.value`, `config.secret.key`, `creds.password`. */
const SECRET_MEMBER = /secret|token|pass|pwd|key|value|val$|raw|plain|text|str|hash|digest|^$/i;

/** What `typeof x` and `type(x).__name__` compare with: a type check, not a credential check. */
const TYPE_NAMES = /^(?:function|string|object|undefined|boolean|number|bigint|symbol|NoneType|bytes|str)$/;

function judgeComparison(secret: string, match: string, context: MatchContext): Verdict | false {
  if (TYPE_NAMES.test(secret)) return false;
  // `passphrase == b"passphrase"`: a value that names itself is a stand-in.
  if (secret.toLowerCase().includes(/^[a-z]+/i.exec(match)![0].toLowerCase())) return false;
  // Lexers compare tokens with their kinds (`token == "#bygroup"`): a compared key or token must
  // look issued, long and mixed; a compared password may be weak and still be one.
  if (!/pass|pwd/i.test(match) && (secret.length < 16 || classCount(secret) < 2)) return false;
  // `token.type === "…"`, `secret.name == "…"`: a member of the secret object, named for something else.
  const compared = /^[A-Za-z0-9_.-]*/
    .exec(match)![0]
    .replace(/\.equals(?:IgnoreCase)?$/i, '')
    .split('.');
  if (compared.length > 1 && !SECRET_MEMBER.test(compared[compared.length - 1]!)) return false;
  const nameStart = nameBefore(context.line, context.matchIndex);
  if (/typeof\s{1,4}$/.test(context.line.slice(Math.max(0, nameStart - 12), nameStart))) return false;
  const name = context.line.slice(nameStart, context.matchIndex) + /^[A-Za-z0-9_-]*/.exec(match)![0];
  return judgeCandidate({
    name,
    value: secret,
    quoted: true,
    context,
    nameStart,
    valueEnd: context.matchIndex + match.length,
    form: 'literal the code compares it with',
  });
}

export const comparisonRules: readonly Rule[] = [
  {
    id: 'secret-compared-with-literal',
    title: 'Secret-named value compared with a hard-coded literal',
    provider: 'Generic',
    keywords: KEYWORDS,
    pattern: COMPARISON,
    startsAtKeyword: true,
    keywordGate: boundOrComparedFollows,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Whoever reads the code has the credential the check accepts: it logs in, calls the webhook or passes the API check as a legitimate client.',
    validate: judgeComparison,
    examples: {
      embed: false,
      positives: (fake) => [
        `if token == "${fake.alnum(32)}":`,
        `  if (apiKey !== '${fake.alnum(40)}') return res.sendStatus(401);`,
        `if (password.equals("${fake.alnum(10)}#${fake.digits(2)}")) {`,
        `    if webhook_secret != "${fake.hex(40)}" {`,
        `unless auth_token == '${fake.alnum(24)}'`,
        `if (token.value === '${fake.alnum(32)}') {`,
        // One comparison per keyword spelling, so each stays reachable through the prefilter.
        ...KEYWORDS.map((k) => `if ${k} == "${fake.alnum(28)}":`),
      ],
      negatives: [
        { text: 'if token == "identifier":', why: 'a lexer comparing token kinds' },
        { text: "if (typeof password === 'function') {", why: 'a type check' },
        { text: 'elif token == "#bygroup":', why: 'a lexer directive, not an issued token' },
        { text: 'if (password === "") return;', why: 'an empty check' },
        { text: 'if token.type == "STRING_LITERAL":', why: 'a token kind, not a credential' },
        {
          text: 'return token.type === "_flexibleDescendant" || isTraversal(token);',
          why: 'a member named for a kind',
        },
        { text: 'if (secret.name == "DatabaseCredentials01") {', why: "the secret's name, not its value" },
        { text: 'if (apiKey === process.env.API_KEY) next();', why: 'compared with the environment, not a literal' },
        { text: 'if password == "<your password>":', why: 'a placeholder' },
        { text: 'const isSecret = token === "secretKeyPlaceholder";', why: 'a named stand-in' },
      ],
    },
  },
];
