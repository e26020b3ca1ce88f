import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * marketing-adtech hard negatives from the same repositories: tag snippets with public ids (gtag
 * measurement and conversion ids, GTM containers and environment `gtm_auth`, Meta pixel, TikTok
 * pixel, LinkedIn Insight, Hotjar, Marketo Munchkin, HubSpot and Klaviyo embeds), client-side SDK
 * keys the vendors document as public (Segment and RudderStack write keys in browsers, Mixpanel
 * project tokens, Amplitude API keys, AppsFlyer dev keys, Branch `key_live_`, Braze SDK keys),
 * OAuth client ids alone, shipped templates (`INSERT_DEVELOPER_TOKEN_HERE`), env, Airflow, dbt and
 * Kubernetes references, masked values, click ids (gclid, fbclid, ttclid, msclkid), hashed match
 * keys in conversion uploads, campaign and ad ids, report exports, SFTP with key files, UI strings.
 * Generated at run time.
 */
export const adtechNegatives: readonly Template[] = [
  template('gtag-snippet', (g) => {
    const m = v.measurementId(g);
    return {
      path: g.pick(['templates/base.html', 'public/index.html', 'layouts/head.html']),
      lines: [
        '<!-- Google tag (gtag.js) -->',
        `<script async src="https://www.googletagmanager.com/gtag/js?id=${m}"></script>`,
        '<script>',
        '  window.dataLayer = window.dataLayer || [];',
        '  function gtag(){dataLayer.push(arguments);}',
        "  gtag('js', new Date());",
        `  gtag('config', '${m}');`,
        `  gtag('config', 'AW-${g.fake.digits(10)}');`,
        '</script>',
      ],
    };
  }),
  template('gtm-environment-snippet', (g) => ({
    path: g.pick(['templates/gtm_head.html', 'src/app.html']),
    lines: [
      '<!-- Google Tag Manager (staging environment) -->',
      "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':",
      "new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],",
      "j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=",
      `'https://www.googletagmanager.com/gtm.js?id='+i+dl+ '&gtm_auth=${g.fake.base64url(22).replace(/^[-_]/, 'a')}&gtm_preview=env-${g.between(3, 9)}&gtm_cookies_win=x';f.parentNode.insertBefore(j,f);`,
      `})(window,document,'script','dataLayer','${v.gtmId(g)}');</script>`,
    ],
  })),
  template('meta-pixel-snippet', (g) => {
    const id = v.metaId(g);
    return {
      path: g.pick(['snippets/meta-pixel.html', 'theme/partials/pixel.liquid']),
      lines: [
        '<!-- Meta Pixel Code -->',
        '<script>',
        '!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};',
        "}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');",
        `fbq('init', '${id}');`,
        "fbq('track', 'PageView');",
        '</script>',
        `<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=${id}&ev=PageView&noscript=1"/></noscript>`,
      ],
    };
  }),
  template('tiktok-pixel-snippet', (g) => ({
    path: g.pick(['snippets/tiktok.html', 'src/components/TikTokPixel.tsx']),
    lines: [
      '<script>',
      '!function (w, d, t) {',
      '  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];',
      `  ttq.load('C${g.fake.upperAlnum(19)}');`,
      '  ttq.page();',
      "}(window, document, 'ttq');",
      '</script>',
    ],
  })),
  template('linkedin-insight-hotjar', (g) => ({
    path: g.pick(['partials/tracking.html', 'templates/marketing_tags.html']),
    lines: [
      '<script type="text/javascript">',
      `_linkedin_partner_id = "${g.fake.digits(7).replace(/^0/, '4')}";`,
      'window._linkedin_data_partner_ids = window._linkedin_data_partner_ids || [];',
      'window._linkedin_data_partner_ids.push(_linkedin_partner_id);',
      '</script>',
      '<script>',
      `    (function(h,o,t,j,a,r){ h._hjSettings={hjid:${g.fake.digits(7).replace(/^0/, '3')},hjsv:6};`,
      "        a=o.getElementsByTagName('head')[0]; r=o.createElement('script');r.async=1;",
      "    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');",
      '</script>',
    ],
  })),
  template('segment-snippet-writekey', (g) => ({
    path: g.pick(['public/analytics.html', 'src/segment.js']),
    lines: [
      '<script>',
      '  !function(){var analytics=window.analytics=window.analytics||[];if(!analytics.initialize)if(analytics.invoked)return;',
      `  analytics._writeKey="${v.segmentWriteKey(g)}";analytics.SNIPPET_VERSION="5.2.0";`,
      `  analytics.load("${v.segmentWriteKey(g)}");`,
      '  analytics.page();',
      '  }}();',
      '</script>',
    ],
  })),
  template('rudderstack-js-load', (g) => ({
    path: g.pick(['src/analytics/rudder.ts', 'web/rudder.js']),
    lines: [
      "import { RudderAnalytics } from '@rudderstack/analytics-js';",
      '',
      'const rudderAnalytics = new RudderAnalytics();',
      `rudderAnalytics.load('${v.rudderWriteKey(g)}', 'https://${v.agency(g)}dataplane.rudderstack.com', {});`,
      'rudderAnalytics.page();',
    ],
  })),
  template('mixpanel-amplitude-browser', (g) => ({
    path: g.pick(['src/lib/analytics.ts', 'app/javascript/tracking.js']),
    lines: [
      "import mixpanel from 'mixpanel-browser';",
      "import * as amplitude from '@amplitude/analytics-browser';",
      '',
      `mixpanel.init('${g.fake.hex(32)}', { track_pageview: true, persistence: 'localStorage' });`,
      `amplitude.init('${g.fake.hex(32)}', { defaultTracking: true });`,
    ],
  })),
  template('appsflyer-sdk-init', (g) => ({
    path: g.pick(['app/src/main/java/com/shop/app/App.kt', 'android/app/src/main/java/com/app/MainApplication.kt']),
    lines: [
      'class App : Application() {',
      '    override fun onCreate() {',
      '        super.onCreate()',
      `        AppsFlyerLib.getInstance().init("${v.appsflyerDevKey(g)}", null, this)`,
      '        AppsFlyerLib.getInstance().start(this)',
      '    }',
      '}',
    ],
  })),
  template('branch-public-key-plist', (g) => ({
    path: g.pick(['ios/App/Info.plist', 'Info.plist']),
    lines: [
      '<key>branch_key</key>',
      '<dict>',
      '    <key>live</key>',
      `    <string>${v.branchKey(g)}</string>`,
      '</dict>',
      '<key>branch_universal_link_domains</key>',
      '<array><string>shop.app.link</string></array>',
    ],
  })),
  template('braze-web-sdk', (g) => ({
    path: g.pick(['src/braze-init.js', 'web/src/crm/braze.ts']),
    lines: [
      "import * as braze from '@braze/web-sdk';",
      '',
      `braze.initialize('${g.fake.uuid()}', {`,
      "  baseUrl: 'sdk.iad-03.braze.com',",
      '  enableLogging: false,',
      '});',
      'braze.openSession();',
    ],
  })),
  template('google-ads-yaml-template', () => ({
    path: 'google-ads.yaml',
    lines: [
      '# Developer token',
      'developer_token: INSERT_DEVELOPER_TOKEN_HERE',
      '',
      'client_id: INSERT_OAUTH2_CLIENT_ID_HERE',
      'client_secret: INSERT_OAUTH2_CLIENT_SECRET_HERE',
      'refresh_token: INSERT_REFRESH_TOKEN_HERE',
      '',
      '# login_customer_id: INSERT_LOGIN_CUSTOMER_ID_HERE',
      'use_proto_plus: True',
    ],
  })),
  template('google-ads-env-load', (g) => ({
    path: g.pick(['ads/client.py', 'etl/google_ads_client.py']),
    lines: [
      'import os',
      'from google.ads.googleads.client import GoogleAdsClient',
      '',
      '# Reads GOOGLE_ADS_DEVELOPER_TOKEN, GOOGLE_ADS_REFRESH_TOKEN, ... from the environment.',
      'client = GoogleAdsClient.load_from_env(version="v17")',
      'developer_token = os.environ["GOOGLE_ADS_DEVELOPER_TOKEN"]',
      `login_customer_id = os.getenv("GOOGLE_ADS_LOGIN_CUSTOMER_ID", "${v.customerId(g)}")`,
    ],
  })),
  template('env-example', (g) => ({
    path: g.pick(['.env.example', '.env.sample', 'connectors/.env.template']),
    lines: [
      'GOOGLE_ADS_DEVELOPER_TOKEN=',
      'GOOGLE_ADS_REFRESH_TOKEN=your-refresh-token',
      'FB_APP_SECRET=<your app secret>',
      'FB_SYSTEM_USER_TOKEN=changeme',
      'TIKTOK_ACCESS_TOKEN=${TIKTOK_ACCESS_TOKEN}',
      'KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    ],
  })),
  template('node-env-reads', (g) => ({
    path: g.pick(['src/config.ts', 'server/config.js']),
    lines: [
      'export const config = {',
      '  meta: { accessToken: process.env.META_ACCESS_TOKEN, pixelId: process.env.META_PIXEL_ID },',
      "  tiktok: { accessToken: process.env.TIKTOK_ACCESS_TOKEN ?? '' },",
      '  ga4: { apiSecret: process.env.GA4_API_SECRET, measurementId: process.env.GA4_MEASUREMENT_ID },',
      '  braze: { apiKey: process.env.BRAZE_REST_API_KEY },',
      '};',
    ],
  })),
  template('k8s-secret-refs', (g) => ({
    path: g.pick(['k8s/capi-deployment.yaml', 'charts/ads-sync/templates/deployment.yaml']),
    lines: [
      'env:',
      '  - name: META_ACCESS_TOKEN',
      '    valueFrom:',
      '      secretKeyRef:',
      '        name: capi-secrets',
      '        key: meta-access-token',
      '  - name: GOOGLE_ADS_DEVELOPER_TOKEN',
      '    valueFrom:',
      '      secretKeyRef: { name: ads-connectors, key: developer-token }',
    ],
  })),
  template('airflow-hook-reads', (g) => ({
    path: g.pick(['dags/tiktok_daily.py', 'airflow/dags/linkedin_ads.py']),
    lines: [
      'from airflow.hooks.base import BaseHook',
      'from airflow.models import Variable',
      '',
      'def pull(**context):',
      '    conn = BaseHook.get_connection("tiktok_ads")',
      '    token = conn.password',
      '    advertiser_ids = Variable.get("tiktok_advertiser_ids", deserialize_json=True)',
      '    secret = Variable.get("linkedin_client_secret")',
    ],
  })),
  template('dbt-profiles-env-var', (g) => ({
    path: g.pick(['profiles.yml', 'dbt/profiles.yml']),
    lines: [
      'marketing:',
      '  target: prod',
      '  outputs:',
      '    prod:',
      '      type: snowflake',
      '      account: "{{ env_var(\'SNOWFLAKE_ACCOUNT\') }}"',
      '      user: DBT_MARKETING',
      '      password: "{{ env_var(\'DBT_SNOWFLAKE_PASSWORD\') }}"',
      '      role: TRANSFORMER',
    ],
  })),
  template('terraform-var-refs', (g) => ({
    path: g.pick(['infra/main.tf', 'terraform/marketing/main.tf']),
    lines: [
      'variable "meta_access_token" {',
      '  type      = string',
      '  sensitive = true',
      '}',
      '',
      'resource "google_secret_manager_secret_version" "meta" {',
      '  secret      = google_secret_manager_secret.meta.id',
      '  secret_data = var.meta_access_token',
      '}',
    ],
  })),
  template('capi-payload-hashed', (g) => ({
    path: g.pick(['fixtures/capi_event.json', 'docs/capi-payload.json']),
    lines: [
      '{',
      '  "data": [{',
      '    "event_name": "Purchase",',
      `    "event_time": ${1718000000 + g.fake.int(1e6)},`,
      `    "event_id": "order-${g.fake.digits(8)}",`,
      '    "user_data": {',
      `      "em": ["${g.fake.hex(64)}"],`,
      `      "ph": ["${g.fake.hex(64)}"],`,
      `      "fbp": "fb.1.${g.fake.digits(13)}.${g.fake.digits(10)}",`,
      `      "fbc": "fb.1.${g.fake.digits(13)}.${g.fake.alnum(40)}"`,
      '    },',
      '    "custom_data": {"currency": "USD", "value": 129.0}',
      '  }]',
      '}',
    ],
  })),
  template('offline-conversions-csv', (g) => ({
    path: g.pick(['uploads/offline_conversions.csv', 'exports/google_ads_conversions.csv']),
    lines: [
      'Google Click ID,Conversion Name,Conversion Time,Conversion Value,Conversion Currency',
      `${g.fake.base64url(60).replace(/^[-_]/, 'C')},Qualified Lead,2024-06-01 10:14:00+0000,150,USD`,
      `${g.fake.base64url(60).replace(/^[-_]/, 'E')},Closed Won,2024-06-02 16:40:00+0000,2200,USD`,
    ],
  })),
  template('click-ids-log', (g) => ({
    path: g.pick(['logs/landing.log', 'var/log/nginx/lp_access.log']),
    lines: [
      `10.1.4.22 - - [01/Jun/2024:10:14:02 +0000] "GET /lp/summer?utm_source=google&utm_medium=cpc&gclid=${g.fake.base64url(60).replace(/^[-_]/, 'C')} HTTP/1.1" 200 5120`,
      `10.1.4.23 - - [01/Jun/2024:10:14:07 +0000] "GET /lp/summer?utm_source=facebook&fbclid=IwAR${g.fake.base64url(56)} HTTP/1.1" 200 5120`,
      `10.1.4.29 - - [01/Jun/2024:10:15:11 +0000] "GET /lp/summer?ttclid=${g.fake.base64url(40)}&msclkid=${g.fake.hex(32)} HTTP/1.1" 200 5120`,
    ],
  })),
  template('campaign-report-csv', (g) => ({
    path: g.pick(['reports/campaigns_2024-06.csv', 'exports/meta_ads.csv']),
    lines: [
      'account_id,campaign_id,adset_id,ad_id,impressions,clicks,spend',
      `act_${v.metaId(g)},${v.metaId(g)},${v.metaId(g)},${v.metaId(g)},120433,2281,1044.12`,
      `act_${v.metaId(g)},${v.metaId(g)},${v.metaId(g)},${v.metaId(g)},88410,1305,731.90`,
    ],
  })),
  template('masked-runbook', (g) => ({
    path: g.pick(['runbooks/google-ads.md', 'docs/credentials.md']),
    lines: [
      '## Where the ad platform credentials live',
      '',
      '- Google Ads developer token: `****************` (1Password, vault "Paid Media")',
      '- Meta system-user token: stored in Secret Manager as `meta-capi-token`',
      '- TikTok access token: `********` (rotated quarterly)',
      `- MCC: ${v.customerId(g, true)}`,
    ],
  })),
  template('docs-format-notes', () => ({
    path: 'docs/ad-platform-auth.md',
    lines: [
      '# Authentication cheat sheet',
      '',
      'The developer token is a 22-character alphanumeric string from the API Center.',
      'Refresh tokens start with `1//` and belong to the user who consented.',
      'Set `developer_token: YOUR_DEVELOPER_TOKEN` in google-ads.yaml.',
      'TikTok: send `Access-Token: <ACCESS_TOKEN>` on every request.',
      'GA4: `api_secret=<API_SECRET>` is created under Measurement Protocol API secrets.',
    ],
  })),
  template('oauth-client-ids-alone', (g) => ({
    path: g.pick(['config/oauth_clients.yml', 'settings/oauth.yaml']),
    lines: [
      'google:',
      `  client_id: ${v.googleClientId(g)}`,
      '  redirect_uri: https://ads.internal/oauth/google/callback',
      'linkedin:',
      `  client_id: ${v.linkedinClientId(g)}`,
      'amazon:',
      `  client_id: ${v.lwaClientId(g)}`,
    ],
  })),
  template('munchkin-hubspot-klaviyo-embed', (g) => ({
    path: g.pick(['partials/marketing_embeds.html', 'templates/footer_scripts.html']),
    lines: [
      '<script type="text/javascript">',
      `  Munchkin.init('${v.munchkinId(g)}');`,
      '</script>',
      `<script id="hs-script-loader" async defer src="//js.hs-scripts.com/${g.fake.digits(8).replace(/^0/, '2')}.js"></script>`,
      `<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=${v.klaviyoPublic(g)}"></script>`,
    ],
  })),
  template('sftp-key-auth', (g) => ({
    path: g.pick(['bin/upload_audience.sh', 'cron/liveramp.sh']),
    lines: [
      '#!/usr/bin/env bash',
      `sftp -i ~/.ssh/liveramp_ed25519 -oStrictHostKeyChecking=yes ${v.agency(g)}@files.liveramp.com <<'EOF'`,
      'put /data/out/crm_audience.csv.gpg /uploads/',
      'EOF',
    ],
  })),
  template('paramiko-env-password', (g) => ({
    path: g.pick(['audiences/push.py', 'jobs/sftp_upload.py']),
    lines: [
      'import os',
      'import paramiko',
      '',
      `transport = paramiko.Transport(("${v.sftpHost(g)}", 22))`,
      'transport.connect(username=os.environ["SFTP_USER"], password=os.environ["SFTP_PASSWORD"])',
    ],
  })),
  template('amazon-profiles-response', (g) => ({
    path: g.pick(['fixtures/amazon_profiles.json', 'samples/profiles.json']),
    lines: [
      '[',
      '  {',
      `    "profileId": ${g.fake.digits(16).replace(/^0/, '3')},`,
      '    "countryCode": "US",',
      '    "currencyCode": "USD",',
      `    "accountInfo": {"marketplaceStringId": "ATVPDKIKX0DER", "id": "A${g.fake.upperAlnum(13)}", "type": "seller"}`,
      '  }',
      ']',
    ],
  })),
  template('affiliate-tracking-links', (g) => ({
    path: g.pick(['content/deals.md', 'data/affiliate_links.yml']),
    lines: [
      `- https://www.anrdoezrs.net/click-${g.fake.digits(7)}-${g.fake.digits(8)}?sid=summer&cjevent=${g.fake.hex(32)}`,
      `- https://${v.agency(g)}.sjv.io/c/${g.fake.digits(7)}/${g.fake.digits(6)}/${g.fake.digits(5)}?irclickid=${g.fake.alnum(22)}`,
      `- https://www.awin1.com/cread.php?awinmid=${g.fake.digits(5)}&awinaffid=${g.fake.digits(6)}&clickref=summer`,
      `- https://click.linksynergy.com/deeplink?id=${g.fake.alnum(11)}&mid=${g.fake.digits(5)}&murl=https%3A%2F%2Fshop.test`,
    ],
  })),
  template('i18n-strings', (g) => ({
    path: g.pick(['locales/en/settings.json', 'src/i18n/en.json']),
    lines: [
      '{',
      '  "integrations.google_ads.developer_token": "Developer token",',
      '  "integrations.meta.access_token": "System user access token",',
      '  "integrations.tiktok.app_secret": "App secret",',
      '  "integrations.sftp.password": "SFTP password",',
      '  "integrations.help": "Paste the token exactly as shown in the platform."',
      '}',
    ],
  })),
  template('tiktok-events-config', (g) => ({
    path: g.pick(['config/tiktok_events.json', 'tracking/events.json']),
    lines: [
      '{',
      `  "pixel_code": "C${g.fake.upperAlnum(19)}",`,
      `  "advertiser_id": "${v.tiktokId(g)}",`,
      '  "events": ["ViewContent", "AddToCart", "CompletePayment"],',
      `  "test_event_code": "TEST${g.fake.digits(5)}"`,
      '}',
    ],
  })),
  template('sgtm-image-digest', (g) => ({
    path: g.pick(['sgtm/cloudrun.yaml', 'deploy/sgtm-service.yaml']),
    lines: [
      'apiVersion: serving.knative.dev/v1',
      'kind: Service',
      'metadata:',
      '  name: sgtm-tagging',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      `        - image: gcr.io/cloud-tagging-10302018/gtm-cloud-image@sha256:${g.fake.hex(64)}`,
      '          env:',
      '            - name: CONTAINER_CONFIG',
      '              valueFrom: { secretKeyRef: { name: sgtm, key: container-config } }',
    ],
  })),
  template('utm-campaign-sheet', (g) => ({
    path: g.pick(['campaigns/utm_builder.csv', 'planning/q3_utms.csv']),
    lines: [
      'campaign,source,medium,content,url',
      `summer_sale,google,cpc,${g.fake.lowerAlnum(8)},https://shop.${v.agency(g)}.com/?utm_source=google&utm_medium=cpc&utm_campaign=summer_sale`,
      `retarget_q3,meta,paid_social,${g.fake.lowerAlnum(8)},https://shop.${v.agency(g)}.com/?utm_source=meta&utm_campaign=retarget_q3`,
    ],
  })),
];
