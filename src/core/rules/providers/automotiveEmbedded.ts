// Credentials of automotive and embedded-Linux product builds (automotive-embedded corpus), where the
// tool's documented form says what the value is:
// - Yocto: extrausers `usermod -p '\$6\$...'` (a crypt hash with BitBake's escaped dollars) and the
//   clear-text `-P` of meta's older extrausers; BitBake fetcher `user=name:password` URL parameters;
// - Buildroot makeusers tables (`name uid group gid =password home shell ...`, `=` marks clear text);
// - U-Boot autoboot stop strings (`CONFIG_AUTOBOOT_STOP_STR`, `_SHA256`, `_CRYPT`, `bootstopkey`,
//   `bootstopkeysha256` in an environment or `fw_setenv`);
// - NXP CST `key_pass.txt` (the PKI passphrase, written twice), PKCS#11 PINs (`pin-value=` of
//   RFC 7512 URIs, `*_PKCS11_PIN` settings), the AOSP release-signing password file
//   (`[[[ password ]]] key/path`, build/make/tools/releasetools);
// - OTA: hawkBit DDI `TargetToken`/`GatewayToken` authorization headers and SWUpdate's suricatta
//   `-k`/`-g` (target/gateway token) flags; Torizon Cloud's `TORIZON_API_SECRET_ID`;
// - EV charging: an OCPP 1.6 `ChangeConfiguration` of `AuthorizationKey` (the charger's basic-auth
//   password, hex-encoded, OCA security whitepaper).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { isQuote, skipBlanks } from '../gateChars';
import { judgedExplicitPassword } from '../judge/judge';
import { contextRule, NAME_TAIL, prefixedRule } from '../ruleKit';
import type { MatchContext, Rule, Verdict } from '../types';
import { isRandomKeyHex } from './keyMaterialChecks';
import { isChosenPin } from './telecomChecks';

const CRYPT_HASH = /^\$(?:1|5|6|y|2[aby])\$[./A-Za-z0-9$]{8,200}$/;
const HEX64 = /^[0-9a-fA-F]{64}$/;

const judgeUserPass = judgedExplicitPassword('password of an extrausers usermod/useradd -P');
const judgeFetchPass = judgedExplicitPassword('password in a BitBake fetcher user= parameter');
const judgeTablePass = judgedExplicitPassword('clear-text password in a Buildroot users table');
const judgeStopStr = judgedExplicitPassword('U-Boot autoboot stop string (the console password)');
const judgeKeyPass = judgedExplicitPassword('NXP CST key_pass.txt passphrase');
const judgePin = judgedExplicitPassword('PKCS#11 token PIN');
const judgeAospPass = judgedExplicitPassword('AOSP release-signing password file entry');

/** Letters and digits both: an issued token, not a word or a number. */
function isMixedToken(value: string): boolean {
  return /[A-Za-z]/.test(value) && /\d/.test(value);
}

