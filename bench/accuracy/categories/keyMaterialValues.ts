import { createHash } from 'node:crypto';
import { withBech32Checksum } from '../../../src/core/rules/providers/age';
import type { Gen } from '../gen';

// Key material as the formats' public documentation defines it (base58check: Bitcoin wiki
// "Base58Check encoding", BIP 32 serialization, WIF; bech32: BIP 173 / NIP-19; WireGuard keys are
// 32 bytes in base64; Fernet keys 32 bytes in urlsafe base64; minisign/signify key layouts from
// their man pages). Every value is generated at run time from the seeded Gen: nothing here is a
// real key.

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Random bytes drawn from the seeded generator. */
export function randomBytes(g: Gen, length: number): Buffer {
  return Buffer.from(g.fake.hex(length * 2), 'hex');
}

export function base58(bytes: Buffer): string {
  let n = BigInt('0x' + (bytes.toString('hex') || '0'));
  let out = '';
  while (n > 0n) {
    out = BASE58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = '1' + out;
  }
  return out;
}

export function base58check(payload: Buffer): string {
  const sum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  return base58(Buffer.concat([payload, sum.subarray(0, 4)]));
}

/** A Bitcoin WIF private key: uncompressed (5…) or compressed (K…/L…), mainnet. */
export function wif(g: Gen, compressed = g.chance(0.7)): string {
  const key = randomBytes(g, 32);
  key[0] = key[0]! & 0x7f; // below the curve order, as every real key is
  return base58check(Buffer.concat([Buffer.from([0x80]), key, compressed ? Buffer.from([1]) : Buffer.alloc(0)]));
}

/** A BIP 32 extended key (xprv/tprv/xpub), as serialized by wallets. */
export function extendedKey(g: Gen, kind: 'xprv' | 'tprv' | 'xpub'): string {
  const version = { xprv: '0488ade4', tprv: '04358394', xpub: '0488b21e' }[kind];
  const depth = Buffer.from([g.between(0, 4)]);
  const parent = depth[0] === 0 ? Buffer.alloc(4) : randomBytes(g, 4);
  const child = depth[0] === 0 ? Buffer.alloc(4) : randomBytes(g, 4);
  const chain = randomBytes(g, 32);
  const key =
    kind === 'xpub'
      ? Buffer.concat([Buffer.from([2 + g.between(0, 1)]), randomBytes(g, 32)])
      : Buffer.concat([Buffer.alloc(1), randomBytes(g, 32)]);
  return base58check(Buffer.concat([Buffer.from(version, 'hex'), depth, parent, child, chain, key]));
}

/** A bech32 string of `bytes` random bytes under `hrp` (nsec, npub). */
export function bech32Bytes(g: Gen, hrp: string, bytes: number): string {
  const data = randomBytes(g, bytes);
  const charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  let acc = 0;
  let bits = 0;
  let chars = '';
  for (const b of data) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      chars += charset[(acc >> bits) & 31];
    }
  }
  if (bits > 0) chars += charset[(acc << (5 - bits)) & 31];
  return withBech32Checksum(hrp, chars);
}

/** An age identity (AGE-SECRET-KEY-1…), upper case as age-keygen writes it. */
export function ageSecretKey(g: Gen): string {
  return bech32Bytes(g, 'age-secret-key-', 32).toUpperCase();
}

/** `0x` + 64 hex digits: an EVM private key (or, under another name, a hash). */
export function hex32(g: Gen): string {
  return g.fake.hex(64);
}

/** A 32-byte key in standard base64 (WireGuard, libsodium). */
export function base64Key(g: Gen, bytes = 32): string {
  return randomBytes(g, bytes).toString('base64');
}

/** A Fernet key: 32 bytes in urlsafe base64 with padding (44 characters). */
export function fernetKey(g: Gen): string {
  return randomBytes(g, 32).toString('base64url') + '=';
}

/** Byte values as C/Java/Go/C# hex literals: `0x3f, 0xa1, …`. */
export function hexByteList(bytes: Buffer, cast = ''): string {
  return [...bytes].map((b) => `${cast}0x${b.toString(16).padStart(2, '0')}`).join(', ');
}

/** Byte values as a Python bytes literal body: `\x3f\xa1…`. */
export function escapedBytes(bytes: Buffer): string {
  return [...bytes].map((b) => '\\x' + b.toString(16).padStart(2, '0')).join('');
}

