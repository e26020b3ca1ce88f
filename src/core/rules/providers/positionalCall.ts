import type { FakeTokens } from '../fakeTokens';

/**
 * A call taking a password (or device token) at a fixed argument, as ./positionalPasswords.ts reads
 * it: the call's pattern source, its keywords, how many arguments stand before the password and an
 * example (generated at runtime) holding every keyword. Domain modules (IoT, research, telephony)
 * list theirs.
 */
export interface PositionalCall {
  readonly call: string;
  readonly keywords: readonly string[];
  readonly before: number;
  readonly example: (fake: FakeTokens) => string;
}
