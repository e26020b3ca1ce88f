import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * security-operations positives from EDR, vulnerability and cloud-security tools and offensive work:
 * CrowdStrike Falcon API clients (FalconPy, PSFalcon, Ansible), SentinelOne API tokens, Tenable.io key
 * pairs, Qualys and Rapid7 InsightVM logins and keys, Wiz and Lacework service secrets, Burp and ZAP
 * API keys, pentest notes and engagement reports with captured credentials. Values generated at run
 * time.
 */
export const edrPositives: readonly Template[] = [
  template('falconpy-client', (g) => {
    const s = v.csSecret(g);
    return {
      path: g.pick(['scripts/rtr_collect.py', 'falcon/contain_host.py', 'ir/falcon_hosts.py']),
      lines: [
        'from falconpy import Hosts',
        '',
        'falcon = Hosts(',
        `    client_id="${v.csClientId(g)}",`,
        sec(`    client_secret="${s}",`, s),
        '    base_url="us-2",',
        ')',
      ],
    };
  }),
  template('falcon-env', (g) => {
    const s = v.csSecret(g);
    return {
      path: g.pick(['.env', 'falcon-sensor-deploy/.env']),
      lines: [
        `FALCON_CLIENT_ID=${v.csClientId(g)}`,
        sec(`FALCON_CLIENT_SECRET=${s}`, s),
        `FALCON_CID=${g.fake.upperHex(32)}-${g.fake.upperHex(2)}`,
        'FALCON_CLOUD=us-1',
      ],
    };
  }),
  template('psfalcon-token', (g) => {
    const s = v.csSecret(g);
    return {
      path: g.pick(['scripts/Get-FalconDetections.ps1', 'ir/Contain-Host.ps1']),
      lines: [
        'Import-Module PSFalcon',
        sec(`Request-FalconToken -ClientId '${v.csClientId(g)}' -ClientSecret '${s}' -Cloud 'eu-1'`, s),
        'Get-FalconHost -Filter "hostname:\'WS-FIN-042\'" -Detailed',
      ],
    };
  }),
  template('falcon-ansible-vars', (g) => {
    const s = v.csSecret(g);
    return {
      path: g.pick(['group_vars/all/falcon.yml', 'inventories/prod/group_vars/linux.yml']),
      lines: [
        'falcon_cloud: us-2',
        `falcon_client_id: ${v.csClientId(g)}`,
        sec(`falcon_client_secret: ${s}`, s),
        'falcon_sensor_update_policy_name: "Linux Prod"',
      ],
    };
  }),
  template('falcon-oauth-curl', (g) => {
    const s = v.csSecret(g);
    return {
      path: g.pick(['docs/falcon-api.md', 'runbooks/falcon-token.sh']),
      lines: [
        'curl -X POST "https://api.crowdstrike.com/oauth2/token" \\',
        '  -H "Content-Type: application/x-www-form-urlencoded" \\',
        sec(`  -d "client_id=${v.csClientId(g)}&client_secret=${s}"`, s),
      ],
    };
  }),
  template('s1-api-token-python', (g) => {
    const t = v.s1Token(g);
    return {
      path: g.pick(['s1/isolate.py', 'integrations/sentinelone.py']),
      lines: [
        'import requests',
        '',
        `S1_URL = "https://${v.org(g)}.sentinelone.net"`,
        sec(`S1_API_TOKEN = "${t}"`, t),
        'HEADERS = {"Authorization": f"ApiToken {S1_API_TOKEN}"}',
      ],
    };
  }),
  template('s1-api-token-curl', (g) => {
    const t = v.s1Token(g);
    return {
      path: g.pick(['notes/s1.md', 'runbooks/sentinelone-threats.sh']),
      lines: [
        `curl -s "https://usea1-${v.org(g)}.sentinelone.net/web/api/v2.1/threats?resolved=false" \\`,
        sec(`  -H "Authorization: ApiToken ${t}"`, t),
      ],
    };
  }),
  template('tenable-pytenable', (g) => {
    const a = v.hex(g, 64);
    const s = v.hex(g, 64);
    return {
      path: g.pick(['vm/export_vulns.py', 'scripts/tio_assets.py']),
      lines: [
        'from tenable.io import TenableIO',
        '',
        sec(`tio = TenableIO("${a}",`, a),
        sec(`                "${s}")`, s),
        'for vuln in tio.exports.vulns(severity=["critical", "high"]):',
        '    print(vuln["asset"]["hostname"], vuln["plugin"]["id"])',
      ],
    };
  }),
  template('tenable-x-apikeys', (g) => {
    const a = v.hex(g, 64);
    const s = v.hex(g, 64);
    return {
      path: g.pick(['runbooks/tenable-scans.sh', 'docs/tenable-api.md']),
      lines: ['curl -s https://cloud.tenable.com/scans \\', sec(`  -H "X-ApiKeys: accessKey=${a}; secretKey=${s}"`, s)],
    };
  }),
  template('tenable-env', (g) => {
    const a = v.hex(g, 64);
    const s = v.hex(g, 64);
    return {
      path: g.pick(['.env', 'vuln-sync/.env']),
      lines: [sec(`TIO_ACCESS_KEY=${a}`, a), sec(`TIO_SECRET_KEY=${s}`, s), 'JIRA_PROJECT=VULN'],
    };
  }),
  template('nessus-pro-keys-ini', (g) => {
    const a = v.hex(g, 64);
    const s = v.hex(g, 64);
    return {
      path: g.pick(['config.ini', 'nessus_exporter/settings.ini']),
      lines: ['[nessus]', `url = https://${v.ip(g)}:8834`, sec(`access_key = ${a}`, a), sec(`secret_key = ${s}`, s)],
    };
  }),
  template('qualys-basic-curl', (g) => {
    const p = v.plain(g);
    const u = `${v.org(g).slice(0, 4)}${g.fake.lower(2)}${g.fake.digits(2)}`;
    return {
      path: g.pick(['scripts/qualys_kb.sh', 'runbooks/qualys-api.md']),
      lines: [
        sec(
          `curl -u "${u}:${p}" -H "X-Requested-With: curl" "https://qualysapi.qg2.apps.qualys.com/api/2.0/fo/scan/?action=list"`,
          p,
        ),
      ],
    };
  }),
  template('qualys-yaml', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['qualys/config.yaml', 'vm-reporting/config.yml']),
      lines: [
        'qualys:',
        '  api_url: https://qualysapi.qualys.eu',
        `  username: ${v.org(g)}_api1`,
        sec(`  password: '${p}'`, p),
      ],
    };
  }),
  template('insightvm-console-login', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['insightvm/sites_export.py', 'scripts/nexpose_report.py']),
      lines: [
        'import requests',
        `CONSOLE = "https://nexpose.${v.domain(g)}:3780/api/3"`,
        sec(`AUTH = ("nxadmin", "${p}")`, p),
        'sites = requests.get(f"{CONSOLE}/sites", auth=AUTH, verify=False).json()',
      ],
    };
  }),
  template('rapid7-insight-api-key', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['idr/query_logs.py', 'integrations/insightidr.py']),
      lines: [
        'headers = {',
        sec(`    "X-Api-Key": "${k}",`, k),
        '    "Accept-version": "investigations-preview",',
        '}',
        'r = requests.get("https://us.api.insight.rapid7.com/idr/v2/investigations", headers=headers)',
      ],
    };
  }),
  template('wiz-service-account', (g) => {
    const s = v.wizSecret(g);
    return {
      path: g.pick(['wiz/issues_report.py', '.github/workflows/wiz-scan.yml']),
      lines: [
        `WIZ_CLIENT_ID = "${g.fake.lowerAlnum(53)}"`,
        sec(`WIZ_CLIENT_SECRET = "${s}"`, s),
        'WIZ_AUTH_URL = "https://auth.app.wiz.io/oauth/token"',
      ],
    };
  }),
  template('wizcli-auth', (g) => {
    const s = v.wizSecret(g);
    return {
      path: g.pick(['ci/scan-image.sh', 'Jenkinsfile.security']),
      lines: [
        sec(`wizcli auth --id ${g.fake.lowerAlnum(53)} --secret ${s}`, s),
        'wizcli docker scan --image "$IMAGE" --policy "Default vulnerabilities policy"',
      ],
    };
  }),
  template('lacework-toml', (g) => {
    const s = v.laceworkSecret(g);
    return {
      path: g.pick(['.lacework.toml', 'home/ci/.lacework.toml']),
      lines: [
        '[default]',
        `  account = "${v.org(g)}"`,
        `  api_key = "${v.laceworkKeyId(g)}"`,
        sec(`  api_secret = "${s}"`, s),
        '  version = 2',
      ],
    };
  }),
  template('burp-rest-api-key', (g) => {
    const k = v.alnum(g, 32);
    return {
      path: g.pick(['burp/scan_ci.py', 'appsec/burp_enterprise.sh']),
      lines: [
        '# Burp Suite REST API (User options > Misc > REST API)',
        sec(`BURP_API = "http://127.0.0.1:1337/${k}/v0.1/scan"`, k),
      ],
    };
  }),
  template('zap-api-key', (g) => {
    const k = v.alnum(g, 26);
    return {
      path: g.pick(['zap/run_baseline.py', 'appsec/zap_full_scan.py']),
      lines: [
        'from zapv2 import ZAPv2',
        '',
        sec(
          `zap = ZAPv2(apikey="${k}", proxies={"http": "http://127.0.0.1:8080", "https": "http://127.0.0.1:8080"})`,
          k,
        ),
        `zap.spider.scan("https://staging.${v.domain(g)}")`,
      ],
    };
  }),
  template('pentest-notes-creds', (g) => {
    const p = v.pass(g);
    const p2 = v.pass(g);
    return {
      path: g.pick(['engagements/2026-q4-internal/notes.md', 'loot/creds.md']),
      lines: [
        '## Credentials recovered',
        '',
        '| host | user | password | source |',
        '|---|---|---|---|',
        sec(`| ${v.ip(g)} | svc_backup | ${p} | GPP cpassword in SYSVOL |`, p),
        sec(`| ${v.ip(g)} | ${v.org(g).toUpperCase()}\\helpdesk01 | ${p2} | Kerberoast, cracked |`, p2),
      ],
    };
  }),
  template('pentest-report-finding', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['report/findings/F-07-default-creds.md', 'deliverables/draft/web-app-findings.md']),
      lines: [
        '### Finding 7: Hard-coded database password in web.config',
        '',
        'The following connection string was recovered from the backup archive:',
        '',
        sec(`    Server=sql01;Database=HR;User Id=sa;Password=${p};`, p),
        '',
        'Recommendation: rotate the password and move it to a secret store.',
      ],
    };
  }),
  template('crackmapexec-log', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['engagements/acme-ext/logs/cme.log', 'loot/spray_results.txt']),
      lines: [
        `SMB         ${v.ip(g)}  445    DC01   [*] Windows Server 2019 Build 17763 x64 (name:DC01) (domain:${v.org(g)}.local)`,
        sec(`SMB         ${v.ip(g)}  445    DC01   [+] ${v.org(g)}.local\\j.smith:${p}`, p),
      ],
    };
  }),
  template('aws-keys-found-in-pentest', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['engagements/cloud-review/evidence/ec2-userdata.txt', 'loot/aws_creds']),
      lines: [
        '[default]',
        sec(`aws_access_key_id = ${id}`, id),
        sec(`aws_secret_access_key = ${s}`, s),
        'region = eu-west-1',
      ],
    };
  }),
  template('ssh-key-in-jumpbox-notes', (g) => {
    const key = v.pem(g, 'OPENSSH PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['ir/jumpbox_key.txt', 'engagements/2026-red/loot/id_ed25519']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
];
