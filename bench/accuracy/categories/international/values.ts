import type { Gen } from '../../gen';

/**
 * Values the international templates share: password and key names in other human languages (as
 * identifiers, config keys and environment variables), the weak passwords people in those
 * languages choose, and the credential formats of regional platforms as their providers document
 * them. Every secret-shaped value is generated at run time from the seeded FakeTokens (no
 * token-shaped literal is committed); provider prefixes are joined from pieces so the source holds
 * none whole.
 */

/** One language's words for a password and for a secret key, as code and config spell them. */
export interface Lang {
  readonly code: string;
  /** ASCII identifier words for a password (snake_case parts). */
  readonly pw: readonly string[];
  /** The same in the language's own script or with its diacritics, where identifiers allow them. */
  readonly pwNative: readonly string[];
  /** ASCII words for a secret key / API key / token. */
  readonly key: readonly string[];
  /** The word for a user name, for the line above the password. */
  readonly user: string;
  /** The word for a database, for section names. */
  readonly db: string;
  /** A comment in the language saying what the value is. */
  readonly note: string;
  /** Words people in that language build weak passwords from. */
  readonly weak: readonly string[];
}

export const LANGS: readonly Lang[] = [
  {
    code: 'de',
    pw: ['passwort', 'kennwort', 'db_passwort', 'smtp_kennwort'],
    pwNative: ['passwort', 'kennwort'],
    key: ['geheimnis', 'schluessel', 'geheimer_schluessel', 'api_schluessel', 'zugangsschluessel'],
    user: 'benutzer',
    db: 'datenbank',
    note: 'Zugangsdaten für die Produktionsdatenbank',
    weak: ['Sommer', 'Sonnenschein', 'Hallo', 'Schatzi', 'Fussball', 'Bayern', 'Mausi', 'Hamburg'],
  },
  {
    code: 'fr',
    pw: ['mot_de_passe', 'motdepasse', 'mdp', 'mdp_bdd'],
    pwNative: ['mot_de_passe', 'mdp'],
    key: ['cle_secrete', 'cle_api', 'jeton', 'jeton_acces', 'cle_privee'],
    user: 'utilisateur',
    db: 'base_de_donnees',
    note: 'identifiants de la base de production',
    weak: ['Soleil', 'Azerty', 'Doudou', 'Chouchou', 'Marseille', 'Loulou', 'Bonjour', 'Papillon'],
  },
  {
    code: 'es',
    pw: ['contrasena', 'contrasenia', 'clave', 'clave_bd', 'pass_usuario'],
    pwNative: ['contraseña', 'clave'],
    key: ['clave_secreta', 'clave_api', 'llave_secreta', 'clave_privada'],
    user: 'usuario',
    db: 'base_datos',
    note: 'credenciales del servidor de producción',
    weak: ['Barcelona', 'Teamo', 'Tequiero', 'Futbol', 'Madrid', 'Princesa', 'Corazon', 'Mariposa'],
  },
  {
    code: 'pt',
    pw: ['senha', 'senha_banco', 'senha_db', 'palavra_passe'],
    pwNative: ['senha', 'palavra_passe'],
    key: ['chave_secreta', 'chave_api', 'chave_privada', 'segredo'],
    user: 'usuario',
    db: 'banco',
    note: 'credenciais do banco de produção',
    weak: ['Flamengo', 'Corinthians', 'Brasil', 'Saudade', 'Benfica', 'Gremio', 'Amorzinho', 'Palmeiras'],
  },
  {
    code: 'it',
    pw: ['parola_d_ordine', 'pwd_utente', 'password_utente', 'parola_segreta'],
    pwNative: ['parola_d_ordine'],
    key: ['chiave_segreta', 'chiave_api', 'chiave_privata', 'segreto'],
    user: 'utente',
    db: 'archivio',
    note: 'credenziali del database di produzione',
    weak: ['Juventus', 'Forzainter', 'Amore', 'Ciao', 'Napoli', 'Tesoro', 'Girasole', 'Milano'],
  },
  {
    code: 'nl',
    pw: ['wachtwoord', 'db_wachtwoord'],
    pwNative: ['wachtwoord'],
    key: ['geheime_sleutel', 'api_sleutel', 'sleutel_geheim'],
    user: 'gebruiker',
    db: 'databank',
    note: 'inloggegevens voor de productiedatabase',
    weak: ['Welkom', 'Ajax', 'Feyenoord', 'Lente', 'Schatje', 'Amsterdam', 'Voetbal', 'Zomer'],
  },
  {
    code: 'pl',
    pw: ['haslo', 'haslo_bazy', 'haslo_uzytkownika'],
    pwNative: ['hasło'],
    key: ['tajny_klucz', 'klucz_api', 'klucz_prywatny'],
    user: 'uzytkownik',
    db: 'baza',
    note: 'dane logowania do bazy produkcyjnej',
    weak: ['Polska', 'Kochamcie', 'Zaq12wsx', 'Misiek', 'Legia', 'Kotek', 'Slonko', 'Lato'],
  },
  {
    code: 'cs',
    pw: ['heslo', 'heslo_db', 'uzivatelske_heslo'],
    pwNative: ['heslo'],
    key: ['tajny_klic', 'api_klic', 'soukromy_klic'],
    user: 'uzivatel',
    db: 'databaze',
    note: 'přihlašovací údaje k produkční databázi',
    weak: ['Praha', 'Sparta', 'Kocicka', 'Slunicko', 'Jaro', 'Pivo', 'Brno', 'Beruska'],
  },
  {
    code: 'tr',
    pw: ['sifre', 'parola', 'kullanici_sifre', 'db_sifre'],
    pwNative: ['şifre', 'parola'],
    key: ['gizli_anahtar', 'api_anahtari', 'anahtar_gizli'],
    user: 'kullanici',
    db: 'veritabani',
    note: 'canlı veritabanı giriş bilgileri',
    weak: ['Galatasaray', 'Fenerbahce', 'Besiktas', 'Istanbul', 'Askim', 'Sevgilim', 'Ankara', 'Gunes'],
  },
  {
    code: 'sv',
    pw: ['losenord', 'losen', 'db_losenord'],
    pwNative: ['lösenord'],
    key: ['hemlig_nyckel', 'api_nyckel', 'nyckel'],
    user: 'anvandare',
    db: 'databas',
    note: 'inloggning till produktionsdatabasen',
    weak: ['Sommar', 'Hejsan', 'Stockholm', 'Solros', 'Kanelbulle', 'Vinter', 'Blabar', 'Fotboll'],
  },
  {
    code: 'no',
    pw: ['passord', 'db_passord'],
    pwNative: ['passord'],
    key: ['hemmelig_nokkel', 'api_nokkel'],
    user: 'brukernavn',
    db: 'database',
    note: 'innlogging til produksjonsdatabasen',
    weak: ['Sommer', 'Bergen', 'Fotball', 'Vinter', 'Norge', 'Solskinn', 'Fjell', 'Hytta'],
  },
  {
    code: 'da',
    pw: ['adgangskode', 'kodeord', 'db_adgangskode'],
    pwNative: ['adgangskode'],
    key: ['hemmelig_noegle', 'api_noegle'],
    user: 'brugernavn',
    db: 'database',
    note: 'adgang til produktionsdatabasen',
    weak: ['Sommer', 'Kobenhavn', 'Hygge', 'Bornholm', 'Fodbold', 'Vinter', 'Aarhus', 'Solskin'],
  },
  {
    code: 'fi',
    pw: ['salasana', 'tietokanta_salasana', 'kayttajan_salasana'],
    pwNative: ['salasana'],
    key: ['salainen_avain', 'api_avain', 'avain'],
    user: 'kayttaja',
    db: 'tietokanta',
    note: 'tuotantotietokannan tunnukset',
    weak: ['Kesa', 'Kissa', 'Helsinki', 'Sisu', 'Talvi', 'Aurinko', 'Koira', 'Sauna'],
  },
  {
    code: 'hu',
    pw: ['jelszo', 'adatbazis_jelszo', 'felhasznalo_jelszo'],
    pwNative: ['jelszó'],
    key: ['titkos_kulcs', 'api_kulcs'],
    user: 'felhasznalo',
    db: 'adatbazis',
    note: 'éles adatbázis belépési adatai',
    weak: ['Szeretlek', 'Budapest', 'Cica', 'Macska', 'Napsugar', 'Ferencvaros', 'Nyar', 'Tavasz'],
  },
  {
    code: 'ru',
    pw: ['parol', 'parol_bd', 'parol_polzovatelya'],
    pwNative: ['пароль', 'пароль_бд'],
    key: ['klyuch', 'sekretnyy_klyuch', 'klyuch_api', 'sekret'],
    user: 'polzovatel',
    db: 'baza',
    note: 'пароль от боевой базы',
    weak: ['Zvezda', 'Solnyshko', 'Spartak', 'Qwerty', 'Moskva', 'Kotenok', 'Zenit', 'Lyubov'],
  },
  {
    code: 'zh',
    pw: ['mima', 'db_mima', 'yonghu_mima', 'denglu_mima'],
    pwNative: ['密码', '数据库密码'],
    key: ['miyao', 'mi_yao', 'siyao', 'api_miyao'],
    user: 'yonghuming',
    db: 'shujuku',
    note: '生产环境数据库密码,不要外传',
    weak: ['woaini', 'Aini', 'Wangyi', 'Qq', 'Xiaoming', 'Tianya', 'Zhongguo', 'Beijing'],
  },
  {
    code: 'ja',
    pw: ['pasuwado', 'pasuwaado', 'anshobango', 'db_pasuwado'],
    pwNative: ['パスワード', '暗証番号'],
    key: ['himitsu_kagi', 'api_kii', 'himitsu'],
    user: 'yuza',
    db: 'detabesu',
    note: '本番DBのパスワード(共有禁止)',
    weak: ['Sakura', 'Doraemon', 'Tokyo', 'Pikachu', 'Arigato', 'Haruka', 'Osaka', 'Natsu'],
  },
  {
    code: 'ko',
    pw: ['bimilbeonho', 'bibeon', 'amho'],
    pwNative: ['비밀번호', '암호'],
    key: ['bimil_ki', 'api_ki'],
    user: 'sayongja',
    db: 'deiteobeiseu',
    note: '운영 DB 비밀번호',
    weak: ['Saranghae', 'Seoul', 'Busan', 'Kimchi', 'Hangul', 'Haneul', 'Bada', 'Sarang'],
  },
  {
    code: 'id',
    pw: ['kata_sandi', 'katasandi', 'sandi', 'sandi_db'],
    pwNative: ['kata_sandi'],
    key: ['kunci_rahasia', 'kunci_api', 'rahasia'],
    user: 'pengguna',
    db: 'basis_data',
    note: 'kredensial database produksi',
    weak: ['Rahasia', 'Sayang', 'Bismillah', 'Jakarta', 'Indonesia', 'Bandung', 'Garuda', 'Merdeka'],
  },
  {
    code: 'vi',
    pw: ['mat_khau', 'matkhau', 'mk_db'],
    pwNative: ['mật_khẩu'],
    key: ['khoa_bi_mat', 'khoa_api', 'ma_bi_mat'],
    user: 'ten_dang_nhap',
    db: 'co_so_du_lieu',
    note: 'thông tin đăng nhập CSDL production',
    weak: ['Anhyeuem', 'Hanoi', 'Saigon', 'Vietnam', 'Emyeuanh', 'Hoasen', 'Matroi', 'Muaxuan'],
  },
];

