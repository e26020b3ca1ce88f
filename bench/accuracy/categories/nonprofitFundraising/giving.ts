import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * nonprofit-fundraising positives from donation platforms, email and advocacy tools, events, volunteer
 * and church management: Classy (GoFundMe Pro), Givebutter, Donorbox, JustGiving, Every.org webhooks,
 * PayPal, Stripe and Braintree for donations, Mailchimp, Constant Contact, Action Network, Eventbrite,
 * Tessitura, VolunteerHub, Galaxy Digital, Planning Center, Breeze, Church Community Builder, Pushpay.
 * Values generated at run time.
 */
export const givingPositives: readonly Template[] = [
  template('classy-oauth-env', (g) => {
    const s = v.classySecret(g);
    return {
      path: g.pick(['.env', 'classy-sync/.env']),
      lines: [
        `CLASSY_CLIENT_ID=${g.fake.alnum(16)}`,
        sec(`CLASSY_CLIENT_SECRET=${s}`, s),
        `CLASSY_ORG_ID=${g.between(10000, 99999)}`,
      ],
    };
  }),
  template('classy-token-request', (g) => {
    const s = v.classySecret(g);
    return {
      path: g.pick(['scripts/classy_token.sh', 'docs/classy-api.md']),
      lines: [
        sec(
          `curl -X POST https://api.classy.org/oauth2/auth -d "grant_type=client_credentials&client_id=${g.fake.alnum(16)}&client_secret=${s}"`,
          s,
        ),
      ],
    };
  }),
  template('givebutter-node', (g) => {
    const k = v.apiKey(g);
    return {
      path: g.pick(['src/givebutter.ts', 'api/campaigns.js']),
      lines: [
        "const GIVEBUTTER_API = 'https://api.givebutter.com/v1';",
        sec(`const GIVEBUTTER_KEY = '${k}';`, k),
        'export const listTransactions = () =>',
        '  fetch(`${GIVEBUTTER_API}/transactions`, { headers: { Authorization: `Bearer ${GIVEBUTTER_KEY}` } });',
      ],
    };
  }),
  template('givebutter-env', (g) => {
    const k = v.apiKey(g);
    return {
      path: g.pick(['.env.local', '.env']),
      lines: [sec(`GIVEBUTTER_API_KEY=${k}`, k), 'GIVEBUTTER_CAMPAIGN=spring-appeal'],
    };
  }),
  template('donorbox-basic-python', (g) => {
    const k = v.apiKey(g);
    return {
      path: g.pick(['donorbox/pull_donations.py', 'scripts/donorbox_export.py']),
      lines: [
        'import requests',
        '',
        `DONORBOX_EMAIL = "${v.email(g)}"`,
        sec(`DONORBOX_API_KEY = "${k}"`, k),
        'r = requests.get("https://donorbox.org/api/v1/donations", auth=(DONORBOX_EMAIL, DONORBOX_API_KEY))',
      ],
    };
  }),
  template('donorbox-curl-user', (g) => {
    const k = v.apiKey(g);
    const e = v.email(g);
    return {
      path: g.pick(['README.md', 'docs/donorbox.md']),
      lines: [
        'Pull the last 100 donations:',
        '',
        sec(`    curl --user ${e}:${k} https://donorbox.org/api/v1/donations?per_page=100`, k),
      ],
    };
  }),
  template('justgiving-basic-header', (g) => {
    const p = v.plain(g);
    const e = v.email(g);
    const b = v.base64Of(`${e}:${p}`);
    return {
      path: g.pick(['JustGiving/Client.cs', 'src/JustGivingClient.cs']),
      lines: [
        `client.DefaultRequestHeaders.Add("x-api-key", "${g.fake.hex(8)}");`,
        sec(`client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${b}");`, b),
      ],
    };
  }),
  template('every-org-webhook-token', (g) => {
    const t = v.alnum(g, 32, 40);
    return {
      path: g.pick(['config/everyorg.yml', 'config/donations.yml']),
      lines: [
        'every_org:',
        `  public_key: pk_live_${g.fake.hex(32)}`,
        sec(`  webhook_token: ${t}`, t),
        '  nonprofit_slug: riverbend-food-bank',
      ],
    };
  }),
  template('stripe-donation-env', (g) => {
    const s = v.stripeSecret(g, 'live');
    const w = v.stripeWebhook(g);
    return {
      path: g.pick(['.env', 'donate-app/.env.production']),
      lines: [
        `STRIPE_PUBLISHABLE_KEY=${v.stripePublishable(g)}`,
        sec(`STRIPE_SECRET_KEY=${s}`, s),
        sec(`STRIPE_WEBHOOK_SECRET=${w}`, w),
        'DONATION_SUCCESS_URL=/thank-you',
      ],
    };
  }),
  template('stripe-checkout-python', (g) => {
    const s = v.stripeSecret(g, 'live');
    return {
      path: g.pick(['donate/views.py', 'app/donations.py']),
      lines: [
        'import stripe',
        '',
        sec(`stripe.api_key = "${s}"`, s),
        '',
        'def create_donation_session(amount_cents):',
        '    return stripe.checkout.Session.create(',
        '        mode="payment",',
        '        line_items=[{"price_data": {"currency": "usd", "product_data": {"name": "Donation"}, "unit_amount": amount_cents}, "quantity": 1}],',
        '    )',
      ],
    };
  }),
  template('braintree-gateway-ruby', (g) => {
    const p = v.braintreePrivate(g);
    return {
      path: g.pick(['config/initializers/braintree.rb', 'lib/giving/gateway.rb']),
      lines: [
        'Braintree::Configuration.environment = :production',
        `Braintree::Configuration.merchant_id = "${v.braintreeId(g)}"`,
        `Braintree::Configuration.public_key = "${v.braintreeId(g)}"`,
        sec(`Braintree::Configuration.private_key = "${p}"`, p),
      ],
    };
  }),
  template('paypal-giving-env', (g) => {
    const s = v.paypalSecret(g);
    return {
      path: g.pick(['.env', 'giving-api/.env']),
      lines: [`PAYPAL_CLIENT_ID=${v.paypalClientId(g)}`, sec(`PAYPAL_CLIENT_SECRET=${s}`, s), 'PAYPAL_MODE=live'],
    };
  }),
  template('mailchimp-python', (g) => {
    const k = v.mailchimpKey(g);
    return {
      path: g.pick(['newsletter/sync_donors.py', 'scripts/mailchimp_tags.py']),
      lines: [
        'import mailchimp_marketing as MailchimpMarketing',
        '',
        'client = MailchimpMarketing.Client()',
        sec(`client.set_config({"api_key": "${k}", "server": "${k.split('-')[1]}"})`, k),
      ],
    };
  }),
  template('mailchimp-zapier-export', (g) => {
    const k = v.mailchimpKey(g);
    return {
      path: g.pick(['zapier/donor-welcome.json', 'exports/zap-new-donor.json']),
      lines: [
        '{',
        '  "title": "New donor -> Mailchimp",',
        '  "steps": [',
        '    { "app": "WebHooks", "action": "catch_hook" },',
        '    { "app": "Code", "action": "run_python", "params": {',
        sec(`        "code": "import requests\\nKEY = '${k}'\\nrequests.post(url, auth=('any', KEY), json=member)"`, k),
        '    } }',
        '  ]',
        '}',
      ],
    };
  }),
  template('constant-contact-yaml', (g) => {
    const k = v.uuid(g);
    const s = v.ctctSecret(g);
    return {
      path: g.pick(['config/constant_contact.yml', 'settings/ctct.yaml']),
      lines: [
        'constant_contact:',
        // The API key beside its secret: the pair's id half (as FedEx's ApiKey beside its SecretKey is).
        sec(`  api_key: ${k}`, k),
        sec(`  client_secret: ${s}`, s),
        '  redirect_uri: https://office.hopehouse.org/ctct/callback',
      ],
    };
  }),
  template('action-network-header', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['advocacy/an_signups.py', 'scripts/action_network.py']),
      lines: [
        'import requests',
        '',
        sec(`HEADERS = {"OSDI-API-Token": "${k}", "Content-Type": "application/json"}`, k),
        'r = requests.get("https://actionnetwork.org/api/v2/people", headers=HEADERS)',
      ],
    };
  }),
  template('action-network-curl', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['docs/action-network.md', 'notes/advocacy-api.md']),
      lines: [
        'Test the key:',
        '',
        '```',
        sec(`curl -H 'OSDI-API-Token: ${k}' https://actionnetwork.org/api/v2/forms`, k),
        '```',
      ],
    };
  }),
  template('eventbrite-token-python', (g) => {
    const t = v.eventbriteToken(g);
    return {
      path: g.pick(['events/eventbrite_sync.py', 'gala/attendees.py']),
      lines: [
        'import requests',
        '',
        sec(`EVENTBRITE_TOKEN = "${t}"`, t),
        `EVENT_ID = "${g.fake.digits(12)}"`,
        'attendees = requests.get(f"https://www.eventbriteapi.com/v3/events/{EVENT_ID}/attendees/", headers={"Authorization": f"Bearer {EVENTBRITE_TOKEN}"}).json()',
      ],
    };
  }),
  template('eventbrite-url-token', (g) => {
    const t = v.eventbriteToken(g);
    return {
      path: g.pick(['scripts/gala_checkins.sh', 'docs/eventbrite.md']),
      lines: [sec(`curl "https://www.eventbriteapi.com/v3/users/me/?token=${t}"`, t)],
    };
  }),
  template('tessitura-basic-header', (g) => {
    const p = v.plain(g);
    const b = v.base64Of(`svc_web:webapi:${g.pick(['BOXOFFICE', 'WEB', 'DEVELOPMENT'])}:${p}`);
    return {
      path: g.pick(['src/Tessitura/TessituraClient.cs', 'Services/TessituraService.cs']),
      lines: [
        `private const string BaseUrl = "https://tessitura.${v.orgDomain(g)}/TessituraService/";`,
        sec(`private const string AuthHeader = "Basic ${b}";`, b),
      ],
    };
  }),
  template('tessitura-appsettings', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['appsettings.json', 'TNEW/appsettings.Production.json']),
      lines: [
        '{',
        '  "Tessitura": {',
        '    "ServiceUrl": "https://rest.tessituranetwork.com/TessituraService",',
        '    "UserName": "tnew_api",',
        '    "UserGroup": "webapi",',
        '    "MachineLocation": "TNEW",',
        sec(`    "Password": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('volunteerhub-basic', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['volunteers/vhub_export.py', 'scripts/volunteerhub.py']),
      lines: [
        'import requests',
        '',
        `VHUB = "https://${v.org(g)}.volunteerhub.com/api/v2"`,
        sec(`AUTH = ("api.user@${v.orgDomain(g)}", "${p}")`, p),
        'events = requests.get(f"{VHUB}/events?query=Upcoming", auth=AUTH).json()',
      ],
    };
  }),
  template('galaxy-digital-key', (g) => {
    const k = v.apiKey(g);
    return {
      path: g.pick(['config/galaxy.json', 'volunteer-sync/config.json']),
      lines: [
        '{',
        '  "galaxy_digital": {',
        sec(`    "api_key": "${k}",`, k),
        '    "base_url": "https://api.galaxydigital.com/api"',
        '  }',
        '}',
      ],
    };
  }),
  template('planning-center-pat-python', (g) => {
    const id = v.pcoHex(g);
    const s = v.pcoHex(g);
    return {
      path: g.pick(['pco/checkins_report.py', 'scripts/pco_people.py']),
      lines: [
        'import pypco',
        '',
        sec(`pco = pypco.PCO("${id}", "${s}")`, s),
        "for person in pco.iterate('/people/v2/people'):",
        "    print(person['data']['attributes']['name'])",
      ],
    };
  }),
  template('planning-center-env', (g) => {
    const id = v.pcoHex(g);
    const s = v.pcoHex(g);
    return {
      path: g.pick(['.env', 'church-app/.env']),
      lines: [sec(`PCO_APPLICATION_ID=${id}`, id), sec(`PCO_SECRET=${s}`, s)],
    };
  }),
  template('planning-center-curl', (g) => {
    const id = v.pcoHex(g);
    const s = v.pcoHex(g);
    return {
      path: g.pick(['docs/pco.md', 'README.md']),
      lines: [
        'Quick check that the token works:',
        '',
        sec(`    curl -u ${id}:${s} https://api.planningcenteronline.com/services/v2/`, s),
      ],
    };
  }),
  template('breeze-api-key-php', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['breeze/sync.php', 'includes/breeze-config.php']),
      lines: [
        '<?php',
        `$subdomain = '${v.org(g)}';`,
        sec(`$api_key = '${k}';`, k),
        '$ch = curl_init("https://{$subdomain}.breezechms.com/api/people?details=1");',
        'curl_setopt($ch, CURLOPT_HTTPHEADER, ["Api-Key: $api_key"]);',
      ],
    };
  }),
  template('breeze-apps-script', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['Code.gs', 'apps-script/BreezeAttendance.gs']),
      lines: [
        'function pullAttendance() {',
        sec(`  var API_KEY = '${k}';`, k),
        "  var resp = UrlFetchApp.fetch('https://gracechurch.breezechms.com/api/events', {",
        "    headers: { 'Api-Key': API_KEY },",
        '  });',
        "  SpreadsheetApp.getActive().getSheetByName('Events').appendRow([resp.getContentText()]);",
        '}',
      ],
    };
  }),
  template('ccb-api-basic', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ccb/export_groups.py', 'scripts/ccb_api.py']),
      lines: [
        'import requests',
        '',
        `CCB_URL = "https://${v.org(g)}.ccbchurch.com/api.php"`,
        'CCB_USER = "api_sync"',
        sec(`CCB_PASS = "${p}"`, p),
        'r = requests.get(CCB_URL, params={"srv": "group_profiles"}, auth=(CCB_USER, CCB_PASS))',
      ],
    };
  }),
  template('pushpay-oauth-json', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/pushpay.json', 'pushpay-credentials.json']),
      lines: [
        '{',
        `  "client_id": "${v.org(g)}-giving-sync",`,
        sec(`  "client_secret": "${s}",`, s),
        '  "token_url": "https://auth.pushpay.com/pushpay/oauth/token"',
        '}',
      ],
    };
  }),
  template('mailchimp-env', (g) => {
    const k = v.mailchimpKey(g);
    return {
      path: g.pick(['.env', 'newsletter/.env']),
      lines: [sec(`MAILCHIMP_API_KEY=${k}`, k), `MAILCHIMP_LIST_ID=${g.fake.hex(10)}`],
    };
  }),
  template('make-blueprint-connection', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['make/blueprint-donor-sync.json', 'automations/make-neon.json']),
      lines: [
        '{',
        '  "name": "Neon -> Sheets",',
        '  "flow": [',
        '    { "id": 1, "module": "http:ActionSendData", "mapper": {',
        '      "url": "https://api.neoncrm.com/v2/donations/search",',
        '      "method": "post",',
        sec(`      "headers": [{ "name": "NEON-API-KEY", "value": "${k}" }]`, k),
        '    } }',
        '  ]',
        '}',
      ],
    };
  }),
];
