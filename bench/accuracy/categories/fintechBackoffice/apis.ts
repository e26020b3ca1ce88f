import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * fintech-backoffice positives from the APIs a fintech back office calls: Plaid (per-environment
 * secrets and long-lived access tokens), Yodlee, MX, Finicity, TrueLayer, Tink, GoCardless Bank
 * Account Data, Salt Edge, Teller; PSD2 / UK Open Banking client secrets and QWAC/QSealC key
 * passwords; BaaS (Unit, Treasury Prime, Synctera, Column, Increase); KYC/AML (Onfido, Jumio, Sumsub,
 * Persona, Alloy, ComplyAdvantage); fraud (Sift, SEON); accounting (QuickBooks Online, Xero). Client
 * ids beside the secrets are public ids and stay unlabelled. Values generated at run time.
 */
export const apiPositives: readonly Template[] = [
  template('plaid-env', (g) => {
    const sb = v.plaidSecret(g);
    const prod = v.plaidSecret(g);
    return {
      path: g.pick(['.env', 'server/.env', '.env.production']),
      lines: [
        `PLAID_CLIENT_ID=${v.plaidClientId(g)}`,
        sec(`PLAID_SECRET_SANDBOX=${sb}`, sb),
        sec(`PLAID_SECRET_PRODUCTION=${prod}`, prod),
        'PLAID_ENV=production',
        'PLAID_PRODUCTS=auth,transactions',
        'PLAID_COUNTRY_CODES=US,CA',
      ],
    };
  }),
  template('plaid-python-client', (g) => {
    const s = v.plaidSecret(g);
    return {
      path: g.pick(['app/plaid_client.py', 'banking/plaid.py']),
      lines: [
        'import plaid',
        'from plaid.api import plaid_api',
        '',
        'configuration = plaid.Configuration(',
        '    host=plaid.Environment.Production,',
        '    api_key={',
        `        "clientId": "${v.plaidClientId(g)}",`,
        sec(`        "secret": "${s}",`, s),
        '    },',
        ')',
        'client = plaid_api.PlaidApi(plaid.ApiClient(configuration))',
      ],
    };
  }),
  template('plaid-node-client', (g) => {
    const s = v.plaidSecret(g);
    return {
      path: g.pick(['src/plaid.ts', 'server/plaidClient.js']),
      lines: [
        "import { Configuration, PlaidApi, PlaidEnvironments } from 'plaid';",
        '',
        'const configuration = new Configuration({',
        '  basePath: PlaidEnvironments.development,',
        '  baseOptions: {',
        '    headers: {',
        `      'PLAID-CLIENT-ID': '${v.plaidClientId(g)}',`,
        sec(`      'PLAID-SECRET': '${s}',`, s),
        '    },',
        '  },',
        '});',
        'export const plaid = new PlaidApi(configuration);',
      ],
    };
  }),
  template('plaid-curl-access-token', (g) => {
    const s = v.plaidSecret(g);
    const at = v.plaidAccessToken(g);
    return {
      path: g.pick(['docs/debug-transactions.md', 'scripts/pull_tx.sh']),
      lines: [
        'curl -X POST https://production.plaid.com/transactions/sync \\',
        "  -H 'Content-Type: application/json' \\",
        "  -d '{",
        `    "client_id": "${v.plaidClientId(g)}",`,
        sec(`    "secret": "${s}",`, s),
        sec(`    "access_token": "${at}"`, at),
        "  }'",
      ],
    };
  }),
  template('plaid-access-token-db-seed', (g) => {
    const at = v.plaidAccessToken(g, g.pick(['production', 'development']));
    return {
      path: g.pick(['db/seeds/linked_items.sql', 'migrations/0042_backfill_items.sql']),
      lines: [
        'INSERT INTO plaid_items (user_id, item_id, access_token, institution_id) VALUES',
        sec(`  (${g.between(100, 9999)}, '${g.fake.alnum(37)}', '${at}', 'ins_${g.between(1, 130000)}');`, at),
      ],
    };
  }),
  template('yodlee-config', (g) => {
    const s = v.yodleeSecret(g);
    return {
      path: g.pick(['config/yodlee.yml', 'src/main/resources/yodlee.yml']),
      lines: [
        'yodlee:',
        '  base_url: https://production.api.yodlee.com/ysl',
        `  client_id: ${g.fake.alnum(32)}`,
        sec(`  secret: ${s}`, s),
        '  admin_login_name: acme_admin',
      ],
    };
  }),
  template('mx-platform-env', (g) => {
    const k = v.mxApiKey(g);
    return {
      path: g.pick(['.env', 'services/aggregation/.env']),
      lines: [`MX_CLIENT_ID=${g.fake.uuid()}`, sec(`MX_API_KEY=${k}`, k), 'MX_BASE_PATH=https://api.mx.com'],
    };
  }),
  template('finicity-headers', (g) => {
    const key = v.finicityAppKey(g);
    const sec2 = v.finicitySecret(g);
    return {
      path: g.pick(['lib/finicity.rb', 'app/services/finicity_client.rb']),
      lines: [
        'class FinicityClient',
        "  BASE = 'https://api.finicity.com'",
        `  PARTNER_ID = '${g.fake.digits(13)}'`,
        sec(`  PARTNER_SECRET = '${sec2}'`, sec2),
        sec(`  APP_KEY = '${key}'`, key),
        '',
        '  def token',
        "    post('/aggregation/v2/partners/authentication', { partnerId: PARTNER_ID, partnerSecret: PARTNER_SECRET })",
        '  end',
        'end',
      ],
    };
  }),
  template('truelayer-appsettings', (g) => {
    const s = v.trueLayerSecret(g);
    return {
      path: g.pick(['appsettings.json', 'src/Payouts.Api/appsettings.Production.json']),
      lines: [
        '{',
        '  "TrueLayer": {',
        `    "ClientId": "${g.pick(['acmepay', 'northfield'])}-${g.fake.hex(6)}",`,
        sec(`    "ClientSecret": "${s}",`, s),
        '    "UseSandbox": false,',
        '    "Payments": { "SigningKey": { "KeyId": "' + g.fake.uuid() + '" } }',
        '  }',
        '}',
      ],
    };
  }),
  template('tink-client-secret', (g) => {
    const s = v.tinkSecret(g);
    return {
      path: g.pick(['config/tink.py', 'openbanking/tink_settings.py']),
      lines: [
        `TINK_CLIENT_ID = "${g.fake.hex(32)}"`,
        sec(`TINK_CLIENT_SECRET = "${s}"`, s),
        'TINK_SCOPES = "accounts:read,transactions:read,balances:read"',
      ],
    };
  }),
  template('gocardless-bad-env', (g) => {
    const k = v.gclSecretKey(g);
    return {
      path: g.pick(['.env', 'docker/budget.env']),
      lines: [
        '# GoCardless Bank Account Data (ex-Nordigen)',
        `GOCARDLESS_SECRET_ID=${g.fake.uuid()}`,
        sec(`GOCARDLESS_SECRET_KEY=${k}`, k),
      ],
    };
  }),
  template('saltedge-headers', (g) => {
    const s = v.saltEdgeSecret(g);
    return {
      path: g.pick(['src/saltedge.js', 'lib/saltEdgeClient.js']),
      lines: [
        'const headers = {',
        "  Accept: 'application/json',",
        "  'Content-type': 'application/json',",
        `  'App-id': '${g.fake.base64url(43)}',`,
        sec(`  Secret: '${s}',`, s),
        '};',
      ],
    };
  }),
  template('teller-access-token', (g) => {
    const t = v.tellerToken(g);
    return {
      path: g.pick(['scripts/teller_balances.sh', 'notes/teller.md']),
      lines: [
        '# access token from the Teller Connect enrollment (mTLS cert in ./teller)',
        sec(
          `curl --cert teller/certificate.pem --key teller/private_key.pem -u ${t}: https://api.teller.io/accounts`,
          t,
        ),
      ],
    };
  }),
  template('open-banking-uk-yaml', (g) => {
    const s = v.longSecret(g);
    const kp = v.plain(g);
    return {
      path: g.pick(['config/openbanking.yml', 'aspsp/application-prod.yml']),
      lines: [
        'openbanking:',
        `  software-statement-id: ${g.fake.alnum(22)}`,
        `  organisation-id: 0015800001${g.fake.alnum(8)}`,
        `  client-id: ${g.fake.uuid()}`,
        sec(`  client-secret: ${s}`, s),
        '  transport:',
        '    keystore: /etc/ob/qwac.p12',
        sec(`    keystore-password: ${kp}`, kp),
      ],
    };
  }),
  template('psd2-berlin-group-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['xs2a-connector/application.properties', 'psd2/adapter.properties']),
      lines: [
        'xs2a.berlin-group.base-url=https://psd2.api.sandbox.bank.example-aspsp.de/v1',
        'qwac.certificate.path=/opt/psd2/qwac.crt',
        'qwac.key.path=/opt/psd2/qwac.key',
        'qseal.keystore.path=/opt/psd2/qseal.p12',
        sec(`qseal.keystore.password=${p}`, p),
      ],
    };
  }),
  template('column-curl', (g) => {
    const k = v.columnKey(g);
    return {
      path: g.pick(['scripts/create_ach.sh', 'docs/column-ach.md']),
      lines: [
        sec(`curl -u :${k} https://api.column.com/transfers/ach \\`, k),
        '  -d amount=125000 -d currency_code=USD -d type=CREDIT \\',
        `  -d bank_account_id=bacc_${g.fake.alnum(27)} -d counterparty_id=cpty_${g.fake.alnum(27)}`,
      ],
    };
  }),
  template('unit-api-token-env', (g) => {
    const t = v.unitToken(g);
    return {
      path: g.pick(['.env', 'services/banking/.env']),
      lines: ['UNIT_API_URL=https://api.s.unit.sh', sec(`UNIT_API_TOKEN=${t}`, t)],
    };
  }),
  template('treasury-prime-basic', (g) => {
    const s = v.treasuryPrimeSecret(g);
    const id = 'key_' + g.fake.alnum(26).toLowerCase();
    return {
      path: g.pick(['src/treasuryPrime.ts', 'lib/tp.ts']),
      lines: [
        'const auth = {',
        `  username: '${id}',`,
        sec(`  password: '${s}',`, s),
        '};',
        "export const tp = axios.create({ baseURL: 'https://api.treasuryprime.com', auth });",
      ],
    };
  }),
  template('synctera-bearer', (g) => {
    const k = v.synctera(g);
    return {
      path: g.pick(['src/synctera/client.go', 'internal/baas/synctera.go']),
      lines: [
        'package baas',
        '',
        'const syncteraBase = "https://api-sandbox.synctera.com/v0"',
        sec(`const syncteraAPIKey = "${k}"`, k),
        '',
        'func authHeader(req *http.Request) {',
        '\treq.Header.Set("Authorization", "Bearer "+syncteraAPIKey)',
        '}',
      ],
    };
  }),
  template('increase-key', (g) => {
    const k = v.increaseKey(g);
    return {
      path: g.pick(['app/increase.py', 'payouts/increase_client.py']),
      lines: [
        'from increase import Increase',
        '',
        sec(`client = Increase(api_key="${k}", environment="sandbox")`, k),
        'account = client.accounts.create(name="Operating", entity_id=entity.id)',
      ],
    };
  }),
  template('sumsub-node', (g) => {
    const t = v.sumsubToken(g);
    const s = v.sumsubSecret(g);
    return {
      path: g.pick(['kyc/sumsub.js', 'src/kyc/sumsubClient.js']),
      lines: [
        "const crypto = require('crypto');",
        '',
        sec(`const SUMSUB_APP_TOKEN = '${t}';`, t),
        sec(`const SUMSUB_SECRET_KEY = '${s}';`, s),
        "const SUMSUB_BASE_URL = 'https://api.sumsub.com';",
        '',
        'function sign(ts, method, url, body = "") {',
        "  return crypto.createHmac('sha256', SUMSUB_SECRET_KEY).update(ts + method + url + body).digest('hex');",
        '}',
      ],
    };
  }),
  template('onfido-python', (g) => {
    const t = v.onfidoToken(g);
    return {
      path: g.pick(['kyc/onfido_check.py', 'verification/onfido.py']),
      lines: [
        'import onfido',
        '',
        sec(`api = onfido.Api("${t}")`, t),
        'applicant = api.applicant.create({"first_name": first, "last_name": last})',
      ],
    };
  }),
  template('jumio-basic', (g) => {
    const s = v.jumioSecret(g);
    const t = g.fake.uuid();
    return {
      path: g.pick(['config/jumio.properties', 'kyc/jumio.properties']),
      lines: [
        'jumio.base-url=https://account.amer-1.jumio.ai',
        // The API token is the basic-auth user of the token:secret pair: its id half, labelled as
        // an AWS access key id is.
        sec(`jumio.api.token=${t}`, t),
        sec(`jumio.api.secret=${s}`, s),
        'jumio.user-agent=AcmeBank KYC/2.3',
      ],
    };
  }),
  template('persona-ruby', (g) => {
    const k = v.personaKey(g);
    return {
      path: g.pick(['config/initializers/persona.rb', 'app/services/persona_client.rb']),
      lines: [
        'PERSONA = Faraday.new(url: "https://withpersona.com/api/v1") do |f|',
        sec(`  f.request :authorization, "Bearer", "${k}"`, k),
        '  f.headers["Persona-Version"] = "2023-01-05"',
        'end',
      ],
    };
  }),
  template('alloy-env', (g) => {
    const s = v.alloySecret(g);
    const t = g.fake.alnum(32);
    return {
      path: g.pick(['.env', 'onboarding/.env']),
      lines: [
        // The workflow token is the basic-auth user of the token:secret pair: its id half.
        sec(`ALLOY_WORKFLOW_TOKEN=${t}`, t),
        sec(`ALLOY_WORKFLOW_SECRET=${s}`, s),
        'ALLOY_BASE_URL=https://sandbox.alloy.co/v1',
      ],
    };
  }),
  template('complyadvantage-header', (g) => {
    const k = v.complyKey(g);
    return {
      path: g.pick(['aml/screening.py', 'compliance/ca_client.py']),
      lines: [
        'import requests',
        '',
        'CA_URL = "https://api.complyadvantage.com/searches"',
        sec(`CA_HEADERS = {"Authorization": "Token ${k}"}`, k),
        '',
        'def screen(name):',
        '    return requests.post(CA_URL, json={"search_term": name, "fuzziness": 0.6}, headers=CA_HEADERS).json()',
      ],
    };
  }),
  template('sift-java', (g) => {
    const k = v.siftKey(g);
    return {
      path: g.pick(['src/main/java/com/acme/fraud/SiftConfig.java', 'fraud/SiftClientFactory.java']),
      lines: [
        'public final class SiftConfig {',
        sec(`    private static final String SIFT_API_KEY = "${k}";`, k),
        `    private static final String SIFT_ACCOUNT_ID = "${g.fake.hex(24)}";`,
        '    public static SiftClient client() { return new SiftClient(SIFT_API_KEY, SIFT_ACCOUNT_ID); }',
        '}',
      ],
    };
  }),
  template('seon-license', (g) => {
    const k = g.fake.uuid();
    return {
      path: g.pick(['fraud/seon.ts', 'src/fraud/seonClient.ts']),
      lines: [
        "const SEON_URL = 'https://api.seon.io/SeonRestService/fraud-api/v2/';",
        sec(`const SEON_LICENSE_KEY = '${k}';`, k),
        "export const seonHeaders = { 'X-API-KEY': SEON_LICENSE_KEY, 'Content-Type': 'application/json' };",
      ],
    };
  }),
  template('quickbooks-oauth-env', (g) => {
    const s = v.qboSecret(g);
    return {
      path: g.pick(['.env', 'accounting-sync/.env']),
      lines: [
        `QBO_CLIENT_ID=${v.qboClientId(g)}`,
        sec(`QBO_CLIENT_SECRET=${s}`, s),
        'QBO_ENVIRONMENT=production',
        'QBO_REDIRECT_URI=https://ops.acmefin.io/callback/quickbooks',
      ],
    };
  }),
  template('quickbooks-refresh-token-json', (g) => {
    const rt = 'AB11' + g.fake.digits(9) + g.fake.alnum(37);
    return {
      path: g.pick(['tokens/qbo_tokens.json', '.secrets/quickbooks.json']),
      lines: [
        '{',
        `  "realmId": "${g.fake.digits(19)}",`,
        sec(`  "refresh_token": "${rt}",`, rt),
        '  "x_refresh_token_expires_in": 8726400',
        '}',
      ],
    };
  }),
  template('xero-python', (g) => {
    const s = v.xeroSecret(g);
    return {
      path: g.pick(['xero_sync/settings.py', 'accounting/xero_client.py']),
      lines: [
        'from xero_python.api_client import ApiClient, Configuration',
        'from xero_python.api_client.oauth2 import OAuth2Token',
        '',
        'api_client = ApiClient(',
        '    Configuration(',
        '        oauth2_token=OAuth2Token(',
        `            client_id="${v.xeroClientId(g)}",`,
        sec(`            client_secret="${s}",`, s),
        '        ),',
        '    ),',
        ')',
      ],
    };
  }),
];
