// A string literal whose only label is the comment after it: `st = "..."  # stripe api key`,
// `const k = '...'; // sendgrid key`, `x: "..."  # prod token`. Assistants and hurried edits name
// a value in the comment while the variable says nothing, so the assignment rules, which read the
// name, pass it by. The comment's words ending at the credential word become the name the shared
// judge weighs (`stripe api key` -> `stripe_api_key`), so the value must still look issued.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate } from '../judge/judge';
import { judgeName } from '../judge/names';
import { namesTableService } from '../services/serviceRules';
import type { MatchContext, Rule, Verdict } from '../types';

/** Credential words a comment ends its label with (`key` only after a word that makes it one). */
const CREDENTIAL_WORDS = ['key', 'token', 'secret', 'password', 'passwd', 'passphrase', 'credential', 'credentials'];

/**
 * How far before its credential word a comment may open, within the same line: the pattern's marker,
 * blanks and words before the word (2 + 8 + 64) stay within it, so the keyword gate holds wherever
 * the pattern matches.
 */
const NOTE_REACH = 80;

const PATTERN = new RegExp(
  String.raw`(?<quote>["'\x60])(?<secret>[\w+/=.~-]{12,200})\k<quote>[ \t]{0,4}[;,)\]}]{0,3}[ \t]{0,4}(?<marker>#|\/\/|--|\/\*)[ \t]{0,8}(?<note>[^\r\n]{0,64}?(?:key|token|secret|passw(?:or)?d|passphrase|credential)[^\r\n]{0,40})`,
  'i',
);

/** A comment that describes something about a credential or disowns the value. */
const DISOWNING =
  /\b(?:example|sample|dummy|fake|placeholder|test(?:ing)?|mock|public|publishable|not|no|never|hash(?:ed)?|sha\d*|md5|checksum|digest|fingerprint|hmac of|encoded|encrypted|masked|redacted|old|revoked|expired|removed|deprecated|unused)\b/i;
