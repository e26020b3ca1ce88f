import type { Gen } from '../../gen';

/**
 * Values the ecommerce-payments templates share, in the shapes the shop platforms, payment gateways
 * and commerce connectors document them: WooCommerce `ck_`/`cs_` pairs, Shopify `shpat_`/`shpss_`
 * tokens and app secrets, Magento crypt keys and integration tokens, PrestaShop webservice keys,
 * Stripe secret/restricted/webhook keys, PayPal REST secrets and NVP signatures, Braintree private
 * keys, Adyen API/HMAC keys, Authorize.Net transaction keys, Mollie, Square, Razorpay, Worldpay,
 * Checkout.com, Paddle, shipping/tax/search/marketing keys; and the ids that are not secrets
 * (publishable keys, client ids, order and payment ids, SKUs). Everything is generated at run time
 * from the seeded FakeTokens, prefixes concatenated with the random part: nothing committed here is
 * a live credential.
 */

const SHOPS = [
  'northwind-outfitters',
  'maple-and-co',
  'urban-kicks',
  'greenleaf-tea',
  'pixel-print-shop',
  'bellavista',
];
const WORDS = ['Shop', 'Store', 'Cart', 'Checkout', 'Magento', 'Woo', 'Presta', 'Orders', 'Retail'];

/** A database, SFTP or admin password as shop owners and agencies pick them. */
export function pass(g: Gen): string {
  switch (g.fake.int(5)) {
    case 0:
      return `${g.pick(WORDS)}${g.between(2015, 2026)}${g.pick(['!', '#', '$', '@'])}`;
    case 1:
      return g.fake.alnum(g.between(14, 24));
    case 2:
      return g.password();
    case 3:
      return `${g.pick(WORDS).toLowerCase()}_${g.fake.lowerAlnum(8)}`;
    default:
      return g.plainPassword();
  }
}

/** A password that needs no escaping in shells, URLs, PHP or XML. */
export function plain(g: Gen): string {
  for (;;) {
    const p = pass(g);
    if (/^[A-Za-z0-9_.!*-]+$/.test(p)) return p;
  }
}

export function shop(g: Gen): string {
  return g.pick(SHOPS);
}

export function shopDomain(g: Gen): string {
  return `${shop(g)}.${g.pick(['com', 'co.uk', 'de', 'shop', 'store'])}`;
}

export function dbHost(g: Gen): string {
  return g.pick([
    'localhost',
    '127.0.0.1',
    'db',
    'mysql',
    `shop-db.${g.pick(['internal', 'eu-west-1.rds.amazonaws.com'])}`,
  ]);
}

export function dbUser(g: Gen): string {
  return g.pick(['magento', 'wp_shop', 'prestashop', 'shopware', 'oc_user', 'woo', 'store_rw']);
}

/** WooCommerce REST API keys: `ck_`/`cs_` + 40 hex. The consumer key is the pair's id half. */
export function wooCk(g: Gen): string {
  return 'c' + 'k_' + g.fake.hex(40);
}
export function wooCs(g: Gen): string {
  return 'c' + 's_' + g.fake.hex(40);
}

/** wp-config.php keys and salts: 64 printable characters from WordPress's generator. */
export function wpSalt(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64);
}

/** Shopify: admin API access token, app shared secret, custom-app and legacy private-app tokens. */
export function shpat(g: Gen): string {
  return 'shp' + 'at_' + g.fake.hex(32);
}
export function shpss(g: Gen): string {
  return 'shp' + 'ss_' + g.fake.hex(32);
}
export function shpca(g: Gen): string {
  return 'shp' + 'ca_' + g.fake.hex(32);
}
export function shppa(g: Gen): string {
  return 'shp' + 'pa_' + g.fake.hex(32);
}
/** A Shopify app's API key (client id, public) and API secret key as older apps show them (32 hex). */
export function hex32(g: Gen): string {
  return g.fake.hex(32);
}

/** Magento 2 crypt key (32 hex, or `base64` + 44 in 2.4.7+) and integration tokens (32 lower alnum). */
export function magentoCrypt(g: Gen): string {
  return g.chance(0.7) ? g.fake.hex(32) : 'base64' + g.fake.base64(43) + '=';
}
export function magentoToken(g: Gen): string {
  return g.fake.lowerAlnum(32);
}

