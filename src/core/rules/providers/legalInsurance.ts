// Credentials of law-firm, insurer and compliance IT (legal-insurance corpus) whose documented form,
// not their format, says what the value is:
// - an authentication key written as a GUID under a name that says so (the Applied Epic SDK's
//   `AuthenticationKey` message header, and other vendors' `...AuthenticationKey` settings): a GUID
//   is usually an id, but a setting named the authentication key holds the credential;
// - PandaDoc's `API-Key <40 hex>` authorization scheme written into a string (the SDK's
//   `api_key={"apiKey": "API-Key ..."}`), wherever the header itself is not written;
// - an API key given as the Basic-auth user name (Dropbox Sign's SDKs: `api.username = KEY`,
//   `setUsername(KEY)`, `Configuration(username=KEY)`), read when the value is a random 64-hex key;
// - IBM i CL `RMTPWD(...)` (RUNRMTCMD and SBMRMTCMD's remote password), not `*NONE` or a variable.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedExplicitPassword } from '../judge/judge';
import type { Rule } from '../types';
import { isRandomKeyHex } from './keyMaterialChecks';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** A GUID with at least eight distinct hex digits: not the nil GUID or a `1111...` stand-in. */
function isDrawnGuid(value: string): boolean {
  return new Set(value.replace(/-/g, '').toLowerCase()).size >= 8;
}

const judgeRemotePassword = judgedExplicitPassword('IBM i remote password (RMTPWD) in a CL program');

export const legalInsuranceRules: readonly Rule[] = [
  {
    id: 'authentication-key-guid',
    title: 'Authentication key written as a GUID (Applied Epic SDK AuthenticationKey)',
    provider: 'Applied Systems',
    keywords: ['authenticationkey', 'authentication_key', 'authentication-key', 'authentication.key'],
    pattern: new RegExp(
      String.raw`authentication[_.-]?key["']?(?:[ \t]{0,4}(?:=>?|:)[ \t]{0,4}|[ \t]{1,4}value[ \t]{0,2}=[ \t]{0,2})@?["']?(?<secret>${UUID})(?![\w-])`,
      'i',
    ),
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'EPIC_AUTHENTICATION_KEY',
    docs: 'https://www1.appliedsystems.com/en-us/solutions/for-agents/agency-management-system/applied-epic/',
    risk: "Calls the agency management system's SDK as the integration: clients, policies, claims, accounting.",
    validate: (secret) => isDrawnGuid(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `  <add key="EpicAuthenticationKey" value="${fake.uuid().toUpperCase()}" />`,
        `    AuthenticationKey = "${fake.uuid()}",`,
        `AMS_AUTHENTICATION_KEY=${fake.uuid()}`,
        `  authentication-key: ${fake.uuid()}`,
        `epic.authentication.key=${fake.uuid()}`,
      ],
      negatives: [
        { text: '    AuthenticationKey = configuration["Epic:AuthenticationKey"],', why: 'a configuration read' },
        { text: 'EPIC_AUTHENTICATION_KEY=${EPIC_AUTHENTICATION_KEY}', why: 'an environment reference' },
        { text: '  <add key="AuthenticationKey" value="00000000-0000-0000-0000-000000000000" />', why: 'the nil GUID' },
        {
          text: (fake) => `  "authenticationKeyId": "${fake.uuid()}",`,
          why: "the key's id, not the key",
        },
      ],
    },
  },
  {
    id: 'pandadoc-api-key-scheme',
    title: 'PandaDoc API key in its `API-Key` authorization scheme',
    provider: 'PandaDoc',
    keywords: ['api-key '],
    pattern: /\bAPI-Key[ \t]{1,4}(?<secret>[0-9a-f]{40})(?![0-9A-Za-z])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'PANDADOC_API_KEY',
    docs: 'https://developers.pandadoc.com/reference/authentication',
    risk: "Reads, creates and sends the workspace's documents and templates (contracts, proposals, signatures).",
    examples: {
      embed: false,
      positives: (fake) => [
        `    api_key={"apiKey": "API-Key ${fake.hex(40)}"},`,
        `headers = {"Authorization": "API-Key ${fake.hex(40)}"}`,
      ],
      negatives: [
        { text: 'api_key={"apiKey": f"API-Key {api_key}"},', why: 'a variable' },
        { text: 'Authorization: API-Key {{api_key}}', why: 'a template' },
      ],
    },
  },
  {
    id: 'api-key-as-basic-username',
    title: 'API key given as the Basic-auth user name (Dropbox Sign SDKs)',
    provider: 'Dropbox Sign',
    keywords: ['.username', 'setusername(', 'username="', "username='"],
    pattern: /(?:\.username[ \t]{0,4}=[ \t]{0,4}|setUsername\([ \t]{0,4}|username=)["'](?<secret>[0-9a-fA-F]{64})["']/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'DROPBOX_SIGN_API_KEY',
    docs: 'https://developers.hellosign.com/api/reference/authentication/',
    risk: "Sends, reads and cancels the account's signature requests and downloads signed documents.",
    validate: (secret) => isRandomKeyHex(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `signatureRequestApi.username = '${fake.hex(64)}';`,
        `$config->setUsername("${fake.hex(64)}");`,
        `configuration = Configuration(username="${fake.hex(64)}")`,
        `client = ApiClient(Configuration(username='${fake.hex(64)}'))`,
      ],
      negatives: [
        { text: "signatureRequestApi.username = process.env.DROPBOX_SIGN_API_KEY ?? '';", why: 'an environment read' },
        { text: 'user.username = "jmorales";', why: 'a user name' },
        {
          text: `apiCaller.username = '${'0'.repeat(64)}';`,
          why: 'not random',
        },
      ],
    },
  },
  {
    id: 'ibm-i-remote-password',
    title: 'IBM i remote password in a CL command (RMTPWD)',
    provider: 'IBM i',
    keywords: ['rmtpwd('],
    pattern: /RMTPWD\(['"]?(?<secret>[^()\s&*'"][^()\s'"]{0,127})['")]/i,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'IBMI_PASSWORD',
    docs: 'https://www.ibm.com/docs/en/i/7.5?topic=ssw_ibm_i_75/cl/runrmtcmd.htm',
    risk: 'Signs on to the remote IBM i as the named profile: its libraries, files and commands.',
    validate: judgeRemotePassword,
    examples: {
      embed: false,
      path: 'QCLSRC/NIGHTLY.clle',
      positives: (fake) => [
        `             RUNRMTCMD  CMD('CALL CLMLIB/CLMEXTR') RMTLOCNAME(CLMSYS02 *IP) RMTUSER(CLMBATCH) RMTPWD(K${fake.upperAlnum(8)})`,
        `             SBMRMTCMD  CMD('DLTF POLLIB/WORK') DDMFILE(POLLIB/RMT) RMTUSER(POLBATCH) RMTPWD('P${fake.upperAlnum(7)}')`,
      ],
      negatives: [
        {
          text: '             RUNRMTCMD  CMD(&CMD) RMTLOCNAME(&SYS *IP) RMTUSER(&USR) RMTPWD(&PWD)',
          why: 'a variable',
        },
        { text: '             RUNRMTCMD  CMD(&CMD) RMTLOCNAME(&SYS *IP) RMTPWD(*NONE)', why: 'no password' },
      ],
    },
  },
];
