import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * network-configs positives, infrastructure services: Asterisk/FreeSWITCH and VoIP phone
 * provisioning, keepalived, Redis (requirepass, masterauth, ACL users, Sentinel), Kafka and
 * ZooKeeper JAAS files, WebLogic boot.properties, WildFly/JBoss, Tomcat, Postfix, Dovecot, Exim,
 * fetchmail, msmtp, mutt, OpenLDAP, SSSD, nslcd, Zabbix, Icinga, Nagios, Bacula/Bareos, rsync,
 * HAProxy, Squid, BIND/Knot/ISC dhcpd TSIG keys, Consul/Nomad gossip keys, etcd, Mosquitto,
 * RabbitMQ and the Erlang cookie, Ceph keyrings, libvirt, Icecast, NUT, Graylog, Monit,
 * Supervisor, pgBouncer and Varnish, as each one's manual writes them. Values generated at run time.
 */
export const servicePositives: readonly Template[] = [
  template('asterisk-sip-secret', (g) => {
    const s = v.pw(g);
    const ext = String(g.between(100, 9999));
    return {
      path: 'etc/asterisk/sip.conf',
      lines: [
        '[general]',
        'context=default',
        'allowguest=no',
        '',
        `[${ext}]`,
        'type=friend',
        'host=dynamic',
        'context=internal',
        sec(`secret=${s}`, s),
        'disallow=all',
        'allow=ulaw',
      ],
    };
  }),
  template('asterisk-sip-register', (g) => {
    const s = v.pw(g);
    const acct = g.fake.digits(8);
    return {
      path: 'etc/asterisk/sip.conf',
      lines: [
        '[general]',
        sec(`register => ${acct}:${s}@sip.${g.pick(['voipcarrier', 'telco', 'sipgate'])}.net/${acct}`, s),
        'srvlookup=yes',
      ],
    };
  }),
  template('asterisk-pjsip-auth', (g) => {
    const s = v.pw(g);
    const ext = String(g.between(100, 9999));
    return {
      path: 'etc/asterisk/pjsip.conf',
      lines: [
        `[${ext}]`,
        'type=endpoint',
        'context=from-internal',
        `auth=${ext}-auth`,
        `aors=${ext}`,
        '',
        `[${ext}-auth]`,
        'type=auth',
        'auth_type=userpass',
        sec(`password=${s}`, s),
        `username=${ext}`,
      ],
    };
  }),
  template('asterisk-manager-secret', (g) => {
    const s = v.pw(g);
    return {
      path: 'etc/asterisk/manager.conf',
      lines: [
        '[general]',
        'enabled = yes',
        'port = 5038',
        'bindaddr = 127.0.0.1',
        '',
        '[crm]',
        sec(`secret = ${s}`, s),
        'deny=0.0.0.0/0.0.0.0',
        'permit=127.0.0.1/255.255.255.0',
        'read = call,agent',
        'write = originate',
      ],
    };
  }),
  template('asterisk-iax-secret', (g) => {
    const s = v.pw(g);
    return {
      path: 'etc/asterisk/iax.conf',
      lines: [
        '[branch-office]',
        'type=friend',
        'host=dynamic',
        'trunk=yes',
        sec(`secret=${s}`, s),
        'context=from-branch',
      ],
    };
  }),
  template('freeswitch-directory-user', (g) => {
    const s = v.pw(g);
    const ext = String(g.between(1000, 1999));
    return {
      path: `freeswitch/directory/default/${ext}.xml`,
      lines: [
        '<include>',
        `  <user id="${ext}">`,
        '    <params>',
        sec(`      <param name="password" value="${s}"/>`, s),
        '    </params>',
        '  </user>',
        '</include>',
      ],
    };
  }),
  template('yealink-provisioning', (g) => {
    const s = v.pw(g);
    return {
      path: `provisioning/${g.fake.hex(12)}.cfg`,
      lines: [
        '#!version:1.0.0.1',
        'account.1.enable = 1',
        `account.1.label = ${g.between(100, 999)}`,
        `account.1.auth_name = ${g.between(100, 999)}`,
        sec(`account.1.password = ${s}`, s),
        'account.1.sip_server.1.address = pbx.corp.local',
      ],
    };
  }),
  template('polycom-reg-password', (g) => {
    const s = v.pw(g);
    return {
      path: 'tftpboot/phone1.cfg',
      lines: [
        '<?xml version="1.0" standalone="yes"?>',
        '<polycomConfig>',
        `  <reg reg.1.address="${g.between(100, 999)}" reg.1.auth.userId="${g.between(100, 999)}"`,
        sec(`       reg.1.auth.password="${s}" reg.1.label="Front desk"/>`, s),
        '</polycomConfig>',
      ],
    };
  }),
  template('keepalived-auth-pass', (g) => {
    const s = g.fake.alnum(8);
    return {
      path: 'etc/keepalived/keepalived.conf',
      lines: [
        'vrrp_instance VI_1 {',
        '    state MASTER',
        '    interface eth0',
        '    virtual_router_id 51',
        '    priority 150',
        '    authentication {',
        '        auth_type PASS',
        sec(`        auth_pass ${s}`, s),
        '    }',
        '    virtual_ipaddress {',
        `        ${v.ip(g)}/24`,
        '    }',
        '}',
      ],
    };
  }),
  template('redis-requirepass', (g) => {
    const s = g.chance(0.5) ? v.pw(g) : g.fake.hex(64);
    return {
      path: 'etc/redis/redis.conf',
      lines: [
        'bind 127.0.0.1 -::1',
        'protected-mode yes',
        'port 6379',
        '',
        '# Require clients to issue AUTH <PASSWORD> before processing any other',
        '# commands.',
        sec(`requirepass ${s}`, s),
        'maxmemory 2gb',
      ],
    };
  }),
  template('redis-masterauth', (g) => {
    const s = v.pw(g);
    return {
      path: 'etc/redis/replica.conf',
      lines: [`replicaof ${v.ip(g)} 6379`, sec(`masterauth ${s}`, s), 'replica-read-only yes'],
    };
  }),
  template('redis-acl-user', (g) => {
    const s = v.pw(g);
    return {
      path: g.pick(['etc/redis/users.acl', 'redis/redis.conf']),
      lines: [
        'user default off',
        sec(`user ${g.pick(['app', 'worker', 'cache'])} on >${s} ~cache:* &* +@read +@write -@dangerous`, s),
      ],
    };
  }),
  template('redis-sentinel-auth', (g) => {
    const s = v.pw(g);
    return {
      path: 'etc/redis/sentinel.conf',
      lines: [
        'port 26379',
        `sentinel monitor mymaster ${v.ip(g)} 6379 2`,
        sec(`sentinel auth-pass mymaster ${s}`, s),
        'sentinel down-after-milliseconds mymaster 5000',
      ],
    };
  }),
  template('kafka-server-jaas', (g) => {
    const a = v.pw(g);
    const b = v.pw(g);
    return {
      path: 'etc/kafka/kafka_server_jaas.conf',
      lines: [
        'KafkaServer {',
        '    org.apache.kafka.common.security.plain.PlainLoginModule required',
        '    username="admin"',
        block([sec(`    password="${a}"`, a), sec(`    user_admin="${a}"`, a)]),
        sec(`    user_${g.pick(['alice', 'producer', 'connect'])}="${b}";`, b),
        '};',
      ],
    };
  }),
  template('kafka-client-jaas-config', (g) => {
    const p = v.pw(g);
    return {
      path: g.pick(['config/client.properties', 'etc/kafka/consumer.properties']),
      lines: [
        'bootstrap.servers=broker1.corp.local:9093',
        'security.protocol=SASL_SSL',
        'sasl.mechanism=SCRAM-SHA-512',
        sec(
          `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${g.fake.lower(6)}" password="${p}";`,
          p,
        ),
      ],
    };
  }),
  template('zookeeper-jaas', (g) => {
    const p = v.pw(g);
    const k = v.pw(g);
    return {
      path: 'conf/zookeeper_jaas.conf',
      lines: [
        'Server {',
        '    org.apache.zookeeper.server.auth.DigestLoginModule required',
        sec(`    user_super="${p}"`, p),
        sec(`    user_kafka="${k}";`, k),
        '};',
      ],
    };
  }),
  template('weblogic-boot-properties', (g) => {
    const p = g.chance(0.5) ? v.pw(g) : `{AES256}${g.fake.base64(44)}`;
    return {
      path: 'domains/base_domain/servers/AdminServer/security/boot.properties',
      lines: [
        `# ${g.pick(['Mon', 'Tue', 'Wed'])} Mar 04 10:12:33 UTC 2024`,
        'username=weblogic',
        sec(`password=${p}`, p),
      ],
    };
  }),
  template('wildfly-datasource', (g) => {
    const p = v.pw(g);
    return {
      path: 'standalone/configuration/standalone.xml',
      lines: [
        '<datasource jndi-name="java:jboss/datasources/AppDS" pool-name="AppDS">',
        '    <connection-url>jdbc:postgresql://db.corp.local:5432/app</connection-url>',
        '    <driver>postgresql</driver>',
        '    <security>',
        '        <user-name>app</user-name>',
        sec(`        <password>${p}</password>`, p),
        '    </security>',
        '</datasource>',
      ],
    };
  }),
  template('wildfly-secret-value', (g) => {
    const p = Buffer.from(v.pw(g)).toString('base64');
    return {
      path: 'domain/configuration/host-slave.xml',
      lines: [
        '<security-realm name="ManagementRealm">',
        '    <server-identities>',
        sec(`        <secret value="${p}"/>`, p),
        '    </server-identities>',
        '</security-realm>',
      ],
    };
  }),
  template('wildfly-mgmt-users', (g) => {
    const h = g.fake.hex(32);
    return {
      path: 'standalone/configuration/mgmt-users.properties',
      lines: [
        '#',
        "# Properties declaration of users for the realm 'ManagementRealm'",
        '#',
        '#$REALM_NAME=ManagementRealm$',
        sec(`${g.fake.lower(6)}=${h}`, h),
      ],
    };
  }),
  template('tomcat-users', (g) => {
    const p = v.pw(g);
    return {
      path: 'conf/tomcat-users.xml',
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">',
        '  <role rolename="manager-gui"/>',
        sec(
          `  <user username="${g.pick(['admin', 'deployer', 'tomcat'])}" password="${p}" roles="manager-gui,manager-script"/>`,
          p,
        ),
        '</tomcat-users>',
      ],
    };
  }),
  template('tomcat-keystore-pass', (g) => {
    const p = v.pw(g);
    return {
      path: 'conf/server.xml',
      lines: [
        '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"',
        '           maxThreads="150" SSLEnabled="true">',
        '    <SSLHostConfig>',
        sec(
          `        <Certificate certificateKeystoreFile="conf/keystore.jks" certificateKeystorePassword="${p}" type="RSA"/>`,
          p,
        ),
        '    </SSLHostConfig>',
        '</Connector>',
      ],
    };
  }),
  template('postfix-sasl-passwd', (g) => {
    const p = g.chance(0.5) ? v.pw(g) : g.fake.lower(16);
    return {
      path: 'etc/postfix/sasl_passwd',
      lines: [
        sec(
          `[${g.pick(['smtp.gmail.com', 'smtp.office365.com', 'email-smtp.eu-west-1.amazonaws.com', 'smtp.sendgrid.net'])}]:587 ${g.fake.lower(6)}@corp.net:${p}`,
          p,
        ),
      ],
    };
  }),
  template('postfix-mysql-map', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/postfix/mysql-virtual-mailbox-domains.cf',
      lines: [
        'user = mailuser',
        sec(`password = ${p}`, p),
        'hosts = 127.0.0.1',
        'dbname = mailserver',
        "query = SELECT 1 FROM virtual_domains WHERE name='%s'",
      ],
    };
  }),
  template('dovecot-passwd-file', (g) => {
    const h = g.chance(0.5) ? `{SHA512-CRYPT}${v.sha512crypt(g)}` : `{PLAIN}${v.pw(g)}`;
    return {
      path: 'etc/dovecot/users',
      lines: [sec(`${g.fake.lower(5)}@corp.net:${h}:5000:5000::/var/mail/corp.net/${g.fake.lower(5)}::`, h)],
    };
  }),
  template('dovecot-sql-connect', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/dovecot/dovecot-sql.conf.ext',
      lines: [
        'driver = mysql',
        sec(`connect = host=127.0.0.1 dbname=mailserver user=mailuser password=${p}`, p),
        'default_pass_scheme = SHA512-CRYPT',
      ],
    };
  }),
  template('exim-passwd-client', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/exim4/passwd.client',
      lines: [
        '# password file used when the local exim is authenticating to a remote host as a client.',
        '#',
        sec(`*.smarthost.net:${g.fake.lower(7)}:${p}`, p),
      ],
    };
  }),
  template('fetchmailrc', (g) => {
    const p = v.pw(g);
    return {
      path: '.fetchmailrc',
      lines: [
        'set daemon 300',
        sec(`poll imap.corp.net protocol IMAP user "${g.fake.lower(6)}" password "${p}" ssl`, p),
      ],
    };
  }),
  template('msmtprc', (g) => {
    const p = v.pw(g);
    return {
      path: '.msmtprc',
      lines: [
        'defaults',
        'auth on',
        'tls on',
        '',
        'account corp',
        'host smtp.corp.net',
        'port 587',
        `from ${g.fake.lower(5)}@corp.net`,
        `user ${g.fake.lower(5)}@corp.net`,
        sec(`password ${p}`, p),
        '',
        'account default : corp',
      ],
    };
  }),
  template('muttrc-pass', (g) => {
    const p = v.pw(g);
    return {
      path: '.muttrc',
      lines: [
        'set imap_user = "me@corp.net"',
        sec(`set imap_pass = "${p}"`, p),
        'set folder = "imaps://imap.corp.net:993"',
      ],
    };
  }),
  template('slapd-rootpw', (g) => {
    const p = g.chance(0.5) ? `{SSHA}${g.fake.base64(32)}` : v.pw(g);
    return {
      path: 'etc/openldap/slapd.conf',
      lines: [
        'database\tmdb',
        'suffix\t\t"dc=corp,dc=local"',
        'rootdn\t\t"cn=Manager,dc=corp,dc=local"',
        sec(`rootpw\t\t${p}`, p),
        'directory\t/var/lib/ldap',
      ],
    };
  }),
  template('olc-root-pw', (g) => {
    const p = `{SSHA}${g.fake.base64(32)}`;
    return {
      path: 'ldap/db.ldif',
      lines: [
        'dn: olcDatabase={2}mdb,cn=config',
        'changetype: modify',
        'replace: olcRootPW',
        sec(`olcRootPW: ${p}`, p),
      ],
    };
  }),
  template('sssd-authtok', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/sssd/sssd.conf',
      lines: [
        '[domain/corp.local]',
        'id_provider = ldap',
        'ldap_uri = ldaps://ldap.corp.local',
        'ldap_default_bind_dn = cn=sssd,ou=svc,dc=corp,dc=local',
        sec(`ldap_default_authtok = ${p}`, p),
        'ldap_tls_reqcert = demand',
      ],
    };
  }),
  template('nslcd-bindpw', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/nslcd.conf',
      lines: [
        'uid nslcd',
        'gid nslcd',
        'uri ldap://ldap.corp.local/',
        'base dc=corp,dc=local',
        'binddn cn=proxy,dc=corp,dc=local',
        sec(`bindpw ${p}`, p),
      ],
    };
  }),
  template('zabbix-db-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/zabbix/zabbix_server.conf',
      lines: [
        'LogFile=/var/log/zabbix/zabbix_server.log',
        'DBHost=localhost',
        'DBName=zabbix',
        'DBUser=zabbix',
        sec(`DBPassword=${p}`, p),
        'Timeout=4',
      ],
    };
  }),
  template('zabbix-psk-file', (g) => {
    const k = g.fake.hex(64);
    return {
      path: 'etc/zabbix/zabbix_agentd.psk',
      lines: [sec(k, k)],
    };
  }),
  template('icinga-api-user', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/icinga2/conf.d/api-users.conf',
      lines: ['object ApiUser "root" {', sec(`  password = "${p}"`, p), '  permissions = [ "*" ]', '}'],
    };
  }),
  template('nagios-resource-cfg', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/nagios/resource.cfg',
      lines: [
        '# Sets $USER1$ to be the path to the plugins',
        '$USER1$=/usr/lib/nagios/plugins',
        '',
        '# MySQL monitoring account',
        '$USER3$=nagios',
        sec(`$USER4$=${p}`, p),
      ],
    };
  }),
  template('bareos-director-password', (g) => {
    const p = g.chance(0.5) ? g.fake.base64(44) : v.pw(g);
    return {
      path: g.pick(['etc/bareos/bareos-dir.d/director/bareos-dir.conf', 'etc/bacula/bacula-fd.conf']),
      lines: [
        'Director {',
        '  Name = bareos-dir',
        sec(`  Password = "${p}"`, p),
        '  Description = "Director allowed to use this client"',
        '}',
      ],
    };
  }),
  template('bacula-catalog-dbpassword', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/bacula/bacula-dir.conf',
      lines: [
        'Catalog {',
        '  Name = MyCatalog',
        sec(`  dbname = "bacula"; dbuser = "bacula"; dbpassword = "${p}"`, p),
        '}',
      ],
    };
  }),
  template('rsyncd-secrets', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/rsyncd.secrets',
      lines: [sec(`${g.pick(['backup', 'mirror', 'sync'])}:${p}`, p)],
    };
  }),
  template('haproxy-userlist', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/haproxy/haproxy.cfg',
      lines: [
        'userlist admins',
        sec(`    user admin insecure-password ${p}`, p),
        '',
        'frontend stats',
        '    bind *:8404',
      ],
    };
  }),
  template('haproxy-stats-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/haproxy/haproxy.cfg',
      lines: [
        'listen stats',
        '    bind :9000',
        '    mode http',
        '    stats enable',
        '    stats uri /haproxy_stats',
        sec(`    stats auth admin:${p}`, p),
      ],
    };
  }),
  template('squid-cache-peer-login', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/squid/squid.conf',
      lines: [
        'http_port 3128',
        sec(`cache_peer proxy.upstream.net parent 8080 0 no-query default login=${g.fake.lower(6)}:${p}`, p),
        'never_direct allow all',
      ],
    };
  }),
  template('bind-tsig-key', (g) => {
    const k = g.chance(0.5) ? v.key32(g) : v.key64(g);
    return {
      path: 'etc/bind/named.conf.local',
      lines: [
        `key "xfer-${g.fake.lower(4)}" {`,
        `\talgorithm ${k.length > 60 ? 'hmac-sha512' : 'hmac-sha256'};`,
        sec(`\tsecret "${k}";`, k),
        '};',
        '',
        'zone "corp.local" {',
        '\ttype primary;',
        '\tfile "/var/lib/bind/db.corp.local";',
        '};',
      ],
    };
  }),
  template('bind-rndc-key', (g) => {
    const k = v.key16(g);
    return {
      path: 'etc/bind/rndc.key',
      lines: ['key "rndc-key" {', '\talgorithm hmac-md5;', sec(`\tsecret "${k}";`, k), '};'],
    };
  }),
  template('dnssec-hmac-private', (g) => {
    const k = v.key64(g);
    return {
      path: `keys/K${g.fake.lower(6)}.+165+${g.fake.digits(5)}.private`,
      lines: [
        'Private-key-format: v1.3',
        'Algorithm: 165 (HMAC_SHA512)',
        sec(`Key: ${k}`, k),
        'Bits: AAA=',
        'Created: 20240304101233',
      ],
    };
  }),
  template('knot-tsig-yaml', (g) => {
    const k = v.key32(g);
    return {
      path: 'etc/knot/knot.conf',
      lines: [
        'key:',
        '  - id: xfr',
        '    algorithm: hmac-sha256',
        sec(`    secret: ${k}`, k),
        '',
        'remote:',
        '  - id: secondary',
        `    address: ${v.ip(g)}`,
        '    key: xfr',
      ],
    };
  }),
  template('dhcpd-ddns-key', (g) => {
    const k = v.key16(g);
    return {
      path: 'etc/dhcp/dhcpd.conf',
      lines: [
        'ddns-update-style interim;',
        'key DHCP_UPDATER {',
        '    algorithm HMAC-MD5.SIG-ALG.REG.INT;',
        sec(`    secret ${k};`, k),
        '}',
      ],
    };
  }),
  template('consul-gossip-hcl', (g) => {
    const k = v.key32(g);
    return {
      path: 'etc/consul.d/consul.hcl',
      lines: [
        'datacenter = "dc1"',
        'data_dir = "/opt/consul"',
        sec(`encrypt = "${k}"`, k),
        'server = true',
        'bootstrap_expect = 3',
      ],
    };
  }),
  template('consul-gossip-json', (g) => {
    const k = v.key16(g);
    return {
      path: 'etc/consul.d/config.json',
      lines: [
        '{',
        '  "datacenter": "eu1",',
        sec(`  "encrypt": "${k}",`, k),
        '  "retry_join": ["10.0.0.10", "10.0.0.11"]',
        '}',
      ],
    };
  }),
  template('nomad-server-encrypt', (g) => {
    const k = v.key32(g);
    return {
      path: 'etc/nomad.d/server.hcl',
      lines: [
        'server {',
        '  enabled          = true',
        '  bootstrap_expect = 3',
        sec(`  encrypt          = "${k}"`, k),
        '}',
      ],
    };
  }),
  template('etcdctl-user-env', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/default/etcd-backup',
      lines: ['ETCDCTL_API=3', 'ETCDCTL_ENDPOINTS=https://10.0.0.21:2379', sec(`ETCDCTL_USER=root:${p}`, p)],
    };
  }),
  template('mosquitto-passwd', (g) => {
    const h = `$7$101$${g.fake.base64(16)}$${g.fake.base64(86)}==`;
    return {
      path: 'etc/mosquitto/passwd',
      lines: [sec(`${g.pick(['sensor01', 'homeassistant', 'nodered'])}:${h}`, h)],
    };
  }),
  template('mosquitto-bridge', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/mosquitto/conf.d/bridge.conf',
      lines: [
        'connection cloud-bridge',
        'address mqtt.cloud.net:8883',
        'topic sensors/# out 1',
        `remote_username ${g.fake.lower(6)}`,
        sec(`remote_password ${p}`, p),
        'bridge_cafile /etc/ssl/certs/ca-certificates.crt',
      ],
    };
  }),
  template('rabbitmq-default-pass', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/rabbitmq/rabbitmq.conf',
      lines: [
        'listeners.tcp.default = 5672',
        'default_user = admin',
        sec(`default_pass = ${p}`, p),
        'management.tcp.port = 15672',
      ],
    };
  }),
  template('erlang-cookie', (g) => {
    const c = g.fake.upper(20);
    return {
      path: g.pick(['var/lib/rabbitmq/.erlang.cookie', '.erlang.cookie']),
      lines: [sec(c, c)],
    };
  }),
  template('ceph-keyring', (g) => {
    const k = v.cephKey(g);
    return {
      path: g.pick(['etc/ceph/ceph.client.admin.keyring', 'etc/ceph/ceph.client.rbd.keyring']),
      lines: [
        '[client.admin]',
        sec(`\tkey = ${k}`, k),
        '\tcaps mds = "allow *"',
        '\tcaps mon = "allow *"',
        '\tcaps osd = "allow *"',
      ],
    };
  }),
  template('libvirt-vnc-password', (g) => {
    const p = g.fake.alnum(8);
    return {
      path: 'etc/libvirt/qemu.conf',
      lines: ['vnc_listen = "0.0.0.0"', 'vnc_tls = 0', sec(`vnc_password = "${p}"`, p), 'security_driver = "selinux"'],
    };
  }),
  template('icecast-passwords', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/icecast2/icecast.xml',
      lines: [
        '<icecast>',
        '    <authentication>',
        sec(`        <source-password>${p}</source-password>`, p),
        '        <admin-user>admin</admin-user>',
        '    </authentication>',
        '</icecast>',
      ],
    };
  }),
  template('nut-upsd-users', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/nut/upsd.users',
      lines: ['[upsmon]', sec(`\tpassword = ${p}`, p), '\tupsmon primary'],
    };
  }),
  template('nut-upsmon-monitor', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/nut/upsmon.conf',
      lines: [sec(`MONITOR ups@localhost 1 upsmon ${p} primary`, p), 'SHUTDOWNCMD "/sbin/shutdown -h +0"'],
    };
  }),
  template('graylog-password-secret', (g) => {
    const s = g.fake.alnum(96);
    return {
      path: 'etc/graylog/server/server.conf',
      lines: [
        'is_leader = true',
        'node_id_file = /etc/graylog/server/node-id',
        sec(`password_secret = ${s}`, s),
        'elasticsearch_hosts = http://127.0.0.1:9200',
      ],
    };
  }),
  template('monit-httpd-allow', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/monit/monitrc',
      lines: ['set daemon 60', 'set httpd port 2812 and', '    use address 0.0.0.0', sec(`    allow admin:${p}`, p)],
    };
  }),
  template('supervisord-http', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/supervisor/supervisord.conf',
      lines: ['[inet_http_server]', 'port=*:9001', 'username=admin', sec(`password=${p}`, p)],
    };
  }),
  template('pgbouncer-userlist', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/pgbouncer/userlist.txt',
      lines: [sec(`"${g.pick(['app', 'reporting', 'pgbouncer'])}" "${p}"`, p)],
    };
  }),
  template('varnish-secret', (g) => {
    const s = g.fake.uuid();
    return {
      path: 'etc/varnish/secret',
      lines: [sec(s, s)],
    };
  }),
];
