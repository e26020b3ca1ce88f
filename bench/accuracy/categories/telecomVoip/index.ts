import type { CategoryTemplates } from '../../draft';
import { telecomNegatives } from './negatives';
import { networkPositives } from './network';
import { pbxPositives } from './pbx';
import { providerPositives } from './providers';

/**
 * Credentials around telephony and VoIP as PBX admins, carriers' customers and developers write
 * them: Asterisk (sip.conf, pjsip.conf, iax.conf, manager.conf AMI, ari.conf, voicemail PINs, ODBC
 * and CDR databases, AMI/ARI clients), FreeSWITCH (directory users, vars.xml, gateways, event socket
 * and ESL clients), Kamailio/OpenSIPS database URLs, FreePBX; CPaaS APIs and SDKs (Twilio, Telnyx,
 * Vonage/Nexmo, Plivo, Bandwidth, Sinch, MessageBird, Infobip, RingCentral, Zoom Phone, Genesys
 * Cloud, Five9, Avaya, 3CX); SMPP binds, RADIUS shared secrets, coturn and WebRTC TURN credentials,
 * SNMPv3 and v2c, TR-069 ACS and CPE passwords, desk-phone provisioning (Polycom, Yealink,
 * Grandstream, Cisco SPA, Snom), Cisco CUBE/CME, IMS/EPC (Open5GS K/OPc, SIM batches, pyHSS,
 * freeDiameter), SIP user agents (JsSIP, SIP.js, pjsua, baresip, sipp), Homer, compose and .env files,
 * runbooks and chat pastes. Hard negatives are the shipped samples, placeholders and references,
 * and the many telecom ids that are not secrets. Written blind, before reading how the detector
 * handles these files (issue 11); corrections after the blind run are in the git history.
 */
export const telecomVoip: CategoryTemplates = {
  positives: [...pbxPositives, ...providerPositives, ...networkPositives],
  negatives: telecomNegatives,
};
