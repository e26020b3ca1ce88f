/**
 * The shared false-positive filter: values that have a secret's shape but are placeholders,
 * references, documentation examples or dummy data. Applied to every rule's secret unless the rule
 * opts out. Each branch is exercised by test/unit/placeholders.test.ts.
 */

/** Words that mark a value as a stand-in for a real credential. */
const PLACEHOLDER_WORDS =
  /your[-_ ]?|changeme|change[-_]me|placeholder|redacted|example|sample|dummy|fake|replace[-_]?me|insert[-_]|xxxx|\*\*\*|\.\.\.|<[^>]*>|todo|fixme|lorem|notasecret|not[-_]a[-_]secret|secret[-_]?here|key[-_]?here|token[-_]?here/i;

/** Template, interpolation and environment references: the value is looked up, not written here. */
const REFERENCE =
  /\$\{|\{\{|\}\}|\$\(|#\{|%\(|%[A-Z_]+%|^\$[A-Za-z_]|^process\.env\b|^import\.meta\.env\b|^os\.(?:environ|getenv)\b|^env\(|^ENV\[|^System\.getenv|^getenv\(|^secrets\.|^vars\.|^var\.|^@Microsoft\.KeyVault|^op:\/\/|^vault:|^arn:aws:secretsmanager|^ssm:|^secretsmanager:|^ref\+/;

/**
 * True when `value` is a placeholder, a reference or dummy data rather than a credential.
 */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || REFERENCE.test(value)) return true;
  return isLowVariety(value);
}

/**
 * Repeated or sequential characters (`aaaaaaaa`, `12345678`, `abcdefgh`), or a value built from very
 * few distinct characters.
 */
export function isLowVariety(value: string): boolean {
  if (value.length === 0) return true;
  const distinct = new Set(value).size;
  if (value.length >= 8 && distinct <= 3) return true;
  let run = 1;
  let seq = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    run = d === 0 ? run + 1 : 1;
    seq = d === 1 || d === -1 ? seq + 1 : 1;
    if (run >= 6 || seq >= 8) return true;
  }
  return false;
}
