import type { CategoryTemplates } from '../../draft';
import { crmPositives } from './crm';
import { givingPositives } from './giving';
import { nonprofitNegatives } from './negatives';
import { officePositives } from './office';

/**
 * Credentials of nonprofits, churches and membership organisations as their staff, volunteers and
 * consultants write them: donor CRMs (Salesforce NPSP, Blackbaud SKY API and Raiser's Edge, Bloomerang,
 * Neon, Kindful, DonorPerfect, Little Green Light, CiviCRM, EveryAction/NGP VAN), donation platforms
 * (Classy, Givebutter, Donorbox, JustGiving, Every.org, PayPal, Stripe, Braintree), email and advocacy
 * (Mailchimp, Constant Contact, Action Network), events (Eventbrite, Tessitura), volunteer tools,
 * church management (Planning Center, Breeze, CCB, Pushpay), WordPress donation plugins, Google
 * Workspace and Microsoft 365 tenants, shared login sheets, NAS, Wi-Fi and board portals. Hard
 * negatives are the public keys, ids, placeholders and references around them. Written blind, before
 * reading how the detector handles these files (issue 11); corrections after the blind run are in the
 * git history.
 */
export const nonprofitFundraising: CategoryTemplates = {
  positives: [...crmPositives, ...givingPositives, ...officePositives],
  negatives: nonprofitNegatives,
};
