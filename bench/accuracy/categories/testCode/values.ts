import type { Gen } from '../../gen';

/**
 * Values as people write them into tests: the password a developer typed for a test account (a
 * word with digits and a symbol, a leet spelling, a random string from a password manager), and
 * the API keys and tokens pasted from a provider's dashboard. All drawn at run time.
 */
export function testPassword(g: Gen): string {
  switch (g.fake.int(5)) {
    case 0:
      return g.pick(TEST_WORDS) + g.fake.digits(g.between(2, 4)) + g.pick(['!', '#', '@', '*', '?']);
    case 1:
      return g.pick(TEST_WORDS).toLowerCase() + g.fake.digits(g.between(3, 4));
    case 2:
      return g.fake.alnum(g.between(12, 20));
    case 3:
      return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*-=?@^_', g.between(12, 18));
    default:
      return g.pick(TEST_WORDS) + '-' + g.pick(TEST_WORDS).toLowerCase() + '-' + g.fake.digits(2);
  }
}

/** A password with no character that needs escaping in YAML, XML, shells, PHP or Kotlin strings. */
export function plainTestPassword(g: Gen): string {
  for (;;) {
    const p = testPassword(g);
    if (/^[A-Za-z0-9_.!*-]+$/.test(p)) return p;
  }
}

/** An unprefixed key or secret of the kind most SaaS dashboards issue. */
export function testApiKey(g: Gen): string {
  return g.apiKey();
}

/** A bearer token: an opaque random string, a GitHub token or a Slack bot token. */
export function testToken(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return g.fake.githubStyle('gh' + 'p_');
    case 1:
      return 'xo' + 'xb-' + g.fake.digits(12) + '-' + g.fake.digits(13) + '-' + g.fake.alnum(24);
    case 2:
      return g.fake.base64url(g.between(32, 48));
    default:
      return g.fake.alnum(40);
  }
}

/** A user name for a test account. */
export function testUser(g: Gen): string {
  return g.pick(['alice', 'bob', 'carol', 'dave', 'erin', 'mallory', 'qa_admin', 'e2e-user', 'svc-reporting']);
}

/** An e-mail address for a test account. */
export function testEmail(g: Gen): string {
  return `${testUser(g).replace('_', '.')}@${g.pick(['acme.io', 'contoso.com', 'initech.dev', 'globex.co'])}`;
}

const TEST_WORDS = [
  'Lantern',
  'Harbor',
  'Falcon',
  'Juniper',
  'Cobalt',
  'Orchid',
  'Granite',
  'Saturn',
  'Pelican',
  'Tornado',
  'Meadow',
  'Copper',
];
