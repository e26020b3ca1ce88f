import type { CategoryTemplates } from '../../draft';
import { dotnetPositives } from './dotnet';
import { hostPositives } from './hosts';
import { javaPositives } from './java';
import { middlewarePositives } from './middleware';
import { multiPositives } from './multi';
import { enterpriseNegatives } from './negatives';

/**
 * Credentials in the configs and code of older enterprise stacks: Java EE / Jakarta servers
 * (WebLogic, JBoss/WildFly, Tomcat, GlassFish/Payara, WebSphere), Spring XML, Hibernate and log4j,
 * .NET Framework (web.config, machineKey, SSIS, Settings, WCF, ADO.NET code, classic ASP, VB6), ERP
 * and middleware (SAP JCo and HANA, Oracle tools, Informatica, ODI, IBM MQ, TIBCO, BizTalk,
 * PeopleSoft, Siebel), mainframe and midrange (JCL, REXX, CL, AS/400), Lotus Notes, Delphi, Perl CGI
 * and ColdFusion. Hard negatives are the same files done right (placeholders, vault and env
 * references, masked or empty values, integrated auth) and the ids these stacks are full of. Written
 * blind, before reading how the detector handles these shapes (issue 11); corrections after the
 * blind run are in the git history.
 */
export const legacyEnterprise: CategoryTemplates = {
  positives: [...javaPositives, ...dotnetPositives, ...middlewarePositives, ...hostPositives, ...multiPositives],
  negatives: enterpriseNegatives,
};
