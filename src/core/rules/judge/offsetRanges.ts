/**
 * Whether `offset` falls inside one of `ranges`, [start, end) offset pairs in order (POD blocks of
 * ./perlPod, PEM bodies of ./pemBlocks). Binary search over the pairs: a text has a few dozen, a
 * check runs per candidate.
 */
export function inRanges(ranges: readonly number[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ranges[2 * mid]!) hi = mid - 1;
    else if (offset >= ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
