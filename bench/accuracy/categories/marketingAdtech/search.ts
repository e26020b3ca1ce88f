import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * marketing-adtech positives from search and retail-media advertising as the client libraries'
 * guides show them and agencies then write them: Google Ads (`google-ads.yaml`, `ads.properties`,
 * `google_ads_php.ini`, Ruby `google_ads_config.rb`, .NET `App.config`, the Node `google-ads-api`
 * client, REST curl calls with `developer-token`), GA4 Measurement Protocol `api_secret`s, Display &
 * Video 360 service-account keys, Microsoft Advertising (developer tokens and refresh tokens in
 * bingads Python, C# and `.env`), Amazon Ads (LWA client secrets and refresh tokens). OAuth client
 * ids and customer ids beside them are not labelled. Values generated at run time.
 */
export const searchPositives: readonly Template[] = [
  template('google-ads-yaml', (g) => {
    const dev = v.googleDevToken(g);
    const cs = v.googleClientSecret(g);
    const rt = v.googleRefresh(g);
    return {
      path: g.pick(['google-ads.yaml', 'config/google-ads.yaml', 'ads/google-ads.yaml']),
      lines: [
        '# Developer token',
        sec(`developer_token: ${dev}`, dev),
        '',
        '# OAuth2 credentials for a desktop/web app flow',
        `client_id: ${v.googleClientId(g)}`,
        sec(`client_secret: ${cs}`, cs),
        sec(`refresh_token: ${rt}`, rt),
        '',
        `login_customer_id: ${v.customerId(g)}`,
        'use_proto_plus: True',
      ],
    };
  }),
  template('google-ads-yaml-quoted', (g) => {
    const dev = v.googleDevToken(g);
    const rt = v.googleRefresh(g);
    return {
      path: g.pick(['clients/acme/google-ads.yaml', 'secrets/google-ads.yaml']),
      lines: [
        sec(`developer_token: "${dev}"`, dev),
        `client_id: "${v.googleClientId(g)}"`,
        'client_secret: "{{ vault_google_ads_client_secret }}"',
        sec(`refresh_token: "${rt}"`, rt),
        `login_customer_id: "${v.customerId(g)}"`,
        'use_proto_plus: true',
      ],
    };
  }),
  template('google-ads-python-dict', (g) => {
    const dev = v.googleDevToken(g);
    const cs = v.googleClientSecret(g);
    const rt = v.googleRefresh(g);
    return {
      path: g.pick(['scripts/pull_search_terms.py', 'etl/google_ads_report.py']),
      lines: [
        'from google.ads.googleads.client import GoogleAdsClient',
        '',
        'credentials = {',
        sec(`    "developer_token": "${dev}",`, dev),
        `    "client_id": "${v.googleClientId(g)}",`,
        sec(`    "client_secret": "${cs}",`, cs),
        sec(`    "refresh_token": "${rt}",`, rt),
        `    "login_customer_id": "${v.customerId(g)}",`,
        '    "use_proto_plus": True,',
        '}',
        'client = GoogleAdsClient.load_from_dict(credentials, version="v17")',
        'ga_service = client.get_service("GoogleAdsService")',
      ],
    };
  }),
  template('google-ads-properties-java', (g) => {
    const dev = v.googleDevToken(g);
    const cs = v.googleClientSecret(g);
    const rt = v.googleRefresh(g);
    return {
      path: g.pick(['ads.properties', 'src/main/resources/ads.properties']),
      lines: [
        '# Google Ads API client library for Java configuration',
        `api.googleads.clientId=${v.googleClientId(g)}`,
        sec(`api.googleads.clientSecret=${cs}`, cs),
        sec(`api.googleads.refreshToken=${rt}`, rt),
        sec(`api.googleads.developerToken=${dev}`, dev),
        `api.googleads.loginCustomerId=${v.customerId(g)}`,
      ],
    };
  }),
  template('google-ads-php-ini', (g) => {
    const dev = v.googleDevToken(g);
    const cs = v.googleClientSecret(g);
    const rt = v.googleRefresh(g);
    return {
      path: 'google_ads_php.ini',
      lines: [
        '[GOOGLE_ADS]',
        '; Required GoogleAdsClient properties',
        sec(`developerToken = "${dev}"`, dev),
        `loginCustomerId = "${v.customerId(g)}"`,
        '',
        '[OAUTH2]',
        `clientId = "${v.googleClientId(g)}"`,
        sec(`clientSecret = "${cs}"`, cs),
        sec(`refreshToken = "${rt}"`, rt),
      ],
    };
  }),
  template('google-ads-ruby-config', (g) => {
    const dev = v.googleDevToken(g);
    const cs = v.googleClientSecret(g);
    const rt = v.googleRefresh(g);
    return {
      path: g.pick(['google_ads_config.rb', 'config/google_ads_config.rb']),
      lines: [
        'Google::Ads::GoogleAds::Config.new do |c|',
        `  c.client_id = '${v.googleClientId(g)}'`,
        sec(`  c.client_secret = '${cs}'`, cs),
        sec(`  c.refresh_token = '${rt}'`, rt),
        sec(`  c.developer_token = '${dev}'`, dev),
        `  c.login_customer_id = '${v.customerId(g)}'`,
        'end',
      ],
    };
  }),
  template('google-ads-dotnet-appconfig', (g) => {
    const dev = v.googleDevToken(g);
    const cs = v.googleClientSecret(g);
    return {
      path: g.pick(['App.config', 'Web.config']),
      lines: [
        '<configuration>',
        '  <GoogleAdsApi>',
        sec(`    <add key="DeveloperToken" value="${dev}"/>`, dev),
        `    <add key="LoginCustomerId" value="${v.customerId(g)}"/>`,
        '    <add key="OAuth2Mode" value="APPLICATION"/>',
        `    <add key="OAuth2ClientId" value="${v.googleClientId(g)}"/>`,
        sec(`    <add key="OAuth2ClientSecret" value="${cs}"/>`, cs),
        '    <add key="OAuth2RefreshToken" value=""/>',
        '  </GoogleAdsApi>',
        '</configuration>',
      ],
    };
  }),
  template('google-ads-node-client', (g) => {
    const dev = v.googleDevToken(g);
    const cs = v.googleClientSecret(g);
    const rt = v.googleRefresh(g);
    return {
      path: g.pick(['src/googleAds.ts', 'lib/ads-client.js']),
      lines: [
        "import { GoogleAdsApi } from 'google-ads-api';",
        '',
        'const client = new GoogleAdsApi({',
        `  client_id: '${v.googleClientId(g)}',`,
        sec(`  client_secret: '${cs}',`, cs),
        sec(`  developer_token: '${dev}',`, dev),
        '});',
        '',
        'export const customer = client.Customer({',
        `  customer_id: '${v.customerId(g)}',`,
        sec(`  refresh_token: '${rt}',`, rt),
        '});',
      ],
    };
  }),
  template('google-ads-rest-curl', (g) => {
    const dev = v.googleDevToken(g);
    const cid = v.customerId(g);
    return {
      path: g.pick(['scripts/list_campaigns.sh', 'docs/google-ads-rest.md']),
      lines: [
        `curl -X POST "https://googleads.googleapis.com/v17/customers/${cid}/googleAds:search" \\`,
        '  -H "Content-Type: application/json" \\',
        '  -H "Authorization: Bearer $(gcloud auth print-access-token)" \\',
        sec(`  -H "developer-token: ${dev}" \\`, dev),
        `  -H "login-customer-id: ${v.customerId(g)}" \\`,
        `  --data '{"query": "SELECT campaign.id, campaign.name FROM campaign"}'`,
      ],
    };
  }),
  template('google-ads-env', (g) => {
    const dev = v.googleDevToken(g);
    const cs = v.googleClientSecret(g);
    const rt = v.googleRefresh(g);
    return {
      path: g.pick(['.env', '.env.production', 'services/ads-sync/.env']),
      lines: [
        sec(`GOOGLE_ADS_DEVELOPER_TOKEN=${dev}`, dev),
        `GOOGLE_ADS_CLIENT_ID=${v.googleClientId(g)}`,
        sec(`GOOGLE_ADS_CLIENT_SECRET=${cs}`, cs),
        sec(`GOOGLE_ADS_REFRESH_TOKEN=${rt}`, rt),
        `GOOGLE_ADS_LOGIN_CUSTOMER_ID=${v.customerId(g)}`,
        'GOOGLE_ADS_USE_PROTO_PLUS=true',
      ],
    };
  }),
  template('google-ads-scripts-mcc-notes', (g) => {
    const dev = v.googleDevToken(g);
    return {
      path: g.pick(['docs/onboarding.md', 'README.md']),
      lines: [
        '## Google Ads API access',
        '',
        `Our MCC is ${v.customerId(g, true)}. The developer token has Standard Access since March.`,
        '',
        sec(`Developer token: \`${dev}\``, dev),
        '',
        'Use the OAuth playground to mint a refresh token for new client accounts.',
      ],
    };
  }),
  template('ga4-mp-python', (g) => {
    const s = v.ga4Secret(g);
    return {
      path: g.pick(['server/ga4.py', 'tracking/offline_conversions.py']),
      lines: [
        'import requests',
        '',
        `MEASUREMENT_ID = "${v.measurementId(g)}"`,
        sec(`API_SECRET = "${s}"`, s),
        '',
        'def send_purchase(client_id, value):',
        '    url = f"https://www.google-analytics.com/mp/collect?measurement_id={MEASUREMENT_ID}&api_secret={API_SECRET}"',
        '    body = {"client_id": client_id, "events": [{"name": "purchase", "params": {"value": value}}]}',
        '    return requests.post(url, json=body, timeout=5)',
      ],
    };
  }),
  template('ga4-mp-node-url', (g) => {
    const s = v.ga4Secret(g);
    const m = v.measurementId(g);
    return {
      path: g.pick(['functions/trackRefund.js', 'src/analytics/mp.ts']),
      lines: [
        'export async function trackRefund(clientId, transactionId) {',
        sec(`  const url = 'https://www.google-analytics.com/mp/collect?measurement_id=${m}&api_secret=${s}';`, s),
        '  await fetch(url, {',
        "    method: 'POST',",
        "    body: JSON.stringify({ client_id: clientId, events: [{ name: 'refund', params: { transaction_id: transactionId } }] }),",
        '  });',
        '}',
      ],
    };
  }),
  template('ga4-mp-sgtm-env', (g) => {
    const s = v.ga4Secret(g);
    return {
      path: g.pick(['sgtm/.env', 'deploy/tagging-server.env']),
      lines: [
        'CONTAINER_CONFIG=$(cat /secrets/container_config)',
        'RUN_AS_PREVIEW_SERVER=false',
        `GA4_MEASUREMENT_ID=${v.measurementId(g)}`,
        sec(`GA4_API_SECRET=${s}`, s),
        'PORT=8080',
      ],
    };
  }),
  template('ga4-mp-php', (g) => {
    const s = v.ga4Secret(g);
    return {
      path: g.pick(['wp-content/plugins/shop-tracking/ga4.php', 'app/Services/Ga4.php']),
      lines: [
        '<?php',
        `const GA4_MEASUREMENT_ID = '${v.measurementId(g)}';`,
        sec(`const GA4_API_SECRET = '${s}';`, s),
        '',
        'function ga4_send(array $payload): void {',
        "    $url = 'https://www.google-analytics.com/mp/collect?measurement_id=' . GA4_MEASUREMENT_ID . '&api_secret=' . GA4_API_SECRET;",
        "    wp_remote_post($url, ['body' => wp_json_encode($payload)]);",
        '}',
      ],
    };
  }),
  template('dv360-service-account', (g) => {
    const pem = v.saPem(g).split('\n');
    return {
      path: g.pick(['keys/dv360-reporting.json', 'credentials/dv360-sa.json']),
      lines: [
        '{',
        '  "type": "service_account",',
        `  "project_id": "${v.agency(g)}-dv360",`,
        `  "private_key_id": "${v.saKeyId(g)}",`,
        sec(`  "private_key": "${pem.join('\\n')}\\n",`, pem[1]!),
        `  "client_email": "dv360-reporting@${v.agency(g)}-dv360.iam.gserviceaccount.com",`,
        `  "client_id": "${g.fake.digits(21)}",`,
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token"',
        '}',
      ],
    };
  }),
  template('dv360-python-inline-key', (g) => {
    const pem = v.saPem(g).split('\n');
    return {
      path: g.pick(['dv360/sdf_download.py', 'pipelines/dv360.py']),
      lines: [
        'from google.oauth2 import service_account',
        'from googleapiclient.discovery import build',
        '',
        'SA_INFO = {',
        '    "type": "service_account",',
        `    "client_email": "sdf@${v.agency(g)}-ads.iam.gserviceaccount.com",`,
        '    "token_uri": "https://oauth2.googleapis.com/token",',
        block([
          sec(`    "private_key": """${pem[0]}`, pem[0]!),
          ...pem.slice(1, -1).map((l) => sec(l, l)),
          sec(`${pem[pem.length - 1]}""",`, pem[pem.length - 1]!),
        ]),
        '}',
        'creds = service_account.Credentials.from_service_account_info(SA_INFO)',
        "service = build('displayvideo', 'v3', credentials=creds)",
      ],
    };
  }),
  template('msads-python-bingads', (g) => {
    const dev = v.msDevToken(g);
    const cs = v.azureSecret(g);
    return {
      path: g.pick(['msads/auth.py', 'scripts/bing_report.py']),
      lines: [
        'from bingads.authorization import AuthorizationData, OAuthWebAuthCodeGrant',
        '',
        'authorization_data = AuthorizationData(',
        `    account_id=${g.fake.digits(9).replace(/^0/, '1')},`,
        `    customer_id=${g.fake.digits(9).replace(/^0/, '2')},`,
        sec(`    developer_token="${dev}",`, dev),
        '    authentication=None,',
        ')',
        'authentication = OAuthWebAuthCodeGrant(',
        `    client_id="${g.fake.uuid()}",`,
        sec(`    client_secret="${cs}",`, cs),
        '    redirection_uri="https://localhost/callback",',
        ')',
      ],
    };
  }),
  template('msads-env-refresh', (g) => {
    const dev = v.msDevToken(g);
    const rt = v.msRefresh(g);
    return {
      path: g.pick(['.env', 'connectors/microsoft-ads/.env']),
      lines: [
        `MSADS_CLIENT_ID=${g.fake.uuid()}`,
        sec(`MSADS_DEVELOPER_TOKEN=${dev}`, dev),
        sec(`MSADS_REFRESH_TOKEN=${rt}`, rt),
        `MSADS_CUSTOMER_ID=${g.fake.digits(9).replace(/^0/, '3')}`,
        `MSADS_ACCOUNT_ID=${g.fake.digits(9).replace(/^0/, '1')}`,
      ],
    };
  }),
  template('msads-csharp', (g) => {
    const dev = v.msDevToken(g);
    return {
      path: g.pick(['src/BingAdsSync/Program.cs', 'Reporting/AuthHelper.cs']),
      lines: [
        'using Microsoft.BingAds;',
        '',
        'var authorizationData = new AuthorizationData',
        '{',
        '    Authentication = authentication,',
        `    CustomerId = ${g.fake.digits(9).replace(/^0/, '2')},`,
        `    AccountId = ${g.fake.digits(9).replace(/^0/, '1')},`,
        sec(`    DeveloperToken = "${dev}"`, dev),
        '};',
      ],
    };
  }),
  template('amazon-ads-python', (g) => {
    const cs = v.lwaSecret(g);
    const rt = v.lwaRefresh(g);
    return {
      path: g.pick(['amazon_ads/credentials.py', 'retail_media/amz.py']),
      lines: [
        'credentials = dict(',
        sec(`    refresh_token="${rt}",`, rt),
        `    client_id="${v.lwaClientId(g)}",`,
        sec(`    client_secret="${cs}",`, cs),
        `    profile_id="${g.fake.digits(16).replace(/^0/, '3')}",`,
        ')',
        '',
        'from ad_api.api import sponsored_products',
        'result = sponsored_products.CampaignsV3(credentials=credentials).list_campaigns()',
      ],
    };
  }),
  template('amazon-ads-curl-token', (g) => {
    const cs = v.lwaSecret(g);
    const rt = v.lwaRefresh(g);
    return {
      path: g.pick(['scripts/amazon_ads_token.sh', 'docs/amazon-ads.md']),
      lines: [
        'curl -X POST https://api.amazon.com/auth/o2/token \\',
        '  -H "Content-Type: application/x-www-form-urlencoded" \\',
        '  -d "grant_type=refresh_token" \\',
        `  -d "client_id=${v.lwaClientId(g)}" \\`,
        sec(`  -d "refresh_token=${rt}" \\`, rt),
        sec(`  -d "client_secret=${cs}"`, cs),
      ],
    };
  }),
  template('amazon-ads-yaml', (g) => {
    const cs = v.lwaSecret(g);
    return {
      path: g.pick(['config/amazon_ads.yml', 'connectors/amazon-ads.yaml']),
      lines: [
        'amazon_ads:',
        '  region: NA',
        `  client_id: ${v.lwaClientId(g)}`,
        sec(`  client_secret: ${cs}`, cs),
        '  refresh_token: !env AMAZON_ADS_REFRESH_TOKEN',
        '  profiles:',
        `    - ${g.fake.digits(16).replace(/^0/, '3')}`,
      ],
    };
  }),
];
