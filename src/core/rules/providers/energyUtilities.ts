// Credentials of energy, utilities and industrial control (energy-utilities corpus) whose form or
// documented format says what they are:
// - DLMS/COSEM meter keys (IEC 62056-5-3, the DLMS UA Green Book): the block cipher (global unicast
//   encryption), authentication, dedicated, broadcast and master (KEK) keys are 128-bit, written as
//   32 hex, under those names or their abbreviations (`GUEK`, `GAK`, `GBEK`, `KEK`), also wrapped in
//   a hex-decoding call (Gurux's `GXByteBuffer.hexToBytes("...")`); the Gurux client example's key
//   flags (`-A` authentication key, `-B` block cipher key, `-D` dedicated key: its usage text); a
//   meter's Low Level Security password (`lls_password`, up to 8 characters, digits included);
// - DNP3 Secure Authentication update keys (IEEE 1815 SAv5: AES-128 or AES-256, the outstation's
//   per-user key), under an update-key name or element;
// - IEC 61131-3 Structured Text declarations initialising a password-named STRING or WSTRING
//   (`wsPassword : WSTRING := "..."`, CODESYS/TwinCAT/Siemens SCL), judged by the shared judge;
// - Hirschmann HiOS/Classic CLI `users password <user> <password>` lines;
// - SEL relay access-level passwords by their level names (`2AC`, `BAC`, `OAC` alone; `ACC`, `CAL`,
//   `PAC` under an access-levels map);
// - ENTSO-E Transparency Platform security tokens (UUIDs) in an API URL's `securityToken=`;
//   EIA open-data API keys (40 letters and digits) under an EIA key name, also in R (`<-`);
// - client calls taking the password by position (Eclipse Milo `UsernameProvider(user, pw)`, the OPC
//   Foundation .NET stack's `UserIdentity(user, pw)`, libiec61850's
//   `AcseAuthenticationParameter_setPassword(auth, pw)`, AQUARIUS `timeseries_client(host, user,
//   pw)`, pysma `SMA(session, url, pw)`, pypowerwall `Powerwall(host, pw, ...)`, influxdb-python 1.x
//   `InfluxDBClient(host, port, user, pw, db)`): a pattern of their own rather than entries in
//   ./positionalPasswords.ts, whose one combined pattern every domain's calls re-prove.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { judgedByNameGroup, judgedPassword } from '../judge/judge';
import { isPlaceholder } from '../placeholders';
import type { KeywordGate, Rule } from '../types';

/** A random hex key, not a run, a counting sequence or a published test key (`000102...0F`). */
function isDrawnHexKey(value: string): boolean {
  if (!/[0-9]/.test(value) || !/[a-fA-F]/.test(value)) return false;
  if (shannonEntropy(value) < 3) return false;
  // The Green Book's test keys count up byte by byte (00 01 02 ..., D0 D1 D2 ...).
  let steps = 0;
  for (let i = 2; i + 2 <= value.length; i += 2) {
    if (parseInt(value.slice(i, i + 2), 16) - parseInt(value.slice(i - 2, i), 16) === 1) steps++;
  }
  return steps < value.length / 4;
}

/** One DLMS key name: the Green Book's names spelt any way, or their abbreviations. */
const DLMS_KEY_NAME = String.raw`(?:block[_ .-]?cipher|(?:global[_ .-]?)?unicast(?:[_ .-]?encryption)?|authentication|dedicated|broadcast(?:[_ .-]?encryption)?)[_ .-]?key|g?uek|gak|gbek|kek`;

/** The name, `=` or `:`, an optional hex-decoding call or quote, then 32 hex. */
const DLMS_KEY = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?<name>${DLMS_KEY_NAME})["']?[ \t]{0,4}(?:=|:|->)[ \t]{0,4}(?:[A-Za-z][\w.]{0,40}\([ \t]{0,4})?[@"']?(?<secret>[0-9A-Fa-f]{32})(?![0-9A-Za-z])`,
  'i',
);

