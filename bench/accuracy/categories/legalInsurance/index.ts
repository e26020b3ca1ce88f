import type { CategoryTemplates } from '../../draft';
import { insurancePositives } from './insurance';
import { legalPositives } from './legal';
import { legalInsuranceNegatives } from './negatives';

/**
 * Credentials in the IT of law firms, insurers, brokers and compliance teams: e-signature (DocuSign
 * JWT keys and secret keys, Acrobat Sign, Dropbox Sign, PandaDoc), document management (iManage Work,
 * NetDocuments, SharePoint add-ins, Box JWT configs), practice management (Clio, PracticePanther,
 * MyCase, Actionstep), e-discovery (Relativity, Everlaw, Nuix licence servers), court e-filing
 * (PACER/CM-ECF, Tyler Odyssey EFM), legal research APIs (LexisNexis, Westlaw, CourtListener),
 * insurance core systems (Guidewire, Duck Creek, Applied Epic, Vertafore), rating and data APIs
 * (Verisk, LexisNexis Risk, CCC, Mitchell), KYC/AML (Onfido, Jumio, Trulioo, ComplyAdvantage,
 * Persona), premium payments, SFTP bordereaux feeds, ACORD XML sign-on, AS400 scripts, Windows
 * services. Hard negatives are the many ids that are not secrets (policy, claim, docket and Bates
 * numbers, NAIC codes, envelope ids), OAuth client ids, publishable keys, public keys, references and
 * placeholders. Written blind, before reading how the detector handles these files; corrections after
 * the blind run are in the git history.
 */
export const legalInsurance: CategoryTemplates = {
  positives: [...legalPositives, ...insurancePositives],
  negatives: legalInsuranceNegatives,
};