/** After the credential word: the label ends, or a preposition or parenthesis continues it. */
const LABEL_END =
  /^(?:$|[\s]*(?:[(\[,.;:!-]|\*\/)|\s+(?:for|from|of|to|on|in|used|issued|generated|created|with|here|below|above)\b)/i;
/** A variable whose name already says what it holds other than a credential. */
const NON_SECRET_NAME =
  /(?:^|[_.-]|[a-z](?=[A-Z]))(?:id|ids|hash|sha\d*|md5|digest|checksum|url|uri|path|file|name|version|uuid|etag|nonce|iv|salt|seed|hex|sum|type|prefix|header|format|pattern|regex|label|title)$/i;
const ASSIGNED_NAME = /([A-Za-z_$][\w$.-]{0,63})["'\]]?\s*(?::=|=>|[:=])\s*(?:[A-Za-z]{1,2})?$/;

/** A credential word of the label (`CREDENTIAL_WORDS`) as a whole word. */
const CREDENTIAL_WORD = new RegExp(String.raw`(?<![A-Za-z0-9])(?:${CREDENTIAL_WORDS.join('|')})(?![A-Za-z0-9])`, 'gi');
/** Up to two words ending the text before a credential word (`stripe api `). */
const WORDS_BEFORE = /(?:([A-Za-z0-9]{1,40})[^A-Za-z0-9\r\n]{1,3})?([A-Za-z0-9]{1,40})[^A-Za-z0-9\r\n]{1,3}$/;

/** The label's words ending at its credential word, as a setting's name (`stripe_api_key`), if any. */
function labelName(note: string): string | undefined {
  CREDENTIAL_WORD.lastIndex = 0;
  for (let word = CREDENTIAL_WORD.exec(note); word !== null; word = CREDENTIAL_WORD.exec(note)) {
    if (!LABEL_END.test(note.slice(CREDENTIAL_WORD.lastIndex))) continue;
    const before = WORDS_BEFORE.exec(note.slice(Math.max(0, word.index - 90), word.index));
    const phrase = [before?.[1], before?.[2], word[0]]
      .filter((w): w is string => w !== undefined)
      .map((w) => w.toLowerCase());
    const name = phrase.join('_');
    if (judgeName(name) !== undefined) return name;
    // `sendgrid key`: a service of the table followed by `key` is its API key.
    const service = phrase.slice(0, -1).find((w) => namesTableService(w));
    if (service !== undefined) return `${service}_api_key`;
  }
  return undefined;
}

function judgeCommentLabel(secret: string, match: string, context: MatchContext): Verdict | false {
  const groups = PATTERN.exec(match)?.groups;
  if (groups === undefined) return false;
  const before = context.line.slice(Math.max(0, context.matchIndex - 80), context.matchIndex).trimEnd();
  const assigned = ASSIGNED_NAME.exec(before)?.[1];
  // A variable that names what it holds is read by the assignment rules, or holds no credential.
  if (assigned !== undefined && (judgeName(assigned) !== undefined || NON_SECRET_NAME.test(assigned))) return false;
  const note = groups['note']!.replace(/\*\/.*$/, '').trimEnd();
  if (DISOWNING.test(note)) return false;
  const name = labelName(note);
  if (name === undefined) return false;
  const valueStart = context.matchIndex + 1;
  return judgeCandidate({
    name,
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: valueStart + secret.length,
    form: `a literal labelled "${name.replace(/_/g, ' ')}" by its comment`,
  });
}

/** A comment opens before the credential word, within the same line. */
function commentBefore(text: string, at: number, lineEnd: number): boolean {
  void lineEnd;
  for (let i = at - 1, stop = Math.max(0, at - NOTE_REACH - 4); i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (c === 35 /* # */ || (c === 47 /* / */ && (text.charCodeAt(i - 1) === 47 || text.charCodeAt(i + 1) === 42)))
      return true;
    if (c === 45 /* - */ && text.charCodeAt(i - 1) === 45) return true;
  }
  return false;
}

export const commentNamedLiteralRules: readonly Rule[] = [
  {
    id: 'comment-labelled-literal',
    title: 'String literal labelled a key, token or password by its comment',
    provider: 'Generic',
    keywords: CREDENTIAL_WORDS,
    pattern: PATTERN,
    keywordGate: commentBefore,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'The comment says what the literal is: a credential in the source, readable by anyone with the code.',
    validate: judgeCommentLabel,
    examples: {
      embed: false,
      path: 'app/client.py',
      positives: (fake) => [
        `st = "${fake.alnum(40)}"  # stripe api key`,
        `x = '${fake.hex(32)}'  # prod api key`,
        `k = "${fake.hex(32)}"  # my secret key`,
        `const k = "${fake.alnum(40)}"; // sendgrid key`,
        `    "${fake.base64url(32)}",  # token for the deploy bot`,
        `val cfg = Config("${fake.alnum(32)}") // mailgun key (prod)`,
        `DEFAULT = '${fake.alnum(24)}'  # admin password`,
        `s = "${fake.base64(24)}" # signing secret`,
        `pp = "${fake.alnum(20)}" # ssh passphrase`,
        `c = "${fake.alnum(20)}" # svc passwd`,
        `rpt = "${fake.alnum(32)}" -- reporting credential`,
        `v = "${fake.alnum(32)}" /* vendor credentials */`,
      ],
      negatives: [
        { text: 'st = "sk_test_placeholder_value"  # stripe api key (example)', why: 'the comment disowns it' },
        { text: 'x = "abcdefabcdefabcdef"  # api key', why: 'not random' },
        { text: 'k = "Authorization"  # header that carries the token', why: 'a header name' },
        {
          text: (fake) => `digest = "${fake.hex(64)}"  # sha256 of the token`,
          why: 'a hash of a credential',
        },
        { text: (fake) => `user_id = "${fake.hex(24)}"  # owner of the api key`, why: 'an id, named so' },
        { text: (fake) => `k = "${fake.hex(32)}"  # cache key`, why: 'a cache key' },
        { text: (fake) => `k = "${fake.hex(32)}"  # token expiry table`, why: 'the comment is about something else' },
        { text: (fake) => `pk = "${fake.alnum(40)}"  # public key`, why: 'public' },
        { text: 'tok = "${API_TOKEN}"  # deploy token', why: 'a reference, not a value' },
      ],
    },
  },
];
