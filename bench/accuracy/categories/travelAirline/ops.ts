import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * travel-airline positives from airline and airport operations: SITA APIs and Type B gateways
 * (MATIP/BATAP), EDIFACT (PNRGOV, APIS) hubs, ACARS/ARINC datalink gateways, crew scheduling and
 * flight-ops databases, baggage (WorldTracer, BSM interfaces), airport Wi-Fi and kiosk configs, SFTP
 * PNR and fare-file drops (ATPCO, BSP HOT files), cloud settings of booking platforms, and runbooks and
 * chat pastes. Values generated at run time.
 */
export const opsPositives: readonly Template[] = [
  template('sita-api-env', (g) => {
    const k = v.partnerKey(g);
    return {
      path: g.pick(['.env', 'flight-status/.env']),
      lines: [
        'SITA_BASE_URL=https://sitaopen.api.aero/flightinfo/v2',
        sec(`SITA_API_KEY=${k}`, k),
        `SITA_AIRPORT=${v.airport(g)}`,
      ],
    };
  }),
  template('sita-flightinfo-curl', (g) => {
    const k = v.partnerKey(g);
    return {
      path: g.pick(['docs/flight-status.md', 'scripts/arrivals.sh']),
      lines: [
        `curl -s "https://sitaopen.api.aero/flightinfo/v2/flights/airport/${v.airport(g)}/arrivals" \\`,
        sec(`  -H "X-apiKey: ${k}"`, k),
      ],
    };
  }),
  template('typeb-gateway-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['typeb/gateway.ini', 'conf/matip.ini']),
      lines: [
        '[MATIP]',
        `Host=${v.host(g)}`,
        'Port=350',
        'Mode=TypeB',
        `HostAddress=${v.airport(g)}KK${v.carrier(g)}`,
        `FlowId=${g.fake.upper(2)}${g.fake.digits(2)}`,
        sec(`Password=${p}`, p),
      ],
    };
  }),
  template('edifact-pnrgov-sftp-yaml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['pnrgov/destinations.yml', 'config/api-pnr-push.yaml']),
      lines: [
        'destinations:',
        '  - authority: PIU-DE',
        '    protocol: sftp',
        '    host: pnr-upload.piu.bund.de',
        `    user: ${v.carrier(g).toLowerCase()}_pnrgov`,
        sec(`    password: "${p}"`, p),
        '    format: EDIFACT PNRGOV 13.1',
      ],
    };
  }),
  template('acars-gateway-xml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['conf/acars-gateway.xml', 'datalink/arinc.xml']),
      lines: [
        '<DatalinkGateway>',
        '  <Provider name="ARINC GLOBALink">',
        `    <Address>${v.host(g)}</Address>`,
        `    <StationId>${v.airport(g)}OPS${v.carrier(g)}</StationId>`,
        `    <Login>${v.carrier(g)}ACARS</Login>`,
        sec(`    <Password>${p}</Password>`, p),
        '  </Provider>',
        '</DatalinkGateway>',
      ],
    };
  }),
  template('crew-scheduling-db-url', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['crew-roster/config/database.yml', 'config/database.yml']),
      lines: [
        'production:',
        '  adapter: postgresql',
        sec(`  url: postgres://crew_app:${p}@${v.host(g)}:5432/crew_roster`, p),
        '  pool: 10',
      ],
    };
  }),
  template('crew-jdbc-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['conf/rostering.properties', 'ops/flightops-db.properties']),
      lines: [
        `jdbc.url=jdbc:oracle:thin:@${v.host(g)}:1521/FLTOPS`,
        'jdbc.username=CREWSCHED',
        sec(`jdbc.password=${p}`, p),
        'jdbc.pool.max=20',
      ],
    };
  }),
  template('worldtracer-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['baggage/worldtracer.py', 'mishandled/wt_client.py']),
      lines: [
        'WT_ENDPOINT = "https://wtr-ws.worldtracer.aero/baggage/v3"',
        `WT_STATION = "${v.airport(g)}${v.carrier(g)}"`,
        `WT_AGENT = "${g.fake.upper(2)}${g.fake.digits(4)}"`,
        sec(`WT_PASSWORD = "${p}"`, p),
      ],
    };
  }),
  template('bsm-interface-conf', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['bsm/interface.conf', 'etc/bagsys/bsm.conf']),
      lines: [
        '# Baggage source messages from the DCS to the sortation system',
        `listen_port = ${g.between(2000, 9000)}`,
        `dcs_host = ${v.host(g)}`,
        'dcs_user = bsm_feed',
        sec(`dcs_password = ${p}`, p),
        'ack_timeout = 5',
      ],
    };
  }),
  template('airport-wifi-hostapd', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['hostapd/staff-ops.conf', 'etc/hostapd/hostapd-ramp.conf']),
      lines: [
        'interface=wlan1',
        `ssid=${v.airport(g)}-RAMP-OPS`,
        'wpa=2',
        'wpa_key_mgmt=WPA-PSK',
        sec(`wpa_passphrase=${p}`, p),
        'rsn_pairwise=CCMP',
      ],
    };
  }),
  template('kiosk-config-json', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['kiosk/config.json', 'cuss/app-settings.json']),
      lines: [
        '{',
        `  "kioskId": "${v.airport(g)}-K${g.between(10, 99)}",`,
        '  "cussPlatform": "2.0",',
        `  "dcsEndpoint": "https://dcs.${v.carrier(g).toLowerCase()}-air.com/checkin",`,
        `  "dcsUser": "kiosk_${v.airport(g).toLowerCase()}",`,
        sec(`  "dcsPassword": "${p}",`, p),
        '  "idleTimeout": 90',
        '}',
      ],
    };
  }),
  template('kiosk-admin-pin-ini', (g) => {
    const p = g.fake.digits(g.between(6, 8)).replace(/^0/, '4');
    return {
      path: g.pick(['C:/Kiosk/kiosk.ini', 'kiosk/maintenance.ini']),
      lines: ['[Maintenance]', 'Enabled=1', sec(`AdminPin=${p}`, p), 'LockAfterMinutes=5'],
    };
  }),
  template('fare-file-sftp-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/pull_atpco.sh', 'bin/fetch-fares.sh']),
      lines: [
        '#!/bin/sh',
        '# nightly ATPCO fare file pull',
        sec(`sshpass -p '${p}' sftp -oBatchMode=no ${v.carrier(g).toLowerCase()}fares@sftp.atpco.net <<EOF`, p),
        'cd /outbound/fares',
        'mget *.dat.gz',
        'EOF',
      ],
    };
  }),
  template('bsp-hot-lftp', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cron/bsp_hot.sh', 'scripts/download_hot.sh']),
      lines: [
        '#!/bin/bash',
        sec(`lftp -u ${v.iataNo(g)},${p} sftp://bsplink.iata.org <<'EOF'`, p),
        'mirror --only-newer /HOT /data/bsp/hot',
        'bye',
        'EOF',
      ],
    };
  }),
  template('pnr-drop-winscp', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/pnr_drop.txt', 'winscp/upload_pnr.txt']),
      lines: [
        'option batch abort',
        'option confirm off',
        sec(`open sftp://pnrdrop:${p}@${v.host(g)}/ -hostkey="*"`, p),
        'put D:\\exports\\pnr\\*.xml /inbound/',
        'exit',
      ],
    };
  }),
  template('fare-ftp-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['etl/fares_upload.py', 'jobs/push_fares.py']),
      lines: [
        'import ftplib',
        '',
        `ftp = ftplib.FTP_TLS("${v.host(g)}")`,
        sec(`ftp.login("fares_${v.agency(g)}", "${p}")`, p),
        'ftp.prot_p()',
        'with open("fares.csv", "rb") as fh:',
        '    ftp.storbinary("STOR fares.csv", fh)',
      ],
    };
  }),
  template('booking-db-env', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['.env', 'booking-engine/.env.production']),
      lines: [
        'DB_HOST=' + v.host(g),
        'DB_NAME=bookings',
        'DB_USER=booking_rw',
        sec(`DB_PASSWORD=${p}`, p),
        'REDIS_URL=redis://cache:6379/0',
      ],
    };
  }),
  template('booking-aws-credentials', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['deploy/aws-credentials', '.aws/credentials']),
      lines: [
        '[booking-prod]',
        sec(`aws_access_key_id = ${id}`, id),
        sec(`aws_secret_access_key = ${s}`, s),
        'region = eu-west-1',
      ],
    };
  }),
  template('fare-cache-azure-json', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['local.settings.json', 'FareCache/local.settings.json']),
      lines: [
        '{',
        '  "IsEncrypted": false,',
        '  "Values": {',
        `    "AzureAd__ClientId": "${v.uuid(g)}",`,
        sec(`    "AzureAd__ClientSecret": "${s}",`, s),
        '    "FUNCTIONS_WORKER_RUNTIME": "dotnet"',
        '  }',
        '}',
      ],
    };
  }),
  template('ops-chat-paste', (g) => {
    const p = v.gdsPass(g);
    return {
      path: g.pick(['notes/ops-channel-2026-11.txt', 'handover/night-shift.txt']),
      lines: [
        `[02:14] ${g.pick(['maria', 'tom', 'priya', 'jonas'])}: DCS at ${v.airport(g)} is rejecting the kiosk user again`,
        `[02:16] ${g.pick(['ahmed', 'lena', 'sam'])}: reset it, use the backup account ops_${v.airport(g).toLowerCase()}`,
        sec(`[02:16] ${g.pick(['ahmed', 'lena', 'sam'])}: pw is ${p} until the vendor fixes it`, p),
        `[02:20] ${g.pick(['maria', 'tom', 'priya', 'jonas'])}: works, thanks`,
      ],
    };
  }),
  template('ops-runbook-table', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick(['docs/runbooks/irregular-ops.md', 'wiki/IROPS-access.md']),
      lines: [
        '## Systems used during IROPS',
        '',
        '| System | URL | User | Password |',
        '|---|---|---|---|',
        sec(`| Crew tracking | https://crew.${v.carrier(g).toLowerCase()}-ops.net | irops_lead | ${p1} |`, p1),
        sec(`| Rebooking tool | https://rebook.internal | irops_bot | ${p2} |`, p2),
        '| Hotel vouchers | https://vouchers.internal | (SSO) | |',
      ],
    };
  }),
  template('dcs-soap-wsse-csharp', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['Dcs/CheckinClient.cs', 'src/Airport.Dcs/DcsClient.cs']),
      lines: [
        'var client = new CheckinServiceClient();',
        `client.ClientCredentials.UserName.UserName = "${v.carrier(g)}_CUSS";`,
        sec(`client.ClientCredentials.UserName.Password = "${p}";`, p),
        'var result = await client.GetPassengerAsync(request);',
      ],
    };
  }),
  template('wsse-password-text-soap', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['soap/OTA_AirAvailRQ.xml', 'requests/seatmap_request.xml']),
      lines: [
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">',
        '  <soapenv:Header>',
        '    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
        '      <wsse:UsernameToken>',
        `        <wsse:Username>${v.agency(g)}_ota</wsse:Username>`,
        sec(
          `        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${p}</wsse:Password>`,
          p,
        ),
        '      </wsse:UsernameToken>',
        '    </wsse:Security>',
        '  </soapenv:Header>',
        `  <soapenv:Body><OTA_AirAvailRQ Version="2.0"><OriginDestinationInformation><OriginLocation LocationCode="${v.airport(g)}"/></OriginDestinationInformation></OTA_AirAvailRQ></soapenv:Body>`,
        '</soapenv:Envelope>',
      ],
    };
  }),
  template('agency-users-dump-bcrypt', (g) => {
    const h = '$2' + 'y$10$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53);
    return {
      path: g.pick(['backup/agency_users.sql', 'db/seed_admins.sql']),
      lines: [
        'INSERT INTO `agents` (`id`, `email`, `password_hash`, `role`) VALUES',
        sec(`(1, 'admin@${v.agency(g)}-travel.com', '${h}', 'superadmin');`, h),
      ],
    };
  }),
  template('mobile-app-gradle-signing', (g) => {
    const p = v.plain(g);
    return {
      path: 'gradle.properties',
      lines: [
        'org.gradle.jvmargs=-Xmx2048m',
        'BOARDING_PASS_KEYSTORE=release.jks',
        'BOARDING_PASS_KEY_ALIAS=upload',
        sec(`BOARDING_PASS_STORE_PASSWORD=${p}`, p),
      ],
    };
  }),
  template('flight-ops-mqtt-go', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cmd/adsb-bridge/main.go', 'internal/ops/broker.go']),
      lines: [
        'opts := mqtt.NewClientOptions().',
        `\tAddBroker("tls://${v.host(g)}:8883").`,
        '\tSetClientID("adsb-bridge").',
        '\tSetUsername("flightops").',
        sec(`\tSetPassword("${p}")`, p),
      ],
    };
  }),
  template('ansible-gds-vars', (g) => {
    const p = v.gdsPass(g);
    const s = v.sabreSecret(g);
    return {
      path: g.pick(['group_vars/booking/vars.yml', 'inventories/prod/group_vars/all.yml']),
      lines: [
        'booking_engine_port: 8443',
        `sabre_pcc: ${v.pcc(g)}`,
        `sabre_epr: "${v.epr(g)}"`,
        sec(`sabre_password: "${p}"`, p),
        `sabre_client_id: "${v.sabreClientId(g)}"`,
        sec(`sabre_client_secret: "${s}"`, s),
      ],
    };
  }),
  template('terraform-ssm-fare-secret', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['infra/ssm.tf', 'terraform/fares.tf']),
      lines: [
        'resource "aws_ssm_parameter" "atpco_api_key" {',
        '  name  = "/fares/atpco/api_key"',
        '  type  = "SecureString"',
        sec(`  value = "${s}"`, s),
        '}',
      ],
    };
  }),
  template('loyalty-redis-url', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['loyalty/settings.py', 'miles/config.py']),
      lines: ['import os', '', sec(`CACHE_URL = "redis://:${p}@${v.host(g)}:6379/2"`, p), 'SESSION_TTL = 900'],
    };
  }),
];
