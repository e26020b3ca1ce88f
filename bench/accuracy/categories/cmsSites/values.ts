import type { Gen } from '../../gen';

/**
 * Values the cms-sites templates share, in the shapes the CMSes and their providers document:
 * WordPress salts (64 printable characters from the secret-key service), Akismet keys (12 hex),
 * reCAPTCHA v2/v3 keys (`6L` + 38 base64url; the site key is public, the secret is not), Joomla
 * `$secret` (16 base62), TYPO3 `encryptionKey` (96 hex) and argon2 install-tool hashes, Drupal
 * `hash_salt` (base64url), Craft `CRAFT_SECURITY_KEY`, Ghost Admin API keys (24 hex id `:` 64 hex
 * secret; the 26-hex Content API key is public), Strapi secrets (base64 of 16 bytes) and API tokens
 * (256 hex), Directus `KEY`/`SECRET`, Payload secrets, Contentful CMA tokens (`CFPAT-` + 43) and
 * preview tokens (43), Sanity tokens (`sk` + base62), Storyblok tokens, Prismic tokens, DatoCMS and
 * Hygraph tokens, Builder.io private keys (`bpk-` + 32 hex; the 32-hex public key is public),
 * Algolia admin keys (32 hex; search keys are public), Cloudinary URLs, Mailgun keys, SendGrid keys,
 * Disqus secrets, Matomo salts, .NET machine keys. Generated at run time from the seeded
 * FakeTokens, prefixes concatenated with the random part: nothing here is a live credential.
 */

const WP_SALT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|';
const SITE_WORDS = ['blog', 'press', 'studio', 'agency', 'magazine', 'journal', 'portfolio', 'newsroom'];

export function wpSalt(g: Gen): string {
  for (;;) {
    const s = g.fake.from(WP_SALT, 64);
    // a salt with `$` followed by a letter would read as a PHP variable in double quotes; wp-config
    // uses single quotes, but keep the value free of leading/trailing spaces as the generator does.
    if (!/^ | $/.test(s)) return s;
  }
}

/** A site database or SMTP password as site owners and hosts pick them. */
export function sitePassword(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return `${cap(g.pick(SITE_WORDS))}${g.fake.digits(g.between(2, 4))}${g.pick(['!', '#', '@', '$', '*'])}`;
    case 1:
      return g.fake.alnum(g.between(12, 24));
    case 2:
      return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@^_', g.between(14, 24));
    default:
      return g.plainPassword();
  }
}

/** A password safe inside URLs, INI, XML and shell without escaping. */
export function plainSitePassword(g: Gen): string {
  for (;;) {
    const p = sitePassword(g);
    if (/^[A-Za-z0-9_.!*-]+$/.test(p)) return p;
  }
}

export function dbUser(g: Gen, app: string): string {
  return g.pick([`${app}_user`, `${app}`, `wp_${g.fake.lower(4)}`, 'dbadmin', `${app}_prod`, 'cms']);
}

export function dbHost(g: Gen): string {
  return g.pick(['localhost', '127.0.0.1', 'db', 'mysql', 'mariadb', 'db.internal', 'mysql-01.corp.local']);
}

export function siteDomain(g: Gen): string {
  return g.pick([
    'www.lakeside-bakery.com',
    'blog.acme-widgets.io',
    'news.northwind.org',
    'studio-fernandez.design',
    'docs.tradewinds.dev',
    'shop.harbourline.co.uk',
    'www.kestrel-law.com',
  ]);
}

export function smtpHost(g: Gen): string {
  return g.pick([
    'smtp.sendgrid.net',
    'smtp.mailgun.org',
    'email-smtp.eu-west-1.amazonaws.com',
    'smtp.office365.com',
    'smtp.gmail.com',
    'mail.smtp2go.com',
    'smtp.postmarkapp.com',
  ]);
}

export function email(g: Gen): string {
  return `${g.pick(['webmaster', 'noreply', 'info', 'admin', 'hello', 'editor'])}@${g.pick(['lakeside-bakery.com', 'acme-widgets.io', 'northwind.org', 'kestrel-law.com'])}`;
}

// --- PHP CMS ------------------------------------------------------------------------------------

export function akismetKey(g: Gen): string {
  return g.fake.hex(12);
}
/** reCAPTCHA keys: `6L` + 38 base64url characters (site key public, secret key not). */
export function recaptchaKey(g: Gen): string {
  return '6' + 'L' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 38);
}
export function joomlaSecret(g: Gen): string {
  return g.fake.alnum(16);
}
export function typo3EncryptionKey(g: Gen): string {
  return g.fake.hex(96);
}
/** An argon2i hash as TYPO3 stores the install-tool password. */
export function argon2Hash(g: Gen): string {
  return (
    '$argon2i$v=19$m=65536,t=16,p=1$' +
    g.fake.base64(22).replace(/[+/]/g, 'x') +
    '$' +
    g.fake.base64(43).replace(/[+/]/g, 'y')
  );
}
/** A bcrypt hash ($2y$ as PHP writes it). */
export function bcryptHash(g: Gen): string {
  return '$2y$10$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
}
/** A WordPress phpass hash ($P$ + 31). */
export function phpassHash(g: Gen): string {
  return '$P$B' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 30);
}
export function drupalHashSalt(g: Gen): string {
  return g.fake.base64url(g.pick([43, 74]));
}
export function craftSecurityKey(g: Gen): string {
  return g.fake.base64url(32);
}
/** Laravel-style APP_KEY (October/Winter CMS). */
export function laravelAppKey(g: Gen): string {
  return 'base64:' + g.fake.base64(43) + '=';
}
export function matomoSalt(g: Gen): string {
  return g.fake.hex(32);
}
/** A premium-plugin licence key (ACF Pro, Gravity Forms, WP Rocket, Elementor Pro...). */
export function licenseKey(g: Gen): string {
  switch (g.fake.int(3)) {
    case 0:
      return g.fake.hex(32);
    case 1:
      return g.fake.base64(g.between(40, 60)).replace(/[+/=]/g, 'k');
    default:
      return `${g.fake.upperAlnum(5)}-${g.fake.upperAlnum(5)}-${g.fake.upperAlnum(5)}-${g.fake.upperAlnum(5)}`;
  }
}

