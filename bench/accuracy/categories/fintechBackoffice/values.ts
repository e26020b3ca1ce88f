import type { Gen } from '../../gen';

/**
 * Values the fintech-backoffice templates share, in the shapes the providers document: FIX session
 * passwords, PGP passphrases and SFTP passwords as operations teams pick them; Plaid client ids (24
 * hex, public) and secrets (30 hex); Alpaca key ids (`PK`/`AK` + 18 upper alphanumerics, the pair's
 * id half) and 40-character secrets; IEX Cloud `sk_`/`pk_` + 32 hex; Polygon.io (32 base62), Alpha
 * Vantage (16 upper alphanumerics), Finnhub (20 lower alphanumerics), Tiingo (40 hex), OANDA (32 hex
 * `-` 32 hex); Binance (64 base62 key and secret), Kraken (56-character base64 key, 88-character
 * base64 private key), Coinbase Exchange (32 hex key, 88 base64 secret, passphrase), OKX (UUID key,
 * 32 upper hex secret); Column (`live_`/`test_`), Sumsub app tokens (`sbx:`/`prd:`), Onfido
 * (`api_live.`/`api_sandbox.`), Persona (`persona_production_`/`persona_sandbox_` + UUID); QuickBooks
 * and Xero client secrets. Everything is generated at run time from the seeded FakeTokens, prefixes
 * concatenated with the random part: nothing committed here is a live credential.
 */

const FIN_WORDS = [
  'ledger',
  'settle',
  'clearing',
  'treasury',
  'recon',
  'payments',
  'swift',
  'fixgw',
  'nostro',
  'batch',
];

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A password as back-office teams pick them: a finance word and digits, random, or generated. */
export function opsPassword(g: Gen): string {
  switch (g.fake.int(5)) {
    case 0:
      return `${cap(g.pick(FIN_WORDS))}${g.pick(['!', '#', '_', '@', '.'])}${g.fake.digits(g.between(3, 4))}`;
    case 1:
      return `${g.pick(FIN_WORDS)}${g.fake.digits(g.between(3, 5))}${g.pick(['!', '$', '#'])}`;
    case 2:
      return g.fake.alnum(g.between(12, 20));
    case 3:
      return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+=?@^_', g.between(14, 22));
    default:
      return g.plainPassword();
  }
}

/** A password safe in INI, XML, URLs, shells and quotes. */
export function plain(g: Gen): string {
  for (;;) {
    const s = opsPassword(g);
    if (/^[A-Za-z0-9_.!-]+$/.test(s)) return s;
  }
}

/** A PGP key passphrase: a few words or a long random string. */
export function passphrase(g: Gen): string {
  return g.chance(0.5)
    ? `${cap(g.pick(FIN_WORDS))}-${g.pick(['Orbit', 'Harbor', 'Copper', 'Meadow'])}-${g.fake.digits(4)}-${g.pick(FIN_WORDS)}`
    : g.fake.alnum(g.between(20, 32));
}

/** A FIX Logon password (tag 554): banks issue short ones, 8-12 characters. */
export function fixPassword(g: Gen): string {
  return g.chance(0.5)
    ? g.fake.alnum(g.between(8, 12))
    : `${cap(g.pick(FIN_WORDS))}${g.fake.digits(4)}${g.pick(['!', '#', '$'])}`;
}

export function compId(g: Gen): string {
  return g.pick(['ACMECAP', 'BANZAI', 'EXEC', 'FIXGW01', 'NORTHFIELD_ALGO', 'BROKERX', 'CITIFX', 'LMAXTRD']);
}

export function bankHost(g: Gen): string {
  return g.pick([
    'sftp.bankofamerica-files.com',
    'mft.jpmorgan-transfer.com',
    'filegateway.wellsfargo-b2b.com',
    'h2h.barclays-connect.co.uk',
    'sftp.svb-files.com',
    'connect.hsbcnet-files.com',
    'transfer.citibank-mft.com',
  ]);
}

export function dbHost(g: Gen): string {
  return g.pick([
    'oradb-prod.treasury.internal',
    'db2p01.core.bank.local',
    'sybase-risk.corp.local',
    'pg-ledger.fin.internal',
    '10.40.12.31',
    'mssql-gl.acmebank.local',
  ]);
}

