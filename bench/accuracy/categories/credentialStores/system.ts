import { type CategoryTemplates, sec, template } from '../../draft';

/**
 * Credentials in server and system files: password databases, servers' ini files, Wi-Fi, VPN,
 * mounts, cloud-init.
 * Formats from each tool's own documentation; values are generated at run time (no token-shaped
 * literal is committed).
 */
export const system: CategoryTemplates = {
  positives: [
    template('shadow-file', (g) => {
      const hash = `$6$${g.fake.alnum(16)}$${g.fake.alnum(86)}`;
      return {
        path: 'etc/shadow',
        lines: [
          'root:*:19750:0:99999:7:::',
          'daemon:*:19750:0:99999:7:::',
          sec(`${g.user()}:${hash}:19800:0:99999:7:::`, hash),
        ],
      };
    }),
    template('proftpd-passwd', (g) => {
      const hash = `$1$${g.fake.alnum(8)}$${g.fake.alnum(22)}`;
      return {
        path: 'etc/proftpd/ftpd.passwd',
        lines: [sec(`${g.user()}:${hash}:2001:2001::/srv/ftp/${g.user()}:/bin/false`, hash)],
      };
    }),
    template('pureftpd-passwd', (g) => {
      const hash = `$2y$10$${g.fake.alnum(53)}`;
      return {
        path: 'etc/pure-ftpd/pureftpd.passwd',
        lines: [sec(`${g.user()}:${hash}:1001:1001::/home/ftp/./::::::::::::`, hash)],
      };
    }),
    template('htpasswd-des', (g) => {
      // crypt(3) DES: 2 salt and 11 hash characters; the last carries 4 bits, so it is one of 16.
      const hash =
        g.fake.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 12) +
        g.fake.from('.26AEIMQUYcgkosw', 1);
      return { path: 'public/.htpasswd', lines: [sec(`${g.user()}:${hash}`, hash)] };
    }),
    template('htpasswd-apr1', (g) => {
      const hash = `$apr1$${g.fake.alnum(8)}$${g.fake.alnum(22)}`;
      return { path: 'admin/.htpasswd', lines: [sec(`${g.user()}:${hash}`, hash)] };
    }),
    template('tomcat-users', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'conf/tomcat-users.xml',
        lines: [
          '<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">',
          '  <role rolename="manager-gui"/>',
          sec(`  <user username="${g.user()}" password="${pw}" roles="manager-gui,admin-gui"/>`, pw),
          '</tomcat-users>',
        ],
      };
    }),
    template('ventrilo-ini', (g) => {
      const admin = g.plainPassword();
      const pw = g.plainPassword();
      return {
        path: 'ventrilo/ventrilo_srv.ini',
        lines: [
          '[Server]',
          'Name=Guild voice',
          'Phonetic=Guild voice',
          sec(`Password=${pw}`, pw),
          sec(`AdminPassword=${admin}`, admin),
          'MaxClients=16',
          'Port=3784',
        ],
      };
    }),
    template('teamspeak-ini', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'teamspeak/ts3server.ini',
        lines: [
          'machine_id=',
          'default_voice_port=9987',
          'voice_ip=0.0.0.0',
          'query_port=10011',
          sec(`serveradmin_password=${pw}`, pw),
          'dbplugin=ts3db_sqlite3',
        ],
      };
    }),
    template('rclone-conf', (g) => {
      const pass = g.fake.base64url(g.between(30, 50));
      return {
        path: '.config/rclone/rclone.conf',
        lines: [
          '[backup]',
          'type = sftp',
          `host = ${g.host()}`,
          `user = ${g.user()}`,
          sec(`pass = ${pass}`, pass),
          'shell_type = unix',
        ],
      };
    }),
    template('rclone-s3', (g) => {
      const secret = g.fake.base64(40);
      // The id half of the S3-style pair is labelled, as the corpus labels AWS access key ids.
      const id = g.fake.upperAlnum(20);
      return {
        path: 'rclone.conf',
        lines: [
          '[wasabi]',
          'type = s3',
          'provider = Wasabi',
          sec(`access_key_id = ${id}`, id),
          sec(`secret_access_key = ${secret}`, secret),
          'endpoint = s3.eu-central-1.wasabisys.com',
        ],
      };
    }),
    template('ovpn-inline-auth', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'vpn/office.ovpn',
        lines: [
          'client',
          'dev tun',
          'proto udp',
          `remote ${g.host()} 1194`,
          '<auth-user-pass>',
          g.user(),
          sec(pw, pw),
          '</auth-user-pass>',
          'cipher AES-256-GCM',
        ],
      };
    }),
    template('wpa-supplicant', (g) => {
      const psk = g.plainPassword();
      return {
        path: 'boot/wpa_supplicant.conf',
        lines: [
          'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev',
          'update_config=1',
          'country=GB',
          '',
          'network={',
          '    ssid="OfficeWiFi"',
          sec(`    psk="${psk}"`, psk),
          '    key_mgmt=WPA-PSK',
          '}',
        ],
      };
    }),
    template('wpa-supplicant-eap', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'etc/wpa_supplicant/wpa_supplicant.conf',
        lines: [
          'network={',
          '    ssid="eduroam"',
          '    key_mgmt=WPA-EAP',
          '    eap=PEAP',
          `    identity="${g.user()}@uni.internal"`,
          sec(`    password="${pw}"`, pw),
          '    phase2="auth=MSCHAPV2"',
          '}',
        ],
      };
    }),
    template('nmconnection-psk', (g) => {
      const psk = g.plainPassword();
      return {
        path: 'etc/NetworkManager/system-connections/Office.nmconnection',
        lines: [
          '[connection]',
          'id=Office',
          'type=wifi',
          '',
          '[wifi]',
          'ssid=Office',
          '',
          '[wifi-security]',
          'key-mgmt=wpa-psk',
          sec(`psk=${psk}`, psk),
        ],
      };
    }),
    template('cloud-init-chpasswd-list', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'cloud-init/user-data.yaml',
        lines: [
          '#cloud-config',
          'ssh_pwauth: true',
          'chpasswd:',
          '  expire: false',
          '  list: |',
          sec(`    ${g.user()}:${pw}`, pw),
        ],
      };
    }),
    template('cloud-init-users-password', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'user-data',
        lines: [
          '#cloud-config',
          'users:',
          `  - name: ${g.user()}`,
          '    sudo: ALL=(ALL) NOPASSWD:ALL',
          '    lock_passwd: false',
          sec(`    plain_text_passwd: ${pw}`, pw),
        ],
      };
    }),
    template('smbpasswd', (g) => {
      const nt = g.fake.upperHex(32);
      return {
        path: 'etc/samba/smbpasswd',
        lines: [sec(`${g.user()}:1001:${'X'.repeat(32)}:${nt}:[U          ]:LCT-${g.fake.upperHex(8)}:`, nt)],
      };
    }),
    template('mosquitto-passwd', (g) => {
      const hash = `$7$101$${g.fake.base64(16)}$${g.fake.base64(86)}==`;
      return { path: 'mosquitto/config/passwd', lines: [sec(`${g.user()}:${hash}`, hash)] };
    }),
    template('wordpress-users-dump', (g) => {
      const hash = `$P$B${g.fake.alnum(30)}`;
      return {
        path: 'backup/wordpress.sql',
        lines: [
          'LOCK TABLES `wp_users` WRITE;',
          sec(
            `INSERT INTO \`wp_users\` VALUES (1,'admin','${hash}','admin','admin@acme.internal','','2021-03-04 10:00:00','',0,'admin');`,
            hash,
          ),
          'UNLOCK TABLES;',
        ],
      };
    }),
    template('fstab-cifs', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'etc/fstab',
        lines: [
          'UUID=3f1c9a52-0d7e-4b8a-9e61-2c4d5b6a7f80 /     ext4 defaults 0 1',
          sec(`//${g.host()}/share /mnt/share cifs username=${g.user()},password=${pw},uid=1000,gid=1000 0 0`, pw),
        ],
      };
    }),
  ],
  negatives: [
    template('shadow-locked', () => ({
      path: 'etc/shadow',
      lines: ['root:!:19750:0:99999:7:::', 'daemon:*:19750:0:99999:7:::', 'sshd:!*:19750::::::'],
    })),
    template('tomcat-users-commented-sample', () => ({
      path: 'conf/tomcat-users.xml',
      lines: [
        '<tomcat-users>',
        '<!--',
        '  <user username="admin" password="<must-be-changed>" roles="manager-gui"/>',
        '  <user username="robot" password="<must-be-changed>" roles="manager-script"/>',
        '-->',
        '</tomcat-users>',
      ],
    })),
    template('cloud-init-hashed-lock', () => ({
      path: 'user-data',
      lines: [
        '#cloud-config',
        'users:',
        '  - name: ops',
        '    lock_passwd: true',
        '    ssh_authorized_keys:',
        '      - ssh-ed25519 AAAA ops',
      ],
    })),
    template('wpa-supplicant-open', () => ({
      path: 'wpa_supplicant.conf',
      lines: ['network={', '    ssid="Guest"', '    key_mgmt=NONE', '}'],
    })),
    template('fstab-credentials-file', (g) => ({
      path: 'etc/fstab',
      lines: [
        'UUID=3f1c9a52-0d7e-4b8a-9e61-2c4d5b6a7f80 / ext4 defaults 0 1',
        `//${g.host()}/share /mnt/share cifs credentials=/root/.smbcredentials,uid=1000 0 0`,
      ],
    })),
  ],
};
