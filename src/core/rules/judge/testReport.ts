// Test runners print `--- PASS: TestName (0.00s)` (Go), `=== PASS` and `PASS: suite/case (12ms)`:
// there PASS is the verdict and the text after it a test's name, not a password under a `pass:`
// label. Logs and golden files of such runs ship in every source tree's test data.

/** Go's and its kin's status markers in front of the verdict. */
const STATUS_MARKER = /(?:---|===)[ \t]{0,4}$/;
/** A verdict, a test's name, and the duration the runner appends. */
const TIMED_RESULT = /^PASS:?[ \t]{1,4}\S{1,200}[ \t]{1,4}\(\d{1,6}(?:\.\d{1,6})?m?s\)/;

/** Whether the name at `nameStart` in `line` is a test runner's upper-case PASS verdict. */
export function isTestVerdict(line: string, nameStart: number): boolean {
  if (!line.startsWith('PASS', nameStart)) return false;
  return (
    STATUS_MARKER.test(line.slice(Math.max(0, nameStart - 8), nameStart)) ||
    TIMED_RESULT.test(line.slice(nameStart, nameStart + 240))
  );
}
