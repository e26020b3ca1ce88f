import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * media-broadcast hard negatives from the same repositories: public ingest and playback URLs
 * without a key, stream-key placeholders and references (`{stream_key}`, `${STREAM_KEY}`,
 * `xxxx-xxxx-xxxx-xxxx-xxxx`, OBS profiles with an empty key), public player and policy keys
 * (Brightcove policy keys, JW Player library keys, Mux playback ids and env keys, Bitmovin player
 * licence keys in the browser), HLS and DASH manifests (`#EXT-X-KEY` URIs and IVs, `cenc:default_KID`,
 * PSSH boxes), key ids and KIDs, webhook signatures in logs, EBU/SMPTE and catalogue ids (UMIDs,
 * EIDR, ISAN, ISRC, house ids), SCTE-35 cues, timecodes, checksums, OAuth client ids alone, SRT
 * stream ids, docs examples. Generated at run time.
 */
export const mediaNegatives: readonly Template[] = [
  template('obs-service-json-empty-key', () => ({
    path: 'obs-studio/basic/profiles/Untitled/service.json',
    lines: ['{"settings":{"bwtest":false,"key":"","server":"auto","service":"Twitch"},"type":"rtmp_common"}'],
  })),
  template('ffmpeg-stream-key-placeholder', () => ({
    path: 'README.md',
    lines: [
      '## Going live',
      '',
      'Replace `{stream_key}` with the key from YouTube Studio > Go live > Stream settings:',
      '',
      '```sh',
      'ffmpeg -re -i input.mp4 -c:v libx264 -b:v 4500k -c:a aac -f flv rtmp://a.rtmp.youtube.com/live2/{stream_key}',
      '```',
    ],
  })),
  template('ffmpeg-env-reference', () => ({
    path: 'scripts/go-live.sh',
    lines: [
      '#!/bin/bash',
      ': "${STREAM_KEY:?set STREAM_KEY}"',
      'ffmpeg -re -i "$1" -c copy -f flv "rtmp://live.twitch.tv/app/${STREAM_KEY}"',
    ],
  })),
  template('youtube-key-docs-mask', () => ({
    path: 'docs/streaming.md',
    lines: [
      'Your stream key looks like `xxxx-xxxx-xxxx-xxxx-xxxx`. Paste it in OBS under Settings > Stream.',
      'Server: rtmp://a.rtmp.youtube.com/live2',
      'Backup server: rtmp://b.rtmp.youtube.com/live2?backup=1',
    ],
  })),
  template('nginx-rtmp-local-only', () => ({
    path: 'nginx/rtmp.conf',
    lines: [
      'rtmp {',
      '    server {',
      '        listen 1935;',
      '        application live {',
      '            live on;',
      '            hls on;',
      '            hls_path /tmp/hls;',
      '            hls_fragment 3;',
      '            on_publish http://127.0.0.1:8080/auth;',
      '            push rtmp://127.0.0.1/archive;',
      '        }',
      '    }',
      '}',
    ],
  })),
  template('hls-master-playlist', (g) => ({
    path: `vod/${g.fake.hex(8)}/master.m3u8`,
    lines: [
      '#EXTM3U',
      '#EXT-X-VERSION:6',
      '#EXT-X-INDEPENDENT-SEGMENTS',
      '#EXT-X-STREAM-INF:BANDWIDTH=5400000,AVERAGE-BANDWIDTH=5000000,RESOLUTION=1920x1080,CODECS="avc1.640028,mp4a.40.2",FRAME-RATE=29.970',
      '1080p/index.m3u8',
      '#EXT-X-STREAM-INF:BANDWIDTH=2800000,RESOLUTION=1280x720,CODECS="avc1.4d401f,mp4a.40.2"',
      '720p/index.m3u8',
    ],
  })),
  template('hls-media-playlist-aes', (g) => ({
    path: 'live/program/index.m3u8',
    lines: [
      '#EXTM3U',
      '#EXT-X-VERSION:3',
      '#EXT-X-TARGETDURATION:6',
      `#EXT-X-MEDIA-SEQUENCE:${g.between(1000, 90000)}`,
      `#EXT-X-KEY:METHOD=AES-128,URI="https://keys.acme-media.tv/key?id=${g.fake.hex(16)}",IV=0x${g.fake.upperHex(32)}`,
      '#EXTINF:6.006,',
      `seg_${g.between(1000, 9000)}.ts`,
      '#EXTINF:6.006,',
      `seg_${g.between(1000, 9000)}.ts`,
    ],
  })),
  template('hls-fairplay-skd', (g) => ({
    path: 'fps/index.m3u8',
    lines: [
      '#EXTM3U',
      '#EXT-X-VERSION:5',
      `#EXT-X-KEY:METHOD=SAMPLE-AES,URI="skd://${g.fake.hex(32)}",KEYFORMAT="com.apple.streamingkeydelivery",KEYFORMATVERSIONS="1"`,
      '#EXT-X-MAP:URI="init.mp4"',
      '#EXTINF:4.0,',
      'seg1.m4s',
    ],
  })),
  template('dash-mpd-cenc', (g) => {
    const kid = g.fake.uuid();
    return {
      path: 'out/manifest.mpd',
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" xmlns:cenc="urn:mpeg:cenc:2013" type="static" profiles="urn:mpeg:dash:profile:isoff-on-demand:2011">',
        '  <Period>',
        '    <AdaptationSet contentType="video" mimeType="video/mp4">',
        `      <ContentProtection schemeIdUri="urn:mpeg:dash:mp4protection:2011" value="cenc" cenc:default_KID="${kid}"/>`,
        '      <ContentProtection schemeIdUri="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed">',
        `        <cenc:pssh>${g.fake.base64(76)}==</cenc:pssh>`,
        '      </ContentProtection>',
        '      <Representation id="0" bandwidth="4000000" codecs="avc1.640028" width="1920" height="1080"/>',
        '    </AdaptationSet>',
        '  </Period>',
        '</MPD>',
      ],
    };
  }),
  template('cpix-document-kids-only', (g) => ({
    path: 'drm/request.cpix.xml',
    lines: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<cpix:CPIX xmlns:cpix="urn:dashif:org:cpix" contentId="ep42">',
      '  <cpix:ContentKeyList>',
      `    <cpix:ContentKey kid="${g.fake.uuid()}" commonEncryptionScheme="cenc"/>`,
      `    <cpix:ContentKey kid="${g.fake.uuid()}" commonEncryptionScheme="cenc"/>`,
      '  </cpix:ContentKeyList>',
      '  <cpix:DRMSystemList>',
      `    <cpix:DRMSystem kid="${g.fake.uuid()}" systemId="9a04f079-9840-4286-ab92-e65be0885f95"/>`,
      '  </cpix:DRMSystemList>',
      '</cpix:CPIX>',
    ],
  })),
  template('pssh-box-dump', (g) => ({
    path: 'notes/pssh.txt',
    lines: [
      'mp4dump --verbosity 1 init.mp4 | grep -A4 pssh',
      '[pssh] size=12+74',
      '  system_id = [ed ef 8b a9 79 d6 4a ce a3 c8 27 dc d5 1d 21 ed]',
      `  data = ${g.fake.base64(72)}`,
      `KID: ${g.fake.hex(32)}`,
    ],
  })),
  template('brightcove-player-policy-key', (g) => ({
    path: 'src/player/config.js',
    lines: [
      'export const playerConfig = {',
      `  accountId: '${v.bcAccount(g)}',`,
      "  playerId: 'default',",
      `  policyKey: '${v.bcPolicyKey(g)}',`,
      '};',
    ],
  })),
  template('jwplayer-library-embed', (g) => ({
    path: 'public/watch.html',
    lines: [
      `<script src="https://cdn.jwplayer.com/libraries/${v.jwSiteId(g)}.js"></script>`,
      '<div id="player"></div>',
      '<script>',
      `  jwplayer("player").setup({ playlist: "https://cdn.jwplayer.com/v2/media/${v.jwSiteId(g)}" });`,
      '</script>',
    ],
  })),
  template('mux-player-playback-id', (g) => ({
    path: 'components/Video.tsx',
    lines: [
      "import MuxPlayer from '@mux/mux-player-react';",
      '',
      'export default function Video() {',
      `  return <MuxPlayer playbackId="${v.muxPlaybackId(g)}" envKey="${g.fake.lowerAlnum(26)}" metadata={{ video_title: 'Launch' }} />;`,
      '}',
    ],
  })),
  template('mux-env-example', () => ({
    path: '.env.example',
    lines: [
      'MUX_TOKEN_ID=',
      'MUX_TOKEN_SECRET=',
      'MUX_WEBHOOK_SECRET=',
      '# signing keys for signed playback',
      'MUX_SIGNING_KEY=',
      'MUX_PRIVATE_KEY=',
    ],
  })),
  template('mux-node-env-refs', () => ({
    path: 'lib/mux.ts',
    lines: [
      "import Mux from '@mux/mux-node';",
      '',
      'export const mux = new Mux({',
      '  tokenId: process.env.MUX_TOKEN_ID,',
      '  tokenSecret: process.env.MUX_TOKEN_SECRET,',
      '});',
    ],
  })),
  template('cloudfront-key-group-terraform', (g) => ({
    path: 'terraform/cloudfront.tf',
    lines: [
      'resource "aws_cloudfront_public_key" "signer" {',
      '  name        = "vod-signer"',
      '  encoded_key = file("keys/vod-signer.pub.pem")',
      '}',
      '',
      'resource "aws_cloudfront_key_group" "vod" {',
      '  name  = "vod"',
      '  items = [aws_cloudfront_public_key.signer.id]',
      '}',
      `# existing key id: ${v.cloudfrontKeyPairId(g)}`,
    ],
  })),
  template('public-stream-urls', (g) => ({
    path: 'docs/ingest-endpoints.md',
    lines: [
      '| Platform | Ingest URL |',
      '|---|---|',
      '| YouTube | rtmps://a.rtmps.youtube.com:443/live2 |',
      '| Twitch | rtmp://live.twitch.tv/app |',
      '| Facebook | rtmps://live-api-s.facebook.com:443/rtmp/ |',
      '| Mux | rtmps://global-live.mux.com:443/app |',
      '| Cloudflare | rtmps://live.cloudflare.com:443/live/ |',
      `| Ours | srt://${v.host(g)}:9000?mode=caller&latency=200000 |`,
    ],
  })),
  template('srt-streamid-no-passphrase', (g) => ({
    path: 'encoders/srt-outputs.txt',
    lines: [
      `srt://${v.host(g)}:8890?streamid=publish:${v.streamName(g)}&latency=200`,
      `srt://${v.host(g)}:10080?streamid=#!::r=live/${v.streamName(g)},m=request`,
    ],
  })),
  template('eidr-isan-catalogue', (g) => ({
    path: 'metadata/catalogue.csv',
    lines: [
      'house_id,title,eidr,isan,isrc,duration',
      `ACM${g.fake.digits(6)},Evening News,10.5240/${g.fake.upperHex(4)}-${g.fake.upperHex(4)}-${g.fake.upperHex(4)}-${g.fake.upperHex(4)}-${g.fake.upperHex(4)}-C,0000-0002-${g.fake.upperHex(4)}-0000-Q-0000-0000-X,GB${g.fake.upperAlnum(3)}${g.fake.digits(7)},00:28:30:00`,
      `ACM${g.fake.digits(6)},Weather,10.5240/${g.fake.upperHex(4)}-${g.fake.upperHex(4)}-${g.fake.upperHex(4)}-${g.fake.upperHex(4)}-${g.fake.upperHex(4)}-K,,,00:04:00:00`,
    ],
  })),
  template('mxf-umid-mediainfo', (g) => ({
    path: 'qc/ep42.mediainfo.txt',
    lines: [
      'General',
      'Complete name                            : EP42_MASTER.mxf',
      'Format                                   : MXF',
      'Commercial name                          : XDCAM HD422',
      `Package name                             : ${g.fake.uuid()}`,
      `Material package UMID                    : 0x060A2B340101010501010D43130000000${g.fake.upperHex(31)}`,
      'Duration                                 : 28 min 30 s',
      'Time code of first frame                 : 10:00:00:00',
    ],
  })),
  template('scte35-cue-log', (g) => ({
    path: 'logs/scte35.log',
    lines: [
      `2026-11-30 20:00:00.000 SCTE35 splice_insert event_id=${g.between(1000, 9999)} out_of_network=1 duration=120.0`,
      `2026-11-30 20:00:00.000 SCTE35 base64=/DA${g.fake.base64(60)}`,
    ],
  })),
  template('vast-response', (g) => ({
    path: 'fixtures/vast_preroll.xml',
    lines: [
      '<VAST version="4.2">',
      `  <Ad id="${g.fake.digits(8)}">`,
      '    <InLine>',
      '      <AdSystem>GAM</AdSystem>',
      `      <Impression><![CDATA[https://securepubads.g.doubleclick.net/pcs/view?xai=${g.fake.base64url(60)}&sig=Cg0${g.fake.base64url(40)}]]></Impression>`,
      `      <Creatives><Creative id="${g.fake.digits(11)}" adId="${g.fake.digits(10)}"/></Creatives>`,
      '    </InLine>',
      '  </Ad>',
      '</VAST>',
    ],
  })),
  template('gam-ad-tag-url', (g) => ({
    path: 'player/ads.js',
    lines: [
      `const adTag = 'https://pubads.g.doubleclick.net/gampad/ads?iu=/${g.fake.digits(8)}/acme/video&description_url=https%3A%2F%2Facme-media.tv&tfcd=0&npa=0&sz=640x480&gdfp_req=1&output=vast&unviewed_position_start=1&env=vp&impl=s&correlator=';`,
      'ima.settings.setVpaidMode(google.ima.ImaSdkSettings.VpaidMode.ENABLED);',
    ],
  })),
  template('spotify-client-id-pkce', (g) => ({
    path: 'web/src/spotifyAuth.ts',
    lines: [
      '// PKCE flow: no client secret in the browser',
      `const CLIENT_ID = '${v.hex32(g)}';`,
      "const REDIRECT_URI = 'https://radio.acme-media.tv/callback';",
      "const scope = 'user-read-playback-state user-modify-playback-state';",
    ],
  })),
  template('twitch-client-id-only', (g) => ({
    path: 'extension/frontend/config.js',
    lines: [`export const TWITCH_CLIENT_ID = '${v.twitch30(g)}';`, "export const CHANNEL = 'acme_live';"],
  })),
  template('youtube-ids', (g) => ({
    path: 'data/channels.json',
    lines: [
      '[',
      `  { "name": "ACME News", "channelId": "UC${g.fake.base64url(22)}", "uploadsPlaylist": "UU${g.fake.base64url(22)}" },`,
      `  { "name": "ACME Sport", "channelId": "UC${g.fake.base64url(22)}", "liveVideoId": "${g.fake.base64url(11)}" }`,
      ']',
    ],
  })),
  template('media-checksums', (g) => ({
    path: 'delivery/EP42.md5',
    lines: [
      `${g.fake.hex(32)}  EP42_MASTER.mxf`,
      `${g.fake.hex(32)}  EP42_CAPTIONS.scc`,
      `${g.fake.hex(32)}  EP42_AUDIO_51.wav`,
    ],
  })),
  template('cloudflare-stream-video-uids', (g) => ({
    path: 'site/data/videos.yml',
    lines: [
      '- title: Keynote',
      `  uid: ${g.fake.hex(32)}`,
      `  thumbnail: https://customer-${g.fake.lowerAlnum(16)}.cloudflarestream.com/${g.fake.hex(32)}/thumbnails/thumbnail.jpg`,
    ],
  })),
  template('kaltura-embed-public', (g) => ({
    path: 'templates/player.html',
    lines: [
      `<script src="https://cdnapisec.kaltura.com/p/${v.kalturaPartner(g)}/embedPlaykitJs/uiconf_id/${g.fake.digits(8)}"></script>`,
      '<script>',
      `  const player = KalturaPlayer.setup({ targetId: "kplayer", provider: { partnerId: ${v.kalturaPartner(g)}, uiConfId: ${g.fake.digits(8)} } });`,
      `  player.loadMedia({ entryId: "1_${g.fake.lowerAlnum(8)}" });`,
      '</script>',
    ],
  })),
  template('wowza-admin-password-sample', () => ({
    path: 'WowzaStreamingEngine/conf/admin.password',
    lines: ['# Admin password file (format [username] [password] [group])', '#admin [password] admin'],
  })),
  template('mediamtx-shipped-defaults', () => ({
    path: 'mediamtx.yml',
    lines: [
      'authMethod: internal',
      'authInternalUsers:',
      '  # Default unprivileged user.',
      "  # Username. 'any' means any user, including anonymous ones.",
      '- user: any',
      "  # Password. Not used in case of 'any' user.",
      '  pass:',
      '  ips: []',
      '  permissions:',
      '  - action: publish',
      '    path:',
    ],
  })),
  template('k8s-secret-refs', () => ({
    path: 'k8s/encoder-deployment.yaml',
    lines: [
      '        env:',
      '          - name: STREAM_KEY',
      '            valueFrom:',
      '              secretKeyRef:',
      '                name: live-pipeline',
      '                key: TWITCH_STREAM_KEY',
      '          - name: SRT_PASSPHRASE',
      '            valueFrom: { secretKeyRef: { name: live-pipeline, key: srt-passphrase } }',
    ],
  })),
  template('shaka-packager-key-server-docs', () => ({
    path: 'docs/packaging.md',
    lines: [
      'Widevine packaging uses the key server; the signer credentials come from Vault:',
      '',
      '```',
      'packager in=movie.mp4,stream=video,output=video.mp4 \\',
      '  --enable_widevine_encryption --key_server_url "$WV_KEY_SERVER" \\',
      '  --signer "$WV_SIGNER" --aes_signing_key "$WV_SIGNING_KEY" --aes_signing_iv "$WV_SIGNING_IV"',
      '```',
    ],
  })),
  template('timecode-edl', (g) => ({
    path: 'edit/EP42_v3.edl',
    lines: [
      'TITLE: EP42_V3',
      'FCM: NON-DROP FRAME',
      '',
      `001  A001C00${g.between(1, 9)} V     C        10:00:00:00 10:00:12:10 01:00:00:00 01:00:12:10`,
      '* FROM CLIP NAME: INTERVIEW_CAM_A.MOV',
      `002  A002C01${g.between(1, 9)} V     C        14:22:05:11 14:22:09:00 01:00:12:10 01:00:15:24`,
    ],
  })),
  template('ndi-sources-list', () => ({
    path: 'ndi/sources.txt',
    lines: ['STUDIO-A (CAM 1)', 'STUDIO-A (CAM 2)', 'GFX-01 (CasparCG Channel 1)', 'VMIX-PC (Output 1)'],
  })),
  template('frameio-webhook-handler-env', () => ({
    path: 'review/webhooks.py',
    lines: [
      'import hmac, hashlib, os',
      '',
      'SECRET = os.environ["FRAMEIO_WEBHOOK_SECRET"]',
      '',
      'def verify(body, ts, sig):',
      '    expected = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()',
      '    return hmac.compare_digest(expected, sig)',
    ],
  })),
  template('webhook-signature-log', (g) => ({
    path: 'logs/webhooks.log',
    lines: [
      `2026-11-30T20:14:07Z POST /webhooks/mux mux-signature=t=1796000000,v1=${g.fake.hex(64)} 200`,
      `2026-11-30T20:14:09Z POST /webhooks/frameio X-Frameio-Signature=v0=${g.fake.hex(64)} 200`,
    ],
  })),
  template('bitmovin-player-license-browser', (g) => ({
    path: 'web/player.js',
    lines: [
      'const conf = {',
      `  key: '${v.uuid(g)}',`,
      '  playback: { autoplay: false, muted: true },',
      '};',
      "const player = new bitmovin.player.Player(document.getElementById('player'), conf);",
    ],
  })),
  template('audible-cli-docs', () => ({
    path: 'docs/audible.md',
    lines: [
      'Run `audible quickstart` and the auth file is written to `~/.audible/audibleAuth.json`.',
      'It holds `access_token` (starts with `Atna|`), `refresh_token` (`Atnr|...`) and the device private key.',
      'Never commit that file.',
    ],
  })),
  template('caption-file-srt', (g) => ({
    path: 'captions/EP42.srt',
    lines: [
      '1',
      '00:00:01,000 --> 00:00:04,200',
      'Good evening, and welcome to the news at six.',
      '',
      '2',
      '00:00:04,400 --> 00:00:07,900',
      `Tonight: the council votes on plan ${g.fake.upperAlnum(6)}.`,
    ],
  })),
  template('widevine-test-provider-docs', () => ({
    path: 'docs/drm-testing.md',
    lines: [
      'For local tests use the Widevine test key server with the signer name `widevine_test`;',
      'the signing key and IV for it are published in the Shaka Packager docs and only work on the test server.',
      'Production signer credentials are in Vault under `secret/drm/widevine`.',
    ],
  })),
  template('obs-basic-ini', (g) => ({
    path: 'obs-studio/basic/profiles/Stream/basic.ini',
    lines: [
      '[General]',
      'Name=Stream',
      '',
      '[Output]',
      'Mode=Advanced',
      '',
      '[AdvOut]',
      'Encoder=obs_x264',
      `RecFilePath=C:\\Users\\${g.pick(['av', 'stream', 'media'])}\\Videos`,
      '',
      '[Video]',
      'BaseCX=1920',
      'BaseCY=1080',
      'FPSCommon=30',
    ],
  })),
];
