// Credentials of security operations tooling (security-operations corpus) whose documented form,
// not their format, says what the value is:
// - QRadar's authorized-service token in its `SEC` header (a GUID; IBM's REST API takes no other
//   name for it), in a Python headers dict or a curl `-H "SEC: ..."`;
// - a Sumo Logic HTTP source URL, `https://<endpoint>.collection.<deployment>.sumologic.com/receiver/v1/http/<token>`:
//   the token is the only credential an HTTP source takes;
// - Cribl Stream's HTTP-source `authTokens:` list (the first item, plain or `token:`) and its worker bootstrap, `CRIBL_DIST_MASTER_URL=tcp://<auth token>@leader:4200`;
// - a Graylog access token given as the Basic user name with the literal password `token`, as
//   Graylog's REST API documents it;
// - PSFalcon's `Request-FalconToken -ClientSecret '<40>'` (and any PowerShell `-ClientSecret`
//   parameter given a random literal);
// - a CrackMapExec / NetExec success line, `[+] DOMAIN\\user:password` (the tool prints the
//   password it logged in with);
// - VirusTotal's vt-py `vt.Client("<key>")`, by position.
// - an Elasticsearch API key given as its id and key: `api_key=("<id>", "<key>")` (the Python
//   client's tuple) or `api_key: "<id>:<key>"` (Beats), the 20-character id and 22-character key
//   Elasticsearch's create-API-key response returns.
// (A Splunk HEC token under `token =` in an inputs.conf `[http://<name>]` stanza needs a multi-line
// rule recheck can prove linear; a gate reading lines above the keyword broke the rescan's locality.)
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { isLowVariety, isPlaceholder } from '../placeholders';
import { judgedExplicitPassword } from '../judge/judge';
import { UUID } from '../ruleKit';
import type { Rule } from '../types';
import type { PositionalCall } from './positionalCall';

export const SECURITY_OPS_POSITIONAL_CALLS: readonly PositionalCall[] = [
  {
    // vt-py: vt.Client(apikey, agent='unknown', ...).
    call: String.raw`\bvt\.Client`,
    keywords: ['vt.client('],
    before: 0,
    example: (f) => `client = vt.Client("${f.hex(64)}")`,
  },
];

/** An issued key: letters and digits both, spread, no stand-in or run. */
function isIssuedKey(secret: string, minEntropy = 3.2): boolean {
  return (
    /[0-9]/.test(secret) &&
    /[A-Za-z]/.test(secret) &&
    shannonEntropy(secret) >= minEntropy &&
    !isPlaceholder(secret) &&
    !isLowVariety(secret)
  );
}

/** A GUID that is not all zeros nor a run (`11111111-...`). */
function isIssuedGuid(secret: string): boolean {
  const hex = secret.replace(/-/g, '');
  return !/^(.)\1+$/.test(hex) && new Set(hex).size >= 6 && !isPlaceholder(secret);
}