// --- headless -----------------------------------------------------------------------------------

export function ghostAdminKey(g: Gen): string {
  return g.fake.hex(24) + ':' + g.fake.hex(64);
}
export function ghostContentKey(g: Gen): string {
  return g.fake.hex(26);
}
/** Strapi's generated secrets: base64 of 16 random bytes. */
export function strapiSecret(g: Gen): string {
  return g.fake.base64(22) + '==';
}
export function strapiAppKeys(g: Gen): string {
  return [0, 1, 2, 3].map(() => strapiSecret(g)).join(',');
}
export function strapiApiToken(g: Gen): string {
  return g.fake.hex(256);
}
export function directusSecret(g: Gen): string {
  return g.fake.alnum(g.between(32, 48));
}
export function directusStaticToken(g: Gen): string {
  return g.fake.base64url(32).replace(/[-_]/g, 'Q');
}
export function payloadSecret(g: Gen): string {
  return g.fake.hex(g.pick([24, 32, 48]));
}
export function contentfulCma(g: Gen): string {
  return 'CFP' + 'AT-' + g.fake.base64url(43);
}
export function contentfulToken(g: Gen): string {
  return g.fake.base64url(43);
}
export function contentfulSpace(g: Gen): string {
  return g.fake.lowerAlnum(12);
}
export function sanityToken(g: Gen): string {
  return 's' + 'k' + g.fake.alnum(g.between(160, 182));
}
export function sanityProject(g: Gen): string {
  return g.fake.lowerAlnum(8);
}
export function storyblokPreview(g: Gen): string {
  return g.fake.alnum(22) + 'tt';
}
/** A Storyblok personal access token: base62, a dash, the user id, a dash, base62. */
export function storyblokPat(g: Gen): string {
  return g.fake.alnum(22) + 'tt-' + g.fake.digits(6) + '-' + g.fake.alnum(20);
}
/** A Prismic permanent access token (base64 of `0.` + random, so it starts `MC5`). */
export function prismicToken(g: Gen): string {
  return 'MC' + '5' + g.fake.base64url(g.between(76, 90)).replace(/[-_]/g, 'Z');
}
export function datoToken(g: Gen): string {
  return g.fake.hex(30);
}
export function hygraphToken(g: Gen): string {
  return g.fake.jwt({
    aud: ['https://api-eu-central-1.hygraph.com/v2/' + g.fake.lowerAlnum(25) + '/master'],
    iss: 'https://management.hygraph.com/',
  });
}
export function builderPrivateKey(g: Gen): string {
  return 'bp' + 'k-' + g.fake.hex(32);
}
export function builderPublicKey(g: Gen): string {
  return g.fake.hex(32);
}
export function keystoneSecret(g: Gen): string {
  return g.fake.alnum(g.between(32, 48));
}

// --- sites and services --------------------------------------------------------------------------

export function algoliaAppId(g: Gen): string {
  return g.fake.upperAlnum(10);
}
export function algoliaKey(g: Gen): string {
  return g.fake.hex(32);
}
export function cloudinaryUrl(g: Gen, secret: string): string {
  return `cloudinary://${g.fake.digits(15).replace(/^0/, '8')}:${secret}@${g.pick(['lakeside', 'acme-media', 'northwind-cdn', 'dx7k2m'])}`;
}
export function cloudinarySecret(g: Gen): string {
  return g.fake.base64url(27);
}
export function mailgunKey(g: Gen): string {
  return g.chance(0.5) ? 'ke' + 'y-' + g.fake.hex(32) : `${g.fake.hex(32)}-${g.fake.hex(8)}-${g.fake.hex(8)}`;
}
export function sendgridKey(g: Gen): string {
  return 'S' + 'G.' + g.fake.base64url(22) + '.' + g.fake.base64url(43);
}
export function disqusSecret(g: Gen): string {
  return g.fake.alnum(64);
}
export function awsKeyId(g: Gen): string {
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}
export function awsSecret(g: Gen): string {
  return g.fake.base64(40).replace(/[+]/g, 'p');
}
export function netlifyToken(g: Gen): string {
  return 'nf' + 'p_' + g.fake.alnum(36);
}
export function vercelToken(g: Gen): string {
  return g.fake.alnum(24);
}
export function machineKey(g: Gen, hexLen: number): string {
  return g.fake.upperHex(hexLen);
}
export function guid(g: Gen): string {
  return g.fake.uuid();
}

export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