/** A Solana keypair: 64 bytes as decimal numbers, as `solana-keygen` writes id.json. */
export function solanaKeypair(g: Gen): number[] {
  return [...randomBytes(g, 64)];
}

/** A base58 public key or program id (32 bytes). */
export function solanaAddress(g: Gen): string {
  return base58(randomBytes(g, 32));
}

/** A minisign secret key line (Ed, scrypt, BLAKE2b header + salt, limits and encrypted key). */
export function minisignSecretKey(g: Gen): string {
  return Buffer.concat([Buffer.from('EdScB2'), randomBytes(g, 32 + 8 + 8 + 8 + 64 + 32 + 4)]).toString('base64');
}

/** A signify secret key line (Ed, bcrypt_pbkdf, 42 rounds, salt, checksum, keynum, key). */
export function signifySecretKey(g: Gen): string {
  return Buffer.concat([Buffer.from('EdBK'), Buffer.from([0, 0, 0, 42]), randomBytes(g, 16 + 8 + 8 + 64)]).toString(
    'base64',
  );
}

/**
 * Words of the BIP 39 English list (a subset: the generator needs only realistic phrases; the
 * detector does not check the list).
 */
const BIP39_SUBSET = (
  'ability absent absorb abstract absurd access accident account achieve acoustic acquire across action actor ' +
  'adapt addict address adjust admit adult advance advice aerobic affair afford afraid agent airport aisle alarm ' +
  'album alcohol alert alien alley allow almost alpha already alter always amateur amazing among amount amused ' +
  'anchor ancient anger angle animal ankle announce annual another answer antenna antique anxiety apart apology ' +
  'appear apple approve april arctic arena argue armed armor arrange arrest arrive arrow artist artwork aspect ' +
  'asset assist assume athlete attack attend attitude attract auction audit august author autumn average avocado ' +
  'awake aware awesome awful awkward bacon badge balance balcony bamboo banana banner barely bargain barrel basket ' +
  'battle beach beauty because become before behave behind believe bench benefit betray better beyond bicycle ' +
  'biology birth bitter blade blame blanket blast bleak bless blind blood blossom board bonus border boring borrow ' +
  'bottom bounce bracket brain brand brass brave bread breeze brick bridge brief bright brisk broccoli broken ' +
  'bronze broom brother brush bubble buddy budget buffalo bullet bundle bunker burden burger butter cabbage cabin ' +
  'cable cactus canal cancel candy cannon canoe canvas canyon capable capital captain carbon cargo carpet casino ' +
  'castle casual catalog category cattle caution ceiling celery cement census century cereal certain chalk ' +
  'champion change chaos chapter charge cheap cheese cherry chicken chimney choice chronic chuckle churn cigar ' +
  'cinnamon circle citizen civil clarify clever client cliff climb clinic cluster coconut coffee collect column ' +
  'combine comfort company concert confirm connect convince copper coral correct cotton couch country cousin ' +
  'coyote cradle crater cricket crisp crucial cruise crumble crystal culture cupboard curious curtain cushion'
).split(' ');

/** A BIP 39-style mnemonic of `words` words (12 or 24 usually). */
export function mnemonic(g: Gen, words = g.pick([12, 12, 24, 15, 18])): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(g.pick(BIP39_SUBSET));
  return out.join(' ');
}

/** An RSA private key as .NET's ToXmlString(true) writes it: element name and base64 value. */
export function rsaXmlParts(g: Gen): Array<[string, string]> {
  const b = (n: number) => randomBytes(g, n).toString('base64');
  return [
    ['Modulus', b(256)],
    ['Exponent', 'AQAB'],
    ['P', b(128)],
    ['Q', b(128)],
    ['DP', b(128)],
    ['DQ', b(128)],
    ['InverseQ', b(128)],
    ['D', b(256)],
  ];
}

/** The AES S-box (FIPS 197 §5.1.1), computed: a byte table every AES implementation carries. */
export function aesSbox(): number[] {
  const box: number[] = [];
  let p = 1;
  let q = 1;
  box[0] = 0x63;
  do {
    p = p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0);
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    const r = (x: number, s: number) => ((x << s) | (x >> (8 - s))) & 0xff;
    box[p] = q ^ r(q, 1) ^ r(q, 2) ^ r(q, 3) ^ r(q, 4) ^ 0x63;
  } while (p !== 1);
  return box;
}
