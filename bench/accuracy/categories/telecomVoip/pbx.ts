import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * telecom-voip positives from PBXes and SIP servers: Asterisk sip.conf peers and register lines,
 * pjsip.conf auth sections (plain and md5_cred), pjsip_wizard, iax.conf, manager.conf AMI users,
 * ari.conf, voicemail PINs; FreeSWITCH directory users, vars.xml default_password, gateways,
 * event_socket.conf.xml, ESL clients; Kamailio/OpenSIPS database URLs, kamctlrc, opensips-cli.cfg;
 * FreePBX/Issabel amportal.conf. Values generated at run time.
 */
export const pbxPositives: readonly Template[] = [
  template('asterisk-sip-conf-peer', (g) => {
    const e = v.ext(g);
    const s = v.plain(g);
    return {
      path: g.pick(['/etc/asterisk/sip.conf', 'asterisk/sip_custom.conf', 'etc/asterisk/sip.conf']),
      lines: [
        '[general]',
        'context=default',
        'allowguest=no',
        'udpbindaddr=0.0.0.0:5060',
        '',
        `[${e}]`,
        'type=friend',
        'host=dynamic',
        sec(`secret=${s}`, s),
        'context=internal',
        `callerid="${v.name(g)}" <${e}>`,
        'disallow=all',
        'allow=ulaw,alaw,g722',
        'nat=force_rport,comedia',
      ],
    };
  }),
  template('asterisk-sip-register', (g) => {
    const u = v.trunkUser(g);
    const s = v.plain(g);
    const host = v.trunkHost(g);
    return {
      path: '/etc/asterisk/sip.conf',
      lines: [
        '[general]',
        sec(`register => ${u}:${s}@${host}/${u}`, s),
        '',
        '[provider-out]',
        'type=peer',
        `host=${host}`,
        `defaultuser=${u}`,
        'insecure=port,invite',
        'fromdomain=' + host,
      ],
    };
  }),
  template('asterisk-pjsip-auth', (g) => {
    const e = v.ext(g);
    const s = v.plain(g);
    return {
      path: g.pick(['/etc/asterisk/pjsip.conf', 'asterisk/pjsip.endpoint.conf', 'config/pjsip_users.conf']),
      lines: [
        `[${e}]`,
        'type=endpoint',
        'context=from-internal',
        'disallow=all',
        'allow=opus,ulaw',
        `auth=${e}-auth`,
        `aors=${e}`,
        '',
        `[${e}-auth]`,
        'type=auth',
        'auth_type=userpass',
        sec(`password=${s}`, s),
        `username=${e}`,
        '',
        `[${e}]`,
        'type=aor',
        'max_contacts=2',
      ],
    };
  }),
  template('asterisk-pjsip-trunk-auth', (g) => {
    const u = v.trunkUser(g);
    const s = v.sipSecret(g);
    const host = v.trunkHost(g);
    return {
      path: '/etc/asterisk/pjsip.conf',
      lines: [
        '[trunk-auth]',
        'type = auth',
        'auth_type = userpass',
        `username = ${u}`,
        sec(`password = ${s}`, s),
        '',
        '[trunk-reg]',
        'type = registration',
        'outbound_auth = trunk-auth',
        `server_uri = sip:${host}`,
        `client_uri = sip:${u}@${host}`,
        'retry_interval = 60',
      ],
    };
  }),
  template('asterisk-pjsip-md5-cred', (g) => {
    const e = v.ext(g);
    const h = g.fake.hex(32);
    return {
      path: '/etc/asterisk/pjsip.conf',
      lines: [`[auth${e}]`, 'type=auth', 'auth_type=md5', `username=${e}`, 'realm=asterisk', sec(`md5_cred=${h}`, h)],
    };
  }),
  template('asterisk-pjsip-wizard', (g) => {
    const u = v.trunkUser(g);
    const s = v.plain(g);
    return {
      path: '/etc/asterisk/pjsip_wizard.conf',
      lines: [
        '[my-itsp]',
        'type = wizard',
        'sends_auth = yes',
        'sends_registrations = yes',
        `remote_hosts = ${v.trunkHost(g)}`,
        `outbound_auth/username = ${u}`,
        sec(`outbound_auth/password = ${s}`, s),
        'endpoint/context = from-trunk',
        'aor/qualify_frequency = 15',
      ],
    };
  }),
  template('asterisk-iax-conf', (g) => {
    const s = v.plain(g);
    return {
      path: '/etc/asterisk/iax.conf',
      lines: [
        '[general]',
        'bindport=4569',
        'delayreject=yes',
        '',
        `[${g.pick(['branch-office', 'remote-pbx', 'hq'])}]`,
        'type=friend',
        'host=dynamic',
        'auth=md5',
        sec(`secret=${s}`, s),
        'context=from-iax',
        'trunk=yes',
      ],
    };
  }),
  template('asterisk-manager-conf', (g) => {
    const s = v.sipSecret(g);
    const user = g.pick(['admin', 'fop2', 'crm', 'dialer', 'monitor']);
    return {
      path: g.pick(['/etc/asterisk/manager.conf', 'asterisk/manager_custom.conf']),
      lines: [
        '[general]',
        'enabled = yes',
        'port = 5038',
        'bindaddr = 0.0.0.0',
        '',
        `[${user}]`,
        sec(`secret = ${s}`, s),
        'deny=0.0.0.0/0.0.0.0',
        'permit=127.0.0.1/255.255.255.0',
        'read = system,call,log,verbose,command,agent,user,originate',
        'write = system,call,log,verbose,command,agent,user,originate',
      ],
    };
  }),
  template('asterisk-ari-conf', (g) => {
    const s = v.longSecret(g);
    return {
      path: '/etc/asterisk/ari.conf',
      lines: [
        '[general]',
        'enabled = yes',
        'pretty = yes',
        'allowed_origins = https://dashboard.acme-tel.net',
        '',
        `[${g.pick(['asterisk', 'stasis-app', 'callbot'])}]`,
        'type = user',
        'read_only = no',
        sec(`password = ${s}`, s),
        'password_format = plain',
      ],
    };
  }),
  template('asterisk-voicemail-conf', (g) => {
    const e = v.ext(g);
    const p = v.pin(g);
    return {
      path: '/etc/asterisk/voicemail.conf',
      lines: [
        '[general]',
        'format=wav49|gsm|wav',
        'maxmsg=100',
        '',
        '[default]',
        sec(`${e} => ${p},${v.name(g)},${v.name(g)}@acme-tel.net,,attach=yes|tz=central`, p),
      ],
    };
  }),
  template('asterisk-ami-python', (g) => {
    const s = v.sipSecret(g);
    const host = v.pbxHost(g);
    return {
      path: g.pick(['scripts/ami_originate.py', 'tools/click2call.py']),
      lines: [
        'from asterisk.ami import AMIClient, SimpleAction',
        '',
        `client = AMIClient(address='${host}', port=5038)`,
        sec(`client.login(username='${g.pick(['admin', 'crm'])}', secret='${s}')`, s),
        'action = SimpleAction(',
        "    'Originate',",
        `    Channel='PJSIP/${v.ext(g)}',`,
        "    Exten='18005550199',",
        "    Context='from-internal',",
        '    Priority=1,',
        ')',
        'client.send_action(action)',
      ],
    };
  }),
  template('asterisk-ami-node', (g) => {
    const s = v.sipSecret(g);
    return {
      path: g.pick(['src/ami.js', 'server/asterisk.js']),
      lines: [
        "const AsteriskManager = require('asterisk-manager');",
        '',
        sec(`const ami = new AsteriskManager(5038, '${v.pbxHost(g)}', 'crm', '${s}', true);`, s),
        'ami.keepConnected();',
        "ami.on('newstate', (evt) => console.log(evt.channelstatedesc));",
      ],
    };
  }),
  template('asterisk-ami-raw-login', (g) => {
    const s = v.plain(g);
    return {
      path: g.pick(['notes/ami-telnet.txt', 'docs/ami-test.md']),
      lines: [
        `telnet ${v.pbxHost(g)} 5038`,
        'Action: Login',
        'Username: admin',
        sec(`Secret: ${s}`, s),
        '',
        'Action: CoreShowChannels',
      ],
    };
  }),
  template('ari-curl', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['scripts/ari_channels.sh', 'README.md']),
      lines: ['#!/bin/sh', sec(`curl -s -u asterisk:${s} http://${v.pbxHost(g)}:8088/ari/channels | jq .`, s)],
    };
  }),
  template('ari-js-client', (g) => {
    const s = v.longSecret(g);
    return {
      path: 'app/index.js',
      lines: [
        "const ari = require('ari-client');",
        '',
        sec(`ari.connect('http://${v.pbxHost(g)}:8088', 'stasis', '${s}')`, s),
        '  .then((client) => {',
        "    client.on('StasisStart', onStart);",
        "    client.start('ivr');",
        '  });',
      ],
    };
  }),
  template('freeswitch-directory-user', (g) => {
    const e = v.ext(g);
    const s = v.plain(g);
    const pin = v.pin(g);
    return {
      path: `conf/directory/default/${e}.xml`,
      lines: [
        '<include>',
        `  <user id="${e}">`,
        '    <params>',
        sec(`      <param name="password" value="${s}"/>`, s),
        sec(`      <param name="vm-password" value="${pin}"/>`, pin),
        '    </params>',
        '    <variables>',
        '      <variable name="toll_allow" value="domestic,international,local"/>',
        `      <variable name="accountcode" value="${e}"/>`,
        '      <variable name="user_context" value="default"/>',
        `      <variable name="effective_caller_id_number" value="${e}"/>`,
        '    </variables>',
        '  </user>',
        '</include>',
      ],
    };
  }),
  template('freeswitch-vars-default-password', (g) => {
    const s = v.plain(g);
    return {
      path: 'conf/vars.xml',
      lines: [
        '<include>',
        '  <!-- Change this before going live! -->',
        sec(`  <X-PRE-PROCESS cmd="set" data="default_password=${s}"/>`, s),
        '  <X-PRE-PROCESS cmd="set" data="sound_prefix=$${sounds_dir}/en/us/callie"/>',
        '  <X-PRE-PROCESS cmd="set" data="domain=$${local_ip_v4}"/>',
        '  <X-PRE-PROCESS cmd="set" data="hold_music=local_stream://moh"/>',
        '</include>',
      ],
    };
  }),
  template('freeswitch-gateway', (g) => {
    const u = v.trunkUser(g);
    const s = v.plain(g);
    return {
      path: g.pick(['conf/sip_profiles/external/provider.xml', 'freeswitch/sip_profiles/external/voipms.xml']),
      lines: [
        '<include>',
        `  <gateway name="${g.pick(['voipms', 'flowroute', 'carrier1'])}">`,
        `    <param name="username" value="${u}"/>`,
        sec(`    <param name="password" value="${s}"/>`, s),
        `    <param name="realm" value="${v.trunkHost(g)}"/>`,
        '    <param name="register" value="true"/>',
        '    <param name="expire-seconds" value="600"/>',
        '  </gateway>',
        '</include>',
      ],
    };
  }),
  template('freeswitch-event-socket', (g) => {
    const s = v.plain(g);
    return {
      path: 'conf/autoload_configs/event_socket.conf.xml',
      lines: [
        '<configuration name="event_socket.conf" description="Socket Client">',
        '  <settings>',
        '    <param name="nat-map" value="false"/>',
        '    <param name="listen-ip" value="::"/>',
        '    <param name="listen-port" value="8021"/>',
        sec(`    <param name="password" value="${s}"/>`, s),
        '    <param name="apply-inbound-acl" value="lan"/>',
        '  </settings>',
        '</configuration>',
      ],
    };
  }),
  template('freeswitch-esl-python', (g) => {
    const s = v.plain(g);
    return {
      path: g.pick(['esl_monitor.py', 'scripts/fs_originate.py']),
      lines: [
        'import ESL',
        '',
        sec(`con = ESL.ESLconnection('${v.pbxHost(g)}', '8021', '${s}')`, s),
        'if con.connected():',
        "    e = con.api('show', 'channels count')",
        '    print(e.getBody())',
      ],
    };
  }),
  template('freeswitch-fs-cli-conf', (g) => {
    const s = v.plain(g);
    return {
      path: g.pick(['.fs_cli_conf', 'etc/fs_cli.conf']),
      lines: ['[default]', `host => ${v.pbxHost(g)}`, 'port => 8021', sec(`password => ${s}`, s), 'debug => 0'],
    };
  }),
  template('kamailio-dburl-define', (g) => {
    const s = v.plain(g);
    return {
      path: g.pick(['/etc/kamailio/kamailio-local.cfg', 'kamailio/kamailio.cfg']),
      lines: [
        '#!KAMAILIO',
        '#!define WITH_MYSQL',
        '#!define WITH_AUTH',
        '#!define WITH_USRLOCDB',
        '',
        '#!ifdef WITH_MYSQL',
        sec(`#!define DBURL "mysql://kamailio:${s}@${v.dbHost(g)}/kamailio"`, s),
        '#!endif',
      ],
    };
  }),
  template('kamailio-kamctlrc', (g) => {
    const rw = v.plain(g);
    const ro = v.plain(g);
    return {
      path: '/etc/kamailio/kamctlrc',
      lines: [
        'SIP_DOMAIN=sip.acme-tel.net',
        'DBENGINE=MYSQL',
        `DBHOST=${v.dbHost(g)}`,
        'DBNAME=kamailio',
        'DBRWUSER="kamailio"',
        sec(`DBRWPW="${rw}"`, rw),
        'DBROUSER="kamailioro"',
        sec(`DBROPW="${ro}"`, ro),
        'DBACCESSHOST=192.168.0.0/255.255.0.0',
      ],
    };
  }),
  template('kamailio-modparam-dburl', (g) => {
    const s = v.plain(g);
    return {
      path: 'kamailio/kamailio.cfg',
      lines: [
        'loadmodule "db_mysql.so"',
        'loadmodule "auth_db.so"',
        sec(`modparam("auth_db", "db_url", "mysql://kamailio:${s}@${v.dbHost(g)}/kamailio")`, s),
        'modparam("auth_db", "calculate_ha1", yes)',
        'modparam("auth_db", "password_column", "password")',
        'modparam("auth_db", "load_credentials", "")',
      ],
    };
  }),
  template('opensips-db-url', (g) => {
    const s = v.plain(g);
    return {
      path: g.pick(['/etc/opensips/opensips.cfg', 'opensips/opensips.cfg']),
      lines: [
        'loadmodule "usrloc.so"',
        'modparam("usrloc", "nat_bflag", "NAT")',
        'modparam("usrloc", "working_mode_preset", "single-instance-sql-write-back")',
        sec(`modparam("usrloc", "db_url", "mysql://opensips:${s}@${v.dbHost(g)}/opensips")`, s),
      ],
    };
  }),
  template('opensips-cli-cfg', (g) => {
    const s = v.plain(g);
    return {
      path: g.pick(['/etc/opensips-cli.cfg', '.opensips-cli.cfg']),
      lines: [
        '[default]',
        'log_level: WARNING',
        'prompt_name: opensips-cli',
        'prompt_intro: Welcome to OpenSIPS Command Line Interface!',
        sec(`database_url: mysql://root:${s}@${v.dbHost(g)}`, s),
        'database_name: opensips',
      ],
    };
  }),
  template('freepbx-amportal-conf', (g) => {
    const db = v.plain(g);
    const ami = v.plain(g);
    return {
      path: g.pick(['/etc/amportal.conf', '/etc/freepbx.conf']),
      lines: [
        'AMPDBHOST=localhost',
        'AMPDBENGINE=mysql',
        'AMPDBUSER=freepbxuser',
        sec(`AMPDBPASS=${db}`, db),
        'AMPMGRUSER=admin',
        sec(`AMPMGRPASS=${ami}`, ami),
        'AMPWEBROOT=/var/www/html',
      ],
    };
  }),
  template('freepbx-php-config', (g) => {
    const db = v.plain(g);
    return {
      path: '/etc/freepbx.conf',
      lines: [
        '<?php',
        "$amp_conf['AMPDBUSER'] = 'freepbxuser';",
        sec(`$amp_conf['AMPDBPASS'] = '${db}';`, db),
        "$amp_conf['AMPDBHOST'] = 'localhost';",
        "$amp_conf['AMPDBNAME'] = 'asterisk';",
        "$amp_conf['AMPDBENGINE'] = 'mysql';",
        "$amp_conf['datasource'] = '';",
        "require_once('/var/www/html/admin/bootstrap.php');",
      ],
    };
  }),
  template('asterisk-res-odbc', (g) => {
    const s = v.plain(g);
    return {
      path: '/etc/asterisk/res_odbc.conf',
      lines: [
        '[asterisk]',
        'enabled => yes',
        'dsn => asterisk-connector',
        `username => ${v.dbUser(g)}`,
        sec(`password => ${s}`, s),
        'pre-connect => yes',
      ],
    };
  }),
  template('asterisk-cdr-mysql', (g) => {
    const s = v.plain(g);
    return {
      path: '/etc/asterisk/cdr_mysql.conf',
      lines: [
        '[global]',
        `hostname=${v.dbHost(g)}`,
        'dbname=asteriskcdrdb',
        'table=cdr',
        `user=${v.dbUser(g)}`,
        sec(`password=${s}`, s),
        'port=3306',
      ],
    };
  }),
];
