// Values of named resources (Android string resources and manifest meta-data, .NET .resx data):
// most are UI text, so a rule wakes only where the resource's name holds a credential word, and the
// shared judge and the service-key check (./namedKeys) decide on the name and the value.
import { judgeCandidate } from '../judge/judge';
import { judgeName } from '../judge/names';
import { holdsCredentialWord } from '../pairGates';
import type { MatchContext, Verdict } from '../types';
import { isServiceKeyName, looksIssued } from './namedKeys';

/** The keyword's name (after `="`) holds a credential word: most string resources are UI text. */
export function credentialNameFollows(prefix: string) {
  return (text: string, at: number, lineEnd: number): boolean => {
    const from = at + prefix.length;
    const to = text.indexOf('"', from);
    return to > from && to < lineEnd && to - from <= 90 && holdsCredentialWord(text, from, to);
  };
}

/** A `validate` judging the `name` group of `pattern` and the value, as "`form` NAME" in the hover. */
export function judgeResource(pattern: RegExp, form: string) {
  return (secret: string, match: string, context: MatchContext): false | Verdict => {
    const name = pattern.exec(match)?.groups?.['name'];
    if (name === undefined) return false;
    const serviceKey = judgeName(name) === undefined && isServiceKeyName(name);
    if (serviceKey && !looksIssued(secret, true)) return false;
    return judgeCandidate({
      name,
      value: secret,
      quoted: true,
      context,
      nameStart: context.matchIndex,
      valueEnd: context.matchIndex + match.length,
      kind: serviceKey ? 'secret' : undefined,
      form: `${form} ${name}`,
    });
  };
}
