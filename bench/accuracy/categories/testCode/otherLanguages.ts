import { type CategoryTemplates, sec, template } from '../../draft';
import { plainTestPassword, testApiKey, testEmail, testPassword, testToken, testUser } from './values';

/**
 * Credentials in Ruby (RSpec, minitest, FactoryBot, Capybara), JavaScript/TypeScript (Jest, Mocha,
 * supertest, fishery, nock), Go, C# (xUnit, NUnit), PHP (PHPUnit, Laravel), Rust and Swift tests,
 * as each framework's documentation writes them. Values are generated at run time.
 */
export const otherLanguages: CategoryTemplates = {
  positives: [
    template('factorybot-password', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'spec/factories/users.rb',
        lines: [
          'FactoryBot.define do',
          '  factory :user do',
          '    sequence(:email) { |n| "user#{n}@acme.io" }',
          sec(`    password { "${pw}" }`, pw),
          sec(`    password_confirmation { "${pw}" }`, pw),
          '  end',
          'end',
        ],
      };
    }),
    template('rspec-let-api-key', (g) => {
      const key = testApiKey(g);
      return {
        path: 'spec/services/geocoder_spec.rb',
        lines: [
          'RSpec.describe Geocoder do',
          sec(`  let(:api_key) { "${key}" }`, key),
          '  subject(:geocoder) { described_class.new(api_key: api_key) }',
        ],
      };
    }),
    template('minitest-post-login', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'test/controllers/sessions_controller_test.rb',
        lines: [
          '  test "signs in" do',
          sec(`    post login_path, params: { email: "${testEmail(g)}", password: "${pw}" }`, pw),
          '    assert_redirected_to root_path',
          '  end',
        ],
      };
    }),
    template('capybara-fill-in', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'spec/system/sign_in_spec.rb',
        lines: [
          '    visit new_user_session_path',
          `    fill_in "Email", with: "${testEmail(g)}"`,
          sec(`    fill_in "Password", with: "${pw}"`, pw),
          '    click_button "Log in"',
        ],
      };
    }),
    template('rspec-stub-env', (g) => {
      const token = g.fake.hex(32);
      return {
        path: 'spec/lib/sms_sender_spec.rb',
        lines: [
          '  before do',
          sec(`    allow(ENV).to receive(:[]).with("TWILIO_AUTH_TOKEN").and_return("${token}")`, token),
          '  end',
        ],
      };
    }),
    template('jest-before-each-process-env', (g) => {
      const key = testApiKey(g);
      return {
        path: 'src/__tests__/mailer.test.ts',
        lines: [
          "describe('mailer', () => {",
          '  beforeEach(() => {',
          sec(`    process.env.MAIL_API_KEY = '${key}';`, key),
          '  });',
        ],
      };
    }),
    template('supertest-login-body', (g) => {
      const pw = testPassword(g);
      return {
        path: 'test/auth.spec.js',
        lines: [
          "  it('logs in', async () => {",
          '    const res = await request(app)',
          "      .post('/api/login')",
          sec(`      .send({ email: '${testEmail(g)}', password: '${pw}' });`, pw),
          '    expect(res.status).toBe(200);',
        ],
      };
    }),
    template('mocha-const-token-header', (g) => {
      const token = testToken(g);
      return {
        path: 'test/api/projects.test.js',
        lines: [
          sec(`const TOKEN = '${token}';`, token),
          '',
          "describe('GET /projects', () => {",
          "  it('lists projects', () =>",
          "    request(app).get('/projects').set('Authorization', `Bearer ${TOKEN}`).expect(200));",
          '});',
        ],
      };
    }),
    template('fishery-factory-password', (g) => {
      const pw = testPassword(g);
      return {
        path: 'test/factories/user.ts',
        lines: [
          "import { Factory } from 'fishery';",
          'export const userFactory = Factory.define<User>(({ sequence }) => ({',
          '  id: sequence,',
          '  email: `user${sequence}@acme.io`,',
          sec(`  password: '${pw}',`, pw),
          '}));',
        ],
      };
    }),
    template('jest-mock-config-module', (g) => {
      const key = testApiKey(g);
      return {
        path: 'src/services/__tests__/search.test.ts',
        lines: [
          "jest.mock('../../config', () => ({",
          "  searchHost: 'https://search.acme.io',",
          sec(`  searchApiKey: '${key}',`, key),
          '}));',
        ],
      };
    }),
    template('nock-match-header', (g) => {
      const token = testToken(g);
      return {
        path: 'test/github.test.js',
        lines: [
          "nock('https://api.github.com')",
          sec(`  .matchHeader('authorization', 'token ${token}')`, token),
          "  .get('/user/repos')",
          '  .reply(200, []);',
        ],
      };
    }),
    template('go-t-setenv', (g) => {
      const pw = testPassword(g);
      return {
        path: 'internal/config/config_test.go',
        lines: [
          'func TestLoadFromEnv(t *testing.T) {',
          '\tt.Setenv("DB_USER", "app")',
          sec(`\tt.Setenv("DB_PASSWORD", "${pw}")`, pw),
          '\tcfg, err := Load()',
        ],
      };
    }),
    template('go-struct-api-key', (g) => {
      const key = testApiKey(g);
      return {
        path: 'pkg/billing/client_test.go',
        lines: [
          'func newTestClient(t *testing.T) *Client {',
          '\tt.Helper()',
          sec(`\treturn New(Config{BaseURL: srv.URL, APIKey: "${key}"})`, key),
          '}',
        ],
      };
    }),
    template('go-set-basic-auth', (g) => {
      const pw = testPassword(g);
      return {
        path: 'internal/server/admin_test.go',
        lines: [
          '\treq := httptest.NewRequest(http.MethodGet, "/admin", nil)',
          sec(`\treq.SetBasicAuth("${testUser(g)}", "${pw}")`, pw),
          '\trec := httptest.NewRecorder()',
        ],
      };
    }),
    template('csharp-set-environment-variable', (g) => {
      const secret = g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-', 40);
      return {
        path: 'tests/Acme.Storage.Tests/BlobClientFactoryTests.cs',
        lines: [
          '    public BlobClientFactoryTests()',
          '    {',
          sec(`        Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", "${secret}");`, secret),
          '    }',
        ],
      };
    }),
    template('xunit-login-async', (g) => {
      const pw = testPassword(g);
      return {
        path: 'tests/Acme.Api.Tests/AuthTests.cs',
        lines: [
          '    [Fact]',
          '    public async Task Login_WithValidCredentials_ReturnsToken()',
          '    {',
          sec(`        var result = await _auth.LoginAsync("${testEmail(g)}", "${pw}");`, pw),
          '        Assert.NotNull(result.AccessToken);',
          '    }',
        ],
      };
    }),
    template('nunit-setup-field', (g) => {
      const key = testApiKey(g);
      return {
        path: 'tests/Acme.Weather.Tests/ForecastClientTests.cs',
        lines: [
          '    [SetUp]',
          '    public void SetUp()',
          '    {',
          sec(`        _apiKey = "${key}";`, key),
          '        _client = new ForecastClient(_apiKey);',
          '    }',
        ],
      };
    }),
    template('phpunit-post-login', (g) => {
      const pw = testPassword(g);
      return {
        path: 'tests/Feature/LoginTest.php',
        lines: [
          '    public function test_user_can_login(): void',
          '    {',
          sec(`        $response = $this->post('/login', ['email' => '${testEmail(g)}', 'password' => '${pw}']);`, pw),
          "        $response->assertRedirect('/home');",
          '    }',
        ],
      };
    }),
    template('phpunit-setup-token', (g) => {
      const token = testToken(g);
      return {
        path: 'tests/Unit/SlackNotifierTest.php',
        lines: [
          '    protected function setUp(): void',
          '    {',
          sec(`        $this->notifier = new SlackNotifier('${token}');`, token),
          '    }',
        ],
      };
    }),
    template('rust-test-credentials-struct', (g) => {
      const pw = testPassword(g);
      return {
        path: 'tests/login.rs',
        lines: [
          '#[test]',
          'fn logs_in_with_valid_credentials() {',
          sec(`    let creds = Credentials { username: "${testUser(g)}".into(), password: "${pw}".into() };`, pw),
          '    assert!(login(&creds).is_ok());',
          '}',
        ],
      };
    }),
    template('rust-set-var', (g) => {
      const token = testToken(g);
      return {
        path: 'src/config.rs',
        lines: [
          '#[cfg(test)]',
          'mod tests {',
          '    #[test]',
          '    fn reads_token() {',
          sec(`        std::env::set_var("API_TOKEN", "${token}");`, token),
          '        assert!(Config::from_env().is_ok());',
          '    }',
        ],
      };
    }),
    template('xctest-type-text', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'AppUITests/LoginUITests.swift',
        lines: [
          '        let app = XCUIApplication()',
          '        app.launch()',
          `        app.textFields["Email"].typeText("${testEmail(g)}")`,
          '        app.secureTextFields["Password"].tap()',
          sec(`        app.secureTextFields["Password"].typeText("${pw}")`, pw),
        ],
      };
    }),
    template('xctest-client-api-key', (g) => {
      const key = testApiKey(g);
      return {
        path: 'Tests/NetworkingTests/WeatherClientTests.swift',
        lines: [
          '    override func setUp() {',
          '        super.setUp()',
          sec(`        client = WeatherClient(apiKey: "${key}", session: .mock)`, key),
          '    }',
        ],
      };
    }),
  ],
  negatives: [],
};
