import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * marketing-adtech positives from social, programmatic and native advertising: Meta Marketing API
 * and Conversions API (`FacebookAdsApi.init`, CAPI curl and server code, system-user tokens in
 * `.env` and Gateway configs), TikTok Marketing and Events API (`Access-Token` headers, app
 * secrets), LinkedIn Marketing (client secrets, `AQ` tokens), Snapchat Conversions API, Pinterest
 * (`pina_`/`pinr_`, app secrets), X Ads (API key pairs, access-token pairs, app-only bearer tokens),
 * The Trade Desk (`TTD-Auth`), Criteo, Taboola and Outbrain Amplify. App, pixel and advertiser ids
 * are not labelled. Values generated at run time.
 */
export const socialPositives: readonly Template[] = [
  template('meta-python-init', (g) => {
    const s = v.metaAppSecret(g);
    const t = v.metaToken(g);
    return {
      path: g.pick(['meta/insights.py', 'scripts/fb_ads_report.py']),
      lines: [
        'from facebook_business.api import FacebookAdsApi',
        'from facebook_business.adobjects.adaccount import AdAccount',
        '',
        `my_app_id = '${v.metaId(g)}'`,
        sec(`my_app_secret = '${s}'`, s),
        sec(`my_access_token = '${t}'`, t),
        'FacebookAdsApi.init(my_app_id, my_app_secret, my_access_token)',
        `account = AdAccount('act_${v.metaId(g)}')`,
      ],
    };
  }),
  template('meta-python-init-positional', (g) => {
    const s = v.metaAppSecret(g);
    const t = v.metaToken(g);
    return {
      path: g.pick(['notebooks/helpers/meta.py', 'ads/fb.py']),
      lines: [
        'from facebook_business.api import FacebookAdsApi',
        '',
        sec(`FacebookAdsApi.init("${v.metaId(g)}", "${s}", "${t}")`, t),
      ],
    };
  }),
  template('meta-capi-curl', (g) => {
    const t = v.metaToken(g);
    return {
      path: g.pick(['docs/capi-test.md', 'scripts/capi_test_event.sh']),
      lines: [
        `curl -X POST "https://graph.facebook.com/v19.0/${v.metaId(g)}/events" \\`,
        '  -F \'data=[{"event_name":"Purchase","event_time":1718000000,"action_source":"website"}]\' \\',
        sec(`  -F 'access_token=${t}'`, t),
      ],
    };
  }),
  template('meta-capi-node', (g) => {
    const t = v.metaToken(g);
    return {
      path: g.pick(['server/capi.js', 'api/conversions.ts']),
      lines: [
        "const bizSdk = require('facebook-nodejs-business-sdk');",
        '',
        sec(`const access_token = '${t}';`, t),
        `const pixel_id = '${v.metaId(g)}';`,
        'const api = bizSdk.FacebookAdsApi.init(access_token);',
        'const ServerEvent = bizSdk.ServerEvent;',
        'const EventRequest = bizSdk.EventRequest;',
      ],
    };
  }),
  template('meta-env', (g) => {
    const s = v.metaAppSecret(g);
    const t = v.metaToken(g);
    return {
      path: g.pick(['.env', '.env.local', 'apps/capi-gateway/.env']),
      lines: [
        `FB_APP_ID=${v.metaId(g)}`,
        sec(`FB_APP_SECRET=${s}`, s),
        sec(`FB_SYSTEM_USER_TOKEN=${t}`, t),
        `FB_PIXEL_ID=${v.metaId(g)}`,
        `FB_AD_ACCOUNT_ID=act_${v.metaId(g)}`,
      ],
    };
  }),
  template('meta-php-init', (g) => {
    const s = v.metaAppSecret(g);
    const t = v.metaToken(g);
    return {
      path: g.pick(['src/Meta/Client.php', 'lib/facebook_ads.php']),
      lines: [
        '<?php',
        'use FacebookAds\\Api;',
        '',
        `$app_id = '${v.metaId(g)}';`,
        sec(`$app_secret = '${s}';`, s),
        sec(`$access_token = '${t}';`, t),
        'Api::init($app_id, $app_secret, $access_token);',
      ],
    };
  }),
  template('meta-ruby-configure', (g) => {
    const s = v.metaAppSecret(g);
    const t = v.metaToken(g);
    return {
      path: g.pick(['config/initializers/facebook_ads.rb']),
      lines: [
        "require 'facebook_ads'",
        '',
        'FacebookAds.configure do |config|',
        sec(`  config.access_token = '${t}'`, t),
        sec(`  config.app_secret = '${s}'`, s),
        'end',
      ],
    };
  }),
  template('meta-graph-url-python', (g) => {
    const t = v.metaToken(g);
    return {
      path: g.pick(['etl/fb_spend.py', 'jobs/meta_daily.py']),
      lines: [
        'import requests',
        '',
        `ACCOUNT = "act_${v.metaId(g)}"`,
        sec(`TOKEN = "${t}"`, t),
        'resp = requests.get(',
        '    f"https://graph.facebook.com/v19.0/{ACCOUNT}/insights",',
        '    params={"fields": "spend,impressions,clicks", "date_preset": "yesterday", "access_token": TOKEN},',
        ')',
      ],
    };
  }),
  template('meta-app-secret-yaml', (g) => {
    const s = v.metaAppSecret(g);
    return {
      path: g.pick(['config/settings.yml', 'helm/values-prod.yaml']),
      lines: [
        'facebook:',
        `  app_id: "${v.metaId(g)}"`,
        sec(`  app_secret: "${s}"`, s),
        '  graph_version: v19.0',
        '  webhook_verify_path: /hooks/facebook',
      ],
    };
  }),
  template('tiktok-python-headers', (g) => {
    const t = v.tiktokHex(g);
    return {
      path: g.pick(['tiktok/report.py', 'connectors/tiktok_ads.py']),
      lines: [
        'import requests',
        '',
        `ADVERTISER_ID = "${v.tiktokId(g)}"`,
        sec(`ACCESS_TOKEN = "${t}"`, t),
        '',
        'resp = requests.get(',
        '    "https://business-api.tiktok.com/open_api/v1.3/report/integrated/get/",',
        '    headers={"Access-Token": ACCESS_TOKEN},',
        '    params={"advertiser_id": ADVERTISER_ID, "report_type": "BASIC", "data_level": "AUCTION_CAMPAIGN"},',
        ')',
      ],
    };
  }),
  template('tiktok-events-curl', (g) => {
    const t = v.tiktokHex(g);
    return {
      path: g.pick(['docs/tiktok-events-api.md', 'scripts/tiktok_test_event.sh']),
      lines: [
        "curl -X POST 'https://business-api.tiktok.com/open_api/v1.3/event/track/' \\",
        sec(`  -H 'Access-Token: ${t}' \\`, t),
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"event_source": "web", "event_source_id": "${g.fake.upperAlnum(20)}", "data": [{"event": "CompletePayment"}]}'`,
      ],
    };
  }),
  template('tiktok-app-env', (g) => {
    const s = v.tiktokHex(g);
    const t = v.tiktokHex(g);
    return {
      path: g.pick(['.env', 'services/tiktok-sync/.env']),
      lines: [
        `TIKTOK_APP_ID=${v.tiktokId(g)}`,
        sec(`TIKTOK_APP_SECRET=${s}`, s),
        sec(`TIKTOK_ACCESS_TOKEN=${t}`, t),
        `TIKTOK_ADVERTISER_IDS=${v.tiktokId(g)},${v.tiktokId(g)}`,
      ],
    };
  }),
  template('tiktok-node-oauth', (g) => {
    const s = v.tiktokHex(g);
    return {
      path: g.pick(['src/tiktok/oauth.js', 'routes/tiktok-callback.js']),
      lines: [
        'const res = await fetch("https://business-api.tiktok.com/open_api/v1.3/oauth2/access_token/", {',
        '  method: "POST",',
        '  headers: { "Content-Type": "application/json" },',
        '  body: JSON.stringify({',
        `    app_id: "${v.tiktokId(g)}",`,
        sec(`    secret: "${s}",`, s),
        '    auth_code: req.query.auth_code,',
        '  }),',
        '});',
      ],
    };
  }),
  template('linkedin-python-oauth', (g) => {
    const s = v.linkedinSecret(g);
    return {
      path: g.pick(['linkedin/auth.py', 'connectors/linkedin_ads.py']),
      lines: [
        `CLIENT_ID = "${v.linkedinClientId(g)}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        'REDIRECT_URI = "https://reports.internal/linkedin/callback"',
        'SCOPES = ["r_ads", "r_ads_reporting", "rw_conversions"]',
      ],
    };
  }),
  template('linkedin-capi-curl', (g) => {
    const t = v.linkedinToken(g);
    return {
      path: g.pick(['scripts/linkedin_conversion.sh', 'docs/linkedin-capi.md']),
      lines: [
        "curl -X POST 'https://api.linkedin.com/rest/conversionEvents' \\",
        sec(`  -H 'Authorization: Bearer ${t}' \\`, t),
        "  -H 'LinkedIn-Version: 202405' \\",
        "  -H 'X-Restli-Protocol-Version: 2.0.0' \\",
        "  -H 'Content-Type: application/json' \\",
        '  --data @conversion.json',
      ],
    };
  }),
  template('linkedin-env', (g) => {
    const s = v.linkedinSecret(g);
    const t = v.linkedinToken(g);
    return {
      path: g.pick(['.env', 'linkedin-sync/.env']),
      lines: [
        `LINKEDIN_CLIENT_ID=${v.linkedinClientId(g)}`,
        sec(`LINKEDIN_CLIENT_SECRET=${s}`, s),
        sec(`LINKEDIN_ACCESS_TOKEN=${t}`, t),
        `LINKEDIN_AD_ACCOUNT=urn:li:sponsoredAccount:${g.fake.digits(9).replace(/^0/, '5')}`,
      ],
    };
  }),
  template('snap-capi-python', (g) => {
    const t = v.snapToken(g);
    return {
      path: g.pick(['snap/capi.py', 'tracking/snap_events.py']),
      lines: [
        'import requests',
        '',
        `PIXEL_ID = "${g.fake.uuid()}"`,
        sec(`SNAP_CAPI_TOKEN = "${t}"`, t),
        'url = f"https://tr.snapchat.com/v3/{PIXEL_ID}/events?access_token={SNAP_CAPI_TOKEN}"',
        'requests.post(url, json={"data": events})',
      ],
    };
  }),
  template('snap-marketing-env', (g) => {
    const s = v.snapSecret(g);
    const rt = v.snapSecret(g) + v.snapSecret(g);
    return {
      path: g.pick(['.env', 'snapchat/.env.production']),
      lines: [
        `SNAPCHAT_CLIENT_ID=${g.fake.uuid()}`,
        sec(`SNAPCHAT_CLIENT_SECRET=${s}`, s),
        sec(`SNAPCHAT_REFRESH_TOKEN=${rt}`, rt),
        `SNAPCHAT_AD_ACCOUNT_ID=${g.fake.uuid()}`,
      ],
    };
  }),
  template('pinterest-python', (g) => {
    const t = v.pinterestToken(g);
    return {
      path: g.pick(['pinterest/ads_report.py', 'jobs/pinterest.py']),
      lines: [
        'import requests',
        '',
        sec(`HEADERS = {"Authorization": "Bearer ${t}"}`, t),
        `AD_ACCOUNT = "${g.fake.digits(12).replace(/^0/, '5')}"`,
        'r = requests.get(f"https://api.pinterest.com/v5/ad_accounts/{AD_ACCOUNT}/campaigns", headers=HEADERS)',
      ],
    };
  }),
  template('pinterest-env', (g) => {
    const s = v.pinterestSecret(g);
    const rt = v.pinterestToken(g, 'r');
    return {
      path: g.pick(['.env', 'pinterest-capi/.env']),
      lines: [
        `PINTEREST_APP_ID=${g.fake.digits(7).replace(/^0/, '1')}`,
        sec(`PINTEREST_APP_SECRET=${s}`, s),
        sec(`PINTEREST_REFRESH_TOKEN=${rt}`, rt),
        `PINTEREST_AD_ACCOUNT_ID=${g.fake.digits(12).replace(/^0/, '5')}`,
      ],
    };
  }),
  template('x-ads-python', (g) => {
    const k = v.xApiKey(g);
    const s = v.xApiSecret(g);
    const at = v.xAccessToken(g);
    const as = v.xAccessSecret(g);
    return {
      path: g.pick(['x_ads/client.py', 'twitter_ads_report.py']),
      lines: [
        'from twitter_ads.client import Client',
        '',
        sec(`CONSUMER_KEY = "${k}"`, k),
        sec(`CONSUMER_SECRET = "${s}"`, s),
        sec(`ACCESS_TOKEN = "${at}"`, at),
        sec(`ACCESS_TOKEN_SECRET = "${as}"`, as),
        '',
        'client = Client(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, ACCESS_TOKEN_SECRET)',
        `account = client.accounts("${g.fake.lowerAlnum(5)}")`,
      ],
    };
  }),
  template('x-bearer-curl', (g) => {
    const b = v.xBearer(g);
    return {
      path: g.pick(['scripts/x_audience.sh', 'NOTES.md']),
      lines: [
        `curl "https://ads-api.x.com/12/accounts/${g.fake.lowerAlnum(5)}/campaigns" \\`,
        sec(`  -H "Authorization: Bearer ${b}"`, b),
      ],
    };
  }),
  template('x-env', (g) => {
    const k = v.xApiKey(g);
    const s = v.xApiSecret(g);
    const b = v.xBearer(g);
    return {
      path: g.pick(['.env', 'x-ads/.env']),
      lines: [
        sec(`X_API_KEY=${k}`, k),
        sec(`X_API_SECRET=${s}`, s),
        sec(`X_BEARER_TOKEN=${b}`, b),
        `X_ADS_ACCOUNT_ID=${g.fake.lowerAlnum(5)}`,
      ],
    };
  }),
  template('ttd-python-auth', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['ttd/auth.py', 'dsp/tradedesk.py']),
      lines: [
        'import requests',
        '',
        'def ttd_token():',
        '    r = requests.post(',
        '        "https://api.thetradedesk.com/v3/authentication",',
        sec(`        json={"Login": "${v.agency(g)}_api", "Password": "${p}", "TokenExpirationInMinutes": 1440},`, p),
        '    )',
        '    return r.json()["Token"]',
      ],
    };
  }),
  template('ttd-auth-header', (g) => {
    const t = v.ttdToken(g);
    return {
      path: g.pick(['scripts/ttd_report.sh', 'docs/ttd-api.md']),
      lines: [
        "curl -X POST 'https://api.thetradedesk.com/v3/myreports/reportexecution/query/advertisers' \\",
        sec(`  -H 'TTD-Auth: ${t}' \\`, t),
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"AdvertiserIds": ["${g.fake.lowerAlnum(7)}"], "PageStartIndex": 0, "PageSize": 50}'`,
      ],
    };
  }),
  template('ttd-env', (g) => {
    const t = v.ttdToken(g);
    return {
      path: g.pick(['.env', 'dsp-sync/.env']),
      lines: [
        `TTD_PARTNER_ID=${g.fake.lowerAlnum(7)}`,
        sec(`TTD_API_TOKEN=${t}`, t),
        'TTD_API_BASE=https://api.thetradedesk.com/v3',
      ],
    };
  }),
  template('criteo-python', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['criteo/report.py', 'retargeting/criteo_api.py']),
      lines: [
        'import criteo_api_marketingsolutions_v2024_07 as criteo',
        '',
        'configuration = criteo.Configuration(',
        `    username="${g.fake.hex(32)}",  # client id`,
        sec(`    password="${s}",  # client secret`, s),
        ')',
        'client = criteo.ApiClient(configuration)',
      ],
    };
  }),
  template('criteo-env', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['.env', 'criteo/.env']),
      lines: [
        `CRITEO_CLIENT_ID=${g.fake.hex(32)}`,
        sec(`CRITEO_CLIENT_SECRET=${s}`, s),
        `CRITEO_ADVERTISER_ID=${g.fake.digits(5)}`,
      ],
    };
  }),
  template('taboola-node', (g) => {
    const s = v.hexSecret(g);
    return {
      path: g.pick(['src/taboola.js', 'native/taboola-auth.ts']),
      lines: [
        'const params = new URLSearchParams({',
        `  client_id: '${g.fake.hex(32)}',`,
        sec(`  client_secret: '${s}',`, s),
        "  grant_type: 'client_credentials',",
        '});',
        "const res = await fetch('https://backstage.taboola.com/backstage/oauth/token', { method: 'POST', body: params });",
      ],
    };
  }),
  template('outbrain-python', (g) => {
    const t = v.outbrainToken(g);
    return {
      path: g.pick(['outbrain/amplify.py', 'native/outbrain_report.py']),
      lines: [
        'import requests',
        '',
        sec(`OB_TOKEN = "${t}"`, t),
        'r = requests.get(',
        `    "https://api.outbrain.com/amplify/v0.1/marketers/${g.fake.hex(34)}/campaigns",`,
        '    headers={"OB-TOKEN-V1": OB_TOKEN},',
        ')',
      ],
    };
  }),
  template('outbrain-login-curl', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/outbrain_token.sh']),
      lines: [
        '#!/bin/sh',
        '# Amplify issues a token for a Basic login; it is valid for 30 days.',
        sec(`curl -s -u 'growth@${v.agency(g)}.com:${p}' https://api.outbrain.com/amplify/v0.1/login`, p),
      ],
    };
  }),
];
