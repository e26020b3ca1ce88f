import type { Gen } from '../../gen';

/**
 * Values the telecom-voip templates share, in the shapes the PBXes, carriers and CPaaS providers
 * document: SIP and AMI secrets as PBX admins pick them, Twilio auth tokens (32 hex) and API key
 * secrets (32 base62) next to their public `AC`/`SK` ids, Telnyx v2 API keys (`KEY` + hex + `_` +
 * base62), Vonage key/secret pairs, Plivo auth ids and tokens, Sinch, Infobip (`hex-uuid`),
 * MessageBird, RingCentral, Zoom and Genesys client secrets, SMPP passwords (at most 8 characters in
 * SMPP 3.4), RADIUS shared secrets, coturn static-auth secrets, SNMPv3 pass phrases, SIM Ki/OPc
 * (128-bit hex); and the ids that are not secrets (extensions, IMSIs, ICCIDs, MAC addresses,
 * Call-IDs, SIDs). Everything is generated at run time from the seeded FakeTokens (prefixes
 * concatenated with the random part): nothing committed here is a live credential.
 */

const TEL_WORDS = ['voip', 'pbx', 'trunk', 'dialtone', 'ringer', 'handset', 'carrier', 'sipline', 'callme', 'hotline'];
const NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'];

/** A SIP/IAX/AMI secret as admins pick them: a phone word and digits, random, or a generated one. */
export function sipSecret(g: Gen): string {
  switch (g.fake.int(5)) {
    case 0:
      return `${g.pick(TEL_WORDS)}${g.fake.digits(g.between(3, 5))}`;
    case 1:
      return `${cap(g.pick(TEL_WORDS))}${g.pick(['!', '#', '_', '@', '.'])}${g.fake.digits(g.between(2, 4))}`;
    case 2:
      return g.fake.alnum(g.between(12, 20));
    case 3:
      return g.fake.hex(g.pick([16, 24, 32]));
    default:
      return g.plainPassword();
  }
}

/** A secret with no characters that need escaping in XML, URLs, shells or INI values. */
export function plain(g: Gen): string {
  for (;;) {
    const s = sipSecret(g);
    if (/^[A-Za-z0-9_.!-]+$/.test(s)) return s;
  }
}

/** A long random shared secret (coturn, RADIUS, ARI, webhooks): 24-48 characters. */
export function longSecret(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(24, 40)) : g.fake.hex(g.pick([32, 40, 48]));
}

/** An SMPP bind password: at most 8 characters in SMPP 3.4. */
export function smppPass(g: Gen): string {
  switch (g.fake.int(3)) {
    case 0:
      return g.fake.alnum(8);
    case 1:
      return `${g.pick(['sms', 'smpp', 'bulk', 'otp'])}${g.fake.digits(4)}`;
    default:
      return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789', g.between(6, 8));
  }
}

/** An SMPP system_id (the bind user name, public enough). */
export function systemId(g: Gen): string {
  return g.pick(['acme_otp', 'smppclient1', 'bulk01', 'notify', 'esme_prod', 'alerts']);
}

/** A RADIUS shared secret as network admins type them. */
export function radiusSecret(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(16, 32)) : `${cap(g.pick(TEL_WORDS))}Radius${g.fake.digits(4)}`;
}

/** An SNMPv3 auth or priv pass phrase (at least 8 characters). */
export function snmpPhrase(g: Gen): string {
  return g.chance(0.5)
    ? g.fake.alnum(g.between(12, 20))
    : `${cap(g.pick(TEL_WORDS))}Snmp${g.fake.digits(3)}${g.pick(['!', '#', '$'])}`;
}

/** A voicemail or phone admin PIN longer than the default. */
export function pin(g: Gen): string {
  return g.fake.digits(g.between(6, 8)).replace(/^0/, '7');
}

/** An extension number (public). */
export function ext(g: Gen): string {
  return String(g.between(100, 9999));
}

