import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * retail-hospitality positives from POS platforms, payment terminals, loyalty and gift cards, and online
 * ordering: Square, Toast, Clover, Lightspeed (R-Series and X-Series), Revel, Shopify POS, SumUp,
 * Zettle, Adyen Terminal API, Stripe Terminal backends, Verifone, PAX, Givex, Paytronix, Punchh, Olo,
 * Deliverect, Otter, Uber Eats, DoorDash Drive, Grubhub, Just Eat. Values generated at run time.
 */
export const posPositives: readonly Template[] = [
  template('square-env', (g) => {
    const t = v.squareToken(g);
    return {
      path: g.pick(['.env', 'pos-sync/.env', 'services/square-bridge/.env.production']),
      lines: [
        `SQUARE_APPLICATION_ID=${v.squareAppId(g)}`,
        sec(`SQUARE_ACCESS_TOKEN=${t}`, t),
        `SQUARE_LOCATION_ID=L${g.fake.upperAlnum(12)}`,
        'SQUARE_ENVIRONMENT=production',
      ],
    };
  }),
  template('square-python-client', (g) => {
    const t = v.squareToken(g);
    return {
      path: g.pick(['sync/square_orders.py', 'scripts/pull_square_sales.py']),
      lines: [
        'from square.client import Client',
        '',
        'client = Client(',
        sec(`    access_token="${t}",`, t),
        '    environment="production",',
        ')',
        `result = client.orders.search_orders(body={"location_ids": ["L${g.fake.upperAlnum(12)}"]})`,
      ],
    };
  }),
  template('square-oauth-secret-yaml', (g) => {
    const s = v.squareSecret(g);
    return {
      path: g.pick(['config/square.yml', 'helm/values-square.yaml']),
      lines: [
        'square:',
        `  application_id: ${v.squareAppId(g)}`,
        sec(`  application_secret: ${s}`, s),
        '  redirect_uri: https://loyalty.harborgrill.com/square/callback',
        '  scopes: [MERCHANT_PROFILE_READ, ORDERS_READ, PAYMENTS_READ]',
      ],
    };
  }),
  template('square-node-sdk', (g) => {
    const t = v.squareToken(g);
    return {
      path: g.pick(['src/square.js', 'lib/posClient.ts']),
      lines: [
        "import { SquareClient, SquareEnvironment } from 'square';",
        '',
        'export const square = new SquareClient({',
        sec(`  token: '${t}',`, t),
        '  environment: SquareEnvironment.Production,',
        '});',
      ],
    };
  }),
  template('toast-auth-json', (g) => {
    const s = v.toastSecret(g);
    return {
      path: g.pick(['config/toast.json', 'toast-credentials.json']),
      lines: [
        '{',
        `  "clientId": "${v.toastClientId(g)}",`,
        sec(`  "clientSecret": "${s}",`, s),
        '  "userAccessType": "TOAST_MACHINE_CLIENT",',
        `  "restaurantExternalId": "${v.uuid(g)}",`,
        '  "apiHostname": "https://ws-api.toasttab.com"',
        '}',
      ],
    };
  }),
  template('toast-python-login', (g) => {
    const s = v.toastSecret(g);
    return {
      path: g.pick(['etl/toast_sales.py', 'jobs/toast_labor_export.py']),
      lines: [
        'import requests',
        '',
        'TOAST_HOST = "https://ws-api.toasttab.com"',
        'resp = requests.post(f"{TOAST_HOST}/authentication/v1/authentication/login", json={',
        `    "clientId": "${v.toastClientId(g)}",`,
        sec(`    "clientSecret": "${s}",`, s),
        '    "userAccessType": "TOAST_MACHINE_CLIENT",',
        '})',
        'token = resp.json()["token"]["accessToken"]',
      ],
    };
  }),
  template('toast-env', (g) => {
    const s = v.toastSecret(g);
    return {
      path: g.pick(['.env', 'apps/kds-bridge/.env']),
      lines: [
        'TOAST_API_HOST=https://ws-api.toasttab.com',
        `TOAST_CLIENT_ID=${v.toastClientId(g)}`,
        sec(`TOAST_CLIENT_SECRET=${s}`, s),
        `TOAST_RESTAURANT_GUID=${v.uuid(g)}`,
      ],
    };
  }),
  template('clover-api-token-env', (g) => {
    const t = v.uuid(g);
    return {
      path: g.pick(['.env', 'clover-sync/.env']),
      lines: [
        'CLOVER_BASE_URL=https://api.clover.com',
        `CLOVER_MERCHANT_ID=${v.cloverMerchant(g)}`,
        sec(`CLOVER_API_TOKEN=${t}`, t),
      ],
    };
  }),
  template('clover-curl-bearer', (g) => {
    const t = v.uuid(g);
    return {
      path: g.pick(['scripts/clover_items.sh', 'docs/clover-notes.md']),
      lines: [
        '#!/bin/sh',
        `MID=${v.cloverMerchant(g)}`,
        sec(
          `curl -s -H "Authorization: Bearer ${t}" "https://api.clover.com/v3/merchants/$MID/items?limit=1000" > items.json`,
          t,
        ),
      ],
    };
  }),
  template('clover-app-secret-properties', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['src/main/resources/clover.properties', 'config/clover-app.properties']),
      lines: [
        `clover.app.id=${g.fake.upperAlnum(13)}`,
        sec(`clover.app.secret=${s}`, s),
        'clover.oauth.url=https://www.clover.com/oauth/v2/token',
      ],
    };
  }),
  template('lightspeed-retail-oauth', (g) => {
    const s = v.hex(g, 64);
    const r = v.hex(g, 40);
    return {
      path: g.pick(['config/lightspeed.json', 'lsr-sync/settings.json']),
      lines: [
        '{',
        `  "client_id": "${v.hex(g, 64)}",`,
        sec(`  "client_secret": "${s}",`, s),
        sec(`  "refresh_token": "${r}",`, r),
        `  "account_id": ${g.between(100000, 299999)}`,
        '}',
      ],
    };
  }),
  template('lightspeed-xseries-token-php', (g) => {
    const t = v.alnum(g, 36, 44);
    return {
      path: g.pick(['app/Services/VendClient.php', 'src/Lightspeed/XSeries.php']),
      lines: [
        '<?php',
        'namespace App\\Services;',
        '',
        'class VendClient',
        '{',
        `    private string $domainPrefix = '${v.brand(g)}';`,
        sec(`    private string $personalToken = '${t}';`, t),
        '',
        '    public function products(): array',
        '    {',
        "        return $this->get('/api/2.0/products');",
        '    }',
        '}',
      ],
    };
  }),
  template('revel-api-header', (g) => {
    const key = v.hex(g, 32);
    const sct = v.alnum(g, 60, 64);
    return {
      path: g.pick(['integrations/revel.py', 'revel/export_orders.py']),
      lines: [
        'import requests',
        '',
        `REVEL_URL = "https://${v.brand(g)}.revelup.com"`,
        'HEADERS = {',
        sec(`    "API-AUTHENTICATION": "${key}:${sct}",`, `${key}:${sct}`),
        '    "Content-Type": "application/json",',
        '}',
        'orders = requests.get(f"{REVEL_URL}/resources/Order/?limit=200", headers=HEADERS).json()',
      ],
    };
  }),
  template('shopify-pos-app-env', (g) => {
    const t = v.shpat(g);
    const s = v.shpss(g);
    const key = v.hex(g, 32);
    return {
      path: g.pick(['.env', 'shopify-pos-extension/.env']),
      lines: [
        `SHOPIFY_SHOP=${v.brand(g)}-store.myshopify.com`,
        // The app's API key beside its secret: the pair's id half, as ecommerce-payments labels it.
        sec(`SHOPIFY_API_KEY=${key}`, key),
        sec(`SHOPIFY_API_SECRET=${s}`, s),
        sec(`SHOPIFY_ADMIN_TOKEN=${t}`, t),
        'POS_UI_EXTENSION=true',
      ],
    };
  }),
  template('sumup-env', (g) => {
    const k = v.sumupKey(g);
    return {
      path: g.pick(['.env', 'kiosk/.env.local']),
      lines: [
        sec(`SUMUP_API_KEY=${k}`, k),
        `SUMUP_MERCHANT_CODE=M${g.fake.upperAlnum(7)}`,
        `SUMUP_AFFILIATE_KEY=${v.sumupAffiliate(g)}`,
      ],
    };
  }),
  template('sumup-curl', (g) => {
    const k = v.sumupKey(g);
    return {
      path: g.pick(['README.md', 'docs/sumup-readers.md']),
      lines: [
        '## Pairing the Solo readers',
        '',
        '```sh',
        sec(
          `curl -X POST https://api.sumup.com/v0.1/merchants/M${g.fake.upperAlnum(7)}/readers -H "Authorization: Bearer ${k}" -d '{"pairing_code":"${g.fake.upperAlnum(8)}"}'`,
          k,
        ),
        '```',
      ],
    };
  }),
  template('zettle-client-config', (g) => {
    const k = v.jwt(g, { iss: 'iZettle', aud: 'API' });
    return {
      path: g.pick(['config/zettle.yaml', 'zettle/settings.yml']),
      lines: [
        'zettle:',
        `  client_id: ${v.uuid(g)}`,
        sec(`  api_key: ${k}`, k),
        '  token_url: https://oauth.zettle.com/token',
        '  grant_type: urn:ietf:params:oauth:grant-type:jwt-bearer',
      ],
    };
  }),
  template('adyen-terminal-cloud-csharp', (g) => {
    const k = v.adyenApiKey(g);
    return {
      path: g.pick(['PosBridge/AdyenTerminal.cs', 'src/Payments/TerminalService.cs']),
      lines: [
        'using Adyen;',
        'using Adyen.Service;',
        '',
        'var config = new Config',
        '{',
        sec(`    XApiKey = "${k}",`, k),
        '    Environment = Adyen.Model.Environment.Live,',
        '    LiveEndpointUrlPrefix = "1797a841fbb37ca7-AdyenDemo"',
        '};',
        'var terminalCloudApi = new TerminalCloudApi(new Client(config));',
      ],
    };
  }),
  template('adyen-terminal-local-key-java', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['src/main/java/com/store/pos/AdyenLocal.java', 'pos-core/src/TerminalCrypto.java']),
      lines: [
        'EncryptionCredentialDetails details = new EncryptionCredentialDetails();',
        `details.setAdyenCryptoVersion(1);`,
        `details.setKeyIdentifier("${g.pick(['StoreKey', 'POSKEY', 'LocalKey'])}${g.between(1, 9)}");`,
        sec(`details.setPassword("${p}");`, p),
        'details.setKeyVersion(1);',
        'TerminalLocalAPI api = new TerminalLocalAPI(client, terminalCertificate, details);',
      ],
    };
  }),
  template('adyen-pos-env', (g) => {
    const k = v.adyenApiKey(g);
    const h = v.adyenHmac(g);
    return {
      path: g.pick(['.env', 'pos-gateway/.env']),
      lines: [
        sec(`ADYEN_API_KEY=${k}`, k),
        `ADYEN_MERCHANT_ACCOUNT=${v.cap(v.brand(g))}POS`,
        sec(`ADYEN_HMAC_KEY=${h}`, h),
        `ADYEN_POI_ID=${v.terminalSerial(g)}`,
      ],
    };
  }),
  template('stripe-terminal-backend', (g) => {
    const k = v.stripeSecret(g, 'live');
    return {
      path: g.pick(['server/terminal.js', 'api/connection_token.js']),
      lines: [
        "const express = require('express');",
        sec(`const stripe = require('stripe')('${k}');`, k),
        '',
        "app.post('/connection_token', async (req, res) => {",
        '  const token = await stripe.terminal.connectionTokens.create();',
        '  res.json({ secret: token.secret });',
        '});',
      ],
    };
  }),
  template('stripe-terminal-python-env', (g) => {
    const k = v.stripeSecret(g);
    return {
      path: g.pick(['.env', 'kiosk-backend/.env']),
      lines: [
        `STRIPE_PUBLISHABLE_KEY=${v.stripePublishable(g)}`,
        sec(`STRIPE_SECRET_KEY=${k}`, k),
        `STRIPE_TERMINAL_LOCATION=tml_${g.fake.alnum(14)}`,
      ],
    };
  }),
  template('verifone-cloud-basic', (g) => {
    const k = v.alnum(g, 32, 40);
    return {
      path: g.pick(['config/verifone.json', 'payments/verifone-settings.json']),
      lines: [
        '{',
        '  "baseUrl": "https://emea.gsc.verifone.cloud/oidc/api/v2",',
        `  "userUid": "${v.uuid(g)}",`,
        sec(`  "apiKey": "${k}",`, k),
        `  "entityId": "${v.uuid(g)}"`,
        '}',
      ],
    };
  }),
  template('pax-store-api', (g) => {
    const s = v.alnum(g, 32, 32).toUpperCase();
    const key = g.fake.upperAlnum(20);
    return {
      path: g.pick(['mdm/paxstore.properties', 'src/main/resources/paxstore.properties']),
      lines: [
        'paxstore.api.url=https://api.whatspos.com/p-market-api',
        // The API key signs with the secret (an HMAC pair): its id half, as an AWS access key id is.
        sec(`paxstore.api.key=${key}`, key),
        sec(`paxstore.api.secret=${s}`, s),
      ],
    };
  }),
  template('ingenico-tetra-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['C:/POS/Ingenico/tms.ini', 'terminal/tms.ini']),
      lines: [
        '[TMS]',
        'Host=tms.ingenico.com',
        'Port=7004',
        `TerminalId=${g.fake.digits(8)}`,
        `Login=${g.pick(['store', 'tmsuser', 'pos'])}${g.fake.digits(4)}`,
        sec(`Password=${p}`, p),
      ],
    };
  }),
  template('givex-api-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/giftcards.json', 'givex.json']),
      lines: [
        '{',
        '  "givex": {',
        '    "endpoint": "https://dc-us1.givex.com:50104/",',
        `    "user_id": "${g.fake.digits(6)}",`,
        sec(`    "password": "${p}",`, p),
        '    "language": "en"',
        '  }',
        '}',
      ],
    };
  }),
  template('givex-php-constants', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['includes/givex-config.php', 'wp-content/plugins/giftcards/config.php']),
      lines: [
        '<?php',
        "define('GIVEX_HOST', 'dc-us2.givex.com');",
        `define('GIVEX_USER', '${g.fake.digits(6)}');`,
        sec(`define('GIVEX_PASSWORD', '${p}');`, p),
      ],
    };
  }),
  template('paytronix-oauth', (g) => {
    const s = v.longSecret(g);
    const p = v.plain(g);
    return {
      path: g.pick(['config/paytronix.yml', 'loyalty/paytronix.yaml']),
      lines: [
        'paytronix:',
        '  base_url: https://api.pxslab.com/rest/21.0',
        `  merchant_id: ${g.between(100, 999)}`,
        `  client_id: ${v.brand(g)}-app`,
        sec(`  client_secret: ${s}`, s),
        '  username: integration@brand',
        sec(`  password: ${p}`, p),
      ],
    };
  }),
  template('punchh-env', (g) => {
    const s = v.hex(g, 64);
    const a = v.alnum(g, 20, 24);
    return {
      path: g.pick(['.env', 'loyalty-service/.env']),
      lines: [
        'PUNCHH_BASE_URL=https://mobileapi.punchh.com',
        `PUNCHH_CLIENT=${v.hex(g, 64)}`,
        sec(`PUNCHH_SECRET=${s}`, s),
        sec(`PUNCHH_ADMIN_API_KEY=${a}`, a),
      ],
    };
  }),
  template('punchh-ruby-header', (g) => {
    const a = v.alnum(g, 20, 24);
    return {
      path: g.pick(['app/services/punchh_client.rb', 'lib/punchh.rb']),
      lines: [
        'class PunchhClient',
        "  BASE = 'https://dashboard.punchh.com/api2/dashboard'",
        '',
        '  def headers',
        '    {',
        sec(`      'Authorization' => 'Bearer ${a}',`, a),
        "      'Content-Type' => 'application/json'",
        '    }',
        '  end',
        'end',
      ],
    };
  }),
  template('olo-ordering-config', (g) => {
    const k = v.alnum(g, 32, 32);
    const s = v.longSecret(g);
    return {
      path: g.pick(['appsettings.json', 'src/Ordering.Api/appsettings.Production.json']),
      lines: [
        '{',
        '  "Olo": {',
        '    "BaseUrl": "https://ordering.api.olosoftware.com/v1.1",',
        sec(`    "ApiKey": "${k}",`, k),
        `    "ClientId": "${v.uuid(g)}",`,
        sec(`    "ClientSecret": "${s}"`, s),
        '  }',
        '}',
      ],
    };
  }),
  template('deliverect-env', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['.env', 'channel-bridge/.env']),
      lines: [
        'DELIVERECT_API=https://api.deliverect.com',
        `DELIVERECT_CLIENT_ID=${g.fake.alnum(20)}`,
        sec(`DELIVERECT_CLIENT_SECRET=${s}`, s),
        `DELIVERECT_ACCOUNT_ID=${g.fake.hex(24)}`,
      ],
    };
  }),
  template('otter-yaml', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/otter.yml', 'deploy/otter-values.yaml']),
      lines: [
        'otter:',
        '  auth_url: https://partners.cloudkitchens.com/v1/auth/token',
        `  application_id: ${v.uuid(g)}`,
        sec(`  client_secret: "${s}"`, s),
        `  store_id: ${v.uuid(g)}`,
      ],
    };
  }),
  template('ubereats-python', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['integrations/ubereats.py', 'marketplace/uber_eats.py']),
      lines: [
        'UBER_TOKEN_URL = "https://auth.uber.com/oauth/v2/token"',
        `UBER_CLIENT_ID = "${g.fake.base64url(32)}"`,
        sec(`UBER_CLIENT_SECRET = "${s}"`, s),
        'SCOPES = "eats.store eats.order eats.store.orders.read"',
      ],
    };
  }),
  template('doordash-access-key-json', (g) => {
    const s = v.doordashSecret(g);
    return {
      path: g.pick(['doordash-key.json', 'secrets/doordash_drive.json']),
      lines: [
        '{',
        `  "developer_id": "${v.uuid(g)}",`,
        `  "key_id": "${v.uuid(g)}",`,
        sec(`  "signing_secret": "${s}"`, s),
        '}',
      ],
    };
  }),
  template('doordash-node-sdk', (g) => {
    const s = v.doordashSecret(g);
    return {
      path: g.pick(['src/delivery/doordash.ts', 'server/dispatch.js']),
      lines: [
        "import { DoorDashClient } from '@doordash/sdk';",
        '',
        'const client = new DoorDashClient({',
        `  developer_id: '${v.uuid(g)}',`,
        `  key_id: '${v.uuid(g)}',`,
        sec(`  signing_secret: '${s}',`, s),
        '});',
      ],
    };
  }),
  template('grubhub-partner-properties', (g) => {
    const s = v.base64Secret(g);
    const key = g.fake.upperAlnum(20);
    return {
      path: g.pick(['src/main/resources/grubhub.properties', 'config/grubhub.properties']),
      lines: [
        'grubhub.api.base=https://api-third-party-gtm.grubhub.com',
        // The partner key signs with the secret (an HMAC pair): its id half, as an AWS access key id is.
        sec(`grubhub.partner.key=${key}`, key),
        sec(`grubhub.partner.secret=${s}`, s),
        `grubhub.merchant.id=${g.fake.digits(7)}`,
      ],
    };
  }),
  template('justeat-api-key-header', (g) => {
    const k = v.alnum(g, 32, 40);
    return {
      path: g.pick(['jet/client.go', 'internal/justeat/client.go']),
      lines: [
        'package justeat',
        '',
        'import "net/http"',
        '',
        'func newRequest(url string) (*http.Request, error) {',
        '\treq, err := http.NewRequest("GET", url, nil)',
        '\tif err != nil {',
        '\t\treturn nil, err',
        '\t}',
        sec(`\treq.Header.Set("Authorization", "JE-API-KEY ${k}")`, k),
        '\treturn req, nil',
        '}',
      ],
    };
  }),
  template('kds-websocket-config', (g) => {
    const t = v.alnum(g, 40, 48);
    return {
      path: g.pick(['kds/config.json', 'kitchen-display/settings.json']),
      lines: [
        '{',
        `  "station": "${g.pick(['grill', 'fry', 'expo', 'bar', 'salad'])}",`,
        `  "server": "wss://${v.storeHost(g)}:8443/kds",`,
        sec(`  "deviceToken": "${t}",`, t),
        '  "bumpBar": true',
        '}',
      ],
    };
  }),
  template('gift-card-vendor-ini', (g) => {
    const p = v.plain(g);
    const k = v.hex(g, 32);
    return {
      path: g.pick(['C:/POS/Config/svs.ini', 'config/valuelink.ini']),
      lines: [
        '[StoredValue]',
        'Provider=ValueLink',
        `MerchantId=${g.fake.digits(11)}`,
        `AltMerchantId=${g.fake.digits(5)}`,
        sec(`ApiKey=${k}`, k),
        `User=svc_${v.brand(g)}`,
        sec(`Password=${p}`, p),
      ],
    };
  }),
];
