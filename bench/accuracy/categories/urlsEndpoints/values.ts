import type { Gen } from '../../gen';

/**
 * Passwords as they appear inside a URL's userinfo: weak or random, with the characters RFC 3986
 * reserves percent-encoded (`p@ss` is written `p%40ss`), as drivers and URL builders write them.
 */
export function urlPassword(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return g.plainPassword();
    case 1:
      return g.fake.alnum(g.between(16, 32));
    case 2:
      return encodeURIComponent(g.password());
    default:
      return g.fake.base64url(g.between(20, 40)).replace(/^[-_]+/, 'k');
  }
}

/** A random string of the length cloud consoles generate for service passwords (no encoding needed). */
export function strongPassword(g: Gen): string {
  return g.fake.alnum(g.between(20, 32));
}

/** A base64 value of `user:password`, as `.npmrc` `_auth` and Docker's `auths` store it. */
export function basicPair(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}
