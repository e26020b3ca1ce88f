import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * media-broadcast positives from the facility and the services around it: newsroom systems (ENPS
 * and iNews FTP and MOS gateways), playout and graphics (CasparCG clients, Vizrt Graphic Hub,
 * vMix, NDI and Dante controllers), broadcast automation scripts, MAM/DAM (Frame.io, Iconik, Dalet,
 * Avid MediaCentral), ad insertion (Google Ad Manager service accounts, SpringServe, FreeWheel),
 * podcast hosts (Transistor, Buzzsprout, Podbean, Libsyn), music and audio APIs (Spotify,
 * SoundCloud, Audible auth files), captioning (Rev, Rev.ai, Verbit, 3Play) and transcoding
 * (Bitmovin, Coconut, Qencode, Zencoder, Elemental Server). Values generated at run time.
 */
export const productionPositives: readonly Template[] = [
  template('inews-ftp-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['rundown_sync/inews_pull.py', 'tools/inews_export.py']),
      lines: [
        'from ftplib import FTP',
        '',
        `ftp = FTP("${g.pick(['inews-a', 'inews-b', 'inws01'])}.newsroom.local")`,
        sec(`ftp.login("${g.pick(['rundownbot', 'mosgw', 'webexport'])}", "${p}")`, p),
        'ftp.cwd("SHOW.6PM.RUNDOWN")',
      ],
    };
  }),
  template('enps-mos-gateway-config', (g) => {
    const p = v.plain(g);
    return {
      path: 'MOSGateway/MosGateway.config',
      lines: [
        '<configuration>',
        '  <appSettings>',
        '    <add key="NCSID" value="ENPS-PROD" />',
        '    <add key="MOSID" value="playout.acme.mos" />',
        '    <add key="ENPSServer" value="enps01.newsroom.local" />',
        '    <add key="ENPSUser" value="mosgateway" />',
        sec(`    <add key="ENPSPassword" value="${p}" />`, p),
        '  </appSettings>',
        '</configuration>',
      ],
    };
  }),
  template('casparcg-client-node', (g) => {
    const p = v.plain(g);
    return {
      path: 'graphics/lowerthirds/db.js',
      lines: [
        "const { CasparCG } = require('casparcg-connection');",
        "const mysql = require('mysql2');",
        '',
        `const caspar = new CasparCG({ host: '${v.host(g)}', port: 5250 });`,
        sec(
          `const db = mysql.createConnection({ host: 'gfx-db', user: 'graphics', password: '${p}', database: 'lowerthirds' });`,
          p,
        ),
      ],
    };
  }),
  template('vizrt-graphic-hub-cli', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/gh_backup.bat', 'ops/gh_backup.cmd']),
      lines: [
        '@echo off',
        'REM nightly Graphic Hub export',
        sec(
          `"C:\\Program Files\\vizrt\\Viz GH Terminal\\ghterminal.exe" -hub GH-MAIN@${v.ip(g)} -user Admin -password ${p} -export /data/templates D:\\gh_backup`,
          p,
        ),
      ],
    };
  }),
  template('ndi-discovery-access-manager', (g) => {
    const p = v.plain(g);
    return {
      path: 'ndi/ndi-config.v1.json',
      lines: [
        '{',
        '  "ndi": {',
        '    "networks": { "discovery": "10.20.0.5,10.20.0.6" },',
        '    "groups": { "send": "Studio A", "recv": "Studio A,Public" },',
        '    "rudp": { "recv": { "enable": true } }',
        '  },',
        '  "bridge": {',
        '    "host": "ndi-bridge.acme-media.tv",',
        '    "port": 5990,',
        sec(`    "encryption_key": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('dante-domain-manager-ldap', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ddm/ldap.properties', 'dante/ddm-ldap.conf']),
      lines: [
        'ldap.url=ldaps://dc01.acme-media.local:636',
        'ldap.bindDn=CN=svc-ddm,OU=Service,DC=acme-media,DC=local',
        sec(`ldap.bindPassword=${p}`, p),
        'ldap.userSearchBase=OU=Audio,DC=acme-media,DC=local',
      ],
    };
  }),
  template('playout-automation-sql', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['automation/asrun_export.py', 'traffic/asrun_to_sales.py']),
      lines: [
        'import pyodbc',
        '',
        sec(
          `conn = pyodbc.connect("DRIVER={ODBC Driver 17 for SQL Server};SERVER=${v.host(g)};DATABASE=Automation;UID=asrun_reader;PWD=${p}")`,
          p,
        ),
        'rows = conn.execute("SELECT EventId, HouseId, OnAirTime FROM AsRunLog WHERE Channel = ?", "ACME1").fetchall()',
      ],
    };
  }),
  template('tally-arbiter-config', (g) => {
    const p = v.plain(g);
    return {
      path: 'tallyarbiter/config.json',
      lines: [
        '{',
        '  "security": {',
        '    "username_producer": "producer",',
        sec(`    "password_producer": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('companion-atem-hyperdeck-notes', (g) => {
    const p = v.plain(g);
    return {
      path: 'docs/control-room.md',
      lines: [
        '# Control room',
        '',
        '- ATEM: 192.168.10.240',
        '- HyperDeck: 192.168.10.50',
        sec(`- Companion web UI: http://192.168.10.20:8000 (admin / ${p})`, p),
      ],
    };
  }),
  template('frameio-dev-token-python', (g) => {
    const t = v.frameioToken(g);
    return {
      path: g.pick(['review/frameio_upload.py', 'post/push_to_frameio.py']),
      lines: [
        'from frameioclient import FrameioClient',
        '',
        sec(`TOKEN = "${t}"`, t),
        'client = FrameioClient(TOKEN)',
        `client.assets.upload("${v.uuid(g)}", "cut_v3.mov")`,
      ],
    };
  }),
  template('frameio-env', (g) => {
    const t = v.frameioToken(g);
    return {
      path: '.env',
      lines: [sec(`FRAMEIO_TOKEN=${t}`, t), `FRAMEIO_ROOT_ASSET_ID=${v.uuid(g)}`],
    };
  }),
  template('iconik-headers', (g) => {
    const t = v.iconikToken(g);
    return {
      path: g.pick(['mam/iconik_sync.py', 'integrations/iconik.py']),
      lines: [
        'HEADERS = {',
        `    "App-ID": "${v.uuid(g)}",`,
        sec(`    "Auth-Token": "${t}",`, t),
        '}',
        'r = requests.get("https://app.iconik.io/API/assets/v1/assets/", headers=HEADERS)',
      ],
    };
  }),
  template('dalet-web-services-config', (g) => {
    const p = v.plain(g);
    return {
      path: 'dalet-bridge/appsettings.json',
      lines: [
        '{',
        '  "Dalet": {',
        '    "WebServiceUrl": "http://dalet-ws.newsroom.local/DaletWebService/",',
        '    "Username": "svc_bridge",',
        sec(`    "Password": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('avid-mediacentral-ctms', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['avid/ctms_client.js', 'src/mcux.js']),
      lines: [
        "const base = 'https://mcux.acme-media.local';",
        'const res = await fetch(`${base}/auth/sso/login/oauth2/ad`, {',
        "  method: 'POST',",
        "  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },",
        sec(`  body: 'grant_type=password&username=svc_ingest&password=${p}',`, p),
        '});',
      ],
    };
  }),
  template('gam-service-account-json', (g) => {
    const pem = g.fake.pem('PRIVATE KEY', 10).replace(/\n/g, '\\n');
    return {
      path: g.pick(['ad-ops/gam-service-account.json', 'secrets/admanager.json']),
      lines: [
        '{',
        '  "type": "service_account",',
        '  "project_id": "acme-adops",',
        `  "private_key_id": "${g.fake.hex(40)}",`,
        sec(`  "private_key": "${pem}\\n",`, pem),
        '  "client_email": "gam-reporting@acme-adops.iam.gserviceaccount.com",',
        `  "client_id": "${g.fake.digits(21).replace(/^0/, '1')}"`,
        '}',
      ],
    };
  }),
  template('googleads-yaml-gam', (g) => {
    const r = '1//0' + g.fake.base64url(100);
    const s = 'GOCSPX-' + g.fake.base64url(28);
    return {
      path: 'googleads.yaml',
      lines: [
        'ad_manager:',
        '  application_name: acme-yield-report',
        `  network_code: ${g.fake.digits(8).replace(/^0/, '2')}`,
        `  client_id: ${g.fake.digits(12)}-${g.fake.lowerAlnum(32)}.apps.googleusercontent.com`,
        sec(`  client_secret: ${s}`, s),
        sec(`  refresh_token: ${r}`, r),
      ],
    };
  }),
  template('springserve-login', (g) => {
    const p = v.plain(g);
    return {
      path: 'adops/springserve_report.py',
      lines: [
        'import springserve',
        '',
        sec(`springserve.set_credentials(user="adops@acme-media.tv", password="${p}")`, p),
        'report = springserve._report.run(start_date="2026-11-01", end_date="2026-11-30", dimensions=["supply_tag_id"])',
      ],
    };
  }),
  template('freewheel-api-basic', (g) => {
    const p = v.plain(g);
    const b = Buffer.from(`mrm_api_user:${p}`).toString('base64');
    return {
      path: g.pick(['scripts/fw_campaigns.sh', 'ad-ops/freewheel.sh']),
      lines: [
        'curl -s https://api.freewheel.tv/services/v4/campaigns \\',
        sec(`  -H "Authorization: Basic ${b}" \\`, b),
        '  -H "Accept: application/json"',
      ],
    };
  }),
  template('transistor-api-key', (g) => {
    const k = g.fake.alnum(22);
    return {
      path: 'podcast/publish.rb',
      lines: [
        "require 'net/http'",
        '',
        "uri = URI('https://api.transistor.fm/v1/episodes')",
        'req = Net::HTTP::Post.new(uri)',
        sec(`req['x-api-key'] = '${k}'`, k),
      ],
    };
  }),
  template('buzzsprout-token', (g) => {
    const t = g.fake.hex(32);
    return {
      path: g.pick(['podcast/upload_episode.sh', 'bin/buzzsprout.sh']),
      lines: [
        sec(`curl -H "Authorization: Token token=${t}" \\`, t),
        `  https://www.buzzsprout.com/api/${g.between(100000, 999999)}/episodes.json`,
      ],
    };
  }),
  template('podbean-client', (g) => {
    const s = g.fake.alnum(20);
    return {
      path: 'podcast/podbean.py',
      lines: [
        `PODBEAN_CLIENT_ID = "${g.fake.hex(20)}"`,
        sec(`PODBEAN_CLIENT_SECRET = "${s}"`, s),
        'resp = requests.post("https://api.podbean.com/v1/oauth/token", auth=(PODBEAN_CLIENT_ID, PODBEAN_CLIENT_SECRET), data={"grant_type": "client_credentials"})',
      ],
    };
  }),
  template('libsyn-ftp-lftp', (g) => {
    const p = v.plain(g);
    return {
      path: 'podcast/upload_libsyn.sh',
      lines: [sec(`lftp -u acmepodcast,${p} ftp-upload.libsyn.com -e "put episode_214.mp3; bye"`, p)],
    };
  }),
  template('spotify-spotipy', (g) => {
    const s = v.hex32(g);
    return {
      path: g.pick(['playlist_sync.py', 'radio/spotify_now_playing.py']),
      lines: [
        'import spotipy',
        'from spotipy.oauth2 import SpotifyClientCredentials',
        '',
        'auth = SpotifyClientCredentials(',
        `    client_id="${v.hex32(g)}",`,
        sec(`    client_secret="${s}",`, s),
        ')',
        'sp = spotipy.Spotify(auth_manager=auth)',
      ],
    };
  }),
  template('spotify-env', (g) => {
    const s = v.hex32(g);
    return {
      path: '.env',
      lines: [
        `SPOTIFY_CLIENT_ID=${v.hex32(g)}`,
        sec(`SPOTIFY_CLIENT_SECRET=${s}`, s),
        'SPOTIFY_REDIRECT_URI=http://127.0.0.1:8888/callback',
      ],
    };
  }),
  template('soundcloud-client', (g) => {
    const s = g.fake.alnum(32);
    return {
      path: 'config/soundcloud.yml',
      lines: [
        'soundcloud:',
        `  client_id: ${g.fake.alnum(32)}`,
        sec(`  client_secret: ${s}`, s),
        '  redirect_uri: https://radio.acme-media.tv/auth/soundcloud',
      ],
    };
  }),
  template('audible-cli-auth-json', (g) => {
    const r = v.audibleRefresh(g);
    const a = v.audibleAccess(g);
    return {
      path: g.pick(['.audible/audibleAuth.json', 'audible/auth.json']),
      lines: [
        '{',
        '  "website_cookies": null,',
        sec(`  "refresh_token": "${r}",`, r),
        sec(`  "access_token": "${a}",`, a),
        '  "locale_code": "us",',
        '  "expires": 1796000000.0',
        '}',
      ],
    };
  }),
  template('rev-api-auth-header', (g) => {
    const ck = g.fake.alnum(20);
    const uk = g.fake.alnum(20);
    return {
      path: 'captions/rev_order.py',
      lines: [
        sec(`REV_AUTH = "Rev ${ck}:${uk}"`, uk),
        'resp = requests.post("https://www.rev.com/api/v1/orders", headers={"Authorization": REV_AUTH}, json=order)',
      ],
    };
  }),
  template('revai-token', (g) => {
    const t = v.revAiToken(g);
    return {
      path: g.pick(['transcribe.py', 'captions/revai_job.py']),
      lines: [
        'from rev_ai import apiclient',
        '',
        sec(`client = apiclient.RevAiAPIClient("${t}")`, t),
        'job = client.submit_job_url("https://media.acme-media.tv/audio/ep214.mp3")',
      ],
    };
  }),
  template('verbit-api-key', (g) => {
    const k = g.fake.alnum(40);
    return {
      path: 'captions/verbit.env',
      lines: ['VERBIT_API_URL=https://api.verbit.co/api/v1', sec(`VERBIT_API_KEY=${k}`, k)],
    };
  }),
  template('threeplay-keys', (g) => {
    const k = g.fake.alnum(32);
    const s = g.fake.alnum(32);
    return {
      path: 'config/initializers/three_play.rb',
      lines: [
        'ThreePlay.configure do |c|',
        // The v1 api_key is the pair's id half, as an AWS access key id is.
        sec(`  c.api_key    = '${k}'`, k),
        sec(`  c.api_secret = '${s}'`, s),
        'end',
      ],
    };
  }),
  template('bitmovin-api-key', (g) => {
    const k = v.bitmovinKey(g);
    return {
      path: g.pick(['encoding/bitmovin_job.py', 'vod/encode.py']),
      lines: [
        'from bitmovin_api_sdk import BitmovinApi',
        '',
        sec(`bitmovin_api = BitmovinApi(api_key="${k}", tenant_org_id="${v.uuid(g)}")`, k),
      ],
    };
  }),
  template('bitmovin-player-license-and-api', (g) => {
    const k = v.bitmovinKey(g);
    return {
      path: 'infra/encoding.env',
      lines: [sec(`BITMOVIN_API_KEY=${k}`, k), `BITMOVIN_OUTPUT_BUCKET=acme-vod-out`],
    };
  }),
  template('coconut-node', (g) => {
    const k = v.coconutKey(g);
    return {
      path: 'transcode/coconut.js',
      lines: [
        "const Coconut = require('coconutjs');",
        sec(`const coconut = new Coconut.Client('${k}');`, k),
        "coconut.notification = { type: 'http', url: 'https://api.acme-media.tv/webhooks/coconut' };",
      ],
    };
  }),
  template('qencode-php', (g) => {
    const k = v.qencodeKey(g);
    return {
      path: 'transcode/qencode.php',
      lines: [
        '<?php',
        'use Qencode\\QencodeApiClient;',
        sec(`$apiKey = '${k}';`, k),
        '$q = new QencodeApiClient($apiKey);',
        '$task = $q->createTask();',
      ],
    };
  }),
  template('zencoder-api-key', (g) => {
    const k = g.fake.hex(32);
    return {
      path: 'legacy/zencoder_job.rb',
      lines: [
        sec(`Zencoder.api_key = '${k}'`, k),
        "Zencoder::Job.create(input: 's3://acme-masters/ep42.mov', outputs: [{ label: 'web' }])",
      ],
    };
  }),
  template('elemental-server-auth', (g) => {
    const k = g.fake.alnum(20);
    return {
      path: 'elemental/submit_job.sh',
      lines: [
        'ELEMENTAL=http://elemental01.mcr.internal',
        'USER=ops',
        sec(`API_KEY=${k}`, k),
        'EXPIRES=$(( $(date +%s) + 30 ))',
        'URL_PATH=/jobs',
        'HASH=$(printf "%s%s%s%s" "$URL_PATH" "$USER" "$API_KEY" "$EXPIRES" | md5sum | cut -d" " -f1)',
      ],
    };
  }),
  template('broadcast-ansible-vars', (g) => {
    const a = v.plain(g);
    const b = v.plain(g);
    return {
      path: g.pick(['group_vars/encoders.yml', 'inventory/group_vars/mcr.yml']),
      lines: [
        'encoder_model: "Haivision Makito X4"',
        'encoder_admin_user: admin',
        sec(`encoder_admin_password: "${a}"`, a),
        'multiviewer_host: 10.20.1.40',
        sec(`multiviewer_snmp_community: "${b}"`, b),
      ],
    };
  }),
  template('k8s-secret-streaming', (g) => {
    const k = Buffer.from(v.twitchKey(g)).toString('base64');
    const m = Buffer.from(v.muxTokenSecret(g)).toString('base64');
    return {
      path: 'k8s/live-secrets.yaml',
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: live-pipeline',
        'type: Opaque',
        'data:',
        sec(`  TWITCH_STREAM_KEY: ${k}`, k),
        sec(`  MUX_TOKEN_SECRET: ${m}`, m),
      ],
    };
  }),
  template('slack-paste-srt', (g) => {
    const p = v.srtPassphrase(g);
    return {
      path: 'chat/mcr-channel-export.txt',
      lines: [
        '[18:02] dana: venue encoder is up, pointing it at the MCR listener',
        `[18:03] sam: srt://${v.ip(g)}:9001 latency 1200`,
        sec(`[18:03] sam: passphrase ${p}`, p),
        '[18:04] dana: locked, audio on 1/2',
      ],
    };
  }),
];
