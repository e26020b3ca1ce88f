import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * nonprofit-fundraising hard negatives from the same repositories and shared drives: OAuth client ids
 * and publishable keys alone (Salesforce consumer keys, SKY application ids, Stripe publishable keys,
 * PayPal client ids in the donate button), env and secret-store references, `.env.example`
 * placeholders, masked and empty values, constituent, gift, campaign and fund ids, EINs, Salesforce
 * record ids, Eventbrite event ids, Mailchimp list ids, gift exports, receipts, field mappings,
 * checksums, password-policy pages and UI strings. Generated at run time.
 */
export const nonprofitNegatives: readonly Template[] = [
  template('donate-button-public', (g) => ({
    path: g.pick(['public/donate.html', 'src/components/DonateButton.jsx']),
    lines: [
      `<script src="https://www.paypal.com/sdk/js?client-id=${v.paypalClientId(g)}&currency=USD"></script>`,
      '<div id="paypal-donate-button"></div>',
      `<script>PayPal.Donation.Button({ env: 'production', hosted_button_id: '${g.fake.upperAlnum(13)}' }).render('#paypal-donate-button');</script>`,
    ],
  })),
  template('stripe-elements-public', (g) => ({
    path: g.pick(['assets/js/donate.js', 'src/donate/stripe.ts']),
    lines: [
      `const stripe = Stripe('${v.stripePublishable(g)}');`,
      'const elements = stripe.elements();',
      "const card = elements.create('card');",
      "card.mount('#card-element');",
    ],
  })),
  template('env-example', (g) => ({
    path: g.pick(['.env.example', 'donor-sync/.env.sample']),
    lines: [
      'BB_SUBSCRIPTION_KEY=your-subscription-key',
      'BB_APPLICATION_ID=',
      'BB_APPLICATION_SECRET=<application-secret>',
      'NEON_API_KEY=changeme-in-1password',
      'VAN_API_KEY=${VAN_API_KEY}',
      'PCO_SECRET=',
    ],
  })),
  template('python-env-reads', (g) => ({
    path: g.pick(['sync/settings.py', 'config.py']),
    lines: [
      'import os',
      '',
      'SKY_SUBSCRIPTION_KEY = os.environ["SKY_SUBSCRIPTION_KEY"]',
      'BLOOMERANG_KEY = os.getenv("BLOOMERANG_API_KEY")',
      'VAN_API_KEY = os.environ.get("VAN_API_KEY", "")',
      'PCO_SECRET = os.environ["PCO_SECRET"]',
    ],
  })),
  template('apex-named-credential-ref', (g) => ({
    path: g.pick(['force-app/main/default/classes/GiftCallout.cls', 'force-app/main/default/classes/DonorSync.cls']),
    lines: [
      'HttpRequest req = new HttpRequest();',
      "req.setEndpoint('callout:Bloomerang/v2/transactions');",
      "req.setHeader('X-API-KEY', '{!$Credential.Password}');",
      "req.setMethod('GET');",
    ],
  })),
  template('sf-connected-app-meta', (g) => ({
    path: 'force-app/main/default/connectedApps/Donor_Portal.connectedApp-meta.xml',
    lines: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">',
      '    <label>Donor Portal</label>',
      `    <contactEmail>${v.email(g)}</contactEmail>`,
      '    <oauthConfig>',
      '        <callbackUrl>https://give.hopehouse.org/oauth/callback</callbackUrl>',
      `        <consumerKey>${v.sfConsumerKey(g)}</consumerKey>`,
      '        <scopes>Api</scopes>',
      '    </oauthConfig>',
      '</ConnectedApp>',
    ],
  })),
  template('sf-record-export', (g) => ({
    path: g.pick(['exports/opportunities.csv', 'data/gifts-fy25.csv']),
    lines: [
      'Id,AccountId,npsp__Primary_Contact__c,Amount,CloseDate,CampaignId',
      `${v.sfId(g, '006')},${v.sfId(g, '001')},${v.sfId(g, '003')},250.00,2025-12-31,${v.sfId(g, '701')}`,
      `${v.sfId(g, '006')},${v.sfId(g, '001')},${v.sfId(g, '003')},1000.00,2025-12-30,${v.sfId(g, '701')}`,
    ],
  })),
  template('re-nxt-gift-json', (g) => ({
    path: g.pick(['samples/gift.json', 'fixtures/renxt_gift.json']),
    lines: [
      '{',
      `  "id": "${v.constituentId(g)}",`,
      `  "constituent_id": "${v.constituentId(g)}",`,
      '  "amount": { "value": 500 },',
      `  "gift_splits": [{ "fund_id": "${g.between(10, 999)}", "campaign_id": "${g.between(10, 999)}", "appeal_id": "${g.between(10, 999)}" }],`,
      `  "lookup_id": "${g.fake.digits(6)}",`,
      '  "type": "Donation"',
      '}',
    ],
  })),
  template('sky-app-id-only', (g) => ({
    path: g.pick(['README.md', 'docs/sky-app.md']),
    lines: [
      '## SKY application',
      '',
      `Application ID: \`${v.uuid(g)}\``,
      '',
      'The application secret and subscription key are in the "Blackbaud" vault entry.',
    ],
  })),
  template('k8s-secret-refs', (g) => ({
    path: g.pick(['k8s/donor-sync.yaml', 'charts/giving-api/templates/deployment.yaml']),
    lines: [
      'env:',
      '  - name: STRIPE_SECRET_KEY',
      '    valueFrom:',
      '      secretKeyRef:',
      '        name: giving-secrets',
      '        key: stripe-secret-key',
      '  - name: SF_CONSUMER_SECRET',
      '    valueFrom:',
      '      secretKeyRef: { name: giving-secrets, key: sf-consumer-secret }',
    ],
  })),
  template('apps-script-properties', (g) => ({
    path: g.pick(['Code.gs', 'Sync.gs']),
    lines: [
      'function getKey() {',
      "  return PropertiesService.getScriptProperties().getProperty('BREEZE_API_KEY');",
      '}',
      'function pull() {',
      "  const resp = UrlFetchApp.fetch('https://gracechurch.breezechms.com/api/people', { headers: { 'Api-Key': getKey() } });",
      '}',
    ],
  })),
  template('masked-settings-export', (g) => ({
    path: g.pick(['exports/integration-settings.json', 'support/settings-dump.json']),
    lines: [
      '{',
      '  "bloomerang_api_key": "********************************",',
      '  "mailchimp_api_key": "****-us21",',
      `  "stripe_secret_key": "sk_live_...${g.fake.alnum(4)}",`,
      '  "pco_secret": "",',
      '  "sync_enabled": true',
      '}',
    ],
  })),
  template('mailchimp-list-ids', (g) => ({
    path: g.pick(['config/lists.yml', 'newsletter/audiences.yaml']),
    lines: [
      'audiences:',
      `  donors: ${g.fake.hex(10)}`,
      `  volunteers: ${g.fake.hex(10)}`,
      `  prayer_list: ${g.fake.hex(10)}`,
      'merge_fields: [FNAME, LNAME, GIFTAMT, LASTGIFT]',
    ],
  })),
  template('eventbrite-ids', (g) => ({
    path: g.pick(['events/gala.json', 'config/events.json']),
    lines: [
      '{',
      `  "event_id": "${g.fake.digits(12)}",`,
      `  "organizer_id": "${g.fake.digits(11)}",`,
      `  "ticket_class_ids": ["${g.fake.digits(10)}", "${g.fake.digits(10)}"],`,
      '  "venue": "Riverbend Community Hall"',
      '}',
    ],
  })),
  template('gift-receipt-text', (g) => ({
    path: g.pick(['templates/receipt.txt', 'receipts/2025-year-end.txt']),
    lines: [
      `${v.cap(v.org(g))} Foundation is a 501(c)(3) organization, EIN ${v.ein(g)}.`,
      `Gift ID: ${v.constituentId(g)}    Fund: ${v.fundCode(g)}`,
      'No goods or services were provided in exchange for this contribution.',
    ],
  })),
  template('field-mapping-csv', (g) => ({
    path: g.pick(['mappings/neon_to_mailchimp.csv', 'import/field-map.csv']),
    lines: [
      'source_field,target_field,notes',
      'Account ID,NEONID,merge field',
      'Email 1,EMAIL,required',
      'Password,,never exported',
      'API Key,,set in the integration screen',
    ],
  })),
  template('password-policy', (g) => ({
    path: g.pick(['policies/passwords.md', 'handbook/it-security.md']),
    lines: [
      '# Password policy',
      '',
      '- Passwords are at least 14 characters; use the 1Password Teams for Nonprofits vault.',
      '- Never paste an API key or password into Slack, email or a shared spreadsheet.',
      '- Board members sign in to the board portal with their own account.',
    ],
  })),
  template('wp-config-env-reads', (g) => ({
    path: g.pick(['wp-config.php', 'docker/wordpress/wp-config.php']),
    lines: [
      '<?php',
      "define( 'DB_NAME', getenv('WORDPRESS_DB_NAME') );",
      "define( 'DB_USER', getenv('WORDPRESS_DB_USER') );",
      "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );",
      "define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') );",
    ],
  })),
  template('wp-config-sample', (g) => ({
    path: g.pick(['wp-config-sample.php', 'public_html/wp-config-sample.php']),
    lines: [
      '<?php',
      "define( 'DB_NAME', 'database_name_here' );",
      "define( 'DB_USER', 'username_here' );",
      "define( 'DB_PASSWORD', 'password_here' );",
      "define( 'AUTH_KEY',         'put your unique phrase here' );",
    ],
  })),
  template('civicrm-settings-template', (g) => ({
    path: g.pick(['civicrm.settings.php.template', 'templates/CRM/common/civicrm.settings.php.template']),
    lines: [
      '<?php',
      "define( 'CIVICRM_DSN', 'mysql://%%dbUser%%:%%dbPass%%@%%dbHost%%/%%dbName%%?new_link=true' );",
      "define( 'CIVICRM_SITE_KEY', '%%siteKey%%' );",
    ],
  })),
  template('pco-oauth-client-id', (g) => ({
    path: g.pick(['config/pco_oauth.rb', 'config/initializers/pco.rb']),
    lines: [
      'PCO_OAUTH = {',
      `  client_id: "${v.pcoHex(g)}",`,
      "  client_secret: ENV.fetch('PCO_CLIENT_SECRET'),",
      "  redirect_uri: 'https://checkin.gracechurch.org/auth/complete',",
      '}',
    ],
  })),
  template('van-docs-stand-in', (g) => ({
    path: g.pick(['docs/everyaction.md', 'README.md']),
    lines: [
      'Authenticate with Basic auth: the username is your application name and the password is',
      'your API key followed by `|1` for the MyCampaign database, e.g. `<your-api-key>|1`.',
      '',
      '    curl -u "$VAN_APP:$VAN_KEY|1" https://api.securevan.com/v4/echoes',
    ],
  })),
  template('tessitura-constituent-export', (g) => ({
    path: g.pick(['exports/constituents.csv', 'reports/tessitura-donors.csv']),
    lines: [
      'customer_no,sort_name,constituency,last_gift_dt,lifetime_giving',
      `${v.constituentId(g)},"Nguyen, Linh",DON,2025-11-02,1250.00`,
      `${v.constituentId(g)},"Okafor, James",SUB,2025-10-15,300.00`,
    ],
  })),
  template('volunteer-roster', (g) => ({
    path: g.pick(['volunteers/roster.csv', 'exports/volunteerhub-users.csv']),
    lines: [
      'UserId,FirstName,LastName,Email,Hours,Waiver',
      `${g.fake.uuid()},Ana,Lopez,ana.lopez@gmail.com,24.5,yes`,
      `${g.fake.uuid()},Sam,Reed,sreed@outlook.com,6,yes`,
    ],
  })),
  template('installer-checksums', (g) => ({
    path: g.pick(['downloads/SHA256SUMS', 'it/installers.sha256']),
    lines: [`${g.fake.hex(64)}  DonorPerfectOnlineSetup.exe`, `${g.fake.hex(64)}  BlackbaudDirectoryAgent.msi`],
  })),
  template('wifi-guest-sign', (g) => ({
    path: g.pick(['signage/guest-wifi.md', 'lobby/wifi.txt']),
    lines: [
      'Guest Wi-Fi: Hope-Guest',
      'Password: none (accept the terms on the splash page)',
      'Staff network: ask the office manager.',
    ],
  })),
  template('ui-strings', (g) => ({
    path: g.pick(['locales/en.json', 'src/i18n/en.json']),
    lines: [
      '{',
      '  "login.password": "Password",',
      '  "login.forgot": "Forgot your password?",',
      '  "settings.apiKey": "API key",',
      '  "settings.apiKeyHelp": "Paste your Bloomerang private API key here."',
      '}',
    ],
  })),
  template('givewp-form-settings', (g) => ({
    path: g.pick(['exports/give-form-123.json', 'give/forms.json']),
    lines: [
      '{',
      `  "form_id": ${g.between(100, 9999)},`,
      '  "goal": 25000,',
      `  "stripe_account_id": "acct_${g.fake.alnum(16)}",`,
      '  "levels": [25, 50, 100, 250]',
      '}',
    ],
  })),
  template('ansible-vault-ref', (g) => ({
    path: g.pick(['ansible/group_vars/web.yml', 'inventory/group_vars/all.yml']),
    lines: [
      'wordpress_db_password: "{{ vault_wordpress_db_password }}"',
      'civicrm_site_key: "{{ vault_civicrm_site_key }}"',
      "stripe_secret_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=giving/data/stripe:secret_key') }}\"",
    ],
  })),
  template('ein-and-bank-refs', (g) => ({
    path: g.pick(['finance/grant-application.md', 'docs/990-prep.md']),
    lines: [
      '## Organization details',
      `- EIN: ${v.ein(g)}`,
      `- Grant number: ${g.pick(['GR', 'CF'])}-${g.fake.digits(6)}`,
      `- Fund code: ${v.fundCode(g)}`,
    ],
  })),
  template('zapier-export-connection-ref', (g) => ({
    path: g.pick(['zapier/zap-export.json', 'automations/zap.json']),
    lines: [
      '{',
      '  "title": "Givebutter -> Salesforce",',
      `  "steps": [{ "app": "Givebutter", "authentication_id": ${g.fake.digits(8)} }, { "app": "Salesforce", "authentication_id": ${g.fake.digits(8)} }]`,
      '}',
    ],
  })),
  template('terraform-var-ref', (g) => ({
    path: g.pick(['infra/main.tf', 'terraform/donate.tf']),
    lines: [
      'resource "aws_ssm_parameter" "stripe_secret" {',
      '  name  = "/giving/stripe_secret_key"',
      '  type  = "SecureString"',
      '  value = var.stripe_secret_key',
      '}',
    ],
  })),
  template('changelog-rotation', (g) => ({
    path: g.pick(['CHANGELOG.md', 'docs/security-log.md']),
    lines: [
      '## 2025-09-12',
      '- Rotated the Bloomerang private key and the SKY API subscription key after the volunteer left.',
      '- Moved the Planning Center secret to the church 1Password vault.',
    ],
  })),
  template('sfdx-project-json', (g) => ({
    path: g.pick(['sfdx-project.json', 'npsp-custom/sfdx-project.json']),
    lines: [
      '{',
      '  "packageDirectories": [{ "path": "force-app", "default": true }],',
      `  "namespace": "",`,
      '  "sfdcLoginUrl": "https://login.salesforce.com",',
      '  "sourceApiVersion": "61.0"',
      '}',
    ],
  })),
  template('pushpay-webhook-log', (g) => ({
    path: g.pick(['logs/pushpay-webhooks.log', 'var/log/giving.log']),
    lines: [
      `2025-11-02T10:14:03Z INFO webhook received type=payment_created merchant=${g.fake.alnum(12)} payment_token=${g.fake.alnum(22)}`,
      `2025-11-02T10:14:03Z INFO signature ok sha256=${g.fake.hex(64)}`,
    ],
  })),
  template('test-with-fake-values', (g) => ({
    path: g.pick(['tests/test_bloomerang.py', 'test/neon.test.js']),
    lines: [
      'def test_headers_include_key(monkeypatch):',
      '    monkeypatch.setenv("BLOOMERANG_API_KEY", "test-key")',
      '    client = Bloomerang.from_env()',
      '    assert client.headers["X-API-KEY"] == "test-key"',
    ],
  })),
  template('breeze-people-json', (g) => ({
    path: g.pick(['samples/breeze_people.json', 'data/people.json']),
    lines: [
      '[',
      `  { "id": "${g.fake.digits(8)}", "first_name": "Grace", "last_name": "Kim", "path": "img/profiles/generic/blue.jpg" },`,
      `  { "id": "${g.fake.digits(8)}", "first_name": "Tom", "last_name": "Hale", "path": "img/profiles/generic/gray.jpg" }`,
      ']',
    ],
  })),
  template('dataloader-encrypted', (g) => ({
    path: 'dataloader/config.properties',
    lines: [
      'sfdc.endpoint=https://login.salesforce.com',
      `sfdc.username=loader@${v.orgDomain(g)}`,
      '# password is encrypted with encrypt.bat -e and the key file below',
      'process.encryptionKeyFile=C\\:\\\\dataloader\\\\key.txt',
      'sfdc.password=',
    ],
  })),
  template('board-portal-sso', (g) => ({
    path: g.pick(['board/portal.md', 'governance/access.md']),
    lines: [
      '# Board portal access',
      'Board members sign in with Microsoft 365 (SSO). No shared password exists.',
      'Ask the executive assistant to add you to the "Board" security group.',
    ],
  })),
  template('m365-app-registration-ids', (g) => ({
    path: g.pick(['m365/app-registration.md', 'docs/graph-app.md']),
    lines: [
      '| Setting | Value |',
      '| --- | --- |',
      `| Tenant ID | ${v.uuid(g)} |`,
      `| Client ID | ${v.uuid(g)} |`,
      '| Client secret | stored in Azure Key Vault `giving-kv` |',
    ],
  })),
  template('braintree-client-token-fetch', (g) => ({
    path: g.pick(['src/donate/braintree.js', 'public/js/braintree-dropin.js']),
    lines: [
      "const clientToken = await fetch('/api/braintree/token').then((r) => r.text());",
      "braintree.dropin.create({ authorization: clientToken, container: '#dropin-container' });",
    ],
  })),
  template('neon-api-docs-placeholder', (g) => ({
    path: g.pick(['docs/neon.md', 'README.md']),
    lines: [
      'Set up Basic auth with your org ID as the username and the API key as the password:',
      '',
      '    curl -u "YOUR_ORG_ID:YOUR_API_KEY" https://api.neoncrm.com/v2/accounts',
    ],
  })),
  template('sql-schema', (g) => ({
    path: g.pick(['db/schema.sql', 'migrations/001_init.sql']),
    lines: [
      'CREATE TABLE integration_settings (',
      '  id SERIAL PRIMARY KEY,',
      '  provider VARCHAR(40) NOT NULL,',
      '  api_key_encrypted BYTEA,',
      '  password_hash VARCHAR(255)',
      ');',
    ],
  })),
  template('campaign-codes-yaml', (g) => ({
    path: g.pick(['config/appeals.yml', 'fundraising/appeals.yaml']),
    lines: [
      'appeals:',
      `  - code: ${g.pick(['SPR', 'EOY', 'GALA'])}${g.between(20, 26)}`,
      `    fund: ${v.fundCode(g)}`,
      `    salesforce_campaign: ${v.sfId(g, '701')}`,
    ],
  })),
  template('gworkspace-sa-public-cert', (g) => ({
    path: g.pick(['credentials/sa-public.json', 'certs/service-account-public.json']),
    lines: [
      '{',
      `  "private_key_id": "${g.fake.hex(40)}",`,
      `  "client_email": "reports@${v.org(g)}-donor-reports.iam.gserviceaccount.com",`,
      `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/reports%40${v.org(g)}-donor-reports.iam.gserviceaccount.com"`,
      '}',
    ],
  })),
];
