// The entries of a block whose name says every child is a secret, while each child is named only
// for what it belongs to: NuVotifier's `tokens:` then `  default: <token>`, a `passwords:` block
// (`admin: ...`, `backup: ...`), `api_keys:` (`billing: ...`), an INI `[passwords]` section, a JSON
// `"passwords": {` object or a PHP `'passwords' => [` array. The block's name makes each child
// `password.admin`, which the shared judge reads like `admin_password`; a child named for something
// else (`ttl`, `hash`, `file`) is no secret and the judge's name check rejects it.
//
// A multi-line match yields one finding and starts on its keyword's (the head's) line, so the
// N-th entry is found by the N-th rule (head, N-1 sibling lines, the entry): entries past
// ENTRIES are not read. `keys:` blocks are left out: they hold key bindings, map keys and
// public keys as often as secrets. Fixture note: every positive below is generated at runtime
// from FakeTokens.
import { judgeCandidate } from '../judge/judge';
import { judgeName } from '../judge/names';
import { namesTableService } from '../services/serviceRules';
import type { FakeTokens } from '../fakeTokens';
import type { MatchContext, Rule, RuleExamples, Verdict } from '../types';
import { blockHeadSource, blockOf, headLineGate } from './blockHeads';

/** Block names whose children are secrets; each child's name is judged under the singular (`password.admin`). */
const BLOCK_WORDS = ['tokens', 'passwords', 'secrets', 'api_keys', 'api-keys', 'apikeys'];

/** How many entries of a block are read (one rule each). */
const ENTRIES = 4;
const SPAN = 700;

/** The block's head: an INI/TOML section, a YAML parent, a JSON object or a PHP array. */
const HEAD = blockHeadSource(BLOCK_WORDS, { jsonObject: true });
/** A sibling line before the entry: not blank and no section header (`fits` checks the rest). */
const SIBLING = String.raw`[ \t]{0,16}[^\s\[][^\n]{0,159}\n`;
/** The entry: a name (quoted or not), its operator and a value standing alone on the line. */
const ENTRY = String.raw`(?<entryIndent>[ \t]{0,16})(?<nameQuote>["']?)(?<child>[A-Za-z0-9][\w.-]{0,39})["']?[ \t]{0,4}(?<op>=>|[=:])[ \t]{0,4}(?<quote>["']?)(?<secret>[^\s"'\x60,;<>]{8,200})["']?,?[ \t]{0,4}(?![^\r\n])`;

function entryPattern(position: number): RegExp {
  return new RegExp(
    String.raw`(?<![^\n])(?<indent>[ \t]{0,12})(?:${HEAD})[ \t]{0,4}\r?\n(?:${SIBLING}){${position - 1}}${ENTRY}`,
    'i',
  );
}

