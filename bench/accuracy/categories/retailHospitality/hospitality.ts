import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * retail-hospitality positives from hotels and restaurants' other systems: reservations (OpenTable,
 * Resy, SevenRooms), PMS and channel managers (Oracle OPERA/OHIP, Mews, Cloudbeds, SiteMinder, Apaleo,
 * Protel), guest Wi-Fi and captive portals (UniFi, FreeRADIUS, Meraki, hostapd), digital signage (Xibo,
 * Yodeck, BrightSign), inventory and ERP (NetSuite, Cin7), receipt printers (Epson ePOS, Star
 * CloudPRNT) and door locks (ASSA ABLOY Visionline, Salto). Values generated at run time.
 */
export const hospitalityPositives: readonly Template[] = [
  template('opentable-partner-env', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['.env', 'reservations/.env']),
      lines: [
        'OPENTABLE_OAUTH_URL=https://oauth.opentable.com/api/v2/oauth/token',
        `OPENTABLE_CLIENT_ID=${g.fake.lowerAlnum(24)}`,
        sec(`OPENTABLE_CLIENT_SECRET=${s}`, s),
        `OPENTABLE_RID=${g.between(10000, 999999)}`,
      ],
    };
  }),
  template('resy-auth-token-python', (g) => {
    const t = v.jwt(g, { type: 'user' });
    return {
      path: g.pick(['resy/sync.py', 'scripts/resy_covers.py']),
      lines: ['HEADERS = {', `    "X-Resy-Auth-Token": "${t}",`, '    "Accept": "application/json",', '}'].map((l) =>
        l.includes(t) ? sec(l, t) : l,
      ),
    };
  }),
  template('sevenrooms-yaml', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/sevenrooms.yml', 'crm/sevenrooms.yaml']),
      lines: [
        'sevenrooms:',
        '  api_url: https://api.sevenrooms.com/2_4',
        `  client_id: ${g.fake.hex(40)}`,
        sec(`  client_secret: ${s}`, s),
        `  venue_group_id: ${g.fake.base64url(20)}`,
      ],
    };
  }),
  template('ohip-env', (g) => {
    const s = v.longSecret(g);
    const p = v.plain(g);
    return {
      path: g.pick(['.env', 'opera-bridge/.env']),
      lines: [
        `OHIP_GATEWAY=https://${g.pick(['mtu1', 'euc1', 'apse1'])}-uat.hospitality-api.${g.pick(['us-ashburn-1', 'eu-frankfurt-1'])}.ocs.oraclecloud.com`,
        `OHIP_APP_KEY=${v.uuid(g)}`,
        `OHIP_CLIENT_ID=${v.brand(g)}_Client`,
        sec(`OHIP_CLIENT_SECRET=${s}`, s),
        `OHIP_USERNAME=${v.brand(g).toUpperCase()}_INTEGRATION`,
        sec(`OHIP_PASSWORD=${p}`, p),
        'OHIP_HOTEL_ID=HOTEL1',
      ],
    };
  }),
  template('opera-ifc8-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['C:/MICROS/IFC8/ifc8.ini', 'ifc/ifc8.ini']),
      lines: [
        '[Database]',
        `Server=${v.storeHost(g)}`,
        'Schema=OPERA',
        'User=IFC_USER',
        sec(`Password=${p}`, p),
        '[Interface]',
        'Type=POS',
        `PropertyCode=${v.brand(g).slice(0, 5).toUpperCase()}`,
      ],
    };
  }),
  template('mews-connector-json', (g) => {
    const c = v.mewsToken(g);
    const a = v.mewsToken(g);
    return {
      path: g.pick(['config/mews.json', 'mews-sync/appsettings.json']),
      lines: [
        '{',
        '  "Mews": {',
        '    "PlatformAddress": "https://api.mews.com",',
        sec(`    "ClientToken": "${c}",`, c),
        sec(`    "AccessToken": "${a}",`, a),
        `    "Client": "${v.cap(v.brand(g))} POS 2.4"`,
        '  }',
        '}',
      ],
    };
  }),
  template('mews-python-request', (g) => {
    const c = v.mewsToken(g);
    const a = v.mewsToken(g);
    return {
      path: g.pick(['mews/reservations.py', 'jobs/mews_pull.py']),
      lines: [
        'import requests',
        '',
        'body = {',
        sec(`    "ClientToken": "${c}",`, c),
        sec(`    "AccessToken": "${a}",`, a),
        '    "Client": "GuestApp 1.0",',
        '    "Limitation": {"Count": 100},',
        '}',
        'r = requests.post("https://api.mews.com/api/connector/v1/reservations/getAll/2023-06-06", json=body)',
      ],
    };
  }),
  template('cloudbeds-env', (g) => {
    const k = v.cloudbedsKey(g);
    return {
      path: g.pick(['.env', 'pms-bridge/.env']),
      lines: [
        'CLOUDBEDS_API=https://api.cloudbeds.com/api/v1.2',
        sec(`CLOUDBEDS_API_KEY=${k}`, k),
        `CLOUDBEDS_PROPERTY_ID=${g.between(100000, 999999)}`,
      ],
    };
  }),
  template('cloudbeds-curl', (g) => {
    const k = v.cloudbedsKey(g);
    return {
      path: g.pick(['scripts/cloudbeds_rooms.sh', 'docs/cloudbeds.md']),
      lines: [
        '#!/usr/bin/env bash',
        sec(
          `curl -s -H "x-api-key: ${k}" "https://api.cloudbeds.com/api/v1.2/getRooms?propertyIDs=${g.between(100000, 999999)}"`,
          k,
        ),
      ],
    };
  }),
  template('siteminder-pmsxchange-soap', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['templates/pmsxchange_header.xml', 'resources/smx-request.xml']),
      lines: [
        '<SOAP-ENV:Header>',
        '  <wsse:Security soap:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
        '    <wsse:UsernameToken>',
        `      <wsse:Username>${v.brand(g)}_pms</wsse:Username>`,
        sec(
          `      <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${p}</wsse:Password>`,
          p,
        ),
        '    </wsse:UsernameToken>',
        '  </wsse:Security>',
        '</SOAP-ENV:Header>',
      ],
    };
  }),
  template('siteminder-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['src/main/resources/siteminder.properties', 'channel/smx.properties']),
      lines: [
        'smx.endpoint=https://smtpi-pmsx.siteminder.com/webservices/' + v.brand(g),
        `smx.username=${v.brand(g)}_pmsx`,
        sec(`smx.password=${p}`, p),
        `smx.hotel.code=${g.fake.upperAlnum(6)}`,
      ],
    };
  }),
  template('apaleo-client-credentials', (g) => {
    const s = v.alnum(g, 40, 48);
    return {
      path: g.pick(['appsettings.json', 'src/Apaleo.Sync/appsettings.json']),
      lines: [
        '{',
        '  "Apaleo": {',
        '    "IdentityUrl": "https://identity.apaleo.com/connect/token",',
        `    "ClientId": "${g.fake.upperAlnum(4)}-AC-${v.brand(g).toUpperCase()}",`,
        sec(`    "ClientSecret": "${s}"`, s),
        '  }',
        '}',
      ],
    };
  }),
  template('protel-connection-string', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['protelIO/Config/protelIO.exe.config', 'Interfaces/protel.config']),
      lines: [
        '<connectionStrings>',
        sec(
          `  <add name="protel" connectionString="Data Source=${v.storeHost(g)}\\PROTEL;Initial Catalog=protel;User ID=proteluser;Password=${p}" providerName="System.Data.SqlClient" />`,
          p,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('unifi-hotspot-operator', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['portal/unifi.php', 'captive/unifi-config.php']),
      lines: [
        '<?php',
        `$controller_url = 'https://unifi.${v.brand(g)}.local:8443';`,
        "$controller_user = 'hotspot-operator';",
        sec(`$controller_password = '${p}';`, p),
        "$site_id = 'default';",
        '$unifi = new UniFi_API\\Client($controller_user, $controller_password, $controller_url, $site_id);',
      ],
    };
  }),
  template('freeradius-clients-conf', (g) => {
    const s = v.plain(g);
    return {
      path: 'raddb/clients.conf',
      lines: [
        `client guest-wlc-${g.between(1, 9)} {`,
        `    ipaddr = 10.${g.between(10, 250)}.0.${g.between(2, 20)}`,
        sec(`    secret = ${s}`, s),
        '    shortname = guest-wifi',
        '    nas_type = other',
        '}',
      ],
    };
  }),
  template('meraki-splash-python', (g) => {
    const k = v.merakiKey(g);
    return {
      path: g.pick(['wifi/meraki_splash.py', 'scripts/guest_wifi_report.py']),
      lines: [
        'import meraki',
        '',
        sec(`dashboard = meraki.DashboardAPI("${k}", suppress_logging=True)`, k),
        `nets = dashboard.organizations.getOrganizationNetworks("${g.fake.digits(6)}")`,
      ],
    };
  }),
  template('hostapd-staff-ssid', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['etc/hostapd/hostapd-staff.conf', 'hostapd.conf']),
      lines: [
        'interface=wlan1',
        `ssid=${v.cap(v.brand(g))}-Staff`,
        'wpa=2',
        'wpa_key_mgmt=WPA-PSK',
        sec(`wpa_passphrase=${p}`, p),
        'rsn_pairwise=CCMP',
      ],
    };
  }),
  template('xibo-cms-client', (g) => {
    const s = v.alnum(g, 40, 60);
    return {
      path: g.pick(['signage/xibo.env', '.env']),
      lines: [
        `XIBO_CMS_URL=https://signage.${v.brand(g)}.com`,
        `XIBO_CLIENT_ID=${g.fake.alnum(40)}`,
        sec(`XIBO_CLIENT_SECRET=${s}`, s),
      ],
    };
  }),
  template('yodeck-token-js', (g) => {
    const t = v.alnum(g, 40, 40);
    const label = g.pick(['menuboards', 'signage-sync', 'promo']);
    return {
      path: g.pick(['signage/yodeck.js', 'src/menuboard/push.ts']),
      lines: [
        'const headers = {',
        sec(`  Authorization: 'Token ${label}:${t}',`, t),
        "  'Content-Type': 'application/json',",
        '};',
        "await fetch('https://app.yodeck.com/api/v1/media/', { headers });",
      ],
    };
  }),
  template('brightsign-dws-password', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['signage/players.yml', 'ansible/group_vars/menuboards.yml']),
      lines: [
        'brightsign:',
        '  dws_user: admin',
        sec(`  dws_password: ${p}`, p),
        '  players:',
        `    - 10.${g.between(10, 250)}.40.${g.between(10, 90)}`,
      ],
    };
  }),
  template('netsuite-tba-env', (g) => {
    const cs = v.nsHex(g);
    const ts = v.nsHex(g);
    const ck = v.nsHex(g);
    const ti = v.nsHex(g);
    return {
      path: g.pick(['.env', 'erp-sync/.env']),
      lines: [
        `NS_ACCOUNT=${v.nsAccount(g)}`,
        // TBA's consumer key and token id are the id halves of their pairs, as ecommerce-payments labels them.
        sec(`NS_CONSUMER_KEY=${ck}`, ck),
        sec(`NS_CONSUMER_SECRET=${cs}`, cs),
        sec(`NS_TOKEN_ID=${ti}`, ti),
        sec(`NS_TOKEN_SECRET=${ts}`, ts),
      ],
    };
  }),
  template('cin7-core-headers', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['inventory/cin7.py', 'sync/cin7_stock.py']),
      lines: [
        'HEADERS = {',
        `    "api-auth-accountid": "${v.uuid(g)}",`,
        sec(`    "api-auth-applicationkey": "${k}",`, k),
        '}',
        'BASE = "https://inventory.dearsystems.com/ExternalApi/v2"',
      ],
    };
  }),
  template('epson-printer-admin-json', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/printers.json', 'kiosk/printer-settings.json']),
      lines: [
        '{',
        '  "receiptPrinter": {',
        `    "host": "${v.storeHost(g)}",`,
        '    "port": 8043,',
        '    "deviceId": "local_printer",',
        '    "webConfigUser": "epson",',
        sec(`    "webConfigPassword": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('star-cloudprnt-server', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cloudprnt/config.json', 'printserver/cloudprnt.json']),
      lines: [
        '{',
        `  "serverUrl": "https://print.${v.brand(g)}.com/cloudprnt",`,
        '  "pollInterval": 5,',
        '  "basicAuth": {',
        `    "user": "star-${v.brand(g)}",`,
        sec(`    "password": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('visionline-api-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['locks/visionline.py', 'keycards/encoder.py']),
      lines: [
        'VISIONLINE = "https://visionline.hotel.local:443/api/v1"',
        '',
        'def open_session(s):',
        sec(`    return s.post(VISIONLINE + "/sessions", json={"username": "sym", "password": "${p}"})`, p),
      ],
    };
  }),
  template('salto-ks-client', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/salto.yml', 'access/salto-ks.yaml']),
      lines: [
        'salto_ks:',
        '  token_url: https://clp-accept-identityserver.saltoks.com/connect/token',
        `  client_id: ${v.uuid(g)}`,
        sec(`  client_secret: ${s}`, s),
        `  site_id: ${v.uuid(g)}`,
      ],
    };
  }),
  template('salto-ship-xml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['SHIP/ship.config.xml', 'config/salto_ship.xml']),
      lines: [
        '<SaltoShip>',
        `  <Host>${v.storeHost(g)}</Host>`,
        '  <Port>8100</Port>',
        '  <User>ship_pms</User>',
        sec(`  <Password>${p}</Password>`, p),
        '</SaltoShip>',
      ],
    };
  }),
];
