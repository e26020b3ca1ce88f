// Format: circleci.com docs "Managing API tokens" (personal tokens CCIPAT_, project tokens CCIPRJ_:
// 22 characters, "_", 40 hex digits).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

const BODY = '[A-Za-z0-9]{22}_[0-9a-f]{40}';

export const circleciRules: readonly Rule[] = [
  prefixedRule({
    id: 'circleci-personal-token',
    title: 'CircleCI personal API token',
    provider: 'CircleCI',
    prefix: 'CCIPAT_',
    body: BODY,
    minEntropy: 3,
    envVar: 'CIRCLECI_TOKEN',
    docs: 'https://circleci.com/docs/managing-api-tokens/',
    risk: 'Acts as the user on every project they follow: trigger pipelines, read build logs and artifacts, change environment variables.',
    token: (fake) => `CCIPAT_${fake.alnum(22)}_${fake.hex(40)}`,
    more: (fake) => [`curl -H "Circle-Token: CCIPAT_${fake.alnum(22)}_${fake.hex(40)}" https://circleci.com/api/v2/me`],
    negatives: [
      { text: 'CCIPAT_<personal-api-token>', why: 'placeholder' },
      { text: (fake) => `CCIPAT_${fake.alnum(22)}_${fake.hex(20)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'circleci-project-token',
    title: 'CircleCI project API token',
    provider: 'CircleCI',
    prefix: 'CCIPRJ_',
    body: BODY,
    minEntropy: 3,
    envVar: 'CIRCLECI_TOKEN',
    docs: 'https://circleci.com/docs/managing-api-tokens/#creating-a-project-api-token',
    risk: "Reads the project's builds and artifacts and, with write scope, triggers its pipelines.",
    token: (fake) => `CCIPRJ_${fake.alnum(22)}_${fake.hex(40)}`,
    negatives: [
      { text: 'CCIPRJ_<project-api-token>', why: 'placeholder' },
      { text: (fake) => `CCIPRJ_${fake.alnum(12)}`, why: 'too short for the format' },
    ],
  }),
];
