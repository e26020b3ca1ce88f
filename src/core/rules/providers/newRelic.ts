// Format: docs.newrelic.com "New Relic API keys" (user keys NRAK-, insert keys NRII-, browser keys
// NRJS-, ingest license keys ending in NRAL).
import type { Rule } from '../types';
import { prefixedRule } from './ruleKit';

const DOCS = 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/';

export const newRelicRules: readonly Rule[] = [
  prefixedRule({
    id: 'newrelic-user-api-key',
    title: 'New Relic user API key',
    provider: 'New Relic',
    prefix: 'NRAK-',
    body: '[A-Z0-9]{27}',
    minEntropy: 3,
    envVar: 'NEW_RELIC_API_KEY',
    docs: DOCS,
    risk: "Calls NerdGraph as the user: query all telemetry of the accounts they can see and change alerts, dashboards and settings.",
    token: (fake) => `NRAK-${fake.upperAlnum(27)}`,
    more: (fake) => [`curl https://api.newrelic.com/graphql -H "API-Key: NRAK-${fake.upperAlnum(27)}"`],
    negatives: [
      { text: 'NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
      { text: (fake) => `NRAK-${fake.upperAlnum(12)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'newrelic-insert-key',
    title: 'New Relic insert key',
    provider: 'New Relic',
    prefix: 'NRII-',
    body: '[A-Za-z0-9_-]{32}',
    minEntropy: 3,
    envVar: 'NEW_RELIC_INSERT_KEY',
    docs: DOCS,
    risk: "Writes custom events and metrics into the account: pollutes dashboards and alerts and adds ingest cost.",
    token: (fake) => `NRII-${fake.base64url(32)}`,
    negatives: [
      { text: 'NRII-<insert-key>', why: 'placeholder' },
      { text: (fake) => `NRII-${fake.alnum(16)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'newrelic-browser-key',
    title: 'New Relic browser key',
    provider: 'New Relic',
    prefix: 'NRJS-',
    body: '[0-9a-f]{19}',
    confidence: 'low',
    envVar: 'NEW_RELIC_BROWSER_KEY',
    docs: DOCS,
    risk: 'Shipped in web pages by design; it only lets anyone send browser monitoring data to the account.',
    token: (fake) => `NRJS-${fake.hex(19)}`,
    negatives: [
      { text: 'NRJS-<browser-key>', why: 'placeholder' },
      { text: (fake) => `NRJS-${fake.hex(10)}`, why: 'too short for the format' },
    ],
  }),
  {
    id: 'newrelic-license-key',
    title: 'New Relic ingest license key',
    provider: 'New Relic',
    keywords: ['nral'],
    pattern: /(?<![A-Za-z0-9])[a-z0-9]{36}NRAL(?![A-Za-z0-9])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'NEW_RELIC_LICENSE_KEY',
    docs: DOCS,
    risk: "Reports APM, infrastructure and log data into the account: pollutes it with forged data and adds ingest cost.",
    validate: (key) => /[0-9]/.test(key.slice(0, 36)) && /[a-z]/.test(key.slice(0, 36)),
    examples: {
      positives: (fake) => [`${fake.hex(36)}NRAL`, `eu01xx${fake.hex(30)}NRAL`, `license_key: ${fake.hex(36)}NRAL`],
      negatives: [
        { text: 'license_key: <YOUR_LICENSE_KEY>NRAL', why: 'placeholder' },
        { text: (fake) => `${fake.hex(30)}NRAL`, why: 'too short for the format' },
      ],
    },
  },
];
