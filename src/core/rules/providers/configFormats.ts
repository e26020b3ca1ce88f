// Credentials in configuration formats the assignment rule cannot read: XML elements with attributes
// or namespaces (Maven settings.xml, Jenkins credentials.xml, FileZilla sitemanager.xml with
// base64 `<Pass encoding="base64">`), Terraform variables that are secret by name or description
// with a literal `default`, and Android Gradle build fields named for a secret. Candidates only; the
// shared judge (../judge) decides.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, judgedByNameGroup } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { decodeBase64Text } from '../valueChecks';

/** Jenkins stores secrets encrypted with its master key: `{AQAAABAAAAAQ…}`; decryptable with the controller's files. */
const JENKINS_SECRET = /^\{AQAAAB[A-Za-z0-9+/]{20,}={0,2}\}$/;

function judgeXmlElement(secret: string, match: string, context: MatchContext): false | Verdict {
  const name = /^<([\w:.-]+)/.exec(match)![1]!;
  const valueEnd = context.matchIndex + match.length;
  if (JENKINS_SECRET.test(secret))
    return {
      confidence: 'medium',
      why: `Jenkins-encrypted secret in <${name}>: decryptable with the controller's master key`,
    };
  let value = secret;
  if (/encoding\s{0,2}=\s{0,2}"base64"/i.test(match)) {
    const decoded = decodeBase64Text(secret);
    if (decoded === undefined) return false;
    value = decoded;
  }
  return judgeCandidate({
    name: name.replace(/^\w+:/, ''),
    value,
    quoted: true,
    context,
    nameStart: context.matchIndex + 1,
    valueEnd,
    form: `<${name}> element`,
  });
}

