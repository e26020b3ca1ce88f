/** Occurrences of each code unit below 128 in the string being measured; zeroed again after each call. */
const asciiCounts = new Int32Array(128);

/**
 * Shannon entropy of `s` in bits per character (0 for the empty string). Sums over the characters
 * in order of first occurrence, so the result is the same to the last bit whatever the counting.
 * Counts ASCII in a reused array, not a Map: it runs on every candidate match, and the
 * allocations were a large share of a scan's garbage collection.
 */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const order: number[] = [];
  let others: Map<number, number> | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (asciiCounts[c]++ === 0) order.push(c);
    } else {
      others ??= new Map();
      const n = others.get(c) ?? 0;
      if (n === 0) order.push(c);
      others.set(c, n + 1);
    }
  }
  let bits = 0;
  for (const c of order) {
    let n: number;
    if (c < 128) {
      n = asciiCounts[c]!;
      asciiCounts[c] = 0;
    } else n = others!.get(c)!;
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
