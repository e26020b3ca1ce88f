import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * retail-hospitality positives from the store's back office and the chain's head office: Windows
 * registry exports (auto-logon, POS service accounts), INI and .config files of POS and back-office
 * software with MSSQL `sa` passwords, RDP files, PowerShell and batch scripts, franchise reporting FTP
 * drops (WinSCP, ftp -s, curl, lftp), Android POS app gradle.properties and strings.xml, compose and
 * Kubernetes files, Ansible vars, Go/Java/Node services, SQL dumps of back-office users, Markdown
 * runbooks and CSV store sheets. Values generated at run time.
 */
export const backofficePositives: readonly Template[] = [
  template('winlogon-autologon-reg', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['deploy/register-autologon.reg', 'images/till/autologon.reg']),
      lines: [
        'Windows Registry Editor Version 5.00',
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]',
        '"AutoAdminLogon"="1"',
        `"DefaultUserName"="${g.pick(['posuser', 'till', 'kiosk'])}"`,
        `"DefaultDomainName"="${v.brand(g).toUpperCase()}"`,
        sec(`"DefaultPassword"="${p}"`, p),
      ],
    };
  }),
  template('pos-service-reg', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/posserver.reg', 'backup/pos-settings.reg']),
      lines: [
        'Windows Registry Editor Version 5.00',
        '',
        `[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\${v.cap(v.brand(g))}\\POSServer\\Database]`,
        `"Server"="${v.storeHost(g)}\\\\SQLEXPRESS"`,
        '"Database"="POSDB"',
        '"UserName"="sa"',
        sec(`"Password"="${p}"`, p),
      ],
    };
  }),
  template('aloha-style-ini-sa', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['C:/BOOTDRV/POS/INI/backoffice.ini', 'POS/INI/dbconfig.ini']),
      lines: [
        '[SQL]',
        `SERVER=${v.storeHost(g)}\\SQLEXPRESS`,
        'DATABASE=BackOffice',
        'UID=sa',
        sec(`PWD=${p}`, p),
        'TIMEOUT=30',
      ],
    };
  }),
  template('micros-style-odbc-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['MICROS/Res/Pos/Etc/odbc.ini', 'pos/odbc.ini']),
      lines: [
        '[MICROS]',
        'Driver=SQL Anywhere 16',
        'ServerName=sql' + v.storeNo(g),
        'DatabaseName=micros',
        'UID=custom',
        sec(`PWD=${p}`, p),
      ],
    };
  }),
  template('backoffice-app-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['BackOffice.exe.config', 'Services/InventoryService/App.config']),
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<configuration>',
        '  <connectionStrings>',
        sec(
          `    <add name="StoreDb" connectionString="Server=${v.storeHost(g)}\\SQLEXPRESS;Database=StoreOps;User Id=sa;Password=${p};TrustServerCertificate=True" />`,
          p,
        ),
        '  </connectionStrings>',
        '</configuration>',
      ],
    };
  }),
  template('store-rdp-file', (g) => {
    const b = v.rdpBlob(g);
    return {
      path: `support/${v.storeNo(g)}-backoffice.rdp`,
      lines: [
        'screen mode id:i:2',
        `full address:s:${v.storeHost(g)}`,
        `username:s:${v.brand(g).toUpperCase()}\\support`,
        sec(`password 51:b:${b}`, b),
        'prompt for credentials:i:0',
      ],
    };
  }),
  template('powershell-sql-restore', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/Restore-StoreDb.ps1', 'tools/nightly-eod.ps1']),
      lines: [
        'param([string]$Store = $env:COMPUTERNAME)',
        `$SqlServer = "${v.storeHost(g)}\\SQLEXPRESS"`,
        sec(
          `Invoke-Sqlcmd -ServerInstance $SqlServer -Database StoreOps -Username sa -Password "${p}" -Query "EXEC dbo.usp_CloseDay"`,
          p,
        ),
      ],
    };
  }),
  template('powershell-securestring', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/Map-PosShare.ps1', 'deploy/Install-Register.ps1']),
      lines: [
        `$user = "${v.brand(g).toUpperCase()}\\svc_posdeploy"`,
        sec(`$pw = ConvertTo-SecureString "${p}" -AsPlainText -Force`, p),
        '$cred = New-Object System.Management.Automation.PSCredential($user, $pw)',
        'New-PSDrive -Name P -PSProvider FileSystem -Root \\\\fileserver\\posdeploy -Credential $cred',
      ],
    };
  }),
  template('batch-net-use', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/eod_upload.bat', 'C:/POS/bin/sync.cmd']),
      lines: [
        '@echo off',
        sec(`net use Z: \\\\hq-files\\polls /user:${v.brand(g).toUpperCase()}\\polling ${p}`, p),
        'xcopy C:\\POS\\EOD\\*.dat Z:\\%COMPUTERNAME%\\ /Y',
        'net use Z: /delete',
      ],
    };
  }),
  template('batch-osql-sa', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/purge_journal.cmd', 'maint/weekly.bat']),
      lines: [
        '@echo off',
        sec(
          `sqlcmd -S .\\SQLEXPRESS -U sa -P ${p} -d POSDB -Q "DELETE FROM EJournal WHERE BusinessDate < DATEADD(day,-90,GETDATE())"`,
          p,
        ),
      ],
    };
  }),
  template('winscp-franchise-drop', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/royalty_upload.txt', 'winscp/weekly-sales.txt']),
      lines: [
        'option batch abort',
        'option confirm off',
        sec(
          `open sftp://${v.storeNo(g).toLowerCase()}:${p}@${v.sftpHost(g)}/ -hostkey="ssh-ed25519 255 ${g.fake.base64(43)}"`,
          p,
        ),
        'put C:\\POS\\Export\\sales_*.csv /incoming/',
        'exit',
      ],
    };
  }),
  template('ftp-s-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['C:/POS/ftp/upload.ftp', 'scripts/poll.ftp']),
      lines: [
        `open ${v.sftpHost(g)}`,
        `franchise${g.fake.digits(4)}`,
        sec(p, p),
        'binary',
        'cd /inbound/sales',
        'mput C:\\POS\\Export\\*.xml',
        'bye',
      ],
    };
  }),
  template('curl-ftp-upload', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/send_pmix.sh', 'cron/daily_royalty.sh']),
      lines: [
        '#!/bin/sh',
        'DAY=$(date +%Y%m%d)',
        sec(
          `curl -sS --ftp-ssl -T "/var/pos/export/pmix_$DAY.csv" -u "store${g.fake.digits(4)}:${p}" ftp://${v.sftpHost(g)}/incoming/`,
          p,
        ),
      ],
    };
  }),
  template('lftp-mirror', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/pull_price_files.sh', 'ops/menu_sync.sh']),
      lines: [
        '#!/bin/bash',
        'set -euo pipefail',
        sec(
          `lftp -u "hq_menu,${p}" -e "mirror --only-newer /outbound/menus /srv/menus; quit" sftp://${v.sftpHost(g)}`,
          p,
        ),
      ],
    };
  }),
  template('android-gradle-properties', (g) => {
    const p = v.plain(g);
    const k = v.plain(g);
    return {
      path: g.pick(['gradle.properties', 'pos-android/gradle.properties']),
      lines: [
        'org.gradle.jvmargs=-Xmx2048m',
        'android.useAndroidX=true',
        'RELEASE_STORE_FILE=../keys/pos-release.jks',
        sec(`RELEASE_STORE_PASSWORD=${p}`, p),
        'RELEASE_KEY_ALIAS=pos',
        sec(`RELEASE_KEY_PASSWORD=${k}`, k),
      ],
    };
  }),
  template('android-strings-backend-key', (g) => {
    const k = v.alnum(g, 32, 40);
    return {
      path: 'app/src/main/res/values/secrets.xml',
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<resources>',
        '    <string name="app_name">Server Handheld</string>',
        `    <string name="backend_url">https://api.${v.brand(g)}.com/pos/</string>`,
        sec(`    <string name="backend_api_secret">${k}</string>`, k),
        '</resources>',
      ],
    };
  }),
  template('android-gradle-square-token', (g) => {
    const t = v.squareToken(g);
    return {
      path: 'app/build.gradle',
      lines: [
        'android {',
        '    defaultConfig {',
        `        applicationId "com.${v.brand(g)}.pos"`,
        sec(`        buildConfigField "String", "SQUARE_ACCESS_TOKEN", "\\"${t}\\""`, t),
        '    }',
        '}',
      ],
    };
  }),
  template('compose-pos-backend', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'deploy/store-stack/compose.yaml']),
      lines: [
        'services:',
        '  db:',
        '    image: mcr.microsoft.com/mssql/server:2022-latest',
        '    environment:',
        '      ACCEPT_EULA: "Y"',
        sec(`      MSSQL_SA_PASSWORD: "${p}"`, p),
        '  api:',
        `    image: registry.${v.brand(g)}.com/pos-api:4.2`,
        '    depends_on: [db]',
      ],
    };
  }),
  template('k8s-secret-stringdata', (g) => {
    const t = v.toastSecret(g);
    return {
      path: g.pick(['k8s/toast-secret.yaml', 'manifests/pos-integrations-secret.yaml']),
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: pos-integrations',
        'type: Opaque',
        'stringData:',
        sec(`  TOAST_CLIENT_SECRET: "${t}"`, t),
      ],
    };
  }),
  template('ansible-store-vars', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['group_vars/stores.yml', 'inventories/stores/group_vars/all.yml']),
      lines: [
        'pos_sql_instance: SQLEXPRESS',
        'pos_sql_user: sa',
        sec(`pos_sql_password: "${p}"`, p),
        'ntp_server: 10.0.0.1',
      ],
    };
  }),
  template('go-pos-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['internal/config/defaults.go', 'cmd/poller/config.go']),
      lines: [
        'package config',
        '',
        'var Default = Config{',
        `\tSQLHost:     "${v.storeHost(g)}",`,
        '\tSQLUser:     "sa",',
        sec(`\tSQLPassword: "${p}",`, p),
        '\tPollEvery:   300,',
        '}',
      ],
    };
  }),
  template('java-jdbc-pos', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['src/main/java/com/chain/eod/StoreDb.java', 'poller/src/Db.java']),
      lines: [
        'public final class StoreDb {',
        '    static Connection open(String host) throws SQLException {',
        sec(
          `        return DriverManager.getConnection("jdbc:sqlserver://" + host + ":1433;databaseName=POSDB", "sa", "${p}");`,
          p,
        ),
        '    }',
        '}',
      ],
    };
  }),
  template('node-mssql-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['src/db.js', 'server/mssql.js']),
      lines: [
        "const sql = require('mssql');",
        'const pool = new sql.ConnectionPool({',
        "  user: 'pos_reader',",
        sec(`  password: '${p}',`, p),
        `  server: '${v.storeHost(g)}',`,
        "  database: 'POSDB',",
        '  options: { trustServerCertificate: true },',
        '});',
      ],
    };
  }),
  template('sql-dump-backoffice-users', (g) => {
    const h = v.bcrypt(g);
    return {
      path: g.pick(['dumps/backoffice_users.sql', 'db/seed-prod-users.sql']),
      lines: [
        'INSERT INTO `bo_users` (`id`, `email`, `role`, `password_hash`) VALUES',
        sec(`(${g.between(1, 90)}, 'gm.${v.storeNo(g).toLowerCase()}@${v.brand(g)}.com', 'manager', '${h}');`, h),
      ],
    };
  }),
  template('runbook-store-setup', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['docs/runbooks/new-store-setup.md', 'wiki/Store-Opening-Checklist.md']),
      lines: [
        '# New store setup',
        '',
        '1. Image the back-office PC with the 2026.2 image.',
        `2. Join it to the domain and log in as the local admin (\`storeadmin\` / \`${p}\`).`,
        '3. Run `Install-Register.ps1` on each till.',
      ].map((l) => (l.includes(`\`${p}\``) ? sec(l, p) : l)),
    };
  }),
  template('runbook-wifi-and-printer', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docs/it/handover.md', 'README-store-it.md']),
      lines: [
        '## Network',
        '',
        `- Staff Wi-Fi: \`${v.cap(v.brand(g))}-Staff\``,
        sec(`- Staff Wi-Fi password: \`${p}\``, p),
        '- Guest Wi-Fi: open, captive portal on the UniFi controller',
      ],
    };
  }),
  template('csv-store-sheet', (g) => {
    const rows = [0, 1, 2].map(() => ({ store: v.storeNo(g), host: v.storeHost(g), p: v.plain(g) }));
    return {
      path: g.pick(['inventory/stores.csv', 'it/store-routers.csv']),
      lines: [
        'store,backoffice_host,admin_user,admin_password,opened',
        ...rows.map((r) =>
          sec(`${r.store},${r.host},storeadmin,${r.p},2024-0${g.between(1, 9)}-1${g.between(0, 9)}`, r.p),
        ),
      ],
    };
  }),
  template('python-pyodbc-sa', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['etl/pull_store_sales.py', 'reports/labor.py']),
      lines: [
        'import pyodbc',
        '',
        'conn = pyodbc.connect(',
        sec(
          `    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=${v.storeHost(g)};DATABASE=POSDB;UID=sa;PWD=${p};TrustServerCertificate=yes"`,
          p,
        ),
        ')',
      ],
    };
  }),
  template('terraform-store-vpn', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['terraform/stores/vpn.tf', 'infra/store-vpn.tf']),
      lines: [
        'resource "aws_vpn_connection" "store" {',
        '  customer_gateway_id = aws_customer_gateway.store.id',
        '  vpn_gateway_id      = aws_vpn_gateway.hq.id',
        '  type                = "ipsec.1"',
        sec(`  tunnel1_preshared_key = "${p}"`, p),
        '}',
      ],
    };
  }),
  template('aws-keys-store-backups', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['C:/POS/Backup/backup.ini', 'config/offsite.ini']),
      lines: [
        '[S3]',
        `Bucket=${v.brand(g)}-store-backups`,
        sec(`AccessKeyId=${id}`, id),
        sec(`SecretAccessKey=${s}`, s),
        'Region=us-east-1',
      ],
    };
  }),
];
