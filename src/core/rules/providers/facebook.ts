// Formats: Meta for Developers "Access tokens" (user, page and system-user tokens begin `EAA` and are
// long base62 strings) and "App secret" (32 hex). Shared by Facebook, Instagram and WhatsApp Graph
// APIs.
import type { MatchContext, Rule, Verdict } from '../types';
import { contextRule } from '../ruleKit';
import { classCount } from '../valueChecks';

const META_WORDS = /facebook|\bfb[_.]|instagram|whatsapp|meta_|graph\.facebook/i;

/**
 * On a line naming Meta's products any EAA token counts; elsewhere only a long one with upper, lower
 * and digits (a random token, not a word run), and one step less sure.
 */
function judgeAccessToken(token: string, _match: string, context: MatchContext): boolean | Verdict {
  if (META_WORDS.test(context.line)) return true;
  return token.length >= 120 && classCount(token) >= 3
    ? { confidence: 'medium', why: 'long EAA token, the shape of a Meta access token' }
    : false;
}

export const facebookRules: readonly Rule[] = [
  {
    id: 'facebook-access-token',
    title: 'Meta (Facebook, Instagram, WhatsApp) Graph API access token',
    provider: 'Meta',
    keywords: ['facebook', 'fb_', 'fb.', 'instagram', 'whatsapp', 'meta_', 'eaa'],
    // A long base62 run starting EAA is not unique alone: judgeAccessToken asks for more off Meta lines.
    pattern: /(?<![A-Za-z0-9_-])EAA[A-Za-z0-9]{90,500}(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'FACEBOOK_ACCESS_TOKEN',
    docs: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
    validate: judgeAccessToken,
    risk: 'Acts as the user, Page or system user in the Graph API: posts, reads messages and insights, or sends WhatsApp messages within its permissions.',
    examples: {
      embed: false,
      positives: (fake) => [
        `FACEBOOK_ACCESS_TOKEN=EAAG${fake.alnum(180)}`,
        `FB_PAGE_TOKEN=EAAB${fake.alnum(200)}`,
        `fb.api('/me', { access_token: 'EAAJ${fake.alnum(160)}' });`,
        `INSTAGRAM_ACCESS_TOKEN=EAAL${fake.alnum(190)}`,
        `WHATSAPP_TOKEN=EAAU${fake.alnum(210)}`,
        `META_ACCESS_TOKEN="EAAN${fake.alnum(170)}"`,
        `curl "https://graph.facebook.com/v19.0/me?access_token=EAAG${fake.alnum(180)}"`,
        `ACCESS_TOKEN = "EAAI${fake.alnum(170)}${fake.digits(1)}"`,
      ],
      negatives: [
        { text: 'FACEBOOK_ACCESS_TOKEN=EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: (fake) => `facebook debug: EAA${fake.alnum(40)}`, why: 'too short for an access token' },
        { text: (fake) => `FACEBOOK_APP_ID=${fake.digits(15)}`, why: 'app id, public' },
        { text: (fake) => `blob = "EAA${fake.upper(80)}"`, why: 'short and one-case, with no mention of Meta' },
      ],
    },
  },
  contextRule({
    id: 'facebook-app-secret',
    title: 'Meta (Facebook) app secret',
    provider: 'Meta',
    keywords: ['facebook', 'fb_', 'fbapp'],
    name: '(?:facebook|fb)[A-Za-z0-9_.-]{0,16}secret[A-Za-z0-9_.-]{0,8}',
    value: '[0-9a-f]{32}',
    valueClass: '[0-9a-f]',
    minEntropy: 3,
    envVar: 'FACEBOOK_APP_SECRET',
    docs: 'https://developers.facebook.com/docs/facebook-login/security/#appsecret',
    risk: 'Mints app access tokens and signs Graph API calls as your app: reads app data, manages test users and webhooks.',
    names: ['FACEBOOK_APP_SECRET', 'FB_APP_SECRET', 'FB_CLIENT_SECRET'],
    sample: (fake) => fake.hex(32),
    extraPositives: (fake) => [`  fbAppSecret: '${fake.hex(32)}',`],
    negatives: [{ text: (fake) => `FB_APP_ID=${fake.digits(16)}`, why: 'app id, public' }],
  }),
];
