import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * crypto-exchange-ops positives from trading code: exchange API keys with their secrets and
 * passphrases (Binance, Coinbase Advanced Trade and CDP, Kraken, Bitfinex, OKX, KuCoin, Bybit, Gemini,
 * Bitstamp, Deribit) in SDK code of several languages, ccxt scripts and notebooks, Freqtrade
 * config.json, Hummingbot and 3Commas. An exchange API key beside its secret is labelled (it is the
 * pair's id half, as an AWS key id is). Values generated at run time.
 */
export const exchangePositives: readonly Template[] = [
  template('binance-connector-python', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceSecret(g);
    return {
      path: g.pick(['mm/binance_spot.py', 'bots/rebalance.py', 'scripts/withdraw_sweep.py']),
      lines: [
        'from binance.spot import Spot',
        '',
        sec(`api_key = "${k}"`, k),
        sec(`api_secret = "${s}"`, s),
        'client = Spot(api_key=api_key, api_secret=api_secret)',
        'print(client.account()["balances"][:5])',
      ],
    };
  }),
  template('binance-env', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceSecret(g);
    return {
      path: g.pick(['.env', 'deploy/mm-binance.env', 'services/hedger/.env.production']),
      lines: [
        '# Binance sub-account mm-02 (spot + margin, no withdrawals)',
        sec(`BINANCE_API_KEY=${k}`, k),
        sec(`BINANCE_API_SECRET=${s}`, s),
        'BINANCE_RECV_WINDOW=5000',
        'BINANCE_BASE_URL=https://api.binance.com',
      ],
    };
  }),
  template('binance-ed25519-key', (g) => {
    const k = v.binanceKey(g);
    const pem = g.fake.pem('PRIVATE KEY', 2).split('\n');
    return {
      path: g.pick(['keys/binance_ed25519.py', 'trading/binance_auth.py']),
      lines: [
        '# Ed25519 API key registered on the sub-account; the private key never leaves this box',
        sec(`API_KEY = "${k}"`, k),
        'PRIVATE_KEY_PEM = """',
        block(pem.map((l) => sec(l, l))),
        '"""',
      ],
    };
  }),
  template('binance-node-connector', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceSecret(g);
    return {
      path: g.pick(['src/exchanges/binance.ts', 'lib/binanceClient.js']),
      lines: [
        "const { Spot } = require('@binance/connector');",
        '',
        sec(`const apiKey = '${k}';`, k),
        sec(`const apiSecret = '${s}';`, s),
        'const client = new Spot(apiKey, apiSecret);',
      ],
    };
  }),
  template('binance-go', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceSecret(g);
    return {
      path: g.pick(['internal/venue/binance.go', 'cmd/hedger/main.go']),
      lines: [
        'package venue',
        '',
        'import "github.com/adshao/go-binance/v2"',
        '',
        'var (',
        sec(`\tapiKey    = "${k}"`, k),
        sec(`\tsecretKey = "${s}"`, s),
        ')',
        '',
        'func NewClient() *binance.Client { return binance.NewClient(apiKey, secretKey) }',
      ],
    };
  }),
  template('coinbase-cdp-key-json', (g) => {
    const name = v.cdpKeyName(g);
    const pem = v.escapedPem(v.ecPem(g));
    return {
      path: g.pick(['cdp_api_key.json', 'secrets/coinbase_cloud_api_key.json', 'config/cdp-key.json']),
      lines: ['{', `   "name": "${name}",`, sec(`   "privateKey": "${pem}"`, pem), '}'],
    };
  }),
  template('coinbase-advanced-python', (g) => {
    const name = v.cdpKeyName(g);
    const pem = v.ecPem(g).split('\n');
    return {
      path: g.pick(['cb_advanced/orders.py', 'venues/coinbase_at.py']),
      lines: [
        'from coinbase.rest import RESTClient',
        '',
        `api_key = "${name}"`,
        'api_secret = """',
        block(pem.map((l) => sec(l, l))),
        '"""',
        'client = RESTClient(api_key=api_key, api_secret=api_secret)',
      ],
    };
  }),
  template('coinbase-cdp-env-escaped', (g) => {
    const name = v.cdpKeyName(g);
    const pem = v.escapedPem(v.ecPem(g));
    return {
      path: g.pick(['.env', 'coinbase-bot/.env.local']),
      lines: [`COINBASE_API_KEY_NAME="${name}"`, sec(`COINBASE_API_PRIVATE_KEY="${pem}"`, pem)],
    };
  }),
  template('coinbase-cdp-ed25519-ts', (g) => {
    const id = v.uuid(g);
    const s = v.cdpEdSecret(g);
    return {
      path: g.pick(['src/cdp/client.ts', 'scripts/cdp-wallet.ts']),
      lines: [
        "import { Coinbase } from '@coinbase/coinbase-sdk';",
        '',
        'Coinbase.configure({',
        `  apiKeyName: '${id}',`,
        sec(`  privateKey: '${s}',`, s),
        '});',
      ],
    };
  }),
  template('coinbase-exchange-legacy', (g) => {
    const k = v.coinbaseKey(g);
    const s = v.coinbaseSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['legacy/cbpro_feed.py', 'archive/gdax_mm.py']),
      lines: [
        'import cbpro',
        '',
        'auth_client = cbpro.AuthenticatedClient(',
        sec(`    "${k}",`, k),
        sec(`    "${s}",`, s),
        sec(`    "${p}",`, p),
        '    api_url="https://api.exchange.coinbase.com",',
        ')',
      ],
    };
  }),
  template('kraken-krakenex-key-file', (g) => {
    const k = v.krakenKey(g);
    const s = v.krakenPrivate(g);
    return {
      path: g.pick(['kraken.key', 'keys/kraken-treasury.key']),
      lines: [sec(k, k), sec(s, s)],
    };
  }),
  template('kraken-python-dict', (g) => {
    const k = v.krakenKey(g);
    const s = v.krakenPrivate(g);
    return {
      path: g.pick(['otc/kraken_settle.py', 'bots/kraken_grid.py']),
      lines: ['KRAKEN = {', sec(`    "key": "${k}",`, k), sec(`    "secret": "${s}",`, s), '    "tier": "pro",', '}'],
    };
  }),
  template('kraken-futures-yaml', (g) => {
    const k = v.krakenKey(g);
    const s = v.krakenPrivate(g);
    return {
      path: g.pick(['config/venues.yaml', 'hedger/venues.yml']),
      lines: [
        'venues:',
        '  kraken_futures:',
        '    base_url: https://futures.kraken.com/derivatives/api/v3',
        sec(`    public_key: ${k}`, k),
        sec(`    private_key: ${s}`, s),
      ],
    };
  }),
  template('bitfinex-node', (g) => {
    const k = v.bitfinexKey(g);
    const s = v.bitfinexSecret(g);
    return {
      path: g.pick(['src/bfx/funding-bot.js', 'lending/bfx.js']),
      lines: [
        "const { RESTv2 } = require('bfx-api-node-rest');",
        'const rest = new RESTv2({',
        sec(`  apiKey: '${k}',`, k),
        sec(`  apiSecret: '${s}',`, s),
        '  transform: true,',
        '});',
      ],
    };
  }),
  template('okx-python-sdk', (g) => {
    const k = v.okxKey(g);
    const s = v.okxSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['okx/funding_rate.py', 'venues/okx_client.py']),
      lines: [
        'import okx.Trade as Trade',
        '',
        sec(`api_key = "${k}"`, k),
        sec(`secret_key = "${s}"`, s),
        sec(`passphrase = "${p}"`, p),
        'flag = "0"  # live trading',
        'trade = Trade.TradeAPI(api_key, secret_key, passphrase, False, flag)',
      ],
    };
  }),
  template('okx-env', (g) => {
    const k = v.okxKey(g);
    const s = v.okxSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['.env', 'okx-arb/.env']),
      lines: [
        sec(`OKX_API_KEY=${k}`, k),
        sec(`OKX_SECRET_KEY=${s}`, s),
        sec(`OKX_PASSPHRASE=${p}`, p),
        'OKX_SIMULATED=0',
      ],
    };
  }),
  template('kucoin-python', (g) => {
    const k = v.kucoinKey(g);
    const s = v.kucoinSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['kucoin/market_maker.py', 'venues/kucoin_spot.py']),
      lines: [
        'from kucoin.client import Trade',
        '',
        sec(`client = Trade(key="${k}", secret="${s}", passphrase="${p}", is_sandbox=False)`, s),
      ],
    };
  }),
  template('kucoin-json-config', (g) => {
    const k = v.kucoinKey(g);
    const s = v.kucoinSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['config/kucoin.json', 'accounts/kucoin-sub3.json']),
      lines: [
        '{',
        '  "exchange": "kucoin",',
        sec(`  "apiKey": "${k}",`, k),
        sec(`  "apiSecret": "${s}",`, s),
        sec(`  "apiPassphrase": "${p}",`, p),
        '  "subAccount": "mm-kcs-03"',
        '}',
      ],
    };
  }),
  template('bybit-pybit', (g) => {
    const k = v.bybitKey(g);
    const s = v.bybitSecret(g);
    return {
      path: g.pick(['bybit/perp_hedge.py', 'strategies/bybit_basis.py']),
      lines: [
        'from pybit.unified_trading import HTTP',
        '',
        'session = HTTP(',
        '    testnet=False,',
        sec(`    api_key="${k}",`, k),
        sec(`    api_secret="${s}",`, s),
        ')',
      ],
    };
  }),
  template('bybit-rust', (g) => {
    const k = v.bybitKey(g);
    const s = v.bybitSecret(g);
    return {
      path: g.pick(['src/venues/bybit.rs', 'crates/exec/src/bybit.rs']),
      lines: [
        sec(`const BYBIT_KEY: &str = "${k}";`, k),
        sec(`const BYBIT_SECRET: &str = "${s}";`, s),
        '',
        'pub fn client() -> BybitClient {',
        '    BybitClient::new(BYBIT_KEY, BYBIT_SECRET, Network::Mainnet)',
        '}',
      ],
    };
  }),
  template('gemini-python-headers', (g) => {
    const k = v.geminiKey(g);
    const s = v.geminiSecret(g);
    return {
      path: g.pick(['gemini/settle.py', 'treasury/gemini_balances.py']),
      lines: [
        'import base64, hashlib, hmac, json, time',
        '',
        sec(`GEMINI_API_KEY = "${k}"`, k),
        sec(`GEMINI_API_SECRET = "${s}".encode()`, s),
        '',
        'payload = base64.b64encode(json.dumps({"request": "/v1/balances", "nonce": str(int(time.time()*1000))}).encode())',
        'signature = hmac.new(GEMINI_API_SECRET, payload, hashlib.sha384).hexdigest()',
      ],
    };
  }),
  template('bitstamp-csharp', (g) => {
    const k = v.bitstampKey(g);
    const s = v.bitstampSecret(g);
    return {
      path: g.pick(['src/Venues/BitstampClient.cs', 'Treasury/Bitstamp.cs']),
      lines: [
        'public sealed class BitstampClient',
        '{',
        sec(`    private const string ApiKey = "${k}";`, k),
        sec(`    private const string ApiSecret = "${s}";`, s),
        '    private static readonly Uri BaseUri = new("https://www.bitstamp.net/api/v2/");',
        '}',
      ],
    };
  }),
  template('deribit-ws-auth', (g) => {
    const id = v.deribitClientId(g);
    const s = v.deribitSecret(g);
    return {
      path: g.pick(['options/deribit_ws.py', 'vol/deribit_auth.py']),
      lines: [
        'auth = {',
        '    "jsonrpc": "2.0", "id": 9929, "method": "public/auth",',
        '    "params": {',
        '        "grant_type": "client_credentials",',
        // Deribit's client_id is the OAuth client id (its docs' "Client Id"), shown beside the key's
        // name in the account page: a public id by the corpus's policy, as other client ids are.
        `        "client_id": "${id}",`,
        sec(`        "client_secret": "${s}"`, s),
        '    },',
        '}',
      ],
    };
  }),
  template('deribit-toml', (g) => {
    const id = v.deribitClientId(g);
    const s = v.deribitSecret(g);
    return {
      path: g.pick(['config/deribit.toml', 'vol-surface/Config.toml']),
      lines: [
        '[deribit]',
        'url = "wss://www.deribit.com/ws/api/v2"',
        `client_id = "${id}"`,
        sec(`client_secret = "${s}"`, s),
      ],
    };
  }),
  template('ccxt-python-script', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceSecret(g);
    return {
      path: g.pick(['scripts/fetch_balances.py', 'recon/ccxt_balances.py']),
      lines: [
        'import ccxt',
        '',
        `exchange = ccxt.${g.pick(['binance', 'binanceusdm', 'mexc', 'gateio'])}({`,
        sec(`    "apiKey": "${k}",`, k),
        sec(`    "secret": "${s}",`, s),
        '    "enableRateLimit": True,',
        '})',
        'print(exchange.fetch_balance()["total"])',
      ],
    };
  }),
  template('ccxt-js-okx-password', (g) => {
    const k = v.okxKey(g);
    const s = v.okxSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['src/ccxt/okx.mjs', 'arb/okx.js']),
      lines: [
        "import ccxt from 'ccxt';",
        'const okx = new ccxt.okx({',
        sec(`  apiKey: '${k}',`, k),
        sec(`  secret: '${s}',`, s),
        sec(`  password: '${p}',`, p),
        '});',
      ],
    };
  }),
  template('ccxt-notebook', (g) => {
    const k = v.bybitKey(g);
    const s = v.bybitSecret(g);
    return {
      path: g.pick(['notebooks/funding_analysis.ipynb', 'research/basis-2026Q3.ipynb']),
      lines: [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "execution_count": 3,',
        '   "metadata": {},',
        '   "outputs": [],',
        '   "source": [',
        '    "import ccxt\\n",',
        sec(`    "ex = ccxt.bybit({'apiKey': '${k}', 'secret': '${s}'})\\n",`, s),
        '    "ex.fetch_funding_rate_history(\'BTC/USDT:USDT\')"',
        '   ]',
        '  }',
        ' ],',
        ' "nbformat": 4,',
        ' "nbformat_minor": 5',
        '}',
      ],
    };
  }),
  template('freqtrade-config', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceSecret(g);
    const t = v.telegramToken(g);
    const jwt = v.longRandom(g);
    const pw = v.plain(g);
    return {
      path: g.pick(['user_data/config.json', 'freqtrade/config-live.json', 'config.json']),
      lines: [
        '{',
        '    "max_open_trades": 5,',
        '    "stake_currency": "USDT",',
        '    "dry_run": false,',
        '    "exchange": {',
        '        "name": "binance",',
        sec(`        "key": "${k}",`, k),
        sec(`        "secret": "${s}",`, s),
        '        "ccxt_config": {},',
        '        "pair_whitelist": ["BTC/USDT", "ETH/USDT"]',
        '    },',
        '    "telegram": {',
        '        "enabled": true,',
        sec(`        "token": "${t}",`, t),
        `        "chat_id": "${v.chatId(g)}"`,
        '    },',
        '    "api_server": {',
        '        "enabled": true,',
        '        "listen_ip_address": "127.0.0.1",',
        sec(`        "jwt_secret_key": "${jwt}",`, jwt),
        '        "username": "freqtrader",',
        sec(`        "password": "${pw}"`, pw),
        '    }',
        '}',
      ],
    };
  }),
  template('freqtrade-config-kraken', (g) => {
    const k = v.krakenKey(g);
    const s = v.krakenPrivate(g);
    return {
      path: g.pick(['user_data/config_kraken.json', 'configs/kraken-live.json']),
      lines: [
        '{',
        '    "exchange": {',
        '        "name": "kraken",',
        sec(`        "key": "${k}",`, k),
        sec(`        "secret": "${s}",`, s),
        '        "password": ""',
        '    }',
        '}',
      ],
    };
  }),
  template('freqtrade-env-override', (g) => {
    const k = v.bybitKey(g);
    const s = v.bybitSecret(g);
    return {
      path: g.pick(['docker-compose.yml', 'ft_userdata/docker-compose.yml']),
      lines: [
        'services:',
        '  freqtrade:',
        '    image: freqtradeorg/freqtrade:stable',
        '    environment:',
        sec(`      FREQTRADE__EXCHANGE__KEY: "${k}"`, k),
        sec(`      FREQTRADE__EXCHANGE__SECRET: "${s}"`, s),
        '    command: trade --config /freqtrade/user_data/config.json --strategy SampleStrategy',
      ],
    };
  }),
  template('hummingbot-compose', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['hummingbot/docker-compose.yml', 'deploy/hbot-compose.yml']),
      lines: [
        'services:',
        '  hummingbot:',
        '    image: hummingbot/hummingbot:latest',
        '    environment:',
        sec(`      - CONFIG_PASSWORD=${p}`, p),
        '      - CONFIG_FILE_NAME=pmm_btc_usdt.py',
        '    volumes:',
        '      - ./conf:/home/hummingbot/conf',
      ],
    };
  }),
  template('hummingbot-gateway-passphrase', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['gateway/start.sh', 'scripts/start-gateway.sh']),
      lines: [
        '#!/usr/bin/env bash',
        sec(`export GATEWAY_PASSPHRASE='${p}'`, p),
        'docker run -d --name gateway -p 15888:15888 -e GATEWAY_PASSPHRASE hummingbot/gateway:latest',
      ],
    };
  }),
  template('threecommas-python', (g) => {
    const k = v.threeCommasKey(g);
    const s = v.threeCommasSecret(g);
    return {
      path: g.pick(['dca/3commas_sync.py', 'bots/threecommas.py']),
      lines: [
        'from py3cw.request import Py3CW',
        '',
        'p3cw = Py3CW(',
        sec(`    key="${k}",`, k),
        sec(`    secret="${s}",`, s),
        '    request_options={"request_timeout": 10, "nr_of_retries": 1},',
        ')',
      ],
    };
  }),
  template('exchange-keys-csv', (g) => {
    const rows = [0, 1, 2].map(() => ({ k: v.binanceKey(g), s: v.binanceSecret(g) }));
    return {
      path: g.pick(['ops/subaccount-keys.csv', 'exports/api_keys_2026-11.csv']),
      lines: [
        'subaccount,exchange,api_key,api_secret,permissions,ip_whitelist',
        ...rows.map((r, i) =>
          sec(`mm-0${i + 1}@${v.desk(g)}.io,binance,${r.k},${r.s},spot|margin,10.40.1.${10 + i}`, r.s),
        ),
      ],
    };
  }),
  template('java-xchange-spec', (g) => {
    const k = v.bitstampKey(g);
    const s = v.bitstampSecret(g);
    return {
      path: g.pick(['src/main/java/com/desk/venues/BitstampVenue.java', 'recon/src/main/java/Recon.java']),
      lines: [
        'ExchangeSpecification spec = new BitstampExchange().getDefaultExchangeSpecification();',
        `spec.setUserName("${g.fake.digits(6)}");`,
        sec(`spec.setApiKey("${k}");`, k),
        sec(`spec.setSecretKey("${s}");`, s),
        'Exchange bitstamp = ExchangeFactory.INSTANCE.createExchange(spec);',
      ],
    };
  }),
];
