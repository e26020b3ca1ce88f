import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * real-estate-property positives from listings and brokerages: MLS feeds (RETS logins and user-agent
 * passwords, RESO Web API through Bridge Interactive, Trestle, Spark and MLS Grid), IDX WordPress
 * plugins, Zillow and Realtor.com feeds, listing syndication over FTP, CRMs (Follow Up Boss, kvCORE,
 * Lofty), Matterport, Twilio SMS, leasing chatbots and map keys. Values generated at run time.
 */
export const listingPositives: readonly Template[] = [
  template('rets-php-login', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cron/rets_import.php', 'idx/import/phrets.php']),
      lines: [
        '<?php',
        "require_once 'vendor/autoload.php';",
        '$config = new \\PHRETS\\Configuration;',
        `$config->setLoginUrl('http://rets.${v.mlsCode(g)}.com:6103/${v.mlsCode(g)}/login')`,
        `    ->setUsername('${v.company(g).toUpperCase()}${g.fake.digits(3)}')`,
        sec(`    ->setPassword('${p}')`, p),
        "    ->setRetsVersion('1.7.2');",
        '$rets = new \\PHRETS\\Session($config);',
        '$rets->Login();',
      ],
    };
  }),
  template('rets-ua-password', (g) => {
    const p = v.plain(g);
    const ua = v.plain(g);
    return {
      path: g.pick(['config/rets.ini', 'feeds/rets.conf']),
      lines: [
        '[rets]',
        `login_url = https://${v.mlsCode(g)}.rets.paragonrels.com/rets/fnisrets.aspx/${v.mlsCode(g).toUpperCase()}/login`,
        `username = ${v.company(g)}idx`,
        sec(`password = ${p}`, p),
        `user_agent = ${v.cap(v.company(g))}Feed/1.0`,
        sec(`user_agent_password = ${ua}`, ua),
        'rets_version = RETS/1.7.2',
      ],
    };
  }),
  template('rets-python-librets', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['mls/pull_listings.py', 'sync/rets_client.py']),
      lines: [
        'from rets import Session',
        '',
        `login_url = "http://rets.${v.mlsCode(g)}.net/rets/login"`,
        sec(`rets_client = Session(login_url, "${v.company(g)}_feed", "${p}", version="1.7.2")`, p),
        'rets_client.login()',
      ],
    };
  }),
  template('bridge-server-token-env', (g) => {
    const t = v.bridgeToken(g);
    return {
      path: g.pick(['.env', 'idx-site/.env.local']),
      lines: [
        `BRIDGE_DATASET=${v.mlsCode(g)}`,
        sec(`BRIDGE_SERVER_TOKEN=${t}`, t),
        'BRIDGE_BASE_URL=https://api.bridgedataoutput.com/api/v2/OData',
      ],
    };
  }),
  template('bridge-url-access-token', (g) => {
    const t = v.bridgeToken(g);
    return {
      path: g.pick(['scripts/fetch_listings.sh', 'docs/bridge-notes.md']),
      lines: [
        `# active listings for ${v.mlsCode(g)}`,
        sec(
          `curl "https://api.bridgedataoutput.com/api/v2/OData/${v.mlsCode(g)}/Property?access_token=${t}&\\$filter=StandardStatus%20eq%20'Active'&\\$top=200"`,
          t,
        ),
      ],
    };
  }),
  template('bridge-js-bearer', (g) => {
    const t = v.bridgeToken(g);
    return {
      path: g.pick(['src/lib/bridge.ts', 'lib/mls.js']),
      lines: [
        `const DATASET = '${v.mlsCode(g)}';`,
        sec(`const SERVER_TOKEN = '${t}';`, t),
        '',
        'export async function listings(filter) {',
        '  const url = `https://api.bridgedataoutput.com/api/v2/OData/${DATASET}/Property?$filter=${encodeURIComponent(filter)}`;',
        '  return fetch(url, { headers: { Authorization: `Bearer ${SERVER_TOKEN}` } }).then((r) => r.json());',
        '}',
      ],
    };
  }),
  template('trestle-oauth-python', (g) => {
    const s = v.oauthSecret(g);
    return {
      path: g.pick(['trestle/auth.py', 'feeds/trestle_sync.py']),
      lines: [
        'import requests',
        '',
        'resp = requests.post("https://api-trestle.corelogic.com/trestle/oidc/connect/token", data={',
        '    "grant_type": "client_credentials",',
        '    "scope": "api",',
        `    "client_id": "trestle_${v.cap(v.company(g))}${g.fake.digits(8)}",`,
        sec(`    "client_secret": "${s}",`, s),
        '})',
        'token = resp.json()["access_token"]',
      ],
    };
  }),
  template('reso-ruby-client', (g) => {
    const s = v.oauthSecret(g);
    return {
      path: g.pick(['config/initializers/reso.rb', 'app/services/mls_client.rb']),
      lines: [
        'MLS_CLIENT = ResoWebApi::Client.new(',
        `  endpoint: 'https://api.${v.mlsCode(g)}.com/RESO/OData/',`,
        '  auth: {',
        '    strategy: ResoWebApi::Authentication::TokenAuth,',
        `    endpoint: 'https://auth.${v.mlsCode(g)}.com/connect/token',`,
        `    client_id: '${v.clientId(g)}',`,
        sec(`    client_secret: '${s}',`, s),
        "    scope: 'odata'",
        '  }',
        ')',
      ],
    };
  }),
  template('spark-api-pair', (g) => {
    const k = v.sparkKey(g);
    const s = v.sparkSecret(g);
    return {
      path: g.pick(['config/spark.yml', 'flexmls/spark.yml']),
      lines: [
        'spark_api:',
        '  endpoint: https://sparkapi.com',
        sec(`  api_key: ${k}`, k),
        sec(`  api_secret: ${s}`, s),
        `  user_agent: ${v.cap(v.company(g))} IDX`,
      ],
    };
  }),
  template('spark-oauth-bearer', (g) => {
    const t = v.sparkAccessToken(g);
    return {
      path: g.pick(['scripts/spark_listings.sh', 'notes/spark.http']),
      lines: [
        'curl "https://sparkapi.com/v1/listings?_limit=25&_filter=MlsStatus%20Eq%20%27Active%27" \\',
        sec(`  -H "Authorization: OAuth ${t}" \\`, t),
        '  -H "X-SparkApi-User-Agent: BrokerSite"',
      ],
    };
  }),
  template('mlsgrid-replication', (g) => {
    const t = v.mlsGridToken(g);
    return {
      path: g.pick(['replication/mlsgrid.py', 'etl/mls_grid_pull.py']),
      lines: [
        'import requests',
        '',
        sec(`MLSGRID_TOKEN = "${t}"`, t),
        `URL = "https://api.mlsgrid.com/v2/Property?$filter=OriginatingSystemName eq '${v.mlsCode(g)}' and MlgCanView eq true"`,
        'r = requests.get(URL, headers={"Authorization": f"Bearer {MLSGRID_TOKEN}"})',
      ],
    };
  }),
  template('mlsgrid-env', (g) => {
    const t = v.mlsGridToken(g);
    return {
      path: g.pick(['.env', 'mls-sync/.env.production']),
      lines: ['MLSGRID_URL=https://api.mlsgrid.com/v2', sec(`MLSGRID_ACCESS_TOKEN=${t}`, t), 'MLSGRID_SYSTEM=mred'],
    };
  }),
  template('idx-broker-wp-option', (g) => {
    const k = v.idxBrokerKey(g);
    return {
      path: g.pick(['backups/wp_options.sql', 'db/idx_settings.sql']),
      lines: [
        'INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES',
        sec(`('idx_broker_apikey', '${k}', 'yes'),`, k),
        "('idx_broker_dynamic_wrapper_page_id', '42', 'yes');",
      ],
    };
  }),
  template('idx-broker-php-header', (g) => {
    const k = v.idxBrokerKey(g);
    return {
      path: g.pick(['wp-content/themes/agent-pro/inc/idx.php', 'inc/featured-listings.php']),
      lines: [
        '<?php',
        "$response = wp_remote_get('https://api.idxbroker.com/clients/featured', [",
        "    'headers' => [",
        "        'Content-Type' => 'application/x-www-form-urlencoded',",
        sec(`        'accesskey' => '${k}',`, k),
        "        'outputtype' => 'json',",
        '    ],',
        ']);',
      ],
    };
  }),
  template('showcase-idx-wp-config', (g) => {
    const k = v.alnum(g, 32, 40);
    return {
      path: 'wp-config.php',
      lines: [
        '<?php',
        "define( 'WP_CACHE', true );",
        sec(`define( 'SHOWCASE_IDX_API_KEY', '${k}' );`, k),
        `define( 'IHF_USERNAME', '${v.company(g)}' );`,
      ],
    };
  }),
  template('zillow-zwsid-php', (g) => {
    const z = v.zwsid(g);
    return {
      path: g.pick(['includes/zestimate.php', 'legacy/zillow.php']),
      lines: [
        '<?php',
        sec(`$zwsid = '${z}';`, z),
        "$url = 'https://www.zillow.com/webservice/GetSearchResults.htm?zws-id=' . $zwsid . '&address=' . urlencode($addr);",
      ],
    };
  }),
  template('zillow-feed-ftp', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['syndication/upload_feeds.sh', 'cron/push_zillow.sh']),
      lines: [
        '#!/bin/bash',
        '# nightly listing feed to the syndication partners',
        `lftp -u ${v.company(g)}_feed,${p} ftp://feeds.${g.pick(['zillow.com', 'listhub.net', 'apartments.com'])} <<EOF`,
        'put /exports/listings.xml',
        'bye',
        'EOF',
      ].map((l) => (l.includes(`,${p} `) ? sec(l, p) : l)),
    };
  }),
  template('syndication-sftp-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['syndication/realtor_feed.py', 'feeds/push.py']),
      lines: [
        'import paramiko',
        '',
        `transport = paramiko.Transport(("sftp.${g.pick(['realtor.com', 'homes.com', 'rent.com'])}", 22))`,
        sec(`transport.connect(username="${v.company(g)}_listings", password="${p}")`, p),
        'sftp = paramiko.SFTPClient.from_transport(transport)',
        'sftp.put("out/listings.xml", "incoming/listings.xml")',
      ],
    };
  }),
  template('filezilla-syndication', (g) => {
    const p = v.plain(g);
    const b = v.base64Of(p);
    return {
      path: g.pick(['FileZilla/sitemanager.xml', 'it/filezilla-export.xml']),
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<FileZilla3>',
        '  <Servers>',
        '    <Server>',
        `      <Host>ftp.${v.mlsCode(g)}.com</Host>`,
        '      <Port>21</Port>',
        `      <User>${v.company(g)}_vow</User>`,
        sec(`      <Pass encoding="base64">${b}</Pass>`, b),
        '      <Name>MLS photo feed</Name>',
        '    </Server>',
        '  </Servers>',
        '</FileZilla3>',
      ],
    };
  }),
  template('fub-basic-python', (g) => {
    const k = v.fubKey(g);
    return {
      path: g.pick(['crm/fub_leads.py', 'zapier/fub_push.py']),
      lines: [
        'import requests',
        '',
        sec(`FUB_API_KEY = "${k}"`, k),
        'r = requests.post("https://api.followupboss.com/v1/events",',
        '                  auth=(FUB_API_KEY, ""),',
        `                  headers={"X-System": "${v.cap(v.company(g))}Site"},`,
        '                  json={"source": "Website", "type": "Property Inquiry", "person": person})',
      ],
    };
  }),
  template('fub-system-key-headers', (g) => {
    const k = v.fubKey(g);
    const sk = v.fubSystemKey(g);
    return {
      path: g.pick(['src/crm/followupboss.ts', 'server/fub.js']),
      lines: [
        'const FUB = {',
        sec(`  apiKey: '${k}',`, k),
        `  system: '${v.cap(v.company(g))}Leads',`,
        sec(`  systemKey: '${sk}',`, sk),
        '};',
        "const auth = 'Basic ' + Buffer.from(FUB.apiKey + ':').toString('base64');",
      ],
    };
  }),
  template('fub-curl-readme', (g) => {
    const k = v.fubKey(g);
    return {
      path: g.pick(['README.md', 'docs/crm-setup.md']),
      lines: [
        '## Test the Follow Up Boss connection',
        '',
        '```bash',
        sec(`curl -u ${k}: https://api.followupboss.com/v1/people?limit=1`, k),
        '```',
      ],
    };
  }),
  template('kvcore-bearer', (g) => {
    const t = v.jwt(g, { iss: 'kvcore', aud: 'public-api' });
    return {
      path: g.pick(['integrations/kvcore.py', 'scripts/kvcore_contacts.py']),
      lines: [
        'import requests',
        '',
        sec(`KVCORE_TOKEN = "${t}"`, t),
        'HEADERS = {"Authorization": f"Bearer {KVCORE_TOKEN}", "Accept": "application/json"}',
        'contacts = requests.get("https://api.kvcore.com/v2/public/contacts", headers=HEADERS).json()',
      ],
    };
  }),
  template('lofty-api-key-env', (g) => {
    const k = v.alnum(g, 36, 44);
    return {
      path: g.pick(['.env', 'lead-router/.env']),
      lines: ['LOFTY_BASE_URL=https://api.lofty.com/v1.0', sec(`LOFTY_API_KEY=${k}`, k), 'LOFTY_TEAM=north'],
    };
  }),
  template('matterport-basic-pair', (g) => {
    const id = v.alnum(g, 24, 28);
    const s = v.hex(g, 32);
    return {
      path: g.pick(['media/matterport.env', '.env']),
      lines: [
        '# Matterport Model API token (Settings > Developer Tools)',
        sec(`MATTERPORT_TOKEN_ID=${id}`, id),
        sec(`MATTERPORT_TOKEN_SECRET=${s}`, s),
        `MATTERPORT_SDK_KEY=${g.fake.alnum(25)}`,
      ],
    };
  }),
  template('twilio-showing-sms', (g) => {
    const t = v.hex(g, 32);
    return {
      path: g.pick(['showings/notify.py', 'leasing/sms_reminders.py']),
      lines: [
        'from twilio.rest import Client',
        '',
        `account_sid = "${v.twilioSid(g)}"`,
        sec(`auth_token = "${t}"`, t),
        'client = Client(account_sid, auth_token)',
        'client.messages.create(to=lead.phone, from_="+15125550143", body="Your showing is confirmed")',
      ],
    };
  }),
  template('twilio-api-key-pair', (g) => {
    const sid = v.twilioKeySid(g);
    const s = v.twilioKeySecret(g);
    return {
      path: g.pick(['.env', 'sms-gateway/.env']),
      lines: [
        `TWILIO_ACCOUNT_SID=${v.twilioSid(g)}`,
        sec(`TWILIO_API_KEY=${sid}`, sid),
        sec(`TWILIO_API_SECRET=${s}`, s),
        'TWILIO_FROM=+15125550187',
      ],
    };
  }),
  template('leasing-bot-openai', (g) => {
    const k = v.openaiKey(g);
    return {
      path: g.pick(['leasing-bot/app.py', 'chatbot/leasing_assistant.py']),
      lines: [
        'from openai import OpenAI',
        '',
        sec(`client = OpenAI(api_key="${k}")`, k),
        'SYSTEM = "You are the leasing assistant for Harborview Apartments. Answer questions about floor plans, pets and parking."',
      ],
    };
  }),
  template('leasing-bot-config-yaml', (g) => {
    const k = v.openaiKey(g);
    const t = v.hex(g, 32);
    return {
      path: g.pick(['bot/config.yaml', 'leasing-assistant/settings.yml']),
      lines: [
        'llm:',
        '  model: gpt-4o-mini',
        sec(`  api_key: ${k}`, k),
        'sms:',
        `  account_sid: ${v.twilioSid(g)}`,
        sec(`  auth_token: ${t}`, t),
        `  tour_calendar: https://calendly.com/${v.company(g)}-leasing`,
      ],
    };
  }),
  template('maps-key-listing-page', (g) => {
    const k = v.googleKey(g);
    return {
      path: g.pick(['templates/listing-detail.html', 'wp-content/themes/realty/single-listing.php']),
      lines: [
        '<div id="map" data-lat="{{ listing.lat }}" data-lng="{{ listing.lng }}"></div>',
        sec(`<script src="https://maps.googleapis.com/maps/api/js?key=${k}&callback=initMap" async defer></script>`, k),
      ],
    };
  }),
  template('walkscore-key', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['src/neighborhood.py', 'lib/walkscore.rb']),
      lines: [
        sec(`WALKSCORE_API_KEY = "${k}"`, k),
        'url = f"https://api.walkscore.com/score?format=json&lat={lat}&lon={lon}&wsapikey={WALKSCORE_API_KEY}"',
      ],
    };
  }),
  template('attom-api-key-header', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['valuation/attom.js', 'src/avm/attomClient.js']),
      lines: [
        "const res = await fetch('https://api.gateway.attomdata.com/propertyapi/v1.0.0/property/detail?address1=' + a1, {",
        sec(`  headers: { apikey: '${k}', accept: 'application/json' },`, k),
        '});',
      ],
    };
  }),
  template('listing-site-docker-compose', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'deploy/docker-compose.prod.yml']),
      lines: [
        'services:',
        '  idx-db:',
        '    image: postgres:16',
        '    environment:',
        '      POSTGRES_USER: listings',
        sec(`      POSTGRES_PASSWORD: ${p}`, p),
        '      POSTGRES_DB: mls_replica',
      ],
    };
  }),
  template('mls-replica-url', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['.env', 'replicator/.env']),
      lines: [sec(`DATABASE_URL=postgres://mls_sync:${p}@${v.ip(g)}:5432/mls_replica`, p), 'REPLICATION_INTERVAL=15m'],
    };
  }),
  template('aws-listing-photos', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['photos/upload.py', 'media-pipeline/config.py']),
      lines: [
        'import boto3',
        '',
        's3 = boto3.client(',
        '    "s3",',
        sec(`    aws_access_key_id="${id}",`, id),
        sec(`    aws_secret_access_key="${s}",`, s),
        ')',
        `s3.upload_file(path, "${v.company(g)}-listing-photos", key)`,
      ],
    };
  }),
];