export const lang = (g: Gen): Lang => g.pick(LANGS);

/** Languages whose native spelling differs from their ASCII one (diacritics or another script). */
export const NATIVE_LANGS = LANGS.filter((l) => l.pwNative.some((w) => /[^\x20-\x7e]/.test(w)));

/** Joins snake_case parts in the naming style of a language or format. */
export function styled(name: string, style: 'snake' | 'camel' | 'pascal' | 'upper' | 'kebab' | 'dot'): string {
  const parts = name.split('_').filter(Boolean);
  switch (style) {
    case 'snake':
      return parts.join('_');
    case 'upper':
      return parts.join('_').toUpperCase();
    case 'kebab':
      return parts.join('-');
    case 'dot':
      return parts.join('.');
    case 'camel':
      return parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
    default:
      return parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
  }
}

const ENGLISH_PREFIX = ['db', 'smtp', 'mail', 'redis', 'mysql', 'admin', 'ftp', 'user', 'ldap', 'api', 'app'];

/**
 * A password name in one language: the plain word, or mixed with an English prefix the way
 * bilingual code bases write it (db_senha, smtpPasswort, userMima).
 */
export function pwName(g: Gen, l: Lang): string {
  const w = g.pick(l.pw);
  return g.chance(0.4) && !w.includes('_') ? `${g.pick(ENGLISH_PREFIX)}_${w}` : w;
}