export function name(g: Gen): string {
  return g.pick(NAMES);
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

export function pbxHost(g: Gen): string {
  return g.pick([
    `pbx.${g.pick(['acme-tel.net', 'corp.local', 'voice.contoso.com', 'hosted-voip.eu'])}`,
    `sbc${g.between(1, 3)}.${g.pick(['acme-tel.net', 'carrier.io'])}`,
    `10.${g.between(0, 50)}.${g.between(0, 254)}.${g.between(2, 250)}`,
    `asterisk-${g.pick(['01', '02', 'prod'])}.voice.internal`,
  ]);
}

export function trunkHost(g: Gen): string {
  return g.pick([
    'sip.flowroute.com',
    'chicago.voip.ms',
    'sip.telnyx.com',
    'sip.zadarma.com',
    'gw1.sipgate.de',
    'sip.callcentric.net',
    'trunk.bandwidth.com',
    'voip.ovh.net',
  ]);
}

/** A trunk account name as carriers issue them (digits or a short name; not secret). */
export function trunkUser(g: Gen): string {
  return g.chance(0.5) ? g.fake.digits(g.between(6, 9)).replace(/^0/, '4') : `${g.pick(NAMES)}_${g.fake.digits(3)}`;
}

export function dbUser(g: Gen): string {
  return g.pick(['asterisk', 'asteriskuser', 'kamailio', 'opensips', 'freeswitch', 'cdr', 'homer', 'a2billing']);
}

export function dbHost(g: Gen): string {
  return g.pick(['localhost', '127.0.0.1', 'db', 'mariadb', `db.${g.pick(['voice.internal', 'corp.local'])}`]);
}

// --- providers -------------------------------------------------------------------------------

/** A Twilio Account SID (public id): `AC` + 32 hex. */
export function twilioSid(g: Gen): string {
  return 'A' + 'C' + g.fake.hex(32);
}
/** A Twilio auth token: 32 hex. */
export function twilioToken(g: Gen): string {
  return g.fake.hex(32);
}
/** A Twilio API key SID (public half): `SK` + 32 hex. */
export function twilioKeySid(g: Gen): string {
  return 'S' + 'K' + g.fake.hex(32);
}
/** A Twilio API key secret: 32 base62. */
export function twilioKeySecret(g: Gen): string {
  return g.fake.alnum(32);
}
/** A Twilio SIP credential-list password (Twilio requires 12+ with upper, lower, digit). */
export function twilioSipPass(g: Gen): string {
  return `${cap(g.pick(TEL_WORDS))}${g.fake.alnum(6)}${g.fake.digits(3)}`;
}

/** A Telnyx v2 API key: `KEY` + 32 upper hex + `_` + 22 base62. */
export function telnyxKey(g: Gen): string {
  return 'KE' + 'Y' + g.fake.upperHex(32) + '_' + g.fake.alnum(22);
}
/** A Telnyx public key for webhook signatures (public, base64 of 32 bytes). */
export function telnyxPublicKey(g: Gen): string {
  return g.fake.base64(43) + '=';
}

/** Vonage (Nexmo): an 8-character api key (the id half) and a 16-character api secret. */
export function vonageKey(g: Gen): string {
  return g.fake.from('0123456789abcdef', 8);
}
export function vonageSecret(g: Gen): string {
  return g.fake.alnum(16);
}

/** Plivo: auth id (`MA`/`SA` + 18 upper alphanumerics, public) and a 40-character auth token. */
export function plivoId(g: Gen): string {
  return g.pick(['M', 'S']) + 'A' + g.fake.upperAlnum(18);
}
export function plivoToken(g: Gen): string {
  return g.fake.alnum(40);
}

/** Sinch: key id (UUID, public) and key secret; SMS service plan id (32 hex) and API token (32 hex). */
export function sinchKeySecret(g: Gen): string {
  return g.fake.base64url(g.between(28, 34)).replace(/[-_]/g, 'x');
}
export function sinchPlanId(g: Gen): string {
  return g.fake.hex(32);
}
export function sinchToken(g: Gen): string {
  return g.fake.hex(32);
}

/** An Infobip API key: 32 hex, a dash, a UUID. */
export function infobipKey(g: Gen): string {
  return g.fake.hex(32) + '-' + g.fake.uuid();
}

/** A MessageBird (Bird) access key: 25 base62. */
export function messageBirdKey(g: Gen): string {
  return g.fake.alnum(25);
}

/** RingCentral: client id and secret (22 base62 each), a JWT credential. */
export function rcClientId(g: Gen): string {
  return g.fake.alnum(22);
}
export function rcClientSecret(g: Gen): string {
  return g.fake.alnum(g.between(22, 44));
}
export function rcJwt(g: Gen): string {
  return g.fake.jwt({
    aud: 'https://platform.ringcentral.com/restapi/oauth/token',
    iss: 'https://platform.ringcentral.com',
  });
}

/** Zoom server-to-server OAuth: account id and client id (22 base62, public), client secret (32). */
export function zoomId(g: Gen): string {
  return g.fake.alnum(22);
}
export function zoomSecret(g: Gen): string {
  return g.fake.alnum(32);
}

/** Genesys Cloud OAuth client: UUID id, 43-character base64url secret. */
export function genesysSecret(g: Gen): string {
  return g.fake.base64url(43);
}

/** Bandwidth: numeric account id (public), API user and password. */
export function bandwidthAccount(g: Gen): string {
  return g.fake.digits(7).replace(/^0/, '5');
}

/** A 3CX API client secret (32 base62). */
export function threeCxSecret(g: Gen): string {
  return g.fake.alnum(32);
}

/** SIM authentication key Ki and operator key OPc: 128-bit, 32 hex each. */
export function simKey(g: Gen): string {
  return g.fake.upperHex(32);
}

/** An IMSI (public identifier): test PLMN 001/01 or 999/70 plus MSIN. */
export function imsi(g: Gen): string {
  return g.pick(['00101', '99970', '31026']) + g.fake.digits(10);
}

export function iccid(g: Gen): string {
  return '8988' + g.fake.digits(15);
}

export function mac(g: Gen): string {
  return g.pick(['0004f2', '805ec0', '000b82', '001565', '001565']) + g.fake.hex(6);
}

export function macColons(g: Gen): string {
  return mac(g).toUpperCase().match(/../g)!.join(':');
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

export function e164(g: Gen): string {
  return '+' + g.pick(['1415', '1646', '4420', '4930', '3314']) + g.fake.digits(7);
}

export function callId(g: Gen): string {
  return `${g.fake.hex(8)}-${g.fake.hex(4)}@${g.between(10, 192)}.${g.between(0, 254)}.${g.between(0, 254)}.${g.between(2, 250)}`;
}
