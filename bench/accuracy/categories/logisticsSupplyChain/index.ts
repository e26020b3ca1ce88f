import type { CategoryTemplates } from '../../draft';
import { carrierPositives } from './carriers';
import { logisticsNegatives } from './negatives';
import { systemPositives } from './systems';

/**
 * Credentials in the software of shippers, carriers, 3PLs and warehouses: carrier and shipping APIs
 * (UPS, FedEx, DHL, USPS, Royal Mail, Canada Post, Australia Post, PostNL, EasyPost, Shippo,
 * ShipStation, ShipEngine, Sendcloud, Packlink, AfterShip, 17TRACK), freight and TMS (project44,
 * FourKites, Descartes, MercuryGate), WMS/ERP connectors (Manhattan, Blue Yonder, SAP RFC users,
 * NetSuite, Odoo, Dynamics 365), EDI (AS2 keystores and keys, OFTP2, VAN mailboxes, X12 partner
 * configs), fleet telematics (Samsara, MyGeotab, Motive, Verizon Connect, Webfleet), customs portals,
 * Zebra printers, SOTI MobiControl and scanner staging profiles, robot fleet managers, route
 * optimisation APIs and marketplaces (Amazon SP-API and MWS, Walmart, eBay, ShipBob, Flexport). Hard
 * negatives are the many shipping ids that are not secrets (tracking numbers, SSCCs, GTINs, GLNs,
 * EPCs, VINs, container numbers, ASINs, object ids), EDI documents, public certificates, OAuth client
 * ids alone, references, placeholders and shipped defaults. Written blind, before reading how the
 * detector handles these files; corrections after the blind run are in the git history.
 */
export const logisticsSupplyChain: CategoryTemplates = {
  positives: [...carrierPositives, ...systemPositives],
  negatives: logisticsNegatives,
};
