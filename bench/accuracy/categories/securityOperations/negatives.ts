import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * security-operations hard negatives from the same repositories, wikis and tickets: IOCs (hashes, IPs,
 * domains), detection rules (Sigma, YARA, KQL, SPL) that name passwords and tokens, client ids and
 * integration keys alone (CrowdStrike client ids, Duo ikeys, Sentinel workspace ids, Sumo access ids),
 * env and vault references, `.env.example` placeholders, masked values in tickets, CVE ids, Splunk
 * index and sourcetype settings, scanner plugin outputs, GUIDs of rules and playbooks, and password-
 * policy pages. Generated at run time.
 */
export const secopsNegatives: readonly Template[] = [
  template('ioc-csv', (g) => ({
    path: g.pick(['iocs/2026-11-qakbot.csv', 'intel/feeds/campaign_iocs.csv']),
    lines: [
      'type,value,first_seen,source',
      `sha256,${v.sha256(g)},2026-11-0${g.between(1, 9)},internal sandbox`,
      `md5,${v.md5(g)},2026-11-1${g.between(0, 9)},VT`,
      `sha1,${v.hex(g, 40)},2026-11-2${g.between(0, 9)},OTX pulse`,
      `domain,${g.fake.lower(10)}.top,2026-11-12,URLhaus`,
    ],
  })),
  template('yara-rule', (g) => ({
    path: g.pick(['rules/yara/apt_loader.yar', 'detections/yara/credential_stealer.yar']),
    lines: [
      'rule Cred_Stealer_Strings {',
      '  meta:',
      `    hash = "${v.sha256(g)}"`,
      '    author = "SOC"',
      '  strings:',
      '    $s1 = "password" ascii wide',
      '    $s2 = "Login Data" ascii',
      `    $h1 = { ${g.fake.upperHex(2)} ${g.fake.upperHex(2)} 8B 45 ?? 89 ${g.fake.upperHex(2)} }`,
      '  condition:',
      '    uint16(0) == 0x5A4D and 2 of them',
      '}',
    ],
  })),
  template('sigma-rule', (g) => ({
    path: g.pick(['sigma/windows/proc_creation_mimikatz.yml', 'rules/sigma/cred_dump_lsass.yml']),
    lines: [
      'title: Credential Dumping via Command Line Password',
      `id: ${v.uuid(g)}`,
      'status: experimental',
      'logsource:',
      '  category: process_creation',
      '  product: windows',
      'detection:',
      '  selection:',
      "    CommandLine|contains: ['sekurlsa::logonpasswords', ' /password:', 'net user /add']",
      '  condition: selection',
      'level: high',
    ],
  })),
  template('kql-hunt', (g) => ({
    path: g.pick(['hunting/kql/password_spray.kql', 'sentinel/analytics/token_theft.kql']),
    lines: [
      'SigninLogs',
      '| where ResultType == "50126" // invalid username or password',
      '| where TimeGenerated > ago(1d)',
      `| where AppId == "${v.uuid(g)}"`,
      '| summarize Attempts = count(), Users = dcount(UserPrincipalName) by IPAddress',
      '| where Users > 10',
    ],
  })),
  template('spl-search', (g) => ({
    path: g.pick(['detections/spl/hec_token_abuse.spl', 'savedsearches/brute_force.spl']),
    lines: [
      'index=wineventlog EventCode=4625 Logon_Type=3',
      '| stats count as failures dc(user) as users by src_ip',
      '| where failures > 50',
      `| lookup asset_lookup ip as src_ip OUTPUT owner`,
      `| eval ticket="${v.ticket(g)}"`,
    ],
  })),
  template('falcon-client-id-only', (g) => ({
    path: g.pick(['docs/falcon-api-clients.md', 'inventory/api_clients.yaml']),
    lines: [
      '| name | client id | scopes | owner |',
      '|---|---|---|---|',
      `| soar-containment | ${v.csClientId(g)} | hosts:write, detections:read | SOC eng |`,
      `| siem-ingest | ${v.csClientId(g)} | event-streams:read | SIEM team |`,
      '',
      'Secrets live in the vault under secret/falcon/<name>.',
    ],
  })),
  template('env-example', (g) => ({
    path: g.pick(['.env.example', 'soar-integrations/.env.sample']),
    lines: [
      'SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000',
      'FALCON_CLIENT_ID=',
      'FALCON_CLIENT_SECRET=<your-falcon-secret>',
      'VT_API_KEY=your_virustotal_api_key',
      'OKTA_API_TOKEN=${OKTA_API_TOKEN}',
      'TIO_SECRET_KEY=changeme',
    ],
  })),
  template('python-env-reads', (g) => ({
    path: g.pick(['soar/settings.py', 'enrich/config.py']),
    lines: [
      'import os',
      '',
      'VT_KEY = os.environ["VT_API_KEY"]',
      'SHODAN_KEY = os.getenv("SHODAN_API_KEY", "")',
      'FALCON_SECRET = os.environ.get("FALCON_CLIENT_SECRET")',
      `HEC_URL = "https://hec.${v.domain(g)}:8088/services/collector"`,
    ],
  })),
  template('ansible-vault-refs', (g) => ({
    path: g.pick(['group_vars/all/main.yml', 'roles/wazuh_agent/defaults/main.yml']),
    lines: [
      'falcon_client_id: "{{ vault_falcon_client_id }}"',
      'falcon_client_secret: "{{ vault_falcon_client_secret }}"',
      "splunk_hec_token: \"{{ lookup('hashi_vault', 'secret=soc/data/splunk:hec_token') }}\"",
      `wazuh_manager_ip: ${v.ip(g)}`,
    ],
  })),
  template('duo-ikey-only', (g) => ({
    path: g.pick(['docs/duo-applications.md', 'wiki/MFA.md']),
    lines: [
      '## Duo applications',
      '',
      `- VPN RADIUS: integration key \`${v.duoIkey(g)}\`, API host \`${v.duoHost(g)}\``,
      `- Admin API (read only): integration key \`${v.duoIkey(g)}\``,
      '- Secret keys: ask the IAM team (they are in CyberArk, safe IAM-DUO).',
    ],
  })),
  template('sentinel-workspace-ids', (g) => ({
    path: g.pick(['infra/sentinel/workspaces.json', 'docs/sentinel-workspaces.md']),
    lines: [
      '{',
      `  "workspaceId": "${v.uuid(g)}",`,
      `  "subscriptionId": "${v.uuid(g)}",`,
      `  "resourceGroup": "rg-soc-${g.pick(['prod', 'weu', 'shared'])}",`,
      '  "workspaceName": "law-sentinel-prod"',
      '}',
    ],
  })),
  template('masked-ticket', (g) => ({
    path: g.pick(['tickets/SOC-1881.txt', 'jira-export/SEC-301.txt']),
    lines: [
      'Rotated the Tenable.io keys for the vuln-sync service account.',
      `Old access key: ${v.hex(g, 6)}…(redacted)`,
      'New secret key: ****************************************',
      'Stored in vault at secret/vm/tenable. Closing.',
    ],
  })),
  template('cve-advisory', (g) => ({
    path: g.pick(['advisories/2026-11.md', 'vuln/weekly-report.md']),
    lines: [
      '| CVE | product | CVSS | status |',
      '|---|---|---|---|',
      `| ${v.cve(g)} | FortiOS SSL-VPN | 9.8 | patched |`,
      `| ${v.cve(g)} | Ivanti Connect Secure | 9.1 | mitigated |`,
      `| ${v.cve(g)} | Citrix NetScaler | 7.5 | open (${v.ticket(g)}) |`,
    ],
  })),
  template('splunk-indexes-conf', (g) => ({
    path: g.pick(['etc/apps/soc_indexes/local/indexes.conf', 'splunk/indexes.conf']),
    lines: [
      '[security]',
      'homePath = $SPLUNK_DB/security/db',
      'coldPath = $SPLUNK_DB/security/colddb',
      `maxTotalDataSizeMB = ${g.between(100, 900)}000`,
      'frozenTimePeriodInSecs = 31536000',
    ],
  })),
  template('hec-input-token-ref', (g) => ({
    path: g.pick(['terraform/splunk/hec.tf', 'infra/splunk_hec.tf']),
    lines: [
      'resource "splunk_inputs_http_event_collector" "edr" {',
      '  name     = "edr-falcon"',
      '  index    = "edr"',
      '  token    = var.hec_token',
      '  disabled = false',
      '}',
    ],
  })),
  template('nessus-plugin-output', (g) => ({
    path: g.pick(['reports/nessus_export.csv', 'vm/findings.csv']),
    lines: [
      'Plugin ID,CVE,Risk,Host,Name',
      `${g.between(10000, 199999)},${v.cve(g)},High,${v.ip(g)},SSL Certificate Cannot Be Trusted`,
      `${g.between(10000, 199999)},,Medium,${v.ip(g)},SMB Signing not required`,
      `${g.between(10000, 199999)},,Info,${v.ip(g)},Default Password (admin) for 'admin' Account - not vulnerable`,
    ],
  })),
  template('xsoar-playbook-yaml', (g) => ({
    path: g.pick(['Packs/SOC/Playbooks/playbook-Phishing.yml', 'xsoar/playbooks/ransomware.yml']),
    lines: [
      `id: ${v.uuid(g)}`,
      'name: Phishing Investigation - SOC',
      'tasks:',
      '  "1":',
      `    id: "${v.uuid(g)}"`,
      `    taskid: ${v.uuid(g)}`,
      '    task:',
      '      script: VirusTotal|||file',
      '      brand: VirusTotal (API v3)',
    ],
  })),
  template('password-policy-page', () => ({
    path: 'docs/policies/password-policy.md',
    lines: [
      '# Password and secret handling',
      '',
      '- API keys and tokens are stored only in Vault or CyberArk.',
      '- Service account passwords are 24+ characters and rotated every 90 days.',
      '- Never paste a token in Slack or a ticket; share the vault path instead.',
      '- Example of a vault path: `secret/soc/<tool>/<account>`.',
    ],
  })),
  template('hash-list-notebook', (g) => ({
    path: g.pick(['notebooks/hash_cluster.ipynb', 'hunts/dedupe_samples.ipynb']),
    lines: [
      '   "outputs": [',
      '    {',
      '     "name": "stdout",',
      '     "text": [',
      `      "${v.sha256(g)}  loader.dll\\n",`,
      `      "${v.sha256(g)}  stage2.bin\\n"`,
      '     ]',
      '    }',
      '   ],',
    ],
  })),
  template('okta-log-event', (g) => ({
    path: g.pick(['samples/okta_system_log.json', 'tests/fixtures/okta_event.json']),
    lines: [
      '{',
      `  "uuid": "${v.uuid(g)}",`,
      '  "eventType": "user.session.start",',
      '  "outcome": { "result": "FAILURE", "reason": "INVALID_CREDENTIALS" },',
      `  "client": { "ipAddress": "${v.ip(g)}" },`,
      `  "authenticationContext": { "externalSessionId": "${g.fake.alnum(25)}" }`,
      '}',
    ],
  })),
  template('windows-event-4625', (g) => ({
    path: g.pick(['samples/4625.xml', 'ir/evidence/events.xml']),
    lines: [
      '<EventData>',
      `  <Data Name="TargetUserName">${g.pick(['administrator', 'svc_sql', 'jdoe'])}</Data>`,
      '  <Data Name="Status">0xc000006d</Data>',
      '  <Data Name="SubStatus">0xc000006a</Data>',
      `  <Data Name="IpAddress">${v.ip(g)}</Data>`,
      '  <Data Name="LogonType">3</Data>',
      '</EventData>',
    ],
  })),
  template('vault-policy-hcl', () => ({
    path: 'vault/policies/soc-readonly.hcl',
    lines: [
      'path "secret/data/soc/*" {',
      '  capabilities = ["read", "list"]',
      '}',
      'path "auth/token/lookup-self" {',
      '  capabilities = ["read"]',
      '}',
    ],
  })),
  template('sumo-access-id-docs', (g) => ({
    path: g.pick(['docs/sumo-collectors.md', 'wiki/Sumo.md']),
    lines: [
      `Collector "aws-prod" is owned by access id \`${v.sumoId(g)}\` (SOC eng).`,
      'The access key is in Vault at `secret/sumo/aws-prod`; rotate yearly.',
      `HTTP source endpoint: https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/[REDACTED]`,
    ],
  })),
  template('pcap-tshark-output', (g) => ({
    path: g.pick(['ir/2026-11-c2/beacons.txt', 'hunts/dns_tunnel.txt']),
    lines: [
      `${g.between(1, 99)}  0.0${g.between(10, 99)}  ${v.ip(g)} → 185.${g.between(1, 250)}.${g.between(1, 250)}.${g.between(1, 250)} DNS 98 Standard query 0x${g.fake.hex(4)} TXT ${g.fake.lowerAlnum(40)}.cdn-update.net`,
      `${g.between(100, 199)}  1.2${g.between(10, 99)}  ${v.ip(g)} → 185.${g.between(1, 250)}.${g.between(1, 250)}.${g.between(1, 250)} DNS 98 Standard query 0x${g.fake.hex(4)} TXT ${g.fake.lowerAlnum(40)}.cdn-update.net`,
    ],
  })),
  template('cert-thumbprints', (g) => ({
    path: g.pick(['pki/inventory.csv', 'certs/thumbprints.txt']),
    lines: [
      'subject,thumbprint,not_after',
      `CN=splunk.${v.domain(g)},${g.fake.upperHex(40)},2027-03-01`,
      `CN=vault.${v.domain(g)},${g.fake.upperHex(40)},2027-06-15`,
    ],
  })),
  template('github-actions-secrets-refs', (g) => ({
    path: g.pick(['.github/workflows/detections-ci.yml', '.github/workflows/deploy-rules.yml']),
    lines: [
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      SPLUNK_TOKEN: ${{ secrets.SPLUNK_TOKEN }}',
      '      XSOAR_API_KEY: ${{ secrets.XSOAR_API_KEY }}',
      `      SPLUNK_HOST: splunk.${v.domain(g)}`,
    ],
  })),
  template('mitre-mapping', (g) => ({
    path: g.pick(['coverage/attack_mapping.csv', 'detections/coverage.csv']),
    lines: [
      'rule_id,technique,name',
      `${v.uuid(g)},T1110.003,Password Spraying`,
      `${v.uuid(g)},T1552.001,Credentials In Files`,
      `${v.uuid(g)},T1528,Steal Application Access Token`,
    ],
  })),
  template('hashcat-cmd-notes', (g) => ({
    path: g.pick(['engagements/notes/cracking.md', 'redteam/cheatsheet.md']),
    lines: [
      '```',
      'hashcat -m 13100 kerberoast.txt /usr/share/wordlists/rockyou.txt -r rules/best64.rule',
      'hashcat -m 1000 ntds.ntlm wordlist.txt --show > cracked.txt',
      '```',
      `Cracked 14 of 212 hashes in ${g.between(2, 9)} h; see the report appendix (passwords not reproduced).`,
    ],
  })),
  template('ntlm-hash-redacted', (g) => ({
    path: g.pick(['report/appendix-b.md', 'deliverables/ad-review.md']),
    lines: [
      '| account | LM | NT (first 8) | cracked |',
      '|---|---|---|---|',
      `| svc_backup | aad3b435b51404eeaad3b435b51404ee | ${v.hex(g, 8)}… | yes (redacted) |`,
      `| krbtgt | aad3b435b51404eeaad3b435b51404ee | ${v.hex(g, 8)}… | no |`,
    ],
  })),
  template('pd-service-ids', (g) => ({
    path: g.pick(['oncall/services.yaml', 'pagerduty/escalations.yaml']),
    lines: [
      'services:',
      `  - name: SOC Critical`,
      `    id: P${g.fake.upperAlnum(6)}`,
      `    escalation_policy: P${g.fake.upperAlnum(6)}`,
      '    integration_key: "{{ vault://pagerduty/soc-critical }}"',
    ],
  })),
  template('elastic-detection-rule-json', (g) => ({
    path: g.pick(['rules/elastic/brute_force.json', 'detection-rules/credential_access.toml.json']),
    lines: [
      '{',
      `  "rule_id": "${v.uuid(g)}",`,
      '  "name": "Potential Password Spraying",',
      '  "index": ["logs-system.auth-*"],',
      '  "query": "event.outcome:failure and event.category:authentication",',
      '  "risk_score": 47,',
      '  "threat": [{"technique": [{"id": "T1110"}]}]',
      '}',
    ],
  })),
  template('wazuh-agent-conf', (g) => ({
    path: g.pick(['wazuh/ossec.conf', 'agents/ossec.conf']),
    lines: [
      '<ossec_config>',
      '  <client>',
      `    <server><address>${v.ip(g)}</address><port>1514</port></server>`,
      '    <enrollment>',
      '      <authorization_pass_path>etc/authd.pass</authorization_pass_path>',
      '    </enrollment>',
      '  </client>',
      '</ossec_config>',
    ],
  })),
  template('docs-example-placeholders', () => ({
    path: 'docs/integrations/threat-intel.md',
    lines: [
      '```python',
      'client = vt.Client("<YOUR_VT_API_KEY>")',
      'api = shodan.Shodan("YOUR_API_KEY")',
      'misp = PyMISP("https://misp.example.com", "<auth key>", ssl=True)',
      '```',
    ],
  })),
  template('splunk-app-conf', (g) => ({
    path: g.pick(['etc/apps/TA-soc/default/app.conf', 'TA-falcon/default/app.conf']),
    lines: [
      '[launcher]',
      `version = ${g.between(1, 4)}.${g.between(0, 9)}.${g.between(0, 20)}`,
      'description = SOC add-on',
      '',
      '[package]',
      'id = TA-soc',
      'check_for_updates = false',
    ],
  })),
  template('git-commit-log', (g) => ({
    path: g.pick(['CHANGELOG.md', 'detections/CHANGELOG.md']),
    lines: [
      `- ${g.fake.hex(7)} rotate HEC tokens after ${v.ticket(g)} (no tokens in repo)`,
      `- ${g.fake.hex(7)} add Sigma rule for OAuth token theft`,
      `- ${g.fake.hex(7)} bump pymisp to 2.4.${g.between(150, 199)}`,
    ],
  })),
  template('s1-site-ids', (g) => ({
    path: g.pick(['s1/sites.json', 'inventory/sentinelone_sites.json']),
    lines: [
      '[',
      `  {"name": "HQ", "id": "${g.fake.digits(19)}", "accountId": "${g.fake.digits(19)}"},`,
      `  {"name": "Branch", "id": "${g.fake.digits(19)}", "accountId": "${g.fake.digits(19)}"}`,
      ']',
    ],
  })),
  template('zap-context-no-key', (g) => ({
    path: g.pick(['zap/zap-baseline.conf', 'appsec/zap-rules.tsv']),
    lines: [
      '10010\tIGNORE\t(Cookie No HttpOnly Flag)',
      '10020\tWARN\t(X-Frame-Options Header Not Set)',
      '10105\tFAIL\t(Weak Authentication Method)',
      `40018\tFAIL\t(SQL Injection) # ${v.ticket(g)}`,
    ],
  })),
];
