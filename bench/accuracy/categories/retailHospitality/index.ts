import type { CategoryTemplates } from '../../draft';
import { backofficePositives } from './backoffice';
import { hospitalityPositives } from './hospitality';
import { retailNegatives } from './negatives';
import { posPositives } from './pos';

/**
 * Credentials of point of sale, restaurants and hotels: POS platforms (Square, Toast, Clover,
 * Lightspeed, Revel, Shopify POS, SumUp, Zettle), payment terminals (Adyen Terminal API, Stripe Terminal
 * backends, Verifone, Ingenico, PAX), loyalty and gift cards (Givex, Paytronix, Punchh), kitchen display
 * and online ordering (Olo, Deliverect, Otter, Uber Eats, DoorDash, Grubhub, Just Eat), reservations
 * (OpenTable, Resy, SevenRooms), hotel PMS and channel managers (Oracle OHIP and OPERA interfaces,
 * Mews, Cloudbeds, SiteMinder, Apaleo, Protel), guest Wi-Fi, digital signage, NetSuite and Cin7,
 * receipt printers (Epson ePOS, Star CloudPRNT), door locks (Visionline, Salto), and the store back
 * office (registry exports, INI and .config files, RDP files, scripts, franchise FTP drops, Android POS
 * apps, runbooks, store sheets). Hard negatives are public client-side keys, references, placeholders,
 * masked values and the many ids of the domain. Written blind, before reading how the detector handles
 * these files; corrections after the blind run are in the git history.
 */
export const retailHospitality: CategoryTemplates = {
  positives: [...posPositives, ...hospitalityPositives, ...backofficePositives],
  negatives: retailNegatives,
};
