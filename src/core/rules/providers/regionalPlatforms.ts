// Credentials of regional clouds, messengers and payment providers in the shapes their own docs
// show, where neither a prefix rule nor a secret-named assignment finds them (issue 11):
// - LINE Messaging API SDK (line-bot-sdk-python quick start): `LineBotApi('<channel access token>')`,
//   `WebhookHandler('<channel secret>')` (secret: 32 hex; long-lived token: ~172 base64 characters).
// - Kakao REST API (developers.kakao.com, "REST API"): `Authorization: KakaoAK <REST API key>` (32 hex).
// - Mercado Pago access tokens (Mercado Pago developers, "Credentials"): `APP_USR-` then digits,
//   32 hex and digits in dash-separated groups; the public key is `APP_USR-` + a UUID (./judge/publicKeys).
// - VK access tokens (VK ID docs): `vk1.a.` + base64url.
// - Safaricom Daraja's Lipa na M-Pesa Online passkey (64 hex) under a passkey name naming M-Pesa.
// - Chinese clouds' AK/SK pairs under the bare abbreviations (Huawei Cloud `HUAWEICLOUD_SDK_AK/SK`,
//   Baidu BCE `AK = "..."`, `SK = "..."`): random values under a name whose last word is `ak` or `sk`.
// - RSA private keys as Alipay's and WeChat Pay's SDKs take them: the base64 body on one line,
//   without the PEM armour (PKCS#8 `MII…IBADANBgkqhkiG9w0BAQEFAASC…`, PKCS#1 `MII…IBAAKCAQEA…`).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate } from '../judge/judge';
import { judgeValue } from '../judge/values';
import type { MatchContext, Rule, Verdict } from '../types';
import { classCount } from '../valueChecks';
import { isNameChar } from '../gateChars';

const DOCS_LINE = 'https://developers.line.biz/en/docs/messaging-api/channel-access-tokens/';

/** A literal that stands on its own as a key (random, not a word or a placeholder). */
function randomLiteral(secret: string): boolean {
  return classCount(secret) >= 2 && judgeValue(secret, true, 'secret')?.strong === true;
}

/** `_AK`/`_SK`/`AK`/`SK`: no letter or digit glued before a keyword that opens with the letter (`task`, `disk`). */
function akSkNameAssigned(text: string, at: number): boolean {
  const first = text.charCodeAt(at) | 32;
  return !((first === 97 || first === 115) && at > 0 && isNameChar(text.charCodeAt(at - 1)));
}

/** A name whose last word is the bare abbreviation: `AK`, `HUAWEICLOUD_SDK_SK`, `bce_ak`. */
const AK_SK = new RegExp(
  String.raw`(?<![A-Za-z0-9_.-])["']?(?<name>(?:[A-Za-z][A-Za-z0-9]{0,20}_){0,4}[AaSs][Kk])["']?[ \t]{0,8}(?:=|:)[ \t]{0,8}["']?(?<secret>[A-Za-z0-9+/]{16,64}={0,2})(?=["'\s,;]|$)`,
);

