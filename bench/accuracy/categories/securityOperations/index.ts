import type { CategoryTemplates } from '../../draft';
import { edrPositives } from './edr';
import { intelPositives } from './intel';
import { secopsNegatives } from './negatives';
import { siemPositives } from './siem';

/**
 * Credentials of security operations and IT security tooling as SOC analysts, detection engineers,
 * pentesters and security automation teams write them: SIEM and log pipelines (Splunk HEC and REST,
 * Elastic/OpenSearch, Microsoft Sentinel and Log Analytics, QRadar, Sumo Logic, Graylog, Cribl), EDR and
 * vulnerability scanners (CrowdStrike Falcon, SentinelOne, Tenable, Qualys, Rapid7, Wiz, Lacework),
 * SOAR (XSOAR, Tines, Shuffle), threat intel (VirusTotal, Shodan, AbuseIPDB, GreyNoise, OTX, MISP),
 * identity (Okta, Duo, Entra, CyberArk, Vault), on-call (PagerDuty, Opsgenie), pentest notes and
 * reports, Burp/ZAP, device configs and team sheets. Hard negatives are the IOCs, detection rules,
 * ids, placeholders and references around them. Written blind, before reading how the detector
 * handles these files (issue 11); corrections after the blind run are in the git history.
 */
export const securityOperations: CategoryTemplates = {
  positives: [...siemPositives, ...edrPositives, ...intelPositives],
  negatives: secopsNegatives,
};
