// Formats of chat-bot webhook URLs whose path or query holds the only secret: Google Chat "Send messages
// with incoming webhooks" (`key` and `token` query parameters), DingTalk "Custom robot" (`access_token`,
// 64 hex), Feishu / Lark "Custom bot" (a UUID path segment) and WeCom "Group robot" (`key`, a UUID).
import type { Rule } from '../types';
import { UUID } from '../ruleKit';

const AFTER = '(?![A-Za-z0-9_-])';
const RISK = 'Anyone with the URL posts any message, including phishing links, into the group or space it is bound to.';

export const chatWebhookRules: readonly Rule[] = [
  {
    id: 'google-chat-webhook-url',
    title: 'Google Chat incoming webhook URL',
    provider: 'Google Chat',
    keywords: ['chat.googleapis.com/v1/spaces/'],
    pattern: new RegExp(
      String.raw`chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,20}\/messages\?key=AIza[A-Za-z0-9_-]{35}&(?:amp;)?token=(?<secret>[A-Za-z0-9_-]{40,50})(?:%3D|=)?${AFTER}`,
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'GOOGLE_CHAT_WEBHOOK_URL',
    docs: 'https://developers.google.com/workspace/chat/quickstart/webhooks',
    risk: RISK,
    examples: {
      positives: (fake) => [
        `https://chat.googleapis.com/v1/spaces/AAAA${fake.base64url(7)}/messages?key=AIza${fake.base64url(35)}&token=${fake.base64url(43)}%3D`,
      ],
      negatives: [
        {
          text: 'https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN',
          why: 'placeholders',
        },
      ],
    },
  },
  {
    id: 'dingtalk-robot-webhook-url',
    title: 'DingTalk custom robot webhook URL',
    provider: 'DingTalk',
    keywords: ['oapi.dingtalk.com/robot/send'],
    pattern: new RegExp(String.raw`oapi\.dingtalk\.com\/robot\/send\?access_token=(?<secret>[a-f0-9]{64})${AFTER}`),
    minEntropy: 3,
    confidence: 'high',
    envVar: 'DINGTALK_WEBHOOK_URL',
    docs: 'https://open.dingtalk.com/document/orgapp/custom-robot-access',
    risk: RISK,
    examples: {
      positives: (fake) => [`https://oapi.dingtalk.com/robot/send?access_token=${fake.hex(64)}`],
      negatives: [{ text: 'https://oapi.dingtalk.com/robot/send?access_token=XXX', why: 'placeholder' }],
    },
  },
  {
    id: 'feishu-lark-bot-webhook-url',
    title: 'Feishu / Lark custom bot webhook URL',
    provider: 'Feishu / Lark',
    keywords: ['/open-apis/bot/v2/hook/'],
    pattern: new RegExp(
      String.raw`open\.(?:feishu\.cn|larksuite\.com|larkoffice\.com)\/open-apis\/bot\/v2\/hook\/(?<secret>${UUID})${AFTER}`,
    ),
    minEntropy: 3,
    confidence: 'high',
    envVar: 'FEISHU_WEBHOOK_URL',
    docs: 'https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot',
    risk: RISK,
    examples: {
      positives: (fake) => [
        `https://open.feishu.cn/open-apis/bot/v2/hook/${fake.uuid()}`,
        `https://open.larksuite.com/open-apis/bot/v2/hook/${fake.uuid()}`,
      ],
      negatives: [{ text: 'https://open.feishu.cn/open-apis/bot/v2/hook/****', why: 'elided' }],
    },
  },
  {
    id: 'wecom-robot-webhook-url',
    title: 'WeCom (WeChat Work) group robot webhook URL',
    provider: 'WeCom',
    keywords: ['qyapi.weixin.qq.com/cgi-bin/webhook/send'],
    pattern: new RegExp(String.raw`qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=(?<secret>${UUID})${AFTER}`),
    minEntropy: 3,
    confidence: 'high',
    envVar: 'WECOM_WEBHOOK_URL',
    docs: 'https://developer.work.weixin.qq.com/document/path/91770',
    risk: RISK,
    examples: {
      positives: (fake) => [`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${fake.uuid()}`],
      negatives: [{ text: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY', why: 'placeholder' }],
    },
  },
];
