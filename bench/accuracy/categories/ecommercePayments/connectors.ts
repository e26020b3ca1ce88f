import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * ecommerce-payments positives from the connectors around a shop: shipping (ShipStation, EasyPost,
 * Shippo), tax (Avalara AvaTax, TaxJar), search (Algolia admin keys), marketing (Klaviyo private
 * keys, Mailchimp), ERP (NetSuite token-based auth), product feeds and their cron jobs (Google
 * Merchant Center SFTP, Meta catalog tokens), agency hand-over notes and runbooks, and gateway
 * settings in plugin config exports. Values generated at run time.
 */
export const connectorPositives: readonly Template[] = [
  template('shipstation-python', (g) => {
    const k = v.shipstationKey(g);
    const s = v.shipstationKey(g);
    return {
      path: g.pick(['fulfilment/shipstation.py', 'jobs/push_orders.py']),
      lines: [
        'import requests',
        '',
        sec(`SS_API_KEY = "${k}"`, k),
        sec(`SS_API_SECRET = "${s}"`, s),
        '',
        'def list_orders(status="awaiting_shipment"):',
        '    return requests.get("https://ssapi.shipstation.com/orders", params={"orderStatus": status},',
        '        auth=(SS_API_KEY, SS_API_SECRET)).json()',
      ],
    };
  }),
  template('easypost-ruby', (g) => {
    const k = v.easypostKey(g);
    return {
      path: g.pick(['config/initializers/easypost.rb', 'lib/shipping.rb']),
      lines: ["require 'easypost'", '', sec(`client = EasyPost::Client.new(api_key: '${k}')`, k)],
    };
  }),
  template('shippo-env', (g) => {
    const k = v.shippoKey(g);
    return {
      path: g.pick(['.env', 'shipping-service/.env']),
      lines: [sec(`SHIPPO_API_TOKEN=${k}`, k), 'SHIPPO_DEFAULT_CARRIER=usps', 'LABEL_FORMAT=PDF_4x6'],
    };
  }),
  template('shippo-curl', (g) => {
    const k = v.shippoKey(g);
    return {
      path: g.pick(['docs/shipping.md', 'scripts/rates.sh']),
      lines: [
        'curl https://api.goshippo.com/shipments/ \\',
        sec(`  -H "Authorization: ShippoToken ${k}" \\`, k),
        '  -d address_from=... -d address_to=... -d parcels=...',
      ],
    };
  }),
  template('avalara-config-json', (g) => {
    const lic = v.avalaraLicense(g);
    return {
      path: g.pick(['config/avatax.json', 'tax/avalara.json']),
      lines: [
        '{',
        '  "environment": "production",',
        `  "accountId": "${v.avalaraAccount(g)}",`,
        sec(`  "licenseKey": "${lic}",`, lic),
        `  "companyCode": "${v.shop(g).toUpperCase().replace(/-/g, '')}",`,
        '  "commitTransactions": true',
        '}',
      ],
    };
  }),
  template('avalara-csharp', (g) => {
    const lic = v.avalaraLicense(g);
    return {
      path: 'Services/TaxService.cs',
      lines: [
        'var client = new AvaTaxClient("ShopTax", "1.0", Environment.MachineName, AvaTaxEnvironment.Production)',
        sec(`    .WithSecurity(${v.avalaraAccount(g)}, "${lic}");`, lic),
        'var ping = client.Ping();',
      ],
    };
  }),
  template('taxjar-php', (g) => {
    const t = v.taxjarToken(g);
    return {
      path: g.pick(['app/Tax/TaxJarCalculator.php', 'tax.php']),
      lines: [
        '<?php',
        sec(`$client = TaxJar\\Client::withApiKey('${t}');`, t),
        "$tax = $client->taxForOrder(['from_country' => 'US', 'from_zip' => '92093', 'to_country' => 'US', 'to_zip' => $zip, 'amount' => $total, 'shipping' => 1.5]);",
      ],
    };
  }),
  template('taxjar-env', (g) => {
    const t = v.taxjarToken(g);
    return { path: '.env', lines: ['TAX_PROVIDER=taxjar', sec(`TAXJAR_API_KEY=${t}`, t), 'TAX_NEXUS=CA,NY,TX'] };
  }),
  template('algolia-admin-indexer', (g) => {
    const admin = v.hex32(g);
    return {
      path: g.pick(['scripts/reindex.js', 'indexer/index.mjs']),
      lines: [
        "const algoliasearch = require('algoliasearch');",
        sec(`const client = algoliasearch('${v.algoliaAppId(g)}', '${admin}');`, admin),
        "const index = client.initIndex('products_prod');",
        'await index.saveObjects(products, { autoGenerateObjectIDIfNotExist: true });',
      ],
    };
  }),
  template('algolia-magento-env', (g) => {
    const admin = v.hex32(g);
    return {
      path: g.pick(['deploy/algolia.env', '.env']),
      lines: [
        `ALGOLIA_APPLICATION_ID=${v.algoliaAppId(g)}`,
        `ALGOLIA_SEARCH_ONLY_API_KEY=${v.hex32(g)}`,
        sec(`ALGOLIA_ADMIN_API_KEY=${admin}`, admin),
        'ALGOLIA_INDEX_PREFIX=magento2_prod_',
      ],
    };
  }),
  template('klaviyo-private-key', (g) => {
    const k = v.klaviyoPrivate(g);
    return {
      path: g.pick(['marketing/klaviyo_sync.py', 'integrations/klaviyo.py']),
      lines: [
        'from klaviyo_api import KlaviyoAPI',
        '',
        sec(`klaviyo = KlaviyoAPI("${k}", max_delay=60, max_retries=3)`, k),
        'klaviyo.Events.create_event({"data": {"type": "event", "attributes": payload}})',
      ],
    };
  }),
  template('mailchimp-config', (g) => {
    const k = v.mailchimpKey(g);
    return {
      path: g.pick(['config/newsletter.yml', 'config/mailchimp.yml']),
      lines: ['mailchimp:', sec(`  api_key: ${k}`, k), `  list_id: ${g.fake.hex(10)}`, '  double_opt_in: true'],
    };
  }),
  template('netsuite-tba', (g) => {
    const cs = v.netsuiteHex(g);
    const ts = v.netsuiteHex(g);
    const ck = v.netsuiteHex(g);
    const ti = v.netsuiteHex(g);
    return {
      path: g.pick(['erp/netsuite.ini', 'connectors/netsuite.ini']),
      lines: [
        '[netsuite]',
        `account = ${v.netsuiteAccount(g)}`,
        sec(`consumer_key = ${ck}`, ck),
        sec(`consumer_secret = ${cs}`, cs),
        sec(`token_id = ${ti}`, ti),
        sec(`token_secret = ${ts}`, ts),
      ],
    };
  }),
  template('netsuite-js-oauth', (g) => {
    const cs = v.netsuiteHex(g);
    const ts = v.netsuiteHex(g);
    return {
      path: g.pick(['src/netsuite/client.js', 'lib/ns-oauth.js']),
      lines: [
        'const oauth = OAuth({',
        sec(`  consumer: { key: "${v.netsuiteHex(g)}", secret: "${cs}" },`, cs),
        '  signature_method: "HMAC-SHA256",',
        '  hash_function: (base, key) => crypto.createHmac("sha256", key).update(base).digest("base64"),',
        '});',
        sec(`const token = { key: "${v.netsuiteHex(g)}", secret: "${ts}" };`, ts),
      ],
    };
  }),
  template('gmc-sftp-feed-cron', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['cron/upload_feed.sh', 'feeds/push_google.sh']),
      lines: [
        '#!/bin/sh',
        '# Google Merchant Center SFTP upload, runs at 04:00',
        'php bin/console feed:generate --channel=google > /tmp/products.xml',
        sec(`sshpass -p '${pw}' sftp -oBatchMode=no mc-${g.fake.digits(9)}@partnerupload.google.com <<EOF`, pw),
        'put /tmp/products.xml',
        'EOF',
      ],
    };
  }),
  template('meta-catalog-token', (g) => {
    const t = v.metaToken(g);
    return {
      path: g.pick(['feeds/facebook_catalog.py', 'scripts/fb_catalog_batch.py']),
      lines: [
        'import requests',
        '',
        `CATALOG_ID = "${g.fake.digits(16)}"`,
        sec(`ACCESS_TOKEN = "${t}"`, t),
        '',
        'def batch(requests_):',
        '    return requests.post(f"https://graph.facebook.com/v19.0/{CATALOG_ID}/items_batch",',
        '        data={"access_token": ACCESS_TOKEN, "item_type": "PRODUCT_ITEM", "requests": requests_})',
      ],
    };
  }),
  template('feed-ftp-config-xml', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['app/code/Vendor/Feeds/etc/config.xml', 'config/feeds.xml']),
      lines: [
        '<feeds>',
        '  <idealo>',
        '    <ftp_host>ftp.idealo.com</ftp_host>',
        `    <ftp_user>${v.shop(g).replace(/-/g, '')}</ftp_user>`,
        sec(`    <ftp_password>${pw}</ftp_password>`, pw),
        '    <schedule>0 */6 * * *</schedule>',
        '  </idealo>',
        '</feeds>',
      ],
    };
  }),
  template('agency-handover-note', (g) => {
    const admin = v.plain(g);
    const sftp = v.plain(g);
    return {
      path: g.pick(['HANDOVER.md', 'docs/handover.md', 'notes/client-access.txt']),
      lines: [
        `# ${v.shopDomain(g)} - handover`,
        '',
        `Shop admin: https://${v.shopDomain(g)}/admin (user: agency)`,
        sec(`Admin password: ${admin}`, admin),
        '',
        `SFTP: ${v.shopDomain(g)} port 22, user deploy`,
        sec(`SFTP password: ${sftp}`, sftp),
        '',
        "Payment gateway keys are in the client's 1Password vault, not here.",
      ],
    };
  }),
  template('runbook-stripe-key-rotation', (g) => {
    const rk = v.stripeRestricted(g);
    return {
      path: g.pick(['runbooks/stripe.md', 'docs/ops/payments.md']),
      lines: [
        '## Rotating the reporting key',
        '1. Dashboard > Developers > API keys > Create restricted key (read: balance, payouts)',
        '2. Update the secret in the scheduler',
        '',
        sec(`Current key (rotated 2026-09-01): ${rk}`, rk),
      ],
    };
  }),
  template('gateway-settings-sql', (g) => {
    const tk = v.anetTransactionKey(g);
    return {
      path: g.pick(['backup/oc_setting.sql', 'db/seed_settings.sql']),
      lines: [
        'INSERT INTO `oc_setting` (`store_id`, `code`, `key`, `value`, `serialized`) VALUES',
        `(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_login', '${v.anetLogin(g)}', 0),`,
        sec(`(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_key', '${tk}', 0),`, tk),
        "(0, 'payment_authorizenet_aim', 'payment_authorizenet_aim_server', 'live', 0);",
      ],
    };
  }),
  template('docker-compose-shop', (g) => {
    const db = v.plain(g);
    const root = v.plain(g);
    const sk = v.stripeSecret(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  db:',
        '    image: mariadb:10.11',
        '    environment:',
        sec(`      MARIADB_ROOT_PASSWORD: ${root}`, root),
        '      MARIADB_DATABASE: shop',
        '      MARIADB_USER: shop',
        sec(`      MARIADB_PASSWORD: ${db}`, db),
        '  app:',
        '    build: .',
        '    environment:',
        sec(`      - STRIPE_SECRET_KEY=${sk}`, sk),
        '      - STRIPE_PUBLISHABLE_KEY=${STRIPE_PUBLISHABLE_KEY}',
      ],
    };
  }),
  template('laravel-services-php', (g) => {
    const sk = v.stripeSecret(g);
    const ppSecret = v.paypalSecret(g);
    return {
      path: 'config/services.php',
      lines: [
        '<?php',
        'return [',
        "    'stripe' => [",
        "        'key' => env('STRIPE_KEY'),",
        sec(`        'secret' => env('STRIPE_SECRET', '${sk}'),`, sk),
        '    ],',
        "    'paypal' => [",
        `        'client_id' => '${v.paypalClientId(g)}',`,
        sec(`        'secret' => '${ppSecret}',`, ppSecret),
        '    ],',
        '];',
      ],
    };
  }),
  template('spree-solidus-gateway-seed', (g) => {
    const sk = v.stripeSecret(g);
    return {
      path: g.pick(['db/seeds/payment_methods.rb', 'lib/tasks/gateways.rake']),
      lines: [
        'Spree::PaymentMethod::StripeCreditCard.create!(',
        '  name: "Credit card",',
        '  preferred_server: "production",',
        sec(`  preferred_secret_key: "${sk}",`, sk),
        `  preferred_publishable_key: "${v.stripePublishable(g)}",`,
        '  active: true',
        ')',
      ],
    };
  }),
  template('django-oscar-settings', (g) => {
    const pw = v.paypalNvpPassword(g);
    const sig = v.paypalSignature(g);
    return {
      path: g.pick(['shop/settings/production.py', 'settings_local.py']),
      lines: [
        `PAYPAL_API_USERNAME = "payments_api1.${v.shopDomain(g)}"`,
        sec(`PAYPAL_API_PASSWORD = "${pw}"`, pw),
        sec(`PAYPAL_API_SIGNATURE = "${sig}"`, sig),
        'PAYPAL_CURRENCY = "GBP"',
      ],
    };
  }),
  template('ai-chat-snippet-checkout', (g) => {
    const sk = v.stripeSecret(g, 'test');
    return {
      path: g.pick(['app/api/checkout/route.ts', 'pages/api/checkout.ts']),
      lines: [
        "import Stripe from 'stripe';",
        '',
        '// TODO move to env before launch',
        sec(`const stripe = new Stripe('${sk}', { apiVersion: '2024-06-20' });`, sk),
        '',
        'export async function POST(req: Request) {',
        '  const { priceId } = await req.json();',
        "  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: priceId, quantity: 1 }], success_url: `${origin}/success`, cancel_url: `${origin}/cart` });",
        '  return Response.json({ url: session.url });',
        '}',
      ],
    };
  }),
  template('go-payment-service-config', (g) => {
    const sk = v.stripeSecret(g);
    const h = v.adyenHmac(g);
    return {
      path: g.pick(['internal/config/config.go', 'cmd/payments/main.go']),
      lines: [
        'package config',
        '',
        'var Default = Config{',
        sec(`\tStripeKey:   "${sk}",`, sk),
        sec(`\tAdyenHMAC:   "${h}",`, h),
        '\tCurrency:    "EUR",',
        '}',
      ],
    };
  }),
  template('java-properties-gateways', (g) => {
    const pk = v.braintreePrivate(g);
    const tk = v.anetTransactionKey(g);
    return {
      path: g.pick(['src/main/resources/application-prod.properties', 'config/payment.properties']),
      lines: [
        `braintree.merchant-id=${v.braintreeId(g)}`,
        `braintree.public-key=${v.braintreeId(g)}`,
        sec(`braintree.private-key=${pk}`, pk),
        `authorizenet.api-login-id=${v.anetLogin(g)}`,
        sec(`authorizenet.transaction-key=${tk}`, tk),
      ],
    };
  }),
];
