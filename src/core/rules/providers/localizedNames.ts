// Secret-named assignments whose name is in another human language: `DB_SENHA=...`, `$mot_de_passe
// = '...'`, `haslo: ...`, `"mima": "..."` in Chinese characters, `<wachtwoord>...</wachtwoord>`, `geheimer_schluessel = "..."`
// (issue 11). The generic assignment rule's shape, with the name's words in ../judge/localNames
// and letters of other alphabets allowed in the name. The judge decides as for English names.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { assignmentFollows } from '../keywordGates';
import { COMMA, OPEN_PAREN, isNameChar, isQuote, skipBlanks } from '../gateChars';
import { judgePunctuatedValue } from './punctuatedPasswords';

/**
 * Each language's password and secret-key words as the prefilter spells them: ASCII, or a script
 * without case (the prefilter folds ASCII case only, so a Cyrillic, Polish, Turkish or Vietnamese
 * spelling with its own letters is left to the names' transliterations). Stems cover the
 * spellings with diacritics (`contrase` for contrasena with its tilde, `senord` for losenord with its umlaut, `jelsz` for jelszo with its accent),
 * since a keyword holds no Latin-1 letter; words in other scripts as they are written.
 */
const PASSWORD_KEYWORDS = [
  'passwort',
  'kennwort',
  'motdepasse',
  'mot_de_passe',
  'mdp',
  'contrase',
  'clave',
  'senha',
  'wachtwoord',
  'haslo',
  'heslo',
  'parol',
  'senord',
  'losen',
  'passord',
  'adgangskode',
  'kodeord',
  'salasana',
  'jelsz',
  'mima',
  'palavrapasse',
  'palavra_passe',
  'anshobango',
  '\u6697\u8a3c\u756a\u53f7', // Japanese ansho bango (PIN, password)
  'pasuwa',
  'matkhau',
  'bimilbeonho',
  'bibeon', // Korean shortening of bimilbeonho
  'mat_khau',
  'sandi',
  '\u5bc6\u7801',
  '\u30d1\u30b9\u30ef\u30fc\u30c9',
  '\ube44\ubc00\ubc88\ud638',
  // Spellings in their own letters, in lower case (the prefilter folds ASCII case only): Vietnamese
  // khau of mat khau, Polish haslo with its l-stroke, Russian parol without its first letter (so the
  // capitalised word hits too), Korean amho. Turkish sifre with its s-cedilla is `ifre`, which its
  // capitals fold to as well.
  'kh\u1ea9u',
  'has\u0142',
  'ifre',
  '\u0430\u0440\u043e\u043b\u044c',
  '\uc554\ud638',
];

const SECRET_KEYWORDS = [
  // secrets and keys (a key word counts only with a qualifier: ../judge/localNames)
  'geheim',
  'schluessel',
  'chave',
  'chiave',
  'sleutel',
  'klucz',
  'anahtar',
  'nyckel',
  'nokkel',
  'noegle',
  'avain',
  'klic',
  'kulcs',
  'miyao',
  'klyuch',
  'sekret',
  'segred',
  'segret',
  'rahasia',
  'jeton',
  '\u5bc6\u94a5',
];

export const LOCAL_KEYWORDS = [...PASSWORD_KEYWORDS, ...SECRET_KEYWORDS];

/**
 * The keywords as a `.properties` file or a Java string escapes them (`db.has\u0142o`, Korean
 * bimilbeonho as four `\uXXXX`): the file is Latin-1, so its tools write other letters so.
 */
const ESCAPED_SECRET_WORDS = ['\u5bc6\u94a5'].map(unicodeEscaped);

const ESCAPED_PASSWORD_WORDS = [
  '\u5bc6\u7801',
  '\u30d1\u30b9\u30ef\u30fc\u30c9',
  '\u6697\u8a3c\u756a\u53f7',
  '\ube44\ubc00\ubc88\ud638',
  '\uc554\ud638',
  '\u043f\u0430\u0440\u043e\u043b\u044c',
  'has\u0142o',
  'm\u1eadt_kh\u1ea9u',
].map(unicodeEscaped);

