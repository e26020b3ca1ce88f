import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * real-estate-property hard negatives from the same repositories and shared drives: public and
 * browser-side keys (Stripe publishable keys, Matterport SDK keys in a showcase embed), OAuth client
 * ids alone, env, Key Vault, Kubernetes and Ansible references, `.env.example` placeholders, vendors'
 * documentation stand-ins, masked exports, listing data (MLS numbers, listing keys, parcel numbers,
 * RESO payloads), lock serials and audit logs, webhook payload ids, checksums, schemas, password
 * policies and UI strings. Generated at run time.
 */
export const realEstateNegatives: readonly Template[] = [
  template('env-example', (g) => ({
    path: g.pick(['.env.example', 'idx-site/.env.sample']),
    lines: [
      'BRIDGE_DATASET=test',
      'BRIDGE_SERVER_TOKEN=your-server-token',
      'RETS_USERNAME=',
      'RETS_PASSWORD=<rets-password>',
      'FUB_API_KEY=changeme',
      'APPFOLIO_CLIENT_SECRET=${APPFOLIO_CLIENT_SECRET}',
      'BUILDIUM_CLIENT_SECRET=',
    ],
  })),
  template('python-env-reads', (g) => ({
    path: g.pick(['settings.py', 'mls/config.py']),
    lines: [
      'import os',
      '',
      'BRIDGE_TOKEN = os.environ["BRIDGE_SERVER_TOKEN"]',
      'RETS_PASSWORD = os.getenv("RETS_PASSWORD")',
      'MLSGRID_TOKEN = os.environ.get("MLSGRID_ACCESS_TOKEN", "")',
      'YARDI_PASSWORD = os.environ["YARDI_INTERFACE_PASSWORD"]',
    ],
  })),
  template('node-env-basic', (g) => ({
    path: g.pick(['src/crm/fub.js', 'server/leads.js']),
    lines: [
      'const apiKey = process.env.FUB_API_KEY;',
      "const auth = 'Basic ' + Buffer.from(`${apiKey}:`).toString('base64');",
      "const headers = { Authorization: auth, 'X-System': 'BrokerSite', 'X-System-Key': process.env.FUB_SYSTEM_KEY };",
    ],
  })),
  template('stripe-publishable-portal', (g) => ({
    path: g.pick(['tenant-portal/src/pay.js', 'public/js/rent-payment.js']),
    lines: [
      `const stripe = Stripe('${v.stripePublishable(g)}');`,
      "const elements = stripe.elements({ mode: 'payment', amount: rentCents, currency: 'usd' });",
      "elements.create('payment').mount('#payment-element');",
    ],
  })),
  template('matterport-showcase-embed', (g) => ({
    path: g.pick(['templates/virtual-tour.html', 'listing/tour.html']),
    lines: [
      '<iframe id="showcase" width="853" height="480" allow="xr-spatial-tracking"',
      `  src="https://my.matterport.com/show/?m=${g.fake.alnum(11)}&play=1&applicationKey=${g.fake.alnum(25)}"></iframe>`,
      '<script src="https://static.matterport.com/showcase-sdk/latest.js"></script>',
    ],
  })),
  template('reso-property-json', (g) => ({
    path: g.pick(['fixtures/property.json', 'samples/listing.json']),
    lines: [
      '{',
      `  "ListingKey": "${v.hex(g, 32)}",`,
      `  "ListingId": "${v.mlsNumber(g)}",`,
      `  "ParcelNumber": "${v.parcel(g)}",`,
      `  "UnparsedAddress": "${v.street(g)}",`,
      `  "ListPrice": ${g.between(180, 2400) * 1000},`,
      '  "StandardStatus": "Active",',
      `  "OriginatingSystemName": "${v.mlsCode(g)}",`,
      `  "ListAgentKey": "${v.hex(g, 32)}",`,
      '  "ShowingInstructions": "Lockbox on front door. Call listing agent for access."',
      '}',
    ],
  })),
  template('rets-metadata-xml', (g) => ({
    path: g.pick(['metadata/METADATA-SYSTEM.xml', 'rets/metadata.xml']),
    lines: [
      '<RETS ReplyCode="0" ReplyText="Operation Successful">',
      `  <METADATA-SYSTEM Version="01.72.${g.fake.digits(5)}" Date="2025-03-10T07:00:00Z">`,
      `    <SYSTEM SystemID="${v.mlsCode(g).toUpperCase()}" SystemDescription="Regional MLS" TimeZoneOffset="-06:00"/>`,
      '  </METADATA-SYSTEM>',
      '</RETS>',
    ],
  })),
  template('rets-login-response', (g) => ({
    path: g.pick(['logs/rets-login.txt', 'debug/rets_response.txt']),
    lines: [
      '<RETS ReplyCode="0" ReplyText="V2.7.0 1315: Success">',
      '<RETS-RESPONSE>',
      `MemberName=${v.cap(v.company(g))} Feed`,
      `User=${v.company(g)}idx,1,IDX,${g.fake.digits(5)}`,
      'Broker=BRK01',
      `MetadataVersion=01.72.${g.fake.digits(5)}`,
      'Search=/rets/search',
      'Logout=/rets/logout',
      '</RETS-RESPONSE>',
      '</RETS>',
    ],
  })),
  template('bridge-docs-example', (g) => ({
    path: g.pick(['docs/mls-api.md', 'README.md']),
    lines: [
      '## Querying Bridge',
      '',
      '```bash',
      "curl 'https://api.bridgedataoutput.com/api/v2/OData/test/Property?access_token=YOUR_SERVER_TOKEN&$top=10'",
      '```',
      '',
      'Replace `YOUR_SERVER_TOKEN` with the server token from the Bridge dashboard (Data Access > API Access).',
    ],
  })),
  template('idx-broker-docs', (g) => ({
    path: g.pick(['docs/idx.md', 'wp-content/plugins/idx-widget/readme.txt']),
    lines: [
      '== Installation ==',
      '1. Log in to IDX Broker and copy your API key from Home > Account > API Control.',
      '2. Paste it into Settings > IDX Widget > API Key.',
      'Requests send the header `accesskey: {your-api-key}` and `outputtype: json`.',
    ],
  })),
  template('wp-get-option', (g) => ({
    path: g.pick(['inc/idx.php', 'wp-content/plugins/listing-sync/sync.php']),
    lines: [
      '<?php',
      "$api_key = get_option( 'idx_broker_apikey' );",
      "$token   = defined( 'BRIDGE_TOKEN' ) ? BRIDGE_TOKEN : getenv( 'BRIDGE_TOKEN' );",
      "$headers = array( 'accesskey' => $api_key, 'outputtype' => 'json' );",
    ],
  })),
  template('k8s-secret-refs', (g) => ({
    path: g.pick(['deploy/k8s/listing-api.yaml', 'charts/pm-sync/templates/deployment.yaml']),
    lines: [
      '        env:',
      '          - name: YARDI_PASSWORD',
      '            valueFrom:',
      '              secretKeyRef:',
      '                name: yardi-interface',
      '                key: password',
      '          - name: BUILDIUM_CLIENT_SECRET',
      '            valueFrom:',
      '              secretKeyRef: { name: buildium, key: client-secret }',
    ],
  })),
  template('keyvault-appsettings', (g) => ({
    path: g.pick(['appsettings.json', 'src/YardiSync/appsettings.Production.json']),
    lines: [
      '{',
      '  "Yardi": {',
      `    "UserName": "${v.company(g)}ws",`,
      `    "Password": "@Microsoft.KeyVault(SecretUri=https://${v.company(g)}-kv.vault.azure.net/secrets/yardi-password/)",`,
      '    "Platform": "SQL Server"',
      '  }',
      '}',
    ],
  })),
  template('ansible-vault-refs', (g) => ({
    path: g.pick(['ansible/group_vars/bms.yml', 'roles/niagara/defaults/main.yml']),
    lines: [
      'niagara_admin_user: admin',
      'niagara_admin_password: "{{ vault_niagara_admin_password }}"',
      "metasys_api_password: \"{{ lookup('hashi_vault', 'secret=bms/data/metasys:password') }}\"",
      'gate_controller_password: "{{ vault_gate_password }}"',
    ],
  })),
  template('terraform-variables', (g) => ({
    path: g.pick(['infra/variables.tf', 'terraform/pm-sync/variables.tf']),
    lines: [
      'variable "stripe_secret_key" {',
      '  type      = string',
      '  sensitive = true',
      '}',
      'variable "plaid_secret" {',
      '  type      = string',
      '  sensitive = true',
      '}',
    ],
  })),
  template('masked-login-sheet', (g) => ({
    path: g.pick(['onboarding/agent-logins-redacted.csv', 'shared/Agent Accounts (redacted).csv']),
    lines: [
      'Agent,System,Username,Password,Notes',
      `Maria Lopez,MLS,${g.fake.digits(6)},********,in 1Password`,
      `Tom Nguyen,Follow Up Boss,${v.agentEmail(g)},[in vault],SSO`,
      `Kim Park,dotloop,${v.agentEmail(g)},,invite pending`,
    ],
  })),
  template('password-policy-page', (g) => ({
    path: g.pick(['docs/it/password-policy.md', 'handbook/security.md']),
    lines: [
      '# Password rules for agents',
      '',
      '- MLS passwords must be at least 12 characters and change every 90 days (board rule).',
      '- Never share your Supra eKEY PIN or MLS password with assistants; request an assistant login instead.',
      '- Lockbox codes go in ShowingTime only, never in listing remarks.',
    ],
  })),
  template('tenant-portal-i18n', (g) => ({
    path: g.pick(['tenant-portal/src/i18n/en.json', 'locales/en/auth.json']),
    lines: [
      '{',
      '  "login.password": "Password",',
      '  "login.forgotPassword": "Forgot your password?",',
      '  "autopay.bankToken": "Linked bank account",',
      '  "access.doorCode": "Your door code",',
      '  "access.doorCodeHint": "Codes are sent by text 24 hours before move-in."',
      '}',
    ],
  })),
  template('login-form-html', (g) => ({
    path: g.pick(['templates/resident-login.html', 'views/owner-portal/login.ejs']),
    lines: [
      '<form method="post" action="/login">',
      '  <input type="email" name="email" autocomplete="username" required>',
      '  <input type="password" name="password" autocomplete="current-password" placeholder="Password" required>',
      '  <button type="submit">Sign in to the resident portal</button>',
      '</form>',
    ],
  })),
  template('listing-photo-manifest', (g) => ({
    path: g.pick(['media/manifest.csv', 'photos/checksums.sha256']),
    lines: [
      'file,sha256,bytes',
      `${v.mlsNumber(g)}_01.jpg,${v.hex(g, 64)},${g.between(200000, 900000)}`,
      `${v.mlsNumber(g)}_02.jpg,${v.hex(g, 64)},${g.between(200000, 900000)}`,
    ],
  })),
  template('entrata-units-export', (g) => ({
    path: g.pick(['exports/units.csv', 'data/availability.csv']),
    lines: [
      'PropertyId,UnitId,UnitGuid,FloorPlan,MarketRent,Status',
      `${v.propertyId(g)},${v.unit(g)},${v.uuid(g)},2x2 Classic,${g.between(1200, 3400)},Available`,
      `${v.propertyId(g)},${v.unit(g)},${v.uuid(g)},1x1 Loft,${g.between(1000, 2600)},Notice`,
    ],
  })),
  template('lock-serials-sheet', (g) => ({
    path: g.pick(['access/lock-inventory.csv', 'facilities/locks.csv']),
    lines: [
      'unit,lock_model,serial,device_id,firmware',
      `${v.unit(g)},Schlage LE,${g.fake.upperAlnum(10)},${v.uuid(g)},2.1.14`,
      `${v.unit(g)},Latch M,${g.fake.upperHex(12)},${v.uuid(g)},4.3.0`,
    ],
  })),
  template('lock-audit-log', (g) => ({
    path: g.pick(['logs/access-events.jsonl', 'exports/brivo-events.json']),
    lines: [
      `{"event_id":"${v.uuid(g)}","door":"Lobby","credential_type":"mobile","result":"granted","ts":"2025-06-02T14:11:09Z"}`,
      `{"event_id":"${v.uuid(g)}","door":"Garage","credential_type":"pin","result":"denied","reason":"invalid credential"}`,
    ],
  })),
  template('stripe-webhook-payload', (g) => ({
    path: g.pick(['tests/fixtures/payment_intent.succeeded.json', 'samples/stripe_event.json']),
    lines: [
      '{',
      `  "id": "evt_${g.fake.alnum(24)}",`,
      '  "type": "payment_intent.succeeded",',
      `  "data": { "object": { "id": "pi_${g.fake.alnum(24)}", "customer": "cus_${g.fake.alnum(14)}", "amount": 185000 } }`,
      '}',
    ],
  })),
  template('docusign-envelope-json', (g) => ({
    path: g.pick(['logs/lease-envelope.json', 'fixtures/envelope_status.json']),
    lines: [
      '{',
      `  "envelopeId": "${v.uuid(g)}",`,
      '  "status": "completed",',
      `  "accountId": "${v.uuid(g)}",`,
      '  "emailSubject": "Please sign your lease renewal"',
      '}',
    ],
  })),
  template('docusign-integration-key-alone', (g) => ({
    path: g.pick(['config/docusign.json', 'lease-signing/docusign.config.json']),
    lines: [
      '{',
      `  "integrationKey": "${v.uuid(g)}",`,
      `  "userId": "${v.uuid(g)}",`,
      '  "privateKeyPath": "/run/secrets/docusign_private.pem",',
      '  "authServer": "account.docusign.com"',
      '}',
    ],
  })),
  template('twilio-sid-env-token', (g) => ({
    path: g.pick(['sms/notify.py', 'leasing/sms.py']),
    lines: [
      'import os',
      'from twilio.rest import Client',
      '',
      `ACCOUNT_SID = "${v.twilioSid(g)}"`,
      'client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])',
    ],
  })),
  template('oauth-client-id-alone', (g) => ({
    path: g.pick(['config/realpage.yml', 'config/trestle.yml']),
    lines: [
      'oauth:',
      `  client_id: ${v.clientId(g)}`,
      '  client_secret: ${TRESTLE_CLIENT_SECRET}',
      '  token_url: https://api-trestle.corelogic.com/trestle/oidc/connect/token',
    ],
  })),
  template('plaid-client-id-only', (g) => ({
    path: g.pick(['src/plaid/config.ts', 'ach/plaid.ts']),
    lines: [
      `export const PLAID_CLIENT_ID = '${v.plaidClientId(g)}';`,
      "export const PLAID_SECRET = process.env.PLAID_SECRET ?? '';",
      "export const PLAID_ENV = 'production';",
    ],
  })),
  template('tenants-schema', (g) => ({
    path: g.pick(['db/migrations/001_tenants.sql', 'schema/portal.sql']),
    lines: [
      'CREATE TABLE tenants (',
      '  id BIGSERIAL PRIMARY KEY,',
      '  email TEXT NOT NULL UNIQUE,',
      '  password_hash TEXT NOT NULL,',
      '  plaid_access_token_enc BYTEA,',
      '  door_code_last_rotated TIMESTAMPTZ',
      ');',
    ],
  })),
  template('jinja-rets-ini', (g) => ({
    path: g.pick(['templates/rets.ini.j2', 'roles/feed/templates/rets.conf.j2']),
    lines: [
      '[rets]',
      'login_url = {{ rets_login_url }}',
      'username = {{ rets_username }}',
      'password = {{ rets_password }}',
      'user_agent_password = {{ rets_ua_password | default("") }}',
    ],
  })),
  template('cron-env-expansion', (g) => ({
    path: g.pick(['cron/push_zillow.sh', 'syndication/upload.sh']),
    lines: [
      '#!/bin/bash',
      'set -euo pipefail',
      'lftp -u "${FEED_USER},${FEED_PASSWORD}" "ftp://${FEED_HOST}" -e "put /exports/listings.xml; bye"',
    ],
  })),
  template('listing-remarks', (g) => ({
    path: g.pick(['exports/listings.csv', 'data/active.csv']),
    lines: [
      'MLS#,Address,Price,Remarks,ShowingInstructions',
      `${v.mlsNumber(g)},"${v.street(g)}",${g.between(200, 900) * 1000},"Key features: new roof, quartz counters.","Supra on gas meter; password protected alarm, agent will disarm"`,
    ],
  })),
  template('wifi-guest-sign', (g) => ({
    path: g.pick(['signage/model-home-wifi.md', 'docs/leasing-office.md']),
    lines: [
      '## Guest Wi-Fi',
      '',
      `Network: ${v.cap(v.site(g))}-Guest`,
      'Password: ask the leasing desk (it rotates every Monday)',
    ],
  })),
  template('mlsgrid-docs-stub', (g) => ({
    path: g.pick(['docs/replication.md', 'wiki/MLS-Grid.md']),
    lines: [
      '### Authentication',
      '',
      'Send `Authorization: Bearer <access token>` on every request; the token is issued per data license.',
      "Filter with `$filter=OriginatingSystemName eq 'mred' and ModificationTimestamp gt 2025-01-01T00:00:00Z`.",
    ],
  })),
  template('bacnet-points-list', (g) => ({
    path: g.pick(['bms/points.csv', 'facilities/bacnet-points.csv']),
    lines: [
      'device,object,instance,name,units',
      `${g.between(100000, 399999)},analog-input,1,AHU-1 Supply Air Temp,degF`,
      `${g.between(100000, 399999)},binary-output,4,AHU-1 Fan Command,`,
    ],
  })),
  template('key-names-config', (g) => ({
    path: g.pick(['src/settings/schema.ts', 'lib/config-keys.js']),
    lines: [
      'export const SETTING_KEYS = {',
      "  bridgeToken: 'bridge.server_token',",
      "  retsPassword: 'rets.password',",
      "  fubApiKey: 'crm.fub.api_key',",
      "  yardiPassword: 'pms.yardi.password',",
      '};',
    ],
  })),
  template('api-key-metadata', (g) => ({
    path: g.pick(['exports/api_keys.json', 'admin/integrations.json']),
    lines: [
      '[',
      `  { "name": "Website leads", "key_last4": "${g.fake.alnum(4)}", "created": "2024-11-02", "last_used": "2025-06-01" },`,
      `  { "name": "Zapier", "key_last4": "${g.fake.alnum(4)}", "created": "2025-01-15", "last_used": null }`,
      ']',
    ],
  })),
  template('git-changelog', (g) => ({
    path: g.pick(['CHANGELOG.md', 'docs/releases.md']),
    lines: [
      '## 2.4.0',
      `- ${v.hex(g, 7)} Rotate Bridge token without downtime (reads it from the secret store now)`,
      `- ${v.hex(g, 7)} Remove hard-coded RETS password from the importer`,
    ],
  })),
  template('pm-sdk-placeholders', (g) => ({
    path: g.pick(['examples/buildium_quickstart.rb', 'docs/buildium.md']),
    lines: [
      'Buildium.configure do |config|',
      "  config.api_key['clientId'] = 'YOUR API KEY'",
      "  config.api_key['clientSecret'] = 'YOUR API KEY'",
      'end',
    ],
  })),
  template('openai-key-from-env', (g) => ({
    path: g.pick(['leasing-bot/app.py', 'chatbot/main.py']),
    lines: ['import os', 'from openai import OpenAI', '', 'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])'],
  })),
  template('door-code-template', (g) => ({
    path: g.pick(['templates/sms/move_in.txt', 'notifications/move-in.liquid']),
    lines: [
      'Welcome home, {{ resident.first_name }}!',
      'Your unit {{ unit.number }} door code is {{ access.door_code }}.',
      'Building Wi-Fi: {{ building.wifi_ssid }} / {{ building.wifi_password }}',
    ],
  })),
];