/** A key/secret name in one language, sometimes with an English prefix. */
export function keyName(g: Gen, l: Lang): string {
  const w = g.pick(l.key);
  return g.chance(0.3) ? `${g.pick(['app', 'api', 'jwt', 'gateway', 'partner'])}_${w}` : w;
}

const SYMBOLS = ['!', '@', '#', '$', '*', '.', '?'];

/**
 * A password as people in the language choose them: a local word with a year or digits and a
 * symbol, two words run together, a keyboard walk, or a random string from a generator.
 */
export function localPassword(g: Gen, l: Lang): string {
  const w = g.pick(l.weak);
  switch (g.fake.int(6)) {
    case 0:
      return w + String(g.between(1980, 2025)) + g.pick(SYMBOLS);
    case 1:
      return w + g.pick(SYMBOLS) + g.fake.digits(g.between(2, 4));
    case 2:
      return w.toLowerCase() + g.pick(l.weak).toLowerCase() + g.fake.digits(2);
    case 3:
      return g.fake.alnum(g.between(12, 20));
    case 4:
      return g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=@_', g.between(12, 22));
    default:
      return w + '_' + g.fake.lowerAlnum(g.between(4, 7));
  }
}

/** Weak words spelt with the language's own letters (ä, ñ, ç, ş…), for files saved as UTF-8. */
const NATIVE_WORDS = [
  'Größe',
  'Straße',
  'Señor',
  'Niño',
  'Garçon',
  'Coração',
  'Çiçek',
  'Güneş',
  'Żółw',
  'Kärlek',
  'Ärtsoppa',
];

