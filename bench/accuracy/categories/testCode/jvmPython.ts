import { type CategoryTemplates, sec, template } from '../../draft';
import { plainTestPassword, testApiKey, testPassword, testToken, testUser } from './values';

/**
 * Credentials in JVM (JUnit, Spring, Testcontainers, Selenium, Kotlin, ScalaTest) and Python
 * (pytest, unittest, Django, factory_boy) tests, written the way those frameworks' documentation
 * shows: login calls with a literal password, keys assigned in setup methods, mocked environments,
 * asserts against a literal secret. Values are generated at run time.
 */
export const jvmPython: CategoryTemplates = {
  positives: [
    template('junit-login-call', (g) => {
      const pw = testPassword(g);
      return {
        path: 'src/test/java/com/acme/auth/AuthClientIT.java',
        lines: [
          'class AuthClientIT {',
          '    @Test',
          '    void loginReturnsSession() {',
          sec(`        Session s = client.login("${testUser(g)}", "${pw}");`, pw),
          '        assertNotNull(s.id());',
          '    }',
          '}',
        ],
      };
    }),
    template('junit-before-each-api-key', (g) => {
      const key = testApiKey(g);
      return {
        path: 'src/test/java/com/acme/payments/PaymentGatewayTest.java',
        lines: [
          'class PaymentGatewayTest {',
          '    private PaymentGateway gateway;',
          '',
          '    @BeforeEach',
          '    void setUp() {',
          sec(`        gateway = new PaymentGateway("https://api.paywell.io", "${key}");`, key),
          '    }',
        ],
      };
    }),
    template('junit-before-field-token', (g) => {
      const token = testToken(g);
      return {
        path: 'src/test/java/com/acme/github/RepoSyncTest.java',
        lines: [
          'public class RepoSyncTest {',
          '    private String accessToken;',
          '    @Before',
          '    public void init() {',
          sec(`        accessToken = "${token}";`, token),
          '        sync = new RepoSync(accessToken);',
          '    }',
        ],
      };
    }),
    template('junit-assert-equals-secret', (g) => {
      const secret = g.fake.alnum(g.between(24, 40));
      return {
        path: 'src/test/java/com/acme/config/OAuthPropertiesTest.java',
        lines: [
          '    @Test',
          '    void bindsClientSecret() {',
          '        OAuthProperties props = binder.bind("oauth", OAuthProperties.class).get();',
          sec(`        assertEquals("${secret}", props.getClientSecret());`, secret),
          '    }',
        ],
      };
    }),
    template('testcontainers-with-password', (g) => {
      const pw = testPassword(g);
      return {
        path: 'src/test/java/com/acme/repo/OrderRepositoryIT.java',
        lines: [
          '    @Container',
          '    static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16-alpine")',
          '            .withDatabaseName("orders")',
          `            .withUsername("${g.user()}")`,
          sec(`            .withPassword("${pw}");`, pw),
        ],
      };
    }),
    template('spring-mockmvc-http-basic', (g) => {
      const pw = testPassword(g);
      return {
        path: 'src/test/java/com/acme/web/AdminControllerTest.java',
        lines: [
          '        mockMvc.perform(get("/admin/users")',
          sec(`                .with(httpBasic("${testUser(g)}", "${pw}")))`, pw),
          '            .andExpect(status().isOk());',
        ],
      };
    }),
    template('selenium-java-send-keys', (g) => {
      const pw = testPassword(g);
      return {
        path: 'src/test/java/com/acme/e2e/LoginPageTest.java',
        lines: [
          `        driver.findElement(By.id("username")).sendKeys("${testUser(g)}");`,
          sec(`        driver.findElement(By.id("password")).sendKeys("${pw}");`, pw),
          '        driver.findElement(By.cssSelector("button[type=submit]")).click();',
        ],
      };
    }),
    template('kotlin-authenticate-named-args', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'src/test/kotlin/com/acme/auth/AuthServiceTest.kt',
        lines: [
          '    @Test',
          '    fun `authenticates a known user`() {',
          sec(`        val result = service.authenticate(username = "${testUser(g)}", password = "${pw}")`, pw),
          '        assertTrue(result.isSuccess)',
          '    }',
        ],
      };
    }),
    template('kotlin-mockk-returns-token', (g) => {
      const token = testToken(g);
      return {
        path: 'src/test/kotlin/com/acme/client/ApiClientTest.kt',
        lines: [
          '    private val tokens = mockk<TokenProvider>()',
          '    @BeforeEach',
          '    fun setUp() {',
          sec(`        every { tokens.accessToken() } returns "${token}"`, token),
          '    }',
        ],
      };
    }),
    template('scalatest-login', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'src/test/scala/com/acme/auth/LoginSpec.scala',
        lines: [
          'class LoginSpec extends AnyFlatSpec with Matchers {',
          '  "AuthService" should "accept valid credentials" in {',
          sec(`    authService.login("${testUser(g)}", "${pw}") shouldBe a[Right[_, _]]`, pw),
          '  }',
          '}',
        ],
      };
    }),
    template('django-test-client-login', (g) => {
      const pw = testPassword(g);
      const user = testUser(g);
      return {
        path: 'orders/tests/test_views.py',
        lines: [
          'class OrderViewTests(TestCase):',
          '    def setUp(self):',
          sec(`        self.user = User.objects.create_user("${user}", password="${pw}")`, pw),
          sec(`        self.client.login(username="${user}", password="${pw}")`, pw),
        ],
      };
    }),
    template('unittest-setup-api-key', (g) => {
      const key = testApiKey(g);
      return {
        path: 'tests/test_client.py',
        lines: [
          'class ClientTest(unittest.TestCase):',
          '    def setUp(self):',
          sec(`        self.api_key = "${key}"`, key),
          '        self.client = WeatherClient(api_key=self.api_key)',
        ],
      };
    }),
    template('mock-patch-dict-environ', (g) => {
      const key = testApiKey(g);
      return {
        path: 'tests/test_settings.py',
        lines: [
          'from unittest import mock',
          '',
          sec(`@mock.patch.dict(os.environ, {"MAPS_API_KEY": "${key}"})`, key),
          'def test_reads_key_from_env():',
          '    assert load_settings().maps_api_key',
        ],
      };
    }),
    template('pytest-monkeypatch-setenv', (g) => {
      const token = testToken(g);
      return {
        path: 'tests/test_github_sync.py',
        lines: [
          'def test_sync_uses_token(monkeypatch):',
          sec(`    monkeypatch.setenv("GITHUB_TOKEN", "${token}")`, token),
          '    assert sync.client().headers["Authorization"].startswith("token ")',
        ],
      };
    }),
    template('factory-boy-password', (g) => {
      const pw = testPassword(g);
      return {
        path: 'tests/factories.py',
        lines: [
          'class UserFactory(factory.django.DjangoModelFactory):',
          '    class Meta:',
          '        model = User',
          '    username = factory.Sequence(lambda n: f"user{n}")',
          sec(`    password = factory.PostGenerationMethodCall("set_password", "${pw}")`, pw),
        ],
      };
    }),
    template('pytest-fixture-auth-headers', (g) => {
      const token = testToken(g);
      return {
        path: 'tests/conftest.py',
        lines: [
          '@pytest.fixture',
          'def auth_headers():',
          sec(`    return {"Authorization": "Bearer ${token}"}`, token),
        ],
      };
    }),
    template('selenium-python-send-keys', (g) => {
      const pw = testPassword(g);
      return {
        path: 'tests/e2e/test_login.py',
        lines: [
          `    driver.find_element(By.ID, "email").send_keys("${testUser(g)}@acme.io")`,
          sec(`    driver.find_element(By.ID, "password").send_keys("${pw}")`, pw),
          '    driver.find_element(By.ID, "submit").click()',
        ],
      };
    }),
    template('playwright-python-fill', (g) => {
      const pw = testPassword(g);
      return {
        path: 'tests/e2e/test_checkout.py',
        lines: [
          'def test_checkout(page):',
          '    page.goto("/login")',
          `    page.fill("#username", "${testUser(g)}")`,
          sec(`    page.fill("#password", "${pw}")`, pw),
          '    page.click("text=Sign in")',
        ],
      };
    }),
    template('django-test-settings-db', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'config/settings/test.py',
        lines: [
          'from .base import *  # noqa',
          'DATABASES = {',
          '    "default": {',
          '        "ENGINE": "django.db.backends.postgresql",',
          '        "NAME": "app_test",',
          `        "USER": "${g.user()}",`,
          sec(`        "PASSWORD": "${pw}",`, pw),
          '        "HOST": "localhost",',
          '    }',
          '}',
        ],
      };
    }),
    template('pytest-requests-auth-tuple', (g) => {
      const pw = testPassword(g);
      return {
        path: 'tests/integration/test_api.py',
        lines: [
          'def test_list_reports(base_url):',
          sec(`    r = requests.get(f"{base_url}/reports", auth=("${testUser(g)}", "${pw}"))`, pw),
          '    assert r.status_code == 200',
        ],
      };
    }),
  ],
  negatives: [],
};
