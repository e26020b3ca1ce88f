import type { Gen } from '../../gen';
import { wordOrSitePassword, plainOnly } from '../sharedValues';

export { awsKeyId, awsSecret } from '../sharedValues';
export {
  binanceKey,
  krakenKey,
  krakenPrivate,
  coinbaseKey,
  coinbaseSecret,
  exchangePassphrase,
  okxSecret,
  bitfinexKey,
  sumsubToken,
  sumsubSecret,
  onfidoToken,
} from '../fintechBackoffice/values';
export { telegramToken } from '../hobbyProjects/values';
export { wif, extendedKey, mnemonic, hex32, base58, randomBytes } from '../keyMaterialValues';

/**
 * Values the crypto-exchange-ops templates share, in the shapes the exchanges and vendors document
 * in their API pages: Bybit (18 + 36 base62), KuCoin (24 hex key, UUID secret, passphrase), Gemini
 * (`account-`/`master-` keys, base58-like secrets), Bitstamp, Deribit client credentials, Coinbase
 * CDP key names and EC private keys, BitGo `v2x` access tokens, 3Commas HMAC keys, Chainalysis and
 * Elliptic keys, node RPC keys in Infura/Alchemy/QuickNode URLs, bitcoind `rpcauth` lines; and the
 * public things around them (addresses, transaction and block hashes, event topics, order ids).
 * Everything is generated at run time from the seeded FakeTokens: nothing committed here is live.
 */

const DESK_WORDS = ['satoshi', 'hodl', 'ledger', 'vault', 'custody', 'treasury', 'blockchain', 'mining', 'arbitrage'];
const DESKS = ['nordvault', 'kryptodesk', 'bluefin', 'orbitex', 'coldstack', 'tidal', 'meridian'];

/** A password as an exchange back office sets them: a desk word, the firm's name, or random. */
export function pass(g: Gen): string {
  return wordOrSitePassword(g, DESK_WORDS, DESKS);
}
export function plain(g: Gen): string {
  return plainOnly(g, pass);
}
export function desk(g: Gen): string {
  return g.pick(DESKS);
}
export function domain(g: Gen): string {
  return `${desk(g)}${g.pick(['.io', '.finance', '-capital.com', '.trade'])}`;
}
export function email(g: Gen): string {
  return `${g.pick(['ops', 'trading', 'treasury', 'mm', 'compliance', 'desk'])}@${domain(g)}`;
}
export function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

// --- exchanges -------------------------------------------------------------------------------

/** Binance also accepts Ed25519/RSA keys: the API key is then 64 base62 and the private key a PEM. */
export function binanceSecret(g: Gen): string {
  return g.fake.alnum(64);
}
export function bybitKey(g: Gen): string {
  return g.fake.alnum(18);
}
export function bybitSecret(g: Gen): string {
  return g.fake.alnum(36);
}
export function kucoinKey(g: Gen): string {
  return g.fake.hex(24);
}
export function kucoinSecret(g: Gen): string {
  return g.fake.uuid();
}
export function okxKey(g: Gen): string {
  return g.fake.uuid();
}
export function geminiKey(g: Gen): string {
  return g.pick(['account-', 'master-']) + g.fake.alnum(20);
}
export function geminiSecret(g: Gen): string {
  return g.fake.from('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 28);
}
export function bitstampKey(g: Gen): string {
  return g.fake.alnum(32);
}
export function bitstampSecret(g: Gen): string {
  return g.fake.alnum(32);
}
export function deribitClientId(g: Gen): string {
  return g.fake.alnum(8);
}
export function deribitSecret(g: Gen): string {
  return g.fake.base64url(43).replace(/^[-_]/, 'd');
}
export function bitfinexSecret(g: Gen): string {
  return g.fake.alnum(43);
}
/** Coinbase CDP key name (`organizations/<uuid>/apiKeys/<uuid>`, an id) and its EC private key. */
export function cdpKeyName(g: Gen): string {
  return `organizations/${g.fake.uuid()}/apiKeys/${g.fake.uuid()}`;
}
export function ecPem(g: Gen): string {
  return g.fake.pem('EC PRIVATE KEY', 3);
}
export function rsaPem(g: Gen): string {
  return g.fake.pem('PRIVATE KEY', g.between(8, 12));
}
/** A PEM as one JSON string (`\n` escapes), as the CDP portal's key download writes it. */
export function escapedPem(pem: string): string {
  return pem.replace(/\n/g, '\\n') + '\\n';
}
/** Coinbase CDP Ed25519 secret (64 bytes, base64). */
export function cdpEdSecret(g: Gen): string {
  return g.fake.base64(86).replace(/^[+/]/, 'q') + '==';
}
/** 3Commas API key (64 hex) and secret (HMAC, 256 hex). */
export function threeCommasKey(g: Gen): string {
  return g.fake.hex(64);
}
export function threeCommasSecret(g: Gen): string {
  return g.fake.hex(256);
}

// --- custody ---------------------------------------------------------------------------------

export function uuid(g: Gen): string {
  return g.fake.uuid();
}
/** BitGo long-lived access token: `v2x` + 64 hex. */
export function bitgoToken(g: Gen): string {
  return 'v2' + 'x' + g.fake.hex(64);
}
export function bitgoWalletPass(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(20, 32)) : pass(g);
}
export function anchorageKey(g: Gen): string {
  return g.fake.hex(64);
}
export function copperKey(g: Gen): string {
  return g.fake.alnum(32);
}
export function copperSecret(g: Gen): string {
  return g.fake.hex(64);
}

