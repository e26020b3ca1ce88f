import type { Gen } from '../../gen';

/**
 * Values the self-hosted-apps templates share, in the shapes the apps' installers and docs produce
 * them: database and admin passwords as people choose them (weak words with digits as often as
 * random strings), the installers' generated secrets (Nextcloud's 48-character `secret`, Drupal's
 * 74-character base64url `hash_salt`, MediaWiki's 64-hex `$wgSecretKey`, Rails' 128-hex
 * `secret_key_base`, Gitea's 64-character `SECRET_KEY`, Synapse's 50-character secrets with
 * symbols, Laravel's `base64:` APP_KEY). Every value is generated at run time from the seeded
 * FakeTokens, so nothing committed here is a live credential.
 */

const ADMIN_WORDS = ['Moodle', 'Cloud', 'Forum', 'Wiki', 'Shop', 'Helpdesk', 'Gitea', 'Grafana', 'Matrix', 'Portal'];

/** A database or admin password as admins pick them: weak, leet, or random. */
export function pass(g: Gen): string {
  switch (g.fake.int(5)) {
    case 0:
      return `${g.pick(ADMIN_WORDS)}${g.pick(['2023', '2024', '2025', '!23', '#1', '@db'])}${g.pick(['', '!', '#'])}`;
    case 1:
      return g.fake.alnum(g.between(16, 32));
    case 2:
      return g.password();
    case 3:
      return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', g.between(20, 28));
    default:
      return g.plainPassword();
  }
}

/** A password safe inside single or double quotes and URLs (no quote, backslash, $, @, :, / or #). */
export function safePass(g: Gen): string {
  for (;;) {
    const p = pass(g);
    if (/^[A-Za-z0-9_.!*%?-]+$/.test(p)) return p;
  }
}

/** `openssl rand -hex n` */
export function hex(g: Gen, bytes: number): string {
  return g.fake.hex(bytes * 2);
}

/** `openssl rand -base64 n` (with padding when n is not a multiple of 3). */
export function b64(g: Gen, bytes: number): string {
  const chars = Math.ceil((bytes * 4) / 3);
  const padded = Math.ceil(bytes / 3) * 4;
  return g.fake.base64(chars) + '='.repeat(padded - chars);
}

/** base64url without padding, as Drupal's Crypt::randomBytesBase64 and Gitea's JWT secrets. */
export function b64url(g: Gen, chars: number): string {
  return g.fake.base64url(chars);
}

/** A PHP installer's random string: letters and digits. */
export function alnum(g: Gen, n: number): string {
  return g.fake.alnum(n);
}

/** Synapse's random_string_with_symbols: letters, digits and punctuation (no quotes or backslash). */
export function synapseSecret(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:^&*-_+=#~@', 50);
}

/** Nextcloud's generated `secret`: 48 characters of letters, digits, '+' and '/'. */
export function nextcloudSecret(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 48);
}

/** Laravel's `php artisan key:generate`: base64 of 32 random bytes. */
export function laravelKey(g: Gen): string {
  return 'base64:' + b64(g, 32);
}

/** Rails `rake secret` / `bin/rails secret`: 128 hex. */
export function railsSecret(g: Gen): string {
  return g.fake.hex(128);
}

/** A JWT as Gitea writes INTERNAL_TOKEN (claims {"nbf": ...}). */
export function giteaInternalToken(g: Gen): string {
  return g.fake.jwt({ nbf: 1690000000 + g.fake.int(60000000) });
}

/** A GitLab runner authentication token (`glrt-` then 20+ base64url characters). */
export function gitlabRunnerToken(g: Gen): string {
  return 'glrt' + '-' + g.fake.base64url(g.pick([20, 27]));
}

/** A SonarQube user token (`squ_` then 40 hex). */
export function sonarUserToken(g: Gen): string {
  return g.pick(['squ', 'sqp', 'sqa']) + '_' + g.fake.hex(40);
}

/** An AWS access key id (`AKIA` then 16 upper-case alphanumerics). */
export function awsKeyId(g: Gen): string {
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}

export function awsSecret(g: Gen): string {
  return g.fake.base64(40).replace(/\+/g, 'k');
}

/** A MinIO access key as admins create them (upper-case alphanumerics) and its secret. */
export function minioAccessKey(g: Gen): string {
  return g.fake.upperAlnum(20);
}

export function minioSecret(g: Gen): string {
  return g.fake.alnum(40);
}

/** A UUID, as Keycloak client secrets (older versions) and Nexus' first admin password. */
export function uuid(g: Gen): string {
  return g.fake.uuid();
}

export function site(g: Gen): string {
  return g.pick(['acme-corp.com', 'northwind.org', 'lumenlabs.io', 'brightpath.net', 'contoso-intra.com']);
}

export function sub(g: Gen, name: string): string {
  return `${name}.${site(g)}`;
}

export function dbUser(g: Gen, app: string): string {
  return g.pick([app, `${app}user`, `${app}_prod`, 'root', `${app}_admin`]);
}
