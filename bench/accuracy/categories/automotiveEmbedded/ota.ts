import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * automotive-embedded positives from over-the-air update stacks: Mender (mender.conf TenantToken,
 * meta-mender's MENDER_TENANT_TOKEN, mender-cli and the MCU client's Kconfig), SWUpdate's suricatta
 * hawkBit tokens, rauc-hawkbit-updater, hawkBit DDI calls and the Zephyr hawkBit Kconfig, balena
 * (CLI tokens and API keys in CI), Torizon credentials (treehub.json client secret), AWS IoT
 * Greengrass and FleetWise provisioning, systemd units with Environment= secrets. Values generated
 * at run time.
 */
export const otaPositives: readonly Template[] = [
  template('mender-conf-tenant-token', (g) => {
    const t = v.menderTenantToken(g);
    return {
      path: g.pick([
        '/etc/mender/mender.conf',
        'meta-acme/recipes-mender/mender-client/files/mender.conf',
        'rootfs_overlay/etc/mender/mender.conf',
      ]),
      lines: [
        '{',
        '  "InventoryPollIntervalSeconds": 28800,',
        '  "RetryPollIntervalSeconds": 300,',
        '  "ServerURL": "https://hosted.mender.io",',
        sec(`  "TenantToken": "${t}",`, t),
        '  "UpdatePollIntervalSeconds": 1800',
        '}',
      ],
    };
  }),
  template('meta-mender-local-conf-token', (g) => {
    const t = v.menderTenantToken(g);
    return {
      path: g.pick(['build/conf/local.conf', 'kas/mender.yml', 'conf/mender.inc']),
      lines: [
        'INHERIT += "mender-full"',
        `MENDER_ARTIFACT_NAME = "release-${g.between(1, 9)}.${g.between(0, 20)}"`,
        'MENDER_SERVER_URL = "https://eu.hosted.mender.io"',
        sec(`MENDER_TENANT_TOKEN = "${t}"`, t),
        'MENDER_STORAGE_TOTAL_SIZE_MB = "8192"',
      ],
    };
  }),
  template('mender-mcu-sdkconfig-token', (g) => {
    const t = v.menderTenantToken(g);
    return {
      path: g.pick(['sdkconfig.defaults', 'firmware/bms-node/sdkconfig.defaults']),
      lines: [
        'CONFIG_MENDER_SERVER_HOST="https://hosted.mender.io"',
        sec(`CONFIG_MENDER_SERVER_TENANT_TOKEN="${t}"`, t),
        'CONFIG_MENDER_DEVICE_TIER_MICRO=y',
        'CONFIG_MENDER_CLIENT_UPDATE_POLL_INTERVAL=3600',
      ],
    };
  }),
  template('mender-cli-login-token', (g) => {
    const t = v.menderPat(g);
    return {
      path: g.pick(['ci/deploy-fleet.sh', 'scripts/release-to-canary.sh']),
      lines: [
        '#!/bin/bash -e',
        sec(`export MENDER_ACCESS_TOKEN="${t}"`, t),
        'mender-cli artifacts upload --server https://hosted.mender.io "build/acme-image-${VERSION}.mender"',
        'curl -sS -X POST https://hosted.mender.io/api/management/v1/deployments/deployments \\',
        '  -H "Authorization: Bearer $MENDER_ACCESS_TOKEN" -d @deployment.json',
      ],
    };
  }),
  template('swupdate-cfg-suricatta-target', (g) => {
    const t = v.hawkbitToken(g);
    return {
      path: g.pick(['/etc/swupdate.cfg', 'meta-acme/recipes-support/swupdate/files/swupdate.cfg']),
      lines: [
        'globals : {',
        '  verbose = true;',
        '  loglevel = 5;',
        '  syslog = true;',
        '};',
        'suricatta : {',
        `  url = "https://hawkbit.${g.pick(['fleet-systems.io', 'ota.autotech.internal'])}";`,
        '  tenant = "default";',
        `  id = "${v.serial(g)}";`,
        '  polldelay = 300;',
        sec(`  targettoken = "${t}";`, t),
        '  retry = 4;',
        '};',
      ],
    };
  }),
  template('swupdate-cfg-suricatta-gateway', (g) => {
    const t = v.hawkbitToken(g);
    return {
      path: g.pick(['/etc/swupdate/swupdate.cfg', 'board/acme/rootfs_overlay/etc/swupdate.cfg']),
      lines: [
        'suricatta :',
        '{',
        '  tenant = "DEFAULT";',
        '  url = "https://hawkbit.eu1.bosch-iot-rollouts.com";',
        sec(`  gatewaytoken = "${t}";`, t),
        '  nocheckcert = false;',
        '};',
      ],
    };
  }),
  template('swupdate-cli-gateway-token', (g) => {
    const t = v.hawkbitToken(g);
    return {
      path: g.pick(['/etc/default/swupdate', 'meta-acme/recipes-support/swupdate/files/swupdate.default']),
      lines: [
        '# options for swupdate.service',
        sec(`SWUPDATE_SURICATTA_ARGS="-t DEFAULT -u https://hawkbit.fleet-systems.io -i ${v.serial(g)} -g ${t}"`, t),
        'SWUPDATE_ARGS="-v -k /etc/swupdate/public.pem"',
      ],
    };
  }),
  template('rauc-hawkbit-updater-conf', (g) => {
    const t = v.hawkbitToken(g);
    const gw = g.chance(0.5);
    return {
      path: g.pick([
        '/etc/rauc-hawkbit-updater/config.conf',
        'meta-acme/recipes-ota/rauc-hawkbit-updater/files/config.conf',
      ]),
      lines: [
        '[client]',
        'hawkbit_server            = hawkbit.fleet-systems.io:443',
        'ssl                       = true',
        'ssl_verify                = true',
        'tenant_id                 = DEFAULT',
        `target_name               = ${v.serial(g)}`,
        sec(`${(gw ? 'gateway_token' : 'auth_token').padEnd(26)}= ${t}`, t),
        'bundle_download_location  = /data/bundle.raucb',
        'retry_wait                = 60',
        '',
        '[device]',
        'product                   = TCU',
        'model                     = imx8mp',
      ],
    };
  }),
  template('hawkbit-ddi-curl', (g) => {
    const t = v.hawkbitToken(g);
    const id = v.serial(g);
    return {
      path: g.pick(['tools/hawkbit-poll.sh', 'docs/ota-debugging.md']),
      lines: [
        '# poll the DDI API the way the device does',
        `curl -s https://hawkbit.fleet-systems.io/DEFAULT/controller/v1/${id} \\`,
        sec(`  -H "Authorization: TargetToken ${t}" | jq .`, t),
      ],
    };
  }),
  template('hawkbit-gateway-python', (g) => {
    const t = v.hawkbitToken(g);
    return {
      path: g.pick(['ota/hawkbit_client.py', 'fleet/gateway/ddi.py']),
      lines: [
        'import requests',
        '',
        'HAWKBIT = "https://hawkbit.fleet-systems.io/DEFAULT"',
        sec(`GATEWAY_TOKEN = "${t}"`, t),
        '',
        'def poll(controller_id: str) -> dict:',
        '    r = requests.get(f"{HAWKBIT}/controller/v1/{controller_id}",',
        '                     headers={"Authorization": f"GatewayToken {GATEWAY_TOKEN}"}, timeout=30)',
        '    r.raise_for_status()',
        '    return r.json()',
      ],
    };
  }),
  template('zephyr-hawkbit-kconfig', (g) => {
    const t = v.hawkbitToken(g);
    return {
      path: g.pick(['app/prj.conf', 'boards/acme_bms/overlay-hawkbit.conf', 'prj_ota.conf']),
      lines: [
        'CONFIG_HAWKBIT=y',
        'CONFIG_HAWKBIT_SERVER="hawkbit.fleet-systems.io"',
        'CONFIG_HAWKBIT_PORT="443"',
        'CONFIG_HAWKBIT_DDI_TARGET_SECURITY=y',
        sec(`CONFIG_HAWKBIT_DDI_SECURITY_TOKEN="${t}"`, t),
        'CONFIG_BOOTLOADER_MCUBOOT=y',
      ],
    };
  }),
  template('hawkbit-mgmt-basic-auth', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/create-rollout.py', 'release/hawkbit_rollout.py']),
      lines: [
        'import requests',
        'MGMT = "https://hawkbit.fleet-systems.io/rest/v1"',
        sec(`AUTH = ("rollout-bot", "${p}")`, p),
        'requests.post(f"{MGMT}/rollouts", json=payload, auth=AUTH, timeout=60).raise_for_status()',
      ],
    };
  }),
  template('hawkbit-server-application-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['hawkbit/application.properties', 'deploy/hawkbit/application-prod.properties']),
      lines: [
        'spring.datasource.url=jdbc:mariadb://db:3306/hawkbit',
        'spring.datasource.username=hawkbit',
        sec(`spring.datasource.password=${p}`, p),
        'hawkbit.server.ddi.security.authentication.gatewaytoken.enabled=true',
        'hawkbit.dmf.rabbitmq.enabled=false',
      ],
    };
  }),
  template('balena-cli-token-ci', (g) => {
    const k = v.balenaKey(g);
    return {
      path: g.pick(['.github/workflows/balena-push.yml', 'ci/balena-deploy.yml']),
      lines: [
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: npm i -g balena-cli',
        sec(`      - run: balena login --token ${k}`, k),
        '      - run: balena push acme/fleet-telemetry',
      ],
    };
  }),
  template('balena-api-key-env', (g) => {
    const k = v.balenaKey(g);
    return {
      path: g.pick(['.env', 'fleet-tools/.env', 'deploy/.env.production']),
      lines: ['BALENA_FLEET=acme/fleet-telemetry', sec(`BALENA_API_KEY=${k}`, k), 'LOG_LEVEL=info'],
    };
  }),
  template('balena-sdk-login', (g) => {
    const k = v.balenaKey(g);
    return {
      path: g.pick(['tools/fleet-report.ts', 'scripts/device-tags.js']),
      lines: [
        "import { getSdk } from 'balena-sdk';",
        '',
        'const balena = getSdk({ apiUrl: "https://api.balena-cloud.com/" });',
        sec(`await balena.auth.loginWithToken('${k}');`, k),
        "const devices = await balena.models.device.getAllByApplication('acme/fleet-telemetry');",
      ],
    };
  }),
  template('torizon-treehub-json', (g) => {
    const s = v.clientSecret(g);
    return {
      path: g.pick(['credentials/treehub.json', 'torizon/credentials.zip.d/treehub.json']),
      lines: [
        '{',
        '  "no_auth": false,',
        '  "oauth2": {',
        '    "server": "https://kc.torizon.io/auth/realms/ota-users/protocol/openid-connect",',
        `    "client_id": "${g.fake.uuid()}",`,
        sec(`    "client_secret": "${s}"`, s),
        '  },',
        '  "ostree": { "server": "https://api.torizon.io/treehub" }',
        '}',
      ],
    };
  }),
  template('torizon-api-client-env', (g) => {
    const s = v.clientSecret(g);
    return {
      path: g.pick(['.github/workflows/torizon-release.yml', 'ci/torizon.env']),
      lines: [
        'env:',
        `  TORIZON_API_CLIENT_ID: "api-v2_${g.fake.lowerAlnum(12)}"`,
        sec(`  TORIZON_API_SECRET_ID: "${s}"`, s),
        '  PLATFORM_CREDENTIALS: credentials.zip',
      ],
    };
  }),
  template('greengrass-installer-env', (g) => {
    const id = v.awsKeyId(g);
    const sk = v.awsSecret(g);
    return {
      path: g.pick(['provisioning/install-greengrass.sh', 'vehicle-gw/setup_greengrass.sh']),
      lines: [
        '#!/bin/bash',
        sec(`export AWS_ACCESS_KEY_ID=${id}`, id),
        sec(`export AWS_SECRET_ACCESS_KEY=${sk}`, sk),
        'sudo -E java -Droot="/greengrass/v2" -Dlog.store=FILE \\',
        '  -jar ./GreengrassInstaller/lib/Greengrass.jar \\',
        `  --aws-region eu-central-1 --thing-name ${v.serial(g)} \\`,
        '  --provision true --setup-system-service true',
      ],
    };
  }),
  template('fleetwise-edge-config-key', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY');
    const oneLine = key.replace(/\n/g, '\\n');
    return {
      path: g.pick(['fwe/config-0.json', '/etc/aws-iot-fleetwise/config-0.json']),
      lines: [
        '{',
        '  "version": "1.0",',
        '  "staticConfig": {',
        '    "mqttConnection": {',
        '      "endpointUrl": "a1b2c3d4e5f6g7-ats.iot.eu-central-1.amazonaws.com",',
        `      "clientId": "${v.vin(g)}",`,
        '      "certificateFilename": "/etc/aws-iot-fleetwise/certificate.pem",',
        sec(`      "privateKey": "${oneLine}"`, oneLine),
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('systemd-unit-environment', (g) => {
    const which = g.pick(['mender', 'hawkbit', 'mqtt', 'aws']);
    const t =
      which === 'mender'
        ? v.menderTenantToken(g)
        : which === 'hawkbit'
          ? v.hawkbitToken(g)
          : which === 'aws'
            ? v.awsSecret(g)
            : v.plain(g);
    const name = {
      mender: 'MENDER_TENANT_TOKEN',
      hawkbit: 'HAWKBIT_GATEWAY_TOKEN',
      mqtt: 'MQTT_PASSWORD',
      aws: 'AWS_SECRET_ACCESS_KEY',
    }[which];
    return {
      path: g.pick([
        'meta-acme/recipes-core/telemetry/files/telemetry-agent.service',
        '/etc/systemd/system/fleet-agent.service',
        'board/acme/rootfs_overlay/usr/lib/systemd/system/ota-agent.service',
      ]),
      lines: [
        '[Unit]',
        'Description=Vehicle telemetry agent',
        'After=network-online.target',
        '',
        '[Service]',
        'Type=simple',
        sec(`Environment="${name}=${t}"`, t),
        'ExecStart=/usr/bin/telemetry-agent --config /etc/telemetry/agent.toml',
        'Restart=always',
        '',
        '[Install]',
        'WantedBy=multi-user.target',
      ],
    };
  }),
  template('systemd-unit-environment-bare', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick([
        '/etc/systemd/system/can-logger.service',
        'meta-acme/recipes-apps/can-logger/files/can-logger.service',
      ]),
      lines: [
        '[Service]',
        'Environment=INFLUX_URL=https://influx.fleet-systems.io',
        sec(`Environment=INFLUX_PASSWORD=${p}`, p),
        'ExecStart=/usr/bin/can-logger -i can0',
      ],
    };
  }),
  template('ota-agent-toml', (g) => {
    const p = v.longSecret(g);
    return {
      path: g.pick(['/etc/telemetry/agent.toml', 'rootfs_overlay/etc/fleet-agent/config.toml']),
      lines: [
        '[mqtt]',
        'broker = "mqtts://mqtt.fleet-systems.io:8883"',
        `client_id = "${v.vin(g)}"`,
        'username = "vehicle"',
        sec(`password = "${p}"`, p),
        '',
        '[buffer]',
        'path = "/data/telemetry.db"',
      ],
    };
  }),
  template('aws-iot-device-key-inline', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['certs/tcu-private.pem.key', 'provisioning/certs/device.private.key']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
];