/** A password with non-ASCII letters (people type them where the system allows). */
export function nativePassword(g: Gen): string {
  return g.pick(NATIVE_WORDS) + g.fake.digits(g.between(2, 4)) + g.pick(SYMBOLS);
}

/** A password without characters XML, SQL, URLs or shells would need escaped. */
export function plainLocalPassword(g: Gen, l: Lang): string {
  for (;;) {
    const p = localPassword(g, l);
    if (/^[A-Za-z0-9_.!*@-]+$/.test(p)) return p;
  }
}

/** A random key under a local name: hex, alphanumerics or base64url, as services and generators issue. */
export function localKey(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return g.fake.hex(32);
    case 1:
      return g.fake.alnum(g.between(24, 40));
    case 2:
      return g.fake.base64url(g.between(32, 44));
    default:
      return g.fake.hex(64);
  }
}

// ---- regional platforms (formats from each provider's public documentation) -------------------

/** Alibaba Cloud AccessKey pair: the ID starts with LTAI, the secret is 30 alphanumerics. */
export const aliyunId = (g: Gen): string => 'LT' + 'AI' + g.fake.alnum(g.pick([16, 20]));
export const aliyunSecret = (g: Gen): string => g.fake.alnum(30);

/** Tencent Cloud SecretId (AKID + 32) and SecretKey (32). */
export const tencentId = (g: Gen): string => 'AK' + 'ID' + g.fake.alnum(32);
export const tencentKey = (g: Gen): string => g.fake.alnum(32);

/** Huawei Cloud AK (20 upper alphanumerics) and SK (40 alphanumerics). */
export const huaweiAk = (g: Gen): string => g.fake.upperAlnum(20);
export const huaweiSk = (g: Gen): string => g.fake.alnum(40);

/** Baidu AI Cloud: BCE AK/SK are 32 hex; the AI platform's API Key is 24 and Secret Key 32 alphanumerics. */
export const baiduBce = (g: Gen): string => g.fake.hex(32);
export const baiduApiKey = (g: Gen): string => g.fake.alnum(24);
export const baiduSecretKey = (g: Gen): string => g.fake.alnum(32);

/** Volcengine/BytePlus: AccessKeyId AKLT…, SecretAccessKey 68 characters of base64 ending in ==. */
export const volcAk = (g: Gen): string => 'AK' + 'LT' + g.fake.base64url(g.between(24, 28)).replace(/[-_]/g, 'x');
export const volcSk = (g: Gen): string => g.fake.base64(66) + '==';

