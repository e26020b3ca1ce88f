// Formats: Bitcoin wiki "Wallet import format" (WIF: version 0x80 mainnet / 0xef testnet, 32-byte
// key, 0x01 when compressed, Base58Check); BIP 32 "Serialization format" (78 bytes: version, depth,
// parent fingerprint, child number, chain code, 0x00 + key; xprv/tprv and SLIP-132's yprv/zprv/
// uprv/vprv versions); NIP-19 (nsec: Bech32 of a 32-byte key); ethers/web3/viem docs (a hex private
// key passed to Wallet/privateKeyToAccount, Hardhat's `accounts` list); Solana web3.js
// `Keypair.fromSecretKey` (64 bytes).
import { base58CheckPayload, encodeBase58Check } from '../base58';
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { nameThen } from '../keywordGates';
import { isValidBech32, withBech32Checksum } from './age';
import { byteValues, isRandomKeyHex, isRandomKeyBytes } from './keyMaterialChecks';
import { hardhatDevelopmentKeys, isHardhatDevelopmentKey } from '../judge/hardhatAccounts';
import { nameBefore } from '../judge/judge';

const WIF_KEYWORDS = [
  'importprivkey',
  'wif',
  'privkey',
  'private',
  'secret',
  'key(',
  'key=',
  'key =',
  'key:',
  'key":',
  "key':",
];
const B58 = '[1-9A-HJ-NP-Za-km-z]';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** WIF: version 0x80 (mainnet) or 0xef (testnet), a 32-byte key, then 0x01 for a compressed key. */
function isWif(text: string): boolean {
  const p = base58CheckPayload(text);
  if (p === undefined || (p[0] !== 0x80 && p[0] !== 0xef)) return false;
  return (p.length === 33 || (p.length === 34 && p[33] === 1)) && isRandomKeyBytes(p.subarray(1, 33));
}

function fakeWif(fake: FakeTokens, compressed: boolean): string {
  const bytes = Buffer.from('80' + fake.hex(64) + (compressed ? '01' : ''), 'hex');
  bytes[1] = bytes[1]! & 0x7f;
  return encodeBase58Check(bytes);
}

/** Version bytes of extended private keys: xprv, tprv, yprv, zprv, uprv, vprv. */
const PRIVATE_VERSIONS = new Set([0x0488ade4, 0x04358394, 0x049d7878, 0x04b2430c, 0x044a4e28, 0x045f18bc]);

function isExtendedPrivateKey(text: string): boolean {
  const p = base58CheckPayload(text);
  if (p === undefined || p.length !== 78 || p[45] !== 0) return false;
  const version = ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0;
  return PRIVATE_VERSIONS.has(version) && isRandomKeyBytes(p.subarray(46));
}

function fakeExtendedKey(fake: FakeTokens, version: string): string {
  return encodeBase58Check(
    Buffer.from(version + '00' + '00000000' + '00000000' + fake.hex(64) + '00' + fake.hex(64), 'hex'),
  );
}

/** An nsec: Bech32 of 32 bytes (52 data characters) and the checksum. */
function fakeNsec(fake: FakeTokens): string {
  return withBech32Checksum('nsec', fake.from(BECH32, 51) + fake.from('qpzry9x8', 1));
}

/**
 * An EVM private key (0x and 64 hex digits, the form wallets export) under a short name: `PK`,
 * `priv`, `sk`, alone or ending a longer name (`DEPLOYER_PK`, `signerPk`), quoted or not.
 */
