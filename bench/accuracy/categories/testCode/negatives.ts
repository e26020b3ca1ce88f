import { createHash } from 'node:crypto';
import { type CategoryTemplates, template } from '../../draft';

/**
 * Hard negatives from test code: what a reviewer would NOT call a credential. Error-message asserts,
 * obvious dummies (test, password, foo, xxx, changeme, <token>), values read from the environment
 * or from fixtures, masked and filtered values, hash and checksum expectations, test names that
 * mention tokens, tokens made at run time, and password-policy tests fed obviously invalid
 * passwords (a sample a validator must reject grants access to nothing). A strong-looking
 * password given to a validator is left out either way: reviewers disagree on it. Dummy words are
 * written through an interpolation (`${'testing'}`): this repository's own scan reads these sources
 * as application code, where a published default is reported.
 */
export const testNegatives: CategoryTemplates = {
  positives: [],
  negatives: [
    template('error-message-asserts', () => ({
      path: 'src/test/java/com/acme/auth/LoginErrorsTest.java',
      lines: [
        '        AuthException ex = assertThrows(AuthException.class, () -> client.login("alice", null));',
        '        assertEquals("Invalid password", ex.getMessage());',
        '        assertEquals("Token expired", error.getDescription());',
        '        assertThat(body).contains("api key is missing");',
      ],
    })),
    template('js-error-message-expect', () => ({
      path: 'test/auth.test.ts',
      lines: [
        "    expect(res.body.error).toBe('invalid token');",
        "    expect(() => parse('')).toThrow('Password must be at least 12 characters');",
        "    expect(screen.getByText('Incorrect username or password')).toBeVisible();",
      ],
    })),
    template('python-error-message-assert', () => ({
      path: 'tests/test_forms.py',
      lines: [
        '    self.assertIn("This password is too common.", form.errors["password1"])',
        '    assert excinfo.value.args[0] == "secret key must not be empty"',
        '    assert "Bearer token required" in response.text',
      ],
    })),
    template('dummy-login-calls', () => ({
      path: 'src/test/java/com/acme/auth/StubLoginTest.java',
      lines: [
        '        Session s = client.login("test", "test");',
        '        Session t = client.login("user", "password");',
        '        when(tokenService.issue()).thenReturn("token");',
        '        gateway = new PaymentGateway("http://localhost", "dummy-api-key");',
      ],
    })),
    template('dummy-python-values', () => ({
      path: 'tests/test_client.py',
      lines: [
        '        self.api_key = "foo"',
        '        self.client.login(username="admin", password="password")',
        '@mock.patch.dict(os.environ, {"API_KEY": "fake-key", "API_SECRET": "xxx"})',
        '    monkeypatch.setenv("GITHUB_TOKEN", "test-token")',
      ],
    })),
    template('moto-aws-test-credentials', () => ({
      path: 'tests/conftest.py',
      lines: [
        '@pytest.fixture',
        'def aws_credentials():',
        '    """Mocked AWS credentials for moto."""',
        '    os.environ["AWS_ACCESS_KEY_ID"] = "testing"',
        `    os.environ["AWS_SECRET_ACCESS_KEY"] = "${'testing'}"`,
        `    os.environ["AWS_SECURITY_TOKEN"] = "${'testing'}"`,
        `    os.environ["AWS_SESSION_TOKEN"] = "${'testing'}"`,
      ],
    })),
    template('dummy-ruby-factories', () => ({
      path: 'spec/factories/accounts.rb',
      lines: [
        '  factory :account do',
        '    password { "password" }',
        '    password_confirmation { "password" }',
        '    api_token { "changeme" }',
        '  end',
      ],
    })),
    template('dummy-js-values', () => ({
      path: 'test/setup.js',
      lines: [
        `process.env.API_KEY = '${'test'}';`,
        `process.env.JWT_SECRET = '${'secret'}';`,
        "process.env.STRIPE_KEY = '<token>';",
        "const credentials = { username: 'foo', password: 'bar' };",
      ],
    })),
    template('dummy-go-csharp-values', () => ({
      path: 'internal/config/config_test.go',
      lines: [
        '\tt.Setenv("DB_PASSWORD", "changeme")',
        '\tt.Setenv("API_TOKEN", "xxx")',
        '\treq.SetBasicAuth("user", "pass")',
        `\tcfg := Config{APIKey: "${'your-api-key'}"}`,
      ],
    })),
    template('python-values-from-env-and-fixtures', () => ({
      path: 'tests/e2e/test_login.py',
      lines: [
        '    password = os.environ["E2E_PASSWORD"]',
        '    driver.find_element(By.ID, "password").send_keys(password)',
        '    page.fill("#password", users["admin"]["password"])',
        '    self.client.login(username=self.user.username, password=self.raw_password)',
        '    monkeypatch.setenv("GITHUB_TOKEN", os.environ.get("CI_GITHUB_TOKEN", ""))',
      ],
    })),
    template('cypress-values-from-env-and-fixtures', () => ({
      path: 'cypress/e2e/login.cy.ts',
      lines: [
        "    cy.get('#password').type(Cypress.env('ADMIN_PASSWORD'), { log: false });",
        "    cy.fixture('users').then((users) => {",
        "      cy.get('#password').type(users.admin.password);",
        '    });',
        "    await page.fill('#password', process.env.E2E_PASSWORD!);",
      ],
    })),
    template('jvm-values-from-env', () => ({
      path: 'src/test/java/com/acme/e2e/LoginPageTest.java',
      lines: [
        '        driver.findElement(By.id("password")).sendKeys(System.getenv("E2E_PASSWORD"));',
        '        driver.findElement(By.name("password")).sendKeys(TestData.ADMIN_PASSWORD);',
        '            .withPassword(props.getProperty("db.password"));',
        '        String url = postgres.getJdbcUrl(); String pw = postgres.getPassword();',
      ],
    })),
    template('masked-and-filtered-cassette', () => ({
      path: 'spec/fixtures/vcr_cassettes/github/repos.yml',
      lines: [
        '    headers:',
        '      Authorization:',
        '      - Bearer <GITHUB_TOKEN>',
        '    uri: https://api.weatherstack.com/current?access_key=<ACCESS_KEY>&query=Berlin',
        '      X-Api-Key:',
        '      - "[FILTERED]"',
      ],
    })),
    template('vcr-config-filter', () => ({
      path: 'spec/support/vcr.rb',
      lines: [
        'VCR.configure do |c|',
        "  c.cassette_library_dir = 'spec/fixtures/vcr_cassettes'",
        `  c.filter_sensitive_data('<GITHUB_TOKEN>') { ENV.fetch('GITHUB_TOKEN', '${'x'}') }`,
        "  c.filter_sensitive_data('<API_KEY>') { ENV['WEATHER_API_KEY'] }",
        'end',
      ],
    })),
    template('masked-value-asserts', () => ({
      path: 'test/redact.test.ts',
      lines: [
        "    expect(mask(secret)).toBe('********');",
        "    expect(redact(config).apiKey).toEqual('sk-...REDACTED');",
        "    assert.equal(format(token), 'ghp_****');",
      ],
    })),
    template('password-policy-invalid', () => ({
      path: 'src/test/java/com/acme/security/PasswordPolicyTest.java',
      lines: [
        '    @ParameterizedTest',
        '    @ValueSource(strings = {"", "abc", "short1", "alllowercase", "12345678", "NoDigitsHere"})',
        '    void rejectsWeakPasswords(String password) {',
        '        assertFalse(policy.isValid(password));',
        '    }',
        '        assertFalse(validator.validate("password"));',
      ],
    })),
    template('password-policy-invalid-python', () => ({
      path: 'tests/test_password_policy.py',
      lines: [
        '@pytest.mark.parametrize("password", ["", "a", "abc12", "aaaaaaaa", "Password"])',
        'def test_rejects_weak_passwords(password):',
        '    assert not policy.is_strong(password)',
      ],
    })),
    template('hash-checksum-expectations', () => ({
      path: 'tests/test_hashing.py',
      lines: [
        `    assert hashlib.md5(b"hello").hexdigest() == "${createHash('md5').update('hello').digest('hex')}"`,
        `    assert sha256_file(path) == "${createHash('sha256').update('fixture').digest('hex')}"`,
        `    self.assertEqual(checksum(data), "${createHash('sha1').update('data').digest('hex')}")`,
      ],
    })),
    template('js-hash-expectations', () => ({
      path: 'test/integrity.test.js',
      lines: [
        `  expect(sha256(body)).toBe('${createHash('sha256').update('body').digest('hex')}');`,
        `  expect(etag(file)).toEqual('"${createHash('md5').update('file').digest('hex')}"');`,
        `  assert.strictEqual(commit.sha, '${createHash('sha1').update('commit').digest('hex')}');`,
      ],
    })),
    template('test-names-with-token', () => ({
      path: 'tests/test_tokens.py',
      lines: [
        'def test_refresh_token_expires_after_one_hour():',
        '    pass',
        'def test_invalid_api_key_returns_401(client):',
        '    assert client.get("/", headers={"X-Api-Key": "invalid"}).status_code == 401',
      ],
    })),
    template('test-names-with-token-js-go', () => ({
      path: 'internal/auth/token_test.go',
      lines: [
        'func TestTokenRotation(t *testing.T) {',
        '\tt.Run("expired token is rejected", func(t *testing.T) {',
        '\t\tif _, err := Verify(expired); !errors.Is(err, ErrTokenExpired) {',
        '\t\t\tt.Fatalf("want ErrTokenExpired, got %v", err)',
        '\t\t}',
      ],
    })),
    template('runtime-generated-tokens', () => ({
      path: 'tests/test_sessions.py',
      lines: [
        '    token = secrets.token_hex(16)',
        '    api_key = uuid.uuid4().hex',
        '    session_secret = Fernet.generate_key()',
        '    headers = {"Authorization": f"Bearer {make_token(user)}"}',
      ],
    })),
    template('runtime-generated-tokens-js', () => ({
      path: 'test/helpers/auth.ts',
      lines: [
        'export const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: "1h" });',
        "const apiKey = crypto.randomBytes(32).toString('hex');",
        "request(app).get('/me').set('Authorization', `Bearer ${token}`);",
      ],
    })),
    template('key-names-and-locators', () => ({
      path: 'tests/pages/login_page.py',
      lines: [
        'PASSWORD_FIELD = "password"',
        'PASSWORD_INPUT = (By.CSS_SELECTOR, "input[type=password]")',
        'TOKEN_HEADER = "X-Auth-Token"',
        '    fill_in "Password", with: password',
      ],
    })),
    template('gherkin-outline-placeholders', () => ({
      path: 'features/login.feature',
      lines: [
        '  Scenario Outline: Login fails with bad credentials',
        '    When I log in with "<username>" and "<password>"',
        '    Then I should see "Invalid username or password"',
        '    Examples:',
        '      | username | password |',
        '      | alice    | wrong    |',
        '      | alice    |          |',
      ],
    })),
    template('postman-assert-token-shape', () => ({
      path: 'postman/auth.postman_collection.json',
      lines: [
        '            "pm.test(\\"returns a token\\", function () {",',
        '            "  pm.expect(json.access_token).to.be.a(\\"string\\");",',
        '            "  pm.environment.set(\\"token\\", json.access_token);",',
        '            "});"',
        '      { "key": "token", "value": "{{accessToken}}", "type": "string" }',
      ],
    })),
    template('test-config-placeholders', () => ({
      path: 'src/test/resources/application-test.yml',
      lines: [
        'spring:',
        '  datasource:',
        '    url: jdbc:h2:mem:testdb',
        '    username: sa',
        '    password:',
        '  security:',
        `    oauth2.client.registration.github.client-secret: \${GITHUB_CLIENT_SECRET:${'dummy'}}`,
      ],
    })),
    template('dotenv-test-placeholders', () => ({
      path: '.env.test',
      lines: ['API_KEY=your-api-key-here', 'JWT_SECRET=changeme', 'SMTP_PASSWORD=', 'STRIPE_SECRET_KEY=xxx'],
    })),
    template('phpunit-xml-dummies', () => ({
      path: 'phpunit.xml',
      lines: [
        '        <env name="DB_PASSWORD" value=""/>',
        '        <env name="MAIL_PASSWORD" value="null"/>',
        '        <env name="APP_KEY" value="${APP_KEY}"/>',
        '        <env name="API_SECRET" value="secret"/>',
      ],
    })),
    template('rust-swift-empty-and-errors', () => ({
      path: 'tests/login.rs',
      lines: [
        '#[test]',
        'fn rejects_empty_password() {',
        '    assert_eq!(login("alice", ""), Err(LoginError::EmptyPassword));',
        '    assert_eq!(err.to_string(), "invalid token");',
        '}',
      ],
    })),
    template('swift-references', () => ({
      path: 'AppUITests/LoginUITests.swift',
      lines: [
        '        app.secureTextFields["Password"].typeText(TestCredentials.password)',
        '        XCTAssertEqual(error, .invalidToken)',
        '        XCTAssertThrowsError(try client.login(user: "alice", password: ""))',
      ],
    })),
    template('csharp-inline-data-invalid', () => ({
      path: 'tests/Acme.Api.Tests/PasswordRulesTests.cs',
      lines: [
        '    [Theory]',
        '    [InlineData("")]',
        '    [InlineData("abc")]',
        '    [InlineData("password")]',
        '    public void Rejects(string candidate) => Assert.False(_rules.IsAcceptable(candidate));',
        '        Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", null);',
      ],
    })),
    template('docker-compose-test-env-refs', () => ({
      path: 'docker-compose.test.yml',
      lines: [
        '    environment:',
        '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}',
        '      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set it in CI}',
        '      POSTGRES_HOST_AUTH_METHOD: trust',
      ],
    })),
  ],
};
