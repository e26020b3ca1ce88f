import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * ecommerce-payments positives from payment gateways in server code and configuration: Stripe
 * (SDK constructors, restricted keys, webhook signing secrets, the CLI's `stripe listen` output),
 * PayPal REST client secrets and NVP/SOAP signatures, Braintree gateway configs, Adyen API and
 * HMAC keys, Authorize.Net transaction and signature keys, Klarna, Mollie, Square, Razorpay, PayU,
 * Worldpay, Checkout.com, 2Checkout, Paddle, Amazon Pay and Apple Pay merchant identity
 * certificates. Values generated at run time.
 */
export const gatewayPositives: readonly Template[] = [
  template('stripe-node-constructor', (g) => {
    const sk = v.stripeSecret(g);
    return {
      path: g.pick(['server/payments.js', 'api/checkout.ts', 'routes/stripe.js']),
      lines: [
        sec(`const stripe = require("stripe")("${sk}");`, sk),
        '',
        'app.post("/create-payment-intent", async (req, res) => {',
        '  const intent = await stripe.paymentIntents.create({ amount: req.body.amount, currency: "eur" });',
        '  res.send({ clientSecret: intent.client_secret });',
        '});',
      ],
    };
  }),
  template('stripe-python-api-key', (g) => {
    const sk = v.stripeSecret(g);
    return {
      path: g.pick(['shop/payments/stripe_utils.py', 'billing.py']),
      lines: [
        'import stripe',
        '',
        sec(`stripe.api_key = "${sk}"`, sk),
        '',
        'def refund(charge_id, amount=None):',
        '    return stripe.Refund.create(charge=charge_id, amount=amount)',
      ],
    };
  }),
  template('stripe-php-client', (g) => {
    const sk = v.stripeSecret(g);
    return {
      path: g.pick(['checkout/charge.php', 'app/Services/StripeService.php']),
      lines: [
        '<?php',
        "require_once 'vendor/autoload.php';",
        sec(`$stripe = new \\Stripe\\StripeClient('${sk}');`, sk),
        '$session = $stripe->checkout->sessions->create([',
        "  'mode' => 'payment',",
        "  'line_items' => [['price' => $priceId, 'quantity' => 1]],",
        "  'success_url' => 'https://" + v.shopDomain(g) + "/thanks',",
        ']);',
      ],
    };
  }),
  template('stripe-ruby-initializer', (g) => {
    const sk = v.stripeSecret(g);
    const wh = v.stripeWebhook(g);
    return {
      path: 'config/initializers/stripe.rb',
      lines: [
        'Rails.configuration.stripe = {',
        `  publishable_key: "${v.stripePublishable(g)}",`,
        sec(`  secret_key:      "${sk}",`, sk),
        sec(`  signing_secret:  "${wh}"`, wh),
        '}',
        'Stripe.api_key = Rails.configuration.stripe[:secret_key]',
      ],
    };
  }),
  template('stripe-env', (g) => {
    const sk = v.stripeSecret(g);
    const wh = v.stripeWebhook(g);
    return {
      path: g.pick(['.env', '.env.production', 'apps/web/.env.local']),
      lines: [
        `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${v.stripePublishable(g)}`,
        sec(`STRIPE_SECRET_KEY=${sk}`, sk),
        sec(`STRIPE_WEBHOOK_SECRET=${wh}`, wh),
        `NEXT_PUBLIC_SITE_URL=https://${v.shopDomain(g)}`,
      ],
    };
  }),
  template('stripe-restricted-key-yaml', (g) => {
    const rk = v.stripeRestricted(g);
    return {
      path: g.pick(['config/reporting.yml', 'helm/values-prod.yaml']),
      lines: [
        'reporting:',
        '  schedule: "0 3 * * *"',
        '  stripe:',
        sec(`    restricted_key: ${rk}`, rk),
        '    export: [balance_transactions, payouts]',
      ],
    };
  }),
  template('stripe-cli-listen-output', (g) => {
    const wh = v.stripeWebhook(g);
    return {
      path: g.pick(['notes/dev-setup.md', 'docs/local-webhooks.txt']),
      lines: [
        '$ stripe listen --forward-to localhost:4242/webhook',
        sec(
          `> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is ${wh} (^C to quit)`,
          wh,
        ),
      ],
    };
  }),
  template('stripe-curl-basic', (g) => {
    const sk = v.stripeSecret(g, 'live');
    return {
      path: g.pick(['ops/refund.sh', 'runbook/refunds.md']),
      lines: [
        '# refund a duplicate charge by hand',
        'curl https://api.stripe.com/v1/refunds \\',
        sec(`  -u ${sk}: \\`, sk),
        `  -d charge=${v.stripeObjectId(g, 'ch')} \\`,
        '  -d reason=duplicate',
      ],
    };
  }),
  template('paypal-rest-env', (g) => {
    const id = v.paypalClientId(g);
    const secret = v.paypalSecret(g);
    return {
      path: g.pick(['.env', 'server/.env']),
      lines: [
        'PAYPAL_MODE=live',
        `PAYPAL_CLIENT_ID=${id}`,
        sec(`PAYPAL_CLIENT_SECRET=${secret}`, secret),
        `PAYPAL_WEBHOOK_ID=${g.fake.upperAlnum(17)}`,
      ],
    };
  }),
  template('paypal-rest-node-basic', (g) => {
    const id = v.paypalClientId(g);
    const secret = v.paypalSecret(g);
    return {
      path: g.pick(['server/paypal-api.js', 'src/paypal.ts']),
      lines: [
        `const CLIENT_ID = "${id}";`,
        sec(`const APP_SECRET = "${secret}";`, secret),
        'const base = "https://api-m.paypal.com";',
        '',
        'async function generateAccessToken() {',
        '  const auth = Buffer.from(CLIENT_ID + ":" + APP_SECRET).toString("base64");',
        '  const response = await fetch(`${base}/v1/oauth2/token`, {',
        '    method: "post", body: "grant_type=client_credentials",',
        '    headers: { Authorization: `Basic ${auth}` },',
        '  });',
        '  return (await response.json()).access_token;',
        '}',
      ],
    };
  }),
  template('paypal-curl-token', (g) => {
    const id = v.paypalClientId(g);
    const secret = v.paypalSecret(g);
    return {
      path: g.pick(['scripts/paypal_token.sh', 'README.md']),
      lines: [
        'curl -v https://api-m.sandbox.paypal.com/v1/oauth2/token \\',
        '  -H "Accept: application/json" \\',
        sec(`  -u "${id}:${secret}" \\`, secret),
        '  -d "grant_type=client_credentials"',
      ],
    };
  }),
  template('paypal-nvp-ini', (g) => {
    const pw = v.paypalNvpPassword(g);
    const sig = v.paypalSignature(g);
    return {
      path: g.pick(['config/paypal.ini', 'sdk_config.ini']),
      lines: [
        '[Account]',
        `acct1.UserName = ${v.shop(g).replace(/-/g, '_')}_api1.${v.shopDomain(g)}`,
        sec(`acct1.Password = ${pw}`, pw),
        sec(`acct1.Signature = ${sig}`, sig),
        '',
        '[Service]',
        'mode = live',
      ],
    };
  }),
  template('paypal-nvp-php-array', (g) => {
    const pw = v.paypalNvpPassword(g);
    const sig = v.paypalSignature(g);
    return {
      path: g.pick(['includes/paypal_nvp.php', 'lib/PaypalExpress.php']),
      lines: [
        '<?php',
        '$nvp = array(',
        "    'METHOD'    => 'SetExpressCheckout',",
        "    'VERSION'   => '204.0',",
        `    'USER'      => 'sales_api1.${v.shopDomain(g)}',`,
        sec(`    'PWD'       => '${pw}',`, pw),
        sec(`    'SIGNATURE' => '${sig}',`, sig),
        ');',
      ],
    };
  }),
  template('braintree-gateway-node', (g) => {
    const pk = v.braintreePrivate(g);
    return {
      path: g.pick(['lib/braintree.js', 'services/gateway.js']),
      lines: [
        'const braintree = require("braintree");',
        '',
        'const gateway = new braintree.BraintreeGateway({',
        '  environment: braintree.Environment.Production,',
        `  merchantId: "${v.braintreeId(g)}",`,
        `  publicKey: "${v.braintreeId(g)}",`,
        sec(`  privateKey: "${pk}"`, pk),
        '});',
      ],
    };
  }),
  template('braintree-ruby', (g) => {
    const pk = v.braintreePrivate(g);
    return {
      path: 'config/initializers/braintree.rb',
      lines: [
        'Braintree::Configuration.environment = :sandbox',
        `Braintree::Configuration.merchant_id = "${v.braintreeId(g)}"`,
        `Braintree::Configuration.public_key = "${v.braintreeId(g)}"`,
        sec(`Braintree::Configuration.private_key = "${pk}"`, pk),
      ],
    };
  }),
  template('braintree-magento-xml', (g) => {
    const pk = v.braintreePrivate(g);
    return {
      path: g.pick(['app/etc/config.local.xml', 'deploy/core_config_data.sql']),
      lines: [
        'INSERT INTO core_config_data (scope, scope_id, path, value) VALUES',
        `('default', 0, 'payment/braintree/merchant_id', '${v.braintreeId(g)}'),`,
        `('default', 0, 'payment/braintree/public_key', '${v.braintreeId(g)}'),`,
        sec(`('default', 0, 'payment/braintree/private_key', '${pk}'),`, pk),
        "('default', 0, 'payment/braintree/environment', 'production');",
      ],
    };
  }),
  template('adyen-env', (g) => {
    const k = v.adyenApiKey(g);
    const h = v.adyenHmac(g);
    return {
      path: g.pick(['.env', 'checkout-service/.env']),
      lines: [
        sec(`ADYEN_API_KEY=${k}`, k),
        `ADYEN_CLIENT_KEY=${v.adyenClientKey(g)}`,
        `ADYEN_MERCHANT_ACCOUNT=${v.shop(g).replace(/-/g, '')}ECOM`,
        sec(`ADYEN_HMAC_KEY=${h}`, h),
      ],
    };
  }),
  template('adyen-java-client', (g) => {
    const k = v.adyenApiKey(g);
    return {
      path: 'src/main/java/com/shop/payment/AdyenConfig.java',
      lines: [
        'package com.shop.payment;',
        '',
        'import com.adyen.Client;',
        'import com.adyen.enums.Environment;',
        '',
        'public class AdyenConfig {',
        '    public static Client client() {',
        sec(`        return new Client("${k}", Environment.LIVE, "${g.fake.hex(16)}-${v.shop(g)}");`, k),
        '    }',
        '}',
      ],
    };
  }),
  template('adyen-hmac-php', (g) => {
    const h = v.adyenHmac(g);
    return {
      path: g.pick(['webhooks/adyen.php', 'src/Controller/AdyenNotification.php']),
      lines: [
        '<?php',
        'use Adyen\\Util\\HmacSignature;',
        '',
        sec(`$hmacKey = "${h}";`, h),
        '$validator = new HmacSignature();',
        'foreach ($payload["notificationItems"] as $item) {',
        '    if (!$validator->isValidNotificationHMAC($hmacKey, $item["NotificationRequestItem"])) { http_response_code(401); exit; }',
        '}',
      ],
    };
  }),
  template('authnet-php', (g) => {
    const key = v.anetTransactionKey(g);
    return {
      path: g.pick(['payment/authorize_net.php', 'includes/anet_charge.php']),
      lines: [
        '<?php',
        'use net\\authorize\\api\\contract\\v1 as AnetAPI;',
        '',
        '$merchantAuthentication = new AnetAPI\\MerchantAuthenticationType();',
        `$merchantAuthentication->setName("${v.anetLogin(g)}");`,
        sec(`$merchantAuthentication->setTransactionKey("${key}");`, key),
      ],
    };
  }),
  template('authnet-config-yaml', (g) => {
    const key = v.anetTransactionKey(g);
    const sig = v.anetSignatureKey(g);
    return {
      path: g.pick(['config/gateways.yml', 'config/authorize_net.yml']),
      lines: [
        'production:',
        `  api_login_id: "${v.anetLogin(g)}"`,
        sec(`  transaction_key: "${key}"`, key),
        sec(`  signature_key: "${sig}"`, sig),
        '  gateway: production',
      ],
    };
  }),
  template('authnet-activemerchant', (g) => {
    const key = v.anetTransactionKey(g);
    return {
      path: 'config/environments/production.rb',
      lines: [
        'config.after_initialize do',
        '  ActiveMerchant::Billing::Base.mode = :production',
        '  ::GATEWAY = ActiveMerchant::Billing::AuthorizeNetGateway.new(',
        `    login: "${v.anetLogin(g)}",`,
        sec(`    password: "${key}"`, key),
        '  )',
        'end',
      ],
    };
  }),
  template('klarna-python', (g) => {
    const user = v.klarnaUser(g);
    const pw = v.klarnaPassword(g);
    return {
      path: g.pick(['payments/klarna.py', 'klarna_client.py']),
      lines: [
        'import requests',
        '',
        `KLARNA_USERNAME = "${user}"`,
        sec(`KLARNA_PASSWORD = "${pw}"`, pw),
        '',
        'def create_session(order):',
        '    return requests.post("https://api.klarna.com/payments/v1/sessions",',
        '        auth=(KLARNA_USERNAME, KLARNA_PASSWORD), json=order).json()',
      ],
    };
  }),
  template('mollie-php', (g) => {
    const k = v.mollieKey(g);
    return {
      path: g.pick(['public/checkout.php', 'app/Http/Controllers/MollieController.php']),
      lines: [
        '<?php',
        '$mollie = new \\Mollie\\Api\\MollieApiClient();',
        sec(`$mollie->setApiKey("${k}");`, k),
        '$payment = $mollie->payments->create([',
        '    "amount" => ["currency" => "EUR", "value" => "10.00"],',
        '    "description" => "Order #" . $orderId,',
        `    "redirectUrl" => "https://${v.shopDomain(g)}/order/" . $orderId,`,
        ']);',
      ],
    };
  }),
  template('mollie-env-access', (g) => {
    const k = v.mollieKey(g);
    const a = v.mollieAccess(g);
    return {
      path: '.env',
      lines: [
        sec(`MOLLIE_KEY=${k}`, k),
        sec(`MOLLIE_ORGANIZATION_TOKEN=${a}`, a),
        'MOLLIE_WEBHOOK_PATH=/webhooks/mollie',
      ],
    };
  }),
  template('square-env', (g) => {
    const t = v.squareToken(g);
    const s = v.squareSecret(g);
    return {
      path: g.pick(['.env', 'pos-sync/.env']),
      lines: [
        'SQUARE_ENVIRONMENT=production',
        `SQUARE_APPLICATION_ID=${v.squareAppId(g)}`,
        sec(`SQUARE_APPLICATION_SECRET=${s}`, s),
        sec(`SQUARE_ACCESS_TOKEN=${t}`, t),
        `SQUARE_LOCATION_ID=L${g.fake.upperAlnum(12)}`,
      ],
    };
  }),
  template('square-python-client', (g) => {
    const t = v.squareToken(g);
    return {
      path: g.pick(['pos/square_sync.py', 'inventory_sync.py']),
      lines: [
        'from square.client import Client',
        '',
        sec(`client = Client(access_token="${t}", environment="production")`, t),
        'result = client.catalog.list_catalog(types="ITEM")',
      ],
    };
  }),
  template('razorpay-node', (g) => {
    const id = v.razorpayId(g);
    const s = v.razorpaySecret(g);
    return {
      path: g.pick(['server/razorpay.js', 'routes/payment.js']),
      lines: [
        'const Razorpay = require("razorpay");',
        '',
        'const instance = new Razorpay({',
        `  key_id: "${id}",`,
        sec(`  key_secret: "${s}",`, s),
        '});',
      ],
    };
  }),
  template('razorpay-django-settings', (g) => {
    const id = v.razorpayId(g);
    const s = v.razorpaySecret(g);
    return {
      path: g.pick(['shop/settings.py', 'config/settings/production.py']),
      lines: [`RAZORPAY_KEY_ID = "${id}"`, sec(`RAZORPAY_KEY_SECRET = "${s}"`, s), 'RAZORPAY_CURRENCY = "INR"'],
    };
  }),
  template('payu-india-php', (g) => {
    const salt = v.payuSalt(g);
    return {
      path: g.pick(['payu/config.php', 'includes/payu_hash.php']),
      lines: [
        '<?php',
        `$MERCHANT_KEY = "${v.payuKey(g)}";`,
        sec(`$SALT = "${salt}";`, salt),
        '$PAYU_BASE_URL = "https://secure.payu.in";',
        '$hashSequence = "key|txnid|amount|productinfo|firstname|email|udf1|udf2|udf3|udf4|udf5|udf6|udf7|udf8|udf9|udf10";',
      ],
    };
  }),
  template('payu-poland-yaml', (g) => {
    const md5 = g.fake.hex(32);
    const cs = g.fake.hex(32);
    return {
      path: g.pick(['config/packages/payu.yaml', 'config/payu.yml']),
      lines: [
        'payu:',
        `  pos_id: "${g.fake.digits(6)}"`,
        sec(`  second_key: "${md5}"`, md5),
        `  oauth_client_id: "${g.fake.digits(6)}"`,
        sec(`  oauth_client_secret: "${cs}"`, cs),
        '  environment: secure',
      ],
    };
  }),
  template('worldpay-access-json', (g) => {
    const pw = v.worldpayPassword(g);
    return {
      path: g.pick(['config/worldpay.json', 'settings/payments.json']),
      lines: [
        '{',
        '  "worldpay": {',
        '    "url": "https://access.worldpay.com",',
        `    "username": "${g.fake.alnum(16)}",`,
        sec(`    "password": "${pw}",`, pw),
        `    "entity": "${g.pick(['default', 'PO' + g.fake.digits(10)])}"`,
        '  }',
        '}',
      ],
    };
  }),
  template('worldpay-online-service-key', (g) => {
    const k = v.worldpayService(g);
    return {
      path: g.pick(['app/Payments/WorldpayGateway.php', 'worldpay.php']),
      lines: [
        '<?php',
        sec(`$worldpay = new Worldpay('${k}');`, k),
        '$worldpay->disableSSLCheck(false);',
        `$clientKey = '${v.worldpayClient(g)}'; // used by worldpay.js on the card form`,
      ],
    };
  }),
  template('checkout-com-dotnet', (g) => {
    const k = v.ckoSecret(g);
    return {
      path: g.pick(['appsettings.Production.json', 'src/Api/appsettings.json']),
      lines: [
        '{',
        '  "Checkout": {',
        sec(`    "SecretKey": "${k}",`, k),
        `    "PublicKey": "${v.ckoPublic(g)}",`,
        '    "Environment": "Sandbox"',
        '  }',
        '}',
      ],
    };
  }),
  template('twocheckout-ini', (g) => {
    const sk = v.tcoSecret(g);
    const word = v.tcoSecret(g);
    return {
      path: g.pick(['config/2checkout.ini', 'modules/gateways/2co.ini']),
      lines: [
        '[2checkout]',
        `merchant_code = ${g.fake.digits(9)}`,
        sec(`secret_key = ${sk}`, sk),
        sec(`secret_word = ${word}`, word),
        'demo = false',
      ],
    };
  }),
  template('paddle-billing-env', (g) => {
    const k = v.paddleApiKey(g);
    const w = v.paddleWebhook(g);
    return {
      path: g.pick(['.env', '.env.production']),
      lines: [
        `NEXT_PUBLIC_PADDLE_CLIENT_TOKEN=${v.paddleClientToken(g)}`,
        'NEXT_PUBLIC_PADDLE_ENV=production',
        sec(`PADDLE_API_KEY=${k}`, k),
        sec(`PADDLE_NOTIFICATION_WEBHOOK_SECRET=${w}`, w),
      ],
    };
  }),
  template('paddle-classic-php', (g) => {
    const auth = v.paddleVendorAuth(g);
    return {
      path: g.pick(['app/Billing/PaddleClassic.php', 'config/paddle.php']),
      lines: [
        '<?php',
        'return [',
        `    'vendor_id' => ${g.between(10000, 199999)},`,
        sec(`    'vendor_auth_code' => '${auth}',`, auth),
        "    'sandbox' => false,",
        '];',
      ],
    };
  }),
  template('amazon-pay-php-config', (g) => {
    const key = v.pem(g, 'PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['config/amazon_pay.php', 'src/AmazonPay/config.php']),
      lines: [
        '<?php',
        '$amazonpay_config = array(',
        `    'public_key_id' => '${v.amazonPublicKeyId(g)}',`,
        block([sec("    'private_key'   => '" + lines[0]!, lines[0]!), ...lines.slice(1, 3).map((l) => sec(l, l))]),
        ...lines.slice(3),
        "',",
        "    'region'        => 'eu',",
        "    'sandbox'       => false",
        ');',
      ],
    };
  }),
  template('amazon-pay-pem-file', (g) => {
    const key = v.pem(g, 'PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['keys/AmazonPay_LIVE.pem', 'certs/amazonpay-private.pem']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
  template('amazon-mws-legacy', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['config/mws.yml', 'seller_central.yml']),
      lines: [
        'mws:',
        `  merchant_id: A${g.fake.upperAlnum(13)}`,
        `  marketplace_id: ${g.pick(['A1PA6795UKMFR9', 'ATVPDKIKX0DER', 'A1F83G8C2ARO7P'])}`,
        sec(`  aws_access_key_id: ${id}`, id),
        sec(`  secret_key: ${s}`, s),
      ],
    };
  }),
  template('apple-pay-merchant-cert', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY');
    const lines = key.split('\n');
    const p12 = v.plain(g);
    return {
      path: g.pick(['certs/README.md', 'deploy/applepay.md']),
      lines: [
        '# Apple Pay merchant identity',
        `Merchant ID: merchant.com.${v.shop(g).replace(/-/g, '')}`,
        sec(`The .p12 export password is ${p12}`, p12),
        '',
        'Key used by the validation endpoint (apple-pay-merchant.key):',
        '```',
        block(lines.slice(0, 3).map((l) => sec(l, l))),
        ...lines.slice(3),
        '```',
      ],
    };
  }),
  template('apple-pay-openssl-cmd', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['scripts/applepay_cert.sh', 'Makefile']),
      lines: [
        '# convert the merchant identity certificate for the node validator',
        sec(`openssl pkcs12 -in merchant_id.p12 -out merchant_id.pem -nodes -passin pass:${pw}`, pw),
      ],
    };
  }),
];
