// Format: Intercom developer docs "Authentication" (access tokens are base64 strings, typically
// starting `dG9rO`, the encoding of `tok:`). Only with the name.
import type { Rule } from '../types';
import { NAME_TAIL, contextRule } from '../ruleKit';

export const intercomRules: readonly Rule[] = [
  contextRule({
    id: 'intercom-access-token',
    title: 'Intercom access token',
    provider: 'Intercom',
    keywords: ['intercom'],
    name: `intercom${NAME_TAIL}`,
    value: '[A-Za-z0-9+/_-]{40,120}={0,2}',
    valueClass: '[A-Za-z0-9+/=_-]',
    minEntropy: 4,
    envVar: 'INTERCOM_ACCESS_TOKEN',
    docs: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
    risk: "Reads and writes the workspace's conversations, contacts and companies, and sends messages as the workspace.",
    names: ['INTERCOM_ACCESS_TOKEN', 'INTERCOM_TOKEN'],
    sample: (fake) => `dG9rO${fake.base64(55)}=`,
    negatives: [{ text: 'INTERCOM_APP_ID=abc12def', why: 'workspace id, public' }],
  }),
];
