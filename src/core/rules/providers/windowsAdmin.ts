// Credentials where Windows administration keeps them, in the shapes Microsoft's documentation and
// each tool's manual give: Remote Desktop `.rdp` files (`password 51:b:` and a DPAPI blob), registry
// values named for a password (`Set-ItemProperty -Name DefaultPassword -Value`, `reg add ... /v
// DefaultPassword ... /d`, a `.reg` export's `"Password"=hex:` bytes as VNC servers store them), SQL
// Server setup's `SAPWD`, WLAN profile `<keyMaterial>` and `netsh wlan show profile key=clear`
// output, ARM/Bicep parameter files (`"adminPassword": { "value": ... }`), COM/ADO property indexers
// (`.Properties("Password") = ...`), AutoHotkey's `RunAs, user, password`, the `user:password` pair
// a script base64-encodes for a Basic header, and Kerberos keys in credential-dump lines
// (`krbtgt:aes256-cts-hmac-sha1-96:<hex>`). Calls taking a password by position (WMI
// `ConnectServer`, AutoIt `RunAs`, ADSI `OpenDSObject`) are a table read by ./positionalPasswords.ts.
// Candidates are judged by the shared judge (../judge) unless the form is the credential itself.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { isTestVectorValue } from '../judge/context';
import type { FakeTokens } from '../fakeTokens';
import { judgedByNameGroup, judgedPassword } from '../judge/judge';
import type { MatchContext, Rule } from '../types';

const DOCS =
  'https://learn.microsoft.com/en-us/windows-server/identity/ad-ds/manage/how-to-configure-protected-accounts';

/** A call taking a password at a fixed argument: the shape ./positionalPasswords.ts reads. */
export interface WindowsPositionalCall {
  readonly call: string;
  readonly keywords: readonly string[];
  readonly before: number;
  readonly example: (fake: FakeTokens) => string;
}

// Signatures from Microsoft's WMI and ADSI references and AutoIt's function reference.
export const WINDOWS_POSITIONAL_CALLS: readonly WindowsPositionalCall[] = [
  {
    // SWbemLocator.ConnectServer(server, namespace, user, password, ...).
    call: String.raw`\.ConnectServer`,
    keywords: ['.connectserver('],
    before: 3,
    example: (f) => `Set svc = loc.ConnectServer("srv01", "root\\cimv2", "CORP\\ops", "${f.alnum(12)}")`,
  },
  {
    // IADsOpenDSObject.OpenDSObject(path, user, password, flags).
    call: String.raw`\.OpenDSObject`,
    keywords: ['.opendsobject('],
    before: 2,
    example: (f) =>
      `Set o = ns.OpenDSObject("LDAP://dc01/DC=corp,DC=local", "CORP\\ops", "${f.alnum(12)}", ADS_SECURE_AUTHENTICATION)`,
  },
  {
    // AutoIt RunAs / RunAsWait(user, domain, password, logon_flag, program).
    call: String.raw`\bRunAs(?:Wait)?`,
    keywords: ['runas(', 'runaswait('],
    before: 2,
    example: (f) =>
      `RunAs("Administrator", @ComputerName, "${f.alnum(12)}", 0, "notepad.exe"); RunAsWait("ops", "CORP", "${f.alnum(12)}", 0, @ComSpec)`,
  },
];

/** Kerberos key types a dump prints (`user:aes256-cts-hmac-sha1-96:<hex>`), with their key lengths in hex digits. */
const KERBEROS_KEY =
  /:(?<type>aes256-cts-hmac-sha1-96|aes128-cts-hmac-sha1-96|des-cbc-md5):(?<secret>[0-9a-f]{16,64})(?![0-9a-zA-Z])/;
const KEY_DIGITS: Readonly<Record<string, number>> = {
  'aes256-cts-hmac-sha1-96': 64,
  'aes128-cts-hmac-sha1-96': 32,
  'des-cbc-md5': 16,
};

/** The key is as long as its type says and not a run of one digit (a zeroed template). */
function isKerberosKey(secret: string, match: string, context: MatchContext): boolean {
  const type = KERBEROS_KEY.exec(match)?.groups?.['type'];
  return (
    type !== undefined &&
    KEY_DIGITS[type] === secret.length &&
    new Set(secret).size > 4 &&
    !isTestVectorValue(context, secret)
  );
}

