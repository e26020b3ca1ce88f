// Format: Telegram Bot API docs "Authorizing your bot" (token `123456:ABC-DEF…`: the bot id, a colon
// and a 35-character secret) and "Making requests" (https://api.telegram.org/bot<token>/METHOD).
import type { Rule } from '../types';

export const telegramRules: readonly Rule[] = [
  {
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    provider: 'Telegram',
    keywords: ['telegram'],
    // Only on lines that mention Telegram; also inside an API URL, where `bot` precedes the id.
    pattern: /(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))[0-9]{8,12}:[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'TELEGRAM_BOT_TOKEN',
    docs: 'https://core.telegram.org/bots/features#botfather',
    risk: 'Controls the bot: reads the messages sent to it and posts, edits or deletes as the bot in its chats and channels.',
    examples: {
      embed: false,
      positives: (fake) => [
        `TELEGRAM_BOT_TOKEN=${1 + fake.int(8)}${fake.digits(9)}:AA${fake.base64url(33)}`,
        `curl https://api.telegram.org/bot${1 + fake.int(8)}${fake.digits(9)}:AA${fake.base64url(33)}/getMe`,
        `  telegram_token: "${1 + fake.int(8)}${fake.digits(8)}:AA${fake.base64url(33)}"`,
        `bot = telebot.TeleBot("${1 + fake.int(8)}${fake.digits(9)}:AA${fake.base64url(33)}")  # telegram`,
      ],
      negatives: [
        { text: 'TELEGRAM_BOT_TOKEN=' + '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', why: "Telegram documentation's example token" },
        { text: 'https://api.telegram.org/bot<token>/sendMessage', why: 'placeholder' },
        { text: 'TELEGRAM_CHAT_ID=-1001234567890', why: 'chat id, not a secret' },
      ],
    },
  },
];
