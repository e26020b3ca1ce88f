// A setting named only `key` inside a block whose name says what the key is: a YAML mapping
// (`api:` / `credentials:` then an indented `key: ...`), an INI/TOML section (`[api]` then
// `key = ...`), a PHP array (`'crypt' => [` then `'key' => '...'`, Magento's env.php) or an XML
// element (`<crypt>` then `<key>...</key>`, Magento 1's local.xml). Alone, `key` says too little
// for a hex or lower-case value (the bare-key rule wants a mixed-class one); the block's name makes
// it `api.key`, which the shared judge reads like `api_key`.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate } from '../judge/judge';
import { UUID } from '../ruleKit';
import type { MatchContext, Rule, Verdict } from '../types';
import { blockHeadSource, blockOf, headLineGate } from './blockHeads';

/** Block names that make a bare `key` a credential, alone or after a qualifier (`stripe_credentials`). */
const BLOCK_WORDS = ['api', 'credentials', 'creds', 'auth', 'secrets', 'crypt', 'encryption'];

const SPAN = 400;

/** The block's head: an INI/TOML section, a YAML parent, a PHP array key or an XML element. */
const HEAD = blockHeadSource(BLOCK_WORDS, { tomlArrays: true, xmlElement: true });
/** The key's name in each of those syntaxes (which one goes with which head: see `keyLineFits`). */
const KEY_NAME = String.raw`(?<keyName>key[ \t]{0,4}[=:]|['"]key['"][ \t]{0,4}=>|<key>(?:<!\[CDATA\[)?)`;

const SECTION_KEY = new RegExp(
  String.raw`(?<![^\n])(?<indent>[ \t]{0,12})(?:${HEAD})[ \t]{0,4}\r?\n(?:[ \t]{0,16}[^\s#;\[][^\n]{0,119}\n){0,3}?[ \t]{0,16}${KEY_NAME}[ \t]{0,4}(?<quote>["']?)(?<secret>[A-Za-z0-9_+/-]{16,128}={0,2})["']?(?:\]\]>)?(?:<\/key>)?,?[ \t]{0,4}(?![^\r\n])(?!\r?\n[^\n]{0,40}secret)`,
);

const WHOLE_UUID = new RegExp(`^${UUID}$`);

function judgeSectionKey(secret: string, match: string, context: MatchContext): false | Verdict {
  const groups = SECTION_KEY.exec(match)?.groups;
  if (groups === undefined || WHOLE_UUID.test(secret)) return false;
  const lines = match.split('\n').map((l) => l.replace(/\r$/, ''));
  const inner = lines.slice(1);
  if (!keyLineFits(groups, lines[lines.length - 1]!)) return false;
  if (groups['parent'] !== undefined) {
    // YAML: the key and every line before it are settings of the parent's block (indented deeper).
    const indent = groups['indent']!.length;
    if (!inner.every((l) => /^\s*/.exec(l)![0].length > indent)) return false;
  }
  // A key beside a secret (`'key' => ..., 'secret' => ...`, the AWS SDK's credentials) is the pair's id.
  if (inner.slice(0, -1).some((l) => /secret/i.test(l))) return false;
  // A PHP array or XML element closed before the key: the key belongs to another block.
  if (groups['array'] !== undefined && inner.some((l) => /^\s*[\])]/.test(l))) return false;
  if (groups['element'] !== undefined && inner.some((l) => l.includes(`</${groups['element']}>`))) return false;
  const block = blockOf(groups);
  return judgeCandidate({
    name: `${block}.key`,
    value: secret,
    quoted: groups['quote'] !== '',
    context,
    nameStart: 0,
    valueEnd: context.line.length,
    kind: 'secret',
    form: `the key of the ${block} block`,
  });
}

