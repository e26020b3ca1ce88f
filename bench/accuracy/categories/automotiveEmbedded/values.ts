import type { Gen } from '../../gen';

/**
 * Values the automotive-embedded templates share, in the shapes the tools and providers document:
 * crypt(3) SHA-512 hashes as `mkpasswd -m sha-512` writes them for Yocto's `usermod -p` and
 * Buildroot's root password, Mender tenant tokens (a JWT whose claims name `mender.tenant`), hawkBit
 * target and gateway security tokens (32 alphanumerics, hawkBit's authentication docs), balena API
 * keys, OCPP 1.6 `AuthorizationKey`s (16-20 random bytes, hex-encoded, OCA security whitepaper),
 * OCPI credential tokens, JFrog identity tokens and GitLab runner tokens (`glrt-`), AWS key pairs
 * for Greengrass/FleetWise provisioning, U-Boot autoboot stop strings and their SHA-256, and the ids
 * that are not secrets (VINs, ECU serials, SRCREVs, source checksums, dm-verity root hashes).
 * Everything is generated at run time from the seeded FakeTokens (prefixes concatenated with the
 * random part): nothing committed here is a live credential.
 */

const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CAR_WORDS = ['chassis', 'torque', 'gearbox', 'pistons', 'telematic', 'canbus', 'autobahn', 'dashcam', 'infotain'];
const EMB_WORDS = ['yocto', 'poky', 'kirkstone', 'scarthgap', 'bitbake', 'uboot', 'rootfs', 'imx8', 'rpi4'];

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A device or build password as firmware teams pick them. */
export function devicePass(g: Gen): string {
  switch (g.fake.int(5)) {
    case 0:
      return `${cap(g.pick(EMB_WORDS))}${g.fake.digits(g.between(3, 4))}${g.pick(['!', '#', '@', '%'])}`;
    case 1:
      return `${g.pick(CAR_WORDS)}${g.pick(['_', '-', '.'])}${g.fake.alnum(g.between(5, 8))}`;
    case 2:
      return g.fake.alnum(g.between(14, 22));
    case 3:
      return `${cap(g.pick(CAR_WORDS))}${g.fake.digits(2)}${cap(g.pick(EMB_WORDS))}${g.pick(['!', '?', '#'])}`;
    default:
      return g.plainPassword();
  }
}

/** A password safe inside URLs, shell single quotes, INI, XML and BitBake double quotes. */
export function plain(g: Gen): string {
  for (;;) {
    const p = devicePass(g);
    if (/^[A-Za-z0-9_.!-]+$/.test(p)) return p;
  }
}

/** A long random machine secret (tokens, shared secrets): 24-40 base62 or 32/40 hex. */
export function longSecret(g: Gen): string {
  return g.chance(0.5) ? g.fake.alnum(g.between(24, 40)) : g.fake.hex(g.pick([32, 40]));
}

/** crypt(3) SHA-512 as `mkpasswd -m sha-512` / `openssl passwd -6` print it. */
export function sha512Crypt(g: Gen): string {
  return '$' + '6$' + g.fake.from(CRYPT, 16) + '$' + g.fake.from(CRYPT, 86);
}

/** crypt(3) SHA-256 ($5$), as older Buildroot/Yocto images carry. */
export function sha256Crypt(g: Gen): string {
  return '$' + '5$' + g.fake.from(CRYPT, 16) + '$' + g.fake.from(CRYPT, 43);
}

/** A Mender tenant token: a JWT whose claims carry the organisation id. */
export function menderTenantToken(g: Gen): string {
  return g.fake.jwt({ 'mender.tenant': g.fake.hex(24), iss: 'Mender', sub: g.fake.hex(24) });
}

/** A Mender personal access token (a JWT as the UI issues it). */
export function menderPat(g: Gen): string {
  return g.fake.jwt({
    'mender.tenant': g.fake.hex(24),
    'mender.user': true,
    iss: 'hosted.mender.io',
    jti: g.fake.uuid(),
  });
}

/** A hawkBit target or gateway security token: 32 alphanumerics. */
export function hawkbitToken(g: Gen): string {
  return g.fake.alnum(32);
}

