import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * telecom-voip positives from CPaaS and cloud-telephony APIs as their docs and quick starts show
 * them, and as people and assistants then write them: Twilio (Python, Node, PHP, C#, curl, CLI SIP
 * credential lists, API keys), Telnyx, Vonage/Nexmo, Plivo, Bandwidth, Sinch, MessageBird/Bird,
 * Infobip, 3CX, RingCentral, Zoom Phone, Genesys Cloud, Five9 and Avaya. The public ids beside the
 * secrets (Account SIDs, key SIDs, auth ids, client ids) are not labelled. Values generated at run
 * time.
 */
export const providerPositives: readonly Template[] = [
  template('twilio-python-client', (g) => {
    const t = v.twilioToken(g);
    return {
      path: g.pick(['send_sms.py', 'app/notify.py', 'voice/call.py']),
      lines: [
        'from twilio.rest import Client',
        '',
        `account_sid = "${v.twilioSid(g)}"`,
        sec(`auth_token = "${t}"`, t),
        'client = Client(account_sid, auth_token)',
        '',
        'call = client.calls.create(',
        '    url="http://demo.twilio.com/docs/voice.xml",',
        `    to="${v.e164(g)}",`,
        `    from_="${v.e164(g)}",`,
        ')',
        'print(call.sid)',
      ],
    };
  }),
  template('twilio-node-inline', (g) => {
    const t = v.twilioToken(g);
    const sid = v.twilioSid(g);
    return {
      path: g.pick(['sms.js', 'src/twilio.js', 'functions/alert.js']),
      lines: [
        sec(`const client = require('twilio')('${sid}', '${t}');`, t),
        '',
        'client.messages',
        `  .create({ body: 'Your code is ' + code, from: '${v.e164(g)}', to: user.phone })`,
        '  .then((message) => console.log(message.sid));',
      ],
    };
  }),
  template('twilio-php', (g) => {
    const t = v.twilioToken(g);
    return {
      path: g.pick(['sms.php', 'includes/twilio.php']),
      lines: [
        '<?php',
        "require_once '/path/to/vendor/autoload.php';",
        'use Twilio\\Rest\\Client;',
        '',
        `$sid    = "${v.twilioSid(g)}";`,
        sec(`$token  = "${t}";`, t),
        '$twilio = new Client($sid, $token);',
      ],
    };
  }),
  template('twilio-csharp', (g) => {
    const t = v.twilioToken(g);
    return {
      path: 'Program.cs',
      lines: [
        'using Twilio;',
        'using Twilio.Rest.Api.V2010.Account;',
        '',
        `const string accountSid = "${v.twilioSid(g)}";`,
        sec(`const string authToken = "${t}";`, t),
        'TwilioClient.Init(accountSid, authToken);',
      ],
    };
  }),
  template('twilio-api-key-env', (g) => {
    const s = v.twilioKeySecret(g);
    const t = v.twilioToken(g);
    const sk = v.twilioKeySid(g);
    return {
      path: g.pick(['.env', '.env.production', 'deploy/twilio.env']),
      lines: [
        `TWILIO_ACCOUNT_SID=${v.twilioSid(g)}`,
        sec(`TWILIO_AUTH_TOKEN=${t}`, t),
        // The key SID beside its secret is the pair's id half (as an AWS access key id is).
        sec(`TWILIO_API_KEY=${sk}`, sk),
        sec(`TWILIO_API_SECRET=${s}`, s),
        `TWILIO_TWIML_APP_SID=AP${g.fake.hex(32)}`,
        `TWILIO_CALLER_ID=${v.e164(g)}`,
      ],
    };
  }),
  template('twilio-curl', (g) => {
    const t = v.twilioToken(g);
    const sid = v.twilioSid(g);
    return {
      path: g.pick(['test-call.sh', 'docs/voice-testing.md']),
      lines: [
        `curl -X POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Calls.json \\`,
        `  --data-urlencode "Url=http://demo.twilio.com/docs/voice.xml" \\`,
        `  --data-urlencode "To=${v.e164(g)}" \\`,
        `  --data-urlencode "From=${v.e164(g)}" \\`,
        sec(`  -u ${sid}:${t}`, t),
      ],
    };
  }),
  template('twilio-sip-credential-cli', (g) => {
    const p = v.twilioSipPass(g);
    return {
      path: g.pick(['scripts/provision_sip.sh', 'ops/twilio-sip.md']),
      lines: [
        `twilio api:core:sip:credential-lists:credentials:create \\`,
        `  --credential-list-sid CL${g.fake.hex(32)} \\`,
        `  --username ${v.name(g)}${v.ext(g)} \\`,
        sec(`  --password ${p}`, p),
      ],
    };
  }),
  template('twilio-access-token-node', (g) => {
    const s = v.twilioKeySecret(g);
    const sk = v.twilioKeySid(g);
    return {
      path: g.pick(['server/token.js', 'api/voice-token.js']),
      lines: [
        "const AccessToken = require('twilio').jwt.AccessToken;",
        'const VoiceGrant = AccessToken.VoiceGrant;',
        '',
        `const accountSid = '${v.twilioSid(g)}';`,
        sec(`const apiKey = '${sk}';`, sk),
        sec(`const apiSecret = '${s}';`, s),
        '',
        'const token = new AccessToken(accountSid, apiKey, apiSecret, { identity: req.query.user });',
        'token.addGrant(new VoiceGrant({ outgoingApplicationSid: process.env.TWIML_APP_SID }));',
      ],
    };
  }),
  template('telnyx-python', (g) => {
    const k = v.telnyxKey(g);
    return {
      path: g.pick(['telnyx_sms.py', 'app/sms.py']),
      lines: [
        'import telnyx',
        '',
        sec(`telnyx.api_key = "${k}"`, k),
        '',
        'telnyx.Message.create(',
        `    from_="${v.e164(g)}",`,
        `    to="${v.e164(g)}",`,
        '    text="Your appointment is tomorrow at 10am",',
        ')',
      ],
    };
  }),
  template('telnyx-curl', (g) => {
    const k = v.telnyxKey(g);
    return {
      path: g.pick(['scripts/list_numbers.sh', 'NOTES.md']),
      lines: [
        'curl -X GET \\',
        "  --header 'Content-Type: application/json' \\",
        "  --header 'Accept: application/json' \\",
        sec(`  --header 'Authorization: Bearer ${k}' \\`, k),
        "  'https://api.telnyx.com/v2/phone_numbers?page[size]=20'",
      ],
    };
  }),
  template('telnyx-node-env', (g) => {
    const k = v.telnyxKey(g);
    const s = v.plain(g);
    return {
      path: '.env',
      lines: [
        sec(`TELNYX_API_KEY=${k}`, k),
        `TELNYX_PUBLIC_KEY=${v.telnyxPublicKey(g)}`,
        `TELNYX_CONNECTION_ID=${g.fake.digits(19).replace(/^0/, '1')}`,
        `TELNYX_SIP_USERNAME=${v.name(g)}${g.fake.digits(5)}`,
        sec(`TELNYX_SIP_PASSWORD=${s}`, s),
      ],
    };
  }),
  template('vonage-node', (g) => {
    const s = v.vonageSecret(g);
    return {
      path: g.pick(['index.js', 'src/vonage.js']),
      lines: [
        "const { Vonage } = require('@vonage/server-sdk');",
        '',
        'const vonage = new Vonage({',
        `  apiKey: "${v.vonageKey(g)}",`,
        sec(`  apiSecret: "${s}"`, s),
        '});',
        '',
        "vonage.sms.send({ to, from: 'ACME', text: 'Hello from Vonage' });",
      ],
    };
  }),
  template('nexmo-python', (g) => {
    const s = v.vonageSecret(g);
    return {
      path: g.pick(['nexmo_sms.py', 'legacy/sms_gateway.py']),
      lines: [
        'import nexmo',
        '',
        sec(`client = nexmo.Client(key='${v.vonageKey(g)}', secret='${s}')`, s),
        "client.send_message({'from': 'ACME', 'to': to_number, 'text': body})",
      ],
    };
  }),
  template('vonage-rest-url', (g) => {
    const s = v.vonageSecret(g);
    return {
      path: g.pick(['cron/balance.sh', 'docs/vonage.md']),
      lines: [
        '# check account balance every morning',
        sec(`curl "https://rest.nexmo.com/account/get-balance?api_key=${v.vonageKey(g)}&api_secret=${s}"`, s),
      ],
    };
  }),
  template('plivo-python', (g) => {
    const t = v.plivoToken(g);
    return {
      path: g.pick(['plivo_call.py', 'sms/plivo_client.py']),
      lines: [
        'import plivo',
        '',
        sec(`client = plivo.RestClient(auth_id='${v.plivoId(g)}', auth_token='${t}')`, t),
        'response = client.messages.create(',
        `    src='${v.e164(g)}',`,
        `    dst='${v.e164(g)}',`,
        "    text='Hello, from Plivo',",
        ')',
      ],
    };
  }),
  template('plivo-env-yaml', (g) => {
    const t = v.plivoToken(g);
    return {
      path: g.pick(['config/sms.yml', 'config/settings.yaml']),
      lines: [
        'sms:',
        '  provider: plivo',
        `  auth_id: ${v.plivoId(g)}`,
        sec(`  auth_token: ${t}`, t),
        `  sender: "${v.e164(g)}"`,
      ],
    };
  }),
  template('bandwidth-node', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['src/bandwidth.ts', 'server/messaging.ts']),
      lines: [
        "import { Client, ApiController } from '@bandwidth/messaging';",
        '',
        'const client = new Client({',
        `  basicAuthUserName: '${v.name(g)}-api',`,
        sec(`  basicAuthPassword: '${p}',`, p),
        '});',
        `const accountId = '${v.bandwidthAccount(g)}';`,
        'const controller = new ApiController(client);',
      ],
    };
  }),
  template('bandwidth-env', (g) => {
    const p = v.plain(g);
    return {
      path: '.env',
      lines: [
        `BW_ACCOUNT_ID=${v.bandwidthAccount(g)}`,
        `BW_USERNAME=${v.name(g)}@acme-tel.net`,
        sec(`BW_PASSWORD=${p}`, p),
        `BW_VOICE_APPLICATION_ID=${v.uuid(g)}`,
        `BW_NUMBER=${v.e164(g)}`,
      ],
    };
  }),
  template('sinch-node', (g) => {
    const s = v.sinchKeySecret(g);
    return {
      path: g.pick(['sinch.js', 'src/otp/sinch.js']),
      lines: [
        "const { SinchClient } = require('@sinch/sdk-core');",
        '',
        'const sinchClient = new SinchClient({',
        `  projectId: '${v.uuid(g)}',`,
        `  keyId: '${v.uuid(g)}',`,
        sec(`  keySecret: '${s}',`, s),
        '});',
      ],
    };
  }),
  template('sinch-sms-rest', (g) => {
    const t = v.sinchToken(g);
    const plan = v.sinchPlanId(g);
    return {
      path: g.pick(['sms_sinch.py', 'notify/sinch.py']),
      lines: [
        'import requests',
        '',
        `SERVICE_PLAN_ID = "${plan}"`,
        sec(`API_TOKEN = "${t}"`, t),
        '',
        'resp = requests.post(',
        '    f"https://us.sms.api.sinch.com/xms/v1/{SERVICE_PLAN_ID}/batches",',
        '    headers={"Authorization": f"Bearer {API_TOKEN}"},',
        '    json={"from": SENDER, "to": [to], "body": text},',
        ')',
      ],
    };
  }),
  template('messagebird-node', (g) => {
    const k = v.messageBirdKey(g);
    return {
      path: g.pick(['sms.js', 'lib/messagebird.js']),
      lines: [
        sec(`const messagebird = require('messagebird').initClient('${k}');`, k),
        '',
        "messagebird.messages.create({ originator: 'ACME', recipients: [to], body: text }, (err, res) => {",
        '  if (err) return console.error(err);',
        '});',
      ],
    };
  }),
  template('messagebird-curl', (g) => {
    const k = v.messageBirdKey(g);
    return {
      path: g.pick(['scripts/mb_balance.sh', 'docs/sms-providers.md']),
      lines: [sec(`curl https://rest.messagebird.com/balance -H 'Authorization: AccessKey ${k}'`, k)],
    };
  }),
  template('infobip-curl', (g) => {
    const k = v.infobipKey(g);
    return {
      path: g.pick(['send.sh', 'docs/infobip.md']),
      lines: [
        "curl -L -g 'https://xk9dp3.api.infobip.com/sms/2/text/advanced' \\",
        sec(`  -H 'Authorization: App ${k}' \\`, k),
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"messages":[{"destinations":[{"to":"${v.e164(g).slice(1)}"}],"from":"ACME","text":"Test"}]}'`,
      ],
    };
  }),
  template('infobip-python', (g) => {
    const k = v.infobipKey(g);
    return {
      path: g.pick(['infobip_sms.py', 'app/channels/sms.py']),
      lines: [
        'from infobip_api_client.api_client import ApiClient, Configuration',
        '',
        'client_config = Configuration(',
        '    host="xk9dp3.api.infobip.com",',
        sec(`    api_key={"APIKeyHeader": "${k}"},`, k),
        '    api_key_prefix={"APIKeyHeader": "App"},',
        ')',
      ],
    };
  }),
  template('ringcentral-env', (g) => {
    const s = v.rcClientSecret(g);
    const j = v.rcJwt(g);
    return {
      path: g.pick(['.env', 'rc.env']),
      lines: [
        'RC_SERVER_URL=https://platform.ringcentral.com',
        `RC_CLIENT_ID=${v.rcClientId(g)}`,
        sec(`RC_CLIENT_SECRET=${s}`, s),
        sec(`RC_JWT=${j}`, j),
      ],
    };
  }),
  template('ringcentral-python', (g) => {
    const s = v.rcClientSecret(g);
    const p = v.plain(g);
    return {
      path: g.pick(['rc_fax.py', 'scripts/ringcentral_sms.py']),
      lines: [
        'from ringcentral import SDK',
        '',
        sec(`rcsdk = SDK('${v.rcClientId(g)}', '${s}', 'https://platform.ringcentral.com')`, s),
        'platform = rcsdk.platform()',
        sec(`platform.login('${v.e164(g)}', '101', '${p}')`, p),
      ],
    };
  }),
  template('zoom-phone-s2s', (g) => {
    const s = v.zoomSecret(g);
    return {
      path: g.pick(['zoom_phone_report.py', 'integrations/zoom.py']),
      lines: [
        'import base64, requests',
        '',
        `ACCOUNT_ID = "${v.zoomId(g)}"`,
        `CLIENT_ID = "${v.zoomId(g)}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        '',
        'auth = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()',
        'tok = requests.post(',
        '    "https://zoom.us/oauth/token",',
        '    params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},',
        '    headers={"Authorization": f"Basic {auth}"},',
        ').json()["access_token"]',
        'logs = requests.get("https://api.zoom.us/v2/phone/call_history", headers={"Authorization": f"Bearer {tok}"})',
      ],
    };
  }),
  template('genesys-cloud-python', (g) => {
    const s = v.genesysSecret(g);
    return {
      path: g.pick(['genesys_export.py', 'wfm/queues.py']),
      lines: [
        'import PureCloudPlatformClientV2',
        '',
        'region = PureCloudPlatformClientV2.PureCloudRegionHosts.us_east_1',
        'PureCloudPlatformClientV2.configuration.host = region.get_api_host()',
        'api_client = PureCloudPlatformClientV2.api_client.ApiClient().get_client_credentials_token(',
        `    "${v.uuid(g)}",`,
        sec(`    "${s}"`, s),
        ')',
      ],
    };
  }),
  template('genesys-env', (g) => {
    const s = v.genesysSecret(g);
    return {
      path: g.pick(['.env', 'genesys.env']),
      lines: [
        'GENESYSCLOUD_REGION=us-east-1',
        `GENESYSCLOUD_OAUTHCLIENT_ID=${v.uuid(g)}`,
        sec(`GENESYSCLOUD_OAUTHCLIENT_SECRET=${s}`, s),
      ],
    };
  }),
  template('five9-soap', (g) => {
    const p = v.plain(g);
    const user = `${v.name(g)}.admin@acme-tel.net`;
    const basic = Buffer.from(`${user}:${p}`).toString('base64');
    return {
      path: g.pick(['five9_stats.py', 'five9/export.py']),
      lines: [
        'from five9 import Five9',
        '',
        sec(`client = Five9('${user}', '${p}')`, p),
        'start = datetime.now().replace(hour=0, minute=0, second=0)',
        '# raw SOAP fallback:',
        sec(`headers = {"Authorization": "Basic ${basic}", "Content-Type": "text/xml"}`, basic),
      ],
    };
  }),
  template('avaya-aes-tsapi', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['TSAPI.PRO', 'config/tsapi.properties']),
      lines: [
        '# AE Services TSAPI client',
        `${v.pbxHost(g)}=450`,
        'altTraceFile=/var/log/tsapi/trace.log',
        `cti.link=AVAYA#CM01#CSTA#AES01`,
        'cti.user=ctiuser',
        sec(`cti.password=${p}`, p),
      ],
    };
  }),
  template('avaya-cm-sat-expect', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/cm_backup.exp', 'tools/list_stations.exp']),
      lines: [
        '#!/usr/bin/expect -f',
        `spawn ssh -p 5022 craft@${v.pbxHost(g)}`,
        'expect "Password:"',
        sec(`send "${p}\\r"`, p),
        'expect "Terminal Type"',
        'send "ossi\\r"',
      ],
    };
  }),
  template('threecx-xapi', (g) => {
    const s = v.threeCxSecret(g);
    return {
      path: g.pick(['3cx_sync.py', 'crm/threecx.py']),
      lines: [
        'import requests',
        '',
        'PBX = "https://acme.my3cx.eu"',
        'CLIENT_ID = "crm-sync"',
        sec(`CLIENT_SECRET = "${s}"`, s),
        '',
        'tok = requests.post(f"{PBX}/connect/token", data={',
        '    "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "client_credentials",',
        '}).json()["access_token"]',
      ],
    };
  }),
  template('threecx-provisioning-note', (g) => {
    const p = v.plain(g);
    const pin = v.pin(g);
    return {
      path: g.pick(['docs/3cx-setup.md', 'IT/phones.txt']),
      lines: [
        '## 3CX extension for the reception desk',
        '',
        `- Extension: ${v.ext(g)}`,
        `- Auth ID: ${g.fake.alnum(10)}`,
        sec(`- Auth password: ${p}`, p),
        sec(`- Voicemail PIN: ${pin}`, pin),
        '- Phone: Yealink T54W, provisioned over RPS',
      ],
    };
  }),
];
