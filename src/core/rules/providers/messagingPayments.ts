import type { Rule } from '../types';
import { ablyRules } from './ably';
import { adyenRules } from './adyen';
import { commerceGatewayRules } from './commerceGateways';
import { algoliaRules } from './algolia';
import { braintreeRules } from './braintree';
import { brevoRules } from './brevo';
import { coinbaseRules } from './coinbase';
import { discordRules } from './discord';
import { dropboxRules } from './dropbox';
import { easypostRules } from './easypost';
import { eventbriteRules } from './eventbrite';
import { facebookRules } from './facebook';
import { flutterwaveRules } from './flutterwave';
import { intercomRules } from './intercom';
import { linkedinRules } from './linkedin';
import { lobRules } from './lob';
import { mailchimpRules } from './mailchimp';
import { mailgunRules } from './mailgun';
import { mapboxRules } from './mapbox';
import { messagebirdRules } from './messagebird';
import { microsoftTeamsRules } from './microsoftTeams';
import { paypalRules } from './paypal';
import { paystackRules } from './paystack';
import { plaidRules } from './plaid';
import { postmarkRules } from './postmark';
import { pusherRules } from './pusher';
import { razorpayRules } from './razorpay';
import { resendRules } from './resend';
import { sendgridRules } from './sendgrid';
import { shippoRules } from './shippo';
import { shopifyRules } from './shopify';
import { slackRules } from './slack';
import { sparkpostRules } from './sparkpost';
import { squareRules } from './square';
import { stripeRules } from './stripe';
import { telegramRules } from './telegram';
import { twilioRules } from './twilio';
import { twitchRules } from './twitch';
import { twitterRules } from './twitter';
import { typeformRules } from './typeform';
import { vonageRules } from './vonage';
import { zendeskRules } from './zendesk';

/**
 * Catalogue section; see ../index.ts for ordering. Messaging and chat first, then email, SMS and
 * realtime, payments, commerce and social/SaaS APIs. Within a provider, prefixed formats come before
 * the name-and-assignment rules for formats without a prefix.
 */
export const messagingPaymentsRules: readonly Rule[] = [
  // Chat and messaging
  ...slackRules,
  ...discordRules,
  ...microsoftTeamsRules,
  ...telegramRules,
  // Email
  ...sendgridRules,
  ...mailgunRules,
  ...mailchimpRules,
  ...brevoRules,
  ...resendRules,
  ...postmarkRules,
  ...sparkpostRules,
  // SMS, voice and realtime
  ...twilioRules,
  ...vonageRules,
  ...messagebirdRules,
  ...pusherRules,
  ...ablyRules,
  // Payments
  ...stripeRules,
  ...paystackRules,
  ...squareRules,
  ...braintreeRules,
  ...paypalRules,
  ...adyenRules,
  ...commerceGatewayRules,
  ...plaidRules,
  ...flutterwaveRules,
  ...razorpayRules,
  ...coinbaseRules,
  // Commerce and shipping
  ...shopifyRules,
  ...shippoRules,
  ...easypostRules,
  ...lobRules,
  // Social and SaaS APIs
  ...facebookRules,
  ...twitterRules,
  ...linkedinRules,
  ...twitchRules,
  ...mapboxRules,
  ...dropboxRules,
  ...typeformRules,
  ...eventbriteRules,
  ...zendeskRules,
  ...intercomRules,
  ...algoliaRules,
];
