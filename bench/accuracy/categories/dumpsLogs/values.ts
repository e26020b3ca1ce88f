import type { Gen } from '../../gen';

/** The alphabet crypt(3) hashes write their salt and digest in. */
const CRYPT_ALPHABET = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Password hashes as applications store them in a users table, in each scheme's documented layout
 * (crypt(3) man page, PHP password_hash, Django's hasher, the argon2 PHC string, phpass, MySQL and
 * PostgreSQL role passwords). Random digests: none is the hash of anything.
 */
export function passwordHash(g: Gen): string {
  switch (g.fake.int(7)) {
    case 0:
      return `$2y$10$${g.fake.from(CRYPT_ALPHABET, 53)}`;
    case 1:
      return `$6$${g.fake.from(CRYPT_ALPHABET, 16)}$${g.fake.from(CRYPT_ALPHABET, 86)}`;
    case 2:
      return `$1$${g.fake.from(CRYPT_ALPHABET, 8)}$${g.fake.from(CRYPT_ALPHABET, 22)}`;
    case 3:
      return `pbkdf2_sha256$870000$${g.fake.alnum(22)}$${g.fake.base64(43)}=`;
    case 4:
      return `$argon2id$v=19$m=65536,t=3,p=4$${g.fake.base64(22)}$${g.fake.base64(43)}`;
    case 5:
      return `$2b$12$${g.fake.from(CRYPT_ALPHABET, 53)}`;
    default:
      return `$5$rounds=5000$${g.fake.from(CRYPT_ALPHABET, 16)}$${g.fake.from(CRYPT_ALPHABET, 43)}`;
  }
}

export function phpassHash(g: Gen): string {
  return `$P$B${g.fake.from(CRYPT_ALPHABET, 31)}`;
}

/** A session cookie value in one of the common frameworks' shapes. */
export function sessionCookie(g: Gen): { name: string; value: string } {
  switch (g.fake.int(5)) {
    case 0:
      return { name: 'sessionid', value: g.fake.lowerAlnum(32) };
    case 1:
      return { name: 'connect.sid', value: `s%3A${g.fake.base64url(32)}.${g.fake.base64url(43)}` };
    case 2:
      return { name: 'PHPSESSID', value: g.fake.lowerAlnum(26) };
    case 3:
      return { name: 'JSESSIONID', value: g.fake.upperHex(32) };
    default:
      return { name: '_shop_session', value: `${g.fake.base64url(120)}--${g.fake.hex(40)}` };
  }
}

/** An opaque bearer or API token (no provider prefix: only its place says what it is). */
export function opaqueToken(g: Gen): string {
  return g.pick([g.fake.alnum(40), g.fake.base64url(g.between(32, 48)), g.fake.hex(40), g.apiKey()]);
}

/** A log timestamp. */
export function stamp(g: Gen): string {
  return `2024-0${g.between(1, 9)}-1${g.between(0, 9)} 1${g.between(0, 9)}:${g.between(10, 59)}:${g.between(10, 59)}`;
}
