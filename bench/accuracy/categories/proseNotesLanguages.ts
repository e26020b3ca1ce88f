import { type Template, sec, template } from '../draft';

/**
 * prose-notes positives in other human languages: team wikis and handover notes that name the
 * user and the password in German, French, Spanish, Portuguese, Italian, Dutch, Russian, Chinese,
 * Japanese, Polish, Turkish, Korean, Swedish and Czech, with each language's punctuation (a space
 * before the French colon, the full-width colon in Chinese and Japanese). Values are generated.
 */
export const proseInLanguages: readonly Template[] = [
  template('german-wiki-zugangsdaten', (g) => {
    const pw = g.password();
    return {
      path: 'wiki/Zugangsdaten.md',
      lines: [
        '# Zugangsdaten Testsystem',
        '',
        `Benutzername: ${g.user()}`,
        sec(`${g.pick(['Passwort', 'Kennwort'])}: ${pw}`, pw),
        '',
        'Bitte nicht weitergeben.',
      ],
    };
  }),
  template('german-api-schluessel', (g) => {
    const k = g.apiKey();
    return {
      path: 'doku/schnittstellen.md',
      lines: ['## Kartendienst', '', sec(`Der API-Schlüssel lautet ${k}.`, k)],
    };
  }),
  template('french-mot-de-passe', (g) => {
    const pw = g.password();
    return {
      path: 'docs/acces.md',
      lines: ['## Accès à la préproduction', '', `- Identifiant : ${g.user()}`, sec(`- Mot de passe : ${pw}`, pw)],
    };
  }),
  template('french-prose-mdp', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'notes/passation.txt',
      lines: ['Passation serveur de sauvegarde', sec(`Le mot de passe root est ${pw} (à changer).`, pw)],
    };
  }),
  template('spanish-contrasena', (g) => {
    const pw = g.password();
    return {
      path: 'docs/LEEME.md',
      lines: [
        '## Credenciales de prueba',
        '',
        `Usuario: ${g.user()}`,
        sec(`${g.pick(['Contraseña', 'Clave'])}: ${pw}`, pw),
      ],
    };
  }),
  template('spanish-clave-api', (g) => {
    const k = g.apiKey();
    return {
      path: 'docs/integraciones.md',
      lines: ['### Pasarela de pagos', sec(`La clave de API de pruebas es ${k}`, k)],
    };
  }),
  template('portuguese-senha', (g) => {
    const pw = g.password();
    return {
      path: 'docs/acesso.md',
      lines: ['# Acesso ao servidor', '', `Usuário: ${g.user()}`, sec(`Senha: ${pw}`, pw)],
    };
  }),
  template('italian-password-parola', (g) => {
    const pw = g.password();
    return {
      path: 'docs/credenziali.md',
      lines: [
        '## Credenziali ambiente di test',
        '',
        `Nome utente: ${g.user()}`,
        sec(`${g.pick(['Password', "Parola d'ordine"])}: ${pw}`, pw),
      ],
    };
  }),
  template('dutch-wachtwoord', (g) => {
    const pw = g.password();
    return {
      path: 'docs/toegang.md',
      lines: ['## Toegang', '', `Gebruikersnaam: ${g.user()}`, sec(`Wachtwoord: ${pw}`, pw)],
    };
  }),
  template('russian-parol', (g) => {
    const pw = g.password();
    return {
      path: 'docs/dostup.md',
      lines: [
        '## Доступ к тестовому стенду',
        '',
        `${g.pick(['Логин', 'Пользователь'])}: ${g.user()}`,
        sec(`Пароль: ${pw}`, pw),
      ],
    };
  }),
  template('chinese-mima-fullwidth', (g) => {
    const pw = g.password();
    return {
      path: 'docs/账号.md',
      lines: ['## 测试环境', '', `${g.pick(['用户名', '账号'])}：${g.user()}`, sec(`密码：${pw}`, pw)],
    };
  }),
  template('japanese-password', (g) => {
    const pw = g.password();
    return {
      path: 'docs/接続情報.md',
      lines: [
        '## 検証環境',
        '',
        `${g.pick(['ユーザー名', 'ユーザーID'])}：${g.user()}`,
        sec(`パスワード${g.pick(['：', ': '])}${pw}`, pw),
      ],
    };
  }),
  template('polish-haslo', (g) => {
    const pw = g.password();
    return {
      path: 'docs/dostep.md',
      lines: ['## Dostęp', '', `${g.pick(['Użytkownik', 'Login'])}: ${g.user()}`, sec(`Hasło: ${pw}`, pw)],
    };
  }),
  template('turkish-sifre', (g) => {
    const pw = g.password();
    return {
      path: 'docs/erisim.md',
      lines: ['## Test ortamı', '', `Kullanıcı adı: ${g.user()}`, sec(`${g.pick(['Şifre', 'Parola'])}: ${pw}`, pw)],
    };
  }),
  template('korean-bimilbeonho', (g) => {
    const pw = g.password();
    return {
      path: 'docs/접속정보.md',
      lines: ['## 테스트 서버', '', `아이디: ${g.user()}`, sec(`비밀번호: ${pw}`, pw)],
    };
  }),
  template('swedish-losenord', (g) => {
    const pw = g.password();
    return {
      path: 'docs/inloggning.md',
      lines: ['## Testmiljö', '', `Användarnamn: ${g.user()}`, sec(`Lösenord: ${pw}`, pw)],
    };
  }),
  template('czech-heslo-table', (g) => {
    const pw = g.password();
    return {
      path: 'docs/pristupy.md',
      lines: ['| Systém | Uživatel | Heslo |', '|---|---|---|', sec(`| Jenkins | ${g.user()} | ${pw} |`, pw)],
    };
  }),
  template('german-table-kennwort', (g) => {
    const pw = g.password();
    return {
      path: 'wiki/Server.md',
      lines: ['| Server | Benutzer | Kennwort |', '|---|---|---|', sec(`| ${g.host()} | ${g.user()} | ${pw} |`, pw)],
    };
  }),
];
