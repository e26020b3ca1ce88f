// Passwords typed into a login form by UI and end-to-end tests: a password field found by its
// locator, then filled with a literal (Selenium `sendKeys`, Playwright `fill`, Cypress `type`,
// Capybara `fill_in … with:`, XCUITest `typeText`, WebdriverIO `setValue`), and Gherkin steps
// that log in with a quoted password. Test accounts' passwords are real logins on the staging
// systems the tests run against. Candidates only: the shared judge (../judge) decides on the
// value, so `Cypress.env('PASSWORD')`, `<password>` and `password123` are not reported.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import type { MatchContext, Rule } from '../types';
import { fieldNameQuoted } from '../literalGates';

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/**
 * From a password word inside a locator string: the rest of the locator up to its quote and the
 * brackets closing it, then either a second argument (`page.fill("#password", "…")`, Capybara's
 * `fill_in "Password", with: "…"`) or a chained input call (`.sendKeys("…")`), then the literal.
 */
const FIELD_INPUT = new RegExp(
  String.raw`(?:passw(?:or)?d|pwd)[\w-]{0,24}["'][\]"')]{0,4}\s{0,2}(?:,\s{0,4}(?:with:\s{0,4}|:with\s{0,2}=>\s{0,4})?|(?:\.(?:clear|click|focus|tap)\(\)){0,2}\.(?:sendKeys|send_keys|fill|type|typeText|setValue|set_value|addValue|set|pressSequentially)\(\s{0,4})["'](?<secret>[^"'\n\\]{1,128})["']`,
  'i',
);

