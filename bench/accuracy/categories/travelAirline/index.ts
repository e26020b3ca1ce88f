import type { CategoryTemplates } from '../../draft';
import { gdsPositives } from './gds';
import { travelNegatives } from './negatives';
import { opsPositives } from './ops';
import { staysPositives } from './stays';

/**
 * Credentials of travel and airline IT: GDSes (Amadeus Self-Service and Enterprise web services, Sabre
 * Dev Studio and SOAP sessions, Travelport Universal API, Galileo and Worldspan), NDC aggregators
 * (Duffel, Verteil, airline NDC APIs), hotel and travel APIs (Hotelbeds, Expedia Rapid, Booking.com
 * connectivity, TravelgateX, Skyscanner, Kiwi Tequila), rail, bus and transit (Trainline, FlixBus,
 * GTFS-realtime keys), car rental (Avis, Hertz OTA), corporate travel (SAP Concur, Navan), loyalty and
 * payments (Adyen, virtual cards), airline and airport operations (SITA, Type B/MATIP, EDIFACT PNRGOV,
 * ACARS gateways, crew scheduling, baggage, kiosks, ramp Wi-Fi), SFTP fare and PNR drops, runbooks and
 * chat pastes. Hard negatives are references, placeholders, vendor stand-ins, public ids, one-time
 * signatures and the many ids of the trade. Written blind, before reading how the detector handles
 * these files; corrections after the blind run are in the git history.
 */
export const travelAirline: CategoryTemplates = {
  positives: [...gdsPositives, ...staysPositives, ...opsPositives],
  negatives: travelNegatives,
};
