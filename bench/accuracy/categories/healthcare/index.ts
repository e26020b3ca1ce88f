import type { CategoryTemplates } from '../../draft';
import { apiPositives } from './apis';
import { healthNegatives } from './negatives';
import { systemPositives } from './systems';

/**
 * Credentials in the software of hospitals, clinics, labs and health-tech startups: HL7 v2 interface
 * engines (Mirth/NextGen Connect channel exports, configuration maps and mirth.properties, Iguana,
 * Rhapsody), MLLP TLS keystores, FHIR servers and clients (HAPI FHIR, Azure Health Data Services,
 * Google Cloud Healthcare, AWS HealthLake, SMART on FHIR confidential clients and backend-service
 * keys), EHR vendor APIs (Epic, Oracle Health, athenahealth, Allscripts, eClinicalWorks, Canvas,
 * Healthie, Elation, Medplum), PACS (Orthanc, dcm4chee, OHIF), OpenMRS, OpenEMR, GNU Health, Bahmni,
 * DHIS2, REDCap, LIS middleware, e-prescribing, telehealth, clearinghouses and X12 SFTP, health-data
 * APIs and wearables, HIPAA audit shipping, runbooks. Hard negatives are the many clinical ids that
 * are not secrets (MRNs, NPIs, OIDs, DICOM UIDs, FHIR ids, codes, HL7 control ids), public keys and
 * documents, references, placeholders and shipped samples. Written blind, before reading how the
 * detector handles these files; corrections after the blind run are in the git history.
 */
export const healthcare: CategoryTemplates = {
  positives: [...systemPositives, ...apiPositives],
  negatives: healthNegatives,
};
