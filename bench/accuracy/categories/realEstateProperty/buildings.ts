import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * real-estate-property positives from the buildings and the office: smart locks and access control
 * (Latch, RemoteLock, Schlage/Allegion, igloohome, Brivo, Openpath), building management (Niagara
 * stations, BACnet gateways, Johnson Controls Metasys), model-home and leasing-office Wi-Fi and
 * devices, agent login sheets, onboarding notes, chat and ticket pastes, Microsoft 365 and Google
 * Workspace for the brokerage. Values generated at run time.
 */
export const buildingPositives: readonly Template[] = [
  template('latch-partner-env', (g) => {
    const t = v.alnum(g, 40, 48);
    return {
      path: g.pick(['.env', 'access-sync/.env']),
      lines: [`LATCH_PARTNER_ID=${v.uuid(g)}`, sec(`LATCH_API_TOKEN=${t}`, t), `LATCH_BUILDING_UUID=${v.uuid(g)}`],
    };
  }),
  template('remotelock-oauth-python', (g) => {
    const s = v.hex(g, 64);
    return {
      path: g.pick(['locks/remotelock.py', 'str/turnover_codes.py']),
      lines: [
        'import requests',
        '',
        'tok = requests.post("https://connect.remotelock.com/oauth/token", data={',
        '    "grant_type": "client_credentials",',
        `    "client_id": "${v.hex(g, 64)}",`,
        sec(`    "client_secret": "${s}",`, s),
        '}).json()["access_token"]',
      ],
    };
  }),
  template('remotelock-access-token-json', (g) => {
    const a = v.hex(g, 64);
    const r = v.hex(g, 64);
    return {
      path: g.pick(['tokens/remotelock.json', '.remotelock_token.json']),
      lines: [
        '{',
        sec(`  "access_token": "${a}",`, a),
        '  "token_type": "Bearer",',
        '  "expires_in": 7200,',
        sec(`  "refresh_token": "${r}",`, r),
        `  "created_at": ${1760000000 + g.between(0, 9999999)}`,
        '}',
      ],
    };
  }),
  template('allegion-subscription-key', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['src/locks/schlage.ts', 'services/allegion.js']),
      lines: [
        'const client = axios.create({',
        "  baseURL: 'https://api.allegion.com/engage',",
        '  headers: {',
        sec(`    'alle-subscription-key': '${k}',`, k),
        "    'Content-Type': 'application/json',",
        '  },',
        '});',
      ],
    };
  }),
  template('igloohome-client-credentials', (g) => {
    const s = v.alnum(g, 40, 48);
    return {
      path: g.pick(['config/igloohome.json', 'str-automation/igloo.json']),
      lines: [
        '{',
        '  "tokenUrl": "https://auth.igloohome.co/oauth2/token",',
        `  "clientId": "${v.lowerId(g)}",`,
        sec(`  "clientSecret": "${s}",`, s),
        '  "scope": "igloohomeapi/algopin-hourly igloohomeapi/get-devices"',
        '}',
      ],
    };
  }),
  template('brivo-api-password-grant', (g) => {
    const k = v.alnum(g, 32, 32);
    const p = v.plain(g);
    return {
      path: g.pick(['access/brivo_sync.py', 'integrations/brivo.py']),
      lines: [
        'import requests',
        '',
        sec(`BRIVO_API_KEY = "${k}"`, k),
        'token = requests.post(',
        '    "https://auth.brivo.com/oauth/token",',
        `    params={"grant_type": "password", "username": "api@${v.domain(g)}", "password": "${p}"},`,
        '    headers={"api-key": BRIVO_API_KEY},',
        '    auth=(CLIENT_ID, CLIENT_SECRET),',
        ').json()["access_token"]',
      ].map((l) => (typeof l === 'string' && l.includes(`"password": "${p}"`) ? sec(l, p) : l)),
    };
  }),
  template('openpath-login-node', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/openpath-export.js', 'src/access/openpath.js']),
      lines: [
        "const res = await fetch('https://api.openpath.com/auth/login', {",
        "  method: 'POST',",
        "  headers: { 'Content-Type': 'application/json' },",
        '  body: JSON.stringify({',
        `    email: 'integrations@${v.domain(g)}',`,
        sec(`    password: '${p}',`, p),
        '    mfa: {},',
        '  }),',
        '});',
      ],
    };
  }),
  template('niagara-station-notes', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['docs/bms/niagara-stations.md', 'facilities/bas-access.md']),
      lines: [
        `# ${v.cap(v.site(g))} Tower - building automation`,
        '',
        `- Supervisor: https://${v.ip(g)}:443 (Niagara 4.12)`,
        '- Platform user: tridium',
        sec(`- Station admin password: ${p}`, p),
        '- JACE-8000 in the 2nd floor mech room controls AHU-1..4 over BACnet MS/TP.',
      ],
    };
  }),
  template('metasys-api-login', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['bms/metasys_trends.py', 'energy/metasys_pull.py']),
      lines: [
        'import requests',
        '',
        `ADX = "https://${g.pick(['adx', 'ads'])}-${v.site(g)}.${v.domain(g)}/api/v4"`,
        'r = requests.post(f"{ADX}/login", json={',
        '    "username": "metasysapi",',
        sec(`    "password": "${p}",`, p),
        '}, verify=False)',
        'token = r.json()["accessToken"]',
      ],
    };
  }),
  template('bacnet-gateway-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['gateway/bacnet-gw.ini', 'etc/bms-gateway.conf']),
      lines: [
        '[bacnet]',
        'device_instance = 389001',
        'interface = eth1',
        '[web]',
        'port = 8443',
        'admin_user = admin',
        sec(`admin_password = ${p}`, p),
      ],
    };
  }),
  template('bms-mqtt-bridge', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['bridge/config.yaml', 'iot/bms-bridge.yaml']),
      lines: [
        'mqtt:',
        `  host: mqtt.${v.domain(g)}`,
        '  port: 8883',
        `  username: bms-${v.site(g)}`,
        sec(`  password: "${p}"`, p),
        'points:',
        '  - { object: analog-input, instance: 3, topic: ahu1/supply_temp }',
      ],
    };
  }),
  template('agent-login-sheet-csv', (g) => {
    const p1 = v.pass(g).replace(/,/g, '');
    const p2 = v.pass(g).replace(/,/g, '');
    return {
      path: g.pick(['onboarding/agent-logins.csv', 'shared/Agent Accounts.csv']),
      lines: [
        'Agent,System,Username,Password,Notes',
        sec(`${g.pick(['Maria Lopez', 'Dev Patel', 'Sam Chen'])},MLS,${g.fake.digits(6)},${p1},Matrix login`, p1),
        sec(
          `${g.pick(['Tom Nguyen', 'Rosa Garcia', 'Kim Park'])},Follow Up Boss,${v.agentEmail(g)},${p2},reset 03/2025`,
          p2,
        ),
      ],
    };
  }),
  template('agent-onboarding-md', (g) => {
    const p = v.pass(g);
    const w = v.wifi(g);
    return {
      path: g.pick(['onboarding/new-agent-checklist.md', 'docs/welcome-agents.md']),
      lines: [
        '# New agent checklist',
        '',
        '1. Sign your ICA in dotloop.',
        `2. MLS: your board sends the login; our office id is ${g.fake.digits(5)}.`,
        `3. Shared showing account: showings@${v.domain(g)}`,
        sec(`   password: ${p}`, p),
        sec(`4. Office Wi-Fi "${v.cap(v.company(g))}-Agents": ${w}`, w),
        '5. Book headshots with the front desk.',
      ],
    };
  }),
  template('supra-lockbox-chat', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['exports/slack/ops-2025-04-11.json', 'support/chat-export.txt']),
      lines: [
        `[09:14] ${g.pick(['maria', 'dev', 'ops'])}: anyone have the broker account for the showing app? I'm locked out`,
        `[09:16] ${g.pick(['tom', 'kim', 'office'])}: user is broker@${v.domain(g)}`,
        sec(`[09:16] ${g.pick(['tom', 'kim', 'office'])}: pw ${p}`, p),
        '[09:17] maria: thanks! deleting this in a bit',
      ],
    };
  }),
  template('helpdesk-ticket-paste', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['tickets/INC-2291.txt', 'helpdesk/export/ticket-5531.md']),
      lines: [
        `Subject: Appfolio access for new leasing agent at ${v.cap(v.site(g))} Commons`,
        '',
        'Hi team, account is created. Details:',
        `Username: leasing.${v.site(g)}@${v.domain(g)}`,
        sec(`Temporary password: ${p}`, p),
        'She will be asked to change it and set up MFA on first login.',
      ],
    };
  }),
  template('leasing-office-wifi', (g) => {
    const w = v.wifi(g);
    return {
      path: g.pick(['it/network/leasing-office.conf', 'netplan/01-leasing.yaml']),
      lines: [
        'network={',
        `    ssid="${v.cap(v.site(g))}-Leasing"`,
        sec(`    psk="${w}"`, w),
        '    key_mgmt=WPA-PSK',
        '}',
      ],
    };
  }),
  template('model-home-camera', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['model-homes/cameras.yaml', 'homeassistant/configuration.yaml']),
      lines: [
        'camera:',
        '  - platform: generic',
        `    name: ${v.site(g)}_model_entry`,
        `    still_image_url: http://${v.ip(g)}/cgi-bin/snapshot.cgi`,
        '    username: admin',
        sec(`    password: ${p}`, p),
      ],
    };
  }),
  template('gate-access-controller-xml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['gate/controller.xml', 'access/doorking.xml']),
      lines: [
        '<GateController>',
        `  <Site>${v.cap(v.site(g))} Villas</Site>`,
        `  <Host>${v.ip(g)}</Host>`,
        '  <User>installer</User>',
        sec(`  <Password>${p}</Password>`, p),
        '</GateController>',
      ],
    };
  }),
  template('door-code-runbook', (g) => {
    const c = v.doorCode(g);
    return {
      path: g.pick(['runbooks/vendor-access.md', 'maintenance/after-hours.md']),
      lines: [
        '## After-hours vendor access',
        '',
        `Mechanical room at ${v.street(g)}:`,
        sec(`- keypad master code: ${c}`, c),
        '- Sign the log on the clipboard, re-arm the alarm when you leave.',
      ],
    };
  }),
  template('graph-app-secret', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['scripts/Sync-AgentMailboxes.ps1', 'it/offboard-agent.ps1']),
      lines: [
        `$TenantId = '${v.uuid(g)}'`,
        `$ClientId = '${v.uuid(g)}'`,
        sec(`$ClientSecret = '${s}'`, s),
        '$body = @{ grant_type = "client_credentials"; scope = "https://graph.microsoft.com/.default"; client_id = $ClientId; client_secret = $ClientSecret }',
      ],
    };
  }),
  template('powershell-securestring', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['it/New-AgentAccount.ps1', 'scripts/onboard.ps1']),
      lines: [
        sec(`$pw = ConvertTo-SecureString '${p}' -AsPlainText -Force`, p),
        `New-ADUser -Name $Name -UserPrincipalName "$Sam@${v.domain(g)}" -AccountPassword $pw -Enabled $true`,
      ],
    };
  }),
  template('google-sa-key', (g) => {
    const pem = v.pem(g, 'PRIVATE KEY').replace(/\n/g, '\\n');
    return {
      path: g.pick(['secrets/listing-sheets-sa.json', 'credentials/drive-sync.json']),
      lines: [
        '{',
        '  "type": "service_account",',
        `  "project_id": "${v.company(g)}-listings",`,
        `  "private_key_id": "${v.hex(g, 40)}",`,
        sec(`  "private_key": "${pem}\\n",`, pem),
        `  "client_email": "sheets-sync@${v.company(g)}-listings.iam.gserviceaccount.com"`,
        '}',
      ],
    };
  }),
  template('str-guest-code-sheet', (g) => {
    const p = v.pass(g).replace(/[,"]/g, '');
    return {
      path: g.pick(['str/owner-accounts.csv', 'vacation-rentals/logins.csv']),
      lines: ['property,platform,login,password', sec(`${v.site(g)}-cabin,Airbnb,host@${v.domain(g)},${p}`, p)],
    };
  }),
  template('rent-portal-jwt-secret', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['tenant-portal/config/default.json', 'config/production.json']),
      lines: ['{', '  "port": 8080,', sec(`  "jwtSecret": "${s}",`, s), '  "sessionTtl": "12h"', '}'],
    };
  }),
  template('laravel-app-key', (g) => {
    const k = 'base64:' + g.fake.base64(43) + '=';
    return {
      path: g.pick(['.env', 'resident-app/.env']),
      lines: ['APP_NAME="Resident Portal"', 'APP_ENV=production', sec(`APP_KEY=${k}`, k), 'APP_DEBUG=false'],
    };
  }),
  template('mailchimp-newsletter', (g) => {
    const k = g.fake.hex(32) + '-us' + g.between(2, 21);
    return {
      path: g.pick(['marketing/newsletter.py', 'scripts/open_house_blast.py']),
      lines: [
        'from mailchimp_marketing import Client',
        '',
        'mc = Client()',
        sec(`mc.set_config({"api_key": "${k}", "server": "${k.split('-')[1]}"})`, k),
      ],
    };
  }),
  template('showing-app-kiosk-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['kiosk/openhouse.ini', 'signin-kiosk/settings.ini']),
      lines: [
        '[kiosk]',
        `office=${v.cap(v.company(g))} Realty`,
        'crm=followupboss',
        '[admin]',
        sec(`exit_pin_password=${p}`, p),
      ],
    };
  }),
  template('mysqldump-cron', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cron/backup-listings.sh', 'ops/nightly-dump.sh']),
      lines: [
        '#!/bin/sh',
        sec(`mysqldump -u idx_backup -p'${p}' idx_site | gzip > /backups/idx_$(date +%F).sql.gz`, p),
      ],
    };
  }),
];
