import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * retail-hospitality hard negatives from the same repositories: public client-side keys (Square
 * application and location ids, Stripe publishable keys, Adyen client keys, SumUp affiliate keys),
 * OAuth client ids alone, env and secret-store references, `.env.example` placeholders, masked and
 * empty values, registry exports and RDP files without a password, store ids, merchant ids,
 * restaurant GUIDs, terminal serials, SKUs, UPCs, folio and confirmation numbers, receipts, menu and
 * price files, webhook signatures in logs, checksums, UI strings and password-policy pages.
 * Generated at run time.
 */
export const retailNegatives: readonly Template[] = [
  template('square-web-payments-public', (g) => ({
    path: g.pick(['public/js/checkout.js', 'src/components/SquareCard.tsx']),
    lines: [
      `const appId = '${v.squareAppId(g)}';`,
      `const locationId = 'L${g.fake.upperAlnum(12)}';`,
      'const payments = window.Square.payments(appId, locationId);',
      'const card = await payments.card();',
      "await card.attach('#card-container');",
    ],
  })),
  template('stripe-terminal-client', (g) => ({
    path: g.pick(['kiosk/src/terminal.ts', 'app/terminal.js']),
    lines: [
      "import { loadStripeTerminal } from '@stripe/terminal-js';",
      `const STRIPE_PK = '${v.stripePublishable(g)}';`,
      'const StripeTerminal = await loadStripeTerminal();',
      'const terminal = StripeTerminal.create({',
      "  onFetchConnectionToken: () => fetch('/connection_token', { method: 'POST' }).then((r) => r.json()).then((j) => j.secret),",
      '});',
    ],
  })),
  template('adyen-web-client-key', (g) => ({
    path: g.pick(['frontend/src/adyen.ts', 'web/checkout-config.js']),
    lines: [
      'export const adyenConfig = {',
      `  clientKey: '${v.adyenClientKey(g)}',`,
      "  environment: 'live-us',",
      "  locale: 'en-US',",
      '};',
    ],
  })),
  template('sumup-affiliate-android', (g) => ({
    path: 'app/src/main/java/com/store/pos/PaymentActivity.kt',
    lines: [
      '// The affiliate key is bound to this app id and is safe to ship in the app (SumUp docs).',
      `private const val AFFILIATE_KEY = "${v.sumupAffiliate(g)}"`,
      'SumUpAPI.openLoginActivity(this, SumUpLogin.builder(AFFILIATE_KEY).build(), REQUEST_LOGIN)',
    ],
  })),
  template('env-example-placeholders', (g) => ({
    path: g.pick(['.env.example', 'pos-sync/.env.sample']),
    lines: [
      'SQUARE_ACCESS_TOKEN=your-square-access-token',
      'TOAST_CLIENT_ID=',
      'TOAST_CLIENT_SECRET=<toast-client-secret>',
      'CLOVER_API_TOKEN=changeme-in-vault',
      'MEWS_CLIENT_TOKEN=${MEWS_CLIENT_TOKEN}',
      'MSSQL_SA_PASSWORD=',
    ],
  })),
  template('python-env-reads', (g) => ({
    path: g.pick(['integrations/settings.py', 'config.py']),
    lines: [
      'import os',
      '',
      'TOAST_CLIENT_ID = os.environ["TOAST_CLIENT_ID"]',
      'TOAST_CLIENT_SECRET = os.environ["TOAST_CLIENT_SECRET"]',
      'SQUARE_ACCESS_TOKEN = os.getenv("SQUARE_ACCESS_TOKEN")',
      'DOORDASH_SIGNING_SECRET = os.environ.get("DOORDASH_SIGNING_SECRET", "")',
    ],
  })),
  template('k8s-secret-refs', (g) => ({
    path: g.pick(['k8s/deployment.yaml', 'charts/pos-api/templates/deployment.yaml']),
    lines: [
      'env:',
      '  - name: TOAST_CLIENT_SECRET',
      '    valueFrom:',
      '      secretKeyRef:',
      '        name: pos-integrations',
      '        key: TOAST_CLIENT_SECRET',
      '  - name: MSSQL_SA_PASSWORD',
      '    valueFrom:',
      '      secretKeyRef: { name: store-db, key: sa-password }',
    ],
  })),
  template('toast-menu-export', (g) => ({
    path: g.pick(['exports/menu.json', 'toast/menus_v2.json']),
    lines: [
      '{',
      `  "restaurantGuid": "${v.uuid(g)}",`,
      '  "menus": [',
      '    {',
      `      "guid": "${v.uuid(g)}",`,
      '      "name": "Lunch",',
      `      "menuGroups": [{ "guid": "${v.uuid(g)}", "name": "Burgers", "multiLocationId": "${g.fake.digits(15)}" }]`,
      '    }',
      '  ]',
      '}',
    ],
  })),
  template('clover-order-export', (g) => ({
    path: g.pick(['exports/clover_orders.json', 'data/orders-sample.json']),
    lines: [
      '{',
      `  "merchantId": "${v.cloverMerchant(g)}",`,
      `  "id": "${g.fake.upperAlnum(13)}",`,
      `  "employee": { "id": "${g.fake.upperAlnum(13)}" },`,
      '  "total": 2450,',
      '  "state": "locked",',
      `  "device": { "id": "${v.uuid(g)}", "serial": "C0${g.fake.digits(2)}UQ${g.fake.digits(8)}" }`,
      '}',
    ],
  })),
  template('toast-oauth-client-id-only', (g) => ({
    path: g.pick(['docs/toast-partner.md', 'README.md']),
    lines: [
      '## Toast partner app',
      '',
      `Our partner client id is \`${v.toastClientId(g)}\`; the secret is in 1Password under "Toast partner (prod)".`,
      'Restaurants connect us from Toast Web > Integrations.',
    ],
  })),
  template('reg-autologon-no-password', (g) => ({
    path: 'deploy/kiosk-autologon.reg',
    lines: [
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]',
      '"AutoAdminLogon"="1"',
      '"DefaultUserName"="kiosk"',
      `"DefaultDomainName"="${v.brand(g).toUpperCase()}"`,
      '"ForceAutoLogon"=dword:00000001',
    ],
  })),
  template('rdp-without-password', (g) => ({
    path: `support/${v.storeNo(g)}.rdp`,
    lines: [
      'screen mode id:i:2',
      `full address:s:${v.storeHost(g)}`,
      'username:s:support',
      'prompt for credentials:i:1',
      'authentication level:i:2',
    ],
  })),
  template('ini-password-references', (g) => ({
    path: g.pick(['POS/INI/dbconfig.ini', 'config/store.ini']),
    lines: [
      '[SQL]',
      `SERVER=${v.storeHost(g)}\\SQLEXPRESS`,
      'DATABASE=BackOffice',
      'UID=sa',
      'PWD=%POS_SQL_PWD%',
      '; the password is set by the installer from the secure store',
    ],
  })),
  template('masked-config-export', (g) => ({
    path: g.pick(['support/config-dump.txt', 'logs/settings-export.txt']),
    lines: [
      `Store: ${v.storeNo(g)}`,
      'DB Password: ********',
      'Toast Client Secret: ****************',
      `Terminal: ${v.terminalSerial(g)}`,
      'Gift card API password: (hidden)',
    ],
  })),
  template('terminal-fleet-csv', (g) => ({
    path: g.pick(['inventory/terminals.csv', 'it/pinpads.csv']),
    lines: [
      'store,lane,model,serial,ip,mac',
      ...[1, 2, 3].map(
        (lane) =>
          `${v.storeNo(g)},${lane},${g.pick(['V400m', 'Lane/3000', 'A920'])},${g.fake.digits(9)},10.${g.between(10, 250)}.20.${lane + 10},${v.mac(g)}`,
      ),
    ],
  })),
  template('price-file-csv', (g) => ({
    path: g.pick(['price/price_change.csv', 'menu/items.csv']),
    lines: [
      'sku,upc,description,price,tax_group',
      ...[0, 1, 2, 3].map(
        () =>
          `${v.sku(g)},${v.upc(g)},${g.pick(['Cold Brew 16oz', 'Chicken Wrap', 'Fries Lg', 'Cheesecake'])},${g.between(2, 15)}.${g.fake.digits(2)},${g.between(1, 4)}`,
      ),
    ],
  })),
  template('pms-folio-export', (g) => ({
    path: g.pick(['exports/night_audit.csv', 'pms/folios.csv']),
    lines: [
      'folio,confirmation,room,arrival,departure,balance',
      ...[0, 1, 2].map(
        () =>
          `${v.folio(g)},${v.confirmation(g)},${g.between(101, 1220)},2026-11-${g.between(10, 28)},2026-11-29,${g.between(0, 900)}.00`,
      ),
    ],
  })),
  template('mews-demo-placeholders', () => ({
    path: 'docs/mews.md',
    lines: [
      '## Mews Connector API',
      '',
      'Every request body carries `ClientToken`, `AccessToken` and `Client`:',
      '',
      '```json',
      '{ "ClientToken": "{ClientToken}", "AccessToken": "{AccessToken}", "Client": "Sample Client 1.0.0" }',
      '```',
    ],
  })),
  template('doordash-jwt-recipe-env', () => ({
    path: 'src/delivery/jwt.js',
    lines: [
      "const jwt = require('jsonwebtoken');",
      'const token = jwt.sign(',
      "  { aud: 'doordash', iss: process.env.DOORDASH_DEVELOPER_ID, kid: process.env.DOORDASH_KEY_ID },",
      "  Buffer.from(process.env.DOORDASH_SIGNING_SECRET, 'base64url'),",
      "  { algorithm: 'HS256', header: { 'dd-ver': 'DD-JWT-V1' }, expiresIn: 300 },",
      ');',
    ],
  })),
  template('webhook-signature-log', (g) => ({
    path: g.pick(['logs/webhooks.log', 'var/log/olo-webhooks.log']),
    lines: [
      `2026-11-02T18:0${g.between(0, 9)}:11Z INFO received order.created store=${v.storeNo(g)} X-Olo-Signature=${g.fake.base64(43)}= verified=true`,
      `2026-11-02T18:0${g.between(0, 9)}:12Z INFO received order.updated store=${v.storeNo(g)} X-Olo-Signature=${g.fake.base64(43)}= verified=true`,
    ],
  })),
  template('installer-checksums', (g) => ({
    path: g.pick(['scripts/Install-PosClient.ps1', 'deploy/verify.ps1']),
    lines: [
      `$expected = "${g.fake.upperHex(64)}"`,
      '$actual = (Get-FileHash .\\PosClientSetup.msi -Algorithm SHA256).Hash',
      'if ($actual -ne $expected) { throw "checksum mismatch" }',
    ],
  })),
  template('receipt-epos-xml', (g) => ({
    path: g.pick(['templates/receipt.xml', 'print/receipt_template.xml']),
    lines: [
      '<epos-print xmlns="http://www.epson-pos.com/schemas/2011/03/epos-print">',
      '  <text align="center">' + v.cap(v.brand(g)) + '&#10;</text>',
      `  <text>Order ${g.fake.digits(5)}  Table ${g.between(1, 40)}&#10;</text>`,
      `  <barcode type="code128" hri="below">${g.fake.digits(12)}</barcode>`,
      '  <cut type="feed"/>',
      '</epos-print>',
    ],
  })),
  template('pos-ui-strings', () => ({
    path: 'app/src/main/res/values/strings.xml',
    lines: [
      '<resources>',
      '    <string name="manager_password_prompt">Enter manager password</string>',
      '    <string name="wrong_password">Wrong password, try again</string>',
      '    <string name="api_key_missing">No API key configured for this store</string>',
      '    <string name="reset_secret">Reset device secret</string>',
      '</resources>',
    ],
  })),
  template('password-policy-doc', () => ({
    path: 'docs/it/password-policy.md',
    lines: [
      '# Store password policy',
      '',
      '- Back-office passwords: at least 14 characters, rotated every 90 days.',
      '- Never write the `sa` password in INI files; use the installer prompt.',
      '- Manager swipe cards replace manager PINs from 2027.',
    ],
  })),
  template('typescript-credential-types', () => ({
    path: 'src/types/integrations.ts',
    lines: [
      'export interface ToastCredentials {',
      '  clientId: string;',
      '  clientSecret: string;',
      "  userAccessType: 'TOAST_MACHINE_CLIENT';",
      '}',
      'export type MewsAuth = { ClientToken: string; AccessToken: string; Client: string };',
    ],
  })),
  template('shopify-pos-app-toml', (g) => ({
    path: 'shopify.app.toml',
    lines: [
      `client_id = "${v.hex(g, 32)}"`,
      `name = "${v.cap(v.brand(g))} POS tiles"`,
      `application_url = "https://pos.${v.brand(g)}.com"`,
      'embedded = true',
      '[access_scopes]',
      'scopes = "read_orders,write_customers"',
    ],
  })),
  template('ohip-hotel-ids', (g) => ({
    path: g.pick(['config/hotels.yml', 'opera/properties.yaml']),
    lines: [
      'hotels:',
      `  - hotel_id: ${v.brand(g).slice(0, 4).toUpperCase()}${g.between(1, 9)}`,
      `    chain_code: ${v.brand(g).slice(0, 3).toUpperCase()}`,
      `    external_system: ${v.brand(g).toUpperCase()}_POS`,
      `    enterprise_id: ${v.uuid(g)}`,
    ],
  })),
  template('hostapd-psk-file', () => ({
    path: 'etc/hostapd/hostapd-guest.conf',
    lines: [
      'interface=wlan0',
      'ssid=Guest-WiFi',
      'wpa=2',
      'wpa_key_mgmt=WPA-PSK',
      'wpa_psk_file=/etc/hostapd/guest.psk',
      'ap_isolate=1',
    ],
  })),
  template('reservation-webhook-json', (g) => ({
    path: g.pick(['fixtures/reservation.json', 'samples/sevenrooms_webhook.json']),
    lines: [
      '{',
      `  "id": "${g.fake.base64url(24)}",`,
      `  "confirmation_number": "${v.confirmation(g)}",`,
      '  "party_size": 4,',
      `  "venue_id": "${g.fake.base64url(20)}",`,
      '  "status": "CONFIRMED"',
      '}',
    ],
  })),
  template('netsuite-script-ids', (g) => ({
    path: g.pick(['suitecloud/manifest.xml', 'src/FileCabinet/SuiteScripts/deploy.xml']),
    lines: [
      '<manifest projecttype="ACCOUNTCUSTOMIZATION">',
      `  <projectname>${v.brand(g)}-pos-sync</projectname>`,
      `  <frameworkversion>1.0</frameworkversion>`,
      `  <!-- account ${v.nsAccount(g)}, deployment customdeploy_pos_sync_${g.between(1, 9)} -->`,
      '</manifest>',
    ],
  })),
  template('gradle-properties-env-read', () => ({
    path: 'gradle.properties',
    lines: [
      'org.gradle.jvmargs=-Xmx2048m',
      'android.useAndroidX=true',
      '# RELEASE_STORE_PASSWORD and RELEASE_KEY_PASSWORD come from the CI secret store',
      'RELEASE_STORE_FILE=../keys/pos-release.jks',
      'RELEASE_KEY_ALIAS=pos',
    ],
  })),
  template('winscp-script-with-prompt', (g) => ({
    path: 'scripts/royalty_upload.txt',
    lines: [
      'option batch abort',
      `open sftp://${v.storeNo(g).toLowerCase()}@${v.sftpHost(g)}/ -privatekey="C:\\POS\\keys\\royalty.ppk"`,
      'put C:\\POS\\Export\\sales_*.csv /incoming/',
      'exit',
    ],
  })),
  template('loyalty-member-export', (g) => ({
    path: 'exports/loyalty_members.csv',
    lines: [
      'member_id,tier,points,joined,store',
      ...[0, 1, 2].map(
        () =>
          `${g.fake.digits(10)},${g.pick(['gold', 'silver', 'bronze'])},${g.between(0, 9000)},2025-0${g.between(1, 9)}-0${g.between(1, 9)},${v.storeNo(g)}`,
      ),
    ],
  })),
];
