// The private keys of the development accounts Hardhat (and Anvil, Ganache's `--deterministic`)
// creates from their published mnemonic, `test test … junk` (Hardhat docs, "Hardhat Network
// reference: accounts"). They are public: any funds sent to them are taken within seconds, so a
// finding on them would be noise, as the mnemonic itself is no finding (providers/mnemonics.ts). Derived here
// (BIP-39 seed, BIP-32 path m/44'/60'/0'/0/i) rather than listed, so this repository holds no key.
import { nodeCrypto } from '../../nodeCrypto';

/** Accounts 0-19: Hardhat's default `accounts.count`. */
const ACCOUNT_COUNT = 20;
/** The order of secp256k1's group. */
const CURVE_ORDER = BigInt('0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141');
const HARDENED = 0x80000000;
/** BIP-32's fixed HMAC key for the master node: public, the same for every wallet. */
const BIP32_DOMAIN = 'Bitcoin seed';

let keys: ReadonlySet<string> | undefined;

/** The keys, in account order (lower-case hex, no `0x`): for tests and rule examples, built at runtime. */
export function hardhatDevelopmentKeys(): readonly string[] {
  keys ??= deriveKeys();
  return [...keys];
}

/** Whether `hex` (64 hex digits, any case, an optional `0x`) is one of those keys. Derived on first use (a few ms). */
export function isHardhatDevelopmentKey(hex: string): boolean {
  keys ??= deriveKeys();
  return keys.has(hex.replace(/^0x/i, '').toLowerCase());
}

function deriveKeys(): ReadonlySet<string> {
  const crypto = nodeCrypto();
  const mnemonic = 'test '.repeat(11) + 'junk';
  const seed = crypto.pbkdf2Sync(Buffer.from(mnemonic), Buffer.from('mnemonic'), 2048, 64, 'sha512');
  const master = crypto.createHmac('sha512', BIP32_DOMAIN).update(seed).digest();
  let node: Node = { key: master.subarray(0, 32), chain: master.subarray(32) };
  for (const index of [HARDENED + 44, HARDENED + 60, HARDENED, 0]) node = child(node, index);
  const out = new Set<string>();
  for (let i = 0; i < ACCOUNT_COUNT; i++) out.add(child(node, i).key.toString('hex'));
  return out;
}

interface Node {
  readonly key: Buffer;
  readonly chain: Buffer;
}

/** BIP-32 private child derivation. */
function child(parent: Node, index: number): Node {
  const crypto = nodeCrypto();
  const indexBytes = Buffer.alloc(4);
  indexBytes.writeUInt32BE(index >>> 0);
  let data: Buffer;
  if (index >= HARDENED) {
    data = Buffer.concat([Buffer.from([0]), parent.key, indexBytes]);
  } else {
    const ecdh = crypto.createECDH('secp256k1');
    ecdh.setPrivateKey(parent.key);
    data = Buffer.concat([ecdh.getPublicKey(null, 'compressed'), indexBytes]);
  }
  const digest = crypto.createHmac('sha512', parent.chain).update(data).digest();
  const sum =
    (BigInt('0x' + digest.subarray(0, 32).toString('hex')) + BigInt('0x' + parent.key.toString('hex'))) % CURVE_ORDER;
  return { key: Buffer.from(sum.toString(16).padStart(64, '0'), 'hex'), chain: digest.subarray(32) };
}
