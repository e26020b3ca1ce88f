// Credentials of farm and field IoT (agriculture-iot corpus) whose setting, not their format, says
// what the value is:
// - Node-RED's `credentialSecret` (settings.js) and `NODE_RED_CREDENTIAL_SECRET`: the passphrase the
//   runtime derives flows_cred.json's encryption key from. People pick it as they pick passwords
//   (`maplefalcon74`), so a word with digits counts; the generic judge wants a strong value under a
//   `secret` name. `false` (encryption off), references and the settings file's own stand-in
//   (`a-secret-key`) are not values.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { isLowVariety, isPlaceholder } from '../placeholders';
import type { Rule } from '../types';

/** A chosen passphrase: 6+ characters, not a stand-in, not one character repeated, not a boolean. */
function isChosenSecret(secret: string): boolean {
  return !/^(?:true|false|null|undefined)$/i.test(secret) && !isPlaceholder(secret) && !isLowVariety(secret);
}

export const agricultureIotRules: readonly Rule[] = [
  {
    id: 'node-red-credential-secret',
    title: "Node-RED credentialSecret (the key of flows_cred.json's encryption)",
    provider: 'Node-RED',
    keywords: ['credentialsecret', 'node_red_credential_secret'],
    pattern:
      /(?:\bcredentialSecret["']?[ \t]{0,4}:[ \t]{0,4}["'`]|\bNODE_RED_CREDENTIAL_SECRET["']?[ \t]{0,4}[=:][ \t]{0,4}["']?)(?<secret>[^\s"'`$]{6,128})(?=["'`]|[ \t]{0,40}(?:[,;#]|$))/m,
    confidence: 'medium',
    envVar: 'NODE_RED_CREDENTIAL_SECRET',
    docs: 'https://nodered.org/docs/user-guide/runtime/settings-file',
    risk: "Decrypts flows_cred.json: every node's credentials (MQTT brokers, databases, API keys) read in clear.",
    validate: (secret) => isChosenSecret(secret),
    examples: {
      path: 'node-red/settings.js',
      positives: (fake) => [
        `    credentialSecret: "${fake.alnum(16)}",`,
        `NODE_RED_CREDENTIAL_SECRET=${fake.lower(6)}${fake.digits(2)}`,
        `      - NODE_RED_CREDENTIAL_SECRET=${fake.alnum(8)}!${fake.digits(3)}`,
      ],
      negatives: [
        { text: '    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,', why: 'read from the environment' },
        { text: '    credentialSecret: false,', why: 'encryption turned off, no key' },
        { text: '    //credentialSecret: "a-secret-key",', why: "the settings file's own stand-in" },
        { text: 'NODE_RED_CREDENTIAL_SECRET=${NODE_RED_CREDENTIAL_SECRET}', why: 'a reference' },
        { text: '      - NODE_RED_CREDENTIAL_SECRET=', why: 'empty' },
      ],
    },
  },
];
