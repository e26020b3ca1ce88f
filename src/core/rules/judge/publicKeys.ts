// Identifiers and keys their providers document as public: shipped to browsers and apps, shown in
// client code, useless without the secret half (issue 11). A value in one of these shapes is no
// credential under any name.

/**
 * Razorpay key ids (`rzp_live_`/`rzp_test_` + 14, passed to Checkout in the browser), Stripe and
 * Paystack publishable keys (`pk_live_`/`pk_test_`), Flutterwave public keys (`FLWPUBK`), Midtrans
 * client keys (`Mid-client-`), Toss Payments client keys (`live_ck_`/`test_ck_`), Mercado Pago public
 * keys (`APP_USR-`/`TEST-` + a UUID), WeChat and WeCom app/corp ids (`wx`/`ww` + 16 hex) and Feishu
 * app ids (`cli_` + 16 hex). Mobile SDK keys (mobile-client corpus): RevenueCat public SDK keys
 * (`appl_`/`goog_`/`amzn_` + base62; its secret keys are `sk_`), Intercom's iOS/Android SDK keys
 * (`ios_sdk-`/`android_sdk-` + 40 hex), Branch keys (`key_live_`/`key_test_`; Branch: "designed to
 * be used in client-side code"; its secret is `secret_live_`) and Mapbox public tokens (`pk.` + a
 * base64url JSON header + signature; Mapbox: "can be safely exposed"; secret ones are `sk.`).
 * Checkout keys handed to browser SDKs (ecommerce-payments corpus): Adyen client keys (`test_`/`live_`
 * + 32 upper-case alphanumerics; Adyen: "safe to expose"), Worldpay client keys (`T_C_`/`L_C_` + a
 * UUID; the service keys are `T_S_`/`L_S_`) and Paddle client-side tokens (`live_`/`test_` + 27 hex;
 * Paddle: "safe to use in frontend code"; its API keys are `pdl_`), Shopware sales-channel access
 * keys (`SWSC` + 22; the Store API's `sw-access-key`, sent by every headless storefront).
 * Fintech back office: IEX Cloud publishable tokens (`pk_`/`Tpk_` + 32 hex; IEX: for client-side
 * code, its secret tokens are `sk_`), and Plaid link and public tokens (`link-`/`public-<env>-` + a
 * UUID: handed to the browser's Link flow, expiring within hours; the lasting credential is the
 * `access-` token, which stays a secret).
 */
export const PUBLIC_KEY =
  /^(?:rzp_(?:live|test)_[A-Za-z0-9]{14}|pk_(?:live|test)_[A-Za-z0-9]{20,120}|FLWPUBK(?:_TEST)?-[0-9a-f]{32}-X|(?:SB-)?Mid-client-[\w-]{8,40}|(?:live|test)_ck_[A-Za-z0-9]{16,40}|(?:APP_USR|TEST)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|w[xw][0-9a-f]{16}|cli_[0-9a-f]{16}|(?:appl|goog|amzn)_[A-Za-z0-9]{20,40}|(?:ios|android)_sdk-[0-9a-f]{40}|key_(?:live|test)_[A-Za-z0-9]{32}|pk\.eyJ[A-Za-z0-9_-]{16,400}\.[A-Za-z0-9_-]{16,64}|(?:live|test)_(?:[A-Z0-9]{32}|[0-9a-f]{27})|[TL]_C_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|SWSC[A-Z0-9]{22}|T?pk_[0-9a-f]{32}|(?:link|public)-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Brightcove Playback API policy keys (`BCpk` + base64url): Brightcove serves them to every player
 * ("policy keys are not secret"); its OAuth client secrets are the credentials.
 */
export const BRIGHTCOVE_POLICY_KEY = /^BCpk[A-Za-z0-9_-]{60,240}$/;

/** Whether `value` is a key or id its provider documents as public. */
export function isPublicKey(value: string): boolean {
  return PUBLIC_KEY.test(value) || BRIGHTCOVE_POLICY_KEY.test(value);
}