/** A line that sets a name to a value on the line itself (a sibling entry, not a nested block's head). */
const FLAT_ENTRY = /^\s*(?:["']?[A-Za-z0-9][\w.-]{0,39}["']?\s*(?:=>|[=:])\s*\S.*)$/;
/** A line opening a nested block or closing the block (`{`, `[`, `array(` or a closer ending the line). */
const OPENS_OR_CLOSES = /(?:[{[(]|array\s*\()\s*$|^\s*[}\])]/;

function judgeEntry(pattern: RegExp, secret: string, match: string, context: MatchContext): false | Verdict {
  const groups = pattern.exec(match)?.groups;
  if (groups === undefined) return false;
  const child = groups['child']!;
  // Other rules' children, which they read without the block: `key` alone (the section-key rule's),
  // a name that says secret itself (`password=` under `[vpn-secrets]`, the assignment rules') and a
  // service of the table (`mailgun:`, whose rule checks the key's format, as namedKeys leaves it).
  if (child.toLowerCase() === 'key' || judgeName(child) !== undefined || namesTableService(child)) return false;
  const lines = match.split('\n').map((l) => l.replace(/\r$/, ''));
  if (!fits(groups, lines.slice(1))) return false;
  const block = blockOf(groups);
  const word = BLOCK_WORDS.find((w) => block.toLowerCase().endsWith(w))!;
  return judgeCandidate({
    name: `${word.slice(0, -1)}.${child}`,
    value: secret,
    quoted: groups['quote'] !== '',
    context,
    nameStart: 0,
    valueEnd: context.line.length,
    form: `the ${child} entry of the ${block} block`,
  });
}

/**
 * The entry and its siblings are flat settings of the block, written in its syntax: one indent
 * (deeper than a YAML parent's), nothing opening a nested block or closing this one, the entry's
 * name quoted in JSON and PHP and followed by `:` in YAML and JSON, `=>` in PHP, `=` or `:` in INI.
 */
function fits(groups: Record<string, string | undefined>, inner: readonly string[]): boolean {
  const op = groups['op']!;
  const quotedName = groups['nameQuote'] !== '';
  if (groups['parent'] !== undefined && (op !== ':' || groups['entryIndent']!.length <= groups['indent']!.length))
    return false;
  if (groups['object'] !== undefined && (op !== ':' || !quotedName || groups['quote'] === '')) return false;
  if (groups['array'] !== undefined && (op !== '=>' || !quotedName || groups['quote'] === '')) return false;
  if (groups['section'] !== undefined && op === '=>') return false;
  const indent = groups['entryIndent']!;
  return inner.every(
    (l) =>
      /^\s*[#;]|^\s*\/\//.test(l) ||
      (l.startsWith(indent) && !/^\s/.test(l.slice(indent.length)) && FLAT_ENTRY.test(l) && !OPENS_OR_CLOSES.test(l)),
  );
}

function entryRule(position: number): Rule {
  const pattern = entryPattern(position);
  const ordinal = ['first', 'second', 'third', 'fourth'][position - 1]!;
  return {
    id: position === 1 ? 'secret-block-entry' : `secret-block-entry-${position}`,
    title: `The ${ordinal} entry of a tokens, passwords or secrets block (tokens:\\n  default: ...)`,
    provider: 'Generic',
    keywords: BLOCK_WORDS.flatMap((w) => [`${w}:`, `${w}]`, `${w}'`, `${w}"`]),
    pattern,
    multiline: { maxSpan: SPAN },
    keywordGate: headLineGate,
    confidence: 'medium',
    envVar: 'API_TOKEN',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A block of tokens or passwords in a config file holds each one as a value: whoever reads the file can use them.',
    validate: (secret, match, context) => judgeEntry(pattern, secret, match, context),
    examples: entryExamples(position),
  };
}

/** The examples of the rule for entry `position`: each positive has `position - 1` siblings before its entry. */
function entryExamples(position: number): RuleExamples {
  const before = (fake: FakeTokens, indent: string, line: (n: string, v: string) => string) =>
    Array.from({ length: position - 1 }, (_, i) => `${indent}${line(`svc${i}`, fake.lowerAlnum(26))}\n`).join('');
  return {
    embed: false,
    path: 'config/settings.yml',
    positives: (fake) => {
      const yaml = before(fake, '  ', (n, v) => `${n}: ${v}`);
      const nested = before(fake, '    ', (n, v) => `${n}: ${v}`);
      const ini = before(fake, '', (n, v) => `${n} = ${v}`);
      const json = before(fake, '    ', (n, v) => `"${n}": "${v}",`);
      const php = before(fake, '    ', (n, v) => `'${n}' => '${v}',`);
      return [
        `tokens:\n${yaml}  default: ${fake.lowerAlnum(26)}`,
        `passwords:\n${yaml}  admin: ${fake.base64(16)}`,
        `api_keys:\n${yaml}  stripe: ${fake.hex(32)}`,
        `secrets:\n${yaml}  session: "${fake.base64url(32)}"`,
        `  votifier_tokens:\n${nested}    minecraftservers: ${fake.lowerAlnum(26)}`,
        `[passwords]\n${ini}root = ${fake.base64(16)}`,
        `[Passwords]\n${ini}Admin=${fake.base64(16)}`,
        `API_KEYS:\n${yaml}  WEATHER: ${fake.hex(32)}`,
        `[app.api-keys]\n${ini}mailer = "${fake.hex(32)}"`,
        `{\n  "passwords": {\n${json}    "admin": "${fake.base64(16)}"`,
        `'apikeys' => [\n${php}    'billing' => '${fake.hex(32)}',`,
        // Every block word in every syntax (each keyword in some positive).
        ...BLOCK_WORDS.flatMap((w) => [
          `${w}:\n${yaml}  deploy: ${fake.hex(32)}`,
          `[${w}]\n${ini}deploy = ${fake.hex(32)}`,
          `"${w}": {\n${json}    "deploy": "${fake.hex(32)}"`,
          `'${w}' => [\n${php}    'deploy' => '${fake.hex(32)}',`,
        ]),
      ];
    },
    negatives: [
      { text: (fake) => `tokens:\n  expiry: ${fake.digits(10)}`, why: 'a setting about the tokens, not one' },
      { text: 'passwords:\n  admin: ${ADMIN_PASSWORD}', why: 'a reference, not a value' },
      { text: 'secrets:\n  session: !secret session_secret', why: 'a Home Assistant reference' },
      { text: 'secrets:\n  session: ${{ secrets.SESSION_SECRET }}', why: 'a reference, not a value' },
      { text: 'api_keys:\n  stripe: YOUR_STRIPE_KEY_HERE', why: 'placeholder' },
      { text: (fake) => `passwords:\n  hash: ${fake.hex(64)}`, why: 'a hash, named so' },
      { text: (fake) => `tokens:\n  default: ${fake.uuid()}`, why: 'a record id' },
      { text: (fake) => `cache:\n  default: ${fake.hex(32)}`, why: 'a block that names no secret' },
      {
        text: (fake) => `tokens:\n  ttl: 3600\nforwarding:\n  default: ${fake.hex(32)}`,
        why: 'the entry stands in another YAML block',
      },
      {
        text: (fake) => `secrets:\n  db_password:\n    file: ${fake.lowerAlnum(20)}`,
        why: 'a nested sub-block (compose file secrets)',
      },
      {
        text: (fake) => `[passwords]\nmin_length = 12\n[cache]\ndefault = ${fake.hex(32)}`,
        why: 'the entry stands in another section',
      },
      {
        text: (fake) => `"passwords": {\n    "policy": "strict"\n},\n"cache": {\n    "default": "${fake.hex(32)}"`,
        why: 'the JSON object closed before the entry',
      },
      { text: (fake) => `tokens:\n  token_ttl: ${fake.digits(12)}`, why: 'a number, not a token' },
      {
        text: (fake) => `keys:\n  stripe: ${fake.hex(32)}`,
        why: 'keys blocks are left out (key bindings, map keys)',
      },
    ],
  };
}

export const secretBlockRules: readonly Rule[] = Array.from({ length: ENTRIES }, (_, i) => entryRule(i + 1));
