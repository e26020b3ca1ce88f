// Credentials of crypto exchange back offices and trading desks (crypto-exchange-ops corpus), where
// the form itself says what the value is:
// - node providers' endpoint URLs, whose path carries the key: Infura (`<network>.infura.io/v3/<32
//   hex>`), Alchemy (`<network>.g.alchemy.com/v2/<key>`), QuickNode (`<name>.<network>.quiknode.pro/
//   <40 hex>/`), as their docs show them;
// - bitcoind's `rpcauth=<user>:<salt>$<HMAC-SHA256>` (share/rpcauth/rpcauth.py): a salted credential
//   hash, crackable offline as a shadow hash is;
// - a node's or signer's keystore password file (`geth --password password.txt`, clef, a
//   validator's wallet password file) in the client's folder, or `echo`ed to the file `geth
//   --password` reads on the same line;
// - the Engine API JWT secret (32 bytes, hex) that execution and consensus clients share: a
//   `jwt.hex`/`jwtsecret` file, or the `echo <hex> > .../jwt.hex` that writes one;
// - the Coinbase Pro/Exchange Python client's `AuthenticatedClient(key, b64secret, passphrase)`,
//   positional, and py3cw's `Py3CW(key=..., secret=...)` (3Commas: 64 hex key, 256 hex secret);
// - a two-column Markdown table's row naming a credential in its first cell and giving it in the
//   second (`| API key | ... |`, `| Secret | ... |`), judged as the same name and value elsewhere
//   are. Wider tables (`DESCRIBE` output, schema pages) hold types and notes beside the name.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { judgeCandidate } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { isRandomKeyHex } from './keyMaterialChecks';

const NODE_DOCS = 'https://docs.metamask.io/services/get-started/infura/';

/** A key drawn at random over its alphabet: no run of one character, varied, mixed classes or hex. */
function isRandomKey(value: string): boolean {
  if (/(.)\1{5}/.test(value)) return false;
  if (/^[0-9a-fA-F]+$/.test(value))
    return value.length % 2 === 0 ? isRandomKeyHex(value) : shannonEntropy(value) >= 3.3;
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value) && shannonEntropy(value) >= 4;
}

/** The key each provider issues: Infura 32 hex, Alchemy 32 base64url, QuickNode 40 hex. */
function isNodeProviderKey(secret: string, match: string): boolean {
  if (match.startsWith('infura')) return /^[0-9a-f]{32}$/.test(secret) && isRandomKey(secret);
  if (match.startsWith('quiknode')) return /^[0-9a-f]{40}$/.test(secret) && isRandomKey(secret);
  return secret.length === 32 && isRandomKey(secret);
}

/** The last word of a Markdown cell that names a credential (`API key`, `Secret`, `Passphrase`). */
const CREDENTIAL_CELL =
  /^(?:[A-Za-z][A-Za-z0-9_.-]{0,20}[ _-]){0,3}(?:password|passphrase|secret|token|key|pwd|passwd)$/i;
/** Cells that say what a credential column is about, not the credential (`Key id`, `Token type`). */
const ABOUT_CELL =
  /(?:^|[ _-])(?:public|publishable|id|name|type|hint|format|length|path|file|url|expires?)(?:[ _-]|$)/i;

/** A Markdown table row's credential: the name is the first cell, the value the second. */
function judgeTableRow(secret: string, match: string, context: MatchContext): Verdict | false {
  const name = /^[ \t]{0,4}\|[ \t]{0,4}([^|]{1,40}?)[ \t]{0,4}\|/.exec(match)?.[1];
  if (name === undefined || !CREDENTIAL_CELL.test(name) || ABOUT_CELL.test(name)) return false;
  // The table's own delimiter row, or a cell of dashes: no value.
  if (/^[-:]+$/.test(secret)) return false;
  return judgeCandidate({
    name: name.replace(/ /g, '_'),
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + match.length,
    form: `a table row's ${name}`,
  });
}

/** A keystore's password as `judgeCandidate` judges a password: placeholders and words are not. */
function judgeKeystorePassword(secret: string, _match: string, context: MatchContext): Verdict | false {
  return judgeCandidate({
    name: 'password',
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + secret.length,
    kind: 'password',
    form: "a node or signer keystore's password file",
  });
}

