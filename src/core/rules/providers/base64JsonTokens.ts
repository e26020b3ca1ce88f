// Formats of tokens that are base64 of a JSON object, recognisable by its first field: Upstash QStash
// tokens (`{"UserID":…,"Password":…}`, so `eyJVc2VySUQiOi`; Upstash console "QStash" docs) and
// neptune.ai API tokens (`{"api_address":…,"api_url":…,"api_key":…}`, so `eyJhcGlfYWRkcmVzcyI6`; neptune.ai
// docs "Set your API token"). The decoded fields are checked.
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { bounded } from '../ruleKit';
import { tokenStartsAt } from '../prefixAnchored';
import { isBase64JsonWith } from '../valueChecks';

const AFTER = '(?![A-Za-z0-9+/=_-])';

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64');
}

function qstashToken(fake: FakeTokens): string {
  return b64({ UserID: fake.uuid(), Password: fake.hex(32) });
}

function neptuneToken(fake: FakeTokens): string {
  return b64({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai', api_key: fake.uuid() });
}

/** Listed by upstash.ts before its name-based rule, which would otherwise claim a token under a QStash name. */
export const qstashTokenRule: Rule = {
  id: 'upstash-qstash-token',
  title: 'Upstash QStash token',
  provider: 'Upstash',
  keywords: ['eyjvc2vysuqioi'],
  pattern: bounded('eyJVc2VySUQiOi[A-Za-z0-9+/]{40,400}={0,2}', undefined, AFTER),
  minEntropy: 4,
  startsAtKeyword: true,
  confidence: 'high',
  envVar: 'QSTASH_TOKEN',
  docs: 'https://upstash.com/docs/qstash/howto/roll-signing-keys',
  risk: "Publishes and schedules QStash messages on the account: sends signed requests to every endpoint the account's schedules reach.",
  validate: (token) => isBase64JsonWith(token, ['UserID', 'Password']),
  examples: {
    positives: (fake) => [qstashToken(fake), `const client = new Client({ token: "${qstashToken(fake)}" });`],
    negatives: [{ text: (fake) => b64({ UserID: fake.uuid(), note: fake.alnum(40) }), why: 'no password field' }],
  },
};

export const base64JsonTokenRules: readonly Rule[] = [
  {
    id: 'neptune-api-token',
    title: 'neptune.ai API token',
    provider: 'neptune.ai',
    keywords: ['eyjhcglfywrkcmvz'],
    pattern: bounded('eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{40,400}={0,2}', undefined, AFTER),
    minEntropy: 4,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'NEPTUNE_API_TOKEN',
    docs: 'https://docs.neptune.ai/setup/setting_api_token/',
    risk: 'Logs to and reads every project the user can access: experiment metadata, artifacts and model files.',
    validate: (token) => isBase64JsonWith(token, ['api_address', 'api_key']),
    examples: {
      positives: (fake) => [neptuneToken(fake), `run = neptune.init_run(api_token="${neptuneToken(fake)}")`],
      negatives: [
        { text: b64({ api_address: 'https://app.neptune.ai', note: 'no key here' }), why: 'no api_key field' },
      ],
    },
  },
];
