// A setting named only `key` or `auth` (`key = "…"`, `"key": "…"`, `KEY=…`, Octokit's `{ auth: "…" }`)
// holding a random value. The name alone says little (cache keys, sort keys, React keys, `auth:
// true`), so only a value that stands on its own as a key counts: long, high-entropy, not a hex
// digest, a UUID or a word. Longer names (`api_key`, `cacheKey`) are the generic assignment rule's.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate } from '../judge/judge';
import { judgeValue } from '../judge/values';
import type { MatchContext, Rule, Verdict } from '../types';
import { bareNameAssigned } from '../keywordGates';
import { classCount } from '../valueChecks';

/** The name, then an assignment spelled as the keywords spell it (a quoted name is followed by `:`). */
const BARE_KEY = new RegExp(
  String.raw`(?<![A-Za-z0-9_.-])(?<name>key|auth)(?:["'][ ]?:(?!:)|[ ]?(?::=|=>|=(?!=)|:(?!:)))\s{0,4}(?:[rbfu]?["'\x60])?(?<secret>[^\s"'\x60<>;,\\(){}\[\]=:]{16,200}={0,2})(?=["'\x60<;,\s\\)]|$)`,
  'i',
);

/** Hex digests and UUIDs are what a bare `key` usually holds when it is not a credential (content hashes, record ids). */
const DIGEST_OR_ID =
  /^(?:[0-9a-f]{16,128}|[0-9A-F]{16,128}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Declaration words that may stand before a bare `key` (`const key =`, `String key =`, `export KEY=`). */
const DECLARATION =
  /(?:^|[^A-Za-z0-9_])(?:const|let|var|export|val|final|static|private|public|protected|readonly|string|str|my|local|set|auto|char|declare)\s{1,8}$/i;

/**
 * No word stands before the name but a declaration (`API key: ...` is prose, the service rules' to
 * read); the pattern's lookbehind already keeps out longer names (`cacheKey`, `api_key`).
 */
function standsAlone(line: string, index: number): boolean {
  const before = line.slice(Math.max(0, index - 40), index);
  const head = before.replace(/[$@"'\x60]$/, '');
  return !/[A-Za-z0-9_]\s{1,8}$/.test(head) || DECLARATION.test(head);
}

function judgeBareKey(secret: string, match: string, context: MatchContext): false | Verdict {
  if (!standsAlone(context.line, context.matchIndex) || DIGEST_OR_ID.test(secret) || classCount(secret) < 3)
    return false;
  const quoted = /["'\x60]$/.test(match.slice(0, match.length - secret.length));
  if (!judgeValue(secret, quoted, 'secret')?.strong) return false;
  const name = /^\w+/.exec(match)![0];
  return judgeCandidate({
    name,
    value: secret,
    quoted,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + match.length,
    kind: 'secret',
    form: `a random value named ${name}`,
  });
}

export const bareKeyRules: readonly Rule[] = [
  {
    id: 'bare-key-assignment',
    title: 'Random value in a setting named only "key" or "auth"',
    provider: 'Generic',
    // Spelled with what follows, so the prefilter does not wake on every "key" in code.
    keywords: [
      ...['key', 'auth'].flatMap((w) => [
        `${w}=`,
        `${w} =`,
        `${w}:`,
        `${w} :`,
        `${w}":`,
        `${w}':`,
        `${w}" :`,
        `${w}' :`,
      ]),
    ],
    pattern: BARE_KEY,
    startsAtKeyword: true,
    keywordGate: bareNameAssigned,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A random value kept in code under the name key is usually an API or encryption key: whoever reads the code can use it.',
    validate: judgeBareKey,
    examples: {
      embed: false,
      positives: (fake) => [
        `key = "${fake.alnum(30)}Q7"`,
        `KEY=${fake.base64(40)}x9`,
        `    "key": "${fake.alnum(24)}Zk3",`,
        `  key: '${fake.base64url(32)}A1b'`,
        `'key' : "${fake.alnum(20)}Qa9",`,
        `{ "key" : "${fake.alnum(22)}Jb6" }`,
        `const key = "${fake.alnum(28)}Mx4";`,
        `$key = '${fake.alnum(26)}Rt5';`,
        `client = Client({'key': '${fake.alnum(32)}Wq8'})`,
        `const octokit = new Octokit({ auth: '${fake.alnum(36)}Xy5' });`,
        `AUTH=${fake.alnum(30)}Kd2`,
        `auth = "${fake.alnum(30)}Lm3"`,
        `{"auth": "${fake.base64url(30)}Pq4"}`,
        `{'auth': '${fake.alnum(30)}Rs6'}`,
        `{ "auth" : "${fake.alnum(30)}Tu7" }`,
        `{ 'auth' : '${fake.alnum(30)}Vw8' }`,
        `key := "${fake.alnum(30)}Gh2"`, // Go
        `auth := "${fake.alnum(30)}Jk3"`, // Go
      ],
      negatives: [
        { text: (fake) => `key: "${fake.hex(40)}"`, why: 'a hex digest (a content hash or commit)' },
        { text: '    key: "Content-Security-Policy",', why: "an HTTP header's name" },
        {
          text: 'getOrCreate(name,pid,tid){const key=kernelThreadName+pid+tid;if(!this.threads[key])',
          why: 'a sum of identifiers in minified script',
          path: 'static/viewer.html',
        },
        { text: (fake) => `"key": "${fake.uuid()}"`, why: 'a record id' },
        { text: 'key: "UserProfileSettingsPanel"', why: 'a CamelCase name' },
        { text: 'const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });', why: 'read from the environment' },
        { text: "  auth: 'basic',", why: 'a scheme, not a credential' },
        { text: (fake) => `cacheKey = "${fake.alnum(30)}Q7"`, why: 'a longer name: not this rule, and not a secret' },
        { text: 'key = "settings.display.theme.mode"', why: 'a dotted path' },
        {
          text: (fake) => `Primary key: ${fake.alnum(30)}Q7`,
          why: 'a word before key: prose, not a setting named key',
        },
        { text: (fake) => `key = "${fake.lowerAlnum(30)}"`, why: 'not varied enough for a key named only key' },
        {
          text: '    "net_ipv4_tcp_fin_timeout": {"key": "netIpv4TcpFinTimeout", "type": "int"},',
          why: "a generated model's wire name for the attribute named before it",
          path: 'azure/mgmt/models/_models_py3.py',
        },
        {
          text: '        "vnet_gateway": {"key": "properties.virtualNetworkGateway2", "type": "SubResource"},',
          why: 'a dotted path of camelCase identifiers, a number in one',
          path: 'azure/mgmt/models/_models.py',
        },
        {
          text: '            key: "emmelie-dorothea-ed25519.pgp",',
          why: "a key file's name",
          path: 'src/signature.rs',
        },
        {
          text: '      - key: ui_byod_reg_optional_content_1',
          why: 'a snake_case name with an index',
          path: 'playbooks/portal.yml',
        },
        {
          text: "    vim.option.OptionValue(key='snmp.receiver.1.community', value=community)",
          why: "a dotted option's name with an index",
          path: 'plugins/modules/vcenter_settings.py',
        },
      ],
    },
  },
];
