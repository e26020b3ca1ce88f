// Credentials in configuration formats the assignment rule cannot read: XML elements with attributes,
// namespaces or CDATA sections (Maven settings.xml, Magento 1 local.xml, Jenkins credentials.xml, FileZilla sitemanager.xml with
// base64 `<Pass encoding="base64">`), Terraform variables that are secret by name or description
// with a literal `default`, name/value pairs whose name says secret (Kubernetes and ECS `env` lists,
// CloudFormation parameters, Postman variables), Apple property-list pairs and Android Gradle build
// fields named for a secret. Candidates only; the shared judge (../judge) decides.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, judgedByNameGroup } from '../judge/judge';
import { namedPairFollows, plistKeyFollows } from '../pairGates';
import type { MatchContext, Rule, Verdict } from '../types';
import { decodeBase64Text } from '../valueChecks';

/** Jenkins stores secrets encrypted with its master key: `{AQAAABAAAAAQ…}`; decryptable with the controller's files. */
const JENKINS_SECRET = /^\{AQAAAB[A-Za-z0-9+/]{20,}={0,2}\}$/;

/**
 * Maven's encrypted form `{base64}`: its guide says it only keeps a password from casual view, and
 * settings-security.xml's `<master>` holding it decrypts with a constant Maven publishes.
 */
const MAVEN_ENCRYPTED = /^\{[A-Za-z0-9+/]{16,200}={0,2}\}$/;

