// Credentials of point of sale, restaurants and hotels (retail-hospitality corpus), where the
// vendor's documented form says what the value is:
// - Mews Connector and Channel Manager API tokens (`ClientToken`, `AccessToken`, `ConnectionToken`:
//   32 hex digits, `-`, 31 or 32 more, sent in every request body);
// - Revel Systems' `API-AUTHENTICATION: <api key>:<api secret>` header (32 hex, `:`, the secret);
// - Just Eat's partner APIs, `Authorization: JE-API-KEY <key>`;
// - Cin7 Core (DEAR Inventory) `api-auth-applicationkey` header (a UUID; `api-auth-accountid` beside
//   it names the account);
// - a WS-Security UsernameToken password sent as `#PasswordText` (SiteMinder pmsXchange, OTA and
//   other SOAP channel interfaces; the `#PasswordDigest` form is a one-time hash);
// - a Windows `ftp -s:` script: `open <host>`, the user, the password, then ftp commands (the
//   script answers the client's prompts line by line).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { shannonEntropy } from '../../entropy';
import { judgedExplicitPassword } from '../judge/judge';
import { UUID } from '../ruleKit';
import type { KeywordGate, MatchContext, Rule, Verdict } from '../types';
import { isRandomKeyHex } from './keyMaterialChecks';

const judgeWssePassword = judgedExplicitPassword('WS-Security UsernameToken password (PasswordText)');
const judgeFtpScriptPassword = judgedExplicitPassword('password answered in an ftp -s: script');

/** Letters and digits both and a spread of characters: an issued key, not a word or a number. */
function isDrawnKey(value: string): boolean {
  return /[A-Za-z]/.test(value) && /\d/.test(value) && shannonEntropy(value) >= 3.5;
}

/** The commands an ftp script gives after logging in (Windows ftp.exe and BSD ftp). */
const FTP_COMMANDS = 'binary|bin|ascii|type|cd|lcd|put|mput|get|mget|prompt|hash|quote|literal|passive|dir|ls|bye|quit';

/** One of those commands alone: what a script line after an empty login holds, not a password. */
const FTP_COMMAND = new RegExp(`^(?:${FTP_COMMANDS})$`, 'i');

/** `open host [port]` alone on its line: how an ftp script starts. */
const FTP_OPEN_LINE = /^open[ \t]{1,8}[A-Za-z0-9.-]{1,253}(?:[ \t]{1,8}\d{1,5})?[ \t]*\r?$/i;

/** At line start, the rest of the line (at most 300 characters) an `open host [port]` line. */
const ftpOpenGate: KeywordGate = (text, at, lineEnd) => {
  if (at > 0 && text.charCodeAt(at - 1) !== 10) return false;
  const end = Math.min(lineEnd, at + 300);
  return end === lineEnd && FTP_OPEN_LINE.test(text.slice(at, end));
};

function judgeFtpScript(secret: string, match: string, context: MatchContext): Verdict | false {
  const user = /\n[ \t]*(\S{1,64})[ \t]*\r?\n/.exec(match)?.[1] ?? '';
  // An anonymous login answers with an e-mail address, not a password; `user` is the -n form's command.
  if (/^(?:anonymous|ftp|user)$/i.test(user)) return false;
  // The script's commands are not a password (`open host`, then `binary` after an empty login).
  if (FTP_COMMAND.test(secret)) return false;
  return judgeFtpScriptPassword(secret, match, context);
}

