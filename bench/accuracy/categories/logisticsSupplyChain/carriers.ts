import { q } from '../../gen';
import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * logistics-supply-chain positives from carriers and shipping platforms: UPS OAuth secrets and
 * legacy access keys, FedEx secret keys, DHL key/secret pairs and MyDHL logins, USPS and Royal Mail
 * gateway secrets, Canada Post `user:password` keys, Australia Post account passwords, PostNL keys;
 * EasyPost, Shippo, ShipStation, ShipEngine, Sendcloud, Packlink, AfterShip and 17TRACK keys in
 * `.env` files, SDK clients (Python, Node, PHP, Ruby, C#, Go, Java), curl lines, Postman and Insomnia
 * exports, Laravel and WooCommerce settings. Values generated at run time.
 */
export const carrierPositives: readonly Template[] = [
  template('ups-oauth-env', (g) => {
    const s = v.upsSecret(g);
    return {
      path: g.pick(['.env', 'services/label-svc/.env', 'deploy/ups.env']),
      lines: [
        '# UPS Developer Portal app: "Shipping Labels Prod"',
        `UPS_CLIENT_ID=${v.upsClientId(g)}`,
        sec(`UPS_CLIENT_SECRET=${s}`, s),
        `UPS_ACCOUNT_NUMBER=${g.fake.upperAlnum(6)}`,
        'UPS_API_BASE=https://onlinetools.ups.com',
        'UPS_OAUTH_URL=https://onlinetools.ups.com/security/v1/oauth/token',
      ],
    };
  }),
  template('ups-python-token-request', (g) => {
    const s = v.upsSecret(g);
    const id = v.upsClientId(g);
    return {
      path: g.pick(['carriers/ups/auth.py', 'app/shipping/ups_client.py']),
      lines: [
        'import requests',
        '',
        `CLIENT_ID = "${id}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        '',
        'def get_token():',
        '    resp = requests.post(',
        '        "https://onlinetools.ups.com/security/v1/oauth/token",',
        '        data={"grant_type": "client_credentials"},',
        `        headers={"x-merchant-id": "${g.fake.upperAlnum(6)}"},`,
        '        auth=(CLIENT_ID, CLIENT_SECRET),',
        '        timeout=20,',
        '    )',
        '    resp.raise_for_status()',
        '    return resp.json()["access_token"]',
      ],
    };
  }),
  template('ups-legacy-xml-access-request', (g) => {
    const key = v.upsAccessKey(g);
    const p = v.plain(g);
    return {
      path: g.pick(['legacy/ups/AccessRequest.xml', 'integration/ups/rate_request.xml']),
      lines: [
        '<?xml version="1.0"?>',
        '<AccessRequest xml:lang="en-US">',
        sec(`  <AccessLicenseNumber>${key}</AccessLicenseNumber>`, key),
        `  <UserId>${g.pick(['acmeship', 'dc_memphis', 'warehouse01'])}</UserId>`,
        sec(`  <Password>${p}</Password>`, p),
        '</AccessRequest>',
        '<?xml version="1.0"?>',
        '<RatingServiceSelectionRequest xml:lang="en-US">',
        '  <Request><RequestAction>Rate</RequestAction><RequestOption>Shop</RequestOption></Request>',
        '</RatingServiceSelectionRequest>',
      ],
    };
  }),
  template('fedex-appsettings-json', (g) => {
    const s = v.fedexSecret(g);
    const pathName = g.pick(['appsettings.Production.json', 'src/Shipping.Api/appsettings.json']);
    // FedEx's "API Key" beside its "Secret Key" is the pair's id half (as Shopify's API key beside
    // its API secret is); the same value named client_id alone is an OAuth client id.
    const id = v.fedexClientId(g);
    return {
      path: pathName,
      lines: [
        '{',
        '  "Logging": { "LogLevel": { "Default": "Information" } },',
        '  "FedEx": {',
        '    "BaseUrl": "https://apis.fedex.com",',
        sec(`    "ApiKey": "${id}",`, id),
        sec(`    "SecretKey": "${s}",`, s),
        `    "AccountNumber": "${g.fake.digits(9)}"`,
        '  }',
        '}',
      ],
    };
  }),
  template('fedex-node-oauth', (g) => {
    const s = v.fedexSecret(g);
    return {
      path: g.pick(['src/carriers/fedex.js', 'lib/fedex/auth.ts']),
      lines: [
        "const axios = require('axios');",
        '',
        'async function fedexToken() {',
        '  const body = new URLSearchParams({',
        "    grant_type: 'client_credentials',",
        `    client_id: '${v.fedexClientId(g)}',`,
        sec(`    client_secret: '${s}',`, s),
        '  });',
        "  const { data } = await axios.post('https://apis.fedex.com/oauth/token', body, {",
        "    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },",
        '  });',
        '  return data.access_token;',
        '}',
        'module.exports = { fedexToken };',
      ],
    };
  }),
  template('dhl-parcel-de-yaml', (g) => {
    const p = v.pass(g);
    const key = v.dhlKey(g);
    return {
      path: g.pick(['config/carriers.yml', 'config/packages/dhl.yaml']),
      lines: [
        'dhl_parcel_de:',
        '  sandbox: false',
        '  base_url: https://api-eu.dhl.com/parcel/de/shipping/v2',
        sec(`  api_key: ${key}`, key),
        `  username: ${g.pick(['acme_ship', 'lager_leipzig', 'versand01'])}`,
        sec(`  password: ${q(p, "'")}`, p),
        `  billing_number: "${g.fake.digits(10)}0101"`,
      ],
    };
  }),
  template('dhl-express-mydhl-basic', (g) => {
    const p = v.plain(g);
    const user = g.pick(['acmelogisticsUS', 'shipfastGB', 'dockhandDE']);
    return {
      path: g.pick(['scripts/dhl_rates.sh', 'ops/dhl-express-test.sh']),
      lines: [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        '# MyDHL API (Express) rate check',
        sec(`curl -s -u "${user}:${p}" \\`, p),
        '  -H "Accept: application/json" \\',
        `  "https://express.api.dhl.com/mydhlapi/rates?accountNumber=${g.fake.digits(9)}&originCountryCode=US&originCityName=Memphis&destinationCountryCode=GB&destinationCityName=London&weight=5&length=15&width=10&height=5&plannedShippingDate=2026-12-08&isCustomsDeclarable=false&unitOfMeasurement=metric"`,
      ],
    };
  }),
  template('dhl-tracking-key-secret-env', (g) => {
    const k = v.dhlKey(g);
    const s = v.dhlSecret(g);
    return {
      path: g.pick(['.env.production', 'tracking-worker/.env']),
      lines: [
        'NODE_ENV=production',
        sec(`DHL_API_KEY=${k}`, k),
        sec(`DHL_API_SECRET=${s}`, s),
        'DHL_TRACKING_URL=https://api-eu.dhl.com/track/shipments',
        `REDIS_URL=redis://redis:6379/${g.between(0, 5)}`,
      ],
    };
  }),
  template('usps-apis-python-settings', (g) => {
    const s = g.fake.alnum(g.between(16, 24));
    const pathName = g.pick(['shipping/settings/usps.py', 'config/usps_settings.py']);
    // A consumer key beside its consumer secret is the pair's key half (as OneRoster's and Twitter's are).
    const ck = g.fake.alnum(32);
    return {
      path: pathName,
      lines: [
        '# USPS APIs (apis.usps.com) OAuth client credentials',
        'USPS_BASE_URL = "https://apis.usps.com"',
        sec(`USPS_CONSUMER_KEY = "${ck}"`, ck),
        sec(`USPS_CONSUMER_SECRET = "${s}"`, s),
        `USPS_CRID = "${g.fake.digits(8)}"`,
        `USPS_MID = "${g.fake.digits(9)}"`,
      ],
    };
  }),
  template('royal-mail-ibm-client-secret', (g) => {
    const s = v.apicSecret(g);
    return {
      path: g.pick(['src/RoyalMail/RoyalMailClient.cs', 'Integrations/RoyalMail/ShippingClient.cs']),
      lines: [
        'using System.Net.Http;',
        '',
        'public sealed class RoyalMailClient',
        '{',
        '    private readonly HttpClient _http = new HttpClient();',
        '',
        '    public RoyalMailClient()',
        '    {',
        `        _http.DefaultRequestHeaders.Add("X-IBM-Client-Id", "${v.uuid(g)}");`,
        sec(`        _http.DefaultRequestHeaders.Add("X-IBM-Client-Secret", "${s}");`, s),
        '        _http.BaseAddress = new System.Uri("https://api.royalmail.net/shipping/v3/");',
        '    }',
        '}',
      ],
    };
  }),
  template('royal-mail-click-drop-key', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['cron/click_and_drop_sync.php', 'src/ClickDrop/Config.php']),
      lines: [
        '<?php',
        '// Royal Mail Click & Drop: import paid orders every 10 minutes',
        "const CLICK_DROP_URL = 'https://api.parcel.royalmail.com/api/v1';",
        sec(`const CLICK_DROP_API_KEY = '${k}';`, k),
        '',
        '$ch = curl_init(CLICK_DROP_URL . "/orders");',
        "curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: ' . CLICK_DROP_API_KEY, 'Content-Type: application/json']);",
      ],
    };
  }),
  template('canada-post-userpass-properties', (g) => {
    const u = v.canadaPostUser(g);
    const p = v.canadaPostPass(g);
    return {
      path: g.pick(['src/main/resources/canadapost.properties', 'conf/canadapost-prod.properties']),
      lines: [
        '# Canada Post Developer Program - production API key (username:password)',
        'canadapost.endpoint=https://soa-gw.canadapost.ca',
        `canadapost.customer-number=${g.fake.digits(10)}`,
        `canadapost.username=${u}`,
        sec(`canadapost.password=${p}`, p),
        'canadapost.contract-id=0040' + g.fake.digits(6),
      ],
    };
  }),
  template('canada-post-curl-basic', (g) => {
    const u = v.canadaPostUser(g);
    const p = v.canadaPostPass(g);
    return {
      path: g.pick(['docs/canadapost-notes.md', 'ops/runbooks/canadapost.md']),
      lines: [
        '## Rating smoke test',
        '',
        '```sh',
        sec(`curl -u ${u}:${p} -H "Accept: application/vnd.cpc.ship.rate-v4+xml" \\`, p),
        '  -H "Content-Type: application/vnd.cpc.ship.rate-v4+xml" \\',
        '  -d @rate-request.xml https://soa-gw.canadapost.ca/rs/ship/price',
        '```',
      ],
    };
  }),
  template('australia-post-account-env', (g) => {
    const p = v.plain(g);
    const pathName = g.pick(['.env', 'auspost/.env.production']);
    // The API key is the Basic user beside the account's API password: the pair's id half.
    const key = v.uuid(g);
    return {
      path: pathName,
      lines: [
        '# Australia Post Shipping & Tracking API',
        sec(`AUSPOST_API_KEY=${key}`, key),
        sec(`AUSPOST_API_PASSWORD=${p}`, p),
        `AUSPOST_ACCOUNT_NUMBER=${g.fake.digits(10)}`,
        'AUSPOST_BASE_URL=https://digitalapi.auspost.com.au/shipping/v1',
      ],
    };
  }),
  template('postnl-apikey-header', (g) => {
    const k = v.postnlKey(g);
    return {
      path: g.pick(['app/Services/PostNL.php', 'src/Carrier/PostNLClient.php']),
      lines: [
        '<?php',
        'namespace App\\Services;',
        '',
        'use GuzzleHttp\\Client;',
        '',
        'class PostNL',
        '{',
        '    public function client(): Client',
        '    {',
        '        return new Client([',
        "            'base_uri' => 'https://api.postnl.nl/shipment/v2_2/',",
        sec(`            'headers' => ['apikey' => '${k}', 'Accept' => 'application/json'],`, k),
        '        ]);',
        '    }',
        '}',
      ],
    };
  }),
  template('easypost-python-client', (g) => {
    const k = v.easypostKey(g);
    return {
      path: g.pick(['fulfil/labels.py', 'scripts/buy_label.py', 'app/shipping/easypost_labels.py']),
      lines: [
        'import easypost',
        '',
        sec(`client = easypost.EasyPostClient("${k}")`, k),
        '',
        'shipment = client.shipment.create(',
        '    from_address={"company": "Acme DC", "street1": "417 Montgomery St", "city": "San Francisco", "state": "CA", "zip": "94104"},',
        '    to_address=order.address,',
        '    parcel={"length": 10.2, "width": 7.8, "height": 4.3, "weight": 21.2},',
        ')',
        'client.shipment.buy(shipment.id, rate=shipment.lowest_rate())',
      ],
    };
  }),
  template('easypost-env-pair', (g) => {
    const live = v.easypostKey(g, 'live');
    const test = v.easypostKey(g, 'test');
    return {
      path: g.pick(['.env', 'shipping-service/.env']),
      lines: [
        'PORT=8080',
        sec(`EASYPOST_API_KEY=${live}`, live),
        sec(`EASYPOST_TEST_API_KEY=${test}`, test),
        'EASYPOST_WEBHOOK_PATH=/hooks/easypost',
      ],
    };
  }),
  template('easypost-ruby-initializer', (g) => {
    const k = v.easypostKey(g);
    return {
      path: 'config/initializers/easypost.rb',
      lines: ["require 'easypost'", '', sec(`EASYPOST_CLIENT = EasyPost::Client.new(api_key: '${k}')`, k)],
    };
  }),
  template('shippo-node-sdk', (g) => {
    const t = v.shippoToken(g);
    return {
      path: g.pick(['src/shipping/shippo.ts', 'server/labels.js']),
      lines: [
        "import { Shippo } from 'shippo';",
        '',
        sec(`const shippo = new Shippo({ apiKeyHeader: 'ShippoToken ${t}' });`, t),
        '',
        'export async function rates(addressFrom: string, addressTo: string, parcel: string) {',
        '  return shippo.shipments.create({ addressFrom, addressTo, parcels: [parcel], async: false });',
        '}',
      ],
    };
  }),
  template('shippo-curl-runbook', (g) => {
    const t = v.shippoToken(g);
    return {
      path: g.pick(['docs/shipping/shippo.md', 'RUNBOOK.md']),
      lines: [
        '# Reprinting a Shippo label',
        '',
        'Find the transaction id in the order admin, then:',
        '',
        '```bash',
        'curl https://api.goshippo.com/transactions/$TXN_ID \\',
        sec(`  -H "Authorization: ShippoToken ${t}"`, t),
        '```',
      ],
    };
  }),
  template('shipstation-v1-basic-pair', (g) => {
    const k = v.shipstationHex(g);
    const s = v.shipstationHex(g);
    return {
      path: g.pick(['integrations/shipstation/config.json', 'config/shipstation.json']),
      lines: [
        '{',
        '  "baseUrl": "https://ssapi.shipstation.com",',
        sec(`  "apiKey": "${k}",`, k),
        sec(`  "apiSecret": "${s}",`, s),
        `  "storeId": ${g.between(100000, 999999)},`,
        '  "pollMinutes": 15',
        '}',
      ],
    };
  }),
  template('shipstation-php-woocommerce', (g) => {
    const k = v.shipstationHex(g);
    const s = v.shipstationHex(g);
    return {
      path: g.pick(['wp-content/plugins/acme-shipstation-sync/sync.php', 'cron/shipstation_orders.php']),
      lines: [
        '<?php',
        sec(`$apiKey    = '${k}';`, k),
        sec(`$apiSecret = '${s}';`, s),
        "$auth = base64_encode($apiKey . ':' . $apiSecret);",
        "$ch = curl_init('https://ssapi.shipstation.com/orders?orderStatus=awaiting_shipment');",
        "curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Basic ' . $auth]);",
      ],
    };
  }),
  template('shipengine-go-client', (g) => {
    const k = v.shipengineKey(g);
    return {
      path: g.pick(['internal/carrier/shipengine.go', 'pkg/labels/client.go']),
      lines: [
        'package carrier',
        '',
        'import "net/http"',
        '',
        sec(`const shipEngineKey = "${k}"`, k),
        '',
        'func newRequest(method, url string) (*http.Request, error) {',
        '\treq, err := http.NewRequest(method, "https://api.shipengine.com/v1"+url, nil)',
        '\tif err != nil {',
        '\t\treturn nil, err',
        '\t}',
        '\treq.Header.Set("API-Key", shipEngineKey)',
        '\treturn req, nil',
        '}',
      ],
    };
  }),
  template('shipengine-postman-header', (g) => {
    const k = v.shipengineKey(g);
    return {
      path: g.pick(['postman/ShipEngine.postman_collection.json', 'collections/labels.postman_collection.json']),
      lines: [
        '{',
        '  "info": { "name": "ShipEngine labels", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },',
        '  "item": [',
        '    {',
        '      "name": "Create label",',
        '      "request": {',
        '        "method": "POST",',
        '        "header": [',
        sec(`          { "key": "API-Key", "value": "${k}", "type": "text" },`, k),
        '          { "key": "Content-Type", "value": "application/json", "type": "text" }',
        '        ],',
        '        "url": { "raw": "https://api.shipengine.com/v1/labels", "protocol": "https", "host": ["api", "shipengine", "com"], "path": ["v1", "labels"] }',
        '      }',
        '    }',
        '  ]',
        '}',
      ],
    };
  }),
  template('sendcloud-basic-pair-python', (g) => {
    const pub = v.sendcloudKey(g);
    const sk = v.sendcloudKey(g);
    return {
      path: g.pick(['shop/sendcloud.py', 'integrations/sendcloud_client.py']),
      lines: [
        'import requests',
        '',
        sec(`SENDCLOUD_PUBLIC_KEY = "${pub}"`, pub),
        sec(`SENDCLOUD_SECRET_KEY = "${sk}"`, sk),
        '',
        'session = requests.Session()',
        'session.auth = (SENDCLOUD_PUBLIC_KEY, SENDCLOUD_SECRET_KEY)',
        'parcels = session.get("https://panel.sendcloud.sc/api/v2/parcels").json()',
      ],
    };
  }),
  template('packlink-laravel-config', (g) => {
    const k = v.packlinkKey(g);
    return {
      path: 'config/services.php',
      lines: [
        '<?php',
        '',
        'return [',
        "    'mailgun' => ['domain' => env('MAILGUN_DOMAIN'), 'secret' => env('MAILGUN_SECRET')],",
        "    'packlink' => [",
        "        'url' => 'https://api.packlink.com/v1',",
        sec(`        'api_key' => '${k}',`, k),
        '    ],',
        '];',
      ],
    };
  }),
  template('aftership-env-and-node', (g) => {
    const k = v.aftershipKey(g);
    return {
      path: g.pick(['tracking/index.js', 'src/tracking/aftership.js']),
      lines: [
        "const { AfterShip } = require('@aftership/tracking-sdk');",
        '',
        sec(`const aftership = new AfterShip({ api_key: '${k}' });`, k),
        '',
        'async function track(slug, trackingNumber) {',
        '  return aftership.tracking.createTracking({ slug, tracking_number: trackingNumber });',
        '}',
      ],
    };
  }),
  template('track17-header-java', (g) => {
    const k = v.track17Key(g);
    return {
      path: g.pick(['src/main/java/com/acme/tracking/Track17Client.java', 'tracking/src/Track17.java']),
      lines: [
        'package com.acme.tracking;',
        '',
        'import java.net.http.HttpRequest;',
        'import java.net.URI;',
        '',
        'public class Track17Client {',
        sec(`    private static final String TOKEN = "${k}";`, k),
        '',
        '    HttpRequest register(String body) {',
        '        return HttpRequest.newBuilder(URI.create("https://api.17track.net/track/v2.2/register"))',
        '            .header("17token", TOKEN)',
        '            .header("Content-Type", "application/json")',
        '            .POST(HttpRequest.BodyPublishers.ofString(body))',
        '            .build();',
        '    }',
        '}',
      ],
    };
  }),
  template('insomnia-carrier-env', (g) => {
    const se = v.shipengineKey(g);
    const ep = v.easypostKey(g, 'test');
    return {
      path: g.pick(['insomnia/carriers.json', '.insomnia/Environment/env_shipping.json']),
      lines: [
        '{',
        '  "_type": "environment",',
        '  "name": "Shipping sandbox",',
        '  "data": {',
        '    "base_url": "https://api.shipengine.com/v1",',
        sec(`    "shipengine_key": "${se}",`, se),
        sec(`    "easypost_key": "${ep}",`, ep),
        `    "warehouse_id": "se-${g.fake.digits(7)}"`,
        '  }',
        '}',
      ],
    };
  }),
  template('woocommerce-shipping-options-dump', (g) => {
    const k = v.shipstationHex(g);
    const s = v.plain(g);
    return {
      path: g.pick(['backup/wp_options_shipping.sql', 'db/dumps/options.sql']),
      lines: [
        'INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES',
        `(${g.between(2000, 9000)}, 'woocommerce_shipstation_auth_key', '${k}', 'yes'),`,
        `(${g.between(2000, 9000)}, 'woocommerce_ups_settings', 'a:4:{s:7:"user_id";s:8:"acmeship";s:8:"password";s:${s.length}:"${s}";s:7:"enabled";s:3:"yes";s:5:"debug";s:2:"no";}', 'yes');`,
      ].map((line, i) => (i === 1 ? sec(line, k) : i === 2 ? sec(line, s) : line)),
    };
  }),
  template('carrier-creds-csv-sheet', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick(['ops/carrier_accounts.csv', 'shared/Carrier logins.csv']),
      lines: [
        'carrier,portal,account,username,password,notes',
        sec(`UPS,ups.com,${g.fake.upperAlnum(6)},acme_dc1,${p1},billing + pickups`, p1),
        sec(`Old Dominion,odfl.com,${g.fake.digits(8)},acmefreight,${p2},LTL quotes`, p2),
        `FedEx,fedex.com,${g.fake.digits(9)},see vault,,SSO`,
      ],
    };
  }),
];
