import { type Template, template } from '../draft';
import type { Gen } from '../gen';
import {
  aesSbox,
  base64Key,
  bech32Bytes,
  extendedKey,
  hexByteList,
  randomBytes,
  solanaAddress,
} from './keyMaterialValues';

/** Well-known test mnemonics (BIP 39's first test vector; Hardhat's and Anvil's published dev mnemonic). */
const TEST_MNEMONICS = ['abandon '.repeat(11) + 'about', 'test '.repeat(11) + 'junk'];

/** A sequence 00 01 02 … as RFC and NIST test vectors write keys. */
function sequenceHex(bytes: number): string {
  return [...Array(bytes).keys()].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Hard negatives for key material: public keys (JWK without private members, ssh lines, PEM public
 * keys, xpub, EVM addresses, npub, Solana addresses), test vectors and published dev values,
 * digests named like keys, key generation calls, key lengths and names, lookup tables, random
 * nonces, encrypted blobs, placeholders and references. Decision: Hardhat's and Anvil's dev
 * mnemonic and the BIP 39 'abandon … about' vector are published, so they are no secret.
 */
export const keyMaterialNegatives: readonly Template[] = [
  template('jwk-public-only', (g) => ({
    path: 'public/.well-known/jwks.json',
    lines: [
      `{"keys":[{"kty":"RSA","kid":"${g.fake.hex(16)}","use":"sig","alg":"RS256","n":"${randomBytes(g, 256).toString('base64url')}","e":"AQAB"}]}`,
    ],
  })),
  template('jwk-ec-public', (g) => ({
    path: 'src/verify.js',
    lines: [
      `const publicJwk = { kty: 'EC', crv: 'P-256', x: '${randomBytes(g, 32).toString('base64url')}', y: '${randomBytes(g, 32).toString('base64url')}' };`,
    ],
  })),
  template('ssh-authorized-key', (g) => ({
    path: 'provisioning/authorized_keys',
    lines: [`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.fake.base64(43)} deploy@ci`],
  })),
  template('pem-public-key-env', (g) => ({
    path: '.env',
    lines: [`JWT_PUBLIC_KEY="${g.fake.pem('PUBLIC KEY', 6).replace(/\n/g, '\\n')}"`],
  })),
  template('xpub-watch-only', (g) => ({
    path: 'config/watch.yml',
    lines: ['wallet:', `  xpub: ${extendedKey(g, 'xpub')}`, '  gap_limit: 20'],
  })),
  template('evm-addresses', (g) => ({
    path: '.env',
    lines: [`CONTRACT_ADDRESS=0x${g.fake.hex(40)}`, `OWNER_ADDRESS=0x${g.fake.hex(40)}`],
  })),
  template('evm-tx-and-block-hash', (g) => ({
    path: 'scripts/check.ts',
    lines: [
      `const txHash = "0x${g.fake.hex(64)}";`,
      `const blockHash = '0x${g.fake.hex(64)}';`,
      'const receipt = await provider.getTransactionReceipt(txHash);',
    ],
  })),
  template('solidity-role-constants', (g) => ({
    path: 'contracts/Roles.sol',
    lines: [
      `bytes32 public constant MINTER_ROLE = 0x${g.fake.hex(64)};`,
      `bytes32 private constant DOMAIN_TYPEHASH = 0x${g.fake.hex(64)};`,
    ],
  })),
  template('nostr-npub', (g) => ({
    path: 'bot/config.json',
    lines: ['{', `  "npub": "${bech32Bytes(g, 'npub', 32)}"`, '}'],
  })),
  template('solana-program-id', (g) => ({
    path: 'src/program.ts',
    lines: [`export const PROGRAM_ID = new PublicKey("${solanaAddress(g)}");`],
  })),
  template('all-zero-key', () => ({
    path: 'tests/helpers/crypto.py',
    lines: [`ZERO_KEY = bytes.fromhex("${'00'.repeat(32)}")`, 'NULL_IV = b"\\x00" * 16'],
  })),
  template('test-vector-sequence', () => ({
    path: 'src/aes/vectors.go',
    lines: [
      '// FIPS 197 Appendix C.3',
      `var key256 = mustHex("${sequenceHex(32)}")`,
      `var plain = mustHex("${'00112233445566778899aabbccddeeff'}")`,
    ],
  })),
  template('bip39-test-mnemonics', (g) => ({
    path: g.pick(['hardhat.config.ts', '.env.development']),
    lines: [`MNEMONIC="${g.pick(TEST_MNEMONICS)}"`],
  })),
  template('sha256-named-digests', (g) => ({
    path: 'Formula/acme-cli.rb',
    lines: ['  url "https://releases.acme.io/acme-cli-1.4.2.tar.gz"', `  sha256 "${g.fake.hex(64)}"`],
  })),
  template('integrity-and-checksum', (g) => ({
    path: 'release.json',
    lines: ['{', `  "integrity": "sha512-${g.fake.base64(86)}==",`, `  "checksum_sha256": "${g.fake.hex(64)}"`, '}'],
  })),
  template('key-generation-calls', () => ({
    path: 'app/keys.py',
    lines: [
      'import os, secrets',
      'aes_key = os.urandom(32)',
      'hmac_key = secrets.token_bytes(32)',
      'nonce = secrets.token_bytes(12)',
    ],
  })),
  template('node-random-bytes', () => ({
    path: 'src/crypto.js',
    lines: [
      "const key = crypto.randomBytes(32).toString('hex');",
      'const iv = crypto.randomBytes(16);',
      "const sessionSecret = crypto.randomBytes(48).toString('base64');",
    ],
  })),
  template('key-lengths-and-names', () => ({
    path: 'src/config/crypto.ts',
    lines: [
      'export const AES_KEY_LENGTH = 32;',
      'export const HMAC_KEY_BITS = 256;',
      "export const ENCRYPTION_KEY_ENV = 'ENCRYPTION_KEY';",
      "export const SIGNING_KEY_ALGORITHM = 'HS256';",
    ],
  })),
  template('aes-sbox-table', () => {
    const box = aesSbox();
    const rows: string[] = [];
    for (let i = 0; i < 256; i += 16) rows.push('  ' + hexByteList(Buffer.from(box.slice(i, i + 16))) + ',');
    return { path: 'src/aes.c', lines: ['static const uint8_t sbox[256] = {', ...rows, '};'] };
  }),
  template('file-magic-bytes', () => ({
    path: 'internal/detect/magic.go',
    lines: [
      'var pngMagic = []byte{0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a}',
      'var gzipMagic = []byte{0x1f, 0x8b}',
    ],
  })),
  template('crc-table', () => {
    const rows: string[] = [];
    for (let n = 0; n < 16; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      rows.push(`  0x${(c >>> 0).toString(16).padStart(8, '0')}L,`);
    }
    return { path: 'src/main/java/com/acme/Crc.java', lines: ['static final long[] TABLE = {', ...rows, '};'] };
  }),
  template('placeholders', () => ({
    path: '.env.example',
    lines: [
      'ENCRYPTION_KEY=<32-byte-hex-key>',
      'JWT_SECRET=change-me',
      'PRIVATE_KEY=0xYOUR_PRIVATE_KEY',
      'MNEMONIC="your twelve word mnemonic here"',
    ],
  })),
  template('env-references', () => ({
    path: 'src/server.js',
    lines: [
      'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));',
      "const key = Buffer.from(process.env.ENCRYPTION_KEY, 'hex');",
      'module.exports = { networks: { sepolia: { accounts: [process.env.PRIVATE_KEY] } } };',
    ],
  })),
  template('wireguard-peer-only', (g) => ({
    path: 'etc/wireguard/wg0.conf',
    lines: [
      '[Interface]',
      'Address = 10.8.0.2/24',
      'PostUp = wg set %i private-key /etc/wireguard/private.key',
      '',
      '[Peer]',
      `PublicKey = ${base64Key(g)}`,
      'Endpoint = vpn.acme.io:51820',
    ],
  })),
  template('gradle-signing-from-properties', () => ({
    path: 'app/build.gradle',
    lines: [
      'release {',
      "    storePassword keystoreProperties['storePassword']",
      "    keyPassword System.getenv('KEY_PASSWORD')",
      '}',
    ],
  })),
  template('ansible-vault-blob', (g) => ({
    path: 'group_vars/prod/vault.yml',
    lines: ['$ANSIBLE_VAULT;1.1;AES256', ...[0, 1, 2, 3].map(() => g.fake.hex(80))],
  })),
  template('masked-values', () => ({
    path: 'docs/setup.md',
    lines: ['PRIVATE_KEY=0x' + '*'.repeat(64), 'WG_PRIVATE_KEY=****************', 'FERNET_KEY=<generated>'],
  })),
  template('pgp-public-key', (g) => ({ path: 'KEYS.asc', lines: g.fake.pem('PGP PUBLIC KEY BLOCK', 8).split('\n') })),
  template('git-and-image-digests', (g) => ({
    path: 'deploy/release.yaml',
    lines: [`commit: ${g.fake.hex(40)}`, `image: registry.acme.io/api@sha256:${g.fake.hex(64)}`],
  })),
  template('uuid-byte-array', (g: Gen) => ({
    path: 'src/Interop/Guids.cs',
    lines: [`static readonly Guid IID_IWidget = new Guid(new byte[] { ${hexByteList(randomBytes(g, 16))} });`],
  })),
];
