// Format: jenkins.io "New API token system" (API tokens: 11 + 32 hex digits; legacy tokens 32 hex).
// They have no prefix, so a Jenkins-named assignment is required.
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, NAME_CHAR, assignmentLines } from '../ruleKit';

export const jenkinsRules: readonly Rule[] = [
  {
    id: 'jenkins-api-token',
    title: 'Jenkins API token',
    provider: 'Jenkins',
    keywords: ['jenkins'],
    pattern: new RegExp(
      String.raw`jenkins${NAME_CHAR}{0,20}?(?:token|api[_.-]?key|passw(?:or)?d)${ASSIGN_NO_BACKTICK}(?<secret>(?:11)?[0-9a-f]{32})(?![0-9a-z])`,
      'i',
    ),
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'JENKINS_API_TOKEN',
    docs: 'https://www.jenkins.io/blog/2018/07/02/new-api-token-system/',
    risk: 'Calls the Jenkins API as the user: run and configure jobs, read credentials bound to builds, and on admin accounts run scripts on the controller.',
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('JENKINS_API_TOKEN', () => `11${fake.hex(32)}`),
        `jenkins_password: ${fake.hex(32)}`,
      ],
      negatives: [
        { text: 'JENKINS_API_TOKEN=${JENKINS_API_TOKEN}', why: 'environment reference' },
        { text: (fake) => `jenkins_build_sha = "${fake.hex(40)}"`, why: 'a commit hash' },
      ],
    },
  },
];
