import type { CategoryTemplates } from '../../draft';
import { enterprisePositives } from './enterprise';
import { feedPositives } from './feeds';
import { hrNegatives } from './negatives';
import { saasPositives } from './saas';

/**
 * Credentials in HR, payroll and workforce systems as HRIS engineers, payroll teams and IT write
 * them: Workday (Integration System Users in RaaS calls and WS-Security SOAP, API client secrets and
 * refresh tokens, Studio, MuleSoft and Boomi settings), ADP API Central (client secrets, mTLS keys),
 * SuccessFactors, Oracle HCM, UKG/Kronos, Paylocity, Paycom, Paychex; BambooHR, Gusto, Rippling, Deel,
 * Remote, Personio, HiBob, Namely; applicant tracking (Greenhouse, Lever, Ashby, SmartRecruiters,
 * Workable) and background checks (Checkr, Sterling, HireRight); benefits carriers' 834 SFTP feeds,
 * NACHA bank files, LDAP/AD sync, Okta and SCIM provisioning, DocuSign onboarding, time clocks,
 * Terraform, runbooks and credential sheets. Hard negatives are the HR systems' ids, payroll data
 * that is no credential, references, encrypted values and placeholders. Written blind, before
 * reading how the detector handles these files; corrections after the blind run are in the git
 * history.
 */
export const hrPayroll: CategoryTemplates = {
  positives: [...enterprisePositives, ...saasPositives, ...feedPositives],
  negatives: hrNegatives,
};