// --- nodes -----------------------------------------------------------------------------------

export function infuraKey(g: Gen): string {
  return g.fake.hex(32);
}
export function alchemyKey(g: Gen): string {
  return g.fake.base64url(32).replace(/^[-_]/, 'a');
}
export function quicknodeToken(g: Gen): string {
  return g.fake.hex(40);
}
export function quicknodeHost(g: Gen): string {
  return `${g.pick(['silent', 'wispy', 'frosty', 'ancient', 'polished'])}-${g.pick(['red', 'billowing', 'dawn', 'morning'])}-${g.pick(['sea', 'frost', 'wave', 'shadow'])}`;
}
/** bitcoind `rpcauth=<user>:<salt>$<hmac>` as share/rpcauth/rpcauth.py prints it. */
export function rpcauth(g: Gen, user: string): string {
  return `${user}:${g.fake.hex(32)}$${g.fake.hex(64)}`;
}
export function jwtHex(g: Gen): string {
  return g.fake.hex(64);
}
export function rpcPassword(g: Gen): string {
  return g.chance(0.5) ? g.fake.base64url(g.between(32, 44)).replace(/^[-_]/, 'r') : plain(g);
}

// --- compliance, bots -----------------------------------------------------------------------

export function chainalysisKey(g: Gen): string {
  return g.fake.hex(64);
}
export function ellipticKey(g: Gen): string {
  return g.fake.hex(32);
}
export function ellipticSecret(g: Gen): string {
  return g.fake.hex(32);
}
export function trmKey(g: Gen): string {
  return g.fake.alnum(40);
}
export function slackBotToken(g: Gen): string {
  return 'xox' + 'b-' + g.fake.digits(12) + '-' + g.fake.digits(13) + '-' + g.fake.alnum(24);
}
export function slackWebhook(g: Gen): string {
  return `https://hooks.slack.com/services/T${g.fake.upperAlnum(8)}/B${g.fake.upperAlnum(10)}/${g.fake.alnum(24)}`;
}
export function etherscanKey(g: Gen): string {
  return g.fake.upperAlnum(34);
}
export function longRandom(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(32, 48)) : g.fake.hex(g.pick([32, 64]));
}

// --- public values that are not secrets ------------------------------------------------------

export function evmAddress(g: Gen): string {
  return '0x' + g.fake.hex(40);
}
/** A checksummed-looking address (mixed case), as explorers print it. */
export function evmAddressMixed(g: Gen): string {
  return '0x' + g.fake.from('0123456789abcdefABCDEF', 40);
}
export function txHash(g: Gen): string {
  return '0x' + g.fake.hex(64);
}
export function btcTxid(g: Gen): string {
  return g.fake.hex(64);
}
export function bech32Address(g: Gen): string {
  return 'bc1q' + g.fake.from('023456789acdefghjklmnpqrstuvwxyz', 38);
}
export function orderId(g: Gen): string {
  return String(g.between(1, 9)) + g.fake.digits(g.between(9, 11));
}
export function amount(g: Gen): string {
  return `${g.between(0, 40)}.${g.fake.digits(g.between(2, 8))}`;
}
export function chatId(g: Gen): string {
  return '-100' + g.fake.digits(10);
}
