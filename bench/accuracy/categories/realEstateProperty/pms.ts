import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * real-estate-property positives from property-management systems and the money around them: Yardi
 * Voyager interfaces (SOAP ILS/Resident Data logins), AppFolio, Buildium, RealPage, Entrata, Rent
 * Manager, MRI; rent payments (Stripe, Plaid, Dwolla), tenant screening (TransUnion SmartMove),
 * DocuSign and dotloop, HOA portals. Values generated at run time.
 */
export const pmsPositives: readonly Template[] = [
  template('yardi-interface-appsettings', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['src/YardiSync/appsettings.json', 'appsettings.Production.json']),
      lines: [
        '{',
        '  "Yardi": {',
        `    "Url": "https://www.yardiasp14.com/${g.fake.digits(5)}${v.company(g)}/webservices/itfresidentdata.asmx",`,
        `    "UserName": "${v.company(g)}ws",`,
        sec(`    "Password": "${p}",`, p),
        `    "ServerName": "${v.company(g)}_live",`,
        `    "Database": "${v.company(g)}_live",`,
        '    "Platform": "SQL Server",',
        `    "InterfaceEntity": "${v.cap(v.company(g))} Resident Sync"`,
        '  }',
        '}',
      ],
    };
  }),
  template('yardi-soap-envelope', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docs/yardi/GetPropertyConfigurations.xml', 'tests/fixtures/yardi_request.xml']),
      lines: [
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
        '  <soap:Body>',
        '    <GetPropertyConfigurations xmlns="http://tempuri.org/YSI.Interfaces.WebServices/ItfILSGuestCard">',
        `      <UserName>${v.company(g)}_ils</UserName>`,
        sec(`      <Password>${p}</Password>`, p),
        `      <ServerName>afqoml_${g.fake.digits(5)}</ServerName>`,
        `      <Database>afqoml_${g.fake.digits(5)}</Database>`,
        '      <Platform>SQL Server</Platform>',
        '      <InterfaceEntity>Leasing Bot</InterfaceEntity>',
        '    </GetPropertyConfigurations>',
        '  </soap:Body>',
        '</soap:Envelope>',
      ],
    };
  }),
  template('yardi-python-zeep', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['etl/yardi_rentroll.py', 'integrations/yardi/client.py']),
      lines: [
        'from zeep import Client',
        '',
        `WSDL = "https://www.yardiasp13.com/${g.fake.digits(5)}${v.company(g)}/Webservices/ItfResidentTransactions20.asmx?WSDL"`,
        'client = Client(WSDL)',
        'res = client.service.GetResidentTransactions_Login(',
        `    UserName="${v.company(g)}api",`,
        sec(`    Password="${p}",`, p),
        `    ServerName="${v.company(g)}_live",`,
        `    Database="${v.company(g)}_live",`,
        '    Platform="SQL Server",',
        `    YardiPropertyId="${g.pick(['p0', 'res'])}${g.fake.digits(4)}",`,
        '    InterfaceEntity="Rent Analytics",',
        ')',
      ],
    };
  }),
  template('appfolio-reports-env', (g) => {
    const s = v.appfolioSecret(g);
    return {
      path: g.pick(['.env', 'appfolio-export/.env']),
      lines: [
        `APPFOLIO_DATABASE=${v.company(g)}`,
        `APPFOLIO_CLIENT_ID=${v.hex(g, 32)}`,
        sec(`APPFOLIO_CLIENT_SECRET=${s}`, s),
        'APPFOLIO_REPORTS=rent_roll,delinquency,work_order',
      ],
    };
  }),
  template('appfolio-reports-curl', (g) => {
    const id = v.hex(g, 32);
    const s = v.appfolioSecret(g);
    return {
      path: g.pick(['scripts/pull_rent_roll.sh', 'README.md']),
      lines: [
        '#!/usr/bin/env bash',
        '# nightly rent roll into the warehouse',
        sec(`curl -s -u "${id}:${s}" \\`, s),
        `  "https://${v.company(g)}.appfolio.com/api/v1/reports/rent_roll.json?paginate_results=true" > /data/rent_roll.json`,
      ],
    };
  }),
  template('appfolio-python-basic', (g) => {
    const s = v.appfolioSecret(g);
    return {
      path: g.pick(['reports/appfolio.py', 'dags/appfolio_delinquency.py']),
      lines: [
        'import requests',
        '',
        `AF_DB = "${v.company(g)}"`,
        `AF_ID = "${v.hex(g, 32)}"`,
        sec(`AF_SECRET = "${s}"`, s),
        '',
        'def report(name):',
        '    url = f"https://{AF_DB}.appfolio.com/api/v1/reports/{name}.json"',
        '    return requests.post(url, auth=(AF_ID, AF_SECRET), json={"property_visibility": "active"}).json()',
      ],
    };
  }),
  template('buildium-headers-node', (g) => {
    const s = v.buildiumSecret(g);
    return {
      path: g.pick(['src/buildium.js', 'lib/pm/buildiumClient.ts']),
      lines: [
        "const axios = require('axios');",
        '',
        'const buildium = axios.create({',
        "  baseURL: 'https://api.buildium.com/v1',",
        '  headers: {',
        `    'x-buildium-client-id': '${v.uuid(g)}',`,
        sec(`    'x-buildium-client-secret': '${s}',`, s),
        '  },',
        '});',
      ],
    };
  }),
  template('buildium-ruby-configure', (g) => {
    const s = v.buildiumSecret(g);
    return {
      path: g.pick(['config/initializers/buildium.rb', 'lib/tasks/buildium_sync.rake']),
      lines: [
        "require 'buildium'",
        '',
        'Buildium.configure do |config|',
        `  config.api_key['clientId'] = '${v.uuid(g)}'`,
        sec(`  config.api_key['clientSecret'] = '${s}'`, s),
        'end',
      ],
    };
  }),
  template('buildium-postman-env', (g) => {
    const s = v.buildiumSecret(g);
    return {
      path: g.pick(['postman/Buildium.postman_environment.json', 'api/buildium-prod.postman_environment.json']),
      lines: [
        '{',
        '  "name": "Buildium prod",',
        '  "values": [',
        `    { "key": "clientId", "value": "${v.uuid(g)}", "enabled": true },`,
        sec(`    { "key": "clientSecret", "value": "${s}", "type": "secret", "enabled": true }`, s),
        '  ]',
        '}',
      ],
    };
  }),
  template('entrata-api-php', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['app/Services/EntrataClient.php', 'wp-content/plugins/floorplans/entrata.php']),
      lines: [
        '<?php',
        `$endpoint = 'https://${v.company(g)}.entrata.com/api/v1/propertyunits';`,
        '$payload = [',
        "    'auth' => ['type' => 'basic'],",
        `    'requestId' => ${g.between(1, 99)},`,
        "    'method' => ['name' => 'getUnitsAvailabilityAndPricing', 'params' => ['propertyId' => " +
          v.propertyId(g) +
          ']],',
        '];',
        '$ch = curl_init($endpoint);',
        sec(`curl_setopt($ch, CURLOPT_USERPWD, 'api_${v.company(g)}:${p}');`, p),
      ],
    };
  }),
  template('entrata-api-key-env', (g) => {
    const k = v.entrataKey(g);
    return {
      path: g.pick(['.env.production', 'services/leasing/.env']),
      lines: [
        `ENTRATA_DOMAIN=${v.company(g)}`,
        sec(`ENTRATA_API_KEY=${k}`, k),
        `ENTRATA_PROPERTY_IDS=${v.propertyId(g)},${v.propertyId(g)}`,
      ],
    };
  }),
  template('rentmanager-auth-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['rm12/auth.py', 'integrations/rentmanager.py']),
      lines: [
        'import requests',
        '',
        `BASE = "https://${v.company(g)}.api.rentmanager.com"`,
        'resp = requests.post(f"{BASE}/Authentication/AuthorizeUser", json={',
        `    "Username": "apiuser_${v.company(g)}",`,
        sec(`    "Password": "${p}",`, p),
        `    "LocationID": ${g.between(1, 12)},`,
        '})',
        'headers = {"X-RM12Api-ApiToken": resp.json()}',
      ],
    };
  }),
  template('rentmanager-token-header', (g) => {
    const t = v.rmApiToken(g);
    return {
      path: g.pick(['notes/rm-api.http', 'requests/rentmanager.http']),
      lines: [
        `GET https://${v.company(g)}.api.rentmanager.com/Units?embeds=UnitType&pagesize=500`,
        sec(`X-RM12Api-ApiToken: ${t}`, t),
        'Accept: application/json',
      ],
    };
  }),
  template('realpage-oauth-yaml', (g) => {
    const s = v.oauthSecret(g);
    return {
      path: g.pick(['config/realpage.yml', 'deploy/values-prod.yaml']),
      lines: [
        'realpage:',
        '  token_url: https://api.realpage.com/oauth2/token',
        `  client_id: ${v.clientId(g)}`,
        sec(`  client_secret: ${s}`, s),
        `  pmc_id: "${g.fake.digits(7)}"`,
        `  site_id: "${g.fake.digits(7)}"`,
      ],
    };
  }),
  template('onesite-soap-login', (g) => {
    const p = v.plain(g);
    // RealPage issues the License Key as the app partner's credential (with the API URL, PMC and site
    // ids): labelled after the blind run, which had left it unlabelled.
    const lk = v.uuid(g);
    return {
      path: g.pick(['OneSiteSync/App.config', 'legacy/OneSite.config']),
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<configuration>',
        '  <appSettings>',
        '    <add key="OneSite.Endpoint" value="https://onesite.realpage.com/WebServices/CrossFire/AvailabilityAndPricing/Floorplan.asmx" />',
        `    <add key="OneSite.UserName" value="${v.company(g)}_xfire" />`,
        sec(`    <add key="OneSite.Password" value="${p}" />`, p),
        sec(`    <add key="OneSite.LicenseKey" value="${lk}" />`, lk),
        '  </appSettings>',
        '</configuration>',
      ],
    };
  }),
  template('mri-basic-composite', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['mri/mri_api.py', 'connectors/mri.py']),
      lines: [
        '# MRI API: user is clientid/database/username/partnerkey, then the password',
        `MRI_USER = "C${g.fake.digits(5)}/${v.company(g).toUpperCase()}LIVE/apiuser/${v.uuid(g)}"`,
        sec(`MRI_PASSWORD = "${p}"`, p),
        `MRI_URL = "https://mrix5api.saas.mrisoftware.com/mriapiservices/api.asp"`,
      ],
    };
  }),
  template('stripe-rent-env', (g) => {
    const s = v.stripeSecret(g, 'live');
    const w = v.stripeWebhook(g);
    return {
      path: g.pick(['.env', 'tenant-portal/.env.production']),
      lines: [
        `STRIPE_PUBLISHABLE_KEY=${v.stripePublishable(g)}`,
        sec(`STRIPE_SECRET_KEY=${s}`, s),
        sec(`STRIPE_WEBHOOK_SECRET=${w}`, w),
        'RENT_LATE_FEE_DAY=5',
      ],
    };
  }),
  template('stripe-rent-python', (g) => {
    const s = v.stripeSecret(g);
    return {
      path: g.pick(['payments/rent.py', 'app/billing/autopay.py']),
      lines: [
        'import stripe',
        '',
        sec(`stripe.api_key = "${s}"`, s),
        '',
        'def charge_rent(lease):',
        '    return stripe.PaymentIntent.create(amount=lease.rent_cents, currency="usd", customer=lease.stripe_customer)',
      ],
    };
  }),
  template('plaid-ach-env', (g) => {
    const s = v.plaidSecret(g);
    return {
      path: g.pick(['.env', 'ach-service/.env']),
      lines: [
        `PLAID_CLIENT_ID=${v.plaidClientId(g)}`,
        sec(`PLAID_SECRET=${s}`, s),
        'PLAID_ENV=production',
        'PLAID_PRODUCTS=auth,identity',
      ],
    };
  }),
  template('plaid-access-token-db', (g) => {
    const t = v.plaidAccessToken(g);
    return {
      path: g.pick(['db/seed_bank_links.sql', 'backups/tenant_bank_accounts.sql']),
      lines: [
        'INSERT INTO tenant_bank_links (tenant_id, institution, plaid_access_token) VALUES',
        sec(`  (${g.between(100, 9999)}, 'Chase', '${t}');`, t),
      ],
    };
  }),
  template('dwolla-node-client', (g) => {
    const k = v.dwolla(g);
    const s = v.dwolla(g);
    return {
      path: g.pick(['src/payments/dwolla.js', 'server/ach.js']),
      lines: [
        "const { Client } = require('dwolla-v2');",
        '',
        'const dwolla = new Client({',
        sec(`  key: '${k}',`, k),
        sec(`  secret: '${s}',`, s),
        "  environment: 'production',",
        '});',
      ],
    };
  }),
  template('smartmove-partner-config', (g) => {
    const k = v.smartMoveKey(g);
    return {
      path: g.pick(['config/smartmove.json', 'screening/settings.json']),
      lines: [
        '{',
        '  "SmartMove": {',
        '    "BaseUrl": "https://smlegacygateway-integration.mysmartmove.com/LandlordApi/v2",',
        `    "PartnerId": ${g.between(100, 999)},`,
        sec(`    "SecurityKey": "${k}"`, k),
        '  }',
        '}',
      ],
    };
  }),
  template('docusign-jwt-pem', (g) => {
    const body = v.pem(g, 'RSA PRIVATE KEY').split('\n');
    return {
      path: g.pick(['keys/docusign_private.pem', 'leasing/docusign/private.key']),
      lines: [block(body.map((l) => sec(l, l)))],
    };
  }),
  template('docusign-secret-env', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['.env', 'lease-signing/.env']),
      lines: [
        `DOCUSIGN_INTEGRATION_KEY=${v.uuid(g)}`,
        sec(`DOCUSIGN_SECRET_KEY=${s}`, s),
        `DOCUSIGN_USER_ID=${v.uuid(g)}`,
        'DOCUSIGN_AUTH_SERVER=account.docusign.com',
      ],
    };
  }),
  template('dotloop-oauth-env', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['.env', 'brokerage-sync/.env']),
      lines: [
        `DOTLOOP_CLIENT_ID=${v.uuid(g)}`,
        sec(`DOTLOOP_CLIENT_SECRET=${s}`, s),
        `DOTLOOP_REDIRECT_URI=https://${v.domain(g)}/dotloop/callback`,
      ],
    };
  }),
  template('dotloop-refresh-json', (g) => {
    const a = v.uuid(g);
    const r = v.uuid(g);
    return {
      path: g.pick(['tokens/dotloop.json', '.dotloop_token.json']),
      lines: [
        '{',
        sec(`  "access_token": "${a}",`, a),
        '  "token_type": "Bearer",',
        sec(`  "refresh_token": "${r}",`, r),
        '  "expires_in": 43199,',
        '  "scope": "account:read, profile:*, loop:*"',
        '}',
      ],
    };
  }),
  template('hoa-portal-login-md', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['docs/hoa-board-handover.md', 'board/portal-logins.md']),
      lines: [
        `# ${v.cap(v.site(g))} HOA - board hand-over`,
        '',
        `- Management portal: https://${v.site(g)}hoa.${g.pick(['cincweb.com', 'appfolio.com', 'frontsteps.com'])}`,
        `- Login: treasurer@${v.site(g)}hoa.org`,
        sec(`- Password: ${p}`, p),
        '- Reserve study and budget are in the shared drive.',
      ],
    };
  }),
  template('hoa-wp-config', (g) => {
    const p = v.plain(g);
    return {
      path: 'wp-config.php',
      lines: [
        '<?php',
        `define( 'DB_NAME', '${v.site(g)}_hoa' );`,
        `define( 'DB_USER', '${v.site(g)}_wp' );`,
        sec(`define( 'DB_PASSWORD', '${p}' );`, p),
        "define( 'DB_HOST', 'localhost' );",
      ],
    };
  }),
  template('pm-db-connection', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/database.yml', 'reporting/config/database.yml']),
      lines: [
        'production:',
        '  adapter: sqlserver',
        `  host: ${v.ip(g)}`,
        '  database: rentroll_dw',
        '  username: report_reader',
        sec(`  password: ${p}`, p),
      ],
    };
  }),
  template('yardi-sql-odbc', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['powerbi/yardi_dw.odc', 'excel/YardiQuery.dsn']),
      lines: [
        '[ODBC]',
        'DRIVER=ODBC Driver 17 for SQL Server',
        `SERVER=${v.company(g)}-sql.yardione.com,1433`,
        `DATABASE=${v.company(g)}_live`,
        `UID=${v.company(g)}_read`,
        sec(`PWD=${p}`, p),
      ],
    };
  }),
  template('rent-portal-smtp', (g) => {
    const k = v.sendgridKey(g);
    return {
      path: g.pick(['config/mail.php', 'tenant-portal/config/mail.php']),
      lines: [
        '<?php',
        'return [',
        "    'driver' => 'smtp',",
        "    'host' => 'smtp.sendgrid.net',",
        "    'username' => 'apikey',",
        sec(`    'password' => '${k}',`, k),
        `    'from' => ['address' => 'noreply@${v.domain(g)}', 'name' => 'Resident Portal'],`,
        '];',
      ],
    };
  }),
];