/** Qiniu AccessKey/SecretKey: 40 characters of base64url each. */
export const qiniuKey = (g: Gen): string => g.fake.base64url(40);

/** UpYun operator password (the operator name is not secret). */
export const upyunPassword = (g: Gen): string => g.fake.alnum(32);

/** JD Cloud and Kingsoft Cloud AK/SK pairs: hex and alphanumerics. */
export const jdAk = (g: Gen): string => g.fake.upperHex(32);
export const jdSk = (g: Gen): string => g.fake.upperHex(32);
export const ksyunAk = (g: Gen): string => 'AK' + 'LT' + g.fake.base64url(20).replace(/[-_]/g, 'q');
export const ksyunSk = (g: Gen): string => g.fake.base64(40).replace(/[+/]/g, 'z');

/** WeChat: AppID wx + 16 hex (public), AppSecret 32 hex, WeChat Pay API key 32, WeCom corpsecret 43. */
export const wxAppId = (g: Gen): string => 'w' + 'x' + g.fake.hex(16);
export const wxSecret = (g: Gen): string => g.fake.hex(32);
export const wxMchKey = (g: Gen): string => g.fake.alnum(32);
export const wecomCorpId = (g: Gen): string => 'w' + 'w' + g.fake.hex(16);
export const wecomSecret = (g: Gen): string => g.fake.base64url(43);

/** A PKCS#8 RSA private key as Alipay's SDKs take it: one base64 line without the PEM armour. */
export const alipayPrivateKey = (g: Gen): string =>
  'MII' + 'Ev' + 'QIBADANBgkqhkiG9w0BAQEFAASCBK' + g.fake.base64(1560);
/** An RSA public key as the Alipay console shows it (public: for verifying Alipay's signatures). */
export const alipayPublicKey = (g: Gen): string =>
  'MII' + 'BIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + g.fake.base64(342) + 'ID' + 'AQAB';

/** DingTalk: robot access_token 64 hex, signing secret SEC + 64 hex, app AppKey (public) and AppSecret. */
export const dingToken = (g: Gen): string => g.fake.hex(64);
export const dingSec = (g: Gen): string => 'S' + 'EC' + g.fake.hex(64);
export const dingAppKey = (g: Gen): string => 'di' + 'ng' + g.fake.lowerAlnum(16);
export const dingAppSecret = (g: Gen): string => g.fake.base64url(64);

/** Feishu/Lark: app_id cli_ + 16 hex (public), app_secret 32 alphanumerics, bot hook UUID, bot signing secret. */
export const feishuAppId = (g: Gen): string => 'cl' + 'i_' + g.fake.hex(16);
export const feishuSecret = (g: Gen): string => g.fake.alnum(32);
export const feishuBotSecret = (g: Gen): string => g.fake.alnum(22);

/** Yandex Cloud: IAM token t1.…, API key AQVN…, static access key YC… (id 25, secret 40), OAuth y0_…. */
export const yandexIam = (g: Gen): string =>
  't' + '1.9euelZ' + g.fake.base64url(g.between(150, 200)) + '.' + g.fake.base64url(86);
export const yandexApiKey = (g: Gen): string => 'AQ' + 'VN' + g.fake.base64url(36);
export const yandexStaticId = (g: Gen): string => 'Y' + 'C' + g.fake.base64url(23);
export const yandexStaticSecret = (g: Gen): string => 'Y' + 'C' + g.fake.base64url(38);
export const yandexOauth = (g: Gen): string => 'y' + '0_' + g.fake.base64url(55);

/** VK access token (vk1.a. + base64url). */
export const vkToken = (g: Gen): string => 'vk' + '1.a.' + g.fake.base64url(g.between(180, 220));

/** Naver Cloud access key (20) and secret (40); Naver developers' Client Secret (10). */
export const naverAk = (g: Gen): string => g.fake.upperAlnum(20);
export const naverSk = (g: Gen): string => g.fake.alnum(40);
export const naverClientSecret = (g: Gen): string => g.fake.alnum(10);

/** Kakao REST API and admin keys: 32 hex. */
export const kakaoKey = (g: Gen): string => g.fake.hex(32);

