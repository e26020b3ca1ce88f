import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * gov-education positives from student information and ERP systems: PowerSchool plugin client
 * secrets, Infinite Campus and Skyward OneRoster keys, Ellucian Banner (Oracle logins, `banner.groovy`
 * config) and Ethos Integration API keys, Colleague web API passwords, Workday Student ISU passwords
 * and API client secrets, PeopleSoft Campus Solutions domain configs, Clever and ClassLink rostering,
 * SFTP rostering scripts. Values generated at run time.
 */
export const sisPositives: readonly Template[] = [
  template('powerschool-plugin-env', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['.env', 'powerschool-sync/.env']),
      lines: [
        `PS_URL=https://${v.school(g)}.powerschool.com`,
        `PS_CLIENT_ID=${v.uuid(g)}`,
        sec(`PS_CLIENT_SECRET=${s}`, s),
        'PS_PAGE_SIZE=1000',
      ],
    };
  }),
  template('powerschool-python-token', (g) => {
    const s = v.uuid(g);
    const id = v.uuid(g);
    return {
      path: g.pick(['ps_export.py', 'sis/powerschool.py']),
      lines: [
        'import base64, requests',
        '',
        `BASE = "https://ps.${v.eduDomain(g)}"`,
        `CLIENT_ID = "${id}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        '',
        'creds = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()',
        'tok = requests.post(f"{BASE}/oauth/access_token", headers={"Authorization": f"Basic {creds}"},',
        '                    data={"grant_type": "client_credentials"}).json()["access_token"]',
      ],
    };
  }),
  template('infinite-campus-oneroster', (g) => {
    const s = g.fake.alnum(g.between(24, 32));
    return {
      path: g.pick(['config/oneroster.json', 'rostering/ic_oneroster.json']),
      lines: [
        '{',
        `  "base_url": "https://${v.school(g)}.infinitecampus.org/campus/api/oneroster/v1p2/${v.school(g)}",`,
        `  "token_url": "https://${v.school(g)}.infinitecampus.org/campus/oauth2/token?appName=${v.school(g)}",`,
        `  "client_id": "${g.fake.alnum(20)}",`,
        sec(`  "client_secret": "${s}"`, s),
        '}',
      ],
    };
  }),
  template('oneroster-csharp-oauth1', (g) => {
    const s = g.fake.hex(g.pick([24, 32]));
    const k = g.fake.hex(24);
    return {
      path: g.pick(['OneRosterClient/Settings.cs', 'src/Roster/OneRosterConfig.cs']),
      lines: [
        'namespace Roster',
        '{',
        '    public static class OneRosterConfig',
        '    {',
        `        public const string BaseUrl = "https://oneroster.${v.eduDomain(g)}/ims/oneroster/v1p1";`,
        sec(`        public const string ConsumerKey = "${k}";`, k),
        sec(`        public const string ConsumerSecret = "${s}";`, s),
        '    }',
        '}',
      ],
    };
  }),
  template('banner-sqlplus-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['jobs/run_gurpdf.sh', 'banner/scripts/term_roll.sh', 'cron/nightly_banner.sh']),
      lines: [
        '#!/bin/ksh',
        '. /u01/app/banner/env/banner.env',
        `sqlplus -s baninst1/${p}@PROD <<EOF`,
        'set pagesize 0 feedback off',
        "exec gokpurg.p_purge_jobs('GURPDED');",
        'exit',
        'EOF',
      ].map((l) => (l.includes(p) ? sec(l, p) : l)),
    };
  }),
  template('banner-groovy-config', (g) => {
    const p = v.plain(g);
    const ssb = v.plain(g);
    return {
      path: g.pick([
        'banner_configuration.groovy',
        'BannerStudentRegistrationSsb/WEB-INF/classes/banner_configuration.groovy',
      ]),
      lines: [
        'bannerDataSource {',
        `    url = "jdbc:oracle:thin:@//${v.dbHost(g)}:1521/PROD"`,
        '    username = "banproxy"',
        sec(`    password = "${p}"`, p),
        '    driver = "oracle.jdbc.OracleDriver"',
        '',
        '    bannerSsbUsername = "ban_ss_user"',
        sec(`    bannerSsbPassword = "${ssb}"`, ssb),
        '}',
      ],
    };
  }),
  template('ethos-api-key-env', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['.env', 'ethos-consumer/.env', 'integrations/ethos.env']),
      lines: [
        'ETHOS_BASE_URL=https://integrate.elluciancloud.com',
        sec(`ETHOS_API_KEY=${k}`, k),
        'ETHOS_RESOURCE=persons',
        'ETHOS_PAGE_LIMIT=500',
      ],
    };
  }),
  template('ethos-auth-curl', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['docs/ethos.md', 'scripts/ethos_token.sh']),
      lines: [
        '# exchange the application API key for a 5-minute Ethos JWT',
        'curl -s -X POST https://integrate.elluciancloud.com/auth \\',
        sec(`  -H "Authorization: Bearer ${k}"`, k),
      ],
    };
  }),
  template('colleague-web-api-settings', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ColleagueApi/settings.config', 'Web.config']),
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<appSettings>',
        `  <add key="ColleagueApiUrl" value="https://colleague.${v.eduDomain(g)}/ColleagueApi" />`,
        '  <add key="ColleagueApiUser" value="svc_selfservice" />',
        sec(`  <add key="ColleagueApiPassword" value="${p}" />`, p),
        '  <add key="ColleagueAccount" value="PROD" />',
        '</appSettings>',
      ],
    };
  }),
  template('workday-isu-properties', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['workday/integration.properties', 'conf/workday-student.properties']),
      lines: [
        `workday.tenant=${v.school(g)}_prod`,
        `workday.endpoint=https://wd5-services1.myworkday.com/ccx/service/${v.school(g)}/Student_Records/v42.0`,
        `workday.username=ISU_Student_Integrations@${v.school(g)}`,
        sec(`workday.password=${p}`, p),
      ],
    };
  }),
  template('workday-refresh-token', (g) => {
    const s = g.fake.base64(g.between(80, 96)).replace(/\+/g, 'w').replace(/\//g, 'Q');
    const rt = g.fake.lowerAlnum(g.between(60, 90));
    return {
      path: g.pick(['config/workday.yml', 'workday_api/settings.yml']),
      lines: [
        'workday:',
        `  token_endpoint: https://wd2-impl-services1.workday.com/ccx/oauth2/${v.school(g)}/token`,
        `  client_id: ${g.fake.base64(48).replace(/[+/]/g, 'm')}`,
        sec(`  client_secret: ${s}`, s),
        sec(`  refresh_token: ${rt}`, rt),
      ],
    };
  }),
  template('peoplesoft-psappsrv-cfg', (g) => {
    const p = v.plain(g);
    const c = v.plain(g);
    return {
      path: g.pick(['appserv/CSPRD/psappsrv.cfg', 'psft/cfg/CSPRD/psappsrv.cfg']),
      lines: [
        '[Startup]',
        ';=========================================================================',
        '; Database Signon settings',
        ';=========================================================================',
        'DBName=CSPRD',
        'DBType=ORACLE',
        'UserId=PS',
        sec(`UserPswd=${p}`, p),
        'ConnectId=people',
        sec(`ConnectPswd=${c}`, c),
        'ServerName=',
      ],
    };
  }),
  template('clever-district-token', (g) => {
    const t = v.cleverToken(g);
    return {
      path: g.pick(['clever_sync.py', 'rostering/clever.py']),
      lines: [
        'import requests',
        '',
        sec(`DISTRICT_TOKEN = "${t}"`, t),
        'HEADERS = {"Authorization": f"Bearer {DISTRICT_TOKEN}"}',
        '',
        'def sections():',
        '    url = "https://api.clever.com/v3.0/sections"',
        '    while url:',
        '        page = requests.get(url, headers=HEADERS).json()',
        '        yield from page["data"]',
        '        url = next((f"https://api.clever.com{l[\'uri\']}" for l in page["links"] if l["rel"] == "next"), None)',
      ],
    };
  }),
  template('clever-oauth-env', (g) => {
    const s = v.cleverToken(g);
    return {
      path: g.pick(['.env', 'app/.env.production']),
      lines: [
        `CLEVER_CLIENT_ID=${g.fake.hex(20)}`,
        sec(`CLEVER_CLIENT_SECRET=${s}`, s),
        `CLEVER_REDIRECT_URI=https://app.${v.eduDomain(g)}/auth/clever/callback`,
      ],
    };
  }),
  template('classlink-oneroster-env', (g) => {
    const s = g.fake.hex(24);
    return {
      path: g.pick(['.env', 'classlink/.env']),
      lines: [
        `CLASSLINK_ONEROSTER_URL=https://${v.school(g)}-ca-v2.oneroster.com/ims/oneroster/v1p1`,
        `CLASSLINK_CLIENT_ID=${g.fake.hex(24)}`,
        sec(`CLASSLINK_CLIENT_SECRET=${s}`, s),
      ],
    };
  }),
  template('classlink-sso-secret-js', (g) => {
    const s = g.fake.hex(g.pick([32, 40]));
    return {
      path: g.pick(['server/auth/classlink.js', 'src/passport-classlink.js']),
      lines: [
        "passport.use('classlink', new OAuth2Strategy({",
        "  authorizationURL: 'https://launchpad.classlink.com/oauth2/v2/auth',",
        "  tokenURL: 'https://launchpad.classlink.com/oauth2/v2/token',",
        `  clientID: 'c${g.fake.digits(13)}',`,
        sec(`  clientSecret: '${s}',`, s),
        `  callbackURL: 'https://app.${v.eduDomain(g)}/auth/classlink/callback',`,
        '}, verify));',
      ],
    };
  }),
  template('sftp-rostering-sshpass', (g) => {
    const p = v.plain(g);
    const dest = g.pick([
      'sftp.clever.com',
      'upload.appleschoolcontent.com',
      'sftp.classlink.com',
      'sis-sftp.renaissance.com',
    ]);
    return {
      path: g.pick(['scripts/upload_roster.sh', 'cron/clever_roster.sh', 'rostering/push.sh']),
      lines: [
        '#!/bin/bash',
        'set -euo pipefail',
        'cd /srv/rostering/out',
        `sshpass -p '${p}' sftp -oBatchMode=no -b - ${g.pick(['lincolnusd-sftp', 'district', v.school(g)])}@${dest} <<'EOF'`,
        'put students.csv',
        'put teachers.csv',
        'put sections.csv',
        'put enrollments.csv',
        'EOF',
      ].map((l) => (l.includes(`'${p}'`) ? sec(l, p) : l)),
    };
  }),
  template('winscp-rostering-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['Scripts/UploadToClever.txt', 'rostering/winscp_upload.txt']),
      lines: [
        'option batch abort',
        'option confirm off',
        sec(
          `open sftp://${v.school(g)}-district:${p}@sftp.clever.com/ -hostkey="ssh-ed25519 255 ${g.fake.base64(43)}"`,
          p,
        ),
        'put D:\\Exports\\Clever\\*.csv /',
        'exit',
      ],
    };
  }),
  template('psftp-google-sds', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['Scripts/push_gcds.ps1', 'rostering/push_sds.ps1']),
      lines: [
        '$files = Get-ChildItem D:\\Exports\\SDS\\*.csv',
        'foreach ($f in $files) {',
        sec(
          `  & "C:\\Program Files\\PuTTY\\pscp.exe" -batch -pw "${p}" $f.FullName "sds_${v.school(g)}@sftp.${v.eduDomain(g)}:/upload/"`,
          p,
        ),
        '}',
      ],
    };
  }),
];
