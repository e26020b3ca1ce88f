import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isExamplePassword } from '../../src/core/rules/judge/values';

// Every credential below is generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x7e57);

function findings(text: string, path: string) {
  return detector.scan(text, { path });
}

function ruleIds(text: string, path: string): string[] {
  return findings(text, path).map((f) => f.ruleId);
}

describe('credentials in tests and fixtures', () => {
  it('reports a password typed into a login form by a UI test, one confidence step lower', () => {
    const pw = fake.alnum(14);
    const [f, ...rest] = findings(`    cy.get('#password').type('${pw}');\n`, 'cypress/e2e/login.cy.js');
    assert.equal(rest.length, 0);
    assert.equal(f?.ruleId, 'password-field-input');
    assert.equal(f?.confidence, 'low');
    assert.match(f?.why ?? '', /password field/);
  });

  it("takes a field's second argument only from a call that fills it, not from a lookup's default", () => {
    const pw = fake.alnum(14);
    assert.deepEqual(ruleIds(`    page.fill("#password", "${pw}")\n`, 'tests/e2e/test_login.py'), [
      'password-field-input',
    ]);
    assert.deepEqual(ruleIds(`    pw = settings.get("password", "${pw}")\n`, 'app/settings.py'), []);
  });

  it('reports login calls with a literal password, and not the wrong passwords tests try', () => {
    const pw = fake.alnum(14);
    assert.deepEqual(ruleIds(`var r = await _auth.LoginAsync("ops@corp.io", "${pw}");\n`, 'tests/AuthTests.cs'), [
      'login-call-password',
    ]);
    assert.deepEqual(
      ruleIds('assertFalse(auth.authenticate("alice", "wrongpassword"));\n', 'src/test/AuthTest.java'),
      [],
    );
    assert.deepEqual(ruleIds('client.login("alice", "invalid")\n', 'tests/test_auth.py'), []);
    assert.ok(
      isExamplePassword('wrongpassword') && isExamplePassword('invalid-pass') && isExamplePassword('incorrect'),
    );
  });

  it('reports values bound to secret-named members without an assignment: blocks, stubs, asserts', () => {
    assert.deepEqual(ruleIds(`    password { "${fake.alnum(14)}" }\n`, 'spec/factories/users.rb'), [
      'secret-block-literal',
    ]);
    assert.deepEqual(
      ruleIds(`every { tokens.accessToken() } returns "${fake.alnum(40)}"\n`, 'src/test/kotlin/ApiTest.kt'),
      ['secret-accessor-stubbed-literal'],
    );
    assert.deepEqual(
      ruleIds(`assertEquals("${fake.alnum(32)}", props.getClientSecret());\n`, 'src/test/java/PropsTest.java'),
      ['secret-asserted-literal'],
    );
    assert.deepEqual(ruleIds("expect(config.tokenType).toBe('Bearer');\n", 'test/config.test.ts'), []);
  });

  it('reads Gherkin log-in steps in feature files only', () => {
    const line = `    When I log in with "ops@corp.io" and "${fake.alnum(12)}"\n`;
    assert.deepEqual(ruleIds(line, 'features/login.feature'), ['gherkin-step-password']);
    assert.deepEqual(ruleIds(line, 'notes/login.txt'), []);
    assert.deepEqual(ruleIds('    When I log in with "<username>" and "<password>"\n', 'features/login.feature'), []);
  });

  it("drops a test's dummy fallbacks and published defaults, and keeps them in application code", () => {
    const dummyFallback = "secret = ENV.fetch('SESSION_SECRET', 'x')\n";
    assert.deepEqual(ruleIds(dummyFallback, 'spec/support/session.rb'), []);
    assert.deepEqual(ruleIds(dummyFallback, 'config/initializers/session.rb'), ['generic-env-fallback-secret']);
    const knownDefault = 'os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"\n';
    assert.deepEqual(ruleIds(knownDefault, 'tests/conftest.py'), []);
    const strong = `const key = process.env.API_KEY || "${fake.alnum(32)}";\n`;
    assert.deepEqual(
      ruleIds(strong, 'test/setup.js'),
      ['generic-env-fallback-secret'],
      'a real-looking key still counts',
    );
  });

  it('reads a call that sets a variable as a setter, not as a read with a fallback', () => {
    assert.deepEqual(ruleIds('os.Setenv("JWT_SECRET", "changeme")\n', 'cmd/server/main.go'), []);
    assert.deepEqual(ruleIds(`os.Setenv("JWT_SECRET", "${fake.alnum(32)}")\n`, 'cmd/server/main.go'), [
      'secret-named-call-argument',
    ]);
  });
});
