import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * media-broadcast positives from video platforms, CDNs and DRM as developers integrate them: Mux
 * (access tokens, signing keys, webhook secrets), Brightcove OAuth clients, Kaltura admin secrets and
 * KS generation, JW Player API secrets, Vimeo tokens, Cloudflare Stream (API tokens, signing keys),
 * Akamai EdgeAuth keys, CloudFront signed-URL private keys, Fastly and Bunny.net token auth, AWS
 * Elemental MediaLive/MediaPackage/MediaConnect (CDN authorization secrets, SRT and static keys,
 * AWS key pairs), and DRM: content keys in Shaka Packager and Bento4 commands, Widevine signing keys,
 * PlayReady key seeds, FairPlay ASKs and key passphrases, EZDRM, BuyDRM KeyOS, PallyCon and Axinom
 * credentials. The public ids beside them (token ids, client ids, partner ids, key pair ids, KIDs)
 * are not labelled. Values generated at run time.
 */
export const platformPositives: readonly Template[] = [
  template('mux-node-client', (g) => {
    const s = v.muxTokenSecret(g);
    return {
      path: g.pick(['lib/mux.ts', 'src/server/mux.js']),
      lines: [
        "import Mux from '@mux/mux-node';",
        '',
        'const mux = new Mux({',
        `  tokenId: '${v.muxTokenId(g)}',`,
        sec(`  tokenSecret: '${s}',`, s),
        '});',
        '',
        'export const createStream = () => mux.video.liveStreams.create({ playback_policy: ["public"], new_asset_settings: { playback_policy: ["public"] } });',
      ],
    };
  }),
  template('mux-env', (g) => {
    const s = v.muxTokenSecret(g);
    const w = g.fake.alnum(32);
    const pk = v.base64Pem(g);
    return {
      path: g.pick(['.env.local', '.env', 'apps/web/.env.production']),
      lines: [
        `MUX_TOKEN_ID=${v.muxTokenId(g)}`,
        sec(`MUX_TOKEN_SECRET=${s}`, s),
        sec(`MUX_WEBHOOK_SECRET=${w}`, w),
        `MUX_SIGNING_KEY=${v.muxSigningKeyId(g)}`,
        sec(`MUX_PRIVATE_KEY=${pk}`, pk),
        `NEXT_PUBLIC_MUX_ENV_KEY=${g.fake.lowerAlnum(26)}`,
      ],
    };
  }),
  template('mux-curl-basic', (g) => {
    const id = v.muxTokenId(g);
    const s = v.muxTokenSecret(g);
    return {
      path: g.pick(['docs/mux-setup.md', 'scripts/create_live_stream.sh']),
      lines: [
        'curl https://api.mux.com/video/v1/live-streams \\',
        "  -H 'Content-Type: application/json' \\",
        `  -X POST -d '{ "playback_policy": ["public"], "new_asset_settings": { "playback_policy": ["public"] } }' \\`,
        sec(`  -u ${id}:${s}`, s),
      ],
    };
  }),
  template('mux-python-signing', (g) => {
    const pk = v.base64Pem(g);
    return {
      path: 'video/tokens.py',
      lines: [
        'import base64, jwt, time',
        '',
        `SIGNING_KEY_ID = "${v.muxSigningKeyId(g)}"`,
        sec(`PRIVATE_KEY_B64 = "${pk}"`, pk),
        '',
        'def playback_token(playback_id):',
        '    key = base64.b64decode(PRIVATE_KEY_B64)',
        '    return jwt.encode({"sub": playback_id, "aud": "v", "exp": int(time.time()) + 3600, "kid": SIGNING_KEY_ID}, key, algorithm="RS256")',
      ],
    };
  }),
  template('brightcove-oauth-python', (g) => {
    const s = v.bcClientSecret(g);
    return {
      path: g.pick(['brightcove/cms.py', 'ingest/bc_client.py']),
      lines: [
        `ACCOUNT_ID = "${v.bcAccount(g)}"`,
        `CLIENT_ID = "${v.uuid(g)}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        '',
        'def token():',
        '    r = requests.post("https://oauth.brightcove.com/v4/access_token",',
        '                      auth=(CLIENT_ID, CLIENT_SECRET), data={"grant_type": "client_credentials"})',
        '    return r.json()["access_token"]',
      ],
    };
  }),
  template('brightcove-credentials-json', (g) => {
    const s = v.bcClientSecret(g);
    return {
      path: g.pick(['config/brightcove.json', 'bc-credentials.json']),
      lines: [
        '{',
        `  "account_id": "${v.bcAccount(g)}",`,
        `  "client_id": "${v.uuid(g)}",`,
        sec(`  "client_secret": "${s}",`, s),
        `  "policy_key": "${v.bcPolicyKey(g)}"`,
        '}',
      ],
    };
  }),
  template('kaltura-php-client', (g) => {
    const s = v.kalturaSecret(g);
    return {
      path: g.pick(['kaltura/session.php', 'lib/KalturaHelper.php']),
      lines: [
        '<?php',
        "require_once 'KalturaClient.php';",
        `$partnerId = ${v.kalturaPartner(g)};`,
        sec(`$adminSecret = "${s}";`, s),
        '$config = new KalturaConfiguration($partnerId);',
        "$config->serviceUrl = 'https://www.kaltura.com/';",
        '$client = new KalturaClient($config);',
        "$ks = $client->session->start($adminSecret, 'ingest-bot', KalturaSessionType::ADMIN, $partnerId, 86400, 'disableentitlement');",
      ],
    };
  }),
  template('kaltura-python-ini', (g) => {
    const a = v.kalturaSecret(g);
    const u = v.kalturaSecret(g);
    return {
      path: g.pick(['kaltura.ini', 'config/kaltura.cfg']),
      lines: [
        '[kaltura]',
        'service_url = https://www.kaltura.com',
        `partner_id = ${v.kalturaPartner(g)}`,
        sec(`admin_secret = ${a}`, a),
        sec(`user_secret = ${u}`, u),
        'user_id = reach-sync@acme-media.tv',
      ],
    };
  }),
  template('jwplayer-v2-env', (g) => {
    const s = v.jwV2Secret(g);
    return {
      path: g.pick(['.env', 'config/jw.env']),
      lines: [`JW_SITE_ID=${v.jwSiteId(g)}`, sec(`JW_API_SECRET=${s}`, s), 'JW_PLAYER_ID=Ab12Cd34'],
    };
  }),
  template('jwplayer-v1-python', (g) => {
    const k = v.jwV1Key(g);
    const s = v.jwV1Secret(g);
    return {
      path: 'legacy/jw_upload.py',
      lines: [
        'import jwplatform',
        '',
        // The v1 key is the pair's id half, as an AWS access key id is.
        sec(`jwplatform_client = jwplatform.v1.Client("${k}", "${s}")`, s),
        'resp = jwplatform_client.videos.create(title="Evening News")',
      ],
    };
  }),
  template('vimeo-python-client', (g) => {
    const t = v.vimeoToken(g);
    const s = v.vimeoClientSecret(g);
    return {
      path: g.pick(['upload_vimeo.py', 'publish/vimeo_upload.py']),
      lines: [
        'import vimeo',
        '',
        'client = vimeo.VimeoClient(',
        sec(`    token="${t}",`, t),
        `    key="${v.vimeoClientId(g)}",`,
        sec(`    secret="${s}"`, s),
        ')',
        "uri = client.upload('episode-42.mp4', data={'name': 'Episode 42'})",
      ],
    };
  }),
  template('vimeo-curl-bearer', (g) => {
    const t = v.vimeoToken(g);
    return {
      path: 'scripts/vimeo_list.sh',
      lines: [sec(`curl -H "Authorization: bearer ${t}" https://api.vimeo.com/me/videos?per_page=100`, t)],
    };
  }),
  template('cloudflare-stream-api', (g) => {
    const t = v.cfApiToken(g);
    return {
      path: g.pick(['scripts/cf_stream_upload.sh', 'docs/stream-upload.md']),
      lines: [
        `curl -X POST https://api.cloudflare.com/client/v4/accounts/${g.fake.hex(32)}/stream/copy \\`,
        sec(`  -H "Authorization: Bearer ${t}" \\`, t),
        `  -d '{"url":"https://media.acme-media.tv/archive/ep42.mp4","meta":{"name":"ep42"}}'`,
      ],
    };
  }),
  template('cloudflare-stream-signing-key', (g) => {
    const pem = Buffer.from(g.fake.pem('RSA PRIVATE KEY', 6)).toString('base64');
    return {
      path: 'workers/signed-playback/wrangler.toml',
      lines: [
        'name = "signed-playback"',
        'main = "src/index.ts"',
        '',
        '[vars]',
        `STREAM_KEY_ID = "${g.fake.hex(32)}"`,
        sec(`STREAM_KEY_PEM = "${pem}"`, pem),
      ],
    };
  }),
  template('akamai-edgeauth-python', (g) => {
    const k = v.akamaiKey(g);
    return {
      path: g.pick(['cdn/token.py', 'player/akamai_token.py']),
      lines: [
        'from akamai.edgeauth import EdgeAuth',
        '',
        sec(`et = EdgeAuth(key="${k}", window_seconds=3600, escape_early=True)`, k),
        'token = et.generate_acl_token("/live/news/*")',
        'url = f"https://live.acme-media.tv/live/news/master.m3u8?hdnts={token}"',
      ],
    };
  }),
  template('akamai-token-properties', (g) => {
    const k = v.akamaiKey(g);
    return {
      path: 'player-api/src/main/resources/application.properties',
      lines: [
        'akamai.token.name=hdnts',
        'akamai.token.window=7200',
        sec(`akamai.token.key=${k}`, k),
        'akamai.token.acl=/vod/*',
      ],
    };
  }),
  template('akamai-edgerc', (g) => {
    const cs = g.fake.base64(43) + '=';
    const at = 'akab-' + g.fake.lowerAlnum(16) + '-' + g.fake.lowerAlnum(16);
    const ct = 'akab-' + g.fake.lowerAlnum(16) + '-' + g.fake.lowerAlnum(16);
    return {
      path: '.edgerc',
      lines: [
        '[default]',
        `host = akab-${g.fake.lowerAlnum(16)}-${g.fake.lowerAlnum(16)}.luna.akamaiapis.net`,
        // The client token is the id half of the EdgeGrid credential, as an AWS access key id is.
        sec(`client_token = ${ct}`, ct),
        sec(`client_secret = ${cs}`, cs),
        sec(`access_token = ${at}`, at),
      ],
    };
  }),
  template('cloudfront-signer-node', (g) => {
    const pem = g.fake.pem('RSA PRIVATE KEY', 8).split('\n');
    return {
      path: 'src/signedUrls.js',
      lines: [
        "const { getSignedUrl } = require('@aws-sdk/cloudfront-signer');",
        '',
        `const keyPairId = '${v.cloudfrontKeyPairId(g)}';`,
        'const privateKey = `' + pem[0],
        block(pem.slice(1, -1).map((l) => sec(l, l))),
        pem[pem.length - 1] + '`;',
        '',
        'module.exports = (path) => getSignedUrl({ url: `https://d1abc.cloudfront.net${path}`, keyPairId, privateKey, dateLessThan: new Date(Date.now() + 3600e3) });',
      ],
    };
  }),
  template('cloudfront-signed-url-log', (g) => {
    // A signed URL opens the object until it expires, for anyone holding it: counted, as the
    // urls-endpoints corpus counts S3 presigned URLs (label correction after the blind run).
    const sig = g.fake.base64url(172) + '__';
    return {
      path: 'logs/cdn-access.log',
      lines: [
        sec(
          `${v.ip(g)} - - [30/Nov/2026:20:14:07 +0000] "GET /vod/ep42/720p/seg_12.ts?Expires=1796000000&Signature=${sig}&Key-Pair-Id=${v.cloudfrontKeyPairId(g)} HTTP/1.1" 200 1843200`,
          sig,
        ),
      ],
    };
  }),
  template('akamai-token-url', (g) => {
    // An edge token in a URL plays the ACL's paths until it expires: a signed URL (label correction).
    const h = g.fake.hex(64);
    return {
      path: 'qa/playback-urls.txt',
      lines: [
        sec(`https://live.acme-media.tv/live/news/master.m3u8?hdnts=exp=1796000000~acl=/live/news/*~hmac=${h}`, h),
      ],
    };
  }),
  template('mux-signed-playback-url', (g) => {
    // A signed playback token plays the asset until it expires: a signed URL (label correction).
    const t = g.fake.jwt({ aud: 'v', exp: 1796000000 });
    return {
      path: 'logs/player-errors.log',
      lines: [
        sec(`2026-11-30T20:14:07Z WARN playback 403 https://stream.mux.com/${v.muxPlaybackId(g)}.m3u8?token=${t}`, t),
      ],
    };
  }),
  template('fastly-api-token-env', (g) => {
    const t = v.fastlyToken(g);
    return {
      path: g.pick(['.env', 'ci/purge.env']),
      lines: [sec(`FASTLY_API_TOKEN=${t}`, t), `FASTLY_SERVICE_ID=${g.fake.alnum(22)}`],
    };
  }),
  template('fastly-vcl-token-secret', (g) => {
    const k = g.fake.base64(43) + '=';
    return {
      path: 'vcl/token_auth.vcl',
      lines: [
        'table token_secrets {',
        sec(`  "1": "${k}",`, k),
        '}',
        '',
        'sub vcl_recv {',
        '  declare local var.token_sig STRING;',
        '  set var.token_sig = digest.hmac_sha256_base64(table.lookup(token_secrets, "1"), req.url.path);',
        '}',
      ],
    };
  }),
  template('bunny-token-auth-php', (g) => {
    const k = v.bunnyTokenKey(g);
    return {
      path: 'includes/bunny_sign.php',
      lines: [
        '<?php',
        sec(`$securityKey = '${k}';`, k),
        '$expires = time() + 3600;',
        "$hash = base64_encode(hash('sha256', $securityKey . $path . $expires, true));",
        "$token = strtr($hash, '+/', '-_');",
      ],
    };
  }),
  template('bunny-storage-api', (g) => {
    const p = v.bunnyApiKey(g);
    return {
      path: g.pick(['deploy/upload_bunny.sh', 'scripts/push-hls.sh']),
      lines: [
        'for f in out/*.ts out/*.m3u8; do',
        `  curl --request PUT --url "https://storage.bunnycdn.com/acme-vod/hls/$(basename $f)" \\`,
        sec(`    --header "AccessKey: ${p}" \\`, p),
        '    --header "Content-Type: application/octet-stream" --data-binary @"$f"',
        'done',
      ],
    };
  }),
  template('bunny-stream-api-key-env', (g) => {
    const k = v.bunnyApiKey(g);
    return {
      path: '.env',
      lines: [
        `BUNNY_STREAM_LIBRARY_ID=${g.between(100000, 299999)}`,
        sec(`BUNNY_STREAM_API_KEY=${k}`, k),
        'BUNNY_CDN_HOST=vz-acme.b-cdn.net',
      ],
    };
  }),
  template('mediapackage-cdn-auth-secret', (g) => {
    const id = v.uuid(g);
    return {
      path: 'infra/mediapackage-cdn-auth.json',
      lines: ['{', sec(`  "MediaPackageCDNIdentifier": "${id}"`, id), '}'],
    };
  }),
  template('medialive-aws-credentials', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['channel-ops/.aws/credentials', 'medialive/credentials']),
      lines: [
        '[medialive-ops]',
        sec(`aws_access_key_id = ${id}`, id),
        sec(`aws_secret_access_key = ${s}`, s),
        'region = eu-west-1',
      ],
    };
  }),
  template('medialive-rtmp-push-terraform', (g) => {
    const k = v.youtubeKey(g);
    const p = v.plain(g);
    return {
      path: 'terraform/medialive.tf',
      lines: [
        'resource "aws_medialive_input" "rtmp_push" {',
        '  name                  = "studio-rtmp"',
        '  type                  = "RTMP_PUSH"',
        '  input_security_groups = [aws_medialive_input_security_group.studio.id]',
        '}',
        '',
        'resource "aws_ssm_parameter" "yt_key" {',
        '  name  = "/medialive/youtube/stream_key"',
        '  type  = "SecureString"',
        sec(`  value = "${k}"`, k),
        '}',
        '',
        'resource "aws_ssm_parameter" "rtmp_pw" {',
        '  name  = "/medialive/rtmp/password"',
        '  type  = "SecureString"',
        sec(`  value = "${p}"`, p),
        '}',
      ],
    };
  }),
  template('mediaconnect-static-key', (g) => {
    const k = v.hex128(g) + v.hex128(g);
    return {
      path: g.pick(['mediaconnect/create-flow.sh', 'runbooks/mediaconnect-zixi.md']),
      lines: [
        'aws secretsmanager create-secret --name mediaconnect/contribution-key \\',
        sec(`  --secret-string ${k}`, k),
      ],
    };
  }),
  template('mediaconnect-srt-passphrase-json', (g) => {
    const p = v.srtPassphrase(g);
    return {
      path: 'flows/venue-srt.json',
      lines: [
        '{',
        '  "Name": "venue-srt-listener",',
        '  "Protocol": "srt-listener",',
        '  "IngestPort": 5000,',
        '  "Decryption": { "Algorithm": "aes128", "KeyType": "static-key" },',
        sec(`  "SrtPassphrase": "${p}"`, p),
        '}',
      ],
    };
  }),
  template('shaka-packager-raw-key', (g) => {
    const kid = v.hex128(g);
    const key = v.hex128(g);
    return {
      path: g.pick(['package.sh', 'packaging/cenc.sh']),
      lines: [
        'packager \\',
        '  in=ep42_1080p.mp4,stream=video,output=out/video_1080p.mp4 \\',
        '  in=ep42_1080p.mp4,stream=audio,output=out/audio.mp4 \\',
        '  --enable_raw_key_encryption \\',
        sec(`  --keys label=:key_id=${kid}:key=${key} \\`, key),
        '  --protection_systems Widevine,PlayReady \\',
        '  --mpd_output out/manifest.mpd',
      ],
    };
  }),
  template('shaka-packager-widevine-signer', (g) => {
    const key = g.fake.hex(64);
    return {
      path: 'packaging/widevine.sh',
      lines: [
        'packager in=movie.mp4,stream=video,output=video.mp4 \\',
        '  --enable_widevine_encryption \\',
        '  --key_server_url https://license.widevine.com/cenc/getcontentkey/acmemedia \\',
        `  --content_id ${g.fake.hex(16)} \\`,
        '  --signer acmemedia \\',
        sec(`  --aes_signing_key ${key} \\`, key),
        `  --aes_signing_iv ${g.fake.hex(32)}`,
      ],
    };
  }),
  template('bento4-mp4encrypt', (g) => {
    const key = v.hex128(g);
    return {
      path: 'drm/encrypt.sh',
      lines: [
        sec(
          `mp4encrypt --method MPEG-CENC --key 1:${key}:random --property 1:KID:${v.hex128(g)} in.mp4 out_enc.mp4`,
          key,
        ),
      ],
    };
  }),
  template('ffmpeg-hls-aes-keyinfo', (g) => {
    const key = v.hex128(g);
    return {
      path: 'hls/make_key.sh',
      lines: [
        '#!/bin/sh',
        '# static key for the members-only stream',
        sec(`echo -n "${key}" | xxd -r -p > /var/www/keys/enc.key`, key),
        'printf "https://keys.acme-media.tv/enc.key\\n/var/www/keys/enc.key\\n" > enc.keyinfo',
        'ffmpeg -i in.mp4 -hls_time 6 -hls_key_info_file enc.keyinfo -hls_playlist_type vod out/index.m3u8',
      ],
    };
  }),
  template('playready-key-seed-config', (g) => {
    const s = v.playreadySeed(g);
    return {
      path: g.pick(['license-server/appsettings.json', 'drm/playready.json']),
      lines: [
        '{',
        '  "PlayReady": {',
        sec(`    "KeySeed": "${s}",`, s),
        '    "LicenseServerUrl": "https://drm.acme-media.tv/playready/rightsmanager.asmx"',
        '  }',
        '}',
      ],
    };
  }),
  template('fairplay-ask-ksm', (g) => {
    const ask = v.hex128(g);
    const p = v.plain(g);
    return {
      path: g.pick(['fps/ksm.properties', 'fairplay/config.properties']),
      lines: [
        'fps.certificate=/etc/fps/fairplay.cer',
        'fps.privateKey=/etc/fps/privatekey.pem',
        sec(`fps.privateKeyPassphrase=${p}`, p),
        sec(`fps.ask=${ask}`, ask),
      ],
    };
  }),
  template('ezdrm-credentials', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['drm/ezdrm_keys.py', 'packaging/ezdrm.py']),
      lines: [
        'import requests',
        '',
        'EZDRM_USER = "ops@acme-media.tv"',
        sec(`EZDRM_PASSWORD = "${p}"`, p),
        '',
        'def cpix(kid):',
        '    url = f"https://cpix.ezdrm.com/keyprovider/cpix.aspx?k={kid}&u={EZDRM_USER}&p={EZDRM_PASSWORD}&c=ep42"',
        '    return requests.get(url).text',
      ],
    };
  }),
  template('buydrm-keyos-auth-xml', (g) => {
    const k = g.fake.base64(g.between(120, 160));
    return {
      path: 'keyos/authxml-config.json',
      lines: [
        '{',
        '  "provider": "KeyOS",',
        `  "keyos_user_key": "${v.uuid(g)}",`,
        sec(`  "keyos_signing_key": "${k}"`, k),
        '}',
      ],
    };
  }),
  template('pallycon-env', (g) => {
    const sk = v.pallyconKey(g);
    const ak = v.pallyconKey(g);
    return {
      path: g.pick(['.env', 'drm/.env']),
      lines: [
        `PALLYCON_SITE_ID=${v.pallyconSiteId(g)}`,
        sec(`PALLYCON_SITE_KEY=${sk}`, sk),
        sec(`PALLYCON_ACCESS_KEY=${ak}`, ak),
        'PALLYCON_LICENSE_URL=https://license-global.pallycon.com/ri/licenseManager.do',
      ],
    };
  }),
  template('axinom-license-token-node', (g) => {
    const k = v.axinomKey(g);
    return {
      path: 'services/entitlement/axinom.js',
      lines: [
        "const jwt = require('jsonwebtoken');",
        '',
        `const COMMUNICATION_KEY_ID = '${v.uuid(g)}';`,
        sec(`const COMMUNICATION_KEY = '${k}';`, k),
        '',
        'function licenseToken(keyId) {',
        '  const msg = { version: 1, com_key_id: COMMUNICATION_KEY_ID, message: { type: "entitlement_message", version: 2, content_keys_source: { inline: [{ id: keyId }] } } };',
        "  return jwt.sign(msg, Buffer.from(COMMUNICATION_KEY, 'base64'), { algorithm: 'HS256' });",
        '}',
      ],
    };
  }),
  template('widevine-proxy-yaml', (g) => {
    const key = g.fake.hex(64);
    return {
      path: 'license-proxy/config.yaml',
      lines: [
        'widevine:',
        '  provider: acmemedia',
        sec(`  signing_key: ${key}`, key),
        `  signing_iv: ${g.fake.hex(32)}`,
        '  license_server: https://license.widevine.com/cenc/getlicense/acmemedia',
      ],
    };
  }),
];
