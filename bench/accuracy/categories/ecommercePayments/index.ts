import type { CategoryTemplates } from '../../draft';
import { connectorPositives } from './connectors';
import { gatewayPositives } from './gateways';
import { ecommerceNegatives } from './negatives';
import { platformPositives } from './platforms';

/**
 * Credentials of online shops and the payment gateways and connectors around them, as shop owners,
 * agencies and AI assistants write them: WooCommerce, Magento 2, Shopify apps, PrestaShop,
 * Shopware, OpenCart, BigCommerce, Salesforce Commerce Cloud, commercetools, Medusa, Saleor and
 * Sylius; Stripe, PayPal (REST and NVP), Braintree, Adyen, Authorize.Net, Klarna, Mollie, Square,
 * Razorpay, PayU, Worldpay, Checkout.com, 2Checkout, Paddle, Amazon Pay and Apple Pay; shipping,
 * tax, search, marketing and ERP connectors, feeds and cron jobs, hand-over notes. Hard negatives
 * are the keys providers document as public, shipped samples, references, placeholders and the
 * many order, payment and product ids. Written blind, before reading how the detector handles
 * these files (issue 11); corrections after the blind run are in the git history.
 */
export const ecommercePayments: CategoryTemplates = {
  positives: [...platformPositives, ...gatewayPositives, ...connectorPositives],
  negatives: ecommerceNegatives,
};
