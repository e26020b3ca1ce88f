// Formats: launchdarkly.com docs "SDK credentials" (server-side SDK keys sdk-<uuid>; mobile keys
// mob-<uuid> and client-side ids are public) and "API access tokens" (api-<uuid>).
import type { Rule } from '../types';
import { UUID, prefixedRule } from '../ruleKit';

const LOWER_UUID = UUID.replace(/A-F/g, '');

export const launchDarklyRules: readonly Rule[] = [
  prefixedRule({
    id: 'launchdarkly-sdk-key',
    title: 'LaunchDarkly server-side SDK key',
    provider: 'LaunchDarkly',
    prefix: 'sdk-',
    body: LOWER_UUID,
    envVar: 'LAUNCHDARKLY_SDK_KEY',
    docs: 'https://launchdarkly.com/docs/home/account/environment/keys',
    risk: "Downloads the environment's complete flag configuration, including targeting rules, segments and unreleased variations.",
    token: (fake) => `sdk-${fake.uuid()}`,
    more: (fake) => [`const client = LaunchDarkly.init('sdk-${fake.uuid()}');`],
    negatives: [
      { text: (fake) => `mob-${fake.uuid()}`, why: 'mobile keys are not secret' },
      { text: 'sdk-00000000-0000-0000-0000-000000000000', why: 'all-zero placeholder' },
      { text: (fake) => `aws-sdk-${fake.hex(8)}`, why: 'not a key' },
    ],
  }),
  prefixedRule({
    id: 'launchdarkly-api-token',
    title: 'LaunchDarkly API access token',
    provider: 'LaunchDarkly',
    prefix: 'api-',
    body: LOWER_UUID,
    confidence: 'medium',
    envVar: 'LAUNCHDARKLY_ACCESS_TOKEN',
    docs: 'https://launchdarkly.com/docs/home/account/api',
    risk: "Calls the LaunchDarkly REST API with the token's role: toggle flags in production, change targeting, read audit logs.",
    token: (fake) => `api-${fake.uuid()}`,
    more: (fake) => [`curl -H "Authorization: api-${fake.uuid()}" https://app.launchdarkly.com/api/v2/flags/default`],
    negatives: [
      { text: 'api-00000000-0000-0000-0000-000000000000', why: 'all-zero placeholder' },
      { text: (fake) => `x-api-${fake.uuid()}`, why: 'prefix inside a longer name' },
      { text: (fake) => `api-${fake.hex(32)}`, why: 'not a UUID' },
    ],
  }),
];