export const retailHospitalityRules: readonly Rule[] = [
  {
    id: 'mews-api-token',
    title: 'Mews Connector or Channel Manager API token (ClientToken, AccessToken, ConnectionToken)',
    provider: 'Mews',
    keywords: ['clienttoken', 'accesstoken', 'connectiontoken', 'client_token', 'access_token', 'connection_token'],
    pattern:
      /(?:client|access|connection)_?token["']?\s{0,4}[:=]\s{0,4}["']?(?<secret>[0-9A-F]{32}-[0-9A-F]{31,32})(?![\w-])/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'MEWS_ACCESS_TOKEN',
    docs: 'https://docs.mews.com/connector-api/guidelines/authentication',
    risk: "Reads and changes the property's reservations, guests, payments and rates through the Mews API.",
    validate: (secret) =>
      isRandomKeyHex(secret.slice(0, 32)) && { why: 'Mews API token (32 hex, dash, 31 hex) under a token name' },
    examples: {
      embed: false,
      positives: (fake) => [
        `"ClientToken": "${fake.upperHex(32)}-${fake.upperHex(31)}",`,
        `"AccessToken": "${fake.upperHex(32)}-${fake.upperHex(31)}"`,
        `MEWS_ACCESS_TOKEN=${fake.upperHex(32)}-${fake.upperHex(31)}`,
        `MEWS_CLIENT_TOKEN=${fake.upperHex(32)}-${fake.upperHex(31)}`,
        `connectionToken: '${fake.upperHex(32)}-${fake.upperHex(32)}'`,
        `connection_token = "${fake.upperHex(32)}-${fake.upperHex(31)}"`,
      ],
      negatives: [
        { text: '"ClientToken": "{ClientToken}", "AccessToken": "{AccessToken}"', why: 'placeholders' },
        { text: 'access_token = response.json()["access_token"]', why: 'read from a response' },
        { text: `ClientToken: ${'0'.repeat(32)}-${'0'.repeat(31)}`, why: 'not random' },
      ],
    },
  },
  {
    id: 'revel-api-authentication',
    title: 'Revel Systems API key and secret (API-AUTHENTICATION header)',
    provider: 'Revel Systems',
    keywords: ['api-authentication'],
    pattern: /API-AUTHENTICATION["']?\s{0,4}[:=,]\s{0,4}["']?(?<secret>[0-9a-f]{32}:[A-Za-z0-9]{32,128})(?![\w-])/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'REVEL_API_SECRET',
    docs: 'https://developer.revelsystems.com/',
    risk: "Reads and writes the establishment's orders, menus, customers and employees through the Revel API.",
    validate: (secret) =>
      isDrawnKey(secret.slice(33)) && { why: 'Revel API key and secret in an API-AUTHENTICATION header' },
    examples: {
      embed: false,
      positives: (fake) => [
        `API-AUTHENTICATION: ${fake.hex(32)}:${fake.alnum(64)}`,
        `headers = {"API-AUTHENTICATION": "${fake.hex(32)}:${fake.alnum(60)}"}`,
      ],
      negatives: [
        { text: 'API-AUTHENTICATION: {api_key}:{api_secret}', why: 'placeholders' },
        { text: 'headers["API-AUTHENTICATION"] = f"{key}:{secret}"', why: 'built from variables' },
      ],
    },
  },
  {
    id: 'just-eat-api-key',
    title: 'Just Eat partner API key (JE-API-KEY authorization)',
    provider: 'Just Eat Takeaway',
    keywords: ['je-api-key'],
    pattern: /JE-API-KEY[ \t]{1,4}(?<secret>[A-Za-z0-9]{20,64})(?![\w-])/i,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'JUST_EAT_API_KEY',
    docs: 'https://developers.just-eat.com/',
    risk: 'Calls the Just Eat partner APIs as the restaurant or partner: orders, menus, availability.',
    validate: (secret) => isDrawnKey(secret) && { why: 'Just Eat API key in a JE-API-KEY authorization' },
    examples: {
      embed: false,
      positives: (fake) => [
        `req.Header.Set("Authorization", "JE-API-KEY ${fake.alnum(32)}")`,
        `Authorization: JE-API-KEY ${fake.alnum(40)}`,
      ],
      negatives: [
        { text: 'Authorization: JE-API-KEY {your-api-key}', why: 'a placeholder' },
        { text: 'Authorization: JE-API-KEY ' + 'X'.repeat(32), why: 'a mask' },
      ],
    },
  },
  {
    id: 'cin7-core-application-key',
    title: 'Cin7 Core (DEAR Inventory) API application key',
    provider: 'Cin7',
    keywords: ['api-auth-applicationkey'],
    pattern: new RegExp(
      String.raw`api-auth-applicationkey["']?\s{0,4}[:=,]\s{0,4}["']?(?<secret>${UUID})(?![\w-])`,
      'i',
    ),
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'CIN7_APPLICATION_KEY',
    docs: 'https://dearinventory.docs.apiary.io/',
    risk: "Reads and changes the account's products, stock, sales and purchases through the Cin7 Core API.",
    examples: {
      embed: false,
      positives: (fake) => [
        `"api-auth-applicationkey": "${fake.uuid()}",`,
        `client.DefaultRequestHeaders.Add("api-auth-applicationkey", "${fake.uuid()}");`,
      ],
      negatives: [
        { text: '"api-auth-applicationkey": os.environ["CIN7_KEY"],', why: 'an environment read' },
        { text: (fake) => `"api-auth-accountid": "${fake.uuid()}"`, why: 'the account id' },
      ],
    },
  },
  {
    id: 'wsse-password-text',
    title: 'WS-Security UsernameToken password in clear (PasswordText)',
    provider: 'WS-Security',
    keywords: ['passwordtext'],
    pattern: /<(?:[A-Za-z][\w-]{0,20}:)?Password\b[^<>]{0,200}#PasswordText["']\s{0,4}>(?<secret>[^<>\s]{1,128})<\//,
    confidence: 'high',
    envVar: 'SOAP_PASSWORD',
    docs: 'https://docs.oasis-open.org/wss-m/wss/v1.1.1/os/wss-UsernameTokenProfile-v1.1.1-os.html',
    risk: 'Logs in to the SOAP service (a channel manager, PMS or booking interface) as the integration user.',
    validate: judgeWssePassword,
    examples: {
      embed: false,
      positives: (fake) => [
        `<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${fake.alnum(14)}</wsse:Password>`,
        `<o:Password o:Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${fake.alnum(8)}!${fake.digits(3)}</o:Password>`,
      ],
      negatives: [
        {
          text: '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${password}</wsse:Password>',
          why: 'a template variable',
        },
        {
          text: '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"></wsse:Password>',
          why: 'empty',
        },
      ],
    },
  },
  {
    id: 'ftp-s-script-password',
    title: 'Password in an ftp -s: script (open host, user, password lines)',
    provider: 'FTP',
    keywords: ['open'],
    keywordGate: ftpOpenGate,
    pattern: new RegExp(
      // At a line's start, as the gate reads it.
      String.raw`(?<![^\n])open[ \t]{1,8}[A-Za-z0-9.-]{1,253}(?:[ \t]{1,8}\d{1,5})?[ \t]{0,8}\r?\n[ \t]{0,8}[^\s]{1,64}[ \t]{0,8}\r?\n[ \t]{0,8}(?<secret>[^\s]{1,128})[ \t]{0,8}\r?\n[ \t]{0,8}(?:${FTP_COMMANDS})\b`,
      'i',
    ),
    multiline: { maxSpan: 600 },
    confidence: 'medium',
    envVar: 'FTP_PASSWORD',
    docs: 'https://learn.microsoft.com/windows-server/administration/windows-commands/ftp',
    risk: 'Logs in to the FTP server as the script does: reads and replaces what it uploads and downloads.',
    validate: judgeFtpScript,
    examples: {
      embed: false,
      path: 'scripts/upload.ftp',
      positives: (fake) => [
        `open ftp.franchise-reports.com\nstore${fake.digits(4)}\n${fake.alnum(8)}${fake.digits(3)}!\nbinary\nput sales.csv\nbye`,
        `open 10.1.2.3 21\npolling\n${fake.alnum(12)}\ncd /inbound\nmput *.dat\nquit`,
      ],
      negatives: [
        { text: 'open ftp.gnu.org\nanonymous\nops@corp.local\nbinary\nget ls-lR.gz\nbye', why: 'an anonymous login' },
        { text: 'open the back office\nfirst\nthen\nput the cash in the safe', why: 'prose' },
        { text: 'open ftp.corp.local\nuser\nbinary\nput a.csv\nbye', why: 'no password line' },
      ],
    },
  },
];
