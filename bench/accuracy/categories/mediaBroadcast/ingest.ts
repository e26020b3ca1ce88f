import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * media-broadcast positives from live ingest as streamers and broadcast engineers write it: OBS
 * profiles (service.json, basic.ini, obs-websocket), ffmpeg and GStreamer command lines, nginx-rtmp
 * push targets and on_publish checks, SRS, MediaMTX (internal users, source URLs with user and
 * password), Wowza Streaming Engine (admin.password, publish.password, REST API, Application.xml
 * stream targets), Red5 Pro, Ant Media Server, SRT and RIST passphrases, Restream and platform
 * ingest keys (YouTube, Twitch, Facebook, Mux, Cloudflare Stream), vMix, Streamlabs, scripts.
 * Values generated at run time.
 */
export const ingestPositives: readonly Template[] = [
  template('obs-service-json-rtmp-common', (g) => {
    const svc = g.pick(['YouTube - RTMPS', 'Twitch', 'Facebook Live', 'Restream.io']);
    const k =
      svc === 'Twitch'
        ? v.twitchKey(g)
        : svc === 'Facebook Live'
          ? v.facebookKey(g)
          : svc === 'Restream.io'
            ? v.restreamKey(g)
            : v.youtubeKey(g);
    return {
      path: `obs-studio/basic/profiles/${g.pick(['Untitled', 'Stream', 'Church_Sunday', 'Gaming'])}/service.json`,
      lines: [
        sec(`{"settings":{"bwtest":false,"key":"${k}","server":"auto","service":"${svc}"},"type":"rtmp_common"}`, k),
      ],
    };
  }),
  template('obs-service-json-pretty', (g) => {
    const k = v.youtubeKey(g);
    return {
      path: 'config/obs-studio/basic/profiles/Live/service.json',
      lines: [
        '{',
        '    "settings": {',
        '        "bwtest": false,',
        sec(`        "key": "${k}",`, k),
        '        "server": "rtmps://a.rtmps.youtube.com:443/live2",',
        '        "service": "YouTube - RTMPS",',
        '        "stream_key_link": "https://www.youtube.com/live_dashboard"',
        '    },',
        '    "type": "rtmp_common"',
        '}',
      ],
    };
  }),
  template('obs-service-json-custom-auth', (g) => {
    const k = v.customKey(g);
    const p = v.plain(g);
    return {
      path: 'obs-studio/basic/profiles/Venue/service.json',
      lines: [
        '{',
        '    "settings": {',
        `        "server": "rtmp://${v.host(g)}/live",`,
        sec(`        "key": "${k}",`, k),
        '        "use_auth": true,',
        `        "username": "${v.user(g)}",`,
        sec(`        "password": "${p}"`, p),
        '    },',
        '    "type": "rtmp_custom"',
        '}',
      ],
    };
  }),
  template('obs-websocket-config', (g) => {
    const p = v.longSecret(g);
    return {
      path: 'obs-studio/plugin_config/obs-websocket/config.json',
      lines: [
        '{',
        '  "alerts_enabled": false,',
        '  "auth_required": true,',
        '  "first_load": false,',
        '  "server_enabled": true,',
        sec(`  "server_password": "${p}",`, p),
        '  "server_port": 4455',
        '}',
      ],
    };
  }),
  template('obs-websocket-python-client', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scene_switcher.py', 'tools/obs_control.py']),
      lines: [
        'import obsws_python as obs',
        '',
        sec(`cl = obs.ReqClient(host="${v.ip(g)}", port=4455, password="${p}", timeout=3)`, p),
        'cl.set_current_program_scene("Main Camera")',
      ],
    };
  }),
  template('ffmpeg-youtube-push', (g) => {
    const k = v.youtubeKey(g);
    return {
      path: g.pick(['stream.sh', 'scripts/go-live.sh', 'bin/restream-loop.sh']),
      lines: [
        '#!/bin/bash',
        'ffmpeg -re -stream_loop -1 -i /srv/media/loop.mp4 \\',
        '  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 \\',
        '  -c:a aac -b:a 160k -ar 44100 \\',
        sec(`  -f flv "rtmp://a.rtmp.youtube.com/live2/${k}"`, k),
      ],
    };
  }),
  template('ffmpeg-twitch-oneliner', (g) => {
    const k = v.twitchKey(g);
    return {
      path: g.pick(['README.md', 'notes/streaming.md']),
      lines: [
        '## Test stream',
        '',
        '```',
        sec(`ffmpeg -f lavfi -i testsrc2=size=1280x720:rate=30 -c:v libx264 -f flv rtmp://live.twitch.tv/app/${k}`, k),
        '```',
      ],
    };
  }),
  template('ffmpeg-facebook-rtmps', (g) => {
    const k = v.facebookKey(g);
    return {
      path: 'systemd/fb-live.service',
      lines: [
        '[Unit]',
        'Description=Facebook Live relay',
        '',
        '[Service]',
        sec(
          `ExecStart=/usr/bin/ffmpeg -i rtmp://127.0.0.1/live/program -c copy -f flv rtmps://live-api-s.facebook.com:443/rtmp/${k}`,
          k,
        ),
        'Restart=always',
      ],
    };
  }),
  template('ffmpeg-srt-passphrase', (g) => {
    const p = v.srtPassphrase(g);
    return {
      path: g.pick(['contribution.sh', 'scripts/srt-out.sh']),
      lines: [
        'ffmpeg -f decklink -i "DeckLink Mini Recorder" \\',
        '  -c:v libx264 -tune zerolatency -b:v 8M -c:a aac -f mpegts \\',
        sec(`  "srt://${v.host(g)}:9000?mode=caller&latency=200000&pbkeylen=16&passphrase=${p}"`, p),
      ],
    };
  }),
  template('ffmpeg-rtsp-camera-input', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cams/record.sh', 'docker/restream/entrypoint.sh']),
      lines: [
        '#!/bin/sh',
        sec(
          `ffmpeg -rtsp_transport tcp -i "rtsp://${v.user(g)}:${p}@${v.ip(g)}:554/Streaming/Channels/101" -c copy -f segment -segment_time 300 /rec/cam_%03d.mp4`,
          p,
        ),
      ],
    };
  }),
  template('gstreamer-srt-sink', (g) => {
    const p = v.srtPassphrase(g);
    return {
      path: 'pipelines/uplink.sh',
      lines: [
        'gst-launch-1.0 -v v4l2src ! videoconvert ! x264enc tune=zerolatency bitrate=4000 ! mpegtsmux ! \\',
        sec(`  srtsink uri="srt://${v.host(g)}:7001?mode=caller" passphrase="${p}" pbkeylen=32`, p),
      ],
    };
  }),
  template('rist-url-secret', (g) => {
    const p = v.srtPassphrase(g);
    return {
      path: 'encoder/rist-sender.sh',
      lines: [
        sec(
          `ristsender -i "udp://@239.1.1.1:5000" -o "rist://${v.host(g)}:8193?aes-type=256&secret=${p}&cname=mcr-feed" -p 1`,
          p,
        ),
      ],
    };
  }),
  template('nginx-rtmp-push-multi', (g) => {
    const yt = v.youtubeKey(g);
    const tw = v.twitchKey(g);
    return {
      path: g.pick(['/etc/nginx/nginx.conf', 'nginx/rtmp.conf', 'docker/nginx-rtmp/nginx.conf']),
      lines: [
        'rtmp {',
        '    server {',
        '        listen 1935;',
        '        chunk_size 4096;',
        '        application live {',
        '            live on;',
        '            record off;',
        sec(`            push rtmp://a.rtmp.youtube.com/live2/${yt};`, yt),
        sec(`            push rtmp://live-fra.twitch.tv/app/${tw};`, tw),
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('nginx-rtmp-on-publish-php', (g) => {
    const k = v.customKey(g);
    return {
      path: g.pick(['auth.php', 'www/rtmp_auth.php']),
      lines: [
        '<?php',
        '// nginx-rtmp on_publish callback: only our encoder may publish',
        sec(`$valid_key = '${k}';`, k),
        "if (($_POST['name'] ?? '') !== 'program' || ($_POST['key'] ?? '') !== $valid_key) {",
        '    http_response_code(403);',
        '    exit;',
        '}',
        'http_response_code(201);',
      ],
    };
  }),
  template('nginx-rtmp-push-restream', (g) => {
    const k = v.restreamKey(g);
    return {
      path: 'conf.d/rtmp-restream.conf',
      lines: [
        'application restream {',
        '    live on;',
        '    allow publish 127.0.0.1;',
        '    deny publish all;',
        sec(`    push rtmp://live.restream.io/live/${k};`, k),
        '}',
      ],
    };
  }),
  template('srs-conf-forward', (g) => {
    const k = v.youtubeKey(g);
    const p = v.plain(g);
    return {
      path: g.pick(['conf/srs.conf', 'srs/conf/production.conf']),
      lines: [
        'listen              1935;',
        'max_connections     1000;',
        'http_api {',
        '    enabled         on;',
        '    listen          1985;',
        '    auth {',
        '        enabled         on;',
        `        username        ${v.user(g)};`,
        sec(`        password        ${p};`, p),
        '    }',
        '}',
        'vhost __defaultVhost__ {',
        '    forward {',
        '        enabled on;',
        sec(`        destination a.rtmp.youtube.com:1935/live2/${k};`, k),
        '    }',
        '}',
      ],
    };
  }),
  template('mediamtx-internal-users', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['mediamtx.yml', 'config/mediamtx.yml']),
      lines: [
        'authMethod: internal',
        'authInternalUsers:',
        '- user: any',
        '  pass:',
        "  ips: ['127.0.0.1', '::1']",
        '  permissions:',
        '  - action: read',
        `- user: ${v.user(g)}`,
        sec(`  pass: ${p}`, p),
        '  ips: []',
        '  permissions:',
        '  - action: publish',
        '  - action: read',
      ],
    };
  }),
  template('mediamtx-path-source', (g) => {
    const p = v.plain(g);
    return {
      path: 'mediamtx.yml',
      lines: [
        'paths:',
        '  lobby:',
        sec(
          `    source: rtsp://${g.pick(['admin', 'viewer', 'onvif'])}:${p}@${v.ip(g)}:554/cam/realmonitor?channel=1&subtype=0`,
          p,
        ),
        '    sourceOnDemand: yes',
        '  all_others:',
      ],
    };
  }),
  template('rtsp-simple-server-legacy', (g) => {
    const p = v.plain(g);
    return {
      path: 'rtsp-simple-server.yml',
      lines: [
        'paths:',
        '  all:',
        `    publishUser: ${v.user(g)}`,
        sec(`    publishPass: ${p}`, p),
        '    readUser:',
        '    readPass:',
      ],
    };
  }),
  template('wowza-admin-password', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['WowzaStreamingEngine/conf/admin.password', 'conf/admin.password']),
      lines: [
        '# Admin password file (format [username] [password] [group])',
        sec(`${v.user(g)} ${p} admin|advUser`, p),
      ],
    };
  }),
  template('wowza-publish-password', (g) => {
    const a = v.plain(g);
    const b = v.plain(g);
    return {
      path: 'WowzaStreamingEngine/conf/publish.password',
      lines: [
        '# Publish password file (format [username] [password])',
        sec(`encoder1 ${a}`, a),
        sec(`churchcam ${b}`, b),
      ],
    };
  }),
  template('wowza-rest-curl-digest', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/wowza-create-app.sh', 'ops/wowza.md']),
      lines: [
        sec(`curl --digest -u "${v.user(g)}:${p}" -X POST \\`, p),
        '  -H "Accept:application/json; charset=utf-8" -H "Content-Type:application/json; charset=utf-8" \\',
        '  http://localhost:8087/v2/servers/_defaultServer_/vhosts/_defaultVHost_/applications/live \\',
        `  -d '{"restURI":"http://localhost:8087/v2/servers/_defaultServer_/vhosts/_defaultVHost_/applications/live","name":"live","appType":"Live"}'`,
      ],
    };
  }),
  template('wowza-stream-targets', (g) => {
    const k = v.youtubeKey(g);
    return {
      path: 'WowzaStreamingEngine/applications/live/PushPublishMap.txt',
      lines: [
        sec(
          `program={"entryName":"youtube", "profile":"rtmp", "host":"a.rtmp.youtube.com", "application":"live2", "streamName":"${k}", "debugLog":"false"}`,
          k,
        ),
      ],
    };
  }),
  template('wowza-video-api-key', (g) => {
    const a = g.fake.alnum(64);
    const k = g.fake.alnum(64);
    return {
      path: g.pick(['wowza_video.py', 'lib/wsc_client.py']),
      lines: [
        'import requests',
        '',
        'HEADERS = {',
        sec(`    "wsc-api-key": "${a}",`, a),
        sec(`    "wsc-access-key": "${k}",`, k),
        '    "Content-Type": "application/json",',
        '}',
        'r = requests.get("https://api.video.wowza.com/api/v1.11/live_streams", headers=HEADERS)',
      ],
    };
  }),
  template('wowza-video-jwt-env', (g) => {
    const t = v.jwt(g, { iss: 'wowza', scope: 'live_streams' });
    return {
      path: '.env',
      lines: ['WOWZA_API_BASE=https://api.video.wowza.com/api/v2.0', sec(`WOWZA_JWT=${t}`, t)],
    };
  }),
  template('red5pro-properties', (g) => {
    const a = v.longSecret(g);
    const p = v.plain(g);
    return {
      path: g.pick(['red5pro/conf/red5.properties', 'conf/red5.properties']),
      lines: [
        'rtmp.host=0.0.0.0',
        'rtmp.port=1935',
        'http.port=5080',
        sec(`cluster.password=${p}`, p),
        '# stream manager REST',
        sec(`rest.administratorToken=${a}`, a),
      ],
    };
  }),
  template('red5pro-api-properties', (g) => {
    const t = v.longSecret(g);
    return {
      path: 'red5pro/webapps/api/WEB-INF/security/api.properties',
      lines: ['security.enabled=true', sec(`security.accessToken=${t}`, t), 'security.hosts=*'],
    };
  }),
  template('antmedia-app-settings', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['webapps/LiveApp/WEB-INF/red5-web.properties', 'antmedia/LiveApp/red5-web.properties']),
      lines: [
        'settings.hlsMuxingEnabled=true',
        'settings.publishJwtControlEnabled=true',
        sec(`settings.jwtStreamSecretKey=${s}`, s),
        'settings.playJwtControlEnabled=false',
      ],
    };
  }),
  template('antmedia-server-jwt', (g) => {
    const s = v.longSecret(g);
    return {
      path: 'antmedia/conf/red5.properties',
      lines: ['server.jwtServerControlEnabled=true', sec(`server.jwtServerSecretKey=${s}`, s), 'server.name='],
    };
  }),
  template('antmedia-rest-bearer', (g) => {
    const t = v.jwt(g, { sub: 'ams-admin' });
    return {
      path: g.pick(['scripts/ams_broadcasts.sh', 'tools/list_streams.sh']),
      lines: [
        'curl -s -X GET "https://ams.acme-media.tv:5443/LiveApp/rest/v2/broadcasts/list/0/50" \\',
        sec(`  -H "Authorization: ${t}"`, t),
      ],
    };
  }),
  template('restream-api-client', (g) => {
    const s = g.fake.alnum(32);
    return {
      path: 'integrations/restream.js',
      lines: [
        'export const restream = {',
        `  clientId: '${v.uuid(g)}',`,
        sec(`  clientSecret: '${s}',`, s),
        "  redirectUri: 'https://studio.acme-media.tv/oauth/restream',",
        '};',
      ],
    };
  }),
  template('streamer-notes-keys', (g) => {
    const yt = v.youtubeKey(g);
    const tw = v.twitchKey(g);
    return {
      path: g.pick(['stream-keys.txt', 'Desktop/keys.md', 'notes/church-av.md']),
      lines: [
        'Sunday service stream',
        '',
        'server: rtmp://a.rtmp.youtube.com/live2',
        sec(`youtube key: ${yt}`, yt),
        sec(`twitch: ${tw}`, tw),
        'do NOT share these with volunteers',
      ],
    };
  }),
  template('mux-stream-key-env', (g) => {
    const k = v.muxStreamKey(g);
    return {
      path: g.pick(['encoder/.env', 'deploy/stream.env']),
      lines: ['RTMP_URL=rtmps://global-live.mux.com:443/app', sec(`MUX_STREAM_KEY=${k}`, k), 'VIDEO_BITRATE=6000k'],
    };
  }),
  template('cloudflare-stream-rtmps-ffmpeg', (g) => {
    const k = v.cfStreamKey(g);
    return {
      path: 'ops/cf-stream-test.sh',
      lines: [sec(`ffmpeg -re -i program.ts -c copy -f flv rtmps://live.cloudflare.com:443/live/${k}`, k)],
    };
  }),
  template('cloudflare-stream-srt-passphrase', (g) => {
    const p = g.fake.hex(32) + 'k' + g.fake.hex(32);
    return {
      path: 'encoders/haivision-notes.md',
      lines: [
        '| field | value |',
        '|---|---|',
        '| SRT URL | srt://live.cloudflare.com:778 |',
        `| Stream ID | ${g.fake.hex(32)} |`,
        sec(`| Passphrase | ${p} |`, p),
      ],
    };
  }),
  template('vmix-web-controller', (g) => {
    const p = v.plain(g);
    return {
      path: 'vmix/settings-export.xml',
      lines: [
        '<Settings>',
        '  <WebController Enabled="True" Port="8088">',
        `    <Username>${v.user(g)}</Username>`,
        sec(`    <Password>${p}</Password>`, p),
        '  </WebController>',
        '</Settings>',
      ],
    };
  }),
  template('docker-compose-streaming-stack', (g) => {
    const k = v.youtubeKey(g);
    const p = v.plain(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  relay:',
        '    image: alfg/nginx-rtmp',
        '    environment:',
        sec(`      YOUTUBE_KEY: ${k}`, k),
        '  mediamtx:',
        '    image: bluenviron/mediamtx:latest',
        '    environment:',
        '      MTX_API: "yes"',
        `      MTX_AUTHINTERNALUSERS_0_USER: ${v.user(g)}`,
        sec(`      MTX_AUTHINTERNALUSERS_0_PASS: ${p}`, p),
      ],
    };
  }),
  template('youtube-data-api-key-python', (g) => {
    const k = v.googleApiKey(g);
    return {
      path: 'scheduler/youtube_broadcasts.py',
      lines: [
        'from googleapiclient.discovery import build',
        '',
        sec(`YT_API_KEY = "${k}"`, k),
        'youtube = build("youtube", "v3", developerKey=YT_API_KEY)',
      ],
    };
  }),
  template('twitch-chatbot-oauth', (g) => {
    const t = v.twitch30(g);
    const s = v.twitch30(g);
    return {
      path: g.pick(['bot/config.json', 'chatbot/settings.json']),
      lines: [
        '{',
        '  "channel": "acme_live",',
        '  "username": "acme_bot",',
        sec(`  "oauth": "oauth:${t}",`, t),
        `  "client_id": "${v.twitch30(g)}",`,
        sec(`  "client_secret": "${s}"`, s),
        '}',
      ],
    };
  }),
  template('streamlabs-socket-token', (g) => {
    const t = v.jwt(g, { tokenType: 'SOCKET' });
    return {
      path: 'overlay/alerts.js',
      lines: [
        "import io from 'socket.io-client';",
        '',
        sec(`const socketToken = '${t}';`, t),
        "const socket = io(`https://sockets.streamlabs.com?token=${socketToken}`, { transports: ['websocket'] });",
      ],
    };
  }),
];