export const securityOperationsRules: readonly Rule[] = [
  {
    id: 'qradar-sec-token',
    title: 'IBM QRadar authorized-service token in the SEC header',
    provider: 'IBM QRadar',
    keywords: ['"sec"', "'sec'", 'sec:'],
    pattern: new RegExp(
      String.raw`(?:["']SEC["'][ \t]{0,4}:[ \t]{0,4}["']|["']SEC:[ \t]{0,4})(?<secret>${UUID})(?![\w-])`,
    ),
    confidence: 'high',
    envVar: 'QRADAR_SEC_TOKEN',
    docs: 'https://www.ibm.com/docs/en/qradar-common?topic=api-authentication',
    risk: "Calls QRadar's REST API as the authorized service: offenses, searches, reference sets, rules.",
    validate: (secret) => isIssuedGuid(secret) && { why: "QRadar's documented SEC header carries the token" },
    examples: {
      embed: false,
      positives: (fake) => [
        `headers = {"SEC": "${fake.uuid()}", "Version": "17.0"}`,
        `curl -k -H "SEC: ${fake.uuid()}" https://qradar/api/siem/offenses`,
        `    'SEC': '${fake.uuid()}',`,
      ],
      negatives: [
        { text: 'headers = {"SEC": os.environ["QRADAR_TOKEN"]}', why: 'an environment read' },
        { text: 'headers = {"SEC": "00000000-0000-0000-0000-000000000000"}', why: 'a stand-in' },
        { text: 'timeout_sec: 30', why: 'another setting' },
      ],
    },
  },
  {
    id: 'sumo-logic-http-source-url',
    title: 'Sumo Logic HTTP source URL (the token in /receiver/v1/http/)',
    provider: 'Sumo Logic',
    keywords: ['sumologic.com/receiver/v1/'],
    pattern: /sumologic\.com\/receiver\/v1\/(?:http|otlp)\/(?<secret>[A-Za-z0-9_-]{40,200}={0,2})(?![\w=-])/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'SUMO_HTTP_SOURCE_URL',
    docs: 'https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/logs-metrics/',
    risk: "Sends any log or metric into the organisation's Sumo Logic as that source: forged or flooded events.",
    validate: (secret) => isIssuedKey(secret, 3.5) && { why: "the token of a Sumo Logic HTTP source's URL" },
    examples: {
      embed: false,
      positives: (fake) => [
        `SUMO_URL="https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/${fake.base64url(96).replace(/^[-_]/, 'Z')}"`,
        `  url: https://collectors.sumologic.com/receiver/v1/http/${fake.alnum(80)}`,
      ],
      negatives: [
        {
          text: 'https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/[REDACTED]',
          why: 'redacted',
        },
        { text: 'https://endpoint1.collection.sumologic.com/receiver/v1/http/${SUMO_TOKEN}', why: 'a reference' },
      ],
    },
  },
  {
    id: 'cribl-worker-auth-token',
    title: "Cribl Stream worker bootstrap URL (the leader's auth token before @)",
    provider: 'Cribl',
    keywords: ['cribl_dist_master_url=', 'cribl_dist_leader_url='],
    pattern: /CRIBL_DIST_(?:MASTER|LEADER)_URL=["']?tcps?:\/\/(?<secret>[A-Za-z0-9_.~-]{8,128})@/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'CRIBL_DIST_MASTER_URL',
    docs: 'https://docs.cribl.io/stream/deploy-distributed/',
    risk: 'Joins a worker to the Cribl leader: receives the group config, with its destinations and their secrets.',
    validate: (secret) => isIssuedKey(secret) && { why: "the auth token of Cribl's worker bootstrap URL" },
    examples: {
      embed: false,
      positives: (fake) => [
        `CRIBL_DIST_MASTER_URL=tcp://${fake.alnum(32)}@cribl-leader:4200?group=edge`,
        `      - CRIBL_DIST_LEADER_URL=tls://${fake.alnum(24)}@leader.local:4200`.replace('tls:', 'tcps:'),
      ],
      negatives: [
        { text: 'CRIBL_DIST_MASTER_URL=tcp://criblmaster@leader:4200', why: "Cribl's documented default token" },
        { text: 'CRIBL_DIST_MASTER_URL=tcp://${CRIBL_TOKEN}@leader:4200', why: 'a reference' },
      ],
    },
  },
  {
    id: 'graylog-token-basic-user',
    title: 'Graylog access token as the Basic user name (password `token`)',
    provider: 'Graylog',
    keywords: [':token'],
    pattern: /(?<![\w-])(?<secret>[a-z0-9]{40,64}):token(?![\w-])/,
    confidence: 'medium',
    envVar: 'GRAYLOG_ACCESS_TOKEN',
    docs: 'https://go2docs.graylog.org/current/setting_up_graylog/rest_api_access_tokens.htm',
    risk: "Calls Graylog's REST API as the token's user: searches every stream it may read, changes inputs.",
    validate: (secret) => isIssuedKey(secret, 3.5) && { why: "Graylog's documented token-as-user Basic login" },
    examples: {
      embed: false,
      positives: (fake) => [
        `curl -u ${fake.lowerAlnum(52)}:token -H 'X-Requested-By: cli' http://graylog:9000/api/streams`,
        `auth = "${fake.lowerAlnum(50)}:token"`,
      ],
      negatives: [
        { text: 'curl -u $GRAYLOG_TOKEN:token http://graylog:9000/api/streams', why: 'a variable' },
        { text: 'const key = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:token"', why: 'a run' },
      ],
    },
  },
  {
    id: 'powershell-client-secret-param',
    title: 'Client secret given to a PowerShell -ClientSecret parameter (PSFalcon, Graph)',
    provider: 'PowerShell',
    keywords: ['-clientsecret'],
    pattern: /-ClientSecret[ \t]{1,4}(?<q>["'])(?<secret>[A-Za-z0-9_.~-]{24,80})\k<q>/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'CLIENT_SECRET',
    docs: 'https://github.com/CrowdStrike/psfalcon/wiki',
    risk: "Gets OAuth tokens as the API client: for PSFalcon, the Falcon API's hosts, detections and RTR scopes.",
    validate: (secret) => isIssuedKey(secret, 3.5) && { why: 'a random literal given as -ClientSecret' },
    examples: {
      embed: false,
      positives: (fake) => [
        `Request-FalconToken -ClientId '${fake.hex(32)}' -ClientSecret '${fake.alnum(40)}'`,
        `Connect-Api -ClientSecret "${fake.alnum(32)}" -TenantId $tid`,
      ],
      negatives: [
        { text: 'Request-FalconToken -ClientId $id -ClientSecret $secret', why: 'variables' },
        { text: "Request-FalconToken -ClientSecret '<client secret>'", why: 'a stand-in' },
      ],
    },
  },
  {
    id: 'elasticsearch-api-key-id-pair',
    title: 'Elasticsearch API key as its id and key (Python client tuple, Beats api_key)',
    provider: 'Elastic',
    keywords: ['api_key'],
    pattern:
      /api_key[ \t]{0,4}[=:][ \t]{0,4}(?:\([ \t]{0,4}(?<q1>["'])[A-Za-z0-9_-]{20}\k<q1>[ \t]{0,4},[ \t]{0,4}(?<q2>["'])|["']?[A-Za-z0-9_-]{20}:)(?<secret>[A-Za-z0-9_-]{22})(?![\w-])/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'ELASTIC_API_KEY',
    docs: 'https://www.elastic.co/guide/en/beats/filebeat/current/beats-api-keys.html',
    risk: "Reads and writes the indices the key was granted: the SIEM's events, alerts and detection rules.",
    validate: (secret) => isIssuedKey(secret, 3.2) && { why: "an Elasticsearch API key's id and key, as created" },
    examples: {
      embed: false,
      positives: (fake) => [
        `    api_key=("${fake.alnum(20)}", "${fake.alnum(22)}"),`,
        `  api_key: "${fake.alnum(20)}:${fake.alnum(22)}"`,
        `output.elasticsearch.api_key: ${fake.alnum(20)}:${fake.alnum(22)}`,
      ],
      negatives: [
        { text: '  api_key: "${ES_API_KEY_ID}:${ES_API_KEY}"', why: 'references' },
        { text: '    api_key=(os.environ["ES_ID"], os.environ["ES_KEY"]),', why: 'environment reads' },
        { text: '  api_key: "id:api_key"', why: 'the documented stand-in' },
      ],
    },
  },
  {
    id: 'cribl-http-auth-tokens',
    title: "Cribl Stream HTTP source auth token (the authTokens list's first item)",
    provider: 'Cribl',
    keywords: ['authtokens:'],
    pattern:
      /authTokens:[ \t]{0,4}\r?\n[ \t]{0,16}-[ \t]{1,4}(?:token:[ \t]{0,4})?["']?(?<secret>[A-Za-z0-9_.~-]{20,80})["']?[ \t]{0,40}(?:\r?\n|$)/i,
    startsAtKeyword: true,
    multiline: { maxSpan: 160 },
    confidence: 'high',
    envVar: 'CRIBL_HTTP_AUTH_TOKEN',
    docs: 'https://docs.cribl.io/stream/sources-https/',
    risk: "Sends events into Cribl's pipelines as a trusted source: forged or flooded events reach every destination.",
    validate: (secret) => isIssuedKey(secret, 3.5) && { why: 'an auth token of a Cribl HTTP source' },
    examples: {
      embed: false,
      positives: (fake) => [
        `    authTokens:\n      - ${fake.alnum(32)}`,
        `authTokens:\n  - token: "${fake.alnum(36)}"`,
      ],
      negatives: [
        { text: '    authTokens:\n      - ${CRIBL_HEC_TOKEN}', why: 'a reference' },
        { text: '    authTokens: []', why: 'none set' },
      ],
    },
  },
  {
    id: 'netexec-success-password',
    title: 'Password in a CrackMapExec / NetExec success line ([+] DOMAIN\\user:password)',
    provider: 'CrackMapExec',
    keywords: ['[+]'],
    pattern: /\[\+\][ \t]{1,4}[\w.-]{1,64}\\[\w.$-]{1,64}:(?<secret>[^\s:]{4,128})(?=[ \t]|\r?$)/m,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'DOMAIN_PASSWORD',
    docs: 'https://www.netexec.wiki/',
    risk: 'Logs in to the domain as that user: the engagement notes hand the account to whoever reads them.',
    validate: judgedExplicitPassword('password of a CrackMapExec / NetExec login'),
    examples: {
      embed: false,
      positives: (fake) => [
        `SMB  10.0.0.5  445  DC01  [+] corp.local\\j.smith:${fake.alnum(12)}`,
        `SMB  10.0.0.7  445  WS01  [+] CORP\\svc_backup:${fake.alnum(10)} (Pwn3d!)`,
      ],
      negatives: [
        { text: 'SMB  10.0.0.5  445  DC01  [+] corp.local\\j.smith:<password>', why: 'a stand-in' },
        { text: '[+] Loaded 3 modules', why: 'no login' },
      ],
    },
  },
];
