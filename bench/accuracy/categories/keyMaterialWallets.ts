import { block, sec, type Template, template } from '../draft';
import {
  ageSecretKey,
  base58,
  base64Key,
  bech32Bytes,
  extendedKey,
  hex32,
  minisignSecretKey,
  mnemonic,
  randomBytes,
  signifySecretKey,
  solanaKeypair,
  wif,
} from './keyMaterialValues';

/**
 * Key material of tools and wallets: WireGuard, age, minisign/signify, cryptocurrency keys (EVM hex
 * keys, BIP 39 mnemonics, WIF, BIP 32 extended private keys, Solana keypairs, Nostr nsec, Substrate
 * secret URIs) and Android signing passwords. Values are generated at run time.
 */
export const toolKeyPositives: readonly Template[] = [
  template('wireguard-private-key', (g) => {
    const k = base64Key(g);
    return {
      path: 'etc/wireguard/wg0.conf',
      lines: [
        '[Interface]',
        'Address = 10.8.0.1/24',
        'ListenPort = 51820',
        sec(`PrivateKey = ${k}`, k),
        '',
        '[Peer]',
        `PublicKey = ${base64Key(g)}`,
        'AllowedIPs = 10.8.0.2/32',
      ],
    };
  }),
  template('wireguard-env-compose', (g) => {
    const k = base64Key(g);
    return {
      path: 'docker-compose.yml',
      lines: ['services:', '  vpn:', '    environment:', sec(`      - WG_PRIVATE_KEY=${k}`, k)],
    };
  }),
  template('age-keys-txt', (g) => {
    const k = ageSecretKey(g);
    return {
      path: '.sops/keys.txt',
      lines: ['# created: 2024-03-02T10:11:12Z', `# public key: ${bech32Bytes(g, 'age', 32)}`, sec(k, k)],
    };
  }),
  template('minisign-secret-key', (g) => {
    const k = minisignSecretKey(g);
    return {
      path: 'release/minisign.key',
      lines: ['untrusted comment: minisign encrypted secret key', sec(k, k)],
    };
  }),
  template('signify-secret-key', (g) => {
    const k = signifySecretKey(g);
    return { path: 'keys/release.sec', lines: ['untrusted comment: signify secret key', sec(k, k)] };
  }),
  template('terraform-ssh-key-heredoc', (g) => {
    const lines = g.fake.pem('OPENSSH PRIVATE KEY', 5).split('\n');
    return {
      path: 'terraform.tfvars',
      lines: ['bastion_host = "10.0.1.5"', 'ssh_private_key = <<EOT', block(lines.map((l) => sec(l, l))), 'EOT'],
    };
  }),
];