export const cryptoExchangeOpsRules: readonly Rule[] = [
  {
    id: 'node-provider-url-key',
    title: 'Blockchain node provider key in an endpoint URL (Infura, Alchemy, QuickNode)',
    provider: 'Node providers',
    keywords: ['infura.io/', 'alchemy.com/', 'quiknode.pro/'],
    pattern:
      /(?:infura\.io\/(?:ws\/)?v3\/|alchemy\.com\/(?:v2|nft\/v[23])\/|quiknode\.pro\/)(?<secret>[A-Za-z0-9_-]{32,40})(?![A-Za-z0-9_-])/,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'ETH_RPC_URL',
    docs: NODE_DOCS,
    risk: "Calls the node provider on the account's plan: its quota and bill, and its allow-lists' trust.",
    validate: (secret, match) =>
      isNodeProviderKey(secret, match) && { why: "a node provider's key in its endpoint URL" },
    examples: {
      positives: (fake) => [
        `https://mainnet.infura.io/v3/${fake.hex(32)}`,
        `wss://polygon-mainnet.infura.io/ws/v3/${fake.hex(32)}`,
        `https://eth-mainnet.g.alchemy.com/v2/${fake.alnum(30)}${fake.digits(2)}`,
        `https://arb-mainnet.g.alchemy.com/v2/${fake.base64url(29)}aZ9`,
        `https://wispy-red-frost.solana-mainnet.quiknode.pro/${fake.hex(40)}/`,
      ],
      negatives: [
        { text: 'RPC=https://mainnet.infura.io/v3/YOUR_PROJECT_ID', why: 'a placeholder' },
        { text: 'const url = `https://mainnet.infura.io/v3/${process.env.INFURA_KEY}`;', why: 'a reference' },
        { text: 'https://eth-mainnet.g.alchemy.com/v2/demo', why: "Alchemy's public demo key" },
        {
          text: 'https://mainnet.infura.io/v3/00000000000000000000000000000000',
          why: 'all zero',
        },
      ],
    },
  },
  {
    id: 'bitcoind-rpcauth',
    title: 'bitcoind rpcauth line (salted HMAC of the RPC password)',
    provider: 'Bitcoin Core',
    keywords: ['rpcauth='],
    pattern: /rpcauth=(?<secret>[A-Za-z0-9_.-]{1,64}:[0-9a-f]{32}\$[0-9a-f]{64})(?![0-9a-f])/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'BITCOIN_RPCAUTH',
    docs: 'https://github.com/bitcoin/bitcoin/blob/master/share/rpcauth/README.md',
    risk: 'A salted hash of the node\u2019s RPC password: cracked offline, it opens the wallet RPC (sendtoaddress).',
    validate: (secret) => {
      const [salt, hash] = secret.slice(secret.indexOf(':') + 1).split('$');
      return isRandomKeyHex(salt!) && isRandomKeyHex(hash!) && { why: 'bitcoind rpcauth salt and HMAC' };
    },
    examples: {
      embed: false,
      path: 'bitcoin.conf',
      positives: (fake) => [
        `rpcauth=deposit:${fake.hex(32)}$${fake.hex(64)}`,
        `rpcauth=alice:${fake.hex(32)}$${fake.hex(64)}`,
      ],
      negatives: [
        { text: 'rpcauth=<user>:<salt>$<hash>', why: 'a documentation template' },
        { text: `rpcauth=user:${'0'.repeat(32)}$${'0'.repeat(64)}`, why: 'all zero' },
      ],
    },
  },
  {
    id: 'engine-api-jwt-secret-file',
    title: 'Ethereum Engine API JWT secret file (jwt.hex)',
    provider: 'Ethereum clients',
    // geth, erigon, Nethermind and the consensus clients read the bare hex from the file they name.
    keywords: [],
    wakesOnEveryLine: true,
    paths: /(?:^|\/)(?:jwt\.hex|jwtsecret(?:\.hex)?|jwt-secret(?:\.hex)?|jwt_secret(?:\.hex)?)$/i,
    pattern: /^[ \t]{0,4}(?:0x)?(?<secret>[0-9a-f]{64})[ \t]{0,4}$/,
    confidence: 'high',
    envVar: 'ENGINE_JWT_SECRET',
    docs: 'https://github.com/ethereum/execution-apis/blob/main/src/engine/authentication.md',
    risk: "Signs Engine API calls between the node's clients: whoever holds it can drive the execution client.",
    validate: (secret) => isRandomKeyHex(secret) && { why: 'Engine API JWT secret (32 bytes, hex)' },
    examples: {
      embed: false,
      path: 'secrets/jwt.hex',
      positives: (fake) => [fake.hex(64), `0x${fake.hex(64)}`],
      negatives: [
        { text: (fake) => fake.hex(64), path: 'SHA256SUMS', why: 'a file no client reads a secret from' },
        { text: '0'.repeat(64), why: 'all zero' },
      ],
    },
  },
  {
    id: 'engine-api-jwt-secret-echo',
    title: 'Ethereum Engine API JWT secret written to its file by a script',
    provider: 'Ethereum clients',
    keywords: ['echo '],
    pattern:
      /echo[ \t]{1,4}["']?(?:0x)?(?<secret>[0-9a-f]{64})["']?[ \t]{0,4}>{1,2}[ \t]{0,4}["']?[\w./${}-]{0,120}jwt/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'ENGINE_JWT_SECRET',
    docs: 'https://github.com/ethereum/execution-apis/blob/main/src/engine/authentication.md',
    risk: "Signs Engine API calls between the node's clients: whoever holds it can drive the execution client.",
    validate: (secret) => isRandomKeyHex(secret) && { why: 'Engine API JWT secret written to the jwt file' },
    examples: {
      embed: false,
      positives: (fake) => [
        `echo ${fake.hex(64)} > /secrets/jwt.hex`,
        `    command: sh -c "echo 0x${fake.hex(64)} > /data/jwtsecret"`,
      ],
      negatives: [
        { text: 'openssl rand -hex 32 | tr -d "\\n" > /secrets/jwt.hex', why: 'generated at deploy time' },
        { text: (fake) => `echo ${fake.hex(64)} > checksums.txt`, why: 'not the JWT file' },
      ],
    },
  },
  {
    id: 'keystore-password-file',
    title:
      "Keystore password file of a node, signer or validator (geth --password, clef, Prysm's wallet password file)",
    provider: 'Ethereum clients',
    // The file holds the bare password: nothing literal to key on, so the rule runs on its lines.
    keywords: [],
    wakesOnEveryLine: true,
    paths:
      /(?:^|\/)[\w.-]{0,40}(?:geth|clef|keystore|validator|signer)[\w.-]{0,40}\/(?:[\w.-]{1,40}\/)?(?:\.?password|[\w-]{1,40}[_.-]passw(?:or)?d|passw(?:or)?d)(?:\.txt)?$/i,
    pattern: /^[ \t]{0,4}(?<secret>[^\s]{8,128})[ \t]{0,4}$/,
    confidence: 'medium',
    envVar: 'KEYSTORE_PASSWORD',
    docs: 'https://geth.ethereum.org/docs/fundamentals/account-management',
    risk: 'Decrypts the keystore beside it: with the key file, whoever reads it signs as the account.',
    validate: judgeKeystorePassword,
    examples: {
      embed: false,
      path: 'geth/password.txt',
      positives: (fake) => [`${fake.alnum(14)}${fake.digits(2)}`, `Vault#${fake.digits(5)}${fake.alnum(6)}`],
      negatives: [
        { text: 'changeme', why: 'a published default' },
        { text: (fake) => fake.alnum(16), path: 'docs/password.txt', why: 'not beside a keystore' },
      ],
    },
  },
  {
    id: 'geth-password-echo',
    title: 'Keystore password echoed to the file a node unlocks its account with (geth --password)',
    provider: 'Ethereum clients',
    keywords: ['echo '],
    pattern:
      /echo[ \t]{1,4}(?:-n[ \t]{1,4})?["'](?<secret>[^"'\s\\$]{6,64})["'][ \t]{0,4}>[ \t]{0,4}[\w./-]{1,80}[ \t]{0,4}(?:&&|;)[ \t]{0,4}(?:sudo[ \t]{1,4})?(?:geth|clef|bor)[ \t][^\n]{0,240}?--password[ =]/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'KEYSTORE_PASSWORD',
    docs: 'https://geth.ethereum.org/docs/fundamentals/account-management',
    risk: 'Decrypts the unlocked account\u2019s keystore: with the key file, whoever reads it signs as the account.',
    validate: judgeKeystorePassword,
    examples: {
      embed: false,
      path: 'scripts/start-geth.sh',
      positives: (fake) => [
        `echo "${fake.alnum(14)}${fake.digits(2)}" > /tmp/pw && geth --unlock 0x${fake.hex(40)} --password /tmp/pw --http`,
        `echo -n '${fake.alnum(12)}!${fake.digits(3)}' > pass.txt; geth --datadir /data --password pass.txt --mine`,
      ],
      negatives: [
        { text: 'echo "$GETH_PASSWORD" > /tmp/pw && geth --unlock 0 --password /tmp/pw', why: 'a variable' },
        { text: 'echo "password" > /tmp/pw && geth --password /tmp/pw', why: 'a stand-in' },
      ],
    },
  },
  {
    id: 'coinbase-pro-authenticated-client',
    title: 'Coinbase Exchange (Pro) API key, secret and passphrase given to AuthenticatedClient',
    provider: 'Coinbase',
    keywords: ['authenticatedclient('],
    // One rule per argument, so each line is reported: key (32 hex), secret (64 bytes base64), passphrase.
    pattern:
      /AuthenticatedClient\(\s{0,20}["'](?<secret>[0-9a-f]{32})["']\s{0,4},\s{0,20}["'][A-Za-z0-9+/]{86}==["']\s{0,4},/,
    startsAtKeyword: true,
    multiline: { maxSpan: 400 },
    confidence: 'high',
    envVar: 'COINBASE_API_KEY',
    docs: 'https://docs.cdp.coinbase.com/exchange/docs/rest-auth',
    risk: 'With its secret and passphrase, signs Coinbase Exchange API calls: trading and transfers.',
    validate: (secret) => isRandomKeyHex(secret) && { why: 'Coinbase Exchange API key beside its secret' },
    examples: {
      embed: false,
      positives: (fake) => [
        `auth_client = cbpro.AuthenticatedClient("${fake.hex(32)}", "${fake.base64(86)}==", "${fake.lowerAlnum(11)}")`,
      ],
      negatives: [{ text: 'cbpro.AuthenticatedClient(key, b64secret, passphrase)', why: 'variables' }],
    },
  },
  {
    id: 'coinbase-pro-authenticated-client-secret',
    title: 'Coinbase Exchange (Pro) API secret and passphrase given to AuthenticatedClient',
    provider: 'Coinbase',
    keywords: ['authenticatedclient('],
    pattern:
      /AuthenticatedClient\(\s{0,20}["'][0-9a-f]{32}["']\s{0,4},\s{0,20}["'](?<secret>[A-Za-z0-9+/]{86}==)["']\s{0,4},/,
    startsAtKeyword: true,
    multiline: { maxSpan: 400 },
    confidence: 'high',
    envVar: 'COINBASE_API_SECRET',
    docs: 'https://docs.cdp.coinbase.com/exchange/docs/rest-auth',
    risk: 'Signs Coinbase Exchange API calls: trading and transfers.',
    validate: (secret) => isRandomKey(secret) && { why: 'Coinbase Exchange API secret (base64, 64 bytes)' },
    examples: {
      embed: false,
      positives: (fake) => [
        `c = cbpro.AuthenticatedClient('${fake.hex(32)}', 'Ab1${fake.base64(83)}==', '${fake.lowerAlnum(11)}')`,
      ],
      negatives: [{ text: 'AuthenticatedClient("key", "secret", "passphrase")', why: 'documentation words' }],
    },
  },
  {
    id: 'coinbase-pro-authenticated-client-passphrase',
    title: 'Coinbase Exchange (Pro) API passphrase given to AuthenticatedClient',
    provider: 'Coinbase',
    keywords: ['authenticatedclient('],
    pattern:
      /AuthenticatedClient\(\s{0,20}["'][0-9a-f]{32}["']\s{0,4},\s{0,20}["'][A-Za-z0-9+/]{86}==["']\s{0,4},\s{0,20}["'](?<secret>[^"'\s\\]{6,64})["']/,
    startsAtKeyword: true,
    multiline: { maxSpan: 400 },
    confidence: 'high',
    envVar: 'COINBASE_API_PASSPHRASE',
    docs: 'https://docs.cdp.coinbase.com/exchange/docs/rest-auth',
    risk: 'The third factor of a Coinbase Exchange API key: with the key and secret it signs trading and transfers.',
    validate: (secret) =>
      !/^(?:passphrase|your[_-]?passphrase|changeme)$/i.test(secret) && {
        why: 'Coinbase Exchange API passphrase beside its key and secret',
      },
    examples: {
      embed: false,
      positives: (fake) => [
        `cbpro.AuthenticatedClient(\n    "${fake.hex(32)}",\n    "${fake.base64(86)}==",\n    "${fake.lowerAlnum(11)}",\n)`,
      ],
      negatives: [{ text: 'cbpro.AuthenticatedClient(key, b64secret, "")', why: 'no passphrase' }],
    },
  },
  {
    id: 'threecommas-py3cw-key',
    title: '3Commas API key given to Py3CW',
    provider: '3Commas',
    keywords: ['py3cw('],
    pattern: /Py3CW\(\s{0,20}key\s{0,4}=\s{0,4}["'](?<secret>[0-9a-f]{64})["']/,
    startsAtKeyword: true,
    multiline: { maxSpan: 200 },
    confidence: 'high',
    envVar: 'THREECOMMAS_API_KEY',
    docs: 'https://github.com/3commas-io/3commas-official-api-docs',
    risk: "With its secret, runs the account's 3Commas bots and smart trades on its connected exchanges.",
    validate: (secret) => isRandomKeyHex(secret) && { why: '3Commas API key (64 hex) given to Py3CW' },
    examples: {
      embed: false,
      positives: (fake) => [`p3cw = Py3CW(\n    key="${fake.hex(64)}",\n    secret="${fake.hex(256)}",\n)`],
      negatives: [{ text: 'p3cw = Py3CW(key=os.environ["KEY"], secret=os.environ["SECRET"])', why: 'references' }],
    },
  },
  {
    id: 'threecommas-py3cw-secret',
    title: '3Commas API secret given to Py3CW',
    provider: '3Commas',
    keywords: ['py3cw('],
    pattern:
      /Py3CW\(\s{0,20}key\s{0,4}=\s{0,4}["'][0-9a-f]{64}["']\s{0,4},\s{0,20}secret\s{0,4}=\s{0,4}["'](?<secret>[0-9a-f]{64,256})["']/,
    startsAtKeyword: true,
    multiline: { maxSpan: 600 },
    confidence: 'high',
    envVar: 'THREECOMMAS_API_SECRET',
    docs: 'https://github.com/3commas-io/3commas-official-api-docs',
    risk: "Signs 3Commas API calls: the account's bots and smart trades on its connected exchanges.",
    validate: (secret) => isRandomKeyHex(secret) && { why: '3Commas API secret (HMAC key, hex) given to Py3CW' },
    examples: {
      embed: false,
      positives: (fake) => [`Py3CW(key="${fake.hex(64)}", secret="${fake.hex(256)}")`],
      negatives: [{ text: 'Py3CW(key=KEY, secret=SECRET)', why: 'references' }],
    },
  },
  {
    id: 'markdown-table-credential-row',
    title: 'Credential in a two-column Markdown table row (name in the first cell, value in the second)',
    provider: 'Generic',
    keywords: ['key', 'secret', 'password', 'passphrase', 'token', 'pwd', 'passwd'],
    pattern:
      /^[ \t]{0,4}\|[ \t]{0,4}[A-Za-z][A-Za-z0-9 _.-]{0,40}?[ \t]{0,4}\|[ \t]{0,4}\x60?(?<secret>[^\s|\x60]{8,200})\x60?[ \t]{0,4}\|[ \t]{0,4}$/,
    confidence: 'medium',
    envVar: 'API_SECRET',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'A credential in a wiki or README table is readable by everyone with the repository or the page.',
    validate: judgeTableRow,
    examples: {
      embed: false,
      path: 'docs/onboarding.md',
      positives: (fake) => [
        `| API key | ${fake.alnum(64)} |`,
        `| Secret | \x60${fake.alnum(40)}\x60 |`,
        `| Passphrase | ${fake.alnum(14)}${fake.digits(2)} |`,
        `| Password | ${fake.alnum(14)}${fake.digits(3)} |`,
        `| Bot token | ${fake.alnum(40)} |`,
        `| Private key | \x60${fake.hex(64)}\x60 |`,
        `| RPC pwd | ${fake.alnum(16)} |`,
        `| Admin passwd | ${fake.alnum(16)} |`,
      ],
      negatives: [
        { text: '| api_key | string | Your API key |', why: 'a schema table' },
        { text: '| Password | ******** |', why: 'masked' },
        { text: '| Key id | 4f9a2c1e-77b0-4d3a-9c52-0e4b8a1d6f23 |', why: 'an id about the key' },
        { text: '| Secret | ${API_SECRET} |', why: 'a reference' },
        { text: '|---|---|', why: 'the delimiter row' },
        { text: '| password | varchar(255) | NO | | NULL | |', why: "a DESCRIBE row: the column's type" },
      ],
    },
  },
];
