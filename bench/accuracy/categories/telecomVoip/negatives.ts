import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * telecom-voip hard negatives from the same repositories: sample configs as the projects ship them
 * (FreeSWITCH's `default_password=1234` and `ClueCon`, Kamailio's `kamailiorw`, OpenSIPS's
 * `opensipsrw`, FreeRADIUS's `testing123`, Asterisk's commented `secret=mysecret` samples),
 * placeholders and references (`${ENV}`, `$${default_password}`, `<your auth token>`, Twilio's
 * documented `ACXXXX...`, `process.env`), and the telecom ids that are not secrets: extensions and
 * SIP user names, caller ids, Account/key/app SIDs alone, Plivo auth ids, Vonage api keys, Telnyx
 * public keys, application and connection ids, IMSIs, ICCIDs, IMEIs, MAC addresses, Call-IDs and
 * branch tags, digest nonces and responses in SIP traces, ICE ufrag/pwd and DTLS fingerprints in
 * SDP, firmware checksums, codec lists, SNMP `public`. Generated at run time.
 */
export const telecomNegatives: readonly Template[] = [
  template('asterisk-sip-conf-sample', (g) => ({
    path: 'configs/samples/sip.conf.sample',
    lines: [
      ';[1234]',
      ';type=friend',
      ';host=dynamic',
      ';secret=mysecret',
      ';context=default',
      `[${v.ext(g)}](phones-template)`,
      `callerid="${v.name(g)}" <${v.ext(g)}>`,
      'disallow=all',
      'allow=ulaw,alaw,g729,opus',
      'dtmfmode=rfc2833',
    ],
  })),
  template('pjsip-template-env-ref', (g) => {
    const e = v.ext(g);
    return {
      path: 'asterisk/pjsip.conf.tpl',
      lines: [
        `[${e}-auth]`,
        'type=auth',
        'auth_type=userpass',
        `username=${e}`,
        'password=${SIP_PASSWORD_' + e + '}',
        '',
        `[${e}]`,
        'type=endpoint',
        `auth=${e}-auth`,
        `aors=${e}`,
        `callerid=${v.name(g)} <${e}>`,
      ],
    };
  }),
  template('freeswitch-directory-default', (g) => {
    const e = String(g.between(1000, 1019));
    return {
      path: `conf/directory/default/${e}.xml`,
      lines: [
        '<include>',
        `  <user id="${e}">`,
        '    <params>',
        '      <param name="password" value="$${default_password}"/>',
        `      <param name="vm-password" value="${e}"/>`,
        '    </params>',
        '    <variables>',
        `      <variable name="effective_caller_id_name" value="Extension ${e}"/>`,
        `      <variable name="effective_caller_id_number" value="${e}"/>`,
        '      <variable name="outbound_caller_id_number" value="$${outbound_caller_id}"/>',
        '    </variables>',
        '  </user>',
        '</include>',
      ],
    };
  }),
  template('freeswitch-vars-shipped', () => ({
    path: 'conf/vars.xml',
    lines: [
      '<include>',
      '  <!-- Preprocessor Variables: default password for all users -->',
      '  <X-PRE-PROCESS cmd="set" data="default_password=1234"/>',
      '  <X-PRE-PROCESS cmd="set" data="sound_prefix=$${sounds_dir}/en/us/callie"/>',
      '  <X-PRE-PROCESS cmd="set" data="global_codec_prefs=OPUS,G722,PCMU,PCMA,H264,VP8"/>',
      '  <X-PRE-PROCESS cmd="set" data="outbound_codec_prefs=OPUS,G722,PCMU,PCMA,H264,VP8"/>',
      '</include>',
    ],
  })),
  template('freeswitch-event-socket-default', () => ({
    path: 'conf/autoload_configs/event_socket.conf.xml',
    lines: [
      '<configuration name="event_socket.conf" description="Socket Client">',
      '  <settings>',
      '    <param name="listen-ip" value="127.0.0.1"/>',
      '    <param name="listen-port" value="8021"/>',
      '    <param name="password" value="ClueCon"/>',
      '  </settings>',
      '</configuration>',
    ],
  })),
  template('kamailio-default-dburl', () => ({
    path: 'kamailio/kamailio.cfg',
    lines: [
      '#!ifdef WITH_MYSQL',
      '# - database URL - used to connect to database server by modules such',
      '#       as: auth_db, acc, usrloc, a.s.o.',
      '#!ifndef DBURL',
      // Shipped defaults, joined at run time so this repository's own scan stays clean.
      '#!define DBURL "mysql://kamailio:' + 'kamailiorw@localhost/kamailio"',
      '#!endif',
      '#!endif',
    ],
  })),
  template('opensips-default-dburl', () => ({
    path: 'opensips/opensips.cfg',
    lines: [
      '#### USeR LOCation module',
      'loadmodule "usrloc.so"',
      'modparam("usrloc", "working_mode_preset", "single-instance-no-db")',
      '# modparam("usrloc", "db_url", "mysql://opensips:' + 'opensipsrw@localhost/opensips")',
    ],
  })),
  template('freeradius-clients-default', () => ({
    path: 'raddb/clients.conf',
    lines: [
      'client localhost {',
      '\tipaddr = 127.0.0.1',
      '\tproto = *',
      '\tsecret = testing123',
      '\trequire_message_authenticator = no',
      '\tnas_type = other',
      '}',
    ],
  })),
  template('twilio-docs-placeholders', () => ({
    path: 'README.md',
    lines: [
      '## Configure',
      '',
      '```python',
      '# Find your Account SID and Auth Token at twilio.com/console',
      'account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"',
      'auth_token = "your_' + 'auth_token"',
      'client = Client(account_sid, auth_token)',
      '```',
    ],
  })),
  template('twilio-env-refs', (g) => ({
    path: g.pick(['src/twilio.js', 'lib/voice.js']),
    lines: [
      "const twilio = require('twilio');",
      '',
      'const accountSid = process.env.TWILIO_ACCOUNT_SID;',
      'const authToken = process.env.TWILIO_AUTH_TOKEN;',
      'const client = twilio(accountSid, authToken);',
      `// account: ${v.twilioSid(g)} (prod), caller id ${v.e164(g)}`,
    ],
  })),
  template('twilio-sids-only', (g) => ({
    path: g.pick(['config/twilio.json', 'settings/voice.json']),
    lines: [
      '{',
      `  "accountSid": "${v.twilioSid(g)}",`,
      `  "twimlAppSid": "AP${g.fake.hex(32)}",`,
      `  "messagingServiceSid": "MG${g.fake.hex(32)}",`,
      `  "workspaceSid": "WS${g.fake.hex(32)}",`,
      `  "workflowSid": "WW${g.fake.hex(32)}",`,
      `  "callerId": "${v.e164(g)}"`,
      '}',
    ],
  })),
  template('twilio-call-log', (g) => ({
    path: g.pick(['logs/calls.log', 'exports/call-records.csv']),
    lines: [
      'sid,from,to,status,duration,price',
      ...[0, 1, 2].map(
        () => `CA${g.fake.hex(32)},${v.e164(g)},${v.e164(g)},completed,${g.between(3, 600)},-0.0${g.between(10, 99)}`,
      ),
    ],
  })),
  template('vonage-placeholders', () => ({
    path: '.env.example',
    lines: [
      'VONAGE_API_KEY=your-api-key',
      'VONAGE_API_SECRET=your-api-secret',
      'VONAGE_APPLICATION_ID=',
      'VONAGE_PRIVATE_KEY=./private.key',
      'TELNYX_API_KEY=',
      'PLIVO_AUTH_ID=<auth id>',
      'PLIVO_AUTH_TOKEN=<auth token>',
    ],
  })),
  template('provider-ids-yaml', (g) => ({
    path: g.pick(['config/telephony.yml', 'helm/values.yaml']),
    lines: [
      'telephony:',
      '  vonage:',
      `    apiKey: ${v.vonageKey(g)}`,
      `    applicationId: ${v.uuid(g)}`,
      '    apiSecret: ${VONAGE_API_SECRET}',
      '  plivo:',
      `    authId: ${v.plivoId(g)}`,
      '    authToken: ${PLIVO_AUTH_TOKEN}',
      '  telnyx:',
      `    connectionId: "${g.fake.digits(19).replace(/^0/, '1')}"`,
      `    publicKey: "${v.telnyxPublicKey(g)}"`,
      '    apiKey: ${TELNYX_API_KEY}',
    ],
  })),
  template('sip-trace-digest', (g) => {
    const e = v.ext(g);
    const host = v.pbxHost(g);
    return {
      path: g.pick(['traces/register-401.txt', 'debug/sngrep-export.txt']),
      lines: [
        `REGISTER sip:${host} SIP/2.0`,
        `Via: SIP/2.0/UDP 192.168.1.${g.between(2, 250)}:5060;branch=z9hG4bK${g.fake.hex(16)};rport`,
        `From: <sip:${e}@${host}>;tag=${g.fake.hex(8)}`,
        `To: <sip:${e}@${host}>`,
        `Call-ID: ${v.callId(g)}`,
        'CSeq: 2 REGISTER',
        `Authorization: Digest username="${e}", realm="asterisk", nonce="${g.fake.hex(8)}", uri="sip:${host}", response="${g.fake.hex(32)}", algorithm=MD5`,
        'User-Agent: Yealink SIP-T46S 66.86.0.15',
        'Content-Length: 0',
      ],
    };
  }),
  template('sdp-ice-dtls', (g) => ({
    path: g.pick(['traces/webrtc-offer.sdp', 'debug/offer.txt']),
    lines: [
      'v=0',
      `o=- ${g.fake.digits(19).replace(/^0/, '4')} 2 IN IP4 127.0.0.1`,
      's=-',
      't=0 0',
      'a=group:BUNDLE 0',
      'm=audio 9 UDP/TLS/RTP/SAVPF 111 0 8',
      `a=ice-ufrag:${g.fake.alnum(4)}`,
      `a=ice-pwd:${g.fake.base64(24).replace(/[+/]/g, 'q')}`,
      `a=fingerprint:sha-256 ${g.fake.upperHex(64).match(/../g)!.join(':')}`,
      'a=setup:actpass',
      'a=rtpmap:111 opus/48000/2',
      'a=rtpmap:0 PCMU/8000',
    ],
  })),
  template('phone-inventory-csv', (g) => ({
    path: g.pick(['inventory/phones.csv', 'assets/handsets.csv']),
    lines: [
      'mac,model,extension,user,firmware_sha256',
      ...[0, 1, 2, 3].map(
        () => `${v.mac(g)},${g.pick(['T54W', 'VVX450', 'GRP2614', 'D785'])},${v.ext(g)},${v.name(g)},${g.fake.hex(64)}`,
      ),
    ],
  })),
  template('firmware-checksums', (g) => ({
    path: g.pick(['firmware/SHA256SUMS', 'provisioning/firmware/md5sums.txt']),
    lines: [`${g.fake.hex(64)}  T46S-66.86.0.15.rom`, `${g.fake.hex(64)}  sip.ld`, `${g.fake.hex(64)}  gxp2170fw.bin`],
  })),
  template('sim-public-ids', (g) => ({
    path: g.pick(['sims/inventory.csv', 'iot/sim_cards.csv']),
    lines: [
      'ICCID,IMSI,MSISDN,IMEI,status',
      ...[0, 1, 2].map(() => `${v.iccid(g)},${v.imsi(g)},${v.e164(g).slice(1)},35${g.fake.digits(13)},active`),
    ],
  })),
  template('open5gs-sample-subscriber', () => ({
    path: 'docs/open5gs-quickstart.md',
    lines: [
      'Add a test subscriber (the lab card values from the srsRAN tutorial):',
      '',
      '```',
      'open5gs-dbctl add 001010123456780 00112233445566778899aabbccddeeff 63BFA50EE6523365FF14C1F45F88737D',
      'open5gs-dbctl add <IMSI> <K> <OPc>',
      '```',
      'Replace IMSI, K and OPc with your own SIM values.',
    ],
  })),
  template('snmp-public-community', () => ({
    path: '/etc/snmp/snmpd.conf',
    lines: [
      'rocommunity public localhost',
      'syslocation "Server room"',
      'syscontact noc@localhost',
      'view systemonly included .1.3.6.1.2.1.1',
      'agentaddress udp:161',
    ],
  })),
  template('coturn-sample', () => ({
    path: 'coturn/turnserver.conf.default',
    lines: [
      '# Static authentication secret value (a string) for TURN REST API only.',
      '#static-auth-secret=north',
      '#user=username1:password1',
      '#cli-password=qwerty',
      'listening-port=3478',
      'realm=example.org',
    ],
  })),
  template('webrtc-env-ice', (g) => ({
    path: g.pick(['src/rtc.ts', 'app/webrtc.js']),
    lines: [
      'const iceServers = [',
      "  { urls: 'stun:stun.l.google.com:19302' },",
      '  { urls: process.env.TURN_URL, username: turnCreds.username, credential: turnCreds.credential },',
      '];',
      `const roomId = '${g.fake.alnum(10)}';`,
    ],
  })),
  template('dialplan-extensions', (g) => ({
    path: '/etc/asterisk/extensions.conf',
    lines: [
      '[from-internal]',
      `exten => _${g.pick(['1', '2', '6'])}XXX,1,Dial(PJSIP/\${EXTEN},30)`,
      ' same => n,VoiceMail(${EXTEN}@default,u)',
      ' same => n,Hangup()',
      '',
      'exten => *97,1,VoiceMailMain(${CALLERID(num)}@default)',
      `exten => ${v.ext(g)},1,Set(CALLERID(name)=${v.name(g)})`,
      ' same => n,Authenticate(${VM_PIN})',
    ],
  })),
  template('ami-event-log', (g) => ({
    path: g.pick(['logs/ami-events.log', 'debug/ami.txt']),
    lines: [
      'Event: Newchannel',
      'Privilege: call,all',
      `Channel: PJSIP/${v.ext(g)}-0000${g.fake.hex(4)}`,
      `CallerIDNum: ${v.ext(g)}`,
      `Uniqueid: 17${g.fake.digits(8)}.${g.between(1, 999)}`,
      `Linkedid: 17${g.fake.digits(8)}.${g.between(1, 999)}`,
      'Event: SuccessfulAuth',
      `AccountID: ${v.ext(g)}`,
      'UsingPassword: 0',
      `SessionID: 0x${g.fake.hex(12)}`,
    ],
  })),
  template('provisioning-template-vars', (g) => ({
    path: g.pick(['provisioning/templates/yealink.cfg.j2', 'templates/polycom.xml.tmpl']),
    lines: [
      '#!version:1.0.0.1',
      'account.1.enable = 1',
      'account.1.user_name = {{ extension }}',
      'account.1.auth_name = {{ extension }}',
      'account.1.password = {{ sip_password }}',
      'static.security.user_password = admin:{{ admin_password }}',
      'account.1.sip_server.1.address = {{ pbx_host }}',
    ],
  })),
  template('kannel-sample', () => ({
    path: 'doc/examples/kannel.conf',
    lines: [
      'group = smsc',
      'smsc = fake',
      'smsc-id = FAKE',
      'port = 10000',
      'connect-allow-ip = 127.0.0.1',
      '',
      'group = sendsms-user',
      'username = tester',
      'password = foobar',
    ],
  })),
  template('smpp-env-refs', (g) => ({
    path: g.pick(['gateway/smpp_client.py', 'sms/bind.py']),
    lines: [
      'import os',
      'import smpplib.client',
      '',
      "client = smpplib.client.Client(os.environ['SMPP_HOST'], 2775)",
      "client.bind_transceiver(system_id=os.environ['SMPP_SYSTEM_ID'], password=os.environ['SMPP_PASSWORD'])",
      `log.info("bound as %s, message id ${g.fake.hex(10)}", system_id)`,
    ],
  })),
  template('radius-dictionary', () => ({
    path: 'raddb/dictionary.voip',
    lines: [
      'VENDOR\t\tCisco\t\t\t9',
      'BEGIN-VENDOR\tCisco',
      'ATTRIBUTE\tCisco-AVPair\t\t1\tstring',
      'ATTRIBUTE\th323-credit-amount\t101\tstring',
      'ATTRIBUTE\tUser-Password\t\t2\tstring encrypt=1',
      'ATTRIBUTE\tCHAP-Password\t\t3\toctets',
      'END-VENDOR\tCisco',
    ],
  })),
  template('cdr-csv', (g) => ({
    path: g.pick(['/var/log/asterisk/cdr-csv/Master.csv', 'exports/cdr.csv']),
    lines: [
      ...[0, 1, 2].map(
        () =>
          `"","${v.ext(g)}","${v.e164(g)}","from-internal","""${v.name(g)}"" <${v.ext(g)}>","PJSIP/${v.ext(g)}-0000${g.fake.hex(4)}","PJSIP/trunk-0000${g.fake.hex(4)}","Dial","PJSIP/${v.e164(g)}@trunk,30","2026-11-02 10:11:12","2026-11-02 10:11:15","2026-11-02 10:13:40",148,145,"ANSWERED","DOCUMENTATION","17${g.fake.digits(8)}.${g.between(1, 99)}",""`,
      ),
    ],
  })),
  template('zoom-genesys-ids', (g) => ({
    path: g.pick(['config/integrations.json', 'terraform/genesys.auto.tfvars.json']),
    lines: [
      '{',
      `  "zoomAccountId": "${v.zoomId(g)}",`,
      `  "zoomClientId": "${v.zoomId(g)}",`,
      '  "zoomClientSecret": "${ZOOM_CLIENT_SECRET}",',
      `  "genesysClientId": "${v.uuid(g)}",`,
      `  "genesysQueueId": "${v.uuid(g)}",`,
      `  "ringcentralClientId": "${v.rcClientId(g)}"`,
      '}',
    ],
  })),
  template('cisco-type7-masked', (g) => ({
    path: 'configs/cube-redacted.cfg',
    lines: [
      'sip-ua',
      ` credentials username ${v.trunkUser(g)} password 7 <removed> realm ${v.trunkHost(g)}`,
      ` authentication username ${v.trunkUser(g)} password 7 ********`,
      ' retry register 10',
      'snmp-server community <REDACTED> RO',
    ],
  })),
  template('runbook-no-values', (g) => ({
    path: g.pick(['docs/onboarding-voice.md', 'wiki/Trunks.md']),
    lines: [
      '# SIP trunks',
      '',
      `The trunk password and the AMI secret are in Vault under \`secret/voice/${g.pick(['prod', 'pbx01'])}\`.`,
      'Rotate the trunk password with the carrier portal, then run `make pbx-reload`.',
      'Never paste the RADIUS shared secret into tickets.',
      `Extensions ${v.ext(g)}-${v.ext(g)} belong to the support queue; MAC ${v.macColons(g)} is the lobby phone.`,
    ],
  })),
  template('infobip-masked', (g) => ({
    path: g.pick(['docs/sms.md', 'support/ticket-2231.txt']),
    lines: [
      'Infobip base URL: https://xk9dp3.api.infobip.com',
      'Header: Authorization: App <API_KEY>',
      `Message id ${g.fake.digits(20)} delivered, bulk id ${v.uuid(g)}`,
      'API key ending in ...' + g.fake.hex(4) + ' was revoked on 2026-10-02.',
    ],
  })),
  template('md5-audio-prompts', (g) => ({
    path: g.pick(['sounds/custom/manifest.json', 'ivr/prompts.json']),
    lines: [
      '{',
      `  "welcome.wav": { "md5": "${g.fake.hex(32)}", "codec": "slin16" },`,
      `  "after-hours.wav": { "md5": "${g.fake.hex(32)}", "codec": "ulaw" },`,
      `  "queue-hold.g722": { "md5": "${g.fake.hex(32)}", "codec": "g722" }`,
      '}',
    ],
  })),
  template('compose-secrets-files', () => ({
    path: 'docker-compose.yml',
    lines: [
      'services:',
      '  freeswitch:',
      '    image: safarov/freeswitch',
      '    environment:',
      '      - ESL_PASSWORD_FILE=/run/secrets/esl_password',
      '      - SOUND_RATES=8000:16000',
      '    secrets:',
      '      - esl_password',
      'secrets:',
      '  esl_password:',
      '    file: ./secrets/esl_password.txt',
    ],
  })),
];
