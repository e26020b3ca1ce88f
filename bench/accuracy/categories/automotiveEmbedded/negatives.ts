import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * automotive-embedded hard negatives from the same repositories: poky's shipped local.conf sample,
 * recipes' SRCREVs and source checksums, LIC_FILES_CHKSUM md5s, sstate signatures, Buildroot
 * `.hash` files and empty root passwords, extrausers lines reading a variable, U-Boot environments
 * without secrets, FIT image sources (hash and signature nodes, key-name hints), HAB CSF files and
 * SRK fuse values, dm-verity root hashes, public keys and certificates for update verification,
 * mender.conf without a token, swupdate.cfg and hawkBit configs reading the environment, balena
 * and Torizon references, Greengrass config.yaml (paths), Jenkins `credentials()` and GitLab CI
 * variables, systemd EnvironmentFile=, wpa_supplicant templates; VINs, ECU serials, CAN DBC files,
 * UDS traces (a seed is a one-time challenge), OCPP message logs with idTags, OCPI party ids,
 * Vector license-server settings, Android platform certificates and signing configs reading
 * properties. Generated at run time.
 */
export const autoNegatives: readonly Template[] = [
  template('poky-local-conf-sample', (g) => ({
    path: 'build/conf/local.conf',
    lines: [
      `MACHINE ??= "${v.machine(g)}"`,
      'DISTRO ?= "poky"',
      'PACKAGE_CLASSES ?= "package_rpm"',
      'EXTRA_IMAGE_FEATURES ?= "debug-tweaks"',
      'USER_CLASSES ?= "buildstats"',
      'PATCHRESOLVE = "noop"',
      'BB_DISKMON_DIRS ??= "\\',
      '    STOPTASKS,${TMPDIR},1G,100K \\',
      '    HALT,${TMPDIR},100M,1K"',
      '#SSTATE_MIRRORS ?= "file://.* https://someserver.tld/share/sstate/PATH;downloadfilename=PATH"',
      'CONF_VERSION = "2"',
    ],
  })),
  template('recipe-srcrev-checksums', (g) => ({
    path: `meta-acme/recipes-apps/${g.pick(['can-utils-ext', 'vsomeip-app', 'dlt-viewer'])}/${g.pick(['app', 'lib'])}_1.2.bb`,
    lines: [
      'LICENSE = "MPL-2.0"',
      `LIC_FILES_CHKSUM = "file://LICENSE;md5=${g.fake.hex(32)}"`,
      'SRC_URI = "git://github.com/COVESA/vsomeip.git;protocol=https;branch=master \\',
      '           file://0001-fix-build.patch"',
      `SRCREV = "${v.srcrev(g)}"`,
      `SRC_URI[sha256sum] = "${v.sha256(g)}"`,
      'S = "${WORKDIR}/git"',
      'inherit cmake',
    ],
  })),
  template('yocto-extrausers-variable', () => ({
    path: 'meta-acme/recipes-core/images/acme-image.bb',
    lines: [
      'inherit core-image extrausers',
      '# ROOT_PASSWORD_HASH comes from the CI secret store via auto.conf',
      'EXTRA_USERS_PARAMS = "usermod -p \'${ROOT_PASSWORD_HASH}\' root;"',
      'IMAGE_FEATURES:remove = "debug-tweaks"',
    ],
  })),
  template('yocto-extrausers-locked', () => ({
    path: 'meta-acme/recipes-core/images/acme-image-prod.bb',
    lines: [
      'inherit extrausers',
      'EXTRA_USERS_PARAMS = "usermod -L root; usermod -p \'*\' diag;"',
      'IMAGE_INSTALL:append = " packagegroup-acme-base"',
    ],
  })),
  template('yocto-mirrors-no-creds', (g) => ({
    path: 'conf/site.conf',
    lines: [
      'SCONF_VERSION = "1"',
      `DL_DIR ?= "/srv/yocto/downloads"`,
      `SSTATE_MIRRORS ?= "file://.* https://${v.corpHost(g)}/sstate/PATH;downloadfilename=PATH"`,
      `PREMIRRORS:prepend = "git://.*/.* https://${v.corpHost(g)}/downloads/ https?://.*/.* https://${v.corpHost(g)}/downloads/"`,
      'BB_FETCH_PREMIRRORONLY = "0"',
      'BB_HASHSERVE_UPSTREAM = "wss://hashserv.yoctoproject.org/ws"',
    ],
  })),
  template('sstate-siginfo-dump', (g) => ({
    path: 'logs/bitbake-dumpsig.txt',
    lines: [
      'basehash_ignore_vars: {BB_TASKHASH, BBPATH, DATE, DL_DIR, FILE, SSTATE_DIR, TMPDIR}',
      "Task dependencies: ['HOSTTOOLS', 'PV', 'SRCREV']",
      `This task depends on the checksums of files: [('0001-fix-build.patch', '${v.sha256(g)}')]`,
      `Hash for dependent task linux-yocto/linux-yocto_6.6.bb:do_compile is ${v.sha256(g)}`,
      `Computed base hash is ${v.sha256(g)} and from file ${v.sha256(g)}`,
      `Computed task hash is ${v.sha256(g)}`,
    ],
  })),
  template('buildroot-hash-file', (g) => ({
    path: `package/${g.pick(['can-utils', 'swupdate', 'rauc', 'mosquitto'])}/${g.pick(['can-utils', 'swupdate', 'rauc', 'mosquitto'])}.hash`,
    lines: ['# Locally calculated', `sha256  ${v.sha256(g)}  v2023.12.tar.gz`, `sha256  ${v.sha256(g)}  LICENSE`],
  })),
  template('buildroot-defconfig-empty-root', (g) => ({
    path: 'configs/acme_dev_defconfig',
    lines: [
      'BR2_arm=y',
      'BR2_TARGET_GENERIC_ROOT_PASSWD=""',
      'BR2_TARGET_ENABLE_ROOT_LOGIN=y',
      `BR2_TARGET_GENERIC_HOSTNAME="${g.pick(['tcu', 'gw', 'ivi'])}"`,
      'BR2_PRIMARY_SITE="https://downloads.infotainment.local/buildroot-dl"',
      'BR2_ROOTFS_POST_BUILD_SCRIPT="board/acme/post-build.sh"',
      'BR2_PACKAGE_HOST_UBOOT_TOOLS_FIT_SIGNATURE_SUPPORT=y',
    ],
  })),
  template('buildroot-users-table-locked', () => ({
    path: 'board/acme/gw/users.txt',
    lines: [
      'diag -1 diag -1 ! /home/diag /bin/sh dialout Diagnostics user (key login only)',
      'telemetry -1 telemetry -1 * /var/lib/telemetry - - Telemetry daemon',
    ],
  })),
  template('uboot-env-plain', (g) => ({
    path: 'board/acme/uboot-env.txt',
    lines: [
      'bootdelay=0',
      'baudrate=115200',
      `ethaddr=${g.fake.hex(12).match(/../g)!.join(':')}`,
      `serial#=${v.serial(g)}`,
      'bootcmd=run distro_bootcmd',
      'fdtfile=freescale/imx8mp-evk.dtb',
      'mender_boot_part=2',
      'upgrade_available=0',
      'bootcount=0',
    ],
  })),
  template('fit-image-its', (g) => ({
    path: 'board/acme/fitImage.its',
    lines: [
      '/dts-v1/;',
      '/ {',
      '    description = "Kernel fitImage for Acme TCU";',
      '    images {',
      '        kernel-1 {',
      '            data = /incbin/("Image.gz");',
      '            hash-1 { algo = "sha256"; };',
      '        };',
      '    };',
      '    configurations {',
      '        conf-1 {',
      '            kernel = "kernel-1";',
      '            signature-1 {',
      '                algo = "sha256,rsa2048";',
      `                key-name-hint = "${g.pick(['dev', 'prod', 'acme-fit'])}";`,
      '                sign-images = "kernel", "fdt";',
      '            };',
      '        };',
      '    };',
      '};',
    ],
  })),
  template('yocto-fit-signing-vars', () => ({
    path: 'conf/local.conf',
    lines: [
      'UBOOT_SIGN_ENABLE = "1"',
      'UBOOT_SIGN_KEYDIR = "${TOPDIR}/../keys/fit"',
      'UBOOT_SIGN_KEYNAME = "dev"',
      'UBOOT_MKIMAGE_DTCOPTS = "-I dts -O dtb -p 2000"',
      'FIT_GENERATE_KEYS = "1"',
      'FIT_SIGN_ALG = "rsa2048"',
    ],
  })),
  template('hab-csf-file', () => ({
    path: 'secure-boot/csf_uboot.txt',
    lines: [
      '[Header]',
      '    Version = 4.5',
      '    Hash Algorithm = sha256',
      '    Engine = CAAM',
      '[Install SRK]',
      '    File = "../crts/SRK_1_2_3_4_table.bin"',
      '    Source index = 0',
      '[Install CSFK]',
      '    File = "../crts/CSF1_1_sha256_4096_65537_v3_usr_crt.pem"',
      '[Authenticate CSF]',
      '[Install Key]',
      '    Verification index = 0',
      '    Target Index = 2',
      '    File = "../crts/IMG1_1_sha256_4096_65537_v3_usr_crt.pem"',
    ],
  })),
  template('srk-fuse-values', (g) => ({
    path: 'secure-boot/fuse-srk.txt',
    lines: [
      '# SRK hash (public): burn on the EVK only',
      ...Array.from({ length: 8 }, (_, i) => `fuse prog -y ${Math.floor(i / 4) + 6} ${i % 4} 0x${g.fake.hex(8)}`),
    ],
  })),
  template('dm-verity-roothash', (g) => ({
    path: 'deploy/images/acme-image.verity-params',
    lines: [
      'VERITY_DATA_BLOCKS=262144',
      'VERITY_DATA_BLOCK_SIZE=4096',
      'VERITY_HASH_ALGORITHM=sha256',
      `VERITY_SALT=${v.sha256(g)}`,
      `VERITY_ROOT_HASH=${v.sha256(g)}`,
    ],
  })),
  template('public-key-and-cert', (g) => {
    const pub = g.fake.pem('PUBLIC KEY', 6).split('\n');
    return {
      path: g.pick(['meta-acme/recipes-support/swupdate/files/public.pem', 'keys/mender-artifact-verify.pub.pem']),
      lines: pub,
    };
  }),
  template('rauc-system-conf', () => ({
    path: '/etc/rauc/system.conf',
    lines: [
      '[system]',
      'compatible=acme-tcu',
      'bootloader=uboot',
      '',
      '[keyring]',
      'path=/etc/rauc/ca.cert.pem',
      '',
      '[slot.rootfs.0]',
      'device=/dev/mmcblk2p2',
      'type=ext4',
      'bootname=A',
    ],
  })),
  template('mender-conf-no-token', () => ({
    path: '/etc/mender/mender.conf',
    lines: [
      '{',
      '  "ServerURL": "https://mender.fleet-systems.io",',
      '  "ServerCertificate": "/etc/mender/server.crt",',
      '  "TenantToken": "",',
      '  "UpdatePollIntervalSeconds": 1800',
      '}',
    ],
  })),
  template('meta-mender-token-placeholder', () => ({
    path: 'kas/mender.yml',
    lines: [
      'local_conf_header:',
      '  mender: |',
      '    INHERIT += "mender-full"',
      '    MENDER_SERVER_URL = "https://hosted.mender.io"',
      '    # paste the token from Settings > Organization and billing, never commit it',
      "    MENDER_TENANT_TOKEN = \"${@os.environ.get('MENDER_TENANT_TOKEN', '')}\"",
    ],
  })),
  template('swupdate-cfg-no-token', (g) => ({
    path: '/etc/swupdate.cfg',
    lines: [
      'suricatta : {',
      '  url = "https://hawkbit.fleet-systems.io";',
      '  tenant = "default";',
      `  id = "${v.serial(g)}";`,
      '  polldelay = 300;',
      '  cafile = "/etc/ssl/certs/hawkbit-ca.pem";',
      '};',
    ],
  })),
  template('hawkbit-token-from-env', () => ({
    path: 'ota/hawkbit_client.py',
    lines: [
      'import os',
      'GATEWAY_TOKEN = os.environ["HAWKBIT_GATEWAY_TOKEN"]',
      'HEADERS = {"Authorization": f"GatewayToken {GATEWAY_TOKEN}"}',
    ],
  })),
  template('balena-yml-and-env-ref', () => ({
    path: '.github/workflows/balena-push.yml',
    lines: [
      'jobs:',
      '  deploy:',
      '    steps:',
      '      - uses: balena-io/deploy-to-balena-action@master',
      '        with:',
      '          balena_token: ${{ secrets.BALENA_API_TOKEN }}',
      '          fleet: acme/fleet-telemetry',
    ],
  })),
  template('greengrass-config-yaml', (g) => ({
    path: '/greengrass/v2/config/config.yaml',
    lines: [
      'system:',
      '  certificateFilePath: "/greengrass/v2/device.pem.crt"',
      '  privateKeyPath: "/greengrass/v2/private.pem.key"',
      '  rootCaPath: "/greengrass/v2/AmazonRootCA1.pem"',
      '  rootpath: "/greengrass/v2"',
      `  thingName: "${v.serial(g)}"`,
      'services:',
      '  aws.greengrass.Nucleus:',
      '    configuration:',
      '      awsRegion: "eu-central-1"',
      '      iotRoleAlias: "GreengrassV2TokenExchangeRoleAlias"',
    ],
  })),
  template('jenkinsfile-credentials-ref', () => ({
    path: 'Jenkinsfile',
    lines: [
      'pipeline {',
      '  environment {',
      "    ARTIFACTORY = credentials('artifactory-yocto')",
      '  }',
      '  stages {',
      "    stage('Publish') {",
      "      steps { sh 'jf rt upload --user $ARTIFACTORY_USR --password $ARTIFACTORY_PSW images/*.wic.gz yocto/' }",
      '    }',
      '  }',
      '}',
    ],
  })),
  template('gitlab-ci-job-token', () => ({
    path: '.gitlab-ci.yml',
    lines: [
      'build:',
      '  image: crops/poky:ubuntu-22.04',
      '  script:',
      '    - git config --global url."https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.tier1-supplier.com/".insteadOf "https://gitlab.tier1-supplier.com/"',
      '    - kas build kas/acme.yml',
    ],
  })),
  template('systemd-environment-file', () => ({
    path: '/etc/systemd/system/fleet-agent.service',
    lines: [
      '[Service]',
      'EnvironmentFile=/etc/default/fleet-agent',
      'Environment=RUST_LOG=info',
      'Environment=MQTT_PASSWORD_FILE=/run/credentials/fleet-agent.service/mqtt',
      'LoadCredentialEncrypted=mqtt:/etc/credstore.encrypted/mqtt',
      'ExecStart=/usr/bin/fleet-agent',
    ],
  })),
  template('wpa-supplicant-template', () => ({
    path: 'meta-acme/recipes-connectivity/wpa-supplicant/files/wpa_supplicant.conf.in',
    lines: [
      'ctrl_interface=/var/run/wpa_supplicant',
      'network={',
      '    ssid="@WIFI_SSID@"',
      '    psk="@WIFI_PSK@"',
      '    key_mgmt=WPA-PSK',
      '}',
    ],
  })),
  template('vin-and-ecu-inventory', (g) => ({
    path: 'fleet/vehicles.csv',
    lines: [
      'vin,model,tcu_serial,hu_serial,sw_version',
      ...Array.from(
        { length: 5 },
        () =>
          `${v.vin(g)},${g.pick(['EQ-5', 'Model K', 'Van L2'])},${v.serial(g)},${v.serial(g)},${g.between(1, 9)}.${g.between(0, 30)}.${g.between(0, 9)}`,
      ),
    ],
  })),
  template('can-dbc-file', (g) => ({
    path: 'dbc/powertrain.dbc',
    lines: [
      'VERSION ""',
      'BU_: ECM TCM BMS',
      `BO_ ${g.between(256, 2047)} BMS_Status: 8 BMS`,
      ' SG_ PackVoltage : 0|16@1+ (0.1,0) [0|1000] "V" ECM',
      ' SG_ PackCurrent : 16|16@1- (0.1,0) [-500|500] "A" ECM',
      ` SG_ SecOC_MAC : 40|24@1+ (1,0) [0|16777215] "" ECM`,
      `CM_ SG_ ${g.between(256, 2047)} SecOC_MAC "Truncated CMAC over the payload and freshness value";`,
    ],
  })),
  template('uds-trace-seed', (g) => ({
    path: 'logs/flash_session.log',
    lines: [
      '12:01:02.113 Tx 7E0 10 02            DiagnosticSessionControl programming',
      '12:01:02.140 Rx 7E8 50 02 00 19 01 F4',
      '12:01:02.151 Tx 7E0 27 11            SecurityAccess requestSeed',
      `12:01:02.170 Rx 7E8 67 11 ${g.fake.upperHex(8).match(/../g)!.join(' ')}`,
      `12:01:02.181 Tx 7E0 27 12 ${g.fake.upperHex(8).match(/../g)!.join(' ')}   SecurityAccess sendKey`,
      '12:01:02.199 Rx 7E8 67 12',
    ],
  })),
  template('ocpp-message-log', (g) => ({
    path: 'logs/csms-ocpp.log',
    lines: [
      `[2,"${g.fake.uuid()}","BootNotification",{"chargePointVendor":"Alfen","chargePointModel":"NG9","chargePointSerialNumber":"${g.fake.upperAlnum(12)}"}]`,
      `[3,"${g.fake.uuid()}",{"status":"Accepted","currentTime":"2026-11-02T10:00:00Z","interval":300}]`,
      `[2,"${g.fake.uuid()}","Authorize",{"idTag":"${g.fake.upperHex(8)}"}]`,
      `[2,"${g.fake.uuid()}","StartTransaction",{"connectorId":1,"idTag":"${g.fake.upperHex(14)}","meterStart":${g.between(1000, 99999)}}]`,
    ],
  })),
  template('ocpp-getconfiguration-writeonly', (g) => ({
    path: 'logs/getconfiguration.json',
    lines: [
      '{',
      '  "configurationKey": [',
      '    { "key": "HeartbeatInterval", "readonly": false, "value": "300" },',
      `    { "key": "ChargePointId", "readonly": true, "value": "${v.chargePointId(g)}" },`,
      '    { "key": "SecurityProfile", "readonly": false, "value": "2" }',
      '  ],',
      '  "unknownKey": ["AuthorizationKey"]',
      '}',
    ],
  })),
  template('ocpi-versions-and-parties', (g) => ({
    path: 'ocpi/partners.yml',
    lines: [
      'partners:',
      '  - country_code: DE',
      '    party_id: EMP',
      '    versions_url: https://ocpi.emsp-partner.eu/ocpi/versions',
      '    token_ref: vault:kv/ocpi/emsp-de#token_c',
      `    evse_uid_prefix: DE*ACM*E${g.fake.digits(6)}`,
    ],
  })),
  template('vector-license-settings', (g) => ({
    path: 'tools/vector/license.ini',
    lines: [
      '[License]',
      `Server=lic-${g.pick(['01', '02'])}.autotech.internal`,
      'Port=27000',
      `DongleSerial=${g.fake.digits(8)}`,
      'Product=CANoe.CAN.J1939',
    ],
  })),
  template('android-signing-from-properties', () => ({
    path: 'app/build.gradle',
    lines: [
      'def keystoreProperties = new Properties()',
      "keystoreProperties.load(new FileInputStream(rootProject.file('keystore.properties')))",
      'android {',
      '  signingConfigs {',
      '    release {',
      "      storePassword keystoreProperties['storePassword']",
      "      keyPassword System.getenv('KEY_PASSWORD')",
      '    }',
      '  }',
      '}',
    ],
  })),
  template('aosp-platform-cert', (g) => ({
    path: 'vendor/acme/security/platform.x509.pem',
    lines: g.fake.pem('CERTIFICATE', 8).split('\n'),
  })),
  template('smartcar-client-id-only', (g) => ({
    path: 'web/src/config.ts',
    lines: [
      'export const smartcar = {',
      `  clientId: '${g.fake.uuid()}',`,
      "  redirectUri: 'https://app.evfleet.io/exchange',",
      "  scope: ['read_vehicle_info', 'read_battery', 'read_charge'],",
      "  mode: 'simulated',",
      '};',
    ],
  })),
  template('esp-idf-example-defaults', () => ({
    path: 'components/obd_wifi/Kconfig.projbuild',
    lines: [
      'menu "OBD Wi-Fi"',
      '    config OBD_WIFI_AP_PASSWORD',
      '        string "Access point password"',
      '        default ""',
      '        help',
      '            WPA2 password of the dongle access point (8-63 characters), set per vehicle at EOL.',
      'endmenu',
    ],
  })),
  template('mender-artifact-cmd-paths', () => ({
    path: 'scripts/make-artifact.sh',
    lines: [
      '#!/bin/sh -e',
      'mender-artifact write rootfs-image -t acme-tcu -n "${VERSION}" \\',
      '  -f deploy/acme-image.ext4 -o acme-${VERSION}.mender \\',
      '  -k "${SIGNING_KEY_PATH}"',
      'mender-artifact validate acme-${VERSION}.mender -k keys/mender-artifact-verify.pub.pem',
    ],
  })),
];
