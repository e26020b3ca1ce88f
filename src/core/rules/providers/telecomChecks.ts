// Value checks the telephony rules (./telecomVoip.ts) share: numeric PINs people chose, and the short
// letters-only passwords SMPP binds allow.

/**
 * A numeric PIN someone chose (a voicemail PIN, a desk phone's admin password), not a default or a
 * pattern: `minLength` digits or more (PINs are typed on a keypad: at most 12 here), not one digit
 * repeated, not a constant step (`123456`, `987654`, `135791`), not a block repeated (`121212`,
 * `123123`, `45674567`).
 */
export function isChosenPin(pin: string, minLength: number): boolean {
  if (pin.length < minLength || pin.length > 12 || !/^\d+$/.test(pin)) return false;
  let constantStep = true;
  const step = (pin.charCodeAt(1) - pin.charCodeAt(0) + 10) % 10;
  for (let i = 2; i < pin.length && constantStep; i++)
    constantStep = (pin.charCodeAt(i) - pin.charCodeAt(i - 1) + 10) % 10 === step;
  if (constantStep) return false;
  for (let block = 1; block <= pin.length / 2; block++) {
    if (pin.length % block !== 0) continue;
    if (pin.slice(block) === pin.slice(0, pin.length - block)) return false;
  }
  return true;
}

/**
 * Letters drawn at random in both cases, as SMPP passwords (at most 8 characters in SMPP 3.4) are
 * often issued: mixed case, and not a capitalised or CamelCase word (`Carrier`, `SmsGate`), whose
 * humps each start with one capital followed by lower case.
 */
export function isRandomMixedLetters(value: string): boolean {
  return (
    /^[A-Za-z]{6,9}$/.test(value) &&
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    !/^[A-Za-z][a-z]{1,8}(?:[A-Z][a-z]{1,8})*$/.test(value)
  );
}
