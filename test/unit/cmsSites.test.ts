import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { judgeName } from '../../src/core/rules/judge/names';
import { isDocsSiteSearchKey, isPublicSdkKeyArgument } from '../../src/core/rules/judge/publicSdkInit';

// Every value below is generated at runtime by FakeTokens; nothing here is a committed secret.
const fake = new FakeTokens(0xc415);
const detector = new Detector(builtinRules);
const rulesOn = (text: string, path: string) => detector.scan(text, { path }).map((f) => f.ruleId);

/** A salt as WordPress's secret-key service draws them: 64 printable characters, spaces included. */
const wpSalt = () => fake.from('ABCDEFGHJKabcdefghjk0123456789!@#%^&*()-_ []{}<>~+=,.;:/?|', 63) + 'Q';

describe('credentials of CMS sites (cms-sites corpus, issue 11)', () => {
  it('reads WordPress salts with spaces in wp-config.php and Bedrock .env, not the placeholder', () => {
    const salt = wpSalt();
    assert.deepEqual(rulesOn(`define( 'NONCE_KEY',         '${salt}' );\n`, 'wp-config.php').length, 1);
    assert.deepEqual(rulesOn(`SECURE_AUTH_KEY='${salt}'\n`, 'site/.env').length, 1);
    assert.deepEqual(rulesOn("define( 'AUTH_KEY',         'put your unique phrase here' );\n", 'wp-config.php'), []);
  });

  it('reads a Ghost Admin API key and leaves the public Content API key', () => {
    const admin = `${fake.hex(24)}:${fake.hex(64)}`;
    assert.deepEqual(rulesOn(`GHOST_ADMIN_API_KEY=${admin}\n`, '.env'), ['ghost-admin-api-key']);
    assert.deepEqual(rulesOn(`GHOST_CONTENT_API_KEY=${fake.hex(26)}\n`, '.env'), []);
    assert.equal(judgeName('GHOST_CONTENT_API_KEY'), undefined);
    assert.notEqual(judgeName('GHOST_ADMIN_API_KEY'), undefined);
  });

  it('reads WordPress 6.8 bcrypt hashes ($wp$2y$) in user dumps', () => {
    const hash = '$wp$2y$10$' + fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
    assert.deepEqual(rulesOn(`(2,'editor','${hash}','editor','e@corp.io');\n`, 'wp_users.sql'), ['password-hash-line']);
  });

  it("takes Storyblok's browser SDK token as public, not its tokens elsewhere", () => {
    assert.ok(isPublicSdkKeyArgument("storyblokInit({ accessToken: '"));
    assert.ok(isPublicSdkKeyArgument("  modules: [['@storyblok/nuxt', { accessToken: '"));
    assert.ok(!isPublicSdkKeyArgument("new StoryblokClient({ oauthToken: '"));
    const token = `${fake.alnum(22)}tt`;
    assert.deepEqual(rulesOn(`storyblokInit({ accessToken: '${token}', use: [apiPlugin] });\n`, 'src/main.js'), []);
  });

  it("takes an apiKey in a docs site's client-bundled config as the search key", () => {
    assert.ok(isDocsSiteSearchKey('apiKey', 'website/docusaurus.config.js'));
    assert.ok(isDocsSiteSearchKey('apiKey', 'docs/.vitepress/config.mts'));
    assert.ok(!isDocsSiteSearchKey('apiKey', 'scripts/index-posts.js'));
    assert.ok(!isDocsSiteSearchKey('adminApiKey', 'docusaurus.config.js'));
    const key = fake.hex(32);
    assert.deepEqual(rulesOn(`      apiKey: '${key}',\n`, 'docusaurus.config.js'), []);
    assert.notDeepEqual(rulesOn(`      apiKey: '${key}',\n`, 'scripts/reindex.js'), []);
  });

  it('reads passwords in PHP-serialized plugin settings by their names', () => {
    const pass = `${fake.alnum(12)}7`;
    const row = `a:2:{s:4:"user";s:9:"wpbackup";s:4:"pass";s:${pass.length}:"${pass}";}`;
    assert.deepEqual(rulesOn(`1204\tupdraft_ftp\t${row}\tno\n`, 'wp_options.tsv'), ['php-serialized-secret-setting']);
    assert.deepEqual(
      rulesOn('a:2:{s:4:"host";s:14:"smtp.gmail.com";s:4:"path";s:8:"/updraft";}\n', 'wp_options.tsv'),
      [],
    );
  });
});