/** PrestaShop webservice key (32 upper alnum), cookie key (56 alnum), cookie iv (8 alnum). */
export function prestaWsKey(g: Gen): string {
  return g.fake.upperAlnum(32);
}
export function prestaCookieKey(g: Gen): string {
  return g.fake.alnum(56);
}
/** A defuse/php-encryption key as PrestaShop 1.7 writes `new_cookie_key`. */
export function defuseKey(g: Gen): string {
  return 'def' + '00000' + g.fake.hex(128);
}

/** Shopware: APP_SECRET (64+ hex), Admin API integration (SWIA id + secret), sales-channel key (public). */
export function appSecret(g: Gen): string {
  return g.fake.hex(g.pick([64, 96]));
}
export function shopwareIntegrationId(g: Gen): string {
  return 'SWI' + 'A' + g.fake.upperAlnum(22);
}
export function shopwareSecret(g: Gen): string {
  return g.fake.alnum(54);
}
export function shopwareSalesChannelKey(g: Gen): string {
  return 'SWS' + 'C' + g.fake.upperAlnum(22);
}

/** BigCommerce API account: X-Auth-Token (31 lower alnum), client id (31), client secret (64 hex). */
export function bigcommerceToken(g: Gen): string {
  return g.fake.lowerAlnum(31);
}
export function bigcommerceSecret(g: Gen): string {
  return g.fake.hex(64);
}

/** commercetools API client: 24-character client id and 32-character secret. */
export function ctpId(g: Gen): string {
  return g.fake.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 24);
}
export function ctpSecret(g: Gen): string {
  return g.fake.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 32);
}

/** Stripe keys: secret, restricted, webhook signing secret; publishable (public). */
export function stripeSecret(g: Gen, mode: 'live' | 'test' = g.pick(['live', 'test'])): string {
  return 's' + 'k_' + mode + '_' + g.fake.alnum(g.pick([24, 99]));
}
export function stripeRestricted(g: Gen): string {
  return 'r' + 'k_' + g.pick(['live', 'test']) + '_' + g.fake.alnum(99);
}
export function stripeWebhook(g: Gen): string {
  return 'wh' + 'sec_' + g.fake.alnum(32);
}
export function stripePublishable(g: Gen): string {
  return 'p' + 'k_' + g.pick(['live', 'test']) + '_' + g.fake.alnum(g.pick([24, 99]));
}

/** PayPal REST: client id (public, 80 base64url, starts A) and secret (80, starts E). */
export function paypalClientId(g: Gen): string {
  return 'A' + g.fake.base64url(79);
}
export function paypalSecret(g: Gen): string {
  return 'E' + g.fake.base64url(79);
}
/** PayPal NVP/SOAP: API password (16 upper alnum) and signature (56 characters). */
export function paypalNvpPassword(g: Gen): string {
  return g.fake.upperAlnum(16);
}
export function paypalSignature(g: Gen): string {
  return 'A' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-', 55);
}

/** Braintree: merchant id and public key (16 lower alnum, ids) and private key (32 hex). */
export function braintreeId(g: Gen): string {
  return g.fake.lowerAlnum(16);
}
export function braintreePrivate(g: Gen): string {
  return g.fake.hex(32);
}

/** Adyen: API key (`AQE` + long base64-ish), HMAC key (64 upper hex), client key (public). */
export function adyenApiKey(g: Gen): string {
  return (
    'AQE' +
    g.fake.alnum(g.between(30, 40)) +
    '+' +
    g.fake.alnum(20) +
    '/' +
    g.fake.alnum(20) +
    '=-' +
    g.fake.base64(43) +
    '=-' +
    g.fake.alnum(16)
  );
}
export function adyenHmac(g: Gen): string {
  return g.fake.upperHex(64);
}
export function adyenClientKey(g: Gen): string {
  return g.pick(['test', 'live']) + '_' + g.fake.upperAlnum(32);
}

