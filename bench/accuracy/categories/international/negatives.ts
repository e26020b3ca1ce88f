import { type Template, template } from '../../draft';
import type { Gen } from '../../gen';
import * as v from './values';
import { type Lang, LANGS, NATIVE_LANGS, keyName, lang, pwName, styled } from './values';

/**
 * international hard negatives: the same names and formats holding no credential — environment and
 * config lookups, placeholders written in the language ("ihr_passwort", "votre_mot_de_passe",
 * "sua_senha", "请输入密码"), masks, translation files where "Passwort" is the UI text (JSON, YAML,
 * .properties, gettext, Android and Laravel language files), validation messages, form labels,
 * column and field declarations, hashing calls, and the public half of each regional platform's
 * credentials (WeChat AppID, Feishu app_id, DingTalk AppKey, Razorpay key_id in the browser, Mercado
 * Pago/Paystack/Flutterwave/Midtrans/Toss public keys, Alipay's public key, Kakao's JavaScript key,
 * Yandex folder ids), plus documentation stand-ins. Also words that mean "key" in the everyday
 * sense (chave de acesso of an invoice, clave de producto). Random-looking ids generated at run time.
 */

/** A placeholder in the language: what READMEs and templates write where the user puts theirs. */
const PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  de: ['ihr_passwort', 'IhrPasswort', 'dein-passwort', 'PASSWORT_HIER_EINTRAGEN', 'geheim_ersetzen'],
  fr: ['votre_mot_de_passe', 'votre-mdp', 'VOTRE_MOT_DE_PASSE', 'a_remplir', 'mot_de_passe_ici'],
  es: ['tu_contrasena', 'tu-contraseña', 'su_clave', 'CAMBIAR_POR_TU_CLAVE', 'contraseña_aqui'],
  pt: ['sua_senha', 'sua-senha-aqui', 'SUA_SENHA', 'coloque_sua_senha', 'senha_aqui'],
  it: ['la_tua_password', 'inserisci_password', 'TUA_PASSWORD'],
  nl: ['uw_wachtwoord', 'jouw-wachtwoord', 'WACHTWOORD_HIER'],
  pl: ['twoje_haslo', 'TWOJE_HASLO', 'wpisz_haslo'],
  cs: ['vase_heslo', 'zadejte_heslo'],
  tr: ['sifreniz', 'sifrenizi_girin', 'SIFRE_BURAYA'],
  sv: ['ditt_losenord', 'DITT_LOSENORD'],
  no: ['ditt_passord'],
  da: ['din_adgangskode'],
  fi: ['salasanasi', 'oma_salasana'],
  hu: ['jelszavad', 'ide_jon_a_jelszo'],
  ru: ['vash_parol', 'ваш_пароль', 'ВАШ_ПАРОЛЬ'],
  zh: ['你的密码', '请输入密码', 'your_mima'],
  ja: ['パスワードを入力', 'あなたのパスワード'],
  ko: ['비밀번호_입력'],
  id: ['kata_sandi_anda', 'isi_sandi_disini'],
  vi: ['mat_khau_cua_ban', 'nhap_mat_khau'],
};

const MASKS = ['****', '********', 'xxxxxxxx', 'XXXXXX', '<senha>', '<passwort>', '[REDACTED]', '••••••••'];

function placeholder(g: Gen, l: Lang): string {
  return g.chance(0.75) ? g.pick(PLACEHOLDERS[l.code]!) : g.pick(MASKS);
}

/** The UI word for "password" in each language, as translation files hold it. */
const UI_WORD: Readonly<Record<string, string>> = {
  de: 'Passwort',
  fr: 'Mot de passe',
  es: 'Contraseña',
  pt: 'Senha',
  it: 'Password',
  nl: 'Wachtwoord',
  pl: 'Hasło',
  cs: 'Heslo',
  tr: 'Şifre',
  sv: 'Lösenord',
  no: 'Passord',
  da: 'Adgangskode',
  fi: 'Salasana',
  hu: 'Jelszó',
  ru: 'Пароль',
  zh: '密码',
  ja: 'パスワード',
  ko: '비밀번호',
  id: 'Kata sandi',
  vi: 'Mật khẩu',
};

