import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * crypto-exchange-ops positives from custody and infrastructure: Fireblocks API users (the RSA
 * private key signs every call), BitGo access tokens and wallet passphrases, Anchorage and Copper API
 * keys, bitcoind `rpcpassword`/`rpcauth`, geth/erigon/Lighthouse engine JWT secrets and keystore
 * password files, Infura/Alchemy/QuickNode endpoints with their keys, hot-wallet signer configs (hex
 * private keys, WIF, xprv, mnemonics). Values generated at run time.
 */
export const custodyPositives: readonly Template[] = [
  template('fireblocks-secret-key-file', (g) => {
    const pem = v.rsaPem(g).split('\n');
    return {
      path: g.pick(['fireblocks_secret.key', 'secrets/fireblocks/api-user-treasury.key']),
      lines: [block(pem.map((l) => sec(l, l)))],
    };
  }),
  template('fireblocks-python-sdk', (g) => {
    const k = v.uuid(g);
    const pem = v.rsaPem(g).split('\n');
    return {
      path: g.pick(['custody/fireblocks_client.py', 'treasury/sweeps.py']),
      lines: [
        'from fireblocks_sdk import FireblocksSDK',
        '',
        // The API user's key (a UUID, sent as X-API-Key) is the pair's id half beside its RSA key:
        // labelled, as an exchange's API key beside its secret is.
        sec(`api_key = "${k}"`, k),
        'private_key = """',
        block(pem.map((l) => sec(l, l))),
        '"""',
        'fireblocks = FireblocksSDK(private_key, api_key)',
      ],
    };
  }),
  template('fireblocks-env-escaped', (g) => {
    const k = v.uuid(g);
    const pem = v.escapedPem(v.rsaPem(g));
    return {
      path: g.pick(['.env', 'services/withdrawals/.env']),
      lines: [
        sec(`FIREBLOCKS_API_KEY=${k}`, k),
        sec(`FIREBLOCKS_SECRET_KEY="${pem}"`, pem),
        'FIREBLOCKS_BASE_PATH=https://api.fireblocks.io/v1',
      ],
    };
  }),
  template('fireblocks-k8s-secret', (g) => {
    const b = Buffer.from(v.rsaPem(g)).toString('base64');
    return {
      path: g.pick(['k8s/fireblocks-secret.yaml', 'deploy/withdrawals/secret.yaml']),
      lines: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: fireblocks-api-user',
        'type: Opaque',
        'data:',
        sec(`  fireblocks_secret.key: ${b}`, b),
      ],
    };
  }),
  template('bitgo-express-env', (g) => {
    const t = v.bitgoToken(g);
    const p = v.bitgoWalletPass(g);
    return {
      path: g.pick(['.env', 'bitgo-express/.env', 'ops/bitgo.env']),
      lines: [
        'BITGO_ENV=prod',
        sec(`BITGO_ACCESS_TOKEN=${t}`, t),
        `BITGO_WALLET_ID=${g.fake.hex(32)}`,
        sec(`BITGO_WALLET_PASSPHRASE=${p}`, p),
      ],
    };
  }),
  template('bitgo-js-sdk', (g) => {
    const t = v.bitgoToken(g);
    const p = v.bitgoWalletPass(g);
    return {
      path: g.pick(['src/custody/bitgo.ts', 'scripts/send-btc.js']),
      lines: [
        "const bitgo = new BitGo({ env: 'prod' });",
        sec(`bitgo.authenticateWithAccessToken({ accessToken: '${t}' });`, t),
        `const wallet = await bitgo.coin('btc').wallets().get({ id: '${g.fake.hex(32)}' });`,
        sec(`await wallet.sendMany({ recipients, walletPassphrase: '${p}' });`, p),
      ],
    };
  }),
  template('bitgo-curl', (g) => {
    const t = v.bitgoToken(g);
    return {
      path: g.pick(['docs/runbooks/bitgo-balance.md', 'ops/notes/bitgo.md']),
      lines: [
        '## Check hot wallet balance',
        '```sh',
        sec(`curl -H "Authorization: Bearer ${t}" \\`, t),
        `  https://app.bitgo.com/api/v2/btc/wallet/${g.fake.hex(32)}`,
        '```',
      ],
    };
  }),
  template('anchorage-python', (g) => {
    const k = v.anchorageKey(g);
    return {
      path: g.pick(['custody/anchorage.py', 'settlement/anchorage_api.py']),
      lines: [
        'import requests',
        '',
        sec(`HEADERS = {"Api-Access-Key": "${k}"}`, k),
        'resp = requests.get("https://api.anchorage.com/v2/vaults", headers=HEADERS, timeout=10)',
      ],
    };
  }),
  template('copper-yaml', (g) => {
    const k = v.copperKey(g);
    const s = v.copperSecret(g);
    return {
      path: g.pick(['config/custody.yaml', 'settlement/copper.yml']),
      lines: [
        'copper:',
        '  base_url: https://api.copper.co',
        sec(`  api_key: ${k}`, k),
        sec(`  api_secret: ${s}`, s),
        '  portfolio: trading-main',
      ],
    };
  }),
  template('bitcoin-conf-rpcpassword', (g) => {
    const p = v.rpcPassword(g);
    return {
      path: g.pick(['bitcoin.conf', 'nodes/btc-01/bitcoin.conf', '/home/bitcoin/.bitcoin/bitcoin.conf']),
      lines: [
        'server=1',
        'txindex=1',
        'rpcbind=10.20.0.5',
        'rpcallowip=10.20.0.0/16',
        'rpcuser=exchange',
        sec(`rpcpassword=${p}`, p),
        'zmqpubrawtx=tcp://0.0.0.0:28332',
      ],
    };
  }),
  template('bitcoin-conf-rpcauth', (g) => {
    const a = v.rpcauth(g, g.pick(['deposit', 'withdrawal', 'explorer']));
    return {
      path: g.pick(['bitcoin.conf', 'ansible/roles/bitcoind/files/bitcoin.conf']),
      lines: ['# generated with share/rpcauth/rpcauth.py', 'server=1', sec(`rpcauth=${a}`, a), 'rpcport=8332'],
    };
  }),
  template('bitcoin-cli-rpcpassword', (g) => {
    const p = v.rpcPassword(g);
    return {
      path: g.pick(['scripts/check_mempool.sh', 'cron/utxo_snapshot.sh']),
      lines: [
        '#!/bin/sh',
        sec(`bitcoin-cli -rpcconnect=10.20.0.5 -rpcuser=exchange -rpcpassword='${p}' getmempoolinfo`, p),
      ],
    };
  }),
  template('python-bitcoinrpc-url', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['deposits/btc_scanner.py', 'wallet/btc_rpc.py']),
      lines: [
        'from bitcoinrpc.authproxy import AuthServiceProxy',
        sec(`rpc = AuthServiceProxy("http://deposit:${p}@10.20.0.5:8332")`, p),
      ],
    };
  }),
  template('litecoin-dogecoin-conf', (g) => {
    const p = v.rpcPassword(g);
    const coin = g.pick(['litecoin', 'dogecoin', 'dash']);
    return {
      path: `${coin}.conf`,
      lines: ['server=1', 'daemon=1', `rpcuser=${coin}rpc`, sec(`rpcpassword=${p}`, p), 'rpcallowip=127.0.0.1'],
    };
  }),
  template('engine-jwt-hex', (g) => {
    const j = v.jwtHex(g);
    return {
      path: g.pick(['jwt.hex', 'secrets/jwtsecret', 'execution/jwt.hex']),
      lines: [sec(j, j)],
    };
  }),
  template('erigon-compose-jwt', (g) => {
    const j = v.jwtHex(g);
    return {
      path: g.pick(['eth-node/docker-compose.yml', 'infra/erigon/compose.yaml']),
      lines: [
        'services:',
        '  init-jwt:',
        '    image: alpine',
        sec(`    command: sh -c "echo ${j} > /secrets/jwt.hex"`, j),
        '  erigon:',
        '    image: erigontech/erigon:v2.60.10',
        '    command: --chain=mainnet --authrpc.jwtsecret=/secrets/jwt.hex --http.api=eth,net,web3',
      ],
    };
  }),
  template('geth-password-file', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['geth/password.txt', 'signer/keystore/.password']),
      lines: [sec(p, p)],
    };
  }),
  template('geth-unlock-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/start-geth.sh', 'hot/geth-unlock.sh']),
      lines: [
        '#!/bin/bash',
        sec(`echo "${p}" > /tmp/pw && geth --unlock 0x${g.fake.hex(40)} --password /tmp/pw --http`, p),
      ],
    };
  }),
  template('infura-url-backend', (g) => {
    const k = v.infuraKey(g);
    return {
      path: g.pick(['deposit-watcher/config.py', 'services/eth_indexer/settings.py']),
      lines: [sec(`ETH_RPC_URL = "https://mainnet.infura.io/v3/${k}"`, k), 'CONFIRMATIONS = 12', 'POLL_INTERVAL = 4'],
    };
  }),
  template('infura-key-secret-env', (g) => {
    const k = v.infuraKey(g);
    const s = v.infuraKey(g);
    return {
      path: g.pick(['.env', 'indexer/.env']),
      lines: [sec(`INFURA_API_KEY=${k}`, k), sec(`INFURA_API_KEY_SECRET=${s}`, s), 'CHAIN_ID=1'],
    };
  }),
  template('alchemy-url-yaml', (g) => {
    const k = v.alchemyKey(g);
    return {
      path: g.pick(['config/chains.yaml', 'withdrawals/networks.yml']),
      lines: [
        'chains:',
        '  - name: ethereum',
        sec(`    rpc: https://eth-mainnet.g.alchemy.com/v2/${k}`, k),
        '  - name: arbitrum',
        '    rpc: https://arb1.arbitrum.io/rpc',
      ],
    };
  }),
  template('alchemy-sdk-ts', (g) => {
    const k = v.alchemyKey(g);
    return {
      path: g.pick(['src/chain/alchemy.ts', 'indexer/src/provider.ts']),
      lines: [
        "import { Alchemy, Network } from 'alchemy-sdk';",
        sec(`const alchemy = new Alchemy({ apiKey: '${k}', network: Network.ETH_MAINNET });`, k),
      ],
    };
  }),
  template('quicknode-url', (g) => {
    const t = v.quicknodeToken(g);
    const h = v.quicknodeHost(g);
    return {
      path: g.pick(['solana-deposits/config.toml', 'config/rpc.toml']),
      lines: ['[rpc]', sec(`url = "https://${h}.solana-mainnet.quiknode.pro/${t}/"`, t), 'commitment = "finalized"'],
    };
  }),
  template('hot-wallet-hex-key-env', (g) => {
    const k = '0x' + v.hex32(g);
    return {
      path: g.pick(['.env', 'hot-wallet/.env.production', 'signer/.env']),
      lines: [
        'CHAIN_ID=1',
        `HOT_WALLET_ADDRESS=${v.evmAddress(g)}`,
        sec(`HOT_WALLET_PRIVATE_KEY=${k}`, k),
        'MAX_WITHDRAWAL_ETH=50',
      ],
    };
  }),
  template('signer-yaml-hex', (g) => {
    const k = v.hex32(g);
    return {
      path: g.pick(['signer/config.yaml', 'withdrawals/signer.yml']),
      lines: [
        'signer:',
        '  network: ethereum',
        '  gas_limit_multiplier: 1.2',
        '  keys:',
        `    - address: "${v.evmAddress(g)}"`,
        sec(`      private_key: "${k}"`, k),
      ],
    };
  }),
  template('web3py-sign', (g) => {
    const k = '0x' + v.hex32(g);
    return {
      path: g.pick(['scripts/refill_gas.py', 'ops/sweep_erc20.py']),
      lines: [
        'from web3 import Web3',
        '',
        sec(`acct = w3.eth.account.from_key("${k}")`, k),
        'tx = token.functions.transfer(COLD, bal).build_transaction({"from": acct.address, "nonce": nonce})',
      ],
    };
  }),
  template('wif-sweep-notes', (g) => {
    const k = v.wif(g);
    return {
      path: g.pick(['ops/incident-2026-10-btc.md', 'notes/paper-wallet-sweep.md']),
      lines: [
        '# Paper wallet sweep (customer restitution)',
        '',
        '1. Import into Electrum on the air-gapped laptop',
        sec(`2. WIF: ${k}`, k),
        '3. Sweep to the cold address in the treasury sheet',
      ],
    };
  }),
  template('xprv-deposit-derivation', (g) => {
    const k = v.extendedKey(g, 'xprv');
    return {
      path: g.pick(['deposits/derive.py', 'wallet/hd.py']),
      lines: [
        'from bip32 import BIP32',
        '',
        sec(`MASTER = BIP32.from_xpriv("${k}")`, k),
        'def deposit_key(user_id): return MASTER.get_privkey_from_path(f"m/84h/0h/0h/0/{user_id}")',
      ],
    };
  }),
  template('mnemonic-hot-env', (g) => {
    const m = v.mnemonic(g, g.pick([12, 24]));
    return {
      path: g.pick(['.env', 'hot-wallet/.env', 'tron-signer/.env']),
      lines: ['NETWORK=mainnet', sec(`HOT_WALLET_MNEMONIC="${m}"`, m), "DERIVATION_PATH=\"m/44'/60'/0'/0/0\""],
    };
  }),
  template('mnemonic-slack-paste', (g) => {
    const m = v.mnemonic(g, 12);
    return {
      path: g.pick(['exports/slack/ops-wallets.txt', 'tickets/OPS-4412.txt']),
      lines: [
        `[09:41] ${g.pick(['dmitri', 'priya', 'tom', 'aisha'])}: new gas wallet for the relayer, seed below, pls move to vault after`,
        sec(`[09:41] ${g.pick(['dmitri', 'priya', 'tom', 'aisha'])}: ${m}`, m),
        '[09:43] lead: :eyes: deleting this in 5 min',
      ],
    };
  }),
  template('keystore-password-helm', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['charts/signer/values.yaml', 'helm/withdrawals/values-prod.yaml']),
      lines: ['signer:', '  keystoreSecret: signer-keystore', sec(`  keystorePassword: "${p}"`, p), '  replicas: 1'],
    };
  }),
  template('tron-private-key-java', (g) => {
    const k = v.hex32(g);
    return {
      path: g.pick(['src/main/java/com/exchange/tron/TronSigner.java', 'tron/Sweeper.java']),
      lines: [
        'public class TronSigner {',
        sec(`    private static final String HOT_KEY = "${k}";`, k),
        '    private final ApiWrapper wrapper = ApiWrapper.ofMainnet(HOT_KEY, TRONGRID_KEY);',
        '}',
      ],
    };
  }),
  template('solana-hot-keypair', (g) => {
    const k = v.base58(v.randomBytes(g, 64));
    return {
      path: g.pick(['sol-withdrawals/.env', '.env']),
      lines: [sec(`SOL_HOT_WALLET_SECRET=${k}`, k), 'SOL_RPC=https://api.mainnet-beta.solana.com'],
    };
  }),
  template('yubihsm-connector-auth', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['hsm/yubihsm-shell.sh', 'signer/hsm-init.sh']),
      lines: [
        '#!/bin/sh',
        sec(
          `yubihsm-shell --connector http://127.0.0.1:12345 --authkey 2 --password '${p}' -a sign-ecdsa -i 0x0101`,
          p,
        ),
      ],
    };
  }),
  template('colo-wireguard', (g) => {
    const k = g.fake.base64(43) + '=';
    return {
      path: g.pick(['colo/wg0.conf', 'network/ld4-crossconnect.conf']),
      lines: ['[Interface]', 'Address = 10.99.0.2/32', sec(`PrivateKey = ${k}`, k), 'ListenPort = 51820'],
    };
  }),
];
