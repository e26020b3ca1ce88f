import type { CategoryTemplates } from '../../draft';
import { namePositives } from './names';
import { intlNegatives } from './negatives';
import { platformPositives } from './platforms';

/**
 * Credentials as repositories outside the English-speaking world write them: password and key names
 * in other human languages (ASCII and native spellings, mixed with English) across code and config
 * syntaxes, and the credential formats of regional clouds, messengers and payment providers (Alibaba,
 * Tencent, Huawei, Baidu, Volcengine, WeChat, Alipay, DingTalk, Feishu, Yandex, VK, Naver, Kakao,
 * LINE, Mercado Pago, Razorpay, Paystack, Flutterwave, M-Pesa, iyzico, Midtrans…). Written blind,
 * before changing the detector (issue 11).
 */
export const international: CategoryTemplates = {
  positives: [...namePositives, ...platformPositives],
  negatives: intlNegatives,
};