/** Authorize.Net: API login id (8-10 alnum, id half) and transaction key (16 alnum). */
export function anetLogin(g: Gen): string {
  return g.fake.alnum(g.between(8, 10));
}
export function anetTransactionKey(g: Gen): string {
  return g.fake.alnum(16);
}
/** Authorize.Net signature key (128 upper hex). */
export function anetSignatureKey(g: Gen): string {
  return g.fake.upperHex(128);
}

/** Klarna API credentials: username (`K` + digits + `_` + hex, id) and password (shared secret). */
export function klarnaUser(g: Gen): string {
  return g.pick(['K', 'PK']) + g.fake.digits(6) + '_' + g.fake.hex(12);
}
export function klarnaPassword(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(16) : 'klarna_' + g.pick(['live', 'test']) + '_api_' + g.fake.base64url(64);
}

/** Mollie API key: `live_`/`test_` + 30 alnum; organisation access token `access_` + 40. */
export function mollieKey(g: Gen): string {
  return g.pick(['live', 'test']) + '_' + g.fake.alnum(30);
}
export function mollieAccess(g: Gen): string {
  return 'acc' + 'ess_' + g.fake.alnum(40);
}

/** Square: access token (EAAA + 60), application id (public) and secret (`sq0csp-` + 43). */
export function squareToken(g: Gen): string {
  return 'EAA' + 'A' + g.fake.base64url(60);
}
export function squareAppId(g: Gen): string {
  return g.pick(['sq0idp-', 'sandbox-sq0idb-']) + g.fake.base64url(22);
}
export function squareSecret(g: Gen): string {
  return 'sq0' + 'csp-' + g.fake.base64url(43);
}

/** Razorpay: key id (`rzp_live_` + 14, shown to the checkout) and key secret (24 alnum). */
export function razorpayId(g: Gen): string {
  return 'rz' + 'p_' + g.pick(['live', 'test']) + '_' + g.fake.alnum(14);
}
export function razorpaySecret(g: Gen): string {
  return g.fake.alnum(24);
}

/** PayU India merchant key (public-ish id) and salt (32 alnum); PayU Poland second key (32 hex). */
export function payuKey(g: Gen): string {
  return g.fake.alnum(g.pick([6, 7]));
}
export function payuSalt(g: Gen): string {
  return g.fake.alnum(32);
}

/** Worldpay: service key (`T_S_`/`L_S_` + uuid, secret), client key (`T_C_`/`L_C_`, public). */
export function worldpayService(g: Gen): string {
  return g.pick(['T', 'L']) + '_S_' + g.fake.uuid();
}
export function worldpayClient(g: Gen): string {
  return g.pick(['T', 'L']) + '_C_' + g.fake.uuid();
}
/** Worldpay Access basic-auth password (or XML Direct merchant password). */
export function worldpayPassword(g: Gen): string {
  return g.fake.alnum(g.between(12, 20));
}

/** Checkout.com: secret `sk_sbox_`/`sk_` + 26 lower alnum, public `pk_...`. */
export function ckoSecret(g: Gen): string {
  return g.chance(0.5) ? 's' + 'k_sbox_' + g.fake.lowerAlnum(26) : 's' + 'k_' + g.fake.uuid();
}
export function ckoPublic(g: Gen): string {
  return 'p' + 'k_sbox_' + g.fake.lowerAlnum(26);
}

/** 2Checkout (Verifone): merchant code (digits, id), secret key and INS secret word. */
export function tcoSecret(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789#@$%^&*', 20);
}

/** Paddle Billing API key, notification secret, client-side token (public); classic vendor auth code. */
export function paddleApiKey(g: Gen): string {
  return (
    'pdl_' +
    g.pick(['live', 'sdbx']) +
    '_apikey_' +
    g.fake.lowerAlnum(26) +
    '_' +
    g.fake.alnum(22) +
    '_' +
    g.fake.alnum(3)
  );
}
export function paddleWebhook(g: Gen): string {
  return 'pdl' + '_ntfset_' + g.fake.lowerAlnum(26) + '_' + g.fake.alnum(32);
}
export function paddleClientToken(g: Gen): string {
  return g.pick(['live', 'test']) + '_' + g.fake.hex(27);
}
export function paddleVendorAuth(g: Gen): string {
  return g.fake.hex(50);
}