/** The key is written in its block's syntax: `'key' =>` in a PHP array, `<key>...</key>` in XML, `key =`/`key:` otherwise. */
function keyLineFits(groups: Record<string, string | undefined>, keyLine: string): boolean {
  const keyName = groups['keyName']!;
  if (groups['array'] !== undefined) return keyName.endsWith('=>') && /['"],?\s*$/.test(keyLine);
  if (groups['element'] !== undefined) return keyName.startsWith('<') && /<\/key>\s*$/.test(keyLine);
  return /^key/.test(keyName);
}

export const sectionKeyRules: readonly Rule[] = [
  {
    id: 'section-key-setting',
    title: 'Key in an api, credentials or secrets block (api:\\n  key: ...)',
    provider: 'Generic',
    keywords: BLOCK_WORDS.flatMap((w) => [`${w}:`, `${w}]`, `${w}'`, `${w}"`, `${w}>`]),
    pattern: SECTION_KEY,
    multiline: { maxSpan: SPAN },
    keywordGate: headLineGate,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: "A key kept in a config file's api or credentials block calls the service as the account: whoever reads the file can use it.",
    validate: judgeSectionKey,
    examples: {
      embed: false,
      path: 'config/settings.yml',
      positives: (fake) => [
        `api:\n  url: https://api.example.com\n  key: ${fake.hex(32)}`,
        `credentials:\n  key: "${fake.lowerAlnum(24)}"`,
        `  payments_api:\n    key: ${fake.hex(40)}`,
        `creds:\n  user: svc\n  key: ${fake.lowerAlnum(30)}`,
        `auth:\n  key: '${fake.base64(32)}'`,
        `secrets:\n  region: eu\n  key: ${fake.hex(48)}`,
        `[api]\nendpoint = https://api.example.com\nkey = ${fake.hex(32)}`,
        `[tool.mailer.credentials]\nkey = "${fake.lowerAlnum(28)}"`,
        `[creds]\nkey=${fake.hex(32)}`,
        `[[auth]]\nname = "primary"\nkey = "${fake.base64url(32)}"`,
        `[prod-secrets]\n  key = ${fake.lowerAlnum(32)}`,
        `return [\n    'crypt' => [\n        'key' => '${fake.hex(32)}'\n    ],\n];`,
        `$config = array(\n  "api" => array(\n    "url" => "https://api.example.com",\n    "key" => "${fake.lowerAlnum(32)}",`,
        `<global>\n  <crypt>\n    <key><![CDATA[${fake.hex(32)}]]></key>\n  </crypt>`,
        `<encryption>\n  <key>${fake.base64(32)}</key>\n</encryption>`,
        `encryption:\n  key: ${fake.hex(64)}`,
        // Every block word in every syntax (each keyword in some positive).
        ...BLOCK_WORDS.flatMap((w) => [
          `${w}:\n  key: ${fake.hex(32)}`,
          `[${w}]\nkey = ${fake.hex(32)}`,
          `'${w}' => [\n    'key' => '${fake.hex(32)}',`,
          `"${w}" => array(\n    "key" => "${fake.lowerAlnum(32)}",`,
          `<${w}>\n  <key>${fake.hex(32)}</key>`,
        ]),
      ],
      negatives: [
        {
          text: (fake) => `api:\n  url: https://api.example.com\nbilling:\n  key: ${fake.hex(32)}`,
          why: 'the key stands in another YAML block',
        },
        { text: (fake) => `[api]\nurl = x\n[cache]\nkey = ${fake.hex(32)}`, why: 'the key stands in another section' },
        { text: (fake) => `api:\n  key: ${fake.uuid()}`, why: 'a record id' },
        { text: 'credentials:\n  key: YOUR_API_KEY_HERE_PLEASE', why: 'placeholder' },
        { text: 'secrets:\n  key: ${{ secrets.API_KEY_VALUE }}', why: 'a reference, not a value' },
        { text: (fake) => `cache:\n  key: ${fake.hex(32)}`, why: 'a block that names no credential' },
        { text: 'api:\n  key: aaaaaaaaaaaaaaaaaaaaaaaa', why: 'a repeated character' },
        {
          text: (fake) => `'crypt' => [\n    'cipher' => 'aes',\n],\n'cache' => [\n    'key' => '${fake.hex(32)}',`,
          why: 'the PHP array closed before the key',
        },
        {
          text: (fake) => `<crypt>\n  <cipher>aes</cipher>\n</crypt><cache>\n  <key>${fake.hex(32)}</key>`,
          why: 'the XML element closed before the key',
        },
        { text: (fake) => `'crypt' => [\n    key: ${fake.hex(32)}`, why: 'a key not written in the array syntax' },
        {
          text: (fake) => `'credentials' => [\n    'key'    => '${fake.hex(32)}',\n    'secret' => getenv('S'),`,
          why: 'the id half of a key and secret pair (the secret follows)',
        },
        {
          text: (fake) => `credentials:\n  secret: \${SECRET}\n  key: ${fake.hex(32)}`,
          why: 'the id half of a key and secret pair (the secret precedes)',
        },
      ],
    },
  },
];