export function iban(g: Gen): string {
  return g.pick(['DE89', 'GB29', 'FR76', 'NL91']) + g.fake.digits(18);
}
export function bic(g: Gen): string {
  return g.pick(['DEUTDEFF', 'NWBKGB2L', 'BNPAFRPP', 'CHASUS33', 'COBADEFFXXX', 'INGBNL2A']);
}
export function routing(g: Gen): string {
  return g.pick(['021000021', '026009593', '121000248', '011000138', '111000025']);
}
export function account(g: Gen): string {
  return g.fake.digits(g.between(9, 12)).replace(/^0/, '4');
}
export function isin(g: Gen): string {
  return g.pick(['US', 'GB', 'DE', 'FR']) + g.fake.upperAlnum(9) + g.fake.digits(1);
}
export function cusip(g: Gen): string {
  return g.fake.upperAlnum(8) + g.fake.digits(1);
}
export function lei(g: Gen): string {
  return g.fake.upperAlnum(18) + g.fake.digits(2);
}

// --- aggregators, BaaS, KYC ------------------------------------------------------------------

/** Plaid: client_id (24 hex, an identifier) and per-environment secrets (30 hex). */
export function plaidClientId(g: Gen): string {
  return g.fake.hex(24);
}
export function plaidSecret(g: Gen): string {
  return g.fake.hex(30);
}
/** A Plaid access token (long-lived item credential): `access-<env>-` + UUID. */
export function plaidAccessToken(g: Gen, env = 'production'): string {
  return `access-${env}-${g.fake.uuid()}`;
}
/** A Plaid link or public token (short-lived, handed to the browser). */
export function plaidLinkToken(g: Gen, kind: 'link' | 'public', env = 'sandbox'): string {
  return `${kind}-${env}-${g.fake.uuid()}`;
}

export function yodleeSecret(g: Gen): string {
  return g.fake.alnum(32);
}
/** MX: client id (UUID) and API key (40 hex). */
export function mxApiKey(g: Gen): string {
  return g.fake.hex(40);
}
/** Finicity: app key (32 hex) and partner secret (20 base62). */
export function finicityAppKey(g: Gen): string {
  return g.fake.hex(32);
}
export function finicitySecret(g: Gen): string {
  return g.fake.alnum(20);
}
/** TrueLayer client secret (UUID) and client id (`<name>-<hex>`). */
export function trueLayerSecret(g: Gen): string {
  return g.fake.uuid();
}
export function tinkSecret(g: Gen): string {
  return g.fake.hex(32);
}
/** GoCardless Bank Account Data: secret_id (UUID) and secret_key (128 hex). */
export function gclSecretKey(g: Gen): string {
  return g.fake.hex(128);
}
export function saltEdgeSecret(g: Gen): string {
  return g.fake.base64url(43);
}
/** A Teller access token: `token_` + 26 lower base32. */
export function tellerToken(g: Gen): string {
  return 'to' + 'ken_' + g.fake.from('abcdefghijklmnopqrstuvwxyz234567', 26);
}
/** Column API keys: `live_`/`test_` + 28 base62 (used as the basic-auth password). */
export function columnKey(g: Gen): string {
  return g.pick(['live', 'test']) + '_' + g.fake.alnum(28);
}
/** Unit API token (a long bearer token of the v2.public PASETO shape). */
export function unitToken(g: Gen): string {
  return 'v2.pub' + 'lic.' + g.fake.base64url(g.between(180, 240));
}
export function treasuryPrimeSecret(g: Gen): string {
  return g.fake.alnum(40);
}
export function synctera(g: Gen): string {
  return g.fake.alnum(32);
}
/** Increase: `secret_key_` + base62. */
export function increaseKey(g: Gen): string {
  return 'secret' + '_key_' + g.fake.alnum(32);
}
export function mambuKey(g: Gen): string {
  return g.fake.alnum(32);
}