/** "The password must be at least 8 characters", per language. */
const TOO_SHORT: Readonly<Record<string, string>> = {
  de: 'Das Passwort muss mindestens 8 Zeichen lang sein.',
  fr: 'Le mot de passe doit contenir au moins 8 caractères.',
  es: 'La contraseña debe tener al menos 8 caracteres.',
  pt: 'A senha deve ter pelo menos 8 caracteres.',
  it: 'La password deve contenere almeno 8 caratteri.',
  nl: 'Het wachtwoord moet minimaal 8 tekens bevatten.',
  pl: 'Hasło musi mieć co najmniej 8 znaków.',
  cs: 'Heslo musí mít alespoň 8 znaků.',
  tr: 'Şifre en az 8 karakter olmalıdır.',
  sv: 'Lösenordet måste vara minst 8 tecken.',
  no: 'Passordet må være minst 8 tegn.',
  da: 'Adgangskoden skal være på mindst 8 tegn.',
  fi: 'Salasanan on oltava vähintään 8 merkkiä.',
  hu: 'A jelszónak legalább 8 karakterből kell állnia.',
  ru: 'Пароль должен содержать не менее 8 символов.',
  zh: '密码长度不能少于8位',
  ja: 'パスワードは8文字以上で入力してください。',
  ko: '비밀번호는 8자 이상이어야 합니다.',
  id: 'Kata sandi minimal 8 karakter.',
  vi: 'Mật khẩu phải có ít nhất 8 ký tự.',
};

const ENV_REF = (g: Gen, name: string): string => g.pick([`\${${name}}`, `\${${name}:}`, `%${name}%`, `$${name}`]);

