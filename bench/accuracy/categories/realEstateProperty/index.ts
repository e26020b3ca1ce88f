import type { CategoryTemplates } from '../../draft';
import { buildingPositives } from './buildings';
import { listingPositives } from './listings';
import { realEstateNegatives } from './negatives';
import { pmsPositives } from './pms';

/**
 * Credentials of brokerages, property managers and landlords as their developers, IT contractors,
 * agents and office staff write them: property-management systems (Yardi Voyager interfaces,
 * AppFolio, Buildium, RealPage, Entrata, Rent Manager, MRI), MLS feeds (RETS, RESO Web API through
 * Bridge, Trestle, Spark and MLS Grid), IDX plugins, Zillow and Realtor.com syndication, CRMs (Follow
 * Up Boss, kvCORE, Lofty), smart locks and access control (Latch, RemoteLock, Schlage/Allegion,
 * igloohome, Brivo, Openpath), building management (Niagara, BACnet, Metasys), Matterport, DocuSign
 * and dotloop, rent payments (Stripe, Plaid, Dwolla), tenant screening (SmartMove), HOA portals,
 * leasing chatbots, Twilio, agent login sheets and onboarding notes. Hard negatives are the public
 * keys, ids, placeholders and references around them. Written blind, before reading how the detector
 * handles these files (issue 11); corrections after the blind run are in the git history.
 */
export const realEstateProperty: CategoryTemplates = {
  positives: [...pmsPositives, ...listingPositives, ...buildingPositives],
  negatives: realEstateNegatives,
};
