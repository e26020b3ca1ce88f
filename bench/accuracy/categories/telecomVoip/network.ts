import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * telecom-voip positives from the network around the PBX: SMPP binds (Kannel, Jasmin, smpplib,
 * node-smpp), RADIUS shared secrets (FreeRADIUS clients.conf, radclient, Cisco), coturn and TURN
 * credentials in WebRTC code, SNMPv3 users (net-snmp, Cisco, snmpwalk), TR-069 ACS and CPE
 * passwords (GenieACS, provisioning), desk-phone provisioning templates (Polycom, Yealink,
 * Grandstream, Cisco SPA, Snom), Cisco CUBE/CME SIP credentials, IMS and core configs (Open5GS
 * subscriber K/OPc, SIM batches, pyHSS), SIP user agents (JsSIP, SIP.js, pjsua, baresip, sipp),
 * Homer, docker-compose and .env files for VoIP stacks. Values generated at run time.
 */
export const networkPositives: readonly Template[] = [
  template('kannel-smsc-smpp', (g) => {
    const p = v.smppPass(g);
    return {
      path: g.pick(['/etc/kannel/kannel.conf', 'kannel/smsc.conf']),
      lines: [
        'group = smsc',
        'smsc = smpp',
        `smsc-id = ${g.pick(['operator1', 'mtn', 'vodafone_de', 'aggregator'])}`,
        `host = smpp.${g.pick(['carrier.io', 'aggregator.net', 'sms-hub.eu'])}`,
        'port = 2775',
        'transceiver-mode = true',
        `smsc-username = ${v.systemId(g)}`,
        sec(`smsc-password = ${p}`, p),
        'system-type = ""',
        'enquire-link-interval = 30',
      ],
    };
  }),
  template('kannel-sendsms-user', (g) => {
    const p = v.plain(g);
    return {
      path: '/etc/kannel/kannel.conf',
      lines: [
        'group = sendsms-user',
        'username = webapp',
        sec(`password = ${p}`, p),
        'concatenation = true',
        'max-messages = 10',
      ],
    };
  }),
  template('kannel-admin-password', (g) => {
    const a = v.plain(g);
    const s = v.plain(g);
    return {
      path: '/etc/kannel/kannel.conf',
      lines: [
        'group = core',
        'admin-port = 13000',
        sec(`admin-password = ${a}`, a),
        sec(`status-password = ${s}`, s),
        'smsbox-port = 13001',
        'log-file = "/var/log/kannel/bearerbox.log"',
      ],
    };
  }),
  template('smpplib-python', (g) => {
    const p = v.smppPass(g);
    return {
      path: g.pick(['smpp_send.py', 'gateway/smpp_client.py']),
      lines: [
        'import smpplib.client',
        'import smpplib.gsm',
        '',
        `client = smpplib.client.Client('smpp.${g.pick(['carrier.io', 'sms-hub.eu'])}', 2775)`,
        'client.connect()',
        sec(`client.bind_transceiver(system_id='${v.systemId(g)}', password='${p}')`, p),
      ],
    };
  }),
  template('node-smpp-bind', (g) => {
    const p = v.smppPass(g);
    return {
      path: g.pick(['smpp.js', 'src/smsc/session.js']),
      lines: [
        "const smpp = require('smpp');",
        `const session = smpp.connect({ url: 'smpp://smpp.aggregator.net:2775', auto_enquire_link_period: 10000 });`,
        "session.on('connect', () => {",
        '  session.bind_transceiver({',
        `    system_id: '${v.systemId(g)}',`,
        sec(`    password: '${p}'`, p),
        '  }, (pdu) => { if (pdu.command_status === 0) console.log("bound"); });',
        '});',
      ],
    };
  }),
  template('jasmin-smppccm', (g) => {
    const p = v.smppPass(g);
    return {
      path: g.pick(['docs/jasmin-connectors.md', 'ops/jasmin_setup.txt']),
      lines: [
        'jcli : smppccm -a',
        `> cid ${g.pick(['OPERATOR_1', 'MTN_NG', 'DEMO_CONN'])}`,
        `> host smpp.${g.pick(['carrier.io', 'sms-hub.eu'])}`,
        '> port 2775',
        `> username ${v.systemId(g)}`,
        sec(`> password ${p}`, p),
        '> submit_throughput 110',
        'ok',
      ],
    };
  }),
  template('smpp-yaml-config', (g) => {
    const p = v.smppPass(g);
    return {
      path: g.pick(['config/smpp.yml', 'application.yml']),
      lines: [
        'smpp:',
        `  host: smpp.${g.pick(['carrier.io', 'aggregator.net'])}`,
        '  port: 2775',
        `  system-id: ${v.systemId(g)}`,
        sec(`  password: ${p}`, p),
        '  system-type: OTP',
        '  bind-type: TRX',
      ],
    };
  }),
  template('freeradius-clients-conf', (g) => {
    const s = v.radiusSecret(g);
    return {
      path: g.pick(['/etc/freeradius/3.0/clients.conf', 'raddb/clients.conf']),
      lines: [
        `client ${g.pick(['voip-gw', 'nas01', 'sbc', 'wlc'])} {`,
        `\tipaddr = 10.${g.between(0, 50)}.${g.between(0, 254)}.0/24`,
        sec(`\tsecret = ${s}`, s),
        '\tshortname = voip',
        '\tnas_type = other',
        '}',
      ],
    };
  }),
  template('radclient-test', (g) => {
    const s = v.radiusSecret(g);
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/radtest.sh', 'NOTES.txt']),
      lines: [sec(`echo "User-Name=${v.name(g)},User-Password=${p}" | radclient -x ${v.pbxHost(g)}:1812 auth ${s}`, s)],
    };
  }),
  template('cisco-radius-server', (g) => {
    const s = v.radiusSecret(g);
    return {
      path: g.pick(['configs/cube01.cfg', 'cisco/voice-gw.txt']),
      lines: [
        'aaa new-model',
        'radius server ISE',
        ` address ipv4 10.${g.between(0, 50)}.10.5 auth-port 1812 acct-port 1813`,
        sec(` key ${s}`, s),
        '!',
        'aaa group server radius VOICE-AAA',
        ' server name ISE',
      ],
    };
  }),
  template('coturn-static-auth', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['/etc/turnserver.conf', 'coturn/turnserver.conf']),
      lines: [
        'listening-port=3478',
        'tls-listening-port=5349',
        'fingerprint',
        'use-auth-secret',
        sec(`static-auth-secret=${s}`, s),
        'realm=turn.acme-tel.net',
        'total-quota=100',
        'no-cli',
      ],
    };
  }),
  template('coturn-lt-user', (g) => {
    const p = v.plain(g);
    const cli = v.plain(g);
    return {
      path: '/etc/turnserver.conf',
      lines: ['lt-cred-mech', sec(`user=webrtc:${p}`, p), 'realm=meet.acme-tel.net', sec(`cli-password=${cli}`, cli)],
    };
  }),
  template('webrtc-ice-servers', (g) => {
    const c = v.plain(g);
    return {
      path: g.pick(['src/rtc.js', 'public/js/call.js', 'web/src/webrtc.ts']),
      lines: [
        'const pc = new RTCPeerConnection({',
        '  iceServers: [',
        "    { urls: 'stun:stun.l.google.com:19302' },",
        '    {',
        "      urls: ['turn:turn.acme-tel.net:3478?transport=udp', 'turns:turn.acme-tel.net:5349'],",
        "      username: 'webrtc',",
        sec(`      credential: '${c}',`, c),
        '    },',
        '  ],',
        '});',
      ],
    };
  }),
  template('turn-rest-secret-node', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['server/turn.js', 'api/ice.js']),
      lines: [
        "const crypto = require('crypto');",
        sec(`const TURN_SECRET = '${s}';`, s),
        '',
        'function turnCredentials(user) {',
        '  const username = `${Math.floor(Date.now() / 1000) + 86400}:${user}`;',
        "  const credential = crypto.createHmac('sha1', TURN_SECRET).update(username).digest('base64');",
        '  return { username, credential };',
        '}',
      ],
    };
  }),
  template('jitsi-prosody-turn', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['/etc/prosody/conf.d/meet.acme-tel.net.cfg.lua', 'prosody/meet.cfg.lua']),
      lines: [
        'external_service_secret = "' + s + '";',
        'external_services = {',
        '  { type = "turns", host = "turn.acme-tel.net", port = 5349, transport = "tcp", secret = true, ttl = 86400, algorithm = "turn" }',
        '};',
      ].map((l, i) => (i === 0 ? sec(l, s) : l)),
    };
  }),
  template('netsnmp-createuser', (g) => {
    const a = v.snmpPhrase(g);
    const p = v.snmpPhrase(g);
    return {
      path: g.pick(['/var/lib/snmp/snmpd.conf', '/etc/snmp/snmpd.conf']),
      lines: [
        sec(`createUser ${g.pick(['monitor', 'nms', 'librenms'])} SHA "${a}" AES "${p}"`, a),
        'rouser monitor priv',
        'sysLocation "DC1 rack 14"',
        'sysContact noc@acme-tel.net',
      ],
    };
  }),
  template('cisco-snmpv3-user', (g) => {
    const a = v.snmpPhrase(g);
    const p = v.snmpPhrase(g);
    return {
      path: g.pick(['configs/core-sw01.cfg', 'cisco/sbc-snmp.txt']),
      lines: [
        'snmp-server group NMS v3 priv',
        sec(`snmp-server user nms NMS v3 auth sha ${a} priv aes 128 ${p}`, a),
        'snmp-server host 10.20.0.15 version 3 priv nms',
      ],
    };
  }),
  template('snmpwalk-v3', (g) => {
    const a = v.snmpPhrase(g);
    const p = v.snmpPhrase(g);
    return {
      path: g.pick(['check_sbc.sh', 'monitoring/poll.sh']),
      lines: [
        '#!/bin/bash',
        sec(`snmpwalk -v3 -l authPriv -u nms -a SHA -A '${a}' -x AES -X '${p}' ${v.pbxHost(g)} 1.3.6.1.2.1.1`, a),
      ],
    };
  }),
  template('snmp-community-v2c', (g) => {
    const c = `${g.pick(['noc', 'voip', 'tel'])}${g.fake.alnum(8)}`;
    return {
      path: g.pick(['/etc/snmp/snmpd.conf', 'configs/gw.cfg']),
      lines: ['# v2c for legacy poller only', sec(`rocommunity ${c} 10.20.0.0/24`, c), 'syslocation voice-dc'],
    };
  }),
  template('genieacs-cpe-password', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['provisions/default.js', 'genieacs/provisions/bootstrap.js']),
      lines: [
        'const now = Date.now();',
        "declare('InternetGatewayDevice.ManagementServer.PeriodicInformInterval', { value: now }, { value: 300 });",
        sec(
          `declare('InternetGatewayDevice.ManagementServer.ConnectionRequestPassword', { value: now }, { value: '${p}' });`,
          p,
        ),
        "declare('InternetGatewayDevice.ManagementServer.ConnectionRequestUsername', { value: now }, { value: 'acs' });",
      ],
    };
  }),
  template('tr069-cpe-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cpe/tr069.conf', 'firmware/defaults/tr069']),
      lines: [
        'config tr069',
        "\toption enabled '1'",
        "\toption acs_url 'https://acs.acme-tel.net:7547/'",
        "\toption acs_username 'cpe'",
        sec(`\toption acs_password '${p}'`, p),
        "\toption periodic_interval '3600'",
      ],
    };
  }),
  template('polycom-provisioning', (g) => {
    const e = v.ext(g);
    const p = v.plain(g);
    const admin = v.pin(g);
    return {
      path: `provisioning/${v.mac(g)}-phone.cfg`,
      lines: [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<polycomConfig>',
        `  <reg reg.1.address="${e}" reg.1.label="${e}"`,
        `       reg.1.auth.userId="${e}"`,
        sec(`       reg.1.auth.password="${p}"`, p),
        `       reg.1.server.1.address="${v.pbxHost(g)}" />`,
        sec(
          `  <device device.set="1" device.auth.localAdminPassword.set="1" device.auth.localAdminPassword="${admin}" />`,
          admin,
        ),
        '</polycomConfig>',
      ],
    };
  }),
  template('yealink-provisioning', (g) => {
    const e = v.ext(g);
    const p = v.plain(g);
    return {
      path: `tftpboot/${v.mac(g)}.cfg`,
      lines: [
        '#!version:1.0.0.1',
        'account.1.enable = 1',
        `account.1.label = ${e}`,
        `account.1.display_name = ${v.name(g)}`,
        `account.1.auth_name = ${e}`,
        `account.1.user_name = ${e}`,
        sec(`account.1.password = ${p}`, p),
        `account.1.sip_server.1.address = ${v.pbxHost(g)}`,
        'account.1.codec.pcmu.enable = 1',
        'static.security.user_name.admin = admin',
      ],
    };
  }),
  template('yealink-admin-password', (g) => {
    const p = v.plain(g);
    return {
      path: 'tftpboot/y000000000000.cfg',
      lines: [
        '#!version:1.0.0.1',
        'static.auto_provision.server.url = https://prov.acme-tel.net/yealink/',
        sec(`static.security.user_password = admin:${p}`, p),
        'features.dnd.enable = 0',
      ],
    };
  }),
  template('grandstream-pvalues', (g) => {
    const e = v.ext(g);
    const p = v.plain(g);
    const adm = v.plain(g);
    return {
      path: `gs/cfg${v.mac(g)}.xml`,
      lines: [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<gs_provision version="1">',
        `  <mac>${v.mac(g)}</mac>`,
        '  <config version="1">',
        `    <P47>${v.pbxHost(g)}</P47>`,
        `    <P35>${e}</P35>`,
        `    <P36>${e}</P36>`,
        sec(`    <P34>${p}</P34>`, p),
        sec(`    <P2>${adm}</P2>`, adm),
        '  </config>',
        '</gs_provision>',
      ],
    };
  }),
  template('cisco-spa-xml', (g) => {
    const e = v.ext(g);
    const p = v.plain(g);
    return {
      path: `spa/spa${v.mac(g)}.xml`,
      lines: [
        '<flat-profile>',
        `  <Proxy_1_>${v.pbxHost(g)}</Proxy_1_>`,
        `  <User_ID_1_>${e}</User_ID_1_>`,
        sec(`  <Password_1_>${p}</Password_1_>`, p),
        '  <Use_Auth_ID_1_>No</Use_Auth_ID_1_>',
        `  <Display_Name_1_>${v.name(g)}</Display_Name_1_>`,
        '</flat-profile>',
      ],
    };
  }),
  template('snom-xml', (g) => {
    const e = v.ext(g);
    const p = v.plain(g);
    return {
      path: `snom/snom${g.pick(['D785', '715', 'D345'])}-${v.mac(g).toUpperCase()}.xml`,
      lines: [
        '<settings>',
        '  <phone-settings>',
        `    <user_realname idx="1" perm="">${v.name(g)}</user_realname>`,
        `    <user_name idx="1" perm="">${e}</user_name>`,
        `    <user_host idx="1" perm="">${v.pbxHost(g)}</user_host>`,
        sec(`    <user_pass idx="1" perm="">${p}</user_pass>`, p),
        '  </phone-settings>',
        '</settings>',
      ],
    };
  }),
  template('cisco-cube-credentials', (g) => {
    const p = v.plain(g);
    const u = v.trunkUser(g);
    return {
      path: g.pick(['configs/cube01.cfg', 'cisco/cme-running.txt']),
      lines: [
        'sip-ua',
        block([
          sec(` credentials username ${u} password 0 ${p} realm ${v.trunkHost(g)}`, p),
          sec(` authentication username ${u} password 0 ${p}`, p),
        ]),
        ' registrar 1 dns:' + v.trunkHost(g) + ' expires 3600',
        '!',
      ],
    };
  }),
  template('cisco-cme-ephone', (g) => {
    const e = v.ext(g);
    const p = v.plain(g);
    return {
      path: g.pick(['configs/cme01.cfg', 'cisco/cme-running.txt']),
      lines: [
        'voice register pool  1',
        ` id mac ${v
          .macColons(g)
          .replace(/:/g, '')
          .replace(/(....)(....)(....)/, '$1.$2.$3')}`,
        ` number 1 dn ${g.between(1, 20)}`,
        ` username ${e} password ${p}`,
        ' codec g711ulaw',
      ].map((l) => (l.includes(` password ${p}`) ? sec(l, p) : l)),
    };
  }),
  template('open5gs-subscriber', (g) => {
    const k = v.simKey(g);
    const opc = v.simKey(g);
    return {
      path: g.pick(['scripts/add_subscribers.sh', 'docs/open5gs-subscribers.md']),
      lines: ['#!/bin/sh', sec(`open5gs-dbctl add ${v.imsi(g)} ${k} ${opc}`, k)],
    };
  }),
  template('open5gs-subscriber-yaml', (g) => {
    const k = v.simKey(g);
    const opc = v.simKey(g);
    return {
      path: g.pick(['subscribers.yaml', 'config/ue-db.yaml']),
      lines: [
        'subscribers:',
        `  - imsi: "${v.imsi(g)}"`,
        sec(`    k: "${k}"`, k),
        sec(`    opc: "${opc}"`, opc),
        '    amf: "8000"',
        '    apn: internet',
        '    sqn: "000000000021"',
      ],
    };
  }),
  template('sim-batch-csv', (g) => {
    const rows = [0, 1, 2].map(() => ({ imsi: v.imsi(g), iccid: v.iccid(g), ki: v.simKey(g), opc: v.simKey(g) }));
    return {
      path: g.pick(['sims/batch-0421.csv', 'provisioning/sim_keys.csv']),
      lines: [
        'ICCID,IMSI,Ki,OPc,PIN1,PUK1',
        ...rows.map((r) => sec(`${r.iccid},${r.imsi},${r.ki},${r.opc},1234,${g.fake.digits(8)}`, r.ki)),
      ],
    };
  }),
  template('pyhss-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['pyhss/config.yaml', 'hss/config.yaml']),
      lines: [
        'hss:',
        '  OriginHost: hss.ims.mnc001.mcc001.3gppnetwork.org',
        '  OriginRealm: ims.mnc001.mcc001.3gppnetwork.org',
        'database:',
        '  db_type: mysql',
        '  server: 127.0.0.1',
        '  username: dbeaver',
        sec(`  password: ${p}`, p),
        '  database: hss2',
      ],
    };
  }),
  template('jssip-ua', (g) => {
    const p = v.plain(g);
    const e = v.ext(g);
    return {
      path: g.pick(['src/phone.js', 'softphone/app.js']),
      lines: [
        "import JsSIP from 'jssip';",
        '',
        `const socket = new JsSIP.WebSocketInterface('wss://${v.pbxHost(g)}:8089/ws');`,
        'const ua = new JsSIP.UA({',
        '  sockets: [socket],',
        `  uri: 'sip:${e}@${v.pbxHost(g)}',`,
        sec(`  password: '${p}',`, p),
        '  register: true,',
        '});',
        'ua.start();',
      ],
    };
  }),
  template('sipjs-useragent', (g) => {
    const p = v.plain(g);
    const e = v.ext(g);
    return {
      path: g.pick(['src/sip.ts', 'web/softphone.ts']),
      lines: [
        "import { UserAgent, Registerer } from 'sip.js';",
        '',
        'const userAgent = new UserAgent({',
        `  uri: UserAgent.makeURI('sip:${e}@${v.pbxHost(g)}'),`,
        `  authorizationUsername: '${e}',`,
        sec(`  authorizationPassword: '${p}',`, p),
        `  transportOptions: { server: 'wss://${v.pbxHost(g)}:7443' },`,
        '});',
      ],
    };
  }),
  template('pjsua-cli', (g) => {
    const p = v.plain(g);
    const e = v.ext(g);
    return {
      path: g.pick(['tests/sip_smoke.sh', 'scripts/call_test.sh']),
      lines: [
        '#!/bin/sh',
        sec(
          `pjsua --id sip:${e}@${v.pbxHost(g)} --registrar sip:${v.pbxHost(g)} --realm '*' --username ${e} --password ${p} --null-audio`,
          p,
        ),
      ],
    };
  }),
  template('pjsua2-python', (g) => {
    const p = v.plain(g);
    const e = v.ext(g);
    return {
      path: g.pick(['bot/sip_agent.py', 'ivr_tester.py']),
      lines: [
        'import pjsua2 as pj',
        '',
        'acfg = pj.AccountConfig()',
        `acfg.idUri = "sip:${e}@${v.pbxHost(g)}"`,
        `acfg.regConfig.registrarUri = "sip:${v.pbxHost(g)}"`,
        sec(`cred = pj.AuthCredInfo("digest", "*", "${e}", 0, "${p}")`, p),
        'acfg.sipConfig.authCreds.append(cred)',
      ],
    };
  }),
  template('baresip-accounts', (g) => {
    const p = v.plain(g);
    const e = v.ext(g);
    return {
      path: '.baresip/accounts',
      lines: ['# SIP accounts - one account per line', sec(`<sip:${e}@${v.pbxHost(g)}>;auth_pass=${p};regint=600`, p)],
    };
  }),
  template('sipp-load-test', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['loadtest/run.sh', 'perf/sipp_register.sh']),
      lines: [
        '#!/bin/bash',
        sec(`sipp -sf uac_register.xml -inf users.csv -au ${v.ext(g)} -ap ${p} -r 10 -m 1000 ${v.pbxHost(g)}:5060`, p),
      ],
    };
  }),
  template('sipp-users-csv', (g) => {
    const rows = [0, 1, 2].map(() => ({ e: v.ext(g), p: v.plain(g) }));
    return {
      path: 'loadtest/users.csv',
      lines: [
        'SEQUENTIAL',
        ...rows.map((r) => sec(`${r.e};${v.pbxHost(g)};[authentication username=${r.e} password=${r.p}]`, r.p)),
      ],
    };
  }),
  template('homer-heplify-env', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['homer/.env', 'heplify-server.env']),
      lines: [
        'HEPLIFYSERVER_HEPADDR=0.0.0.0:9060',
        'HEPLIFYSERVER_DBDRIVER=postgres',
        'HEPLIFYSERVER_DBADDR=db:5432',
        'HEPLIFYSERVER_DBUSER=homer',
        sec(`HEPLIFYSERVER_DBPASS=${p}`, p),
        'HEPLIFYSERVER_DBDATATABLE=homer_data',
      ],
    };
  }),
  template('voip-docker-compose', (g) => {
    const db = v.plain(g);
    const ami = v.plain(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  asterisk:',
        '    image: andrius/asterisk:20',
        '    network_mode: host',
        '    environment:',
        sec(`      - AMI_SECRET=${ami}`, ami),
        '      - TZ=Europe/Berlin',
        '  mariadb:',
        '    image: mariadb:11',
        '    environment:',
        '      MYSQL_DATABASE: asteriskcdrdb',
        '      MYSQL_USER: asterisk',
        sec(`      MYSQL_PASSWORD: ${db}`, db),
      ],
    };
  }),
  template('kamailio-docker-compose', (g) => {
    const p = v.plain(g);
    const t = v.longSecret(g);
    return {
      path: g.pick(['compose.yaml', 'deploy/docker-compose.yml']),
      lines: [
        'services:',
        '  kamailio:',
        '    image: ghcr.io/kamailio/kamailio:5.8.2-bookworm',
        '    environment:',
        sec(`      DBURL: "mysql://kamailio:${p}@db/kamailio"`, p),
        '  coturn:',
        '    image: coturn/coturn',
        sec(`    command: ["-n", "--use-auth-secret", "--static-auth-secret=${t}", "--realm=turn.acme-tel.net"]`, t),
      ],
    };
  }),
  template('voip-dotenv', (g) => {
    const ami = v.plain(g);
    const ari = v.longSecret(g);
    const trunk = v.plain(g);
    return {
      path: g.pick(['.env', 'pbx/.env', '.env.local']),
      lines: [
        `PBX_HOST=${v.pbxHost(g)}`,
        'AMI_USER=dialer',
        sec(`AMI_SECRET=${ami}`, ami),
        'ARI_USER=stasis',
        sec(`ARI_PASSWORD=${ari}`, ari),
        `SIP_TRUNK_USER=${v.trunkUser(g)}`,
        sec(`SIP_TRUNK_PASSWORD=${trunk}`, trunk),
        'RTP_START=10000',
        'RTP_END=20000',
      ],
    };
  }),
  template('sip-uri-with-password', (g) => {
    const p = v.plain(g);
    const u = v.trunkUser(g);
    return {
      path: g.pick(['config/trunks.yaml', 'config/gateway.yml']),
      lines: [
        'trunks:',
        '  - name: primary',
        sec(`    uri: "sip:${u}:${p}@${v.trunkHost(g)}:5060"`, p),
        '    codecs: [PCMU, PCMA, G722]',
      ],
    };
  }),
  template('voip-runbook-prose', (g) => {
    const ami = v.plain(g);
    const trunk = v.plain(g);
    const radius = v.radiusSecret(g);
    return {
      path: g.pick(['docs/runbook-voice.md', 'wiki/PBX.md', 'ops/handover-voip.txt']),
      lines: [
        '# Voice platform runbook',
        '',
        `The PBX is ${v.pbxHost(g)} (Asterisk 20). AMI user is \`dialer\`;`,
        sec(`its secret is ${ami} (rotate after the migration).`, ami),
        '',
        `Main SIP trunk account ${v.trunkUser(g)} at ${v.trunkHost(g)},`,
        sec(`password: ${trunk}`, trunk),
        '',
        sec(`RADIUS shared secret on the SBCs: ${radius}`, radius),
      ],
    };
  }),
  template('chat-paste-trunk', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['notes/slack-export.txt', 'tickets/VOIP-1182.txt']),
      lines: [
        `[09:14] ${v.name(g)}: trunk keeps failing to register, 401 from ${v.trunkHost(g)}`,
        `[09:15] ${v.name(g)}: creds are user ${v.trunkUser(g)}`,
        sec(`[09:15] ${v.name(g)}: pass ${p}`, p),
        `[09:17] ${v.name(g)}: fixed, realm was wrong`,
      ],
    };
  }),
  template('diameter-freediameter-tls', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['freeDiameter/hss.conf', 'ims/pcrf.conf']),
      lines: [
        'Identity = "hss.ims.acme-tel.net";',
        'Realm = "ims.acme-tel.net";',
        'TLS_Cred = "/etc/freeDiameter/hss.cert.pem", "/etc/freeDiameter/hss.key.pem";',
        'TLS_CA = "/etc/freeDiameter/cacert.pem";',
        'LoadExtension = "dbg_msg_dumps.fdx" : "0x8888";',
        sec(`LoadExtension = "app_acct.fdx" : "mysql://diameter:${p}@${v.dbHost(g)}/acct";`, p),
      ],
    };
  }),
  template('ims-scscf-db', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['kamailio_scscf/scscf.cfg', 'ims/scscf.cfg']),
      lines: [
        '#!define NETWORKNAME "ims.mnc001.mcc001.3gppnetwork.org"',
        '#!define HOSTNAME "scscf.ims.mnc001.mcc001.3gppnetwork.org"',
        sec(`#!define DB_URL "mysql://scscf:${p}@${v.dbHost(g)}/scscf"`, p),
        '#!define WITH_DEBUG',
      ],
    };
  }),
  template('routeros-sip-ppp', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cpe/routeros-template.rsc', 'provisioning/mikrotik.rsc']),
      lines: [
        '/interface pppoe-client',
        sec(
          `add name=pppoe-out1 interface=ether1 user=${g.fake.digits(8)}@dsl.acme-tel.net password=${p} add-default-route=yes disabled=no`,
          p,
        ),
        '/ip service set telnet disabled=yes',
      ],
    };
  }),
  template('fritzbox-voip-export', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['backup/fritzbox-voip.txt', 'notes/router-setup.md']),
      lines: [
        'Telefonie > Eigene Rufnummern > Neue Rufnummer',
        `  Rufnummer: ${v.e164(g)}`,
        `  Benutzername: ${v.trunkUser(g)}`,
        sec(`  Kennwort: ${p}`, p),
        `  Registrar: ${v.trunkHost(g)}`,
      ],
    };
  }),
];