/** Sumsub app token: `sbx:`/`prd:` + 24 base62 + `.` + 32 base62; secret key 32 base62. */
export function sumsubToken(g: Gen): string {
  return g.pick(['sbx', 'prd']) + ':' + g.fake.alnum(24) + '.' + g.fake.alnum(32);
}
export function sumsubSecret(g: Gen): string {
  return g.fake.alnum(32);
}
/** Onfido API token: `api_live.` / `api_sandbox.` + 11 + `.` + 32 base64url. */
export function onfidoToken(g: Gen): string {
  return 'api_' + g.pick(['live', 'sandbox', 'live_us']) + '.' + g.fake.base64url(11) + '.' + g.fake.base64url(32);
}
export function jumioSecret(g: Gen): string {
  return g.fake.alnum(32);
}
/** Persona API key: `persona_production_`/`persona_sandbox_` + UUID. */
export function personaKey(g: Gen): string {
  return 'persona_' + g.pick(['production', 'sandbox']) + '_' + g.fake.uuid();
}
export function alloySecret(g: Gen): string {
  return g.fake.alnum(32);
}
export function complyKey(g: Gen): string {
  return g.fake.alnum(32);
}
/** Sift REST API key: 16 or 32 hex; SEON license key: UUID. */
export function siftKey(g: Gen): string {
  return g.fake.hex(g.pick([16, 32]));
}

// --- market data, brokers, crypto ------------------------------------------------------------

export function alpacaKeyId(g: Gen): string {
  return g.pick(['PK', 'AK']) + g.fake.upperAlnum(18);
}
export function alpacaSecret(g: Gen): string {
  return g.fake.alnum(40);
}
export function iexKey(g: Gen, kind: 'sk' | 'pk'): string {
  return kind + '_' + g.fake.hex(32);
}
export function polygonKey(g: Gen): string {
  return g.fake.alnum(32);
}
export function alphaVantageKey(g: Gen): string {
  return g.fake.upperAlnum(16);
}
export function finnhubKey(g: Gen): string {
  return g.fake.lowerAlnum(20);
}
export function tiingoKey(g: Gen): string {
  return g.fake.hex(40);
}
export function oandaToken(g: Gen): string {
  return g.fake.hex(32) + '-' + g.fake.hex(32);
}
export function tradierToken(g: Gen): string {
  return g.fake.alnum(28);
}
/** Schwab Trader API: app key (32 base62) and secret (16 base62). */
export function schwabKey(g: Gen): string {
  return g.fake.alnum(32);
}
export function schwabSecret(g: Gen): string {
  return g.fake.alnum(16);
}
/** Refinitiv/LSEG RDP app key: 40 hex. */
export function rdpAppKey(g: Gen): string {
  return g.fake.hex(40);
}

export function binanceKey(g: Gen): string {
  return g.fake.alnum(64);
}
export function krakenKey(g: Gen): string {
  return g.fake.base64(56);
}
export function krakenPrivate(g: Gen): string {
  return g.fake.base64(86) + '==';
}
export function coinbaseKey(g: Gen): string {
  return g.fake.hex(32);
}
export function coinbaseSecret(g: Gen): string {
  return g.fake.base64(86) + '==';
}
export function exchangePassphrase(g: Gen): string {
  return g.chance(0.5)
    ? g.fake.lowerAlnum(11)
    : `${cap(g.pick(FIN_WORDS))}${g.fake.digits(4)}${g.pick(['!', '#', '$'])}`;
}
export function okxSecret(g: Gen): string {
  return g.fake.upperHex(32);
}
export function bitfinexKey(g: Gen): string {
  return g.fake.alnum(43);
}

// --- accounting -------------------------------------------------------------------------------

/** QuickBooks Online OAuth: client id (`AB` + 48 base62, public) and secret (40 base62). */
export function qboClientId(g: Gen): string {
  return 'AB' + g.fake.alnum(48);
}
export function qboSecret(g: Gen): string {
  return g.fake.alnum(40);
}
/** Xero: client id (32 upper hex, public) and secret (48 base64url). */
export function xeroClientId(g: Gen): string {
  return g.fake.upperHex(32);
}
export function xeroSecret(g: Gen): string {
  return g.fake.base64url(48);
}

/** A long random secret (keystore passwords generated by a vault, webhook secrets): 24-40. */
export function longSecret(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(24, 40)) : g.fake.hex(g.pick([32, 40]));
}
