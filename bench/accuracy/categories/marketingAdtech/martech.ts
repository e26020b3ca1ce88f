import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * marketing-adtech positives from the marketing stack around the ad platforms: mobile measurement
 * (AppsFlyer API V2 tokens, Adjust API tokens, Branch `secret_live_`, Kochava API keys), customer
 * data platforms (Segment Public API `sgp_` tokens, mParticle server-to-server key and secret),
 * engagement and e-mail (Braze REST keys, Iterable, Klaviyo `pk_`, Mailchimp and Mandrill, HubSpot
 * `pat-na1-`, Marketo REST secrets, Pardot via Salesforce connected apps and security tokens,
 * Salesforce Marketing Cloud), product analytics (Mixpanel API and service-account secrets,
 * Amplitude secret keys), affiliate networks (CJ, Impact, Rakuten, Awin) and reverse ETL
 * (Hightouch, Census). Public SDK keys beside them are not labelled. Values generated at run time.
 */
export const martechPositives: readonly Template[] = [
  template('appsflyer-pull-python', (g) => {
    const t = v.appsflyerToken(g);
    return {
      path: g.pick(['mmp/appsflyer_pull.py', 'etl/af_raw_data.py']),
      lines: [
        'import requests',
        '',
        `APP_ID = "id${g.fake.digits(10)}"`,
        sec(`AF_API_TOKEN = "${t}"`, t),
        'url = f"https://hq1.appsflyer.com/api/raw-data/export/app/{APP_ID}/installs_report/v5"',
        'r = requests.get(url, headers={"authorization": f"Bearer {AF_API_TOKEN}"}, params={"from": day, "to": day})',
      ],
    };
  }),
  template('appsflyer-env', (g) => {
    const t = v.appsflyerToken(g);
    return {
      path: g.pick(['.env', 'mmp-sync/.env']),
      lines: [sec(`APPSFLYER_API_TOKEN=${t}`, t), `APPSFLYER_APP_IDS=com.${v.agency(g)}.shop,id${g.fake.digits(10)}`],
    };
  }),
  template('adjust-report-curl', (g) => {
    const t = v.adjustApiToken(g);
    return {
      path: g.pick(['scripts/adjust_kpis.sh', 'docs/adjust.md']),
      lines: [
        sec(`curl -H "Authorization: Bearer ${t}" \\`, t),
        `  "https://automate.adjust.com/reports-service/report?app_token__in=${v.adjustAppToken(g)}&dimensions=day,network&metrics=installs,cost"`,
      ],
    };
  }),
  template('adjust-yaml', (g) => {
    const t = v.adjustApiToken(g);
    return {
      path: g.pick(['config/mmp.yml', 'dags/config/adjust.yaml']),
      lines: ['adjust:', `  app_token: ${v.adjustAppToken(g)}`, sec(`  api_token: ${t}`, t), '  timezone: UTC'],
    };
  }),
  template('branch-server-node', (g) => {
    const s = v.branchSecret(g);
    return {
      path: g.pick(['server/branch.js', 'src/deeplinks.ts']),
      lines: [
        'const BRANCH = {',
        `  branch_key: '${v.branchKey(g)}',`,
        sec(`  branch_secret: '${s}',`, s),
        '};',
        "await axios.post('https://api2.branch.io/v1/url', { ...BRANCH, data: { $canonical_url: url } });",
      ],
    };
  }),
  template('branch-env', (g) => {
    const s = v.branchSecret(g);
    return {
      path: '.env',
      lines: [`BRANCH_KEY=${v.branchKey(g)}`, sec(`BRANCH_SECRET=${s}`, s)],
    };
  }),
  template('kochava-python', (g) => {
    const k = v.kochavaKey(g);
    return {
      path: g.pick(['mmp/kochava.py', 'reports/kochava_export.py']),
      lines: [
        'import requests',
        '',
        sec(`KOCHAVA_API_KEY = "${k}"`, k),
        `APP_GUID = "ko${v.agency(g)}-ios-${g.fake.lowerAlnum(10)}"`,
        'r = requests.post("https://reporting.api.kochava.com/v1.4/summary",',
        '                  json={"api_key": KOCHAVA_API_KEY, "app_guid": APP_GUID, "time_start": start, "time_end": end})',
      ],
    };
  }),
  template('segment-public-api', (g) => {
    const t = v.segmentToken(g);
    return {
      path: g.pick(['scripts/segment_sources.sh', 'docs/segment-admin.md']),
      lines: [
        'curl -s https://api.segmentapis.com/sources \\',
        sec(`  -H "Authorization: Bearer ${t}" \\`, t),
        '  -H "Content-Type: application/json"',
      ],
    };
  }),
  template('segment-terraform', (g) => {
    const t = v.segmentToken(g);
    return {
      path: g.pick(['infra/segment/main.tf', 'terraform/cdp.tf']),
      lines: [
        'provider "segment" {',
        sec(`  token = "${t}"`, t),
        '}',
        '',
        'resource "segment_source" "web" {',
        '  slug    = "web-prod"',
        '  enabled = true',
        '}',
      ],
    };
  }),
  template('mparticle-python', (g) => {
    const k = v.mparticleKey(g);
    const s = v.mparticleSecret(g);
    return {
      path: g.pick(['cdp/mparticle_events.py', 'server/mp_batch.py']),
      lines: [
        'import mparticle',
        '',
        'configuration = mparticle.Configuration()',
        sec(`configuration.api_key = "${k}"`, k),
        sec(`configuration.api_secret = "${s}"`, s),
        'api_instance = mparticle.EventsApi(configuration)',
      ],
    };
  }),
  template('braze-node', (g) => {
    const k = v.brazeKey(g);
    return {
      path: g.pick(['src/braze.ts', 'services/crm/braze.js']),
      lines: [
        "const BRAZE_ENDPOINT = 'https://rest.iad-03.braze.com';",
        sec(`const BRAZE_REST_API_KEY = '${k}';`, k),
        '',
        'export async function track(attributes) {',
        '  return fetch(`${BRAZE_ENDPOINT}/users/track`, {',
        "    method: 'POST',",
        "    headers: { Authorization: `Bearer ${BRAZE_REST_API_KEY}`, 'Content-Type': 'application/json' },",
        '    body: JSON.stringify({ attributes }),',
        '  });',
        '}',
      ],
    };
  }),
  template('braze-env', (g) => {
    const k = v.brazeKey(g);
    return {
      path: g.pick(['.env', 'crm-sync/.env']),
      lines: [
        'BRAZE_REST_ENDPOINT=https://rest.fra-02.braze.eu',
        sec(`BRAZE_API_KEY=${k}`, k),
        `BRAZE_WEB_SDK_APP_ID=${g.fake.uuid()}`,
      ],
    };
  }),
  template('iterable-python', (g) => {
    const k = v.iterableKey(g);
    return {
      path: g.pick(['crm/iterable.py', 'jobs/iterable_sync.py']),
      lines: [
        'import requests',
        '',
        sec(`ITERABLE_API_KEY = "${k}"`, k),
        'requests.post("https://api.iterable.com/api/users/update",',
        '              headers={"Api-Key": ITERABLE_API_KEY}, json={"email": email, "dataFields": fields})',
      ],
    };
  }),
  template('klaviyo-python', (g) => {
    const k = v.klaviyoPrivate(g);
    return {
      path: g.pick(['email/klaviyo_client.py', 'scripts/klaviyo_lists.py']),
      lines: [
        'from klaviyo_api import KlaviyoAPI',
        '',
        sec(`klaviyo = KlaviyoAPI("${k}", max_delay=60, max_retries=3)`, k),
      ],
    };
  }),
  template('klaviyo-curl', (g) => {
    const k = v.klaviyoPrivate(g);
    return {
      path: g.pick(['docs/klaviyo.md', 'scripts/klaviyo_profiles.sh']),
      lines: [
        "curl --request GET --url 'https://a.klaviyo.com/api/profiles/' \\",
        sec(`  --header 'Authorization: Klaviyo-API-Key ${k}' \\`, k),
        "  --header 'revision: 2024-06-15'",
      ],
    };
  }),
  template('mailchimp-python', (g) => {
    const k = v.mailchimpKey(g);
    const dc = k.slice(k.lastIndexOf('-') + 1);
    return {
      path: g.pick(['newsletter/mailchimp.py', 'crm/mc_sync.py']),
      lines: [
        'import mailchimp_marketing as MailchimpMarketing',
        '',
        'client = MailchimpMarketing.Client()',
        sec(`client.set_config({"api_key": "${k}", "server": "${dc}"})`, k),
      ],
    };
  }),
  template('mailchimp-php', (g) => {
    const k = v.mailchimpKey(g);
    return {
      path: g.pick(['wp-content/themes/agency/inc/newsletter.php', 'app/Newsletter.php']),
      lines: [
        '<?php',
        sec(`define('MAILCHIMP_API_KEY', '${k}');`, k),
        `define('MAILCHIMP_LIST_ID', '${g.fake.hex(10)}');`,
      ],
    };
  }),
  template('mandrill-node', (g) => {
    const k = v.mandrillKey(g);
    return {
      path: g.pick(['src/mail/transactional.js', 'lib/mandrill.js']),
      lines: [
        "const mailchimpTx = require('@mailchimp/mailchimp_transactional');",
        sec(`const tx = mailchimpTx('${k}');`, k),
      ],
    };
  }),
  template('hubspot-python', (g) => {
    const t = v.hubspotToken(g);
    return {
      path: g.pick(['crm/hubspot_sync.py', 'integrations/hubspot.py']),
      lines: ['from hubspot import HubSpot', '', sec(`api_client = HubSpot(access_token="${t}")`, t)],
    };
  }),
  template('hubspot-env', (g) => {
    const t = v.hubspotToken(g);
    return {
      path: g.pick(['.env', 'hubspot-app/.env']),
      lines: [`HUBSPOT_PORTAL_ID=${g.fake.digits(8).replace(/^0/, '2')}`, sec(`HUBSPOT_ACCESS_TOKEN=${t}`, t)],
    };
  }),
  template('marketo-python', (g) => {
    const s = v.marketoSecret(g);
    return {
      path: g.pick(['marketo/leads.py', 'mops/marketo_export.py']),
      lines: [
        'from marketorestpython.client import MarketoClient',
        '',
        `munchkin_id = "${v.munchkinId(g)}"`,
        `client_id = "${g.fake.uuid()}"`,
        sec(`client_secret = "${s}"`, s),
        'mc = MarketoClient(munchkin_id, client_id, client_secret)',
      ],
    };
  }),
  template('marketo-yaml', (g) => {
    const s = v.marketoSecret(g);
    return {
      path: g.pick(['config/marketo.yml', 'connectors/marketo.yaml']),
      lines: [
        'marketo:',
        `  munchkin_id: ${v.munchkinId(g)}`,
        `  client_id: ${g.fake.uuid()}`,
        sec(`  client_secret: ${s}`, s),
      ],
    };
  }),
  template('pardot-salesforce-python', (g) => {
    const cs = v.sfConsumerSecret(g);
    const p = v.plain(g);
    const st = v.sfSecurityToken(g);
    return {
      path: g.pick(['pardot/client.py', 'mops/pardot_prospects.py']),
      lines: [
        'from pypardot.client import PardotAPI',
        '',
        'p = PardotAPI(',
        `    sf_consumer_key="${v.sfConsumerKey(g)}",`,
        sec(`    sf_consumer_secret="${cs}",`, cs),
        `    sf_refresh_token=None, business_unit_id="0Uv${g.fake.alnum(15)}",`,
        ')',
        sec(`SF_PASSWORD = "${p}${st}"  # password + security token`, p + st),
      ],
    };
  }),
  template('sfmc-json', (g) => {
    const s = v.sfmcSecret(g);
    const sub = v.sfmcSubdomain(g);
    return {
      path: g.pick(['sfmc/config.json', 'config/marketing-cloud.json']),
      lines: [
        '{',
        `  "clientId": "${v.sfmcClientId(g)}",`,
        sec(`  "clientSecret": "${s}",`, s),
        `  "authOrigin": "https://${sub}.auth.marketingcloudapis.com/",`,
        `  "origin": "https://${sub}.rest.marketingcloudapis.com/",`,
        `  "accountId": "${g.fake.digits(9).replace(/^0/, '5')}"`,
        '}',
      ],
    };
  }),
  template('sfmc-node-sdk', (g) => {
    const s = v.sfmcSecret(g);
    return {
      path: g.pick(['src/sfmc.js', 'journeys/auth.js']),
      lines: [
        "const SDK = require('sfmc-sdk');",
        'const sfmc = new SDK({',
        `  client_id: '${v.sfmcClientId(g)}',`,
        sec(`  client_secret: '${s}',`, s),
        `  auth_url: 'https://${v.sfmcSubdomain(g)}.auth.marketingcloudapis.com/',`,
        `  account_id: ${g.fake.digits(9).replace(/^0/, '5')},`,
        '});',
      ],
    };
  }),
  template('mixpanel-export-python', (g) => {
    const s = v.mixpanelSecret(g);
    return {
      path: g.pick(['analytics/mixpanel_export.py', 'etl/mixpanel.py']),
      lines: [
        'import requests',
        '',
        `MIXPANEL_SA_USER = "etl.${g.fake.lowerAlnum(6)}.mp-service-account"`,
        sec(`MIXPANEL_SA_SECRET = "${s}"`, s),
        'r = requests.get("https://data.mixpanel.com/api/2.0/export",',
        '                 auth=(MIXPANEL_SA_USER, MIXPANEL_SA_SECRET), params={"from_date": d, "to_date": d})',
      ],
    };
  }),
  template('mixpanel-api-secret-env', (g) => {
    const s = g.fake.hex(32);
    return {
      path: g.pick(['.env', 'analytics/.env']),
      lines: [
        `MIXPANEL_PROJECT_TOKEN=${g.fake.hex(32)}`,
        sec(`MIXPANEL_API_SECRET=${s}`, s),
        `MIXPANEL_PROJECT_ID=${g.fake.digits(7)}`,
      ],
    };
  }),
  template('amplitude-export', (g) => {
    const k = g.fake.hex(32);
    const s = g.fake.hex(32);
    return {
      path: g.pick(['analytics/amplitude_export.sh', 'scripts/amp_export.sh']),
      lines: [
        sec(`curl -u ${k}:${s} \\`, s),
        "  'https://amplitude.com/api/2/export?start=20240601T00&end=20240601T23' -o export.zip",
      ],
    };
  }),
  template('amplitude-env', (g) => {
    // The API key beside its secret key is the pair's id half (the export API's Basic user), as a
    // Shopify API key beside its secret is; handed alone to the browser SDK it is public.
    const k = g.fake.hex(32);
    const s = g.fake.hex(32);
    return {
      path: g.pick(['.env', 'product-analytics/.env']),
      lines: [sec(`AMPLITUDE_API_KEY=${k}`, k), sec(`AMPLITUDE_SECRET_KEY=${s}`, s)],
    };
  }),
  template('cj-graphql-python', (g) => {
    const t = v.cjToken(g);
    return {
      path: g.pick(['affiliates/cj_commissions.py', 'partners/cj.py']),
      lines: [
        'import requests',
        '',
        sec(`CJ_TOKEN = "${t}"`, t),
        `CJ_PUBLISHER_ID = "${g.fake.digits(7)}"`,
        'requests.post("https://commissions.api.cj.com/query",',
        '              headers={"Authorization": f"Bearer {CJ_TOKEN}"}, data=query)',
      ],
    };
  }),
  template('impact-curl', (g) => {
    const sid = v.impactSid(g);
    const t = v.impactToken(g);
    return {
      path: g.pick(['scripts/impact_actions.sh', 'docs/impact-api.md']),
      lines: [
        `curl "https://api.impact.com/Advertisers/${sid}/Actions?CampaignId=${g.fake.digits(5)}" \\`,
        sec(`  -u '${sid}:${t}' \\`, t),
        "  -H 'Accept: application/json'",
      ],
    };
  }),
  template('impact-env', (g) => {
    const t = v.impactToken(g);
    return {
      path: g.pick(['.env', 'affiliate-sync/.env']),
      lines: [`IMPACT_ACCOUNT_SID=${v.impactSid(g)}`, sec(`IMPACT_AUTH_TOKEN=${t}`, t)],
    };
  }),
  template('rakuten-php', (g) => {
    const t = v.rakutenToken(g);
    return {
      path: g.pick(['affiliates/rakuten.php', 'cron/rakuten_links.php']),
      lines: [
        '<?php',
        sec(`$token = '${t}';`, t),
        `$mid = ${g.fake.digits(5)};`,
        '$url = "https://api.linksynergy.com/v1/links/getTextLinks/$mid/-1//";',
        '$ch = curl_init($url);',
        'curl_setopt($ch, CURLOPT_HTTPHEADER, ["Authorization: Bearer $token"]);',
      ],
    };
  }),
  template('awin-node', (g) => {
    const t = g.fake.uuid();
    return {
      path: g.pick(['src/affiliates/awin.js', 'awin/transactions.ts']),
      lines: [
        sec(`const AWIN_TOKEN = '${t}';`, t),
        `const publisherId = ${g.fake.digits(6)};`,
        'const res = await fetch(`https://api.awin.com/publishers/${publisherId}/transactions/?startDate=${from}&endDate=${to}`, {',
        '  headers: { Authorization: `Bearer ${AWIN_TOKEN}` },',
        '});',
      ],
    };
  }),
  template('census-curl', (g) => {
    const t = v.censusToken(g);
    return {
      path: g.pick(['scripts/census_trigger.sh', 'docs/reverse-etl.md']),
      lines: [
        `curl -X POST https://app.getcensus.com/api/v1/syncs/${g.fake.digits(5)}/trigger \\`,
        sec(`  -H "Authorization: Bearer ${t}"`, t),
      ],
    };
  }),
  template('hightouch-python', (g) => {
    const k = v.hightouchKey(g);
    return {
      path: g.pick(['orchestration/hightouch.py', 'dags/utils/hightouch.py']),
      lines: [
        'import requests',
        '',
        sec(`HIGHTOUCH_API_KEY = "${k}"`, k),
        'def trigger(sync_id):',
        '    return requests.post(f"https://api.hightouch.com/api/v1/syncs/{sync_id}/trigger",',
        '                         headers={"Authorization": f"Bearer {HIGHTOUCH_API_KEY}"})',
      ],
    };
  }),
];
