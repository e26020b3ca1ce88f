// Format: developers.asana.com "Personal access token" (0/ + 32 hex digits in the oldest format;
// 1/<user id>:<32 hex> and 2/<user id>/<app id>:<32 hex> since). Needs an Asana-named context.
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, NAME_CHAR, assignmentLines } from '../ruleKit';

export const asanaRules: readonly Rule[] = [
  {
    id: 'asana-pat',
    title: 'Asana personal access token',
    provider: 'Asana',
    keywords: ['asana'],
    pattern: new RegExp(
      String.raw`asana${NAME_CHAR}{0,20}${ASSIGN_NO_BACKTICK}(?<secret>(?:[12]/\d{1,20}(?:/\d{1,20})?:|0/)[0-9a-f]{32})(?![0-9a-z])`,
      'i',
    ),
    minEntropy: 3,
    confidence: 'high',
    envVar: 'ASANA_ACCESS_TOKEN',
    docs: 'https://developers.asana.com/docs/personal-access-token',
    risk: "Reads and changes every task, project and comment in the user's workspaces, as that user.",
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('ASANA_ACCESS_TOKEN', () => `2/${fake.digits(16)}/${fake.digits(16)}:${fake.hex(32)}`),
        `ASANA_PAT=1/${fake.digits(16)}:${fake.hex(32)}`,
        `asana_token: 0/${fake.hex(32)}`,
      ],
      negatives: [
        { text: 'ASANA_ACCESS_TOKEN=${ASANA_ACCESS_TOKEN}', why: 'environment reference' },
        { text: (fake) => `asana_workspace_gid = "${fake.digits(16)}"`, why: 'a workspace id' },
      ],
    },
  },
];
