/**
 * `pattern.test(path)` (false without a path), remembered for the last path asked. Checks ask about
 * the path of the file being scanned once per candidate match, and a file dense in candidates (a
 * minified bundle of `secretKey=...` names) has hundreds of thousands of them: one answer per file
 * instead of one regex run per candidate. `pattern` must not be global or sticky (its `test` keeps
 * no state).
 */
export function pathMatcher(pattern: RegExp): (path: string | undefined) => boolean {
  if (pattern.global || pattern.sticky) throw new Error(`pathMatcher: ${pattern} keeps lastIndex`);
  let last: string | undefined;
  let answer = false;
  return (path) => {
    if (path === undefined) return false;
    if (path !== last) {
      answer = pattern.test(path);
      last = path;
    }
    return answer;
  };
}
