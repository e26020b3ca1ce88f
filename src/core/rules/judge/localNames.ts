// Credential names in other human languages, as code and config outside the English-speaking world
// spell them: German `passwort`, French `mot_de_passe`, Portuguese `senha`, Polish `haslo`, Turkish
// `sifre`, Chinese pinyin `mima` and its characters, Japanese pasuwado in katakana... (issue 11). names.ts asks these after
// its English words; a name's words arrive lower-cased, split at separators and case changes.

import type { SecretKind } from './secretKind';

/**
 * Words that mean "password" and nothing else in code (ASCII spellings; diacritics are folded
 * before the lookup, so Spanish, Swedish, Hungarian and Turkish spellings with accents land here too).
 */
const PASSWORD_WORDS = new Set([
  'passwort',
  'kennwort',
  'motdepasse',
  'palavrapasse',
  'mdp',
  'contrasena',
  'contrasenia',
  'senha',
  'wachtwoord',
  'haslo',
  'heslo',
  'sifre',
  'sifresi',
  'losenord',
  'losen',
  'passord',
  'adgangskode',
  'kodeord',
  'salasana',
  'jelszo',
  'parol',
  'mima',
  'pasuwado',
  'pasuwaado',
  'anshobango',
  'bimilbeonho',
  'bibeon',
  'matkhau',
  'katasandi',
  '\u043f\u0430\u0440\u043e\u043b\u044c',
]);

/** Words of several parts, matched on the name with its separators removed (`mot_de_passe`, `kata-sandi`). */
const PASSWORD_PHRASE = /motdepasse|paroladordine|palavrapasse|katasandi|matkhau/;

/** The same words in scripts written without separators: a name holding one anywhere (shujuku mima, "database password") names a password. */
const PASSWORD_IN_SCRIPT =
  /\u5bc6\u7801|\u5bc6\u78bc|\u30d1\u30b9\u30ef\u30fc\u30c9|\u6697\u8a3c\u756a\u53f7|\ube44\ubc00\ubc88\ud638|\u043f\u0430\u0440\u043e\u043b\u044c/;

/**
 * Words in other scripts that mean "password" only alone, tested as written: Korean amho (as a name,
 * the password; amhohwa, "encryption", is not).
 */
const WHOLE_WORD_PASSWORDS_IN_SCRIPT = new Set(['\uc554\ud638']);

/** Words that also mean something else ("key", "word", "code"): a password only alone or beside a qualifier below. */
const AMBIGUOUS_PASSWORD_WORDS = new Set(['clave', 'parola', 'sandi']);

/**
 * Abbreviations of a password word, too short to stand alone (`mk` for Vietnamese mat khau, also
 * "make"): a password only beside a qualifier below (`mk_db`, `mkAdmin`).
 */
const ABBREVIATED_PASSWORD_WORDS = new Set(['mk']);

/** What may stand beside an ambiguous word for it to still be a password: a system or account (`clave_bd`, `smtp_parola`). */
const ACCOUNT_WORDS = new Set([
  'db',
  'bd',
  'banco',
  'base',
  'baza',
  'bazy',
  'datos',
  'dati',
  'admin',
  'user',
  'usuario',
  'utente',
  'kullanici',
  'root',
  'smtp',
  'mail',
  'correo',
  'ftp',
  'mysql',
  'redis',
  'ldap',
  'app',
  'acceso',
  'accesso',
]);

/** Words that mean "secret" or "secret key" on their own (Chinese miyao in characters or pinyin, Portuguese segredo...). */
const SECRET_WORDS = new Set(['geheimnis', 'miyao', 'siyao', 'segredo', 'segreto', 'sekret', 'rahasia', 'himitsu']);
const SECRET_IN_SCRIPT =
  /\u5bc6\u94a5|\u79d8\u94a5|\u79c1\u94a5|\u79d8\u5bc6\u9375|\ube44\ubc00\ud0a4|\u0441\u0435\u043a\u0440\u0435\u0442/;

/** Words that mean "key": a credential only with a qualifier below (`chave_api`, `tajny_klucz`, `geheimer_schluessel`). */
const KEY_WORDS = new Set([
  'schluessel',
  'schlussel',
  'cle',
  'clave',
  'llave',
  'chave',
  'chiave',
  'sleutel',
  'klucz',
  'klic',
  'anahtar',
  'anahtari',
  'nyckel',
  'nokkel',
  'noegle',
  'avain',
  'kulcs',
  'klyuch',
  'kunci',
]);

