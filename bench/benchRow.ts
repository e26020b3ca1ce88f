/** One line of a bench's output: what was measured, the figure, and the target it is held to. */
export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly target?: string;
  readonly ok?: boolean;
}

/** The middle value (the upper one of an even count): what the benches quote of repeated runs. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