/** A call that fills the field its first argument locates (`page.fill(`, `fill_in `, `cy.type(`…). */
const FILL_CALL =
  /(?:\bfill|\btype|fillField|fill_in|fillIn|typeInto|setValue|insertText)(?:\s{0,2}\(|\s{1,4})\s{0,4}["'][^\n]{0,60}$/;
/** A call that locates a field, whose result the chained call fills (`By.id(`, `cy.get(`, `getByLabel(`…). */
const LOCATOR_CALL =
  /(?:\b(?:id|name|css|cssSelector|xpath|get|getByLabel|getByLabelText|getByPlaceholder|getByPlaceholderText|getByTestId|locator|find|findElement|find_element|element|querySelector|waitForSelector)\s{0,2}\(\s{0,4}(?:By\.[A-Z_]{1,20}\s{0,2},\s{0,4})?|\$\$?\(\s{0,4}|(?:secureTextFields|textFields)\[)["'][^\n]{0,60}$/;

const judgeFieldInput = judgedPassword("password typed into a form's password field", true);

/** Accepts a field input when the locator before it belongs to the call its form needs. */
function fieldInput(secret: string, match: string, context: MatchContext) {
  const before = context.line.slice(Math.max(0, context.matchIndex - 120), context.matchIndex);
  // The second-argument form needs a fill call (`dict.get("password", "…")` is a lookup's default).
  const secondArgument = /["'\])]\s{0,2},/.test(match.slice(0, match.length - secret.length));
  if (!(secondArgument ? FILL_CALL : LOCATOR_CALL).test(before)) return false;
  return judgeFieldInput(secret, match, context);
}

/**
 * A Gherkin step that gives a password: `password "…"` (`with password "…"`, `the password is
 * "…"`), or a log-in step with two quoted arguments, the user and then the password
 * (`When I log in with "alice@corp.io" and "…"`). Fixed words between the parts, not free text,
 * keep the pattern linear (recheck proves it).
 */
const GHERKIN_PASSWORD =
  /(?:[Pp]assw(?:or)?d\s{1,4}(?:(?:of|is|as|to|with|:)\s{1,4})?|(?:[Ll]og(?:ged)?|[Ss]ign(?:ed)?)[ -]?[Ii]n\s{1,4}(?:(?:as|with|using)\s{1,4}(?:(?:the\s{1,4})?(?:user|account|credentials)\s{1,4})?)?"[^"\n]{1,60}"\s{0,4}(?:and|with|,|\/)\s{0,4}(?:(?:the\s{1,4})?password\s{1,4})?)"(?<secret>[^"\n]{1,128})"/;

export const formInputRules: readonly Rule[] = [
  {
    id: 'password-field-input',
    title: "Password literal typed into a form's password field (Selenium, Playwright, Cypress, Capybara)",
    provider: 'UI tests',
    keywords: ['password', 'passwd', 'pwd'],
    pattern: FIELD_INPUT,
    startsAtKeyword: true,
    keywordGate: fieldNameQuoted,
    confidence: 'medium',
    envVar: 'E2E_PASSWORD',
    docs: DOCS,
    risk: 'Logs in as the test account wherever the tests run: staging, and production when accounts are shared.',
    validate: fieldInput,
    examples: {
      embed: false,
      positives: (fake) => [
        `driver.findElement(By.id("password")).sendKeys("${fake.alnum(12)}");`, // Selenium (Java)
        `driver.find_element(By.ID, "password").send_keys("${fake.alnum(12)}")`, // Selenium (Python)
        `await page.fill('input[name="password"]', '${fake.alnum(12)}');`, // Playwright
        `await page.getByLabel('Password').fill('${fake.alnum(12)}');`, // Playwright locators
        `cy.get('#password').type('${fake.alnum(12)}')`, // Cypress
        `fill_in "Password", with: "${fake.alnum(12)}"`, // Capybara
        `fill_in 'user_password', :with => '${fake.alnum(12)}'`, // Capybara, old hash syntax
        `app.secureTextFields["Password"].typeText("${fake.alnum(12)}")`, // XCUITest
        `await $('#pwd').setValue('${fake.alnum(12)}')`, // WebdriverIO
        `element(by.id('passwd')).clear().sendKeys('${fake.alnum(12)}');`, // Protractor
      ],
      negatives: [
        { text: "cy.get('#password').type(Cypress.env('PASSWORD'))", why: 'read from the environment' },
        { text: "await page.fill('#password', password);", why: 'a variable' },
        { text: 'driver.findElement(By.id("password")).sendKeys("password123");', why: 'a dummy password' },
        { text: 'fill_in "Password", with: ""', why: 'empty' },
        {
          text: (fake) => `pw = settings.get("password", "${fake.alnum(12)}")`,
          why: "a lookup's default, not a form field",
        },
        { text: "schema.field('password').type('string')", why: 'a type name' },
        { text: "cy.get('#password').type('wrong-password')", why: 'a deliberately wrong password' },
      ],
    },
  },
  {
    id: 'gherkin-step-password',
    title: 'Password in a Gherkin step (Cucumber, Behave, SpecFlow feature files)',
    provider: 'UI tests',
    keywords: [
      'password',
      'passwd',
      'login',
      'log in',
      'log-in',
      'logged in',
      'sign in',
      'signin',
      'sign-in',
      'signed in',
    ],
    pattern: GHERKIN_PASSWORD,
    startsAtKeyword: true,
    paths: /\.feature$/i,
    confidence: 'medium',
    envVar: 'E2E_PASSWORD',
    docs: DOCS,
    risk: 'Logs in as the test account wherever the scenarios run.',
    validate: judgedPassword('password in a Gherkin step', true),
    examples: {
      embed: false,
      path: 'features/login.feature',
      positives: (fake) => [
        `    When I log in with "ops@corp.io" and "${fake.alnum(12)}"`,
        `    Given I am signed in as "alice" with password "${fake.alnum(12)}"`,
        `    And I enter the password "${fake.alnum(12)}"`,
        `    When I login as "bob", "${fake.alnum(12)}"`,
        `    And the passwd is "${fake.alnum(12)}"`,
        `    When I log-in with "ops" / "${fake.alnum(12)}"`,
        `    Given I am logged in as "ops" and "${fake.alnum(12)}"`,
        `    When I signin with "ops" and "${fake.alnum(12)}"`,
        `    When I sign-in as "ops", "${fake.alnum(12)}"`,
        `    When I sign in with "ops" and "${fake.alnum(12)}"`,
      ],
      negatives: [
        { text: '    When I log in with "<username>" and "<password>"', why: 'scenario outline placeholders' },
        { text: '    Then I should see "Invalid username or password"', why: 'a message' },
        { text: '    When I log in with "alice" and "secret"', why: 'a dummy password' },
        { text: '    And I enter the password ""', why: 'empty' },
      ],
    },
  },
];