export const intlNegatives: readonly Template[] = [
  template('neg-py-environ', (g) => {
    const l = lang(g);
    const name = pwName(g, l);
    return {
      path: 'settings.py',
      lines: [
        'import os',
        `# ${l.note}`,
        `${styled(name, 'upper')} = os.environ["${styled(name, 'upper')}"]`,
        `${styled(keyName(g, l), 'upper')} = os.getenv("${styled(keyName(g, l), 'upper')}", "")`,
      ],
    };
  }),
  template('neg-js-process-env', (g) => {
    const l = lang(g);
    const name = pwName(g, l);
    return {
      path: 'src/config.js',
      lines: [
        `const ${styled(name, 'camel')} = process.env.${styled(name, 'upper')};`,
        `const ${styled(keyName(g, l), 'camel')} = process.env.${styled(keyName(g, l), 'upper')} ?? '';`,
      ],
    };
  }),
  template('neg-php-getenv', (g) => {
    const l = lang(g);
    const name = pwName(g, l);
    return {
      path: 'config/banco.php',
      lines: [
        '<?php',
        'return [',
        `    '${l.user}' => env('DB_USERNAME'),`,
        `    '${name}' => env('${styled(name, 'upper')}'),`,
        '];',
      ],
    };
  }),
  template('neg-yaml-placeholder-ref', (g) => {
    const l = lang(g);
    const name = pwName(g, l);
    return {
      path: 'config/application.yml',
      lines: [`${l.db}:`, `  ${l.user}: ${ENV_REF(g, 'DB_USER')}`, `  ${name}: ${ENV_REF(g, styled(name, 'upper'))}`],
    };
  }),
  template('neg-env-template', (g) => {
    const l = lang(g);
    return {
      path: g.pick(['.env.example', '.env.dist', '.env.sample']),
      lines: [
        `# ${l.note}`,
        `DB_${styled(l.user, 'upper')}=`,
        `${styled(pwName(g, l), 'upper')}=${placeholder(g, l)}`,
        `${styled(keyName(g, l), 'upper')}=`,
      ],
    };
  }),
  template('neg-json-placeholder', (g) => {
    const l = lang(g);
    return {
      path: 'config.example.json',
      lines: ['{', `  "${l.user}": "admin",`, `  "${pwName(g, l)}": "${placeholder(g, l)}"`, '}'],
    };
  }),
  template('neg-native-placeholder', (g) => {
    const l = g.pick(NATIVE_LANGS);
    const name = g.pick(l.pwNative);
    return {
      path: 'config/settings.sample.yml',
      lines: ['smtp:', `  ${l.user}: ""`, `  ${name}: "${placeholder(g, l)}"`],
    };
  }),
  template('neg-readme-placeholder', (g) => {
    const l = lang(g);
    return {
      path: g.pick(['LEIAME.md', 'LIESMICH.md', 'README.es.md', 'README.zh-CN.md']),
      lines: ['## ' + l.note, '', '```ini', `${l.user}=admin`, `${pwName(g, l)}=${placeholder(g, l)}`, '```'],
    };
  }),
  template('neg-i18n-json', (g) => {
    const l = lang(g);
    return {
      path: `src/locales/${l.code}.json`,
      lines: [
        '{',
        `  "login": "${l.code === 'de' ? 'Anmelden' : 'Login'}",`,
        `  "password": "${UI_WORD[l.code]}",`,
        `  "${pwName(g, l)}": "${UI_WORD[l.code]}",`,
        `  "password_too_short": "${TOO_SHORT[l.code]}"`,
        '}',
      ],
    };
  }),
  template('neg-i18n-yaml', (g) => {
    const l = lang(g);
    return {
      path: `config/locales/${l.code}.yml`,
      lines: [
        `${l.code}:`,
        '  activerecord:',
        '    attributes:',
        '      user:',
        `        password: "${UI_WORD[l.code]}"`,
        `        ${g.pick(l.pw)}: "${UI_WORD[l.code]}"`,
      ],
    };
  }),
  template('neg-i18n-properties', (g) => {
    const l = lang(g);
    return {
      path: `src/main/resources/messages_${l.code}.properties`,
      lines: [`login.${styled(g.pick(l.pw), 'dot')}=${UI_WORD[l.code]}`, `login.password.invalid=${TOO_SHORT[l.code]}`],
    };
  }),
  template('neg-gettext-po', (g) => {
    const l = lang(g);
    return {
      path: `locale/${l.code}/LC_MESSAGES/django.po`,
      lines: [
        '#: accounts/forms.py:42',
        'msgid "Password"',
        `msgstr "${UI_WORD[l.code]}"`,
        '',
        'msgid "Password too short"',
        `msgstr "${TOO_SHORT[l.code]}"`,
      ],
    };
  }),
  template('neg-android-strings', (g) => {
    const l = lang(g);
    return {
      path: `app/src/main/res/values-${l.code}/strings.xml`,
      lines: [
        '<resources>',
        `    <string name="${g.pick(l.pw)}">${UI_WORD[l.code]}</string>`,
        `    <string name="hint_password">${UI_WORD[l.code]}</string>`,
        '</resources>',
      ],
    };
  }),
  template('neg-laravel-lang', (g) => {
    const l = lang(g);
    return {
      path: `lang/${l.code}/auth.php`,
      lines: [
        '<?php',
        'return [',
        `    '${g.pick(l.pw)}' => '${TOO_SHORT[l.code]}',`,
        `    'password' => '${UI_WORD[l.code]}',`,
        '];',
      ],
    };
  }),
  template('neg-validation-java', (g) => {
    const l = lang(g);
    return {
      path: 'src/main/java/com/acme/dto/KontoDto.java',
      lines: [
        `    @NotBlank(message = "${TOO_SHORT[l.code]}")`,
        '    @Size(min = 8)',
        `    private String ${styled(g.pick(l.pw), 'camel')};`,
      ],
    };
  }),
  template('neg-validation-python', (g) => {
    const l = lang(g);
    const name = g.pick(l.pw);
    return {
      path: 'app/validators.py',
      lines: [
        `def validate(${name}):`,
        `    if len(${name}) < 8:`,
        `        raise ValueError("${TOO_SHORT[l.code]}")`,
        `    return ${name}`,
      ],
    };
  }),
  template('neg-validation-php-rules', (g) => {
    const l = lang(g);
    return {
      path: 'app/Http/Requests/CadastroRequest.php',
      lines: [
        '        return [',
        `            '${l.user}' => 'required|string',`,
        `            '${g.pick(l.pw)}' => 'required|min:8|confirmed',`,
        '        ];',
      ],
    };
  }),
  template('neg-html-form', (g) => {
    const l = lang(g);
    const name = g.pick(l.pw);
    return {
      path: 'templates/login.html',
      lines: [
        `<label for="${name}">${UI_WORD[l.code]}</label>`,
        `<input type="password" id="${name}" name="${name}" placeholder="${placeholder(g, l)}" required>`,
      ],
    };
  }),
  template('neg-ts-type', (g) => {
    const l = lang(g);
    return {
      path: 'src/models/usuario.ts',
      lines: [
        'export interface Usuario {',
        `  ${styled(l.user, 'camel')}: string;`,
        `  ${styled(g.pick(l.pw), 'camel')}: string;`,
        `  ${styled(keyName(g, l), 'camel')}?: string;`,
        '}',
      ],
    };
  }),
  template('neg-sql-schema', (g) => {
    const l = lang(g);
    const col = g.pick(l.pw).replace(/^db_/, '');
    return {
      path: 'db/schema.sql',
      lines: [
        `CREATE TABLE ${l.user}s (`,
        '  id SERIAL PRIMARY KEY,',
        `  ${l.user} VARCHAR(64) NOT NULL,`,
        `  ${col} VARCHAR(255) NOT NULL`,
        ');',
      ],
    };
  }),
  template('neg-hashing-call', (g) => {
    const l = lang(g);
    const name = g.pick(l.pw);
    return {
      path: g.pick(['app/services/auth.php', 'src/auth.js']),
      lines: g.chance(0.5)
        ? [
            '<?php',
            `$hash = password_hash($${name}, PASSWORD_DEFAULT);`,
            `if (!password_verify($${name}, $row['${name}'])) {`,
            '    return false;',
            '}',
          ]
        : [
            `const hash = await bcrypt.hash(${styled(name, 'camel')}, 12);`,
            `if (!(await bcrypt.compare(${styled(name, 'camel')}, user.${styled(name, 'camel')}))) throw new Error('x');`,
          ],
    };
  }),
  template('neg-go-struct-tag', (g) => {
    const l = lang(g);
    const name = g.pick(l.pw);
    return {
      path: 'internal/model/user.go',
      lines: [
        'type Credenciais struct {',
        `\t${styled(l.user, 'pascal')} string \`json:"${l.user}"\``,
        `\t${styled(name, 'pascal')} string \`json:"${name}" validate:"required,min=8"\``,
        '}',
      ],
    };
  }),
  template('neg-csharp-form-property', (g) => {
    const l = lang(g);
    const name = styled(g.pick(l.pw), 'pascal');
    return {
      path: 'Models/AnmeldungViewModel.cs',
      lines: [
        '        [Required]',
        '        [DataType(DataType.Password)]',
        `        [Display(Name = "${UI_WORD[l.code]}")]`,
        `        public string ${name} { get; set; }`,
      ],
    };
  }),
  template('neg-everyday-key', (g) => {
    // "clave", "chave", "chiave", "sleutel", "klucz" mean "key" in the everyday sense too.
    switch (g.fake.int(5)) {
      case 0:
        return {
          path: 'nfe/emitir.py',
          lines: ['# chave de acesso da NF-e (impressa no DANFE)', `chave_acesso = "${g.fake.digits(44)}"`],
        };
      case 1:
        return {
          path: 'facturacion/cfdi.py',
          lines: [`clave_prod_serv = "${g.fake.digits(8)}"`, `clave_unidad = "${g.pick(['H87', 'E48', 'ACT'])}"`],
        };
      case 2:
        return {
          path: 'src/utils/ordina.js',
          lines: ["const chiave = 'id_cliente';", 'righe.sort((a, b) => a[chiave] - b[chiave]);'],
        };
      case 3:
        return {
          path: 'app/Sorteer.java',
          lines: ['        String sleutel = "klant_nummer";', '        Map<String, Object> rij = rijen.get(sleutel);'],
        };
      default:
        return {
          path: 'catastro/predio.py',
          lines: [`clave_catastral = "${g.fake.digits(3)}-${g.fake.digits(3)}-${g.fake.digits(3)}"`],
        };
    }
  }),
  template('neg-public-app-ids', (g) => {
    switch (g.fake.int(4)) {
      case 0:
        return {
          path: 'project.config.json',
          lines: [
            '{',
            `  "appid": "${v.wxAppId(g)}",`,
            '  "projectname": "acme-mini",',
            '  "compileType": "miniprogram"',
            '}',
          ],
        };
      case 1:
        return {
          path: 'bot/config.yml',
          lines: ['feishu:', `  app_id: ${v.feishuAppId(g)}`, '  app_secret: ${FEISHU_APP_SECRET}'],
        };
      case 2:
        return {
          path: 'config/dingtalk.json',
          lines: [
            '{',
            `  "appKey": "${v.dingAppKey(g)}",`,
            '  "appSecret": "",',
            `  "agentId": ${g.fake.digits(10)}`,
            '}',
          ],
        };
      default:
        return {
          path: 'wecom.yml',
          lines: [`corp_id: ${v.wecomCorpId(g)}`, `agent_id: 1000002`, 'corp_secret: ${WECOM_SECRET}'],
        };
    }
  }),
  template('neg-razorpay-checkout-browser', (g) => ({
    path: 'public/checkout.js',
    lines: [
      'const options = {',
      `  key: '${v.razorpayId(g)}', // Key ID (público)`,
      `  amount: ${g.between(100, 99999)}00,`,
      "  currency: 'INR',",
      `  order_id: 'order_${g.fake.alnum(14)}',`,
      '};',
      'new Razorpay(options).open();',
    ],
  })),
  template('neg-payment-public-keys', (g) => {
    switch (g.fake.int(5)) {
      case 0:
        return {
          path: 'src/checkout.js',
          lines: [`const mp = new MercadoPago('${v.mercadoPagoPublic(g)}', { locale: 'pt-BR' });`],
        };
      case 1:
        return { path: 'src/pay.js', lines: [`PaystackPop.setup({ key: '${v.paystackPublic(g)}', email, amount });`] };
      case 2:
        return {
          path: 'src/flw.js',
          lines: [`FlutterwaveCheckout({ public_key: '${v.flutterwavePublic(g)}', tx_ref: ref, amount: 100 });`],
        };
      case 3:
        return {
          path: 'views/checkout.blade.php',
          lines: [
            `<script src="https://app.sandbox.midtrans.com/snap/snap.js" data-client-key="${v.midtransClient(g)}"></script>`,
          ],
        };
      default:
        return { path: 'src/toss.js', lines: [`const tossPayments = TossPayments('${v.tossClient(g)}');`] };
    }
  }),
  template('neg-alipay-public-key', (g) => ({
    path: 'src/main/resources/alipay.properties',
    lines: [
      `alipay.appId=2021${g.fake.digits(12)}`,
      `alipay.alipayPublicKey=${v.alipayPublicKey(g)}`,
      'alipay.privateKey=${ALIPAY_PRIVATE_KEY}',
    ],
  })),
  template('neg-kakao-js-key', (g) => ({
    path: 'public/index.html',
    lines: [
      '<script src="https://t1.kakaocdn.net/kakao_js_sdk/2.7.2/kakao.min.js"></script>',
      `<script>Kakao.init('${v.kakaoKey(g)}'); // JavaScript 키</script>`,
    ],
  })),
  template('neg-yandex-ids', (g) => ({
    path: 'terraform/terraform.tfvars',
    lines: [
      `cloud_id  = "${v.yandexFolderId(g)}"`,
      `folder_id = "${v.yandexFolderId(g)}"`,
      'zone      = "ru-central1-a"',
      'token     = ""',
    ],
  })),
  template('neg-provider-sdk-env', (g) => {
    switch (g.fake.int(4)) {
      case 0:
        return {
          path: 'oss.py',
          lines: [
            '# 从环境变量读取 AccessKey',
            'auth = oss2.Auth(os.getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"), os.getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))',
          ],
        };
      case 1:
        return {
          path: 'cos.py',
          lines: [
            'cred = credential.Credential(os.environ.get("TENCENTCLOUD_SECRET_ID"), os.environ.get("TENCENTCLOUD_SECRET_KEY"))',
          ],
        };
      case 2:
        return {
          path: 'src/mp.js',
          lines: ['const client = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN });'],
        };
      default:
        return {
          path: 'pay.py',
          lines: ['client = razorpay.Client(auth=(settings.RAZORPAY_KEY_ID, settings.RAZORPAY_KEY_SECRET))'],
        };
    }
  }),
  template('neg-provider-docs-standins', (g) => {
    switch (g.fake.int(5)) {
      case 0:
        return {
          path: 'docs/部署.md',
          lines: [
            '```python',
            'client = AcsClient("<your-access-key-id>", "<your-access-key-secret>", "cn-hangzhou")',
            '```',
          ],
        };
      case 1:
        return {
          path: 'docs/机器人.md',
          lines: [
            'Webhook: `https://oapi.dingtalk.com/robot/send?access_token=XXXXXX`',
            '',
            '加签密钥:`SECxxxxxxxxxxxxxxxxxxxx`',
          ],
        };
      case 2:
        return {
          path: 'README.md',
          lines: [
            '```',
            'SecretId: AKID********************************',
            'SecretKey: ********************************',
            '```',
          ],
        };
      case 3:
        return {
          path: 'docs/pagos.md',
          lines: [
            '```bash',
            "curl -H 'Authorization: Bearer APP_USR-<ACCESS_TOKEN>' https://api.mercadopago.com/v1/payments",
            '```',
          ],
        };
      default:
        return {
          path: 'README.md',
          lines: ['```env', 'RAZORPAY_KEY_ID=rzp_test_xxxxxxxxxxxxxx', 'RAZORPAY_KEY_SECRET=your_key_secret', '```'],
        };
    }
  }),
  template('neg-ids-that-look-random', (g) => {
    const l = g.pick(LANGS);
    return {
      path: 'app/pedido.py',
      lines: [
        `# ${l.note}`,
        `pedido_id = "${g.fake.uuid()}"`,
        `hash_arquivo = "${g.fake.hex(64)}"`,
        `request_id = "${g.fake.hex(32)}"`,
        `commit = "${g.fake.hex(40)}"`,
      ],
    };
  }),
  template('neg-password-policy-config', (g) => {
    const l = lang(g);
    const name = styled(g.pick(l.pw), 'snake');
    return {
      path: 'config/seguranca.yml',
      lines: [
        `${name}:`,
        '  min_length: 12',
        '  require_digit: true',
        '  expiry_days: 90',
        `  ${name}_reset_url: /auth/reset`,
      ],
    };
  }),
];