const ESCAPED_WORDS = [...ESCAPED_PASSWORD_WORDS, ...ESCAPED_SECRET_WORDS];

function unicodeEscaped(word: string): string {
  return word.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** `\uXXXX` escapes of a name decoded, so its words read as written. */
export function unescapedName(name: string): string {
  return name.includes('\\u')
    ? name.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : name;
}

/** A name character here: ASCII name characters or a letter of another alphabet (Latin with accents, Cyrillic, CJK). */
function isLocalNameChar(c: number): boolean {
  return isNameChar(c) || c >= 0xc0;
}

/**
 * The most characters and `\uXXXX` escapes a name may hold from its keyword on: the longest keyword
 * (an escaped word counts one per escape) and the 24 more that localName() allows. Counted in those
 * units, not in characters, so a name of escapes the pattern accepts is not turned away here.
 */
const MAX_NAME_UNITS = 64;

/** The keyword's name runs on through letters of other alphabets; then what the generic assignment needs. */
function localNameAssigned(text: string, at: number, lineEnd: number): boolean {
  let p = at;
  let units = 0;
  for (; units <= MAX_NAME_UNITS; units++) {
    if (p < lineEnd && isLocalNameChar(text.charCodeAt(p))) p++;
    else if (p + 6 <= lineEnd && text.charCodeAt(p) === BACKSLASH && (text.charCodeAt(p + 1) | 0x20) === 0x75) p += 6;
    else break;
  }
  if (units > MAX_NAME_UNITS) return false;
  const next = text.charCodeAt(p);
  // `define('DB_SENHA', '...')`, `put("senha", "...")`: a quoted name, a comma, a literal; `setSenha("...")`.
  if (next === OPEN_PAREN) return isQuote(text.charCodeAt(skipBlanks(text, p + 1, lineEnd)));
  if (isQuote(next) && text.charCodeAt(skipBlanks(text, p + 1, lineEnd)) === COMMA) return true;
  return assignmentFollows(text, p, lineEnd);
}

/** Where the name holding the keyword at `index` starts (`db_` of `db_senha`, `mat_` of Vietnamese mat_khau written with its accents). */
function localNameStart(line: string, index: number): number {
  let i = index;
  const stop = Math.max(0, index - 80);
  for (;;) {
    while (i > stop && isLocalNameChar(line.charCodeAt(i - 1))) i--;
    // A `\uXXXX` escape is part of the name (`.properties`): the walk above stops at its
    // backslash. Stepping over it gives one name wherever in the name the match opened.
    if (i - 1 >= stop && line.charCodeAt(i - 1) === BACKSLASH && ESCAPE_AT.test(line.slice(i - 1, i + 5))) i -= 1;
    else return i;
  }
}

/** A `\uXXXX` escape, read from its backslash. */
const ESCAPE_AT = /^\\u[0-9a-fA-F]{4}/;

const BACKSLASH = 0x5c;

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `name = value` as the generic assignment reads it (code, .env, YAML, JSON, properties, XML
 * elements, .NET `key="..." value="..."`), the name opening with a keyword above.
 */
/** A name opening with one of `keywords`, running on through letters of other alphabets and `\uXXXX` escapes. */
const localName = (keywords: readonly string[]) =>
  String.raw`(?:${keywords.map(escaped).join('|')})(?:[A-Za-z0-9_.\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff-]|\\u[0-9a-fA-F]{4}){0,24}`;

/** Vietnamese `mk` (mat khau): a password beside an account's name only (`mkDb`, `MK_ADMIN`: ../judge/localNames). */
const ABBREVIATED_KEYWORDS = ['mk'];
const LOCAL_NAME = localName([...LOCAL_KEYWORDS, ...ESCAPED_WORDS, ...ABBREVIATED_KEYWORDS]);
const PASSWORD_KEYWORDS_ALL = [...PASSWORD_KEYWORDS, ...ESCAPED_PASSWORD_WORDS];

const LOCAL_ASSIGNMENT = new RegExp(
  String.raw`(?<name>${LOCAL_NAME})["'\]]{0,2}[ \t]{0,24}(?::=|=>|=(?!=)|:(?!:)|>|["']\s{1,4}value\s{0,4}=|(?<=["'])\s{0,4},|\((?=\s{0,4}["']))\s{0,16}(?:[rbfu]?["'\x60])?(?<secret>[^\s"'\x60<>;,\\(){}\[\]=:]{8,200}={0,2})(?=["'\x60<;,\s\\)&]|$)`,
  'i',
);

/**
 * A quoted value holding punctuation the assignment above stops at (`;`, `:`, `=`, brackets), as
 * password policies ask for: `"haslo": "8j95a=q+..."`. Quotes delimit it, so the pattern stays linear.
 */
const LOCAL_QUOTED = new RegExp(
  String.raw`(?<name>${localName(PASSWORD_KEYWORDS_ALL)})["'\]]{0,2}[ \t]{0,8}[:=]{1,2}>?[ \t]{0,4}[rbu]?["'\x60](?<secret>[^\s"'\x60\\]{6,128})["'\x60]`,
  'i',
);

/** The whole name holding the keyword the match opens with, and where it starts in the line. */
function localNameOf(match: string, context: MatchContext): { name: string; nameStart: number } {
  const nameStart = localNameStart(context.line, context.matchIndex);
  const name = unescapedName(context.line.slice(nameStart, context.matchIndex) + /^[^"'\]\s:=>]*/.exec(match)![0]);
  return { name, nameStart };
}

function judgeLocalPunctuated(secret: string, match: string, context: MatchContext): false | Verdict {
  return judgePunctuatedValue(secret, match, context, () => localNameOf(match, context));
}

function judgeLocalAssignment(secret: string, match: string, context: MatchContext): false | Verdict {
  const { name, nameStart } = localNameOf(match, context);
  const quoted = /["'\x60]$/.test(match.slice(0, match.length - secret.length));
  // A call with the literal is a setter's only (`setSenha("...")`, `withPasswort("...")`), not `verificarSenha("...")`.
  const call = /^[^"'\s:=>(]*\(/.test(match);
  const method = name.slice(name.lastIndexOf('.') + 1, call ? -1 : undefined);
  if (call && !/^(?:set|with)[A-Z_]/i.test(method)) return false;
  // A block opens after it (`mdss_mdp: display-controller@5e01000 {`, a device tree's labelled
  // node): a name and its body, not a setting's value.
  if (/^[ \t]{0,4}\{/.test(context.line.slice(context.matchIndex + match.length))) return false;
  return judgeCandidate({
    // The setter's verb is no word of the name (`setParola`: the password, as `parola` alone).
    name: call ? method.replace(/^(?:set|with)_?/i, '') : name,
    value: secret,
    quoted,
    context,
    nameStart,
    valueEnd: context.matchIndex + match.length,
  });
}

/** A whole name for each password keyword that is a stem or needs a neighbour to count (examples only). */
const SAMPLE_NAME: Record<string, string> = {
  contrase: 'contrase\u00f1a',
  clave: 'clave_bd',
  senord: 'l\u00f6senord',
  jelsz: 'jelsz\u00f3',
  pasuwa: 'pasuwado',
  sandi: 'kata_sandi',
  'kh\u1ea9u': 'm\u1eadt_kh\u1ea9u',
  'has\u0142': 'has\u0142o',
  ifre: '\u015fifre',
  '\u0430\u0440\u043e\u043b\u044c': '\u043f\u0430\u0440\u043e\u043b\u044c',
};

const LOCAL_COMMON = {
  provider: 'Generic',
  startsAtKeyword: true,
  keywordGate: localNameAssigned,
  confidence: 'medium',
  envVar: 'DB_SENHA',
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  risk: 'A credential written into source is readable by everyone with the code, its history, its build output and any AI assistant that reads the file, whatever language its name is in.',
} as const;

export const localizedNameRules: readonly Rule[] = [
  {
    ...LOCAL_COMMON,
    id: 'localized-password-with-punctuation-quoted',
    keywords: PASSWORD_KEYWORDS_ALL,
    title: 'Password named in another language, its quoted literal holding punctuation (;, :, =, brackets)',
    pattern: LOCAL_QUOTED,
    validate: judgeLocalPunctuated,
    examples: {
      embed: false,
      positives: (fake) => [
        `\t\tKataSandi: "${fake.alnum(8)}=${fake.alnum(4)}",`, // Go, Indonesian
        `    "haslo_uzytkownika": "${fake.alnum(5)}=${fake.alnum(6)}+7",`, // Python dict, Polish
        `  jelszo: '${fake.digits(1)}%${fake.alnum(4)}=${fake.alnum(7)}',`, // TS, Hungarian
        `$mot_de_passe = "${fake.alnum(6)};${fake.digits(3)}";`, // PHP, French
        `  'm\u1eadt_kh\u1ea9u': '${fake.alnum(6)}:${fake.digits(3)}',`, // Vietnamese
        `senha: "${fake.alnum(6)}(${fake.digits(2)})"`, // YAML, Portuguese
        ...PASSWORD_KEYWORDS_ALL.map((k) => `${SAMPLE_NAME[k] ?? k} = "${fake.alnum(6)};${fake.digits(3)}"`),
      ],
      negatives: [
        { text: 'senha = "{senha}"', why: 'a format field' },
        { text: '  "passwort": "<passwort>",', why: 'a placeholder' },
        { text: 'mot_de_passe = "%(mdp)s"', why: 'a format field' },
        { text: '  haslo: "${DB_HASLO}"', why: 'a reference' },
        { text: "            'katasandi' => 'required|min:8|confirmed',", why: 'a Laravel validation rule list' },
        { text: 'wachtwoord = "Server=db;Password=geheim;"', why: 'a connection string (its own rule)' },
        { text: '  "senha": "A senha deve ter: 8 caracteres",', why: 'a message (spaces)' },
      ],
    },
  },
  {
    ...LOCAL_COMMON,
    id: 'localized-secret-assignment',
    keywords: [...LOCAL_KEYWORDS, ...ESCAPED_WORDS, ...ABBREVIATED_KEYWORDS],
    title: 'Secret named in another language assigned a literal (passwort, senha, mot_de_passe, mima...)',
    pattern: LOCAL_ASSIGNMENT,
    validate: judgeLocalAssignment,
    examples: {
      embed: false,
      positives: (fake) => [
        `DB_PASSWORT = "Sommer${fake.digits(4)}!"`, // Python, German
        `const smtpKennwort = '${fake.alnum(14)}';`, // JS
        `$mot_de_passe = 'Soleil${fake.digits(3)}#';`, // PHP, French
        `$mdp = "${fake.alnum(12)}";`,
        `  "contrase\u00f1a": "${fake.alnum(12)}",`, // JSON, Spanish
        `DB_SENHA=${fake.alnum(12)}`, // .env, Portuguese
        `  senha_banco: "Flamengo${fake.digits(4)}"`, // YAML
        `wachtwoord = ${fake.alnum(14)}`, // .ini, Dutch
        `db.haslo=${fake.alnum(12)}`, // .properties, Polish
        `heslo: "${fake.alnum(12)}"`, // Czech
        `\t\tSifre: "${fake.alnum(12)}",`, // Go, Turkish
        `<add key="Losenord" value="${fake.alnum(14)}" />`, // .NET, Swedish
        `l\u00f6senord: "${fake.alnum(12)}"`,
        `PASSORD=${fake.alnum(12)}`, // Norwegian
        `adgangskode = '${fake.alnum(12)}'`, // Danish
        `salasana: ${fake.alnum(12)}`, // Finnish
        `jelsz\u00f3 = "${fake.alnum(12)}"`, // Hungarian
        `PAROL_BD = "${fake.alnum(12)}"`, // Russian transliteration
        `const userMima = "woaini${fake.digits(4)}";`, // Chinese pinyin, mixed
        `"\u6570\u636e\u5e93\u5bc6\u7801": "${fake.alnum(12)}",`, // Chinese
        `  \u30d1\u30b9\u30ef\u30fc\u30c9: "${fake.alnum(12)}"`, // Japanese
        `pasuwado = "${fake.alnum(12)}"`,
        `"\ube44\ubc00\ubc88\ud638": "${fake.alnum(12)}"`, // Korean
        `KATA_SANDI=${fake.alnum(12)}`, // Indonesian
        `mat_khau = "${fake.alnum(12)}"`, // Vietnamese
        `  mkDb: '${fake.alnum(11)}.',`, // Vietnamese mk (mat khau), beside an account's name
        `  <parola_d_ordine>${fake.alnum(12)}</parola_d_ordine>`, // Italian, XML element
        `UPDATE usuarios SET contrasena = '${fake.alnum(12)}' WHERE usuario = 'admin';`, // SQL
        `clave_bd = "${fake.alnum(12)}"`, // Spanish "clave" beside an account word
        `GEHEIMER_SCHLUESSEL = "${fake.hex(32)}"`, // German secret key
        `chave_api: ${fake.alnum(32)}`, // Portuguese API key
        `chiave_segreta = '${fake.base64url(40)}'`, // Italian
        `tajny_klucz = "${fake.hex(32)}"`, // Polish
        `API_ANAHTARI=${fake.alnum(32)}`, // Turkish
        `hemlig_nyckel: ${fake.alnum(32)}`, // Swedish
        `miyao = "${fake.hex(32)}"`, // Chinese pinyin
        `SEKRETNYY_KLYUCH = "${fake.alnum(40)}"`, // Russian
        `kunci_rahasia = "${fake.alnum(32)}"`, // Indonesian ("rahasia": secret)
        `jeton_acces = "${fake.base64url(40)}"`, // French token
        `"\u5bc6\u94a5": "${fake.hex(32)}"`,
        `$motDePasse = "${fake.alnum(12)}";`, // camelCase French
        `KODEORD = "${fake.alnum(12)}"`, // Danish
        `matkhau: "${fake.alnum(12)}"`, // Vietnamese, glued
        `geheime_sleutel = "${fake.hex(32)}"`, // Dutch secret key
        `chave_segredo = "${fake.alnum(32)}"`, // Portuguese ("segredo": secret)
        `smtp_losen: "${fake.alnum(12)}"`, // Swedish, short
        `val palavraPasse = "${fake.alnum(12)}"`, // Portuguese (Portugal)
        `PALAVRA_PASSE = "${fake.alnum(12)}"`,
        `const anshobango = "${fake.alnum(12)}"`, // Japanese romanised
        `  \u6697\u8a3c\u756a\u53f7: "${fake.alnum(12)}"`,
        `API_SALAINEN_AVAIN = "${fake.alnum(32)}"`, // Finnish secret key
        `API_NOEGLE = "${fake.alnum(32)}"`, // Danish API key
        `TAJNY_KLIC = "${fake.alnum(32)}"`, // Czech secret key
        `"Bimilbeonho": "${fake.alnum(12)}"`, // Korean romanised
        `bibeon = "${fake.alnum(12)}"`,
        `hemmeligNokkel = "${fake.hex(32)}"`, // Norwegian secret key
        `api_titkos_kulcs: ${fake.hex(32)}`, // Hungarian secret key
        `define('DB_SENHA', '${fake.alnum(12)}');`, // PHP define
        `konto.setKennwort("${fake.alnum(12)}");`, // a setter
        `props.put("mail.senha", "${fake.alnum(12)}");`, // a keyed call
        `const senha = "Cora\u00e7\u00e3o${fake.digits(4)}@";`, // a password typed with accents
        `m\u1eadt_kh\u1ea9u = "${fake.alnum(9)}${fake.digits(3)}"`, // Vietnamese with its accents
        `  "has\u0142o": "${fake.alnum(9)}${fake.digits(3)}"`, // Polish with its l-stroke
        `\u015fifre = "${fake.alnum(9)}${fake.digits(3)}"`, // Turkish with its s-cedilla
        `\u015eIFRE: ${fake.alnum(9)}${fake.digits(3)}`, // capitals
        `SIFRE_DB=${fake.alnum(9)}${fake.digits(3)}`, // transliterated
        `String \u043f\u0430\u0440\u043e\u043b\u044c_\u0431\u0434 = "${fake.alnum(9)}${fake.digits(3)}";`, // Russian in Cyrillic
        `\u041f\u0430\u0440\u043e\u043b\u044c: ${fake.alnum(9)}${fake.digits(3)}`,
        `  \uc554\ud638: '${fake.alnum(9)}${fake.digits(3)}',`, // Korean amho
        `db.has\\u0142o=${fake.alnum(9)}${fake.digits(3)}`, // .properties escapes
        `db.\\uBE44\\uBC00\\uBC88\\uD638=${fake.alnum(9)}${fake.digits(3)}`,
        `konto.setParola("${fake.alnum(9)}${fake.digits(3)}");`, // a setter of an ambiguous word
        ...ESCAPED_WORDS.map((w) => `app.${w}=${fake.alnum(9)}${fake.digits(3)}`),
      ],
      negatives: [
        {
          text: '        mdss_mdp: display-controller@5e01000 {',
          why: "a device tree's labelled node opening its block (`mdp` is also French for password)",
          path: 'Documentation/devicetree/bindings/display/msm/dpu-qcm2290.yaml',
        },
        {
          text: (fake) => `mk_target = "${fake.alnum(14)}"`,
          why: '`mk` alone or beside a word not an account: "make"',
        },
        { text: 'mkdir("build_output_dir")', why: 'a call of mkdir' },
        { text: 'senha = os.environ["DB_SENHA"]', why: 'environment reference' },
        { text: "  'senha' => env('DB_SENHA'),", why: 'environment reference (Laravel)' },
        { text: '  passwort: ${DB_PASSWORT}', why: 'variable reference' },
        { text: 'MOT_DE_PASSE=votre_mot_de_passe', why: 'a placeholder in French' },
        { text: '  "senha": "sua_senha_aqui",', why: 'a placeholder in Portuguese' },
        { text: '  "contrase\u00f1a": "tu_contrase\u00f1a",', why: 'a placeholder in Spanish' },
        { text: 'passwort = "ihr_passwort"', why: 'a placeholder in German' },
        { text: '  "password": "Passwort",', why: 'a UI translation (de.json)' },
        { text: '  "senha_curta": "A senha deve ter pelo menos 8 caracteres.",', why: 'a validation message' },
        { text: 'login.kennwort=Kennwort', why: 'a UI translation (.properties)' },
        {
          text: '    <string name="mot_de_passe">Mot de passe</string>',
          why: 'Android string resource',
          path: 'res/values-fr/strings.xml',
        },
        { text: '  senha: ********', why: 'masked' },
        { text: (fake) => `senha_hash = "${fake.hex(64)}"`, why: 'a hash, not the password' },
        {
          text: 'chave_acesso = "35240112345678000199550010000012341000012345"',
          why: 'an invoice access key (digits), not a credential',
        },
        { text: "const chiave = 'id_cliente';", why: 'a dictionary key ("chiave": key)' },
        { text: 'clave_prod_serv = "01010101"', why: 'a product code ("clave": key)' },
        { text: 'parolachiave = "ricerca_avanzata"', why: 'Italian "keyword", not a password' },
        { text: 'mdp = MarkovDecisionProcess(states)', why: 'a call, not a literal' },
        { text: 'if (!verificarSenha("Abc12345xyz")) return;', why: 'a check, not a setter' },
        { text: 'login(usuario, senha, "Abc12345xyz")', why: 'a variable before the literal, not a quoted name' },
        { text: 'const mima = await leerClave(usuario);', why: 'a call, not a literal' },
        { text: '  sleutel: klant_nummer', why: 'a key word without a qualifier' },
        {
          text: (fake) => `\uc554\ud638\ud654_\ubc29\uc2dd = "${fake.alnum(12)}"`,
          why: 'Korean "encryption method", not a password',
        },
        { text: 'db.\\ube44\\ubc00\\ubc88\\ud638=${DB_PASSWORD}', why: 'a reference, escaped name' },
        { text: 'konto.setParolaChiave("ricerca");', why: 'Italian "keyword"' },
      ],
    },
  },
];