/** The Gurux client example's key flags: `-A` (authentication), `-B` (block cipher), `-D` (dedicated). */
const GURUX_KEY_FLAG = /(?<![\w-])-[ABD][ \t]{1,4}(?<secret>[0-9A-Fa-f]{32})(?![0-9A-Za-z])/;

const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

/** At `-A `/`-B `/`-D ` (upper case, as the tool's flags are), blanks and then 32 hex digits. */
const guruxFlagGate: KeywordGate = (text, at, lineEnd) => {
  const flag = text.charCodeAt(at + 1);
  if (flag !== 65 && flag !== 66 && flag !== 68) return false;
  let i = at + 3;
  while (i < lineEnd && i < at + 6 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i + 32 > lineEnd) return false;
  for (let j = i; j < i + 32; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128 || HEX[c] === 0) return false;
  }
  return true;
};

/** A DLMS Low Level Security password setting: `lls_password`, `llsSecret`, `LLS_PASS`, `lls_pwd`. */
const LLS_PASSWORD =
  /(?<![A-Za-z0-9])lls(?:[_-]?pass(?:word|wd)?|_?secret|_pwd)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[^\s"'#,;]{4,16})["']?[ \t]{0,4}[,;]?[ \t]{0,4}(?:#[^\n]{0,200})?$/i;

/**
 * A meter's or PLC's short password (LLS: up to 16 characters; S7 protection: up to 8): digits or
 * mixed case, not a placeholder, not one character repeated or a counting run.
 */
function isShortDevicePassword(secret: string): boolean {
  if (isPlaceholder(secret) || /^[<${%]/.test(secret)) return false;
  if (/^(\w)\1+$/.test(secret) || '0123456789abcdefgh'.includes(secret.toLowerCase())) return false;
  // Digits, or upper and lower case mixed through it (`vhMxBdwZ`), not a word.
  const mixed = /[A-Z][^A-Z]*[A-Z]/.test(secret) && /[a-z][^a-z]*[a-z]/.test(secret);
  return (/\d/.test(secret) || mixed) && new Set(secret).size >= 4;
}

/**
 * Snap7's session password for an S7 CPU's protection level (`set_session_password(pw)` in Python,
 * `Cli_SetSessionPassword(client, pw)` in C, `SetSessionPassword(pw)` in .NET): at most 8 characters.
 */
const S7_SESSION_PASSWORD =
  /(?:set_session_password|SetSessionPassword)\([ \t]{0,4}(?:[A-Za-z_][\w.]{0,40}[ \t]{0,4},[ \t]{0,4})?["'](?<secret>[^"'\n\\]{1,8})["'][ \t]{0,4}\)/;

/** A DNP3 SA update key: its name, then an element's or attribute's or setting's value of 32 or 64 hex. */
const DNP3_UPDATE_KEY =
  /(?<![A-Za-z0-9])update[_.-]?key(?:[ \t][^>\n]{0,80}>|>|["']?[ \t]{0,4}[=:][ \t]{0,4}["']?)(?<secret>[0-9A-Fa-f]{64}|[0-9A-Fa-f]{32})(?![0-9A-Za-z])/i;

/** Structured Text: `name : [W]STRING[(n)|[n]] := 'value'` (IEC 61131-3 initial value). */
const ST_STRING_INIT =
  /(?<![\w.])(?<name>[A-Za-z_][A-Za-z0-9_]{0,60})[ \t]{0,4}:[ \t]{0,4}W?STRING(?:[ \t]{0,2}[([][ \t]{0,2}\d{1,5}[ \t]{0,2}[)\]])?[ \t]{0,4}:=[ \t]{0,4}["'](?<secret>[^"'\n$]{1,128})["']/i;

/** The files Structured Text is written in: `.st`, Siemens `.scl`, CODESYS exports, TwinCAT's XML. */
const ST_FILES = /\.(?:st|scl|exp|tcpou|tcgvl|tcdut|gvl|pou|iecst)$/i;

/** HiOS/Classic CLI: `users password <user> <password>` (`users passwd` on Classic switches). */
const HIOS_USERS_PASSWORD =
  /^[ \t]{0,8}users[ \t]{1,4}passw(?:or)?d[ \t]{1,4}(?<user>[\w.@-]{1,64})[ \t]{1,4}(?<secret>[^\s]{1,128})[ \t]{0,4}$/;

/** SEL access levels no other setting is named: `2AC`, `BAC`, `OAC`, as keys with a value. */
const SEL_LEVEL = /(?<![\w.-])(?<name>2ac|bac|oac)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[^\s"',]{1,64})/i;

/** Word characters, `.` and `-`: what may not stand right before an access level's name. */
function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
}

/**
 * At `2ac`/`bac`/`oac`: the name stands alone (not in `callback`, `rbac`), and a quote, a blank, `=`
 * or `:` follows it.
 */
const selLevelGate: KeywordGate = (text, at, lineEnd) => {
  if (at > 0 && isNameChar(text.charCodeAt(at - 1))) return false;
  if (at + 3 >= lineEnd) return false;
  const c = text.charCodeAt(at + 3);
  return c === 34 || c === 39 || c === 32 || c === 9 || c === 61 || c === 58;
};

/** A map of SEL access levels: the first level's password on the line after the map's name. */
const SEL_LEVEL_MAP =
  /access[_-]?levels?["']?[ \t]{0,4}[=:][ \t]{0,4}[{[]?[ \t]{0,4}\r?\n[ \t]{1,16}["']?(?:acc|2ac|bac|cal|pac|oac)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[^\s"',]{1,64})/i;

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** An ENTSO-E API query's `securityToken=<UUID>`. */
const ENTSOE_TOKEN = new RegExp(String.raw`[?&;]securityToken=(?<secret>${UUID})(?![0-9A-Za-z-])`, 'i');

/** An EIA open-data key under an EIA key name (`EIA_API_KEY=`, `eia_key <- "..."`): 40 letters and digits. */
const EIA_KEY =
  /(?<![A-Za-z0-9])eia[_.-]?(?:api[_.-]?)?key["']?[ \t]{0,4}(?:=|:|<-)[ \t]{0,4}["']?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9])/i;

/** Letters and digits both, and varied: an issued key, not a word or a hex run of one digit. */
function isIssuedKey(value: string): boolean {
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value) && shannonEntropy(value) >= 3.5;
}

/** An argument before the password: a string, a name or member chain, a number. */
const ARG = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w$.]{1,80})`;
const ARGS = (n: number) => String.raw`(?:${ARG}[ \t]{0,4},[ \t]{0,4}){${n}}`;

/** The energy and OT client calls whose documented signature puts the password at a fixed argument. */
const ENERGY_POSITIONAL = new RegExp(
  String.raw`(?:(?:new[ \t]{1,4}(?:UsernameProvider|UserIdentity)|AcseAuthenticationParameter_setPassword|pypowerwall\.Powerwall)\([ \t]{0,4}${ARGS(1)}|(?:timeseries_client|pysma\.SMA)\([ \t]{0,4}${ARGS(2)}|InfluxDBClient\([ \t]{0,4}${ARGS(3)})[@]?["'](?<secret>[^"'\n\\]{1,128})["'][ \t]{0,4}[,)]`,
);

const judgeEnergyCall = judgedPassword('password passed by position to an OT or energy client call', true);
const judgeLevel = judgedPassword('SEL relay access-level password', false);

export const energyUtilitiesRules: readonly Rule[] = [
  {
    id: 'dlms-cosem-key',
    title: 'DLMS/COSEM meter key (block cipher, authentication, dedicated or master key)',
    provider: 'DLMS/COSEM',
    keywords: [
      'blockcipherkey',
      'block_cipher_key',
      'block-cipher-key',
      'unicast',
      'authenticationkey',
      'authentication_key',
      'dedicatedkey',
      'dedicated_key',
      'broadcastkey',
      'broadcast_key',
      'uek',
      'gak',
      'gbek',
      'kek',
    ],
    pattern: DLMS_KEY,
    confidence: 'high',
    envVar: 'DLMS_BLOCK_CIPHER_KEY',
    docs: 'https://www.dlms.com/dlms-cosem/cosem-interface-classes-and-obis-object-identification-system',
    risk: 'Decrypts and authenticates the meter traffic it protects: with it one reads, forges or commands the meter (disconnect, tariffs, firmware).',
    validate: (secret) => isDrawnHexKey(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `client.ciphering.blockCipherKey = GXByteBuffer.hexToBytes("${fake.upperHex(32)}")`,
        `block_cipher_key: ${fake.upperHex(32)}`,
        `"block-cipher-key": "${fake.hex(32)}"`,
        `client.Ciphering.AuthenticationKey = GXCommon.HexToBytes("${fake.hex(32)}");`,
        `authentication_key = "${fake.upperHex(32)}"`,
        `settings.DedicatedKey = ${fake.hex(32)}`,
        `dedicated_key: ${fake.upperHex(32)}`,
        `broadcastKey: '${fake.upperHex(32)}'`,
        `broadcast_key=${fake.hex(32)}`,
        `DLMS_GUEK=${fake.hex(32)}`,
        `"gak": "${fake.upperHex(32)}",`,
        `GBEK = ${fake.upperHex(32)}`,
        `kek = ${fake.upperHex(32)}`,
        `global_unicast_encryption_key = "${fake.hex(32)}"`,
      ],
      negatives: [
        { text: 'blockCipherKey = 000102030405060708090A0B0C0D0E0F', why: "the Green Book's published test key" },
        { text: 'AuthenticationKey = D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF', why: "the Green Book's test key" },
        { text: 'client.ciphering.blockCipherKey = GXByteBuffer.hexToBytes(settings.bck)', why: 'a variable' },
        { text: (fake) => `kek_id: ${fake.uuid()}`, why: "the key's id" },
        { text: (fake) => `authentication_key_hash = "${fake.hex(40)}"`, why: 'a 160-bit digest, not a key' },
      ],
    },
  },
  {
    id: 'gurux-dlms-key-flag',
    title: "DLMS key given to the Gurux client's -A, -B or -D flag",
    provider: 'DLMS/COSEM',
    keywords: ['-a ', '-b ', '-d '],
    pattern: GURUX_KEY_FLAG,
    startsAtKeyword: true,
    keywordGate: guruxFlagGate,
    confidence: 'medium',
    envVar: 'DLMS_BLOCK_CIPHER_KEY',
    docs: 'https://www.gurux.fi/Gurux.DLMS.Client',
    risk: 'Decrypts and authenticates the meter traffic it protects: with it one reads, forges or commands the meter.',
    validate: (secret) => isDrawnHexKey(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `Gurux.DLMS.Client.Example.Net -h 10.0.0.5 -p 4059 -C AuthenticationEncryption -B ${fake.upperHex(32)} -A ${fake.upperHex(32)}`,
        `  -B ${fake.hex(32)} \\`,
        `  -D ${fake.upperHex(32)} \\`,
      ],
      negatives: [
        { text: '-B 000102030405060708090A0B0C0D0E0F', why: 'the published test key' },
        { text: (fake) => `grep -B 2 -A 3 ${fake.hex(8)}`, why: 'no 32-hex key' },
        { text: (fake) => `curl -a ${fake.hex(32)}`, why: 'a lower-case flag' },
        { text: (fake) => `-T ${fake.upperHex(16)}`, why: 'the system title (public)' },
      ],
    },
  },
  {
    id: 'dlms-lls-password',
    title: 'DLMS Low Level Security (LLS) meter password',
    provider: 'DLMS/COSEM',
    keywords: ['lls_pass', 'llspass', 'lls-pass', 'lls_secret', 'llssecret', 'lls_pwd'],
    pattern: LLS_PASSWORD,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'DLMS_LLS_PASSWORD',
    docs: 'https://www.dlms.com/dlms-cosem/cosem-interface-classes-and-obis-object-identification-system',
    risk: 'Logs in to the meter at the low-security level: reads its registers and profiles, and may write settings the association allows.',
    validate: (secret) => isShortDevicePassword(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `lls_password: "${fake.digits(8)}"`,
        `LLS_PASSWORD=${fake.alnum(7)}4`,
        `llsPassword = '${fake.alnum(7)}3'`,
        `lls-pass: ${fake.alnum(6)}8`,
        `lls_secret=${fake.alnum(7)}2`,
        `llsSecret = '${fake.alnum(6)}9'`,
        `"lls_pwd": "${fake.digits(8)}"`,
      ],
      negatives: [
        { text: 'lls_password: "${METER_LLS_PASSWORD}"', why: 'a reference' },
        { text: 'lls_password: "00000000"', why: 'one digit repeated' },
        { text: 'lls_password: "12345678"', why: 'a counting sequence (a documented default)' },
        { text: 'lls_password: <password>', why: 'a placeholder' },
      ],
    },
  },
  {
    id: 's7-session-password',
    title: 'Siemens S7 CPU protection password given to Snap7 (set_session_password)',
    provider: 'Siemens S7',
    keywords: ['set_session_password(', 'setsessionpassword('],
    pattern: S7_SESSION_PASSWORD,
    confidence: 'medium',
    envVar: 'S7_PLC_PASSWORD',
    docs: 'https://snap7.sourceforge.net/sharp7.html',
    risk: "Lifts the CPU's read/write protection for the session: with it one uploads, changes or stops the PLC program.",
    validate: (secret) => isShortDevicePassword(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `plc.set_session_password("${fake.digits(8)}")`,
        `Cli_SetSessionPassword(Client, "${fake.alnum(7)}1");`,
        `client.SetSessionPassword("${fake.upper(3)}${fake.lower(4)}");`,
      ],
      negatives: [
        { text: 'plc.set_session_password(os.environ["S7_PASSWORD"])', why: 'read from the environment' },
        { text: 'plc.set_session_password("")', why: 'empty' },
        { text: 'plc.set_session_password("12345678")', why: 'a counting run' },
      ],
    },
  },
  {
    id: 'dnp3-update-key',
    title: 'DNP3 Secure Authentication update key',
    provider: 'DNP3',
    keywords: ['updatekey', 'update_key', 'update-key', 'update.key'],
    pattern: DNP3_UPDATE_KEY,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'DNP3_UPDATE_KEY',
    docs: 'https://www.dnp.org/About/Overview-of-DNP3-Protocol',
    risk: "Changes the outstation's session keys for its user: with it one issues authenticated controls (breaker trips) to the device.",
    validate: (secret) => isDrawnHexKey(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `    <UpdateKey algorithm="AES-128">${fake.upperHex(32)}</UpdateKey>`,
        `update_key = ${fake.hex(64)}`,
        `update-key: ${fake.upperHex(32)}`,
        `dnp3.user1.update.key=${fake.hex(32)}`,
        `"updateKey": "${fake.upperHex(32)}"`,
      ],
      negatives: [
        { text: '<UpdateKey source="hsm" slot="4" />', why: 'kept in an HSM' },
        { text: 'updateKey(cacheKey, value)', why: 'a function call' },
        { text: (fake) => `update_key_id = ${fake.hex(32)}`, why: "the key's id" },
      ],
    },
  },
  {
    id: 'structured-text-string-password',
    title: 'Password initialising a STRING variable in IEC 61131-3 Structured Text',
    provider: 'PLC',
    keywords: ['string'],
    paths: ST_FILES,
    pattern: ST_STRING_INIT,
    confidence: 'medium',
    envVar: 'PLC_PASSWORD',
    docs: 'https://content.helpme-codesys.com/en/CODESYS%20Development%20System/_cds_struct_reference_declarations.html',
    risk: 'Anyone with the PLC project (or an upload from the controller) can log in where the program does: a broker, a database, a device.',
    validate: judgedByNameGroup(ST_STRING_INIT, { form: (name) => `initial value of ${name}`, alwaysQuoted: true }),
    examples: {
      embed: false,
      path: 'PLC/POUs/FB_Telemetry.st',
      positives: (fake) => [
        `    wsPassword : WSTRING := "${fake.alnum(14)}";`,
        `    sMqttPassword : STRING(32) := '${fake.alnum(12)}7';`,
        `    sDbPwd : STRING[40] := '${fake.alnum(16)}';`,
      ],
      negatives: [
        { text: "    sHostname : STRING := 'broker.plant.local';", why: 'not a credential name' },
        { text: '    wsPassword : WSTRING; (* set from the HMI *)', why: 'no initial value' },
        { text: "    sPassword : STRING := '';", why: 'empty' },
      ],
    },
  },
  {
    id: 'hios-users-password',
    title: 'Password set by a Hirschmann HiOS or Classic CLI `users password` command',
    provider: 'Hirschmann',
    keywords: ['users password', 'users passwd'],
    pattern: HIOS_USERS_PASSWORD,
    confidence: 'medium',
    envVar: 'SWITCH_ADMIN_PASSWORD',
    docs: 'https://catalog.belden.com/techdoc/Hirschmann/HiOS/',
    risk: 'Logs in to the industrial switch as that user: its configuration, VLANs and port mirroring.',
    validate: judgedPassword('password set by a HiOS users command', true),
    examples: {
      embed: false,
      positives: (fake) => [`users password admin ${fake.alnum(12)}7`, `  users passwd operator ${fake.alnum(10)}#2`],
      negatives: [
        { text: 'users password admin', why: 'prompts for the password' },
        { text: 'users password-policy min-length 12', why: 'a policy setting' },
        { text: 'users password admin <password>', why: 'a placeholder' },
      ],
    },
  },
  {
    id: 'sel-access-level-password',
    title: 'SEL relay access-level password (2AC, BAC, OAC)',
    provider: 'SEL',
    keywords: ['2ac', 'bac', 'oac'],
    pattern: SEL_LEVEL,
    startsAtKeyword: true,
    keywordGate: selLevelGate,
    confidence: 'medium',
    envVar: 'SEL_2AC_PASSWORD',
    docs: 'https://selinc.com/products/351S/',
    risk: 'Logs in to the protective relay at that access level: 2AC changes its settings and operates its breaker.',
    validate: judgeLevel,
    examples: {
      embed: false,
      positives: (fake) => [
        `  "2ac": "${fake.alnum(12)}3"`,
        `2AC=${fake.alnum(10)}!9`,
        `  bac: ${fake.alnum(11)}5`,
        `OAC = ${fake.alnum(9)}2`,
      ],
      negatives: [
        { text: '  2ac: "{{ vault_sel_2ac }}"', why: 'a reference' },
        { text: '  2ac: "********"', why: 'masked' },
        { text: 'bac: true', why: 'a flag' },
        { text: 'rbac: create', why: "Kubernetes RBAC's setting, not a level" },
      ],
    },
  },
  {
    id: 'sel-access-level-map',
    title: 'SEL relay access-level password in an access-levels map',
    provider: 'SEL',
    keywords: ['access_level', 'access-level', 'accesslevel'],
    pattern: SEL_LEVEL_MAP,
    multiline: { maxSpan: 300 },
    confidence: 'medium',
    envVar: 'SEL_ACC_PASSWORD',
    docs: 'https://selinc.com/products/351S/',
    risk: 'Logs in to the protective relay at that access level (ACC reads it; higher levels change settings).',
    validate: judgeLevel,
    examples: {
      embed: false,
      positives: (fake) => [
        `relay_access_levels:\n  acc: "${fake.alnum(12)}4"\n  2ac: "${fake.alnum(12)}"`,
        `access-levels:\n  cal: ${fake.alnum(10)}7`,
        `"accessLevels": {\n    "acc": "${fake.alnum(12)}",\n    "2ac": "${fake.alnum(12)}"\n}`,
      ],
      negatives: [
        { text: 'access_levels:\n  acc: "{{ vault_acc }}"', why: 'a reference' },
        { text: 'access_level: 2\nacc: 0', why: 'not a map of levels' },
      ],
    },
  },
  {
    id: 'entsoe-security-token',
    title: 'ENTSO-E Transparency Platform security token in an API URL',
    provider: 'ENTSO-E',
    keywords: ['securitytoken='],
    pattern: ENTSOE_TOKEN,
    confidence: 'high',
    envVar: 'ENTSOE_API_KEY',
    docs: 'https://transparencyplatform.zendesk.com/hc/en-us/articles/12845911031188-How-to-get-security-token',
    risk: "Queries the Transparency Platform's API as the registered user, within its request quota.",
    validate: (secret) => !/^0{8}-/.test(secret) && new Set(secret.replace(/-/g, '')).size >= 8,
    examples: {
      positives: (fake) => [`https://web-api.tp.entsoe.eu/api?securityToken=${fake.uuid()}&documentType=A44`],
      negatives: [
        {
          text: 'https://web-api.tp.entsoe.eu/api?securityToken=00000000-0000-0000-0000-000000000000',
          why: 'a zero UUID',
        },
        { text: 'https://web-api.tp.entsoe.eu/api?securityToken=${ENTSOE_TOKEN}', why: 'a reference' },
      ],
    },
  },
  {
    id: 'eia-api-key',
    title: 'EIA open-data API key',
    provider: 'U.S. EIA',
    keywords: ['eia'],
    pattern: EIA_KEY,
    confidence: 'medium',
    envVar: 'EIA_API_KEY',
    docs: 'https://www.eia.gov/opendata/',
    risk: "Calls the EIA API under the registrant's key and quota.",
    validate: (secret) => isIssuedKey(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `eia_key <- "${fake.alnum(40)}"`,
        `EIA_API_KEY=${fake.alnum(40)}`,
        `eiaKey: '${fake.alnum(40)}'`,
      ],
      negatives: [
        { text: 'EIA_API_KEY=YOUR_API_KEY_GOES_HERE_PLEASE_REPLACE_THIS_VALUE', why: 'a placeholder' },
        { text: 'eia_key <- Sys.getenv("EIA_KEY")', why: 'read from the environment' },
      ],
    },
  },
  {
    id: 'energy-client-positional-password',
    title:
      'Password passed by position to an OT or energy client (OPC UA, IEC 61850, AQUARIUS, SMA, Powerwall, InfluxDB)',
    provider: 'Credential constructor',
    keywords: [
      'new usernameprovider(',
      'new useridentity(',
      'acseauthenticationparameter_setpassword(',
      'pypowerwall.powerwall(',
      'timeseries_client(',
      'pysma.sma(',
      'influxdbclient(',
    ],
    pattern: ENERGY_POSITIONAL,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Logs in to the OPC UA server, IED, historian, inverter or battery gateway the call talks to, as that user.',
    validate: judgeEnergyCall,
    examples: {
      embed: false,
      positives: (fake) => [
        `.setIdentityProvider(new UsernameProvider("opcuser", "${fake.alnum(14)}"))`,
        `var identity = new UserIdentity("operator", "${fake.alnum(12)}");`,
        `AcseAuthenticationParameter_setPassword(auth, "${fake.alnum(10)}");`,
        `pw = pypowerwall.Powerwall("10.0.1.20", "${fake.alnum(12)}", "me@home.net", "America/Denver")`,
        `ts = timeseries_client("aquarius.water.gov", "telemetry", "${fake.alnum(12)}")`,
        `sma = pysma.SMA(session, "https://192.168.1.9", "${fake.alnum(12)}", group="user")`,
        `client = InfluxDBClient('influx01', 8086, 'grafana', '${fake.alnum(12)}', 'telemetry')`,
      ],
      negatives: [
        { text: 'new UsernameProvider(cfg.getUser(), cfg.getPassword())', why: 'variables' },
        { text: 'new UserIdentity(new AnonymousIdentityToken())', why: 'no password' },
        {
          text: "InfluxDBClient(url='http://influx:8086', token=token, org='ops')",
          why: 'keyword arguments, a variable',
        },
        { text: 'pypowerwall.Powerwall(host, password, email, timezone)', why: 'variables' },
      ],
    },
  },
];
