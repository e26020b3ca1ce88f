import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * construction-field-service positives from field-service software and the dispatch scripts around
 * it: ServiceTitan (app key, client id and secret), Jobber, Housecall Pro, FieldEdge, Salesforce Field
 * Service, ServiceNow FSM, Workiz; technician tablets and kiosks (MDM configs, exit PINs), dispatch
 * SMS and e-mail, QuickBooks and Zapier glue. Values generated at run time.
 */
export const fieldServicePositives: readonly Template[] = [
  template('servicetitan-env', (g) => {
    const k = v.stAppKey(g);
    const s = v.stSecret(g);
    return {
      path: g.pick(['.env', 'st-dispatch-sync/.env', 'services/servicetitan/.env.production']),
      lines: [
        `ST_TENANT_ID=${v.stTenant(g)}`,
        sec(`ST_APP_KEY=${k}`, k),
        `ST_CLIENT_ID=${v.stClientId(g)}`,
        sec(`ST_CLIENT_SECRET=${s}`, s),
        'ST_AUTH_URL=https://auth.servicetitan.io/connect/token',
      ],
    };
  }),
  template('servicetitan-python-headers', (g) => {
    const k = v.stAppKey(g);
    return {
      path: g.pick(['jobs/pull_jobs.py', 'dispatch/st_jobs.py']),
      lines: [
        'import requests',
        '',
        `TENANT = "${v.stTenant(g)}"`,
        'headers = {',
        '    "Authorization": token,',
        sec(`    "ST-App-Key": "${k}",`, k),
        '}',
        'r = requests.get(f"https://api.servicetitan.io/jpm/v2/tenant/{TENANT}/jobs", headers=headers)',
      ],
    };
  }),
  template('servicetitan-csharp-options', (g) => {
    const s = v.stSecret(g);
    return {
      path: g.pick(['src/Hvac.Integrations/ServiceTitanOptions.cs', 'Dispatch.Api/Startup.cs']),
      lines: [
        'services.Configure<ServiceTitanOptions>(o =>',
        '{',
        `    o.TenantId = ${v.stTenant(g)};`,
        `    o.ClientId = "${v.stClientId(g)}";`,
        sec(`    o.ClientSecret = "${s}";`, s),
        '});',
      ],
    };
  }),
  template('servicetitan-token-curl', (g) => {
    const s = v.stSecret(g);
    return {
      path: g.pick(['docs/servicetitan-auth.md', 'runbooks/st-token.md']),
      lines: [
        '```sh',
        'curl -X POST https://auth.servicetitan.io/connect/token \\',
        '  -H "Content-Type: application/x-www-form-urlencoded" \\',
        sec(`  -d "grant_type=client_credentials&client_id=${v.stClientId(g)}&client_secret=${s}"`, s),
        '```',
      ],
    };
  }),
  template('servicetitan-node-json', (g) => {
    const k = v.stAppKey(g);
    const s = v.stSecret(g);
    return {
      path: g.pick(['config/servicetitan.json', 'functions/config.json']),
      lines: [
        '{',
        `  "tenantId": "${v.stTenant(g)}",`,
        sec(`  "appKey": "${k}",`, k),
        `  "clientId": "${v.stClientId(g)}",`,
        sec(`  "clientSecret": "${s}"`, s),
        '}',
      ],
    };
  }),
  template('jobber-app-secret', (g) => {
    const s = v.jobberSecret(g);
    return {
      path: g.pick(['.env', 'jobber-app/.env']),
      lines: [
        `JOBBER_CLIENT_ID=${v.uuid(g)}`,
        sec(`JOBBER_CLIENT_SECRET=${s}`, s),
        'JOBBER_GRAPHQL_VERSION=2025-01-20',
      ],
    };
  }),
  template('jobber-ruby-oauth', (g) => {
    const s = v.jobberSecret(g);
    return {
      path: g.pick(['config/initializers/jobber.rb', 'lib/jobber_client.rb']),
      lines: [
        'JOBBER_OAUTH = OAuth2::Client.new(',
        `  "${v.uuid(g)}",`,
        sec(`  "${s}",`, s),
        "  site: 'https://api.getjobber.com',",
        "  token_url: '/api/oauth/token'",
        ')',
      ],
    };
  }),
  template('housecall-pro-token-header', (g) => {
    const k = v.hcpKey(g);
    return {
      path: g.pick(['hcp/sync_customers.js', 'src/housecall.ts']),
      lines: [
        "const res = await fetch('https://api.housecallpro.com/jobs?page_size=100', {",
        '  headers: {',
        sec(`    Authorization: 'Token ${k}',`, k),
        "    Accept: 'application/json',",
        '  },',
        '});',
      ],
    };
  }),
  template('housecall-pro-python-const', (g) => {
    const k = v.hcpKey(g);
    return {
      path: g.pick(['housecall/export.py', 'scripts/hcp_invoices.py']),
      lines: [
        sec(`HOUSECALL_PRO_API_KEY = "${k}"`, k),
        'HEADERS = {"Authorization": f"Token {HOUSECALL_PRO_API_KEY}"}',
      ],
    };
  }),
  template('fieldedge-api-key', (g) => {
    const k = g.fake.alnum(g.between(32, 40));
    return {
      path: g.pick(['FieldEdgeSync/App.config', 'fieldedge/web.config']),
      lines: [
        '<appSettings>',
        '  <add key="FieldEdgeBaseUrl" value="https://api.fieldedge.com/v1" />',
        sec(`  <add key="FieldEdgeApiKey" value="${k}" />`, k),
        '</appSettings>',
      ],
    };
  }),
  template('workiz-url-token', (g) => {
    const t = v.workizToken(g);
    return {
      path: g.pick(['workiz/jobs.py', 'zaps/workiz_to_sheets.py']),
      lines: [
        'import requests',
        '',
        sec(`url = "https://api.workiz.com/api/v1/${t}/job/all/?records=100"`, t),
        'jobs = requests.get(url).json()["data"]',
      ],
    };
  }),
  template('workiz-token-secret-php', (g) => {
    const t = v.workizToken(g);
    const s = v.workizSecret(g);
    return {
      path: g.pick(['wp-content/plugins/workiz-leads/config.php', 'includes/workiz.php']),
      lines: [
        '<?php',
        sec(`define('WORKIZ_API_TOKEN', '${t}');`, t),
        sec(`define('WORKIZ_API_SECRET', '${s}');`, s),
        "define('WORKIZ_LEAD_URL', 'https://api.workiz.com/api/v1/' . WORKIZ_API_TOKEN . '/lead/create/');",
      ],
    };
  }),
  template('sf-field-service-mobile-jwt', (g) => {
    const s = v.sfConsumerSecret(g);
    return {
      path: g.pick(['fsl-integration/.env', 'field-service/sf.env']),
      lines: [
        `SF_CONSUMER_KEY=${v.sfConsumerKey(g)}`,
        sec(`SF_CONSUMER_SECRET=${s}`, s),
        `SF_USERNAME=fsl-integration@${v.domain(g)}`,
      ],
    };
  }),
  template('sf-field-service-simple-salesforce', (g) => {
    const p = v.plain(g);
    const t = v.sfSecurityToken(g);
    return {
      path: g.pick(['fsl/work_orders.py', 'scripts/service_appointments.py']),
      lines: [
        'from simple_salesforce import Salesforce',
        `sf = Salesforce(username="dispatch@${v.domain(g)}",`,
        sec(`                password="${p}",`, p),
        sec(`                security_token="${t}")`, t),
        'rows = sf.query("SELECT Id, Status FROM ServiceAppointment WHERE SchedStartTime = TODAY")',
      ],
    };
  }),
  template('servicenow-fsm-basic', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['snow/create_work_order.py', 'integrations/servicenow_fsm.py']),
      lines: [
        'import requests',
        '',
        `INSTANCE = "https://${v.builder(g)}.service-now.com"`,
        sec(`AUTH = ("svc_fsm_integration", "${p}")`, p),
        'r = requests.post(f"{INSTANCE}/api/now/table/wm_order", auth=AUTH, json=payload)',
      ],
    };
  }),
  template('servicenow-oauth-secret', (g) => {
    const s = v.snowSecret(g);
    return {
      path: g.pick(['config/servicenow.yaml', 'mid-server/fsm-sync.yaml']),
      lines: [
        'servicenow:',
        `  instance: ${v.builder(g)}.service-now.com`,
        `  client_id: ${g.fake.hex(32)}`,
        sec(`  client_secret: "${s}"`, s),
        '  table: wm_task',
      ],
    };
  }),
  template('tablet-mdm-kiosk-pin', (g) => {
    const p = v.pin(g);
    return {
      path: g.pick(['mdm/field-tablets-kiosk.json', 'intune/tech-tablet-policy.json']),
      lines: [
        '{',
        '  "kioskMode": "singleApp",',
        '  "packageName": "com.servicetitan.mobile",',
        sec(`  "exitKioskPasscode": "${p}",`, p),
        '  "statusBarDisabled": true',
        '}',
      ],
    };
  }),
  template('tablet-provisioning-wifi', (g) => {
    const w = v.wifi(g);
    return {
      path: g.pick(['provisioning/tech-tablet.json', 'mdm/android-enterprise-qr.json']),
      lines: [
        '{',
        '  "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME": "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver",',
        `  "android.app.extra.PROVISIONING_WIFI_SSID": "${v.cap(v.builder(g))}-Shop",`,
        '  "android.app.extra.PROVISIONING_WIFI_SECURITY_TYPE": "WPA",',
        sec(`  "android.app.extra.PROVISIONING_WIFI_PASSWORD": "${w}",`, w),
        '  "android.app.extra.PROVISIONING_SKIP_ENCRYPTION": false',
        '}',
      ],
    };
  }),
  template('dispatch-twilio-sms', (g) => {
    const t = g.fake.hex(32);
    return {
      path: g.pick(['dispatch/notify_tech.py', 'scripts/eta_sms.py']),
      lines: [
        'from twilio.rest import Client',
        '',
        `account_sid = "AC${g.fake.hex(32)}"`,
        sec(`auth_token = "${t}"`, t),
        'client = Client(account_sid, auth_token)',
        'client.messages.create(to=tech.phone, from_="+15125550143", body=f"Job {job.number}: {job.address}")',
      ],
    };
  }),
  template('dispatch-smtp-powershell', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['dispatch/Send-DailySchedule.ps1', 'scripts/Email-Timesheets.ps1']),
      lines: [
        `$user = "dispatch@${v.domain(g)}"`,
        sec(`$secpw = ConvertTo-SecureString "${p}" -AsPlainText -Force`, p),
        '$cred = New-Object System.Management.Automation.PSCredential ($user, $secpw)',
        'Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -To $techs -Subject "Tomorrow\'s schedule"',
      ],
    };
  }),
  template('quickbooks-field-invoices', (g) => {
    const s = g.fake.alnum(40);
    return {
      path: g.pick(['qbo/config.py', 'billing/quickbooks_settings.py']),
      lines: [
        'QBO = {',
        `    "client_id": "AB${g.fake.alnum(48)}",`,
        sec(`    "client_secret": "${s}",`, s),
        '    "environment": "production",',
        `    "realm_id": "${g.fake.digits(16)}",`,
        '}',
      ],
    };
  }),
  template('zapier-webhook-style-hcp', (g) => {
    const k = v.hcpKey(g);
    return {
      path: g.pick(['integrations/hcp-webhook.json', 'make/housecall-scenario.json']),
      lines: [
        '{',
        '  "module": "http:ActionSendData",',
        '  "url": "https://api.housecallpro.com/customers",',
        `  "headers": [{ "name": "Authorization", "value": "Bearer ${k}" }],`,
        '  "method": "post"',
        '}',
      ].map((l) => (l.includes(k) ? sec(l, k) : l)),
    };
  }),
  template('field-app-firebase-admin', (g) => {
    const key = v.pem(g, 'PRIVATE KEY').replace(/\n/g, '\\n');
    return {
      path: g.pick(['tech-app/functions/service-account.json', 'firebase/fieldapp-adminsdk.json']),
      lines: [
        '{',
        '  "type": "service_account",',
        `  "project_id": "${v.builder(g)}-field-app",`,
        `  "private_key_id": "${g.fake.hex(40)}",`,
        sec(`  "private_key": "${key}\\n",`, key),
        `  "client_email": "firebase-adminsdk@${v.builder(g)}-field-app.iam.gserviceaccount.com"`,
        '}',
      ],
    };
  }),
  template('ticket-paste-st-secret', (g) => {
    const s = v.stSecret(g);
    return {
      path: g.pick(['tickets/IT-4821.txt', 'support/servicetitan-onboarding.eml']),
      lines: [
        'Hi Dana,',
        '',
        'ServiceTitan integration is approved. Here is what you need for the dispatch board:',
        `  Tenant ID: ${v.stTenant(g)}`,
        `  Client ID: ${v.stClientId(g)}`,
        sec(`  Client Secret: ${s}`, s),
        '',
        'Thanks, Marco (IT)',
      ],
    };
  }),
  template('slack-paste-workiz', (g) => {
    const t = v.workizToken(g);
    return {
      path: g.pick(['exports/slack/dispatch-ops.json', 'chat/ops-channel.txt']),
      lines: [
        '[09:14] mike.r: anyone have the workiz api creds for the lead form?',
        sec(`[09:16] jen.t: token is ${t} , secret is in 1password`, t),
        '[09:16] mike.r: thx',
      ],
    };
  }),
];
