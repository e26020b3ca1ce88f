import type { CategoryTemplates } from '../../draft';
import { apiPositives } from './apis';
import { backofficePositives } from './backoffice';
import { fintechNegatives } from './negatives';
import { tradingPositives } from './trading';

/**
 * Credentials in the back-office code of banks, brokers and fintech start-ups: FIX engines
 * (QuickFIX/J and /n session settings, Logon tag 554 in logs and code), SWIFT Alliance and ISO 20022
 * gateways, SFTP batch transfers to banks (NACHA, BAI2, camt/pain) with PGP passphrases, open
 * banking (UK Open Banking, Berlin Group, QWAC/QSealC key passwords), aggregators (Plaid, Yodlee, MX,
 * Finicity, TrueLayer, Tink, GoCardless, Salt Edge, Teller), BaaS (Unit, Treasury Prime, Synctera,
 * Column, Increase), market data and brokers (Bloomberg, Refinitiv, Polygon, Alpha Vantage, IEX,
 * Finnhub, Tiingo, Alpaca, IBKR, OANDA, Schwab, Tradier), crypto exchanges (Binance, Kraken, Coinbase
 * Exchange, OKX, Bitfinex, ccxt), accounting and ERP (QuickBooks, Xero, SAP, Sage Intacct, Dynamics
 * 365), KYC/AML and fraud (Onfido, Jumio, Sumsub, Persona, Alloy, ComplyAdvantage, Sift, SEON), core
 * banking (Temenos T24, Mambu, Thought Machine), reporting databases (Oracle, DB2, Sybase, kdb+),
 * Airflow/dbt, VBA, cron scripts, Ansible vars and runbooks. Card gateways are ecommerce-payments'.
 * Hard negatives are the ids finance code is full of and the references around the secrets. Written
 * blind, before reading how the detector handles these files (issue 11); corrections after the
 * blind run are in the git history.
 */
export const fintechBackoffice: CategoryTemplates = {
  positives: [...backofficePositives, ...apiPositives, ...tradingPositives],
  negatives: fintechNegatives,
};
