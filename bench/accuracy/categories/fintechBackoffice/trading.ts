import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * fintech-backoffice positives from trading desks and quant teams: market data (Refinitiv/LSEG RDP,
 * Polygon.io, Alpha Vantage, IEX Cloud `sk_`, Finnhub, Tiingo), brokers (Alpaca key pairs, OANDA,
 * Schwab, Tradier), crypto exchanges (Binance, Kraken, Coinbase Exchange with its passphrase, OKX,
 * Bitfinex) directly and through ccxt and freqtrade-style configs. An Alpaca key id beside its
 * secret is the pair's id half (as an AWS access key id is). Values generated at run time.
 */
export const tradingPositives: readonly Template[] = [
  template('rdp-credentials-json', (g) => {
    const k = v.rdpAppKey(g);
    const p = v.plain(g);
    return {
      path: g.pick(['lseg-data.config.json', 'config/refinitiv.config.json']),
      lines: [
        '{',
        '  "sessions": {',
        '    "default": "platform.rdp",',
        '    "platform": {',
        '      "rdp": {',
        // The app key is RDP's OAuth client_id (sent as client_id in the password grant): not a secret.
        `        "app-key": "${k}",`,
        `        "username": "${g.pick(['quant.desk@acmecap.com', 'GE-A-01103867-3-4711'])}",`,
        sec(`        "password": "${p}"`, p),
        '      }',
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('polygon-python', (g) => {
    const k = v.polygonKey(g);
    return {
      path: g.pick(['research/pull_aggs.py', 'data/polygon_loader.py']),
      lines: [
        'from polygon import RESTClient',
        '',
        sec(`client = RESTClient("${k}")`, k),
        'aggs = client.get_aggs("AAPL", 1, "minute", "2026-11-02", "2026-11-27")',
      ],
    };
  }),
  template('polygon-url', (g) => {
    const k = v.polygonKey(g);
    return {
      path: g.pick(['notebooks/backfill.md', 'scripts/fetch_trades.sh']),
      lines: [sec(`curl "https://api.polygon.io/v3/trades/AAPL?timestamp=2026-11-27&limit=50000&apiKey=${k}"`, k)],
    };
  }),
  template('alpha-vantage-url', (g) => {
    const k = v.alphaVantageKey(g);
    return {
      path: g.pick(['fx/rates.py', 'scripts/daily_fx.py']),
      lines: [
        'import requests',
        '',
        sec(`AV_KEY = "${k}"`, k),
        'url = f"https://www.alphavantage.co/query?function=FX_DAILY&from_symbol=EUR&to_symbol=USD&apikey={AV_KEY}"',
        'rates = requests.get(url).json()',
      ],
    };
  }),
  template('iex-cloud-sk', (g) => {
    const k = v.iexKey(g, 'sk');
    return {
      path: g.pick(['.env', 'pricing/.env']),
      lines: [`IEX_PUBLISHABLE_TOKEN=${v.iexKey(g, 'pk')}`, sec(`IEX_SECRET_TOKEN=${k}`, k), 'IEX_API_VERSION=stable'],
    };
  }),
  template('finnhub-header', (g) => {
    const k = v.finnhubKey(g);
    return {
      path: g.pick(['src/marketdata/finnhub.ts', 'lib/finnhub.js']),
      lines: [
        "const FINNHUB = 'https://finnhub.io/api/v1';",
        sec(`const headers = { 'X-Finnhub-Token': '${k}' };`, k),
        'export const quote = (s) => fetch(`${FINNHUB}/quote?symbol=${s}`, { headers }).then((r) => r.json());',
      ],
    };
  }),
  template('tiingo-config', (g) => {
    const k = v.tiingoKey(g);
    return {
      path: g.pick(['config/datasources.ini', 'research/tiingo.cfg']),
      lines: ['[tiingo]', 'base_url = https://api.tiingo.com', sec(`api_key = ${k}`, k), 'session = true'],
    };
  }),
  template('alpaca-env', (g) => {
    const id = v.alpacaKeyId(g);
    const s = v.alpacaSecret(g);
    return {
      path: g.pick(['.env', 'bots/momentum/.env']),
      lines: [
        sec(`APCA_API_KEY_ID=${id}`, id),
        sec(`APCA_API_SECRET_KEY=${s}`, s),
        'APCA_API_BASE_URL=https://paper-api.alpaca.markets',
      ],
    };
  }),
  template('alpaca-python', (g) => {
    const id = v.alpacaKeyId(g);
    const s = v.alpacaSecret(g);
    return {
      path: g.pick(['trader.py', 'strategies/rebalance.py']),
      lines: [
        'from alpaca.trading.client import TradingClient',
        '',
        sec(`API_KEY = "${id}"`, id),
        sec(`SECRET_KEY = "${s}"`, s),
        'trading_client = TradingClient(API_KEY, SECRET_KEY, paper=True)',
      ],
    };
  }),
  template('oanda-v20-conf', (g) => {
    const t = v.oandaToken(g);
    return {
      path: g.pick(['.v20.conf', 'fx/v20.conf']),
      lines: [
        'hostname: api-fxtrade.oanda.com',
        'streaming_hostname: stream-fxtrade.oanda.com',
        'port: 443',
        'ssl: true',
        sec(`token: ${t}`, t),
        `username: ${g.pick(['acmefx', 'nfield_trader'])}`,
        `accounts:\n- 001-004-${g.fake.digits(7)}-001`,
        'active_account: 001-004-' + g.fake.digits(7) + '-001',
      ],
    };
  }),
  template('oanda-python-header', (g) => {
    const t = v.oandaToken(g);
    return {
      path: g.pick(['fx/oanda_orders.py', 'execution/oanda.py']),
      lines: [
        'import requests',
        '',
        sec(`HEADERS = {"Authorization": "Bearer ${t}"}`, t),
        'r = requests.get("https://api-fxpractice.oanda.com/v3/accounts", headers=HEADERS)',
      ],
    };
  }),
  template('schwab-app-secret', (g) => {
    const k = v.schwabKey(g);
    const s = v.schwabSecret(g);
    return {
      path: g.pick(['schwab_config.py', 'broker/schwab_auth.py']),
      lines: [
        'import schwab',
        '',
        // Schwab's App Key is the OAuth client_id; the App Secret is the credential.
        `APP_KEY = "${k}"`,
        sec(`APP_SECRET = "${s}"`, s),
        'CALLBACK_URL = "https://127.0.0.1:8182"',
        "client = schwab.auth.easy_client(APP_KEY, APP_SECRET, CALLBACK_URL, 'token.json')",
      ],
    };
  }),
  template('tradier-curl', (g) => {
    const t = v.tradierToken(g);
    return {
      path: g.pick(['scripts/options_chain.sh', 'README-tradier.md']),
      lines: [
        "curl -G 'https://api.tradier.com/v1/markets/options/chains' \\",
        "  -d 'symbol=SPY' -d 'expiration=2026-12-18' \\",
        sec(`  -H 'Authorization: Bearer ${t}' \\`, t),
        "  -H 'Accept: application/json'",
      ],
    };
  }),
  template('binance-python', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceKey(g);
    return {
      path: g.pick(['bot/binance_bot.py', 'treasury/crypto_sweep.py']),
      lines: [
        'from binance.client import Client',
        '',
        sec(`api_key = "${k}"`, k),
        sec(`api_secret = "${s}"`, s),
        'client = Client(api_key, api_secret)',
        'print(client.get_account())',
      ],
    };
  }),
  template('binance-env', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceKey(g);
    return {
      path: g.pick(['.env', 'docker/exchange.env']),
      lines: [sec(`BINANCE_API_KEY=${k}`, k), sec(`BINANCE_API_SECRET=${s}`, s), 'BINANCE_TESTNET=false'],
    };
  }),
  template('kraken-key-file', (g) => {
    const k = v.krakenKey(g);
    const s = v.krakenPrivate(g);
    return {
      path: g.pick(['kraken.key', 'keys/kraken.key']),
      lines: [sec(k, k), sec(s, s)],
    };
  }),
  template('kraken-ccxt-node', (g) => {
    const k = v.krakenKey(g);
    const s = v.krakenPrivate(g);
    return {
      path: g.pick(['src/exchanges.js', 'arb/kraken.js']),
      lines: [
        "const ccxt = require('ccxt');",
        '',
        'const kraken = new ccxt.kraken({',
        sec(`  apiKey: '${k}',`, k),
        sec(`  secret: '${s}',`, s),
        '  enableRateLimit: true,',
        '});',
      ],
    };
  }),
  template('coinbase-exchange-python', (g) => {
    const k = v.coinbaseKey(g);
    const s = v.coinbaseSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['settlement/coinbase_prime.py', 'crypto/cbx_client.py']),
      lines: [
        'import ccxt',
        '',
        'exchange = ccxt.coinbaseexchange({',
        sec(`    "apiKey": "${k}",`, k),
        sec(`    "secret": "${s}",`, s),
        sec(`    "password": "${p}",`, p),
        '})',
      ],
    };
  }),
  template('okx-yaml', (g) => {
    const k = g.fake.uuid();
    const s = v.okxSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['config/exchanges.yaml', 'hummingbot/conf/connectors/okx.yml']),
      lines: [
        'okx:',
        sec(`  api_key: ${k}`, k),
        sec(`  secret_key: ${s}`, s),
        sec(`  passphrase: ${p}`, p),
        '  simulated: false',
      ],
    };
  }),
  template('bitfinex-json', (g) => {
    const k = v.bitfinexKey(g);
    const s = v.bitfinexKey(g);
    return {
      path: g.pick(['config.json', 'user_data/config.json']),
      lines: [
        '{',
        '  "max_open_trades": 5,',
        '  "stake_currency": "USDT",',
        '  "exchange": {',
        '    "name": "bitfinex",',
        sec(`    "key": "${k}",`, k),
        sec(`    "secret": "${s}",`, s),
        '    "ccxt_config": {},',
        '    "pair_whitelist": ["BTC/USDT", "ETH/USDT"]',
        '  }',
        '}',
      ],
    };
  }),
  template('ccxt-multi-exchange-yaml', (g) => {
    const bk = v.binanceKey(g);
    const bs = v.binanceKey(g);
    return {
      path: g.pick(['secrets/exchanges.yml', 'arb/config/keys.yml']),
      lines: [
        'exchanges:',
        '  binance:',
        sec(`    apiKey: ${bk}`, bk),
        sec(`    secret: ${bs}`, bs),
        '  kraken:',
        '    apiKey: ${KRAKEN_KEY}',
        '    secret: ${KRAKEN_SECRET}',
      ],
    };
  }),
];
