/**
 * Runs `fn` and returns how many characters the regular expressions it ran had to look at: for a
 * scanning exec, from where it started to the end of its match (or of the input when none);
 * for a sticky attempt, the match's length (one when it fails at once). Every pattern is linear
 * (recheck proves it), so this count grows with the input's length unless a loop around the
 * regexes rescans text — a deterministic proxy for time, unlike a clock.
 */
export function measureRegexWork(fn: () => void): number {
  const original = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function countingExec(this: RegExp, input: string): RegExpExecArray | null {
    const text = String(input);
    const start = this.global || this.sticky ? this.lastIndex : 0;
    const m = original.call(this, text);
    if (this.sticky) work += m ? m[0].length : 1;
    else work += (m ? m.index + m[0].length : text.length) - start + 1;
    return m;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = original;
  }
  return work;
}
