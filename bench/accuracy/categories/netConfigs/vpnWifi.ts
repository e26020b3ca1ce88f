import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * network-configs positives, VPN, Wi-Fi and network authentication: wpa_supplicant, hostapd,
 * netplan, NetworkManager keyfiles, systemd-networkd, strongSwan/Libreswan `ipsec.secrets` and
 * swanctl `secrets {}`, OpenVPN inline credentials and static keys, WireGuard, ppp chap/pap
 * secrets, FreeRADIUS, TACACS+ (tac_plus and the pam client files), net-snmp, NTP/chrony keys,
 * stunnel PSK files and Cisco VPN client profiles, as each tool's manual page writes them. Values
 * generated at run time.
 */
export const vpnWifiPositives: readonly Template[] = [
  template('wpa-supplicant-psk', (g) => {
    const p = v.passphrase(g);
    return {
      path: 'etc/wpa_supplicant/wpa_supplicant.conf',
      lines: [
        'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev',
        'update_config=1',
        'country=DE',
        '',
        'network={',
        `    ssid="${g.pick(['Office', 'Lab-5G', 'Warehouse'])}"`,
        sec(`    psk="${p}"`, p),
        '    key_mgmt=WPA-PSK',
        '}',
      ],
    };
  }),
  template('wpa-passphrase-output', (g) => {
    const p = v.passphrase(g);
    const h = v.wpaHex(g);
    return {
      path: 'boot/wpa_supplicant.conf',
      lines: ['network={', '\tssid="HomeNet"', block([sec(`\t#psk="${p}"`, p), sec(`\tpsk=${h}`, h)]), '}'],
    };
  }),
  template('wpa-supplicant-eap', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/wpa_supplicant/wpa_supplicant-wlan0.conf',
      lines: [
        'network={',
        '    ssid="CorpWiFi"',
        '    key_mgmt=WPA-EAP',
        '    eap=PEAP',
        `    identity="${g.fake.lower(5)}@corp.local"`,
        sec(`    password="${p}"`, p),
        '    phase2="auth=MSCHAPV2"',
        '}',
      ],
    };
  }),
  template('hostapd-passphrase', (g) => {
    const p = v.passphrase(g);
    return {
      path: 'etc/hostapd/hostapd.conf',
      lines: [
        'interface=wlan0',
        'driver=nl80211',
        `ssid=${g.pick(['PiAP', 'Guest', 'Lab'])}`,
        'hw_mode=g',
        'channel=6',
        'wpa=2',
        sec(`wpa_passphrase=${p}`, p),
        'wpa_key_mgmt=WPA-PSK',
        'rsn_pairwise=CCMP',
      ],
    };
  }),
  template('hostapd-radius-secret', (g) => {
    const s = v.pw(g);
    return {
      path: 'etc/hostapd/hostapd-eap.conf',
      lines: [
        'ieee8021x=1',
        `auth_server_addr=${v.ip(g)}`,
        'auth_server_port=1812',
        sec(`auth_server_shared_secret=${s}`, s),
        'wpa_key_mgmt=WPA-EAP',
      ],
    };
  }),
  template('hostapd-wpa-psk-file', (g) => {
    const p = v.passphrase(g);
    return {
      path: 'etc/hostapd/hostapd.wpa_psk',
      lines: ['# MAC address, passphrase or 64 hex digits', sec(`00:00:00:00:00:00 ${p}`, p)],
    };
  }),
  template('netplan-wifi', (g) => {
    const p = v.passphrase(g);
    return {
      path: 'etc/netplan/50-cloud-init.yaml',
      lines: [
        'network:',
        '  version: 2',
        '  wifis:',
        '    wlan0:',
        '      dhcp4: true',
        '      access-points:',
        `        "${g.pick(['Office', 'HomeNet', 'Lab'])}":`,
        sec(`          password: "${p}"`, p),
      ],
    };
  }),
  template('nm-keyfile-psk', (g) => {
    const p = v.passphrase(g);
    return {
      path: 'etc/NetworkManager/system-connections/Office.nmconnection',
      lines: [
        '[connection]',
        'id=Office',
        `uuid=${g.fake.uuid()}`,
        'type=wifi',
        '',
        '[wifi]',
        'mode=infrastructure',
        'ssid=Office',
        '',
        '[wifi-security]',
        'key-mgmt=wpa-psk',
        sec(`psk=${p}`, p),
        '',
        '[ipv4]',
        'method=auto',
      ],
    };
  }),
  template('nm-keyfile-vpn-secrets', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/NetworkManager/system-connections/corp-vpn.nmconnection',
      lines: [
        '[connection]',
        'id=corp-vpn',
        'type=vpn',
        '',
        '[vpn]',
        'service-type=org.freedesktop.NetworkManager.openconnect',
        'gateway=vpn.corp.local',
        'password-flags=0',
        '',
        '[vpn-secrets]',
        sec(`password=${p}`, p),
      ],
    };
  }),
  template('nm-keyfile-8021x', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/NetworkManager/system-connections/Wired-8021x.nmconnection',
      lines: ['[802-1x]', 'eap=peap;', `identity=${g.fake.lower(6)}`, sec(`password=${p}`, p), 'phase2-auth=mschapv2'],
    };
  }),
  template('ipsec-secrets-psk', (g) => {
    const k = g.chance(0.5) ? v.pw(g) : g.fake.base64(32);
    return {
      path: 'etc/ipsec.secrets',
      lines: [
        '# /etc/ipsec.secrets - strongSwan IPsec secrets file',
        sec(`${v.publicIp(g)} %any : PSK "${k}"`, k),
        '',
        ': RSA gatewayKey.pem',
      ],
    };
  }),
  template('ipsec-secrets-xauth', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/ipsec.secrets',
      lines: [': PSK "%prompt"', sec(`${g.fake.lower(5)} : ${g.pick(['XAUTH', 'EAP'])} "${p}"`, p)],
    };
  }),
  template('libreswan-psk-0s', (g) => {
    const k = '0s' + g.fake.base64(44);
    return {
      path: 'etc/ipsec.d/branch.secrets',
      lines: [sec(`@branch.corp.local @hq.corp.local : PSK ${k}`, k)],
    };
  }),
  template('swanctl-secrets', (g) => {
    const k = v.pw(g);
    return {
      path: 'etc/swanctl/conf.d/branch.conf',
      lines: [
        'secrets {',
        '    ike-branch {',
        `        id = ${v.publicIp(g)}`,
        sec(`        secret = ${g.chance(0.5) ? k : `"${k}"`}`, k),
        '    }',
        '}',
      ],
    };
  }),
  template('swanctl-eap-secret', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/swanctl/swanctl.conf',
      lines: [
        'secrets {',
        `    eap-${g.fake.lower(5)} {`,
        `        id = ${g.fake.lower(5)}@corp.local`,
        sec(`        secret = "${p}"`, p),
        '    }',
        '}',
      ],
    };
  }),
  template('openvpn-inline-auth-user-pass', (g) => {
    const p = v.pw(g);
    return {
      path: `vpn/${g.fake.lower(5)}.ovpn`,
      lines: [
        'client',
        'dev tun',
        'proto udp',
        'remote vpn.corp.local 1194',
        'auth-user-pass',
        '<auth-user-pass>',
        g.fake.lower(7),
        sec(p, p),
        '</auth-user-pass>',
      ],
    };
  }),
  template('openvpn-auth-file', (g) => {
    const p = v.pw(g);
    return {
      path: g.pick(['etc/openvpn/client/auth.txt', 'openvpn/credentials.txt', 'etc/openvpn/login.conf']),
      lines: [`${g.fake.lower(4)}.${g.fake.lower(6)}`, sec(p, p)],
    };
  }),
  template('openvpn-tls-auth-inline', (g) => {
    const hex = v.openvpnStaticKey(g);
    return {
      path: `clients/${g.fake.lower(6)}.ovpn`,
      lines: [
        'remote-cert-tls server',
        'key-direction 1',
        '<tls-auth>',
        '#',
        '# 2048 bit OpenVPN static key',
        '#',
        '-----BEGIN OpenVPN Static key V1-----',
        block(hex.map((l) => sec(l, l))),
        '-----END OpenVPN Static key V1-----',
        '</tls-auth>',
      ],
    };
  }),
  template('openvpn-ta-key-file', (g) => {
    const hex = v.openvpnStaticKey(g);
    return {
      path: g.pick(['etc/openvpn/server/ta.key', 'openvpn/tls-crypt.key']),
      lines: [
        '#',
        '# 2048 bit OpenVPN static key',
        '#',
        '-----BEGIN OpenVPN Static key V1-----',
        block(hex.map((l) => sec(l, l))),
        '-----END OpenVPN Static key V1-----',
      ],
    };
  }),
  template('wireguard-private-key', (g) => {
    const k = v.key32(g);
    return {
      path: 'etc/wireguard/wg0.conf',
      lines: [
        '[Interface]',
        'Address = 10.66.0.1/24',
        'ListenPort = 51820',
        sec(`PrivateKey = ${k}`, k),
        '',
        '[Peer]',
        `PublicKey = ${v.key32(g)}`,
        'AllowedIPs = 10.66.0.2/32',
      ],
    };
  }),
  template('wireguard-client-psk', (g) => {
    const k = v.key32(g);
    const pk = v.key32(g);
    return {
      path: `wireguard/${g.fake.lower(5)}.conf`,
      lines: [
        '[Interface]',
        sec(`PrivateKey = ${pk}`, pk),
        'Address = 10.66.0.7/32',
        'DNS = 10.66.0.1',
        '',
        '[Peer]',
        `PublicKey = ${v.key32(g)}`,
        sec(`PresharedKey = ${k}`, k),
        `Endpoint = ${v.publicIp(g)}:51820`,
        'AllowedIPs = 0.0.0.0/0',
      ],
    };
  }),
  template('networkd-wireguard-netdev', (g) => {
    const k = v.key32(g);
    return {
      path: 'etc/systemd/network/99-wg0.netdev',
      lines: [
        '[NetDev]',
        'Name=wg0',
        'Kind=wireguard',
        '',
        '[WireGuard]',
        sec(`PrivateKey=${k}`, k),
        'ListenPort=51820',
        '',
        '[WireGuardPeer]',
        `PublicKey=${v.key32(g)}`,
        'AllowedIPs=10.0.0.2/32',
      ],
    };
  }),
  template('ppp-chap-secrets', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/ppp/chap-secrets',
      lines: [
        '# Secrets for authentication using CHAP',
        '# client\tserver\tsecret\t\t\tIP addresses',
        sec(`"${g.fake.lower(6)}"\tl2tpd\t"${p}"\t*`, p),
      ],
    };
  }),
  template('ppp-pap-secrets', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/ppp/pap-secrets',
      lines: [
        '# Every regular user can use PPP and has to use passwords from /etc/passwd',
        '*\thostname\t""\t*',
        '',
        sec(`${g.fake.lower(8)}@isp.net * ${p}`, p),
      ],
    };
  }),
  template('ppp-peers-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/ppp/peers/dsl-provider',
      lines: [
        'noipdefault',
        'defaultroute',
        'replacedefaultroute',
        'hide-password',
        `user "${g.fake.lower(8)}@isp.net"`,
        sec(`password "${p}"`, p),
        'plugin rp-pppoe.so eth0',
      ],
    };
  }),
  template('freeradius-client-secret', (g) => {
    const s = v.pw(g);
    return {
      path: 'etc/freeradius/3.0/clients.conf',
      lines: [
        `client ${g.pick(['ap-floor2', 'wlc01', 'switches'])} {`,
        `\tipaddr = ${v.ip(g)}`,
        sec(`\tsecret = ${s}`, s),
        '\tshortname = wlc',
        '\tnas_type = cisco',
        '}',
      ],
    };
  }),
  template('freeradius-users-cleartext', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/freeradius/3.0/mods-config/files/authorize',
      lines: [
        '# users file',
        sec(`${g.fake.lower(6)}\tCleartext-Password := "${p}"`, p),
        '\tReply-Message := "Hello, %{User-Name}"',
      ],
    };
  }),
  template('freeradius-sql-module', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/freeradius/3.0/mods-available/sql',
      lines: [
        'sql {',
        '\tdialect = "mysql"',
        '\tdriver = "rlm_sql_${dialect}"',
        '\tserver = "localhost"',
        '\tport = 3306',
        '\tlogin = "radius"',
        sec(`\tpassword = "${p}"`, p),
        '\tradius_db = "radius"',
        '}',
      ],
    };
  }),
  template('tac-plus-key', (g) => {
    const k = v.pw(g);
    return {
      path: 'etc/tacacs+/tac_plus.conf',
      lines: [
        'accounting file = /var/log/tac_plus.acct',
        sec(`key = "${k}"`, k),
        '',
        'group = netadmin {',
        '    default service = permit',
        '}',
      ],
    };
  }),
  template('tac-plus-user-cleartext', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/tacacs+/tac_plus.conf',
      lines: [`user = ${g.fake.lower(6)} {`, '    member = netadmin', sec(`    login = cleartext "${p}"`, p), '}'],
    };
  }),
  template('tac-plus-user-des', (g) => {
    const h = g.chance(0.5)
      ? v.md5crypt(g, 8)
      : g.fake.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 13);
    return {
      path: 'etc/tac_plus.cfg',
      lines: [
        `user = ${g.fake.lower(6)} {`,
        sec(`    login = ${h.startsWith('$1$') ? 'crypt' : 'des'} ${h}`, h),
        '    service = exec { priv-lvl = 15 }',
        '}',
      ],
    };
  }),
  template('pam-tacplus-conf', (g) => {
    const k = v.pw(g);
    return {
      path: 'etc/tacplus.conf',
      lines: ['# host[:port]  secret  timeout', sec(`${v.ip(g)}:49 "${k}" 5`, k)],
    };
  }),
  template('pam-radius-conf', (g) => {
    const k = v.pw(g);
    return {
      path: 'etc/pam_radius_auth.conf',
      lines: ['#  server[:port]\tshared_secret      timeout (s)', sec(`${v.ip(g)}:1812\t${k}\t3`, k)],
    };
  }),
  template('netsnmp-community', (g) => {
    const c = v.community(g);
    return {
      path: 'etc/snmp/snmpd.conf',
      lines: [
        'agentAddress udp:161',
        `sysLocation    ${g.pick(['Server room', 'DC1'])}`,
        sec(`rocommunity ${c} 10.0.0.0/8`, c),
        'includeDir /etc/snmp/snmpd.conf.d',
      ],
    };
  }),
  template('netsnmp-create-user', (g) => {
    const a = v.pw(g);
    return {
      path: 'var/lib/snmp/snmpd.conf',
      lines: [sec(`createUser ${g.fake.lower(6)} SHA "${a}" AES "${v.pw(g)}"`, a), 'rouser monitor priv'],
    };
  }),
  template('snmptrapd-community', (g) => {
    const c = v.community(g);
    return {
      path: 'etc/snmp/snmptrapd.conf',
      lines: [sec(`authCommunity log,execute,net ${c}`, c), 'traphandle default /usr/bin/traptoemail'],
    };
  }),
  template('telegraf-snmp-community', (g) => {
    const c = v.community(g);
    return {
      path: 'etc/telegraf/telegraf.d/snmp.conf',
      lines: [
        '[[inputs.snmp]]',
        `  agents = ["udp://${v.ip(g)}:161"]`,
        '  version = 2',
        sec(`  community = "${c}"`, c),
      ],
    };
  }),
  template('ntp-keys', (g) => {
    const k = g.fake.alnum(16);
    return {
      path: 'etc/ntp.keys',
      lines: ['# ntpd symmetric keys', sec(`1 M ${k}`, k)],
    };
  }),
  template('chrony-keys', (g) => {
    const k = g.fake.upperHex(40);
    return {
      path: 'etc/chrony/chrony.keys',
      lines: [sec(`${g.between(1, 20)} SHA1 HEX:${k}`, k)],
    };
  }),
  template('stunnel-psk', (g) => {
    const k = g.fake.alnum(32);
    return {
      path: 'etc/stunnel/psk.txt',
      lines: [sec(`${g.fake.lower(6)}:${k}`, k)],
    };
  }),
  template('cisco-vpn-pcf', (g) => {
    const e = g.fake.upperHex(2 * g.between(60, 80));
    return {
      path: 'vpn/corp.pcf',
      lines: [
        '[main]',
        'Description=Corp VPN',
        'Host=vpn.corp.local',
        'AuthType=1',
        'GroupName=employees',
        'GroupPwd=',
        sec(`enc_GroupPwd=${e}`, e),
        'EnableISPConnect=0',
      ],
    };
  }),
  template('cifs-credentials', (g) => {
    const p = v.pw(g);
    return {
      path: g.pick(['etc/samba/creds-nas', 'root/.smbcredentials']),
      lines: [`username=${g.fake.lower(6)}`, sec(`password=${p}`, p), 'domain=CORP'],
    };
  }),
  template('fstab-cifs', (g) => {
    const p = v.pw(g);
    return {
      path: 'etc/fstab',
      lines: [
        'UUID=3f1c0b1e-5d0a-4c1e-9a5b-2b1c6f7e8d90 /     ext4    errors=remount-ro 0 1',
        sec(`//nas01/backup /mnt/backup cifs username=${g.fake.lower(6)},password=${p},uid=1000 0 0`, p),
      ],
    };
  }),
];