/** usermod/useradd with its -p (crypt hash) or -P (clear text, meta's older extrausers) option. */
// Options are words after single spaces (as recipes write them), none of them -p/-P itself: one way
// to split the line, which keeps the pattern provably linear.
const EXTRAUSERS = /(?:usermod|useradd)(?: (?!-[pP] )[^\s;'"]{1,48}){0,6} -(?<flag>[pP]) '?(?<secret>[^'\s;"]{4,200})/;

/** A Yocto extrausers `-p` hash with BitBake's `\$` escapes, or a `-P` clear-text password. */
function judgeExtraUsers(secret: string, match: string, context: MatchContext): Verdict | false {
  if (EXTRAUSERS.exec(match)?.groups?.['flag'] === 'p') {
    // Unescaped hashes are the password-hash rules'; here only BitBake's escaped form.
    if (!secret.includes('\\$')) return false;
    return CRYPT_HASH.test(secret.replace(/\\\$/g, '$')) && { why: 'crypt(3) hash set by Yocto extrausers' };
  }
  // shadow's own `-P` is --prefix: a directory, not a password.
  if (secret.startsWith('/') || secret.startsWith('$')) return false;
  return judgeUserPass(secret, match, context);
}

function judgeStopString(secret: string, match: string, context: MatchContext): Verdict | false {
  if (/sha256/i.test(match))
    return HEX64.test(secret) && isRandomKeyHex(secret) && { why: 'SHA-256 of the autoboot stop string' };
  if (/_crypt/i.test(match)) return CRYPT_HASH.test(secret) && { why: 'crypt hash of the autoboot stop string' };
  // The shipped default stops on ESC (`\x1b`); control characters are keys, not passwords.
  if (secret.length < 4 || /\\[xe0-7]/i.test(secret)) return false;
  return judgeStopStr(secret, match, context);
}

function judgePkcs11Pin(secret: string, match: string, context: MatchContext): Verdict | false {
  if (/^\d+$/.test(secret)) return isChosenPin(secret, 4) && { why: 'PKCS#11 token PIN' };
  return judgePin(secret, match, context);
}

/**
 * Smartcar's application management token (a UUID) held in a variable, then given to the SDK's
 * webhook helpers a few lines below (`smartcar.hash_challenge(AMT, ...)`, `hashChallenge(amt, ...)`,
 * `verify_payload(amt, ...)`): the same name both times.
 */
const SMARTCAR_AMT =
  /(?<![\w.$])(?<name>[A-Za-z_$][\w$]{0,30})[ \t]{0,4}(?::[ \t]{0,4}\w{1,20}[ \t]{0,4})?=[ \t]{0,4}["'](?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["'][^\n]{0,200}\n(?:[^\n]{0,200}\n){0,12}?[^\n]{0,200}?(?:hash_challenge|hashChallenge|verify_payload|verifyPayload)\([ \t]{0,4}\k<name>[ \t]{0,4},/;

/** At `amt` or `management`: an assignment of a quoted UUID follows the name within a few characters. */
const amtAssigned = (text: string, at: number, lineEnd: number): boolean => {
  const end = Math.min(lineEnd, at + 60);
  const equals = text.slice(at, end).indexOf('=');
  return equals >= 0 && isQuote(text.charCodeAt(skipBlanks(text, at + equals + 1, end)));
};

export const automotiveEmbeddedRules: readonly Rule[] = [
  {
    id: 'smartcar-management-token',
    title: "Smartcar application management token given to the SDK's webhook helpers",
    provider: 'Smartcar',
    keywords: ['amt', 'management'],
    keywordGate: amtAssigned,
    pattern: SMARTCAR_AMT,
    multiline: { maxSpan: 2800 },
    confidence: 'high',
    envVar: 'SMARTCAR_MANAGEMENT_TOKEN',
    docs: 'https://smartcar.com/docs/integrations/webhooks/callback-verification',
    risk: "Verifies and answers Smartcar's webhook calls for the application: whoever holds it can forge vehicle events the backend trusts.",
    validate: () => ({ why: 'UUID given as the application management token to the Smartcar SDK' }),
    examples: {
      embed: false,
      path: 'webhooks/smartcar_webhook.py',
      positives: (fake) => [
        `AMT = "${fake.uuid()}"  # application management token\n\ndef challenge(body):\n    return {"challenge": smartcar.hash_challenge(AMT, body["data"]["challenge"])}`,
        `const managementToken = '${fake.uuid()}';\nconst ok = smartcar.verifyPayload(managementToken, signature, body);`,
      ],
      negatives: [
        {
          text: 'AMT = os.environ["SMARTCAR_AMT"]\nsmartcar.hash_challenge(AMT, challenge)',
          why: 'read from the environment',
        },
        {
          text: (fake) => `amt = "${fake.uuid()}"\nother = "x"\nsmartcar.hash_challenge(token, challenge)`,
          why: 'another variable is given to the helper',
        },
      ],
    },
  },
  {
    id: 'yocto-extrausers-password',
    title: 'Password or escaped crypt hash set by Yocto extrausers (usermod/useradd -p, -P)',
    provider: 'Yocto Project',
    keywords: ['usermod', 'useradd'],
    pattern: EXTRAUSERS,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'ROOT_PASSWORD_HASH',
    docs: 'https://docs.yoctoproject.org/ref-manual/classes.html#extrausers',
    risk: 'Logs in to every unit built from the image: the hash is cracked offline, the clear text is used as is.',
    validate: judgeExtraUsers,
    examples: {
      embed: false,
      path: 'meta-acme/recipes-core/images/acme-image.bb',
      positives: (fake) => [
        `EXTRA_USERS_PARAMS = "usermod -p '\\$6\\$${fake.alnum(16)}\\$${fake.alnum(86)}' root;"`,
        `    usermod -P Torque${fake.digits(4)}! engineer; \\`,
        `EXTRA_USERS_PARAMS = "useradd -m -s /bin/sh -p '\\$5\\$${fake.alnum(16)}\\$${fake.alnum(43)}' diag;"`,
      ],
      negatives: [
        { text: 'EXTRA_USERS_PARAMS = "usermod -p \'${ROOT_PASSWORD_HASH}\' root;"', why: 'a variable' },
        { text: 'EXTRA_USERS_PARAMS = "usermod -p \'*\' diag; usermod -L root;"', why: 'locked' },
        { text: 'usermod -P /mnt/rootfs -aG dialout builder', why: "shadow's -P is --prefix" },
      ],
    },
  },
  {
    id: 'bitbake-fetcher-user-password',
    title: 'Password in a BitBake fetcher URL parameter (SRC_URI ...;user=name:password)',
    provider: 'Yocto Project',
    keywords: [';user='],
    pattern: /;user=[^:;"'\s]{1,64}:(?<secret>[^;"'\s\\]{1,128})/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'FETCH_PASSWORD',
    docs: 'https://docs.yoctoproject.org/bitbake/bitbake-user-manual/bitbake-user-manual-fetching.html',
    risk: 'Reads (and often pushes to) the source server the recipe fetches from.',
    validate: judgeFetchPass,
    examples: {
      embed: false,
      path: 'meta-acme/recipes-apps/hal/hal_git.bb',
      positives: (fake) => [
        `SRC_URI = "git://git.acme.internal/hal.git;protocol=https;branch=main;user=ci:${fake.alnum(18)}"`,
        `SRC_URI = "svn://svn.acme.internal/bsp;module=trunk;protocol=https;user=bot:Gearbox${fake.digits(4)}!"`,
      ],
      negatives: [
        {
          text: 'SRC_URI = "git://git.acme.internal/hal.git;protocol=https;user=${FETCH_USER}:${FETCH_PASS}"',
          why: 'variables',
        },
        { text: 'SRC_URI = "git://git.acme.internal/hal.git;protocol=ssh;user=git"', why: 'a user name only' },
      ],
    },
  },
  {
    id: 'buildroot-users-table-password',
    title: 'Clear-text password in a Buildroot users table (makeusers `=password`)',
    provider: 'Buildroot',
    keywords: [],
    pattern:
      /^[a-z_][a-z0-9_-]{0,31}[ \t]{1,16}-?\d{1,6}[ \t]{1,16}[a-z_][\w-]{0,31}[ \t]{1,16}-?\d{1,6}[ \t]{1,16}!?=(?<secret>\S{1,128})[ \t]{1,16}(?:\/\S{0,200}|-)(?:[ \t]|$)/,
    // A table of its own (users.txt, users_table, device-users.tbl), not code about users.
    paths: /(?:^|\/)[\w-]{0,40}users?(?:[_-][\w-]{0,40})?(?:\.(?:txt|tab|tbl|table|list|conf))?$/i,
    wakesOnEveryLine: true,
    confidence: 'medium',
    envVar: 'DEVICE_USER_PASSWORD',
    docs: 'https://buildroot.org/downloads/manual/manual.html#makeuser-syntax',
    risk: 'Logs in as that user on every device built from the configuration.',
    validate: judgeTablePass,
    examples: {
      embed: false,
      path: 'board/acme/users.txt',
      positives: (fake) => [
        `diag -1 diag -1 =Chassis${fake.digits(3)}# /home/diag /bin/sh dialout,video Diagnostics user`,
        `svc -1 svc -1 !=${fake.alnum(14)} - - - Service account`,
      ],
      negatives: [
        { text: 'diag -1 diag -1 ! /home/diag /bin/sh dialout Diagnostics', why: 'locked, no password' },
        { text: 'mosquitto -1 mosquitto -1 * /var/lib/mosquitto - - MQTT', why: 'no password' },
      ],
    },
  },
  {
    id: 'uboot-autoboot-stop-string',
    title: 'U-Boot autoboot stop string or its hash (CONFIG_AUTOBOOT_STOP_STR*, bootstopkey*)',
    provider: 'U-Boot',
    keywords: ['autoboot_stop_str', 'bootstopkey'],
    pattern:
      /(?:autoboot_stop_str(?:_sha256|_crypt)?|bootstopkey(?:sha256)?2?)(?:[ \t]{0,4}=[ \t]{0,4}|[ \t]{1,4})"?(?<secret>[^"\s]{1,160})/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'UBOOT_STOP_STRING',
    docs: 'https://docs.u-boot.org/en/latest/usage/environment.html',
    risk: 'Whoever types it on the serial console stops the boot and gets the U-Boot shell: memory, flash and boot arguments.',
    validate: judgeStopString,
    examples: {
      embed: false,
      path: 'configs/acme_tcu_defconfig',
      positives: (fake) => [
        `CONFIG_AUTOBOOT_STOP_STR="Rootfs${fake.digits(4)}#"`,
        `CONFIG_AUTOBOOT_STOP_STR_SHA256="${fake.hex(64)}"`,
        `bootstopkey=${fake.alnum(12)}`,
        `fw_setenv bootstopkeysha256 ${fake.hex(64)}`,
      ],
      negatives: [
        { text: 'CONFIG_AUTOBOOT_STOP_STR="\\x1b"', why: 'the shipped default, the ESC key' },
        { text: 'CONFIG_AUTOBOOT_STOP_STR_SHA256=""', why: 'empty' },
        {
          text: 'CONFIG_AUTOBOOT_STOP_STR_SHA256="0000000000000000000000000000000000000000000000000000000000000000"',
          why: 'not random',
        },
      ],
    },
  },
  {
    id: 'nxp-cst-key-pass',
    title: 'Passphrase of the NXP Code Signing Tool PKI (keys/key_pass.txt)',
    provider: 'NXP',
    keywords: [],
    pattern: /^(?<secret>[^\s#][^\s]{3,127})$/,
    paths: /(?:^|\/)key_pass\.txt$/i,
    wakesOnEveryLine: true,
    confidence: 'medium',
    envVar: 'CST_KEY_PASS',
    docs: 'https://www.nxp.com/webapp/Download?colCode=IMX_CST_TOOL',
    risk: 'Unlocks the HAB/AHAB signing keys beside it: whoever has both signs boot images the fused devices accept.',
    validate: judgeKeyPass,
    examples: {
      embed: false,
      path: 'cst/keys/key_pass.txt',
      positives: (fake) => [`Kirkstone${fake.digits(3)}!`, fake.alnum(20)],
      negatives: [{ text: '# passphrase goes here', why: 'a comment' }],
    },
  },
  {
    id: 'pkcs11-pin',
    title: 'PKCS#11 token PIN (pin-value= in a PKCS#11 URI, *_PKCS11_PIN settings)',
    provider: 'PKCS#11',
    keywords: ['pin-value=', 'pkcs11_pin', 'pkcs11-pin', 'pkcs11pin'],
    pattern:
      /(?:pin-value=|pkcs11[_-]?pin["']?[ \t]{0,4}(?:\?\?=|[?:+]?=|:)[ \t]{0,4}["']?)(?<secret>[A-Za-z0-9!#%*+.:@^_~]{4,64})(?![^\s"'&;])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'PKCS11_PIN',
    docs: 'https://www.rfc-editor.org/rfc/rfc7512#section-2.3',
    risk: 'Logs in to the token holding the release signing keys: whoever can reach the HSM signs with them.',
    validate: judgePkcs11Pin,
    examples: {
      embed: false,
      positives: (fake) => [
        `export RAUC_PKCS11_PIN = "${fake.digits(8).replace(/^0/, '4')}"`,
        `RAUC_KEY_FILE = "pkcs11:token=release;object=rauc?pin-value=${fake.alnum(10)}"`,
        `sign --pkcs11-pin=${fake.alnum(12)} image.bin`,
        `  PKCS11PIN: "${fake.digits(6).replace(/^0/, '3')}"`,
      ],
      negatives: [
        { text: 'export RAUC_PKCS11_PIN = "${SIGNING_PIN}"', why: 'a variable' },
        { text: 'RAUC_PKCS11_PIN = "123456"', why: 'a counting run' },
        { text: 'pkcs11:token=release;object=rauc?pin-source=file:/run/pin', why: 'read from a file' },
      ],
    },
  },
  {
    id: 'aosp-signing-password-file',
    title: 'AOSP release-signing password file entry ([[[ password ]]] key)',
    provider: 'Android',
    keywords: ['[[['],
    pattern: /\[\[\[[ \t]{1,4}(?<secret>[^\s\]]{1,128})[ \t]{1,4}\]\]\][ \t]{1,4}\S{1,200}/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'ANDROID_PW_FILE',
    docs: 'https://source.android.com/docs/core/ota/sign_builds',
    risk: "Decrypts the platform's release keys: whoever has them signs system updates and privileged apps the devices trust.",
    validate: judgeAospPass,
    examples: {
      embed: false,
      path: 'release/keys/passwords.txt',
      positives: (fake) => [
        `[[[ ${fake.alnum(16)} ]]] vendor/acme/security/releasekey`,
        `[[[ Marble${fake.digits(4)}! ]]] build/target/product/security/platform`,
      ],
      negatives: [{ text: '[[[  ]]] vendor/acme/security/releasekey', why: 'no password' }],
    },
  },
  {
    id: 'hawkbit-ddi-token',
    title: 'hawkBit DDI target or gateway security token (Authorization: TargetToken / GatewayToken)',
    provider: 'Eclipse hawkBit',
    keywords: ['targettoken', 'gatewaytoken'],
    pattern: /(?:Target|Gateway)Token[ \t]{1,4}(?<secret>[A-Za-z0-9]{16,64})(?![\w.{$-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'HAWKBIT_GATEWAY_TOKEN',
    docs: 'https://eclipse.dev/hawkbit/concepts/authentication',
    risk: 'A gateway token speaks for every target of the tenant (a target token for one): fetch its artifacts, report false update results.',
    validate: (secret) => isMixedToken(secret) && { why: 'hawkBit security token in a DDI Authorization header' },
    examples: {
      embed: false,
      positives: (fake) => [
        `curl -H "Authorization: TargetToken ${fake.alnum(32)}" https://hawkbit.acme.io/DEFAULT/controller/v1/tcu-1`,
        `Authorization: GatewayToken ${fake.alnum(32)}`,
      ],
      negatives: [
        { text: 'headers={"Authorization": f"GatewayToken {GATEWAY_TOKEN}"}', why: 'a variable' },
        { text: 'Authorization: TargetToken <target security token>', why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'swupdate-suricatta-token-flag',
    title: "hawkBit token passed to SWUpdate's suricatta (-k target token, -g gateway token)",
    provider: 'SWUpdate',
    keywords: ['suricatta', 'swupdate'],
    pattern:
      /(?:suricatta|swupdate)\S{0,60}(?:[ \t]{1,4}(?!-[gk][ \t=]|--(?:gateway|target)token)\S{1,200}){0,24}[ \t]{1,4}(?:-g|-k|--gatewaytoken|--targettoken)[ \t=]{1,3}(?<secret>[A-Za-z0-9]{16,64})(?![\w./-])/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'HAWKBIT_GATEWAY_TOKEN',
    docs: 'https://sbabic.github.io/swupdate/suricatta.html',
    risk: 'Authenticates to the hawkBit server as the device (target token) or as every device of the tenant (gateway token).',
    validate: (secret) => isMixedToken(secret) && { why: 'hawkBit token on a SWUpdate suricatta command line' },
    examples: {
      embed: false,
      positives: (fake) => [
        `SWUPDATE_SURICATTA_ARGS="-t DEFAULT -u https://hawkbit.acme.io -i tcu-7 -g ${fake.alnum(32)}"`,
        `swupdate -v -u "-t default -u https://hawkbit.acme.io -i tcu-7 -k ${fake.alnum(32)}"`,
      ],
      negatives: [
        { text: 'SWUPDATE_ARGS="-v -k /etc/swupdate/public.pem"', why: 'the public key file' },
        {
          text: 'SWUPDATE_SURICATTA_ARGS="-t DEFAULT -u https://hawkbit.acme.io -i tcu-7 -g ${GW_TOKEN}"',
          why: 'a variable',
        },
      ],
    },
  },
  contextRule({
    id: 'torizon-api-secret',
    title: 'Torizon Cloud API client secret (TORIZON_API_SECRET_ID)',
    provider: 'Toradex Torizon',
    keywords: ['torizon'],
    name: `torizon${NAME_TAIL}`,
    value: '[A-Za-z0-9_-]{24,64}',
    valueClass: '[A-Za-z0-9_-]',
    minEntropy: 3,
    envVar: 'TORIZON_API_SECRET_ID',
    docs: 'https://developer.toradex.com/torizon/torizon-platform/torizon-api/',
    risk: "Calls the Torizon Cloud API for the account: pushes updates to the fleet, reads devices' data.",
    excludeName: /client[_-]?id|device|fleet[_-]?id|package|release/i,
    validate: (secret, match) => /secret/i.test(match.slice(0, match.length - secret.length)),
    names: ['TORIZON_API_SECRET_ID', 'torizon_api_secret'],
    sample: (fake) => fake.alnum(36),
    negatives: [
      { text: 'TORIZON_API_CLIENT_ID: "api-v2_k3j9x0p2qz7m"', why: 'the client id' },
      { text: 'api_secret = os.environ["TORIZON_API_SECRET_ID"]', why: 'an environment read' },
    ],
  }),
  prefixedRule({
    id: 'tesla-fleet-client-secret',
    title: 'Tesla Fleet API client secret (ta-secret.)',
    provider: 'Tesla',
    prefix: 'ta-secret.',
    // 16 characters after the prefix, punctuation included, as the developer portal issues them.
    body: '[A-Za-z0-9!@#$%^&*_+=~-]{16}',
    after: '(?![A-Za-z0-9!@#$%^&*_+=~-])',
    confidence: 'high',
    envVar: 'TESLA_CLIENT_SECRET',
    docs: 'https://developer.tesla.com/docs/fleet-api/authentication/partner-tokens',
    risk: 'Gets partner and third-party tokens for the application: the data and commands of every vehicle its users authorised.',
    token: (fake) => 'ta-' + 'secret.' + fake.alnum(16),
    usage: (token) => `TESLA_CLIENT_SECRET="${token}"`,
    more: (fake) => ['ta-' + 'secret.' + fake.alnum(6) + '!' + fake.alnum(4) + '%' + fake.alnum(4)],
    negatives: [{ text: 'client_secret = "ta-secret.short"', why: 'too short' }],
  }),
  {
    id: 'ocpp-authorization-key-change',
    title: 'OCPP 1.6 AuthorizationKey set by ChangeConfiguration (the charger basic-auth password, hex)',
    provider: 'OCPP',
    keywords: ['authorizationkey'],
    pattern:
      /AuthorizationKey["']?[ \t]{0,4},\s{0,40}["']?value["']?[ \t]{0,4}[:=][ \t]{0,4}["'](?<secret>[0-9A-Fa-f]{32,80})["']/i,
    multiline: { maxSpan: 240 },
    confidence: 'medium',
    envVar: 'OCPP_AUTHORIZATION_KEY',
    docs: 'https://openchargealliance.org/protocols/open-charge-point-protocol/',
    risk: 'The charge point logs in to the central system with it: whoever has it impersonates the charger (sessions, meter values, billing).',
    validate: (secret) => isRandomKeyHex(secret) && { why: 'OCPP AuthorizationKey value of a ChangeConfiguration' },
    examples: {
      embed: false,
      positives: (fake) => [
        `[2, "${fake.uuid()}", "ChangeConfiguration", {"key": "AuthorizationKey", "value": "${fake.upperHex(40)}"}]`,
        `call.ChangeConfiguration(key="AuthorizationKey", value="${fake.hex(32)}")`,
      ],
      negatives: [
        { text: 'call.ChangeConfiguration(key="AuthorizationKey", value=new_key.hex())', why: 'computed' },
        { text: '{"key": "AuthorizationKey", "value": "00000000000000000000000000000000"}', why: 'not random' },
      ],
    },
  },
];
