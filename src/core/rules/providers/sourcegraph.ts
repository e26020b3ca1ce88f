// Formats: Sourcegraph docs "Revoking an access token" (access tokens start with `sgp_`) and
// "Creating an access token" (the src CLI reads SRC_ACCESS_TOKEN). Tokens are 40 hex characters,
// after `sgp_` optionally an instance identifier (16 hex, or `local`) and `_`; tokens issued before
// the prefix are the bare 40 hex characters, recognisable only by the setting's name.
import type { Rule } from '../types';
import { contextRule, prefixedRule } from '../ruleKit';

const DOCS = 'https://sourcegraph.com/docs/cli/how-tos/revoking_an_access_token';
const RISK =
  "Calls the Sourcegraph API as the user: searches and reads every repository the user can see, and acts within the token's scopes (site-admin:sudo impersonates users).";

export const sourcegraphRules: readonly Rule[] = [
  prefixedRule({
    id: 'sourcegraph-access-token',
    title: 'Sourcegraph access token',
    provider: 'Sourcegraph',
    prefix: 'sgp_',
    body: '(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40}',
    minEntropy: 3,
    envVar: 'SRC_ACCESS_TOKEN',
    docs: DOCS,
    risk: RISK,
    token: (fake) => `sgp_${fake.hex(16)}_${fake.hex(40)}`,
    usage: (token) => `curl -H 'Authorization: token ${token}' https://sourcegraph.example.com/.api/graphql`,
    more: (fake) => [`sgp_${fake.hex(40)}`, `SRC_ACCESS_TOKEN=sgp_local_${fake.hex(40)}`],
    negatives: [
      { text: (fake) => `sgp_${fake.hex(20)}`, why: 'too short for the format' },
      { text: (fake) => `sgp_${fake.alnum(40)}`, why: 'not hexadecimal' },
    ],
  }),
  contextRule({
    id: 'sourcegraph-access-token-legacy',
    title: 'Sourcegraph access token (before the sgp_ prefix)',
    provider: 'Sourcegraph',
    keywords: ['sourcegraph', 'src_access_token'],
    name: String.raw`(?:sourcegraph[A-Za-z0-9_.-]{0,12}(?:token|key)|src_access_token)`,
    value: '[a-f0-9]{40}',
    valueClass: '[A-Za-z0-9_]',
    minEntropy: 3,
    envVar: 'SRC_ACCESS_TOKEN',
    docs: DOCS,
    risk: RISK,
    names: ['SOURCEGRAPH_TOKEN', 'SRC_ACCESS_TOKEN', 'SOURCEGRAPH_ACCESS_TOKEN'],
    sample: (fake) => fake.hex(40),
    negatives: [{ text: (fake) => `SOURCEGRAPH_COMMIT=${fake.hex(40)}`, why: 'a commit id, not a token' }],
  }),
];