/** An .rdp file's saved password: `password 51:b:` and the hex of a DPAPI blob. */
const RDP_PASSWORD = /(?:^|\s)password 51:b:(?<secret>[0-9A-Fa-f]{64,4000})/;

/**
 * `... -Name <name> [-PropertyType T] -Value '<literal>'` of a Set-ItemProperty or New-ItemProperty
 * (checked before the match: a pattern reaching back to the cmdlet would not be provably linear).
 */
const ITEM_PROPERTY =
  /\s-Name\s{1,4}["']?(?<name>\w{1,60})["']?\s{1,4}(?:-PropertyType\s{1,4}\w{1,20}\s{1,4})?-Value\s{1,4}["'](?<secret>[^"'\n$]{1,128})["']/i;

/** `/v <name> [/t <type>] /d <data>` of a `reg add` (checked before the match, as above). */
const REG_ADD =
  /\s\/[Vv]\s{1,4}"?(?<name>\w{1,60})"?\s{1,4}(?:\/[Tt]\s{1,4}\w{1,20}\s{1,4})?\/[Dd]\s{1,4}"?(?<secret>[^\s"%$][^\s"]{0,127})"?(?=\s|$)/;

/** The cmdlet or command each registry pattern belongs to, earlier on the line. */
const ITEM_PROPERTY_CMDLET = /(?:Set|New)-ItemProperty\b/i;
const REG_ADD_COMMAND = /\breg(?:\.exe)?\s{1,4}add\s/i;

/** The registry candidate's command stands before it on the line, and the judge accepts the value. */
function registryJudge(command: RegExp, pattern: RegExp) {
  const judge = judgedByNameGroup(pattern, { form: (name) => `registry value ${name}`, alwaysQuoted: true });
  return (secret: string, match: string, context: MatchContext) =>
    command.test(context.line.slice(Math.max(0, context.matchIndex - 300), context.matchIndex)) &&
    judge(secret, match, context);
}

/** A .reg export's binary value under a password's name: the bytes a VNC server's DES-obfuscated password is. */
const REG_HEX_PASSWORD =
  /^"(?<name>[\w ]{0,40}(?:[Pp]ass(?:word|wd)?|PASS(?:WORD|WD)?|[Pp]wd|PWD)[\w ]{0,20})"=hex:(?<secret>[0-9a-fA-F]{2}(?:,[0-9a-fA-F]{2}){7,127})\s{0,4}$/;

/** Eight or more bytes, not all the same (`00,00,...` is no password). */
function isVariedBytes(secret: string): boolean {
  return new Set(secret.toLowerCase().split(',')).size > 2;
}

/** SQL Server setup's sa password in a ConfigurationFile.ini (`SAPWD="..."`). */
const SQL_SETUP_SA_PASSWORD = /^\s{0,8}SAPWD\s{0,4}=\s{0,4}"?(?<secret>[^\s"%$][^\s"]{0,127})"?/i;

/** A WLAN profile's pre-shared key: a passphrase of 8 to 63 characters or 64 hex digits (IEEE 802.11i). */
const WLAN_KEY_MATERIAL = /<keyMaterial>(?<secret>[^<\n]{8,64})<\/keyMaterial>/;

/** `netsh wlan show profile ... key=clear` output: the passphrase after `Key Content`. */
const NETSH_KEY_CONTENT = /\bKey Content\s{1,40}:\s{1,4}(?<secret>\S[^\n]{6,62}\S)\s{0,4}$/;

/** An ARM or Bicep parameter file's value: `"adminPassword": { "value": "..." }`. */
const ARM_PARAMETER =
  /"(?<name>[A-Za-z_][\w.-]{0,60})"\s{0,4}:\s{0,4}\{\s{0,4}"value"\s{0,4}:\s{0,4}"(?<secret>[^"\n\\]{1,256})"/;

/** A COM or ADO property set by name: `conn.Properties("Password") = "..."`, `rs.Fields("pwd") = "..."`. */
const PROPERTY_INDEXER =
  /\.(?:Properties|Item|Fields|Parameters)\(\s{0,4}"(?<name>[^"\n]{1,40})"\s{0,4}\)(?:\.Value)?\s{0,4}=\s{0,4}"(?<secret>[^"\n]{1,128})"/i;

/** AutoHotkey's command syntax `RunAs, User, Password, Domain`. */
const AHK_RUNAS =
  /^[ \t]{0,20}RunAs,[ \t]{0,4}[^,\s][^,\n]{0,63},[ \t]{0,4}(?<secret>[^,\s%]{1,128})[ \t]{0,4}(?:,|$)/im;

/**
 * AutoHotkey typing a password into a login prompt: `Send, <pw>{Enter}` (v1 command syntax) or
 * `Send "<pw>{Enter}"` (v2), optionally after the user name and `{Tab}`. A value of its own up to
 * `{Enter}`: keys in braces, modifiers and variables (`%pw%`) are no typed password.
 */
const AHK_SEND_PASSWORD =
  /^[ \t]{0,20}Send(?:Raw|Input|Play|Event|Text)?(?:,[ \t]{0,4}|[ \t]{1,4}"?)(?:\{Raw\})?(?:[^{}\s",%]{1,64}\{Tab\})?(?<secret>[^{}\s",%^+!#]{6,64})\{Enter\}/im;

/**
 * The `user:password` pair a script base64-encodes for an HTTP Basic header: passed straight to
 * `GetBytes(...)`, or first held in a variable named for it (`$pair`, `$userPass`, `$base64AuthInfo`).
 */
const BASIC_PAIR =
  /(?:GetBytes\(\s{0,4}|\$(?:\w{0,20}(?:[Pp]air|[Uu]ser[Pp]ass|[Aa]uth[Ii]nfo))\s{0,4}=\s{0,4})["'][^:"'\s$]{1,64}:(?<secret>[^"'\s$]{3,128})["']/;

const judgeArmParameter = judgedByNameGroup(ARM_PARAMETER, { form: (name) => `parameter ${name}`, alwaysQuoted: true });

const judgeBasicPair = judgedPassword('password in a user:password pair for a Basic header', true);

/** What the two registry rules report. */
const REGISTRY_FINDING = {
  confidence: 'medium',
  envVar: 'AUTOLOGON_PASSWORD',
  docs: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon',
  risk: 'The registry keeps the value in clear (Winlogon DefaultPassword logs the machine on as that account).',
} as const;

/** What the two Wi-Fi rules report and how they judge. */
const WLAN_FINDING = {
  confidence: 'medium',
  envVar: 'WIFI_PASSPHRASE',
  docs: 'https://learn.microsoft.com/en-us/windows/win32/nativewifi/wlan-profileschema-keymaterial-sharedkey-element',
  risk: 'Joins the wireless network, often the internal one.',
  validate: judgedPassword('Wi-Fi passphrase', true),
} as const;

export const windowsAdminRules: readonly Rule[] = [
  {
    id: 'kerberos-key-dump',
    title: 'Kerberos key in a credential-dump line (user:aes256-cts-hmac-sha1-96:<key>)',
    provider: 'Windows',
    keywords: ['cts-hmac-sha1-96:', 'des-cbc-md5:'],
    pattern: KERBEROS_KEY,
    confidence: 'high',
    envVar: 'KERBEROS_KEY',
    docs: DOCS,
    risk: "A Kerberos long-term key requests tickets as the account without its password (the krbtgt key forges any account's tickets).",
    validate: isKerberosKey,
    examples: {
      embed: false,
      path: 'notes/dc01-dump.txt',
      positives: (fake) => [
        `krbtgt:aes256-cts-hmac-sha1-96:${fake.hex(64)}`,
        `CORP\\svc_sql:aes128-cts-hmac-sha1-96:${fake.hex(32)}`,
        `dc01$:des-cbc-md5:${fake.hex(16)}`,
      ],
      negatives: [
        { text: 'KerbTicket Encryption Type: AES-256-CTS-HMAC-SHA1-96', why: 'a key type, no key' },
        { text: `krbtgt:aes256-cts-hmac-sha1-96:${'0'.repeat(64)}`, why: 'a zeroed template' },
        { text: 'krbtgt:aes128-cts-hmac-sha1-96:0a1b2c3d4e5f6a7b', why: 'shorter than an AES-128 key' },
      ],
    },
  },
  {
    id: 'rdp-file-password',
    title: 'Saved password in a Remote Desktop (.rdp) file (password 51:b:)',
    provider: 'Windows',
    keywords: ['password 51:b:'],
    pattern: RDP_PASSWORD,
    minEntropy: 3,
    // A DPAPI blob opens with a fixed header full of zeros, which the shared filter takes for a dummy run.
    skipPlaceholderFilter: true,
    confidence: 'high',
    envVar: 'RDP_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/rdp-files',
    risk: "The blob decrypts to the account's password for whoever can run as the user who saved it; the file often travels further.",
    examples: {
      embed: false,
      path: 'shortcuts/srv01.rdp',
      positives: (fake) => [`password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000${fake.upperHex(320)}`],
      negatives: [
        { text: 'password 51:b:', why: 'no saved password' },
        { text: 'prompt for credentials:i:1', why: 'prompts for the password' },
      ],
    },
  },
  {
    id: 'registry-item-property-password',
    title: 'Password written to the registry by PowerShell (Set-ItemProperty -Name DefaultPassword -Value)',
    provider: 'Windows',
    keywords: ['set-itemproperty', 'new-itemproperty'],
    pattern: ITEM_PROPERTY,
    ...REGISTRY_FINDING,
    validate: registryJudge(ITEM_PROPERTY_CMDLET, ITEM_PROPERTY),
    examples: {
      embed: false,
      path: 'kiosk/autologon.ps1',
      positives: (fake) => [
        `Set-ItemProperty -Path $reg -Name DefaultPassword -Value '${fake.alnum(12)}'`,
        `New-ItemProperty -Path $k -Name "ProxyPassword" -PropertyType String -Value "${fake.alnum(12)}" -Force`,
      ],
      negatives: [
        { text: "Set-ItemProperty -Path $reg -Name AutoAdminLogon -Value '1'", why: 'not a password value' },
        { text: 'Set-ItemProperty -Path $reg -Name DefaultPassword -Value $password', why: 'a variable' },
      ],
    },
  },
  {
    id: 'reg-add-password',
    title: 'Password written to the registry by reg add (/v DefaultPassword ... /d)',
    provider: 'Windows',
    keywords: ['reg add', 'reg.exe add'],
    pattern: REG_ADD,
    ...REGISTRY_FINDING,
    validate: registryJudge(REG_ADD_COMMAND, REG_ADD),
    examples: {
      embed: false,
      path: 'kiosk/autologon.cmd',
      positives: (fake) => [
        `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d ${fake.alnum(12)} /f`,
        `reg.exe add HKLM\\SOFTWARE\\Vendor\\Agent /v ProxyPassword /d "${fake.alnum(12)}" /f`,
      ],
      negatives: [
        {
          text: 'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d %PW% /f',
          why: 'an environment variable',
        },
        {
          text: 'reg add HKCU\\Software\\App /v PasswordLength /t REG_DWORD /d 14 /f',
          why: 'a setting about passwords',
        },
      ],
    },
  },
  {
    id: 'registry-export-password-bytes',
    title: 'Password bytes in a registry export ("Password"=hex:..., as VNC servers store it)',
    provider: 'Windows',
    keywords: ['password"=hex:', 'passwordviewonly"=hex:', 'passwd"=hex:', 'pwd"=hex:'],
    pattern: REG_HEX_PASSWORD,
    confidence: 'medium',
    envVar: 'VNC_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/windows/win32/sysinfo/registry-value-types',
    risk: 'VNC servers obfuscate the password with a fixed published DES key: anyone with the export reads it.',
    validate: (secret) => isVariedBytes(secret),
    examples: {
      embed: false,
      path: 'vnc/server.reg',
      positives: (fake) => [
        `"Password"=hex:${Array.from({ length: 8 }, () => fake.hex(2)).join(',')}`,
        `"PasswordViewOnly"=hex:${Array.from({ length: 8 }, () => fake.hex(2)).join(',')}`,
        `"ProxyPasswd"=hex:${Array.from({ length: 8 }, () => fake.hex(2)).join(',')}`,
        `"DbPwd"=hex:${Array.from({ length: 12 }, () => fake.hex(2)).join(',')}`,
      ],
      negatives: [
        { text: '"Password"=hex:00,00,00,00,00,00,00,00', why: 'zeroed' },
        { text: '"Settings"=hex:30,00,00,00,fe,ff,ff,ff,7a,f4,00,00', why: 'not a password value' },
      ],
    },
  },
  {
    id: 'sql-server-setup-sa-password',
    title: "SQL Server setup's sa password (SAPWD in ConfigurationFile.ini)",
    provider: 'Windows',
    keywords: ['sapwd'],
    pattern: SQL_SETUP_SA_PASSWORD,
    confidence: 'medium',
    envVar: 'SQL_SA_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/sql/database-engine/install-windows/install-sql-server-using-a-configuration-file',
    risk: 'Logs in to the instance as sa, its sysadmin.',
    validate: judgedPassword("SQL Server setup's SAPWD", false),
    examples: {
      embed: false,
      path: 'sql/ConfigurationFile.ini',
      positives: (fake) => [`SAPWD="${fake.alnum(12)}"`, `SAPWD=${fake.alnum(12)}`],
      negatives: [
        { text: 'SAPWD=""', why: 'empty: setup prompts' },
        { text: 'SAPWD="%SA_PASSWORD%"', why: 'an environment variable' },
        { text: '; SAPWD is passed on the command line: setup.exe /SAPWD=<StrongPassword>', why: 'a slot' },
      ],
    },
  },
  {
    id: 'wlan-key-material',
    title: 'Wi-Fi passphrase in a WLAN profile (<keyMaterial>)',
    provider: 'Windows',
    keywords: ['<keymaterial>'],
    pattern: WLAN_KEY_MATERIAL,
    ...WLAN_FINDING,
    examples: {
      embed: false,
      path: 'wifi/profile.xml',
      positives: (fake) => [`        <keyMaterial>${fake.alnum(12)}</keyMaterial>`],
      negatives: [{ text: '<keyMaterial>YOUR_WIFI_PASSPHRASE</keyMaterial>', why: 'a slot' }],
    },
  },
  {
    id: 'netsh-wlan-key-content',
    title: 'Wi-Fi passphrase in netsh wlan show profile key=clear output (Key Content)',
    provider: 'Windows',
    keywords: ['key content'],
    pattern: NETSH_KEY_CONTENT,
    ...WLAN_FINDING,
    examples: {
      embed: false,
      path: 'tickets/wifi.txt',
      positives: (fake) => [`    Key Content            : ${fake.alnum(14)}`],
      negatives: [{ text: '    Security key           : Present', why: 'no key shown' }],
    },
  },
  {
    id: 'arm-parameter-secret',
    title: 'Secret in an ARM/Bicep parameter file ("adminPassword": { "value": "..." })',
    provider: 'Azure',
    keywords: ['{ "value":', '{"value":'],
    pattern: ARM_PARAMETER,
    confidence: 'medium',
    envVar: 'VM_ADMIN_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/key-vault-parameter',
    risk: 'Logs in to the virtual machine or service the deployment configures.',
    // `[parameters('x')]`, `[reference(...)]`: a template expression, evaluated at deployment.
    validate: (secret, match, context) => !/^\[.*\]$/.test(secret) && judgeArmParameter(secret, match, context),
    examples: {
      embed: false,
      path: 'infra/vm.parameters.json',
      positives: (fake) => [
        `    "adminPassword": { "value": "${fake.alnum(14)}" },`,
        `"sqlAdministratorLoginPassword": {"value": "${fake.alnum(14)}"}`,
      ],
      negatives: [
        { text: '    "adminUsername": { "value": "azureadmin" },', why: 'not a secret' },
        { text: '    "adminPassword": { "value": "[parameters(\'pw\')]" },', why: 'an expression' },
      ],
    },
  },
  {
    id: 'com-property-password',
    title: 'Password set through a COM/ADO property indexer (.Properties("Password") = "...")',
    provider: 'Windows',
    keywords: ['.properties("', '.item("', '.fields("', '.parameters("'],
    pattern: PROPERTY_INDEXER,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/windows/win32/adsi/searching-with-activex-data-objects-ado',
    risk: 'Logs in to the directory or database the connection opens.',
    validate: judgedByNameGroup(PROPERTY_INDEXER, { form: (name) => `property ${name}`, alwaysQuoted: true }),
    examples: {
      embed: false,
      path: 'legacy/export.vbs',
      positives: (fake) => [
        `objConnection.Properties("Password") = "${fake.alnum(12)}"`,
        `cmd.Parameters("pwd") = "${fake.alnum(12)}"`,
        `rs.Fields("Password").Value = "${fake.alnum(12)}"`,
        `Session.Item("DbPassword") = "${fake.alnum(12)}"`,
      ],
      negatives: [
        { text: 'objConnection.Properties("User ID") = "CORP\\svc_ldap"', why: 'not a secret' },
        { text: 'objConnection.Properties("Password") = strPassword', why: 'a variable' },
      ],
    },
  },
  {
    id: 'autohotkey-runas-password',
    title: "Password in AutoHotkey's RunAs command (RunAs, User, Password, Domain)",
    provider: 'Windows',
    keywords: ['runas,'],
    pattern: AHK_RUNAS,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://www.autohotkey.com/docs/v1/lib/RunAs.htm',
    risk: 'Runs programs as that account for anyone who reads the script.',
    validate: judgedPassword("AutoHotkey's RunAs", true),
    examples: {
      embed: false,
      path: 'hotkeys/admin.ahk',
      positives: (fake) => [`RunAs, ops, ${fake.alnum(12)}, CORP`],
      negatives: [
        { text: 'RunAs, %User%, %Pass%, %Domain%', why: 'variables' },
        { text: 'RunAs', why: 'turns RunAs off' },
      ],
    },
  },
  {
    id: 'autohotkey-send-password',
    title: 'Password typed by an AutoHotkey script (Send, ...{Enter})',
    provider: 'Windows',
    keywords: ['{enter}'],
    pattern: AHK_SEND_PASSWORD,
    paths: /\.ahk$/i,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://www.autohotkey.com/docs/v1/lib/Send.htm',
    risk: 'Whoever reads the hotkey script has the password it types into the login prompt.',
    validate: judgedPassword('typed by AutoHotkey Send', false),
    examples: {
      embed: false,
      path: 'hotkeys/logins.ahk',
      positives: (fake) => [
        `Send, ${fake.alnum(12)}7{Enter}`,
        `  SendInput, ops{Tab}${fake.alnum(10)}.4{Enter}`,
        `Send "${fake.alnum(11)}3{Enter}"`,
        `SendRaw, ${fake.alnum(9)}@2{Enter}`,
      ],
      negatives: [
        { text: 'Send, Hello{Enter}', why: 'a word' },
        { text: 'Send, %password%{Enter}', why: 'a variable' },
        { text: 'Send, ^a{Delete}{Enter}', why: 'keys' },
        { text: 'Send, git status{Enter}', why: 'a command' },
        { text: 'SendInput, {Tab}{Tab}{Enter}', why: 'keys only' },
      ],
    },
  },
  {
    id: 'basic-auth-pair-literal',
    title: 'user:password pair encoded for a Basic header ($pair = "user:...", GetBytes("user:..."))',
    provider: 'HTTP',
    keywords: ['getbytes(', 'pair =', 'pair=', 'userpass =', 'userpass=', 'authinfo =', 'authinfo='],
    pattern: BASIC_PAIR,
    confidence: 'medium',
    envVar: 'API_PASSWORD',
    docs: 'https://datatracker.ietf.org/doc/html/rfc7617',
    risk: 'Logs in to the HTTP service as that user.',
    validate: judgeBasicPair,
    examples: {
      embed: false,
      path: 'scripts/Query.ps1',
      positives: (fake) => [
        `$pair = "monitor:${fake.alnum(12)}"`,
        `$bytes = [Text.Encoding]::ASCII.GetBytes("admin:${fake.alnum(12)}")`,
        `$base64AuthInfo = 'svc:${fake.alnum(12)}'`,
        `$pair="ops:${fake.alnum(12)}"`,
        `$userPass = "api:${fake.alnum(12)}"`,
        `$userpass="api:${fake.alnum(12)}"`,
        `$authInfo='svc:${fake.alnum(12)}'`,
      ],
      negatives: [
        { text: '$pair = "$($user):$($password)"', why: 'variables' },
        { text: '$pair = "key:value"', why: 'not a credential pair' },
        { text: '[Text.Encoding]::UTF8.GetBytes("Content-Type: application/json")', why: 'not a pair' },
      ],
    },
  },
];