/** Gradle's `buildConfigField "String", "API_KEY", "\"...\""` and `resValue "string", "api_key", "..."`. */
const GRADLE_FIELD =
  /(?:buildConfigField|resValue)\s{0,4}\(?\s{0,4}["'](?:String|string)["']\s{0,4},\s{0,4}["'](?<name>[\w.-]{1,80})["']\s{0,4},\s{0,4}["'](?:\\")?(?<secret>[^"'\\\n]{1,200})(?:\\")?["']/;

export const configFormatRules: readonly Rule[] = [
  {
    id: 'xml-secret-element',
    title: 'Password or key in an XML element (settings.xml, credentials.xml, sitemanager.xml)',
    provider: 'XML configuration',
    keywords: [
      '<pass',
      '<pwd',
      '<secret',
      '<apikey',
      '<api_key',
      '<token',
      '<privatekey',
      '<passphrase',
      '<clientsecret',
      ':password',
      ':secret',
    ],
    pattern:
      /<(?<name>(?:[\w.-]{1,30}:)?(?:pass(?:word|wd|phrase)?|pwd|secret|api_?key|token|private_?key|client_?secret|secret_?key|access_?key|auth_?token)[\w.-]{0,20})(?:\s{1,4}[\w:.-]{1,30}\s{0,2}=\s{0,2}"[^"<>\n]{0,60}"){0,4}\s{0,4}>(?<secret>[^<\s]{1,512})<\//i,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://maven.apache.org/guides/mini/guide-encryption.html',
    risk: 'Logs in to the repository, server or FTP site the configuration points at.',
    validate: judgeXmlElement,
    examples: {
      embed: false,
      positives: (fake) => [
        `    <password>${fake.alnum(10)}!3</password>`,
        `<Pass encoding="base64">${Buffer.from(`${fake.alnum(10)}#1`).toString('base64')}</Pass>`,
        `<secret>${fake.alnum(32)}</secret>`,
        `<apiKey>${fake.alnum(32)}</apiKey>`,
        `<api_key>${fake.hex(32)}</api_key>`,
        `<token type="pat">${fake.alnum(40)}</token>`,
        `<privateKey>${fake.base64(64)}</privateKey>`,
        `<passphrase>${fake.alnum(14)}</passphrase>`,
        `<clientSecret>${fake.alnum(30)}</clientSecret>`,
        `<PWD>${fake.alnum(10)}9</PWD>`,
        `<ns2:password>${fake.alnum(12)}</ns2:password>`,
        `<cred:secret>${fake.alnum(24)}</cred:secret>`,
        `<password>{AQAAABAAAAAQ${fake.base64(44)}}</password>`,
      ],
      negatives: [
        { text: '<password>${env.DEPLOY_PASSWORD}</password>', why: 'Maven property reference' },
        { text: '<Pass encoding="base64">cGFzc3dvcmQ=</Pass>', why: 'base64 of a placeholder password' },
        { text: '<passwordPolicy>strict</passwordPolicy>', why: 'a setting about passwords' },
        { text: '<tokenUrl>https://login.internal/token</tokenUrl>', why: 'a URL' },
        { text: '<secret>changeme</secret>', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'terraform-secret-variable-default',
    title: 'Terraform variable marked secret (by name, description or sensitive) with a literal default',
    provider: 'Terraform',
    keywords: ['variable'],
    pattern:
      /^\s{0,8}variable\s{1,4}"(?<name>[\w-]{1,64})"\s{0,4}\{(?<body>[^{}]{0,600}?)\bdefault\s{0,8}=\s{0,4}"(?<secret>[^"\n]{1,256})"/,
    multiline: { maxSpan: 800 },
    confidence: 'medium',
    envVar: 'TF_VAR_DB_PASSWORD',
    docs: 'https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output',
    risk: 'The default is committed with the module and applied wherever the variable is not set.',
    validate: (secret, match, context) => {
      const name = /"([\w-]+)"/.exec(match)![1]!;
      const says =
        /description\s{0,4}=\s{0,4}"[^"\n]{0,200}\b(password|secret|token|api key|private key|credential)/i.exec(
          match,
        )?.[1] ?? (/\bsensitive\s{0,4}=\s{0,4}true/.test(match) ? 'secret' : name);
      return judgeCandidate({
        name: says === name ? name : `${name} (${says})`.replace(/ /g, '_'),
        value: secret,
        quoted: true,
        context,
        nameStart: context.matchIndex,
        valueEnd: context.matchIndex,
        form: `default of variable "${name}"`,
      });
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `variable "db_password" {\n  type    = string\n  default = "${fake.alnum(12)}!"\n}`,
        `variable "admin" {\n  description = "Admin password for the console"\n  default     = "${fake.alnum(14)}"\n}`,
        `variable "api" {\n  sensitive = true\n  default   = "${fake.alnum(32)}"\n}`,
      ],
      negatives: [
        { text: 'variable "db_password" {\n  type = string\n  sensitive = true\n}', why: 'no default' },
        { text: 'variable "region" {\n  default = "eu-west-1"\n}', why: 'not a secret' },
        { text: 'variable "db_password" {\n  default = ""\n}', why: 'empty default' },
      ],
    },
  },
  {
    id: 'gradle-secret-build-field',
    title: 'Secret compiled into an Android app by Gradle (buildConfigField, resValue)',
    provider: 'Config files',
    keywords: ['buildconfigfield', 'resvalue'],
    pattern: GRADLE_FIELD,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code',
    risk: 'The value is compiled into the APK: anyone with the app can extract it.',
    validate: judgedByNameGroup(GRADLE_FIELD, { form: (name) => `the Gradle build field ${name}`, alwaysQuoted: true }),
    examples: {
      embed: false,
      positives: (fake) => [
        `        buildConfigField "String", "API_KEY", "\\"${fake.alnum(32)}\\""`,
        `buildConfigField("String", "CLIENT_SECRET", "\\"${fake.alnum(40)}\\"")`, // Kotlin DSL
        `        resValue "string", "maps_api_key", "${fake.alnum(39)}"`,
      ],
      negatives: [
        { text: 'buildConfigField "String", "API_KEY", "\\"${apiKey}\\""', why: 'read from a Gradle property' },
        { text: 'buildConfigField "String", "BASE_URL", "\\"https://api.internal\\""', why: 'not a secret' },
        {
          text: 'buildConfigField("String", "API_KEY", "\\"" + System.getenv("API_KEY") + "\\"")',
          why: 'read from the environment',
        },
      ],
    },
  },
];