/** Amazon Pay public key id (id, public) and a private key PEM. */
export function amazonPublicKeyId(g: Gen): string {
  return g.pick(['LIVE-', 'SANDBOX-']) + g.fake.upperAlnum(24);
}
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 10));
}

/** AWS-style MWS keys (legacy Amazon Pay / Seller Central); key ids are base32 (A-Z, 2-7) as AWS issues them. */
export function awsKeyId(g: Gen): string {
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}
export function awsSecret(g: Gen): string {
  return g.fake.base64(40).replace(/\+/g, 'Q');
}

/** ShipStation API key and secret (32 hex each). */
export function shipstationKey(g: Gen): string {
  return g.fake.hex(32);
}

/** EasyPost production/test keys (`EZAK`/`EZTK` + 54 alnum). */
export function easypostKey(g: Gen): string {
  return 'EZ' + g.pick(['AK', 'TK']) + g.fake.alnum(54);
}

/** Shippo `shippo_live_`/`shippo_test_` + 40 hex. */
export function shippoKey(g: Gen): string {
  return 'ship' + 'po_' + g.pick(['live', 'test']) + '_' + g.fake.hex(40);
}

/** Avalara AvaTax account id (10 digits, id) and licence key (16 upper hex). */
export function avalaraAccount(g: Gen): string {
  return '2' + g.fake.digits(9);
}
export function avalaraLicense(g: Gen): string {
  return g.fake.upperHex(16);
}

/** TaxJar API token (32 hex). */
export function taxjarToken(g: Gen): string {
  return g.fake.hex(32);
}

/** Algolia application id (10 upper alnum, public), admin key (32 hex), search-only key (public). */
export function algoliaAppId(g: Gen): string {
  return g.fake.upperAlnum(10);
}

/** Klaviyo private API key (`pk_` + 34 hex) and public site key (6 alnum). */
export function klaviyoPrivate(g: Gen): string {
  return 'p' + 'k_' + g.fake.hex(34);
}
export function klaviyoPublic(g: Gen): string {
  return g.fake.alnum(6);
}

/** Mailchimp API key: 32 hex + `-us` + data centre. */
export function mailchimpKey(g: Gen): string {
  return g.fake.hex(32) + '-us' + g.between(1, 21);
}

/** NetSuite TBA consumer and token keys/secrets (64 hex each). */
export function netsuiteHex(g: Gen): string {
  return g.fake.hex(64);
}
export function netsuiteAccount(g: Gen): string {
  return g.fake.digits(7) + g.pick(['', '_SB1']);
}

/** SFCC WebDAV access key / Account Manager password and API client secret. */
export function sfccAccessKey(g: Gen): string {
  return g.fake.alnum(g.between(40, 64));
}

/** A Facebook catalog system-user token. */
export function metaToken(g: Gen): string {
  return 'EA' + 'AB' + g.fake.alnum(g.between(150, 190));
}

/** A random secret as frameworks generate them (Medusa/Saleor/Sylius/Symfony). */
export function frameworkSecret(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(32, 50)) : g.fake.hex(g.pick([32, 40, 64]));
}

/** A Google service-account key id (40 hex, id) used in Merchant Center feeds. */
export function gsaKeyId(g: Gen): string {
  return g.fake.hex(40);
}

/** Ids that are not secrets: Stripe object ids, order numbers, SKUs, GTINs. */
export function stripeObjectId(g: Gen, prefix: string): string {
  return prefix + '_' + g.pick(['1', '3']) + g.fake.alnum(23);
}
export function orderNo(g: Gen): string {
  return g.pick(['#', 'WC-', '1000', 'ORD-']) + g.fake.digits(g.between(5, 7));
}
export function sku(g: Gen): string {
  return `${g.fake.upper(3)}-${g.fake.digits(4)}-${g.pick(['BLK', 'WHT', 'RED', 'NAV'])}-${g.pick(['S', 'M', 'L', 'XL'])}`;
}
export function gtin(g: Gen): string {
  return '0' + g.fake.digits(12);
}
export function uuid(g: Gen): string {
  return g.fake.uuid();
}