function judgeAkSk(secret: string, match: string, context: MatchContext): false | Verdict {
  if (!randomLiteral(secret)) return false;
  const name = AK_SK.exec(match)?.groups?.['name'] ?? 'SK';
  return judgeCandidate({
    name,
    value: secret,
    quoted: /["']/.test(match),
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + match.length,
    kind: 'secret',
    form: `a cloud key named ${name}`,
  });
}

/** `MPESA_PASSKEY`, `lipaNaMpesaPasskey`, `daraja.passkey`: a passkey named for M-Pesa. */
function judgeMpesaPasskey(secret: string, _match: string, context: MatchContext): boolean | Verdict {
  const start = Math.max(0, context.matchIndex - 40);
  const name = context.line.slice(start, context.matchIndex + 7);
  return /mpesa|m_pesa|lipa|daraja|safaricom|stk/i.test(name) && randomLiteral(secret);
}

export const regionalPlatformRules: readonly Rule[] = [
  {
    id: 'line-messaging-sdk-credential',
    title: 'LINE channel access token or channel secret passed to the Messaging API SDK',
    provider: 'LINE',
    keywords: ['linebotapi(', 'webhookhandler('],
    pattern:
      /(?:LineBotApi|WebhookHandler)\(\s{0,4}(["'])(?<secret>[0-9a-f]{32}|[A-Za-z0-9+/]{100,240}={0,2})\1\s{0,4}\)/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'LINE_CHANNEL_ACCESS_TOKEN',
    docs: DOCS_LINE,
    risk: 'Sends messages as the LINE Official Account to its friends, reads their profiles, or forges webhook events the bot trusts.',
    validate: (secret) => classCount(secret) >= 2,
    examples: {
      embed: false,
      positives: (fake) => [
        `line_bot_api = LineBotApi('${fake.base64(171)}=')`,
        `handler = WebhookHandler('${fake.hex(32)}')`,
        `handler = WebhookHandler("${fake.hex(32)}")`,
      ],
      negatives: [
        {
          text: "line_bot_api = LineBotApi(os.environ['LINE_CHANNEL_ACCESS_TOKEN'])",
          why: 'read from the environment',
        },
        { text: "handler = WebhookHandler('YOUR_CHANNEL_SECRET')", why: 'placeholder' },
        { text: "handler = WebhookHandler('00000000000000000000000000000000')", why: 'no entropy' },
      ],
    },
  },
  {
    id: 'kakao-rest-api-key-header',
    title: 'Kakao REST API key in a KakaoAK authorization header',
    provider: 'Kakao',
    keywords: ['kakaoak '],
    pattern: /KakaoAK\s{1,4}(?<secret>[0-9a-f]{32})(?![0-9a-f])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'KAKAO_REST_API_KEY',
    docs: 'https://developers.kakao.com/docs/latest/en/getting-started/rest-api',
    risk: "Calls Kakao's APIs (maps, search, messages, login) on the app's quota and in its name.",
    examples: {
      embed: false,
      positives: (fake) => [
        `headers = {"Authorization": "KakaoAK ${fake.hex(32)}"}`,
        `curl -H "Authorization: KakaoAK ${fake.hex(32)}" "https://dapi.kakao.com/v2/local/search/address.json?query=x"`,
      ],
      negatives: [
        { text: 'headers = {"Authorization": f"KakaoAK {REST_API_KEY}"}', why: 'a variable' },
        { text: 'Authorization: KakaoAK ${REST_API_KEY}', why: 'a reference' },
      ],
    },
  },
  {
    id: 'mercadopago-access-token',
    title: 'Mercado Pago access token',
    provider: 'Mercado Pago',
    keywords: ['app_usr-'],
    pattern: /\bAPP_USR-(?<secret>\d{10,20}-\d{6}-[0-9a-f]{32}-\d{6,12})(?![\w-])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'MP_ACCESS_TOKEN',
    docs: 'https://www.mercadopago.com.br/developers/en/docs/your-integrations/credentials',
    risk: "Acts as the seller's integration: creates and refunds payments, reads buyers' payment data.",
    examples: {
      positives: (fake) => [`APP_USR-${fake.digits(16)}-${fake.digits(6)}-${fake.hex(32)}-${fake.digits(9)}`],
      negatives: [
        { text: (fake) => `MP_PUBLIC_KEY=APP_USR-${fake.uuid()}`, why: 'the public key, used in the browser' },
        { text: "curl -H 'Authorization: Bearer APP_USR-<ACCESS_TOKEN>'", why: 'placeholder' },
      ],
    },
  },
  {
    id: 'vk-access-token',
    title: 'VK access token',
    provider: 'VK',
    keywords: ['vk1.a.'],
    pattern: /\bvk1\.a\.(?<secret>[A-Za-z0-9_-]{100,400})(?![\w-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'VK_TOKEN',
    docs: 'https://id.vk.com/about/business/go/docs/en/vkid/latest/vk-id/tokens/access-token',
    risk: 'Acts as the user or community it was issued to: reads and sends messages, posts on the wall, manages the group.',
    examples: {
      positives: (fake) => [`vk1.a.${fake.base64url(200)}`],
      negatives: [{ text: 'VK_TOKEN = "vk1.a.XXXXXXXX"', why: 'placeholder' }],
    },
  },
  {
    id: 'mpesa-daraja-passkey',
    title: 'Safaricom Daraja (M-Pesa) Lipa na M-Pesa passkey',
    provider: 'Safaricom',
    keywords: ['passkey'],
    pattern: /passkey["']?[ \t]{0,8}(?:=|:)[ \t]{0,8}["']?(?<secret>[0-9a-f]{64})(?![0-9a-f])/i,
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'MPESA_PASSKEY',
    docs: 'https://developer.safaricom.co.ke/APIs/MpesaExpressSimulate',
    risk: "With the shortcode, signs STK push requests: prompts the business's customers to pay whatever the caller asks.",
    validate: judgeMpesaPasskey,
    examples: {
      embed: false,
      positives: (fake) => [`MPESA_PASSKEY=${fake.hex(64)}`, `  lipaNaMpesaPasskey: "${fake.hex(64)}",`],
      negatives: [
        { text: (fake) => `passkey = "${fake.hex(64)}"`, why: 'names no M-Pesa setting' },
        { text: 'MPESA_PASSKEY=your_passkey_here', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'upyun-operator-password',
    title: 'UpYun operator password passed to the SDK',
    provider: 'UpYun',
    keywords: ['upyun.service('],
    // `new upyun.Service(bucket, operator, password)` (upyun Node SDK README).
    pattern:
      /Service\(\s{0,4}(["'])[\w-]{1,64}\1\s{0,4},\s{0,4}(["'])[\w.@-]{1,64}\2\s{0,4},\s{0,4}(["'])(?<secret>[^"'\s]{8,64})\3\s{0,4}\)/,
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'UPYUN_PASSWORD',
    docs: 'https://help.upyun.com/knowledge-base/rest_api/',
    risk: "Reads, overwrites and deletes the files of the operator's storage buckets and CDN.",
    validate: (secret) => randomLiteral(secret),
    examples: {
      embed: false,
      positives: (fake) => [`const service = new upyun.Service('acme-cdn', 'operator01', '${fake.alnum(32)}');`],
      negatives: [
        {
          text: "const service = new upyun.Service('acme-cdn', 'operator01', process.env.UPYUN_PASSWORD);",
          why: 'a variable',
        },
        { text: "new upyun.Service('bucket', 'operator', 'password')", why: 'placeholder' },
      ],
    },
  },
  {
    id: 'aklt-key-pair-positional',
    title: 'Volcengine or Kingsoft Cloud secret key passed after its AKLT access key id',
    provider: 'Volcengine',
    keywords: ['aklt'],
    // `Connection('AKLT...', '<secret>', host=...)`, `NewStaticCredentials("AKLT...", "<secret>", "")`: the
    // access key id (AKLT + 20 to 28 characters, BytePlus/Volcengine "AccessKey" data type) then its secret.
    pattern: /(["'])AKLT[A-Za-z0-9_-]{16,40}\1\s{0,4},\s{0,4}(["'])(?<secret>[A-Za-z0-9+/]{30,80}={0,2})\2/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'VOLCENGINE_SECRET_KEY',
    docs: 'https://docs.byteplus.com/en/docs/byteplus-platform/reference-accesskey',
    risk: 'Signs API calls to the cloud account: whatever the key is allowed, from reading storage to creating servers.',
    examples: {
      embed: false,
      positives: (fake) => [
        `c = Connection('AKLT${fake.alnum(20)}', '${fake.alnum(40)}', host='ks3-cn-beijing.ksyuncs.com')`,
      ],
      negatives: [
        {
          text: (fake) => `c = Connection('AKLT${fake.alnum(20)}', os.environ['KS3_SK'])`,
          why: 'the secret is read from the environment',
        },
      ],
    },
  },
  {
    id: 'yandex-static-key-id',
    title: 'Yandex Cloud static access key id (beside its secret in an AWS-compatible config)',
    provider: 'Yandex Cloud',
    keywords: ['key_id = yc', 'key_id: yc'],
    // Yandex Cloud docs, "Static access keys": the key id is 25 characters starting YC, the secret 40.
    pattern: /key_?id["']?\s{0,4}[=:]\s{0,4}["']?(?<secret>YC[A-Za-z0-9_-]{23})(?![\w-])/i,
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'AWS_ACCESS_KEY_ID',
    docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/access-key',
    risk: 'With the secret key beside it, signs Object Storage and other AWS-compatible API calls as the service account.',
    validate: (secret) => classCount(secret) >= 3,
    examples: {
      embed: false,
      positives: (fake) => [`aws_access_key_id = YC${fake.alnum(23)}`, `  access_key_id: YC${fake.base64url(23)}`],
      negatives: [{ text: 'aws_access_key_id = YCxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' }],
    },
  },
  {
    id: 'cloud-ak-sk-abbreviation',
    title: 'Cloud access key or secret key named by the bare AK/SK abbreviation (Huawei, Baidu, ...)',
    provider: 'Generic',
    // The abbreviation ends the name: spelled with what follows it, so `task`, `disk` or `mask` in
    // code wake the gate at most, never the pattern.
    keywords: [
      '_ak=',
      '_sk=',
      '_ak:',
      '_sk:',
      '_ak ',
      '_sk ',
      'ak = ',
      'sk = ',
      'ak=',
      'sk=',
      '"ak"',
      '"sk"',
      "'ak'",
      "'sk'",
    ],
    pattern: AK_SK,
    keywordGate: akSkNameAssigned,
    confidence: 'medium',
    envVar: 'HUAWEICLOUD_SDK_SK',
    docs: 'https://support.huaweicloud.com/intl/en-us/usermanual-ca/ca_01_0003.html',
    risk: 'Signs API calls to the cloud account with the key pair: whatever the key is allowed, from reading storage to creating servers.',
    validate: judgeAkSk,
    examples: {
      embed: false,
      positives: (fake) => [
        `HUAWEICLOUD_SDK_AK=${fake.upperAlnum(20)}`,
        `HUAWEICLOUD_SDK_SK=${fake.alnum(40)}`,
        `AK = "${fake.hex(32)}"`,
        `SK = "${fake.hex(32)}"`,
        `  "ak": "${fake.upperAlnum(20)}",`,
        `  "sk": "${fake.alnum(40)}",`,
        `bce_sk: '${fake.hex(32)}'`,
        `bos_sk: ${fake.alnum(40)}`,
        `bce_ak: ${fake.hex(32)}`,
        `OBS_AK = "${fake.upperAlnum(20)}"`,
        `OBS_SK = "${fake.alnum(40)}"`,
        `ak="${fake.hex(32)}"`,
        `sk="${fake.hex(32)}"`,
        `auth = {'ak': '${fake.upperAlnum(20)}'}`,
        `auth = {'sk': '${fake.alnum(40)}'}`,
      ],
      negatives: [
        { text: 'AK = os.environ["HUAWEICLOUD_SDK_AK"]', why: 'read from the environment' },
        { text: 'SK = "your-secret-key"', why: 'placeholder' },
        { text: (fake) => `task = "${fake.alnum(24)}"`, why: 'another name' },
        { text: 'ak = "sk"', why: 'no key' },
        { text: '  "sk": "Slovak",', why: 'a language code, not a key' },
      ],
    },
  },
  {
    id: 'bare-rsa-private-key-body',
    title: 'RSA private key body without PEM armour (as Alipay and WeChat Pay SDKs take it)',
    provider: 'Private key',
    // The DER algorithm header of an RSA key, the same in every key: PKCS#8 then PKCS#1.
    keywords: ['ibadanbgkqhkig9w0baqefaasc', 'ibaakcaqea', 'ibaakcagea'],
    pattern:
      /MII[A-Za-z0-9+/]{2,3}(?:IBADANBgkqhkiG9w0BAQEFAASC|IBAAKCAQEA|IBAAKCAgEA)(?<secret>[A-Za-z0-9+/]{600,7000}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 4.5,
    confidence: 'high',
    envVar: 'ALIPAY_APP_PRIVATE_KEY',
    docs: 'https://opendocs.alipay.com/common/02kipl',
    risk: "Signs requests as the app: with the app id, calls the payment provider's API as the merchant (transfers, refunds, queries).",
    examples: {
      positives: (fake) => [
        'MII' + 'EvQIBADANBgkqhkiG9w0BAQEFAASC' + fake.base64(1560),
        'MII' + 'EpAIBAAKCAQEA' + fake.base64(1560),
        'MII' + 'JKAIBAAKCAgEA' + fake.base64(3100),
      ],
      negatives: [
        {
          text: (fake) =>
            'alipay.publicKey=MII' + 'BIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + fake.base64(342) + 'IDAQAB',
          why: 'a public key',
        },
        { text: 'APP_PRIVATE_KEY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC..."', why: 'truncated in documentation' },
      ],
    },
  },
];
