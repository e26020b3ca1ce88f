// The judging stage shared by the generic candidate rules (assignments, flags, headers, XML
// elements): one deterministic decision from the name, the value, the context and the file kind,
// with the reason shown in the hover. Hand-tuned; measured by the accuracy bench and the real-code
// false-positive count.
import type { Confidence, MatchContext, Verdict } from '../types';
import { isRenderedDocs, isTestVectorValue, judgeContext } from './context';
import { endsWithPasswordWord, judgeName, type SecretKind } from './names';
import { isCredentialName, isJoinedWords, isKeyboardMash, isPattern, respellsNameBefore } from './notIssued';
import { judgeValue, STRONG_MIN_LENGTH } from './values';
import { isHardhatDevelopmentKey } from './hardhatAccounts';
import { isDocsSiteSearchKey, isPublicSdkKeyValue, isSocrataAppToken } from './publicSdkInit';
import { isUuidConsumerKey } from './oauthConsumerKey';
import { isPublicAdId } from './publicAdIds';
import { isConnectedAppConsumerKey } from './salesforceMetadata';
import { isAuditDataToken } from './responseIds';
import { isMatterportSdkKey, isResoRecordKey } from './realEstateIds';

/**
 * A JSON Web Token or its header alone (`eyJhbGciOi…`): the JWT rule judges those, signature and
 * claims (a tutorial's token, a header in a test); a name over one adds nothing.
 */
const JWT_SHAPED = /^eyJ[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]*){0,2}$/;

/** 32 bytes in hex, as an EVM private key is written. */
const EVM_KEY = /^(?:0x)?[0-9a-fA-F]{64}$/;

export interface Candidate {
  /** The setting's name as written (`DB_PASSWORD`, `dbPassword`); judged for what it announces. */
  readonly name: string;
  readonly value: string;
  /** The value was written as a string literal. */
  readonly quoted: boolean;
  readonly context: MatchContext;
  /** Offset in `context.line` where the name starts, and where the value ends. */
  readonly nameStart: number;
  readonly valueEnd: number;
  /** Overrides what the name says (a `--password` flag, a `Password=` connection parameter). */
  readonly kind?: SecretKind;
  /** How the value was found, for the hover: "value of", "--password flag". */
  readonly form?: string;
  /**
   * The form itself says credential (a Basic header, `curl -u user:password`): in documentation a
   * weak value still counts, at low confidence, unless it is a dummy, which the value check rejects.
   */
  readonly explicit?: boolean;
}

/** How `judgedByNameGroup` names and describes what a rule matched. */
export interface NamedMatchOptions {
  /** For the hover: fixed, or built from the name ("value of DB_PASSWORD"). */
  readonly form: string | ((name: string) => string);
  /** The name when the pattern captures none (`jedis.auth("...")` is a password). */
  readonly name?: string;
  /** Turns the captured name into the setting's name (`setDbPassword` -> `DbPassword`). */
  readonly rename?: (name: string) => string;
  /** The value is delimited whatever the match shows (`<string>...</string>`); else a quote before it says. */
  readonly alwaysQuoted?: boolean;
}

/**
 * A rule's `validate` for candidates whose pattern captures the setting's name (group `name`)
 * beside the value: the shared judge decides on that name and the value.
 */
