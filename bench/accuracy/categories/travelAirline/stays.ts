import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * travel-airline positives from hotel, rail, car and corporate-travel APIs: Hotelbeds APItude (API
 * key and secret for the X-Signature), Expedia Rapid (key and shared secret for the `EAN` signature),
 * Booking.com connectivity machine accounts, TravelgateX API keys, Skyscanner and Kiwi Tequila partner
 * keys, Trainline and FlixBus partner APIs, GTFS-realtime feed keys, Hertz/Avis partner credentials,
 * SAP Concur and Navan, loyalty programme partners, Adyen and virtual-card issuers. The key half of a
 * key-and-secret pair that signs requests is labelled (as an AWS access key id is); OAuth client ids
 * are not. Values generated at run time.
 */
export const staysPositives: readonly Template[] = [
  template('hotelbeds-java', (g) => {
    const k = v.hotelbedsKey(g);
    const s = v.hotelbedsSecret(g);
    return {
      path: 'src/main/java/com/travel/hotels/HotelbedsAuth.java',
      lines: [
        'public final class HotelbedsAuth {',
        sec(`    private static final String API_KEY = "${k}";`, k),
        sec(`    private static final String SECRET = "${s}";`, s),
        '',
        '    static String signature() {',
        '        long ts = System.currentTimeMillis() / 1000;',
        '        return DigestUtils.sha256Hex(API_KEY + SECRET + ts);',
        '    }',
        '}',
      ],
    };
  }),
  template('hotelbeds-env', (g) => {
    const k = v.hotelbedsKey(g);
    const s = v.hotelbedsSecret(g);
    return {
      path: g.pick(['.env', 'hotels-service/.env']),
      lines: [
        'HOTELBEDS_URL=https://api.test.hotelbeds.com/hotel-api/1.0',
        sec(`HOTELBEDS_API_KEY=${k}`, k),
        sec(`HOTELBEDS_SECRET=${s}`, s),
        'HOTELBEDS_LANGUAGE=ENG',
      ],
    };
  }),
  template('hotelbeds-bash', (g) => {
    const k = v.hotelbedsKey(g);
    const s = v.hotelbedsSecret(g);
    return {
      path: g.pick(['scripts/hb_status.sh', 'bin/check-hotelbeds.sh']),
      lines: [
        '#!/bin/bash',
        sec(`apiKey="${k}"`, k),
        sec(`secret="${s}"`, s),
        'curl -i -X GET \\',
        "  -H 'Accept:application/json' \\",
        "  -H 'Api-key:'$apiKey'' \\",
        "  -H 'X-Signature:'$(echo -n ${apiKey}${secret}$(date +%s)|sha256sum|awk '{ print $1}')'' \\",
        '  https://api.test.hotelbeds.com/hotel-api/1.0/status',
      ],
    };
  }),
  template('hotelbeds-postman-env', (g) => {
    const k = v.hotelbedsKey(g);
    const s = v.hotelbedsSecret(g);
    return {
      path: 'postman/APItude.postman_environment.json',
      lines: [
        '{',
        '  "name": "APItude TEST",',
        '  "values": [',
        '    { "key": "endpoint", "value": "https://api.test.hotelbeds.com", "enabled": true },',
        sec(`    { "key": "Api-key", "value": "${k}", "enabled": true },`, k),
        sec(`    { "key": "secret", "value": "${s}", "enabled": true }`, s),
        '  ]',
        '}',
      ],
    };
  }),
  template('expedia-rapid-node', (g) => {
    const k = v.rapidKey(g);
    const s = v.rapidSecret(g);
    return {
      path: g.pick(['src/rapid/auth.js', 'lib/expedia.js']),
      lines: [
        "const crypto = require('crypto');",
        '',
        sec(`const apiKey = '${k}';`, k),
        sec(`const sharedSecret = '${s}';`, s),
        '',
        'function authHeader() {',
        '  const ts = Math.round(Date.now() / 1000);',
        "  const sig = crypto.createHash('sha512').update(apiKey + sharedSecret + ts).digest('hex');",
        '  return `EAN APIKey=${apiKey},Signature=${sig},timestamp=${ts}`;',
        '}',
      ],
    };
  }),
  template('expedia-rapid-ruby', (g) => {
    const k = v.rapidKey(g);
    const s = v.rapidSecret(g);
    return {
      path: 'config/initializers/expedia.rb',
      lines: [
        `Expedia.cid = ${g.between(100000, 999999)}`,
        sec(`Expedia.api_key = '${k}'`, k),
        sec(`Expedia.shared_secret = '${s}'`, s),
        "Expedia.locale = 'en_US'",
        "Expedia.currency_code = 'USD'",
      ],
    };
  }),
  template('expedia-rapid-yaml', (g) => {
    const k = v.rapidKey(g);
    const s = v.rapidSecret(g);
    return {
      path: g.pick(['config/suppliers.yml', 'helm/values-prod.yaml']),
      lines: [
        'suppliers:',
        '  expedia_rapid:',
        '    endpoint: https://api.ean.com/v3',
        sec(`    api_key: ${k}`, k),
        sec(`    shared_secret: ${s}`, s),
        '    customer_ip_header: X-Forwarded-For',
      ],
    };
  }),
  template('booking-connectivity-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['channel-manager/booking.properties', 'conf/bookingcom.properties']),
      lines: [
        '# Booking.com Connectivity API machine account',
        'booking.xml.url=https://supply-xml.booking.com/hotels/xml/',
        `booking.xml.username=${v.agency(g)}-cm-${g.fake.digits(3)}`,
        sec(`booking.xml.password=${p}`, p),
        `booking.hotel.ids=${g.fake.digits(7)},${g.fake.digits(7)}`,
      ],
    };
  }),
  template('booking-connectivity-curl', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/push_availability.sh', 'docs/booking-ari.md']),
      lines: [
        'curl -s https://supply-xml.booking.com/hotels/ota/OTA_HotelAvailNotif \\',
        sec(`  -u "${v.agency(g)}_xml:${p}" \\`, p),
        '  -H "Content-Type: text/xml" \\',
        '  --data-binary @avail_notif.xml',
      ],
    };
  }),
  template('travelgatex-curl', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['docs/hotelx.md', 'scripts/hotelx_search.sh']),
      lines: [
        'curl -X POST https://api.travelgate.com \\',
        '   -H "Content-Type: application/json" \\',
        sec(`   -H "Authorization: Apikey ${k}" \\`, k),
        '   -H "Accept-Encoding: gzip" \\',
        `   --data '{"query":"{hotelX{searchStatusService{code description}}}"}'`,
      ],
    };
  }),
  template('travelgatex-python', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['hotelx/client.py', 'suppliers/travelgate.py']),
      lines: [
        'from gql import Client',
        'from gql.transport.requests import RequestsHTTPTransport',
        '',
        'transport = RequestsHTTPTransport(',
        '    url="https://api.travelgate.com",',
        sec(`    headers={"Authorization": "Apikey ${k}", "Accept-Encoding": "gzip"},`, k),
        ')',
        'client = Client(transport=transport, fetch_schema_from_transport=False)',
      ],
    };
  }),
  template('skyscanner-partner-env', (g) => {
    const k = v.partnerKey(g);
    return {
      path: g.pick(['.env', 'meta-search/.env']),
      lines: [
        'SKYSCANNER_BASE_URL=https://partners.api.skyscanner.net/apiservices/v3',
        sec(`SKYSCANNER_API_KEY=${k}`, k),
        'SKYSCANNER_MARKET=UK',
        'SKYSCANNER_LOCALE=en-GB',
      ],
    };
  }),
  template('skyscanner-python-header', (g) => {
    const k = v.partnerKey(g);
    return {
      path: g.pick(['pricing/skyscanner.py', 'meta/live_prices.py']),
      lines: [
        'import requests',
        '',
        'def create_search(query):',
        '    return requests.post(',
        '        "https://partners.api.skyscanner.net/apiservices/v3/flights/live/search/create",',
        sec(`        headers={"x-api-key": "${k}"},`, k),
        '        json={"query": query},',
        '    ).json()',
      ],
    };
  }),
  template('kiwi-tequila-js', (g) => {
    const k = v.tequilaKey(g);
    return {
      path: g.pick(['src/api/kiwi.js', 'functions/search.js']),
      lines: [
        "const TEQUILA = 'https://tequila-api.kiwi.com/v2/search';",
        '',
        'export async function search(params) {',
        '  const res = await fetch(`${TEQUILA}?${new URLSearchParams(params)}`, {',
        sec(`    headers: { apikey: '${k}' },`, k),
        '  });',
        '  return res.json();',
        '}',
      ],
    };
  }),
  template('kiwi-tequila-curl', (g) => {
    const k = v.tequilaKey(g);
    return {
      path: g.pick(['NOTES.md', 'scripts/locations.sh']),
      lines: [
        `curl -s "https://tequila-api.kiwi.com/locations/query?term=${v.airport(g)}&location_types=airport" \\`,
        sec(`  -H "apikey: ${k}" | jq .`, k),
      ],
    };
  }),
  template('trainline-partner-yaml', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/rail.yml', 'rail-connector/application.yml']),
      lines: [
        'rail:',
        '  trainline:',
        '    base-url: https://partner-api.thetrainline.com',
        `    client-id: ${v.agency(g)}-rail`,
        sec(`    client-secret: ${s}`, s),
        '    default-currency: GBP',
      ],
    };
  }),
  template('flixbus-partner-php', (g) => {
    const k = v.partnerKey(g);
    return {
      path: g.pick(['src/Bus/FlixbusClient.php', 'app/Services/Flixbus.php']),
      lines: [
        '<?php',
        'namespace App\\Bus;',
        '',
        'class FlixbusClient',
        '{',
        "    private const BASE = 'https://global.api.flixbus.com/public/v1';",
        sec(`    private const API_TOKEN = '${k}';`, k),
        '',
        '    public function headers(): array',
        '    {',
        "        return ['X-API-Authentication' => self::API_TOKEN, 'Accept' => 'application/json'];",
        '    }',
        '}',
      ],
    };
  }),
  template('gtfs-rt-feed-url', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['feeds.yaml', 'config/realtime_feeds.yml']),
      lines: [
        'feeds:',
        '  - id: bayarea',
        sec(`    trip_updates: https://api.511.org/transit/tripupdates?api_key=${k}&agency=RG`, k),
        '    refresh_seconds: 30',
        '  - id: static',
        '    gtfs: https://example-transit.org/gtfs.zip',
      ],
    };
  }),
  template('gtfs-rt-python-header', (g) => {
    const k = g.fake.alnum(40);
    return {
      path: g.pick(['realtime/poll_feed.py', 'ingest/gtfs_rt.py']),
      lines: [
        'from google.transit import gtfs_realtime_pb2',
        'import requests',
        '',
        'FEED = "https://api-endpoint.mta.info/Dataservice/mtagtfsfeeds/nyct%2Fgtfs"',
        sec(`resp = requests.get(FEED, headers={"x-api-key": "${k}"})`, k),
        'feed = gtfs_realtime_pb2.FeedMessage()',
        'feed.ParseFromString(resp.content)',
      ],
    };
  }),
  template('tfl-unified-env', (g) => {
    const k = g.fake.hex(32);
    return {
      path: g.pick(['.env', 'transit/.env']),
      lines: ['TFL_APP_ID=journey-planner', sec(`TFL_APP_KEY=${k}`, k), 'TFL_MODES=tube,dlr,overground'],
    };
  }),
  template('car-rental-partner-json', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/car-suppliers.json', 'cars/suppliers.json']),
      lines: [
        '{',
        '  "avis": {',
        '    "tokenUrl": "https://stage.abgapiservices.com/oauth/token/v1",',
        `    "clientId": "${g.fake.hex(32)}",`,
        sec(`    "clientSecret": "${s}"`, s),
        '  },',
        `  "hertz": { "vendorCode": "ZE", "iata": "${v.iataNo(g)}" }`,
        '}',
      ],
    };
  }),
  template('hertz-ota-requestor', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ota/VehAvailRateRQ.xml', 'samples/hertz_avail.xml']),
      lines: [
        '<OTA_VehAvailRateRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.008">',
        '  <POS>',
        '    <Source>',
        sec(`      <RequestorID Type="4" ID="${v.agency(g).toUpperCase()}" MessagePassword="${p}"/>`, p),
        '    </Source>',
        '  </POS>',
        `  <VehAvailRQCore><VehRentalCore PickUpDateTime="2027-02-01T10:00:00"><PickUpLocation LocationCode="${v.airport(g)}"/></VehRentalCore></VehAvailRQCore>`,
        '</OTA_VehAvailRateRQ>',
      ],
    };
  }),
  template('concur-credentials-json', (g) => {
    const s = v.uuid(g);
    const r = v.uuid(g);
    return {
      path: g.pick(['credentials.json', 'concur/credentials.json']),
      lines: [
        '{',
        `  "clientId": "${v.uuid(g)}",`,
        sec(`  "clientSecret": "${s}",`, s),
        sec(`  "refreshToken": "${r}",`, r),
        '  "geolocation": "https://us.api.concursolutions.com"',
        '}',
      ],
    };
  }),
  template('concur-password-grant-curl', (g) => {
    const s = v.uuid(g);
    const t = v.uuid(g);
    return {
      path: g.pick(['scripts/concur_token.sh', 'docs/concur-setup.md']),
      lines: [
        'curl -X POST "https://us.api.concursolutions.com/oauth2/v0/token" \\',
        '  -H "Content-Type: application/x-www-form-urlencoded" \\',
        sec(
          `  -d "client_id=${v.uuid(g)}&client_secret=${s}&grant_type=password&username=${v.uuid(g)}&password=${t}&credtype=authtoken"`,
          s,
        ),
      ],
    };
  }),
  template('navan-python', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['integrations/navan_sync.py', 'hr/tripactions.py']),
      lines: [
        'NAVAN_TOKEN_URL = "https://api.navan.com/ta-auth/oauth/token"',
        `NAVAN_CLIENT_ID = "${g.fake.alnum(24)}"`,
        sec(`NAVAN_CLIENT_SECRET = "${s}"`, s),
        '',
        'def token():',
        '    return requests.post(NAVAN_TOKEN_URL, data={"grant_type": "client_credentials"},',
        '                         auth=(NAVAN_CLIENT_ID, NAVAN_CLIENT_SECRET)).json()["access_token"]',
      ],
    };
  }),
  template('loyalty-partner-properties', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['loyalty/partner.properties', 'conf/miles-accrual.properties']),
      lines: [
        `loyalty.program=${v.carrier(g)}-miles`,
        'loyalty.api.url=https://partners.loyalty-hub.aero/v2',
        `loyalty.partner.code=${g.fake.upper(3)}${g.fake.digits(2)}`,
        sec(`loyalty.partner.secret=${s}`, s),
        'loyalty.batch.cron=0 15 2 * * *',
      ],
    };
  }),
  template('adyen-airline-env', (g) => {
    const k = v.adyenApiKey(g);
    const h = v.adyenHmac(g);
    return {
      path: g.pick(['.env', 'payments/.env.live']),
      lines: [
        `ADYEN_MERCHANT_ACCOUNT=${v.cap(v.agency(g))}AirECOM`,
        sec(`ADYEN_API_KEY=${k}`, k),
        `ADYEN_CLIENT_KEY=${v.adyenClientKey(g)}`,
        sec(`ADYEN_HMAC_KEY=${h}`, h),
        'ADYEN_ENVIRONMENT=LIVE',
      ],
    };
  }),
  template('virtual-card-issuer-yaml', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/vcc.yml', 'payments/virtual-cards.yaml']),
      lines: [
        'virtual_cards:',
        '  provider: conferma',
        '  endpoint: https://api.conferma.com/v2',
        `  client_id: ${v.agency(g)}-hotel-pay`,
        sec(`  client_secret: ${s}`, s),
        '  default_limit: 1500',
      ],
    };
  }),
  template('amadeus-payments-csharp', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['Payments/XPayClient.cs', 'src/Payments/OutpaymentSettings.cs']),
      lines: [
        'var options = new OutpaymentOptions',
        '{',
        '    BaseUrl = "https://api.amadeus.com/b2b/payments/v1",',
        `    ClientId = "${g.fake.alnum(32)}",`,
        sec(`    ClientSecret = "${s}",`, s),
        '    Currency = "EUR",',
        '};',
      ],
    };
  }),
  template('hotel-supplier-csv', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick(['partners/hotel_suppliers.csv', 'exports/supplier_logins.csv']),
      lines: [
        'supplier,endpoint,username,password,notes',
        sec(`HotelConnect,https://xml.hotelconnect.io/v2,${v.agency(g)}_xml,${p1},live since March`, p1),
        sec(`BedBank Asia,https://api.bedbank-asia.com,${v.agency(g)}01,${p2},IP allow-listed`, p2),
        'Stuba,https://api.stuba.com,,,(pending contract)',
      ],
    };
  }),
];
