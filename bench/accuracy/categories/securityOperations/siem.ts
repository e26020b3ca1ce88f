import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * security-operations positives from SIEM and log pipelines: Splunk (HEC tokens in outputs, Fluent Bit,
 * Vector and curl; REST logins and session tokens), Elastic and OpenSearch (API keys, elastic
 * passwords, Beats and Logstash outputs), Microsoft Sentinel / Log Analytics shared keys, QRadar SEC
 * tokens, Sumo Logic access keys, Graylog tokens and Cribl auth tokens. Values generated at run time.
 */
export const siemPositives: readonly Template[] = [
  template('splunk-hec-curl', (g) => {
    const t = v.uuid(g);
    return {
      path: g.pick(['runbooks/test-hec.sh', 'docs/onboarding/hec.md', 'scripts/send_test_event.sh']),
      lines: [
        '# quick check that the HEC endpoint accepts events',
        `curl -k https://splunk-hf01.${v.domain(g)}:8088/services/collector/event \\`,
        sec(`  -H "Authorization: Splunk ${t}" \\`, t),
        '  -d \'{"event": "hec smoke test", "sourcetype": "manual"}\'',
      ],
    };
  }),
  template('splunk-hec-inputs-conf', (g) => {
    const t = v.uuid(g);
    return {
      path: g.pick(['etc/apps/soc_hec/local/inputs.conf', 'splunk/deployment-apps/hec_inputs/local/inputs.conf']),
      lines: [
        '[http]',
        'disabled = 0',
        'enableSSL = 1',
        '',
        `[http://${g.pick(['edr_falcon', 'aws_cloudtrail', 'okta_syslog', 'firewall'])}]`,
        'disabled = 0',
        'index = security',
        'sourcetype = _json',
        sec(`token = ${t}`, t),
      ],
    };
  }),
  template('splunk-hec-fluentbit', (g) => {
    const t = v.uuid(g);
    return {
      path: g.pick(['fluent-bit.conf', 'k8s/logging/fluent-bit-config.yaml']),
      lines: [
        '[OUTPUT]',
        '    Name         splunk',
        '    Match        kube.*',
        `    Host         hec.${v.domain(g)}`,
        '    Port         8088',
        sec(`    Splunk_Token ${t}`, t),
        '    TLS          On',
        '    TLS.Verify   Off',
      ],
    };
  }),
  template('splunk-hec-vector-toml', (g) => {
    const t = v.uuid(g);
    return {
      path: g.pick(['vector/vector.toml', 'deploy/vector.toml']),
      lines: [
        '[sinks.splunk]',
        'type = "splunk_hec_logs"',
        'inputs = ["parse_syslog"]',
        `endpoint = "https://splunk.${v.domain(g)}:8088"`,
        sec(`default_token = "${t}"`, t),
        'encoding.codec = "json"',
      ],
    };
  }),
  template('splunk-hec-python', (g) => {
    const t = v.uuid(g);
    return {
      path: g.pick(['soar/utils/hec.py', 'lambda/forward_guardduty.py']),
      lines: [
        'import json, requests',
        '',
        `HEC_URL = "https://http-inputs-${v.org(g)}.splunkcloud.com/services/collector"`,
        sec(`HEC_TOKEN = "${t}"`, t),
        '',
        'def send(event):',
        '    requests.post(HEC_URL, headers={"Authorization": f"Splunk {HEC_TOKEN}"}, data=json.dumps({"event": event}))',
      ],
    };
  }),
  template('splunk-rest-login-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['detections/deploy_searches.py', 'tools/splunk_export.py']),
      lines: [
        'import splunklib.client as client',
        '',
        'service = client.connect(',
        `    host="splunk-sh01.${v.domain(g)}",`,
        '    port=8089,',
        '    username="svc_detection",',
        sec(`    password="${p}",`, p),
        ')',
      ],
    };
  }),
  template('splunk-curl-basic', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['notes/splunk-api.md', 'runbooks/splunk-search-export.sh']),
      lines: [
        sec(
          `curl -k -u admin:${p} https://${v.ip(g)}:8089/services/search/jobs -d search="search index=wineventlog EventCode=4625 | head 10"`,
          p,
        ),
      ],
    };
  }),
  template('splunk-bearer-token-env', (g) => {
    const t = g.fake.jwt({ iss: 'svc_soar from sh01', sub: 'svc_soar', aud: 'soar' });
    return {
      path: g.pick(['.env', 'soar-integrations/.env']),
      lines: [`SPLUNK_HOST=splunk.${v.domain(g)}`, 'SPLUNK_PORT=8089', sec(`SPLUNK_TOKEN=${t}`, t)],
    };
  }),
  template('elastic-apikey-header', (g) => {
    const k = v.elasticEncoded(g);
    return {
      path: g.pick(['runbooks/elastic-queries.md', 'scripts/hunt_query.sh']),
      lines: [
        `curl -s -X POST "https://es01.${v.domain(g)}:9200/logs-endpoint.events.*/_search" \\`,
        sec(`  -H "Authorization: ApiKey ${k}" \\`, k),
        '  -H "Content-Type: application/json" -d @query.json',
      ],
    };
  }),
  template('elastic-python-client', (g) => {
    const id = v.elasticId(g);
    const key = v.elasticKey(g);
    return {
      path: g.pick(['hunting/es_hunt.py', 'notebooks/threat_hunt.py']),
      lines: [
        'from elasticsearch import Elasticsearch',
        '',
        'es = Elasticsearch(',
        `    "https://es.${v.domain(g)}:9200",`,
        sec(`    api_key=("${id}", "${key}"),`, key),
        '    verify_certs=False,',
        ')',
      ],
    };
  }),
  template('filebeat-output-es', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['filebeat.yml', 'ansible/roles/filebeat/files/filebeat.yml']),
      lines: [
        'output.elasticsearch:',
        `  hosts: ["https://${v.ip(g)}:9200"]`,
        '  username: "elastic"',
        sec(`  password: "${p}"`, p),
        '  ssl.verification_mode: none',
      ],
    };
  }),
  template('winlogbeat-apikey', (g) => {
    const id = v.elasticId(g);
    const key = v.elasticKey(g);
    return {
      path: g.pick(['winlogbeat.yml', 'gpo/winlogbeat/winlogbeat.yml']),
      lines: [
        'output.elasticsearch:',
        `  hosts: ["es-ingest.${v.domain(g)}:9200"]`,
        '  protocol: https',
        sec(`  api_key: "${id}:${key}"`, key),
      ],
    };
  }),
  template('logstash-output-opensearch', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['logstash/pipeline/siem.conf', 'pipelines/firewall.conf']),
      lines: [
        'output {',
        '  opensearch {',
        `    hosts => ["https://opensearch.${v.domain(g)}:9200"]`,
        '    index => "firewall-%{+YYYY.MM.dd}"',
        '    user => "logstash_writer"',
        sec(`    password => "${p}"`, p),
        '    ssl_certificate_verification => false',
        '  }',
        '}',
      ],
    };
  }),
  template('opensearch-internal-users', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'opensearch/docker-compose.yml']),
      lines: [
        'services:',
        '  opensearch-node1:',
        '    image: opensearchproject/opensearch:2.13.0',
        '    environment:',
        '      - discovery.type=single-node',
        sec(`      - OPENSEARCH_INITIAL_ADMIN_PASSWORD=${p}`, p),
      ],
    };
  }),
  template('sentinel-shared-key-python', (g) => {
    const k = v.workspaceKey(g);
    return {
      path: g.pick(['functions/send_to_sentinel.py', 'connectors/custom_log.py']),
      lines: [
        'import base64, hashlib, hmac',
        '',
        `customer_id = "${v.uuid(g)}"`,
        sec(`shared_key = "${k}"`, k),
        'log_type = "ThreatIntelFeed"',
      ],
    };
  }),
  template('log-analytics-agent-ps', (g) => {
    const k = v.workspaceKey(g);
    return {
      path: g.pick(['scripts/Install-MMA.ps1', 'intune/onboard-la.ps1']),
      lines: [
        `$WorkspaceId = "${v.uuid(g)}"`,
        sec(`$WorkspaceKey = "${k}"`, k),
        '$mma = New-Object -ComObject "AgentConfigManager.MgmtSvcCfg"',
        '$mma.AddCloudWorkspace($WorkspaceId, $WorkspaceKey)',
        '$mma.ReloadConfiguration()',
      ],
    };
  }),
  template('sentinel-fluentd-out', (g) => {
    const k = v.workspaceKey(g);
    return {
      path: g.pick(['fluentd/td-agent.conf', 'k8s/fluentd/fluent.conf']),
      lines: [
        '<match syslog.**>',
        '  @type azure-loganalytics',
        `  customer_id ${v.uuid(g)}`,
        sec(`  shared_key ${k}`, k),
        '  log_type LinuxSyslog',
        '</match>',
      ],
    };
  }),
  template('qradar-sec-token-python', (g) => {
    const t = v.uuid(g);
    return {
      path: g.pick(['qradar/offense_sync.py', 'integrations/qradar_client.py']),
      lines: [
        'import requests',
        '',
        `QRADAR = "https://qradar.${v.domain(g)}/api"`,
        'headers = {',
        sec(`    "SEC": "${t}",`, t),
        '    "Version": "17.0",',
        '    "Accept": "application/json",',
        '}',
        'r = requests.get(f"{QRADAR}/siem/offenses?filter=status%3DOPEN", headers=headers, verify=False)',
      ],
    };
  }),
  template('qradar-token-ticket', (g) => {
    const t = v.uuid(g);
    return {
      path: g.pick(['tickets/SOC-QRADAR-integration.txt', 'chat/soc-eng-2026-11.log']),
      lines: [
        `[09:14] ${g.pick(['mike', 'priya', 'jonas'])}: created the authorized service for the SOAR connector`,
        sec(`[09:15] ${g.pick(['mike', 'priya', 'jonas'])}: token is ${t} (admin security profile, no expiry)`, t),
        '[09:15] lead: ok, put it in the vault after you test it',
      ],
    };
  }),
  template('sumo-access-key-env', (g) => {
    const k = v.sumoKey(g);
    return {
      path: g.pick(['.env', 'sumo-content/.env.local']),
      lines: [
        `SUMO_ACCESS_ID=${v.sumoId(g)}`,
        sec(`SUMO_ACCESS_KEY=${k}`, k),
        'SUMO_ENDPOINT=https://api.us2.sumologic.com/api/',
      ],
    };
  }),
  template('sumo-terraform-provider', (g) => {
    const k = v.sumoKey(g);
    return {
      path: g.pick(['terraform/sumologic/provider.tf', 'infra/sumo.tf']),
      lines: [
        'provider "sumologic" {',
        `  access_id   = "${v.sumoId(g)}"`,
        sec(`  access_key  = "${k}"`, k),
        '  environment = "us2"',
        '}',
      ],
    };
  }),
  template('sumo-collector-url', (g) => {
    const t = g.fake.base64url(g.between(90, 110)).replace(/^[-_]/, 'Z');
    return {
      path: g.pick(['cloudwatch-forwarder/config.json', 'scripts/ship_logs.sh']),
      lines: [
        sec(`SUMO_HTTP_SOURCE="https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/${t}"`, t),
        'curl -s -X POST -T /var/log/audit/audit.log "$SUMO_HTTP_SOURCE"',
      ],
    };
  }),
  template('graylog-token-curl', (g) => {
    const t = v.graylogToken(g);
    return {
      path: g.pick(['runbooks/graylog-api.md', 'scripts/graylog_streams.sh']),
      lines: [
        '# Graylog API token is used as the username, the literal word "token" as the password',
        sec(`curl -u ${t}:token -H 'X-Requested-By: cli' https://graylog.${v.org(g)}.local:9000/api/streams`, t),
      ],
    };
  }),
  template('graylog-server-conf', (g) => {
    const s = v.alnum(g, 96);
    // Graylog's root password as its unsalted SHA-256: a stored password hash is a credential.
    const h = v.sha256(g);
    return {
      path: g.pick(['graylog/server.conf', 'etc/graylog/server/server.conf']),
      lines: [
        'is_leader = true',
        'node_id_file = /etc/graylog/server/node-id',
        sec(`password_secret = ${s}`, s),
        sec(`root_password_sha2 = ${h}`, h),
        'http_bind_address = 0.0.0.0:9000',
      ],
    };
  }),
  template('cribl-auth-token-yaml', (g) => {
    const t = v.alnum(g, g.between(32, 40));
    return {
      path: g.pick(['cribl/local/cribl/inputs.yml', 'stream/groups/default/local/cribl/inputs.yml']),
      lines: [
        'inputs:',
        '  http_in:',
        '    type: cribl_http',
        '    port: 10080',
        '    authTokens:',
        sec(`      - ${t}`, t),
      ],
    };
  }),
  template('cribl-leader-env', (g) => {
    const t = v.alnum(g, 32);
    return {
      path: g.pick(['cribl-worker/.env', 'k8s/cribl-worker-values.yaml']),
      lines: [
        `CRIBL_DIST_MASTER_URL=tcp://${t}@cribl-leader.${v.domain(g)}:4200?group=edge`,
        'CRIBL_DIST_MODE=worker',
      ].map((l, i) => (i === 0 ? sec(l, t) : l)),
    };
  }),
  template('splunk-ta-passwords-ini', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['etc/apps/TA-crowdstrike/local/ta_crowdstrike_account.conf', 'TA-okta/local/okta.conf']),
      lines: [
        '[prod]',
        `url = https://api.crowdstrike.com`,
        `client_id = ${v.csClientId(g)}`,
        sec(`client_secret = ${s}`, s),
      ],
    };
  }),
];
