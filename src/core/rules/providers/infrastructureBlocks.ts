// Infrastructure-as-code settings whose secrecy is said by the block they stand in, not by their own
// name: a CloudFormation parameter declared NoEcho (AWS CloudFormation User Guide, "Parameters":
// NoEcho masks the value, so a Default ships the secret with the template), Consul ACL tokens in an
// `acl { tokens { … } }` block and the agents' gossip encryption key (Consul docs, "Agents
// configuration: acl.tokens, encrypt"; Consul and Nomad ACL tokens are UUID secret IDs).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import { UUID } from '../ruleKit';
import { isBlank, skipBlanks } from '../gateChars';
import type { Rule } from '../types';
import { lineBefore } from '../lineReach';

/**
 * `NoEcho: true` then up to eight lines of the parameter (`Type:`, `Description:`, …) and a line
 * opening with `Default:`; `sameParameter` checks the indents. A line between cannot open with
 * `Def`, so the lines split one way only and recheck can prove the pattern linear.
 */
const NOECHO_DEFAULT =
  /NoEcho"?[ \t]{0,4}:[ \t]{0,4}["']?[Tt]rue["']?,?\r?(?<between>(?:\n[ \t]{1,12}(?:[A-CE-Za-z"#]|D[a-df-z]|De[a-eg-z])[^\n{}]{0,120}){0,8})\n[ \t]{1,12}"?Default"?:[ \t]{0,4}["']?(?<secret>[^\s"',{}]{1,128})/;

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

/**
 * No line from `NoEcho` to `Default` is indented less than the `NoEcho` line: one YAML mapping or
 * JSON object, not the next parameter's `Default`.
 */
function sameParameter(match: string, line: string): boolean {
  const between = (NOECHO_DEFAULT.exec(match)?.groups?.['between'] ?? '').split('\n').slice(1);
  const indent = indentOf(line);
  const defaultLine = match.slice(match.lastIndexOf('\n') + 1);
  return indentOf(defaultLine) >= indent && between.every((l) => l.trim() === '' || indentOf(l) >= indent);
}

const judgedNoEchoDefault = judgedPassword('Default of a NoEcho parameter', false);

/**
 * The same parameter written the other way round: a line opening with `Default:`, up to eight lines
 * of the parameter, then `NoEcho: true`. A line between cannot open with `NoE`, so the lines split
 * one way only.
 */
const DEFAULT_NOECHO =
  /"?Default"?[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[^\s"',{}]{1,128})["']?,?\r?(?<between>(?:\n[ \t]{1,12}(?:[A-MO-Za-z"#]|N[a-np-z]|No[A-DF-Za-z])[^\n{}]{0,120}){0,8})\n[ \t]{1,12}"?NoEcho"?[ \t]{0,4}:[ \t]{0,4}["']?[Tt]rue/;

/** No line from `Default` to `NoEcho` is indented less than the `Default` line: one parameter. */
function sameParameterAfter(match: string, line: string): boolean {
  const lines = match.split('\n').slice(1);
  const indent = indentOf(line);
  return lines.every((l) => l.trim() === '' || indentOf(l) >= indent);
}

/** CloudFormation templates: YAML, JSON, `.template`. */
const TEMPLATE_PATHS = /\.(?:ya?ml|json|template)$/i;

/** How far past a `Default` key `NoEcho` may stand: eight lines of a parameter and its own. */
const NOECHO_REACH = 1200;

/**
 * `Default` is a key with a value after it (not a `default:` label of a switch ending its line),
 * and `NoEcho` follows within NOECHO_REACH characters.
 */
function noEchoFollows(text: string, at: number, lineEnd: number): boolean {
  let p = at + 'default'.length;
  if (text.charCodeAt(p) === 34) p++;
  p = skipBlanks(text, p + 1, lineEnd, 4);
  if (p >= lineEnd) return false;
  const limit = Math.min(text.length, lineEnd + NOECHO_REACH);
  for (let i = lineEnd; i < limit; i++) {
    if (text.charCodeAt(i) === 78 && text.startsWith('NoEcho', i)) return true;
  }
  return false;
}

/** Consul's ACL token slots (`acl.tokens`), current names and the deprecated ones. */
const TOKEN_SLOT =
  'agent|default|initial_management|agent_recovery|replication|config_file_service_registration|dns|master|agent_master';

/** `tokens { agent = "<uuid>" }` in HCL or `"tokens": { "agent": "<uuid>" }` in JSON: the first literal token of the block. */
const ACL_TOKENS_BLOCK = new RegExp(
  String.raw`tokens"?[ \t]{0,4}:?[ \t]{0,4}\{[^{}]{0,400}?[\s"{,](?:${TOKEN_SLOT})"?[ \t]{0,4}[=:][ \t]{0,4}"(?<secret>${UUID})"`,
  'i',
);

/** The environment variables the Consul and Nomad CLIs read their ACL token from. */
const ACL_TOKEN_VARIABLE = new RegExp(
  String.raw`(?:consul_http_token|consul_token|nomad_token)["']?[ \t]{0,4}(?:=|:)[ \t]{0,4}["']?(?<secret>${UUID})(?![0-9A-Za-z-])`,
  'i',
);

/**
 * The `-token` flag every Consul and Nomad command takes (`consul kv get -token=<uuid>`, `nomad
 * status -token <uuid>`; Consul and Nomad CLI docs, "Command options"), and Vault's legacy `s.`
 * token passed the same way (its `hvs.` tokens have their own rule wherever they stand).
 */
const CLI_TOKEN_FLAG = new RegExp(
  String.raw`-token(?:=| [ \t]{0,3})["']?(?<secret>${UUID}|s\.[A-Za-z0-9]{24}(?:\.[A-Za-z0-9]{4,8})?)(?![A-Za-z0-9._-])`,
);

/** A HashiCorp CLI is the command the flag belongs to (after a path, a pipe or `sudo`). */
const HASHICORP_CLI = /(?:^|[\s/;&|(`"'])(?:consul|nomad|vault|boundary|waypoint)(?:\.exe)?[ \t]/;

/**
 * A blank before the single dash: `data-token=`, `csrf-token ` and `--token` are other names and
 * flags (one read).
 */
function blankBefore(text: string, at: number): boolean {
  return at > 0 && isBlank(text.charCodeAt(at - 1));
}

/** `encrypt = "…"` (HCL), `"encrypt": "…"` (JSON), `-encrypt=…` (CLI): base64 of a 16-, 24- or 32-byte key. */
// HCL files align their `=` signs: up to 24 blanks may stand before it.
const GOSSIP_KEY =
  /(?<![A-Za-z0-9_])encrypt"?[ \t]{0,24}[=:][ \t]{0,4}["']?(?<secret>[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{32})(?![A-Za-z0-9+/=])/i;

/**
 * `encrypt` is assigned (`encrypt =`, `"encrypt":`, `-encrypt=`), not a word in prose or code
 * (`encrypt(data)`, `encrypted`): an optional quote, blanks, then `=` or `:`.
 */
function settingOperatorFollows(text: string, at: number, lineEnd: number): boolean {
  let p = at + 'encrypt'.length;
  if (p < lineEnd && text.charCodeAt(p) === 34) p++;
  while (p < lineEnd && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const c = p < lineEnd ? text.charCodeAt(p) : -1;
  return c === 61 || c === 58;
}

const CONSUL_ACL_DOCS = 'https://developer.hashicorp.com/consul/docs/security/acl/tokens';
const ACL_TOKEN_RISK =
  "Acts on the cluster with the token's ACL policies: with a management token, full control of Consul or Nomad.";

/** What the two NoEcho rules (Default after or before NoEcho) say alike. */
const NOECHO_RULE = {
  provider: 'AWS CloudFormation',
  multiline: { maxSpan: 2000 },
  confidence: 'medium',
  envVar: 'DB_PASSWORD',
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
  risk: 'NoEcho hides the value in the console, but a Default ships it with the template to everyone who reads it.',
} as const;

export const infrastructureBlockRules: readonly Rule[] = [
  {
    id: 'cloudformation-noecho-default',
    title: 'CloudFormation NoEcho parameter with a literal Default',
    ...NOECHO_RULE,
    keywords: ['noecho'],
    pattern: NOECHO_DEFAULT,
    validate: (secret, match, context) =>
      sameParameter(match, context.line) ? judgedNoEchoDefault(secret, match, context) : false,
    examples: {
      embed: false,
      positives: (fake) => [
        `  DBPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 8\n    Default: ${fake.alnum(12)}!`,
        `    "AdminSecret": {\n      "NoEcho": "true",\n      "Type": "String",\n      "Default": "${fake.alnum(20)}"\n    }`,
        `  ApiToken:\n    NoEcho: 'true'\n    Default: '${fake.alnum(32)}'`,
      ],
      negatives: [
        { text: '  DBPassword:\n    NoEcho: true\n    Type: String\n    MinLength: 12', why: 'no default' },
        { text: '  DBPassword:\n    NoEcho: true\n    Default: ""', why: 'empty default' },
        {
          text: "  DBPassword:\n    NoEcho: true\n    Default: '{{resolve:ssm-secure:/prod/db/password:1}}'",
          why: 'a dynamic reference to a secure parameter',
        },
        { text: '  DBPassword:\n    NoEcho: true\n    Default: changeme', why: 'placeholder' },
        { text: '  DBUser:\n    NoEcho: false\n    Default: admin_user', why: 'not NoEcho' },
        {
          text: '  DBPassword:\n    NoEcho: true\n    Type: String\n  DBName:\n    Type: String\n    Default: orders_main',
          why: "the next parameter's default",
        },
      ],
    },
  },
  {
    id: 'cloudformation-default-before-noecho',
    title: 'CloudFormation NoEcho parameter with a literal Default written before NoEcho',
    ...NOECHO_RULE,
    keywords: ['default:', 'default":'],
    keywordGate: noEchoFollows,
    paths: TEMPLATE_PATHS,
    pattern: DEFAULT_NOECHO,
    validate: (secret, match, context) =>
      sameParameterAfter(match, context.line) ? judgedNoEchoDefault(secret, match, context) : false,
    examples: {
      embed: false,
      path: 'infra/stack.yaml',
      positives: (fake) => [
        `  DBPassword:\n    Type: String\n    Default: ${fake.alnum(12)}!\n    NoEcho: true\n    MinLength: 8`,
        `    "AdminSecret": {\n      "Type": "String",\n      "Default": "${fake.alnum(20)}",\n      "Description": "admin",\n      "NoEcho": "true"\n    }`,
      ],
      negatives: [
        {
          text: '  InstanceType:\n    Type: String\n    Default: t3.micro\n  DBPassword:\n    Type: String\n    NoEcho: true',
          why: "the previous parameter's default",
        },
        { text: '  DBPassword:\n    Default: ""\n    NoEcho: true', why: 'empty default' },
        {
          text: "  DBPassword:\n    Default: '{{resolve:ssm-secure:/prod/db/password:1}}'\n    NoEcho: true",
          why: 'a dynamic reference',
        },
        { text: '  DBUser:\n    Default: admin_user\n    NoEcho: false', why: 'not NoEcho' },
        { text: 'switch (x) {\n  default: return 1;\n}\n// NoEcho: true', path: 'src/a.ts', why: 'code' },
      ],
    },
  },
  {
    id: 'consul-acl-token',
    title: 'Consul ACL token in an agent configuration (acl.tokens)',
    provider: 'HashiCorp Consul',
    keywords: ['tokens {', 'tokens{', 'tokens":'],
    pattern: ACL_TOKENS_BLOCK,
    multiline: { maxSpan: 600 },
    minEntropy: 3,
    confidence: 'high',
    envVar: 'CONSUL_HTTP_TOKEN',
    docs: CONSUL_ACL_DOCS,
    risk: ACL_TOKEN_RISK,
    examples: {
      embed: false,
      positives: (fake) => [
        `acl {\n  enabled = true\n  tokens {\n    agent = "${fake.uuid()}"\n  }\n}`,
        `  "acl": {\n    "tokens": {\n      "initial_management": "${fake.uuid()}"\n    }\n  }`,
        `acl { tokens{ default = "${fake.uuid()}" } }`,
      ],
      negatives: [
        { text: 'acl {\n  tokens {\n    agent = "${CONSUL_AGENT_TOKEN}"\n  }\n}', why: 'a reference' },
        { text: (fake) => `tokens {\n  node_id = "${fake.uuid()}"\n}`, why: "a node's id, not a token slot" },
        { text: 'tokens {\n  agent = "00000000-0000-0000-0000-000000000000"\n}', why: 'a zero UUID' },
      ],
    },
  },
  {
    id: 'consul-nomad-token-variable',
    title: 'Consul or Nomad ACL token in the variable its CLI reads',
    provider: 'HashiCorp Consul',
    keywords: ['consul_http_token', 'consul_token', 'nomad_token'],
    pattern: ACL_TOKEN_VARIABLE,
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'CONSUL_HTTP_TOKEN',
    docs: CONSUL_ACL_DOCS,
    risk: ACL_TOKEN_RISK,
    examples: {
      embed: false,
      positives: (fake) => [
        `CONSUL_HTTP_TOKEN=${fake.uuid()}`,
        `export NOMAD_TOKEN="${fake.uuid()}"`,
        `  CONSUL_TOKEN: ${fake.uuid()}`,
      ],
      negatives: [
        { text: 'CONSUL_HTTP_TOKEN=$(vault read -field=token consul/creds/ops)', why: 'read from Vault' },
        { text: 'NOMAD_TOKEN=${{ secrets.NOMAD_TOKEN }}', why: 'a CI secret reference' },
      ],
    },
  },
  {
    id: 'hashicorp-cli-token-flag',
    title: 'Consul, Nomad or Vault ACL token passed in the -token flag',
    provider: 'HashiCorp Consul',
    keywords: ['-token=', '-token '],
    keywordGate: blankBefore,
    pattern: CLI_TOKEN_FLAG,
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'CONSUL_HTTP_TOKEN',
    docs: CONSUL_ACL_DOCS,
    risk: ACL_TOKEN_RISK,
    validate: (_secret, _match, context) =>
      isBlank(context.line.charCodeAt(context.matchIndex - 1)) && HASHICORP_CLI.test(lineBefore(context)),
    examples: {
      embed: false,
      positives: (fake) => [
        `consul kv get -token=${fake.uuid()} app/config`,
        `nomad job run -token ${fake.uuid()} jobs/web.nomad`,
        `sudo /usr/local/bin/consul acl policy list -token="${fake.uuid()}"`,
        `vault kv get -token=s.${fake.alnum(23)}${fake.digits(1)} secret/app`,
      ],
      negatives: [
        { text: 'consul kv get -token="$CONSUL_HTTP_TOKEN" app/config', why: 'a variable' },
        { text: 'consul acl token read -self -token-file=/etc/consul.d/token', why: 'a file' },
        { text: 'nomad acl token self -token <secret-id>', why: 'a placeholder' },
        { text: 'consul members -token=00000000-0000-0000-0000-000000000000', why: 'a zero UUID' },
        { text: (fake) => `mytool upload -token=${fake.uuid()}`, why: 'not a HashiCorp CLI' },
        { text: (fake) => `consul kv get --data-token=${fake.uuid()}`, why: 'another flag' },
      ],
    },
  },
  {
    id: 'consul-gossip-encryption-key',
    title: 'Consul or Nomad gossip encryption key',
    provider: 'HashiCorp Consul',
    keywords: ['encrypt'],
    pattern: GOSSIP_KEY,
    startsAtKeyword: true,
    keywordGate: settingOperatorFollows,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'CONSUL_GOSSIP_KEY',
    docs: 'https://developer.hashicorp.com/consul/docs/security/encryption/gossip',
    risk: "Decrypts the cluster's gossip traffic and lets a host join the gossip pool.",
    examples: {
      embed: false,
      positives: (fake) => [
        `encrypt = "${fake.base64(43)}="`,
        `  "encrypt": "${fake.base64(22)}==",`,
        `consul agent -server -encrypt=${fake.base64(43)}=`,
        `  encrypt          = "${fake.base64(43)}="`, // Nomad's server block, `=` aligned
      ],
      negatives: [
        { text: 'encrypt = "${GOSSIP_KEY}"', why: 'a reference' },
        { text: 'encrypt: true', why: 'a switch, not a key' },
        { text: 'encrypt_verify_incoming = true', why: 'a setting about encryption' },
      ],
    },
  },
];
