// Metadata and examples of the header-context stage (../../detect/tabular/stage.ts): values in a
// credential-named column of a CSV/TSV export, a Markdown or query-output table, SQL tuples under a
// CREATE TABLE or column list, and settings whose value is on the line below their name (YAML
// block scalars, HCL heredocs). The stage finds them; this rule's pattern never matches by itself
// (its keyword gate rejects every keyword: a line alone cannot show a header above it).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { Rule } from '../types';

/** The id of the rule whose findings this stage makes (../../detect/tabular/stage.ts). */
export const TABULAR_RULE_ID = 'tabular-credential';

/**
 * Words that may name a credential column or open a statement or block naming one: the stage's
 * rule lists them as keywords, so the detector's keyword pass finds them (see ../../detect/tabular/detectorStage.ts).
 */
export const CONTEXT_WORDS = [
  'pass',
  'pw',
  'secret',
  'token',
  // Not `key` alone: code says it everywhere, and a key column's name says which key.
  'api_key',
  'apikey',
  'api key',
  'kennwort',
  'wachtwoord',
  'senha',
  'contrase',
  'credential',
  'create table',
  'insert into',
  'from stdin',
  '-[ record',
  // A SIM batch's operator key column (`ICCID,IMSI,Ki,OPc`): the header names Ki beside it.
  'opc',
  // A meter key sheet's DLMS key columns (`meter_serial,system_title,guek,gak`).
  'guek',
  'gbek',
  'gak',
  'kek',
  // A LoRaWAN device sheet's network and session key columns (`dev_eui,nwk_key`).
  'nwk_key',
  'nwkkey',
  'nwk_s_key',
  'nwkskey',
  'app_s_key',
  'appskey',
  'nwk_s_enc_key',
  'nwksenckey',
  'nwk_s_int_key',
  'nwksintkey',
  // Its identifiers (public, on the device's label) name the sheet: beside them `app_key` is the
  // device's AppKey, the root key its join is authenticated with (`dev_eui,join_eui,app_key`).
  'dev_eui',
  'deveui',
  'join_eui',
  'joineui',
];

/** The context words, then a lookahead no text passes: a pattern that never matches alone. */
const CONTEXT_PATTERN = new RegExp(
  `(?:${CONTEXT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!)`,
  'i',
);

export const tabularRules: readonly Rule[] = [
  {
    id: TABULAR_RULE_ID,
    title: 'Credential under a column or key named on an earlier line',
    provider: 'Generic',
    // The words that may name a credential column or open a context: the detector's keyword pass
    // notes where they stand for the stage (the detector replaces the gate below with its recorder).
    keywords: CONTEXT_WORDS,
    // The stage reads the header context; a lone line never matches (see the gate).
    pattern: CONTEXT_PATTERN,
    keywordGate: () => false,
    confidence: 'medium',
    envVar: 'APP_PASSWORD',
    docs: 'https://owasp.org/www-project-top-ten/2017/A3_2017-Sensitive_Data_Exposure',
    risk: 'A credential in a data export, dump or table: anyone with the file can log in as its rows.',
    examples: {
      embed: false,
      positives: (fake) => {
        const strong = () => fake.alnum(14) + fake.digits(3) + '#' + fake.lower(3);
        return [
          `username,password,role\nops,${strong()},admin\nci,${strong()},deploy\n`,
          `INSERT INTO accounts (login, password) VALUES\n  ('ops', '${strong()}'),\n  ('ci', '${strong()}');\n`,
          `CREATE TABLE users (id int, login text, password text);\nINSERT INTO users VALUES (1, 'ops', '${strong()}');\n`,
          `| Host | User | Password |\n|---|---|---|\n| db-01 | app | ${strong()} |\n| db-02 | etl | ${strong()} |\n`,
          `database:\n  password: |\n    ${strong()}\n  pool: 5\n`,
          `billing:\n  apiKey: >-\n    ${fake.hex(32)}\n`,
          `Service;API key;Owner\nmaps;${strong()};ops\n`,
          `COPY public.sessions (id, token) FROM stdin;\n1\t${fake.base64url(40)}\n\\.\n`,
          `-[ RECORD 1 ]--+------\nid         | 7\napi_secret | ${strong()}\n`,
          `host,user,plain_pw\ndb-01,app,${strong()}\n`,
          `Server;Benutzer;Kennwort\ndb-01;app;${strong()}\n`,
          `naam,gebruiker,wachtwoord\nwiki,beheer,${strong()}\n`,
          `nome,usuario,senha\nwiki,admin,${strong()}\n`,
          `nombre,usuario,contrase\u00f1a\nwiki,admin,${strong()}\n`,
          `service\tcredential\tapi_key\nsync\t${strong()}\t${fake.hex(32)}\n`,
          `ICCID,IMSI,Ki,OPc\n8988${fake.digits(15)},00101${fake.digits(10)},${fake.upperHex(32)},${fake.upperHex(32)}\n`,
          `meter_serial,guek,gbek,gak,kek\nLGZ${fake.digits(8)},${fake.upperHex(32)},${fake.upperHex(32)},${fake.upperHex(32)},${fake.upperHex(32)}\n`,
          `dev_eui,name,nwk_key\n${fake.hex(16)},soil-${fake.digits(2)},${fake.hex(32)}\n`,
          `DevEUI;NwkKey;NwkSKey;AppSKey\n${fake.upperHex(16)};${fake.upperHex(32)};${fake.upperHex(32)};${fake.upperHex(32)}\n`,
          `dev_eui\tnwk_s_key\tapp_s_key\n${fake.hex(16)}\t${fake.hex(32)}\t${fake.hex(32)}\n`,
          `dev_eui,nwk_s_enc_key,f_nwk_s_int_key,s_nwk_s_int_key\n${fake.hex(16)},${fake.hex(32)},${fake.hex(32)},${fake.hex(32)}\n`,
          `DevEUI,NwkSEncKey,FNwkSIntKey,SNwkSIntKey\n${fake.upperHex(16)},${fake.upperHex(32)},${fake.upperHex(32)},${fake.upperHex(32)}\n`,
          `name,dev_eui,join_eui,app_key\nsoil-${fake.digits(2)},${fake.upperHex(16)},${fake.upperHex(16)},${fake.upperHex(32)}\n`,
          `DevEUI;JoinEUI;AppKey\n${fake.upperHex(16)};${fake.upperHex(16)};${fake.upperHex(32)}\n`,
        ];
      },
      negatives: [
        { text: 'email,username,password,role\n', why: 'a header-only import template holds no value' },
        { text: 'id,username,password\n1,ops,********\n2,ci,REDACTED\n', why: 'masked cells' },
        {
          text: (fake) => `name,dev_eui,join_eui,model\nsoil-01,${fake.upperHex(16)},${fake.upperHex(16)},LSE01\n`,
          why: "a LoRaWAN device list without keys: the EUIs are public (printed on the device's label)",
        },
        {
          text: (fake) => `id,name,app_key\n${fake.digits(4)},storefront,${fake.hex(32)}\n`,
          why: 'an app_key column with no LoRaWAN identifiers beside it (often a public application key)',
        },
        {
          text: 'username,password_hint\nops,first pet name\nci,usual plus year\n',
          why: 'a hint column, not a password',
        },
        {
          text: '| Column | Type | Description |\n|---|---|---|\n| password | varchar(255) | bcrypt hash of the password |\n',
          why: 'a schema document describes the column',
        },
        { text: 'db:\n  password: |\n    ${DB_PASSWORD}\n', why: 'a reference to the environment' },
      ],
    },
  },
];
