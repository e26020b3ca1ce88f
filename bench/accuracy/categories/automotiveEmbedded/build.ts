import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * automotive-embedded positives from firmware builds: Yocto/BitBake (local.conf, site.conf, auto.conf,
 * recipes' SRC_URI `user=`, PREMIRRORS and SSTATE_MIRRORS with credentials, extrausers hashes and
 * plain `-P` passwords, .netrc in build containers, kas files), Buildroot defconfigs (root password,
 * BR2_PRIMARY_SITE credentials), U-Boot (autoboot stop strings and their SHA-256, env files), signing
 * material (HAB/AHAB key_pass.txt, FIT and secure-boot PEMs, PKCS#11 URIs with pins, RAUC and
 * mender-artifact keys), rootfs overlays (wpa_supplicant psk, ssh host keys, shadow lines), and
 * firmware CI (Jenkins, GitLab runners, JFrog). Values generated at run time.
 */
export const buildPositives: readonly Template[] = [
  template('yocto-local-conf-extrausers-hash', (g) => {
    const h = v.sha512Crypt(g);
    const esc = h.replace(/\$/g, '\\$');
    return {
      path: g.pick(['build/conf/local.conf', 'conf/local.conf', 'meta-acme-distro/conf/distro/acme.conf']),
      lines: [
        `MACHINE ??= "${v.machine(g)}"`,
        'DISTRO ?= "poky"',
        'PACKAGE_CLASSES ?= "package_rpm"',
        'INHERIT += "extrausers"',
        '# root login for the bench rigs, hash from mkpasswd -m sha-512',
        sec(`EXTRA_USERS_PARAMS = "usermod -p '${esc}' root; "`, esc),
        'IMAGE_INSTALL:append = " openssh dropbear-none"',
      ],
    };
  }),
  template('yocto-extrausers-plain-P', (g) => {
    const p = v.plain(g);
    const u = g.pick(['service', 'engineer', 'diag', 'hmi']);
    return {
      path: g.pick([
        'meta-vehicle/recipes-core/images/vehicle-image.bb',
        'meta-acme/recipes-core/images/acme-image-dev.bb',
      ]),
      lines: [
        'SUMMARY = "Head unit development image"',
        'LICENSE = "MIT"',
        'inherit core-image extrausers',
        '',
        'EXTRA_USERS_PARAMS = "\\',
        `    useradd -m -s /bin/sh ${u}; \\`,
        sec(`    usermod -P ${p} ${u}; \\`, p),
        `    usermod -a -G dialout,video ${u}; \\`,
        '"',
      ],
    };
  }),
  template('yocto-src-uri-user', (g) => {
    const p = v.plain(g);
    const host = v.corpHost(g);
    const name = g.pick(['can-gateway', 'hmi-launcher', 'diag-daemon', 'ota-agent', 'vehicle-hal']);
    return {
      path: `meta-acme/recipes-apps/${name}/${name}_git.bb`,
      lines: [
        `SUMMARY = "${name} service"`,
        'LICENSE = "CLOSED"',
        '',
        sec(`SRC_URI = "git://${host}/platform/${name}.git;protocol=https;branch=main;user=${v.buildUser(g)}:${p}"`, p),
        `SRCREV = "${v.srcrev(g)}"`,
        'S = "${WORKDIR}/git"',
        '',
        'inherit cmake systemd',
        `SYSTEMD_SERVICE:\${PN} = "${name}.service"`,
      ],
    };
  }),
  template('yocto-src-uri-url-creds', (g) => {
    const p = v.plain(g);
    const host = v.corpHost(g);
    return {
      path: g.pick([
        'meta-acme/recipes-bsp/firmware/wifi-firmware_1.4.bb',
        'meta-oem/recipes-multimedia/codec-blob/codec-blob_2.1.bb',
      ]),
      lines: [
        'LICENSE = "Proprietary"',
        'LIC_FILES_CHKSUM = "file://LICENSE;md5=' + g.fake.hex(32) + '"',
        sec(`SRC_URI = "https://${v.buildUser(g)}:${p}@${host}/artifactory/bsp-blobs/\${BPN}-\${PV}.tar.gz"`, p),
        `SRC_URI[sha256sum] = "${v.sha256(g)}"`,
        '',
        'do_install() {',
        '    install -d ${D}${nonarch_base_libdir}/firmware',
        '    cp -r ${S}/firmware/* ${D}${nonarch_base_libdir}/firmware/',
        '}',
      ],
    };
  }),
  template('yocto-premirrors-creds', (g) => {
    const p = v.plain(g);
    const host = v.corpHost(g);
    const u = v.buildUser(g);
    return {
      path: g.pick(['build/conf/site.conf', 'conf/site.conf', 'kas/mirrors.yml']),
      lines: [
        '# company download mirror, tried before upstream',
        'PREMIRRORS:prepend = "\\',
        sec(`    git://.*/.* https://${u}:${p}@${host}/yocto/downloads/ \\`, p),
        sec(`    https?://.*/.* https://${u}:${p}@${host}/yocto/downloads/ \\`, p),
        '"',
        'BB_GENERATE_MIRROR_TARBALLS = "1"',
      ],
    };
  }),
  template('yocto-sstate-mirrors-creds', (g) => {
    const p = v.plain(g);
    const host = v.corpHost(g);
    return {
      path: g.pick(['build/conf/auto.conf', 'conf/site.conf', 'build/conf/local.conf']),
      lines: [
        'SSTATE_DIR ?= "/srv/yocto/sstate-cache"',
        sec(
          `SSTATE_MIRRORS ?= "file://.* https://${v.buildUser(g)}:${p}@${host}/sstate/PATH;downloadfilename=PATH"`,
          p,
        ),
        'BB_HASHSERVE = "auto"',
        'BB_SIGNATURE_HANDLER = "OEEquivHash"',
      ],
    };
  }),
  template('yocto-kas-local-conf-header', (g) => {
    const p = v.plain(g);
    const host = v.corpHost(g);
    return {
      path: g.pick(['kas/ci.yml', 'kas-project.yml', 'ci/kas-acme.yml']),
      lines: [
        'header:',
        '  version: 14',
        `machine: ${v.machine(g)}`,
        'distro: poky',
        'target: acme-image',
        'local_conf_header:',
        '  mirrors: |',
        sec(`    SSTATE_MIRRORS = "file://.* https://ci:${p}@${host}/sstate/PATH;downloadfilename=PATH"`, p),
        '    BB_NUMBER_THREADS = "16"',
      ],
    };
  }),
  template('build-container-netrc', (g) => {
    const p = v.longSecret(g);
    return {
      path: g.pick(['docker/yocto-builder/netrc', 'ci/yocto/.netrc', 'builder/home/.netrc']),
      lines: [`machine ${v.corpHost(g)}`, `login ${v.buildUser(g)}`, sec(`password ${p}`, p)],
    };
  }),
  template('buildroot-root-passwd', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick([
        'configs/acme_tcu_defconfig',
        'br2-external/configs/gateway_defconfig',
        'configs/telematics_imx6ull_defconfig',
      ]),
      lines: [
        'BR2_arm=y',
        'BR2_cortex_a7=y',
        'BR2_TOOLCHAIN_EXTERNAL=y',
        'BR2_TARGET_GENERIC_HOSTNAME="tcu"',
        'BR2_TARGET_GENERIC_ISSUE="Welcome to the TCU"',
        sec(`BR2_TARGET_GENERIC_ROOT_PASSWD="${p}"`, p),
        'BR2_SYSTEM_DHCP="eth0"',
        'BR2_ROOTFS_OVERLAY="board/acme/tcu/rootfs_overlay"',
      ],
    };
  }),
  template('buildroot-root-passwd-hash', (g) => {
    const h = v.sha512Crypt(g);
    return {
      path: g.pick(['configs/acme_ivi_defconfig', 'br2-external/configs/dashcam_defconfig']),
      lines: [
        'BR2_aarch64=y',
        'BR2_TARGET_GENERIC_PASSWD_SHA512=y',
        sec(`BR2_TARGET_GENERIC_ROOT_PASSWD="${h}"`, h),
        'BR2_TARGET_GENERIC_GETTY_PORT="ttymxc0"',
      ],
    };
  }),
  template('buildroot-primary-site', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['configs/acme_gw_defconfig', 'br2-external/configs/evse_controller_defconfig']),
      lines: [
        'BR2_arm=y',
        sec(`BR2_PRIMARY_SITE="https://${v.buildUser(g)}:${p}@${v.corpHost(g)}/buildroot-dl"`, p),
        'BR2_PRIMARY_SITE_ONLY=y',
        'BR2_BACKUP_SITE=""',
        'BR2_GLOBAL_PATCH_DIR="board/acme/patches"',
      ],
    };
  }),
  template('buildroot-users-table', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['board/acme/tcu/users.txt', 'br2-external/board/gw/users_table.txt']),
      lines: [
        '# username uid group gid password home shell groups comment',
        sec(`diag -1 diag -1 =${p} /home/diag /bin/sh dialout,video Diagnostics user`, p),
        'mosquitto -1 mosquitto -1 * /var/lib/mosquitto - - MQTT broker',
      ],
    };
  }),
  template('uboot-defconfig-autoboot-str', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick([
        'configs/acme_tcu_defconfig',
        'board/acme/uboot/uboot-fragment.config',
        'recipes-bsp/u-boot/files/autoboot.cfg',
      ]),
      lines: [
        'CONFIG_AUTOBOOT_KEYED=y',
        'CONFIG_AUTOBOOT_PROMPT="Autoboot in %d seconds\\n"',
        sec(`CONFIG_AUTOBOOT_STOP_STR="${p}"`, p),
        'CONFIG_BOOTDELAY=3',
      ],
    };
  }),
  template('uboot-defconfig-autoboot-sha256', (g) => {
    const h = v.sha256(g);
    return {
      path: g.pick(['configs/acme_ivi_defconfig', 'recipes-bsp/u-boot/files/secure-console.cfg']),
      lines: [
        'CONFIG_AUTOBOOT_KEYED=y',
        'CONFIG_AUTOBOOT_ENCRYPTION=y',
        sec(`CONFIG_AUTOBOOT_STOP_STR_SHA256="${h}"`, h),
        'CONFIG_BOOTDELAY=2',
        'CONFIG_CMD_NVEDIT_EFI=n',
      ],
    };
  }),
  template('uboot-env-bootstopkey', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['board/acme/uboot-env.txt', 'recipes-bsp/u-boot/files/fw_env_default.txt']),
      lines: [
        'bootdelay=3',
        'baudrate=115200',
        'bootcmd=run mmcboot',
        sec(`bootstopkey=${p}`, p),
        'mmcboot=load mmc 0:1 ${loadaddr} fitImage && bootm ${loadaddr}',
      ],
    };
  }),
  template('uboot-fw-setenv-script', (g) => {
    const h = v.sha256(g);
    return {
      path: g.pick(['scripts/provision-console.sh', 'factory/lock-bootloader.sh']),
      lines: [
        '#!/bin/sh',
        '# lock the U-Boot console on production units',
        'set -e',
        'fw_setenv bootdelay 1',
        sec(`fw_setenv bootstopkeysha256 ${h}`, h),
        'fw_setenv silent 1',
      ],
    };
  }),
  template('hab-key-pass-txt', (g) => {
    const p = v.devicePass(g);
    return {
      path: g.pick(['cst/keys/key_pass.txt', 'secure-boot/imx-cst/keys/key_pass.txt']),
      lines: [sec(p, p), sec(p, p)],
    };
  }),
  template('secure-boot-private-pem', (g) => {
    const key = v.pem(g, g.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY']));
    const lines = key.split('\n');
    return {
      path: g.pick([
        'meta-acme/recipes-bsp/u-boot/files/keys/dev.key',
        'keys/fit/dev.key',
        'secure-boot/keys/rauc-dev.key.pem',
        'keys/mender-artifact-private.key',
        'board/acme/keys/swupdate-priv.pem',
      ]),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
  template('pkcs11-uri-pin', (g) => {
    const pin = g.fake.digits(g.pick([6, 8])).replace(/^0/, '4');
    return {
      path: g.pick(['build/conf/local.conf', 'meta-acme/conf/signing.inc']),
      lines: [
        '# keys live in the release HSM',
        'RAUC_KEY_FILE = "pkcs11:token=release;object=rauc-signing;type=private"',
        'RAUC_CERT_FILE = "${TOPDIR}/../keys/rauc-release.cert.pem"',
        sec(`export RAUC_PKCS11_PIN = "${pin}"`, pin),
        'export RAUC_PKCS11_MODULE = "/usr/lib/softhsm/libsofthsm2.so"',
      ],
    };
  }),
  template('swupdate-signing-passout', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/sign-swu.sh', 'release/make-swu.sh']),
      lines: [
        '#!/bin/bash',
        'set -euo pipefail',
        'FILES="sw-description rootfs.ext4.gz"',
        sec(
          `openssl dgst -sha256 -sign keys/swupdate-priv.pem -passin pass:${p} sw-description > sw-description.sig`,
          p,
        ),
        'for f in sw-description sw-description.sig rootfs.ext4.gz; do echo "$f"; done | cpio -ov -H crc > update.swu',
      ],
    };
  }),
  template('rootfs-overlay-wpa-supplicant', (g) => {
    const p = v.wifiPsk(g);
    const quoted = !/^[0-9a-f]{64}$/.test(p);
    return {
      path: g.pick([
        'board/acme/tcu/rootfs_overlay/etc/wpa_supplicant.conf',
        'meta-acme/recipes-connectivity/wpa-supplicant/files/wpa_supplicant-wlan0.conf',
      ]),
      lines: [
        'ctrl_interface=/var/run/wpa_supplicant',
        'update_config=1',
        'country=DE',
        '',
        'network={',
        `    ssid="${g.pick(['Plant3-EOL', 'DealerService', 'TestTrack-WLAN', 'Werkstatt'])}"`,
        sec(quoted ? `    psk="${p}"` : `    psk=${p}`, p),
        '    key_mgmt=WPA-PSK',
        '}',
      ],
    };
  }),
  template('rootfs-overlay-ssh-host-key', (g) => {
    const key = v.pem(g, 'OPENSSH PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick([
        'board/acme/tcu/rootfs_overlay/etc/ssh/ssh_host_ed25519_key',
        'meta-acme/recipes-connectivity/openssh/files/ssh_host_rsa_key',
      ]),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
  template('rootfs-overlay-shadow', (g) => {
    const h = g.chance(0.7) ? v.sha512Crypt(g) : v.sha256Crypt(g);
    return {
      path: g.pick(['board/acme/gw/rootfs_overlay/etc/shadow', 'meta-acme/recipes-core/base-passwd/files/shadow']),
      lines: [
        sec(`root:${h}:19700:0:99999:7:::`, h),
        'daemon:*:19700:0:99999:7:::',
        'bin:*:19700:0:99999:7:::',
        'sshd:*:19700:0:99999:7:::',
      ],
    };
  }),
  template('jenkinsfile-artifactory-literal', (g) => {
    const p = v.longSecret(g);
    return {
      path: g.pick(['Jenkinsfile', 'ci/Jenkinsfile.yocto']),
      lines: [
        'pipeline {',
        '  agent { label "yocto-builder" }',
        '  environment {',
        `    ARTIFACTORY_URL = "https://${v.corpHost(g)}/artifactory"`,
        `    ARTIFACTORY_USER = "${v.buildUser(g)}"`,
        sec(`    ARTIFACTORY_PASSWORD = "${p}"`, p),
        '  }',
        '  stages {',
        '    stage("Build") { steps { sh "kas build kas/acme.yml" } }',
        '  }',
        '}',
      ],
    };
  }),
  template('jfrog-cli-config-add', (g) => {
    const t = v.jfrogToken(g);
    return {
      path: g.pick(['ci/publish-images.sh', 'scripts/upload-artifacts.sh']),
      lines: [
        '#!/bin/bash -e',
        sec(`jf config add ecu-art --url=https://${v.corpHost(g)} --access-token=${t} --interactive=false`, t),
        'jf rt upload "tmp/deploy/images/*/acme-image-*.wic.gz" yocto-images/${BUILD_NUMBER}/',
      ],
    };
  }),
  template('artifactory-api-key-header', (g) => {
    const k = v.artifactoryApiKey(g);
    return {
      path: g.pick(['scripts/fetch-bsp.sh', 'tools/pull-toolchain.sh']),
      lines: [
        '#!/bin/sh',
        sec(`curl -fSL -H "X-JFrog-Art-Api: ${k}" \\`, k),
        `  -o toolchain.sh https://${v.corpHost(g)}/artifactory/sdk/acme-glibc-x86_64-toolchain.sh`,
      ],
    };
  }),
  template('gitlab-runner-register', (g) => {
    const t = v.gitlabRunnerToken(g);
    return {
      path: g.pick(['infra/runners/register.sh', 'docs/build-farm.md']),
      lines: [
        '# Yocto build farm runner (32 cores, 2 TB sstate)',
        'gitlab-runner register --non-interactive \\',
        '  --url https://gitlab.tier1-supplier.com \\',
        sec(`  --token ${t} \\`, t),
        '  --executor docker --docker-image crops/poky:ubuntu-22.04',
      ],
    };
  }),
  template('gitlab-runner-config-toml', (g) => {
    const t = v.gitlabRunnerToken(g);
    return {
      path: '/etc/gitlab-runner/config.toml',
      lines: [
        'concurrent = 2',
        '',
        '[[runners]]',
        '  name = "yocto-builder-01"',
        '  url = "https://gitlab.tier1-supplier.com"',
        sec(`  token = "${t}"`, t),
        '  executor = "docker"',
        '  [runners.docker]',
        '    image = "crops/poky:ubuntu-22.04"',
        '    volumes = ["/srv/yocto/downloads:/downloads", "/srv/yocto/sstate:/sstate"]',
      ],
    };
  }),
  template('gitlab-ci-literal-var', (g) => {
    const t = v.gitlabPat(g);
    return {
      path: '.gitlab-ci.yml',
      lines: [
        'variables:',
        '  KAS_FILE: kas/acme-ivi.yml',
        sec(`  MANIFEST_TOKEN: "${t}"`, t),
        '',
        'build:',
        '  tags: [yocto]',
        '  script:',
        '    - git config --global url."https://oauth2:${MANIFEST_TOKEN}@gitlab.tier1-supplier.com/".insteadOf "https://gitlab.tier1-supplier.com/"',
        '    - kas build $KAS_FILE',
      ],
    };
  }),
  template('repo-manifest-netrc-curl', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/bootstrap-workspace.sh', 'tools/setup-aosp-mirror.sh']),
      lines: [
        '#!/bin/bash',
        sec(`git clone https://${v.buildUser(g)}:${p}@${v.corpHost(g)}/platform/manifest.git .repo-manifest`, p),
        'repo init -u .repo-manifest -b android-14.0.0_r1 -m automotive.xml',
        'repo sync -j8 -c',
      ],
    };
  }),
];
