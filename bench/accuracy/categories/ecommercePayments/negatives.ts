import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * ecommerce-payments hard negatives from the same shops and repositories: keys the providers
 * document as public (Stripe publishable keys, PayPal client ids in the JS SDK tag, Braintree
 * tokenization keys, Adyen client keys, Square application ids, Razorpay key ids in Checkout,
 * Worldpay client keys, Checkout.com public keys, Paddle client-side tokens, Algolia search-only
 * keys, Klaviyo public site keys, Shopify storefront tokens and app client ids, Shopware
 * sales-channel keys, Medusa publishable keys), shipped samples (`wp-config-sample.php`, Magento
 * `env.php` templates, `.env.example`), env and secret-manager references, documentation stand-ins,
 * and the ids shops are full of: order numbers, Stripe object ids and PaymentIntent client
 * secrets handed to the browser, webhook signatures in logs, SKUs, GTINs, tracking numbers,
 * payment references, test card numbers, feed checksums, Apple Pay domain-association files.
 * Generated at run time.
 */
export const ecommerceNegatives: readonly Template[] = [
  template('stripe-js-publishable', (g) => ({
    path: g.pick(['src/checkout.js', 'assets/js/card-form.js']),
    lines: [
      `const stripe = Stripe("${v.stripePublishable(g)}");`,
      'const elements = stripe.elements({ clientSecret });',
      "const paymentElement = elements.create('payment');",
      "paymentElement.mount('#payment-element');",
    ],
  })),
  template('stripe-env-references', (g) => ({
    path: g.pick(['server/payments.js', 'src/stripe.ts']),
    lines: [
      'const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);',
      'const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;',
      'const event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], endpointSecret);',
    ],
  })),
  template('stripe-env-example', (g) => ({
    path: g.pick(['.env.example', '.env.sample']),
    lines: [
      '# Get these from https://dashboard.stripe.com/apikeys',
      `STRIPE_PUBLISHABLE_KEY=${g.pick(['pk_test_...', 'pk_test_xxxxxxxxxxxxxxxxxxxxxxxx', '<your publishable key>'])}`,
      `STRIPE_SECRET_KEY=${g.pick(['sk_test_...', 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', '<your secret key>', 'your_stripe_secret_key'])}`,
      `STRIPE_WEBHOOK_SECRET=${g.pick(['whsec_...', 'whsec_xxx', '<from stripe listen>'])}`,
    ],
  })),
  template('stripe-webhook-log', (g) => ({
    path: g.pick(['logs/webhooks.log', 'storage/logs/stripe-2026-11-30.log']),
    lines: [
      `[2026-11-30 10:1${g.between(0, 9)}:02] POST /webhooks/stripe 200 evt=${v.stripeObjectId(g, 'evt')} type=payment_intent.succeeded`,
      `  Stripe-Signature: t=17${g.fake.digits(8)},v1=${g.fake.hex(64)},v0=${g.fake.hex(64)}`,
      `  payment_intent=${v.stripeObjectId(g, 'pi')} customer=${'cus_' + g.fake.alnum(14)} amount=${g.between(500, 90000)}`,
    ],
  })),
  template('stripe-object-ids-json', (g) => {
    const pi = v.stripeObjectId(g, 'pi');
    return {
      path: g.pick(['fixtures/order_1042.json', 'exports/payments.json']),
      lines: [
        '{',
        `  "order": "${v.orderNo(g)}",`,
        `  "payment_intent": "${pi}",`,
        `  "client_secret": "${pi}_secret_${g.fake.alnum(25)}",`,
        `  "charge": "${v.stripeObjectId(g, 'ch')}",`,
        `  "customer": "cus_${g.fake.alnum(14)}",`,
        `  "price": "price_${g.pick(['1', '1N'])}${g.fake.alnum(22)}",`,
        `  "invoice": "in_${g.fake.alnum(24)}",`,
        '  "status": "succeeded"',
        '}',
      ],
    };
  }),
  template('paypal-js-sdk-tag', (g) => ({
    path: g.pick(['templates/checkout.html', 'resources/views/checkout.blade.php']),
    lines: [
      `<script src="https://www.paypal.com/sdk/js?client-id=${v.paypalClientId(g)}&currency=EUR&components=buttons"></script>`,
      '<div id="paypal-button-container"></div>',
    ],
  })),
  template('paypal-ipn-log', (g) => ({
    path: 'logs/ipn.log',
    lines: [
      `IPN verified: txn_id=${g.fake.upperAlnum(17)} payment_status=Completed mc_gross=${g.between(5, 500)}.00 invoice=${v.orderNo(g)}`,
      `verify_sign=${'A' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-', 55)}`,
      `payer_id=${g.fake.upperAlnum(13)} receiver_email=sales@${v.shopDomain(g)}`,
    ],
  })),
  template('braintree-tokenization-key', (g) => ({
    path: g.pick(['src/dropin.js', 'static/js/braintree-dropin.js']),
    lines: [
      'braintree.dropin.create({',
      `  authorization: "${g.pick(['sandbox', 'production'])}_${g.fake.lowerAlnum(8)}_${g.fake.lowerAlnum(16)}",`,
      "  container: '#dropin-container'",
      '}, function (err, instance) { if (err) console.error(err); });',
    ],
  })),
  template('braintree-env-refs', (g) => ({
    path: 'config/initializers/braintree.rb',
    lines: [
      "Braintree::Configuration.environment = ENV.fetch('BRAINTREE_ENV', 'sandbox').to_sym",
      "Braintree::Configuration.merchant_id = ENV['BRAINTREE_MERCHANT_ID']",
      `Braintree::Configuration.public_key = "${v.braintreeId(g)}"`,
      'Braintree::Configuration.private_key = Rails.application.credentials.dig(:braintree, :private_key)',
    ],
  })),
  template('adyen-client-key-web', (g) => ({
    path: g.pick(['src/adyen-checkout.ts', 'public/js/adyen.js']),
    lines: [
      'const checkout = await AdyenCheckout({',
      `  clientKey: "${v.adyenClientKey(g)}",`,
      "  environment: 'live',",
      '  session: { id: sessionId, sessionData },',
      '});',
    ],
  })),
  template('adyen-notification-payload', (g) => ({
    path: g.pick(['tests/data/adyen_notification.json', 'logs/adyen-webhook.json']),
    lines: [
      '{"live":"true","notificationItems":[{"NotificationRequestItem":{',
      `  "pspReference":"${g.fake.upperAlnum(16)}","merchantReference":"${v.orderNo(g)}",`,
      `  "additionalData":{"hmacSignature":"${g.fake.base64(43)}="},`,
      '  "eventCode":"AUTHORISATION","success":"true","amount":{"currency":"EUR","value":2599}}}]}',
    ],
  })),
  template('square-web-payments', (g) => ({
    path: g.pick(['public/js/square-card.js', 'src/square.js']),
    lines: [
      `const payments = Square.payments("${v.squareAppId(g)}", "L${g.fake.upperAlnum(12)}");`,
      'const card = await payments.card();',
      "await card.attach('#card-container');",
    ],
  })),
  template('razorpay-checkout-options', (g) => ({
    path: g.pick(['static/js/pay.js', 'templates/pay.html']),
    lines: [
      'var options = {',
      `  "key": "${v.razorpayId(g)}",`,
      '  "amount": "50000",',
      '  "currency": "INR",',
      `  "order_id": "order_${g.fake.alnum(14)}",`,
      '  "handler": function (response) { verify(response.razorpay_payment_id, response.razorpay_signature); }',
      '};',
    ],
  })),
  template('worldpay-client-key', (g) => ({
    path: 'assets/js/worldpay-form.js',
    lines: [
      `Worldpay.useTemplateForm({ clientKey: '${v.worldpayClient(g)}', form: 'paymentForm', paymentSection: 'paymentSection' });`,
    ],
  })),
  template('checkout-frames-public', (g) => ({
    path: g.pick(['src/frames.js', 'views/pay.html']),
    lines: [
      `Frames.init("${v.ckoPublic(g)}");`,
      'Frames.addEventHandler(Frames.Events.CARD_VALIDATION_CHANGED, onValid);',
    ],
  })),
  template('paddle-js-client-token', (g) => ({
    path: g.pick(['app/layout.tsx', 'src/paddle.ts']),
    lines: [
      "import { initializePaddle } from '@paddle/paddle-js';",
      `const paddle = await initializePaddle({ environment: 'production', token: '${v.paddleClientToken(g)}' });`,
    ],
  })),
  template('algolia-search-only', (g) => ({
    path: g.pick(['src/search.js', 'theme/assets/instantsearch.js']),
    lines: [
      `const searchClient = algoliasearch('${v.algoliaAppId(g)}', '${v.hex32(g)}'); // search-only key`,
      "const search = instantsearch({ indexName: 'products', searchClient });",
    ],
  })),
  template('klaviyo-onsite-snippet', (g) => ({
    path: g.pick(['layout/theme.liquid', 'templates/base.html']),
    lines: [
      `<script async type="text/javascript" src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=${v.klaviyoPublic(g)}"></script>`,
    ],
  })),
  template('shopify-app-toml', (g) => ({
    path: 'shopify.app.toml',
    lines: [
      `client_id = "${v.hex32(g)}"`,
      `name = "${g.pick(['Stock Sync', 'Order Tagger', 'B2B Pricing'])}"`,
      `application_url = "https://${g.fake.lowerAlnum(8)}.trycloudflare.com"`,
      'embedded = true',
      '',
      '[access_scopes]',
      'scopes = "read_products,write_orders"',
      '',
      '[webhooks]',
      'api_version = "2024-07"',
    ],
  })),
  template('shopify-storefront-token', (g) => ({
    path: g.pick(['src/lib/storefront.ts', 'hydrogen.config.ts']),
    lines: [
      'export const client = createStorefrontApiClient({',
      `  storeDomain: "${v.shop(g)}.myshopify.com",`,
      "  apiVersion: '2024-07',",
      `  publicAccessToken: "${v.hex32(g)}",`,
      '});',
    ],
  })),
  template('shopify-webhook-headers-log', (g) => ({
    path: 'logs/shopify-webhooks.log',
    lines: [
      `X-Shopify-Topic: orders/create`,
      `X-Shopify-Hmac-Sha256: ${g.fake.base64(43)}=`,
      `X-Shopify-Shop-Domain: ${v.shop(g)}.myshopify.com`,
      `X-Shopify-Webhook-Id: ${v.uuid(g)}`,
      `X-Shopify-Order-Id: ${g.fake.digits(13)}`,
    ],
  })),
  template('woo-webhook-delivery', (g) => ({
    path: g.pick(['logs/woocommerce-webhook.log', 'wp-content/uploads/wc-logs/webhooks.log']),
    lines: [
      `2026-11-29T22:04:11+00:00 INFO Delivery ${g.between(1000, 9999)}: POST https://hooks.${v.shopDomain(g)}/woo/order-created`,
      `X-WC-Webhook-Signature: ${g.fake.base64(43)}=`,
      `X-WC-Webhook-Delivery-ID: ${g.between(10000, 99999)}`,
      'Response: 200 OK',
    ],
  })),
  template('wp-config-sample', () => ({
    path: 'wp-config-sample.php',
    lines: [
      "define( 'DB_NAME', 'database_name_here' );",
      "define( 'DB_USER', 'username_here' );",
      "define( 'DB_PASSWORD', 'password_here' );",
      "define( 'DB_HOST', 'localhost' );",
      "define( 'AUTH_KEY',         'put your unique phrase here' );",
      "define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );",
      "define( 'NONCE_SALT',       'put your unique phrase here' );",
    ],
  })),
  template('wp-config-env-refs', () => ({
    path: 'wp-config.php',
    lines: [
      "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );",
      "define( 'AUTH_KEY', getenv_docker('WORDPRESS_AUTH_KEY', '') );",
      "define( 'WC_STRIPE_SECRET', $_ENV['WC_STRIPE_SECRET'] ?? '' );",
    ],
  })),
  template('magento-config-php', () => ({
    path: 'app/etc/config.php',
    lines: [
      '<?php',
      'return [',
      "    'modules' => [",
      "        'Magento_Store' => 1,",
      "        'Magento_Braintree' => 0,",
      "        'PayPal_Braintree' => 1,",
      "        'StripeIntegration_Payments' => 1,",
      "        'Klarna_Kp' => 1,",
      '    ],',
      "    'system' => ['default' => ['payment' => ['checkmo' => ['active' => '1']]]],",
      '];',
    ],
  })),
  template('magento-env-template', () => ({
    path: 'deploy/templates/env.php.tpl',
    lines: [
      "    'crypt' => [",
      "        'key' => '{{CRYPT_KEY}}'",
      '    ],',
      "            'default' => [",
      "                'host' => '%DB_HOST%',",
      "                'username' => '%DB_USER%',",
      "                'password' => '%DB_PASSWORD%',",
      '            ]',
    ],
  })),
  template('magento-auth-json-sample', () => ({
    path: 'auth.json.sample',
    lines: [
      '{',
      '    "http-basic": {',
      '        "repo.magento.com": {',
      '            "username": "<public-key>",',
      '            "password": "<private-key>"',
      '        }',
      '    }',
      '}',
    ],
  })),
  template('presta-parameters-empty', () => ({
    path: 'app/config/parameters.php.dist',
    lines: [
      '<?php return array (',
      "  'parameters' => array (",
      "    'database_host' => 'localhost',",
      "    'database_user' => 'root',",
      "    'database_password' => '',",
      "    'secret' => 'ThisTokenIsNotSoSecretChangeIt',",
      "    'cookie_key' => '',",
      '  ),',
      ');',
    ],
  })),
  template('shopware-sales-channel-key', (g) => ({
    path: g.pick(['frontend/.env', 'composables/shopware.ts']),
    lines: [
      `NUXT_PUBLIC_SHOPWARE_ENDPOINT=https://${v.shopDomain(g)}/store-api`,
      `NUXT_PUBLIC_SHOPWARE_ACCESS_TOKEN=${v.shopwareSalesChannelKey(g)}`,
    ],
  })),
  template('medusa-publishable-key', (g) => ({
    path: g.pick(['storefront/.env.local', 'src/lib/config.ts']),
    lines: [
      'NEXT_PUBLIC_MEDUSA_BACKEND_URL=http://localhost:9000',
      `NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=pk_${g.fake.hex(64)}`,
      'NEXT_PUBLIC_DEFAULT_REGION=dk',
    ],
  })),
  template('orders-csv-export', (g) => ({
    path: g.pick(['exports/orders-2026-11.csv', 'reports/orders.csv']),
    lines: [
      'order_id,created_at,sku,gtin,qty,total,payment_method,transaction_id,tracking_number',
      `${v.orderNo(g)},2026-11-02T10:44:00Z,${v.sku(g)},${v.gtin(g)},2,59.90,stripe,${v.stripeObjectId(g, 'pi')},1Z${g.fake.upperAlnum(16)}`,
      `${v.orderNo(g)},2026-11-02T11:05:13Z,${v.sku(g)},${v.gtin(g)},1,24.50,paypal,${g.fake.upperAlnum(17)},${g.fake.digits(22)}`,
      `${v.orderNo(g)},2026-11-03T08:19:45Z,${v.sku(g)},${v.gtin(g)},3,112.00,adyen,${g.fake.upperAlnum(16)},1Z${g.fake.upperAlnum(16)}`,
    ],
  })),
  template('product-feed-xml', (g) => ({
    path: g.pick(['feeds/google_shopping.xml', 'public/feed.xml']),
    lines: [
      '<item>',
      `  <g:id>${v.sku(g)}</g:id>`,
      `  <g:gtin>${v.gtin(g)}</g:gtin>`,
      `  <g:mpn>${g.fake.upperAlnum(10)}</g:mpn>`,
      `  <g:image_link>https://cdn.${v.shopDomain(g)}/media/catalog/product/${g.fake.hex(2)}/${g.fake.hex(32)}.jpg</g:image_link>`,
      '  <g:price>49.90 EUR</g:price>',
      '</item>',
    ],
  })),
  template('stripe-test-cards-doc', () => ({
    path: 'docs/testing-payments.md',
    lines: [
      '## Test cards (test mode only)',
      '| card | number | result |',
      '|---|---|---|',
      '| Visa | 4242 4242 4242 4242 | succeeds |',
      '| Visa (3DS) | 4000 0027 6000 3184 | requires authentication |',
      '| Mastercard | 5555 5555 5555 4444 | succeeds |',
      'Use any future expiry, any CVC and any postcode.',
    ],
  })),
  template('docs-api-key-placeholders', () => ({
    path: 'README.md',
    lines: [
      '## Configuration',
      'Set your gateway credentials in `config/payments.yml`:',
      '```yaml',
      'authorize_net:',
      '  api_login_id: YOUR_API_LOGIN_ID',
      '  transaction_key: YOUR_TRANSACTION_KEY',
      'paypal:',
      '  client_id: <PAYPAL_CLIENT_ID>',
      '  client_secret: <PAYPAL_CLIENT_SECRET>',
      'mollie:',
      '  api_key: test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '```',
    ],
  })),
  template('k8s-secret-refs', () => ({
    path: 'k8s/payments-deployment.yaml',
    lines: [
      '        env:',
      '          - name: STRIPE_SECRET_KEY',
      '            valueFrom:',
      '              secretKeyRef: { name: payments, key: stripe-secret-key }',
      '          - name: ADYEN_HMAC_KEY',
      '            valueFrom:',
      '              secretKeyRef: { name: payments, key: adyen-hmac }',
    ],
  })),
  template('apple-pay-domain-association', (g) => ({
    path: '.well-known/apple-developer-merchantid-domain-association',
    lines: [g.fake.hex(600)],
  })),
  template('apple-pay-merchant-config', (g) => ({
    path: g.pick(['config/applepay.json', 'src/applepay.ts']),
    lines: [
      '{',
      `  "merchantIdentifier": "merchant.com.${v.shop(g).replace(/-/g, '')}",`,
      '  "displayName": "Shop",',
      `  "initiativeContext": "${v.shopDomain(g)}",`,
      '  "certificatePath": "/etc/applepay/merchant_id.pem",',
      '  "keyPath": "/etc/applepay/merchant_id.key"',
      '}',
    ],
  })),
  template('avalara-tax-codes', (g) => ({
    path: 'config/tax_codes.yml',
    lines: [
      'tax_codes:',
      '  apparel: PC040100',
      '  gift_card: PG050000',
      '  shipping: FR020100',
      `company_code: ${v.shop(g).toUpperCase().replace(/-/g, '')}`,
      `account_id: ${v.avalaraAccount(g)}`,
    ],
  })),
  template('composer-lock-hashes', (g) => ({
    path: 'composer.lock',
    lines: [
      '        {',
      '            "name": "stripe/stripe-php",',
      '            "version": "v13.18.0",',
      `            "source": { "type": "git", "url": "https://github.com/stripe/stripe-php.git", "reference": "${g.fake.hex(40)}" },`,
      `            "dist": { "type": "zip", "shasum": "", "reference": "${g.fake.hex(40)}" }`,
      '        },',
    ],
  })),
  template('coupon-and-giftcard-config', (g) => ({
    path: g.pick(['config/promotions.yml', 'data/coupons.yml']),
    lines: [
      'promotions:',
      `  - code: ${g.pick(['SUMMER', 'WELCOME', 'BLACKFRIDAY'])}${g.between(10, 30)}`,
      '    discount_percent: 15',
      `  - code: FREESHIP${g.between(2024, 2026)}`,
      '    free_shipping: true',
      `idempotency_key_prefix: ${v.shop(g)}-`,
    ],
  })),
  template('settings-form-labels', () => ({
    path: 'languages/woocommerce-gateway-de_DE.po',
    lines: [
      'msgid "Secret Key"',
      'msgstr "Geheimer Schlüssel"',
      '',
      'msgid "Webhook signing secret"',
      'msgstr "Webhook-Signaturgeheimnis"',
      '',
      'msgid "Transaction Key"',
      'msgstr "Transaktionsschlüssel"',
    ],
  })),
];