/** Qualifiers that make a key word a credential's name: secret, private, API, access. */
const KEY_QUALIFIERS = new Set([
  'api',
  'jwt',
  'geheim',
  'geheimer',
  'geheime',
  'zugangs',
  'secrete',
  'secreta',
  'secreto',
  'segreta',
  'privee',
  'privada',
  'privado',
  'privata',
  'prywatny',
  'tajny',
  'tajna',
  'soukromy',
  'gizli',
  'hemlig',
  'hemmelig',
  'salainen',
  'titkos',
  'sekretnyy',
  'rahasia',
]);

/** Words that mean "token": `jeton` (French). */
const TOKEN_WORDS = new Set(['jeton']);

/** A word as the lookup sees it: lower case without diacritics (Turkish s-cedilla to `s`, Polish l-stroke to `l`). */
export function folded(word: string): string {
  if (!/[^\x00-\x7f]/.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0142/g, 'l')
    .replace(/\u0131/g, 'i');
}

/**
 * What a name in another language says its value is, from its words (lower case, split), or
 * undefined when no word of the name is one of these.
 */
export function judgeLocalWords(words: readonly string[]): SecretKind | undefined {
  let kind: SecretKind | undefined;
  const ascii = words.map(folded);
  for (let i = 0; i < ascii.length; i++) {
    const w = ascii[i]!;
    // Scripts are tested as written: folding decomposes kana (katakana pa into ha and a mark).
    const raw = words[i]!;
    if (
      PASSWORD_WORDS.has(w) ||
      PASSWORD_IN_SCRIPT.test(raw) ||
      WHOLE_WORD_PASSWORDS_IN_SCRIPT.has(raw) ||
      endsWithPasswordWord(w)
    )
      return 'password';
    if (AMBIGUOUS_PASSWORD_WORDS.has(w) && ascii.length <= 2 && ascii.every((o, j) => j === i || ACCOUNT_WORDS.has(o)))
      return 'password';
    if (ABBREVIATED_PASSWORD_WORDS.has(w) && ascii.length === 2 && ACCOUNT_WORDS.has(ascii[1 - i]!)) return 'password';
    if (SECRET_WORDS.has(w) || SECRET_IN_SCRIPT.test(raw)) kind ??= 'secret';
    else if (KEY_WORDS.has(w) && ascii.some((o, j) => j !== i && KEY_QUALIFIERS.has(o))) kind ??= 'secret';
    else if (isQualifiedKeyWord(w)) kind ??= 'secret';
    else if (TOKEN_WORDS.has(w)) kind ??= 'token';
  }
  if (kind === undefined && ascii.length > 1 && PASSWORD_PHRASE.test(ascii.join(''))) return 'password';
  return kind;
}

/** A glued word ending in a password word after a head of at least two letters (`dbsenha`, `adminpasswort`). */
function endsWithPasswordWord(word: string): boolean {
  for (const p of GLUED_PASSWORDS) if (word.length > p.length + 1 && word.endsWith(p)) return true;
  return false;
}
const GLUED_PASSWORDS = [
  'passwort',
  'kennwort',
  'senha',
  'wachtwoord',
  'haslo',
  'heslo',
  'sifre',
  'jelszo',
  'salasana',
];

/** A glued key word with its qualifier (`zugangsschluessel`, `apischluessel`, `geheimschluessel`). */
function isQualifiedKeyWord(word: string): boolean {
  for (const k of ['schluessel', 'schlussel', 'sleutel']) {
    if (word.length > k.length && word.endsWith(k) && KEY_QUALIFIERS.has(word.slice(0, -k.length))) return true;
  }
  return false;
}

/** Whether `words`' last word is a password word in another language (`db_senha`, `smtpPasswort`). */
export function endsWithLocalPasswordWord(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined) return false;
  const w = folded(last);
  return PASSWORD_WORDS.has(w) || PASSWORD_IN_SCRIPT.test(last) || endsWithPasswordWord(w);
}

/**
 * A value that names itself in another language (`sua_senha`, `ihr_passwort`, `jelszavad`, `你的密码`):
 * a placeholder or a dummy, as `password123` is in English.
 */
export const LOCAL_SECRET_WORD_IN_VALUE =
  /passwort|kennwort|motdepasse|mot_de_passe|contrase|senha|wachtwoord|has(?:l|\u0142)o|heslo|(?:s|\u015f)ifre|parol|l(?:o|\u00f6)sen|passord|adgangskode|kodeord|salasana|jelsz|pasuwa|kata_?sandi|mat_?khau|geheim|\u5bc6\u7801|\u30d1\u30b9\u30ef\u30fc\u30c9|\ube44\ubc00\ubc88\ud638|\u043f\u0430\u0440\u043e\u043b/i;
