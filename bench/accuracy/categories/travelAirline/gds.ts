import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * travel-airline positives from the GDSes and NDC aggregators as agencies and airlines integrate them:
 * Amadeus Self-Service (SDK settings, token requests) and Enterprise SOAP (WS-Security headers,
 * connector properties), Sabre (Dev Studio client secrets, REST tokens, SOAP SessionCreateRQ),
 * Travelport Universal API (PHP/Java/Node/C# settings, Basic headers), Galileo and Worldspan host
 * sign-ons, Duffel, Verteil and other NDC hubs. Public ids beside the secrets (API keys used as OAuth
 * client ids, PCCs, office ids, WSAPs, target branches, user names) are not labelled. Values
 * generated at run time.
 */
export const gdsPositives: readonly Template[] = [
  template('amadeus-python-sdk', (g) => {
    const s = v.amadeusSecret(g);
    return {
      path: g.pick(['flights/search.py', 'app/amadeus_client.py', 'scripts/cheapest_dates.py']),
      lines: [
        'from amadeus import Client, ResponseError',
        '',
        'amadeus = Client(',
        `    client_id="${v.amadeusKey(g)}",`,
        sec(`    client_secret="${s}",`, s),
        `    hostname="${g.pick(['test', 'production'])}",`,
        ')',
        '',
        'try:',
        '    response = amadeus.shopping.flight_offers_search.get(',
        `        originLocationCode="${v.airport(g)}", destinationLocationCode="${v.airport(g)}",`,
        '        departureDate="2027-03-14", adults=1)',
        'except ResponseError as error:',
        '    print(error)',
      ],
    };
  }),
  template('amadeus-node-sdk', (g) => {
    const s = v.amadeusSecret(g);
    return {
      path: g.pick(['server/amadeus.js', 'src/services/flights.js']),
      lines: [
        "const Amadeus = require('amadeus');",
        '',
        'const amadeus = new Amadeus({',
        `  clientId: '${v.amadeusKey(g)}',`,
        sec(`  clientSecret: '${s}'`, s),
        '});',
        '',
        'amadeus.referenceData.locations',
        `  .get({ keyword: '${v.airport(g)}', subType: Amadeus.location.any })`,
        '  .then((r) => console.log(r.data));',
      ],
    };
  }),
  template('amadeus-env', (g) => {
    const s = v.amadeusSecret(g);
    return {
      path: g.pick(['.env', '.env.local', 'booking-api/.env']),
      lines: [
        'AMADEUS_HOSTNAME=production',
        `AMADEUS_CLIENT_ID=${v.amadeusKey(g)}`,
        sec(`AMADEUS_CLIENT_SECRET=${s}`, s),
        'AMADEUS_LOG_LEVEL=warn',
        `DEFAULT_ORIGIN=${v.airport(g)}`,
      ],
    };
  }),
  template('amadeus-token-curl', (g) => {
    const s = v.amadeusSecret(g);
    return {
      path: g.pick(['docs/amadeus.md', 'scripts/get_token.sh']),
      lines: [
        '# fetch a 30-minute token for the test environment',
        'curl "https://test.api.amadeus.com/v1/security/oauth2/token" \\',
        '     -H "Content-Type: application/x-www-form-urlencoded" \\',
        sec(`     -d "grant_type=client_credentials&client_id=${v.amadeusKey(g)}&client_secret=${s}"`, s),
      ],
    };
  }),
  template('amadeus-java-builder', (g) => {
    const s = v.amadeusSecret(g);
    return {
      path: 'src/main/java/com/' + v.agency(g) + '/flights/AmadeusConfig.java',
      lines: [
        'package com.travel.flights;',
        '',
        'import com.amadeus.Amadeus;',
        '',
        'public class AmadeusConfig {',
        '  public static Amadeus client() {',
        sec(`    return Amadeus.builder("${v.amadeusKey(g)}", "${s}")`, s),
        '        .setHostname("production")',
        '        .build();',
        '  }',
        '}',
      ],
    };
  }),
  template('amadeus-spring-yaml', (g) => {
    const s = v.amadeusSecret(g);
    // Written as the API key beside its secret: the pair's id half (as Shopify's API key is).
    const k = v.amadeusKey(g);
    return {
      path: g.pick(['src/main/resources/application.yml', 'config/application-prod.yml']),
      lines: [
        'amadeus:',
        '  api:',
        '    base-url: https://api.amadeus.com',
        sec(`    key: ${k}`, k),
        sec(`    secret: ${s}`, s),
        'booking:',
        `  default-currency: ${g.pick(['EUR', 'USD', 'GBP'])}`,
      ],
    };
  }),
  template('amadeus-bearer-postman', (g) => {
    const t = v.amadeusToken(g);
    return {
      path: g.pick(['postman/amadeus.postman_environment.json', 'Amadeus.postman_environment.json']),
      lines: [
        '{',
        '  "name": "Amadeus Self-Service (prod)",',
        '  "values": [',
        '    { "key": "base_url", "value": "https://api.amadeus.com", "enabled": true },',
        `    { "key": "client_id", "value": "${v.amadeusKey(g)}", "enabled": true },`,
        (() => {
          const s = v.amadeusSecret(g);
          return sec(`    { "key": "client_secret", "value": "${s}", "enabled": true },`, s);
        })(),
        sec(`    { "key": "access_token", "value": "${t}", "enabled": true }`, t),
        '  ]',
        '}',
      ],
    };
  }),
  template('amadeus-ws-properties', (g) => {
    const p = v.gdsPass(g);
    return {
      path: g.pick(['conf/amadeus-ws.properties', 'src/main/resources/gds.properties']),
      lines: [
        '# Amadeus Web Services (SoapHeader 4)',
        `amadeus.ws.endpoint=https://nodeD1.${g.pick(['test', 'production'])}.webservices.amadeus.com/1ASIWABC${g.fake.upper(3)}`,
        `amadeus.ws.wsap=${v.wsap(g)}`,
        `amadeus.ws.officeId=${v.officeId(g)}`,
        `amadeus.ws.userId=WS${v.agency(g).toUpperCase()}`,
        sec(`amadeus.ws.password=${p}`, p),
        'amadeus.ws.dutyCode=SU',
        'amadeus.ws.requestorType=U',
      ],
    };
  }),
  template('amadeus-ws-csharp', (g) => {
    const p = v.gdsPass(g);
    return {
      path: g.pick(['Gds/AmadeusSettings.cs', 'src/Booking.Gds/AmadeusSession.cs']),
      lines: [
        'namespace Booking.Gds',
        '{',
        '    public static class AmadeusSettings',
        '    {',
        `        public const string OfficeId = "${v.officeId(g)}";`,
        `        public const string UserId = "WSUSER${g.fake.upper(3)}";`,
        sec(`        public const string Password = "${p}";`, p),
        '        public const string DutyCode = "SU";',
        '    }',
        '}',
      ],
    };
  }),
  template('amadeus-soap-header-clear', (g) => {
    const p = v.gdsPass(g);
    const b = Buffer.from(p).toString('base64');
    return {
      path: g.pick(['samples/Security_Authenticate.xml', 'test/fixtures/auth_request.xml']),
      lines: [
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:vls="http://xml.amadeus.com/VLSSLQ_06_1_1A">',
        '  <soapenv:Header/>',
        '  <soapenv:Body>',
        '    <Security_Authenticate>',
        '      <userIdentifier>',
        `        <originIdentification><sourceOffice>${v.officeId(g)}</sourceOffice></originIdentification>`,
        '        <originatorTypeCode>U</originatorTypeCode>',
        `        <originator>WS${v.agency(g).toUpperCase()}</originator>`,
        '      </userIdentifier>',
        '      <dutyCode><dutyCodeDetails><referenceQualifier>DUT</referenceQualifier><referenceIdentifier>SU</referenceIdentifier></dutyCodeDetails></dutyCode>',
        '      <systemDetails><organizationDetails><organizationId>NMC-US</organizationId></organizationDetails></systemDetails>',
        '      <passwordInfo>',
        `        <dataLength>${p.length}</dataLength>`,
        '        <dataType>E</dataType>',
        sec(`        <binaryData>${b}</binaryData>`, b),
        '      </passwordInfo>',
        '    </Security_Authenticate>',
        '  </soapenv:Body>',
        '</soapenv:Envelope>',
      ],
    };
  }),
  template('sabre-rest-env', (g) => {
    const s = v.sabreSecret(g);
    return {
      path: g.pick(['.env', 'sabre-service/.env.production']),
      lines: [
        'SABRE_ENV=https://api.platform.sabre.com',
        `SABRE_CLIENT_ID=${v.sabreClientId(g)}`,
        sec(`SABRE_CLIENT_SECRET=${s}`, s),
        `SABRE_PCC=${v.pcc(g)}`,
      ],
    };
  }),
  template('sabre-basic-token-curl', (g) => {
    const b = v.sabreBasic(v.sabreClientId(g), v.sabreSecret(g));
    return {
      path: g.pick(['scripts/sabre_token.sh', 'README.md']),
      lines: [
        'curl -X POST https://api.cert.platform.sabre.com/v2/auth/token \\',
        sec(`  -H "Authorization: Basic ${b}" \\`, b),
        '  -H "Content-Type: application/x-www-form-urlencoded" \\',
        '  -d "grant_type=client_credentials"',
      ],
    };
  }),
  template('sabre-atk-bearer-python', (g) => {
    const t = v.sabreToken(g);
    return {
      path: g.pick(['sabre/bfm.py', 'jobs/shop_fares.py']),
      lines: [
        'import requests',
        '',
        sec(`SABRE_TOKEN = "${t}"`, t),
        '',
        'resp = requests.post(',
        '    "https://api.platform.sabre.com/v4/offers/shop",',
        '    headers={"Authorization": "Bearer " + SABRE_TOKEN, "Content-Type": "application/json"},',
        '    json=payload,',
        ')',
      ],
    };
  }),
  template('sabre-session-create-xml', (g) => {
    const p = v.gdsPass(g);
    const pc = v.pcc(g);
    return {
      path: g.pick(['soap/SessionCreateRQ.xml', 'src/test/resources/sabre/session_create.xml']),
      lines: [
        '<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:eb="http://www.ebxml.org/namespaces/messageHeader">',
        '  <soap-env:Header>',
        '    <eb:MessageHeader soap-env:mustUnderstand="1" eb:version="1.0">',
        `      <eb:CPAId>${pc}</eb:CPAId>`,
        `      <eb:ConversationId>${v.agency(g)}-${g.fake.hex(8)}</eb:ConversationId>`,
        '      <eb:Service>SessionCreateRQ</eb:Service>',
        '      <eb:Action>SessionCreateRQ</eb:Action>',
        '    </eb:MessageHeader>',
        '    <wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext">',
        '      <wsse:UsernameToken>',
        `        <wsse:Username>${v.epr(g)}</wsse:Username>`,
        sec(`        <wsse:Password>${p}</wsse:Password>`, p),
        `        <Organization>${pc}</Organization>`,
        '        <Domain>DEFAULT</Domain>',
        '      </wsse:UsernameToken>',
        '    </wsse:Security>',
        '  </soap-env:Header>',
        '  <soap-env:Body>',
        `    <SessionCreateRQ><POS><Source PseudoCityCode="${pc}"/></POS></SessionCreateRQ>`,
        '  </soap-env:Body>',
        '</soap-env:Envelope>',
      ],
    };
  }),
  template('sabre-soap-java-config', (g) => {
    const p = v.gdsPass(g);
    return {
      path: g.pick(['src/main/resources/sabre.properties', 'config/sws.properties']),
      lines: [
        `sabre.sws.url=https://${g.pick(['sws-crt', 'webservices'])}.cert.havail.sabre.com`,
        `sabre.sws.username=${v.epr(g)}`,
        sec(`sabre.sws.password=${p}`, p),
        `sabre.sws.organization=${v.pcc(g)}`,
        'sabre.sws.domain=DEFAULT',
        'sabre.sws.pool.size=8',
      ],
    };
  }),
  template('sabre-node-config', (g) => {
    const s = v.sabreSecret(g);
    return {
      path: g.pick(['config/default.js', 'src/config/sabre.js']),
      lines: [
        'module.exports = {',
        '  sabre: {',
        "    baseUrl: 'https://api.cert.platform.sabre.com',",
        `    clientId: '${v.sabreClientId(g)}',`,
        sec(`    clientSecret: '${s}',`, s),
        `    pcc: '${v.pcc(g)}',`,
        '  },',
        '};',
      ],
    };
  }),
  template('uapi-php-curl', (g) => {
    const p = v.uapiPass(g);
    return {
      path: g.pick(['lib/uapi_air.php', 'includes/travelport.php']),
      lines: [
        '<?php',
        `$TARGETBRANCH = '${v.targetBranch(g)}';`,
        `$USERNAME = '${v.uapiUser(g)}';`,
        sec(`$PASSWORD = '${p}';`, p),
        '$CREDENTIALS = $USERNAME . ":" . $PASSWORD;',
        '$auth = base64_encode($CREDENTIALS);',
        '$soap_do = curl_init("https://americas.universal-api.pp.travelport.com/B2BGateway/connect/uAPI/AirService");',
      ],
    };
  }),
  template('uapi-json-node', (g) => {
    const p = v.uapiPass(g);
    return {
      path: g.pick(['src/gds/uapi.js', 'services/air.js']),
      lines: [
        "const uAPI = require('uapi-json');",
        '',
        'const settings = {',
        '  auth: {',
        `    username: '${v.uapiUser(g)}',`,
        sec(`    password: '${p}',`, p),
        `    targetBranch: '${v.targetBranch(g)}',`,
        "    region: 'emea',",
        '  },',
        '  production: false,',
        '};',
        'const AirService = uAPI.createAirService(settings);',
      ],
    };
  }),
  template('uapi-basic-header-log', (g) => {
    const b = v.basic(v.uapiUser(g), v.uapiPass(g));
    return {
      path: g.pick(['logs/uapi-debug.log', 'tmp/request_dump.txt']),
      lines: [
        `${'2026-11-0' + g.between(1, 9)}T0${g.between(1, 9)}:12:44Z DEBUG POST /B2BGateway/connect/uAPI/AirService`,
        'Content-Type: text/xml;charset=UTF-8',
        'SOAPAction: ""',
        sec(`Authorization: Basic ${b}`, b),
        'Accept-Encoding: gzip,deflate',
        `<air:LowFareSearchReq TargetBranch="${v.targetBranch(g)}" AuthorizedBy="user">`,
      ],
    };
  }),
  template('uapi-csharp-appsettings', (g) => {
    const p = v.uapiPlain(g);
    return {
      path: g.pick(['appsettings.json', 'Travel.Api/appsettings.Production.json']),
      lines: [
        '{',
        '  "Travelport": {',
        '    "Endpoint": "https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI/",',
        `    "UserName": "${v.uapiUser(g)}",`,
        sec(`    "Password": "${p}",`, p),
        `    "TargetBranch": "${v.targetBranch(g)}",`,
        '    "OriginApplication": "UAPI"',
        '  }',
        '}',
      ],
    };
  }),
  template('uapi-java-constants', (g) => {
    const p = v.uapiPlain(g);
    return {
      path: 'src/main/java/com/travel/uapi/Credentials.java',
      lines: [
        'package com.travel.uapi;',
        '',
        'final class Credentials {',
        `  static final String USER = "${v.uapiUser(g)}";`,
        sec(`  static final String PASS = "${p}";`, p),
        `  static final String BRANCH = "${v.targetBranch(g)}";`,
        '  private Credentials() {}',
        '}',
      ],
    };
  }),
  template('travelport-json-api-env', (g) => {
    const s = v.longSecret(g);
    const p = v.plain(g);
    return {
      path: g.pick(['.env', 'tp-json/.env']),
      lines: [
        'TRAVELPORT_OAUTH_URL=https://oauth.pp.travelport.com/oauth/oauth20/token',
        `TRAVELPORT_CLIENT_ID=${g.fake.alnum(32)}`,
        sec(`TRAVELPORT_CLIENT_SECRET=${s}`, s),
        `TRAVELPORT_USERNAME=${v.agency(g)}_api`,
        sec(`TRAVELPORT_PASSWORD=${p}`, p),
        `TRAVELPORT_ACCESS_GROUP=${v.uuid(g)}`,
      ],
    };
  }),
  template('galileo-host-ini', (g) => {
    const p = v.gdsPass(g);
    return {
      path: g.pick(['C:/Travelport/Galileo Desktop/hap.ini', 'config/galileo.ini']),
      lines: [
        '[HostAccessProfile]',
        `HAP=${g.pick(['DYNGALILEOPROD', 'DYNWORLDSPANPROD', 'DYNAPOLLOPP'])}${g.fake.digits(2)}`,
        `PCC=${v.pcc(g)}`,
        `SignOn=${g.fake.upper(2)}${g.fake.digits(4)}`,
        sec(`Password=${p}`, p),
        'Provider=1G',
      ],
    };
  }),
  template('worldspan-xmlselect-config', (g) => {
    const p = v.gdsPass(g);
    return {
      path: g.pick(['conf/worldspan.xml', 'xmlselect/connection.xml']),
      lines: [
        '<connection name="worldspan-prod">',
        '  <host>xmlselect.worldspan.com</host>',
        '  <port>443</port>',
        `  <sid>${g.fake.upperAlnum(4)}</sid>`,
        `  <user>${v.agency(g).toUpperCase()}XML</user>`,
        sec(`  <password>${p}</password>`, p),
        '</connection>',
      ],
    };
  }),
  template('duffel-node', (g) => {
    const t = v.duffelToken(g);
    return {
      path: g.pick(['src/duffel.ts', 'lib/flights.js']),
      lines: [
        "import { Duffel } from '@duffel/api';",
        '',
        'const duffel = new Duffel({',
        sec(`  token: '${t}',`, t),
        '});',
        '',
        'const offerRequest = await duffel.offerRequests.create({ slices, passengers, cabin_class: "economy" });',
      ],
    };
  }),
  template('duffel-env', (g) => {
    const t = v.duffelToken(g);
    return {
      path: g.pick(['.env', '.env.production']),
      lines: ['NODE_ENV=production', sec(`DUFFEL_ACCESS_TOKEN=${t}`, t), 'DUFFEL_API_VERSION=v2'],
    };
  }),
  template('duffel-curl', (g) => {
    const t = v.duffelToken(g);
    return {
      path: g.pick(['docs/duffel-quickstart.md', 'scripts/airlines.sh']),
      lines: [
        'curl -X GET --compressed "https://api.duffel.com/air/airlines" \\',
        '  -H "Accept-Encoding: gzip" \\',
        '  -H "Accept: application/json" \\',
        '  -H "Duffel-Version: v2" \\',
        sec(`  -H "Authorization: Bearer ${t}"`, t),
      ],
    };
  }),
  template('duffel-python-requests', (g) => {
    const t = v.duffelToken(g);
    return {
      path: g.pick(['booking/duffel_client.py', 'ndc/duffel.py']),
      lines: [
        'import httpx',
        '',
        'HEADERS = {',
        sec(`    "Authorization": "Bearer ${t}",`, t),
        '    "Duffel-Version": "v2",',
        '    "Accept": "application/json",',
        '}',
      ],
    };
  }),
  template('verteil-ndc-yaml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/ndc.yml', 'ndc-gateway/application.yaml']),
      lines: [
        'verteil:',
        '  base-url: https://api.stage.verteil.com',
        `  username: ${v.agency(g)}_ndc`,
        sec(`  password: ${p}`, p),
        `  third-party-id: ${g.fake.upper(2)}`,
        `  office-id: ${g.fake.upperAlnum(6)}`,
      ],
    };
  }),
  template('ndc-airline-api-key-java', (g) => {
    const k = v.partnerKey(g);
    return {
      path: 'src/main/java/com/travel/ndc/AirlineNdcClient.java',
      lines: [
        'public class AirlineNdcClient {',
        `  private static final String ENDPOINT = "https://ndc.${v.carrier(g).toLowerCase()}-air.com/v18.1/AirShopping";`,
        sec(`  private static final String API_KEY = "${k}";`, k),
        '',
        '  HttpRequest request(String body) {',
        '    return HttpRequest.newBuilder(URI.create(ENDPOINT))',
        '        .header("Authorization-Key", API_KEY)',
        '        .POST(HttpRequest.BodyPublishers.ofString(body)).build();',
        '  }',
        '}',
      ],
    };
  }),
  template('gds-terminal-runbook', (g) => {
    const p = v.gdsPass(g);
    return {
      path: g.pick(['docs/runbooks/gds-signin.md', 'wiki/Sabre-emergency-access.md']),
      lines: [
        '# Emergency GDS access (night shift)',
        '',
        'If the booking engine loses its session pool, sign in to the terminal emulator:',
        '',
        `- PCC: ${v.pcc(g)}`,
        `- Agent sign (EPR): ${v.epr(g)}`,
        sec(`- Password: ${p}`, p),
        '',
        'Then run `SI*` and re-queue the failed bookings from Q/50.',
      ],
    };
  }),
  template('gds-docker-compose', (g) => {
    const p = v.plain(g);
    const s = v.amadeusSecret(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  booking-engine:',
        `    image: registry.${v.agency(g)}.io/booking-engine:2.14`,
        '    environment:',
        `      AMADEUS_CLIENT_ID: ${v.amadeusKey(g)}`,
        sec(`      AMADEUS_CLIENT_SECRET: ${s}`, s),
        `      UAPI_USER: "${v.uapiUser(g)}"`,
        sec(`      UAPI_PASSWORD: ${p}`, p),
        '    ports:',
        '      - "8080:8080"',
      ],
    };
  }),
  template('amadeus-k8s-secret', (g) => {
    const s = v.amadeusSecret(g);
    const p = v.gdsPass(g);
    const k = v.amadeusKey(g);
    return {
      path: g.pick(['k8s/gds-secret.yaml', 'deploy/secrets.yaml']),
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: gds-credentials',
        'type: Opaque',
        'stringData:',
        sec(`  AMADEUS_API_KEY: ${k}`, k),
        sec(`  AMADEUS_API_SECRET: ${s}`, s),
        sec(`  SABRE_PASSWORD: ${p}`, p),
      ],
    };
  }),
  template('amadeus-go-config', (g) => {
    const s = v.amadeusSecret(g);
    return {
      path: g.pick(['internal/gds/config.go', 'cmd/fares/main.go']),
      lines: [
        'package gds',
        '',
        'var cfg = Config{',
        '\tBaseURL:      "https://api.amadeus.com",',
        `\tClientID:     "${v.amadeusKey(g)}",`,
        sec(`\tClientSecret: "${s}",`, s),
        '\tTimeout:      15 * time.Second,',
        '}',
      ],
    };
  }),
];
