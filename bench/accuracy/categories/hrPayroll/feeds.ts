import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * hr-payroll positives from the plumbing around HR systems: benefits carriers' SFTP feeds (834 EDI),
 * payroll bank files (NACHA over SFTP, PGP passphrases), 401(k) and COBRA vendors, LDAP/AD sync and
 * provisioning (Okta API tokens, SCIM bearer tokens, Entra client secrets, bind passwords), DocuSign
 * onboarding keys, time clocks, Terraform, cron scripts, runbooks and credential sheets, and the HR
 * portal's own user dumps. Values generated at run time.
 */
export const feedPositives: readonly Template[] = [
  template('benefits-834-sshpass-cron', (g) => {
    const pw = v.plain(g);
    const h = v.host(g);
    return {
      path: g.pick(['cron/send_834.sh', 'scripts/benefits/push_834_weekly.sh']),
      lines: [
        '#!/bin/bash',
        '# Weekly 834 enrollment file to the medical carrier',
        'FILE=$(ls -t /data/outbound/834/*.edi | head -1)',
        sec(`sshpass -p '${pw}' sftp -oBatchMode=no -b - northwind_834@${h} <<EOF`, pw),
        'cd /inbound',
        'put $FILE',
        'EOF',
      ],
    };
  }),
  template('benefits-winscp-script', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['Benefits/upload_834.txt', 'scripts/winscp_834.txt']),
      lines: [
        'option batch abort',
        'option confirm off',
        sec(`open sftp://NWD_EDI:${pw}@${v.host(g)}/ -hostkey="ssh-ed25519 255 ${g.fake.base64(43)}"`, pw),
        'put D:\\Benefits\\Outbound\\834_*.edi /incoming/',
        'exit',
      ],
    };
  }),
  template('benefits-paramiko-python', (g) => {
    const pw = v.pass(g);
    return {
      path: g.pick(['benefits/carrier_upload.py', 'edi/send_enrollment.py']),
      lines: [
        'import paramiko',
        '',
        `transport = paramiko.Transport(("${v.host(g)}", 22))`,
        sec(`transport.connect(username="grp${g.fake.digits(6)}", password="${pw}")`, pw),
        'sftp = paramiko.SFTPClient.from_transport(transport)',
        'sftp.put("out/834_enrollment.edi", "/inbound/834_enrollment.edi")',
      ],
    };
  }),
  template('carrier-feed-yaml', (g) => {
    const feeds = [0, 1].map(() => ({
      carrier: g.pick(['aetna', 'cigna', 'metlife', 'guardian', 'vsp', 'deltadental']),
      pw: v.plain(g),
    }));
    return {
      path: g.pick(['config/carrier_feeds.yaml', 'benefits/feeds.yml']),
      lines: [
        'carriers:',
        ...feeds.flatMap((f) => [
          `  ${f.carrier}:`,
          `    host: sftp.${f.carrier}.com`,
          '    format: 834_5010',
          `    username: nwd_${f.carrier}`,
          sec(`    password: "${f.pw}"`, f.pw),
        ]),
      ],
    };
  }),
  template('nacha-sftp-bank-properties', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['payroll/bank-transfer.properties', 'config/ach-upload.properties']),
      lines: [
        '# Direct deposit: NACHA file to the bank before 16:00 ET',
        `bank.sftp.host=${g.pick(['sftp.chase.com', 'transmissions.wellsfargo.com', 'ft.bankofamerica.com', 'sftp.svb.com'])}`,
        'bank.sftp.port=22',
        `bank.sftp.user=NWD${g.fake.digits(6)}`,
        sec(`bank.sftp.password=${pw}`, pw),
        `bank.ach.immediate-origin=1${g.fake.digits(9)}`,
      ],
    };
  }),
  template('nacha-gpg-passphrase-cron', (g) => {
    const pp = v.passphrase(g);
    return {
      path: g.pick(['cron/encrypt_ach.sh', 'payroll/send_nacha.sh']),
      lines: [
        '#!/bin/sh',
        'ACH=/payroll/out/ACH_$(date +%Y%m%d).txt',
        sec(`gpg --batch --yes --pinentry-mode loopback --passphrase '${pp}' --sign --encrypt -r bank-ach "$ACH"`, pp),
        'sftp -i ~/.ssh/bank_ed25519 ach_nwd@sftp.bankpartner.com <<< "put $ACH.gpg /inbound/"',
      ],
    };
  }),
  template('retirement-recordkeeper-netrc', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['.netrc', 'home/payroll/.netrc']),
      lines: [
        sec(
          `machine ftp.${g.pick(['empower-retirement', 'fidelity', 'principal', 'vanguard'])}.com login nwd401k password ${pw}`,
          pw,
        ),
      ],
    };
  }),
  template('cobra-vendor-lftp', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['scripts/cobra_qe_upload.sh', 'benefits/cobra.sh']),
      lines: [
        '#!/bin/sh',
        '# Qualifying events to the COBRA administrator',
        sec(`lftp -u "nwd_cobra,${pw}" sftp://${v.host(g)} -e "put /data/cobra/qe_$(date +%F).csv; bye"`, pw),
      ],
    };
  }),
  template('ldap-sync-python', (g) => {
    const pw = v.pass(g);
    const dn = `CN=${v.svcUser(g)},OU=Service Accounts,DC=corp,DC=local`;
    return {
      path: g.pick(['provisioning/ad_sync.py', 'hr2ad/sync_workers.py']),
      lines: [
        'from ldap3 import Server, Connection, NTLM',
        '',
        `server = Server("ldaps://${v.ldapHost(g)}", use_ssl=True)`,
        sec(`conn = Connection(server, user="${dn}", password="${pw}", auto_bind=True)`, pw),
        'conn.search("OU=Employees,DC=corp,DC=local", "(employeeID=*)", attributes=["employeeID", "manager"])',
      ],
    };
  }),
  template('ldap-bind-yaml-connector', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['config/ldap.yml', 'hr-provisioner/application.yml']),
      lines: [
        'ldap:',
        `  url: ldaps://${v.ldapHost(g)}:636`,
        '  base: DC=corp,DC=local',
        `  bind-dn: CN=${v.svcUser(g)},OU=Service Accounts,DC=corp,DC=local`,
        sec(`  bind-password: ${pw}`, pw),
        '  user-search-base: OU=Employees',
      ],
    };
  }),
  template('ad-sync-powershell', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['AD/New-HireAccounts.ps1', 'scripts/Sync-HRToAD.ps1']),
      lines: [
        'Import-Module ActiveDirectory',
        sec(`$secure = ConvertTo-SecureString '${pw}' -AsPlainText -Force`, pw),
        `$cred = New-Object PSCredential('CORP\\${v.svcUser(g)}', $secure)`,
        'Import-Csv .\\new_hires.csv | ForEach-Object {',
        "  New-ADUser -Name $_.DisplayName -EmployeeID $_.EmployeeID -Path 'OU=Employees,DC=corp,DC=local' -Credential $cred",
        '}',
      ],
    };
  }),
  template('okta-api-token-env', (g) => {
    const t = v.oktaToken(g);
    return {
      path: g.pick(['.env', 'hr-provisioning/.env']),
      lines: [
        `OKTA_ORG_URL=https://${v.oktaOrg(g)}`,
        sec(`OKTA_API_TOKEN=${t}`, t),
        'OKTA_GROUP_NEW_HIRES=00g1newhires',
      ],
    };
  }),
  template('okta-ssws-curl', (g) => {
    const t = v.oktaToken(g);
    return {
      path: g.pick(['scripts/deactivate_leaver.sh', 'offboarding/okta_deactivate.sh']),
      lines: [
        '#!/bin/bash',
        'EMAIL="$1"',
        `ORG=https://${v.oktaOrg(g)}`,
        sec(`AUTH="Authorization: SSWS ${t}"`, t),
        'ID=$(curl -s -H "$AUTH" "$ORG/api/v1/users/$EMAIL" | jq -r .id)',
        'curl -s -X POST -H "$AUTH" "$ORG/api/v1/users/$ID/lifecycle/deactivate"',
      ],
    };
  }),
  template('okta-terraform-provider', (g) => {
    const t = v.oktaToken(g);
    return {
      path: g.pick(['terraform/okta/provider.tf', 'infra/identity/main.tf']),
      lines: [
        'provider "okta" {',
        `  org_name  = "${v.oktaOrg(g).split('.')[0]}"`,
        '  base_url  = "okta.com"',
        sec(`  api_token = "${t}"`, t),
        '}',
      ],
    };
  }),
  template('scim-bearer-json', (g) => {
    const t = v.scimToken(g);
    return {
      path: g.pick(['config/scim.json', 'provisioning/scim-targets.json']),
      lines: [
        '{',
        '  "target": "hr-portal",',
        '  "scimBaseUrl": "https://people.northwind.io/scim/v2",',
        sec(`  "bearerToken": "${t}",`, t),
        '  "mappings": { "employeeNumber": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber" }',
        '}',
      ],
    };
  }),
  template('scim-token-curl-md', (g) => {
    const t = v.scimToken(g);
    return {
      path: g.pick(['docs/scim-testing.md', 'runbooks/scim.md']),
      lines: [
        '### Test the SCIM endpoint',
        '',
        sec(`    curl -H "Authorization: Bearer ${t}" https://hris.northwind.io/scim/v2/Users?count=1`, t),
      ],
    };
  }),
  template('entra-provisioning-client-secret', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['appsettings.json', 'HrProvisioning/appsettings.Production.json']),
      lines: [
        '{',
        '  "AzureAd": {',
        `    "TenantId": "${v.uuid(g)}",`,
        `    "ClientId": "${v.uuid(g)}",`,
        sec(`    "ClientSecret": "${s}"`, s),
        '  }',
        '}',
      ],
    };
  }),
  template('docusign-onboarding-rsa-key', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['onboarding/docusign_private_key.pem', 'keys/docusign-offer-letters.key']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
  template('docusign-offer-letter-env', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['.env', 'offer-letters/.env']),
      lines: [
        `DOCUSIGN_INTEGRATION_KEY=${v.uuid(g)}`,
        sec(`DOCUSIGN_SECRET_KEY=${s}`, s),
        `DOCUSIGN_ACCOUNT_ID=${v.uuid(g)}`,
        'DOCUSIGN_OFFER_TEMPLATE=Offer Letter v7',
      ],
    };
  }),
  template('timeclock-device-config', (g) => {
    const pw = g.fake.digits(6).replace(/^0/, '5');
    const admin = v.plain(g);
    return {
      path: g.pick(['timeclocks/devices.ini', 'config/clocks.ini']),
      lines: [
        '[clock-warehouse-01]',
        `ip=10.${g.between(10, 40)}.8.${g.between(20, 80)}`,
        'port=4370',
        sec(`comm_password=${pw}`, pw),
        sec(`admin_password=${admin}`, admin),
      ],
    };
  }),
  template('aws-payroll-archive-keys', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['payroll-archiver/.env', 'config/archive.env']),
      lines: [
        'ARCHIVE_BUCKET=nwd-payroll-registers',
        sec(`AWS_ACCESS_KEY_ID=${id}`, id),
        sec(`AWS_SECRET_ACCESS_KEY=${s}`, s),
        'AWS_REGION=us-east-1',
      ],
    };
  }),
  template('terraform-secret-adp', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['terraform/secrets.tf', 'infra/payroll/secrets.tf']),
      lines: [
        'resource "aws_secretsmanager_secret_version" "adp" {',
        '  secret_id = aws_secretsmanager_secret.adp.id',
        '  secret_string = jsonencode({',
        `    client_id     = "${v.uuid(g)}"`,
        sec(`    client_secret = "${s}"`, s),
        '  })',
        '}',
      ],
    };
  }),
  template('hr-portal-user-dump-bcrypt', (g) => {
    const rows = [0, 1].map(() => ({
      email: `${g.pick(['hr.admin', 'payroll.lead', 'benefits'])}${g.between(1, 9)}@northwind.io`,
      h: '$2y$10$' + g.fake.from('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53),
    }));
    return {
      path: g.pick(['backups/hrportal_users.sql', 'db/dumps/users_2024-05.sql']),
      lines: [
        'INSERT INTO `users` (`id`, `email`, `password`, `role`) VALUES',
        sec(`(1,'${rows[0]!.email}','${rows[0]!.h}','admin'),`, rows[0]!.h),
        sec(`(2,'${rows[1]!.email}','${rows[1]!.h}','payroll');`, rows[1]!.h),
      ],
    };
  }),
  template('orangehrm-db-config-php', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['lib/confs/Conf.php', 'orangehrm/lib/confs/Conf.php']),
      lines: [
        '<?php',
        'class Conf {',
        "    public $dbhost = 'localhost';",
        "    public $dbport = '3306';",
        "    public $dbname = 'orangehrm_mysql';",
        "    public $dbuser = 'orangehrm';",
        sec(`    public $dbpass = '${pw}';`, pw),
        '}',
      ],
    };
  }),
  template('payroll-db-connection-string', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['Web.config', 'PayrollService/App.config']),
      lines: [
        '<connectionStrings>',
        sec(
          `  <add name="Payroll" connectionString="Server=sql-payroll01;Database=UltiProStaging;User Id=payroll_etl;Password=${pw};" providerName="System.Data.SqlClient" />`,
          pw,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('hr-credentials-sheet-csv', (g) => {
    const a = v.plain(g);
    const b = v.plain(g);
    return {
      path: g.pick(['IT/hr-systems-logins.csv', 'handover/people-ops-accounts.csv']),
      lines: [
        'system,url,username,password,notes',
        sec(`ADP Workforce Now,https://workforcenow.adp.com,nwd.payroll.admin,${a},MFA on shared phone`, a),
        sec(`Benefits carrier SFTP,sftp://${v.host(g)},nwd_834,${b},weekly 834`, b),
        'Workday,https://impl.workday.com,see vault,,SSO',
      ],
    };
  }),
  template('onboarding-runbook-prose', (g) => {
    const pw = v.pass(g);
    return {
      path: g.pick(['runbooks/payroll-close.md', 'wiki/Payroll/Month-End.md']),
      lines: [
        '# Payroll close checklist',
        '',
        '1. Export the register from the payroll system.',
        sec(`2. Log into the bank portal as \`nwd_ach_upload\`, password \`${pw}\`, and upload the NACHA file.`, pw),
        '3. Email the confirmation to finance.',
      ],
    };
  }),
  template('slack-paste-temp-password', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['exports/slack/people-ops/2024-03-04.json', 'chat/hr-it-handoff.txt']),
      lines: [
        `[09:14] ${v.person(g)}: the Paylocity integration user got locked again`,
        sec(`[09:16] it-helpdesk: reset it, temp password is ${pw} (change on first login)`, pw),
        `[09:17] ${v.person(g)}: thanks!`,
      ],
    };
  }),
  template('ansible-hr-vars', (g) => {
    const pw = v.plain(g);
    const k = v.bambooKey(g);
    return {
      path: g.pick(['ansible/group_vars/hrapps.yml', 'inventories/prod/group_vars/payroll.yml']),
      lines: [
        'kronos_db_host: sql-kronos01.corp.local',
        'kronos_db_user: wfc_app',
        sec(`kronos_db_password: "${pw}"`, pw),
        sec(`bamboohr_api_key: "${k}"`, k),
      ],
    };
  }),
];
