import type { CategoryTemplates } from '../../draft';
import { bimPositives } from './bim';
import { fieldServicePositives } from './fieldService';
import { constructionNegatives } from './negatives';
import { siteOpsPositives } from './siteOps';

/**
 * Credentials of construction, BIM and field-service companies as their VDC teams, integrators,
 * dispatchers and site IT write them: Procore, Autodesk Platform Services (Forge, BIM 360, ACC) from
 * Revit, Dynamo and Navisworks add-ins, Bentley iTwin, Trimble Connect, Fieldwire, Raken, PlanGrid,
 * Bluebeam; field-service software (ServiceTitan, Jobber, Housecall Pro, FieldEdge, Salesforce Field
 * Service, ServiceNow FSM, Workiz) and technician tablets and kiosks; fleet telematics (Samsara, Geotab,
 * Verizon Connect, CAT VisionLink / ISO 15143-3 AEMP), jobsite cameras and NVRs, drones (DJI Cloud API,
 * DroneDeploy, Propeller), construction ERP (Sage Intacct, Sage 300 CRE, Viewpoint Vista and Spectrum,
 * Foundation), site Wi-Fi and hand-over documents. Hard negatives are the public ids, URNs, model ids,
 * serials, placeholders and references around them. Written blind, before reading how the detector
 * handles these files (issue 11); corrections after the blind run are in the git history.
 */
export const constructionField: CategoryTemplates = {
  positives: [...bimPositives, ...fieldServicePositives, ...siteOpsPositives],
  negatives: constructionNegatives,
};
