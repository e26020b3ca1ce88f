import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * nonprofit-fundraising positives from donor CRMs: Salesforce NPSP (connected apps, sfdx auth, Apex
 * named credentials, Data Loader), Blackbaud SKY API (Raiser's Edge NXT, Financial Edge), Bloomerang,
 * Neon CRM, Kindful, DonorPerfect, Little Green Light, CiviCRM, EveryAction/NGP VAN. Values generated at
 * run time.
 */
export const crmPositives: readonly Template[] = [
  template('sky-api-env', (g) => {
    const k = v.skySubscription(g);
    const s = v.skyAppSecret(g);
    return {
      path: g.pick(['.env', 're-nxt-sync/.env', 'integrations/blackbaud/.env.production']),
      lines: [
        "# Blackbaud SKY API (Raiser's Edge NXT)",
        sec(`BB_SUBSCRIPTION_KEY=${k}`, k),
        `BB_APPLICATION_ID=${v.uuid(g)}`,
        sec(`BB_APPLICATION_SECRET=${s}`, s),
        `BB_REDIRECT_URI=https://giving.${v.orgDomain(g)}/auth/callback`,
      ],
    };
  }),
  template('sky-api-python-headers', (g) => {
    const k = v.skySubscription(g);
    return {
      path: g.pick(['scripts/pull_gifts.py', 'renxt/export_constituents.py']),
      lines: [
        'import requests',
        '',
        'BASE = "https://api.sky.blackbaud.com/constituent/v1"',
        'headers = {',
        sec(`    "Bb-Api-Subscription-Key": "${k}",`, k),
        '    "Authorization": f"Bearer {access_token}",',
        '}',
        `r = requests.get(f"{BASE}/constituents/${v.constituentId(g)}", headers=headers)`,
      ],
    };
  }),
  template('sky-api-powershell', (g) => {
    const k = v.skySubscription(g);
    return {
      path: g.pick(['scripts/Get-NxtGifts.ps1', 'ops/RENXT-Export.ps1']),
      lines: [
        '$headers = @{',
        sec(`    'Bb-Api-Subscription-Key' = '${k}'`, k),
        '    \'Authorization\' = "Bearer $($token.access_token)"',
        '}',
        "Invoke-RestMethod -Uri 'https://api.sky.blackbaud.com/gift/v1/gifts?limit=500' -Headers $headers",
      ],
    };
  }),
  template('sky-api-appsettings', (g) => {
    const k = v.skySubscription(g);
    const s = v.skyAppSecret(g);
    return {
      path: g.pick(['appsettings.json', 'src/DonorPortal/appsettings.Production.json']),
      lines: [
        '{',
        '  "SkyApi": {',
        `    "AppId": "${v.uuid(g)}",`,
        sec(`    "AppSecret": "${s}",`, s),
        sec(`    "SubscriptionKey": "${k}",`, k),
        '    "AuthBaseUri": "https://oauth2.sky.blackbaud.com/"',
        '  }',
        '}',
      ],
    };
  }),
  template('sky-refresh-token-json', (g) => {
    const r = v.skyRefresh(g);
    return {
      path: g.pick(['token.json', 'secrets/sky_token.json']),
      lines: [
        '{',
        '  "token_type": "bearer",',
        '  "expires_in": 3600,',
        sec(`  "refresh_token": "${r}",`, r),
        `  "environment_id": "p-${g.fake.alnum(22)}",`,
        `  "legal_entity_id": "p-${g.fake.alnum(22)}"`,
        '}',
      ],
    };
  }),
  template('sfdx-auth-url', (g) => {
    const t = '5Aep861' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 80);
    return {
      path: g.pick(['sfdx-auth.txt', '.github/npsp-auth-url.txt']),
      lines: [sec(`force://PlatformCLI::${t}@${v.org(g)}.my.salesforce.com`, t)],
    };
  }),
  template('sf-connected-app-env', (g) => {
    const k = v.sfConsumerKey(g);
    const s = v.sfConsumerSecret(g);
    return {
      path: g.pick(['.env', 'npsp-middleware/.env']),
      lines: [
        `SF_LOGIN_URL=https://${v.org(g)}.my.salesforce.com`,
        // The consumer key is the connected app's OAuth client id ("Consumer Key (client_id)"), not
        // labelled even beside its secret, as Toast's and PayPal's client ids are not (and
        // marketing-adtech's 3MVG9 keys).
        `SF_CONSUMER_KEY=${k}`,
        sec(`SF_CONSUMER_SECRET=${s}`, s),
        `SF_USERNAME=integration@${v.orgDomain(g)}`,
      ],
    };
  }),
  template('simple-salesforce-login', (g) => {
    const p = v.plain(g);
    const t = v.sfSecurityToken(g);
    return {
      path: g.pick(['etl/npsp_sync.py', 'scripts/donations_to_sf.py']),
      lines: [
        'from simple_salesforce import Salesforce',
        '',
        'sf = Salesforce(',
        `    username="dataloader@${v.orgDomain(g)}",`,
        sec(`    password="${p}",`, p),
        sec(`    security_token="${t}",`, t),
        ')',
        'opps = sf.query_all("SELECT Id, Amount FROM Opportunity WHERE npsp__Primary_Contact__c != null")',
      ],
    };
  }),
  template('jsforce-login', (g) => {
    const p = v.plain(g);
    const t = v.sfSecurityToken(g);
    return {
      path: g.pick(['src/salesforce.js', 'functions/syncGift.js']),
      lines: [
        "const jsforce = require('jsforce');",
        "const conn = new jsforce.Connection({ loginUrl: 'https://login.salesforce.com' });",
        sec(`await conn.login('api@${v.orgDomain(g)}', '${p}${t}');`, `${p}${t}`),
      ],
    };
  }),
  template('dataloader-process-conf', (g) => {
    const p = v.hex(g, 32);
    return {
      path: g.pick(['dataloader/process-conf.xml', 'conf/process-conf.xml']),
      lines: [
        '<bean id="giftInsert" class="com.salesforce.dataloader.process.ProcessRunner">',
        '  <property name="configOverrideMap">',
        '    <map>',
        '      <entry key="sfdc.endpoint" value="https://login.salesforce.com"/>',
        `      <entry key="sfdc.username" value="loader@${v.orgDomain(g)}"/>`,
        sec(`      <entry key="sfdc.password" value="${p}"/>`, p),
        '      <entry key="process.encryptionKeyFile" value="C:\\dataloader\\key.txt"/>',
        '      <entry key="sfdc.entity" value="Opportunity"/>',
        '    </map>',
        '  </property>',
        '</bean>',
      ],
    };
  }),
  template('apex-named-credential-inline', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick([
        'force-app/main/default/classes/ClassyCallout.cls',
        'force-app/main/default/classes/GivingSync.cls',
      ]),
      lines: [
        'public with sharing class GivingSync {',
        sec(`    private static final String API_KEY = '${k}';`, k),
        '    public static HttpResponse fetchDonations() {',
        '        HttpRequest req = new HttpRequest();',
        "        req.setEndpoint('https://api.givebutter.com/v1/transactions');",
        "        req.setHeader('Authorization', 'Bearer ' + API_KEY);",
        "        req.setMethod('GET');",
        '        return new Http().send(req);',
        '    }',
        '}',
      ],
    };
  }),
  template('apex-set-header-literal', (g) => {
    const k = v.hex(g, 32);
    return {
      path: 'force-app/main/default/classes/BloomerangSync.cls',
      lines: [
        'HttpRequest req = new HttpRequest();',
        "req.setEndpoint('https://api.bloomerang.co/v2/constituents?take=50');",
        sec(`req.setHeader('X-API-KEY', '${k}');`, k),
        "req.setMethod('GET');",
        'HttpResponse res = new Http().send(req);',
      ],
    };
  }),
  template('bloomerang-python', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['bloomerang/export.py', 'jobs/bloomerang_gifts.py']),
      lines: [
        'import requests',
        '',
        sec(`BLOOMERANG_KEY = "${k}"`, k),
        'resp = requests.get(',
        '    "https://api.bloomerang.co/v2/transactions",',
        '    headers={"X-API-KEY": BLOOMERANG_KEY},',
        '    params={"take": 50, "skip": 0},',
        ')',
      ],
    };
  }),
  template('bloomerang-curl', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['docs/bloomerang.md', 'scripts/check_bloomerang.sh']),
      lines: [
        '```sh',
        sec(`curl -H "X-API-KEY: ${k}" https://api.bloomerang.co/v2/constituent/${v.constituentId(g)}`, k),
        '```',
      ],
    };
  }),
  template('neon-crm-basic-auth-python', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['neon/sync_accounts.py', 'scripts/neon_memberships.py']),
      lines: [
        'import requests',
        '',
        `ORG_ID = "${v.org(g)}"`,
        sec(`API_KEY = "${k}"`, k),
        'session = requests.Session()',
        'session.auth = (ORG_ID, API_KEY)',
        'accounts = session.get("https://api.neoncrm.com/v2/accounts?userType=INDIVIDUAL").json()',
      ],
    };
  }),
  template('neon-crm-env', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['.env', 'membership-portal/.env']),
      lines: [`NEON_ORG_ID=${v.org(g)}`, sec(`NEON_API_KEY=${k}`, k), 'NEON_API_VERSION=2.8'],
    };
  }),
  template('kindful-token-node', (g) => {
    const k = v.hex(g, 64);
    return {
      path: g.pick(['src/kindful.ts', 'lib/kindfulClient.js']),
      lines: [
        "const KINDFUL_URL = 'https://app.kindful.com/api/v1/contacts/query';",
        'export async function contacts() {',
        '  const res = await fetch(KINDFUL_URL, {',
        sec(`    headers: { Authorization: 'Token token="${k}"' },`, k),
        '  });',
        '  return res.json();',
        '}',
      ],
    };
  }),
  template('donorperfect-url', (g) => {
    const k = v.donorPerfectKey(g);
    return {
      path: g.pick(['scripts/dp_query.sh', 'reports/donorperfect-notes.md']),
      lines: [
        '# nightly gift pull from DonorPerfect XML API',
        sec(
          `curl -s "https://www.donorperfect.net/prod/xmlrequest.asp?apikey=${k}&action=dp_gifts&params=@donor_id=${v.constituentId(g)}"`,
          k,
        ),
      ],
    };
  }),
  template('donorperfect-php', (g) => {
    const k = v.donorPerfectKey(g);
    return {
      path: g.pick(['wp-content/plugins/dp-sync/config.php', 'includes/dp-config.php']),
      lines: [
        '<?php',
        sec(`define( 'DP_API_KEY', '${k}' );`, k),
        "define( 'DP_ENDPOINT', 'https://www.donorperfect.net/prod/xmlrequest.asp' );",
      ],
    };
  }),
  template('lgl-bearer-python', (g) => {
    const k = v.alnum(g, 40, 64);
    return {
      path: g.pick(['lgl/import_gifts.py', 'scripts/little_green_light.py']),
      lines: [
        'import requests',
        '',
        'LGL = "https://api.littlegreenlight.com/api/v1"',
        sec(`HEADERS = {"Authorization": "Bearer ${k}"}`, k),
        'gifts = requests.get(f"{LGL}/gifts.json?limit=100", headers=HEADERS).json()',
      ],
    };
  }),
  template('civicrm-settings-php', (g) => {
    const s = v.civiSiteKey(g);
    const p = v.plain(g);
    return {
      path: g.pick(['sites/default/civicrm.settings.php', 'wp-content/uploads/civicrm/civicrm.settings.php']),
      lines: [
        '<?php',
        'global $civicrm_setting, $civicrm_root;',
        sec(`define( 'CIVICRM_DSN', 'mysql://civicrm:${p}@localhost/civicrm?new_link=true' );`, p),
        sec(`define( 'CIVICRM_SITE_KEY', '${s}' );`, s),
        "define( 'CIVICRM_UF', 'WordPress' );",
      ],
    };
  }),
  template('civicrm-rest-url', (g) => {
    const s = v.civiSiteKey(g);
    const k = v.alnum(g, 24, 32);
    return {
      path: g.pick(['scripts/civi_sync.sh', 'cron/civicrm-contacts.sh']),
      lines: [
        '#!/bin/bash',
        sec(
          `curl -s "https://${v.orgDomain(g)}/sites/all/modules/civicrm/extern/rest.php?entity=Contact&action=get&json=1&key=${s}&api_key=${k}"`,
          s,
        ),
      ],
    };
  }),
  template('civicrm-apiv4-header', (g) => {
    const k = v.alnum(g, 24, 32);
    return {
      path: g.pick(['civi/client.py', 'integrations/civicrm_api4.py']),
      lines: [
        'import requests',
        '',
        `URL = "https://crm.${v.orgDomain(g)}/civicrm/ajax/api4/Contribution/get"`,
        sec(`HEADERS = {"X-Civi-Auth": "Bearer ${k}"}`, k),
        'r = requests.post(URL, headers=HEADERS, data={"params": \'{"limit": 25}\'})',
      ],
    };
  }),
  template('civicrm-drush-cv', (g) => {
    const k = v.alnum(g, 24, 32);
    return {
      path: g.pick(['docs/civicrm-setup.md', 'runbooks/civicrm.md']),
      lines: [
        '## API key for the Zapier integration user',
        '',
        sec(`cv api Contact.create id=${v.constituentId(g)} api_key=${k}`, k),
      ],
    };
  }),
  template('van-basic-auth-node', (g) => {
    const k = v.vanKey(g);
    return {
      path: g.pick(['src/van.js', 'lib/everyaction.js']),
      lines: [
        "const axios = require('axios');",
        'const ea = axios.create({',
        "  baseURL: 'https://api.securevan.com/v4',",
        '  auth: {',
        `    username: '${v.vanApp(g)}',`,
        sec(`    password: '${k}',`, k),
        '  },',
        '});',
      ],
    };
  }),
  template('van-python-env', (g) => {
    const k = v.vanKey(g);
    return {
      path: g.pick(['.env', 'parsons/.env']),
      lines: [`VAN_APPLICATION_NAME=${v.vanApp(g)}`, sec(`VAN_API_KEY=${k}`, k), 'VAN_DB=MyCampaign'],
    };
  }),
  template('everyaction-parsons', (g) => {
    const k = v.vanKey(g);
    return {
      path: g.pick(['flows/everyaction_to_bq.py', 'civis/ea_sync.py']),
      lines: [
        'from parsons import VAN',
        '',
        sec(`van = VAN(api_key="${k}", db="EveryAction")`, k),
        'people = van.get_changed_entity_resource("Contacts")',
      ],
    };
  }),
  template('raisers-edge-odbc', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/re7.ini', 'tools/re7-export.ini']),
      lines: [
        '[RE7 Database]',
        `Server=${g.pick(['BBSQL01', 'RE-SQL', 'FUNDRAISING-DB'])}\\RE7`,
        'Database=RE7',
        'UID=sa',
        sec(`PWD=${p}`, p),
      ],
    };
  }),
  template('raisers-edge-connection-string', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ReportingService/web.config', 'RE7Reports/App.config']),
      lines: [
        '<connectionStrings>',
        sec(
          `  <add name="RE7" connectionString="Data Source=BBSQL01\\RE7;Initial Catalog=RE7;User ID=re_reports;Password=${p};" providerName="System.Data.SqlClient" />`,
          p,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('salesforce-jwt-key-pem', (g) => {
    const k = v.pem(g, 'RSA PRIVATE KEY');
    const lines = k.split('\n');
    return {
      path: g.pick(['certs/npsp-ci.key', 'jwt/server.key']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
  template('npsp-cumulus-env', (g) => {
    const s = v.sfConsumerSecret(g);
    return {
      path: g.pick(['.github/workflows/npsp-ci.yml', 'ci/feature.yml']),
      lines: [
        'env:',
        `  SFDX_CLIENT_ID: ${v.sfConsumerKey(g)}`,
        sec(`  SFDX_CLIENT_SECRET: ${s}`, s),
        '  SFDX_HUB_USERNAME: devhub@npsp.org',
        'jobs:',
        '  feature:',
        '    runs-on: ubuntu-latest',
      ],
    };
  }),
  template('sky-postman-env', (g) => {
    const k = v.skySubscription(g);
    return {
      path: g.pick(['postman/SKY API.postman_environment.json', 'Blackbaud.postman_environment.json']),
      lines: [
        '{',
        '  "name": "SKY API - production",',
        '  "values": [',
        sec(`    { "key": "bb_api_subscription_key", "value": "${k}", "enabled": true },`, k),
        '    { "key": "base_url", "value": "https://api.sky.blackbaud.com", "enabled": true }',
        '  ]',
        '}',
      ],
    };
  }),
  template('salesforce-marketing-cloud', (g) => {
    const s = v.alnum(g, 24, 24);
    return {
      path: g.pick(['config/sfmc.json', 'journeys/sfmc-credentials.json']),
      lines: [
        '{',
        `  "clientId": "${g.fake.lowerAlnum(24)}",`,
        sec(`  "clientSecret": "${s}",`, s),
        `  "authBaseUri": "https://${g.fake.lowerAlnum(28)}.auth.marketingcloudapis.com/",`,
        `  "accountId": "${g.fake.digits(9)}"`,
        '}',
      ],
    };
  }),
];
