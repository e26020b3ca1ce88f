// Format: Postmark docs "API tokens" (server and account tokens are UUIDs, sent in the
// X-Postmark-Server-Token / X-Postmark-Account-Token headers; POSTMARK_API_TEST is the test token).
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const postmarkRules: readonly Rule[] = [
  contextRule({
    id: 'postmark-api-token',
    title: 'Postmark server or account API token',
    provider: 'Postmark',
    keywords: ['postmark'],
    name: `postmark${NAME_TAIL}`,
    value: UUID,
    valueClass: '[0-9a-f-]',
    confidence: 'medium',
    envVar: 'POSTMARK_SERVER_TOKEN',
    docs: 'https://postmarkapp.com/support/article/1008-what-are-the-account-and-server-api-tokens',
    risk: 'Sends email from your Postmark servers and reads message content, bounces and recipients (account tokens manage every server).',
    names: ['POSTMARK_SERVER_TOKEN', 'POSTMARK_API_TOKEN', 'POSTMARK_ACCOUNT_TOKEN'],
    sample: (fake) => fake.uuid(),
    extraPositives: (fake) => [`X-Postmark-Server-Token: ${fake.uuid()}`],
    negatives: [
      { text: 'POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST', why: "Postmark's documented test token" },
      { text: 'postmark_message_stream: "outbound"', why: 'not a token' },
    ],
  }),
];