export function judgedByNameGroup(pattern: RegExp, options: NamedMatchOptions) {
  return (secret: string, match: string, context: MatchContext): Verdict | false => {
    const captured = options.name ?? pattern.exec(match)?.groups?.['name'];
    if (captured === undefined) return false;
    const name = options.rename ? options.rename(captured) : captured;
    return judgeCandidate({
      name,
      value: secret,
      quoted: options.alwaysQuoted === true || /["']$/.test(match.slice(0, match.length - secret.length)),
      context,
      nameStart: context.matchIndex,
      valueEnd: context.matchIndex + match.length,
      form: typeof options.form === 'string' ? options.form : options.form(name),
    });
  };
}

/**
 * A rule's `validate` for a value its form alone says is a password (a flag, a credential
 * constructor's argument, a SQL statement): the shared judge decides on the value. `quotedMatch`:
 * the form delimits the value whatever the match shows; else a quote before it says.
 */
export function judgedPassword(form: string, quotedMatch: boolean) {
  return (secret: string, match: string, context: MatchContext): Verdict | false =>
    judgeCandidate({
      name: 'password',
      value: secret,
      quoted: quotedMatch || /["']$/.test(match.slice(0, match.length - secret.length)),
      context,
      nameStart: context.matchIndex,
      valueEnd: context.matchIndex + match.length,
      kind: 'password',
      form,
    });
}

/**
 * A rule's `validate` for a password in a form that takes nothing else (a URL's userinfo, a Basic
 * pair, a DSN, an AMI `Secret:`): a literal whether quoted or not, and explicit, so a weak value
 * counts in documentation too (at low confidence) unless it is a stand-in. `nameOffset`: where the
 * name starts in the match (after a delimiter the match opens with).
 */
export function judgedExplicitPassword(form: string, nameOffset = 0) {
  return (secret: string, match: string, context: MatchContext): Verdict | false =>
    judgeCandidate({
      name: 'password',
      value: secret,
      quoted: true,
      context,
      nameStart: context.matchIndex + nameOffset,
      valueEnd: context.matchIndex + match.length,
      kind: 'password',
      form,
      explicit: true,
    });
}

/**
 * Issued keys and tokens are long or mixed-case. In source code a short run of lower-case letters
 * and digits under a key's or token's name was typed by hand for a docstring or a test
 * (`access_token=h480djs93hd8`); in a config file or a Dockerfile it may be the real setting.
 */
function isHandTyped(value: string): boolean {
  return value.length < 16 && /^[a-z0-9]+$/.test(value);
}

/** A value that names, locates or describes a credential rather than being one (./notIssued). */
function isNotIssued(value: string, kind: SecretKind): boolean {
  if (isCredentialName(value) || isPattern(value) || JWT_SHAPED.test(value)) return true;
  // Hardhat's development account keys are published with it (./hardhatAccounts).
  if (EVM_KEY.test(value) && isHardhatDevelopmentKey(value)) return true;
  // A password may be words, or typed on the home row: only keys and tokens are issued random.
  return kind !== 'password' && (isJoinedWords(value) || isKeyboardMash(value));
}

/** A constant's upper-case prefix up to its first underscore: `NID_` of `NID_pkcs9_challengePassword`. */
const CONSTANT_PREFIX = /^[A-Z][A-Z0-9]{1,11}_/;

/** Windows Setup's configuration passes: an unattend.xml `<settings pass="specialize">` names one. */
const SETUP_PASSES = new Set([
  'windowspe',
  'offlineservicing',
  'generalize',
  'specialize',
  'auditsystem',
  'audituser',
  'oobesystem',
]);

/** A dashed bareword (`Argv-ToString`, `Get-StoredCredential`): the shape of a PowerShell command's name. */
const DASHED_BAREWORD = /^[A-Za-z][A-Za-z0-9]{0,40}-[A-Za-z][A-Za-z0-9]{0,60}$/;

/**
 * PowerShell runs a bareword after `=` as a command (`$masked = Argv-ToString $password`): in a
 * script an unquoted dashed value there is a call of the script's own or a module's function,
 * approved verb or not (./values reads the approved verbs' cmdlets anywhere).
 */
function isPowerShellCommandValue(candidate: Candidate): boolean {
  const ext = candidate.context.file.ext;
  return (
    !candidate.quoted && (ext === 'ps1' || ext === 'psm1' || ext === 'psd1') && DASHED_BAREWORD.test(candidate.value)
  );
}

function isSetupPass(name: string, value: string): boolean {
  return name.toLowerCase() === 'pass' && SETUP_PASSES.has(value.toLowerCase());
}

/**
 * A value that is an identifier with its name's prefix (`NID_rsa` beside `NID_pkcs9_challengePassword`
 * in a list of constants): a sibling of the same enumeration, which a column reader took the name for.
 */
function isSiblingConstant(name: string, value: string): boolean {
  const prefix = CONSTANT_PREFIX.exec(name)?.[0];
  return prefix !== undefined && value.startsWith(prefix) && /^\w+$/.test(value);
}

/**
 * A test's password that names itself: a word, then `pass` or `secret` and at most a digit or two
 * (`novapass`, `glancepass2`, `user_1_passw`, `adminsecret`): a fixture labelling its role, as
 * `password123` does, where a developer's typed test password mixes words, digits and symbols.
 */
const SELF_NAMED_PASSWORD = /^[a-z]{2,20}(?:[-_]?\d{1,2}[-_]?)?(?:pass(?:w(?:or)?d?)?|pwd?|secret)\d{0,2}$/;

/** "a .properties file", "a Markdown file", or "code" when the path is unknown. */
function where(context: MatchContext): string {
  const ext = context.file.ext;
  if (ext) return `a .${ext} file`;
  if (context.file.name) return `the file ${context.file.name}`;
  return 'the scanned text';
}

/** A verdict for `candidate`, or false when it does not look like a credential. */
export function judgeCandidate(candidate: Candidate, confidence: Confidence = 'medium'): Verdict | false {
  // Cheapest first: most candidates in code are rejected by their name or context. The name's
  // verdict is remembered (judgeName), so it goes before the context's regular expressions; both
  // checks are pure and either one's rejection is final, so their order changes no verdict.
  const kind = candidate.kind ?? judgeName(candidate.name)?.kind;
  if (kind === undefined) return false;
  const ctx = judgeContext(candidate.context, candidate.nameStart, candidate.valueEnd, candidate.quoted);
  if (ctx === undefined) return false;
  if (isTestVectorValue(candidate.context, candidate.value) || isSiblingConstant(candidate.name, candidate.value))
    return false;
  if (isSetupPass(candidate.name, candidate.value)) return false;
  if (isPowerShellCommandValue(candidate)) return false;
  if (kind === 'password' && candidate.context.file.test && SELF_NAMED_PASSWORD.test(candidate.value)) return false;
  // Where only a strong value counts (below), one too short to be strong is out before the value
  // checks: a documentation page of a hundred thousand `password=…` lines judges no value.
  if (ctx.illustrative && candidate.explicit !== true && candidate.value.length < STRONG_MIN_LENGTH) return false;
  // A rendered manual's listings are its source's examples, judged in the source (./context).
  if (ctx.illustrative && candidate.explicit !== true && isRenderedDocs(candidate.context.path)) return false;
  // A lowercase word is a password where nothing else can stand: under a password's name in a config
  // file or as a code literal, or in a form that takes only a password (`-p`, `IDENTIFIED BY`).
  // Never in documentation or comments, where such words illustrate, nor in test code, whose
  // fixtures fill a password with any word (`:password => 'unicorns'`, `login("admin", "zabbix")`):
  // a typed test password that could be real mixes in digits or symbols and is still read, and so
  // is a word in a test's configuration (a CI workflow's `mysql -p…`).
  const plainWord =
    kind === 'password' &&
    !ctx.illustrative &&
    !(ctx.file === 'code' && candidate.context.file.test) &&
    (candidate.kind === 'password' ||
      (candidate.kind === undefined &&
        (ctx.file === 'config' || (ctx.file === 'code' && candidate.quoted)) &&
        endsWithPasswordWord(candidate.name)));
  const passwordOnly = plainWord && candidate.kind === 'password';
  const value = judgeValue(candidate.value, candidate.quoted || ctx.file === 'config', kind, plainWord, passwordOnly);
  if (value === undefined || (ctx.file === 'code' && kind !== 'password' && isHandTyped(candidate.value))) return false;
  if (isNotIssued(candidate.value, kind)) return false;
  if (respellsNameBefore(candidate.value, candidate.context.line, candidate.nameStart)) return false;
  // A key handed to a client SDK's initialiser its provider documents as public (./publicSdkInit):
  // asked last, of values that would otherwise count (it searches the line).
  if (isPublicSdkKeyValue(candidate.context.line, candidate.value, candidate.valueEnd)) return false;
  if (isDocsSiteSearchKey(candidate.name, candidate.context.path)) return false;
  if (isSocrataAppToken(candidate.name, candidate.value)) return false;
  if (isPublicAdId(candidate.name, candidate.value)) return false;
  if (isUuidConsumerKey(candidate.name, candidate.value)) return false;
  if (isConnectedAppConsumerKey(candidate.name, candidate.context.path)) return false;
  if (isAuditDataToken(candidate.name, candidate.value, candidate.context.line, candidate.nameStart)) return false;
  if (isResoRecordKey(candidate.name) || isMatterportSdkKey(candidate.name, candidate.context.line)) return false;
  // Documentation, example files and comments illustrate; only a value that stands on its own counts.
  if (ctx.illustrative && !value.strong && candidate.explicit !== true) return false;
  const form = candidate.form ?? `value of ${candidate.name}`;
  const decoded = value.decoded === undefined ? '' : ', base64-decoded';
  const weak = kind === 'password' && !value.strong ? ' (a weak password is still a password)' : '';
  return {
    confidence: ctx.illustrative ? 'low' : confidence,
    why: `${form} in ${where(candidate.context)}${decoded}: a ${kind}-named setting${weak}`,
  };
}

/** The start of the name written before offset `index` of `line` (letters, digits, `_ . -`), at most 80 back. */
export function nameBefore(line: string, index: number): number {
  let i = index;
  const stop = Math.max(0, index - 80);
  while (i > stop && isNameChar(line.charCodeAt(i - 1))) i--;
  return i;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** The length of the name written at the start of `text` (letters, digits, `_ . -`), as `nameBefore` reads names. */
export function nameLength(text: string): number {
  let i = 0;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  return i;
}
