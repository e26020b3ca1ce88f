// Value generators several blind categories draw the same way (healthcare, gov-education): cloud
// credentials in their issued shapes and the filters around a category's own password draw. Every
// value comes from the seeded FakeTokens at run time (prefixes concatenated with the random part).
import type { Gen } from '../gen';

/**
 * A password as a category's `pass` draws it after its own domain words (choices 0 and 1): a random
 * string (choice 2), a generated one (3), or the corpus's plain password.
 */
export function randomOrPlainPassword(g: Gen, choice: number): string {
  switch (choice) {
    case 2:
      return g.fake.alnum(g.between(14, 24));
    case 3:
      return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789', g.between(16, 22));
    default:
      return g.plainPassword();
  }
}

/**
 * A password as a domain's admins set them: one of its words, a symbol and 3-5 digits (0), one of
 * its site names, 4 digits and a symbol (1), or a random or plain one (2-4). Healthcare,
 * logistics-supply-chain, energy-utilities, marketing-adtech and travel-airline draw theirs so, each
 * with its own words.
 */
export function wordOrSitePassword(g: Gen, words: readonly string[], sites: readonly string[]): string {
  const choice = g.fake.int(5);
  switch (choice) {
    case 0:
      return `${capitalized(g.pick(words))}${g.pick(['!', '#', '_', '@', '.'])}${g.fake.digits(g.between(3, 5))}`;
    case 1:
      return `${capitalized(g.pick(sites))}${g.fake.digits(4)}${g.pick(['!', '$', '#'])}`;
    default:
      return randomOrPlainPassword(g, choice);
  }
}

function capitalized(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A draw of `draw` with no characters that need escaping in XML, URLs, shells or PHP strings. */
export function plainOnly(g: Gen, draw: (g: Gen) => string): string {
  for (;;) {
    const s = draw(g);
    if (/^[A-Za-z0-9_.!-]+$/.test(s)) return s;
  }
}

/** A long random secret (OAuth client secrets, shared or webhook secrets, API keys): 32-64 characters. */
export function longSecret(g: Gen): string {
  switch (g.fake.int(3)) {
    case 0:
      return g.fake.alnum(g.between(32, 48));
    case 1:
      return g.fake.hex(g.pick([32, 40, 64]));
    default:
      return g.fake.base64url(g.between(40, 64)).replace(/^[-_]/, 'Q');
  }
}

/** An Azure AD (Entra) client secret: 3 characters, `8Q~`, 31 more (40 in all). */
export function azureSecret(g: Gen): string {
  return (
    g.fake.alnum(3) +
    '8Q' +
    '~' +
    g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-', 31).replace(/[-.~_]$/, 'x')
  );
}

/** An AWS access key id (base 32 after `AKIA`, as AWS issues them; GovCloud's have the same shape). */
export function awsKeyId(g: Gen): string {
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}

/** An AWS secret access key (40 base64 characters). */
export function awsSecret(g: Gen): string {
  return g.fake.base64(40).replace(/\+/g, 'x');
}
