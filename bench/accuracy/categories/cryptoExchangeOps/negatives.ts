import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * crypto-exchange-ops hard negatives from the same repositories: public chain data (addresses,
 * transaction and block hashes, event topics, function selectors, xpubs, public keys), exchange order
 * and trade ids, public RPC endpoints, env and vault references, `.env.example` placeholders, masked
 * keys in logs, Coinbase CDP key names and Fireblocks vault/asset ids alone, docs examples, Telegram
 * chat ids, checksums and ABI files. Generated at run time.
 */
export const cryptoNegatives: readonly Template[] = [
  template('tx-receipt-json', (g) => ({
    path: g.pick(['fixtures/receipt.json', 'logs/withdrawal-receipt.json']),
    lines: [
      '{',
      `  "transactionHash": "${v.txHash(g)}",`,
      `  "blockHash": "${v.txHash(g)}",`,
      `  "blockNumber": ${g.between(19000000, 21900000)},`,
      `  "from": "${v.evmAddress(g)}",`,
      `  "to": "${v.evmAddress(g)}",`,
      '  "status": "0x1",',
      `  "logs": [{ "topics": ["${v.txHash(g)}", "0x000000000000000000000000${g.fake.hex(40)}"] }]`,
      '}',
    ],
  })),
  template('withdrawal-log-lines', (g) => ({
    path: g.pick(['logs/withdrawals-2026-11-30.log', 'incident/OPS-4471/worker.log']),
    lines: [
      `2026-11-30T09:12:44Z INFO broadcast tx_hash=${v.txHash(g)} asset=ETH amount=${v.amount(g)} to=${v.evmAddress(g)}`,
      `2026-11-30T09:12:59Z INFO confirmed tx_hash=${v.txHash(g)} confirmations=12`,
      `2026-11-30T09:13:01Z INFO btc txid=${v.btcTxid(g)} vout=1 address=${v.bech32Address(g)}`,
    ],
  })),
  template('event-topics-constants', (g) => ({
    path: g.pick(['indexer/src/topics.ts', 'deposits/erc20_topics.py']),
    lines: [
      '// keccak256 of the event signatures we index',
      `export const TRANSFER_TOPIC = '${v.txHash(g)}';`,
      `export const APPROVAL_TOPIC = '${v.txHash(g)}';`,
      `export const DEPOSIT_TOPIC = '${v.txHash(g)}';`,
    ],
  })),
  template('contract-addresses-json', (g) => ({
    path: g.pick(['config/tokens.mainnet.json', 'deposits/erc20.json']),
    lines: [
      '{',
      `  "USDT": { "address": "${v.evmAddressMixed(g)}", "decimals": 6 },`,
      `  "USDC": { "address": "${v.evmAddressMixed(g)}", "decimals": 6 },`,
      `  "WBTC": { "address": "${v.evmAddressMixed(g)}", "decimals": 8 }`,
      '}',
    ],
  })),
  template('xpub-watch-only', (g) => ({
    path: g.pick(['deposits/watch.yaml', 'cold/watch-only.yml']),
    lines: [
      '# watch-only: public extended keys only, signing happens offline',
      'wallets:',
      `  - name: cold-btc`,
      `    xpub: ${v.extendedKey(g, 'xpub')}`,
      `    derivation: m/84'/0'/0'`,
    ],
  })),
  template('env-example-exchanges', (g) => ({
    path: g.pick(['.env.example', 'mm-bot/.env.sample', 'docs/env.template']),
    lines: [
      'BINANCE_API_KEY=your_binance_api_key',
      'BINANCE_API_SECRET=your_binance_api_secret',
      'OKX_PASSPHRASE=<your-passphrase>',
      'KRAKEN_PRIVATE_KEY=',
      'HOT_WALLET_PRIVATE_KEY=0x...',
      'HOT_WALLET_MNEMONIC="word1 word2 ... word12"',
      'INFURA_API_KEY=YOUR_INFURA_KEY',
    ],
  })),
  template('python-env-reads', (g) => ({
    path: g.pick(['mm/settings.py', 'config.py']),
    lines: [
      'import os',
      '',
      'BINANCE_KEY = os.environ["BINANCE_API_KEY"]',
      'BINANCE_SECRET = os.environ["BINANCE_API_SECRET"]',
      'OKX_PASSPHRASE = os.getenv("OKX_PASSPHRASE", "")',
      'PRIVATE_KEY = os.environ.get("HOT_WALLET_PRIVATE_KEY")',
    ],
  })),
  template('ccxt-env-refs', (g) => ({
    path: g.pick(['scripts/balances.py', 'recon/ccxt_all.py']),
    lines: [
      'import ccxt, os',
      'exchange = ccxt.kraken({',
      "    'apiKey': os.getenv('KRAKEN_KEY'),",
      "    'secret': os.getenv('KRAKEN_SECRET'),",
      '})',
    ],
  })),
  template('freqtrade-config-dry-run', (g) => ({
    path: g.pick(['user_data/config.json', 'config_examples/config_binance.example.json']),
    lines: [
      '{',
      '    "dry_run": true,',
      '    "exchange": {',
      '        "name": "binance",',
      '        "key": "",',
      '        "secret": "",',
      '        "ccxt_config": {}',
      '    },',
      '    "telegram": { "enabled": false, "token": "", "chat_id": "" },',
      '    "api_server": { "enabled": false, "jwt_secret_key": "somethingrandom", "username": "", "password": "" }',
      '}',
    ],
  })),
  template('k8s-external-secret', (g) => ({
    path: g.pick(['k8s/externalsecret.yaml', 'deploy/signer/externalsecret.yaml']),
    lines: [
      'apiVersion: external-secrets.io/v1beta1',
      'kind: ExternalSecret',
      'spec:',
      '  data:',
      '    - secretKey: BINANCE_API_SECRET',
      '      remoteRef: { key: prod/mm/binance, property: secret }',
      '    - secretKey: HOT_WALLET_PRIVATE_KEY',
      '      remoteRef: { key: prod/signer/eth, property: private_key }',
    ],
  })),
  template('masked-keys-log', (g) => ({
    path: g.pick(['logs/keycheck.log', 'recon/output.txt']),
    lines: [
      `[keycheck] binance api_key=${g.fake.alnum(6)}****************${g.fake.alnum(4)} permissions=SPOT ipRestrict=true`,
      `[keycheck] okx api_key=****-****-${g.fake.hex(4)} passphrase=******** status=ok`,
      '[keycheck] kraken key=[REDACTED] secret=[REDACTED]',
    ],
  })),
  template('cdp-key-name-only', (g) => ({
    path: g.pick(['docs/coinbase-keys.md', 'config/cdp.yaml']),
    lines: [
      '# key material lives in Vault at secret/cdp/trading; only the key name is committed',
      `cdp_key_name: ${v.cdpKeyName(g)}`,
      'cdp_private_key: vault:secret/cdp/trading#private_key',
    ],
  })),
  template('fireblocks-vault-ids', (g) => ({
    path: g.pick(['custody/vaults.json', 'config/fireblocks-vaults.json']),
    lines: [
      '{',
      `  "treasury": { "vaultAccountId": "${g.between(0, 40)}", "assetId": "BTC" },`,
      `  "hot": { "vaultAccountId": "${g.between(0, 40)}", "assetId": "ETH" },`,
      `  "workspaceId": "${v.uuid(g)}",`,
      '  "apiKeyPath": "/run/secrets/fireblocks_api_key",',
      '  "secretKeyPath": "/run/secrets/fireblocks_secret.key"',
      '}',
    ],
  })),
  template('public-rpc-list', (g) => ({
    path: g.pick(['config/public-rpcs.yaml', 'chains/fallback.yml']),
    lines: [
      'ethereum:',
      '  - https://cloudflare-eth.com',
      '  - https://eth.llamarpc.com',
      '  - https://ethereum-rpc.publicnode.com',
      'bitcoin:',
      '  - https://mempool.space/api',
      'solana:',
      '  - https://api.mainnet-beta.solana.com',
    ],
  })),
  template('infura-url-env-ref', (g) => ({
    path: g.pick(['hardhat.config.ts', 'scripts/network.ts']),
    lines: [
      'const RPC = `https://mainnet.infura.io/v3/${process.env.INFURA_API_KEY}`;',
      'const ALCHEMY = `https://eth-mainnet.g.alchemy.com/v2/${process.env.ALCHEMY_KEY}`;',
      'const accounts = process.env.DEPLOYER_KEY ? [process.env.DEPLOYER_KEY] : [];',
    ],
  })),
  template('orders-csv', (g) => ({
    path: g.pick(['exports/fills-2026-11.csv', 'recon/trades.csv']),
    lines: [
      'order_id,client_order_id,symbol,side,price,qty,fee,trade_id',
      `${v.orderId(g)},${v.uuid(g)},BTCUSDT,BUY,9${g.fake.digits(4)}.12,${v.amount(g)},0.0001,${v.orderId(g)}`,
      `${v.orderId(g)},x-${g.fake.alnum(24)},ETHUSDT,SELL,3${g.fake.digits(3)}.40,${v.amount(g)},0.0012,${v.orderId(g)}`,
      `${v.orderId(g)},${v.uuid(g)},SOLUSDT,BUY,2${g.fake.digits(2)}.01,${v.amount(g)},0.0300,${v.orderId(g)}`,
    ],
  })),
  template('deposit-addresses-csv', (g) => ({
    path: g.pick(['exports/deposit_addresses.csv', 'ops/address-book.csv']),
    lines: [
      'user_id,asset,network,address,memo',
      `${g.between(100000, 999999)},BTC,bitcoin,${v.bech32Address(g)},`,
      `${g.between(100000, 999999)},USDT,erc20,${v.evmAddress(g)},`,
      `${g.between(100000, 999999)},XRP,xrpl,r${g.fake.from('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 33)},${g.fake.digits(9)}`,
    ],
  })),
  template('telegram-chat-ids', (g) => ({
    path: g.pick(['alerts/channels.yaml', 'bots/routing.yml']),
    lines: [
      'telegram:',
      '  bot_token: ${TELEGRAM_BOT_TOKEN}',
      `  desk_chat_id: "${v.chatId(g)}"`,
      `  compliance_chat_id: "${v.chatId(g)}"`,
    ],
  })),
  template('docs-placeholders', (g) => ({
    path: g.pick(['docs/api-keys.md', 'README.md']),
    lines: [
      '## Configure exchange keys',
      '',
      '```python',
      'exchange = ccxt.binance({"apiKey": "YOUR_API_KEY", "secret": "YOUR_SECRET"})',
      '```',
      'Use `<passphrase>` for OKX and KuCoin. Never commit keys; the bot reads them from Vault.',
    ],
  })),
  template('abi-json', (g) => ({
    path: g.pick(['abi/ERC20.json', 'contracts/abi/Vault.json']),
    lines: [
      '[',
      '  { "type": "function", "name": "transfer", "inputs": [{ "name": "to", "type": "address" }, { "name": "amount", "type": "uint256" }] },',
      '  { "type": "event", "name": "Transfer", "anonymous": false, "inputs": [{ "name": "from", "type": "address", "indexed": true }] }',
      ']',
      `// selector 0x${g.fake.hex(8)} topic0 ${v.txHash(g)}`,
    ],
  })),
  template('genesis-hash-constants', (g) => ({
    path: g.pick(['chains/params.go', 'internal/chain/params.go']),
    lines: [
      'package chain',
      '',
      `var MainnetGenesisHash = common.HexToHash("${v.txHash(g)}")`,
      `var CheckpointRoot = common.HexToHash("${v.txHash(g)}")`,
    ],
  })),
  template('public-key-compressed', (g) => ({
    path: g.pick(['multisig/cosigners.json', 'cold/descriptor.txt']),
    lines: [
      '{',
      `  "threshold": 2,`,
      `  "pubkeys": ["02${g.fake.hex(64)}", "03${g.fake.hex(64)}", "02${g.fake.hex(64)}"]`,
      '}',
    ],
  })),
  template('sha256-checksums', (g) => ({
    path: g.pick(['releases/SHA256SUMS', 'downloads/bitcoin-core.sha256']),
    lines: [
      `${g.fake.hex(64)}  bitcoin-28.0-x86_64-linux-gnu.tar.gz`,
      `${g.fake.hex(64)}  geth-linux-amd64-1.14.12.tar.gz`,
      `${g.fake.hex(64)}  erigon_2.60.10_linux_amd64.tar.gz`,
    ],
  })),
  template('bitcoin-conf-cookie', (g) => ({
    path: g.pick(['bitcoin.conf', 'nodes/btc-02/bitcoin.conf']),
    lines: [
      'server=1',
      '# auth via the .cookie file, no rpcpassword',
      'rpccookiefile=/var/lib/bitcoind/.cookie',
      'rpcbind=127.0.0.1',
      `assumevalid=${g.fake.hex(64)}`,
    ],
  })),
  template('geth-flags-jwt-path', (g) => ({
    path: g.pick(['systemd/geth.service', 'eth-node/geth.service']),
    lines: [
      '[Service]',
      'ExecStart=/usr/bin/geth --mainnet --http --http.api eth,net,web3 --authrpc.jwtsecret /secrets/jwt.hex --datadir /data/geth',
      'Restart=always',
      `# bootnode enode://${g.fake.hex(128)}@10.20.0.9:30303`,
    ],
  })),
  template('kyc-applicant-export', (g) => ({
    path: g.pick(['compliance/exports/applicants.csv', 'kyc/review-queue.csv']),
    lines: [
      'applicant_id,external_user_id,review_status,level,created_at',
      `${g.fake.hex(24)},${g.between(100000, 999999)},completed,basic-kyc-level,2026-11-2${g.between(0, 9)}`,
      `${g.fake.hex(24)},${g.between(100000, 999999)},pending,enhanced,2026-11-2${g.between(0, 9)}`,
    ],
  })),
  template('kyt-alert-json', (g) => ({
    path: g.pick(['compliance/alerts/sample.json', 'tests/fixtures/kyt_alert.json']),
    lines: [
      '{',
      `  "alertIdentifier": "${v.uuid(g)}",`,
      `  "transferReference": "${v.txHash(g).slice(2)}:${v.evmAddress(g)}",`,
      '  "level": "HIGH",',
      '  "category": "sanctions",',
      `  "externalId": "${v.uuid(g)}"`,
      '}',
    ],
  })),
  template('api-permissions-doc', (g) => ({
    path: g.pick(['docs/security/api-keys.md', 'wiki/policies/exchange-keys.md']),
    lines: [
      '# Exchange API key policy',
      '',
      '- Keys are created per sub-account and stored in Vault (`secret/exchanges/<venue>/<account>`).',
      '- The api_key, secret and passphrase fields are never pasted in Slack or tickets.',
      '- Withdrawal permission is disabled; IP allow-list is the colo egress.',
      `- Rotation: every 90 days (next ${g.pick(['2027-01-15', '2027-02-01'])}).`,
    ],
  })),
  template('private-key-type-decls', (g) => ({
    path: g.pick(['src/signer/types.ts', 'pkg/signer/types.go']),
    lines: [
      'export interface SignerConfig {',
      '  privateKey: string; // hex, loaded from KMS at boot',
      '  mnemonic?: string;',
      '  passphrase?: string;',
      '  apiSecret: string;',
      '}',
    ],
  })),
  template('kms-signer-config', (g) => ({
    path: g.pick(['signer/kms.yaml', 'withdrawals/kms.yml']),
    lines: [
      'signer:',
      '  type: aws-kms',
      `  key_id: arn:aws:kms:eu-west-1:${g.fake.digits(12)}:key/${v.uuid(g)}`,
      `  address: "${v.evmAddress(g)}"`,
    ],
  })),
  template('hummingbot-encrypted-conf', (g) => ({
    path: g.pick(['conf/conf_client.yml', 'hummingbot/conf/conf_client.yml']),
    lines: [
      'instance_id: ' + g.fake.hex(40),
      'kill_switch_mode: {}',
      'autofill_import: disabled',
      'telegram_mode: {}',
      'db_mode:',
      '  db_engine: sqlite',
    ],
  })),
  template('etherscan-links', (g) => ({
    path: g.pick(['docs/incidents/2026-10-hot-wallet.md', 'notes/sweep.md']),
    lines: [
      '## Timeline',
      `- 09:12 sweep broadcast: https://etherscan.io/tx/${v.txHash(g)}`,
      `- 09:14 confirmed in block https://etherscan.io/block/${g.between(19000000, 21900000)}`,
      `- cold address https://etherscan.io/address/${v.evmAddress(g)}`,
    ],
  })),
  template('merkle-proof-of-reserves', (g) => ({
    path: g.pick(['por/2026-11/root.json', 'proof-of-reserves/latest.json']),
    lines: [
      '{',
      `  "merkle_root": "${g.fake.hex(64)}",`,
      `  "snapshot": "2026-11-30T00:00:00Z",`,
      `  "leaf_salt_commitment": "${g.fake.hex(64)}",`,
      `  "total_btc": "${v.amount(g)}"`,
      '}',
    ],
  })),
  template('signature-verify-test', (g) => ({
    path: g.pick(['tests/test_sign.py', 'signer/tests/test_hmac.py']),
    lines: [
      'def test_signature_hex_length():',
      `    sig = "${g.fake.hex(64)}"`,
      '    assert len(sig) == 64',
      `    assert verify(payload=b"{}", signature=sig, public_key=load_pub("fixtures/pub.pem")) is False`,
    ],
  })),
  template('git-commit-log', (g) => ({
    path: g.pick(['CHANGELOG.md', 'docs/releases.md']),
    lines: [
      '## 4.12.0',
      `- signer: move hot key to KMS (${g.fake.hex(40)})`,
      `- recon: fix OKX passphrase handling in ccxt adapter (${g.fake.hex(40)})`,
      `- deposits: xpub rotation (${g.fake.hex(7)})`,
    ],
  })),
  template('vault-policy-hcl', (g) => ({
    path: g.pick(['vault/policies/mm.hcl', 'infra/vault/signer.hcl']),
    lines: [
      'path "secret/data/exchanges/binance/*" {',
      '  capabilities = ["read"]',
      '}',
      'path "transit/sign/hot-wallet" {',
      '  capabilities = ["update"]',
      '}',
    ],
  })),
  template('secret-store-lookups-js', (g) => ({
    path: g.pick(['src/config.js', 'lib/secrets.ts']),
    lines: [
      "const apiSecret = await vault.read('secret/exchanges/bybit').then((r) => r.data.secret);",
      "const passphrase = await getSecret('okx-passphrase');",
      'const privateKey = await kms.getPublicKey({ KeyId: process.env.SIGNER_KEY_ID });',
    ],
  })),
  template('rpcauth-docs-usage', (g) => ({
    path: g.pick(['docs/nodes/bitcoind.md', 'runbooks/node-setup.md']),
    lines: [
      '## RPC auth',
      'Generate a line with `share/rpcauth/rpcauth.py <user>` and put the printed `rpcauth=...` in',
      'bitcoin.conf via Ansible Vault (never commit it). The password is shown once.',
      'rpcauth=<user>:<salt>$<hash>',
    ],
  })),
  template('grafana-dashboard-ids', (g) => ({
    path: g.pick(['grafana/dashboards/desk.json', 'monitoring/dashboards/liquidity.json']),
    lines: [
      '{',
      `  "uid": "${g.fake.alnum(9)}",`,
      '  "title": "Desk liquidity",',
      `  "panels": [{ "datasource": { "uid": "${g.fake.alnum(9)}" }, "targets": [{ "expr": "sum(balance{venue=\\"binance\\"})" }] }]`,
      '}',
    ],
  })),
  template('wallet-connect-project-id', (g) => ({
    path: g.pick(['web/src/wagmi.ts', 'frontend/src/config/wallet.ts']),
    lines: [
      "import { getDefaultConfig } from '@rainbow-me/rainbowkit';",
      // WalletConnect/Reown project ids ship in every dapp bundle: a public id.
      `export const config = getDefaultConfig({ appName: 'Desk Portal', projectId: '${g.fake.hex(32)}', chains: [mainnet] });`,
    ],
  })),
  template('ticket-rotated-key', (g) => ({
    path: g.pick(['tickets/SEC-881.md', 'exports/jira/SEC-902.txt']),
    lines: [
      'Summary: rotate Bybit MM key after laptop loss',
      `Old key id: ${g.fake.alnum(4)}…${g.fake.alnum(4)} (deleted on the exchange 2026-11-18)`,
      'New key stored at vault secret/exchanges/bybit/mm-01. Nothing pasted here.',
    ],
  })),
  template('mnemonic-wordlist-code', (g) => ({
    path: g.pick(['wallet/bip39.py', 'src/wallet/mnemonic.ts']),
    lines: [
      'def validate_mnemonic(words: list[str]) -> bool:',
      '    if len(words) not in (12, 15, 18, 21, 24):',
      '        return False',
      '    return all(w in WORDLIST for w in words) and checksum_ok(words)',
    ],
  })),
  template('deribit-public-ws', (g) => ({
    path: g.pick(['vol/deribit_public.py', 'md/deribit_book.py']),
    lines: [
      'msg = {"jsonrpc": "2.0", "id": 42, "method": "public/subscribe",',
      '       "params": {"channels": ["book.BTC-PERPETUAL.100ms", "ticker.ETH-27DEC26-4000-C.raw"]}}',
      `ws_url = "wss://www.deribit.com/ws/api/v2"  # request ${g.fake.hex(16)}`,
    ],
  })),
  template('binance-public-endpoints', (g) => ({
    path: g.pick(['md/binance_klines.py', 'research/fetch_klines.py']),
    lines: [
      'import requests',
      `r = requests.get("https://api.binance.com/api/v3/klines", params={"symbol": "BTCUSDT", "interval": "1m", "limit": ${g.between(100, 1000)}})`,
      'df = to_frame(r.json())',
    ],
  })),
  template('signed-request-example', (g) => ({
    path: g.pick(['docs/signing.md', 'wiki/dev/hmac-signing.md']),
    lines: [
      'Signature = HMAC-SHA256(secret, timestamp + method + path + body), hex-encoded.',
      `Example output for the test vector: signature=${g.fake.hex(64)}`,
      'Header: X-MBX-APIKEY: <api key>; query: ...&timestamp=1700000000000&signature=<signature>',
    ],
  })),
  template('trezor-xpub-export', (g) => ({
    path: g.pick(['cold/exports/trezor.json', 'treasury/cold-xpubs.json']),
    lines: [
      '{',
      `  "device": "Trezor Model T",`,
      `  "fingerprint": "${g.fake.hex(8)}",`,
      `  "xpub": "${v.extendedKey(g, 'xpub')}"`,
      '}',
    ],
  })),
  template('solana-public-keys', (g) => ({
    path: g.pick(['sol/config.json', 'config/solana.json']),
    lines: [
      '{',
      `  "hotWallet": "${v.base58(v.randomBytes(g, 32))}",`,
      `  "usdcMint": "${v.base58(v.randomBytes(g, 32))}",`,
      `  "recentBlockhash": "${v.base58(v.randomBytes(g, 32))}"`,
      '}',
    ],
  })),
  template('hashed-password-column-doc', (g) => ({
    path: g.pick(['docs/schema/users.md', 'db/README.md']),
    lines: [
      '| column | type | note |',
      '|---|---|---|',
      '| password_hash | text | argon2id, never returned by the API |',
      '| api_key_id | uuid | the key id shown in the UI |',
      '| totp_secret_enc | bytea | encrypted with the KMS data key |',
    ],
  })),
];