/** A balena API key / session-free token: 32 alphanumerics. */
export function balenaKey(g: Gen): string {
  return g.fake.alnum(32);
}

/** An OCPP 1.6 AuthorizationKey: 16-20 random bytes, hex-encoded (32-40 hex digits). */
export function ocppAuthKey(g: Gen): string {
  return g.fake.upperHex(g.pick([32, 36, 40]));
}

/** An OCPI credentials token (token A/B/C): most platforms issue a UUID or 32+ base62. */
export function ocpiToken(g: Gen): string {
  return g.chance(0.5) ? g.fake.uuid() : g.fake.alnum(g.between(32, 48));
}

/** A JFrog access/identity token as `jf` and Artifactory print it (reference token, 64 base64ish). */
export function jfrogToken(g: Gen): string {
  return 'cmVmdGtu' + 'OjAxOj' + g.fake.alnum(50);
}

/** A legacy Artifactory API key: `AKCp` + 69 base62. */
export function artifactoryApiKey(g: Gen): string {
  return 'AK' + 'Cp' + g.fake.alnum(69);
}

/** A GitLab runner authentication token (`glrt-` + 20 base62). */
export function gitlabRunnerToken(g: Gen): string {
  return 'gl' + 'rt-' + g.fake.alnum(20);
}

/** A GitLab personal/project access token (`glpat-` + 20). */
export function gitlabPat(g: Gen): string {
  return 'gl' + 'pat-' + g.fake.alnum(20);
}

/** AWS access key id (`AKIA` + 16 upper base32) and secret access key (40 base64). */
export function awsKeyId(g: Gen): string {
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}
export function awsSecret(g: Gen): string {
  return g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40);
}

/** A WPA2 passphrase (8-63 characters) or a raw 64-hex PSK. */
export function wifiPsk(g: Gen): string {
  return g.chance(0.7) ? plain(g) : g.fake.hex(64);
}

/** A PEM private key body of 6-10 lines. */
export function pem(g: Gen, label: string): string {
  return g.fake.pem(label, g.between(6, 10));
}

/** An OAuth client secret for vehicle APIs (Smartcar UUID, others base62). */
export function clientSecret(g: Gen): string {
  return g.chance(0.4) ? g.fake.uuid() : g.fake.alnum(g.between(32, 48));
}

/** A UDS security-access AES-128 key (32 hex). */
export function udsKey(g: Gen): string {
  return g.fake.upperHex(32);
}

// --- ids and checksums that are not secrets ------------------------------------------------

/** A VIN (17 characters, no I, O or Q). */
export function vin(g: Gen): string {
  return (
    g.pick(['WVW', 'WBA', '1HG', '5YJ', 'VF1', 'JTD', 'WDD']) + g.fake.from('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 14)
  );
}

export function srcrev(g: Gen): string {
  return g.fake.hex(40);
}

export function sha256(g: Gen): string {
  return g.fake.hex(64);
}

export function uuid(g: Gen): string {
  return g.fake.uuid();
}

export function serial(g: Gen): string {
  return g.pick(['ECU', 'TCU', 'HU', 'GW']) + '-' + g.fake.upperAlnum(10);
}

export function chargePointId(g: Gen): string {
  return g.pick(['CP', 'EVSE', 'ABB', 'ALF', 'WBX']) + '-' + g.fake.digits(6);
}

export function machine(g: Gen): string {
  return g.pick([
    'imx8mp-evk',
    'raspberrypi4-64',
    'qemux86-64',
    'jetson-agx-orin',
    'sama5d27',
    'rcar-h3',
    'beaglebone',
  ]);
}

export function corpHost(g: Gen): string {
  return g.pick([
    'artifactory.autotech.internal',
    'mirror.ecu-platform.corp',
    'sstate.build.vehicle-os.net',
    'git.tier1-supplier.com',
    'downloads.infotainment.local',
    'nexus.fleet-systems.io',
  ]);
}

export function buildUser(g: Gen): string {
  return g.pick(['yocto-ci', 'build-bot', 'bitbake', 'svc_firmware', 'jenkins', 'ecu-release', 'mirror-ro']);
}

export function tenantId(g: Gen): string {
  return g.fake.hex(24);
}
