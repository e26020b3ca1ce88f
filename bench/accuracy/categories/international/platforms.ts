import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * international positives, regional platforms: the credentials of Chinese, Russian, Korean,
 * Japanese, Indian, Latin American, African, Turkish and Indonesian clouds, messengers and payment
 * providers, in the SDK calls, configs and env files their own documentation shows, with comments in
 * the local language. Formats are from each provider's public documentation (see values.ts); values
 * generated at run time. A cloud access key ID written next to its secret is labelled too (as the
 * corpus labels an AWS key ID); app-level public ids (WeChat AppID, Feishu app_id, DingTalk AppKey,
 * Razorpay key_id) are not.
 */

export const platformPositives: readonly Template[] = [
  template('aliyun-python-client', (g) => {
    const id = v.aliyunId(g);
    const s = v.aliyunSecret(g);
    return {
      path: 'scripts/oss_upload.py',
      lines: [
        'from aliyunsdkcore.client import AcsClient',
        '',
        '# 阿里云 AccessKey(RAM 子账号)',
        sec(`client = AcsClient("${id}", "${s}", "cn-hangzhou")`, s),
      ],
    };
  }),
  template('aliyun-env-pair', (g) => {
    const id = v.aliyunId(g);
    const s = v.aliyunSecret(g);
    return {
      path: '.env',
      lines: [
        '# 阿里云 OSS',
        sec(`ALIBABA_CLOUD_ACCESS_KEY_ID=${id}`, id),
        sec(`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${s}`, s),
        'OSS_BUCKET=acme-static',
      ],
    };
  }),
  template('aliyun-spring-yaml', (g) => {
    const id = v.aliyunId(g);
    const s = v.aliyunSecret(g);
    return {
      path: 'src/main/resources/application.yml',
      lines: [
        'aliyun:',
        '  oss:',
        '    endpoint: oss-cn-shanghai.aliyuncs.com',
        sec(`    access-key-id: ${id}`, id),
        sec(`    access-key-secret: ${s}`, s),
        '    bucket-name: acme-img',
      ],
    };
  }),
  template('aliyun-java-profile', (g) => {
    const id = v.aliyunId(g);
    const s = v.aliyunSecret(g);
    return {
      path: 'src/main/java/com/acme/sms/SmsSender.java',
      lines: [
        '        // 短信服务',
        sec(`        DefaultProfile profile = DefaultProfile.getProfile("cn-hangzhou", "${id}", "${s}");`, s),
        '        IAcsClient client = new DefaultAcsClient(profile);',
      ],
    };
  }),
  template('tencent-python-credential', (g) => {
    const id = v.tencentId(g);
    const k = v.tencentKey(g);
    return {
      path: 'cos_sync.py',
      lines: [
        'from tencentcloud.common import credential',
        '',
        '# 腾讯云 API 密钥',
        sec(`cred = credential.Credential("${id}", "${k}")`, k),
      ],
    };
  }),
  template('tencent-yaml', (g) => {
    const id = v.tencentId(g);
    const k = v.tencentKey(g);
    return {
      path: 'config/cos.yaml',
      lines: ['tencent:', '  region: ap-guangzhou', sec(`  secret_id: ${id}`, id), sec(`  secret_key: ${k}`, k)],
    };
  }),
  template('tencent-go', (g) => {
    const id = v.tencentId(g);
    const k = v.tencentKey(g);
    return {
      path: 'pkg/cos/client.go',
      lines: [
        '\tclient := cos.NewClient(b, &http.Client{',
        '\t\tTransport: &cos.AuthorizationTransport{',
        sec(`\t\t\tSecretID:  "${id}",`, id),
        sec(`\t\t\tSecretKey: "${k}",`, k),
        '\t\t},',
        '\t})',
      ],
    };
  }),
  template('huawei-obs-python', (g) => {
    const ak = v.huaweiAk(g);
    const sk = v.huaweiSk(g);
    return {
      path: 'obs_backup.py',
      lines: [
        'from obs import ObsClient',
        '# 华为云 OBS 访问密钥',
        sec(
          `obsClient = ObsClient(access_key_id='${ak}', secret_access_key='${sk}', server='https://obs.cn-north-4.myhuaweicloud.com')`,
          sk,
        ),
      ],
    };
  }),
  template('huawei-env', (g) => {
    const ak = v.huaweiAk(g);
    const sk = v.huaweiSk(g);
    return {
      path: 'deploy/huaweicloud.env',
      lines: [
        'HUAWEICLOUD_REGION=cn-north-4',
        sec(`HUAWEICLOUD_SDK_AK=${ak}`, ak),
        sec(`HUAWEICLOUD_SDK_SK=${sk}`, sk),
      ],
    };
  }),
  template('baidu-ai-python', (g) => {
    const appId = g.fake.digits(8);
    const ak = v.baiduApiKey(g);
    const sk = v.baiduSecretKey(g);
    return {
      path: 'ocr_demo.py',
      lines: [
        'from aip import AipOcr',
        '',
        '""" 你的 APPID AK SK """',
        `APP_ID = '${appId}'`,
        sec(`API_KEY = '${ak}'`, ak),
        sec(`SECRET_KEY = '${sk}'`, sk),
        '',
        'client = AipOcr(APP_ID, API_KEY, SECRET_KEY)',
      ],
    };
  }),
  template('baidu-bce-config', (g) => {
    const ak = v.baiduBce(g);
    const sk = v.baiduBce(g);
    return {
      path: 'bos_conf.py',
      lines: [
        'from baidubce.bce_client_configuration import BceClientConfiguration',
        'from baidubce.auth.bce_credentials import BceCredentials',
        '',
        'HOST = "bj.bcebos.com"',
        sec(`AK = "${ak}"`, ak),
        sec(`SK = "${sk}"`, sk),
        'config = BceClientConfiguration(credentials=BceCredentials(AK, SK), endpoint=HOST)',
      ],
    };
  }),
  template('volcengine-env', (g) => {
    const ak = v.volcAk(g);
    const sk = v.volcSk(g);
    return {
      path: '.env',
      lines: [
        '# 火山引擎',
        sec(`VOLCENGINE_ACCESS_KEY=${ak}`, ak),
        sec(`VOLCENGINE_SECRET_KEY=${sk}`, sk),
        'VOLCENGINE_REGION=cn-beijing',
      ],
    };
  }),
  template('volcengine-go', (g) => {
    const ak = v.volcAk(g);
    const sk = v.volcSk(g);
    return {
      path: 'internal/tos/client.go',
      lines: [sec(`\tcred := credentials.NewStaticCredentials("${ak}", "${sk}", "")`, sk)],
    };
  }),
  template('qiniu-python', (g) => {
    const ak = v.qiniuKey(g);
    const sk = v.qiniuKey(g);
    return {
      path: 'upload_qiniu.py',
      lines: [
        'from qiniu import Auth, put_file',
        '',
        '# 七牛云',
        sec(`access_key = '${ak}'`, ak),
        sec(`secret_key = '${sk}'`, sk),
        'q = Auth(access_key, secret_key)',
      ],
    };
  }),
  template('upyun-node', (g) => {
    const pw = v.upyunPassword(g);
    return {
      path: 'scripts/upyun.js',
      lines: [
        "const upyun = require('upyun');",
        '// 又拍云操作员',
        sec(`const service = new upyun.Service('acme-cdn', 'operator01', '${pw}');`, pw),
      ],
    };
  }),
  template('jdcloud-yaml', (g) => {
    const ak = v.jdAk(g);
    const sk = v.jdSk(g);
    return {
      path: 'config/jdcloud.yml',
      lines: ['jdcloud:', '  region: cn-north-1', sec(`  access_key: ${ak}`, ak), sec(`  secret_key: ${sk}`, sk)],
    };
  }),
  template('ksyun-python', (g) => {
    const ak = v.ksyunAk(g);
    const sk = v.ksyunSk(g);
    return {
      path: 'ks3_sync.py',
      lines: [
        'from ks3.connection import Connection',
        '# 金山云 KS3',
        sec(`c = Connection('${ak}', '${sk}', host='ks3-cn-beijing.ksyuncs.com')`, sk),
      ],
    };
  }),
  template('wechat-miniprogram-config', (g) => {
    const appId = v.wxAppId(g);
    const secret = v.wxSecret(g);
    return {
      path: g.pick(['config/wechat.yml', 'application-prod.yml']),
      lines: [
        'wx:',
        '  miniapp:',
        `    appid: ${appId}`,
        sec(`    secret: ${secret}`, secret),
        '    msgDataFormat: JSON',
      ],
    };
  }),
  template('wechat-php-config', (g) => {
    const appId = v.wxAppId(g);
    const secret = v.wxSecret(g);
    return {
      path: 'config/wechat.php',
      lines: [
        '<?php',
        'return [',
        '    // 公众号',
        `    'app_id' => '${appId}',`,
        sec(`    'secret' => '${secret}',`, secret),
        '];',
      ],
    };
  }),
  template('wechat-token-url', (g) => {
    const appId = v.wxAppId(g);
    const secret = v.wxSecret(g);
    const url = `https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=${appId}&secret=${secret}`;
    return {
      path: 'utils/token.js',
      lines: ['// 获取 access_token', sec(`const url = '${url}';`, secret)],
    };
  }),
  template('wechat-pay-mch-key', (g) => {
    const k = v.wxMchKey(g);
    return {
      path: 'src/main/resources/wxpay.properties',
      lines: [
        `wxpay.appId=${v.wxAppId(g)}`,
        `wxpay.mchId=${g.fake.digits(10)}`,
        sec(`wxpay.${g.pick(['mchKey', 'apiV3Key', 'key'])}=${k}`, k),
        'wxpay.notifyUrl=https://pay.acmecorp.net/notify',
      ],
    };
  }),
  template('wecom-corpsecret', (g) => {
    const corp = v.wecomCorpId(g);
    const s = v.wecomSecret(g);
    return {
      path: 'wecom_notify.py',
      lines: [
        '# 企业微信应用',
        `CORP_ID = "${corp}"`,
        sec(`CORP_SECRET = "${s}"`, s),
        'AGENT_ID = 1000002',
        'url = f"https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid={CORP_ID}&corpsecret={CORP_SECRET}"',
      ],
    };
  }),
  template('alipay-private-key', (g) => {
    const pk = v.alipayPrivateKey(g);
    return {
      path: 'src/main/resources/alipay.properties',
      lines: [
        `alipay.appId=2021${g.fake.digits(12)}`,
        sec(`alipay.privateKey=${pk}`, pk),
        `alipay.alipayPublicKey=${v.alipayPublicKey(g)}`,
        'alipay.gateway=https://openapi.alipay.com/gateway.do',
      ],
    };
  }),
  template('alipay-python-sdk', (g) => {
    const pk = v.alipayPrivateKey(g);
    return {
      path: 'pay/alipay_client.py',
      lines: ['# 应用私钥', sec(`APP_PRIVATE_KEY = "${pk}"`, pk), `ALIPAY_PUBLIC_KEY = "${v.alipayPublicKey(g)}"`],
    };
  }),
  template('dingtalk-robot-webhook', (g) => {
    const t = v.dingToken(g);
    const s = v.dingSec(g);
    return {
      path: g.pick(['alert/dingtalk.py', 'monitor/notify.py']),
      lines: [
        '# 钉钉群机器人(加签)',
        sec(`WEBHOOK = "https://oapi.dingtalk.com/robot/send?access_token=${t}"`, t),
        sec(`SECRET = "${s}"`, s),
      ],
    };
  }),
  template('dingtalk-yaml', (g) => {
    const t = v.dingToken(g);
    const s = v.dingSec(g);
    return {
      path: 'alertmanager/dingtalk.yml',
      lines: [
        'targets:',
        '  ops:',
        sec(`    url: https://oapi.dingtalk.com/robot/send?access_token=${t}`, t),
        sec(`    secret: ${s}`, s),
      ],
    };
  }),
  template('dingtalk-app', (g) => {
    const key = v.dingAppKey(g);
    const s = v.dingAppSecret(g);
    return {
      path: 'config/dingtalk.json',
      lines: ['{', `  "appKey": "${key}",`, sec(`  "appSecret": "${s}",`, s), `  "agentId": ${g.fake.digits(10)}`, '}'],
    };
  }),
  template('feishu-app', (g) => {
    const id = v.feishuAppId(g);
    const s = v.feishuSecret(g);
    return {
      path: g.pick(['.env', 'bot/.env']),
      lines: ['# 飞书自建应用', `FEISHU_APP_ID=${id}`, sec(`FEISHU_APP_SECRET=${s}`, s)],
    };
  }),
  template('feishu-webhook', (g) => {
    const hook = g.fake.uuid();
    const s = v.feishuBotSecret(g);
    const host = g.pick(['open.feishu.cn', 'open.larksuite.com']);
    return {
      path: 'ci/notify_feishu.sh',
      lines: [
        '#!/bin/sh',
        sec(`WEBHOOK="https://${host}/open-apis/bot/v2/hook/${hook}"`, hook),
        sec(`SIGN_SECRET="${s}"`, s),
      ],
    };
  }),
  template('lark-python', (g) => {
    const id = v.feishuAppId(g);
    const s = v.feishuSecret(g);
    return {
      path: 'lark_bot.py',
      lines: [
        'import lark_oapi as lark',
        sec(`client = lark.Client.builder().app_id("${id}").app_secret("${s}").build()`, s),
      ],
    };
  }),
  template('yandex-iam-curl', (g) => {
    const t = v.yandexIam(g);
    return {
      path: 'scripts/list_vms.sh',
      lines: [
        '# токен на 12 часов, потом обновить',
        sec(`curl -H "Authorization: Bearer ${t}" https://compute.api.cloud.yandex.net/compute/v1/instances`, t),
      ],
    };
  }),
  template('yandex-api-key', (g) => {
    const k = v.yandexApiKey(g);
    return {
      path: g.pick(['speechkit.py', 'translate.py']),
      lines: [
        '# API-ключ сервисного аккаунта',
        sec(`API_KEY = "${k}"`, k),
        'headers = {"Authorization": f"Api-Key {API_KEY}"}',
      ],
    };
  }),
  template('yandex-static-key', (g) => {
    const id = v.yandexStaticId(g);
    const s = v.yandexStaticSecret(g);
    return {
      path: g.pick(['.aws/credentials', 'deploy/s3.env']),
      lines: ['[default]', sec(`aws_access_key_id = ${id}`, id), sec(`aws_secret_access_key = ${s}`, s), ''],
    };
  }),
  template('yandex-terraform', (g) => {
    const t = v.yandexOauth(g);
    return {
      path: 'terraform/provider.tf',
      lines: [
        'provider "yandex" {',
        sec(`  token     = "${t}"`, t),
        `  folder_id = "${v.yandexFolderId(g)}"`,
        '  zone      = "ru-central1-a"',
        '}',
      ],
    };
  }),
  template('vk-token', (g) => {
    const t = v.vkToken(g);
    return {
      path: g.pick(['bot/config.py', 'vk_bot.py']),
      lines: ['# токен сообщества ВКонтакте', sec(`VK_TOKEN = "${t}"`, t), `GROUP_ID = ${g.fake.digits(9)}`],
    };
  }),
  template('naver-cloud', (g) => {
    const ak = v.naverAk(g);
    const sk = v.naverSk(g);
    return {
      path: 'ncp/config.py',
      lines: ['# 네이버 클라우드 인증키', sec(`NCP_ACCESS_KEY = "${ak}"`, ak), sec(`NCP_SECRET_KEY = "${sk}"`, sk)],
    };
  }),
  template('naver-developers', (g) => {
    const id = g.fake.alnum(20);
    const s = v.naverClientSecret(g);
    return {
      path: 'src/search.js',
      lines: [
        '// 네이버 검색 API',
        `const clientId = '${id}';`,
        sec(`const clientSecret = '${s}';`, s),
        "headers: { 'X-Naver-Client-Id': clientId, 'X-Naver-Client-Secret': clientSecret }",
      ],
    };
  }),
  template('kakao-rest-key', (g) => {
    const k = v.kakaoKey(g);
    return {
      path: g.pick(['kakao_map.py', 'src/geo.py']),
      lines: [
        '# 카카오 REST API 키',
        sec(`headers = {"Authorization": "KakaoAK ${k}"}`, k),
        'r = requests.get("https://dapi.kakao.com/v2/local/search/address.json", headers=headers, params={"query": q})',
      ],
    };
  }),
  template('kakao-admin-env', (g) => {
    const rest = v.kakaoKey(g);
    const admin = v.kakaoKey(g);
    return {
      path: '.env',
      lines: [sec(`KAKAO_REST_API_KEY=${rest}`, rest), sec(`KAKAO_ADMIN_KEY=${admin}`, admin)],
    };
  }),
  template('line-bot', (g) => {
    const s = v.lineSecret(g);
    const t = v.lineToken(g);
    return {
      path: 'app.py',
      lines: [
        'from linebot import LineBotApi, WebhookHandler',
        '',
        '# チャネルアクセストークン(長期)',
        sec(`line_bot_api = LineBotApi('${t}')`, t),
        sec(`handler = WebhookHandler('${s}')`, s),
      ],
    };
  }),
  template('line-env', (g) => {
    const s = v.lineSecret(g);
    const t = v.lineToken(g);
    return {
      path: '.env',
      lines: [sec(`LINE_CHANNEL_SECRET=${s}`, s), sec(`LINE_CHANNEL_ACCESS_TOKEN=${t}`, t)],
    };
  }),
  template('mercadopago-sdk', (g) => {
    const t = v.mercadoPagoToken(g);
    return {
      path: g.pick(['src/pagamento.js', 'server/pagos.js']),
      lines: [
        "import { MercadoPagoConfig, Payment } from 'mercadopago';",
        '',
        sec(`const client = new MercadoPagoConfig({ accessToken: '${t}' });`, t),
      ],
    };
  }),
  template('mercadopago-env', (g) => {
    const t = v.mercadoPagoToken(g);
    return {
      path: '.env',
      lines: [`MP_PUBLIC_KEY=${v.mercadoPagoPublic(g)}`, sec(`MP_ACCESS_TOKEN=${t}`, t)],
    };
  }),
  template('mercadopago-php', (g) => {
    const t = v.mercadoPagoToken(g);
    return {
      path: 'checkout/pagar.php',
      lines: ['<?php', '// credenciais de produção', sec(`MercadoPagoConfig::setAccessToken("${t}");`, t)],
    };
  }),
  template('razorpay-node', (g) => {
    const id = v.razorpayId(g);
    const s = v.razorpaySecret(g);
    return {
      path: 'server/payments.js',
      lines: [
        "const Razorpay = require('razorpay');",
        'const instance = new Razorpay({',
        `  key_id: '${id}',`,
        sec(`  key_secret: '${s}',`, s),
        '});',
      ],
    };
  }),
  template('razorpay-env', (g) => {
    const id = v.razorpayId(g);
    const s = v.razorpaySecret(g);
    return {
      path: '.env',
      lines: [`RAZORPAY_KEY_ID=${id}`, sec(`RAZORPAY_KEY_SECRET=${s}`, s)],
    };
  }),
  template('razorpay-python', (g) => {
    const id = v.razorpayId(g);
    const s = v.razorpaySecret(g);
    return {
      path: 'payments/views.py',
      lines: ['import razorpay', sec(`client = razorpay.Client(auth=("${id}", "${s}"))`, s)],
    };
  }),
  template('paytm-merchant', (g) => {
    const k = v.paytmKey(g);
    return {
      path: 'paytm/config.py',
      lines: [`MERCHANT_ID = "${v.paytmMid(g)}"`, sec(`MERCHANT_KEY = "${k}"`, k), 'WEBSITE = "DEFAULT"'],
    };
  }),
  template('phonepe-salt', (g) => {
    const s = v.phonepeSalt(g);
    return {
      path: 'config/phonepe.js',
      lines: [
        'module.exports = {',
        `  merchantId: 'M${g.fake.upperAlnum(12)}',`,
        sec(`  saltKey: '${s}',`, s),
        '  saltIndex: 1,',
        '};',
      ],
    };
  }),
  template('paystack-secret', (g) => {
    const s = v.paystackSecret(g);
    return {
      path: g.pick(['.env', 'server/.env']),
      lines: [`PAYSTACK_PUBLIC_KEY=${v.paystackPublic(g)}`, sec(`PAYSTACK_SECRET_KEY=${s}`, s)],
    };
  }),
  template('paystack-header', (g) => {
    const s = v.paystackSecret(g);
    return {
      path: 'lib/paystack.php',
      lines: ['<?php', sec(`$headers = ["Authorization: Bearer ${s}", "Cache-Control: no-cache"];`, s)],
    };
  }),
  template('flutterwave', (g) => {
    const s = v.flutterwaveSecret(g);
    const e = v.flutterwaveEncryption(g);
    return {
      path: 'config/flutterwave.js',
      lines: [
        'module.exports = {',
        `  publicKey: '${v.flutterwavePublic(g)}',`,
        sec(`  secretKey: '${s}',`, s),
        sec(`  encryptionKey: '${e}',`, e),
        '};',
      ],
    };
  }),
  template('daraja-mpesa', (g) => {
    const k = v.darajaKey(g);
    const s = v.darajaSecret(g);
    const p = v.darajaPasskey(g);
    return {
      path: '.env',
      lines: [
        '# Safaricom Daraja',
        sec(`MPESA_CONSUMER_KEY=${k}`, k),
        sec(`MPESA_CONSUMER_SECRET=${s}`, s),
        'MPESA_SHORTCODE=174379',
        sec(`MPESA_PASSKEY=${p}`, p),
      ],
    };
  }),
  template('iyzico', (g) => {
    const sandbox = g.chance(0.5);
    const k = v.iyzicoKey(g, sandbox);
    const s = v.iyzicoKey(g, sandbox);
    return {
      path: 'odeme/iyzico.php',
      lines: [
        '<?php',
        '$options = new \\Iyzipay\\Options();',
        sec(`$options->setApiKey("${k}");`, k),
        sec(`$options->setSecretKey("${s}");`, s),
        `$options->setBaseUrl("https://${sandbox ? 'sandbox-' : ''}api.iyzipay.com");`,
      ],
    };
  }),
  template('midtrans', (g) => {
    const s = v.midtransServer(g);
    return {
      path: 'config/midtrans.php',
      lines: [
        '<?php',
        '// kunci server Midtrans',
        `\\Midtrans\\Config::$clientKey = '${v.midtransClient(g)}';`,
        sec(`\\Midtrans\\Config::$serverKey = '${s}';`, s),
      ],
    };
  }),
  template('xendit', (g) => {
    const s = v.xenditSecret(g);
    return {
      path: 'src/xendit.ts',
      lines: ["import Xendit from 'xendit-node';", sec(`const x = new Xendit({ secretKey: '${s}' });`, s)],
    };
  }),
  template('toss-payments', (g) => {
    const s = v.tossSecret(g);
    return {
      path: 'server/toss.js',
      lines: [
        '// 토스페이먼츠 시크릿 키',
        sec(`const secretKey = '${s}';`, s),
        "const encoded = Buffer.from(secretKey + ':').toString('base64');",
      ],
    };
  }),
];
