import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * security-operations positives from threat intel, SOAR, identity and on-call tooling: VirusTotal,
 * Shodan, AbuseIPDB, GreyNoise, OTX and MISP keys (Python, notebooks, config files, MISP and
 * TheHive analyzers), XSOAR, Tines and Shuffle keys, Okta API tokens, Duo secret keys, Entra app
 * secrets, CyberArk and Vault tokens, PagerDuty and Opsgenie keys, team credential sheets and chat
 * pastes. Values generated at run time.
 */
export const intelPositives: readonly Template[] = [
  template('vt-python', (g) => {
    const k = v.hex(g, 64);
    return {
      path: g.pick(['enrich/vt_lookup.py', 'tools/hash_check.py']),
      lines: [
        'import vt',
        '',
        sec(`client = vt.Client("${k}")`, k),
        'file = client.get_object(f"/files/{sha256}")',
        'print(file.last_analysis_stats)',
      ],
    };
  }),
  template('vt-curl-header', (g) => {
    const k = v.hex(g, 64);
    return {
      path: g.pick(['runbooks/triage-hash.md', 'scripts/vt.sh']),
      lines: [
        `curl --request GET --url https://www.virustotal.com/api/v3/files/${v.sha256(g)} \\`,
        sec(`  --header 'x-apikey: ${k}'`, k),
      ],
    };
  }),
  template('shodan-python', (g) => {
    const k = v.alnum(g, 32);
    return {
      path: g.pick(['recon/shodan_exposure.py', 'asm/shodan_check.py']),
      lines: [
        'import shodan',
        '',
        sec(`SHODAN_API_KEY = "${k}"`, k),
        'api = shodan.Shodan(SHODAN_API_KEY)',
        `results = api.search('org:"${v.org(g)}" port:3389')`,
      ],
    };
  }),
  template('shodan-cli-init', (g) => {
    const k = v.alnum(g, 32);
    return {
      path: g.pick(['notes/recon-setup.md', '.bash_history']),
      lines: ['pip install shodan', sec(`shodan init ${k}`, k), `shodan host ${v.ip(g).replace(/^10\./, '203.')}`],
    };
  }),
  template('abuseipdb-config', (g) => {
    const k = v.hex(g, 80);
    return {
      path: g.pick(['config/enrichment.yaml', 'fail2ban/action.d/abuseipdb.local']),
      lines: ['abuseipdb:', sec(`  api_key: ${k}`, k), '  max_age_in_days: 90', '  confidence_threshold: 75'],
    };
  }),
  template('abuseipdb-requests', (g) => {
    const k = v.hex(g, 80);
    return {
      path: g.pick(['enrich/abuse_check.py', 'lambda/ip_reputation.py']),
      lines: [
        'headers = {',
        sec(`    "Key": "${k}",`, k),
        '    "Accept": "application/json",',
        '}',
        'r = requests.get("https://api.abuseipdb.com/api/v2/check", headers=headers, params={"ipAddress": ip})',
      ],
    };
  }),
  template('greynoise-env', (g) => {
    const k = v.alnum(g, g.between(30, 64));
    return {
      path: g.pick(['.env', 'soc-enrichment/.env']),
      lines: [sec(`GREYNOISE_API_KEY=${k}`, k), 'GREYNOISE_INTEGRATION_NAME=soc-enrichment-v1'],
    };
  }),
  template('otx-python', (g) => {
    const k = v.hex(g, 64);
    return {
      path: g.pick(['feeds/otx_pulses.py', 'ti/pull_otx.py']),
      lines: [
        'from OTXv2 import OTXv2',
        sec(`otx = OTXv2("${k}")`, k),
        'pulses = otx.getall(modified_since="2026-11-01")',
      ],
    };
  }),
  template('misp-pymisp', (g) => {
    const k = v.mispKey(g);
    return {
      path: g.pick(['misp/push_iocs.py', 'ti/misp_sync.py']),
      lines: [
        'from pymisp import PyMISP',
        '',
        `misp_url = "https://misp.${v.domain(g)}"`,
        sec(`misp_key = "${k}"`, k),
        'misp = PyMISP(misp_url, misp_key, ssl=False)',
      ],
    };
  }),
  template('misp-keys-py', (g) => {
    const k = v.mispKey(g);
    return {
      path: 'keys.py',
      lines: [
        '#!/usr/bin/env python',
        '# -*- coding: utf-8 -*-',
        '',
        `misp_url = 'https://misp.${v.org(g)}.local/'`,
        sec(`misp_key = '${k}'`, k),
        'misp_verifycert = False',
      ],
    };
  }),
  template('thehive-cortex-analyzer-conf', (g) => {
    const k = v.hex(g, 64);
    const c = v.alnum(g, 32);
    return {
      path: g.pick(['cortex/application.conf', 'thehive/conf/application.conf']),
      lines: [
        'cortex {',
        '  servers = [',
        '    {',
        '      name = local',
        '      url = "http://cortex:9001"',
        '      auth {',
        '        type = "bearer"',
        sec(`        key = "${c}"`, c),
        '      }',
        '    }',
        '  ]',
        '}',
        'analyzer.VirusTotal_GetReport_3_1 {',
        sec(`  key = "${k}"`, k),
        '}',
      ],
    };
  }),
  template('notebook-ti-keys', (g) => {
    const k = v.hex(g, 64);
    const s = v.alnum(g, 32);
    return {
      path: g.pick(['notebooks/ioc_enrichment.ipynb', 'hunts/2026-11-phishing.ipynb']),
      lines: [
        '  {',
        '   "cell_type": "code",',
        '   "execution_count": 3,',
        '   "metadata": {},',
        '   "source": [',
        sec(`    "VT_KEY = \\"${k}\\"\\n",`, k),
        sec(`    "SHODAN_KEY = \\"${s}\\"\\n",`, s),
        '    "iocs = pd.read_csv(\\"iocs.csv\\")"',
        '   ]',
        '  },',
      ],
    };
  }),
  template('xsoar-demisto-client', (g) => {
    const k = v.xsoarKey(g);
    return {
      path: g.pick(['xsoar/upload_content.py', 'content-ci/deploy.py']),
      lines: [
        'import demisto_client',
        '',
        'api = demisto_client.configure(',
        `    base_url="https://xsoar.${v.domain(g)}",`,
        sec(`    api_key="${k}",`, k),
        '    verify_ssl=False,',
        ')',
      ],
    };
  }),
  template('xsoar-env-ci', (g) => {
    const k = v.xsoarKey(g);
    return {
      path: g.pick(['.gitlab-ci.yml', '.github/workflows/xsoar-content.yml']),
      lines: [
        'variables:',
        `  DEMISTO_BASE_URL: "https://xsoar.${v.domain(g)}"`,
        sec(`  DEMISTO_API_KEY: "${k}"`, k),
        '  DEMISTO_VERIFY_SSL: "false"',
      ],
    };
  }),
  template('tines-webhook-secret', (g) => {
    const s = v.hex(g, 32);
    return {
      path: g.pick(['stories/phishing-triage.json', 'tines/export/alert-intake.json']),
      lines: [
        '{',
        '  "type": "Agents::WebhookAgent",',
        '  "name": "Receive alerts",',
        '  "options": {',
        `    "path": "${v.hex(g, 32)}",`,
        sec(`    "secret": "${s}",`, s),
        '    "verbs": "post"',
        '  }',
        '}',
      ],
    };
  }),
  template('tines-api-token', (g) => {
    const t = v.alnum(g, 32);
    return {
      path: g.pick(['scripts/tines_export.sh', 'tines/backup.py']),
      lines: [
        sec(`curl -H "Authorization: Bearer ${t}" \\`, t),
        `  https://${v.org(g)}.tines.com/api/v1/stories?per_page=500 > stories.json`,
      ],
    };
  }),
  template('shuffle-api-key', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['shuffle/trigger_workflow.py', 'soar/shuffle_client.py']),
      lines: [
        `SHUFFLE_URL = "https://shuffle.${v.domain(g)}"`,
        sec(`SHUFFLE_API_KEY = "${k}"`, k),
        'headers = {"Authorization": f"Bearer {SHUFFLE_API_KEY}"}',
      ],
    };
  }),
  template('okta-ssws-curl', (g) => {
    const t = v.oktaToken(g);
    return {
      path: g.pick(['ir/okta_suspend_user.sh', 'runbooks/okta-session-revoke.md']),
      lines: [
        `curl -X DELETE "https://${v.org(g)}.okta.com/api/v1/users/$USER_ID/sessions" \\`,
        '  -H "Accept: application/json" \\',
        sec(`  -H "Authorization: SSWS ${t}"`, t),
      ],
    };
  }),
  template('okta-terraform', (g) => {
    const t = v.oktaToken(g);
    return {
      path: g.pick(['terraform/okta/provider.tf', 'iam/okta.tf']),
      lines: [
        'provider "okta" {',
        `  org_name  = "${v.org(g)}"`,
        '  base_url  = "okta.com"',
        sec(`  api_token = "${t}"`, t),
        '}',
      ],
    };
  }),
  template('okta-python-config', (g) => {
    const t = v.oktaToken(g);
    return {
      path: g.pick(['okta/offboard.py', 'identity/okta_audit.py']),
      lines: [
        'from okta.client import Client as OktaClient',
        '',
        'config = {',
        `    "orgUrl": "https://${v.org(g)}.okta.com",`,
        sec(`    "token": "${t}",`, t),
        '}',
        'okta_client = OktaClient(config)',
      ],
    };
  }),
  template('duo-authproxy-cfg', (g) => {
    const s = v.duoSkey(g);
    const p = v.plain(g);
    return {
      path: g.pick(['authproxy.cfg', 'duo/conf/authproxy.cfg']),
      lines: [
        '[ad_client]',
        `host=${v.ip(g)}`,
        `service_account_username=svc_duo`,
        sec(`service_account_password=${p}`, p),
        `search_dn=DC=${v.org(g)},DC=local`,
        '',
        '[radius_server_auto]',
        `ikey=${v.duoIkey(g)}`,
        sec(`skey=${s}`, s),
        `api_host=${v.duoHost(g)}`,
        `radius_ip_1=${v.ip(g)}`,
        sec(`radius_secret_1=${p}`, p),
      ],
    };
  }),
  template('duo-admin-api-python', (g) => {
    const s = v.duoSkey(g);
    return {
      path: g.pick(['duo/bypass_codes.py', 'identity/duo_audit.py']),
      lines: [
        'import duo_client',
        '',
        'admin_api = duo_client.Admin(',
        `    ikey="${v.duoIkey(g)}",`,
        sec(`    skey="${s}",`, s),
        `    host="${v.duoHost(g)}",`,
        ')',
      ],
    };
  }),
  template('entra-app-secret-graph', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['ir/graph_signins.py', 'sentinel/playbook_helper.py']),
      lines: [
        'import msal',
        '',
        `TENANT_ID = "${v.uuid(g)}"`,
        `CLIENT_ID = "${v.uuid(g)}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        'app = msal.ConfidentialClientApplication(CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET)',
      ],
    };
  }),
  template('entra-secret-ps', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['scripts/Get-RiskyUsers.ps1', 'ir/Revoke-Sessions.ps1']),
      lines: [
        `$TenantId = "${v.uuid(g)}"`,
        `$AppId = "${v.uuid(g)}"`,
        sec(`$Secret = ConvertTo-SecureString "${s}" -AsPlainText -Force`, s),
        '$cred = New-Object System.Management.Automation.PSCredential($AppId, $Secret)',
        'Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred',
      ],
    };
  }),
  template('cyberark-ccp-password', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cyberark/logon.ps1', 'pam/pvwa_api.py']),
      lines: [
        `$body = @{ username = "svc_pvwa_api"; password = "${p}"; concurrentSession = $true } | ConvertTo-Json`,
        `$token = Invoke-RestMethod -Method Post -Uri "https://pvwa.${v.domain(g)}/PasswordVault/API/auth/Cyberark/Logon" -Body $body -ContentType "application/json"`,
      ].map((l, i) => (i === 0 ? sec(l, p) : l)),
    };
  }),
  template('vault-token-env', (g) => {
    const t = v.vaultToken(g);
    return {
      path: g.pick(['.envrc', 'ci/.env', 'scripts/rotate.sh']),
      lines: [
        `export VAULT_ADDR=https://vault.${v.domain(g)}:8200`,
        sec(`export VAULT_TOKEN=${t}`, t),
        'vault kv get secret/soc/splunk',
      ],
    };
  }),
  template('vault-hvac-python', (g) => {
    const t = v.vaultToken(g);
    return {
      path: g.pick(['automation/secrets.py', 'soar/vault_lookup.py']),
      lines: ['import hvac', '', sec(`client = hvac.Client(url="https://vault.${v.domain(g)}:8200", token="${t}")`, t)],
    };
  }),
  template('pagerduty-routing-key', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['elastalert/rules/password_spray.yaml', 'elastalert/rules/brute_force.yaml']),
      lines: [
        'alert:',
        '  - pagerduty',
        sec(`pagerduty_service_key: ${k}`, k),
        'pagerduty_client_name: "SOC ElastAlert"',
      ],
    };
  }),
  template('pagerduty-api-token', (g) => {
    const t = v.pdApiKey(g);
    return {
      path: g.pick(['oncall/escalate.py', 'scripts/pd_incidents.sh']),
      lines: [
        'curl -s "https://api.pagerduty.com/incidents?statuses[]=triggered" \\',
        '  -H "Accept: application/vnd.pagerduty+json;version=2" \\',
        sec(`  -H "Authorization: Token token=${t}"`, t),
      ],
    };
  }),
  template('opsgenie-genie-key', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['alertmanager/alertmanager.yml', 'monitoring/alertmanager.yaml']),
      lines: [
        'receivers:',
        '  - name: soc-oncall',
        '    opsgenie_configs:',
        sec(`      - api_key: ${k}`, k),
        '        priority: P2',
      ],
    };
  }),
  template('soc-tools-sheet-csv', (g) => {
    const p1 = v.pass(g).replace(/,/g, '.');
    const p2 = v.pass(g).replace(/,/g, '.');
    return {
      path: g.pick(['shared/SOC-tool-accounts.csv', 'handover/break_glass.csv']),
      lines: [
        'tool,url,username,password,owner',
        sec(`QRadar console,https://qradar.${v.org(g)}.local,admin,${p1},SOC lead`, p1),
        sec(`FortiGate,https://${v.ip(g)}:8443,admin,${p2},NetSec`, p2),
        `Splunk,https://splunk.${v.org(g)}.local,see vault,,SOC eng`,
      ],
    };
  }),
  template('fortigate-config-psk', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['configs/fw01-backup.conf', 'network/fortigate/HQ-FW.conf']),
      lines: [
        'config vpn ipsec phase1-interface',
        '    edit "to-dc2"',
        '        set interface "wan1"',
        `        set remote-gw ${v.ip(g)}`,
        sec(`        set psksecret ${p}`, p),
        '    next',
        'end',
      ],
    };
  }),
  template('syslog-ng-tls-key-pass', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ansible/roles/siem_forwarder/defaults/main.yml', 'group_vars/collectors.yml']),
      lines: ['siem_forwarder_tls: true', sec(`siem_forwarder_key_passphrase: "${p}"`, p), 'siem_forwarder_port: 6514'],
    };
  }),
  template('ticket-paste-apikey', (g) => {
    const k = v.hex(g, 64);
    return {
      path: g.pick(['tickets/SEC-4412.txt', 'jira-export/IR-231.txt']),
      lines: [
        `Summary: VirusTotal enrichment failing in playbook "${g.pick(['Phishing', 'Malware triage', 'EDR alert'])}"`,
        '',
        'Comment (analyst): I swapped the key to the team one, can you retest?',
        sec(`  new key: ${k}`, k),
      ],
    };
  }),
];