const EVM_KEY_SHORT_NAME =
  /(?:pk|PK|Pk|priv|PRIV|Priv|sk|SK|Sk)["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'\x60]?(?<secret>0x[0-9a-fA-F]{64})(?![0-9A-Za-z])/;

/**
 * What may stand before the short name, read back from it (the pattern starts at its keyword, so
 * on an over-long line it is tried only where the gate holds): nothing of a name (`pk`), a name
 * ending in `_` (`DEPLOYER_PK`), or a camelCase head before `Pk`/`Sk` (`signerPk`).
 */
function shortKeyNameHead(line: string, keywordAt: number): boolean {
  const headStart = nameBefore(line, keywordAt);
  // A `$` before the name makes it part of a variable (`$pk`) or a longer identifier.
  if (line.charAt(headStart - 1) === '$') return false;
  const head = line.slice(headStart, keywordAt);
  if (head === '') return true;
  if (/^[A-Za-z]\w{0,30}_$/.test(head)) return true;
  return /^[a-z][A-Za-z0-9]{0,30}$/.test(head) && /[PS]/.test(line.charAt(keywordAt));
}

/** Keyword gate: after the name, the operator and `0x` with hex, as the pattern requires (most `sk`/`pk` hits are words). */
const evmKeyAssigned = nameThen(/["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'\x60]?0x[0-9a-fA-F]{8}/y);

export const cryptoWalletRules: readonly Rule[] = [
  {
    id: 'bitcoin-wif-private-key',
    title: 'Bitcoin private key (WIF)',
    provider: 'Bitcoin',
    // The key has no literal of its own: the words that stand near one (RPC calls, library
    // constructors, names); the Base58Check checksum decides.
    keywords: WIF_KEYWORDS,
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<secret>5[HJK]${B58}{49}|[KL]${B58}{51}|9${B58}{50}|c${B58}{51})(?![A-Za-z0-9])`,
    ),
    confidence: 'high',
    envVar: 'BITCOIN_PRIVATE_KEY',
    docs: 'https://en.bitcoin.it/wiki/Wallet_import_format',
    risk: 'Spends every coin held by the addresses of this key, at once and irreversibly.',
    validate: isWif,
    examples: {
      positives: (fake) => [
        `bitcoin-cli importprivkey "${fakeWif(fake, true)}" "cold" false`,
        `key = Key("${fakeWif(fake, true)}")`,
        `WIF=${fakeWif(fake, false)}`,
        ...WIF_KEYWORDS.map((kw) => `${kw} "${fakeWif(fake, true)}"`),
      ],
      negatives: [
        {
          text: (fake) => `key = Key("${fakeWif(fake, true).slice(0, -1)}1")`,
          why: 'Base58Check checksum does not match',
        },
        { text: (fake) => `address = "1${fake.alnum(33)}"`, why: 'not a private key' },
      ],
    },
  },
  {
    id: 'bip32-extended-private-key',
    title: 'HD wallet extended private key (BIP 32 xprv/tprv)',
    provider: 'Bitcoin',
    keywords: ['xprv', 'tprv', 'yprv', 'zprv', 'uprv', 'vprv'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<secret>[xtyzuv]prv${B58}{100,112})(?![A-Za-z0-9])`),
    confidence: 'high',
    envVar: 'WALLET_XPRV',
    docs: 'https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki#serialization-format',
    risk: 'Derives every private key of the wallet below it: all its funds, past and future addresses.',
    validate: isExtendedPrivateKey,
    examples: {
      positives: (fake) =>
        ['0488ade4', '04358394', '049d7878', '04b2430c', '044a4e28', '045f18bc'].map((v) => fakeExtendedKey(fake, v)),
      negatives: [
        {
          text: (fake) => `xpub = "${fakeExtendedKey(fake, '0488b21e')}"`,
          why: 'an extended public key is shareable',
        },
        { text: (fake) => fakeExtendedKey(fake, '0488ade4').slice(0, -2) + '11', why: 'checksum does not match' },
      ],
    },
  },
  {
    id: 'nostr-nsec',
    title: 'Nostr private key (nsec)',
    provider: 'Nostr',
    keywords: ['nsec1'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<secret>nsec1[${BECH32}]{58})(?![A-Za-z0-9])`),
    confidence: 'high',
    envVar: 'NOSTR_NSEC',
    docs: 'https://github.com/nostr-protocol/nips/blob/master/19.md',
    risk: 'Posts, signs and decrypts direct messages as the identity, forever: a Nostr key cannot be rotated.',
    validate: isValidBech32,
    examples: {
      positives: (fake) => [fakeNsec(fake), `NOSTR_PRIVATE_KEY=${fakeNsec(fake)}`],
      negatives: [
        { text: (fake) => `"npub": "${withBech32Checksum('npub', fake.from(BECH32, 52))}"`, why: 'a public key' },
        { text: (fake) => fakeNsec(fake).slice(0, -1) + 'q', why: 'Bech32 checksum does not match' },
      ],
    },
  },
  {
    id: 'evm-private-key-literal',
    title: 'Ethereum/EVM private key passed to a wallet or listed in Hardhat/Truffle accounts',
    provider: 'Ethereum',
    keywords: ['wallet(', 'privatekeytoaccount(', 'from_key(', 'fromprivatekey(', 'signingkey(', 'accounts'],
    pattern: new RegExp(
      String.raw`(?:(?:Wallet|privateKeyToAccount|from_key|fromPrivateKey|SigningKey)\(\s{0,4}|accounts["']?\s{0,4}[:=]\s{0,4}\[\s{0,4})["'\x60](?<secret>(?:0x)?[0-9a-fA-F]{64})["'\x60]`,
    ),
    confidence: 'high',
    envVar: 'PRIVATE_KEY',
    docs: 'https://hardhat.org/hardhat-runner/docs/config#json-rpc-based-networks',
    risk: 'Signs transactions as the account: drains its funds and takes over every contract it owns.',
    // Hardhat's development accounts are public (see hardhatAccounts.ts): not reported.
    validate: (secret) => isRandomKeyHex(secret.replace(/^0x/, '')) && !isHardhatDevelopmentKey(secret),
    examples: {
      positives: (fake) => [
        `      accounts: ["0x${fake.hex(64)}"],`,
        `const wallet = new ethers.Wallet("${fake.hex(64)}", provider);`,
        `const account = privateKeyToAccount('0x${fake.hex(64)}');`,
        `acct = Account.from_key("0x${fake.hex(64)}")`,
        `const signer = Wallet.fromPrivateKey("0x${fake.hex(64)}");`,
        `const key = new SigningKey("0x${fake.hex(64)}");`,
      ],
      negatives: [
        { text: '      accounts: [process.env.PRIVATE_KEY],', why: 'read from the environment' },
        { text: `      accounts: ["0x${'0'.repeat(64)}"],`, why: 'an all-zero key' },
        {
          text: () => `      accounts: ["0x${hardhatDevelopmentKeys()[0]}", "0x${hardhatDevelopmentKeys()[19]}"],`,
          why: "Hardhat's published development accounts (derived at runtime from its public mnemonic)",
        },
        {
          text: () => `const wallet = new ethers.Wallet("0x${hardhatDevelopmentKeys()[1]!.toUpperCase()}");`,
          why: 'a Hardhat development account',
        },
        { text: (fake) => `const wallet = new ethers.Wallet(process.env.KEY, "${fake.hex(40)}");`, why: 'not a key' },
      ],
    },
  },
  {
    id: 'evm-private-key-short-name',
    title: 'Ethereum/EVM private key under a short key name (PK=0x…, priv, sk, DEPLOYER_PK)',
    provider: 'Ethereum',
    keywords: ['pk', 'priv', 'sk'],
    pattern: EVM_KEY_SHORT_NAME,
    startsAtKeyword: true,
    keywordGate: evmKeyAssigned,
    confidence: 'medium',
    envVar: 'PRIVATE_KEY',
    docs: 'https://ethereum.org/en/developers/docs/accounts/',
    risk: 'Signs transactions as the account: drains its funds and takes over every contract it owns.',
    // A hash is 32 bytes of hex too: only these names say key. Hardhat's development accounts are public.
    validate: (secret, _match, context) =>
      shortKeyNameHead(context.line, context.matchIndex) &&
      isRandomKeyHex(secret.slice(2)) &&
      !isHardhatDevelopmentKey(secret),
    examples: {
      positives: (fake) => [
        `PK=0x${fake.hex(64)}`, // .env of a Hardhat/Foundry project
        `DEPLOYER_PK="0x${fake.hex(64)}"`,
        `        uint256 pk = 0x${fake.hex(64)};`, // Foundry script
        `const signerPk = '0x${fake.hex(64)}';`,
        `priv = "0x${fake.hex(64)}"`,
        `export SK=0x${fake.hex(64)}`,
      ],
      negatives: [
        { text: 'PK=${DEPLOYER_PRIVATE_KEY}', why: 'a reference' },
        { text: (fake) => `const txHash = "0x${fake.hex(64)}";`, why: 'a transaction hash: no key name' },
        { text: (fake) => `bytes32 taskId = 0x${fake.hex(64)};`, why: 'not a key name' },
        { text: () => `PK=0x${hardhatDevelopmentKeys()[0]}`, why: 'a Hardhat development account' },
        { text: `pk = "0x${'0'.repeat(64)}"`, why: 'an all-zero placeholder' },
        { text: (fake) => `pk = "0x${fake.hex(40)}"`, why: 'an address, not a key' },
        { text: (fake) => `this.task = "0x${fake.hex(64)}"`, why: 'a word ending in sk' },
        { text: (fake) => `config.pk = "0x${fake.hex(64)}"`, why: 'a property path (not a short key name)' },
      ],
    },
  },
  {
    id: 'solana-secret-key-array',
    title: 'Solana keypair secret key (64 bytes) in code',
    provider: 'Solana',
    keywords: ['fromsecretkey('],
    pattern:
      /fromSecretKey\(\s{0,4}(?:(?:new\s{1,2}Uint8Array|Uint8Array\.from|Buffer\.from)\(\s{0,4})?\[\s{0,4}(?<secret>\d{1,3}(?:\s{0,4},\s{0,4}\d{1,3}){63})\s{0,4},?\s{0,4}\]/,
    confidence: 'high',
    envVar: 'SOLANA_SECRET_KEY',
    docs: 'https://solana-labs.github.io/solana-web3.js/classes/Keypair.html#fromSecretKey',
    risk: 'Signs as the account: moves its SOL and tokens and acts as every program authority it holds.',
    validate: (secret) => {
      const bytes = byteValues(secret);
      return bytes !== undefined && isRandomKeyBytes(bytes);
    },
    examples: {
      positives: (fake) => [
        `const payer = Keypair.fromSecretKey(Uint8Array.from([${[...Buffer.from(fake.hex(128), 'hex')].join(', ')}]));`,
      ],
      negatives: [
        {
          text: `const kp = Keypair.fromSecretKey(new Uint8Array([${Array(64).fill(0).join(',')}]));`,
          why: 'all zero',
        },
      ],
    },
  },
  {
    id: 'solana-keypair-file',
    title: 'Solana keypair file (id.json: the 64-byte secret key as a JSON array)',
    provider: 'Solana',
    // solana-keygen and Anchor write the key as a bare array: nothing literal to key on, so the rule
    // runs on every line of the files they name.
    keywords: [],
    wakesOnEveryLine: true,
    paths: /(?:^|\/)(?:id|[\w.-]{0,64}(?:keypair|wallet)[\w.-]{0,64})\.json$/i,
    pattern: /^[ \t]{0,8}\[[ \t]{0,4}(?<secret>\d{1,3}(?:[ \t]{0,4},[ \t]{0,4}\d{1,3}){63})[ \t]{0,4}\][ \t]{0,4}$/,
    confidence: 'high',
    envVar: 'SOLANA_SECRET_KEY',
    docs: 'https://docs.solanalabs.com/cli/wallets/file-system',
    risk: 'Signs as the account: moves its SOL and tokens and acts as every program authority it holds.',
    validate: (secret) => {
      const bytes = byteValues(secret);
      return bytes !== undefined && isRandomKeyBytes(bytes);
    },
    examples: {
      embed: false,
      path: 'deploy/id.json',
      positives: (fake) => [`[${[...Buffer.from(fake.hex(128), 'hex')].join(',')}]`],
      negatives: [
        { text: `[${Array(64).fill(7).join(',')}]`, why: 'one byte repeated' },
        { text: (fake) => `[${[...Buffer.from(fake.hex(64), 'hex')].join(',')}]`, why: '32 bytes: no keypair' },
        {
          text: (fake) => `[${[...Buffer.from(fake.hex(128), 'hex')].join(',')}]`,
          path: 'fixtures/data.json',
          why: 'a file no Solana tool writes keys to',
        },
      ],
    },
  },
];
