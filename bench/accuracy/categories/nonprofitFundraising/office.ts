import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * nonprofit-fundraising positives from the website and the small office: WordPress donation sites
 * (wp-config, GiveWP and Charitable settings, option dumps), Google Workspace and Microsoft 365
 * nonprofit tenants (service accounts, Graph app secrets, Apps Script), shared login sheets, NAS and
 * Wi-Fi, board portals, runbooks and hand-over notes. Values generated at run time.
 */
export const officePositives: readonly Template[] = [
  template('wp-config-donations', (g) => {
    const p = v.plain(g);
    return {
      path: 'wp-config.php',
      lines: [
        '<?php',
        "define( 'DB_NAME', 'wp_giving' );",
        `define( 'DB_USER', '${v.org(g)}_wp' );`,
        sec(`define( 'DB_PASSWORD', '${p}' );`, p),
        "define( 'DB_HOST', 'localhost' );",
        "$table_prefix = 'wp_';",
      ],
    };
  }),
  template('wp-config-salts', (g) => {
    const a = v.wpSalt(g);
    const b = v.wpSalt(g);
    return {
      path: g.pick(['wp-config.php', 'public_html/wp-config.php']),
      lines: ['<?php', sec(`define('AUTH_KEY',         '${a}');`, a), sec(`define('SECURE_AUTH_KEY',  '${b}');`, b)],
    };
  }),
  template('givewp-api-keys-sql', (g) => {
    const pub = v.hex(g, 32);
    const sk = v.hex(g, 32);
    return {
      path: g.pick(['backups/wp_usermeta.sql', 'db/give-keys.sql']),
      lines: [
        '-- GiveWP stores each API key as the meta_key and its kind as the meta_value',
        'INSERT INTO `wp_usermeta` (`user_id`, `meta_key`, `meta_value`) VALUES',
        sec(`(1, '${pub}', 'give_user_public_key'),`, pub),
        sec(`(1, '${sk}', 'give_user_secret_key');`, sk),
      ],
    };
  }),
  template('givewp-api-curl', (g) => {
    const pub = v.hex(g, 32);
    const tok = v.hex(g, 32);
    return {
      path: g.pick(['docs/givewp-reporting.md', 'scripts/give_donations.sh']),
      lines: [sec(`curl "https://${v.orgDomain(g)}/give-api/v2/donations/?key=${pub}&token=${tok}&number=50"`, tok)],
    };
  }),
  template('givewp-stripe-option-dump', (g) => {
    const s = v.stripeSecret(g, 'live');
    return {
      path: g.pick(['backups/wp_options.sql', 'migrate/give_settings.sql']),
      lines: [
        'INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES',
        sec(
          `('give_settings', 'a:3:{s:9:\\"test_mode\\";s:0:\\"\\";s:15:\\"live_secret_key\\";s:${s.length}:\\"${s}\\";s:8:\\"currency\\";s:3:\\"USD\\";}', 'yes');`,
          s,
        ),
      ],
    };
  }),
  template('charitable-paypal-settings', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['wp-content/mu-plugins/charitable-config.php', 'wp-content/themes/hope/inc/charitable.php']),
      lines: [
        '<?php',
        "add_filter( 'charitable_settings', function ( $settings ) {",
        "    $settings['gateways_paypal']['api_username'] = 'finance_api1.hopehouse.org';",
        sec(`    $settings['gateways_paypal']['api_password'] = '${p}';`, p),
        '    return $settings;',
        '} );',
      ],
    };
  }),
  template('wp-mail-smtp-constant', (g) => {
    const p = v.plain(g);
    return {
      path: 'wp-config.php',
      lines: [
        "define( 'WPMS_ON', true );",
        "define( 'WPMS_MAILER', 'smtp' );",
        "define( 'WPMS_SMTP_HOST', 'smtp.office365.com' );",
        `define( 'WPMS_SMTP_USER', 'donations@${v.orgDomain(g)}' );`,
        sec(`define( 'WPMS_SMTP_PASS', '${p}' );`, p),
      ],
    };
  }),
  template('wp-users-dump', (g) => {
    const h = v.phpassHash(g);
    return {
      path: g.pick(['backups/wp_users.sql', 'old-site/wp_users.sql']),
      lines: [
        'INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_email`) VALUES',
        sec(`(1, 'admin', '${h}', 'webmaster@${v.orgDomain(g)}');`, h),
      ],
    };
  }),
  template('gworkspace-service-account', (g) => {
    const key = v.pem(g, 'PRIVATE KEY');
    const oneLine = key.replace(/\n/g, '\\n');
    const first = oneLine.slice(0, 80);
    return {
      path: g.pick(['credentials/donor-sheets-sa.json', 'service-account.json']),
      lines: [
        '{',
        '  "type": "service_account",',
        `  "project_id": "${v.org(g)}-donor-reports",`,
        `  "private_key_id": "${g.fake.hex(40)}",`,
        sec(`  "private_key": "${oneLine}\\n",`, first),
        `  "client_email": "sheets-sync@${v.org(g)}-donor-reports.iam.gserviceaccount.com",`,
        '  "token_uri": "https://oauth2.googleapis.com/token"',
        '}',
      ],
    };
  }),
  template('m365-graph-app-powershell', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['scripts/Sync-VolunteerGroups.ps1', 'm365/New-StaffMailboxes.ps1']),
      lines: [
        `$tenantId = '${v.uuid(g)}'`,
        `$clientId = '${v.uuid(g)}'`,
        sec(`$clientSecret = '${s}'`, s),
        '$body = @{ grant_type = "client_credentials"; scope = "https://graph.microsoft.com/.default"; client_id = $clientId; client_secret = $clientSecret }',
        'Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body',
      ],
    };
  }),
  template('m365-admin-connect', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['scripts/Connect-Tenant.ps1', 'ops/License-Grants.ps1']),
      lines: [
        `$user = 'admin@${v.org(g)}.onmicrosoft.com'`,
        sec(`$pw = ConvertTo-SecureString '${p}' -AsPlainText -Force`, p),
        '$cred = New-Object System.Management.Automation.PSCredential($user, $pw)',
        'Connect-ExchangeOnline -Credential $cred',
      ],
    };
  }),
  template('apps-script-hardcoded-key', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['Code.gs', 'DonorSheet.gs']),
      lines: [
        "const NEON_ORG = 'hopehouse';",
        sec(`const NEON_KEY = '${k}';`, k),
        'function syncDonations() {',
        "  const auth = Utilities.base64Encode(NEON_ORG + ':' + NEON_KEY);",
        "  const res = UrlFetchApp.fetch('https://api.neoncrm.com/v2/donations/search', { method: 'post', headers: { Authorization: 'Basic ' + auth } });",
        '}',
      ],
    };
  }),
  template('login-sheet-csv', (g) => {
    const a = v.pass(g);
    const b = v.pass(g);
    const safe = (s: string): string => s.replace(/,/g, '.');
    const aa = safe(a);
    const bb = safe(b);
    return {
      path: g.pick(['Shared Drive/IT/Logins.csv', 'office/passwords.csv']),
      lines: [
        'System,URL,Username,Password,Notes',
        sec(`Raiser's Edge NXT,https://host.nxt.blackbaud.com,${v.email(g)},${aa},dev director`, aa),
        sec(`Constant Contact,https://login.constantcontact.com,${v.org(g)}office,${bb},newsletter`, bb),
        'Copier,http://192.168.1.20,admin,(see sticker),front office',
      ],
    };
  }),
  template('login-sheet-markdown', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['docs/accounts.md', 'handover/logins.md']),
      lines: [
        '| Service | Login | Password |',
        '| --- | --- | --- |',
        sec(`| Bloomerang | ${v.email(g)} | ${p} |`, p),
        '| Canva for Nonprofits | comms@ (Google SSO) | n/a |',
      ],
    };
  }),
  template('synology-nas-note', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['IT/office-network.md', 'docs/network.md']),
      lines: [
        '## Office NAS (Synology DS920+)',
        `- Address: https://${v.ip(g)}:5001`,
        '- Admin user: nasadmin',
        sec(`- Admin password: ${p}`, p),
        '- Hyper Backup runs nightly to Backblaze B2',
      ],
    };
  }),
  template('wifi-wpa-supplicant', (g) => {
    const p = v.wifi(g);
    return {
      path: g.pick(['kiosk/wpa_supplicant.conf', 'raspi/wpa_supplicant.conf']),
      lines: [
        'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev',
        'country=US',
        'network={',
        `    ssid="${v.cap(v.org(g))}-Staff"`,
        sec(`    psk="${p}"`, p),
        '}',
      ],
    };
  }),
  template('wifi-handover-note', (g) => {
    const p = v.wifi(g);
    return {
      path: g.pick(['handover.txt', 'Office Manager Notes.txt']),
      lines: [
        'Office Wi-Fi',
        `Network: ${v.cap(v.org(g))}-Staff`,
        sec(`Wi-Fi password: ${p}`, p),
        'Guest network has no password, captive portal only.',
      ],
    };
  }),
  template('board-portal-runbook', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['board/onboarding.md', 'governance/board-portal.md']),
      lines: [
        '# Board portal (BoardEffect)',
        '',
        'Shared login for the board secretary until SSO is set up:',
        '',
        `- Username: secretary@${v.orgDomain(g)}`,
        sec(`- Password: ${p}`, p),
      ],
    };
  }),
  template('runbook-re-nxt-admin', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['runbooks/year-end-receipts.md', 'docs/year-end.md']),
      lines: [
        '## Year-end tax receipts',
        "1. Log in to Raiser's Edge NXT with the data-entry account.",
        sec(`   user \`dataentry@${v.orgDomain(g)}\`, password \`${p}\``, p),
        '2. Run the "Year-End Receipts" query and export to Word merge.',
      ],
    };
  }),
  template('ini-donor-kiosk', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['kiosk/config.ini', 'giving-kiosk/settings.ini']),
      lines: ['[kiosk]', 'location=Lobby', 'currency=USD', '', '[admin]', 'user=kioskadmin', sec(`password=${p}`, p)],
    };
  }),
  template('compose-civicrm', (g) => {
    const p = v.plain(g);
    const r = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'civicrm/docker-compose.yml']),
      lines: [
        'services:',
        '  db:',
        '    image: mariadb:10.11',
        '    environment:',
        sec(`      MYSQL_ROOT_PASSWORD: ${r}`, r),
        '      MYSQL_DATABASE: civicrm',
        '      MYSQL_USER: civicrm',
        sec(`      MYSQL_PASSWORD: ${p}`, p),
      ],
    };
  }),
  template('aws-backup-key-pair', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['backup/.aws/credentials', 'nas-sync/credentials']),
      lines: [
        '[donor-backups]',
        sec(`aws_access_key_id = ${id}`, id),
        sec(`aws_secret_access_key = ${s}`, s),
        'region = us-east-2',
      ],
    };
  }),
  template('handover-email-text', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['handover/from-outgoing-ed.txt', 'notes/transition.txt']),
      lines: [
        'Hi Maria,',
        '',
        'Before I leave, here are the logins you will need for the spring gala:',
        sec(`Eventbrite: events@${v.orgDomain(g)} / ${p}`, p),
        'The Classy account uses Google sign-in with the development@ address.',
      ],
    };
  }),
  template('chat-paste-password', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['exports/slack-it-help.txt', 'chat/teams-export.txt']),
      lines: [
        '[09:14] pastor.mike: what is the Breeze admin login again?',
        sec(`[09:16] office.jen: username admin, password is ${p}`, p),
        '[09:17] pastor.mike: thanks!',
      ],
    };
  }),
  template('yaml-sync-service', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/settings.yaml', 'donor-sync/config.yaml']),
      lines: [
        'database:',
        '  host: db.hopehouse.local',
        '  name: donations',
        '  user: sync',
        sec(`  password: ${p}`, p),
        'neon:',
        '  org_id: hopehouse',
        '  api_key: ${NEON_API_KEY}',
      ],
    };
  }),
  template('pfx-password-cert', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/Install-GivingCert.ps1', 'ops/Import-Cert.ps1']),
      lines: [
        sec(`$pfxPass = ConvertTo-SecureString -String '${p}' -Force -AsPlainText`, p),
        'Import-PfxCertificate -FilePath .\\donate.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPass',
      ],
    };
  }),
  template('mysqldump-cron', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cron/backup-wp.sh', 'scripts/nightly-backup.sh']),
      lines: [
        '#!/bin/sh',
        sec(`mysqldump -u wpbackup -p'${p}' wp_giving | gzip > /volume1/backups/wp-$(date +%F).sql.gz`, p),
      ],
    };
  }),
  template('gam-oauth-client-secret', (g) => {
    const s = 'GOCSPX-' + g.fake.base64url(28).replace(/^[-_]/, 'a');
    return {
      path: g.pick(['gam/client_secrets.json', 'GAMConfig/client_secrets.json']),
      lines: [
        '{"installed": {',
        `  "client_id": "${g.fake.digits(12)}-${g.fake.lowerAlnum(32)}.apps.googleusercontent.com",`,
        sec(`  "client_secret": "${s}",`, s),
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth"',
        '}}',
      ],
    };
  }),
  template('wp-cli-user-create', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docs/site-setup.md', 'scripts/provision-site.sh']),
      lines: [sec(`wp user create giveadmin give@${v.orgDomain(g)} --role=administrator --user_pass=${p}`, p)],
    };
  }),
  template('multi-line-pem-block', (g) => {
    const key = v.pem(g, 'PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['keys/sfmc-jwt.pem', 'certs/donate-site.key']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
];
