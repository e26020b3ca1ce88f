import type { CategoryTemplates } from '../../draft';
import { govPositives } from './gov';
import { identityPositives } from './identity';
import { lmsPositives } from './lms';
import { govEduNegatives } from './negatives';
import { servicePositives } from './services';
import { sisPositives } from './sis';

/**
 * Credentials in government and education IT: learning platforms (Moodle, Canvas, Blackboard Learn,
 * Brightspace, Sakai, Open edX), LTI 1.1 shared secrets and LTI 1.3 tool keys, student information
 * and ERP systems (PowerSchool, Infinite Campus, Ellucian Banner/Colleague/Ethos, Workday Student,
 * PeopleSoft Campus), rostering (Clever, ClassLink, OneRoster, SFTP drops), campus identity
 * (Shibboleth IdP, SimpleSAMLphp, CAS, eduroam RADIUS), Google Workspace for Education and Microsoft
 * 365 EDU apps, lecture capture (Zoom, Kaltura, Panopto), library systems (Koha, Alma/Primo, EZproxy,
 * OCLC, FOLIO), teaching Jupyter hubs, research administration, government portals and open data
 * (login.gov, ID.me, Socrata, CKAN, ArcGIS, Census, SAM.gov, IRS MeF, state e-filing), public-sector
 * clouds (AWS GovCloud, Azure Government, cloud.gov), records systems (Laserfiche, OnBase), permitting,
 * Ansible and Puppet. Hard negatives are the ids these systems are full of and the references around
 * the secrets. Written blind, before reading how the detector handles these files; corrections after
 * the blind run are in the git history. HPC and lab services are research-computing's, generic
 * Windows administration windows-admin's.
 */
export const govEducation: CategoryTemplates = {
  positives: [...lmsPositives, ...sisPositives, ...identityPositives, ...servicePositives, ...govPositives],
  negatives: govEduNegatives,
};