function judgeXmlElement(secret: string, match: string, context: MatchContext): false | Verdict {
  const name = /^<([\w:.-]+)/.exec(match)![1]!;
  const valueEnd = context.matchIndex + match.length;
  if (JENKINS_SECRET.test(secret))
    return {
      confidence: 'medium',
      why: `Jenkins-encrypted secret in <${name}>: decryptable with the controller's master key`,
    };
  if (name === 'master')
    return MAVEN_ENCRYPTED.test(secret)
      ? { confidence: 'medium', why: "Maven's master password (settings-security.xml): decrypts every server password" }
      : false;
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

/** A setting's name holding a credential word (the judge has the last word on the whole name). */
const SECRET_NAME = String.raw`[\w.-]{0,40}(?:pass|pw|secret|credential|key|salt|token)[\w.-]{0,40}`;

/**
 * `- name: DB_PASSWORD` then `value: ...` on the next line (YAML lists), or `{"name": "...",
 * "value": "..."}` in one JSON object, on one line or two (also `key`/`value`, CloudFormation's
 * `ParameterKey`/`ParameterValue` and HCL's `name  = ...`). It opens with its keywords (the gate's
 * condition: see pairGates.ts).
 */
const NAME_VALUE_PAIR = new RegExp(
  String.raw`(?:- name:|\{ ?(?:name:|["']name["']:)|\{ name =|["']key["']:|parameterkey["']?[ \t]{0,4}:|name  =)[ \t]{0,8}["']?(?<name>${SECRET_NAME})["']?[ \t]{0,4}(?:,[ \t]{0,4}(?:\r?\n[ \t]{0,40})?|\r?\n[ \t]{0,40})["']?(?:parametervalue|value)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>[^"'\s,{}\[\]]{1,200})`,
  'i',
);

/** An Apple property list's `<key>...</key>` then its `<string>` value (Info.plist, GoogleService-Info.plist). */
const PLIST_PAIR = new RegExp(
  String.raw`<key>(?<name>${SECRET_NAME})</key>\s{0,40}<string>(?<secret>[^<\n]{1,200})</string>`,
  'i',
);

/** Gradle's `buildConfigField "String", "API_KEY", "\"...\""` and `resValue "string", "api_key", "..."`. */
const GRADLE_FIELD =
  /(?:buildConfigField|resValue)\s{0,4}\(?\s{0,4}["'](?:String|string)["']\s{0,4},\s{0,4}["'](?<name>[\w.-]{1,80})["']\s{0,4},\s{0,4}["'](?:\\")?(?<secret>[^"'\\\n]{1,200})(?:\\")?["']/;

/**
 * A quoted key written in words (`"Steam API Key": "…"`, `"Admin Password": "…"`), as plugin
 * frameworks that generate readable JSON configs write them (uMod/Oxide, Carbon, many game and bot
 * plugins). The assignment rule's names hold no spaces; here the words are joined with `_` for the
 * judge. At least one space, so the plain names stay the assignment rule's.
 */
const SPACED_KEY =
  /"(?<name>(?:[A-Za-z][A-Za-z0-9]{0,20} ){1,4}(?:api key|key|secret|token|password|passphrase))"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[^"\s\\]{1,200})"/i;

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
      '<apitoken',
      '<api_token',
      '<token',
      '<privatekey',
      '<passphrase',
      '<clientsecret',
      ':password',
      ':secret',
      '<master>', // Maven's settings-security.xml
      // A prefixed name with attributes, which the assignment rule cannot read past (Snom's
      // `<user_pass idx="1" perm="">`).
      '_pass ',
    ],
    pattern:
      /<(?<name>(?:[\w.-]{1,30}:)?(?:[A-Za-z][A-Za-z0-9]{0,20}_(?=pass\s))?(?:pass(?:word|wd|phrase)?|pwd|secret|api_?key|api_?token|token|private_?key|client_?secret|secret_?key|access_?key|auth_?token|master)[\w.-]{0,20})(?:\s{1,4}[\w:.-]{1,30}\s{0,2}=\s{0,2}"[^"<>\n]{0,60}"){0,4}\s{0,4}>(?:<!\[CDATA\[)?(?<secret>[^<\s]{1,512}?)(?:\]\]>)?<\//i,
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
        // Magento 1's app/etc/local.xml and other generated XML wrap values in CDATA sections.
        `<password><![CDATA[${fake.alnum(12)}#7]]></password>`,
        `      <apiToken>{AQAAABAAAAAw${fake.base64(64)}}</apiToken>`, // Jenkins users/<id>/config.xml
        `<api_token>${fake.alnum(40)}</api_token>`,
        `    <user_pass idx="1" perm="">${fake.alnum(10)}4</user_pass>`,
        `<settingsSecurity>\n  <master>{${fake.base64(32)}=}</master>\n</settingsSecurity>`,
      ],
      negatives: [
        { text: '<password>${env.DEPLOY_PASSWORD}</password>', why: 'Maven property reference' },
        { text: '<Pass encoding="base64">cGFzc3dvcmQ=</Pass>', why: 'base64 of a placeholder password' },
        { text: '<passwordPolicy>strict</passwordPolicy>', why: 'a setting about passwords' },
        { text: '<tokenUrl>https://login.internal/token</tokenUrl>', why: 'a URL' },
        { text: '<secret>changeme</secret>', why: 'placeholder' },
        { text: '<password><![CDATA[]]></password>', why: 'an empty CDATA section' },
        { text: '<master>true</master>', why: 'a flag, not an encrypted master password' },
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
    id: 'secret-name-value-pair',
    title: 'Secret literal in a name/value pair (Kubernetes or ECS env, CloudFormation parameters, Postman)',
    provider: 'Config files',
    // Not `"name":` alone: JSON is full of it, and its hits cost the engine more than the pretty-printed
    // ECS task definitions it would add are worth; a one-line `{"name": ...}` object opens with `{`.
    keywords: [
      '- name:',
      '{name:',
      '{ name:',
      '{ name =',
      '{"name":',
      '{ "name":',
      "{'name':",
      "{ 'name':",
      '"key":',
      "'key':",
      'parameterkey',
      'name  =',
    ],
    pattern: NAME_VALUE_PAIR,
    keywordGate: namedPairFollows,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables',
    risk: 'The value is committed with the manifest or template and readable by everyone with the repository.',
    validate: judgedByNameGroup(NAME_VALUE_PAIR, { form: (name) => `value of ${name}` }),
    examples: {
      embed: false,
      positives: (fake) => [
        `        - name: POSTGRES_PASSWORD\n          value: "${fake.alnum(14)}"`, // Kubernetes env
        `  - name: API_TOKEN\r\n    value: ${fake.alnum(32)}`,
        `  - {name: SMTP_PASS, value: ${fake.alnum(12)}9}`, // YAML flow mapping
        `  - { name: REDIS_PASSWORD, value: ${fake.alnum(16)} }`,
        `variables = [{'key': 'client_secret', 'value': '${fake.alnum(32)}'}]`,
        `{ "environment": [ { "name": "DB_PASSWORD", "value": "${fake.alnum(14)}" } ] }`, // ECS task definition
        `  { "ParameterKey": "DBPassword", "ParameterValue": "${fake.alnum(14)}" },`, // CloudFormation
        `  - ParameterKey: AdminPassword\n    ParameterValue: ${fake.alnum(14)}`, // CloudFormation YAML
        `{ "key": "password", "value": "${fake.alnum(14)}", "type": "string" }`, // Postman
        `{"name": "SMTP_SECRET",\n "value": "${fake.alnum(24)}"}`,
        `  { 'name': 'JWT_SECRET', 'value': '${fake.alnum(32)}' }`,
        `{ "Name": "ApiToken", "Value": "${fake.alnum(32)}" }`,
        `environment=[{'name': 'API_KEY', 'value': '${fake.alnum(32)}'}]`, // boto3
        `    { name = "DB_PASSWORD", value = "${fake.alnum(14)}" },`, // Terraform container definitions
        `      name  = "STRIPE_SECRET"\n      value = "${fake.alnum(32)}"`,
      ],
      negatives: [
        {
          text: '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password',
          why: 'read from a Kubernetes Secret',
        },
        { text: '- name: LOG_LEVEL\n  value: debug', why: 'not a secret name' },
        { text: '{ "name": "DB_PASSWORD", "value": "${DB_PASSWORD}" }', why: 'a reference' },
        { text: '- name: TOKEN_TTL\n  value: "3600"', why: 'a setting about the token' },
        { text: '{ "key": "password", "value": "" }', why: 'empty' },
        { text: '- name: Check the API token\n  run: ./check.sh', why: 'a workflow step, not a pair' },
        { text: '- ParameterKey: DBPassword\n  ParameterValue: !Ref DbPasswordParam', why: 'a reference' },
        { text: '- name: SESSION_KEY_NAME\n  value: sid', why: 'the name of a key, not a key' },
      ],
    },
  },
  {
    id: 'plist-secret-string',
    title: 'Secret in an Apple property list (<key> named for a secret, then its <string>)',
    provider: 'Config files',
    // `<key` rather than `<key>`: no keyword character of its own (`>`) for the prefilter to tell apart.
    keywords: ['<key'],
    pattern: PLIST_PAIR,
    keywordGate: plistKeyFollows,
    multiline: { maxSpan: 400 },
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://developer.apple.com/documentation/bundleresources/information-property-list',
    risk: 'An Info.plist ships inside the app bundle: anyone with the app can read the value.',
    validate: judgedByNameGroup(PLIST_PAIR, { form: (name) => `the plist string of ${name}`, alwaysQuoted: true }),
    examples: {
      embed: false,
      positives: (fake) => [
        `\t<key>BackendAPIKey</key>\n\t<string>${fake.alnum(32)}</string>`,
        `<key>ClientSecret</key><string>${fake.alnum(40)}</string>`,
        `\t<key>SFTPPassword</key>\r\n\t<string>${fake.alnum(12)}7</string>`,
      ],
      negatives: [
        {
          text: (fake) =>
            `\t<key>MBXAccessToken</key>\n\t<string>pk.${Buffer.from(JSON.stringify({ u: 'acme', a: fake.lowerAlnum(25) })).toString('base64url')}.${fake.base64url(22)}</string>`,
          why: 'a Mapbox public token (pk.), client-side by design',
        },
        { text: '<key>APIKeyName</key>\n<string>BackendAPIKey</string>', why: 'the name of a key, not a key' },
        { text: '<key>TokenURL</key>\n<string>https://login.internal/token</string>', why: 'a URL' },
        { text: '<key>APIKey</key>\n<string>$(API_KEY)</string>', why: 'a build setting reference' },
        {
          text: '<key>NSFaceIDUsageDescription</key>\n<string>Unlock your saved passwords</string>',
          why: 'not a secret name',
        },
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
  {
    id: 'spaced-key-secret',
    title: 'Secret under a quoted key written in words ("Steam API Key": "...")',
    provider: 'Config files',
    keywords: ['key"', 'secret"', 'token"', 'password"', 'passphrase"'],
    pattern: SPACED_KEY,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://umod.org/documentation/api/configuration',
    risk: 'A credential written into a config is readable by everyone with the file, its backups and its history.',
    validate: judgedByNameGroup(SPACED_KEY, {
      form: (name) => `value of "${name}"`,
      rename: (name) => name.replace(/ /g, '_'),
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      positives: (fake) => [
        `  "Steam API Key": "${fake.upperHex(32)}",`,
        `  "RCON Password": "${fake.alnum(14)}",`,
        `    "Client Secret": "${fake.alnum(30)}"`,
        `  "Bot Token": "${fake.alnum(40)}",`,
        `  "Backup Encryption Passphrase": "${fake.alnum(20)}",`,
      ],
      negatives: [
        { text: '  "Steam API Key": "",', why: 'empty' },
        { text: '  "Steam API Key": "YOUR_STEAM_API_KEY",', why: 'placeholder' },
        { text: '  "Require Password": "true",', why: 'a switch' },
        { text: '  "Bot Token": "${BOT_TOKEN}",', why: 'a reference' },
      ],
    },
  },
];