export const walletPositives: readonly Template[] = [
  template('evm-private-key-env', (g) => {
    const k = '0x' + hex32(g);
    return { path: '.env', lines: ['RPC_URL=https://mainnet.infura.io/v3/${INFURA_ID}', sec(`PRIVATE_KEY=${k}`, k)] };
  }),
  template('hardhat-accounts', (g) => {
    const k = '0x' + hex32(g);
    return {
      path: 'hardhat.config.js',
      lines: [
        'module.exports = {',
        '  solidity: "0.8.24",',
        '  networks: {',
        '    sepolia: {',
        '      url: "https://rpc.sepolia.org",',
        sec(`      accounts: ["${k}"],`, k),
        '    },',
        '  },',
        '};',
      ],
    };
  }),
  template('ethers-wallet-literal', (g) => {
    const k = hex32(g);
    return {
      path: 'scripts/deploy.ts',
      lines: ["import { ethers } from 'ethers';", sec(`const wallet = new ethers.Wallet("${k}", provider);`, k)],
    };
  }),
  template('evm-deployer-key-python', (g) => {
    const k = '0x' + hex32(g);
    return { path: 'bot/config.py', lines: [sec(`DEPLOYER_PRIVATE_KEY = "${k}"`, k)] };
  }),
  template('mnemonic-env', (g) => {
    const m = mnemonic(g, 12);
    return { path: '.env', lines: ['NETWORK=goerli', sec(`MNEMONIC="${m}"`, m)] };
  }),
  template('truffle-mnemonic', (g) => {
    const m = mnemonic(g, 12);
    return {
      path: 'truffle-config.js',
      lines: [
        "const HDWalletProvider = require('@truffle/hdwallet-provider');",
        sec(`const mnemonic = '${m}';`, m),
        'module.exports = { networks: { live: { provider: () => new HDWalletProvider(mnemonic, RPC) } } };',
      ],
    };
  }),
  template('seed-phrase-notes', (g) => {
    const m = mnemonic(g, 24);
    return { path: 'notes/wallet.md', lines: ['# Treasury wallet', '', sec(`seed phrase: ${m}`, m)] };
  }),
  template('hermes-mnemonic-yaml', (g) => {
    const m = mnemonic(g, 24);
    return { path: 'relayer/config.yaml', lines: ['chains:', '  - id: osmosis-1', sec(`    mnemonic: "${m}"`, m)] };
  }),
  template('bitcoin-wif-import', (g) => {
    const k = wif(g);
    return {
      path: 'scripts/restore.sh',
      lines: ['#!/bin/sh', sec(`bitcoin-cli importprivkey "${k}" "cold" false`, k)],
    };
  }),
  template('bitcoin-wif-python', (g) => {
    const k = wif(g);
    return { path: 'wallet/sweep.py', lines: ['from bit import Key', sec(`key = Key("${k}")`, k)] };
  }),
  template('xprv-env', (g) => {
    const k = extendedKey(g, 'xprv');
    return { path: '.env', lines: [sec(`HD_WALLET_XPRV=${k}`, k)] };
  }),
  template('tprv-config', (g) => {
    const k = extendedKey(g, 'tprv');
    return { path: 'config/testnet.json', lines: ['{', '  "network": "testnet",', sec(`  "master": "${k}"`, k), '}'] };
  }),
  template('solana-keypair-file', (g) => {
    const arr = `[${solanaKeypair(g).join(',')}]`;
    return { path: 'deploy/id.json', lines: [sec(arr, arr)] };
  }),
  template('solana-from-secret-key', (g) => {
    const arr = solanaKeypair(g).join(', ');
    return {
      path: 'scripts/airdrop.ts',
      lines: [
        "import { Keypair } from '@solana/web3.js';",
        sec(`const payer = Keypair.fromSecretKey(Uint8Array.from([${arr}]));`, arr),
      ],
    };
  }),
  template('solana-base58-secret', (g) => {
    const k = base58(randomBytes(g, 64));
    return { path: '.env.local', lines: [sec(`SOLANA_PRIVATE_KEY=${k}`, k)] };
  }),
  template('nostr-nsec', (g) => {
    const k = bech32Bytes(g, 'nsec', 32);
    return {
      path: 'bot/config.json',
      lines: ['{', '  "relays": ["wss://relay.damus.io"],', sec(`  "nsec": "${k}"`, k), '}'],
    };
  }),
  template('substrate-suri', (g) => {
    const m = mnemonic(g, 12);
    return {
      path: 'scripts/transfer.js',
      lines: [
        "const keyring = new Keyring({ type: 'sr25519' });",
        sec(`const sender = keyring.addFromUri('${m}//stash');`, m),
      ],
    };
  }),
  template('substrate-seed-hex', (g) => {
    const k = '0x' + hex32(g);
    return { path: 'node/.env', lines: [sec(`VALIDATOR_SEED=${k}`, k)] };
  }),
];

export const signingConfigPositives: readonly Template[] = [
  template('gradle-signing-groovy', (g) => {
    const store = g.plainPassword();
    const key = g.plainPassword();
    return {
      path: 'app/build.gradle',
      lines: [
        'android {',
        '    signingConfigs {',
        '        release {',
        "            storeFile file('release.jks')",
        sec(`            storePassword '${store}'`, store),
        "            keyAlias 'upload'",
        sec(`            keyPassword '${key}'`, key),
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('gradle-signing-kts', (g) => {
    const store = g.plainPassword();
    return {
      path: 'app/build.gradle.kts',
      lines: [
        'signingConfigs {',
        '    create("release") {',
        '        storeFile = file("upload.jks")',
        sec(`        storePassword = "${store}"`, store),
        '    }',
        '}',
      ],
    };
  }),
  template('key-properties', (g) => {
    const store = g.plainPassword();
    return {
      path: 'android/key.properties',
      lines: [sec(`storePassword=${store}`, store), 'keyAlias=upload', 'storeFile=/home/ci/upload.jks'],
    };
  }),
  template('apns-p8-in-string', (g) => {
    const pem = g.fake.pem('PRIVATE KEY', 3).replace(/\n/g, '\\n');
    return {
      path: 'src/push/apns.ts',
      lines: [`const teamId = '${g.fake.upperAlnum(10)}';`, sec(`const apnsKey = "${pem}";`, pem)],
    };
  }),
];
