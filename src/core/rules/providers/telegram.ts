// Format: Telegram Bot API docs "Authorizing your bot" (token `123456:ABC-DEF...`: the bot id, a colon
// and a 35-character secret) and "Making requests" (https://api.telegram.org/bot<token>/METHOD). The
// secret part of tokens BotFather issues starts `AA`, so `<bot id>:AA...` is recognised without the word
// Telegram too.
import type { MatchContext, Rule } from '../types';

/** Where the line does not mention Telegram, only the `AA` form issued by BotFather counts. */
function isBotToken(token: string, _match: string, context: MatchContext): boolean {
  return /telegram/i.test(context.line) || token.includes(':AA');
}

export const telegramRules: readonly Rule[] = [
  {
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    provider: 'Telegram',
    keywords: ['telegram', ':aa'],
    // On lines that mention Telegram any secret part; elsewhere the `AA` form (isBotToken). Also inside
    // an API URL, where `bot` precedes the id.
    pattern: /(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))[0-9]{8,12}:[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'TELEGRAM_BOT_TOKEN',
    docs: 'https://core.telegram.org/bots/features#botfather',
    validate: isBotToken,
    risk: 'Controls the bot: reads the messages sent to it and posts, edits or deletes as the bot in its chats and channels.',
    examples: {
      embed: false,
      positives: (fake) => [
        `TELEGRAM_BOT_TOKEN=${1 + fake.int(8)}${fake.digits(9)}:AA${fake.base64url(33)}`,
        `curl https://api.telegram.org/bot${1 + fake.int(8)}${fake.digits(9)}:AA${fake.base64url(33)}/getMe`,
        `  telegram_token: "${1 + fake.int(8)}${fake.digits(8)}:AA${fake.base64url(33)}"`,
        `bot = telebot.TeleBot("${1 + fake.int(8)}${fake.digits(9)}:AA${fake.base64url(33)}")  # telegram`,
        `bot = Bot(token="${1 + fake.int(8)}${fake.digits(9)}:AA${fake.base64url(33)}")`,
        `BOT_TOKEN=${1 + fake.int(8)}${fake.digits(7)}:AA${fake.base64url(33)}`,
      ],
      negatives: [
        {
          text: 'TELEGRAM_BOT_TOKEN=' + '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
          why: "Telegram documentation's example token",
        },
        { text: 'https://api.telegram.org/bot<token>/sendMessage', why: 'placeholder' },
        { text: 'TELEGRAM_CHAT_ID=-1001234567890', why: 'chat id, not a secret' },
        {
          text: (fake) => `ref ${fake.digits(10)}:${fake.base64url(35)}`,
          why: 'no AA secret part and no mention of Telegram',
        },
      ],
    },
  },
];