/** LINE: channel secret 32 hex, long-lived channel access token ~172 base64 characters. */
export const lineSecret = (g: Gen): string => g.fake.hex(32);
export const lineToken = (g: Gen): string => g.fake.base64(171) + '=';

/** Mercado Pago access token (APP_USR- or TEST-), public key APP_USR-<uuid> (public). */
export function mercadoPagoToken(g: Gen): string {
  const prefix = g.chance(0.75) ? 'APP' + '_USR-' : 'TE' + 'ST-';
  return `${prefix}${g.fake.digits(16)}-${g.fake.digits(6)}-${g.fake.hex(32)}-${g.fake.digits(9)}`;
}
export const mercadoPagoPublic = (g: Gen): string => 'APP' + '_USR-' + g.fake.uuid();

/** Razorpay key_id (rzp_live_/rzp_test_ + 14, used in the browser) and key_secret (24). */
export const razorpayId = (g: Gen): string => 'rz' + 'p_' + g.pick(['live', 'test']) + '_' + g.fake.alnum(14);
export const razorpaySecret = (g: Gen): string => g.fake.alnum(24);

/** Paytm merchant key: 16 characters with symbols; MID is public. */
export const paytmKey = (g: Gen): string =>
  g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@#&%!_', 16);
export const paytmMid = (g: Gen): string => g.fake.alnum(8) + g.fake.digits(12);

/** PhonePe salt key (a UUID) with its index. */
export const phonepeSalt = (g: Gen): string => g.fake.uuid();

/** Paystack secret sk_live_/sk_test_ + 40 hex; public pk_live_ (public). */
export const paystackSecret = (g: Gen): string => 's' + 'k_' + g.pick(['live', 'test']) + '_' + g.fake.hex(40);
export const paystackPublic = (g: Gen): string => 'p' + 'k_live_' + g.fake.hex(40);

/** Flutterwave secret FLWSECK-…-X, test FLWSECK_TEST-…-X, encryption key, public FLWPUBK-…-X. */
export function flutterwaveSecret(g: Gen): string {
  return 'FLW' + (g.chance(0.6) ? 'SECK-' : 'SECK_TEST-') + g.fake.hex(32) + '-X';
}
export const flutterwaveEncryption = (g: Gen): string => 'FLW' + 'SECK_TEST' + g.fake.hex(12);
export const flutterwavePublic = (g: Gen): string => 'FLW' + 'PUBK-' + g.fake.hex(32) + '-X';

/** Safaricom Daraja (M-Pesa): consumer key 48, consumer secret 64, Lipa na M-Pesa passkey 64 hex. */
export const darajaKey = (g: Gen): string => g.fake.alnum(48);
export const darajaSecret = (g: Gen): string => g.fake.alnum(64);
export const darajaPasskey = (g: Gen): string => g.fake.hex(64);

/** iyzico API key and secret (sandbox- prefixed in the sandbox). */
export const iyzicoKey = (g: Gen, sandbox: boolean): string => (sandbox ? 'sand' + 'box-' : '') + g.fake.alnum(32);

/** Midtrans server key (Mid-server-, SB- in the sandbox) and client key (public). */
export const midtransServer = (g: Gen): string =>
  (g.chance(0.4) ? 'SB-' : '') + 'Mid-' + 'server-' + g.fake.base64url(24).replace(/[-_]/g, 'K');
export const midtransClient = (g: Gen): string =>
  'SB-' + 'Mid-' + 'client-' + g.fake.base64url(16).replace(/[-_]/g, 'Q');

/** Xendit secret key (xnd_production_/xnd_development_). */
export const xenditSecret = (g: Gen): string =>
  'xn' + 'd_' + g.pick(['production', 'development']) + '_' + g.fake.alnum(g.between(56, 60));

/** Toss Payments secret key (live_sk_/test_sk_) and client key (live_ck_, public). */
export const tossSecret = (g: Gen): string => g.pick(['live', 'test']) + '_s' + 'k_' + g.fake.alnum(24);
export const tossClient = (g: Gen): string => 'live' + '_c' + 'k_' + g.fake.alnum(24);

/** A UUID-shaped public id (LINE channel id is digits; Yandex folder ids start b1g). */
export const yandexFolderId = (g: Gen): string => 'b' + '1g' + g.fake.lowerAlnum(17);
