import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * network-configs positives, routers, switches and firewalls: Cisco IOS/IOS-XE/NX-OS/ASA running
 * configs, Arista EOS, Juniper Junos (curly and `set` forms), MikroTik RouterOS exports, FortiGate,
 * pfSense/OPNsense config.xml, VyOS, Aruba, Huawei VRP, FRR/Quagga and BIRD, as each vendor's
 * configuration guide writes the statements. Reversible forms (Cisco type 7, Junos `$9$`, FortiOS
 * `ENC` of a pre-shared key, Huawei `cipher`) are credentials; stored hashes (type 5/8/9, `$6$`,
 * bcrypt, FortiOS `SH2`) are credential hashes, labelled as the corpus labels shadow and dump
 * hashes (crackable offline). Values generated at run time.
 */
export const devicePositives: readonly Template[] = [
  template('ios-enable-secret-5', (g) => {
    const h = v.md5crypt(g);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [v.iosHeader(g), sec(`enable secret 5 ${h}`, h), '!', 'aaa new-model', '!', v.iosInterface(g), 'end'],
    };
  }),
  template('ios-enable-secret-9', (g) => {
    const h = v.ciscoModern(g, g.chance(0.5) ? 8 : 9);
    const type = h[1];
    return {
      path: `backups/${v.device(g)}-running.txt`,
      lines: [
        v.iosHeader(g),
        sec(`enable secret ${type} ${h}`, h),
        '!',
        'no ip domain lookup',
        'ip domain name corp.local',
        '!',
      ],
    };
  }),
  template('ios-enable-password-7', (g) => {
    const e = v.type7(g);
    return {
      path: `configs/${v.device(g)}.conf`,
      lines: [
        v.iosHeader(g),
        'service password-encryption',
        '!',
        sec(`enable password 7 ${e}`, e),
        '!',
        v.iosInterface(g),
      ],
    };
  }),
  template('ios-enable-password-plain', (g) => {
    const p = v.pw(g);
    return {
      path: 'lab/r1-startup.cfg',
      lines: [
        'hostname R1',
        '!',
        sec(`enable password ${p}`, p),
        '!',
        'interface FastEthernet0/0',
        ' ip address 192.168.1.1 255.255.255.0',
        ' no shutdown',
      ],
    };
  }),
  template('ios-username-secret', (g) => {
    const h = g.chance(0.5) ? v.md5crypt(g) : v.ciscoModern(g, 9);
    const type = h.startsWith('$1$') ? '5' : '9';
    const u = v.opUser(g);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [v.iosHeader(g), sec(`username ${u} privilege 15 secret ${type} ${h}`, h), '!', 'ip ssh version 2', '!'],
    };
  }),
  template('ios-username-password-7', (g) => {
    const e = v.type7(g);
    const u = v.opUser(g);
    return {
      path: `network/${v.device(g)}.txt`,
      lines: [
        'service password-encryption',
        '!',
        sec(`username ${u} password 7 ${e}`, e),
        'username guest privilege 0 nopassword',
        '!',
      ],
    };
  }),
  template('ios-username-password-0', (g) => {
    const p = v.pw(g);
    return {
      path: 'templates/branch-router.cfg',
      lines: [
        '! base config for new branch routers',
        sec(`username ${v.opUser(g)} privilege 15 password 0 ${p}`, p),
        'aaa new-model',
        'aaa authentication login default local',
      ],
    };
  }),
  template('ios-line-vty', (g) => {
    const e = g.chance(0.5) ? v.type7(g) : v.pw(g);
    const line = e === e.toUpperCase() && /^\d{2}[0-9A-F]+$/.test(e) ? ` password 7 ${e}` : ` password ${e}`;
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'line con 0',
        ' logging synchronous',
        'line vty 0 4',
        ' exec-timeout 15 0',
        sec(line, e),
        ' login',
        ' transport input ssh',
        '!',
        'end',
      ],
    };
  }),
  template('ios-snmp-community', (g) => {
    const c = v.community(g);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'logging host 10.10.0.5',
        sec(`snmp-server community ${c} ${g.pick(['RO', 'RW', 'RO 10', 'RO SNMP-ACL'])}`, c),
        `snmp-server location ${g.pick(['DC1 rack 4', 'HQ 2nd floor'])}`,
        'snmp-server enable traps',
      ],
    };
  }),
  template('ios-snmpv3-user', (g) => {
    const a = v.pw(g);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'snmp-server group NMS v3 priv',
        sec(`snmp-server user nms NMS v3 auth sha ${a} priv aes 128 ${v.pw(g)}`, a),
        'snmp-server host 10.0.9.9 version 3 priv nms',
      ],
    };
  }),
  template('ios-tacacs-key', (g) => {
    const k = g.chance(0.5) ? v.type7(g) : v.pw(g);
    const typed = /^\d{2}[0-9A-F]{12,}$/.test(k);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: g.chance(0.5)
        ? [
            'aaa new-model',
            `tacacs-server host ${v.ip(g)}`,
            sec(`tacacs-server key ${typed ? '7 ' : ''}${k}`, k),
            'aaa authentication login default group tacacs+ local',
          ]
        : [
            'tacacs server ISE-1',
            ` address ipv4 ${v.ip(g)}`,
            sec(` key ${typed ? '7 ' : '0 '}${k}`, k),
            ' timeout 5',
            '!',
          ],
    };
  }),
  template('ios-radius-key', (g) => {
    const k = v.pw(g);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: g.chance(0.5)
        ? [
            'aaa group server radius NPS',
            ` server ${v.ip(g)}`,
            sec(`radius-server host ${v.ip(g)} auth-port 1812 acct-port 1813 key ${k}`, k),
          ]
        : ['radius server NPS-01', ` address ipv4 ${v.ip(g)} auth-port 1812 acct-port 1813`, sec(` key ${k}`, k), '!'],
    };
  }),
  template('ios-key-chain', (g) => {
    const k = g.chance(0.5) ? v.type7(g) : v.pw(g);
    const typed = /^\d{2}[0-9A-F]{12,}$/.test(k);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'key chain EIGRP-KEYS',
        ' key 1',
        sec(`  key-string ${typed ? '7 ' : ''}${k}`, k),
        '  accept-lifetime 00:00:00 Jan 1 2024 infinite',
        '!',
        'router eigrp 100',
        ' network 10.0.0.0',
      ],
    };
  }),
  template('ios-bgp-neighbor-password', (g) => {
    const k = g.chance(0.5) ? v.type7(g) : v.pw(g);
    const typed = /^\d{2}[0-9A-F]{12,}$/.test(k);
    const n = v.publicIp(g);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'router bgp 65010',
        ' bgp log-neighbor-changes',
        ` neighbor ${n} remote-as 64512`,
        sec(` neighbor ${n} password ${typed ? '7 ' : ''}${k}`, k),
        ' !',
        ' address-family ipv4',
      ],
    };
  }),
  template('ios-ospf-md5', (g) => {
    const k = g.chance(0.5) ? v.type7(g) : v.pw(g).slice(0, 16);
    const typed = /^\d{2}[0-9A-F]{12,}$/.test(k);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'interface Vlan10',
        ' ip address 10.1.10.1 255.255.255.0',
        ' ip ospf authentication message-digest',
        sec(` ip ospf message-digest-key 1 md5 ${typed ? '7 ' : ''}${k}`, k),
        '!',
      ],
    };
  }),
  template('ios-ospf-auth-key', (g) => {
    const k = g.fake.alnum(8);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'interface GigabitEthernet0/1',
        ' ip ospf authentication',
        sec(` ip ospf authentication-key ${k}`, k),
        ' ip ospf cost 10',
      ],
    };
  }),
  template('ios-hsrp-auth', (g) => {
    const k = v.pw(g);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'interface Vlan20',
        ' standby 1 ip 10.2.20.1',
        ' standby 1 priority 110',
        sec(` standby 1 authentication md5 key-string ${k}`, k),
        ' standby 1 preempt',
      ],
    };
  }),
  template('ios-ppp-chap', (g) => {
    const k = g.chance(0.5) ? v.type7(g) : v.pw(g);
    const typed = /^\d{2}[0-9A-F]{12,}$/.test(k);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'interface Dialer1',
        ' encapsulation ppp',
        ' ppp authentication chap callin',
        ` ppp chap hostname ${g.fake.lower(6)}@isp.net`,
        sec(` ppp chap password ${typed ? '7 ' : ''}${k}`, k),
      ],
    };
  }),
  template('ios-isakmp-key', (g) => {
    const k = v.pw(g);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'crypto isakmp policy 10',
        ' encr aes 256',
        ' authentication pre-share',
        ' group 14',
        sec(`crypto isakmp key ${k} address ${v.publicIp(g)}`, k),
        '!',
      ],
    };
  }),
  template('ios-ikev2-keyring', (g) => {
    const k = v.pw(g);
    return {
      path: `configs/${v.device(g)}.cfg`,
      lines: [
        'crypto ikev2 keyring BRANCH-KR',
        ' peer BRANCH-07',
        `  address ${v.publicIp(g)}`,
        sec(`  pre-shared-key ${g.pick(['', 'local '])}${k}`, k),
        ' !',
      ],
    };
  }),
  template('nxos-username-password-5', (g) => {
    const h = v.sha256crypt(g);
    return {
      path: `nxos/${v.device(g)}.cfg`,
      lines: [
        'feature tacacs+',
        'feature lacp',
        sec(`username admin password 5 ${h}  role network-admin`, h),
        'ip domain-lookup',
      ],
    };
  }),
  template('nxos-snmp-localized', (g) => {
    const a = '0x' + g.fake.hex(32);
    return {
      path: `nxos/${v.device(g)}.cfg`,
      lines: [
        'snmp-server contact noc@corp.local',
        sec(`snmp-server user nmsuser network-operator auth md5 ${a} priv 0x${g.fake.hex(32)} localizedkey`, a),
      ],
    };
  }),
  template('asa-enable-pbkdf2', (g) => {
    const h = `$sha512$5000$${g.fake.base64(24)}$${g.fake.base64(24)}`;
    return {
      path: `asa/${v.device(g)}.txt`,
      lines: [
        ': Saved',
        ':',
        'ASA Version 9.16(3)',
        '!',
        `hostname ${v.device(g)}`,
        sec(`enable password ${h} pbkdf2`, h),
        'names',
        '!',
      ],
    };
  }),
  template('asa-username-encrypted', (g) => {
    const h = g.fake.alnum(16);
    return {
      path: `asa/${v.device(g)}.txt`,
      lines: [
        'ASA Version 9.8(4)',
        '!',
        sec(`username ${v.opUser(g)} password ${h} encrypted privilege 15`, h),
        'aaa authentication ssh console LOCAL',
      ],
    };
  }),
  template('asa-tunnel-group-psk', (g) => {
    const k = v.pw(g);
    const peer = v.publicIp(g);
    return {
      path: `asa/${v.device(g)}.txt`,
      lines: [
        `tunnel-group ${peer} type ipsec-l2l`,
        `tunnel-group ${peer} ipsec-attributes`,
        sec(
          ` ${g.pick(['ikev1 pre-shared-key', 'ikev2 remote-authentication pre-shared-key', 'ikev2 local-authentication pre-shared-key'])} ${k}`,
          k,
        ),
        '!',
      ],
    };
  }),
  template('asa-ldap-login-password', (g) => {
    const k = v.pw(g);
    return {
      path: `asa/${v.device(g)}.txt`,
      lines: [
        'aaa-server AD protocol ldap',
        `aaa-server AD (inside) host ${v.ip(g)}`,
        ' ldap-base-dn DC=corp,DC=local',
        ' ldap-scope subtree',
        sec(` ldap-login-password ${k}`, k),
        ' ldap-login-dn CN=svc_asa,OU=Service,DC=corp,DC=local',
      ],
    };
  }),
  template('arista-secret-sha512', (g) => {
    const h = v.sha512crypt(g);
    return {
      path: `eos/${v.device(g)}.cfg`,
      lines: [
        '! device: leaf1 (DCS-7050SX3, EOS-4.28.3M)',
        '!',
        sec(`username admin privilege 15 role network-admin secret sha512 ${h}`, h),
        '!',
        'management api http-commands',
        '   no shutdown',
      ],
    };
  }),
  template('arista-bgp-password-7', (g) => {
    const k = g.fake.base64(24);
    return {
      path: `eos/${v.device(g)}.cfg`,
      lines: [
        'router bgp 65101',
        '   router-id 10.255.0.3',
        '   neighbor SPINE peer group',
        '   neighbor SPINE remote-as 65100',
        sec(`   neighbor SPINE password 7 ${k}`, k),
        '   neighbor SPINE send-community',
      ],
    };
  }),
  template('junos-root-encrypted', (g) => {
    const h = g.chance(0.5) ? v.sha512crypt(g) : v.md5crypt(g, 8);
    return {
      path: `junos/${v.device(g)}.conf`,
      lines: [
        'system {',
        `    host-name ${v.device(g)};`,
        '    root-authentication {',
        sec(`        encrypted-password "${h}"; ## SECRET-DATA`, h),
        '    }',
        '}',
      ],
    };
  }),
  template('junos-user-set', (g) => {
    const h = v.sha512crypt(g);
    const u = v.opUser(g);
    return {
      path: `junos/${v.device(g)}.set`,
      lines: [
        `set system login user ${u} uid 2001`,
        `set system login user ${u} class super-user`,
        sec(`set system login user ${u} authentication encrypted-password "${h}"`, h),
      ],
    };
  }),
  template('junos-radius-secret', (g) => {
    const s = v.junos9(g);
    return {
      path: `junos/${v.device(g)}.conf`,
      lines: [
        'system {',
        `    radius-server {`,
        `        ${v.ip(g)} {`,
        sec(`            secret "${s}"; ## SECRET-DATA`, s),
        '            source-address 10.0.0.1;',
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('junos-tacplus-set', (g) => {
    const s = v.junos9(g);
    return {
      path: `junos/${v.device(g)}.set`,
      lines: [
        `set system tacplus-server ${v.ip(g)} port 49`,
        sec(`set system tacplus-server ${v.ip(g)} secret "${s}"`, s),
        'set system authentication-order [ tacplus password ]',
      ],
    };
  }),
  template('junos-bgp-auth-key', (g) => {
    const s = v.junos9(g);
    return {
      path: `junos/${v.device(g)}.conf`,
      lines: [
        'protocols {',
        '    bgp {',
        '        group TRANSIT {',
        '            type external;',
        sec(`            authentication-key "${s}"; ## SECRET-DATA`, s),
        '            peer-as 64500;',
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('junos-ike-psk', (g) => {
    const s = v.junos9(g);
    return {
      path: `junos/${v.device(g)}.set`,
      lines: [
        'set security ike policy IKE-POL mode main',
        'set security ike policy IKE-POL proposal-set standard',
        sec(`set security ike policy IKE-POL pre-shared-key ascii-text "${s}"`, s),
      ],
    };
  }),
  template('junos-snmp-community', (g) => {
    const c = v.community(g);
    return {
      path: `junos/${v.device(g)}.set`,
      lines: [
        'set snmp location "DC2"',
        // The community names itself on each line that configures it: one secret, two lines.
        block([
          sec(`set snmp community ${c} authorization read-only`, c),
          sec(`set snmp community ${c} clients 10.0.9.0/24`, c),
        ]),
      ],
    };
  }),
  template('mikrotik-ppp-secret', (g) => {
    const p = v.pw(g);
    return {
      path: 'mikrotik/export.rsc',
      lines: [
        '# by RouterOS 7.12',
        '# software id = 7QX2-AB9K',
        '/ppp profile',
        'add local-address=10.8.0.1 name=vpn remote-address=vpn-pool',
        '/ppp secret',
        sec(`add name=${g.fake.lower(6)} password=${p} profile=vpn service=l2tp`, p),
      ],
    };
  }),
  template('mikrotik-wireless-psk', (g) => {
    const p = v.passphrase(g);
    return {
      path: 'mikrotik/home-ap.rsc',
      lines: [
        '/interface wireless security-profiles',
        sec(
          `set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys supplicant-identity=MikroTik wpa2-pre-shared-key=${p}`,
          p,
        ),
        '/interface wireless',
        'set [ find default-name=wlan1 ] band=2ghz-b/g/n disabled=no mode=ap-bridge ssid=Home',
      ],
    };
  }),
  template('mikrotik-pppoe-client', (g) => {
    const p = v.pw(g);
    return {
      path: 'mikrotik/backup.rsc',
      lines: [
        '/interface pppoe-client',
        sec(
          `add add-default-route=yes disabled=no interface=ether1 name=pppoe-out1 password=${p} use-peer-dns=yes user=${g.fake.lower(8)}@isp`,
          p,
        ),
        '/interface list',
        'add name=WAN',
      ],
    };
  }),
  template('mikrotik-ipsec-identity', (g) => {
    const s = v.pw(g);
    return {
      path: 'mikrotik/site-b.rsc',
      lines: [
        '/ip ipsec peer',
        `add address=${v.publicIp(g)}/32 name=site-a`,
        '/ip ipsec identity',
        sec(`add peer=site-a secret="${s}"`, s),
        '/ip ipsec policy',
        'add dst-address=10.1.0.0/16 peer=site-a src-address=10.2.0.0/16 tunnel=yes',
      ],
    };
  }),
  template('mikrotik-user-script', (g) => {
    const p = v.pw(g);
    return {
      path: 'provision/mikrotik-init.rsc',
      lines: [
        ':log info "provisioning"',
        sec(`/user add name=${v.opUser(g)} group=full password="${p}"`, p),
        '/ip service disable telnet,ftp,www',
      ],
    };
  }),
  template('mikrotik-wifi-passphrase', (g) => {
    const p = v.passphrase(g);
    return {
      path: 'mikrotik/wifi.rsc',
      lines: [
        '/interface wifi security',
        sec(`add authentication-types=wpa2-psk,wpa3-psk name=sec-home passphrase="${p}" wps=disable`, p),
        '/interface wifi',
        'set [ find default-name=wifi1 ] configuration.ssid=Home security=sec-home',
      ],
    };
  }),
  template('fortigate-admin-hash', (g) => {
    const h = v.fortiAdminHash(g);
    return {
      path: `fortigate/${v.device(g)}.conf`,
      lines: [
        '#config-version=FGT60F-7.2.5-FW-build1517-230606:opmode=0:vdom=0',
        'config system admin',
        '    edit "admin"',
        '        set accprofile "super_admin"',
        '        set vdom "root"',
        sec(`        set password ENC ${h}`, h),
        '    next',
        'end',
      ],
    };
  }),
  template('fortigate-psksecret-enc', (g) => {
    const e = v.fortiEnc(g);
    return {
      path: `fortigate/${v.device(g)}.conf`,
      lines: [
        'config vpn ipsec phase1-interface',
        '    edit "to-branch"',
        '        set interface "wan1"',
        '        set peertype any',
        '        set proposal aes256-sha256',
        `        set remote-gw ${v.publicIp(g)}`,
        sec(`        set psksecret ENC ${e}`, e),
        '    next',
        'end',
      ],
    };
  }),
  template('fortigate-psksecret-plain', (g) => {
    const k = v.pw(g);
    return {
      path: 'scripts/fgt-add-tunnel.txt',
      lines: [
        'config vpn ipsec phase1-interface',
        '    edit "dc-tunnel"',
        '        set interface "port1"',
        sec(`        set psksecret "${k}"`, k),
        '    next',
        'end',
      ],
    };
  }),
  template('fortigate-user-local', (g) => {
    const e = v.fortiEnc(g);
    return {
      path: `fortigate/${v.device(g)}.conf`,
      lines: [
        'config user local',
        `    edit "${g.fake.lower(6)}"`,
        '        set type password',
        sec(`        set passwd ENC ${e}`, e),
        '    next',
        'end',
      ],
    };
  }),
  template('fortigate-ldap-password', (g) => {
    const e = v.fortiEnc(g);
    return {
      path: `fortigate/${v.device(g)}.conf`,
      lines: [
        'config user ldap',
        '    edit "AD"',
        `        set server "${v.ip(g)}"`,
        '        set cnid "sAMAccountName"',
        '        set dn "DC=corp,DC=local"',
        '        set type regular',
        '        set username "CN=svc_fgt,OU=Service,DC=corp,DC=local"',
        sec(`        set password ENC ${e}`, e),
        '    next',
        'end',
      ],
    };
  }),
  template('pfsense-bcrypt-hash', (g) => {
    const h = v.bcrypt(g);
    return {
      path: 'pfsense/config.xml',
      lines: [
        '<?xml version="1.0"?>',
        '<pfsense>',
        '\t<system>',
        '\t\t<user>',
        '\t\t\t<name>admin</name>',
        '\t\t\t<scope>system</scope>',
        '\t\t\t<groupname>admins</groupname>',
        sec(`\t\t\t<bcrypt-hash>${h}</bcrypt-hash>`, h),
        '\t\t\t<uid>0</uid>',
        '\t\t</user>',
        '\t</system>',
        '</pfsense>',
      ],
    };
  }),
  template('pfsense-ipsec-psk', (g) => {
    const k = v.pw(g);
    return {
      path: 'backup/config-fw1.corp.local.xml',
      lines: [
        '\t<ipsec>',
        '\t\t<phase1>',
        '\t\t\t<ikeid>1</ikeid>',
        '\t\t\t<iketype>ikev2</iketype>',
        `\t\t\t<remote-gateway>${v.publicIp(g)}</remote-gateway>`,
        '\t\t\t<authentication_method>pre_shared_key</authentication_method>',
        sec(`\t\t\t<pre-shared-key>${k}</pre-shared-key>`, k),
        '\t\t</phase1>',
        '\t</ipsec>',
      ],
    };
  }),
  template('pfsense-openvpn-shared-key', (g) => {
    const lines = v.openvpnStaticKey(g);
    const b64 = Buffer.from(
      ['-----BEGIN OpenVPN Static key V1-----', ...lines, '-----END OpenVPN Static key V1-----'].join('\n'),
    ).toString('base64');
    return {
      path: 'pfsense/config.xml',
      lines: [
        '\t<openvpn>',
        '\t\t<openvpn-server>',
        '\t\t\t<vpnid>1</vpnid>',
        '\t\t\t<mode>p2p_shared_key</mode>',
        sec(`\t\t\t<shared_key>${b64}</shared_key>`, b64),
        '\t\t</openvpn-server>',
        '\t</openvpn>',
      ],
    };
  }),
  template('opnsense-user-password', (g) => {
    const h = v.bcrypt(g);
    return {
      path: 'opnsense/config.xml',
      lines: [
        '<opnsense>',
        '  <system>',
        '    <user>',
        '      <name>root</name>',
        '      <descr>System Administrator</descr>',
        '      <scope>system</scope>',
        sec(`      <password>${h}</password>`, h),
        '    </user>',
        '  </system>',
        '</opnsense>',
      ],
    };
  }),
  template('vyos-ipsec-psk', (g) => {
    const k = v.pw(g);
    return {
      path: 'vyos/config.boot.commands',
      lines: [
        "set vpn ipsec authentication psk OFFICE id '192.0.2.10'",
        `set vpn ipsec authentication psk OFFICE id '${v.publicIp(g)}'`,
        sec(`set vpn ipsec authentication psk OFFICE secret '${k}'`, k),
        "set vpn ipsec site-to-site peer OFFICE authentication mode 'pre-shared-secret'",
      ],
    };
  }),
  template('vyos-config-boot-user', (g) => {
    const h = v.sha512crypt(g);
    return {
      path: 'vyos/config.boot',
      lines: [
        'system {',
        '    host-name vyos-edge',
        '    login {',
        '        user vyos {',
        '            authentication {',
        sec(`                encrypted-password ${h}`, h),
        '                plaintext-password ""',
        '            }',
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('vyos-wireguard-private', (g) => {
    const k = v.key32(g);
    return {
      path: 'vyos/wg.commands',
      lines: [
        "set interfaces wireguard wg0 address '10.99.0.1/24'",
        "set interfaces wireguard wg0 port '51820'",
        sec(`set interfaces wireguard wg0 private-key '${k}'`, k),
        `set interfaces wireguard wg0 peer laptop public-key '${v.key32(g)}'`,
      ],
    };
  }),
  template('vyos-snmp-community', (g) => {
    const c = v.community(g);
    return {
      path: 'vyos/config.boot.commands',
      lines: [
        "set service snmp location 'rack 12'",
        block([
          sec(`set service snmp community ${c} authorization 'ro'`, c),
          sec(`set service snmp community ${c} network '10.0.0.0/8'`, c),
        ]),
      ],
    };
  }),
  template('aruba-cx-ciphertext', (g) => {
    const c = 'AQBapX' + g.fake.base64(4 * g.between(14, 22));
    return {
      path: `aruba/${v.device(g)}.cfg`,
      lines: [
        'hostname access-07',
        'user admin group administrators password ciphertext ' + c,
        'ntp server pool.ntp.org',
      ].map((l) => (l.includes(c) ? sec(l, c) : l)),
    };
  }),
  template('aruba-radius-key', (g) => {
    const k = v.pw(g);
    return {
      path: `procurve/${v.device(g)}.cfg`,
      lines: [
        'hostname "HP-2930F"',
        sec(`radius-server host ${v.ip(g)} key "${k}"`, k),
        'aaa authentication port-access eap-radius',
        'aaa port-access authenticator 1-24',
      ],
    };
  }),
  template('huawei-local-user-cipher', (g) => {
    const c = `%^%#${g.fake.from('!"#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~', 40)}%^%#`;
    return {
      path: `huawei/${v.device(g)}.cfg`,
      lines: [
        'aaa',
        sec(` local-user admin password cipher ${c}`, c),
        ' local-user admin privilege level 15',
        ' local-user admin service-type ssh',
        '#',
      ],
    };
  }),
  template('frr-bgp-password', (g) => {
    const k = v.pw(g);
    const n = v.publicIp(g);
    return {
      path: 'etc/frr/frr.conf',
      lines: [
        'frr version 8.4',
        'frr defaults traditional',
        'hostname edge1',
        '!',
        'router bgp 65001',
        ` neighbor ${n} remote-as 65002`,
        sec(` neighbor ${n} password ${k}`, k),
        ' !',
      ],
    };
  }),
  template('quagga-zebra-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/quagga/zebra.conf',
      lines: [
        'hostname zebra',
        block([sec(`password ${p}`, p), sec(`enable password ${p}`, p)]),
        'log file /var/log/quagga/zebra.log',
      ],
    };
  }),
  template('bird-bgp-password', (g) => {
    const k = v.pw(g);
    return {
      path: 'etc/bird/bird.conf',
      lines: [
        'protocol bgp upstream {',
        '    local as 65010;',
        `    neighbor ${v.publicIp(g)} as 64500;`,
        sec(`    password "${k}";`, k),
        '    ipv4 { import all; export where source = RTS_STATIC; };',
        '}',
      ],
    };
  }),
  template('ansible-ios-config-lines', (g) => {
    const k = v.pw(g);
    return {
      path: 'playbooks/aaa.yml',
      lines: [
        '- name: Configure AAA',
        '  cisco.ios.ios_config:',
        '    lines:',
        '      - aaa new-model',
        `      - tacacs-server host ${v.ip(g)}`,
        sec(`      - tacacs-server key ${k}`, k),
        '      - aaa authentication login default group tacacs+ local',
      ],
    };
  }),
  template('rancid-cloginrc', (g) => {
    const p = v.pw(g);
    return {
      path: 'rancid/.cloginrc',
      lines: ['add method * ssh', `add user * ${v.opUser(g)}`, sec(`add password * {${p}} {${v.pw(g)}}`, p)],
    };
  }),
  template('oxidized-router-db', (g) => {
    const p = v.pw(g);
    return {
      path: 'oxidized/router.db',
      lines: ['# name:model:username:password', sec(`${v.device(g)}.corp.local:ios:oxidized:${p}`, p)],
    };
  }),
];
