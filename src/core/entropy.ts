/** Per ASCII character, its count in the string being measured (zeroed again after each use). */
const asciiCounts = new Int32Array(128);
/** The distinct ASCII characters of that string, in order of first occurrence. */
const asciiSeen = new Int32Array(128);

/** Shannon entropy of `s` in bits per character (0 for the empty string). */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  // ASCII strings (nearly every value) are counted in a reused array instead of a Map; the terms
  // are summed in order of first occurrence either way, so both give the same bits.
  let distinct = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      for (let k = 0; k < distinct; k++) asciiCounts[asciiSeen[k]!] = 0;
      return entropyByMap(s);
    }
    if (asciiCounts[c]!++ === 0) asciiSeen[distinct++] = c;
  }
  let bits = 0;
  for (let k = 0; k < distinct; k++) {
    const c = asciiSeen[k]!;
    const p = asciiCounts[c]! / s.length;
    asciiCounts[c] = 0;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function entropyByMap(s: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
