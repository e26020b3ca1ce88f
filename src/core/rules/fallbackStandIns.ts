// What an environment fallback holds when it names the value rather than being it.

/** Words that turn a variable's own name into a stand-in for its value (`test-password` for PASSWORD). */
const STAND_IN_PREFIX = /^(?:test|fake|dummy|sample|example)$/;

/**
 * A fallback that names what belongs there rather than being it: a `<slot>` or `YOUR_…`, an HTTP header's
 * name, or the variable's own name, bare or after test/fake/dummy (`ENV.fetch("BOT_TOKEN",
 * "bot.token")`, `"test-password"`).
 */
export function isFallbackStandIn(secret: string, variable: string): boolean {
  if (/^<[^<>]{1,60}>$/.test(secret) || /^(?:proxy-)?authorization$|^x-[a-z]{1,12}(?:-[a-z]{1,12}){0,3}$/i.test(secret))
    return true;
  // A mask (`xxxxxxxx`, `********`): one character repeated opens nothing.
  if (/^(.)\1{3,}$/.test(secret)) return true;
  // Upper-case slots (`YOUR_API_KEY`, `REPLACE_ME`); lower-case `your-secret` is a tutorial default.
  if (/^(?:REPLACE_ME|YOUR_[A-Z0-9_]{1,40})$/.test(secret)) return true;
  // An installer's substitution slot (CakePHP's app_local.example.php `env('SECURITY_SALT', '__SALT__')`).
  if (/^__[A-Z][A-Z0-9_]{0,40}__$/.test(secret)) return true;
  const value = secret.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = variable
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // The variable's words after a stand-in word (`test-password` for DB_PASSWORD), or all of them
  // when there are several (`bot.token`); a lone word (`secret` for SECRET) is a known default.
  if (words.length > 1 && value === words.join('')) return true;
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join('');
    if (value.endsWith(tail) && STAND_IN_PREFIX.test(value.slice(0, value.length - tail.length))) return true;
  }
  return false;
}
