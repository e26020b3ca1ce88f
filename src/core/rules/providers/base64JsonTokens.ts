// Formats of tokens that are base64 of a JSON object, recognisable by its first field: Upstash QStash
// tokens (`{"UserID":…,"Password":…}`, so `eyJVc2VySUQiOi`; Upstash console "QStash" docs) and
// neptune.ai API tokens (`{"api_address":…,"api_url":…,"api_key":…}`, so `eyJhcGlfYWRkcmVzcyI6`; neptune.ai
// docs "Set your API token"), and Seqera Platform (Nextflow Tower) access tokens, base64 of
// `{"tid": N}.<40 hex>` (so `eyJ0aWQiOi`; Seqera docs "Create an access token", read by Nextflow as
// TOWER_ACCESS_TOKEN or `tower.accessToken`). The decoded fields are checked.
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { bounded } from '../ruleKit';
import { tokenStartsAt } from '../prefixAnchored';
import { decodeBase64Text, isBase64JsonWith } from '../valueChecks';

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

function seqeraToken(fake: FakeTokens): string {
  return Buffer.from(`{"tid": ${fake.digits(4)}}.${fake.hex(40)}`).toString('base64');
}

/** A Seqera token decodes to the workspace's token id and its 40-hex secret (a `.`-appended secret when written apart). */
const SEQERA_DECODED = /^\{"tid":\s?\d{1,12}\}(?:\.[0-9a-f]{40})?$/;

function isSeqeraToken(token: string): boolean {
  const dot = token.indexOf('.');
  if (dot >= 0 && !/^\.[0-9a-f]{40}$/.test(token.slice(dot))) return false;
  const text = decodeBase64Text(dot < 0 ? token : token.slice(0, dot));
  if (text === undefined || !SEQERA_DECODED.test(text)) return false;
  // The secret half: inside the encoding, or after the dot.
  return dot < 0 ? text.includes('}.') : !text.includes('}.');
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
    id: 'seqera-platform-access-token',
    title: 'Seqera Platform (Nextflow Tower) access token',
    provider: 'Seqera',
    keywords: ['eyj0awqioi'],
    // One class with the dot, so that the pattern has one reading; the validator splits the parts.
    pattern: bounded('eyJ0aWQiOi[A-Za-z0-9+/.]{4,170}={0,2}', undefined, AFTER),
    minEntropy: 3.5,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'TOWER_ACCESS_TOKEN',
    docs: 'https://docs.seqera.io/platform/latest/api/overview',
    risk: "Launches and cancels pipelines in the user's workspaces and reads their runs, compute environments and credentials' names.",
    validate: isSeqeraToken,
    examples: {
      positives: (fake) => [
        seqeraToken(fake),
        `export TOWER_ACCESS_TOKEN=${seqeraToken(fake)}`,
        `tower { accessToken = '${Buffer.from(`{"tid": ${fake.digits(3)}}`)
          .toString('base64')
          .replace(/=+$/, '')}.${fake.hex(40)}' }`,
      ],
      negatives: [
        { text: Buffer.from('{"tid": 42}').toString('base64'), why: 'the token id alone, no secret' },
        {
          text: (fake) => Buffer.from(`{"tid": "x", "k": "${fake.hex(40)}"}`).toString('base64'),
          why: 'not a token id',
        },
      ],
    },
  },
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
