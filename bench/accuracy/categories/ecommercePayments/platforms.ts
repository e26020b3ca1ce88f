import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * ecommerce-payments positives from shop platforms and their plugins: WooCommerce REST keys in
 * PHP, Python, Node and cron scripts and wp-config.php; Magento 2 `app/etc/env.php`, integration
 * tokens and repo.magento.com `auth.json`; Shopify apps (`shpat_`, `shpss_`, app secrets in `.env`
 * and TOML, webhook HMAC checks); PrestaShop webservice keys and `parameters.php`; Shopware `.env`
 * and Admin API integrations; OpenCart `config.php`; BigCommerce API accounts; Salesforce Commerce
 * Cloud `dw.json`; commercetools clients; Medusa, Saleor and Sylius settings. Values generated at
 * run time.
 */
export const platformPositives: readonly Template[] = [
  template('woo-rest-php-client', (g) => {
    const ck = v.wooCk(g);
    const cs = v.wooCs(g);
    return {
      path: g.pick(['sync/woo_client.php', 'erp-bridge/src/Woo.php']),
      lines: [
        '<?php',
        "require __DIR__ . '/vendor/autoload.php';",
        'use Automattic\\WooCommerce\\Client;',
        '',
        '$woocommerce = new Client(',
        `    'https://${v.shopDomain(g)}',`,
        sec(`    '${ck}',`, ck),
        sec(`    '${cs}',`, cs),
        "    ['version' => 'wc/v3', 'timeout' => 60]",
        ');',
        "$orders = $woocommerce->get('orders', ['status' => 'processing']);",
      ],
    };
  }),
  template('woo-rest-python', (g) => {
    const ck = v.wooCk(g);
    const cs = v.wooCs(g);
    return {
      path: g.pick(['scripts/stock_sync.py', 'woo_export.py']),
      lines: [
        'from woocommerce import API',
        '',
        'wcapi = API(',
        `    url="https://${v.shopDomain(g)}",`,
        sec(`    consumer_key="${ck}",`, ck),
        sec(`    consumer_secret="${cs}",`, cs),
        '    version="wc/v3",',
        '    timeout=30,',
        ')',
        'print(wcapi.get("products", params={"per_page": 100}).json())',
      ],
    };
  }),
  template('woo-rest-node', (g) => {
    const ck = v.wooCk(g);
    const cs = v.wooCs(g);
    return {
      path: g.pick(['src/lib/woocommerce.js', 'lib/woo.ts']),
      lines: [
        'import WooCommerceRestApi from "@woocommerce/woocommerce-rest-api";',
        '',
        'export const api = new WooCommerceRestApi({',
        `  url: "https://${v.shopDomain(g)}",`,
        sec(`  consumerKey: "${ck}",`, ck),
        sec(`  consumerSecret: "${cs}",`, cs),
        '  version: "wc/v3",',
        '});',
      ],
    };
  }),
  template('woo-curl-cron', (g) => {
    const ck = v.wooCk(g);
    const cs = v.wooCs(g);
    return {
      path: g.pick(['cron/export_orders.sh', 'bin/nightly-orders.sh']),
      lines: [
        '#!/bin/bash',
        "# nightly: pull yesterday's completed orders for the accountant",
        'AFTER=$(date -d yesterday +%Y-%m-%dT00:00:00)',
        sec(`curl -s -u ${ck}:${cs} \\`, cs),
        `  "https://${v.shopDomain(g)}/wp-json/wc/v3/orders?status=completed&after=$AFTER&per_page=100" \\`,
        '  > /var/exports/orders-$(date +%F).json',
      ],
    };
  }),
  template('woo-env', (g) => {
    const ck = v.wooCk(g);
    const cs = v.wooCs(g);
    return {
      path: g.pick(['.env', 'headless-store/.env.local']),
      lines: [
        `NEXT_PUBLIC_WORDPRESS_URL=https://${v.shopDomain(g)}`,
        sec(`WOOCOMMERCE_CONSUMER_KEY=${ck}`, ck),
        sec(`WOOCOMMERCE_CONSUMER_SECRET=${cs}`, cs),
        'REVALIDATE_SECONDS=300',
      ],
    };
  }),
  template('wp-config-shop', (g) => {
    const db = v.pass(g).replace(/'/g, '');
    const auth = v.wpSalt(g).replace(/'/g, '');
    const nonce = v.wpSalt(g).replace(/'/g, '');
    return {
      path: 'wp-config.php',
      lines: [
        '<?php',
        "define( 'DB_NAME', 'woo_shop' );",
        `define( 'DB_USER', '${v.dbUser(g)}' );`,
        sec(`define( 'DB_PASSWORD', '${db}' );`, db),
        `define( 'DB_HOST', '${v.dbHost(g)}' );`,
        "define( 'DB_CHARSET', 'utf8mb4' );",
        sec(`define( 'AUTH_KEY',         '${auth}' );`, auth),
        sec(`define( 'NONCE_SALT',       '${nonce}' );`, nonce),
        "$table_prefix = 'wp_';",
        "define( 'WP_DEBUG', false );",
      ],
    };
  }),
  template('woo-stripe-options-dump', (g) => {
    const sk = v.stripeSecret(g, 'live');
    const wh = v.stripeWebhook(g);
    const pk = v.stripePublishable(g);
    return {
      path: g.pick(['notes/wc_stripe_settings.txt', 'backup/options_stripe.json']),
      lines: [
        '{',
        '  "enabled": "yes",',
        '  "title": "Credit Card (Stripe)",',
        '  "testmode": "no",',
        `  "publishable_key": "${pk}",`,
        sec(`  "secret_key": "${sk}",`, sk),
        sec(`  "webhook_secret": "${wh}",`, wh),
        '  "capture": "yes",',
        '  "payment_request": "yes"',
        '}',
      ],
    };
  }),
  template('magento-env-php', (g) => {
    const crypt = v.magentoCrypt(g);
    const db = v.pass(g).replace(/'/g, '');
    return {
      path: 'app/etc/env.php',
      lines: [
        '<?php',
        'return [',
        "    'backend' => ['frontName' => 'admin_" + g.fake.lowerAlnum(6) + "'],",
        "    'crypt' => [",
        sec(`        'key' => '${crypt}'`, crypt),
        '    ],',
        "    'db' => [",
        "        'table_prefix' => '',",
        "        'connection' => [",
        "            'default' => [",
        `                'host' => '${v.dbHost(g)}',`,
        "                'dbname' => 'magento',",
        `                'username' => '${v.dbUser(g)}',`,
        sec(`                'password' => '${db}',`, db),
        "                'model' => 'mysql4',",
        "                'active' => '1'",
        '            ]',
        '        ]',
        '    ],',
        "    'MAGE_MODE' => 'production',",
        '];',
      ],
    };
  }),
  template('magento-env-php-redis-amqp', (g) => {
    const redis = v.plain(g);
    const amqp = v.plain(g);
    return {
      path: 'app/etc/env.php',
      lines: [
        "    'queue' => [",
        "        'amqp' => [",
        "            'host' => 'rabbitmq',",
        "            'port' => '5672',",
        "            'user' => 'magento',",
        sec(`            'password' => '${amqp}',`, amqp),
        "            'virtualhost' => '/'",
        '        ]',
        '    ],',
        "    'session' => [",
        "        'save' => 'redis',",
        "        'redis' => [",
        "            'host' => 'redis',",
        "            'port' => '6379',",
        sec(`            'password' => '${redis}',`, redis),
        "            'database' => '2'",
        '        ]',
        '    ],',
      ],
    };
  }),
  template('magento-integration-token', (g) => {
    const t = v.magentoToken(g);
    return {
      path: g.pick(['pim/magento_push.py', 'tools/m2_stock.py']),
      lines: [
        'import requests',
        '',
        `BASE = "https://${v.shopDomain(g)}/rest/V1"`,
        sec(`ACCESS_TOKEN = "${t}"  # System > Integrations > ERP Connector`, t),
        '',
        'def update_stock(sku, qty):',
        '    return requests.put(f"{BASE}/products/{sku}/stockItems/1",',
        '        headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},',
        '        json={"stockItem": {"qty": qty, "is_in_stock": qty > 0}})',
      ],
    };
  }),
  template('magento-oauth-four', (g) => {
    const ck = v.magentoToken(g);
    const cs = v.magentoToken(g);
    const at = v.magentoToken(g);
    const ats = v.magentoToken(g);
    return {
      path: g.pick(['config/magento.yml', 'connectors/magento2.yaml']),
      lines: [
        'magento:',
        `  base_url: https://${v.shopDomain(g)}`,
        sec(`  consumer_key: ${ck}`, ck),
        sec(`  consumer_secret: ${cs}`, cs),
        sec(`  access_token: ${at}`, at),
        sec(`  access_token_secret: ${ats}`, ats),
        '  store_code: default',
      ],
    };
  }),
  template('magento-auth-json', (g) => {
    const pub = v.hex32(g);
    const priv = v.hex32(g);
    return {
      path: 'auth.json',
      lines: [
        '{',
        '    "http-basic": {',
        '        "repo.magento.com": {',
        `            "username": "${pub}",`,
        sec(`            "password": "${priv}"`, priv),
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('magento-cli-install', (g) => {
    const db = v.plain(g);
    const admin = v.plain(g);
    return {
      path: g.pick(['docs/install.md', 'deploy/install.sh']),
      lines: [
        'bin/magento setup:install \\',
        `  --base-url=https://${v.shopDomain(g)}/ \\`,
        `  --db-host=${v.dbHost(g)} --db-name=magento --db-user=${v.dbUser(g)} \\`,
        sec(`  --db-password=${db} \\`, db),
        `  --admin-firstname=Shop --admin-lastname=Owner --admin-email=owner@${v.shopDomain(g)} \\`,
        sec(`  --admin-user=shopadmin --admin-password=${admin} \\`, admin),
        '  --language=en_US --currency=EUR --timezone=Europe/Berlin --use-rewrites=1',
      ],
    };
  }),
  template('shopify-app-env', (g) => {
    const key = v.hex32(g);
    const secret = g.chance(0.5) ? v.hex32(g) : v.shpss(g);
    return {
      path: g.pick(['.env', 'web/.env']),
      lines: [
        // The app's API key (client id) beside its secret: the pair's id half, as an AWS access key id is.
        sec(`SHOPIFY_API_KEY=${key}`, key),
        sec(`SHOPIFY_API_SECRET=${secret}`, secret),
        'SCOPES=read_products,write_orders,read_customers',
        `HOST=https://${g.fake.lowerAlnum(8)}.ngrok-free.app`,
      ],
    };
  }),
  template('shopify-admin-token-node', (g) => {
    const t = v.shpat(g);
    return {
      path: g.pick(['scripts/bulk-tag.mjs', 'src/shopify.ts']),
      lines: [
        `const SHOP = "${v.shop(g)}.myshopify.com";`,
        sec(`const ADMIN_TOKEN = "${t}";`, t),
        '',
        'export async function gql(query, variables) {',
        '  const res = await fetch(`https://${SHOP}/admin/api/2024-07/graphql.json`, {',
        '    method: "POST",',
        '    headers: { "X-Shopify-Access-Token": ADMIN_TOKEN, "Content-Type": "application/json" },',
        '    body: JSON.stringify({ query, variables }),',
        '  });',
        '  return res.json();',
        '}',
      ],
    };
  }),
  template('shopify-curl-header', (g) => {
    const t = g.chance(0.5) ? v.shpat(g) : v.shpca(g);
    return {
      path: g.pick(['README.md', 'notes/shopify-api.md']),
      lines: [
        '## Pull the last 50 orders',
        '```sh',
        `curl -X GET "https://${v.shop(g)}.myshopify.com/admin/api/2024-04/orders.json?status=any&limit=50" \\`,
        sec(`  -H "X-Shopify-Access-Token: ${t}"`, t),
        '```',
      ],
    };
  }),
  template('shopify-private-app-url', (g) => {
    const key = v.hex32(g);
    const pw = v.shppa(g);
    return {
      path: g.pick(['legacy/sync_inventory.rb', 'lib/tasks/shopify.rake']),
      lines: [
        "require 'shopify_api'",
        '',
        sec(`ShopifyAPI::Base.site = "https://${key}:${pw}@${v.shop(g)}.myshopify.com/admin"`, pw),
        "ShopifyAPI::Base.api_version = '2023-01'",
        'products = ShopifyAPI::Product.find(:all, params: { limit: 250 })',
      ],
    };
  }),
  template('shopify-webhook-hmac', (g) => {
    const s = g.chance(0.5) ? v.hex32(g) : v.shpss(g);
    return {
      path: g.pick(['app/webhooks.py', 'server/webhooks.py']),
      lines: [
        'import base64, hashlib, hmac',
        '',
        sec(`SHOPIFY_WEBHOOK_SECRET = "${s}"`, s),
        '',
        'def verify(data: bytes, hmac_header: str) -> bool:',
        '    digest = hmac.new(SHOPIFY_WEBHOOK_SECRET.encode(), data, hashlib.sha256).digest()',
        '    return hmac.compare_digest(base64.b64encode(digest).decode(), hmac_header)',
      ],
    };
  }),
  template('shopify-cli-toml-env', (g) => {
    const t = v.shpat(g);
    return {
      path: g.pick(['.env', 'theme/.env']),
      lines: [
        `SHOPIFY_FLAG_STORE=${v.shop(g)}.myshopify.com`,
        sec(`SHOPIFY_CLI_THEME_TOKEN=${t}`, t),
        'SHOPIFY_FLAG_THEME_ID=' + g.fake.digits(12),
      ],
    };
  }),
  template('presta-webservice-php', (g) => {
    const k = v.prestaWsKey(g);
    return {
      path: g.pick(['import/stock.php', 'modules/erpsync/cron.php']),
      lines: [
        '<?php',
        "require_once './PSWebServiceLibrary.php';",
        '',
        sec(`$webService = new PrestaShopWebservice('https://${v.shopDomain(g)}', '${k}', false);`, k),
        "$xml = $webService->get(['resource' => 'stock_availables', 'display' => 'full']);",
      ],
    };
  }),
  template('presta-webservice-curl', (g) => {
    const k = v.prestaWsKey(g);
    return {
      path: g.pick(['notes/prestashop.md', 'scripts/products.sh']),
      lines: [
        '# list products as JSON (webservice key from Advanced Parameters > Webservice)',
        sec(`curl -s "https://${k}@${v.shopDomain(g)}/api/products?output_format=JSON&display=[id,reference]"`, k),
      ],
    };
  }),
  template('presta-parameters-php', (g) => {
    const db = v.pass(g).replace(/'/g, '');
    const cookie = v.prestaCookieKey(g);
    const secret = v.prestaCookieKey(g);
    return {
      path: 'app/config/parameters.php',
      lines: [
        '<?php return array (',
        "  'parameters' => ",
        '  array (',
        `    'database_host' => '${v.dbHost(g)}',`,
        "    'database_port' => '',",
        "    'database_name' => 'prestashop',",
        `    'database_user' => '${v.dbUser(g)}',`,
        sec(`    'database_password' => '${db}',`, db),
        "    'database_prefix' => 'ps_',",
        "    'mailer_transport' => 'smtp',",
        sec(`    'secret' => '${secret}',`, secret),
        "    'ps_caching' => 'CacheMemcache',",
        sec(`    'cookie_key' => '${cookie}',`, cookie),
        '  ),',
        ');',
      ],
    };
  }),
  template('shopware-env', (g) => {
    const secret = v.appSecret(g);
    const db = v.plain(g);
    return {
      path: g.pick(['.env', '.env.local']),
      lines: [
        'APP_ENV=prod',
        sec(`APP_SECRET=${secret}`, secret),
        `APP_URL=https://${v.shopDomain(g)}`,
        sec(`DATABASE_URL=mysql://shopware:${db}@${v.dbHost(g)}:3306/shopware`, db),
        'COMPOSER_HOME=/var/www/html/var/cache/composer',
        'SHOPWARE_HTTP_CACHE_ENABLED=1',
        'OPENSEARCH_URL=http://opensearch:9200',
      ],
    };
  }),
  template('shopware-integration', (g) => {
    const id = v.shopwareIntegrationId(g);
    const secret = v.shopwareSecret(g);
    return {
      path: g.pick(['middleware/config/shopware.php', 'src/Shopware/Client.php']),
      lines: [
        '<?php',
        'return [',
        `    'base_uri' => 'https://${v.shopDomain(g)}/api/',`,
        "    'grant_type' => 'client_credentials',",
        sec(`    'client_id' => '${id}',`, id),
        sec(`    'client_secret' => '${secret}',`, secret),
        '];',
      ],
    };
  }),
  template('opencart-config', (g) => {
    const db = v.pass(g).replace(/'/g, '');
    return {
      path: g.pick(['config.php', 'admin/config.php']),
      lines: [
        '<?php',
        `define('HTTP_SERVER', 'https://${v.shopDomain(g)}/');`,
        "define('DIR_APPLICATION', '/var/www/html/catalog/');",
        "define('DB_DRIVER', 'mysqli');",
        `define('DB_HOSTNAME', '${v.dbHost(g)}');`,
        `define('DB_USERNAME', '${v.dbUser(g)}');`,
        sec(`define('DB_PASSWORD', '${db}');`, db),
        "define('DB_DATABASE', 'opencart');",
        "define('DB_PORT', '3306');",
        "define('DB_PREFIX', 'oc_');",
      ],
    };
  }),
  template('bigcommerce-api-account', (g) => {
    const t = v.bigcommerceToken(g);
    const secret = v.bigcommerceSecret(g);
    return {
      path: g.pick(['bigcommerce.env', '.env']),
      lines: [
        `BIGCOMMERCE_STORE_HASH=${g.fake.lowerAlnum(10)}`,
        `BIGCOMMERCE_CLIENT_ID=${v.bigcommerceToken(g)}`,
        sec(`BIGCOMMERCE_CLIENT_SECRET=${secret}`, secret),
        sec(`BIGCOMMERCE_ACCESS_TOKEN=${t}`, t),
        'BIGCOMMERCE_CHANNEL_ID=1',
      ],
    };
  }),
  template('bigcommerce-python-header', (g) => {
    const t = v.bigcommerceToken(g);
    return {
      path: g.pick(['bc_price_update.py', 'jobs/bigcommerce_prices.py']),
      lines: [
        'import requests',
        `STORE = "${g.fake.lowerAlnum(10)}"`,
        'HEADERS = {',
        sec(`    "X-Auth-Token": "${t}",`, t),
        '    "Accept": "application/json",',
        '}',
        'r = requests.get(f"https://api.bigcommerce.com/stores/{STORE}/v3/catalog/products", headers=HEADERS)',
      ],
    };
  }),
  template('sfcc-dw-json', (g) => {
    const pw = v.sfccAccessKey(g);
    const cs = v.plain(g);
    return {
      path: 'dw.json',
      lines: [
        '{',
        `    "hostname": "${g.pick(['dev01', 'staging', 'development'])}-${g.pick(['eu01', 'na01'])}-${v.shop(g).replace(/-/g, '')}.demandware.net",`,
        `    "username": "${g.pick(['dev', 'build', 'ci'])}@${v.shopDomain(g)}",`,
        sec(`    "password": "${pw}",`, pw),
        '    "code-version": "version1",',
        `    "client-id": "${v.uuid(g)}",`,
        sec(`    "client-secret": "${cs}"`, cs),
        '}',
      ],
    };
  }),
  template('commercetools-env', (g) => {
    const id = v.ctpId(g);
    const secret = v.ctpSecret(g);
    return {
      path: g.pick(['.env', 'apps/storefront/.env.production']),
      lines: [
        `CTP_PROJECT_KEY=${v.shop(g)}-prod`,
        sec(`CTP_CLIENT_SECRET=${secret}`, secret),
        `CTP_CLIENT_ID=${id}`,
        'CTP_AUTH_URL=https://auth.europe-west1.gcp.commercetools.com',
        'CTP_API_URL=https://api.europe-west1.gcp.commercetools.com',
        `CTP_SCOPES=manage_project:${v.shop(g)}-prod`,
      ],
    };
  }),
  template('commercetools-ts-client', (g) => {
    const id = v.ctpId(g);
    const secret = v.ctpSecret(g);
    return {
      path: g.pick(['src/ct/client.ts', 'lib/commercetools.ts']),
      lines: [
        "import { ClientBuilder } from '@commercetools/sdk-client-v2';",
        '',
        'const authMiddlewareOptions = {',
        "  host: 'https://auth.us-central1.gcp.commercetools.com',",
        `  projectKey: '${v.shop(g)}',`,
        '  credentials: {',
        `    clientId: '${id}',`,
        sec(`    clientSecret: '${secret}',`, secret),
        '  },',
        '  fetch,',
        '};',
      ],
    };
  }),
  template('medusa-env', (g) => {
    const jwt = v.frameworkSecret(g);
    const cookie = v.frameworkSecret(g);
    const db = v.plain(g);
    return {
      path: g.pick(['.env', 'backend/.env']),
      lines: [
        'STORE_CORS=http://localhost:8000',
        'ADMIN_CORS=http://localhost:5173,http://localhost:9000',
        'REDIS_URL=redis://localhost:6379',
        sec(`JWT_SECRET=${jwt}`, jwt),
        sec(`COOKIE_SECRET=${cookie}`, cookie),
        sec(`DATABASE_URL=postgres://medusa:${db}@localhost/medusa-store`, db),
      ],
    };
  }),
  template('saleor-settings-env', (g) => {
    const sk = v.frameworkSecret(g);
    const db = v.plain(g);
    return {
      path: g.pick(['saleor/.env', 'docker-compose.override.yml']),
      lines: [
        sec(`SECRET_KEY=${sk}`, sk),
        sec(`DATABASE_URL=postgres://saleor:${db}@db/saleor`, db),
        'ALLOWED_HOSTS=localhost,api.' + v.shopDomain(g),
        'DEFAULT_FROM_EMAIL=noreply@' + v.shopDomain(g),
      ],
    };
  }),
  template('saleor-app-token', (g) => {
    const t = g.fake.alnum(30);
    return {
      path: g.pick(['scripts/import_products.py', 'tools/saleor_sync.py']),
      lines: [
        'from gql import Client',
        'from gql.transport.requests import RequestsHTTPTransport',
        '',
        'transport = RequestsHTTPTransport(',
        `    url="https://api.${v.shopDomain(g)}/graphql/",`,
        sec(`    headers={"Authorization": "Bearer ${t}"},`, t),
        ')',
        'client = Client(transport=transport, fetch_schema_from_transport=False)',
      ],
    };
  }),
  template('sylius-payum-yaml', (g) => {
    const pw = v.paypalNvpPassword(g);
    const sig = v.paypalSignature(g);
    return {
      path: 'config/packages/payum.yaml',
      lines: [
        'payum:',
        '    gateways:',
        '        paypal_express:',
        '            factory: paypal_express_checkout',
        `            username: 'shop_api1.${v.shopDomain(g)}'`,
        sec(`            password: '${pw}'`, pw),
        sec(`            signature: '${sig}'`, sig),
        '            sandbox: false',
        '        # express checkout only; card payments go through Stripe',
      ],
    };
  }),
  template('sylius-env', (g) => {
    const secret = v.hex32(g);
    const db = v.plain(g);
    return {
      path: g.pick(['.env.prod.local', '.env.local']),
      lines: [
        'APP_ENV=prod',
        sec(`APP_SECRET=${secret}`, secret),
        sec(`DATABASE_URL=mysql://sylius:${db}@127.0.0.1/sylius_prod?serverVersion=8.0`, db),
        'MAILER_DSN=smtp://localhost:1025',
      ],
    };
  }),
];
