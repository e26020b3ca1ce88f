import type { CategoryTemplates } from '../../draft';
import { custodyPositives } from './custodyNodes';
import { exchangePositives } from './exchanges';
import { cryptoNegatives } from './negatives';
import { opsPositives } from './opsCompliance';

/**
 * Credentials of crypto exchange back offices and trading desks as their engineers, traders and ops
 * staff write them: exchange API keys with secrets and passphrases (Binance, Coinbase Advanced Trade
 * and CDP, Kraken, Bitfinex, OKX, KuCoin, Bybit, Gemini, Bitstamp, Deribit), ccxt, Freqtrade,
 * Hummingbot and 3Commas, custody (Fireblocks, BitGo, Anchorage, Copper), node RPC (bitcoind, geth,
 * erigon, Infura, Alchemy, QuickNode), hot-wallet signers, compliance and KYC (Chainalysis, Elliptic,
 * TRM, Sumsub, Onfido), alert bots, market-making docs, runbooks and chat pastes. Hard negatives are
 * the public chain data, ids, placeholders and references around them. Written blind, before reading
 * how the detector handles these files (issue 11); corrections after the blind run are in the git
 * history.
 */
export const cryptoExchangeOps: CategoryTemplates = {
  positives: [...exchangePositives, ...custodyPositives, ...opsPositives],
  negatives: cryptoNegatives,
};
