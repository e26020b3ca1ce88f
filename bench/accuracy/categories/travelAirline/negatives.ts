import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * travel-airline hard negatives from the same repositories: settings read from the environment or a
 * secret store, `.env.example` and Postman placeholders, the vendors' documented stand-ins
 * (`yourApiKey`, `Enter the Password that you received in your Welcome letter`), OAuth client ids and
 * Sabre client ids alone, masked values; one-time values derived from a secret (WS-Security
 * `PasswordDigest` with its nonce, Hotelbeds `X-Signature`, Rapid `Signature=`); and the many ids of the
 * trade that are not secrets: PNR record locators, ticket numbers, PCCs, office ids, target branches,
 * transaction and conversation ids, NDC offer ids, Hotelbeds rate keys, Concur report ids, bag tags,
 * Type B and EDIFACT messages, SSIM schedules, GTFS files, loyalty exports. Generated at run time.
 */
export const travelNegatives: readonly Template[] = [
  template('amadeus-env-read', () => ({
    path: 'app/amadeus_client.py',
    lines: [
      'import os',
      'from amadeus import Client',
      '',
      'amadeus = Client(',
      '    client_id=os.environ["AMADEUS_CLIENT_ID"],',
      '    client_secret=os.environ["AMADEUS_CLIENT_SECRET"],',
      '    hostname=os.getenv("AMADEUS_HOSTNAME", "test"),',
      ')',
    ],
  })),
  template('env-example-placeholders', () => ({
    path: '.env.example',
    lines: [
      '# copy to .env and fill in from the developer portals',
      'AMADEUS_CLIENT_ID=your_api_key',
      'AMADEUS_CLIENT_SECRET=your_api_secret',
      'SABRE_CLIENT_ID=V1:youruserid:DEVCENTER:EXT',
      'SABRE_CLIENT_SECRET=',
      'DUFFEL_ACCESS_TOKEN=duffel_test_...',
      'HOTELBEDS_API_KEY=<api key>',
      'HOTELBEDS_SECRET=<secret>',
    ],
  })),
  template('uapi-php-welcome-letter', () => ({
    path: 'samples/uapi_air_sample.php',
    lines: [
      '<?php',
      '// Credentials provided by Travelport in the welcome letter',
      "$TARGETBRANCH = 'Enter the Target Branch that you received in your Welcome letter';",
      "$USERNAME = 'Universal API/Enter the UserName that you received in your Welcome letter';",
      "$PASSWORD = 'Enter the Password that you received in your Welcome letter';",
      '$CREDENTIALS = $USERNAME . ":" . $PASSWORD;',
    ],
  })),
  template('amadeus-key-only-frontend', (g) => ({
    path: 'web/src/config/public.ts',
    lines: [
      '// Only the API key (the OAuth client id) ships to the browser; tokens come from our backend.',
      `export const AMADEUS_CLIENT_ID = '${v.amadeusKey(g)}';`,
      "export const TOKEN_ENDPOINT = '/api/amadeus/token';",
    ],
  })),
  template('sabre-client-id-only', (g) => ({
    path: 'config/sabre.public.json',
    lines: [
      '{',
      `  "clientId": "${v.sabreClientId(g)}",`,
      '  "clientSecretRef": "vault:secret/data/sabre#client_secret",',
      `  "pcc": "${v.pcc(g)}"`,
      '}',
    ],
  })),
  template('k8s-secret-key-ref', () => ({
    path: 'k8s/booking-deployment.yaml',
    lines: [
      '        env:',
      '          - name: UAPI_PASSWORD',
      '            valueFrom:',
      '              secretKeyRef:',
      '                name: gds-credentials',
      '                key: uapi-password',
      '          - name: DUFFEL_ACCESS_TOKEN',
      '            valueFrom: { secretKeyRef: { name: duffel, key: token } }',
    ],
  })),
  template('postman-env-empty', () => ({
    path: 'postman/APItude.postman_environment.json',
    lines: [
      '{',
      '  "name": "APItude TEST",',
      '  "values": [',
      '    { "key": "Api-key", "value": "", "enabled": true },',
      '    { "key": "secret", "value": "", "enabled": true },',
      '    { "key": "endpoint", "value": "https://api.test.hotelbeds.com", "enabled": true }',
      '  ]',
      '}',
    ],
  })),
  template('rapid-doc-placeholders', () => ({
    path: 'docs/rapid-auth.md',
    lines: [
      '## Authorization',
      '',
      'Every request carries the EAN header built from the key, the shared secret and a timestamp:',
      '',
      '    Authorization: EAN APIKey=yourAPIKey,Signature=sha512Hash,timestamp=yourUNIXTimestamp',
      '',
      'The signature is `sha512(apiKey + sharedSecret + timestamp)`; keep the secret on the server.',
    ],
  })),
  template('rapid-signature-log', (g) => ({
    path: 'logs/rapid-requests.log',
    lines: [
      `2026-11-04T10:22:0${g.between(0, 9)}Z GET /v3/properties/availability status=200 ms=${g.between(200, 900)}`,
      `  Authorization: EAN APIKey=****${g.fake.lowerAlnum(4)},Signature=${g.fake.hex(128)},timestamp=${1790000000 + g.between(0, 9999999)}`,
      `  Customer-Session-Id: ${v.uuid(g)}`,
    ],
  })),
  template('hotelbeds-signature-log', (g) => ({
    path: 'logs/hotelbeds.log',
    lines: [
      `INFO  POST /hotel-api/1.0/hotels took ${g.between(300, 2000)}ms`,
      'INFO  Api-key: ********************************',
      `INFO  X-Signature: ${g.fake.hex(64)}`,
      `INFO  auditData.token=${g.fake.upperHex(32)}`,
    ],
  })),
  template('wsse-password-digest-log', (g) => ({
    path: 'logs/amadeus-soap.log',
    lines: [
      '<wsse:Security>',
      '  <oas:UsernameToken xmlns:oas="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
      `    <oas:Username>WS${v.agency(g).toUpperCase()}</oas:Username>`,
      `    <oas:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">${g.fake.base64(22)}==</oas:Nonce>`,
      `    <oas:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${g.fake.base64(27)}=</oas:Password>`,
      '    <oas1:Created>2026-11-04T10:22:07Z</oas1:Created>',
      '  </oas:UsernameToken>',
      '</wsse:Security>',
    ],
  })),
  template('pnr-display', (g) => ({
    path: 'support/pnr_' + v.pnr(g).toLowerCase() + '.txt',
    lines: [
      `RP/${v.officeId(g)}/${v.officeId(g)}            AA/SU  04NOV26/1022Z   ${v.pnr(g)}`,
      '  1.DOE/JANE MS',
      `  2  ${v.flightNo(g)} Y 14MAR 6 ${v.airport(g)}${v.airport(g)} HK1  0810 1045  14MAR  E  ${v.carrier(g)}/${v.pnr(g)}`,
      `  3 AP ${g.fake.digits(10)}`,
      `  4 TK OK04NOV/${v.officeId(g)}`,
      `  5 FA PAX ${v.ticket(g)}/ETBA/EUR${g.between(90, 900)}.00/04NOV26/${v.officeId(g)}/${v.iataNo(g)}`,
      `  6 SSR DOCS ${v.carrier(g)} HK1 P/GBR/${g.fake.upperAlnum(9)}/GBR/12JUL85/F/09MAY31/DOE/JANE`,
    ],
  })),
  template('typeb-message', (g) => ({
    path: 'typeb/inbound/' + g.fake.digits(8) + '.txt',
    lines: [
      `QU ${v.airport(g)}KK${v.carrier(g)} ${v.airport(g)}RM${v.carrier(g)}`,
      `.${v.airport(g)}RR${v.carrier(g)} ${g.fake.digits(6)}`,
      'MVT',
      `${v.flightNo(g)}/14.${g.fake.upper(2)}${g.fake.upperAlnum(3)}.${v.airport(g)}`,
      `AD${g.fake.digits(4)}/${g.fake.digits(4)} EA${g.fake.digits(4)} ${v.airport(g)}`,
      'SI DLA 15MIN ATC',
    ],
  })),
  template('edifact-paxlst', (g) => ({
    path: 'apis/outbound/PAXLST_' + g.fake.digits(6) + '.edi',
    lines: [
      `UNA:+.? 'UNB+UNOA:4+${v.carrier(g)}+USCSAPIS+261104:1022+${g.fake.digits(9)}++APIS'`,
      `UNH+PAX001+PAXLST:D:05B:UN:IATA+${v.pnr(g)}'`,
      `TDT+20+${v.flightNo(g)}'`,
      `NAD+FL+++DOE:JANE'`,
      `DOC+P:110:111+${g.fake.upperAlnum(9)}'`,
      `UNT+12+PAX001'`,
    ],
  })),
  template('bsm-sample', (g) => ({
    path: 'bsm/samples/bsm_' + g.fake.digits(4) + '.txt',
    lines: [
      'BSM',
      `.V/1L${v.airport(g)}`,
      `.F/${v.flightNo(g)}/14MAR/${v.airport(g)}/Y`,
      `.N/${v.bagTag(g)}001`,
      '.P/DOE/JANE',
      'ENDBSM',
    ],
  })),
  template('ssim-schedule', (g) => ({
    path: 'schedules/summer27.ssim',
    lines: [
      '1AIRLINE STANDARD SCHEDULE DATA SET',
      `3 ${v.carrier(g)} ${g.fake.digits(4)}0101J27MAR2728OCT271234567 ${v.airport(g)}08100810+0100  ${v.airport(g)}10451045+0000  320`,
      `3 ${v.carrier(g)} ${g.fake.digits(4)}0101J27MAR2728OCT27 2 4 6 ${v.airport(g)}14201420+0100  ${v.airport(g)}16001600+0000  32N`,
    ],
  })),
  template('gtfs-stops', (g) => ({
    path: 'gtfs/stops.txt',
    lines: [
      'stop_id,stop_code,stop_name,stop_lat,stop_lon,zone_id',
      `${g.fake.hex(8)},${g.between(1000, 9999)},Airport Terminal 2,51.47${g.fake.digits(3)},-0.45${g.fake.digits(3)},Z6`,
      `${g.fake.hex(8)},${g.between(1000, 9999)},Central Station,51.50${g.fake.digits(3)},-0.12${g.fake.digits(3)},Z1`,
    ],
  })),
  template('gtfs-rt-env-template', () => ({
    path: 'feeds.yaml',
    lines: [
      'feeds:',
      '  - id: bayarea',
      '    trip_updates: https://api.511.org/transit/tripupdates?api_key=${TRANSIT_API_KEY}&agency=RG',
      '    refresh_seconds: 30',
    ],
  })),
  template('ndc-offer-response', (g) => ({
    path: 'test/fixtures/AirShoppingRS.json',
    lines: [
      '{',
      `  "ShoppingResponseID": "${g.fake.alnum(32)}",`,
      '  "Offers": [',
      `    { "OfferID": "OFFER-${g.fake.upperAlnum(24)}", "OwnerCode": "${v.carrier(g)}", "TotalPrice": { "Amount": ${g.between(80, 900)}.40, "Currency": "EUR" } },`,
      `    { "OfferID": "OFFER-${g.fake.upperAlnum(24)}", "OwnerCode": "${v.carrier(g)}", "TotalPrice": { "Amount": ${g.between(80, 900)}.10, "Currency": "EUR" } }`,
      '  ]',
      '}',
    ],
  })),
  template('duffel-order-response', (g) => ({
    path: 'test/fixtures/duffel_order.json',
    lines: [
      '{',
      '  "data": {',
      `    "id": "ord_${g.fake.alnum(22)}",`,
      `    "booking_reference": "${v.pnr(g)}",`,
      `    "offer_id": "off_${g.fake.alnum(22)}",`,
      `    "passengers": [{ "id": "pas_${g.fake.alnum(22)}", "given_name": "Jane" }],`,
      '    "live_mode": false',
      '  }',
      '}',
    ],
  })),
  template('duffel-prefix-doc', () => ({
    path: 'docs/duffel.md',
    lines: [
      '## Tokens',
      '',
      'Test tokens start with `duffel_test_` and live ones with `duffel_live_`. Create them in the',
      'dashboard and keep them in the secret store (`DUFFEL_ACCESS_TOKEN`), never in the repository.',
    ],
  })),
  template('hotelbeds-rate-key', (g) => ({
    path: 'test/fixtures/hotelbeds_checkrate.json',
    lines: [
      '{',
      '  "rooms": [',
      `    { "rateKey": "20270314|20270316|W|${g.between(100, 999)}|${g.between(1000, 99999)}|DBL.ST|ID_B2B_${g.between(10, 99)}|RO||1~2~0||N@${g.fake.upperHex(40)}" }`,
      '  ],',
      `  "auditData": { "token": "${g.fake.upperHex(32)}", "internal": "0|${g.fake.digits(10)}" }`,
      '}',
    ],
  })),
  template('uapi-response-ids', (g) => ({
    path: 'test/fixtures/uapi/LowFareSearchRsp.xml',
    lines: [
      `<air:LowFareSearchRsp TraceId="${g.fake.hex(12)}" TransactionId="${g.fake.upperHex(32)}" ResponseTime="${g.between(800, 4000)}">`,
      `  <air:FlightDetails Key="${g.fake.base64(22)}==" Origin="${v.airport(g)}" Destination="${v.airport(g)}"/>`,
      `  <air:AirPricePoint Key="${g.fake.base64(22)}==" TotalPrice="EUR${g.between(90, 900)}.20"/>`,
      '</air:LowFareSearchRsp>',
    ],
  })),
  template('sabre-conversation-ids', (g) => ({
    path: 'logs/sabre-session.log',
    lines: [
      `session created pcc=${v.pcc(g)} conversationId=${v.agency(g)}-${v.uuid(g)}`,
      `messageId=mid:${g.fake.digits(8)}-${g.fake.digits(6)}-${g.fake.digits(4)}@${v.agency(g)}.com`,
      `pool size=8 idle=${g.between(1, 8)} refToMessageId=${g.fake.hex(16)}`,
    ],
  })),
  template('concur-report-ids', (g) => ({
    path: 'exports/concur_reports.csv',
    lines: [
      'ReportID,EmployeeID,Total,Currency,ApprovalStatus',
      `${g.fake.upperHex(20)},E${g.fake.digits(5)},${g.between(20, 4000)}.50,USD,Approved`,
      `${g.fake.upperHex(20)},E${g.fake.digits(5)},${g.between(20, 4000)}.00,EUR,Submitted`,
    ],
  })),
  template('loyalty-member-export', (g) => ({
    path: 'exports/miles_members.csv',
    lines: [
      'member_no,tier,miles_balance,last_flight,enrolment_code',
      `${g.fake.digits(9)},GOLD,${g.between(1000, 300000)},${v.flightNo(g)},${g.fake.upperAlnum(8)}`,
      `${g.fake.digits(9)},SILVER,${g.between(1000, 300000)},${v.flightNo(g)},${g.fake.upperAlnum(8)}`,
    ],
  })),
  template('adyen-client-key-web', (g) => ({
    path: 'web/src/checkout.ts',
    lines: [
      "import AdyenCheckout from '@adyen/adyen-web';",
      '',
      'const checkout = await AdyenCheckout({',
      `  clientKey: '${v.adyenClientKey(g)}',`,
      "  environment: 'live',",
      '  session: await createSession(),',
      '});',
    ],
  })),
  template('gds-password-policy', () => ({
    path: 'docs/security/gds-passwords.md',
    lines: [
      '# GDS sign-on passwords',
      '',
      '- 8 to 12 characters, at least one digit and one letter; no reuse of the last 4.',
      '- The password expires every 90 days; the terminal asks for a new one at sign-in.',
      '- Web-services users (`WS...`) are rotated by the platform team through the vault.',
    ],
  })),
  template('java-getenv', () => ({
    path: 'src/main/java/com/travel/gds/SabreSettings.java',
    lines: [
      'final class SabreSettings {',
      '  static final String USER = System.getenv("SABRE_EPR");',
      '  static final String PASSWORD = System.getenv("SABRE_PASSWORD");',
      '  static final String PCC = System.getenv().getOrDefault("SABRE_PCC", "TEST");',
      '}',
    ],
  })),
  template('appsettings-empty-user-secrets', (g) => ({
    path: 'Travel.Api/appsettings.json',
    lines: [
      '{',
      '  "Travelport": {',
      `    "UserName": "${v.uapiUser(g)}",`,
      '    "Password": "",',
      `    "TargetBranch": "${v.targetBranch(g)}"`,
      '  },',
      '  "_comment": "Password comes from dotnet user-secrets in development and Key Vault in production"',
      '}',
    ],
  })),
  template('terraform-var-refs', () => ({
    path: 'infra/booking.tf',
    lines: [
      'resource "aws_ssm_parameter" "amadeus_secret" {',
      '  name  = "/booking/amadeus/client_secret"',
      '  type  = "SecureString"',
      '  value = var.amadeus_client_secret',
      '}',
    ],
  })),
  template('ansible-vault-refs', () => ({
    path: 'group_vars/booking/vars.yml',
    lines: [
      'sabre_password: "{{ vault_sabre_password }}"',
      "uapi_password: \"{{ lookup('hashi_vault', 'secret=secret/data/uapi:password') }}\"",
      'hotelbeds_secret: !vault |',
      '  $ANSIBLE_VAULT;1.1;AES256',
    ],
  })),
  template('hostapd-psk-file', (g) => ({
    path: 'hostapd/gate-ops.conf',
    lines: [
      'interface=wlan0',
      `ssid=${v.airport(g)}-GATE-OPS`,
      'wpa=2',
      'wpa_key_mgmt=WPA-PSK',
      'wpa_psk_file=/etc/hostapd/gate-ops.psk',
    ],
  })),
  template('kiosk-masked-config', (g) => ({
    path: 'kiosk/config.dump.json',
    lines: [
      '{',
      `  "kioskId": "${v.airport(g)}-K${g.between(10, 99)}",`,
      '  "dcsUser": "kiosk_svc",',
      '  "dcsPassword": "********",',
      `  "deviceSerial": "${g.fake.upperAlnum(12)}"`,
      '}',
    ],
  })),
  template('ticket-and-emd-csv', (g) => ({
    path: 'reports/tickets_issued.csv',
    lines: [
      'ticket_number,pnr,iata,issued,fare,tax',
      `${v.ticket(g)},${v.pnr(g)},${v.iataNo(g)},2026-11-04,${g.between(80, 900)}.00,${g.between(10, 200)}.40`,
      `${v.ticket(g)},${v.pnr(g)},${v.iataNo(g)},2026-11-04,${g.between(80, 900)}.00,${g.between(10, 200)}.90`,
    ],
  })),
  template('seatmap-json', (g) => ({
    path: 'test/fixtures/seatmap.json',
    lines: [
      '{',
      `  "flight": "${v.flightNo(g)}",`,
      `  "aircraft": "${g.pick(['320', '77W', '359', '738'])}",`,
      '  "cabins": [{ "class": "Y", "rows": "10-38", "layout": "ABC DEF" }],',
      `  "seatMapKey": "${g.fake.base64url(40)}"`,
      '}',
    ],
  })),
  template('acars-oooi-log', (g) => ({
    path: 'acars/2026-11-04.log',
    lines: [
      `${g.between(10, 23)}:0${g.between(0, 9)}Z .${v.airport(g)}DDL${v.carrier(g)} QU ${v.airport(g)}OPS${v.carrier(g)}`,
      `  FI ${v.flightNo(g)}/AN N${g.between(100, 999)}${g.fake.upper(2)}`,
      `  DT DDL ${v.airport(g)} ${g.fake.digits(6)} M${g.fake.digits(2)}A`,
      `  - OUT ${g.fake.digits(4)} OFF ${g.fake.digits(4)} FOB ${g.between(100, 400)}`,
    ],
  })),
];
