import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { tokenUserinfoFollows, userinfoFollows } from '../../src/core/rules/keywordGates';

// Every credential-shaped value here is generated at run time (FakeTokens), never a literal.
const fake = new FakeTokens(41);
const detector = new Detector(builtinRules);

function rulesOn(line: string, path = 'src/app.ts'): string[] {
  return detector.scan(line + '\n', { path }).map((f) => f.ruleId);
}

describe('credentials in URLs and endpoints', () => {
  it('reads a userinfo password holding an unencoded @ up to the last @', () => {
    const line = `DB = "mysql://root:${fake.alnum(5)}@${fake.alnum(6)}7@db.internal:3306/app"`;
    assert.deepEqual(rulesOn(line), ['url-credentials']);
    assert.equal(userinfoFollows(line, line.indexOf('://'), line.length), true);
  });

  it('takes a literal password whose host is filled in at run time', () => {
    assert.deepEqual(rulesOn(`const u = \`postgres://app:${fake.alnum(16)}@\${host}:5432/app\`;`), ['url-credentials']);
  });

  it('leaves a port followed by a query e-mail address, and a default login whose password is the user', () => {
    assert.deepEqual(rulesOn('open http://gateway:8080?notify=ops@corp.internal'), []);
    assert.deepEqual(rulesOn('NEO4J_URL=bolt://neo4j:neo4j@graph.corp.internal:7687', '.env'), []);
  });

  it("reports a token alone as an https URL's user, but not a Sentry DSN's public key", () => {
    const pat = fake.lowerAlnum(52);
    const line = `git clone https://${pat}@dev.azure.com/acme/Platform/_git/api`;
    assert.deepEqual(rulesOn(line, 'ci/clone.sh'), ['url-token-userinfo']);
    assert.equal(tokenUserinfoFollows(line, line.indexOf('://'), line.length), true);
    assert.deepEqual(rulesOn(`SENTRY_DSN=https://${fake.hex(32)}@o123456.ingest.sentry.io/4506`, '.env'), []);
    assert.equal(tokenUserinfoFollows('see https://github.com/acme/app', 9, 31), false);
  });

  it('reports a signed URL only when it names a real signing key', () => {
    const sig = fake.hex(64);
    const url = (keyId: string) =>
      `https://b.s3.amazonaws.com/q.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${keyId}%2F20260114%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=${sig}`;
    assert.ok(rulesOn(url('AKIA' + fake.upperAlnum(16))).includes('signed-url-signature'));
    assert.ok(!rulesOn(url('AKGP' + fake.upperAlnum(16))).includes('signed-url-signature'));
  });

  it("leaves a service host's short URL option (an image signature) but keeps a key-named one", () => {
    assert.deepEqual(rulesOn(`<img src="https://acme.imgix.net/a.jpg?w=96&s=${fake.hex(32)}">`, 'index.html'), []);
    assert.deepEqual(rulesOn(`fetch("https://api.imgix.com/v1/assets?key=${fake.alnum(32)}")`), [
      'service-key-near-name',
    ]);
  });

  it('reports webhook URLs whose path is the secret, not numeric hook ids', () => {
    assert.deepEqual(rulesOn(`MATTERMOST_HOOK=https://chat.corp.internal/hooks/${fake.lowerAlnum(26)}`, '.env'), [
      'webhook-path-token',
    ]);
    assert.deepEqual(rulesOn('curl https://api.github.com/repos/acme/api/hooks/412345678', 'x.sh'), []);
  });
});
