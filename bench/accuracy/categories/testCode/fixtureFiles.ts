import { type CategoryTemplates, sec, template } from '../../draft';
import { plainTestPassword, testApiKey, testEmail, testPassword, testToken, testUser } from './values';

/**
 * Credentials in the files tests read: JSON/YAML/SQL seed data, VCR cassettes, WireMock stubs and
 * nock recordings captured with real headers, test configuration (application-test.yml, .env.test,
 * phpunit.xml, jest config), end-to-end steps (Cypress, Playwright), Gherkin features and Postman
 * collections. Formats follow each tool's documentation; values are generated at run time.
 */
export const fixtureFiles: CategoryTemplates = {
  positives: [
    template('json-users-fixture', (g) => {
      const pw = testPassword(g);
      return {
        path: 'test/fixtures/users.json',
        lines: [
          '[',
          '  {',
          `    "username": "${testUser(g)}",`,
          `    "email": "${testEmail(g)}",`,
          sec(`    "password": "${pw}",`, pw),
          '    "role": "admin"',
          '  }',
          ']',
        ],
      };
    }),
    template('rails-yaml-fixture', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'test/fixtures/users.yml',
        lines: [
          'admin:',
          `  email: ${testEmail(g)}`,
          sec(`  encrypted_password: <%= Devise::Encryptor.digest(User, '${pw}') %>`, pw),
          '  confirmed_at: <%= Time.current %>',
        ],
      };
    }),
    template('sql-seed-users', (g) => {
      const pw = testPassword(g);
      return {
        path: 'src/test/resources/db/seed-users.sql',
        lines: [
          'INSERT INTO users (id, username, email, password, enabled)',
          sec(`VALUES (1, '${testUser(g)}', '${testEmail(g)}', '${pw}', TRUE);`, pw),
        ],
      };
    }),
    template('vcr-cassette-authorization', (g) => {
      const token = testToken(g);
      return {
        path: 'spec/fixtures/vcr_cassettes/github/list_repos.yml',
        lines: [
          '---',
          'http_interactions:',
          '- request:',
          '    method: get',
          '    uri: https://api.github.com/user/repos?per_page=100',
          '    body:',
          '      encoding: US-ASCII',
          "      string: ''",
          '    headers:',
          '      Accept:',
          '      - application/vnd.github+json',
          '      Authorization:',
          sec(`      - Bearer ${token}`, token),
          '  response:',
          '    status:',
          '      code: 200',
        ],
      };
    }),
    template('vcr-cassette-query-key', (g) => {
      const key = testApiKey(g);
      return {
        path: 'tests/cassettes/test_forecast.yaml',
        lines: [
          'interactions:',
          '- request:',
          '    body: null',
          '    headers:',
          '      User-Agent: [python-requests/2.31.0]',
          '    method: GET',
          sec(`    uri: https://api.weatherstack.com/current?access_key=${key}&query=Berlin`, key),
          '  response:',
          '    status: {code: 200, message: OK}',
        ],
      };
    }),
    template('wiremock-stub-header', (g) => {
      const key = testApiKey(g);
      return {
        path: 'src/test/resources/mappings/get-invoices.json',
        lines: [
          '{',
          '  "request": {',
          '    "method": "GET",',
          '    "urlPath": "/v2/invoices",',
          '    "headers": {',
          sec(`      "X-Api-Key": { "equalTo": "${key}" }`, key),
          '    }',
          '  },',
          '  "response": { "status": 200, "bodyFileName": "invoices.json" }',
          '}',
        ],
      };
    }),
    template('nock-recording-json', (g) => {
      const token = testToken(g);
      return {
        path: 'test/fixtures/nock/create-issue.json',
        lines: [
          '[',
          '  {',
          '    "scope": "https://api.github.com:443",',
          '    "method": "POST",',
          '    "path": "/repos/acme/app/issues",',
          '    "reqheaders": {',
          sec(`      "authorization": "token ${token}"`, token),
          '    },',
          '    "status": 201',
          '  }',
          ']',
        ],
      };
    }),
    template('spring-application-test-yml', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'src/test/resources/application-test.yml',
        lines: [
          'spring:',
          '  datasource:',
          '    url: jdbc:postgresql://localhost:5432/orders_test',
          `    username: ${g.user()}`,
          sec(`    password: ${pw}`, pw),
        ],
      };
    }),
    template('dotenv-test', (g) => {
      const key = testApiKey(g);
      return {
        path: '.env.test',
        lines: ['NODE_ENV=test', 'DATABASE_URL=postgres://localhost/app_test', sec(`PAYMENT_API_SECRET=${key}`, key)],
      };
    }),
    template('phpunit-xml-env', (g) => {
      const key = testApiKey(g);
      return {
        path: 'phpunit.xml',
        lines: [
          '    <php>',
          '        <env name="APP_ENV" value="testing"/>',
          '        <env name="CACHE_DRIVER" value="array"/>',
          sec(`        <env name="MAILGUN_SECRET" value="${key}"/>`, key),
          '    </php>',
        ],
      };
    }),
    template('jest-config-globals', (g) => {
      const key = testApiKey(g);
      return {
        path: 'jest.config.js',
        lines: [
          'module.exports = {',
          "  testEnvironment: 'jsdom',",
          '  globals: {',
          sec(`    __ANALYTICS_API_KEY__: '${key}',`, key),
          '  },',
          '};',
        ],
      };
    }),
    template('docker-compose-test', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'docker-compose.test.yml',
        lines: [
          'services:',
          '  db:',
          '    image: mysql:8.0',
          '    environment:',
          '      MYSQL_DATABASE: app_test',
          sec(`      MYSQL_ROOT_PASSWORD: ${pw}`, pw),
        ],
      };
    }),
    template('cypress-type-password', (g) => {
      const pw = testPassword(g);
      return {
        path: 'cypress/e2e/login.cy.js',
        lines: [
          "    cy.visit('/login');",
          `    cy.get('#email').type('${testEmail(g)}');`,
          sec(`    cy.get('#password').type('${pw}');`, pw),
          "    cy.get('form').submit();",
        ],
      };
    }),
    template('playwright-ts-fill', (g) => {
      const pw = testPassword(g);
      return {
        path: 'e2e/dashboard.spec.ts',
        lines: [
          "test('admin sees dashboard', async ({ page }) => {",
          "  await page.goto('/login');",
          `  await page.getByLabel('Email').fill('${testEmail(g)}');`,
          sec(`  await page.getByLabel('Password').fill('${pw}');`, pw),
          "  await page.getByRole('button', { name: 'Sign in' }).click();",
        ],
      };
    }),
    template('gherkin-login-step', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'features/login.feature',
        lines: [
          'Feature: Login',
          '  Scenario: Admin signs in',
          '    Given I am on the login page',
          sec(`    When I log in with "${testEmail(g)}" and "${pw}"`, pw),
          '    Then I should see the dashboard',
        ],
      };
    }),
    template('gherkin-password-step', (g) => {
      const pw = plainTestPassword(g);
      return {
        path: 'features/checkout.feature',
        lines: [
          '  Background:',
          `    Given a user "${testUser(g)}" exists`,
          sec(`    And I sign in as "${testUser(g)}" with password "${pw}"`, pw),
        ],
      };
    }),
    template('postman-collection-bearer', (g) => {
      const token = testToken(g);
      return {
        path: 'postman/orders-api.postman_collection.json',
        lines: [
          '  "auth": {',
          '    "type": "bearer",',
          '    "bearer": [',
          sec(`      { "key": "token", "value": "${token}", "type": "string" }`, token),
          '    ]',
          '  },',
        ],
      };
    }),
    template('postman-test-script-set', (g) => {
      const key = testApiKey(g);
      return {
        path: 'postman/smoke.postman_collection.json',
        lines: [
          '        "event": [{',
          '          "listen": "prerequest",',
          '          "script": { "exec": [',
          sec(`            "pm.environment.set(\\"apiKey\\", \\"${key}\\");",`, key),
          '            "pm.environment.set(\\"baseUrl\\", \\"https://api.acme.io\\");"',
          '          ] }',
          '        }],',
        ],
      };
    }),
    template('karma-conf-client-token', (g) => {
      const token = testToken(g);
      return {
        path: 'karma.conf.js',
        lines: [
          'module.exports = function (config) {',
          '  config.set({',
          "    frameworks: ['jasmine'],",
          sec(`    client: { env: { apiToken: '${token}' } },`, token),
          '  });',
          '};',
        ],
      };
    }),
  ],
  negatives: [],
};
